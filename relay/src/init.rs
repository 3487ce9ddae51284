//! Bootstrapping the bridge on one chain: [`initialize_bridge`] starts the target's light
//! client of the source and names the source as the target's peer, by a motion of the
//! target's council (the light client and the peer are root-only).

use bp_header_chain::{storage_keys::best_finalized_key, InitializationData};
use bp_runtime::{BasicOperatingMode, HeaderId};
use codec::DecodeAll;
use sp_consensus_grandpa::{AuthorityList, SetId};
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	calls::{
		council_threshold, encode_batch_all, encode_council_propose, encode_dispatch_as_root,
		encode_initialize, encode_set_peer,
	},
	client::NodeClient,
	Error, Result, BRIDGE_GRANDPA_PALLET_NAME,
};

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

/// The proposal hash in the fields of a `Council::Proposed` event: `Proposed { account,
/// proposal_index: u32, proposal_hash, threshold: u32 }`. `None` if they are too short.
fn proposed_hash(fields: &[u8]) -> Option<H256> {
	fields.get(36..68).map(H256::from_slice)
}

/// The result in the fields of a `Council::Executed` event: `Executed { proposal_hash,
/// result: DispatchResult }`, where the result is 0 for `Ok`, or 1 followed by the encoded
/// dispatch error (returned). `None` if undecodable.
fn executed_result(fields: &[u8]) -> Option<std::result::Result<(), &[u8]>> {
	match fields.get(32..).and_then(|r| r.split_first()) {
		Some((0, _)) => Some(Ok(())),
		Some((1, error)) => Some(Err(error)),
		_ => None,
	}
}

/// A chain's genesis hash, finalized head, and GRANDPA authorities at that head.
async fn genesis_and_authorities(
	chain: &NodeClient,
	url: &str,
) -> Result<(H256, H256, AuthorityList)> {
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
	let source = NodeClient::connect(source_url).await?;
	let target = NodeClient::connect(target_url).await?;
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
	let receipt = target.submit(&call, member, &Mutex::new(())).await?;
	let block_hash = receipt.block_hash;

	if let Some(proposed) = receipt.event("Council", "Proposed") {
		let hash = proposed_hash(&proposed.fields).ok_or_else(|| {
			Error::Other(format!("{target_url}: undecodable Council::Proposed event"))
		})?;
		return Ok(InitOutcome::Proposed { proposal_hash: hash, threshold, seats, block_hash });
	}
	let executed = receipt.event("Council", "Executed").ok_or_else(|| {
		Error::Other(format!("{target_url}: no Council::Executed event in block {block_hash:?}"))
	})?;
	match executed_result(&executed.fields) {
		Some(Ok(())) => {},
		Some(Err(error)) => {
			let error = target.describe_dispatch_error(block_hash, error).await;
			return Err(Error::Failed { block_hash, error });
		},
		None => {
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

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

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
	fn the_council_seats_are_read_from_a_storage_value_of_the_runtime() {
		let metadata = crate::calls::tests::runtime_metadata();
		let storage = metadata
			.pallet_by_name("Council")
			.and_then(|council| council.storage())
			.expect("the runtime's council has storage");
		assert_eq!(storage.prefix(), "Council");
		assert!(storage.entry_by_name("Members").is_some());
		// A storage value's key: the two 16-byte hashes of the prefix and the name.
		assert_eq!(council_members_key().0.len(), 32);
	}

	#[test]
	fn a_proposed_motion_is_found_by_its_hash() {
		let hash = H256::repeat_byte(7);
		// `Proposed { account, proposal_index, proposal_hash, threshold }`.
		let fields = ([1u8; 32], 4u32, hash, 2u32).encode();
		assert_eq!(proposed_hash(&fields), Some(hash));
		assert_eq!(proposed_hash(&fields[..67]), None);
	}

	#[test]
	fn an_executed_motion_tells_its_result() {
		let hash = H256::repeat_byte(7);
		// `Executed { proposal_hash, result }`: 0 for `Ok`, 1 and the error for `Err`.
		let ok = (hash, 0u8).encode();
		assert_eq!(executed_result(&ok), Some(Ok(())));
		let failed = (hash, 1u8, [3u8, 4, 0, 0, 0, 0]).encode();
		assert_eq!(executed_result(&failed), Some(Err(&[3u8, 4, 0, 0, 0, 0][..])));
		// Cut short, or not a result.
		assert_eq!(executed_result(&ok[..32]), None);
		assert_eq!(executed_result(&(hash, 2u8).encode()), None);
	}
}
