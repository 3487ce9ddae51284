//! Tests of `anchor_batch` and of verifying a batch member by Merkle proof.

use super::*;

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
