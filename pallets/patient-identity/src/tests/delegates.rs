//! `add_delegate` and `remove_delegate`.

use super::*;

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
