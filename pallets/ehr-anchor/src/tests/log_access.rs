//! Tests of `log_access`: the basis it requires and the audit chain it extends.

use super::*;

#[test]
fn access_logged_under_a_grant_extends_the_audit_chain() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		grant(CLINIC, &[Category::Laboratory], &[HOSPITAL]);
		System::set_block_number(5);
		assert_ok!(EhrAnchor::log_access(
			RuntimeOrigin::signed(OP_CLINIC),
			Anchor::Record(id(0xa1)),
			AccessBasis::Grant(0),
			Purpose::Treatment
		));
		let first = AuditEntry {
			index: 0,
			anchor: Anchor::Record(id(0xa1)),
			accessor: CLINIC,
			basis: AccessBasis::Grant(0),
			purpose: Purpose::Treatment,
			at: 5,
		};
		let head1 = EhrAnchor::next_head(H256::zero(), &first);
		assert_eq!(
			last_event(),
			Event::AccessLogged { patient: P, entry: first, head: head1 }.into()
		);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead { head: head1, count: 1 });
		System::set_block_number(6);
		assert_ok!(EhrAnchor::log_access(
			RuntimeOrigin::signed(OP_CLINIC),
			Anchor::Record(id(0xa1)),
			AccessBasis::Grant(0),
			Purpose::Treatment
		));
		let second = AuditEntry {
			index: 1,
			at: 6,
			..AuditEntry {
				index: 0,
				anchor: Anchor::Record(id(0xa1)),
				accessor: CLINIC,
				basis: AccessBasis::Grant(0),
				purpose: Purpose::Treatment,
				at: 0,
			}
		};
		// The head is recomputable from the entries alone, and depends on their order.
		let head2 = EhrAnchor::next_head(head1, &second);
		assert_eq!(AuditTrails::<Test>::get(P), AuditHead { head: head2, count: 2 });
		assert_ne!(head2, EhrAnchor::next_head(H256::zero(), &second));
		// Another patient's chain is untouched.
		assert_eq!(AuditTrails::<Test>::get(1), AuditHead::default());
	});
}

#[test]
fn access_is_logged_only_when_the_basis_covers_it() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(OP_HOSPITAL),
			id(0xa2),
			P,
			Category::MentalHealth,
			fhir(FhirResource::Condition),
			id(0xb2),
			None
		));
		let log = |who, record, basis, purpose| {
			EhrAnchor::log_access(
				RuntimeOrigin::signed(who),
				Anchor::Record(record),
				basis,
				purpose,
			)
		};
		let treat = Purpose::Treatment;
		// No grant at all.
		assert_noop!(
			log(OP_CLINIC, id(0xa1), AccessBasis::Grant(0), treat),
			Error::<Test>::NoGrant
		);
		// Grant 0: laboratory, held by the lab only. Grant 1: laboratory from anyone, to the ER.
		grant(CLINIC, &[Category::Laboratory], &[LAB]);
		grant(ER, &[Category::Laboratory], &[]);
		assert_noop!(
			log(OP_CLINIC, id(0xa1), AccessBasis::Grant(0), treat),
			Error::<Test>::CustodianNotCovered
		);
		// A grant naming another organization.
		assert_noop!(
			log(OP_CLINIC, id(0xa1), AccessBasis::Grant(1), treat),
			Error::<Test>::NoGrant
		);
		assert_noop!(
			log(OP_ER, id(0xa1), AccessBasis::Grant(1), Purpose::Research),
			Error::<Test>::PurposeNotCovered
		);
		// A sensitive class needs a grant that names it.
		assert_noop!(
			log(OP_ER, id(0xa2), AccessBasis::Grant(1), treat),
			Error::<Test>::CategoryNotCovered
		);
		assert_ok!(log(OP_ER, id(0xa1), AccessBasis::Grant(1), treat));
		// Expired, and revoked, grants no longer count.
		assert_ok!(Consent::amend(
			RuntimeOrigin::signed(PATIENT),
			None,
			1,
			pallet_consent::Amendment::SetExpiry(Some(3))
		));
		System::set_block_number(3);
		assert_noop!(
			log(OP_ER, id(0xa1), AccessBasis::Grant(1), treat),
			Error::<Test>::GrantNotValid
		);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), None, 1));
		assert_noop!(log(OP_ER, id(0xa1), AccessBasis::Grant(1), treat), Error::<Test>::NoGrant);
		// Break-glass: only with open emergency access, for emergency treatment, general data.
		assert_noop!(
			log(OP_ER, id(0xa1), AccessBasis::Emergency, Purpose::EmergencyTreatment),
			Error::<Test>::NoEmergencyAccess
		);
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			P,
			EmergencyReason::PatientIncapacitated
		));
		assert_noop!(
			log(OP_ER, id(0xa1), AccessBasis::Emergency, treat),
			Error::<Test>::PurposeNotCovered
		);
		assert_noop!(
			log(OP_ER, id(0xa2), AccessBasis::Emergency, Purpose::EmergencyTreatment),
			Error::<Test>::NoEmergencyAccess
		);
		assert_ok!(log(OP_ER, id(0xa1), AccessBasis::Emergency, Purpose::EmergencyTreatment));
		// Unknown and retracted records; signers that are not operators.
		assert_noop!(
			log(OP_ER, id(0xa9), AccessBasis::Emergency, Purpose::EmergencyTreatment),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			EhrAnchor::log_access(
				RuntimeOrigin::signed(OP_ER),
				Anchor::Batch(id(0xa9)),
				AccessBasis::Emergency,
				Purpose::EmergencyTreatment
			),
			Error::<Test>::UnknownBatch
		);
		assert_noop!(
			log(PATIENT, id(0xa1), AccessBasis::Emergency, Purpose::EmergencyTreatment),
			IdError::<Test>::NotOperator
		);
		assert_ok!(EhrAnchor::retract(
			RuntimeOrigin::signed(OP_HOSPITAL),
			Anchor::Record(id(0xa1)),
			RetractReason::EnteredInError
		));
		assert_noop!(
			log(OP_ER, id(0xa1), AccessBasis::Emergency, Purpose::EmergencyTreatment),
			Error::<Test>::Retracted
		);
		assert_eq!(AuditTrails::<Test>::get(P).count, 2);
	});
}

#[test]
fn access_to_a_batch_is_checked_like_a_record() {
	test(|| {
		setup();
		assert_ok!(EhrAnchor::anchor_batch(
			RuntimeOrigin::signed(OP_LAB),
			id(0xba),
			P,
			Category::VitalSigns,
			10,
			id(0x77)
		));
		grant(CLINIC, &[Category::Laboratory], &[]);
		let log = || {
			EhrAnchor::log_access(
				RuntimeOrigin::signed(OP_CLINIC),
				Anchor::Batch(id(0xba)),
				AccessBasis::Grant(0),
				Purpose::Treatment,
			)
		};
		assert_noop!(log(), Error::<Test>::CategoryNotCovered);
		grant(CLINIC, &[Category::VitalSigns], &[LAB]);
		assert_noop!(log(), Error::<Test>::CategoryNotCovered);
		assert_ok!(EhrAnchor::log_access(
			RuntimeOrigin::signed(OP_CLINIC),
			Anchor::Batch(id(0xba)),
			AccessBasis::Grant(1),
			Purpose::Treatment,
		));
		assert_eq!(AuditTrails::<Test>::get(P).count, 1);
	});
}

#[test]
fn records_outlive_deregistration_but_authorise_nothing() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		grant(CLINIC, &[Category::Laboratory], &[]);
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(PATIENT)));
		assert!(matches!(EhrAnchor::verify(id(0xa1), id(0xb1)), Verdict::Current { .. }));
		assert_noop!(
			EhrAnchor::log_access(
				RuntimeOrigin::signed(OP_CLINIC),
				Anchor::Record(id(0xa1)),
				AccessBasis::Grant(0),
				Purpose::Treatment
			),
			Error::<Test>::NoGrant
		);
		assert_noop!(
			EhrAnchor::anchor(
				RuntimeOrigin::signed(OP_HOSPITAL),
				id(0xa2),
				P,
				Category::Laboratory,
				Format::Pdf,
				id(0xb2),
				None
			),
			IdError::<Test>::UnknownPatient
		);
	});
}
