//! Runtime API for verification, the patient record index and audit heads, served over JSON-RPC
//! by the node (`records_*`, e.g. `records_verify`, `records_ofPatient`, `records_auditHead`).

use crate::{
	Anchor, AuditHead, Batch, BatchId, ContentHash, Record, RecordId, RetractReason, Verdict,
	Version,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use pallet_consent::Category;
use pallet_patient_identity::{OrganizationId, PatientId};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// Most index entries one `records_of` call returns. It bounds what one call reads (256
/// anchors and the index pages that hold them) and the size of its answer (about 50 bytes an
/// entry, some 12 KiB); a wallet walks a longer index from one `RecordPage::next` to the next.
pub const MAX_PAGE_ENTRIES: u32 = 256;

/// One entry of a patient's record index: what exists, where, at which version.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexEntry {
	pub anchor: Anchor,
	pub custodian: OrganizationId,
	pub category: Category,
	/// The record's current version (1 for a batch).
	pub version: Version,
	/// Records the entry stands for (1 for a record, the leaf count for a batch).
	pub count: u32,
	pub retracted: Option<RetractReason>,
}

/// A page of a patient's record index.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordPage {
	/// Entries in the whole index.
	pub total: u32,
	pub entries: Vec<IndexEntry>,
	/// Where the next page starts, if there is one.
	pub next: Option<u32>,
}

sp_api::decl_runtime_apis! {
	/// Verify record fingerprints, list a patient's records, read audit heads.
	pub trait EhrAnchorApi {
		/// Is `hash` the current version of `record`, an earlier one, retracted, or unknown?
		fn verify(record: RecordId, hash: ContentHash) -> Verdict;
		/// The same for a record in batch `batch`, proven by leaf index and sibling hashes.
		fn verify_in_batch(
			batch: BatchId,
			record: RecordId,
			hash: ContentHash,
			leaf_index: u32,
			proof: Vec<H256>,
		) -> Verdict;
		/// An individually anchored record.
		fn record(record: RecordId) -> Option<Record>;
		/// A batch anchor.
		fn batch(batch: BatchId) -> Option<Batch>;
		/// Up to `limit` (at most 256) entries of `patient`'s record index from position `from`.
		fn records_of(patient: PatientId, from: u32, limit: u32) -> RecordPage;
		/// The head and length of `patient`'s access audit chain.
		fn audit_head(patient: PatientId) -> AuditHead;
	}
}
