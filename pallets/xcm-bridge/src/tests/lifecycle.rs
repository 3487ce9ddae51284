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
	// Nothing is renewed any more.
	net.blocks(10);
	net.on_a(|| {
		assert!(!System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Bridge(Event::LeasesRenewed { .. }))))
	});
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
	// Renewals follow the new key, past the old lease's period.
	for _ in 0..4 {
		net.blocks(5);
		net.a_to_b();
	}
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

#[test]
fn a_key_change_on_a_full_lane_ends_the_export_visibly() {
	const NEW: u8 = 2;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		// The relay stalls: the lane fills up with renewals' worth of other traffic.
		while Bridge::send(None, HealthOp::Revoke { export: 99, patient: account(9) }).is_ok() {}
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(account(PATIENT)).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(account(PATIENT)), account(NEW)));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(account(NEW)), rotating));
		assert!(ended(0, ExportEnd::RekeyNotSent));
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(NEW) + export_held(PATIENT), 0);
	});
	net.invariants();
}
