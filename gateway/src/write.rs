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
use pallet_ehr_anchor::{Format, Verdict};
use pallet_patient_identity::{Commitment, PatientId};
use sp_core::H256;

use crate::{
	chain::{ChainError, Finalized, RawCall, FINALITY_TIMEOUT},
	outcome::{FhirError, IssueType},
	server::{check_type, fhir_bytes, hex, set_header, set_proof_headers, Gateway, Request},
	store::{valid_id, AnchorRef, StoreError},
	upstream::SourceError,
	write_rules::{check_amendable, refused, unprocessable, validate, Content, Interaction},
};

pub use crate::write_rules::fhir_resource;

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

	fn refusal(e: FhirError) -> (u16, &'static str) {
		(e.status, e.code.as_str())
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
