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

use std::{fmt, ops::RangeInclusive, str::FromStr, time::Duration};

use bp_header_chain::{
	storage_keys::{best_finalized_key, current_authority_set_key},
	AuthoritySet, InitializationData,
};
use bp_messages::{
	storage_keys::{inbound_lane_data_key, outbound_lane_data_key},
	InboundLaneData, LegacyLaneId, MessageNonce, OutboundLaneData,
};
use bp_runtime::{BasicOperatingMode, HeaderId};
use codec::DecodeAll;
use sp_consensus_grandpa::{AuthorityList, SetId};
use sp_core::H256;
use sp_runtime::{traits::BlakeTwo256, AccountId32};
use subxt_signer::SecretUri;
use tokio::sync::Mutex;

mod calls;
mod chain;
mod metrics;
mod relay;

pub use bp_header_chain::justification::GrandpaJustification;
pub use bp_messages::Weight;
pub use calls::{
	council_threshold, encode_batch_all, encode_council_propose, encode_dispatch_as_root,
	encode_initialize, encode_receive_messages_delivery_proof, encode_receive_messages_proof,
	encode_set_peer, encode_submit_finality_proof, RawArgs, RawCall,
};
pub use chain::{Included, TxEvent};
pub use metrics::Metrics;
pub use subxt_signer::sr25519::Keypair;

use chain::{decode_justification, Chain};
use relay::{Direction, Endpoint};

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

/// Most messages per delivery transaction: a modest transaction (64 health messages' dispatch
/// weight is a fifth of a block), far below the runtime's
/// `MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX` (1,024), which bounds the messages one proof
/// may declare (`TooManyMessagesInTheProof`). At one delivery per block, a lane carries about
/// ten messages a second.
pub const MAX_MESSAGES_PER_DELIVERY: MessageNonce = 64;

/// The runtime's `MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX`: a target refuses (without
/// failing the transaction) messages more than this far beyond its last confirmed nonce, so
/// the relayer does not offer them until confirmations catch up.
pub const MAX_UNCONFIRMED_MESSAGES: MessageNonce = 1024;

/// Largest storage proof in one delivery: 1 MiB, far below the 3.75 MiB a normal transaction
/// may have, so a delivery always fits a block next to other traffic. (A single message is
/// at most 64 KiB, so one message always fits.)
pub const MAX_DELIVERY_PROOF_BYTES: usize = 1024 * 1024;

/// The runtime's `MAX_UNREWARDED_RELAYERS_IN_CONFIRMATION_TX`: distinct relayer entries a
/// target keeps until the source's lane state tells it they were confirmed.
pub const MAX_UNREWARDED_RELAYERS: MessageNonce = 16;

/// How long [`latest_justification`] waits for the next GRANDPA finalization: ten 6 s blocks.
const JUSTIFICATION_WAIT: Duration = Duration::from_secs(60);

/// What went wrong, with context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
	/// A node could not be reached (connection refused or lost): reconnecting later may help.
	Rpc(String),
	/// The transaction pool refused, dropped or never included a transaction.
	Rejected(String),
	/// A transaction was included but failed; `error` names it as `Pallet::Error` (e.g.
	/// `BridgeGrandpa::InvalidJustification`).
	Failed {
		/// Block the failed transaction is in.
		block_hash: H256,
		/// The dispatch error.
		error: String,
	},
	/// Bad input, a node refusing a request (e.g. for the state of a pruned block) or an
	/// unexpected chain state.
	Other(String),
}

/// Shown on one line (node errors can carry multi-line wasm backtraces), for one-line logs.
impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::Rpc(e) => write!(f, "RPC: {}", one_line(e)),
			Error::Rejected(e) => write!(f, "transaction rejected: {}", one_line(e)),
			Error::Failed { block_hash, error } => {
				write!(f, "transaction failed in block {block_hash:?}: {}", one_line(error))
			},
			Error::Other(e) => write!(f, "{}", one_line(e)),
		}
	}
}

/// `text` with its lines trimmed and joined by ` | `.
pub(crate) fn one_line(text: &str) -> String {
	text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" | ")
}

impl std::error::Error for Error {}

/// Result of the relayer's functions.
pub type Result<T> = std::result::Result<T, Error>;

/// An sr25519 key from a secret URI (`//Alice`, a mnemonic with `//derivation`, a hex seed).
/// The error does not repeat the secret.
pub fn keypair_from_uri(uri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(uri).map_err(|e| Error::Other(format!("secret URI: {e}")))?;
	Keypair::from_uri(&uri).map_err(|e| Error::Other(format!("key from secret URI: {e}")))
}

/// Refuses a secret URI that is not a public development key (`//Alice`, `//Bob//stash`: hard
/// derivations of the well-known development phrase, no phrase or password of its own). Only
/// those may appear on a command line.
pub fn ensure_development_uri(uri: &str) -> Result<()> {
	let public =
		uri.starts_with("//") && !uri.contains("///") && !uri.contains(char::is_whitespace);
	if public {
		Ok(())
	} else {
		Err(Error::Other(
			"only development keys (//Name) on the command line, where `ps` shows them; put a \
			 real key in a file or the environment"
				.into(),
		))
	}
}

/// The secret URI in the file at `path` (its first line), if only its owner may read it.
pub fn read_secret_file(path: &std::path::Path) -> Result<String> {
	use std::os::unix::fs::PermissionsExt;
	let meta = std::fs::metadata(path).map_err(|e| Error::Other(e.to_string()))?;
	let mode = meta.permissions().mode() & 0o777;
	if mode & 0o077 != 0 {
		return Err(Error::Other(format!("readable by others (mode {mode:o}); chmod 600 it")));
	}
	let text = std::fs::read_to_string(path).map_err(|e| Error::Other(e.to_string()))?;
	text.lines()
		.next()
		.map(|l| l.trim().to_string())
		.filter(|l| !l.is_empty())
		.ok_or_else(|| Error::Other("empty".into()))
}

/// Refuses to bridge a chain to itself, or two chains with a GRANDPA key in common: one key
/// signing finality for both could make either light client accept the other's blocks.
pub fn ensure_distinct_chains(
	source: (H256, &AuthorityList),
	target: (H256, &AuthorityList),
) -> Result<()> {
	if source.0 == target.0 {
		return Err(Error::Other(format!("source and target are the same chain ({:?})", source.0)));
	}
	if let Some((shared, _)) = source.1.iter().find(|(k, _)| target.1.iter().any(|(t, _)| t == k)) {
		return Err(Error::Other(format!(
			"the chains share the GRANDPA key {shared}: a bridge needs independent validators"
		)));
	}
	Ok(())
}

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

/// What [`initialize_bridge`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InitOutcome {
	/// The target's light client already knew a source header; nothing was submitted.
	AlreadyInitialised {
		/// Its best finalized source header (number, hash).
		best: HeaderId<H256, u32>,
	},
	/// The target's light client now starts from `header`.
	Initialised {
		/// The source header it starts from (number, hash): the source's finalized head.
		header: HeaderId<H256, u32>,
		/// The source's GRANDPA authority set id at that header.
		set_id: SetId,
		/// Number of authorities in that set.
		authorities: usize,
		/// Target block the initialisation is in.
		block_hash: H256,
	},
	/// The council has more than one seat: the motion is open and needs other members' votes
	/// (and a `close`) before the light client starts.
	Proposed {
		/// The motion's proposal hash, to vote on.
		proposal_hash: H256,
		/// Aye votes it needs.
		threshold: u32,
		/// Seats on the council.
		seats: u32,
		/// Target block the motion is in.
		block_hash: H256,
	},
}

/// `Council::Members` of the target: the council's seats.
fn council_members_key() -> sp_core::storage::StorageKey {
	bp_runtime::storage_value_key("Council", "Members")
}

/// A chain's genesis hash, finalized head, and GRANDPA authorities at that head.
async fn genesis_and_authorities(chain: &Chain, url: &str) -> Result<(H256, H256, AuthorityList)> {
	let genesis = chain
		.block_hash(0)
		.await?
		.ok_or_else(|| Error::Other(format!("{url}: no genesis hash")))?;
	let finalized = chain.finalized_hash().await?;
	let keys = AuthorityList::decode_all(
		&mut &chain.state_call("GrandpaApi_grandpa_authorities", &[], finalized).await?[..],
	)
	.map_err(|e| Error::Other(format!("{url}: decoding the GRANDPA authorities: {e}")))?;
	Ok((genesis, finalized, keys))
}

/// Bootstrap the bridge on the target chain by a motion of its council, proposed by `member`:
/// start the target's light client of the source at the source's finalized head with the
/// source's current GRANDPA authority set, and name the source's genesis as the target's peer.
/// Refused, before anything is submitted, for a chain bridged to itself or two chains sharing a
/// GRANDPA key ([`ensure_distinct_chains`]).
///
/// Proposes `Council.propose(threshold, Consortium.dispatch_as_root(Utility.batch_all([
/// BridgeGrandpa.initialize(..), MedchainBridge.set_peer(source_genesis)])))`, with the
/// threshold the runtime's council origin needs (more than two thirds of the seats). A council
/// of one seat dispatches it at once and this checks that it took effect; a larger council gets
/// an open motion ([`InitOutcome::Proposed`]) for its other members to vote on. Idempotent: if
/// the target's light client is already initialised, nothing is submitted.
pub async fn initialize_bridge(
	source_url: &str,
	target_url: &str,
	member: &Keypair,
) -> Result<InitOutcome> {
	let source = Chain::connect(source_url).await?;
	let target = Chain::connect(target_url).await?;
	let (genesis, finalized, authority_list) = genesis_and_authorities(&source, source_url).await?;
	let (target_genesis, _, target_keys) = genesis_and_authorities(&target, target_url).await?;
	ensure_distinct_chains((genesis, &authority_list), (target_genesis, &target_keys))?;
	let best_key = best_finalized_key(BRIDGE_GRANDPA_PALLET_NAME);
	if let Some(best) = target.storage::<HeaderId<H256, u32>>(&best_key, None).await? {
		return Ok(InitOutcome::AlreadyInitialised { best });
	}

	// The set in the state of a finalized block is the one that finalizes its descendants
	// (a change enacted in that very block is already applied), which is what the light
	// client needs to follow on from it.
	let header = source.header(finalized).await?;
	if authority_list.is_empty() {
		return Err(Error::Other(format!("{source_url}: the GRANDPA authority set is empty")));
	}
	let set_id = SetId::decode_all(
		&mut &source.state_call("GrandpaApi_current_set_id", &[], finalized).await?[..],
	)
	.map_err(|e| Error::Other(format!("{source_url}: decoding the GRANDPA set id: {e}")))?;

	let id = HeaderId(header.number, finalized);
	let authorities = authority_list.len();
	let init = InitializationData {
		header: Box::new(header),
		authority_list,
		set_id,
		operating_mode: BasicOperatingMode::Normal,
	};
	let seats = target
		.storage::<Vec<AccountId32>>(&council_members_key(), None)
		.await?
		.map_or(0, |m| m.len() as u32);
	if seats == 0 {
		return Err(Error::Other(format!("{target_url}: the chain has no council")));
	}
	let threshold = council_threshold(seats);
	let motion = encode_dispatch_as_root(&encode_batch_all(&[
		encode_initialize(&init),
		encode_set_peer(genesis),
	]));
	let call = encode_council_propose(threshold, &motion);
	let included = target.submit(&call, member, &Mutex::new(())).await?;
	let block_hash = included.block_hash;

	if let Some(proposed) = included.event("Council", "Proposed") {
		// `Proposed { account, proposal_index: u32, proposal_hash, threshold: u32 }`.
		let hash = proposed.fields.get(36..68).map(H256::from_slice).ok_or_else(|| {
			Error::Other(format!("{target_url}: undecodable Council::Proposed event"))
		})?;
		return Ok(InitOutcome::Proposed { proposal_hash: hash, threshold, seats, block_hash });
	}
	// `Executed { proposal_hash, result: DispatchResult }`: 0 = Ok, 1 followed by the error.
	let executed = included.event("Council", "Executed").ok_or_else(|| {
		Error::Other(format!("{target_url}: no Council::Executed event in block {block_hash:?}"))
	})?;
	match executed.fields.get(32..).and_then(|r| r.split_first()) {
		Some((0, _)) => {},
		Some((1, error)) => {
			let error = target.describe_dispatch_error(block_hash, error).await;
			return Err(Error::Failed { block_hash, error });
		},
		_ => {
			return Err(Error::Other(format!("{target_url}: undecodable Council::Executed event")))
		},
	}
	let now = target.storage::<HeaderId<H256, u32>>(&best_key, Some(block_hash)).await?;
	if now != Some(id) {
		return Err(Error::Other(format!(
			"{target_url}: after initialisation BestFinalized is {now:?}, expected {id:?}"
		)));
	}
	Ok(InitOutcome::Initialised { header: id, set_id, authorities, block_hash })
}

/// Sign `call` (raw bytes: pallet index, call index, SCALE arguments) as `signer`, submit it to
/// the chain at `url` and wait until it is in a best block.
///
/// For tests that submit what the relayer never would (a tampered or foreign justification):
/// a call that fails on chain comes back as [`Error::Failed`] naming the pallet error. Do not
/// use it concurrently with a relayer signing with the same key (both pick the same nonce).
pub async fn submit_raw_call(url: &str, call: &[u8], signer: &Keypair) -> Result<Included> {
	Chain::connect(url).await?.submit(call, signer, &Mutex::new(())).await
}

/// The next GRANDPA justification the chain at `url` produces (waiting at most a minute),
/// with the header it finalizes.
pub async fn latest_justification(url: &str) -> Result<(Header, GrandpaJustification<Header>)> {
	let chain = Chain::connect(url).await?;
	let mut subscription = chain.subscribe_justifications().await?;
	let next = tokio::time::timeout(JUSTIFICATION_WAIT, subscription.next())
		.await
		.map_err(|_| Error::Rpc(format!("{url}: no justification within {JUSTIFICATION_WAIT:?}")))?
		.ok_or_else(|| Error::Rpc(format!("{url}: the justification subscription ended")))?
		.map_err(|e| Error::Rpc(format!("{url}: justification subscription: {e}")))?;
	let justification = decode_justification(&next)?;
	let header = chain.header(justification.commit.target_hash).await?;
	Ok((header, justification))
}

/// A chain's bridge state, read at its best block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BridgeStatus {
	/// Best finalized header of the other chain this chain's light client knows (number, hash);
	/// `None` until initialised.
	pub best_bridged_header: Option<HeaderId<H256, u32>>,
	/// The other chain's GRANDPA authority set the light client currently verifies with.
	pub authority_set: Option<AuthoritySet>,
	/// This chain's outbound lane [`LANE`] (messages to the other chain).
	pub outbound_lane: Option<OutboundLaneData>,
	/// This chain's inbound lane [`LANE`] (messages from the other chain).
	pub inbound_lane: Option<InboundLaneData<AccountId32>>,
}

/// Read the bridge state of the chain at `url` (see [`BridgeStatus`]).
pub async fn bridge_status(url: &str) -> Result<BridgeStatus> {
	let chain = Chain::connect(url).await?;
	let best_bridged_header =
		chain.storage(&best_finalized_key(BRIDGE_GRANDPA_PALLET_NAME), None).await?;
	let authority_set = match best_bridged_header {
		Some(_) => {
			chain.storage(&current_authority_set_key(BRIDGE_GRANDPA_PALLET_NAME), None).await?
		},
		None => None,
	};
	Ok(BridgeStatus {
		best_bridged_header,
		authority_set,
		outbound_lane: chain
			.storage(&outbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE), None)
			.await?,
		inbound_lane: chain
			.storage(&inbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE), None)
			.await?,
	})
}

/// The next messages to deliver: `last_delivered + 1 ..= min(latest_generated,
/// last_delivered + max)`, or `None` if there is nothing new (or `max` is 0).
pub fn select_message_range(
	last_delivered: MessageNonce,
	latest_generated: MessageNonce,
	max: MessageNonce,
) -> Option<RangeInclusive<MessageNonce>> {
	if latest_generated <= last_delivered || max == 0 {
		return None;
	}
	let start = last_delivered.checked_add(1)?;
	let end = latest_generated.min(last_delivered.saturating_add(max));
	Some(start..=end)
}

/// What to deliver next on the lane, given the source's outbound lane (at a header the target
/// has imported) and the target's inbound lane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DeliveryPlan {
	/// Nothing to do.
	Nothing,
	/// Deliver these messages (with the source's lane state).
	Messages(RangeInclusive<MessageNonce>),
	/// No message can go, but the source has confirmed deliveries the target does not know of:
	/// send the lane state alone, so the target prunes its unrewarded relayers and accepts
	/// new messages again (without it the lane stalls after
	/// [`MAX_UNCONFIRMED_MESSAGES`] messages).
	LaneStateOnly,
}

/// Decide the next delivery (see [`DeliveryPlan`]), at most `max_messages` messages.
///
/// Messages more than [`MAX_UNCONFIRMED_MESSAGES`] beyond the target's last confirmed nonce
/// would be refused, so they wait; the lane state in the same proof is applied first, so the
/// confirmations it carries count.
pub(crate) fn plan_delivery<R>(
	source: &OutboundLaneData,
	target: &InboundLaneData<R>,
	max_messages: MessageNonce,
) -> DeliveryPlan {
	let last_delivered = target.last_delivered_nonce();
	// The target applies the source's lane state only if it does not claim more than was
	// delivered (see pallet-bridge-messages `receive_state_update`).
	let state_update_applies = source.latest_received_nonce > target.last_confirmed_nonce
		&& source.latest_received_nonce <= last_delivered;
	let confirmed = if state_update_applies {
		source.latest_received_nonce
	} else {
		target.last_confirmed_nonce
	};
	let room = confirmed.saturating_add(MAX_UNCONFIRMED_MESSAGES).saturating_sub(last_delivered);
	match select_message_range(
		last_delivered,
		source.latest_generated_nonce,
		max_messages.min(room),
	) {
		Some(range) => DeliveryPlan::Messages(range),
		None if state_update_applies && lane_state_pressing(target, last_delivered) => {
			DeliveryPlan::LaneStateOnly
		},
		None => DeliveryPlan::Nothing,
	}
}

/// Whether the target's inbound lane is half-way to refusing messages (too many unrewarded
/// relayer entries or unconfirmed messages), so a lane-state-only delivery is worth a block.
/// Below that the state rides along with the next real delivery: sending it alone after every
/// confirmation would take a block of the target away from new messages each time.
fn lane_state_pressing<R>(target: &InboundLaneData<R>, last_delivered: MessageNonce) -> bool {
	target.relayers.len() as u64 >= MAX_UNREWARDED_RELAYERS / 2
		|| last_delivered.saturating_sub(target.last_confirmed_nonce)
			>= MAX_UNCONFIRMED_MESSAGES / 2
}

/// How many messages of `per_message` dispatch weight fit in `budget` (both weight dimensions;
/// a zero dimension does not limit). `u64::MAX` if the weight is zero.
pub(crate) fn messages_within_weight(per_message: Weight, budget: Weight) -> u64 {
	let by = |per: u64, budget: u64| budget.checked_div(per).unwrap_or(u64::MAX);
	by(per_message.ref_time(), budget.ref_time())
		.min(by(per_message.proof_size(), budget.proof_size()))
}

#[cfg(test)]
mod tests {
	use super::*;
	use bp_messages::{
		source_chain::FromBridgedChainMessagesDeliveryProof,
		target_chain::FromBridgedChainMessagesProof, DeliveredMessages, LaneState,
		UnrewardedRelayer, UnrewardedRelayersState,
	};
	use codec::{Compact, Decode, Encode};
	use sp_runtime::{generic::Digest, traits::Header as _};
	use subxt::ext::{
		scale_encode::{EncodeAsFields, Field},
		scale_type_resolver::{ResolvedTypeVisitor, TypeResolver},
	};

	fn header(number: u32) -> Header {
		Header::new(
			number,
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			H256::repeat_byte(3),
			Digest::default(),
		)
	}

	/// A justification built from its SCALE encoding (round, commit target hash and number,
	/// no precommits, no ancestry), without depending on `finality-grandpa`.
	fn justification(target: &Header) -> GrandpaJustification<Header> {
		let bytes = (7u64, target.hash(), target.number, Compact(0u32), Compact(0u32)).encode();
		GrandpaJustification::<Header>::decode_all(&mut &bytes[..]).expect("valid encoding")
	}

	#[test]
	fn only_development_keys_may_be_given_on_the_command_line() {
		assert!(ensure_development_uri("//Ferdie").is_ok());
		assert!(ensure_development_uri("//Bob//stash").is_ok());
		for secret in [
			"bottom drive obey lake curtain smoke basket hold race lonely fit walk//x",
			"0x1234//a",
			"//Alice///password",
			"word //Alice",
		] {
			assert!(ensure_development_uri(secret).is_err(), "{secret}");
		}
	}

	#[test]
	fn a_key_file_others_can_read_is_refused() {
		use std::os::unix::fs::PermissionsExt;
		let dir = std::env::temp_dir().join(format!("relay-key-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let path = dir.join("key");
		std::fs::write(&path, "//Ferdie\nignored\n").unwrap();
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
		assert!(read_secret_file(&path).unwrap_err().to_string().contains("chmod 600"));
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
		assert_eq!(read_secret_file(&path).unwrap(), "//Ferdie");
		std::fs::write(&path, "\n").unwrap();
		assert!(read_secret_file(&path).is_err());
		std::fs::remove_dir_all(&dir).unwrap();
	}

	#[test]
	fn a_chain_is_not_bridged_to_itself_or_to_one_sharing_a_grandpa_key() {
		use sp_consensus_grandpa::AuthorityId;
		use sp_core::crypto::UncheckedFrom;
		let key = |b: u8| (AuthorityId::unchecked_from([b; 32]), 1u64);
		let (a, b) = (H256::repeat_byte(0xa), H256::repeat_byte(0xb));
		let (ka, kb) = (vec![key(1), key(2)], vec![key(3)]);
		assert!(ensure_distinct_chains((a, &ka), (b, &kb)).is_ok());
		let same = ensure_distinct_chains((a, &ka), (a, &kb)).unwrap_err().to_string();
		assert!(same.contains("same chain"), "{same}");
		let shared = vec![key(3), key(2)];
		let err = ensure_distinct_chains((a, &ka), (b, &shared)).unwrap_err().to_string();
		assert!(err.contains("share the GRANDPA key"), "{err}");
	}

	#[test]
	fn submit_finality_proof_is_bridge_grandpa_call_4_and_decodes_back() {
		let h = header(42);
		let j = justification(&h);
		let call = encode_submit_finality_proof(&h, &j, 3);
		assert_eq!(&call[..2], &[40, 4]);
		let (h2, j2, set_id, free) =
			<(Header, GrandpaJustification<Header>, u64, bool)>::decode_all(&mut &call[2..])
				.expect("arguments decode");
		assert_eq!((h2, j2, set_id, free), (h, j, 3, false));
	}

	#[test]
	fn init_motion_is_a_council_proposal_to_dispatch_the_batch_as_root() {
		let init = InitializationData {
			header: Box::new(header(5)),
			authority_list: vec![],
			set_id: 1,
			operating_mode: BasicOperatingMode::Normal,
		};
		let genesis = H256::repeat_byte(9);
		let initialize = encode_initialize(&init);
		let set_peer = encode_set_peer(genesis);
		assert_eq!(&initialize[..2], &[40, 1]);
		assert_eq!(set_peer, [&[53u8, 0][..], genesis.as_bytes()].concat());

		let motion =
			encode_dispatch_as_root(&encode_batch_all(&[initialize.clone(), set_peer.clone()]));
		let call = encode_council_propose(3, &motion);
		// Council.propose(threshold 3, ..): pallet 21, call 2, then Compact(3) = 0x0c.
		assert_eq!(&call[..3], &[21, 2, 12]);
		let mut proposal = &call[3..];
		let length_bound = Compact::<u32>::decode(&mut &proposal[motion.len()..]).expect("bound");
		assert_eq!(length_bound, Compact(motion.len() as u32));
		proposal = &proposal[..motion.len()];
		// Consortium.dispatch_as_root (23, 2) of Utility.batch_all (2, 2).
		assert_eq!(&proposal[..4], &[23, 2, 2, 2]);
		let mut rest = &proposal[4..];
		assert_eq!(Compact::<u32>::decode(&mut rest).expect("length"), Compact(2));
		assert_eq!(rest, [initialize, set_peer].concat().as_slice());
		let decoded =
			InitializationData::<Header>::decode_all(&mut &rest[2..rest.len() - 34]).expect("init");
		assert_eq!(decoded, init);
	}

	#[test]
	fn council_threshold_is_more_than_two_thirds() {
		assert_eq!(council_threshold(1), 1);
		assert_eq!(council_threshold(3), 3);
		assert_eq!(council_threshold(4), 3);
		assert_eq!(council_threshold(6), 5);
		for seats in 1..40 {
			let t = council_threshold(seats);
			assert!(3 * t > 2 * seats && 3 * (t - 1) <= 2 * seats, "{seats} seats");
		}
	}

	#[test]
	fn message_calls_have_bridge_messages_prefixes_and_decode_back() {
		let relayer = AccountId32::new([4; 32]);
		let proof = FromBridgedChainMessagesProof {
			bridged_header_hash: H256::repeat_byte(5),
			storage_proof: vec![vec![1, 2, 3]],
			lane: LANE,
			nonces_start: 4,
			nonces_end: 6,
		};
		let weight = Weight::from_parts(1_000, 10);
		let call = encode_receive_messages_proof(&relayer, &proof, 3, weight);
		assert_eq!(&call[..2], &[41, 2]);
		let decoded = <(
			AccountId32,
			FromBridgedChainMessagesProof<H256, LegacyLaneId>,
			u32,
			Weight,
		)>::decode_all(&mut &call[2..])
		.expect("arguments decode");
		assert_eq!(decoded, (relayer, proof, 3, weight));

		let delivery = FromBridgedChainMessagesDeliveryProof {
			bridged_header_hash: H256::repeat_byte(6),
			storage_proof: vec![vec![7]],
			lane: LANE,
		};
		let state = UnrewardedRelayersState {
			unrewarded_relayer_entries: 1,
			messages_in_oldest_entry: 2,
			total_messages: 2,
			last_delivered_nonce: 6,
		};
		let call = encode_receive_messages_delivery_proof(&delivery, &state);
		assert_eq!(&call[..2], &[41, 3]);
		let decoded = <(
			FromBridgedChainMessagesDeliveryProof<H256, LegacyLaneId>,
			UnrewardedRelayersState,
		)>::decode_all(&mut &call[2..])
		.expect("arguments decode");
		assert_eq!(decoded, (delivery, state));
	}

	/// A type registry that knows no types: raw arguments must not need one.
	struct NoTypes;

	impl TypeResolver for NoTypes {
		type TypeId = u32;
		type Error = String;

		fn resolve_type<'this, V: ResolvedTypeVisitor<'this, TypeId = Self::TypeId>>(
			&'this self,
			_type_id: Self::TypeId,
			visitor: V,
		) -> std::result::Result<V::Value, Self::Error> {
			Ok(visitor.visit_not_found())
		}
	}

	#[test]
	fn raw_args_write_exactly_their_bytes_whatever_the_fields() {
		let args = RawArgs(vec![9, 8, 7, 6]);
		let mut out = vec![41, 2];
		let mut fields = [Field::new(1u32, Some("proof")), Field::new(2u32, None)].into_iter();
		args.encode_as_fields_to(&mut fields, &NoTypes, &mut out).expect("raw bytes encode");
		assert_eq!(out, vec![41, 2, 9, 8, 7, 6]);
	}

	#[test]
	fn message_range_selection() {
		// Nothing generated beyond what was delivered.
		assert_eq!(select_message_range(0, 0, 64), None);
		assert_eq!(select_message_range(5, 5, 64), None);
		assert_eq!(select_message_range(7, 5, 64), None);
		// Everything fits.
		assert_eq!(select_message_range(3, 6, 64), Some(4..=6));
		assert_eq!(select_message_range(0, 1, 64), Some(1..=1));
		// Capped.
		assert_eq!(select_message_range(0, 200, 64), Some(1..=64));
		assert_eq!(select_message_range(10, 11, 1), Some(11..=11));
		// No room at all.
		assert_eq!(select_message_range(0, 10, 0), None);
		// No overflow at the end of the nonce space.
		assert_eq!(select_message_range(u64::MAX - 1, u64::MAX, 64), Some(u64::MAX..=u64::MAX));
		assert_eq!(select_message_range(u64::MAX, u64::MAX, 64), None);
	}

	fn outbound(latest_received: u64, latest_generated: u64) -> OutboundLaneData {
		OutboundLaneData {
			oldest_unpruned_nonce: latest_received + 1,
			latest_received_nonce: latest_received,
			latest_generated_nonce: latest_generated,
			state: LaneState::Opened,
		}
	}

	fn inbound(last_confirmed: u64, delivered: Option<(u64, u64)>) -> InboundLaneData<u8> {
		InboundLaneData {
			relayers: delivered
				.map(|(begin, end)| UnrewardedRelayer {
					relayer: 1,
					messages: DeliveredMessages { begin, end },
				})
				.into_iter()
				.collect(),
			last_confirmed_nonce: last_confirmed,
			state: LaneState::Opened,
		}
	}

	#[test]
	fn delivery_plans() {
		// Fresh lane, nothing sent.
		assert_eq!(plan_delivery(&outbound(0, 0), &inbound(0, None), 64), DeliveryPlan::Nothing);
		// New messages.
		assert_eq!(
			plan_delivery(&outbound(0, 3), &inbound(0, None), 64),
			DeliveryPlan::Messages(1..=3)
		);
		// Delivered, not yet confirmed at the source: nothing.
		assert_eq!(
			plan_delivery(&outbound(0, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
		// Confirmed at the source, the target does not know yet, and little is pending there:
		// the state waits for the next delivery.
		assert_eq!(
			plan_delivery(&outbound(3, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
		// Half of the unconfirmed-messages room used: lane state alone.
		let half = MAX_UNCONFIRMED_MESSAGES / 2;
		assert_eq!(
			plan_delivery(&outbound(half, half), &inbound(0, Some((1, half))), 64),
			DeliveryPlan::LaneStateOnly
		);
		// Target already knows: nothing.
		assert_eq!(plan_delivery(&outbound(3, 3), &inbound(3, None), 64), DeliveryPlan::Nothing);
		// Capped by the batch size.
		assert_eq!(
			plan_delivery(&outbound(0, 500), &inbound(0, None), 64),
			DeliveryPlan::Messages(1..=64)
		);
		// Capped by the unconfirmed-messages limit: all but 8 delivered, none confirmed.
		let max = MAX_UNCONFIRMED_MESSAGES;
		assert_eq!(
			plan_delivery(&outbound(0, 2 * max), &inbound(0, Some((1, max - 8))), 64),
			DeliveryPlan::Messages(max - 7..=max)
		);
		// Full: nothing may go until confirmations arrive...
		assert_eq!(
			plan_delivery(&outbound(0, 2 * max), &inbound(0, Some((1, max))), 64),
			DeliveryPlan::Nothing
		);
		// ...and once the source has confirmed, its lane state makes room in the same proof.
		assert_eq!(
			plan_delivery(&outbound(100, 2 * max), &inbound(0, Some((1, max))), 64),
			DeliveryPlan::Messages(max + 1..=max + 64)
		);
		// A source state claiming more than was delivered is ignored by the target.
		assert_eq!(
			plan_delivery(&outbound(9, 9), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Messages(4..=9)
		);
		assert_eq!(
			plan_delivery(&outbound(9, 3), &inbound(0, Some((1, 3))), 64),
			DeliveryPlan::Nothing
		);
	}

	#[test]
	fn messages_fit_the_weight_budget() {
		let budget = Weight::from_parts(1_000, 100);
		assert_eq!(messages_within_weight(Weight::from_parts(100, 1), budget), 10);
		assert_eq!(messages_within_weight(Weight::from_parts(100, 50), budget), 2);
		assert_eq!(messages_within_weight(Weight::from_parts(2_000, 0), budget), 0);
		assert_eq!(messages_within_weight(Weight::zero(), budget), u64::MAX);
	}

	#[test]
	fn justifications_of_a_block_in_both_json_forms() {
		use serde_json::json;
		let parse = chain::parse_justifications;
		let grandpa = (*b"FRNK", vec![1, 2]);
		assert_eq!(parse(&json!(null)), Some(vec![]));
		assert_eq!(parse(&json!([[[70, 82, 78, 75], [1, 2]]])), Some(vec![grandpa.clone()]));
		assert_eq!(parse(&json!([["0x46524e4b", "0x0102"]])), Some(vec![grandpa]));
		// Malformed answers are refused, not trusted.
		assert_eq!(parse(&json!([[[70, 82, 78], [1]]])), None);
		assert_eq!(parse(&json!([[[70, 82, 78, 75], [256]]])), None);
		assert_eq!(parse(&json!([[1, 2, 3]])), None);
		assert_eq!(parse(&json!("FRNK")), None);
	}

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

	#[test]
	fn errors_display_on_one_line() {
		let e = Error::Rejected("Verification error\nWASM backtrace:\n    0: 0x16a2d1\n".into());
		assert_eq!(
			e.to_string(),
			"transaction rejected: Verification error | WASM backtrace: | 0: 0x16a2d1"
		);
	}

	#[test]
	fn lane_id_encodes_as_four_bytes() {
		assert_eq!(LANE.encode(), vec![0, 0, 0, 1]);
	}
}
