//! `grant` and the access checks it makes pass or fail.

use super::*;

#[test]
fn grant_authorises_exactly_its_scope() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(50));
		System::assert_last_event(
			Event::ConsentGranted {
				patient: p,
				grant: id,
				grantees: vec![0],
				expires_at: Some(50),
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!(grant_held(PATIENT), 5);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { grant: id, expires_at: Some(50) }
		);
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Research),
			AccessDecision::Denied(DenyReason::PurposeNotCovered)
		);
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(9, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownOrganization)
		);
		assert_eq!(
			Consent::check_access(&STRANGER, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		// The window: valid until block 50, not at it.
		System::set_block_number(49);
		assert!(matches!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
		System::set_block_number(50);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::Expired)
		);
	});
}

#[test]
fn sensitive_classes_only_when_named() {
	test(|| {
		setup();
		let all_general: Vec<Category> = Category::ALL
			.iter()
			.copied()
			.filter(|c| CategorySet::GENERAL.contains(c.flag()))
			.collect();
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&all_general, &[Purpose::Treatment], &[]),
			None,
			None
		));
		for c in
			[Category::MentalHealth, Category::SubstanceUse, Category::SexualReproductiveHealth]
		{
			assert_eq!(
				check(0, c, Purpose::Treatment),
				AccessDecision::Denied(DenyReason::CategoryNotCovered)
			);
		}
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&[Category::MentalHealth], &[Purpose::Treatment], &[]),
			None,
			None
		));
		assert!(matches!(
			check(0, Category::MentalHealth, Purpose::Treatment),
			AccessDecision::Granted { grant: 1, .. }
		));
		assert_eq!(
			check(0, Category::SubstanceUse, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
	});
}

#[test]
fn custodian_restriction_and_future_start() {
	test(|| {
		setup();
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&[Category::Imaging], &[Purpose::Treatment], &[1]),
			Some(5),
			Some(10)
		));
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NotYetValid)
		);
		System::set_block_number(5);
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
		assert_eq!(
			Consent::check_access(&PATIENT, 0, Category::Imaging, Purpose::Treatment, Some(2)),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
		assert!(matches!(
			Consent::check_access(&PATIENT, 0, Category::Imaging, Purpose::Treatment, Some(1)),
			AccessDecision::Granted { .. }
		));
		// Organization 1 of another chain is not this chain's organization 1.
		let elsewhere = Custodian::Remote { chain: H256::repeat_byte(0xcc), organization: 1 };
		assert_eq!(
			Consent::check_access_for(
				&PATIENT,
				0,
				Category::Imaging,
				Purpose::Treatment,
				Some(elsewhere)
			),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
	});
}

#[test]
fn grant_errors_change_nothing() {
	test(|| {
		let p = setup();
		let o = RuntimeOrigin::signed(PATIENT);
		let g = |grantees: &[OrganizationId], s: ScopeOf<Test>, start, end| {
			Consent::grant(o.clone(), None, orgs(grantees), s, start, end)
		};
		assert_noop!(g(&[], labs_for_treatment(), None, None), Error::<Test>::InvalidGrantees);
		assert_noop!(g(&[0, 0], labs_for_treatment(), None, None), Error::<Test>::InvalidGrantees);
		assert_noop!(
			g(&[9], labs_for_treatment(), None, None),
			IdError::<Test>::UnknownOrganization
		);
		assert_noop!(
			g(&[0], scope(&[], &[Purpose::Treatment], &[]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[], &[]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[Purpose::Treatment], &[1, 1]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[Purpose::Treatment], &[7]), None, None),
			IdError::<Test>::UnknownOrganization
		);
		// An expired or inverted window.
		assert_noop!(g(&[0], labs_for_treatment(), None, Some(1)), Error::<Test>::InvalidWindow);
		assert_noop!(
			g(&[0], labs_for_treatment(), Some(10), Some(10)),
			Error::<Test>::InvalidWindow
		);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 1));
		assert_noop!(
			g(&[1], labs_for_treatment(), None, None),
			IdError::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(STRANGER),
				None,
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotPatient
		);
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(STRANGER),
				Some(p),
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotAuthorized
		);
		for _ in 0..4 {
			grant_to(0, None);
		}
		assert_noop!(g(&[0], labs_for_treatment(), None, None), Error::<Test>::TooManyGrants);
	});
}

#[test]
fn grant_needs_the_deposit() {
	test(|| {
		setup();
		// Leave the patient less than a grant deposit above what is held.
		let free = pallet_balances::Pallet::<Test>::free_balance(PATIENT);
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(PATIENT),
			STRANGER,
			free - 3
		));
		assert!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			labs_for_treatment(),
			None,
			None
		)
		.is_err());
		assert!(Consent::consents(0).grants.is_empty());
	});
}

#[test]
fn suspended_organization_is_refused_until_reinstated() {
	test(|| {
		setup();
		grant_to(0, None);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::OrganizationSuspended)
		);
		assert_ok!(Identity::reinstate_organization(RuntimeOrigin::root(), 0));
		assert!(matches!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
	});
}
