//! Bootstrapping the bridge of slot 0 on one chain: [`initialize_bridge`] starts the target's
//! light client of the source and names the source as the target's peer, by a motion of the
//! target's council (the light client and the peer are root-only).

use bp_header_chain::storage_keys::best_finalized_key;
use bp_runtime::HeaderId;
use sp_consensus_grandpa::{AuthorityList, SetId};
use sp_core::H256;
use subxt_signer::sr25519::Keypair;

use crate::{
	calls::{encode_batch_all, encode_dispatch_as_root, encode_initialize, encode_set_peer},
	client::NodeClient,
	motion::{genesis_and_authorities, light_client_start, propose, Motion},
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
///
/// This bridges slot 0, one chain at a time (the bootstrap of a two-chain consortium);
/// [`crate::link_chains`] adds a peer in any free slot, on both chains at once.
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

	let (init, id) = light_client_start(&source, source_url, finalized, authority_list).await?;
	let (set_id, authorities) = (init.set_id, init.authority_list.len());
	let motion = encode_dispatch_as_root(&encode_batch_all(&[
		encode_initialize(&init),
		encode_set_peer(genesis),
	]));
	let block_hash = match propose(&target, target_url, member, &motion).await? {
		Motion::Proposed { proposal_hash, threshold, seats, block_hash } => {
			return Ok(InitOutcome::Proposed { proposal_hash, threshold, seats, block_hash })
		},
		Motion::Executed { block_hash } => block_hash,
	};
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
}
