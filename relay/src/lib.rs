//! # medchain-relay
//!
//! The bridge relayer between two medchain consortium chains A and B. Each chain runs a GRANDPA
//! light client of the other (`BridgeGrandpa`, pallet-bridge-grandpa) and a message lane to it
//! (`BridgeMessages`, pallet-bridge-messages); neither chain can read the other, so a relayer
//! carries, in each direction S→T:
//!
//! 1. **headers**: S's finalized headers with their GRANDPA justifications into T's light
//!    client (authority-set changes first, as the light client must follow them in order);
//! 2. **messages**: storage proofs of S's outbound messages, at an S header T has imported, to
//!    T's inbound lane (plus S's lane state, so T learns which deliveries S has confirmed);
//! 3. **confirmations**: storage proofs of T's inbound lane, at a T header S has imported, back
//!    to S, so S can prune delivered messages and keep the lane moving.
//!
//! The relayer is trusted with nothing: the chains verify every proof, and a wrong or stale
//! submission only costs its fee. It is also stateless: everything it decides is read from the
//! chains, so it can be stopped and restarted at any time; a duplicate submission has no effect
//! on chain (a header again fails with `OldHeader`, a message again is skipped as
//! `InvalidNonce` and not dispatched twice).
//!
//! The library is what the `medchain-relay` binary runs; the end-to-end tests drive the same
//! functions ([`run`], [`initialize_bridge`]) and the lower-level ones ([`submit_raw_call`],
//! [`encode_submit_finality_proof`], [`latest_justification`], [`bridge_status`]) to check
//! that the chains refuse forged or foreign proofs.
//!
//! With [`RunOptions::metrics`], the relay keeps Prometheus [`Metrics`] up to date (headers,
//! messages and confirmations relayed, errors, how far each light client lags behind).
//!
//! # Layout
//!
//! One module per thing relayed, as Parity's `bridges/relays/messages` is laid out:
//!
//! - `direction`: the relay loop of one direction S→T (sessions, rounds, reconnection), and
//!   what its steps share: sending to T, reporting outcomes, logging;
//! - `headers`, `messages`, `confirmations`: the three steps of a round, each relaying one
//!   kind of thing to T;
//! - `planning`: the pure decisions of the message relay (which messages to deliver, when a
//!   confirmation is due, how large a delivery may be);
//! - `client`: one connection to a node (`NodeClient`): reads and signed submissions;
//!   `calls`: the runtime calls, encoded with pinned indices;
//! - `init`: bootstrapping the bridge by a council motion; `tools`: one-shot reads and
//!   submissions for tools and tests; `keys`: keys and where secrets may come from; `error`;
//!   `metrics`.
//!
//! Everything public is re-exported here, at the crate root.

mod calls;
mod client;
mod confirmations;
mod direction;
mod error;
mod headers;
mod init;
mod keys;
mod messages;
mod metrics;
mod planning;
mod tools;

use bp_messages::LegacyLaneId;
use sp_runtime::traits::BlakeTwo256;

pub use bp_header_chain::justification::GrandpaJustification;
pub use bp_messages::Weight;
pub use calls::{
	council_threshold, encode_batch_all, encode_council_propose, encode_dispatch_as_root,
	encode_initialize, encode_receive_messages_delivery_proof, encode_receive_messages_proof,
	encode_set_peer, encode_submit_finality_proof, RawArgs, RawCall,
};
pub use client::{TxEvent, TxReceipt};
pub use error::{Error, Result};
pub use init::{ensure_distinct_chains, initialize_bridge, InitOutcome};
pub use keys::{ensure_development_uri, keypair_from_uri, read_secret_file};
pub use metrics::Metrics;
pub use planning::{
	select_message_range, MAX_DELIVERY_PROOF_BYTES, MAX_MESSAGES_PER_DELIVERY,
	MAX_UNCONFIRMED_MESSAGES, MAX_UNREWARDED_RELAYERS,
};
pub use subxt_signer::sr25519::Keypair;
pub use tools::{bridge_status, latest_justification, submit_raw_call, BridgeStatus};

use direction::{Direction, Endpoint};

/// Header of a medchain block (both chains run the same runtime).
pub type Header = sp_runtime::generic::Header<u32, BlakeTwo256>;

/// The one message lane between the two chains, opened at genesis on both.
pub const LANE: LegacyLaneId = LegacyLaneId([0, 0, 0, 1]);

/// Name of the GRANDPA light-client pallet in `construct_runtime` (storage key prefix).
pub const BRIDGE_GRANDPA_PALLET_NAME: &str = "BridgeGrandpa";

/// Name of the message-lane pallet in `construct_runtime` (storage key prefix).
pub const BRIDGE_MESSAGES_PALLET_NAME: &str = "BridgeMessages";

/// Name of the medchain bridge application pallet (holds `MessageDispatchWeight`).
pub const MEDCHAIN_BRIDGE_PALLET_NAME: &str = "MedchainBridge";

/// Tunables of [`run_with_options`].
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
	/// Dispatch weight of one inbound message on the target chains. `None`: read each target's
	/// `MedchainBridge::MessageDispatchWeight` constant from its metadata.
	pub message_dispatch_weight: Option<Weight>,
	/// Prometheus metrics to keep up to date (see [`Metrics`]). `None`: no metrics.
	pub metrics: Option<Metrics>,
}

/// Relay in both directions between the chains at `a_url` and `b_url` (WebSocket URLs), signing
/// on both with `signer`, until the future is dropped. Connection problems are logged and
/// retried with backoff; the function only returns on an unexpected internal stop.
pub async fn run(a_url: &str, b_url: &str, signer: Keypair) -> Result<()> {
	run_with_options(a_url, b_url, signer, RunOptions::default()).await
}

/// [`run`] with [`RunOptions`].
pub async fn run_with_options(
	a_url: &str,
	b_url: &str,
	signer: Keypair,
	options: RunOptions,
) -> Result<()> {
	let a = Endpoint::new("A", a_url);
	let b = Endpoint::new("B", b_url);
	let a_to_b = Direction::new(a.clone(), b.clone(), signer.clone(), options.clone());
	let b_to_a = Direction::new(b, a, signer, options);
	// Both directions in this future (not spawned tasks), so dropping it stops both.
	tokio::join!(a_to_b.run_forever(), b_to_a.run_forever());
	Err(Error::Other("the relay loops stopped".into()))
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The public futures can be spawned on a multi-threaded runtime (checked at compile time).
	#[allow(dead_code)]
	fn public_futures_are_send(key: Keypair) {
		fn is_send<T: Send>(_: T) {}
		is_send(run("ws://a", "ws://b", key.clone()));
		is_send(initialize_bridge("ws://a", "ws://b", &key));
		is_send(submit_raw_call("ws://a", &[], &key));
		is_send(latest_justification("ws://a"));
		is_send(bridge_status("ws://a"));
	}
}
