//! The peer chains: adding and removing them, the heartbeats that keep this chain's leases alive
//! on each, the revocations a lane refused (sent before any later heartbeat), and the idle
//! sweep that ends exports whose consent ended or whose peer was removed, and clears a removed
//! peer's state until its slot is free.
//!
//! Why one heartbeat may stand for every lease: a lane delivers in order, so when a heartbeat
//! sent at time `t` is applied on the peer, every revocation this chain sent before `t` has been
//! applied there already. A revocation the lane refuses waits in [`PendingRevokes`], and its
//! peer gets no heartbeat until it is sent; so no revoked lease is ever carried by a heartbeat.

use crate::*;
use frame_support::{pallet_prelude::*, storage::KeyPrefixIterator};

impl<T: Config> Pallet<T> {
	/// The only active peer, for the calls of a one-peer chain.
	pub(crate) fn sole_peer() -> Result<ChainId, DispatchError> {
		let mut active = Peers::<T>::iter().filter(|(_, p)| p.is_active()).map(|(c, _)| c);
		let chain = active.next().ok_or(Error::<T>::NoPeer)?;
		ensure!(active.next().is_none(), Error::<T>::AmbiguousPeer);
		Ok(chain)
	}

	/// `chain` as an active peer.
	pub(crate) fn active_peer(chain: ChainId) -> Result<PeerInfo, DispatchError> {
		let p = Peers::<T>::get(chain).ok_or(Error::<T>::UnknownPeer)?;
		ensure!(p.is_active(), Error::<T>::PeerNotActive);
		Ok(p)
	}

	/// Refuse this chain itself and a chain that is a peer already.
	fn ensure_new_peer(genesis: ChainId) -> DispatchResult {
		ensure!(ThisChain::<T>::get() != Some(genesis), Error::<T>::OwnChain);
		ensure!(!Peers::<T>::contains_key(genesis), Error::<T>::AlreadyPeer);
		Ok(())
	}

	/// [`Pallet::set_peer`] once governance asked.
	pub(crate) fn do_set_peer(genesis: ChainId) -> DispatchResult {
		if Slots::<T>::get(0) == Some(genesis) {
			ensure!(Self::active_peer(genesis).is_ok(), Error::<T>::SlotTaken);
		} else {
			ensure!(!Slots::<T>::contains_key(0), Error::<T>::SlotTaken);
			Self::ensure_new_peer(genesis)?;
			Slots::<T>::insert(0, genesis);
			Peers::<T>::insert(genesis, PeerInfo::new(0));
		}
		Self::deposit_event(Event::PeerSet { peer: genesis });
		Ok(())
	}

	/// [`Pallet::add_peer`] once governance asked.
	pub(crate) fn do_add_peer(
		slot: Slot,
		genesis: ChainId,
		init: <T::Lanes as PeerLanes>::Init,
	) -> DispatchResult {
		ensure!(slot < T::Lanes::SLOTS, Error::<T>::SlotOutOfRange);
		ensure!(!Slots::<T>::contains_key(slot), Error::<T>::SlotTaken);
		Self::ensure_new_peer(genesis)?;
		T::Lanes::open(slot, init)?;
		Slots::<T>::insert(slot, genesis);
		Peers::<T>::insert(genesis, PeerInfo::new(slot));
		Self::deposit_event(Event::PeerAdded { chain: genesis, slot });
		Ok(())
	}

	/// [`Pallet::remove_peer`] once governance asked.
	pub(crate) fn do_remove_peer(genesis: ChainId) -> DispatchResult {
		let mut p = Self::active_peer(genesis)?;
		p.status = PeerStatus::Removing;
		Peers::<T>::insert(genesis, p);
		T::Lanes::halt(p.slot);
		Self::deposit_event(Event::PeerRemoving { chain: genesis, slot: p.slot });
		Ok(())
	}

	/// Each block: for every active peer, send the revocations its lane refused before, then
	/// the heartbeat if one is due and none is pending.
	pub(crate) fn serve_peers() -> Weight {
		let w = <T as Config>::WeightInfo::serve_peer();
		let mut weight = T::DbWeight::get().reads(1);
		// No clock read without peers (block 1 runs before the first timestamp is set).
		if Peers::<T>::iter_keys().next().is_none() {
			return weight;
		}
		let now = Self::now_ms();
		let period = LeasePeriod::<T>::get();
		for (chain, mut p) in Peers::<T>::iter() {
			weight.saturating_accrue(T::DbWeight::get().reads(1));
			if !p.is_active() {
				continue;
			}
			let before = p;
			if p.pending_revokes > 0 {
				weight.saturating_accrue(Self::send_pending_revokes(chain, &mut p));
			}
			let due = now.saturating_add(period / 2) >= p.sent_until;
			if p.exports > 0 && p.pending_revokes == 0 && due {
				weight.saturating_accrue(w);
				let valid_until = now.saturating_add(period);
				match Self::send(chain, None, HealthOp::Heartbeat { valid_until }) {
					Ok(nonce) => {
						p.sent_until = valid_until;
						Self::deposit_event(Event::HeartbeatSent { chain, valid_until, nonce });
					},
					Err(_) => Self::deposit_event(Event::HeartbeatDeferred { chain }),
				}
			}
			if p != before {
				Peers::<T>::insert(chain, p);
			}
		}
		weight
	}

	/// Send up to [`MAX_PENDING_REVOKES_PER_BLOCK`] of `chain`'s pending revocations (in key
	/// order: they are independent of one another), stopping at the first the lane refuses
	/// again.
	fn send_pending_revokes(chain: ChainId, p: &mut PeerInfo) -> Weight {
		let w = <T as Config>::WeightInfo::send_pending_revoke();
		let mut weight = Weight::zero();
		let pending: alloc::vec::Vec<(ExportId, T::AccountId)> =
			PendingRevokes::<T>::iter_prefix(chain)
				.take(MAX_PENDING_REVOKES_PER_BLOCK as usize)
				.collect();
		for (export, patient) in pending {
			weight.saturating_accrue(w);
			let op = HealthOp::Revoke { export, patient: patient.clone() };
			let Ok(nonce) = Self::send_on(p.slot, chain, Some(&patient), &op) else { break };
			PendingRevokes::<T>::remove(chain, export);
			p.pending_revokes = p.pending_revokes.saturating_sub(1);
			Self::deposit_event(Event::PendingRevokeSent { chain, export, nonce });
		}
		weight
	}

	/// In idle time: sweep exports, then clear the state of removed peers that have no
	/// exports left.
	pub(crate) fn sweep(remaining: Weight) -> Weight {
		let weight = Self::sweep_exports(remaining, <T as Config>::MaxSweepPerBlock::get());
		weight.saturating_add(Self::clear_removed(remaining.saturating_sub(weight)))
	}

	/// Visit up to `max` exports from where the last sweep stopped, within `remaining`, ending
	/// those whose consent ended or whose peer is being removed.
	pub(crate) fn sweep_exports(remaining: Weight, max: u32) -> Weight {
		let per_export = <T as Config>::WeightInfo::sweep_export();
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		if remaining.any_lt(weight.saturating_add(per_export)) {
			return Weight::zero();
		}
		let now = Self::now_ms();
		let mut iter = match SweepCursor::<T>::get() {
			Some(last) => Exports::<T>::iter_from(Exports::<T>::hashed_key_for(last)),
			None => Exports::<T>::iter(),
		};
		let mut last = None;
		let mut visited = 0;
		while visited < max && !remaining.any_lt(weight.saturating_add(per_export)) {
			let Some((id, e)) = iter.next() else {
				last = None;
				break;
			};
			visited += 1;
			last = Some(id);
			weight.saturating_accrue(per_export);
			let peer_gone = Peers::<T>::get(e.to.chain).is_none_or(|p| !p.is_active());
			if peer_gone {
				Self::end_export(id, &e, ExportEnd::PeerRemoved);
			} else if e.scope.expires_at.is_some_and(|x| x <= now) {
				Self::end_export(id, &e, ExportEnd::ConsentEnded);
			}
		}
		match last {
			Some(id) => SweepCursor::<T>::put(id),
			None => SweepCursor::<T>::kill(),
		}
		weight
	}

	/// Clear, within `remaining`, the state of peers being removed that have no exports left:
	/// revocations pending to them, their leases and records here, and their slot; then free
	/// the slot.
	fn clear_removed(remaining: Weight) -> Weight {
		let per_item = <T as Config>::WeightInfo::clear_item();
		let mut weight = T::DbWeight::get().reads(1);
		for (chain, p) in Peers::<T>::iter() {
			weight.saturating_accrue(T::DbWeight::get().reads(1));
			if p.is_active() || p.exports > 0 {
				continue;
			}
			let budget = remaining.saturating_sub(weight);
			let limit =
				budget.checked_div_per_component(&per_item).unwrap_or(0).min(u32::MAX.into())
					as u32;
			if limit == 0 {
				break;
			}
			let (done, used) = Self::clear_peer(chain, p.slot, limit);
			weight.saturating_accrue(per_item.saturating_mul(used.into()));
			if !done {
				break;
			}
			Peers::<T>::remove(chain);
			Slots::<T>::remove(p.slot);
			weight.saturating_accrue(T::DbWeight::get().writes(2));
			Self::deposit_event(Event::PeerRemoved { chain, slot: p.slot });
		}
		weight
	}

	/// Clear up to `limit` items of a removed peer's state; whether it is all gone, and how
	/// many items were cleared.
	pub(crate) fn clear_peer(chain: ChainId, slot: Slot, limit: u32) -> (bool, u32) {
		let mut used = 0u32;
		let pending: KeyPrefixIterator<ExportId> = PendingRevokes::<T>::iter_key_prefix(chain);
		for export in pending.take(limit as usize).collect::<alloc::vec::Vec<_>>() {
			PendingRevokes::<T>::remove(chain, export);
			used += 1;
		}
		// The peer's count follows, as the clearing may take several blocks.
		if used > 0 {
			Peers::<T>::mutate_extant(chain, |p| {
				p.pending_revokes = p.pending_revokes.saturating_sub(used)
			});
		}
		let leases: alloc::vec::Vec<(T::AccountId, ExportId)> =
			HeldLeases::<T>::iter_key_prefix((chain,))
				.take(limit.saturating_sub(used) as usize)
				.collect();
		for (patient, export) in leases {
			Self::forget_lease(chain, &patient, export);
			used += 1;
		}
		let records: alloc::vec::Vec<_> = SharedRecords::<T>::iter_key_prefix(chain)
			.take(limit.saturating_sub(used) as usize)
			.collect();
		for record in records {
			SharedRecords::<T>::remove(chain, record);
			used += 1;
		}
		if used >= limit {
			return (false, used);
		}
		let done = T::Lanes::wipe(slot, limit - used);
		(done, limit)
	}
}
