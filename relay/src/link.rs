//! Linking two chains as peers in a slot, and unlinking them, by council motions.
//!
//! [`link_chains`] proposes on each chain `Council.propose(threshold,
//! MedchainBridge.add_peer(slot, other_genesis, init), length)`, where `init` starts the slot's
//! light client of the other chain at its finalized head; [`unlink_peer`] proposes
//! `MedchainBridge.remove_peer(genesis)` on one chain. Both are governance calls (root or more
//! than two thirds of the council), so a council motion dispatches them directly. As with
//! `init`, a council of one seat dispatches its motion at once; a larger one gets an open
//! motion for its other members to vote on and close.

use bp_header_chain::storage_keys::best_finalized_key;
use bp_runtime::HeaderId;
use codec::DecodeAll;
use sp_consensus_grandpa::{AuthorityList, SetId};
use sp_core::H256;
use subxt_signer::sr25519::Keypair;

use crate::{
	calls::{encode_add_peer, encode_remove_peer},
	client::NodeClient,
	ensure_distinct_chains,
	motion::{genesis_and_authorities, light_client_start, propose, Motion},
	peers::{plan_link, read_chain_peers, ChainPeers},
	Error, PeerStatus, Result, Slot, MAX_PEERS, MEDCHAIN_BRIDGE_PALLET_NAME,
};

/// What [`link_chains`] did on one chain: adding the other chain as its peer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerOutcome {
	/// The chain already lists the other as an active peer in the slot; nothing was submitted.
	AlreadyPeer,
	/// The motion was dispatched at once (a council of one seat): the other chain is a peer,
	/// and the slot's light client of it starts from `header`.
	Added {
		/// The other chain's header the light client starts from (number, hash): its
		/// finalized head.
		header: HeaderId<H256, u32>,
		/// The other chain's GRANDPA authority set id at that header.
		set_id: SetId,
		/// Number of authorities in that set.
		authorities: usize,
		/// Block of this chain the motion was dispatched in.
		block_hash: H256,
	},
	/// The council has more than one seat: the motion is open and needs other members' votes
	/// (and a `close`) before the peer is added.
	Proposed {
		/// The motion's proposal hash, to vote on.
		proposal_hash: H256,
		/// Aye votes it needs.
		threshold: u32,
		/// Seats on the council.
		seats: u32,
		/// Block of this chain the motion is in.
		block_hash: H256,
	},
}

/// What [`link_chains`] did: the slot, and on each chain, adding the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkOutcome {
	/// The slot the chains are (to be) peers in, on both.
	pub slot: Slot,
	/// Chain A adding B.
	pub a: PeerOutcome,
	/// Chain B adding A.
	pub b: PeerOutcome,
}

/// One chain of a pair to link: its URL, connection, genesis, finalized head and GRANDPA
/// authorities there.
struct Side {
	url: String,
	client: NodeClient,
	genesis: H256,
	finalized: H256,
	authorities: AuthorityList,
}

impl Side {
	async fn connect(url: &str) -> Result<Self> {
		let client = NodeClient::connect(url).await?;
		let (genesis, finalized, authorities) = genesis_and_authorities(&client, url).await?;
		Ok(Self { url: url.to_string(), client, genesis, finalized, authorities })
	}

	/// Its peers, strictly from `bridge_peers` (a runtime without it has no `add_peer`).
	async fn peers(&self, name: &str) -> Result<ChainPeers> {
		read_chain_peers(&self.client, name, false).await.map_err(|e| match e {
			Error::Other(e) => Error::Other(format!(
				"{e} (a runtime without bridge_peers has no add_peer: bridge its slot 0 with \
				 `medchain-relay init`)"
			)),
			other => other,
		})
	}

	/// The slots its runtime has (`MedchainBridge::MaxPeers`), at most [`MAX_PEERS`].
	async fn slots(&self) -> Result<u8> {
		let Some(raw) = self.client.constant(MEDCHAIN_BRIDGE_PALLET_NAME, "MaxPeers").await? else {
			return Err(Error::Other(format!(
				"{}: the runtime has no {MEDCHAIN_BRIDGE_PALLET_NAME}::MaxPeers (no peer slots)",
				self.url
			)));
		};
		let slots = u32::decode_all(&mut &raw[..]).map_err(|e| {
			Error::Other(format!(
				"{}: decoding {MEDCHAIN_BRIDGE_PALLET_NAME}::MaxPeers: {e}",
				self.url
			))
		})?;
		Ok(u8::try_from(slots).unwrap_or(MAX_PEERS).min(MAX_PEERS))
	}
}

/// Make the chains at `a_url` and `b_url` peers in one slot, on both, by a motion of each
/// chain's council: `member_a` proposes on A, `member_b` on B. The slot is `slot` if given,
/// else the lowest slot free on both chains (a slot holding a peer is taken whatever the
/// peer's status). Refused, before anything is submitted, for a chain linked to itself or two
/// chains sharing a GRANDPA key ([`ensure_distinct_chains`]), a slot taken on either chain, or
/// chains one of which is removing the other or that list each other in different slots.
///
/// On each chain that does not list the other yet, proposes `Council.propose(threshold,
/// MedchainBridge.add_peer(slot, other_genesis, init))`, where `init` starts the slot's light
/// client at the other chain's finalized head with its current GRANDPA authority set. Idempotent:
/// a chain that already lists the other is left alone, so a link half done (one motion passed,
/// the other not, or one submission failed) is finished by linking again.
pub async fn link_chains(
	a_url: &str,
	b_url: &str,
	member_a: &Keypair,
	member_b: &Keypair,
	slot: Option<u8>,
) -> Result<LinkOutcome> {
	let wanted = slot.map(Slot::new).transpose()?;
	let a = Side::connect(a_url).await?;
	let b = Side::connect(b_url).await?;
	ensure_distinct_chains((a.genesis, &a.authorities), (b.genesis, &b.authorities))?;
	let (a_peers, b_peers) = (a.peers("A").await?, b.peers("B").await?);
	let slots = a.slots().await?.min(b.slots().await?);
	let plan = plan_link(&a_peers, &b_peers, slots, wanted)?;

	let on_a = if plan.add_on_a {
		add_peer(&a, &b, plan.slot, member_a).await?
	} else {
		PeerOutcome::AlreadyPeer
	};
	let on_b = if plan.add_on_b {
		add_peer(&b, &a, plan.slot, member_b).await.map_err(|e| {
			Error::Other(format!(
				"{b_url}: {e} (on {a_url} adding B in slot {}: {on_a:?}; link again to finish)",
				plan.slot
			))
		})?
	} else {
		PeerOutcome::AlreadyPeer
	};
	Ok(LinkOutcome { slot: plan.slot, a: on_a, b: on_b })
}

/// Propose on `chain` adding `other` as its peer in `slot`, as `member`; if dispatched at once,
/// check that the slot's light client starts where it should.
async fn add_peer(chain: &Side, other: &Side, slot: Slot, member: &Keypair) -> Result<PeerOutcome> {
	let (init, id) =
		light_client_start(&other.client, &other.url, other.finalized, other.authorities.clone())
			.await?;
	let (set_id, authorities) = (init.set_id, init.authority_list.len());
	let call = encode_add_peer(slot, other.genesis, &init);
	let block_hash = match propose(&chain.client, &chain.url, member, &call).await? {
		Motion::Proposed { proposal_hash, threshold, seats, block_hash } => {
			return Ok(PeerOutcome::Proposed { proposal_hash, threshold, seats, block_hash })
		},
		Motion::Executed { block_hash } => block_hash,
	};
	let best_key = best_finalized_key(slot.grandpa_pallet_name());
	let now = chain.client.storage::<HeaderId<H256, u32>>(&best_key, Some(block_hash)).await?;
	if now != Some(id) {
		return Err(Error::Other(format!(
			"{}: after add_peer {}::BestFinalized is {now:?}, expected {id:?}",
			chain.url,
			slot.grandpa_pallet_name()
		)));
	}
	Ok(PeerOutcome::Added { header: id, set_id, authorities, block_hash })
}

/// What [`unlink_peer`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnlinkOutcome {
	/// The chain is already removing the peer; nothing was submitted.
	AlreadyRemoving {
		/// The peer's slot, freed once its state is cleared.
		slot: u8,
	},
	/// The motion was dispatched at once (a council of one seat): the peer's slot is halted,
	/// and is cleared and freed in idle time.
	Removing {
		/// The peer's slot.
		slot: u8,
		/// Block the motion was dispatched in.
		block_hash: H256,
	},
	/// The council has more than one seat: the motion is open and needs other members' votes
	/// (and a `close`) before the peer is removed.
	Proposed {
		/// The peer's slot.
		slot: u8,
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

/// Remove the peer with genesis hash `peer` from the chain at `url`, by a motion of its council
/// proposed by `member`: `Council.propose(threshold, MedchainBridge.remove_peer(peer))`. The
/// peer's slot halts at once, its leases on this chain are void, and its state is cleared in
/// idle time, after which the slot is free. The peer chain keeps this chain as its peer until
/// its own governance unlinks it (its relayer then finds the pair unbridged and stops).
/// Refused if `peer` is not a peer of the chain.
pub async fn unlink_peer(url: &str, peer: H256, member: &Keypair) -> Result<UnlinkOutcome> {
	let chain = NodeClient::connect(url).await?;
	let peers = chain.bridge_peers(None).await?;
	let Some(entry) = peers.iter().find(|p| p.chain == peer) else {
		return Err(Error::Other(format!("{url}: {peer:?} is not a peer")));
	};
	let slot = entry.slot;
	if entry.status != PeerStatus::Active {
		return Ok(UnlinkOutcome::AlreadyRemoving { slot });
	}
	let block_hash = match propose(&chain, url, member, &encode_remove_peer(peer)).await? {
		Motion::Proposed { proposal_hash, threshold, seats, block_hash } => {
			return Ok(UnlinkOutcome::Proposed {
				slot,
				proposal_hash,
				threshold,
				seats,
				block_hash,
			})
		},
		Motion::Executed { block_hash } => block_hash,
	};
	// Removing, or already gone if its state was cleared in the same block.
	let after = chain.bridge_peers(Some(block_hash)).await?;
	match after.iter().find(|p| p.chain == peer) {
		Some(p) if p.status == PeerStatus::Active => Err(Error::Other(format!(
			"{url}: after remove_peer {peer:?} is still an active peer in block {block_hash:?}"
		))),
		_ => Ok(UnlinkOutcome::Removing { slot, block_hash }),
	}
}
