//! Governance adding and removing peers on the three-chain mesh: a removed peer's leases are void
//! at once, exports to it end and its state is cleared in bounded idle steps, its slot is freed,
//! and its own leases of this chain lapse there once heartbeats stop.

use super::*;

fn removing(x: usize) -> bool {
	Peers::<Test>::get(chain(x)).is_some_and(|p| p.status == PeerStatus::Removing)
}

fn heartbeats_to(x: usize) -> usize {
	count_events(|e| matches!(e, Event::HeartbeatSent { chain: c, .. } if *c == chain(x)))
}

/// Removing a peer: its slot halts and its leases here are void at once; exports to it end over
/// several idle sweeps with deposits back; then its state is cleared and its slot reusable. On the
/// removed chain, this chain's leases lapse once heartbeats stop.
#[test]
fn remove_peer_ends_its_exports_and_drops_its_leases_in_bounded_steps() {
	let mut mesh = Mesh::new();
	let (record, hash) = (H256::repeat_byte(7), H256::repeat_byte(8));
	// On A: six exports to C (more than the sweep visits in a block), one to B.
	mesh.on(A, || {
		register_patient(2);
		register_patient(3);
		assert_ok!(export_to(PATIENT, CHAIN_B, 0));
		for who in [PATIENT, 2, 3] {
			assert_ok!(export_to(who, CHAIN_C, 0));
			assert_ok!(export_to(who, CHAIN_C, 1));
		}
		assert_eq!((export_held(PATIENT), export_held(2), export_held(3)), (21, 14, 14));
	});
	// On C: a patient's lease and a record for A.
	mesh.on(C, || {
		let patient = register_patient(5);
		assert_ok!(export_to(5, CHAIN_A, 0));
		anchor_record(5, patient, record, hash);
		assert_ok!(Bridge::share_record_with(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			chain(A)
		));
	});
	assert_eq!(mesh.deliver(A, B), vec![Outcome::Applied]);
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied; 6]);
	assert_eq!(mesh.deliver(C, A), vec![Outcome::Applied; 2]);
	// A heartbeat each way keeps the leases alive.
	mesh.blocks(5);
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	assert_eq!(mesh.deliver(C, A), vec![Outcome::Applied]);
	assert!(matches!(mesh.check(A, 5, 0), AccessDecision::Leased { .. }));

	mesh.on(A, || {
		assert_ok!(Bridge::remove_peer(RuntimeOrigin::root(), chain(C)));
		assert_eq!(last_event(), Event::PeerRemoving { chain: chain(C), slot: 1 });
		assert!(halted(1) && removing(C));
		// C's leases and records here are void at once.
		assert_eq!(check(5, 0), AccessDecision::Denied(DenyReason::UnknownPatient));
		assert!(Bridge::leases_of(account(5)).is_empty());
		assert_eq!(Bridge::verify_remote(record, hash, None), RemoteVerdict::Unknown);
		// Nothing more is exported to it.
		assert_noop!(export_to(2, CHAIN_C, 0), Error::<Test>::PeerNotActive);
	});
	// Whatever C sends from now on is refused and changes nothing.
	mesh.on(C, || {
		assert_ok!(export_to(5, CHAIN_A, 1));
	});
	assert_eq!(mesh.deliver(C, A), vec![Outcome::Rejected(FailReason::WrongOrigin)]);
	mesh.on(A, || {
		assert_eq!(HeldLeases::<Test>::iter_prefix((chain(C),)).count(), 1);
		assert_eq!(LeaseCount::<Test>::get(account(5)), 1);
	});
	// The sweep visits four exports a block: the six to C end over two blocks.
	mesh.blocks(1);
	mesh.on(A, || {
		let so_far = ended_count(ExportEnd::PeerRemoved);
		assert!(so_far > 0 && so_far < 6, "{so_far} ended in the first block");
		assert!(removing(C));
		assert_eq!(count_events(|e| matches!(e, Event::PeerRemoved { .. })), 0);
		check_invariants();
	});
	mesh.blocks(1);
	mesh.on(A, || {
		assert_eq!(ended_count(ExportEnd::PeerRemoved), 6);
		// No revocation is sent: C gets no heartbeats, so its leases lapse.
		let revokes = count_events(|e| {
			matches!(e, Event::ExportEnded { reason: ExportEnd::PeerRemoved, nonce: Some(_), .. })
		});
		assert_eq!(revokes, 0);
		// The deposits are back; the export to B stays.
		assert_eq!((export_held(PATIENT), export_held(2), export_held(3)), (7, 0, 0));
		assert_eq!(
			Exports::<Test>::iter_values().map(|e| e.to.chain).collect::<Vec<_>>(),
			vec![chain(B)]
		);
		// C's leases, records and slot are cleared, and the slot is free.
		assert_eq!(HeldLeases::<Test>::iter_prefix((chain(C),)).count(), 0);
		assert_eq!(LeaseCount::<Test>::get(account(5)), 0);
		assert_eq!(SharedRecords::<Test>::iter_prefix(chain(C)).count(), 0);
		assert!(wiped(1) >= 1);
		assert!(has_event(Event::PeerRemoved { chain: chain(C), slot: 1 }));
		assert!(!Peers::<Test>::contains_key(chain(C)) && !Slots::<Test>::contains_key(1));
		assert_eq!(heartbeats_to(C), 1, "none since the removal");
		check_invariants();
		// A new chain can take the slot.
		let d = H256::repeat_byte(0xDD);
		assert_ok!(Bridge::add_peer(RuntimeOrigin::root(), 1, d, Box::new(2)));
		assert_eq!((opened(1), halted(1)), (Some(2), false));
		assert_eq!(Peers::<Test>::get(d), Some(PeerInfo::new(1)));
	});
	// On C, A is still a peer, but without heartbeats A's leases lapse one lease period after
	// the last one was sent (in block 6, before the removal); on B, heartbeats still carry them.
	mesh.on(C, || assert!(Peers::<Test>::get(chain(A)).is_some_and(|p| p.is_active())));
	mesh.blocks(7);
	assert!(matches!(mesh.check(C, 2, 1), AccessDecision::Leased { .. }));
	mesh.blocks(1);
	assert_eq!(mesh.check(C, 2, 1), AccessDecision::Denied(DenyReason::LeaseLapsed));
	assert_eq!(mesh.check(C, PATIENT, 0), AccessDecision::Denied(DenyReason::LeaseLapsed));
	mesh.deliver(A, B);
	assert!(matches!(mesh.check(B, PATIENT, 0), AccessDecision::Leased { .. }));
	mesh.invariants();
}

/// Clearing a removed peer's state takes what weight each block leaves idle, in steps; between
/// the steps the counts still match what is left.
#[test]
fn clearing_a_removed_peer_is_bounded_by_the_idle_weight() {
	let mut mesh = Mesh::new();
	mesh.on(C, || {
		register_patient(5);
		assert_ok!(export_to(5, CHAIN_A, 0));
		assert_ok!(export_to(5, CHAIN_A, 1));
	});
	assert_eq!(mesh.deliver(C, A), vec![Outcome::Applied; 2]);
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 0));
		// The lane refuses: the revocation waits.
		refuse(1, true);
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_eq!(Peers::<Test>::get(chain(C)).map(|p| p.pending_revokes), Some(1));
		assert_ok!(Bridge::remove_peer(RuntimeOrigin::root(), chain(C)));
	});
	// Each block leaves idle weight for two items (a pending revocation, a lease, ...).
	let two_items = <() as crate::WeightInfo>::clear_item().saturating_mul(2);
	let idle_block = || {
		let n = System::block_number() + 1;
		System::set_block_number(n);
		<Bridge as frame_support::traits::Hooks<u64>>::on_idle(n, two_items);
		check_invariants();
	};
	mesh.on(A, || {
		idle_block();
		assert_eq!(PendingRevokes::<Test>::iter().count(), 0);
		assert_eq!(Peers::<Test>::get(chain(C)).map(|p| p.pending_revokes), Some(0));
		assert_eq!(HeldLeases::<Test>::iter_prefix((chain(C),)).count(), 1);
		assert_eq!(LeaseCount::<Test>::get(account(5)), 1);
		assert!(removing(C) && wiped(1) == 0);
		idle_block();
		assert_eq!(HeldLeases::<Test>::iter().count(), 0);
		assert_eq!(LeaseCount::<Test>::get(account(5)), 0);
		assert_eq!(wiped(1), 1);
		assert!(has_event(Event::PeerRemoved { chain: chain(C), slot: 1 }));
		assert!(!Peers::<Test>::contains_key(chain(C)));
	});
	mesh.invariants();
}

/// Adding, removing and setting peers: every refusal names its reason and changes nothing.
#[test]
fn governance_errors_change_nothing() {
	let mut mesh = Mesh::new();
	let (d, e) = (H256::repeat_byte(0xDD), H256::repeat_byte(0xEE));
	let root = RuntimeOrigin::root;
	let add = |slot: Slot, genesis: H256, init: u32| {
		Bridge::add_peer(RuntimeOrigin::root(), slot, genesis, Box::new(init))
	};
	mesh.on(A, || {
		// A has B in slot 0 and C in slot 1; slot 2 is free.
		assert_noop!(add(SLOTS, d, 1), Error::<Test>::SlotOutOfRange);
		assert_noop!(add(0, d, 1), Error::<Test>::SlotTaken);
		assert_noop!(add(2, chain(C), 1), Error::<Test>::AlreadyPeer);
		assert_noop!(add(2, chain(A), 1), Error::<Test>::OwnChain);
		assert_noop!(add(2, d, 0), sp_runtime::DispatchError::Other("bad init"));
		assert_noop!(
			Bridge::add_peer(RuntimeOrigin::signed(account(10)), 2, d, Box::new(1)),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_eq!(opened(2), None);
		assert_ok!(add(2, d, 1));
		assert_eq!(last_event(), Event::PeerAdded { chain: d, slot: 2 });
		assert_eq!(opened(2), Some(1));

		assert_noop!(Bridge::remove_peer(root(), e), Error::<Test>::UnknownPeer);
		assert_noop!(
			Bridge::remove_peer(RuntimeOrigin::signed(account(10)), d),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Bridge::remove_peer(root(), d));
		assert_noop!(Bridge::remove_peer(root(), d), Error::<Test>::PeerNotActive);
		assert_noop!(Bridge::remove_peer(root(), d), Error::<Test>::PeerNotActive);
		// Its slot stays taken until it is cleared.
		assert_noop!(add(2, e, 1), Error::<Test>::SlotTaken);

		// Setting the peer of slot 0 again changes nothing of it.
		assert_ok!(export_to(PATIENT, CHAIN_B, 0));
		let before = Peers::<Test>::get(chain(B));
		assert_eq!(before.map(|p| p.exports), Some(1));
		assert_ok!(Bridge::set_peer(root(), chain(B)));
		assert_eq!(last_event(), Event::PeerSet { peer: chain(B) });
		assert_eq!(Peers::<Test>::get(chain(B)), before);
		// Another chain cannot take slot 0, whether a peer already or not.
		assert_noop!(Bridge::set_peer(root(), chain(C)), Error::<Test>::SlotTaken);
		assert_noop!(Bridge::set_peer(root(), e), Error::<Test>::SlotTaken);
		assert_noop!(
			Bridge::set_peer(RuntimeOrigin::signed(account(10)), chain(B)),
			sp_runtime::DispatchError::BadOrigin
		);
	});
	// Nor can the peer of slot 0 be set again while it is being removed.
	mesh.on(B, || {
		assert_ok!(Bridge::remove_peer(root(), chain(A)));
		assert_noop!(Bridge::set_peer(root(), chain(A)), Error::<Test>::SlotTaken);
	});
	mesh.invariants();
}
