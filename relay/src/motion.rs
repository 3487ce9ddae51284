//! Council motions, as `init`, `link` and `unlink` propose them: reading what a light client of
//! another chain starts from, proposing a call to a chain's council, and telling what came of
//! the motion.
//!
//! A motion is `Council.propose(threshold, call, length)` with the threshold the runtime's
//! governance origin needs (more than two thirds of the seats). A council of one seat
//! dispatches it at once; a larger one gets an open motion for its other members to vote on and
//! close (`Council.vote`, `Council.close`), which is left to them.

use bp_header_chain::InitializationData;
use bp_runtime::{BasicOperatingMode, HeaderId};
use codec::DecodeAll;
use sp_consensus_grandpa::{AuthorityList, SetId};
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	calls::{council_threshold, encode_council_propose},
	client::NodeClient,
	Error, Header, Result,
};

/// `Council::Members` of a chain: the council's seats.
pub(crate) fn council_members_key() -> sp_core::storage::StorageKey {
	bp_runtime::storage_value_key("Council", "Members")
}

/// The proposal hash in the fields of a `Council::Proposed` event: `Proposed { account,
/// proposal_index: u32, proposal_hash, threshold: u32 }`. `None` if they are too short.
pub(crate) fn proposed_hash(fields: &[u8]) -> Option<H256> {
	fields.get(36..68).map(H256::from_slice)
}

/// The result in the fields of a `Council::Executed` event: `Executed { proposal_hash,
/// result: DispatchResult }`, where the result is 0 for `Ok`, or 1 followed by the encoded
/// dispatch error (returned). `None` if undecodable.
pub(crate) fn executed_result(fields: &[u8]) -> Option<std::result::Result<(), &[u8]>> {
	match fields.get(32..).and_then(|r| r.split_first()) {
		Some((0, _)) => Some(Ok(())),
		Some((1, error)) => Some(Err(error)),
		_ => None,
	}
}

/// A chain's genesis hash, finalized head, and GRANDPA authorities at that head.
pub(crate) async fn genesis_and_authorities(
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

/// Where a light client of the chain `source` (at `url`) starts: its `finalized` header, with
/// `authority_list` (its GRANDPA authorities at that header) and their set id. Also the
/// header's id, to check the light client after it started.
///
/// The set in the state of a finalized block is the one that finalizes its descendants (a
/// change enacted in that very block is already applied), which is what the light client needs
/// to follow on from it.
pub(crate) async fn light_client_start(
	source: &NodeClient,
	url: &str,
	finalized: H256,
	authority_list: AuthorityList,
) -> Result<(InitializationData<Header>, HeaderId<H256, u32>)> {
	if authority_list.is_empty() {
		return Err(Error::Other(format!("{url}: the GRANDPA authority set is empty")));
	}
	let header = source.header(finalized).await?;
	let set_id = SetId::decode_all(
		&mut &source.state_call("GrandpaApi_current_set_id", &[], finalized).await?[..],
	)
	.map_err(|e| Error::Other(format!("{url}: decoding the GRANDPA set id: {e}")))?;
	let id = HeaderId(header.number, finalized);
	let init = InitializationData {
		header: Box::new(header),
		authority_list,
		set_id,
		operating_mode: BasicOperatingMode::Normal,
	};
	Ok((init, id))
}

/// What came of a council motion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Motion {
	/// A council of one seat: the call was dispatched at once, successfully, in `block_hash`.
	Executed { block_hash: H256 },
	/// The motion is open and needs other members' votes (and a `close`).
	Proposed {
		/// The motion's proposal hash, to vote on.
		proposal_hash: H256,
		/// Aye votes it needs.
		threshold: u32,
		/// Seats on the council.
		seats: u32,
		/// Block the motion is in.
		block_hash: H256,
	},
}

/// Propose `call` (a complete encoded call) to the council of the chain at `url`, as `member`,
/// with the threshold its governance origin needs. A dispatch that failed is
/// [`Error::Failed`], naming the error.
pub(crate) async fn propose(
	chain: &NodeClient,
	url: &str,
	member: &Keypair,
	call: &[u8],
) -> Result<Motion> {
	let seats = chain
		.storage::<Vec<AccountId32>>(&council_members_key(), None)
		.await?
		.map_or(0, |m| m.len() as u32);
	if seats == 0 {
		return Err(Error::Other(format!("{url}: the chain has no council")));
	}
	let threshold = council_threshold(seats);
	let motion = encode_council_propose(threshold, call);
	let receipt = chain.submit(&motion, member, &Mutex::new(())).await?;
	let block_hash = receipt.block_hash;

	if let Some(proposed) = receipt.event("Council", "Proposed") {
		let proposal_hash = proposed_hash(&proposed.fields)
			.ok_or_else(|| Error::Other(format!("{url}: undecodable Council::Proposed event")))?;
		return Ok(Motion::Proposed { proposal_hash, threshold, seats, block_hash });
	}
	let executed = receipt.event("Council", "Executed").ok_or_else(|| {
		Error::Other(format!("{url}: no Council::Executed event in block {block_hash:?}"))
	})?;
	match executed_result(&executed.fields) {
		Some(Ok(())) => Ok(Motion::Executed { block_hash }),
		Some(Err(error)) => {
			let error = chain.describe_dispatch_error(block_hash, error).await;
			Err(Error::Failed { block_hash, error })
		},
		None => Err(Error::Other(format!("{url}: undecodable Council::Executed event"))),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;

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
