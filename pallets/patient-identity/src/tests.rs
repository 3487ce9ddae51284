//! Unit tests: every call's success, errors and events.

use crate::{mock::*, Error, Event, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_core::H256;
use sp_runtime::DispatchError;

const PATIENT: AccountId = 1;
const GUARDIAN: AccountId = 2;
const CAREGIVER: AccountId = 3;
const ADMIN: AccountId = 10;
const OPERATOR: AccountId = 11;
const STRANGER: AccountId = 15;
const NEW_KEY: AccountId = 16;

fn c(n: u8) -> H256 {
	H256::repeat_byte(n)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::PatientRegistration.into(), &who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Identity(e) => Some(e),
			_ => None,
		})
		.next_back()
		.expect("an identity event")
}

fn register(who: AccountId) -> PatientId {
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(who), c(1)));
	PatientIdOf::<Test>::get(who).unwrap()
}

fn hospital(roles: OrganizationRoles) -> OrganizationId {
	assert_ok!(Identity::register_organization(
		RuntimeOrigin::root(),
		ADMIN,
		OrganizationKind::Hospital,
		roles
	));
	assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), OPERATOR));
	assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(OPERATOR), 0));
	0
}

/// The patient `from` offers its identity to `to`, which claims it.
fn rotate(from: AccountId, to: AccountId) {
	let patient = PatientIdOf::<Test>::get(from).expect("a patient");
	assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(from), to));
	assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(to), patient));
}

/// Patient 0 (key `PATIENT`) with guardians `GUARDIAN` and `CAREGIVER`, threshold 2.
fn two_guardians() -> PatientId {
	let p = register(PATIENT);
	let o = RuntimeOrigin::signed(PATIENT);
	assert_ok!(Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::RECOVERY));
	assert_ok!(Identity::add_delegate(o.clone(), CAREGIVER, DelegatePermissions::RECOVERY));
	assert_ok!(Identity::set_recovery_threshold(o, 2));
	p
}

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

// ---- register_patient / update_commitment / deregister_patient ----

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

// ---- delegates and recovery ----

#[test]
fn add_and_remove_delegate() {
	test(|| {
		let p = register(PATIENT);
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::CONSENT
		));
		System::assert_last_event(
			Event::DelegateAdded {
				patient: p,
				delegate: GUARDIAN,
				permissions: DelegatePermissions::CONSENT,
			}
			.into(),
		);
		// Adding again changes the permissions in place.
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::ALL
		));
		let info = Patients::<Test>::get(p).unwrap();
		assert_eq!(info.delegates.len(), 1);
		assert_eq!(info.delegate_permissions(&GUARDIAN), Some(DelegatePermissions::ALL));
		assert_ok!(Identity::remove_delegate(RuntimeOrigin::signed(PATIENT), GUARDIAN));
		System::assert_last_event(Event::DelegateRemoved { patient: p, delegate: GUARDIAN }.into());
		assert!(Patients::<Test>::get(p).unwrap().delegates.is_empty());
	});
}

#[test]
fn delegate_errors() {
	test(|| {
		register(PATIENT);
		let o = RuntimeOrigin::signed(PATIENT);
		assert_noop!(
			Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions(0)),
			Error::<Test>::InvalidFlags
		);
		assert_noop!(
			Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions(0x80)),
			Error::<Test>::InvalidFlags
		);
		assert_noop!(
			Identity::add_delegate(o.clone(), PATIENT, DelegatePermissions::CONSENT),
			Error::<Test>::SelfDelegation
		);
		assert_noop!(
			Identity::add_delegate(
				RuntimeOrigin::signed(STRANGER),
				GUARDIAN,
				DelegatePermissions::CONSENT
			),
			Error::<Test>::NotPatient
		);
		for d in 2..=5 {
			assert_ok!(Identity::add_delegate(o.clone(), d, DelegatePermissions::CONSENT));
		}
		assert_noop!(
			Identity::add_delegate(o.clone(), 6, DelegatePermissions::CONSENT),
			Error::<Test>::TooManyDelegates
		);
		assert_noop!(Identity::remove_delegate(o.clone(), 9), Error::<Test>::NotDelegate);
		assert_noop!(
			Identity::remove_delegate(RuntimeOrigin::signed(STRANGER), 2),
			Error::<Test>::NotPatient
		);
	});
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

// ---- organizations ----

#[test]
fn organization_lifecycle() {
	test(|| {
		let roles = OrganizationRoles::EMERGENCY_ACCESS | OrganizationRoles::CUSTODIAN;
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			ADMIN,
			OrganizationKind::Laboratory,
			roles
		));
		System::assert_last_event(
			Event::OrganizationRegistered {
				organization: 0,
				admin: ADMIN,
				kind: OrganizationKind::Laboratory,
				roles,
			}
			.into(),
		);
		assert_eq!(OrganizationOf::<Test>::get(ADMIN), Some(0));
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		System::assert_last_event(Event::OrganizationSuspended { organization: 0 }.into());
		assert_noop!(
			Identity::ensure_operator(&ADMIN).map(|_| ()),
			Error::<Test>::OrganizationSuspended
		);
		assert_ok!(Identity::reinstate_organization(RuntimeOrigin::root(), 0));
		System::assert_last_event(Event::OrganizationReinstated { organization: 0 }.into());
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			0,
			OrganizationRoles::NONE
		));
		System::assert_last_event(
			Event::OrganizationRolesSet { organization: 0, roles: OrganizationRoles::NONE }.into(),
		);
		assert_eq!(Identity::organization(0).unwrap().roles, OrganizationRoles::NONE);
	});
}

#[test]
fn organization_governance_errors() {
	test(|| {
		let signed = RuntimeOrigin::signed(ADMIN);
		assert_noop!(
			Identity::register_organization(
				signed.clone(),
				ADMIN,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				ADMIN,
				OrganizationKind::Clinic,
				OrganizationRoles(0x40)
			),
			Error::<Test>::InvalidFlags
		);
		register(PATIENT);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				PATIENT,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			Error::<Test>::AlreadyPatient
		);
		hospital(OrganizationRoles::NONE);
		assert_noop!(
			Identity::register_organization(
				RuntimeOrigin::root(),
				OPERATOR,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			),
			Error::<Test>::AlreadyMember
		);
		assert_noop!(Identity::suspend_organization(signed.clone(), 0), DispatchError::BadOrigin);
		assert_noop!(
			Identity::suspend_organization(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::reinstate_organization(RuntimeOrigin::root(), 0),
			Error::<Test>::NotSuspended
		);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_noop!(
			Identity::suspend_organization(RuntimeOrigin::root(), 0),
			Error::<Test>::AlreadySuspended
		);
		assert_noop!(Identity::reinstate_organization(signed.clone(), 0), DispatchError::BadOrigin);
		assert_noop!(
			Identity::reinstate_organization(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::set_organization_roles(signed, 0, OrganizationRoles::NONE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Identity::set_organization_roles(RuntimeOrigin::root(), 5, OrganizationRoles::NONE),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::set_organization_roles(RuntimeOrigin::root(), 0, OrganizationRoles(0xff)),
			Error::<Test>::InvalidFlags
		);
	});
}

#[test]
fn operators_are_managed_by_the_admin() {
	test(|| {
		let org = hospital(OrganizationRoles::NONE);
		System::assert_last_event(
			Event::OperatorAdded { organization: org, operator: OPERATOR }.into(),
		);
		assert_eq!(OrganizationOf::<Test>::get(OPERATOR), Some(org));
		assert!(!OperatorInvitations::<Test>::contains_key(org));
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(OPERATOR), 12),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(STRANGER), 12),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::AlreadyMember
		);
		register(PATIENT);
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), PATIENT),
			Error::<Test>::AlreadyPatient
		);
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), 12));
		System::assert_last_event(
			Event::OperatorInvited { organization: org, operator: 12 }.into(),
		);
		assert!(OrganizationOf::<Test>::get(12).is_none());
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), 12),
			Error::<Test>::AlreadyInvited
		);
		assert_noop!(
			Identity::accept_operator(RuntimeOrigin::signed(13), org),
			Error::<Test>::NotInvited
		);
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(12), org));
		assert_eq!(OrganizationOf::<Test>::get(12), Some(org));
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), 13));
		// Operators and open invitations together are bounded.
		assert_noop!(
			Identity::add_operator(RuntimeOrigin::signed(ADMIN), 14),
			Error::<Test>::TooManyOperators
		);
		// The admin withdraws an invitation not yet accepted.
		assert_ok!(Identity::remove_operator(RuntimeOrigin::signed(ADMIN), 13));
		System::assert_last_event(
			Event::OperatorInvitationWithdrawn { organization: org, operator: 13 }.into(),
		);
		assert_noop!(
			Identity::accept_operator(RuntimeOrigin::signed(13), org),
			Error::<Test>::NotInvited
		);
		assert_ok!(Identity::remove_operator(RuntimeOrigin::signed(ADMIN), OPERATOR));
		System::assert_last_event(
			Event::OperatorRemoved { organization: org, operator: OPERATOR }.into(),
		);
		assert!(OrganizationOf::<Test>::get(OPERATOR).is_none());
		assert_noop!(
			Identity::remove_operator(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::NotOrganizationOperator
		);
		assert_noop!(
			Identity::remove_operator(RuntimeOrigin::signed(12), 13),
			Error::<Test>::NotAdmin
		);
	});
}

// ---- links ----

#[test]
fn link_patient_first_then_organization() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		System::assert_last_event(Event::LinkAuthorized { patient: p, organization: org }.into());
		assert_eq!(Links::<Test>::get(p, org).unwrap().status, LinkStatus::AwaitingOrganization);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		System::assert_last_event(Event::LinkEstablished { patient: p, organization: org }.into());
		assert_eq!(
			Links::<Test>::get(p, org).unwrap(),
			Link { status: LinkStatus::Active, mrn_commitment: Some(c(7)) }
		);
		assert_eq!(Patients::<Test>::get(p).unwrap().links, 1);
	});
}

#[test]
fn link_organization_first_then_patient_delegate() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		System::assert_last_event(Event::LinkProposed { patient: p, organization: org }.into());
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			GUARDIAN,
			DelegatePermissions::IDENTITY
		));
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(GUARDIAN), Some(p), org));
		System::assert_last_event(Event::LinkEstablished { patient: p, organization: org }.into());
		assert_eq!(Links::<Test>::get(p, org).unwrap().status, LinkStatus::Active);
	});
}

#[test]
fn link_errors() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		let po = RuntimeOrigin::signed(PATIENT);
		assert_noop!(
			Identity::approve_link(po.clone(), None, 9),
			Error::<Test>::UnknownOrganization
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(STRANGER), p, c(7)),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), 9, c(7)),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(STRANGER), Some(p), org),
			Error::<Test>::NotAuthorized
		);
		assert_ok!(Identity::approve_link(po.clone(), None, org));
		assert_noop!(Identity::approve_link(po.clone(), None, org), Error::<Test>::LinkExists);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)),
			Error::<Test>::LinkExists
		);
		// Suspended organizations can neither be linked nor link.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), org));
		let p2 = register(GUARDIAN);
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(GUARDIAN), None, org),
			Error::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p2, c(7)),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn links_are_bounded_per_patient() {
	test(|| {
		register(PATIENT);
		for admin in 10..=13 {
			assert_ok!(Identity::register_organization(
				RuntimeOrigin::root(),
				admin,
				OrganizationKind::Clinic,
				OrganizationRoles::NONE
			));
		}
		for org in 0..3 {
			assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		}
		assert_noop!(
			Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, 3),
			Error::<Test>::TooManyLinks
		);
		assert_noop!(
			Identity::link_patient(RuntimeOrigin::signed(13), 0, c(1)),
			Error::<Test>::TooManyLinks
		);
	});
}

#[test]
fn either_side_removes_a_link() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::NONE);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, org));
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		assert_ok!(Identity::remove_link(RuntimeOrigin::signed(PATIENT), None, org));
		System::assert_last_event(
			Event::LinkRemoved { patient: p, organization: org, by: LinkSide::Patient }.into(),
		);
		assert_noop!(
			Identity::remove_link(RuntimeOrigin::signed(PATIENT), None, org),
			Error::<Test>::NoLink
		);
		assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OPERATOR), p, c(7)));
		// Suspended organizations may still clean up.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), org));
		assert_ok!(Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), p));
		assert!(matches!(last_event(), Event::LinkRemoved { by: LinkSide::Organization, .. }));
		assert_eq!(Patients::<Test>::get(p).unwrap().links, 0);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), p),
			Error::<Test>::NoLink
		);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(STRANGER), p),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Identity::unlink_patient(RuntimeOrigin::signed(OPERATOR), 9),
			Error::<Test>::UnknownPatient
		);
		assert_noop!(
			Identity::remove_link(RuntimeOrigin::signed(STRANGER), Some(p), org),
			Error::<Test>::NotAuthorized
		);
	});
}

#[test]
fn runtime_api_views() {
	test(|| {
		let p = register(PATIENT);
		let org = hospital(OrganizationRoles::CUSTODIAN);
		let v = Identity::patient_view(p).unwrap();
		assert_eq!((v.id, v.account, v.deposit, v.registered_at), (p, PATIENT, 10, 1));
		let o = Identity::organization_view(org).unwrap();
		assert_eq!(
			(o.admin, o.operators, o.roles),
			(ADMIN, vec![OPERATOR], OrganizationRoles::CUSTODIAN)
		);
		assert!(Identity::patient_view(9).is_none());
	});
}

// ---- sponsorship: onboard_patient / end_sponsorship and the deposit ledger ----

/// Account 99 has no balance at all.
const BROKE: AccountId = 99;

fn sponsor_held(reason: HoldReason) -> Balance {
	Balances::balance_on_hold(&reason.into(), &ADMIN)
}

fn onboard(who: AccountId) {
	assert_ok!(Identity::onboard_patient(RuntimeOrigin::signed(OPERATOR), who));
}

#[test]
fn an_onboarded_key_with_no_balance_registers_and_its_sponsor_holds_the_deposits() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		System::assert_last_event(
			Event::PatientOnboarded { account: BROKE, organization: 0 }.into(),
		);
		assert_eq!(System::sufficients(&BROKE), 1);
		let id = register(BROKE);
		assert_eq!(Balances::balance(&BROKE), 0);
		assert_eq!(held(BROKE), 0);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 5);
		assert_eq!(Balances::balance(&ADMIN), admin_before - 15);
		assert_eq!(SponsorHeld::<Test>::get(0), 15);
		assert_eq!(System::sufficients(&BROKE), 2);
		assert_eq!(
			SponsoredDeposits::<Test>::get(id, DepositKey::Registration).map(|d| d.payer),
			Some(ADMIN)
		);
	});
}

#[test]
fn deregistering_returns_every_deposit_to_the_sponsor() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		let id = register(BROKE);
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(Balances::balance(&ADMIN), admin_before);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 0);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 0);
		assert_eq!(SponsorHeld::<Test>::get(0), 0);
		assert!(!Sponsorships::<Test>::contains_key(BROKE));
		assert!(!SponsoredDeposits::<Test>::contains_key(id, DepositKey::Registration));
		assert_eq!(System::sufficients(&BROKE), 0);
	});
}

#[test]
fn ending_a_sponsorship_keeps_the_patient_and_its_deposit_with_the_sponsor() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		let admin_before = Balances::balance(&ADMIN);
		onboard(BROKE);
		let id = register(BROKE);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(ADMIN), BROKE));
		System::assert_last_event(
			Event::SponsorshipEnded { account: BROKE, organization: 0 }.into(),
		);
		// The patient stays registered and its key exists; the onboarding deposit came back.
		assert!(Patients::<Test>::contains_key(id));
		assert_eq!(System::sufficients(&BROKE), 1);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Unsponsored);
		assert_eq!(sponsor_held(HoldReason::Sponsorship), 0);
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		// The registration deposit goes back to the sponsor when the patient leaves.
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(Balances::balance(&ADMIN), admin_before);
		assert_eq!(Balances::balance(&BROKE), 0);
	});
}

#[test]
fn a_sponsorship_follows_the_identity_to_a_new_key() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		let id = register(BROKE);
		rotate(BROKE, NEW_KEY);
		assert!(Sponsorships::<Test>::contains_key(NEW_KEY));
		assert!(!Sponsorships::<Test>::contains_key(BROKE));
		assert_eq!(System::sufficients(&NEW_KEY), 2);
		assert_eq!(System::sufficients(&BROKE), 0);
		// Nothing moved: the deposit is the sponsor's, recorded by patient id.
		assert_eq!(sponsor_held(HoldReason::PatientRegistration), 10);
		assert_eq!(held(NEW_KEY), 0);
		assert_eq!(
			SponsoredDeposits::<Test>::get(id, DepositKey::Registration).map(|d| d.payer),
			Some(ADMIN)
		);
		// A sponsored key cannot be the target of another patient's rotation.
		register(PATIENT);
		onboard(GUARDIAN);
		assert_noop!(
			Identity::rotate_key(RuntimeOrigin::signed(PATIENT), GUARDIAN),
			Error::<Test>::InvalidNewKey
		);
	});
}

#[test]
fn onboarding_is_refused_to_non_members_twice_and_above_the_sponsor_bound() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(STRANGER), BROKE),
			Error::<Test>::NotOperator
		);
		onboard(BROKE);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), BROKE),
			Error::<Test>::AlreadySponsored
		);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), OPERATOR),
			Error::<Test>::AlreadyMember
		);
		// MaxSponsoredDeposits is 200 and each onboarding holds 5: 39 more fit, the 41st not.
		for who in 100..139 {
			onboard(who);
		}
		assert_eq!(SponsorHeld::<Test>::get(0), 200);
		assert_noop!(
			Identity::onboard_patient(RuntimeOrigin::signed(ADMIN), 139),
			Error::<Test>::SponsorLimitReached
		);
		// A sponsored registration past the bound is refused too, and changes nothing.
		assert_noop!(
			Identity::register_patient(RuntimeOrigin::signed(BROKE), c(1)),
			Error::<Test>::SponsorLimitReached
		);
	});
}

#[test]
fn only_the_sponsor_or_the_key_ends_a_sponsorship() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		assert_noop!(
			Identity::end_sponsorship(RuntimeOrigin::signed(STRANGER), BROKE),
			Error::<Test>::NotSponsor
		);
		assert_noop!(
			Identity::end_sponsorship(RuntimeOrigin::signed(ADMIN), STRANGER),
			Error::<Test>::NotSponsored
		);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(BROKE), BROKE));
		// Not registered: the key's only reference went with the sponsorship.
		assert_eq!(System::sufficients(&BROKE), 0);
	});
}

#[test]
fn the_allowance_of_sponsored_transactions_renews_each_period() {
	test(|| {
		hospital(OrganizationRoles::ALL);
		onboard(BROKE);
		// SponsoredTransactionsPerPeriod is 3, SponsorshipPeriod 10 blocks.
		for _ in 0..3 {
			assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Payer(ADMIN));
			Identity::use_allowance(&BROKE);
		}
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::AllowanceUsed);
		System::set_block_number(10);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::AllowanceUsed);
		System::set_block_number(11);
		assert_eq!(Identity::sponsored_fee(&BROKE), SponsoredFee::Payer(ADMIN));
		Identity::use_allowance(&BROKE);
		assert_eq!(
			Sponsorships::<Test>::get(BROKE).map(|s| (s.period_start, s.used)),
			Some((11, 1))
		);
		// Unsponsored keys have no allowance to use.
		assert_eq!(Identity::sponsored_fee(&STRANGER), SponsoredFee::Unsponsored);
	});
}

// ---- migrations ----

#[test]
fn v2_migration_keeps_a_recovery_in_progress_unclaimable_and_references_its_key() {
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		let p = two_guardians();
		// A recovery in progress as version 1 stored it: the new key and who vouched.
		let key = Recoveries::<Test>::hashed_key_for(p);
		frame_support::storage::unhashed::put_raw(&key, &(NEW_KEY, vec![GUARDIAN]).encode());
		StorageVersion::new(1).put::<Identity>();
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		let r = Recoveries::<Test>::get(p).expect("kept");
		assert_eq!(
			(r.new_account, r.vouchers.into_inner(), r.claimable_at),
			(NEW_KEY, vec![GUARDIAN], None)
		);
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		assert_eq!(Identity::on_chain_storage_version(), StorageVersion::new(2));
		// Once only.
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		// The guardians finish it as any other.
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, NEW_KEY));
		assert!(Recoveries::<Test>::get(p).is_some_and(|r| r.claimable_at.is_some()));
	});
}
