//! Exporting a consent, revoking it (by the patient or governance), and the checks on the export
//! and admin calls.

use super::*;

#[test]
fn export_grants_on_the_peer_and_revocation_withdraws_it() {
	let mut net = Net::new();
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.on_a(|| {
		let free = Balances::free_balance(account(PATIENT));
		assert_ok!(export(CLINIC, None));
		assert_eq!(
			free - Balances::free_balance(account(PATIENT)),
			4 + 7,
			"fee burned, deposit held"
		);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			7
		);
		assert!(matches!(last_event(), Event::ConsentExported { export: 0, .. }));
	});
	// Before the relay delivers, the peer knows nothing.
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(_)));
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	match net.check_on_b(Category::Laboratory) {
		AccessDecision::Leased { chain, lease, valid_until, expires_at } => {
			assert_eq!(chain, H256::from(CHAIN_A));
			assert_eq!(lease, 0);
			assert_eq!(valid_until, 1_000_000 + LEASE_MS);
			assert_eq!(expires_at, None);
		},
		other => panic!("expected a lease, got {other:?}"),
	}
	// Outside the scope: refused with the reason.
	assert_eq!(
		net.check_on_b(Category::Imaging),
		AccessDecision::Denied(DenyReason::CategoryNotCovered)
	);
	// Another organization on B: not covered.
	assert!(matches!(
		net.on_b(|| Consent::check_access(
			&account(PATIENT),
			SUSPENDED,
			Category::Laboratory,
			Purpose::Treatment,
			None
		)),
		AccessDecision::Denied(DenyReason::OrganizationSuspended)
	));
	net.on_a(|| {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			0
		);
		// At home the revocation holds at once.
		assert_eq!(
			Bridge::answer(
				&account(PATIENT),
				RemoteOrg { chain: CHAIN_B.into(), organization: CLINIC },
				Category::Laboratory,
				Purpose::Treatment,
				None,
				Bridge::now_ms()
			),
			Err(DenyReason::NoGrant)
		);
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.on_b(|| assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 0));
	net.invariants();
}

#[test]
fn a_revocation_held_up_by_the_relay_still_takes_effect_within_one_lease_period() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.blocks(5); // a heartbeat is queued on A ...
	net.on_a(|| {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
	});
	// ... and the relay withholds everything from here on, then delivers only the heartbeat late.
	let withheld = core::mem::take(&mut net.a_out);
	assert_eq!(withheld.len(), 2, "heartbeat and revocation");
	net.blocks(10); // one lease period after the heartbeat was sent
	assert!(net.a_out.is_empty(), "no heartbeat once the peer's last export is revoked");
	net.a_out = vec![withheld[0].clone()];
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::LeaseLapsed),
		"a late heartbeat cannot extend a lease past the time its chain set"
	);
	net.invariants();
}

#[test]
fn governance_revokes_an_export_nobody_else_can() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_a(|| {
		assert_noop!(
			Bridge::force_revoke_export(RuntimeOrigin::signed(account(PATIENT)), 0),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::force_revoke_export(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownExport
		);
		assert_ok!(Bridge::force_revoke_export(RuntimeOrigin::root(), 0));
		assert!(ended(0, ExportEnd::ByGovernance));
		assert_eq!(export_held(PATIENT), 0);
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.invariants();
}

#[test]
fn bad_input_is_refused() {
	let mut net = Net::new();
	net.on_a(|| {
		let none = BoundedVec::new();
		assert_noop!(
			Bridge::export_consent(
				RuntimeOrigin::signed(account(PATIENT)),
				None,
				CLINIC,
				none.clone(),
				BoundedVec::truncate_from(vec![Purpose::Treatment]),
				BoundedVec::new(),
				None
			),
			Error::<Test>::InvalidScope
		);
		assert_noop!(export(CLINIC, Some(1)), Error::<Test>::InvalidWindow);
		assert_noop!(
			Bridge::export_consent(
				RuntimeOrigin::signed(account(2)),
				None,
				CLINIC,
				BoundedVec::truncate_from(vec![Category::Laboratory]),
				BoundedVec::truncate_from(vec![Purpose::Treatment]),
				BoundedVec::new(),
				None
			),
			pallet_patient_identity::Error::<Test>::NotPatient
		);
		assert_noop!(
			Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 5),
			Error::<Test>::UnknownExport
		);
		assert_noop!(
			Bridge::set_peer(RuntimeOrigin::signed(account(PATIENT)), H256::zero()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::set_lease_period(RuntimeOrigin::root(), 1),
			Error::<Test>::InvalidLeasePeriod
		);
		assert_ok!(Bridge::set_lease_period(RuntimeOrigin::root(), 120_000));
		assert_eq!(Bridge::renew_interval(), 10);
		// A chain that is not a peer, named.
		assert_noop!(export_to(PATIENT, CHAIN_C, CLINIC), Error::<Test>::UnknownPeer);
		// No peer at all: the one-peer call has none to name.
		Peers::<Test>::remove(H256::from(CHAIN_B));
		Slots::<Test>::remove(0);
		assert_noop!(export(CLINIC, None), Error::<Test>::NoPeer);
	});
	net.invariants();
}
