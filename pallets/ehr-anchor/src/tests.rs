//! Unit tests: every call's success, errors and events, verification (also by Merkle proof),
//! the record index and the audit chain.

use crate::{mock::*, Error, Event, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec};
use pallet_consent::{Category, EmergencyReason, Purpose, Scope};
use pallet_patient_identity::{
	Error as IdError, OrganizationId, OrganizationKind, OrganizationRoles, PatientId,
};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

const PATIENT: AccountId = 1;
const OTHER_PATIENT: AccountId = 2;
/// Admins of organizations 0..=3 are 10..=13, their operators 20..=23.
const HOSPITAL: OrganizationId = 0;
const LAB: OrganizationId = 1;
const ER: OrganizationId = 2;
const CLINIC: OrganizationId = 3;
const OP_HOSPITAL: AccountId = 20;
const OP_LAB: AccountId = 21;
const OP_ER: AccountId = 22;
const OP_CLINIC: AccountId = 23;
const P: PatientId = 0;

fn id(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Patient 0 (account 1) linked with the hospital and the lab (both custodians); the ER has
/// the emergency role; the clinic is neither. Patient 1 (account 2) has no links.
fn setup() {
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(PATIENT), id(1)));
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(OTHER_PATIENT), id(2)));
	let roles = [
		OrganizationRoles::CUSTODIAN,
		OrganizationRoles::CUSTODIAN,
		OrganizationRoles::EMERGENCY_ACCESS,
		OrganizationRoles::NONE,
	];
	for (i, roles) in roles.into_iter().enumerate() {
		let admin = 10 + i as u64;
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			admin,
			OrganizationKind::Hospital,
			roles
		));
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(admin), admin + 10));
		let organization = pallet_patient_identity::OrganizationOf::<Test>::get(admin).unwrap();
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(admin + 10), organization));
	}
	// The hospital's link is complete; the lab's is authorised by the patient only.
	assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OP_HOSPITAL), P, id(9)));
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, HOSPITAL));
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, LAB));
}

fn fhir(resource: FhirResource) -> Format {
	Format::FhirR4(resource)
}

fn anchor_lab_record(record: H256, hash: H256) {
	assert_ok!(EhrAnchor::anchor(
		RuntimeOrigin::signed(OP_HOSPITAL),
		record,
		P,
		Category::Laboratory,
		fhir(FhirResource::Observation),
		hash,
		None
	));
}

fn grant(to: OrganizationId, categories: &[Category], custodians: &[OrganizationId]) {
	assert_ok!(Consent::grant(
		RuntimeOrigin::signed(PATIENT),
		None,
		BoundedVec::truncate_from(vec![to]),
		Scope {
			categories: BoundedVec::truncate_from(categories.to_vec()),
			purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			custodians: BoundedVec::truncate_from(custodians.to_vec()),
		},
		None,
		None
	));
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

fn make_leaves(n: u32) -> Vec<(H256, H256)> {
	(0..n)
		.map(|i| (H256::from_low_u64_be(i as u64 + 1), H256::from_low_u64_be(1_000_000 + i as u64)))
		.collect()
}

fn root_of(leaves: &[(H256, H256)]) -> H256 {
	binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.iter().map(|(r, h)| batch_leaf(r, h)))
}

fn proof_of(leaves: &[(H256, H256)], index: u32) -> Vec<H256> {
	binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
		leaves.iter().map(|(r, h)| batch_leaf(r, h)),
		index,
	)
	.proof
}

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
		assert_eq!(Balances::balance(&OP_HOSPITAL), balance - AnchorFee::get());
		assert_eq!(Balances::total_issuance(), before - AnchorFee::get());
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

#[test]
fn batch_members_verify_by_proof() {
	test(|| {
		setup();
		// An odd count exercises the promoted nodes of the tree.
		let leaves = make_leaves(37);
		let root = root_of(&leaves);
		assert_ok!(EhrAnchor::anchor_batch(
			RuntimeOrigin::signed(OP_HOSPITAL),
			id(0xba),
			P,
			Category::VitalSigns,
			37,
			root
		));
		assert_eq!(
			last_event(),
			Event::BatchAnchored {
				batch: id(0xba),
				patient: P,
				custodian: HOSPITAL,
				category: Category::VitalSigns,
				count: 37,
				root
			}
			.into()
		);
		for index in [0u32, 1, 17, 35, 36] {
			let (record, hash) = leaves[index as usize];
			assert_eq!(
				EhrAnchor::verify_in_batch(id(0xba), record, hash, index, proof_of(&leaves, index)),
				Verdict::Current {
					version: 1,
					custodian: HOSPITAL,
					category: Category::VitalSigns
				},
				"leaf {index}"
			);
		}
		let (record, hash) = leaves[5];
		let proof = proof_of(&leaves, 5);
		// A wrong hash, record, index, or proof; a proof for another root; an unknown batch.
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, id(0xee), 5, proof.clone()),
			Verdict::InvalidProof
		);
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), id(0xee), hash, 5, proof.clone()),
			Verdict::InvalidProof
		);
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, hash, 6, proof.clone()),
			Verdict::InvalidProof
		);
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, hash, 37, proof.clone()),
			Verdict::InvalidProof
		);
		let other = make_leaves(36);
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, hash, 5, proof_of(&other, 5)),
			Verdict::InvalidProof
		);
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xbb), record, hash, 5, proof.clone()),
			Verdict::Unknown
		);
		// An inner node presented as a leaf: its children as (record, hash) are refused,
		// because a leaf's preimage carries LEAF_TAG.
		let l0 = <BlakeTwo256 as sp_runtime::traits::Hash>::hash(&batch_leaf(
			&leaves[0].0,
			&leaves[0].1,
		));
		let l1 = <BlakeTwo256 as sp_runtime::traits::Hash>::hash(&batch_leaf(
			&leaves[1].0,
			&leaves[1].1,
		));
		let upper = proof_of(&leaves, 0)[1..].to_vec();
		assert_eq!(EhrAnchor::verify_in_batch(id(0xba), l0, l1, 0, upper), Verdict::InvalidProof);
		// Too long a proof is refused without hashing it.
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, hash, 5, vec![id(0); MAX_PROOF_ITEMS + 1]),
			Verdict::InvalidProof
		);
		// Retracting the batch retracts its members.
		assert_ok!(EhrAnchor::retract(
			RuntimeOrigin::signed(OP_HOSPITAL),
			Anchor::Batch(id(0xba)),
			RetractReason::RetentionExpired
		));
		assert_eq!(
			EhrAnchor::verify_in_batch(id(0xba), record, hash, 5, proof),
			Verdict::Retracted { reason: RetractReason::RetentionExpired }
		);
	});
}

#[test]
fn batch_errors_change_nothing() {
	test(|| {
		setup();
		let batch = |who, batch, patient, count| {
			EhrAnchor::anchor_batch(
				RuntimeOrigin::signed(who),
				batch,
				patient,
				Category::VitalSigns,
				count,
				id(0x77),
			)
		};
		let max = <Test as Config>::MaxBatchRecords::get();
		assert_noop!(batch(OP_HOSPITAL, id(0xba), P, 0), Error::<Test>::InvalidBatchSize);
		assert_noop!(batch(OP_HOSPITAL, id(0xba), P, max + 1), Error::<Test>::InvalidBatchSize);
		assert_noop!(batch(OP_CLINIC, id(0xba), P, 10), Error::<Test>::NotCustodianRole);
		assert_noop!(batch(OP_HOSPITAL, id(0xba), 1, 10), Error::<Test>::NotLinked);
		assert_noop!(batch(OP_HOSPITAL, id(0xba), 42, 10), IdError::<Test>::UnknownPatient);
		assert_ok!(batch(OP_HOSPITAL, id(0xba), P, max));
		assert_noop!(batch(OP_LAB, id(0xba), P, 10), Error::<Test>::BatchExists);
	});
}

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
