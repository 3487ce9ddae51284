//! The FHIR R4 REST endpoint: the gateway's state, its routes, `metadata`, and what every
//! release goes through — the requester's token, the consent decision at named blocks, the
//! integrity check against the anchor, and the durable journal (`docs/gateway.md`). The routes'
//! handlers are in `token.rs`, `search.rs`, `everything.rs`, `write.rs` and `trail.rs`.

use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
	time::{SystemTime, UNIX_EPOCH},
};

use axum::{
	body::Body,
	extract::State,
	http::{header, HeaderMap, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
	routing::{get, post},
	Router,
};
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_ehr_anchor::{AccessBasis, Anchor, Record};
use pallet_patient_identity::OrganizationId;
use serde_json::{json, Value};
use sp_core::{crypto::AccountId32, H256};

use crate::{
	category,
	chain::{Chain, ChainError, Heads},
	federation::Federation,
	journal::{Entry, Journal},
	outcome::{self, FhirError},
	purpose,
	release::{self, Candidate, Integrity},
	store::{patient_of, EmbeddedStore, Stored},
	token::acting_organization,
	trail::PatientToken,
	upstream::Upstream,
};

/// How long an access token lives: SMART Backend Services' recommended `expires_in`.
pub const ACCESS_TOKEN_LIFETIME_SECS: u64 = 300;
/// Refuse to decide when the best block is older than this: the node's own default bound
/// (`medchain_rpc::DEFAULT_MAX_BEST_BLOCK_AGE_SECS`), ten missed 6 s slots.
pub const MAX_BEST_BLOCK_AGE_MS: u64 = 60_000;
/// Most resources one search or `$everything` looks at: bounds one response's chain lookups.
pub const MAX_SEARCH_CANDIDATES: usize = 1_000;
/// The resource types served (the issue's list).
pub const SUPPORTED_TYPES: [&str; 8] = [
	"Patient",
	"Observation",
	"Condition",
	"MedicationRequest",
	"AllergyIntolerance",
	"Immunization",
	"DiagnosticReport",
	"DocumentReference",
];
/// The FHIR JSON media type.
const FHIR_JSON: &str = "application/fhir+json";
/// Response header naming the blocks a consent decision was taken at.
pub const CONSENT_BLOCK_HEADER: &str = "x-medchain-consent-block";
/// Response header flagging a break-glass release.
pub const BASIS_HEADER: &str = "x-medchain-basis";
/// Response headers of a read: the record id and the content hash served.
pub const RECORD_HEADER: &str = "x-medchain-record";
pub const CONTENT_HASH_HEADER: &str = "x-medchain-content-hash";
/// Bundle entry / meta extension URLs.
pub const RECORD_EXTENSION: &str = "urn:medchain:fhir:record";
pub const CONTENT_HASH_EXTENSION: &str = "urn:medchain:fhir:content-hash";
pub const CONSENT_BLOCK_EXTENSION: &str = "urn:medchain:fhir:consent-block";
/// Bundle entry extension naming the custodian organization that released the entry.
pub const CUSTODIAN_EXTENSION: &str = "urn:medchain:fhir:custodian";
/// The Patient id prefix every gateway answers for a chain patient id (`mc-<id>`): how one
/// gateway names a patient to another without knowing its local ids.
pub const CHAIN_PATIENT_PREFIX: &str = "mc-";
/// The `Bundle.meta.security` code of a break-glass release (HL7 v3 ActReason).
pub(crate) const BREAK_GLASS_CODE: &str = "BTG";

/// An issued access token.
#[derive(Clone, Debug)]
pub(crate) struct Token {
	pub(crate) organization: OrganizationId,
	pub(crate) operator: AccountId32,
	pub(crate) purpose: Purpose,
	/// UNIX seconds.
	pub(crate) expires: u64,
	/// BLAKE2b-256 of the client assertion the token was issued for.
	pub(crate) evidence: H256,
}

/// The gateway: its store, its node, its organization and its issued tokens.
pub struct Gateway {
	pub store: Arc<EmbeddedStore>,
	pub chain: Arc<Chain>,
	/// The organization this gateway serves data of (its key's organization).
	pub custodian: OrganizationId,
	/// The URL requesters reach this gateway at (`--public-url`), without a trailing `/`.
	pub public_url: String,
	/// The token endpoint's URL, the `aud` client assertions must name.
	pub token_url: String,
	pub journal: Journal,
	/// The client towards other custodians' gateways (`None`: this gateway does not federate).
	pub(crate) federation: Option<Federation>,
	/// Proxy mode: the FHIR server the resources live in (`None`: the embedded store).
	pub(crate) upstream: Option<Upstream>,
	pub(crate) tokens: Mutex<HashMap<String, Token>>,
	/// Patients' tokens (`trail.rs`), apart from the organizations': they read the patient's
	/// own AuditEvents and nothing else ([`Gateway::authorize`] refuses them).
	pub(crate) patient_tokens: Mutex<HashMap<String, PatientToken>>,
}

impl Gateway {
	pub fn new(
		store: Arc<EmbeddedStore>,
		chain: Arc<Chain>,
		custodian: OrganizationId,
		public_url: &str,
		journal: Journal,
	) -> Gateway {
		let public_url = public_url.trim_end_matches('/').to_owned();
		Gateway {
			store,
			chain,
			custodian,
			token_url: format!("{public_url}/auth/token"),
			public_url,
			journal,
			federation: None,
			upstream: None,
			tokens: Mutex::new(HashMap::new()),
			patient_tokens: Mutex::new(HashMap::new()),
		}
	}

	/// Lets `Patient/$everything` gather the other custodians' parts through `federation`.
	pub fn with_federation(mut self, federation: Federation) -> Gateway {
		self.federation = Some(federation);
		self
	}

	/// Proxy mode: serves the resources of `upstream` instead of the embedded store's.
	pub fn with_upstream(mut self, upstream: Upstream) -> Gateway {
		self.upstream = Some(upstream);
		self
	}
}

/// The routes.
pub fn router(gateway: Arc<Gateway>) -> Router {
	Router::new()
		.route("/metadata", get(metadata))
		.route("/auth/token", post(crate::token::token))
		.route("/Patient/{id}/$everything", get(crate::everything::everything))
		// Before `/{kind}`, whose `check_type` refuses types it does not serve.
		.route("/AuditEvent", get(crate::trail::audit_events))
		.route("/{kind}", get(crate::search::search).post(crate::write::create))
		.route("/{kind}/{id}", get(crate::search::read).put(crate::write::update))
		.with_state(gateway)
}

pub(crate) fn now_secs() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

pub(crate) fn unavailable(e: ChainError) -> FhirError {
	FhirError::unavailable(format!("the chain cannot decide now ({e}); nothing was released"))
}

pub(crate) fn store_failed(e: impl std::fmt::Display) -> FhirError {
	FhirError::new(500, outcome::IssueType::Exception, format!("{e}; nothing was released"))
}

impl IntoResponse for FhirError {
	fn into_response(self) -> Response {
		let mut response = fhir_json(
			StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
			&self.to_resource(),
		);
		if self.status == 401 {
			response
				.headers_mut()
				.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
		}
		response
	}
}

pub(crate) fn fhir_json(status: StatusCode, body: &Value) -> Response {
	fhir_bytes(status, body.to_string().into_bytes())
}

pub(crate) fn fhir_bytes(status: StatusCode, body: Vec<u8>) -> Response {
	let mut response = Response::new(Body::from(body));
	*response.status_mut() = status;
	response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
	response
}

pub(crate) fn set_header(response: &mut Response, name: &'static str, value: &str) {
	if let Ok(value) = HeaderValue::from_str(value) {
		response.headers_mut().insert(name, value);
	}
}

// ---- requests ----

/// The bearer token of a request (trimmed), or 401.
pub(crate) fn bearer(headers: &HeaderMap) -> Result<&str, FhirError> {
	headers
		.get(header::AUTHORIZATION)
		.and_then(|v| v.to_str().ok())
		.and_then(|v| v.strip_prefix("Bearer "))
		.map(str::trim)
		.ok_or_else(|| FhirError::unauthenticated("an access token is required (POST /auth/token)"))
}

/// The response headers that say what a served resource was checked against: its version
/// (`ETag`), its record id, if anchored, and its content hash.
pub(crate) fn set_proof_headers(response: &mut Response, anchor: Option<(H256, u32)>, hash: &H256) {
	if let Some((record, version)) = anchor {
		set_header(response, "etag", &format!("W/\"{version}\""));
		set_header(response, RECORD_HEADER, &hex(&record));
	}
	set_header(response, CONTENT_HASH_HEADER, &hex(hash));
}

/// An authenticated request: its token and the blocks it is decided at.
pub(crate) struct Request {
	pub(crate) token: Token,
	pub(crate) heads: Heads,
}

impl Gateway {
	/// The live organization token `bearer` names, or 401.
	pub(crate) fn organization_token(&self, bearer: &str, now: u64) -> Result<Token, FhirError> {
		self.tokens
			.lock()
			.ok()
			.and_then(|tokens| tokens.get(bearer).cloned())
			.filter(|t| t.expires > now)
			.ok_or_else(|| FhirError::unauthenticated("unknown or expired access token"))
	}

	/// Checks the bearer token (still the key of an active organization at the best block),
	/// that the chain is live and that the audit journal keeps up.
	pub(crate) async fn authorize(&self, headers: &HeaderMap) -> Result<Request, FhirError> {
		let bearer = bearer(headers)?;
		let now = now_secs();
		// Every handler that releases or writes records starts here, and only organization
		// tokens pass: a patient's token (`trail.rs`) reads the patient's own AuditEvents only.
		let patient_token = self
			.patient_tokens
			.lock()
			.ok()
			.is_some_and(|tokens| tokens.get(bearer).is_some_and(|t| t.expires > now));
		if patient_token {
			return Err(FhirError::forbidden(
				"a patient's access token reads only the patient's own AuditEvents \
				 (GET /AuditEvent?patient=…); nothing was released",
			));
		}
		let token = self.organization_token(bearer, now)?;
		let heads = self.chain.heads().await.map_err(unavailable)?;
		let now_ms = now.saturating_mul(1_000);
		if now_ms.saturating_sub(heads.best_time_ms) > MAX_BEST_BLOCK_AGE_MS {
			return Err(FhirError::unavailable(format!(
				"the node's best block #{} is {} s old (at most {} s): the chain may have \
				 stopped; nothing was released",
				heads.best.number,
				now_ms.saturating_sub(heads.best_time_ms) / 1_000,
				MAX_BEST_BLOCK_AGE_MS / 1_000
			)));
		}
		if let Some(why) = self.journal.backlog.behind(heads.best.number) {
			return Err(FhirError::unavailable(why));
		}
		let organization = self
			.chain
			.organization_of(&token.operator, heads.best.hash)
			.await
			.map_err(unavailable)?;
		if acting_organization(organization, &token.operator)? != token.organization {
			return Err(FhirError::unauthenticated("the token's key changed organization"));
		}
		Ok(Request { token, heads })
	}
}

/// One resource a request would return, with what the chain says about it.
pub(crate) struct Evaluated {
	pub(crate) kind: String,
	pub(crate) id: String,
	pub(crate) resource: Value,
	pub(crate) hash: H256,
	pub(crate) record: Option<(H256, u32)>,
	pub(crate) candidate: Candidate,
}

/// Lookups shared by the resources of one request.
#[derive(Default)]
pub(crate) struct Lookups {
	accounts: HashMap<u64, Option<AccountId32>>,
	/// By patient and category (`Category` is not `Hash`; a request names few categories).
	decisions: Vec<((u64, Category), AccessDecision<u64>)>,
}

impl Gateway {
	/// The consent decision for the request's organization and purpose on `category` of
	/// chain patient `patient`: allowed only if the best and the finalized block both allow
	/// (a revocation counts at once, a new grant once final).
	async fn decide(
		&self,
		request: &Request,
		patient: u64,
		category: Category,
		lookups: &mut Lookups,
	) -> Result<AccessDecision<u64>, FhirError> {
		if let Some((_, decision)) =
			lookups.decisions.iter().find(|(key, _)| *key == (patient, category))
		{
			return Ok(decision.clone());
		}
		let account = match lookups.accounts.get(&patient) {
			Some(account) => account.clone(),
			None => {
				let account = self
					.chain
					.patient(patient, request.heads.best.hash)
					.await
					.map_err(unavailable)?
					.map(|p| p.account);
				lookups.accounts.insert(patient, account.clone());
				account
			},
		};
		let decision = match account {
			None => AccessDecision::Denied(DenyReason::UnknownPatient),
			Some(account) => {
				let at = |hash| {
					self.chain.check_access(
						&account,
						request.token.organization,
						category,
						request.token.purpose,
						self.custodian,
						hash,
					)
				};
				let best = at(request.heads.best.hash).await.map_err(unavailable)?;
				if release::basis_of(&best).is_some()
					&& request.heads.finalized != request.heads.best
				{
					let finalized = at(request.heads.finalized.hash).await.map_err(unavailable)?;
					medchain_rpc::consent::combine(best, finalized)
				} else {
					best
				}
			},
		};
		lookups.decisions.push(((patient, category), decision.clone()));
		Ok(decision)
	}

	/// Everything the release rules need about one stored resource.
	pub(crate) async fn evaluate(
		&self,
		request: &Request,
		kind: &str,
		id: &str,
		stored: Stored,
		lookups: &mut Lookups,
	) -> Result<Evaluated, FhirError> {
		let resource: Value = serde_json::from_slice(&stored.json).map_err(store_failed)?;
		let text = String::from_utf8_lossy(&stored.json);
		let hash = medchain_records::content_hash(&text).map_err(store_failed)?;
		// A resource whose category the table cannot derive is treated as sensitive mental
		// health content: withheld unless the patient listed that category.
		let derived = category::derive(&resource).unwrap_or(Category::MentalHealth);
		let best = request.heads.best.hash;
		let record: Option<Record> = match stored.anchor {
			Some(anchor) => self.chain.record(anchor.record, best).await.map_err(unavailable)?,
			None => None,
		};
		let (patient, anchored, integrity) = match (&stored.anchor, &record) {
			(Some(anchor), Some(record)) => {
				let verdict =
					self.chain.verify(anchor.record, hash, best).await.map_err(unavailable)?;
				(
					Some(record.patient),
					record.category,
					release::integrity(&verdict, self.custodian),
				)
			},
			// Never anchored, or anchored under an id the chain does not know: the consent
			// question is still asked first (for the linked patient and the derived category)
			// so that integrity counts only ever cover resources the requester may see.
			_ => {
				let linked = patient_of(&resource)
					.map(|local| self.store.linked_patient(&local))
					.transpose()
					.map_err(store_failed)?
					.flatten();
				(linked, derived, Integrity::Unknown)
			},
		};
		let decision = match patient {
			Some(patient) => self.decide(request, patient, anchored, lookups).await?,
			None => AccessDecision::Denied(DenyReason::UnknownPatient),
		};
		Ok(Evaluated {
			kind: kind.to_owned(),
			id: id.to_owned(),
			resource,
			hash,
			record: stored.anchor.map(|a| (a.record, a.version)),
			candidate: Candidate { anchored, derived, decision, integrity },
		})
	}

	/// Journals the releases of `released` (durably) and returns whether any was break-glass.
	pub(crate) async fn journal(
		&self,
		request: &Request,
		released: &[(&Evaluated, AccessBasis)],
	) -> Result<bool, FhirError> {
		let entries: Vec<Entry> = released
			.iter()
			.filter_map(|(e, basis)| {
				e.record.map(|(record, _)| Entry {
					reader: request.token.organization,
					evidence: request.token.evidence,
					decided_at: request.heads.best.number,
					anchor: Anchor::Record(record),
					basis: *basis,
					purpose: request.token.purpose,
				})
			})
			.collect();
		self.journal.record(entries).await.map_err(|e| {
			FhirError::unavailable(format!("the audit journal cannot record the release ({e})"))
		})?;
		Ok(released.iter().any(|(_, b)| *b == AccessBasis::Emergency))
	}
}

pub(crate) fn check_type(kind: &str) -> Result<(), FhirError> {
	if SUPPORTED_TYPES.contains(&kind) {
		Ok(())
	} else {
		Err(FhirError::new(
			404,
			outcome::IssueType::NotSupported,
			format!(
				"resource type {kind:?} is not served here (supported: {})",
				SUPPORTED_TYPES.join(", ")
			),
		))
	}
}

pub(crate) fn hex(h: &H256) -> String {
	format!("{h:?}")
}

// ---- metadata ----

async fn metadata(State(gateway): State<Arc<Gateway>>) -> Response {
	let mut resources: Vec<Value> = SUPPORTED_TYPES
		.iter()
		.map(|kind| {
			let mut params = vec![json!({"name": "_id", "type": "token"})];
			if *kind != "Patient" {
				params.push(json!({"name": "patient", "type": "reference"}));
				params.push(json!({"name": "subject", "type": "reference"}));
			}
			if ["Observation", "Condition", "DiagnosticReport", "DocumentReference"].contains(kind)
			{
				params.push(json!({"name": "category", "type": "token"}));
			}
			let mut resource = json!({
				"type": kind,
				// Writes are the custodian's own operators' (`write.rs`).
				"interaction": [
					{"code": "read"},
					{"code": "search-type"},
					{"code": "create"},
					{"code": "update"},
				],
				"searchParam": params,
			});
			if *kind == "Patient" {
				resource["operation"] = json!([{
					"name": "everything",
					"definition": "http://hl7.org/fhir/OperationDefinition/Patient-everything",
				}]);
			}
			resource
		})
		.collect();
	// The patient's view of the on-chain audit trail (`trail.rs`), for the patient's own key
	// and this custodian's operators.
	resources.push(json!({
		"type": "AuditEvent",
		"interaction": [{"code": "search-type"}],
		"searchParam": [{"name": "patient", "type": "reference"}],
	}));
	let purposes: Vec<&str> = purpose::TABLE.iter().map(|(code, _)| *code).collect();
	let statement = json!({
		"resourceType": "CapabilityStatement",
		"status": "active",
		"date": "2026-12-05",
		"kind": "instance",
		"software": {"name": "medchain-gateway", "version": env!("CARGO_PKG_VERSION")},
		"implementation": {
			"description": format!(
				"custodian organization {} of chain {:?}: releases only under on-chain consent, \
				 audited on chain",
				gateway.custodian, gateway.chain.genesis
			),
		},
		"fhirVersion": "4.0.1",
		"format": ["json"],
		"rest": [{
			"mode": "server",
			"security": {
				"service": [{"coding": [{
					"system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
					"code": "SMART-on-FHIR",
				}]}],
				"description": format!(
					"SMART Backend Services: client_credentials with an EdDSA client assertion \
					 signed by an organization's operator key; one purpose of use per token \
					 (extensions.hl7-b2b.purpose_of_use: {}). A patient's ed25519 key gets a \
					 token that reads only the patient's own AuditEvents",
					purposes.join(", ")
				),
				"extension": [{
					"url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
					"extension": [{"url": "token", "valueUri": gateway.token_url}],
				}],
			},
			"resource": resources,
		}],
	});
	fhir_json(StatusCode::OK, &statement)
}
