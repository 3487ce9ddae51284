//! The identity pallet's lifecycle hooks: key rotation and deregistration.

use super::*;

#[test]
fn key_rotation_keeps_grants_and_moves_deposits() {
	test(|| {
		let p = setup();
		grant_to(0, None);
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(PATIENT).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(PATIENT), 6));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(6), rotating));
		assert_eq!((grant_held(PATIENT), grant_held(6)), (0, 5));
		assert!(matches!(
			Consent::check_access(&6, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, .. }
		));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(6), None, 0));
		assert_eq!(grant_held(6), 0);
		let _ = p;
	});
}

#[test]
fn deregistration_removes_grants_and_requests() {
	test(|| {
		let p = setup();
		grant_to(0, None);
		grant_to(1, None);
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP_ER),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(PATIENT)));
		System::assert_has_event(
			Event::ConsentsCleared { patient: p, grants: 2, requests: 1 }.into(),
		);
		assert!(Consents::<Test>::get(p).is_none());
		assert_eq!((grant_held(PATIENT), request_held(OP_ER)), (0, 0));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		assert_eq!(
			Consent::check_patient_access(p, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
	});
}
