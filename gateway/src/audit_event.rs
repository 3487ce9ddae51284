//! A patient's on-chain audit entries as FHIR R4 `AuditEvent`s, mapped exactly as
//! `docs/records.md` ("Mapping an entry to a FHIR R4 AuditEvent") says.
//!
//! [`Kept`] is one `EhrAnchor.AccessLogged` event as the gateway keeps it (`trail.rs` follows
//! the chain and stores them); [`audit_event`] is the pure mapping of one of them, given what
//! the chain says about the organization that read.

use codec::{Decode, Encode};
use medchain_relay::civil_from_days;
use pallet_consent::GrantId;
use pallet_ehr_anchor::{AccessBasis, Anchor, AuditEntry, FhirResource, Format};
use pallet_patient_identity::{OrganizationId, OrganizationKind, PatientId};
use serde_json::{json, Value};
use sp_core::H256;

use crate::purpose;

/// The code system of the AuditEvent types (DICOM).
pub const DCM_SYSTEM: &str = "http://dicom.nema.org/resources/ontology/DCM";
/// `type` of a release to another organization than the record's custodian.
pub const EXPORT: (&str, &str) = ("110106", "Export");
/// `type` of a read by the record's own custodian.
pub const PATIENT_RECORD: (&str, &str) = ("110110", "Patient Record");
/// The code system of `entity.role`.
pub const OBJECT_ROLE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/object-role";
/// `agent.policy` of a break-glass read (HL7 v3 ActReason `BTG`).
pub const BREAK_GLASS_POLICY: &str = "http://terminology.hl7.org/CodeSystem/v3-ActReason#BTG";
/// `entity.detail.type` of the entry's index in the patient's chain.
pub const INDEX_DETAIL: &str = "medchain-audit-index";
/// `entity.detail.type` of the patient's audit head after the entry.
pub const HEAD_DETAIL: &str = "medchain-audit-head";
/// AuditEvent extension: the entry's index in the patient's chain (decimal, `valueString`:
/// an index is a u64, beyond FHIR's `unsignedInt`).
pub const AUDIT_INDEX_EXTENSION: &str = "urn:medchain:fhir:audit-index";
/// AuditEvent extension: the patient's audit head after the entry; Bundle meta extension: the
/// head `records_auditHead` gives at the block named by [`AUDIT_BLOCK_EXTENSION`].
pub const AUDIT_HEAD_EXTENSION: &str = "urn:medchain:fhir:audit-head";
/// Bundle meta extension: how many entries the patient's chain holds (`records_auditHead`).
pub const AUDIT_COUNT_EXTENSION: &str = "urn:medchain:fhir:audit-count";
/// Bundle meta extension: the block (`number:hash`) the head and count were read at.
pub const AUDIT_BLOCK_EXTENSION: &str = "urn:medchain:fhir:audit-block";
/// Bundle meta extension: the last finalized block whose entries the gateway has kept.
pub const AUDIT_FOLLOWED_EXTENSION: &str = "urn:medchain:fhir:audit-followed";
/// `identifier.system` of a record id, a batch id and a chain patient id.
pub const RECORD_SYSTEM: &str = "urn:medchain:fhir:record";
pub const BATCH_SYSTEM: &str = "urn:medchain:fhir:batch";
pub const CHAIN_PATIENT_SYSTEM: &str = "urn:medchain:fhir:patient";
/// `identifier.system` of the chain that checked the consent (its genesis hash).
pub const CHAIN_SYSTEM: &str = "urn:medchain:fhir:chain";
/// Hex digits of the genesis hash in the observer's `Device/medchain-<chain>` id: a FHIR id is
/// at most 64 characters, so the full hash (66) goes in its identifier and 16 digits (64 bits,
/// as unique as needed among a handful of chains) in the id.
const CHAIN_ID_DIGITS: usize = 16;

/// One `AccessLogged` event as the gateway keeps it. Its SCALE encoding starts with the
/// event's own bytes after the patient id, `SCALE(entry) ‖ head`, so a kept trail is checked
/// against `records_auditHead` exactly as the events are (`docs/records.md`); what follows is
/// what the mapping needs from the blocks the follower read.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Kept {
	/// The entry as the chain folded it into the patient's chain.
	pub entry: AuditEntry<u32>,
	/// The patient's audit head after this entry.
	pub head: H256,
	/// `Timestamp.Now` of block `entry.at`, in UNIX milliseconds.
	pub recorded_ms: u64,
	/// The custodian of the record or batch read, at the block that logged the entry (`None`:
	/// the chain did not know the anchor, which it never logs).
	pub custodian: Option<OrganizationId>,
	/// The record's format (`None` for a batch).
	pub format: Option<Format>,
}

/// What a Bundle of AuditEvents shares: the chain and how the patient is referenced.
#[derive(Clone, Debug)]
pub struct View {
	/// The chain's genesis hash: the chain that checked the consent.
	pub genesis: H256,
	/// The chain patient id.
	pub patient: PatientId,
	/// The Patient id the request named (a local id, or `mc-<chain id>`).
	pub patient_id: String,
}

/// The FHIR type name of a chain `FhirResource` (`Observation`, ...): the variant's name, which
/// the chain's serde form has in camelCase.
pub fn resource_type(resource: FhirResource) -> String {
	let name = serde_json::to_value(resource)
		.ok()
		.and_then(|v| v.as_str().map(str::to_owned))
		.unwrap_or_default();
	let mut chars = name.chars();
	match chars.next() {
		Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
		None => name,
	}
}

/// `recorded`: UNIX milliseconds as a FHIR `instant` in UTC (`2026-01-31T12:00:00.000Z`).
pub fn instant(ms: u64) -> String {
	let secs = ms / 1_000;
	let (days, of_day) = (secs / 86_400, secs % 86_400);
	// At most ~2.1e11 days: an i64 holds it.
	let (year, month, day) = civil_from_days(days as i64);
	format!(
		"{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
		of_day / 3_600,
		of_day % 3_600 / 60,
		of_day % 60,
		ms % 1_000
	)
}

/// `agent[0].policy`: the patient's grant, or the break-glass policy.
fn policy(patient: PatientId, basis: AccessBasis) -> String {
	match basis {
		AccessBasis::Grant(grant) => consent_reference(patient, grant),
		AccessBasis::Emergency => BREAK_GLASS_POLICY.to_owned(),
	}
}

fn consent_reference(patient: PatientId, grant: GrantId) -> String {
	format!("Consent/{patient}-{grant}")
}

fn coding(system: &str, (code, display): (&str, &str)) -> Value {
	json!({"system": system, "code": code, "display": display})
}

/// The AuditEvent of `kept`, an entry of `view.patient`'s chain, read by an organization of
/// kind `accessor_kind` (as `identity_organization` shows it; `None`: unknown to the chain).
pub fn audit_event(kept: &Kept, accessor_kind: Option<OrganizationKind>, view: &View) -> Value {
	let entry = &kept.entry;
	let index = entry.index.to_string();
	let head = format!("{:?}", kept.head);
	let details = json!([
		{"type": INDEX_DETAIL, "valueString": index},
		{"type": HEAD_DETAIL, "valueString": head},
	]);
	// The custodian reading its own record is its own record-keeping; anyone else got a copy.
	let kind = if kept.custodian == Some(entry.accessor) { PATIENT_RECORD } else { EXPORT };
	let what = match entry.anchor {
		Anchor::Record(record) => {
			let resource = match kept.format {
				Some(Format::FhirR4(resource)) => resource_type(resource),
				_ => "DocumentReference".to_owned(),
			};
			json!({
				"type": resource,
				"identifier": {"system": RECORD_SYSTEM, "value": format!("{record:?}")},
			})
		},
		Anchor::Batch(batch) => json!({
			"type": "DocumentReference",
			"identifier": {"system": BATCH_SYSTEM, "value": format!("{batch:?}")},
		}),
	};
	let accessor = entry.accessor;
	let display = match accessor_kind {
		Some(kind) => format!("{kind:?} (organization {accessor})"),
		None => format!("organization {accessor} (unknown to the chain now)"),
	};
	let genesis = format!("{:?}", view.genesis);
	let chain_id: String = genesis.trim_start_matches("0x").chars().take(CHAIN_ID_DIGITS).collect();
	json!({
		"resourceType": "AuditEvent",
		"id": format!("mc-{}-{}", view.patient, entry.index),
		"extension": [
			{"url": AUDIT_INDEX_EXTENSION, "valueString": index},
			{"url": AUDIT_HEAD_EXTENSION, "valueString": head},
		],
		"type": coding(DCM_SYSTEM, kind),
		"action": "R",
		"recorded": instant(kept.recorded_ms),
		// Refused reads are never entries.
		"outcome": "0",
		"purposeOfEvent": [{"coding": [{
			"system": purpose::ACT_REASON_SYSTEM,
			"code": purpose::code(entry.purpose),
		}]}],
		"agent": [{
			"who": {"reference": format!("Organization/{accessor}"), "display": display},
			"requestor": true,
			"policy": [policy(view.patient, entry.basis)],
		}],
		"source": {"observer": {
			"reference": format!("Device/medchain-{chain_id}"),
			"identifier": {"system": CHAIN_SYSTEM, "value": genesis},
		}},
		"entity": [
			{
				"what": what,
				"role": coding(OBJECT_ROLE_SYSTEM, ("4", "Domain Resource")),
				"detail": details,
			},
			{
				"what": {
					"reference": format!("Patient/{}", view.patient_id),
					"identifier": {
						"system": CHAIN_PATIENT_SYSTEM,
						"value": view.patient.to_string(),
					},
				},
				"role": coding(OBJECT_ROLE_SYSTEM, ("1", "Patient")),
				"detail": details,
			},
		],
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_consent::Purpose;

	fn kept(anchor: Anchor, accessor: OrganizationId, basis: AccessBasis) -> Kept {
		Kept {
			entry: AuditEntry {
				index: 3,
				anchor,
				accessor,
				basis,
				purpose: Purpose::Treatment,
				at: 42,
			},
			head: H256::repeat_byte(0xab),
			recorded_ms: 1_700_000_000_123,
			custodian: Some(0),
			format: Some(Format::FhirR4(FhirResource::Observation)),
		}
	}

	fn view() -> View {
		View { genesis: H256::repeat_byte(0x11), patient: 7, patient_id: "hosp-p1".into() }
	}

	#[test]
	fn a_release_to_another_organization_maps_to_an_export_event() {
		let record = H256::repeat_byte(5);
		let event = audit_event(
			&kept(Anchor::Record(record), 2, AccessBasis::Grant(9)),
			Some(OrganizationKind::Hospital),
			&view(),
		);
		assert_eq!(event["resourceType"], "AuditEvent");
		assert_eq!(event["id"], "mc-7-3");
		assert_eq!(event["type"]["system"], DCM_SYSTEM);
		assert_eq!(event["type"]["code"], "110106");
		assert_eq!(event["action"], "R");
		assert_eq!(event["recorded"], "2023-11-14T22:13:20.123Z");
		assert_eq!(event["outcome"], "0");
		assert_eq!(event["purposeOfEvent"][0]["coding"][0]["code"], "TREAT");
		let agent = &event["agent"][0];
		assert_eq!(agent["who"]["reference"], "Organization/2");
		assert_eq!(agent["who"]["display"], "Hospital (organization 2)");
		assert_eq!(agent["requestor"], true);
		assert_eq!(agent["policy"], json!(["Consent/7-9"]));
		assert_eq!(
			event["source"]["observer"]["reference"],
			format!("Device/medchain-{}", "11".repeat(8))
		);
		assert_eq!(
			event["source"]["observer"]["identifier"]["value"],
			format!("0x{}", "11".repeat(32))
		);
		let what = &event["entity"][0]["what"];
		assert_eq!(what["type"], "Observation");
		assert_eq!(what["identifier"]["value"], format!("{record:?}"));
		assert_eq!(event["entity"][0]["role"]["code"], "4");
		assert_eq!(event["entity"][1]["what"]["reference"], "Patient/hosp-p1");
		assert_eq!(event["entity"][1]["what"]["identifier"]["value"], "7");
		assert_eq!(event["entity"][1]["role"]["code"], "1");
		let head = format!("0x{}", "ab".repeat(32));
		for entity in event["entity"].as_array().unwrap() {
			assert_eq!(entity["detail"][0], json!({"type": INDEX_DETAIL, "valueString": "3"}));
			assert_eq!(entity["detail"][1], json!({"type": HEAD_DETAIL, "valueString": head}));
		}
		assert_eq!(
			event["extension"][0],
			json!({"url": AUDIT_INDEX_EXTENSION, "valueString": "3"})
		);
		assert_eq!(
			event["extension"][1],
			json!({"url": AUDIT_HEAD_EXTENSION, "valueString": head})
		);
	}

	#[test]
	fn the_custodian_s_own_read_a_batch_and_break_glass_map_as_documented() {
		let own = audit_event(
			&kept(Anchor::Record(H256::zero()), 0, AccessBasis::Grant(1)),
			Some(OrganizationKind::Laboratory),
			&view(),
		);
		assert_eq!(own["type"]["code"], "110110");
		assert_eq!(own["type"]["display"], "Patient Record");
		let mut batch = kept(Anchor::Batch(H256::repeat_byte(6)), 2, AccessBasis::Emergency);
		batch.format = None;
		batch.entry.purpose = Purpose::EmergencyTreatment;
		let event = audit_event(&batch, None, &view());
		assert_eq!(event["agent"][0]["policy"], json!([BREAK_GLASS_POLICY]));
		assert_eq!(event["purposeOfEvent"][0]["coding"][0]["code"], "ETREAT");
		assert_eq!(event["entity"][0]["what"]["type"], "DocumentReference");
		assert_eq!(event["entity"][0]["what"]["identifier"]["system"], BATCH_SYSTEM);
		assert_eq!(
			event["agent"][0]["who"]["display"],
			"organization 2 (unknown to the chain now)"
		);
		// A record in a format that is not FHIR is a DocumentReference.
		let mut pdf = kept(Anchor::Record(H256::zero()), 2, AccessBasis::Grant(1));
		pdf.format = Some(Format::Pdf);
		let event = audit_event(&pdf, None, &view());
		assert_eq!(event["entity"][0]["what"]["type"], "DocumentReference");
	}

	#[test]
	fn kept_bytes_start_with_the_event_s_entry_and_head() {
		let kept = kept(Anchor::Record(H256::repeat_byte(5)), 2, AccessBasis::Grant(9));
		let bytes = kept.encode();
		let event_part = (kept.entry.clone(), kept.head).encode();
		assert_eq!(&bytes[..event_part.len()], &event_part[..]);
		assert_eq!(Kept::decode(&mut &bytes[..]).unwrap(), kept);
	}

	#[test]
	fn instants_are_utc_with_milliseconds() {
		assert_eq!(instant(0), "1970-01-01T00:00:00.000Z");
		assert_eq!(instant(951_782_400_000), "2000-02-29T00:00:00.000Z");
		assert_eq!(instant(4_102_444_799_999), "2099-12-31T23:59:59.999Z");
	}

	#[test]
	fn resource_types_are_fhir_names() {
		assert_eq!(resource_type(FhirResource::Observation), "Observation");
		assert_eq!(resource_type(FhirResource::MedicationRequest), "MedicationRequest");
		assert_eq!(resource_type(FhirResource::DocumentReference), "DocumentReference");
	}
}
