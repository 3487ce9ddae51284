//! `break_glass`, `end_emergency_access` and `set_emergency_opt_out`.

use super::*;

#[test]
fn break_glass_opens_general_emergency_access_only() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::PatientIncapacitated
		));
		System::assert_last_event(
			Event::EmergencyAccessOpened {
				patient: p,
				organization: 2,
				operator: OP_ER,
				reason: EmergencyReason::PatientIncapacitated,
				expires_at: 11,
			}
			.into(),
		);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Emergency {
				reason: EmergencyReason::PatientIncapacitated,
				opened_at: 1,
				expires_at: 11
			}
		);
		// Only for emergency treatment, never the sensitive classes, only for the opener.
		assert_eq!(
			check(2, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(2, Category::MentalHealth, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), p, EmergencyReason::LifeThreatening),
			Error::<Test>::EmergencyAccessOpen
		);
		// Fixed duration: gone at block 11.
		run_to(11);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		System::assert_has_event(
			Event::EmergencyAccessExpired { patient: p, organization: 2 }.into(),
		);
		assert!(Consent::consents(p).emergency.is_empty());
	});
}

#[test]
fn break_glass_errors_and_opt_out() {
	test(|| {
		let p = setup();
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP0), p, EmergencyReason::LifeThreatening),
			Error::<Test>::NoEmergencyRole
		);
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(STRANGER),
				p,
				EmergencyReason::LifeThreatening
			),
			IdError::<Test>::NotOperator
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), 9, EmergencyReason::LifeThreatening),
			IdError::<Test>::UnknownPatient
		);
		assert_ok!(Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, true));
		System::assert_last_event(Event::EmergencyOptOutSet { patient: p, opt_out: true }.into());
		assert_noop!(
			Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, true),
			Error::<Test>::Unchanged
		);
		assert_noop!(
			Consent::set_emergency_opt_out(RuntimeOrigin::signed(STRANGER), Some(p), false),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), p, EmergencyReason::LifeThreatening),
			Error::<Test>::PatientOptedOut
		);
		assert_ok!(Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, false));
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			0,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::LifeThreatening
		));
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP0),
			p,
			EmergencyReason::LifeThreatening
		));
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			1,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP1), p, EmergencyReason::LifeThreatening),
			Error::<Test>::TooManyEmergencyAccesses
		);
	});
}

#[test]
fn emergency_access_ends_early_by_either_side() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::UrgentTreatment
		));
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(STRANGER), p, 2),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(PATIENT), p, 0),
			Error::<Test>::NoEmergencyAccess
		);
		assert_ok!(Consent::end_emergency_access(RuntimeOrigin::signed(PATIENT), p, 2));
		System::assert_last_event(
			Event::EmergencyAccessEnded { patient: p, organization: 2, by: PATIENT }.into(),
		);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::UrgentTreatment
		));
		assert_ok!(Consent::end_emergency_access(RuntimeOrigin::signed(12), p, 2));
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(12), p, 2),
			Error::<Test>::NoEmergencyAccess
		);
	});
}
