//! What the pallet stores about records, batches and the audit trail, and what it answers.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use pallet_consent::{Category, GrantId, Purpose};
use pallet_patient_identity::{Commitment, OrganizationId, PatientId};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// A record's id: 32 random bytes chosen by the custodian. It says nothing about the record.
pub type RecordId = H256;
/// A batch's id: 32 random bytes chosen by the custodian.
pub type BatchId = H256;
/// A record version's content hash (see the `medchain-records` crate for the canonical form).
pub type ContentHash = H256;
/// A record's version number: 1 when anchored, +1 for each amendment.
pub type Version = u32;

/// Prefix of a batch leaf's preimage. It makes a leaf's preimage 65 bytes long, so that it can
/// never be mistaken for an inner node of the tree (whose preimage is two 32-byte hashes).
pub const LEAF_TAG: u8 = 0x01;

/// The Merkle leaf of record `record` with content hash `hash` in a batch:
/// `LEAF_TAG ‖ record ‖ hash`. The tree hashes it with BLAKE2b-256.
pub fn batch_leaf(record: &RecordId, hash: &ContentHash) -> [u8; 65] {
	let mut leaf = [0u8; 65];
	leaf[0] = LEAF_TAG;
	leaf[1..33].copy_from_slice(record.as_bytes());
	leaf[33..].copy_from_slice(hash.as_bytes());
	leaf
}

/// Common derive list for the small coded enums below.
macro_rules! coded {
	($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
		$(#[$meta])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo,
			MaxEncodedLen, Serialize, Deserialize,
		)]
		#[serde(rename_all = "camelCase")]
		pub enum $name { $($body)* }
	};
}

coded! {
	/// FHIR R4 resource types that carry clinical content or bundle it.
	pub enum FhirResource {
		AllergyIntolerance,
		Bundle,
		CarePlan,
		Composition,
		Condition,
		DiagnosticReport,
		DocumentReference,
		Encounter,
		FamilyMemberHistory,
		ImagingStudy,
		Immunization,
		MedicationAdministration,
		MedicationDispense,
		MedicationRequest,
		MedicationStatement,
		MolecularSequence,
		Observation,
		Patient,
		Procedure,
		QuestionnaireResponse,
		ServiceRequest,
		Specimen,
	}
}

coded! {
	/// How a record's content is encoded, which fixes how its hash is computed.
	pub enum Format {
		/// A FHIR R4 resource, hashed in the canonical JSON form.
		FhirR4(FhirResource),
		/// An HL7 v2 message, hashed as its bytes.
		Hl7v2,
		/// An HL7 CDA R2 document, hashed as its bytes.
		CdaR2,
		/// A DICOM object, hashed as its bytes.
		Dicom,
		/// A PDF document, hashed as its bytes.
		Pdf,
		/// A code from the consortium's own format table.
		Other(u16),
	}
}

coded! {
	/// Why a record or batch was withdrawn.
	pub enum RetractReason {
		/// The record was wrong or filed against the wrong patient (FHIR `entered-in-error`).
		EnteredInError,
		/// The patient asked for erasure; the custodian deleted the data off chain.
		PatientRequest,
		/// Another anchor holds the same record.
		Duplicate,
		/// Retention ended and the custodian deleted the data.
		RetentionExpired,
	}
}

coded! {
	/// What an audit entry names as the basis of an access.
	pub enum AccessBasis {
		/// The patient's grant with this id (a `pallet-consent` grant id).
		Grant(GrantId),
		/// The organization's open break-glass access to the patient.
		Emergency,
	}
}

coded! {
	/// An entry of a patient's record index: an individual record or a batch.
	pub enum Anchor {
		Record(RecordId),
		Batch(BatchId),
	}
}

/// An individually anchored record, at its current version.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Record {
	pub patient: PatientId,
	/// The organization that holds the record and alone may amend or retract it.
	pub custodian: OrganizationId,
	pub category: Category,
	pub format: Format,
	/// The current version's content hash.
	pub hash: ContentHash,
	/// `H(salt ‖ where the record can be fetched)`, so a locator can be proven without
	/// publishing it.
	pub locator: Option<Commitment>,
	pub version: Version,
	/// Set when the record was withdrawn; it then authorises no access.
	pub retracted: Option<RetractReason>,
}

/// A Merkle root over `count` records of one patient, category and custodian.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Batch {
	pub patient: PatientId,
	pub custodian: OrganizationId,
	pub category: Category,
	/// Leaves in the tree.
	pub count: u32,
	/// Root of the binary Merkle tree (`binary-merkle-tree`, BLAKE2b-256) over the leaves
	/// [`batch_leaf`]`(record, hash)`, in the custodian's order.
	pub root: H256,
	pub retracted: Option<RetractReason>,
}

/// The head of a patient's audit hash chain: `head_n = BLAKE2b-256(head_{n-1} ‖ SCALE(entry_n))`
/// with `head_0 = 0x00…00`, and `count` entries so far.
#[derive(
	Encode,
	Decode,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct AuditHead {
	pub head: H256,
	pub count: u64,
}

/// One access, as folded into the patient's audit chain and emitted in `AccessLogged`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct AuditEntry<BlockNumber> {
	/// Position in the patient's chain, from 0.
	pub index: u64,
	/// The record or batch read.
	pub anchor: Anchor,
	/// The organization that read it.
	pub accessor: OrganizationId,
	pub basis: AccessBasis,
	pub purpose: Purpose,
	/// The block that checked and recorded the access.
	pub at: BlockNumber,
}

/// One release that `log_releases` records: the record or batch a custodian released to a
/// reader, and the basis and purpose its gateway checked when it released it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Release {
	/// The record or batch released.
	pub anchor: Anchor,
	/// The grant, or break-glass access, the release relied on.
	pub basis: AccessBasis,
	/// The purpose the reader stated.
	pub purpose: Purpose,
}

/// What the chain says about a record id and content hash.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Verdict {
	/// The hash is the record's current version (a batch member counts as version 1).
	Current { version: Version, custodian: OrganizationId, category: Category },
	/// The hash was version `version`; the record is now at `current_version`.
	Superseded { version: Version, current_version: Version, current_hash: ContentHash },
	/// The record (or its batch) was withdrawn.
	Retracted { reason: RetractReason },
	/// The proof does not lead to the batch's root.
	InvalidProof,
	/// No such record or batch, or the hash was never a version of it.
	Unknown,
}
