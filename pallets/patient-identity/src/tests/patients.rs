//! `register_patient`, `update_commitment` and `deregister_patient`.

use super::*;

#[test]
fn register_patient_holds_deposit_and_assigns_ids() {
	test(|| {
		assert_eq!(register(PATIENT), 0);
		System::assert_last_event(Event::PatientRegistered { patient: 0, account: PATIENT }.into());
		assert_eq!(held(PATIENT), 10);
		assert_eq!(register(GUARDIAN), 1);
		let info = Patients::<Test>::get(0).unwrap();
		assert_eq!((info.account, info.commitment, info.deposit), (PATIENT, c(1), 10));
	});
}

#[test]
fn register_patient_errors() {
	test(|| {
		register(PATIENT);
		assert_noop!(
			Identity::register_patient(RuntimeOrigin::signed(PATIENT), c(2)),
			Error::<Test>::AlreadyPatient
		);
		hospital(OrganizationRoles::NONE);
		assert_noop!(
			Identity::register_patient(RuntimeOrigin::signed(OPERATOR), c(2)),
			Error::<Test>::AlreadyMember
		);
		// Account 99 cannot pay the deposit.
		assert!(Identity::register_patient(RuntimeOrigin::signed(99), c(2)).is_err());
		assert!(PatientIdOf::<Test>::get(99).is_none());
		assert_noop!(
			Identity::register_patient(RuntimeOrigin::root(), c(2)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_commitment_by_patient_and_identity_delegate() {
	test(|| {
		let p = register(PATIENT);
		assert_ok!(Identity::update_commitment(RuntimeOrigin::signed(PATIENT), None, c(2)));
		System::assert_last_event(Event::CommitmentUpdated { patient: p, by: PATIENT }.into());
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::IDENTITY
		));
		assert_ok!(Identity::update_commitment(RuntimeOrigin::signed(GUARDIAN), Some(p), c(3)));
		System::assert_last_event(Event::CommitmentUpdated { patient: p, by: GUARDIAN }.into());
		assert_eq!(Patients::<Test>::get(p).unwrap().commitment, c(3));
	});
}

#[test]
fn update_commitment_errors() {
	test(|| {
		let p = register(PATIENT);
		assert_noop!(
			Identity::update_commitment(RuntimeOrigin::signed(STRANGER), None, c(2)),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			Identity::update_commitment(RuntimeOrigin::signed(STRANGER), Some(7), c(2)),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::update_commitment(RuntimeOrigin::signed(STRANGER), Some(p), c(2)),
			Error::<Test>::NotAuthorized
		);
		// A consent-only delegate may not touch identity.
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			CAREGIVER,
			DelegatePermissions::CONSENT
		));
		assert_noop!(
			Identity::update_commitment(RuntimeOrigin::signed(CAREGIVER), Some(p), c(2)),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn deregister_removes_everything_and_returns_deposit() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::RECOVERY
		));
		assert_ok!(Identity::set_recovery_threshold(RuntimeOrigin::signed(PATIENT), 1));
		let free = Balances::balance(&PATIENT);
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(PATIENT)));
		System::assert_last_event(Event::PatientDeregistered { patient: p }.into());
		assert!(Patients::<Test>::get(p).is_none());
		assert!(PatientIdOf::<Test>::get(PATIENT).is_none());
		assert_eq!(Links::<Test>::iter_prefix(p).count(), 0);
		assert_eq!(held(PATIENT), 0);
		assert_eq!(Balances::balance(&PATIENT), free + 10);
		// The id is not reused.
		assert_eq!(register(PATIENT), 1);
	});
}

#[test]
fn deregister_errors() {
	test(|| {
		let p = register(PATIENT);
		assert_noop!(
			Identity::deregister_patient(RuntimeOrigin::signed(STRANGER)),
			Error::<Test>::NotPatient
		);
		// Delegates cannot deregister a patient: the call has no on-behalf-of form.
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::ALL
		));
		assert_noop!(
			Identity::deregister_patient(RuntimeOrigin::signed(GUARDIAN)),
			Error::<Test>::NotPatient
		);
		assert!(Patients::<Test>::contains_key(p));
	});
}
