//! Prometheus metrics of the relay (`medchain-relay run --prometheus-port`).
//!
//! Every metric is named `medchain_relay_…` and labelled with the `direction` of what it
//! counts, in ASCII (`a_to_b`, `b_to_a`, the log prefixes `A→B`, `B→A` of the same events):
//! headers of A relayed into B's light client are `a_to_b`, so are A's messages delivered to B
//! and the confirmations of those messages carried back to A (logged `A→B confirmed up to …`).
//!
//! Two more, unlabelled, describe the pair: `medchain_relay_slot`, the peer slot relayed, and
//! `medchain_relay_paired`, 1 while both chains list each other as active peers in it (0 while
//! the relayer waits for them to, or relays a slot given with `--slot` that they do not share).
//! One relayer process serves one pair of chains, so these need no label.
//!
//! The relay loop updates the metrics through a [`DirectionMetrics`], which does nothing when
//! the relay runs without metrics, so the loop has no `if` of its own for them.

use std::fmt;

use crate::Slot;

use substrate_prometheus_endpoint::{
	register, CounterVec, Gauge, GaugeVec, Opts, PrometheusError, Registry, U64,
};

/// Prefix of every metric name.
const PREFIX: &str = "medchain_relay_";

/// What went wrong, the `kind` label of `medchain_relay_errors_total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
	/// A session with the two nodes ended (a node unreachable, a subscription lost, a read the
	/// session cannot go on without): the relay reconnects.
	Connection,
	/// Headers: a read failed, a justification did not verify or was undecodable, a mandatory
	/// header had no justification, or T refused or failed a header.
	Headers,
	/// Messages: a read or proof failed, or T refused or failed a delivery.
	Messages,
	/// Confirmations: a read or proof failed, or the chain refused or failed a confirmation.
	Confirmations,
}

/// Number of [`ErrorKind`]s.
const ERROR_KINDS: usize = 4;

impl ErrorKind {
	/// Every kind, in the order of [`Self::index`].
	const ALL: [ErrorKind; ERROR_KINDS] =
		[ErrorKind::Connection, ErrorKind::Headers, ErrorKind::Messages, ErrorKind::Confirmations];

	/// The label value.
	fn name(self) -> &'static str {
		match self {
			ErrorKind::Connection => "connection",
			ErrorKind::Headers => "headers",
			ErrorKind::Messages => "messages",
			ErrorKind::Confirmations => "confirmations",
		}
	}

	/// Position in [`Self::ALL`].
	fn index(self) -> usize {
		self as usize
	}
}

/// The relay's metrics, registered on one [`Registry`]; cheap to clone (the values are
/// shared). Hand it to the relay in [`crate::RunOptions::metrics`].
#[derive(Clone)]
pub struct Metrics {
	headers_relayed: CounterVec<U64>,
	messages_relayed: CounterVec<U64>,
	confirmations_relayed: CounterVec<U64>,
	errors: CounterVec<U64>,
	source_finalized_block: GaugeVec<U64>,
	target_known_source_block: GaugeVec<U64>,
	lag_blocks: GaugeVec<U64>,
	pending_messages: GaugeVec<U64>,
	slot: Gauge<U64>,
	paired: Gauge<U64>,
}

impl fmt::Debug for Metrics {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.debug_struct("Metrics").finish_non_exhaustive()
	}
}

/// A counter `PREFIX name` with the labels `labels`, registered on `registry`.
fn counter(
	registry: &Registry,
	name: &str,
	help: &str,
	labels: &[&str],
) -> Result<CounterVec<U64>, PrometheusError> {
	register(CounterVec::<U64>::new(Opts::new(format!("{PREFIX}{name}"), help), labels)?, registry)
}

/// A gauge `PREFIX name` labelled with the direction, registered on `registry`.
fn gauge(registry: &Registry, name: &str, help: &str) -> Result<GaugeVec<U64>, PrometheusError> {
	register(
		GaugeVec::<U64>::new(Opts::new(format!("{PREFIX}{name}"), help), &["direction"])?,
		registry,
	)
}

impl Metrics {
	/// Create the metrics and register them on `registry` (an error if a metric of the same
	/// name is already registered there).
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let direction = &["direction"];
		Ok(Self {
			headers_relayed: counter(
				registry,
				"headers_relayed_total",
				"Source headers (with their GRANDPA finality proofs) imported by the target's \
				 light client",
				direction,
			)?,
			messages_relayed: counter(
				registry,
				"messages_relayed_total",
				"Messages delivered to the target by this relayer's delivery transactions",
				direction,
			)?,
			confirmations_relayed: counter(
				registry,
				"confirmations_relayed_total",
				"Delivery confirmations of the direction's messages accepted by their source",
				direction,
			)?,
			errors: counter(
				registry,
				"errors_total",
				"Failed attempts: kind is connection (session ended, reconnecting), headers, \
				 messages or confirmations (a read failed or a transaction was refused)",
				&["direction", "kind"],
			)?,
			source_finalized_block: gauge(
				registry,
				"source_finalized_block",
				"Source chain's finalized block number (of its latest GRANDPA justification)",
			)?,
			target_known_source_block: gauge(
				registry,
				"target_known_source_block",
				"Best finalized source block number the target's light client knows",
			)?,
			lag_blocks: gauge(
				registry,
				"lag_blocks",
				"Source finalized block minus the target's best known source block (0 if ahead)",
			)?,
			pending_messages: gauge(
				registry,
				"pending_messages",
				"Messages generated at the source not yet delivered to the target",
			)?,
			slot: register(
				Gauge::new(format!("{PREFIX}slot"), "The peer slot relayed (its bridge pallets)")?,
				registry,
			)?,
			paired: register(
				Gauge::new(
					format!("{PREFIX}paired"),
					"1 while both chains list each other as active peers in the slot relayed, \
					 else 0",
				)?,
				registry,
			)?,
		})
	}

	/// The relay runs `slot`, in which the chains are peers (`paired`) or not.
	pub(crate) fn pairing(&self, slot: Slot, paired: bool) {
		self.slot.set(slot.index().into());
		self.paired.set(paired.into());
	}

	/// The metrics of the relay `direction` (`a_to_b`); `reverse` (`b_to_a`) labels its
	/// confirmations, which are of the reverse direction's messages. Creates the direction's
	/// series at zero, so they are exported before anything happens.
	pub(crate) fn direction(&self, direction: &str, reverse: &str) -> DirectionMetrics {
		let label = |kind: ErrorKind| match kind {
			ErrorKind::Confirmations => reverse,
			_ => direction,
		};
		DirectionMetrics(Some(Handles {
			headers_relayed: self.headers_relayed.with_label_values(&[direction]),
			messages_relayed: self.messages_relayed.with_label_values(&[direction]),
			confirmations_relayed: self.confirmations_relayed.with_label_values(&[reverse]),
			errors: ErrorKind::ALL
				.map(|kind| self.errors.with_label_values(&[label(kind), kind.name()])),
			source_finalized_block: self.source_finalized_block.with_label_values(&[direction]),
			target_known_source_block: self
				.target_known_source_block
				.with_label_values(&[direction]),
			lag_blocks: self.lag_blocks.with_label_values(&[direction]),
			pending_messages: self.pending_messages.with_label_values(&[direction]),
		}))
	}
}

/// The series of one direction.
#[derive(Clone)]
struct Handles {
	headers_relayed: Counter,
	messages_relayed: Counter,
	confirmations_relayed: Counter,
	/// Indexed by [`ErrorKind::index`].
	errors: [Counter; ERROR_KINDS],
	source_finalized_block: Gauge<U64>,
	target_known_source_block: Gauge<U64>,
	lag_blocks: Gauge<U64>,
	pending_messages: Gauge<U64>,
}

/// An integer counter.
type Counter = substrate_prometheus_endpoint::Counter<U64>;

/// The metrics of one relay direction S→T, as the relay loop updates them; does nothing if
/// the relay runs without metrics (the default).
#[derive(Clone, Default)]
pub(crate) struct DirectionMetrics(Option<Handles>);

impl DirectionMetrics {
	/// T's light client imported an S header.
	pub fn header_relayed(&self) {
		if let Some(m) = &self.0 {
			m.headers_relayed.inc();
		}
	}

	/// A delivery transaction delivered `count` messages to T.
	pub fn messages_relayed(&self, count: u64) {
		if let Some(m) = &self.0 {
			m.messages_relayed.inc_by(count);
		}
	}

	/// S accepted a confirmation of T→S messages (counted under T→S).
	pub fn confirmation_relayed(&self) {
		if let Some(m) = &self.0 {
			m.confirmations_relayed.inc();
		}
	}

	/// An attempt failed (confirmations: counted under T→S).
	pub fn error(&self, kind: ErrorKind) {
		if let Some(m) = &self.0 {
			m.errors[kind.index()].inc();
		}
	}

	/// T's light client knows S up to `target_known`; S has finalized `source_finalized` (if
	/// known: the relay has received a justification from S). Sets the lag from both.
	pub fn blocks(&self, source_finalized: Option<u32>, target_known: u32) {
		if let Some(m) = &self.0 {
			if let Some(finalized) = source_finalized {
				m.source_finalized_block.set(finalized.into());
			}
			m.target_known_source_block.set(target_known.into());
			m.lag_blocks.set(lag(m.source_finalized_block.get(), target_known.into()));
		}
	}

	/// `count` messages are generated at S and not yet delivered to T.
	pub fn pending_messages(&self, count: u64) {
		if let Some(m) = &self.0 {
			m.pending_messages.set(count);
		}
	}
}

/// How far T's light client is behind S: `source_finalized - target_known`, 0 if not behind.
fn lag(source_finalized: u64, target_known: u64) -> u64 {
	source_finalized.saturating_sub(target_known)
}

/// Messages a delivery of `start..=end` delivered, given T's last delivered nonce after it:
/// those up to `last_delivered` (T may accept fewer than offered), none if `end < start` (a
/// lane state alone).
pub(crate) fn messages_delivered(start: u64, end: u64, last_delivered: u64) -> u64 {
	let upto = end.min(last_delivered);
	if upto < start {
		0
	} else {
		(upto - start).saturating_add(1)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use substrate_prometheus_endpoint::prometheus::proto::{MetricFamily, MetricType};

	/// The value of the series `medchain_relay_{name}{labels}` (exactly these labels).
	fn value(families: &[MetricFamily], name: &str, labels: &[(&str, &str)]) -> f64 {
		let name = format!("medchain_relay_{name}");
		let family =
			families.iter().find(|f| f.get_name() == name).unwrap_or_else(|| panic!("no {name}"));
		let metric = family
			.get_metric()
			.iter()
			.find(|m| {
				let have: Vec<(&str, &str)> =
					m.get_label().iter().map(|l| (l.get_name(), l.get_value())).collect();
				have.len() == labels.len() && labels.iter().all(|l| have.contains(l))
			})
			.unwrap_or_else(|| panic!("no {name}{labels:?}"));
		match family.get_field_type() {
			MetricType::COUNTER => metric.get_counter().get_value(),
			MetricType::GAUGE => metric.get_gauge().get_value(),
			other => panic!("{name} is a {other:?}"),
		}
	}

	#[test]
	fn metrics_are_exported_per_direction() {
		let registry = Registry::new();
		let metrics = Metrics::register(&registry).expect("registers");
		let a_to_b = metrics.direction("a_to_b", "b_to_a");
		let b_to_a = metrics.direction("b_to_a", "a_to_b");

		a_to_b.header_relayed();
		a_to_b.header_relayed();
		a_to_b.messages_relayed(messages_delivered(4, 9, 9));
		// T accepted only up to 5 of 6..=8; then a lane state alone (8..=7).
		a_to_b.messages_relayed(messages_delivered(6, 8, 6));
		a_to_b.messages_relayed(messages_delivered(8, 7, 7));
		a_to_b.pending_messages(3);
		// Confirmations of B→A messages, sent to B by the A→B loop.
		a_to_b.confirmation_relayed();
		a_to_b.error(ErrorKind::Confirmations);
		a_to_b.error(ErrorKind::Headers);
		b_to_a.error(ErrorKind::Connection);
		b_to_a.error(ErrorKind::Connection);
		a_to_b.blocks(Some(120), 100);
		// No justification from B yet: B's finalized block unknown, no lag.
		b_to_a.blocks(None, 40);

		let families = registry.gather();
		let names: Vec<&str> = families.iter().map(|f| f.get_name()).collect();
		assert_eq!(
			names,
			[
				"medchain_relay_confirmations_relayed_total",
				"medchain_relay_errors_total",
				"medchain_relay_headers_relayed_total",
				"medchain_relay_lag_blocks",
				"medchain_relay_messages_relayed_total",
				"medchain_relay_paired",
				"medchain_relay_pending_messages",
				"medchain_relay_slot",
				"medchain_relay_source_finalized_block",
				"medchain_relay_target_known_source_block",
			]
		);
		let get = |name: &str, labels: &[(&str, &str)]| value(&families, name, labels);
		let (ab, ba) = (("direction", "a_to_b"), ("direction", "b_to_a"));
		assert_eq!(get("headers_relayed_total", &[ab]), 2.0);
		assert_eq!(get("headers_relayed_total", &[ba]), 0.0);
		assert_eq!(get("messages_relayed_total", &[ab]), 7.0);
		assert_eq!(get("messages_relayed_total", &[ba]), 0.0);
		assert_eq!(get("pending_messages", &[ab]), 3.0);
		assert_eq!(get("confirmations_relayed_total", &[ba]), 1.0);
		assert_eq!(get("confirmations_relayed_total", &[ab]), 0.0);
		assert_eq!(get("errors_total", &[ba, ("kind", "confirmations")]), 1.0);
		assert_eq!(get("errors_total", &[ab, ("kind", "confirmations")]), 0.0);
		assert_eq!(get("errors_total", &[ab, ("kind", "headers")]), 1.0);
		assert_eq!(get("errors_total", &[ba, ("kind", "connection")]), 2.0);
		assert_eq!(get("errors_total", &[ab, ("kind", "connection")]), 0.0);
		assert_eq!(get("errors_total", &[ab, ("kind", "messages")]), 0.0);
		assert_eq!(get("source_finalized_block", &[ab]), 120.0);
		assert_eq!(get("target_known_source_block", &[ab]), 100.0);
		assert_eq!(get("lag_blocks", &[ab]), 20.0);
		assert_eq!(get("target_known_source_block", &[ba]), 40.0);
		assert_eq!(get("lag_blocks", &[ba]), 0.0);

		// The light client ahead of the last justification seen: no lag, not a wrap-around.
		a_to_b.blocks(None, 125);
		let families = registry.gather();
		assert_eq!(value(&families, "lag_blocks", &[ab]), 0.0);
		assert_eq!(value(&families, "source_finalized_block", &[ab]), 120.0);
		a_to_b.blocks(Some(131), 125);
		assert_eq!(value(&registry.gather(), "lag_blocks", &[ab]), 6.0);

		// The pair: not paired until told, then the slot and whether the chains share it.
		assert_eq!(get("paired", &[]), 0.0);
		metrics.pairing(Slot::new(3).expect("a slot"), true);
		let families = registry.gather();
		assert_eq!(value(&families, "slot", &[]), 3.0);
		assert_eq!(value(&families, "paired", &[]), 1.0);

		// The same metrics cannot be registered twice on one registry.
		assert!(Metrics::register(&registry).is_err());
	}

	#[test]
	fn without_metrics_nothing_happens() {
		let none = DirectionMetrics::default();
		none.header_relayed();
		none.messages_relayed(3);
		none.confirmation_relayed();
		none.error(ErrorKind::Connection);
		none.blocks(Some(5), 1);
		none.pending_messages(2);
	}

	#[test]
	fn delivered_messages_count_what_the_target_accepted() {
		assert_eq!(messages_delivered(1, 64, 64), 64);
		assert_eq!(messages_delivered(1, 64, 70), 64);
		assert_eq!(messages_delivered(1, 64, 10), 10);
		assert_eq!(messages_delivered(11, 20, 10), 0);
		// A lane state alone: no messages.
		assert_eq!(messages_delivered(11, 10, 10), 0);
		assert_eq!(messages_delivered(u64::MAX, u64::MAX, u64::MAX), 1);
	}

	#[test]
	fn lag_saturates() {
		assert_eq!(lag(120, 100), 20);
		assert_eq!(lag(100, 100), 0);
		assert_eq!(lag(100, 120), 0);
	}
}
