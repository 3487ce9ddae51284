//! Tests of `anchor`: what it stores, who may anchor, what it refuses, the full index.

use super::*;

#[test]
fn anchor_stores_indexes_and_charges_the_fee() {
	test(|| {
		setup();
		let before = Balances::total_issuance();
		let balance = Balances::balance(&OP_HOSPITAL);
		anchor_lab_record(id(0xa1), id(0xb1));
		assert_eq!(
			Records::<Test>::get(id(0xa1)),
			Some(Record {
				patient: P,
				custodian: HOSPITAL,
				category: Category::Laboratory,
				format: fhir(FhirResource::Observation),
				hash: id(0xb1),
				locator: None,
				version: 1,
				retracted: None,
			})
		);
		assert_eq!(Balances::balance(&OP_HOSPITAL), balance - anchor_fee());
		assert_eq!(Balances::total_issuance(), before - anchor_fee());
		assert_eq!(IndexLen::<Test>::get(P), 1);
		assert_eq!(
			last_event(),
			Event::RecordAnchored {
				record: id(0xa1),
				patient: P,
				custodian: HOSPITAL,
				category: Category::Laboratory
			}
			.into()
		);
		assert_eq!(
			EhrAnchor::verify(id(0xa1), id(0xb1)),
			Verdict::Current { version: 1, custodian: HOSPITAL, category: Category::Laboratory }
		);
		assert_eq!(EhrAnchor::verify(id(0xa1), id(0xb2)), Verdict::Unknown);
		assert_eq!(EhrAnchor::verify(id(0xa2), id(0xb1)), Verdict::Unknown);
	});
}

#[test]
fn a_custodian_authorised_by_the_patient_alone_may_anchor() {
	test(|| {
		setup();
		// The lab's link awaits the lab's half, but the patient authorised it.
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(OP_LAB),
			id(0xa1),
			P,
			Category::Imaging,
			Format::Dicom,
			id(0xb1),
			Some(id(0xc1))
		));
		assert_eq!(Records::<Test>::get(id(0xa1)).map(|r| r.custodian), Some(LAB));
	});
}

#[test]
fn anchor_errors_change_nothing() {
	test(|| {
		setup();
		let anchor = |who, record, patient| {
			EhrAnchor::anchor(
				RuntimeOrigin::signed(who),
				record,
				patient,
				Category::Laboratory,
				Format::Pdf,
				id(0xb1),
				None,
			)
		};
		// Not an operator at all.
		assert_noop!(anchor(PATIENT, id(0xa1), P), IdError::<Test>::NotOperator);
		// An organization without the custodian role.
		assert_noop!(anchor(OP_CLINIC, id(0xa1), P), Error::<Test>::NotCustodianRole);
		// Unknown patient; a known patient without a link.
		assert_noop!(anchor(OP_HOSPITAL, id(0xa1), 99), IdError::<Test>::UnknownPatient);
		assert_noop!(anchor(OP_HOSPITAL, id(0xa1), 1), Error::<Test>::NotLinked);
		// A duplicated record id.
		anchor_lab_record(id(0xa1), id(0xb1));
		assert_noop!(anchor(OP_LAB, id(0xa1), P), Error::<Test>::RecordExists);
		// A suspended custodian.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), LAB));
		assert_noop!(anchor(OP_LAB, id(0xa2), P), IdError::<Test>::OrganizationSuspended);
		// An operator who cannot pay the fee.
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(10), 99));
		let organization = pallet_patient_identity::OrganizationOf::<Test>::get(10).unwrap();
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(99), organization));
		assert_noop!(anchor(99, id(0xa3), P), sp_runtime::TokenError::FundsUnavailable);
		// A removed link.
		assert_ok!(Identity::remove_link(RuntimeOrigin::signed(PATIENT), None, HOSPITAL));
		assert_noop!(anchor(OP_HOSPITAL, id(0xa4), P), Error::<Test>::NotLinked);
	});
}

#[test]
fn a_full_index_refuses_further_anchors() {
	test(|| {
		setup();
		IndexLen::<Test>::insert(P, u32::MAX);
		assert_noop!(
			EhrAnchor::anchor(
				RuntimeOrigin::signed(OP_HOSPITAL),
				id(0xa1),
				P,
				Category::Laboratory,
				Format::Pdf,
				id(0xb1),
				None
			),
			Error::<Test>::IndexFull
		);
		// Back to a consistent index for the invariant check.
		IndexLen::<Test>::remove(P);
	});
}
