//! Relaying one pair of chains: finding the slot that bridges them, and running the two
//! directions A→B and B→A over it.
//!
//! Without a slot given, the relayer reads both chains' genesis hashes and peers
//! (`bridge_peers`) and relays the slot in which each lists the other as an active peer
//! ([`crate::peers`]); until there is one it relays nothing and says why, checking again every
//! [`PAIRING_RETRY`]. While relaying it checks again every [`PAIRING_CHECK`], and stops (to
//! look for the slot again) once the chains are no longer peers in it: a removed peer's slot is
//! halted, and a pair linked again may be in another slot. With a slot given it relays that
//! slot regardless, and only warns while the chains are not peers in it.

use std::time::Duration;

use subxt_signer::sr25519::Keypair;

use crate::{
	client::NodeClient,
	direction::{Direction, Endpoint},
	log::log_line,
	peers::{pairing, read_chain_peers, Pairing},
	Error, Metrics, Result, Slot, Weight,
};

/// How often a relayer whose chains are not peers (yet) checks again: a peer added by a council
/// motion is noticed within two blocks.
const PAIRING_RETRY: Duration = Duration::from_secs(10);

/// How often a relayer checks that its chains are still peers in the slot it relays: a removed
/// peer's slot is halted at once (its light client and lanes refuse everything), so noticing
/// within a few blocks only saves refused submissions' log lines.
const PAIRING_CHECK: Duration = Duration::from_secs(30);

/// Prefix of the relayer's log lines about the pair (the directions use `A→B`, `B→A`).
const PAIR_LABEL: &str = "A↔B";

/// Tunables of [`run_with_options`].
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
	/// Dispatch weight of one inbound message on the target chains. `None`: read each target's
	/// `MedchainBridge::MessageDispatchWeight` constant from its metadata.
	pub message_dispatch_weight: Option<Weight>,
	/// Prometheus metrics to keep up to date (see [`Metrics`]). `None`: no metrics.
	pub metrics: Option<Metrics>,
	/// The peer slot to relay (`0..MAX_PEERS`). `None`: the slot in which each chain lists the
	/// other as an active peer (`bridge_peers`; on a runtime without it, slot 0 if
	/// `bridge_status` names the other chain), found at start and checked again while relaying.
	/// `Some(k)`: slot k, with a warning while the chains are not peers in it.
	pub slot: Option<u8>,
}

/// Relay in both directions between the chains at `a_url` and `b_url` (WebSocket URLs), signing
/// on both with `signer`, in the slot in which they are peers, until the future is dropped.
/// Connection problems are logged and retried with backoff; the function only returns on an
/// unexpected internal stop.
pub async fn run(a_url: &str, b_url: &str, signer: Keypair) -> Result<()> {
	run_with_options(a_url, b_url, signer, RunOptions::default()).await
}

/// [`run`] with [`RunOptions`]. An error at once for a slot that does not exist.
pub async fn run_with_options(
	a_url: &str,
	b_url: &str,
	signer: Keypair,
	options: RunOptions,
) -> Result<()> {
	let fixed = options.slot.map(Slot::new).transpose()?;
	let a = Endpoint::new("A", a_url);
	let b = Endpoint::new("B", b_url);
	let mut watch = PairWatch::new(&a, &b, options.metrics.clone());
	loop {
		let slot = match fixed {
			Some(slot) => {
				watch.check_given(slot).await;
				slot
			},
			None => watch.wait_for_pairing().await,
		};
		log_line(
			PAIR_LABEL,
			format!(
				"relaying slot {slot} ({}, {}) between A = {a_url} and B = {b_url}",
				slot.grandpa_pallet_name(),
				slot.messages_pallet_name()
			),
		);
		let a_to_b = Direction::new(a.clone(), b.clone(), slot, signer.clone(), options.clone());
		let b_to_a = Direction::new(b.clone(), a.clone(), slot, signer.clone(), options.clone());
		// Both directions in this future (not spawned tasks), so dropping it stops both.
		let relay = async { tokio::join!(a_to_b.run_forever(), b_to_a.run_forever()) };
		tokio::select! {
			_ = relay => return Err(Error::Other("the relay loops stopped".into())),
			() = watch.until_unpaired(slot, fixed.is_some()) => {},
		}
	}
}

/// Watches whether the two chains are peers, and in which slot, on connections of its own
/// (kept between checks, renewed after a connection problem).
struct PairWatch {
	a: Endpoint,
	b: Endpoint,
	clients: Option<(NodeClient, NodeClient)>,
	metrics: Option<Metrics>,
	/// The last condition logged, so a persisting one is logged once.
	last: Option<String>,
}

impl PairWatch {
	fn new(a: &Endpoint, b: &Endpoint, metrics: Option<Metrics>) -> Self {
		Self { a: a.clone(), b: b.clone(), clients: None, metrics, last: None }
	}

	/// Read both chains' peers and tell their pairing.
	async fn check(&mut self) -> Result<Pairing> {
		let clients = match self.clients.take() {
			Some(clients) => clients,
			None => {
				let a = NodeClient::connect(&self.a.url).await?;
				let b = NodeClient::connect(&self.b.url).await?;
				(a, b)
			},
		};
		let read = async {
			let a = read_chain_peers(&clients.0, &self.a.name, true).await?;
			let b = read_chain_peers(&clients.1, &self.b.name, true).await?;
			Ok(pairing(&a, &b))
		};
		let outcome = read.await;
		// Reconnect next time after a connection problem; keep the connections otherwise.
		if !matches!(outcome, Err(Error::Rpc(_))) {
			self.clients = Some(clients);
		}
		outcome
	}

	/// Log `message` unless it is the condition logged last.
	fn note(&mut self, message: String) {
		if self.last.as_ref() != Some(&message) {
			log_line(PAIR_LABEL, &message);
			self.last = Some(message);
		}
	}

	fn set_metrics(&self, slot: Slot, paired: bool) {
		if let Some(metrics) = &self.metrics {
			metrics.pairing(slot, paired);
		}
	}

	/// The slot in which the chains are peers, once they are: until then, log why not (once
	/// per condition) and check again every [`PAIRING_RETRY`].
	async fn wait_for_pairing(&mut self) -> Slot {
		loop {
			match self.check().await {
				Ok(Pairing::Paired(slot)) => {
					self.last = None;
					self.set_metrics(slot, true);
					return slot;
				},
				Ok(Pairing::Unpaired(why)) => self.note(format!(
					"not relaying: {why}; checking again every {}s",
					PAIRING_RETRY.as_secs()
				)),
				Err(e) => self.note(format!(
					"not relaying: cannot tell which slot bridges A and B: {e}; retrying every \
					 {}s (or give the slot: --slot)",
					PAIRING_RETRY.as_secs()
				)),
			}
			tokio::time::sleep(PAIRING_RETRY).await;
		}
	}

	/// Check a slot given by the operator: warn (once per condition) if the chains are not
	/// peers in it.
	async fn check_given(&mut self, slot: Slot) {
		let warning = match self.check().await {
			Ok(Pairing::Paired(paired)) if paired == slot => None,
			Ok(Pairing::Paired(paired)) => {
				Some(format!("A and B are peers in slot {paired}, not in slot {slot}"))
			},
			Ok(Pairing::Unpaired(why)) => Some(why),
			Err(e) => Some(format!("cannot check that A and B are peers in it: {e}")),
		};
		self.set_metrics(slot, warning.is_none());
		match warning {
			Some(why) => self.note(format!("warning: relaying slot {slot} as given, but {why}")),
			None => {
				if self.last.take().is_some() {
					log_line(PAIR_LABEL, format!("A and B are now peers in slot {slot}"));
				}
			},
		}
	}

	/// Resolves once the chains are no longer peers in `slot` (a read showing it, not a
	/// connection problem, which the directions report). Never for a slot `given` by the
	/// operator: then only warns.
	async fn until_unpaired(&mut self, slot: Slot, given: bool) {
		loop {
			tokio::time::sleep(PAIRING_CHECK).await;
			if given {
				self.check_given(slot).await;
				continue;
			}
			match self.check().await {
				Ok(Pairing::Paired(paired)) if paired == slot => {},
				Ok(Pairing::Paired(paired)) => {
					log_line(
						PAIR_LABEL,
						format!("A and B are now peers in slot {paired}: leaving slot {slot}"),
					);
					return;
				},
				Ok(Pairing::Unpaired(why)) => {
					self.set_metrics(slot, false);
					log_line(PAIR_LABEL, format!("stopping the relay of slot {slot}: {why}"));
					return;
				},
				Err(_) => {},
			}
		}
	}
}
