//! The data category of a FHIR R4 resource, derived from its type, its category codes, its
//! clinical codes and its security labels (`docs/gateway.md`, "Category of a resource").
//!
//! The chain fixes a record's category when it is anchored, and consent is checked against that
//! category. [`derive`] chooses it when the gateway anchors; at read time [`for_release`] checks
//! the derived category against the anchored one, so that a resource whose content is
//! sensitive but that was anchored as general is withheld instead of released under a general
//! grant. The code sets are deliberately coarse: a false "sensitive" withholds a resource (safe,
//! and counted), a false "general" would leak it. A custodian that needs finer sets labels its
//! resources with `meta.security`, which wins over codes.

use pallet_consent::{Category, CategorySet};
use serde_json::Value;

/// HL7 v3 ActCode: the confidentiality and sensitivity labels of `meta.security`.
pub const ACT_CODE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// FHIR's Observation category codes.
pub const OBSERVATION_CATEGORY_SYSTEM: &str =
	"http://terminology.hl7.org/CodeSystem/observation-category";
/// HL7 v2 table 0074, the diagnostic service sections of DiagnosticReport.category.
pub const DIAGNOSTIC_SERVICE_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0074";
/// ICD-10-CM (US clinical modification) and the WHO's ICD-10: the same chapter letters.
pub const ICD10_SYSTEMS: &[&str] =
	&["http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10"];
/// SNOMED CT.
pub const SNOMED_SYSTEM: &str = "http://snomed.info/sct";

/// Security labels (v3-ActCode) and the category each one forces. Source: the HL7
/// InformationSensitivityPolicy value set; the chain's sensitive classes are PSY, ETH and SEX.
pub const SECURITY_LABELS: &[(&str, Category)] = &[
	// Substance use first: 42 CFR Part 2 is the strictest of the three regimes.
	("ETH", Category::SubstanceUse),
	("SUD", Category::SubstanceUse),
	("PSY", Category::MentalHealth),
	("PSYTHPN", Category::MentalHealth),
	("BH", Category::MentalHealth),
	("SEX", Category::SexualReproductiveHealth),
	("STD", Category::SexualReproductiveHealth),
	("HIV", Category::SexualReproductiveHealth),
	("SDV", Category::SexualReproductiveHealth),
	("GDIS", Category::Genomics),
];

/// SNOMED CT concepts for the commonest problem-list entries of each sensitive class.
pub const SNOMED_SENSITIVE: &[(&str, Category)] = &[
	// Substance abuse (disorder).
	("66214007", Category::SubstanceUse),
	// Mental disorder.
	("74732009", Category::MentalHealth),
	// Human immunodeficiency virus infection.
	("86406008", Category::SexualReproductiveHealth),
];

/// Diagnostic service sections (v2-0074) and their categories; any other section is
/// `ClinicalNotes`.
pub const DIAGNOSTIC_SECTIONS: &[(&str, Category)] = &[
	("LAB", Category::Laboratory),
	("BG", Category::Laboratory),
	("BLB", Category::Laboratory),
	("CH", Category::Laboratory),
	("CP", Category::Laboratory),
	("HM", Category::Laboratory),
	("IMM", Category::Laboratory),
	("MB", Category::Laboratory),
	("MCB", Category::Laboratory),
	("MYC", Category::Laboratory),
	("OSL", Category::Laboratory),
	("PAR", Category::Laboratory),
	("PAT", Category::Laboratory),
	("SP", Category::Laboratory),
	("SR", Category::Laboratory),
	("TX", Category::Laboratory),
	("URN", Category::Laboratory),
	("VR", Category::Laboratory),
	("RAD", Category::Imaging),
	("CT", Category::Imaging),
	("NMR", Category::Imaging),
	("NMS", Category::Imaging),
	("RUS", Category::Imaging),
	("VUS", Category::Imaging),
	("OUS", Category::Imaging),
	("CUS", Category::Imaging),
	("RX", Category::Imaging),
	("XRC", Category::Imaging),
	("GE", Category::Genomics),
	("CG", Category::Genomics),
];

/// Observation category codes and their categories; any other (or none) is `ClinicalNotes`.
pub const OBSERVATION_CATEGORIES: &[(&str, Category)] = &[
	("laboratory", Category::Laboratory),
	("vital-signs", Category::VitalSigns),
	("imaging", Category::Imaging),
];

/// Why a resource has no category.
#[derive(Debug, PartialEq, Eq)]
pub enum CategoryError {
	/// Not an object with a string `resourceType`.
	NotAResource,
	/// A resource type the gateway does not serve.
	UnsupportedType(String),
}

impl std::fmt::Display for CategoryError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			CategoryError::NotAResource => write!(f, "not a FHIR resource"),
			CategoryError::UnsupportedType(t) => write!(f, "resource type {t} is not supported"),
		}
	}
}

impl std::error::Error for CategoryError {}

/// The category of `resource`: a sensitive class if its labels or codes say so, else the one
/// its type (and, for Observation and DiagnosticReport, its category codes) gives.
pub fn derive(resource: &Value) -> Result<Category, CategoryError> {
	let kind =
		resource.get("resourceType").and_then(Value::as_str).ok_or(CategoryError::NotAResource)?;
	let general = by_type(kind, resource)?;
	Ok(sensitive(resource).unwrap_or(general))
}

/// The category a resource of type `kind` has when nothing marks it sensitive.
fn by_type(kind: &str, resource: &Value) -> Result<Category, CategoryError> {
	Ok(match kind {
		"Patient" => Category::Demographics,
		"AllergyIntolerance" => Category::Allergies,
		"Condition" | "FamilyMemberHistory" => Category::Conditions,
		"MedicationRequest"
		| "MedicationStatement"
		| "MedicationDispense"
		| "MedicationAdministration" => Category::Medications,
		"Immunization" => Category::Immunizations,
		"Observation" => {
			first_mapped(resource, "category", OBSERVATION_CATEGORY_SYSTEM, OBSERVATION_CATEGORIES)
				.unwrap_or(Category::ClinicalNotes)
		},
		"DiagnosticReport" => {
			first_mapped(resource, "category", DIAGNOSTIC_SERVICE_SYSTEM, DIAGNOSTIC_SECTIONS)
				.unwrap_or(Category::ClinicalNotes)
		},
		"ImagingStudy" => Category::Imaging,
		"MolecularSequence" => Category::Genomics,
		"Specimen" => Category::Laboratory,
		"DocumentReference"
		| "Composition"
		| "Encounter"
		| "Procedure"
		| "CarePlan"
		| "ServiceRequest"
		| "QuestionnaireResponse" => Category::ClinicalNotes,
		other => return Err(CategoryError::UnsupportedType(other.to_owned())),
	})
}

/// The sensitive class (or genomics, by label) that `resource`'s security labels or clinical
/// codes put it in, if any. Labels win over codes; among several, the first of
/// [`SECURITY_LABELS`]'s order.
fn sensitive(resource: &Value) -> Option<Category> {
	let labels: Vec<&str> = codings(resource.get("meta").and_then(|m| m.get("security")))
		.filter(|(system, _)| *system == ACT_CODE_SYSTEM)
		.map(|(_, code)| code)
		.collect();
	if let Some((_, category)) = SECURITY_LABELS.iter().find(|(code, _)| labels.contains(code)) {
		return Some(*category);
	}
	let kind = resource.get("resourceType").and_then(Value::as_str)?;
	if !matches!(kind, "Condition" | "Observation" | "DiagnosticReport") {
		return None;
	}
	let mut found: Vec<Category> = Vec::new();
	for field in ["code", "valueCodeableConcept", "conclusionCode"] {
		for (system, code) in concepts(resource.get(field)) {
			let hit = if ICD10_SYSTEMS.contains(&system) {
				icd10_class(code)
			} else if system == SNOMED_SYSTEM {
				SNOMED_SENSITIVE.iter().find(|(c, _)| *c == code).map(|(_, k)| *k)
			} else {
				None
			};
			found.extend(hit);
		}
	}
	// The same precedence as the labels: substance use, mental health, sexual health.
	SECURITY_LABELS.iter().map(|(_, c)| *c).find(|c| found.contains(c))
}

/// The sensitive class of an ICD-10(-CM) code, by chapter block: F10–F19 substance use;
/// F01–F09 and F20–F99 mental health; A50–A64 (sexually transmitted infections), B20 (HIV),
/// Z30–Z39 (contraception, pregnancy care) and the whole O chapter (pregnancy) sexual and
/// reproductive health.
pub fn icd10_class(code: &str) -> Option<Category> {
	let code = code.trim().to_ascii_uppercase();
	let letter = code.chars().next()?;
	if letter == 'O' && code.len() >= 3 {
		// Chapter 15 (O00–O9A) is pregnancy throughout; its last block is not numeric.
		return Some(Category::SexualReproductiveHealth);
	}
	let block: u32 = code.get(1..3)?.parse().ok()?;
	match (letter, block) {
		('F', 10..=19) => Some(Category::SubstanceUse),
		('F', 1..=9) | ('F', 20..=99) => Some(Category::MentalHealth),
		('A', 50..=64) | ('B', 20) | ('Z', 30..=39) => Some(Category::SexualReproductiveHealth),
		_ => None,
	}
}

/// The category consent is asked for when releasing a resource anchored as `anchored` whose
/// content derives `derived`: the anchored one (the audit entry is checked against it), unless
/// the content is of a sensitive class the anchor does not say, in which case `None`: withhold.
pub fn for_release(anchored: Category, derived: Category) -> Option<Category> {
	let sensitive = CategorySet::SENSITIVE.contains(derived.flag());
	(!sensitive || derived == anchored).then_some(anchored)
}

/// The first code of `field` (an array of CodeableConcepts) in `system` that `table` maps.
fn first_mapped(
	resource: &Value,
	field: &str,
	system: &str,
	table: &[(&str, Category)],
) -> Option<Category> {
	concepts(resource.get(field))
		.filter(|(s, _)| *s == system)
		.find_map(|(_, code)| table.iter().find(|(c, _)| *c == code).map(|(_, k)| *k))
}

/// The `(system, code)` pairs of a CodeableConcept or an array of them.
fn concepts(value: Option<&Value>) -> impl Iterator<Item = (&str, &str)> {
	let list: Vec<&Value> = match value {
		Some(Value::Array(items)) => items.iter().collect(),
		Some(v @ Value::Object(_)) => vec![v],
		_ => Vec::new(),
	};
	list.into_iter().flat_map(|concept| codings(concept.get("coding")))
}

/// The `(system, code)` pairs of an array of Codings (entries without both are skipped).
fn codings(value: Option<&Value>) -> impl Iterator<Item = (&str, &str)> {
	value
		.and_then(Value::as_array)
		.into_iter()
		.flatten()
		.filter_map(|c| Some((c.get("system")?.as_str()?, c.get("code")?.as_str()?)))
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	fn observation(category: &str) -> Value {
		json!({
			"resourceType": "Observation",
			"category": [{"coding": [{"system": OBSERVATION_CATEGORY_SYSTEM, "code": category}]}],
			"code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]},
		})
	}

	fn condition(system: &str, code: &str) -> Value {
		json!({"resourceType": "Condition", "code": {"coding": [{"system": system, "code": code}]}})
	}

	#[test]
	fn observations_follow_their_category_code() {
		assert_eq!(derive(&observation("laboratory")), Ok(Category::Laboratory));
		assert_eq!(derive(&observation("vital-signs")), Ok(Category::VitalSigns));
		assert_eq!(derive(&observation("imaging")), Ok(Category::Imaging));
		assert_eq!(derive(&observation("social-history")), Ok(Category::ClinicalNotes));
		assert_eq!(derive(&json!({"resourceType": "Observation"})), Ok(Category::ClinicalNotes));
	}

	#[test]
	fn a_category_code_of_another_system_does_not_count() {
		let mut o = observation("laboratory");
		o["category"][0]["coding"][0]["system"] = json!("http://example.org/local");
		assert_eq!(derive(&o), Ok(Category::ClinicalNotes));
	}

	#[test]
	fn the_issue_s_resource_types_have_categories() {
		for (kind, category) in [
			("Patient", Category::Demographics),
			("Condition", Category::Conditions),
			("MedicationRequest", Category::Medications),
			("AllergyIntolerance", Category::Allergies),
			("Immunization", Category::Immunizations),
			("DiagnosticReport", Category::ClinicalNotes),
			("DocumentReference", Category::ClinicalNotes),
		] {
			assert_eq!(derive(&json!({"resourceType": kind})), Ok(category), "{kind}");
		}
	}

	#[test]
	fn diagnostic_reports_follow_their_service_section() {
		let report = |code: &str| {
			json!({
				"resourceType": "DiagnosticReport",
				"category": [{"coding": [{"system": DIAGNOSTIC_SERVICE_SYSTEM, "code": code}]}],
			})
		};
		assert_eq!(derive(&report("LAB")), Ok(Category::Laboratory));
		assert_eq!(derive(&report("RAD")), Ok(Category::Imaging));
		assert_eq!(derive(&report("GE")), Ok(Category::Genomics));
		assert_eq!(derive(&report("PHY")), Ok(Category::ClinicalNotes));
	}

	#[test]
	fn sensitive_codes_override_the_type() {
		let icd = ICD10_SYSTEMS[0];
		assert_eq!(derive(&condition(icd, "F32.9")), Ok(Category::MentalHealth));
		assert_eq!(derive(&condition(icd, "F10.20")), Ok(Category::SubstanceUse));
		assert_eq!(derive(&condition(icd, "B20")), Ok(Category::SexualReproductiveHealth));
		assert_eq!(derive(&condition(icd, "O09.90")), Ok(Category::SexualReproductiveHealth));
		assert_eq!(derive(&condition(SNOMED_SYSTEM, "74732009")), Ok(Category::MentalHealth));
		// General codes stay general.
		assert_eq!(derive(&condition(icd, "E11.9")), Ok(Category::Conditions));
		assert_eq!(derive(&condition(icd, "A49.9")), Ok(Category::Conditions));
		// The same code in a system we do not read is not a match.
		assert_eq!(derive(&condition("http://example.org", "F32.9")), Ok(Category::Conditions));
	}

	#[test]
	fn security_labels_win_over_codes_and_types() {
		let mut o = observation("laboratory");
		o["meta"] = json!({"security": [{"system": ACT_CODE_SYSTEM, "code": "HIV"}]});
		assert_eq!(derive(&o), Ok(Category::SexualReproductiveHealth));
		let mut c = condition(ICD10_SYSTEMS[0], "F32.9");
		c["meta"] = json!({"security": [
			{"system": ACT_CODE_SYSTEM, "code": "PSY"},
			{"system": ACT_CODE_SYSTEM, "code": "ETH"},
		]});
		// Substance use takes precedence, whatever the label order.
		assert_eq!(derive(&c), Ok(Category::SubstanceUse));
		let mut d = json!({"resourceType": "DocumentReference"});
		d["meta"] = json!({"security": [{"system": ACT_CODE_SYSTEM, "code": "R"}]});
		// A confidentiality level alone is not a sensitive class.
		assert_eq!(derive(&d), Ok(Category::ClinicalNotes));
	}

	#[test]
	fn an_unsupported_type_or_a_non_resource_has_no_category() {
		assert_eq!(
			derive(&json!({"resourceType": "Invoice"})),
			Err(CategoryError::UnsupportedType("Invoice".into()))
		);
		assert_eq!(derive(&json!({"id": "x"})), Err(CategoryError::NotAResource));
		assert_eq!(derive(&json!([1])), Err(CategoryError::NotAResource));
	}

	#[test]
	fn icd10_blocks_have_exact_edges() {
		assert_eq!(icd10_class("F09"), Some(Category::MentalHealth));
		assert_eq!(icd10_class("F10"), Some(Category::SubstanceUse));
		assert_eq!(icd10_class("F19.9"), Some(Category::SubstanceUse));
		assert_eq!(icd10_class("F20"), Some(Category::MentalHealth));
		assert_eq!(icd10_class("A50"), Some(Category::SexualReproductiveHealth));
		assert_eq!(icd10_class("A64"), Some(Category::SexualReproductiveHealth));
		assert_eq!(icd10_class("A65"), None);
		assert_eq!(icd10_class("B21"), None);
		assert_eq!(icd10_class("z39.2"), Some(Category::SexualReproductiveHealth));
		assert_eq!(icd10_class("Z40"), None);
		assert_eq!(icd10_class("O9A.1"), Some(Category::SexualReproductiveHealth));
		assert_eq!(icd10_class("F"), None);
		assert_eq!(icd10_class(""), None);
	}

	#[test]
	fn the_sample_data_has_the_categories_its_readme_lists() {
		use Category::*;
		let expected = [
			("Patient/hosp-p1", Demographics),
			("Observation/hosp-glucose", Laboratory),
			("Observation/hosp-heart-rate", VitalSigns),
			("Condition/hosp-diabetes", Conditions),
			("Condition/hosp-depression", MentalHealth),
			("MedicationRequest/hosp-metformin", Medications),
			("AllergyIntolerance/hosp-penicillin", Allergies),
			("Immunization/hosp-flu", Immunizations),
			("DiagnosticReport/hosp-bmp", Laboratory),
			("DocumentReference/hosp-discharge", ClinicalNotes),
			("Patient/lab-p1", Demographics),
			("Observation/lab-hba1c", Laboratory),
			("Observation/lab-creatinine", Laboratory),
			("Observation/lab-hiv", SexualReproductiveHealth),
			("DiagnosticReport/lab-a1c-report", Laboratory),
		];
		let mut found = Vec::new();
		for custodian in ["hospital", "lab"] {
			let path = format!(
				"{}/tests/fixtures/fhir/{custodian}/bundle.json",
				env!("CARGO_MANIFEST_DIR")
			);
			let bundle: Value =
				serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture"))
					.expect("fixture JSON");
			for entry in bundle["entry"].as_array().expect("entries") {
				let r = &entry["resource"];
				let key = format!(
					"{}/{}",
					r["resourceType"].as_str().expect("type"),
					r["id"].as_str().expect("id")
				);
				found.push((key, derive(r).expect("category")));
			}
		}
		let expected: Vec<(String, Category)> =
			expected.iter().map(|(k, c)| (k.to_string(), *c)).collect();
		assert_eq!(found, expected);
	}

	#[test]
	fn sensitive_content_under_a_general_anchor_is_withheld() {
		use Category::*;
		assert_eq!(for_release(Laboratory, Laboratory), Some(Laboratory));
		// A general derivation never overrides the anchor (the audit checks the anchor's).
		assert_eq!(for_release(ClinicalNotes, Laboratory), Some(ClinicalNotes));
		assert_eq!(for_release(MentalHealth, Conditions), Some(MentalHealth));
		assert_eq!(for_release(MentalHealth, MentalHealth), Some(MentalHealth));
		assert_eq!(for_release(Conditions, MentalHealth), None);
		assert_eq!(for_release(SubstanceUse, MentalHealth), None);
	}
}
