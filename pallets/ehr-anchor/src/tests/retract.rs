//! Tests of `retract`: tombstones, verified as retracted.

use super::*;

#[test]
fn retract_leaves_a_tombstone() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		assert_ok!(EhrAnchor::amend(RuntimeOrigin::signed(OP_HOSPITAL), id(0xa1), id(0xb2), None));
		// A suspended custodian can still withdraw its records.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), HOSPITAL));
		assert_noop!(
			EhrAnchor::retract(
				RuntimeOrigin::signed(OP_LAB),
				Anchor::Record(id(0xa1)),
				RetractReason::Duplicate
			),
			Error::<Test>::NotCustodian
		);
		assert_ok!(EhrAnchor::retract(
			RuntimeOrigin::signed(OP_HOSPITAL),
			Anchor::Record(id(0xa1)),
			RetractReason::PatientRequest
		));
		assert_eq!(
			last_event(),
			Event::Retracted {
				anchor: Anchor::Record(id(0xa1)),
				patient: P,
				reason: RetractReason::PatientRequest
			}
			.into()
		);
		let retracted = Verdict::Retracted { reason: RetractReason::PatientRequest };
		assert_eq!(EhrAnchor::verify(id(0xa1), id(0xb2)), retracted);
		assert_eq!(EhrAnchor::verify(id(0xa1), id(0xb1)), retracted);
		assert_eq!(EhrAnchor::verify(id(0xa1), id(0xb3)), Verdict::Unknown);
		assert_noop!(
			EhrAnchor::retract(
				RuntimeOrigin::signed(OP_HOSPITAL),
				Anchor::Record(id(0xa1)),
				RetractReason::Duplicate
			),
			Error::<Test>::Retracted
		);
		assert_noop!(
			EhrAnchor::retract(
				RuntimeOrigin::signed(OP_HOSPITAL),
				Anchor::Record(id(0xa9)),
				RetractReason::Duplicate
			),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			EhrAnchor::retract(
				RuntimeOrigin::signed(OP_HOSPITAL),
				Anchor::Batch(id(0xa9)),
				RetractReason::Duplicate
			),
			Error::<Test>::UnknownBatch
		);
		assert_noop!(
			EhrAnchor::retract(
				RuntimeOrigin::signed(PATIENT),
				Anchor::Record(id(0xa1)),
				RetractReason::Duplicate
			),
			IdError::<Test>::NotOperator
		);
	});
}
