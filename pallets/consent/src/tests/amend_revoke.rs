//! `revoke` and `amend`, and delegates acting for the patient.

use super::*;

#[test]
fn revoke_removes_access_and_returns_deposit() {
	test(|| {
		let p = setup();
		let id = grant_to(0, None);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id));
		System::assert_last_event(
			Event::ConsentRevoked { patient: p, grant: id, by: PATIENT }.into(),
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(grant_held(PATIENT), 0);
		assert!(Consent::consents(p).grants.is_empty());
		// Ids are not reused.
		assert_eq!(grant_to(0, None), id + 1);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id + 1));
		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id),
			Error::<Test>::UnknownGrant
		);
		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(STRANGER), Some(p), id),
			IdError::<Test>::NotAuthorized
		);
	});
}

#[test]
fn delegates_act_within_their_permissions() {
	test(|| {
		let p = setup();
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			DELEGATE,
			DelegatePermissions::IDENTITY
		));
		// An identity-only delegate may not manage consent.
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(DELEGATE),
				Some(p),
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotAuthorized
		);
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			DELEGATE,
			DelegatePermissions::CONSENT
		));
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(DELEGATE),
			Some(p),
			orgs(&[0]),
			labs_for_treatment(),
			None,
			None
		));
		// The patient pays the deposit, whoever signs.
		assert_eq!((grant_held(PATIENT), grant_held(DELEGATE)), (5, 0));
		assert!(matches!(
			System::events().last().unwrap().event,
			RuntimeEvent::Consent(Event::ConsentGranted { by: DELEGATE, .. })
		));
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(DELEGATE), Some(p), 0));
		assert_eq!(grant_held(PATIENT), 0);
	});
}

#[test]
fn amend_adds_removes_extends_and_narrows() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(20));
		let o = RuntimeOrigin::signed(PATIENT);
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::AddGrantee(1)));
		System::assert_last_event(
			Event::ConsentAmended { patient: p, grant: id, by: PATIENT }.into(),
		);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::RemoveGrantee(0)));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::SetExpiry(Some(100))));
		System::set_block_number(60);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { expires_at: Some(100), .. }
		));
		assert_ok!(Consent::amend(
			o,
			None,
			id,
			Amendment::Narrow {
				categories: BoundedVec::truncate_from(vec![Category::Laboratory]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			}
		));
		assert_eq!(
			check(1, Category::Medications, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
	});
}

#[test]
fn amend_errors() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(20));
		let o = RuntimeOrigin::signed(PATIENT);
		let a = |am| Consent::amend(o.clone(), None, id, am);
		assert_noop!(a(Amendment::AddGrantee(0)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::AddGrantee(9)), IdError::<Test>::UnknownOrganization);
		assert_noop!(a(Amendment::RemoveGrantee(1)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::RemoveGrantee(0)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::SetExpiry(Some(1))), Error::<Test>::InvalidWindow);
		assert_noop!(
			a(Amendment::Narrow {
				categories: BoundedVec::truncate_from(vec![Category::Imaging]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			}),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			a(Amendment::Narrow { categories: BoundedVec::new(), purposes: BoundedVec::new() }),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			Consent::amend(o.clone(), None, 77, Amendment::SetExpiry(None)),
			Error::<Test>::UnknownGrant
		);
		assert_noop!(
			Consent::amend(
				RuntimeOrigin::signed(STRANGER),
				Some(p),
				id,
				Amendment::SetExpiry(None)
			),
			IdError::<Test>::NotAuthorized
		);
		// An expired grant can no longer be amended, only swept.
		System::set_block_number(20);
		assert_noop!(a(Amendment::SetExpiry(None)), Error::<Test>::UnknownGrant);
	});
}
