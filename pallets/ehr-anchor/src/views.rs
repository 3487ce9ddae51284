//! What the runtime API ([`crate::runtime_api::EhrAnchorApi`]) answers: the verdict on a
//! record's content hash, directly or by Merkle proof within a batch, and pages of a patient's
//! record index.

use crate::{
	batch_leaf,
	runtime_api::{IndexEntry, RecordPage, MAX_PAGE_ENTRIES},
	Anchor, BatchId, Batches, Config, ContentHash, IndexLen, IndexPages, Pallet, RecordId, Records,
	Superseded, Verdict, MAX_PROOF_ITEMS,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use pallet_patient_identity::PatientId;
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// What the chain says about content hash `hash` for record `record`.
	pub fn verify(record: RecordId, hash: ContentHash) -> Verdict {
		let Some(r) = Records::<T>::get(record) else { return Verdict::Unknown };
		let version = if r.hash == hash {
			r.version
		} else {
			match Superseded::<T>::get(record, hash) {
				Some(v) => v,
				None => return Verdict::Unknown,
			}
		};
		if let Some(reason) = r.retracted {
			return Verdict::Retracted { reason };
		}
		if version == r.version {
			Verdict::Current { version, custodian: r.custodian, category: r.category }
		} else {
			Verdict::Superseded { version, current_version: r.version, current_hash: r.hash }
		}
	}

	/// What the chain says about record `record` with hash `hash` as leaf `leaf_index` of batch
	/// `batch`, given the sibling hashes `proof` from the leaf up.
	pub fn verify_in_batch(
		batch: BatchId,
		record: RecordId,
		hash: ContentHash,
		leaf_index: u32,
		proof: Vec<H256>,
	) -> Verdict {
		let Some(b) = Batches::<T>::get(batch) else { return Verdict::Unknown };
		let leaf = batch_leaf(&record, &hash);
		let valid = proof.len() <= MAX_PROOF_ITEMS
			&& binary_merkle_tree::verify_proof::<sp_runtime::traits::BlakeTwo256, _, _>(
				&b.root, proof, b.count, leaf_index, &leaf,
			);
		match (valid, b.retracted) {
			(false, _) => Verdict::InvalidProof,
			(true, Some(reason)) => Verdict::Retracted { reason },
			(true, None) => {
				Verdict::Current { version: 1, custodian: b.custodian, category: b.category }
			},
		}
	}

	/// Up to `limit` (at most [`MAX_PAGE_ENTRIES`]) entries of `patient`'s record index from
	/// position `from`.
	pub fn records_of(patient: PatientId, from: u32, limit: u32) -> RecordPage {
		let total = IndexLen::<T>::get(patient);
		let size = T::IndexPageSize::get();
		let end = from.saturating_add(limit.min(MAX_PAGE_ENTRIES)).min(total);
		let mut entries = Vec::new();
		let mut position = from;
		while position < end {
			let page = position / size;
			let skip = (position - page * size) as usize;
			let anchors = IndexPages::<T>::get(patient, page);
			entries.extend(
				anchors
					.iter()
					.skip(skip)
					.take((end - position) as usize)
					.filter_map(|anchor| Self::anchored(anchor).map(|(_, entry)| entry)),
			);
			position = page.saturating_add(1).saturating_mul(size);
		}
		RecordPage { total, entries, next: (end < total).then_some(end) }
	}

	/// An anchor as stored: its patient, and what the record index shows of it.
	pub(crate) fn anchored(anchor: &Anchor) -> Option<(PatientId, IndexEntry)> {
		let (patient, custodian, category, version, count, retracted) = match anchor {
			Anchor::Record(id) => Records::<T>::get(id)
				.map(|r| (r.patient, r.custodian, r.category, r.version, 1, r.retracted))?,
			Anchor::Batch(id) => Batches::<T>::get(id)
				.map(|b| (b.patient, b.custodian, b.category, 1, b.count, b.retracted))?,
		};
		let entry = IndexEntry { anchor: *anchor, custodian, category, version, count, retracted };
		Some((patient, entry))
	}
}
