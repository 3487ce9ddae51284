//! Tests of the patient record index as `records_of` pages through it.

use super::*;

#[test]
fn the_record_index_pages_across_custodians() {
	test(|| {
		setup();
		// Page size 3 in the mock: 7 anchors fill two pages and start a third.
		for n in 0..5u8 {
			anchor_lab_record(id(0xa0 + n), id(0xb0 + n));
		}
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(OP_LAB),
			id(0xa9),
			P,
			Category::Imaging,
			Format::Dicom,
			id(0xb9),
			None
		));
		assert_ok!(EhrAnchor::anchor_batch(
			RuntimeOrigin::signed(OP_LAB),
			id(0xba),
			P,
			Category::VitalSigns,
			12,
			id(0x77)
		));
		assert_ok!(EhrAnchor::amend(RuntimeOrigin::signed(OP_HOSPITAL), id(0xa1), id(0xc1), None));
		let all = EhrAnchor::records_of(P, 0, 100);
		assert_eq!((all.total, all.entries.len(), all.next), (7, 7, None));
		assert_eq!(all.entries[1].anchor, Anchor::Record(id(0xa1)));
		assert_eq!((all.entries[1].version, all.entries[1].custodian), (2, HOSPITAL));
		assert_eq!(
			all.entries[6],
			runtime_api::IndexEntry {
				anchor: Anchor::Batch(id(0xba)),
				custodian: LAB,
				category: Category::VitalSigns,
				version: 1,
				count: 12,
				retracted: None,
			}
		);
		// Pages that start and end inside index pages agree with the whole list.
		let mut walked = vec![];
		let mut from = Some(0);
		while let Some(f) = from {
			let page = EhrAnchor::records_of(P, f, 2);
			assert!(page.entries.len() <= 2);
			walked.extend(page.entries);
			from = page.next;
		}
		assert_eq!(walked, all.entries);
		let middle = EhrAnchor::records_of(P, 2, 3);
		assert_eq!((middle.entries.as_slice(), middle.next), (&all.entries[2..5], Some(5)));
		assert!(EhrAnchor::records_of(P, 7, 10).entries.is_empty());
		assert_eq!(EhrAnchor::records_of(1, 0, 10).total, 0);
	});
}
