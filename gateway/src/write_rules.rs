//! What a write must satisfy before anything goes on chain (`docs/gateway.md`, "Writes"): the
//! body is one FHIR resource of the URL's type and id, with a patient and a category the table
//! derives ([`validate`]); an update keeps the record's custodian, patient and category
//! ([`check_amendable`]); and the chain's refusals become answers by pallet error
//! ([`refused`]).

use medchain_records::HashError;
use pallet_consent::Category;
use pallet_ehr_anchor::{FhirResource, Record};

use pallet_patient_identity::{OrganizationId, PatientId};
use serde_json::Value;
use sp_core::H256;

use crate::{
	category,
	outcome::{FhirError, IssueType},
	server::check_type,
	store::patient_of,
};

/// The chain's `FhirResource` for a FHIR type name.
pub fn fhir_resource(kind: &str) -> Option<FhirResource> {
	let mut name = kind.to_owned();
	if let Some(first) = name.get_mut(0..1) {
		first.make_ascii_lowercase();
	}
	serde_json::from_value(Value::String(name)).ok()
}

/// What a write does with the resource's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Interaction {
	/// `POST`: the id is the one the gateway assigned; any id in the body is replaced (FHIR's
	/// create ignores it).
	Create,
	/// `PUT`: the id is the URL's, and the body must name the same.
	Update,
}

/// A write's content, checked: what is stored and anchored.
#[derive(Debug)]
pub(crate) struct Content {
	/// The exact JSON stored and served (the body, with the id a create assigned).
	pub(crate) json: Vec<u8>,
	/// Its content hash (`medchain_records::content_hash`).
	pub(crate) hash: H256,
	/// Its category (`category::derive`).
	pub(crate) category: Category,
	/// The local Patient id it belongs to (`store::patient_of`).
	pub(crate) patient: String,
}

/// A body that cannot be hashed: not JSON, not a resource, or a number with no canonical form.
fn unhashable(e: HashError) -> FhirError {
	let why = format!("{e}; nothing was anchored");
	match e {
		HashError::Json(_) | HashError::NotAResource => FhirError::malformed(why),
		HashError::Number(_) => FhirError::invalid(why),
	}
}

/// 422: well-formed FHIR that cannot be anchored as it is.
pub(crate) fn unprocessable(diagnostics: impl Into<String>) -> FhirError {
	FhirError::new(422, IssueType::Invalid, diagnostics)
}

/// Checks `body` as the new content of `kind/id` and computes what is anchored.
pub(crate) fn validate(
	kind: &str,
	id: &str,
	interaction: Interaction,
	body: &[u8],
) -> Result<Content, FhirError> {
	check_type(kind)?;
	let text = std::str::from_utf8(body).map_err(|_| {
		FhirError::malformed("the body is not UTF-8 JSON text; nothing was anchored")
	})?;
	// Hashing the body as sent refuses what the canonical form refuses (among it a member
	// that serde_json would silently read as a number) before anything is changed.
	medchain_records::content_hash(text).map_err(unhashable)?;
	let mut resource: Value = serde_json::from_str(text).map_err(|e| {
		FhirError::malformed(format!("the body is not JSON ({e}); nothing was anchored"))
	})?;
	let Some(fields) = resource.as_object_mut() else {
		return Err(FhirError::malformed(
			"the body must be a JSON object, one FHIR resource; nothing was anchored",
		));
	};
	match fields.get("resourceType").and_then(Value::as_str) {
		Some(named) if named == kind => {},
		Some(named) => {
			return Err(FhirError::invalid(format!(
				"the body is a {named}, the URL names {kind}; nothing was anchored"
			)))
		},
		None => {
			return Err(FhirError::malformed(
				"the body has no string resourceType: not a FHIR resource; nothing was anchored",
			))
		},
	}
	match interaction {
		Interaction::Create => {
			fields.insert("id".to_owned(), Value::String(id.to_owned()));
		},
		Interaction::Update => match fields.get("id").and_then(Value::as_str) {
			Some(named) if named == id => {},
			Some(named) => {
				return Err(FhirError::invalid(format!(
					"the body's id {named:?} is not the URL's {id:?}; nothing was anchored"
				)))
			},
			None => {
				return Err(FhirError::invalid(format!(
					"an update's body names its id ({id:?}, as the URL does); nothing was anchored"
				)))
			},
		},
	}
	let category = category::derive(&resource).map_err(|e| {
		unprocessable(format!("no category can be derived ({e}); nothing was anchored"))
	})?;
	let patient = patient_of(&resource).ok_or_else(|| {
		unprocessable(format!(
			"the {kind} names no patient (a subject or patient reference Patient/<id>); nothing \
			 was anchored"
		))
	})?;
	let json = serde_json::to_vec(&resource)
		.map_err(|e| FhirError::new(500, IssueType::Exception, e.to_string()))?;
	let hash =
		medchain_records::content_hash(&String::from_utf8_lossy(&json)).map_err(unhashable)?;
	Ok(Content { json, hash, category, patient })
}

/// Why an update of a resource anchored as `record` cannot be an `amend` by `custodian`
/// (checked at the best block; the chain checks again): the chain keeps a record's custodian,
/// patient and category, so an update must keep them too.
pub(crate) fn check_amendable(
	record: &Record,
	custodian: OrganizationId,
	patient: PatientId,
	category: Category,
	resource: &str,
) -> Result<(), FhirError> {
	if let Some(reason) = record.retracted {
		return Err(FhirError::retracted(format!(
			"{resource}'s record was retracted ({reason:?}); nothing was anchored"
		)));
	}
	if record.custodian != custodian {
		return Err(FhirError::new(
			409,
			IssueType::Conflict,
			format!(
				"{resource}'s record is held by organization {}, not this gateway's {custodian}; \
				 nothing was anchored",
				record.custodian
			),
		));
	}
	if record.patient != patient {
		return Err(unprocessable(format!(
			"{resource}'s record is chain patient {}'s and the update names chain patient \
			 {patient}: a record keeps its patient; nothing was anchored",
			record.patient
		)));
	}
	if record.category != category {
		return Err(unprocessable(format!(
			"{resource}'s record is anchored as {:?} and the update's content is {category:?}: a \
			 record keeps its category (create a new resource instead); nothing was anchored",
			record.category
		)));
	}
	Ok(())
}

/// The answer to a write whose call the chain refused in block `block` (its fee was paid,
/// nothing else changed), by the error the chain names (`Pallet::Error`).
pub(crate) fn refused(error: &str, block: u32) -> FhirError {
	let name = error.rsplit("::").next().unwrap_or(error);
	let (status, code, why) = match name {
		"HashReused" => {
			(409, IssueType::Conflict, "the content is the record's current or an earlier version")
		},
		"RecordExists" => (409, IssueType::Conflict, "the new record id is taken; send it again"),
		"UnknownRecord" => (409, IssueType::Conflict, "the chain holds no such record"),
		"NotCustodian" => (409, IssueType::Conflict, "another organization holds the record"),
		"TooManyVersions" => {
			(409, IssueType::Conflict, "the record has no versions left; create a new resource")
		},
		"Retracted" => (410, IssueType::Deleted, "the record was retracted"),
		"NotLinked" => {
			(422, IssueType::Invalid, "this organization is not linked to the patient on chain")
		},
		"UnknownPatient" => {
			(422, IssueType::Invalid, "the chain has no such patient (see the store's link)")
		},
		"IndexFull" => (422, IssueType::Invalid, "the patient's record index is full"),
		"NotCustodianRole" | "NotOperator" | "OrganizationSuspended" => {
			(403, IssueType::Forbidden, "this gateway's key may not anchor for its organization")
		},
		_ => (422, IssueType::Invalid, "the chain refused the write"),
	};
	FhirError::new(status, code, format!("{why} ({error}, in block #{block}); nothing was stored"))
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_ehr_anchor::{Format, RetractReason};
	use serde_json::json;

	fn lab(id: Option<&str>, patient: &str) -> Value {
		let mut resource = json!({
			"resourceType": "Observation",
			"status": "final",
			"category": [{"coding": [{
				"system": category::OBSERVATION_CATEGORY_SYSTEM,
				"code": "laboratory",
			}]}],
			"subject": {"reference": format!("Patient/{patient}")},
			"valueQuantity": {"value": 98, "unit": "mg/dL"},
		});
		if let Some(id) = id {
			resource["id"] = json!(id);
		}
		resource
	}

	fn bytes(v: &Value) -> Vec<u8> {
		v.to_string().into_bytes()
	}

	fn refusal(e: FhirError) -> (u16, &'static str) {
		(e.status, e.code.as_str())
	}

	#[test]
	fn a_create_takes_the_assigned_id_and_hashes_what_is_stored() {
		let content =
			validate("Observation", "fresh1", Interaction::Create, &bytes(&lab(Some("x"), "p1")))
				.expect("valid");
		let stored: Value = serde_json::from_slice(&content.json).expect("json");
		assert_eq!(stored["id"], "fresh1", "the body's own id is replaced");
		assert_eq!(content.patient, "p1");
		assert_eq!(content.category, Category::Laboratory);
		let hash = medchain_records::content_hash(&String::from_utf8_lossy(&content.json));
		assert_eq!(Ok(content.hash), hash);
	}

	#[test]
	fn an_update_keeps_the_body_and_must_name_the_urls_id() {
		let body = bytes(&lab(Some("o1"), "p1"));
		let content = validate("Observation", "o1", Interaction::Update, &body).expect("valid");
		assert_eq!(
			serde_json::from_slice::<Value>(&content.json).ok(),
			Some(lab(Some("o1"), "p1"))
		);
		let other = validate("Observation", "o2", Interaction::Update, &body).expect_err("id");
		assert_eq!(refusal(other), (400, "invalid"));
		let none = validate("Observation", "o1", Interaction::Update, &bytes(&lab(None, "p1")))
			.expect_err("no id");
		assert_eq!(refusal(none), (400, "invalid"));
	}

	#[test]
	fn malformed_bodies_are_refused() {
		fn create(kind: &str, body: &[u8]) -> (u16, &'static str) {
			refusal(validate(kind, "n1", Interaction::Create, body).expect_err("refused"))
		}
		assert_eq!(
			create("Observation", b"{\"resourceType\": \"Observation\", "),
			(400, "structure")
		);
		assert_eq!(create("Observation", b"[1, 2]"), (400, "structure"));
		assert_eq!(create("Observation", b"{\"status\": \"final\"}"), (400, "structure"));
		assert_eq!(create("Observation", &[0xff, 0xfe]), (400, "structure"));
		let condition =
			json!({"resourceType": "Condition", "subject": {"reference": "Patient/p1"}});
		assert_eq!(create("Observation", &bytes(&condition)), (400, "invalid"));
		// A type that is not served is not found, whatever the body.
		let procedure =
			json!({"resourceType": "Procedure", "subject": {"reference": "Patient/p1"}});
		assert_eq!(create("Procedure", &bytes(&procedure)), (404, "not-supported"));
		// A member serde_json would read as a number is refused, not silently rewritten.
		let token = br#"{"resourceType": "Observation", "subject": {"reference": "Patient/p1"},
			"valueQuantity": {"value": {"$serde_json::private::Number": "1.50"}}}"#;
		assert_eq!(create("Observation", token), (400, "structure"));
	}

	#[test]
	fn a_resource_without_a_patient_cannot_be_anchored() {
		let mut orphan = lab(None, "p1");
		if let Some(fields) = orphan.as_object_mut() {
			fields.remove("subject");
		}
		let e = validate("Observation", "n1", Interaction::Create, &bytes(&orphan)).expect_err("");
		assert_eq!(refusal(e), (422, "invalid"));
		// A Patient is its own patient.
		let patient = json!({"resourceType": "Patient", "id": "p7"});
		let content = validate("Patient", "p7", Interaction::Update, &bytes(&patient)).expect("ok");
		assert_eq!((content.patient.as_str(), content.category), ("p7", Category::Demographics));
	}

	#[test]
	fn a_security_label_decides_the_category() {
		let mut labelled = lab(None, "p1");
		labelled["meta"] =
			json!({"security": [{"system": category::ACT_CODE_SYSTEM, "code": "PSY"}]});
		let content =
			validate("Observation", "n1", Interaction::Create, &bytes(&labelled)).expect("valid");
		assert_eq!(content.category, Category::MentalHealth);
	}

	#[test]
	fn every_served_type_is_one_the_chain_anchors() {
		for kind in crate::server::SUPPORTED_TYPES {
			assert!(fhir_resource(kind).is_some(), "{kind}");
		}
		assert_eq!(fhir_resource("MedicationRequest"), Some(FhirResource::MedicationRequest));
		assert_eq!(fhir_resource("Nonsense"), None);
	}

	fn record() -> Record {
		Record {
			patient: 0,
			custodian: 3,
			category: Category::Laboratory,
			format: Format::FhirR4(FhirResource::Observation),
			hash: H256::repeat_byte(1),
			locator: None,
			version: 2,
			retracted: None,
		}
	}

	#[test]
	fn an_amend_keeps_custodian_patient_and_category() {
		let r = record();
		assert_eq!(check_amendable(&r, 3, 0, Category::Laboratory, "Observation/o1"), Ok(()));
		let check = |r: &Record, custodian, patient, category| {
			refusal(
				check_amendable(r, custodian, patient, category, "Observation/o1").expect_err(""),
			)
		};
		assert_eq!(check(&r, 4, 0, Category::Laboratory), (409, "conflict"));
		assert_eq!(check(&r, 3, 1, Category::Laboratory), (422, "invalid"));
		assert_eq!(check(&r, 3, 0, Category::MentalHealth), (422, "invalid"));
		let retracted = Record { retracted: Some(RetractReason::EnteredInError), ..record() };
		assert_eq!(check(&retracted, 3, 0, Category::Laboratory), (410, "deleted"));
	}

	#[test]
	fn the_chains_refusal_is_named_in_the_answer() {
		let e = refused("EhrAnchor::HashReused", 12);
		assert_eq!((e.status, e.code), (409, IssueType::Conflict));
		assert!(e.diagnostics.contains("EhrAnchor::HashReused") && e.diagnostics.contains("#12"));
		assert_eq!(refusal(refused("EhrAnchor::NotLinked", 1)), (422, "invalid"));
		assert_eq!(refusal(refused("PatientIdentity::UnknownPatient", 1)), (422, "invalid"));
		assert_eq!(refusal(refused("EhrAnchor::Retracted", 1)), (410, "deleted"));
		assert_eq!(
			refusal(refused("PatientIdentity::OrganizationSuspended", 1)),
			(403, "forbidden")
		);
		let other = refused("Balances::InsufficientBalance", 1);
		assert_eq!((other.status, other.code), (422, IssueType::Invalid));
		assert!(other.diagnostics.contains("Balances::InsufficientBalance"));
	}
}
