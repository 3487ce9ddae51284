//! Tests of `amend`: superseded versions and what it refuses.

use super::*;

#[test]
fn amend_supersedes_the_old_hash() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		assert_ok!(EhrAnchor::amend(RuntimeOrigin::signed(OP_HOSPITAL), id(0xa1), id(0xb2), None));
		assert_eq!(
			last_event(),
			Event::RecordAmended { record: id(0xa1), patient: P, version: 2 }.into()
		);
		assert_ok!(EhrAnchor::amend(
			RuntimeOrigin::signed(OP_HOSPITAL),
			id(0xa1),
			id(0xb3),
			Some(id(0xc3))
		));
		assert_eq!(
			EhrAnchor::verify(id(0xa1), id(0xb1)),
			Verdict::Superseded { version: 1, current_version: 3, current_hash: id(0xb3) }
		);
		assert_eq!(
			EhrAnchor::verify(id(0xa1), id(0xb2)),
			Verdict::Superseded { version: 2, current_version: 3, current_hash: id(0xb3) }
		);
		assert!(matches!(
			EhrAnchor::verify(id(0xa1), id(0xb3)),
			Verdict::Current { version: 3, .. }
		));
		let r = Records::<Test>::get(id(0xa1)).expect("anchored");
		assert_eq!((r.version, r.locator), (3, Some(id(0xc3))));
		// Amendments are not new index entries.
		assert_eq!(IndexLen::<Test>::get(P), 1);
	});
}

#[test]
fn amend_errors_change_nothing() {
	test(|| {
		setup();
		anchor_lab_record(id(0xa1), id(0xb1));
		let amend =
			|who, record, hash| EhrAnchor::amend(RuntimeOrigin::signed(who), record, hash, None);
		assert_noop!(amend(OP_HOSPITAL, id(0xa9), id(0xb2)), Error::<Test>::UnknownRecord);
		// Only the custodian may amend, even another custodian of the same patient.
		assert_noop!(amend(OP_LAB, id(0xa1), id(0xb2)), Error::<Test>::NotCustodian);
		assert_noop!(amend(PATIENT, id(0xa1), id(0xb2)), IdError::<Test>::NotOperator);
		// The current hash, or an earlier one, cannot come back as a new version.
		assert_noop!(amend(OP_HOSPITAL, id(0xa1), id(0xb1)), Error::<Test>::HashReused);
		assert_ok!(amend(OP_HOSPITAL, id(0xa1), id(0xb2)));
		assert_noop!(amend(OP_HOSPITAL, id(0xa1), id(0xb1)), Error::<Test>::HashReused);
		// Not once retracted.
		assert_ok!(EhrAnchor::retract(
			RuntimeOrigin::signed(OP_HOSPITAL),
			Anchor::Record(id(0xa1)),
			RetractReason::EnteredInError
		));
		assert_noop!(amend(OP_HOSPITAL, id(0xa1), id(0xb3)), Error::<Test>::Retracted);
		// The version counter never wraps: at u32::MAX the record takes no more amendments.
		anchor_lab_record(id(0xa2), id(0xb1));
		Records::<Test>::mutate(id(0xa2), |r| r.as_mut().map(|r| r.version = u32::MAX));
		assert_noop!(amend(OP_HOSPITAL, id(0xa2), id(0xb4)), Error::<Test>::TooManyVersions);
	});
}
