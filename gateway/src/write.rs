//! FHIR writes: `POST /[type]` (create) and `PUT /[type]/[id]` (update), by an operator of the
//! custodian itself, each anchored on chain (`EhrAnchor.anchor`, `EhrAnchor.amend`) and final
//! before the resource is stored (`docs/gateway.md`, "Writes").
//!
//! The chain first, the store second: a crash in between leaves an anchor without content
//! (harmless, retractable; for an update, the stored copy reads as superseded until the same
//! content is `PUT` again, which then only stores it), never content the chain does not vouch
//! for. The transaction is sent by the journal's submitter, which alone assigns the gateway
//! key's nonces ([`crate::journal::submitter`], "The nonce rule").

use std::{
	collections::BTreeSet,
	sync::{Arc, Mutex},
	time::Duration,
};

use axum::{
	body::Body,
	extract::{Path, State},
	http::{HeaderMap, StatusCode},
	response::Response,
};
use futures::StreamExt;
use medchain_records::HashError;
use pallet_consent::Category;
use pallet_ehr_anchor::{FhirResource, Format, Record, Verdict};
use pallet_patient_identity::{Commitment, OrganizationId, PatientId};
use serde_json::Value;
use sp_core::H256;

use crate::{
	category,
	chain::{ChainError, Finalized, RawCall, FINALITY_TIMEOUT},
	outcome::{FhirError, IssueType},
	server::{check_type, fhir_bytes, hex, set_header, set_proof_headers, Gateway, Request},
	store::{patient_of, valid_id, AnchorRef, StoreError},
	upstream::SourceError,
};

/// Largest request body a write takes: a resource with a few hundred KiB of inline attachment
/// fits; it bounds the memory one request holds (larger documents belong behind a URL).
pub const MAX_WRITE_BYTES: usize = 1024 * 1024;
/// How long a write waits for the chain: the journal round the submitter may be finishing
/// (its calls wait for finality, at most `FINALITY_TIMEOUT`) and then the write's own finality.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(2 * FINALITY_TIMEOUT.as_secs());
/// Random bytes in the id a create assigns: 128 bits, 32 hex characters (FHIR allows 64).
const FRESH_ID_BYTES: usize = 16;

/// The resources (`Type/id`) an update is under way for in this process (one gateway per
/// process): a second update of one resource is refused while the first waits for the chain,
/// so the store never ends with an older version than the one the chain made current.
static UPDATING: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// A resource's place in [`UPDATING`], given back when dropped.
struct Updating(String);

impl Updating {
	fn start(kind: &str, id: &str) -> Result<Updating, FhirError> {
		let key = format!("{kind}/{id}");
		// Nothing panics while holding the lock, but a poisoned set is still a valid set.
		let mut updating = UPDATING.lock().unwrap_or_else(|e| e.into_inner());
		if !updating.insert(key.clone()) {
			return Err(FhirError::new(
				409,
				IssueType::Conflict,
				format!(
					"another update of {key} is waiting for the chain; send this one once it is \
					 answered (nothing was anchored)"
				),
			));
		}
		Ok(Updating(key))
	}
}

impl Drop for Updating {
	fn drop(&mut self) {
		UPDATING.lock().unwrap_or_else(|e| e.into_inner()).remove(&self.0);
	}
}

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
fn unprocessable(diagnostics: impl Into<String>) -> FhirError {
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

/// A fresh FHIR id: [`FRESH_ID_BYTES`] random bytes in hex.
fn fresh_id() -> Result<String, FhirError> {
	let mut bytes = [0u8; FRESH_ID_BYTES];
	getrandom::getrandom(&mut bytes).map_err(|_| no_randomness())?;
	Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn no_randomness() -> FhirError {
	FhirError::new(500, IssueType::Exception, "no randomness for a new id; nothing was anchored")
}

/// The request body, refused with 413 as soon as it passes `limit` bytes.
pub(crate) async fn read_body(body: Body, limit: usize) -> Result<Vec<u8>, FhirError> {
	let mut stream = std::pin::pin!(body.into_data_stream());
	let mut bytes = Vec::new();
	while let Some(chunk) = stream.next().await {
		let chunk = chunk.map_err(|e| {
			FhirError::malformed(format!("the body could not be read ({e}); nothing was anchored"))
		})?;
		if bytes.len().saturating_add(chunk.len()) > limit {
			return Err(FhirError::new(
				413,
				IssueType::TooCostly,
				format!("the body is larger than {limit} bytes; nothing was anchored"),
			));
		}
		bytes.extend_from_slice(&chunk);
	}
	Ok(bytes)
}

fn chain_failed(e: ChainError) -> FhirError {
	FhirError::unavailable(format!("the chain cannot be asked now ({e}); nothing was anchored"))
}

fn store_failed(e: StoreError) -> FhirError {
	FhirError::new(500, IssueType::Exception, format!("{e}; nothing was anchored"))
}

/// The store or the upstream failed before anything was anchored.
fn source_failed(e: SourceError) -> FhirError {
	let mut error = FhirError::from(e);
	error.diagnostics.push_str("; nothing was anchored");
	error
}

/// The answer to a write: the resource as stored, with its anchor as a read shows it.
fn written(
	status: StatusCode,
	kind: &str,
	id: &str,
	content: Content,
	anchor: AnchorRef,
) -> Response {
	let mut response = fhir_bytes(status, content.json);
	set_proof_headers(&mut response, Some((anchor.record, anchor.version)), &content.hash);
	if status == StatusCode::CREATED {
		set_header(&mut response, "location", &format!("{kind}/{id}"));
	}
	response
}

/// What a write's call does to the chain.
#[derive(Clone, Copy)]
enum Anchoring {
	/// `anchor`: a new record, version 1.
	New(H256),
	/// `amend`: the next version of this record.
	Amend(H256),
}

impl Gateway {
	/// [`Gateway::authorize`], and only for an operator of this gateway's custodian: a
	/// custodian writes its own records, so no consent is asked.
	async fn authorize_write(&self, headers: &HeaderMap) -> Result<Request, FhirError> {
		let request = self.authorize(headers).await?;
		if request.token.organization != self.custodian {
			return Err(FhirError::forbidden(format!(
				"only operators of organization {} (this gateway's custodian) write here, and \
				 the token is organization {}'s; nothing was anchored",
				self.custodian, request.token.organization
			)));
		}
		Ok(request)
	}

	/// The chain patient `content` is for: its local patient must be linked to one.
	fn chain_patient(&self, kind: &str, content: &Content) -> Result<PatientId, FhirError> {
		let local = &content.patient;
		let linked = self.store.linked_patient(local).map_err(store_failed)?;
		linked.ok_or_else(|| {
			unprocessable(if kind == "Patient" {
				format!(
					"Patient/{local} is not linked to a chain patient: a Patient is written \
					 here only once linked (`medchain-gateway anchor --link {local}=<id>`, \
					 which a new id cannot be); nothing was anchored"
				)
			} else {
				format!(
					"Patient/{local} is not linked to a chain patient (`medchain-gateway anchor \
					 --link {local}=<id>`); nothing was anchored"
				)
			})
		})
	}

	/// Has the submitter put `call` on chain and waits until it is final; the chain's refusal
	/// becomes the answer.
	async fn anchor_write(&self, call: RawCall) -> Result<Finalized, FhirError> {
		let finalized = self.journal.write(call, WRITE_TIMEOUT).await.map_err(|e| {
			FhirError::unavailable(format!(
				"the chain did not confirm the write ({e}); nothing was stored"
			))
		})?;
		if let Err(error) = &finalized.outcome {
			return Err(refused(error, finalized.block.number));
		}
		Ok(finalized)
	}

	/// Puts `call` on chain and then `content` in the store as `kind/id`; answers 201 for a
	/// new record, 200 for an amended one.
	async fn commit(
		&self,
		call: RawCall,
		anchoring: Anchoring,
		kind: &str,
		id: &str,
		content: Content,
	) -> Result<Response, FhirError> {
		let finalized = self.anchor_write(call).await?;
		let block = finalized.block;
		let (anchor, status) = match anchoring {
			Anchoring::New(record) => (AnchorRef { record, version: 1 }, StatusCode::CREATED),
			Anchoring::Amend(record) => {
				// The version this content became, read at the block it was final in rather
				// than counted: another key of the organization may amend the record too.
				let verdict =
					self.chain.verify(record, content.hash, block.hash).await.map_err(|e| {
						FhirError::unavailable(format!(
							"amended in block #{}, but the version cannot be read back ({e}); \
							 nothing was stored: PUT the same content again",
							block.number
						))
					})?;
				let version = match verdict {
					Verdict::Current { version, .. } => version,
					other => {
						return Err(FhirError::new(
							409,
							IssueType::Conflict,
							format!(
								"amended in block #{}, where the chain's verdict on it is \
								 {other:?}: another amendment followed; nothing was stored",
								block.number
							),
						))
					},
				};
				(AnchorRef { record, version }, StatusCode::OK)
			},
		};
		self.keep(kind, id, &content.json, anchor).await.map_err(|e| {
			FhirError::new(
				if matches!(e, SourceError::Upstream(_)) { 502 } else { 500 },
				IssueType::Exception,
				format!(
					"anchored as record {} version {} in block #{}, but the store failed ({e}); \
					 nothing was stored",
					hex(&anchor.record),
					anchor.version,
					block.number
				),
			)
		})?;
		Ok(written(status, kind, id, content, anchor))
	}
}

/// Runs the chain-then-store part of a write in a task of its own, so that a client hanging up
/// while the chain decides does not leave the chain ahead of the store.
async fn commit_detached(
	gateway: Arc<Gateway>,
	call: RawCall,
	anchoring: Anchoring,
	kind: String,
	id: String,
	content: Content,
	updating: Option<Updating>,
) -> Result<Response, FhirError> {
	let task = tokio::spawn(async move {
		let answer = gateway.commit(call, anchoring, &kind, &id, content).await;
		drop(updating);
		answer
	});
	task.await.map_err(|e| {
		FhirError::new(500, IssueType::Exception, format!("the write stopped ({e}); see the log"))
	})?
}

/// `POST /[type]`: a new resource under a fresh id, anchored as a new record.
pub(crate) async fn create(
	State(gateway): State<Arc<Gateway>>,
	Path(kind): Path<String>,
	headers: HeaderMap,
	body: Body,
) -> Result<Response, FhirError> {
	check_type(&kind)?;
	gateway.authorize_write(&headers).await?;
	let body = read_body(body, MAX_WRITE_BYTES).await?;
	let id = fresh_id()?;
	let content = validate(&kind, &id, Interaction::Create, &body)?;
	let patient = gateway.chain_patient(&kind, &content)?;
	let resource = fhir_resource(&kind)
		.ok_or_else(|| unprocessable(format!("{kind} is not a type the chain anchors")))?;
	// 128 random bits do not collide, but if they did the store would lose a resource.
	if gateway.resource(&kind, &id).await.map_err(source_failed)?.is_some() {
		return Err(FhirError::new(
			409,
			IssueType::Conflict,
			format!("the fresh id {id} is taken; send it again (nothing was anchored)"),
		));
	}
	let mut record = [0u8; 32];
	getrandom::getrandom(&mut record).map_err(|_| no_randomness())?;
	let record = H256(record);
	let locator: Option<Commitment> = None;
	let call = RawCall::new(
		"EhrAnchor",
		"anchor",
		(record, patient, content.category, Format::FhirR4(resource), content.hash, locator),
	);
	commit_detached(gateway, call, Anchoring::New(record), kind, id, content, None).await
}

/// `PUT /[type]/[id]`: a new version of a held, anchored resource, anchored as the next version
/// of its record (never a create).
pub(crate) async fn update(
	State(gateway): State<Arc<Gateway>>,
	Path((kind, id)): Path<(String, String)>,
	headers: HeaderMap,
	body: Body,
) -> Result<Response, FhirError> {
	check_type(&kind)?;
	if !valid_id(&id) {
		return Err(FhirError::malformed(format!("{id:?} is not a FHIR id")));
	}
	let request = gateway.authorize_write(&headers).await?;
	let body = read_body(body, MAX_WRITE_BYTES).await?;
	let content = validate(&kind, &id, Interaction::Update, &body)?;
	let patient = gateway.chain_patient(&kind, &content)?;
	let updating = Updating::start(&kind, &id)?;
	let resource = format!("{kind}/{id}");
	let stored = gateway.resource(&kind, &id).await.map_err(source_failed)?.ok_or_else(|| {
		FhirError::not_found(format!(
			"{resource} is not held here, and an update never creates (POST /{kind} does)"
		))
	})?;
	let Some(anchor) = stored.anchor else {
		return Err(FhirError::new(
			409,
			IssueType::Conflict,
			format!(
				"{resource} is not anchored on chain, so there is no record to amend (anchor it \
				 with `medchain-gateway anchor` first); nothing was anchored"
			),
		));
	};
	let best = request.heads.best.hash;
	let record = gateway.chain.record(anchor.record, best).await.map_err(chain_failed)?;
	let record = record.ok_or_else(|| {
		FhirError::new(
			409,
			IssueType::Conflict,
			format!(
				"{resource}'s anchor {} is no record on chain; nothing was anchored",
				hex(&anchor.record)
			),
		)
	})?;
	check_amendable(&record, gateway.custodian, patient, content.category, &resource)?;
	// Asked at the finalized block, since content final there is content the chain vouches
	// for (and it is still current at the best block: `record` was read there).
	let finalized = request.heads.finalized.hash;
	match gateway
		.chain
		.verify(anchor.record, content.hash, finalized)
		.await
		.map_err(chain_failed)?
	{
		// Already the current version (an unchanged resource, or an update whose answer was
		// lost after the chain took it): nothing to amend, the store takes it as it is.
		Verdict::Current { version, .. } if record.hash == content.hash => {
			let anchor = AnchorRef { record: anchor.record, version };
			gateway.keep(&kind, &id, &content.json, anchor).await?;
			return Ok(written(StatusCode::OK, &kind, &id, content, anchor));
		},
		Verdict::Superseded { version, current_version, .. } => {
			return Err(FhirError::new(
				409,
				IssueType::Conflict,
				format!(
					"this content is version {version} of {resource}'s record, which is at \
					 version {current_version}: the chain takes a content hash once; nothing was \
					 anchored"
				),
			));
		},
		_ => {},
	}
	let locator: Option<Commitment> = None;
	let call = RawCall::new("EhrAnchor", "amend", (anchor.record, content.hash, locator));
	let anchoring = Anchoring::Amend(anchor.record);
	commit_detached(gateway, call, anchoring, kind, id, content, Some(updating)).await
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_ehr_anchor::RetractReason;
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

	#[test]
	fn fresh_ids_are_valid_and_differ() {
		let (a, b) = (fresh_id().expect("id"), fresh_id().expect("id"));
		assert!(valid_id(&a) && a.len() == 2 * FRESH_ID_BYTES);
		assert_ne!(a, b);
	}

	#[test]
	fn one_update_of_a_resource_at_a_time() {
		let first = Updating::start("Observation", "busy").expect("first");
		let second = Updating::start("Observation", "busy").map(|_| ()).expect_err("second");
		assert_eq!(refusal(second), (409, "conflict"));
		assert!(Updating::start("Observation", "other").is_ok(), "another resource is free");
		drop(first);
		assert!(Updating::start("Observation", "busy").is_ok(), "free again once answered");
	}

	#[tokio::test]
	async fn a_body_past_the_limit_is_refused_with_413() {
		let limit = 64;
		let at_limit = read_body(Body::from(vec![b' '; limit]), limit).await.expect("at the limit");
		assert_eq!(at_limit.len(), limit);
		let over = read_body(Body::from(vec![b' '; limit + 1]), limit).await.expect_err("over");
		assert_eq!(over.status, 413);
	}
}
