//! Peers: which chains a chain bridges and in which slots (`bridge_peers`), and what that means
//! for a pair of chains: the slot to relay ([`pairing`]) and the slot to link them in
//! ([`plan_link`]).
//!
//! A pair is bridged in slot k when each chain lists the other as an active peer in slot k: only
//! then do both light clients follow each other and both lanes prove each other's messages. A
//! slot holding a peer is taken whatever the peer's status: a removed peer's slot is freed only
//! once its state is cleared.

use serde::Deserialize;
use sp_core::H256;

use crate::{client::NodeClient, Error, Result, Slot, MAX_PEERS};

/// A peer's status (`bridge_peers`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PeerStatus {
	/// Bridged: messages flow both ways.
	Active,
	/// Governance removed it: its slot is halted and being cleared, then freed.
	Removing,
	/// A status this relayer does not know (a newer runtime): treated as not active.
	#[serde(other)]
	Unknown,
}

/// A peer chain as a chain lists it (`bridge_peers`, the node's `PeerView`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeerView {
	/// Its genesis hash.
	pub chain: H256,
	/// The slot whose light client and lane bridge it.
	pub slot: u8,
	/// Active, or being removed.
	pub status: PeerStatus,
	/// Exports from the listing chain to it.
	#[serde(default)]
	pub exports: u32,
	/// Revocations to it waiting for room on the lane.
	#[serde(default)]
	pub pending_revokes: u32,
	/// UNIX ms until which the heartbeats sent to it keep the listing chain's leases valid.
	#[serde(default)]
	pub sent_until: u64,
	/// UNIX ms until which its heartbeats keep its leases valid on the listing chain.
	#[serde(default)]
	pub live_until: u64,
}

impl PeerView {
	fn describe_status(&self) -> &'static str {
		match self.status {
			PeerStatus::Active => "",
			PeerStatus::Removing => " (removing)",
			PeerStatus::Unknown => " (in an unknown status)",
		}
	}
}

/// One chain of a pair: its name in logs (`A`), genesis hash and peers.
#[derive(Clone, Debug)]
pub(crate) struct ChainPeers {
	pub name: String,
	pub genesis: H256,
	pub peers: Vec<PeerView>,
}

impl ChainPeers {
	/// How this chain lists `chain`, if it does.
	fn entry_of(&self, chain: H256) -> Option<&PeerView> {
		self.peers.iter().find(|p| p.chain == chain)
	}

	/// The peer in `slot`, if it is taken.
	fn holder_of(&self, slot: Slot) -> Option<&PeerView> {
		self.peers.iter().find(|p| p.slot == slot.index())
	}

	/// The slots it has taken, for messages.
	fn taken(&self) -> Vec<u8> {
		self.peers.iter().map(|p| p.slot).collect()
	}

	/// `A has B in slot 1 (removing)`, or `A does not list B as a peer`.
	fn describe_view_of(&self, other: &ChainPeers) -> String {
		match self.entry_of(other.genesis) {
			Some(p) => format!(
				"{} has {} in slot {}{}",
				self.name,
				other.name,
				p.slot,
				p.describe_status()
			),
			None => format!("{} does not list {} as a peer", self.name, other.name),
		}
	}
}

/// Read the genesis hash and peers of `chain`, named `name` in messages.
///
/// With `legacy_fallback`, a node without `bridge_peers` (an older runtime or node) is asked
/// `bridge_status`, whose peer, if any, is the one of slot 0 (all such a runtime has). A node
/// without either is an error.
pub(crate) async fn read_chain_peers(
	chain: &NodeClient,
	name: &str,
	legacy_fallback: bool,
) -> Result<ChainPeers> {
	let genesis = chain
		.block_hash(0)
		.await?
		.ok_or_else(|| Error::Other(format!("{}: no genesis hash", chain.url())))?;
	let peers = match chain.bridge_peers(None).await {
		Ok(peers) => peers,
		// A refusal (no such method or runtime API), not a lost connection.
		Err(Error::Other(e)) if legacy_fallback => match chain.bridge_status_peer().await {
			Ok(peer) => peer.into_iter().map(legacy_slot_zero_peer).collect(),
			Err(Error::Other(status)) => {
				return Err(Error::Other(format!(
					"{name} lists no peers: bridge_peers: {e}; bridge_status: {status}"
				)))
			},
			Err(other) => return Err(other),
		},
		Err(e) => return Err(e),
	};
	Ok(ChainPeers { name: name.to_string(), genesis, peers })
}

/// The slot-0 peer a runtime without slots names in `bridge_status`.
fn legacy_slot_zero_peer(chain: H256) -> PeerView {
	PeerView {
		chain,
		slot: 0,
		status: PeerStatus::Active,
		exports: 0,
		pending_revokes: 0,
		sent_until: 0,
		live_until: 0,
	}
}

/// Whether, and in which slot, two chains bridge each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Pairing {
	/// Each lists the other as an active peer in this slot.
	Paired(Slot),
	/// Not peers in a common slot; why, for logs (`A has B in slot 1, B has A in slot 2`).
	Unpaired(String),
}

/// The slot `a` and `b` bridge each other in: the one in which each lists the other as an
/// active peer.
pub(crate) fn pairing(a: &ChainPeers, b: &ChainPeers) -> Pairing {
	let (a_has_b, b_has_a) = (a.entry_of(b.genesis), b.entry_of(a.genesis));
	match (a_has_b, b_has_a) {
		(None, None) => Pairing::Unpaired(format!(
			"{} and {} are not peers (neither lists the other)",
			a.name, b.name
		)),
		(Some(x), Some(y))
			if x.slot == y.slot
				&& x.status == PeerStatus::Active
				&& y.status == PeerStatus::Active =>
		{
			match Slot::new(x.slot) {
				Ok(slot) => Pairing::Paired(slot),
				Err(e) => Pairing::Unpaired(format!(
					"{} and {} are peers in slot {}, which this relayer does not know ({e})",
					a.name, b.name, x.slot
				)),
			}
		},
		_ => Pairing::Unpaired(format!("{}, {}", a.describe_view_of(b), b.describe_view_of(a))),
	}
}

/// What `link` submits: the slot, and on which chains a motion adds the other as a peer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LinkPlan {
	pub slot: Slot,
	/// A adds B (A's light client of B, A's lane to B).
	pub add_on_a: bool,
	/// B adds A.
	pub add_on_b: bool,
}

/// The slot to link `a` and `b` in, and the chains still to add the other: the slot `wanted`,
/// else the lowest slot below `slots` free on both chains. A half-done link (one chain lists
/// the other) is finished in its slot. Refused if either chain is removing the other, or they
/// list each other in different slots.
pub(crate) fn plan_link(
	a: &ChainPeers,
	b: &ChainPeers,
	slots: u8,
	wanted: Option<Slot>,
) -> Result<LinkPlan> {
	let slots = slots.min(MAX_PEERS);
	let (a_has_b, b_has_a) = (a.entry_of(b.genesis), b.entry_of(a.genesis));
	for (holder, other, entry) in [(a, b, a_has_b), (b, a, b_has_a)] {
		if let Some(p) = entry.filter(|p| p.status != PeerStatus::Active) {
			let what = match p.status {
				PeerStatus::Removing => {
					format!("{} is removing {} (slot {})", holder.name, other.name, p.slot)
				},
				_ => holder.describe_view_of(other),
			};
			return Err(Error::Other(format!(
				"{what}: wait until its slot is free, then link again"
			)));
		}
	}
	let check_wanted = |slot: u8| match wanted {
		Some(w) if w.index() != slot => Err(Error::Other(format!(
			"{}: link them in slot {slot}, not {w} (or unlink first)",
			describe_pair(a, b)
		))),
		_ => Slot::new(slot),
	};
	let plan = match (a_has_b, b_has_a) {
		(Some(x), Some(y)) if x.slot == y.slot => {
			LinkPlan { slot: check_wanted(x.slot)?, add_on_a: false, add_on_b: false }
		},
		(Some(_), Some(_)) => {
			return Err(Error::Other(format!(
				"{}: unlink one side first, then link again",
				describe_pair(a, b)
			)))
		},
		(Some(x), None) => {
			let slot = check_wanted(x.slot)?;
			ensure_free(b, slot, a)?;
			LinkPlan { slot, add_on_a: false, add_on_b: true }
		},
		(None, Some(y)) => {
			let slot = check_wanted(y.slot)?;
			ensure_free(a, slot, b)?;
			LinkPlan { slot, add_on_a: true, add_on_b: false }
		},
		(None, None) => {
			let slot = match wanted {
				Some(w) if w.index() >= slots => {
					return Err(Error::Other(format!(
						"slot {w} does not exist on both chains: they have slots 0 to {}",
						slots.saturating_sub(1)
					)))
				},
				Some(w) => {
					ensure_free(a, w, b)?;
					ensure_free(b, w, a)?;
					w
				},
				None => Slot::all()
					.take(usize::from(slots))
					.find(|&s| a.holder_of(s).is_none() && b.holder_of(s).is_none())
					.ok_or_else(|| {
						Error::Other(format!(
							"no slot is free on both chains: {} has taken slots {:?}, {} slots \
							 {:?} (of 0 to {})",
							a.name,
							a.taken(),
							b.name,
							b.taken(),
							slots.saturating_sub(1)
						))
					})?,
			};
			LinkPlan { slot, add_on_a: true, add_on_b: true }
		},
	};
	Ok(plan)
}

/// `A has B in slot 1, B has A in slot 2`.
fn describe_pair(a: &ChainPeers, b: &ChainPeers) -> String {
	format!("{}, {}", a.describe_view_of(b), b.describe_view_of(a))
}

/// Refuses `slot` if `chain` has given it to a peer (not `other`, which it does not list).
fn ensure_free(chain: &ChainPeers, slot: Slot, other: &ChainPeers) -> Result<()> {
	match chain.holder_of(slot) {
		Some(p) => Err(Error::Other(format!(
			"slot {slot} is taken on {} by {:?}{}, so {} cannot be added there",
			chain.name,
			p.chain,
			p.describe_status(),
			other.name
		))),
		None => Ok(()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const A: H256 = H256::repeat_byte(0xa);
	const B: H256 = H256::repeat_byte(0xb);
	const C: H256 = H256::repeat_byte(0xc);

	fn peer(chain: H256, slot: u8, status: PeerStatus) -> PeerView {
		PeerView { slot, status, ..legacy_slot_zero_peer(chain) }
	}

	fn chain(name: &str, genesis: H256, peers: Vec<PeerView>) -> ChainPeers {
		ChainPeers { name: name.into(), genesis, peers }
	}

	fn slot(k: u8) -> Slot {
		Slot::new(k).expect("a slot")
	}

	use PeerStatus::{Active, Removing};

	#[test]
	fn the_peers_of_a_chain_decode_from_the_nodes_json() {
		let json = serde_json::json!([
			{"chain": format!("{A:?}"), "slot": 0, "status": "active", "exports": 2,
			 "pendingRevokes": 1, "sentUntil": 1_700_000_000_000u64, "liveUntil": 5},
			{"chain": format!("{C:?}"), "slot": 3, "status": "removing", "exports": 0,
			 "pendingRevokes": 0, "sentUntil": 0, "liveUntil": 0},
			{"chain": format!("{B:?}"), "slot": 4, "status": "paused"},
		]);
		let peers: Vec<PeerView> = serde_json::from_value(json).expect("decodes");
		assert_eq!(
			peers[0],
			PeerView {
				chain: A,
				slot: 0,
				status: Active,
				exports: 2,
				pending_revokes: 1,
				sent_until: 1_700_000_000_000,
				live_until: 5,
			}
		);
		assert_eq!((peers[1].chain, peers[1].slot, peers[1].status), (C, 3, Removing));
		// A status of a newer runtime is not taken for active.
		assert_eq!(peers[2].status, PeerStatus::Unknown);
	}

	#[test]
	fn a_pair_is_bridged_in_the_slot_where_each_lists_the_other_as_active() {
		let a = chain("A", A, vec![peer(C, 0, Active), peer(B, 2, Active)]);
		let b = chain("B", B, vec![peer(A, 2, Active)]);
		assert_eq!(pairing(&a, &b), Pairing::Paired(slot(2)));
		assert_eq!(pairing(&b, &a), Pairing::Paired(slot(2)));
		// The fallback of a runtime without slots: slot 0 from `bridge_status`.
		let a = chain("A", A, vec![legacy_slot_zero_peer(B)]);
		let b = chain("B", B, vec![legacy_slot_zero_peer(A)]);
		assert_eq!(pairing(&a, &b), Pairing::Paired(Slot::ZERO));
	}

	#[test]
	fn a_pair_that_is_not_bridged_says_why() {
		let unpaired = |a: Vec<PeerView>, b: Vec<PeerView>| match pairing(
			&chain("A", A, a),
			&chain("B", B, b),
		) {
			Pairing::Unpaired(why) => why,
			paired => panic!("{paired:?}"),
		};
		assert_eq!(
			unpaired(vec![peer(B, 1, Active)], vec![peer(A, 2, Active)]),
			"A has B in slot 1, B has A in slot 2"
		);
		assert_eq!(unpaired(vec![], vec![]), "A and B are not peers (neither lists the other)");
		assert_eq!(
			unpaired(vec![peer(C, 1, Active)], vec![peer(A, 3, Active)]),
			"A does not list B as a peer, B has A in slot 3"
		);
		assert_eq!(
			unpaired(vec![peer(B, 1, Removing)], vec![peer(A, 1, Active)]),
			"A has B in slot 1 (removing), B has A in slot 1"
		);
		let beyond = unpaired(vec![peer(B, 7, Active)], vec![peer(A, 7, Active)]);
		assert!(beyond.starts_with("A and B are peers in slot 7, which this relayer does not know"));
	}

	#[test]
	fn a_link_takes_the_lowest_slot_free_on_both_chains_whatever_its_status() {
		let a = chain("A", A, vec![peer(C, 0, Active)]);
		let b = chain("B", B, vec![peer(C, 1, Removing)]);
		let plan = plan_link(&a, &b, MAX_PEERS, None).expect("a plan");
		assert_eq!(plan, LinkPlan { slot: slot(2), add_on_a: true, add_on_b: true });
		// A slot asked for, free on both.
		let plan = plan_link(&a, &b, MAX_PEERS, Some(slot(4))).expect("a plan");
		assert_eq!(plan.slot, slot(4));
		// Taken on either side, or beyond the chains' slots.
		let taken = plan_link(&a, &b, MAX_PEERS, Some(slot(1))).unwrap_err().to_string();
		assert!(taken.starts_with("slot 1 is taken on B by 0x0c0c"), "{taken}");
		assert!(taken.ends_with(" (removing), so A cannot be added there"), "{taken}");
		let beyond = plan_link(&a, &b, 3, Some(slot(3))).unwrap_err().to_string();
		assert_eq!(beyond, "slot 3 does not exist on both chains: they have slots 0 to 2");
		// Nothing free below the chains' slots.
		let none = plan_link(&a, &b, 2, None).unwrap_err().to_string();
		assert_eq!(
			none,
			"no slot is free on both chains: A has taken slots [0], B slots [1] (of 0 to 1)"
		);
	}

	#[test]
	fn a_half_done_link_is_finished_in_its_slot_and_a_done_one_left_alone() {
		let a = chain("A", A, vec![peer(B, 3, Active)]);
		let b = chain("B", B, vec![]);
		let plan = plan_link(&a, &b, MAX_PEERS, None).expect("a plan");
		assert_eq!(plan, LinkPlan { slot: slot(3), add_on_a: false, add_on_b: true });
		let plan = plan_link(&b, &a, MAX_PEERS, None).expect("a plan");
		assert_eq!(plan, LinkPlan { slot: slot(3), add_on_a: true, add_on_b: false });
		let other = plan_link(&a, &b, MAX_PEERS, Some(slot(1))).unwrap_err().to_string();
		assert_eq!(
			other,
			"A has B in slot 3, B does not list A as a peer: link them in slot 3, not 1 (or unlink \
			 first)"
		);
		// B's slot 3 holds another chain.
		let b = chain("B", B, vec![peer(C, 3, Active)]);
		let taken = plan_link(&a, &b, MAX_PEERS, None).unwrap_err().to_string();
		assert!(taken.starts_with("slot 3 is taken on B by 0x0c0c"), "{taken}");
		// Done: nothing to add.
		let b = chain("B", B, vec![peer(A, 3, Active)]);
		let plan = plan_link(&a, &b, MAX_PEERS, None).expect("a plan");
		assert_eq!(plan, LinkPlan { slot: slot(3), add_on_a: false, add_on_b: false });
	}

	#[test]
	fn a_link_is_refused_while_a_side_removes_the_other_or_they_disagree() {
		let a = chain("A", A, vec![peer(B, 1, Removing)]);
		let b = chain("B", B, vec![peer(A, 1, Active)]);
		let removing = plan_link(&a, &b, MAX_PEERS, None).unwrap_err().to_string();
		assert_eq!(
			removing,
			"A is removing B (slot 1): wait until its slot is free, then link again"
		);
		let a = chain("A", A, vec![peer(B, 1, Active)]);
		let b = chain("B", B, vec![peer(A, 2, Active)]);
		let split = plan_link(&a, &b, MAX_PEERS, None).unwrap_err().to_string();
		assert_eq!(
			split,
			"A has B in slot 1, B has A in slot 2: unlink one side first, then link again"
		);
	}
}
