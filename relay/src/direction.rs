//! The relay of one direction S→T: everything T needs from S. S's finalized headers go into
//! T's light client ([`crate::headers`]), S's outbound messages into T's inbound lane
//! ([`crate::messages`]), and S's delivery confirmations of T's messages back to T's outbound
//! lane ([`crate::confirmations`]). The reverse direction does the same for S, so each
//! direction submits to one chain only.
//!
//! Each round reads everything it decides on from the two chains. It sends at most one
//! transaction per step, back to back: the newest S header, then the messages and the
//! confirmation proved at that header. They land in the same T block, so a message waits for
//! one T block after S finalizes it, not one for the header and another for the proof. Then
//! the round waits until all of them are in a best block, so it never races its own
//! transactions, and a restarted relayer simply carries on; only a header sent alone is awaited
//! beside the next rounds instead ([`deferred_header`] says why). The little state kept in memory
//! (what was last attempted, how far S's headers were scanned) only avoids repeating work; it
//! is never needed for correctness.
//!
//! This module holds the loop (sessions, rounds, reconnection) and the state the steps share.
//! What a round sends and how its outcome is reported is in [`crate::submission`]; the steps
//! themselves are `impl Direction` blocks in their own modules.

use std::{
	collections::HashMap,
	convert::Infallible,
	sync::Arc,
	time::{Duration, Instant},
};

use bp_header_chain::justification::GrandpaJustification;
use bp_messages::{storage_keys::operating_mode_key, MessagesOperatingMode};
use bp_runtime::BasicOperatingMode;
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	client::{decode_justification, NodeClient},
	log::log_line,
	metrics::{DirectionMetrics, ErrorKind},
	planning::DeliveryLimits,
	submission::{deferred_header, Recent, Submission},
	Error, Header, Result, RunOptions, Slot,
};

/// How often a direction re-reads both chains: well below the 6 s block time, so a new header
/// or message is picked up within a second without flooding the nodes with reads.
const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// First wait before reconnecting after an error: a restarting node is usually back quickly.
const RECONNECT_BACKOFF_MIN: Duration = Duration::from_secs(1);

/// Longest wait between reconnection attempts: a recovered node is noticed within two blocks,
/// while a node that is down for long gets one connection attempt every ten seconds.
const RECONNECT_BACKOFF_MAX: Duration = Duration::from_secs(10);

/// A connection that worked this long is considered healthy again: the backoff restarts from
/// the minimum after it fails.
const HEALTHY_SESSION: Duration = Duration::from_secs(60);

/// One chain as seen by the relayer.
#[derive(Clone)]
pub(crate) struct Endpoint {
	/// Short name for logs (`A`, `B`).
	pub name: String,
	/// WebSocket URL of a node.
	pub url: String,
	/// Serialises the relayer's submissions to this chain (one signing account per chain).
	pub lock: Arc<Mutex<()>>,
}

impl Endpoint {
	pub fn new(name: &str, url: &str) -> Self {
		Self { name: name.to_string(), url: url.to_string(), lock: Arc::new(Mutex::new(())) }
	}
}

/// `a_to_b`: the direction from `from` to `to` in ASCII, for metric labels.
fn metric_label(from: &Endpoint, to: &Endpoint) -> String {
	format!("{}_to_{}", from.name, to.name).to_lowercase()
}

/// The three steps of a round.
#[derive(Clone, Copy)]
enum Step {
	Headers,
	Messages,
	Confirmations,
}

impl Step {
	fn name(self) -> &'static str {
		match self {
			Step::Headers => "headers",
			Step::Messages => "messages",
			Step::Confirmations => "confirmations",
		}
	}

	/// The step's kind in the error metric.
	fn error_kind(self) -> ErrorKind {
		match self {
			Step::Headers => ErrorKind::Headers,
			Step::Messages => ErrorKind::Messages,
			Step::Confirmations => ErrorKind::Confirmations,
		}
	}

	/// Status topic of the step's errors (distinct from its waiting conditions).
	fn error_topic(self) -> &'static str {
		match self {
			Step::Headers => "headers-error",
			Step::Messages => "messages-error",
			Step::Confirmations => "confirmations-error",
		}
	}
}

/// The relay of one direction S→T.
///
/// Its fields are the crate's so that the steps (`impl Direction` in [`crate::headers`],
/// [`crate::messages`] and [`crate::confirmations`]) can use them.
pub(crate) struct Direction {
	pub(crate) source: Endpoint,
	pub(crate) target: Endpoint,
	/// The peer slot relayed: the pallets read on S and submitted to on T.
	pub(crate) slot: Slot,
	/// `S→T`, prefixed to every log line.
	label: String,
	pub(crate) signer: Keypair,
	/// The signer as an account id (rewarded on S for deliveries to T).
	pub(crate) relayer: AccountId32,
	pub(crate) options: RunOptions,
	pub(crate) header_attempt: Recent<H256>,
	pub(crate) delivery_attempt: Recent<(H256, u64, u64)>,
	pub(crate) confirmation_attempt: Recent<(H256, u64)>,
	/// S headers above T's best finalized up to this number carry no authority-set change.
	pub(crate) scanned_up_to: Option<u32>,
	/// Last waiting/diagnostic message per topic, so a persisting condition is logged once.
	statuses: HashMap<&'static str, String>,
	/// This direction's metrics (nothing without `RunOptions::metrics`).
	pub(crate) metrics: DirectionMetrics,
}

impl Direction {
	pub fn new(
		source: Endpoint,
		target: Endpoint,
		slot: Slot,
		signer: Keypair,
		options: RunOptions,
	) -> Self {
		let relayer = AccountId32::new(signer.public_key().0);
		let metrics = match &options.metrics {
			Some(metrics) => {
				metrics.direction(&metric_label(&source, &target), &metric_label(&target, &source))
			},
			None => DirectionMetrics::default(),
		};
		Self {
			label: format!("{}→{}", source.name, target.name),
			source,
			target,
			slot,
			signer,
			relayer,
			options,
			header_attempt: Recent::new(),
			delivery_attempt: Recent::new(),
			confirmation_attempt: Recent::new(),
			scanned_up_to: None,
			statuses: HashMap::new(),
			metrics,
		}
	}

	pub(crate) fn log(&self, message: impl std::fmt::Display) {
		log_line(&self.label, message);
	}

	/// Log a persisting condition once (again only after it changed or cleared).
	pub(crate) fn status(&mut self, topic: &'static str, message: String) {
		if self.statuses.get(topic) != Some(&message) {
			self.log(&message);
			self.statuses.insert(topic, message);
		}
	}

	pub(crate) fn clear_status(&mut self, topic: &'static str) {
		self.statuses.remove(topic);
	}

	/// Relay forever: on any error (a node unreachable, a subscription ended) log it, wait with
	/// exponential backoff and reconnect.
	pub async fn run_forever(mut self) {
		let mut backoff = RECONNECT_BACKOFF_MIN;
		loop {
			let started = Instant::now();
			let error = match self.session().await {
				Ok(never) => match never {},
				Err(e) => e,
			};
			if started.elapsed() >= HEALTHY_SESSION {
				backoff = RECONNECT_BACKOFF_MIN;
			}
			self.metrics.error(ErrorKind::Connection);
			self.log(format!("error: {error}; reconnecting in {backoff:?}"));
			// A new connection may see a different picture; let conditions be logged again.
			self.statuses.clear();
			tokio::time::sleep(backoff).await;
			backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
		}
	}

	/// A connection problem ends the session (to reconnect); any other error of a step (a node
	/// refusing a read, e.g. state of a pruned block; an undecodable value) is logged and the
	/// step is tried again next round, so one stuck step does not hold up the others.
	fn step_outcome<T>(&mut self, step: Step, outcome: Result<Option<T>>) -> Result<Option<T>> {
		if outcome.is_ok() {
			self.clear_status(step.error_topic());
		}
		Ok(self.read_outcome(step, outcome)?.flatten())
	}

	/// As [`Self::step_outcome`], for a read a step depends on: `None` if it failed (logged
	/// under the step). Success leaves the step's error logged until the step itself succeeds,
	/// so an error that persists is logged once.
	fn read_outcome<T>(&mut self, step: Step, outcome: Result<T>) -> Result<Option<T>> {
		match outcome {
			Ok(value) => Ok(Some(value)),
			Err(e @ Error::Rpc(_)) => Err(e),
			Err(e) => {
				self.metrics.error(step.error_kind());
				self.status(step.error_topic(), format!("{}: {e}", step.name()));
				Ok(None)
			},
		}
	}

	/// Connect to both chains and relay until something fails: a round every
	/// [`POLL_INTERVAL`], and at once when S finalizes a new header.
	async fn session(&mut self) -> Result<Infallible> {
		let source = NodeClient::connect(&self.source.url).await?;
		let target = NodeClient::connect(&self.target.url).await?;
		let limits = self.delivery_limits(&target).await?;
		let mut justifications = source.subscribe_justifications().await?;
		self.log(format!(
			"connected to {} and {} (slot {}: {}, {})",
			source.url(),
			target.url(),
			self.slot,
			self.slot.grandpa_pallet_name(),
			self.slot.messages_pallet_name()
		));

		let mut latest: Option<GrandpaJustification<Header>> = None;
		// A header sent alone, whose inclusion is awaited here rather than in its round.
		let mut header_in_flight: Option<Submission<'_>> = None;
		let mut ticker = tokio::time::interval(POLL_INTERVAL);
		ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
		loop {
			let header_landed = async {
				match header_in_flight.as_mut() {
					Some(submission) => submission.inclusion.as_mut().await,
					None => std::future::pending().await,
				}
			};
			tokio::select! {
				outcome = header_landed => {
					if let Some(Submission { sent, .. }) = header_in_flight.take() {
						self.report(&target, sent, outcome).await?;
					}
				},
				item = justifications.next() => {
					let url = source.url();
					let bytes = match item {
						Some(Ok(bytes)) => bytes,
						Some(Err(e)) => {
							return Err(Error::Rpc(format!("{url}: justifications: {e}")))
						},
						None => return Err(Error::Rpc(format!("{url}: justifications ended"))),
					};
					match decode_justification(&bytes) {
						Ok(j) => {
							let newer = latest
								.as_ref()
								.is_none_or(|l| j.commit.target_number > l.commit.target_number);
							if newer {
								latest = Some(j);
								// Relay it now rather than at the next tick.
								let in_flight = &mut header_in_flight;
								self.round(&source, &target, latest.as_ref(), &limits, in_flight)
									.await?;
								ticker.reset();
							}
						},
						Err(e) => {
							self.metrics.error(ErrorKind::Headers);
							self.log(format!("ignoring a justification from {url}: {e}"));
						},
					}
				},
				_ = ticker.tick() => {
					let in_flight = &mut header_in_flight;
					self.round(&source, &target, latest.as_ref(), &limits, in_flight).await?;
				},
			}
		}
	}

	/// One round: send T the newest S header, then S's messages and S's confirmation of T's
	/// messages, both proved at that header (else at the S header T knows best), and wait until
	/// all of them are in a best block. A header sent alone goes to `header_in_flight` instead,
	/// if that is empty, for the session to await (see [`deferred_header`]).
	async fn round<'t>(
		&mut self,
		source: &NodeClient,
		target: &'t NodeClient,
		latest: Option<&GrandpaJustification<Header>>,
		limits: &DeliveryLimits,
		header_in_flight: &mut Option<Submission<'t>>,
	) -> Result<()> {
		let best = self.best_bridged(target, None).await;
		let best = match self.read_outcome(Step::Headers, best)? {
			Some(Some(best)) => best,
			// Not readable this round (logged): try again next round.
			None => return Ok(()),
			Some(None) => {
				let status = self.uninitialised_status();
				self.status("headers", status);
				return Ok(());
			},
		};
		self.metrics.blocks(latest.map(|j| j.commit.target_number), best.number());
		let mut sent = Vec::new();
		let header = self.relay_headers(source, target, best, latest).await;
		let at = match self.step_outcome(Step::Headers, header)? {
			Some((id, submission)) => {
				sent.push(submission);
				id
			},
			None => best,
		};
		let messages_pallet = self.slot.messages_pallet_name();
		let mode: Result<Option<MessagesOperatingMode>> =
			target.storage(&operating_mode_key(messages_pallet), None).await;
		match self.read_outcome(Step::Messages, mode)? {
			Some(Some(MessagesOperatingMode::Basic(BasicOperatingMode::Halted))) => self.status(
				"messages",
				format!("waiting: {}'s {messages_pallet} is halted", self.target.name),
			),
			// Not readable this round (logged): try again next round.
			None => {},
			Some(_) => {
				let messages = self.relay_messages(source, target, at, limits).await;
				sent.extend(self.step_outcome(Step::Messages, messages)?);
				let confirmations = self.relay_confirmations(source, target, at).await;
				sent.extend(self.step_outcome(Step::Confirmations, confirmations)?);
			},
		}
		if header_in_flight.is_none() {
			*header_in_flight = deferred_header(&mut sent);
		}
		for Submission { sent, inclusion } in sent {
			let outcome = inclusion.await;
			self.report(target, sent, outcome).await?;
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::submission::Sent;

	fn direction() -> Direction {
		let (a, b) = (Endpoint::new("A", "ws://a"), Endpoint::new("B", "ws://b"));
		Direction::new(a, b, Slot::ZERO, subxt_signer::sr25519::dev::alice(), RunOptions::default())
	}

	#[test]
	fn a_direction_is_labelled_both_ways() {
		let a_to_b = direction();
		assert_eq!(a_to_b.label, "A→B");
		assert_eq!(a_to_b.reverse_label(), "B→A");
		let alice = subxt_signer::sr25519::dev::alice().public_key().0;
		assert_eq!(a_to_b.relayer, AccountId32::new(alice));
		assert_eq!(metric_label(&a_to_b.source, &a_to_b.target), "a_to_b");
		assert_eq!(metric_label(&a_to_b.target, &a_to_b.source), "b_to_a");
	}

	#[test]
	fn a_persisting_condition_is_kept_until_it_changes_or_clears() {
		let mut d = direction();
		d.status("messages", "waiting: lane closed".into());
		d.status("messages", "waiting: lane closed".into());
		assert_eq!(d.statuses.get("messages").map(String::as_str), Some("waiting: lane closed"));
		d.status("messages", "waiting: weight unknown".into());
		assert_eq!(d.statuses.get("messages").map(String::as_str), Some("waiting: weight unknown"));
		d.clear_status("messages");
		assert!(d.statuses.is_empty());
	}

	#[test]
	fn only_a_connection_problem_ends_a_session() {
		let mut d = direction();
		let rpc = d.read_outcome::<u8>(Step::Messages, Err(Error::Rpc("gone".into())));
		assert_eq!(rpc, Err(Error::Rpc("gone".into())));
		// Any other error is logged under the step's error topic and the step skipped.
		let other = d.step_outcome::<u8>(Step::Headers, Err(Error::Other("pruned".into())));
		assert_eq!(other, Ok(None));
		assert_eq!(d.statuses.get("headers-error").map(String::as_str), Some("headers: pruned"));
		// The step succeeding clears it.
		assert_eq!(d.step_outcome(Step::Headers, Ok(Some(7u8))), Ok(Some(7)));
		assert!(!d.statuses.contains_key("headers-error"));
	}

	#[test]
	fn steps_and_submissions_have_their_own_error_kinds_and_topics() {
		let steps = [Step::Headers, Step::Messages, Step::Confirmations];
		let sent = [
			Sent::Header { number: 1, set_id: 0, kind: "" },
			Sent::Delivery { what: "messages 1..=2".into(), start: 1, end: 2 },
			Sent::Confirmation { delivered: 2 },
		];
		for (step, sent) in steps.into_iter().zip(&sent) {
			assert_eq!(step.error_kind(), sent.error_kind());
			assert_eq!(step.error_topic(), format!("{}-error", step.name()));
		}
		assert_eq!(steps.map(Step::name), ["headers", "messages", "confirmations"]);
	}
}
