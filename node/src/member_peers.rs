//! Shutting out member nodes the council de-authorised, even while they are connected.
//!
//! `pallet-node-authorization`'s offchain worker makes the node's block-announce peers
//! reserved-only, limited to the on-chain list, which keeps unlisted nodes from connecting.
//! A connection that is open when a node is removed from the list is not closed by that
//! alone: the GRANDPA gossip and request-response protocols are not reserved-only, so the
//! removed node goes on receiving votes and blocks. This task shuts it out: once per block it
//! reads the authorised set from the best block's state and bans every connected sync peer
//! outside it. A banned peer is dropped from GRANDPA and transaction gossip and its block,
//! state and warp-sync requests are refused, so it learns no new blocks and finalizes
//! nothing. (With litep2p, a block-announce substream can outlive the ban, so the node may
//! still count the members as peers and see their announcements, which carry headers only.)
//! Renewing the ban each block keeps it out for as long as it stays unlisted; once a motion
//! authorises it again, the ban decays (about a minute) and it syncs again.
//!
//! The task follows the pallet's rules: it acts only when the chain lists member nodes at all
//! and lists this node, and counts the node's `AdditionalConnections` as authorised too.

use codec::{Decode, Encode};
use medchain_runtime::opaque::Block;
use sc_client_api::{HeaderBackend, StorageProvider};
use sc_network::{service::traits::NetworkService, PeerId, ReputationChange};
use sp_core::storage::StorageKey;
use std::{collections::BTreeSet, future::Future, sync::Arc, time::Duration};

/// How often the task checks the connected peers: once per 6-second block, the rate at which
/// the list can change.
pub const CHECK_INTERVAL: Duration = Duration::from_secs(6);

/// Log target of the task.
const LOG_TARGET: &str = "member-peers";

/// The pallet's storage prefix in the medchain runtime.
const PALLET: &[u8] = b"NodeAuthorization";

/// A peer id as `pallet-node-authorization` stores it: the bytes of the libp2p peer id.
type OpaquePeerId = Vec<u8>;

fn plain_key(entry: &[u8]) -> Vec<u8> {
	let mut key = sp_io::hashing::twox_128(PALLET).to_vec();
	key.extend(sp_io::hashing::twox_128(entry));
	key
}

/// `AdditionalConnections(peer)`: a `Blake2_128Concat` map keyed by the encoded peer id.
fn additional_connections_key(peer: &OpaquePeerId) -> Vec<u8> {
	let mut key = plain_key(b"AdditionalConnections");
	let encoded = peer.encode();
	key.extend(sp_io::hashing::blake2_128(&encoded));
	key.extend(encoded);
	key
}

/// The peers this node may keep, read from the state of block `at`: the well-known member
/// nodes and this node's additional connections. `None` when the chain lists no member nodes
/// or does not list this one, where (as in the pallet's offchain worker) nothing is enforced.
pub fn authorised_peers<C>(
	client: &C,
	at: <Block as sp_runtime::traits::Block>::Hash,
	local: &OpaquePeerId,
) -> Option<BTreeSet<OpaquePeerId>>
where
	C: StorageProvider<Block, sc_service::TFullBackend<Block>>,
{
	let read = |key: Vec<u8>| -> Option<BTreeSet<OpaquePeerId>> {
		let data = client.storage(at, &StorageKey(key)).ok()??;
		BTreeSet::decode(&mut &data.0[..]).ok()
	};
	let mut listed = read(plain_key(b"WellKnownNodes"))?;
	if !listed.contains(local) {
		return None;
	}
	listed.extend(read(additional_connections_key(local)).unwrap_or_default());
	Some(listed)
}

/// The task: every [`CHECK_INTERVAL`], ban each peer `sync_peers` reports that is not
/// authorised at the best block.
pub async fn drop_unlisted_peers<C, P, F>(
	client: Arc<C>,
	network: Arc<dyn NetworkService>,
	sync_peers: P,
) where
	C: HeaderBackend<Block> + StorageProvider<Block, sc_service::TFullBackend<Block>>,
	P: Fn() -> F,
	F: Future<Output = Vec<PeerId>>,
{
	let local = network.local_peer_id().to_bytes();
	loop {
		futures_timer::Delay::new(CHECK_INTERVAL).await;
		let best = client.info().best_hash;
		let Some(allowed) = authorised_peers(&*client, best, &local) else { continue };
		for peer in sync_peers().await {
			if allowed.contains(&peer.to_bytes()) {
				continue;
			}
			log::info!(
				target: LOG_TARGET,
				"{peer} is not an authorised member node: banning it"
			);
			network.report_peer(peer, ReputationChange::new_fatal("not an authorised member node"));
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn keys_match_the_pallet_storage_layout() {
		// twox128("NodeAuthorization") ++ twox128("WellKnownNodes"), as polkadot.js shows it.
		let key = plain_key(b"WellKnownNodes");
		assert_eq!(key.len(), 32);
		assert_eq!(&key[..16], &sp_io::hashing::twox_128(b"NodeAuthorization"));
		let peer = vec![0u8, 0x24, 8, 1];
		let key = additional_connections_key(&peer);
		// prefix ‖ blake2_128(encoded) ‖ encoded (compact length 4 = 0x10, then the bytes).
		assert_eq!(key.len(), 32 + 16 + 5);
		assert_eq!(&key[48..], &[0x10, 0, 0x24, 8, 1]);
	}
}
