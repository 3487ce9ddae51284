//! A patient's lifecycle reaching their exports: deregistration and a new key.

use super::*;

#[test]
fn deregistration_ends_the_patients_exports_here_and_on_the_peer() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.on_a(|| {
		let free = Balances::free_balance(account(PATIENT));
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(account(PATIENT))));
		assert!(ended(0, ExportEnd::PatientDeregistered));
		assert!(Exports::<Test>::get(0).is_none());
		assert!(!ExportsOf::<Test>::contains_key(P));
		assert_eq!(export_held(PATIENT), 0);
		assert!(Balances::free_balance(account(PATIENT)) >= free + 7, "export deposit back");
	});
	// The revocation reaches the peer at once, not a lease period later.
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	// No heartbeat goes to the peer any more: it has no exports from here.
	net.blocks(10);
	net.on_a(|| assert_eq!(count_events(|e| matches!(e, Event::HeartbeatSent { .. })), 0));
	assert!(net.a_out.is_empty());
	net.invariants();
}

#[test]
fn a_new_key_takes_over_the_exports_their_deposits_and_the_peers_lease() {
	const NEW: u8 = 2;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_a(|| {
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(account(PATIENT)).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(account(PATIENT)), account(NEW)));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(account(NEW)), rotating));
		assert_eq!(Exports::<Test>::get(0).map(|e| e.account), Some(account(NEW)));
		assert_eq!(export_held(PATIENT), 0);
		assert_eq!(export_held(NEW), 7);
		assert!(matches!(last_event(), Event::ExportRekeyed { export: 0, .. }));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	assert!(matches!(check_on_b_for(&mut net, NEW), AccessDecision::Leased { lease: 0, .. }));
	assert!(matches!(check_on_b_for(&mut net, PATIENT), AccessDecision::Denied(_)));
	// Heartbeats keep the new key's lease alive, past its own lease period.
	for _ in 0..4 {
		net.blocks(5);
		net.a_to_b();
	}
	net.on_a(|| assert_eq!(count_events(|e| matches!(e, Event::HeartbeatSent { .. })), 4));
	assert!(matches!(check_on_b_for(&mut net, NEW), AccessDecision::Leased { .. }));
	// The deposit goes back to the new key, not the old (possibly stolen) one.
	net.on_a(|| {
		let (old_free, new_free) =
			(Balances::free_balance(account(PATIENT)), Balances::free_balance(account(NEW)));
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(NEW)), None, 0));
		assert_eq!(Balances::free_balance(account(NEW)), new_free + 7);
		assert_eq!(Balances::free_balance(account(PATIENT)), old_free);
	});
	net.invariants();
}

/// The lane is full, so the lease cannot move to the new key: the export ends, and the old
/// key's lease is still revoked (a revocation needs no room on the lane).
#[test]
fn a_key_change_on_a_full_lane_ends_the_export_visibly() {
	const NEW: u8 = 2;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.on_a(|| {
		// The relay stalls: the lane fills up with other traffic.
		let filler = || HealthOp::Heartbeat { valid_until: 0 };
		while Bridge::send(CHAIN_B.into(), None, filler()).is_ok() {}
		assert_noop!(
			Bridge::send(CHAIN_B.into(), None, filler()),
			Error::<Test>::OutboundQueueFull
		);
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(account(PATIENT)).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(account(PATIENT)), account(NEW)));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(account(NEW)), rotating));
		let nonce = System::events().iter().find_map(|r| match r.event {
			RuntimeEvent::Bridge(Event::ExportEnded {
				export: 0,
				reason: ExportEnd::RekeyNotSent,
				nonce,
				..
			}) => Some(nonce),
			_ => None,
		});
		assert!(matches!(nonce, Some(Some(_))), "ended, with the old key's revocation queued");
		assert!(Exports::<Test>::get(0).is_none());
		assert!(PendingRevokes::<Test>::iter().next().is_none());
		assert_eq!(export_held(NEW) + export_held(PATIENT), 0);
	});
	// The revocation of the old key's lease is queued behind the filler, past the bound.
	let (_, last) = net.a_out.last().cloned().expect("queued");
	let revoke = decode_message::<AccountId>(&last).expect("a message").op;
	assert_eq!(revoke, HealthOp::Revoke { export: 0, patient: account(PATIENT) });
	assert_eq!(
		net.a_out.len() as u64,
		<<Test as Config>::MaxQueuedMessages as frame_support::traits::Get<u64>>::get() + 1
	);
	assert!(net.a_to_b().iter().all(|o| *o == Outcome::Applied));
	assert_eq!(
		check_on_b_for(&mut net, PATIENT),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	assert_eq!(check_on_b_for(&mut net, NEW), AccessDecision::Denied(DenyReason::UnknownPatient));
	net.invariants();
}
