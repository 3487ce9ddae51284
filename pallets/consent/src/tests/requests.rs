//! `request_access`, `approve_request`, `deny_request` and `cancel_request`.

use super::*;

#[test]
fn request_then_approve_creates_a_grant() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		System::assert_last_event(
			Event::AccessRequested { patient: p, request: 0, organization: 1, expires_at: 21 }
				.into(),
		);
		assert_eq!(request_held(OP1), 3);
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		System::set_block_number(4);
		assert_ok!(Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 0));
		System::assert_has_event(
			Event::RequestApproved { patient: p, request: 0, grant: 1 }.into(),
		);
		System::assert_last_event(
			Event::ConsentGranted {
				patient: p,
				grant: 1,
				grantees: vec![1],
				expires_at: Some(34),
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!((request_held(OP1), grant_held(PATIENT)), (0, 5));
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { grant: 1, expires_at: Some(34) }
		);
		assert!(Consent::consents(p).requests.is_empty());
	});
}

#[test]
fn deny_and_cancel_return_the_deposit() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP0),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(PATIENT), None, 0));
		System::assert_last_event(Event::RequestDenied { patient: p, request: 0 }.into());
		assert_eq!(request_held(OP0), 0);
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(OP0), p, 1),
			Error::<Test>::NotRequester
		);
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(STRANGER), p, 1),
			IdError::<Test>::NotOperator
		);
		// Another operator of the requesting organization (its admin) may cancel.
		assert_ok!(Consent::cancel_request(RuntimeOrigin::signed(11), p, 1));
		System::assert_last_event(Event::RequestCancelled { patient: p, request: 1 }.into());
		assert_eq!(request_held(OP1), 0);
		assert!(Consent::consents(p).requests.is_empty());
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(OP1), p, 1),
			Error::<Test>::UnknownRequest
		);
		assert_noop!(
			Consent::deny_request(RuntimeOrigin::signed(PATIENT), None, 1),
			Error::<Test>::UnknownRequest
		);
	});
}

#[test]
fn request_errors() {
	test(|| {
		let p = setup();
		let r = |who, s, d| Consent::request_access(RuntimeOrigin::signed(who), p, s, d);
		assert_noop!(r(STRANGER, labs_for_treatment(), 30), IdError::<Test>::NotOperator);
		assert_noop!(
			Consent::request_access(RuntimeOrigin::signed(OP0), 9, labs_for_treatment(), 30),
			IdError::<Test>::UnknownPatient
		);
		assert_noop!(
			r(OP0, scope(&[], &[Purpose::Treatment], &[]), 30),
			Error::<Test>::InvalidScope
		);
		assert_noop!(r(OP0, labs_for_treatment(), 0), Error::<Test>::InvalidWindow);
		assert_ok!(r(OP0, labs_for_treatment(), 30));
		assert_noop!(r(OP0, labs_for_treatment(), 30), Error::<Test>::RequestPending);
		assert_ok!(r(OP1, labs_for_treatment(), 30));
		assert_noop!(r(OP_ER, labs_for_treatment(), 30), Error::<Test>::TooManyRequests);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 2));
		assert_noop!(r(OP_ER, labs_for_treatment(), 30), IdError::<Test>::OrganizationSuspended);
		// Approving for an organization suspended meanwhile fails.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 0),
			IdError::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(STRANGER), Some(p), 1),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 7),
			Error::<Test>::UnknownRequest
		);
		System::set_block_number(21);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 1),
			Error::<Test>::RequestExpired
		);
	});
}
