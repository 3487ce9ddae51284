//! Key changes: `set_recovery_threshold`, `rotate_key`, `vouch_recovery`, `cancel_recovery`
//! and `claim_identity`.

use super::*;

/// Guardians 2 and 3 of patient 0 (threshold 2) vouched for `new`: claimable after the delay.
fn recovery_approved(new: AccountId) -> PatientId {
	let p = two_guardians();
	assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, new));
	assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, new));
	p
}

fn after_recovery_delay() {
	System::set_block_number(System::block_number() + RECOVERY_DELAY);
}

#[test]
fn recovery_threshold_is_bounded_by_guardians() {
	test(|| {
		let p = register(PATIENT);
		let o = RuntimeOrigin::signed(PATIENT);
		assert_noop!(
			Identity::set_recovery_threshold(o.clone(), 1),
			Error::<Test>::ThresholdTooHigh
		);
		assert_ok!(Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::RECOVERY));
		assert_ok!(Identity::set_recovery_threshold(o.clone(), 1));
		System::assert_last_event(Event::RecoveryThresholdSet { patient: p, threshold: 1 }.into());
		// The only guardian cannot be removed or demoted while the threshold needs them.
		assert_noop!(
			Identity::remove_delegate(o.clone(), GUARDIAN),
			Error::<Test>::ThresholdTooHigh
		);
		assert_noop!(
			Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::CONSENT),
			Error::<Test>::ThresholdTooHigh
		);
		assert_noop!(
			Identity::set_recovery_threshold(RuntimeOrigin::signed(STRANGER), 0),
			Error::<Test>::NotPatient
		);
	});
}

#[test]
fn rotate_key_moves_identity_links_and_deposit() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(PATIENT), NEW_KEY));
		System::assert_last_event(
			Event::KeyRotationOffered { patient: p, new_account: NEW_KEY }.into(),
		);
		// Nothing moves until the new key claims; only the new key can.
		assert_eq!(Patients::<Test>::get(p).unwrap().account, PATIENT);
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(STRANGER), p),
			Error::<Test>::NotNewKey
		);
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), p));
		System::assert_last_event(
			Event::KeyRotated { patient: p, old: PATIENT, new: NEW_KEY }.into(),
		);
		assert!(Recoveries::<Test>::get(p).is_none());
		// The pending change's reference became the patient's: one, not two.
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		assert_eq!(PatientIdOf::<Test>::get(NEW_KEY), Some(p));
		assert!(PatientIdOf::<Test>::get(PATIENT).is_none());
		assert_eq!(Patients::<Test>::get(p).unwrap().account, NEW_KEY);
		assert_eq!((held(PATIENT), held(NEW_KEY)), (0, 10));
		assert!(Links::<Test>::contains_key(p, org));
		// The old key no longer acts for the patient.
		assert_noop!(
			Identity::update_commitment(RuntimeOrigin::signed(PATIENT), Some(p), c(9)),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn rotate_key_errors() {
	test(|| {
		register(PATIENT);
		register(GUARDIAN);
		hospital(OrganizationRoles::NONE);
		let o = RuntimeOrigin::signed(PATIENT);
		assert_noop!(Identity::rotate_key(o.clone(), PATIENT), Error::<Test>::InvalidNewKey);
		assert_noop!(Identity::rotate_key(o.clone(), GUARDIAN), Error::<Test>::InvalidNewKey);
		assert_noop!(Identity::rotate_key(o.clone(), OPERATOR), Error::<Test>::InvalidNewKey);
		assert_ok!(Identity::add_delegate(o.clone(), CAREGIVER, DelegatePermissions::CONSENT));
		assert_noop!(Identity::rotate_key(o.clone(), CAREGIVER), Error::<Test>::InvalidNewKey);
		assert_noop!(
			Identity::rotate_key(RuntimeOrigin::signed(STRANGER), NEW_KEY),
			Error::<Test>::NotPatient
		);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), 0),
			Error::<Test>::NoRecovery
		);
		// A key that became a patient after the offer cannot claim.
		assert_ok!(Identity::rotate_key(o.clone(), NEW_KEY));
		register(NEW_KEY);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), 0),
			Error::<Test>::InvalidNewKey
		);
		assert_eq!(Patients::<Test>::get(0).unwrap().account, PATIENT);
	});
}

/// Defect: the last vouch moved the identity at once, so one stolen guardian key (threshold 1)
/// took the identity and its deposits before the patient could react.
#[test]
fn a_recovery_waits_for_the_delay_and_the_patient_can_cancel_it() {
	test(|| {
		let p = register(PATIENT);
		let o = RuntimeOrigin::signed(PATIENT);
		assert_ok!(Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::RECOVERY));
		assert_ok!(Identity::set_recovery_threshold(o.clone(), 1));
		let thief = STRANGER;
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, thief));
		let claimable_at = System::block_number() + RECOVERY_DELAY;
		System::assert_last_event(
			Event::RecoveryApproved { patient: p, new_account: thief, claimable_at }.into(),
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().account, PATIENT);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(thief), p),
			Error::<Test>::NotClaimableYet
		);
		System::set_block_number(claimable_at - 1);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(thief), p),
			Error::<Test>::NotClaimableYet
		);
		assert_ok!(Identity::cancel_recovery(o, None));
		System::assert_last_event(Event::RecoveryCancelled { patient: p, by: PATIENT }.into());
		assert_eq!(System::sufficients(&thief), 0);
		System::set_block_number(claimable_at);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(thief), p),
			Error::<Test>::NoRecovery
		);
		assert_eq!((held(PATIENT), held(thief)), (10, 0));
	});
}

/// Defect: after guardians vouched for a key, anyone who made that key an operator (or a
/// patient) froze the recovery for good: only the lost key could cancel it.
#[test]
fn a_recovery_cannot_be_frozen_by_making_its_key_unusable() {
	test(|| {
		let org = hospital(OrganizationRoles::ALL);
		let p = recovery_approved(NEW_KEY);
		// An admin cannot make the key an operator without its signature.
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), NEW_KEY));
		assert!(OrganizationOf::<Test>::get(NEW_KEY).is_none());
		// A sponsorship forced on the key: the key ends it itself.
		assert_ok!(Identity::onboard_patient(RuntimeOrigin::signed(OPERATOR), NEW_KEY));
		after_recovery_delay();
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), p),
			Error::<Test>::InvalidNewKey
		);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(NEW_KEY), NEW_KEY));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), p));
		System::assert_last_event(
			Event::PatientRecovered { patient: p, old: PATIENT, new: NEW_KEY }.into(),
		);
		let _ = org;
	});
}

#[test]
fn a_delegate_cancels_so_guardians_can_name_another_key() {
	test(|| {
		let p = recovery_approved(NEW_KEY);
		// The key the guardians named became a patient itself.
		register(NEW_KEY);
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, 17),
			Error::<Test>::RecoveryConflict
		);
		assert_noop!(
			Identity::cancel_recovery(RuntimeOrigin::signed(STRANGER), Some(p)),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Identity::cancel_recovery(RuntimeOrigin::signed(CAREGIVER), Some(p)));
		System::assert_last_event(Event::RecoveryCancelled { patient: p, by: CAREGIVER }.into());
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, 17));
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, 17));
		after_recovery_delay();
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(17), p));
		assert_eq!(Patients::<Test>::get(p).unwrap().account, 17);
	});
}

#[test]
fn the_patients_own_offer_replaces_a_recovery_and_guardians_cannot_join_it() {
	test(|| {
		let p = recovery_approved(NEW_KEY);
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(PATIENT), 17));
		assert_eq!((System::sufficients(&NEW_KEY), System::sufficients(&17)), (0, 1));
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, 17),
			Error::<Test>::RecoveryConflict
		);
		assert_noop!(
			Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), p),
			Error::<Test>::NotNewKey
		);
		// The patient's offer is claimable at once.
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(17), p));
		System::assert_last_event(Event::KeyRotated { patient: p, old: PATIENT, new: 17 }.into());
	});
}

#[test]
fn guardians_recover_at_threshold() {
	test(|| {
		let p = two_guardians();
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, NEW_KEY));
		System::assert_last_event(
			Event::RecoveryVouched {
				patient: p,
				guardian: GUARDIAN,
				new_account: NEW_KEY,
				vouches: 1,
			}
			.into(),
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().account, PATIENT);
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, NEW_KEY));
		let claimable_at = System::block_number() + RECOVERY_DELAY;
		System::assert_last_event(
			Event::RecoveryApproved { patient: p, new_account: NEW_KEY, claimable_at }.into(),
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().account, PATIENT);
		after_recovery_delay();
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(NEW_KEY), p));
		System::assert_last_event(
			Event::PatientRecovered { patient: p, old: PATIENT, new: NEW_KEY }.into(),
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().account, NEW_KEY);
		assert_eq!(held(NEW_KEY), 10);
		assert!(Recoveries::<Test>::get(p).is_none());
	});
}

#[test]
fn recovery_errors_and_cancel() {
	test(|| {
		let p = register(PATIENT);
		let o = RuntimeOrigin::signed(PATIENT);
		assert_ok!(Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::RECOVERY));
		assert_ok!(Identity::add_delegate(o.clone(), CAREGIVER, DelegatePermissions::RECOVERY));
		assert_ok!(Identity::add_delegate(o.clone(), 4, DelegatePermissions::CONSENT));
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, NEW_KEY),
			Error::<Test>::RecoveryNotEnabled
		);
		assert_ok!(Identity::set_recovery_threshold(o.clone(), 2));
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), 9, NEW_KEY),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(4), p, NEW_KEY),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(STRANGER), p, NEW_KEY),
			Error::<Test>::NotAuthorized
		);
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, PATIENT),
			Error::<Test>::InvalidNewKey
		);
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, NEW_KEY));
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(GUARDIAN), p, NEW_KEY),
			Error::<Test>::AlreadyVouched
		);
		assert_noop!(
			Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, 17),
			Error::<Test>::RecoveryConflict
		);
		assert_noop!(
			Identity::cancel_recovery(RuntimeOrigin::signed(STRANGER), None),
			Error::<Test>::NotPatient
		);
		assert_ok!(Identity::cancel_recovery(o.clone(), None));
		System::assert_last_event(Event::RecoveryCancelled { patient: p, by: PATIENT }.into());
		assert_noop!(Identity::cancel_recovery(o, None), Error::<Test>::NoRecovery);
		// After the cancel the guardian's vouch no longer counts.
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, 17));
		assert_eq!(Patients::<Test>::get(p).unwrap().account, PATIENT);
	});
}
