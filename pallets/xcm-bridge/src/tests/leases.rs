//! Leases on the peer: applied or refused and reported, bounded, answering access checks only for
//! the peer's patients and only for their home chain's custodians.

use super::*;

#[test]
fn a_lease_the_peer_cannot_apply_is_reported_and_the_export_undone() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(SUSPENDED, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::OrganizationSuspended)]);
	net.on_b(|| assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 0));
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_none());
		assert!(ExportsOf::<Test>::get(P).is_empty());
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			0
		);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Bridge(Event::ExportRefused {
				export: 0,
				reason: FailReason::OrganizationSuspended
			})
		)));
	});
	// An unknown organization likewise.
	net.on_a(|| {
		assert_ok!(export(99, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::UnknownOrganization)]);
	net.invariants();
}

#[test]
fn the_peer_keeps_a_bounded_number_of_leases_per_patient() {
	let mut net = Net::new();
	net.on_a(|| {
		for _ in 0..3 {
			assert_ok!(export(CLINIC, None));
		}
		assert_noop!(export(CLINIC, None), Error::<Test>::TooManyExports);
	});
	assert_eq!(
		net.a_to_b(),
		vec![Outcome::Applied, Outcome::Applied, Outcome::Rejected(FailReason::TooManyLeases)]
	);
	net.invariants();
}

#[test]
fn leases_speak_only_for_patients_whose_home_is_the_peer() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	// The same key registers on B: B's own consents govern it there, not A's lease.
	net.on_b(|| {
		assert_ok!(Identity::register_patient(
			RuntimeOrigin::signed(account(PATIENT)),
			H256::repeat_byte(2)
		));
	});
	assert_eq!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(DenyReason::NoGrant));
	// A new lease for it is refused and reported.
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::PatientOfThisChain)]);
	net.invariants();
}

#[test]
fn a_failure_report_undoes_only_the_lease_message_it_names() {
	let mut net = Net::new();
	let nonce = net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		match last_event() {
			Event::ConsentExported { nonce, .. } => nonce,
			other => panic!("expected an export, got {other:?}"),
		}
	});
	net.a_to_b();
	// The peer reports a failure of some other message as this export's: nothing changes.
	net.on_b(|| {
		assert_ok!(Bridge::send(
			CHAIN_A.into(),
			None,
			HealthOp::Failed {
				nonce: nonce + 1,
				export: Some(0),
				reason: FailReason::UnknownOrganization
			}
		));
	});
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_some());
		assert_eq!(export_held(PATIENT), 7);
	});
	// A report of the lease message itself undoes the export.
	net.on_b(|| {
		assert_ok!(Bridge::send(
			CHAIN_A.into(),
			None,
			HealthOp::Failed { nonce, export: Some(0), reason: FailReason::UnknownOrganization }
		));
	});
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(PATIENT), 0);
	});
	net.invariants();
}

/// Defect: a lease's custodians are organizations of the patient's home chain, but the peer
/// compared them with its own organization ids, so "A's organization 0" covered B's
/// organization 0. Custodians are now named with their chain.
#[test]
fn a_lease_restricted_to_a_custodian_of_the_home_chain_does_not_cover_the_peers_namesake() {
	use pallet_consent::Custodian;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(Bridge::export_consent(
			RuntimeOrigin::signed(account(PATIENT)),
			None,
			CLINIC,
			BoundedVec::truncate_from(vec![Category::Laboratory]),
			BoundedVec::truncate_from(vec![Purpose::Treatment]),
			// A's organization 0, the hospital.
			BoundedVec::truncate_from(vec![0]),
			None,
		));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	let check = |net: &mut Net, custodian: Option<Custodian>| {
		net.on_b(|| {
			Consent::check_access_for(
				&account(PATIENT),
				CLINIC,
				Category::Laboratory,
				Purpose::Treatment,
				custodian,
			)
		})
	};
	let not_covered = AccessDecision::Denied(DenyReason::CustodianNotCovered);
	// B's organization 0, named as B's or by B's genesis: not the hospital on A.
	assert_eq!(check(&mut net, Some(Custodian::Local(0))), not_covered);
	let on_b = Custodian::Remote { chain: CHAIN_B.into(), organization: 0 };
	assert_eq!(check(&mut net, Some(on_b)), not_covered);
	assert_eq!(check(&mut net, None), not_covered);
	// A's organization 0, named with A's genesis: covered.
	let on_a = Custodian::Remote { chain: CHAIN_A.into(), organization: 0 };
	assert!(matches!(check(&mut net, Some(on_a)), AccessDecision::Leased { lease: 0, .. }));
	// Another organization of A: not covered.
	let other = Custodian::Remote { chain: CHAIN_A.into(), organization: 1 };
	assert_eq!(check(&mut net, Some(other)), not_covered);
	net.invariants();
}
