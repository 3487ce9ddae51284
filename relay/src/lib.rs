//! # medchain-relay
//!
//! The bridge relayer between two medchain consortium chains A and B. Each chain runs a GRANDPA
//! light client of the other (`BridgeGrandpa{k}`, pallet-bridge-grandpa, in the pair's slot k)
//! and a message lane to it (`BridgeMessages{k}`, pallet-bridge-messages); neither chain can
//! read the other, so a relayer carries, in each direction S→T:
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
//! # Slots, and one relayer per pair of chains
//!
//! A chain bridges up to [`MAX_PEERS`] peer chains, one per peer [`Slot`]: slot 0 is
//! `BridgeGrandpa` and `BridgeMessages` (pallets 40 and 41), slot k is `BridgeGrandpa{k}` and
//! `BridgeMessages{k}` (40 + 2k, 41 + 2k). A pair of chains is bridged in the same slot on both
//! ([`link_chains`] picks one free on both). The relayer relays one pair of chains, in the slot
//! in which each lists the other as an active peer (`bridge_peers`), which it finds itself
//! ([`RunOptions::slot`] overrides it).
//!
//! A chain with several peers has one relayer process per pair, not one process for all its
//! pairs:
//!
//! - each pair's relayer signs with its own funded key, while two processes signing with one
//!   key on one chain would race for its nonces;
//! - a pair's relayer failing, lagging or being restarted affects no other pair;
//! - each pair of consortia can run (and pay for) the relayer of its own bridge.
//!
//! The cost is one more connection and one more justification subscription per pair on each
//! node, small next to what a node serves anyway.
//!
//! # Use
//!
//! The library is what the `medchain-relay` binary runs; the end-to-end tests drive the same
//! functions ([`run`], [`initialize_bridge`], [`link_chains`]) and the lower-level ones
//! ([`submit_raw_call`], [`encode_submit_finality_proof`], [`latest_justification`],
//! [`bridge_status`], [`bridge_peers`]) to check that the chains refuse forged or foreign
//! proofs. The slot-0 functions of a two-chain consortium ([`run`], [`initialize_bridge`],
//! [`bridge_status`], the `BRIDGE_*_PALLET_NAME` constants, the `encode_*` calls) have variants
//! for any slot (`*_at`, [`Slot`]).
//!
//! With [`RunOptions::metrics`], the relay keeps Prometheus [`Metrics`] up to date (headers,
//! messages and confirmations relayed, errors, how far each light client lags behind, the slot).
//!
//! # Layout
//!
//! One module per thing relayed, as Parity's `bridges/relays/messages` is laid out:
//!
//! - `run`: relaying a pair: finding its slot, and the two directions over it;
//! - `direction`: the relay loop of one direction S→T (sessions, rounds, reconnection), and
//!   what its steps share: sending to T, reporting outcomes, logging;
//! - `headers`, `messages`, `confirmations`: the three steps of a round, each relaying one
//!   kind of thing to T;
//! - `planning`: the pure decisions of the message relay (which messages to deliver, when a
//!   confirmation is due, how large a delivery may be);
//! - `slot`: the peer slots and their pallets; `peers`: which chains a chain bridges, and what
//!   that means for a pair (the slot to relay, the slot to link in);
//! - `client`: one connection to a node (`NodeClient`): reads and signed submissions;
//!   `calls`: the runtime calls, encoded with pinned indices;
//! - `motion`: council motions; `init`: bootstrapping slot 0 of a chain by a motion; `link`:
//!   linking two chains in a slot (and unlinking) by motions; `tools`: one-shot reads and
//!   submissions for tools and tests; `keys`: keys and where secrets may come from; `error`;
//!   `metrics`.
//!
//! Everything public is re-exported here, at the crate root.

mod calls;
mod client;
mod clock;
mod confirmations;
mod direction;
mod error;
mod headers;
mod init;
mod keys;
mod link;
mod log;
mod messages;
mod metrics;
mod motion;
mod peers;
mod planning;
mod run;
mod slot;
mod submission;
mod tools;

use bp_messages::LegacyLaneId;
use sp_runtime::traits::BlakeTwo256;

pub use bp_header_chain::justification::GrandpaJustification;
pub use bp_messages::Weight;
pub use calls::{
	council_threshold, encode_add_peer, encode_batch_all, encode_council_propose,
	encode_dispatch_as_root, encode_initialize, encode_initialize_at,
	encode_receive_messages_delivery_proof, encode_receive_messages_delivery_proof_at,
	encode_receive_messages_proof, encode_receive_messages_proof_at, encode_remove_peer,
	encode_set_peer, encode_submit_finality_proof, encode_submit_finality_proof_at, RawArgs,
	RawCall,
};
pub use client::{TxEvent, TxReceipt};
pub use clock::civil_from_days;
pub use error::{Error, Result};
pub use init::{ensure_distinct_chains, initialize_bridge, InitOutcome};
pub use keys::{ensure_development_uri, keypair_from_uri, read_secret_file};
pub use link::{link_chains, unlink_peer, LinkOutcome, PeerOutcome, UnlinkOutcome};
pub use metrics::Metrics;
pub use peers::{PeerStatus, PeerView};
pub use planning::{
	select_message_range, MAX_DELIVERY_PROOF_BYTES, MAX_MESSAGES_PER_DELIVERY,
	MAX_UNCONFIRMED_MESSAGES, MAX_UNREWARDED_RELAYERS,
};
pub use run::{run, run_with_options, RunOptions};
pub use slot::{Slot, GRANDPA_PALLET_NAMES, MAX_PEERS, MESSAGES_PALLET_NAMES};
pub use subxt_signer::sr25519::Keypair;
pub use tools::{
	bridge_peers, bridge_status, bridge_status_at, latest_justification, submit_raw_call,
	BridgeStatus,
};

/// Header of a medchain block (both chains run the same runtime).
pub type Header = sp_runtime::generic::Header<u32, BlakeTwo256>;

/// The message lane of every slot (each slot's messages pallet has its own lanes); slot 0's is
/// opened at genesis, the others' when governance adds their peer.
pub const LANE: LegacyLaneId = LegacyLaneId([0, 0, 0, 1]);

/// Name of slot 0's GRANDPA light-client pallet in `construct_runtime` (storage key prefix);
/// any slot's: [`Slot::grandpa_pallet_name`].
pub const BRIDGE_GRANDPA_PALLET_NAME: &str = GRANDPA_PALLET_NAMES[0];

/// Name of slot 0's message-lane pallet in `construct_runtime` (storage key prefix); any
/// slot's: [`Slot::messages_pallet_name`].
pub const BRIDGE_MESSAGES_PALLET_NAME: &str = MESSAGES_PALLET_NAMES[0];

/// Name of the medchain bridge application pallet (holds `MessageDispatchWeight`, `MaxPeers`).
pub const MEDCHAIN_BRIDGE_PALLET_NAME: &str = "MedchainBridge";

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
		is_send(bridge_status_at("ws://a", Slot::ZERO));
		is_send(bridge_peers("ws://a"));
		is_send(run_with_options("ws://a", "ws://b", key.clone(), RunOptions::default()));
		is_send(link_chains("ws://a", "ws://b", &key, &key, None));
		is_send(unlink_peer("ws://a", sp_core::H256::zero(), &key));
	}
}
