//! Patients whose deposits a sponsoring organization pays.

use super::*;

/// A key with no balance (accounts above 30 start empty).
const BROKE: AccountId = 77;
/// Organization 0's admin pays for the patients it onboards.
const SPONSOR: AccountId = 10;

/// Organizations as in `setup`, and BROKE onboarded by organization 0 and registered.
fn sponsored_setup() -> PatientId {
	setup();
	assert_ok!(Identity::onboard_patient(RuntimeOrigin::signed(OP0), BROKE));
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(BROKE), H256::repeat_byte(2)));
	pallet_patient_identity::PatientIdOf::<Test>::get(BROKE).unwrap()
}

fn grant_for_broke(org: OrganizationId, expires_at: Option<u64>) -> GrantId {
	assert_ok!(Consent::grant(
		RuntimeOrigin::signed(BROKE),
		None,
		orgs(&[org]),
		labs_for_treatment(),
		None,
		expires_at
	));
	Consent::consents(1).grants.last().unwrap().id
}

#[test]
fn a_sponsor_holds_grant_deposits_and_gets_each_back_however_the_grant_ends() {
	test(|| {
		let p = sponsored_setup();
		let before = Balances::free_balance(SPONSOR);
		// Revoked, expired, and removed with the patient: three ways for a grant to end.
		let revoked = grant_for_broke(0, None);
		grant_for_broke(1, Some(5));
		grant_for_broke(2, None);
		assert_eq!(grant_held(SPONSOR), 15);
		assert_eq!((grant_held(BROKE), Balances::free_balance(BROKE)), (0, 0));
		assert_eq!(Balances::free_balance(SPONSOR), before - 15);
		assert!(matches!(
			Consent::check_access(&BROKE, 2, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { .. }
		));

		assert_ok!(Consent::revoke(RuntimeOrigin::signed(BROKE), None, revoked));
		assert_eq!(grant_held(SPONSOR), 10);
		run_to(6);
		assert_eq!(grant_held(SPONSOR), 5);
		check_invariants();
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(grant_held(SPONSOR), 0);
		// Everything the sponsor paid came back: grants, registration and onboarding.
		assert_eq!(Balances::free_balance(SPONSOR), before + 10 + 5);
		assert_eq!(pallet_patient_identity::SponsorHeld::<Test>::get(0), 0);
		let _ = p;
	});
}

#[test]
fn grants_outlive_their_sponsorship_and_later_ones_are_the_patients_own() {
	test(|| {
		let p = sponsored_setup();
		grant_for_broke(0, None);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(OP0), BROKE));
		// The grant still authorises access, its deposit still on the sponsor.
		assert!(matches!(
			Consent::check_access(&BROKE, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, .. }
		));
		assert_eq!(grant_held(SPONSOR), 5);
		// A new grant is now the patient's to pay, and it has nothing: refused, nothing
		// changes.
		assert!(Consent::grant(
			RuntimeOrigin::signed(BROKE),
			None,
			orgs(&[1]),
			labs_for_treatment(),
			None,
			None
		)
		.is_err());
		assert_eq!(Consent::consents(p).grants.len(), 1);
		// Revoking the old grant returns its deposit to the sponsor, not the patient.
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(BROKE), None, 0));
		assert_eq!((grant_held(SPONSOR), Balances::free_balance(BROKE)), (0, 0));
	});
}

#[test]
fn a_sponsored_patients_grant_deposits_stay_with_the_sponsor_across_rotation() {
	test(|| {
		let p = sponsored_setup();
		grant_for_broke(0, None);
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(BROKE).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(BROKE), 78));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(78), rotating));
		assert_eq!((grant_held(SPONSOR), grant_held(BROKE), grant_held(78)), (5, 0, 0));
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(78), None, 0));
		assert_eq!(grant_held(SPONSOR), 0);
		let _ = p;
	});
}
