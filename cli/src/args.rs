//! Parsing command-line values: accounts, hashes, patient and organization references, and the
//! coded vocabularies (categories, purposes, formats, reasons) under the names the JSON-RPC
//! methods use (`laboratory`, `vitalSigns`, `treatment`, ...), case and `-`/`_` ignored.

use pallet_consent::{Category, Custodian, Purpose};
use pallet_ehr_anchor::{FhirResource, Format, RetractReason};
use serde::{de::DeserializeOwned, Serialize};
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	H256,
};

/// A patient named by id or by the account that controls it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatientRef {
	Id(u64),
	Account(AccountId32),
}

/// An organization named by id or by an admin or operator account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrgRef {
	Id(u32),
	Account(AccountId32),
}

/// An account: SS58 in any network's format, or 32 bytes in hex.
pub fn account(text: &str) -> Result<AccountId32, String> {
	let text = text.trim();
	if let Some(hex) = text.strip_prefix("0x") {
		let bytes = sp_core::bytes::from_hex(hex).map_err(|_| format!("`{text}` is not hex"))?;
		let bytes =
			<[u8; 32]>::try_from(bytes).map_err(|_| format!("`{text}`: an account is 32 bytes"))?;
		return Ok(AccountId32::new(bytes));
	}
	AccountId32::from_ss58check_with_version(text).map(|(account, _)| account).map_err(|e| {
		format!("`{text}` is not an account (SS58 address or 0x + 64 hex digits): {e:?}")
	})
}

/// A 32-byte hash or id in hex (`0x` + 64 digits).
pub fn h256(text: &str) -> Result<H256, String> {
	let text = text.trim();
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if digits.len() != 64 {
		return Err(format!("`{text}` is not 32 bytes in hex (0x + 64 digits)"));
	}
	let bytes = sp_core::bytes::from_hex(digits).map_err(|_| format!("`{text}` is not hex"))?;
	Ok(H256::from_slice(&bytes))
}

/// A patient id or account.
pub fn patient(text: &str) -> Result<PatientRef, String> {
	match text.trim().parse::<u64>() {
		Ok(id) => Ok(PatientRef::Id(id)),
		Err(_) => account(text)
			.map(PatientRef::Account)
			.map_err(|_| format!("`{text}` is neither a patient id nor an account")),
	}
}

/// An organization id or an account of one.
pub fn organization(text: &str) -> Result<OrgRef, String> {
	match text.trim().parse::<u32>() {
		Ok(id) => Ok(OrgRef::Id(id)),
		Err(_) => account(text)
			.map(OrgRef::Account)
			.map_err(|_| format!("`{text}` is neither an organization id nor an account")),
	}
}

/// `text` with case, `-` and `_` dropped, for lenient matching of code names.
fn normalized(text: &str) -> String {
	text.chars().filter(|c| *c != '-' && *c != '_').flat_map(char::to_lowercase).collect()
}

/// A code's serde name (`vitalSigns`).
pub fn code_name<T: Serialize>(code: &T) -> String {
	serde_json::to_value(code).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The code among `all` whose serde name matches `text`.
fn code<T: Serialize + DeserializeOwned + Copy>(
	text: &str,
	all: &[T],
	what: &str,
) -> Result<T, String> {
	let wanted = normalized(text);
	all.iter().copied().find(|c| normalized(&code_name(c)) == wanted).ok_or_else(|| {
		let names: Vec<String> = all.iter().map(code_name).collect();
		format!("`{text}` is not a {what}; one of: {}", names.join(", "))
	})
}

pub fn category(text: &str) -> Result<Category, String> {
	code(text, Category::ALL, "category")
}

pub fn purpose(text: &str) -> Result<Purpose, String> {
	code(text, Purpose::ALL, "purpose")
}

/// Every retraction reason.
pub const RETRACT_REASONS: [RetractReason; 4] = [
	RetractReason::EnteredInError,
	RetractReason::PatientRequest,
	RetractReason::Duplicate,
	RetractReason::RetentionExpired,
];

pub fn retract_reason(text: &str) -> Result<RetractReason, String> {
	code(text, &RETRACT_REASONS, "retraction reason")
}

/// Every FHIR resource type a record may have.
pub const FHIR_RESOURCES: [FhirResource; 22] = [
	FhirResource::AllergyIntolerance,
	FhirResource::Bundle,
	FhirResource::CarePlan,
	FhirResource::Composition,
	FhirResource::Condition,
	FhirResource::DiagnosticReport,
	FhirResource::DocumentReference,
	FhirResource::Encounter,
	FhirResource::FamilyMemberHistory,
	FhirResource::ImagingStudy,
	FhirResource::Immunization,
	FhirResource::MedicationAdministration,
	FhirResource::MedicationDispense,
	FhirResource::MedicationRequest,
	FhirResource::MedicationStatement,
	FhirResource::MolecularSequence,
	FhirResource::Observation,
	FhirResource::Patient,
	FhirResource::Procedure,
	FhirResource::QuestionnaireResponse,
	FhirResource::ServiceRequest,
	FhirResource::Specimen,
];

/// The record format of a FHIR `resourceType` (`Observation`).
pub fn fhir_resource(resource_type: &str) -> Result<FhirResource, String> {
	code(resource_type, &FHIR_RESOURCES, "FHIR resource type medchain anchors")
}

/// How a record's file is encoded, as `--format` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatArg {
	/// A FHIR R4 JSON resource; its `resourceType` gives the format.
	Fhir,
	/// Another format, hashed as its bytes.
	Bytes(Format),
}

/// `fhir`, `hl7v2`, `cdaR2` (or `cda`), `dicom`, `pdf` or `other:N`.
pub fn format(text: &str) -> Result<FormatArg, String> {
	let wanted = normalized(text);
	Ok(match wanted.as_str() {
		"fhir" | "fhirr4" => FormatArg::Fhir,
		"hl7v2" => FormatArg::Bytes(Format::Hl7v2),
		"cda" | "cdar2" => FormatArg::Bytes(Format::CdaR2),
		"dicom" => FormatArg::Bytes(Format::Dicom),
		"pdf" => FormatArg::Bytes(Format::Pdf),
		other => match other.strip_prefix("other:").map(str::parse::<u16>) {
			Some(Ok(code)) => FormatArg::Bytes(Format::Other(code)),
			_ => {
				return Err(format!(
					"`{text}` is not a format; one of: fhir, hl7v2, cdaR2, dicom, pdf, other:N"
				))
			},
		},
	})
}

/// A custodian: an organization id of this chain, or `0x<genesis hash>:<id>` of another chain.
pub fn custodian(text: &str) -> Result<Custodian, String> {
	match text.split_once(':') {
		None => text
			.trim()
			.parse::<u32>()
			.map(Custodian::Local)
			.map_err(|_| format!("`{text}` is not an organization id (or 0x<genesis>:<id>)")),
		Some((chain, organization)) => Ok(Custodian::Remote {
			chain: h256(chain)?,
			organization: organization
				.trim()
				.parse()
				.map_err(|_| format!("`{organization}` is not an organization id"))?,
		}),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn codes_by_their_json_names_leniently() {
		assert_eq!(category("laboratory"), Ok(Category::Laboratory));
		assert_eq!(category("vital-signs"), Ok(Category::VitalSigns));
		assert_eq!(category("VitalSigns"), Ok(Category::VitalSigns));
		assert_eq!(purpose("emergency_treatment"), Ok(Purpose::EmergencyTreatment));
		let error = category("lab").unwrap_err();
		assert!(
			error.contains("laboratory") && error.contains("sexualReproductiveHealth"),
			"{error}"
		);
		assert_eq!(fhir_resource("Observation"), Ok(FhirResource::Observation));
		assert_eq!(retract_reason("patientRequest"), Ok(RetractReason::PatientRequest));
		assert_eq!(format("other:7"), Ok(FormatArg::Bytes(Format::Other(7))));
		assert_eq!(format("FHIR"), Ok(FormatArg::Fhir));
		assert!(format("docx").is_err());
	}

	#[test]
	fn accounts_in_any_ss58_format_or_hex() {
		let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
		let id = account(alice).unwrap();
		let hex = sp_core::bytes::to_hex(id.as_ref(), false);
		assert_eq!(account(&hex).unwrap(), id);
		// The same key in another network's format (Polkadot, prefix 0).
		let polkadot = id.to_ss58check_with_version(0u16.into());
		assert_eq!(account(&polkadot).unwrap(), id);
		assert!(account("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ").is_err());
		assert_eq!(patient("7"), Ok(PatientRef::Id(7)));
		assert_eq!(patient(alice), Ok(PatientRef::Account(id)));
		assert!(patient("seven").is_err());
	}

	#[test]
	fn hashes_and_custodians() {
		let zero = format!("0x{}", "00".repeat(32));
		assert_eq!(h256(&zero), Ok(H256::zero()));
		assert!(h256("0x1234").is_err());
		assert_eq!(custodian("3"), Ok(Custodian::Local(3)));
		assert_eq!(
			custodian(&format!("{zero}:4")),
			Ok(Custodian::Remote { chain: H256::zero(), organization: 4 })
		);
		assert!(custodian("x:4").is_err());
	}
}
