//! The FHIR R4 REST endpoint: the token endpoint, `read`, `search` by patient,
//! `Patient/[id]/$everything` and `metadata`, each release decided by the chain, checked
//! against its anchor and journalled before a byte is written (`docs/gateway.md`).

use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
	time::{SystemTime, UNIX_EPOCH},
};

use axum::{
	body::Body,
	extract::{Path, Query, State},
	http::{header, HeaderMap, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
	routing::{get, post},
	Form, Router,
};
use base64::Engine;
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_ehr_anchor::{AccessBasis, Anchor, Record};
use pallet_patient_identity::{runtime_api::OrganizationView, OrganizationId, OrganizationStatus};
use serde_json::{json, Value};
use sp_core::{crypto::AccountId32, H256};

use crate::{
	auth::{self, CLOCK_SKEW_SECS, JWT_BEARER},
	category,
	chain::{Chain, ChainError, Heads},
	federation::Federation,
	journal::{Entry, Journal},
	outcome::{self, FhirError},
	purpose,
	release::{self, Candidate, Integrity},
	store::{patient_of, valid_id, EmbeddedStore, FhirStore, Stored},
	trail::PatientToken,
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
	/// The token endpoint's URL, the `aud` client assertions must name.
	pub token_url: String,
	pub journal: Journal,
	/// The client towards other custodians' gateways (`None`: this gateway does not federate).
	pub(crate) federation: Option<Federation>,
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
		Gateway {
			store,
			chain,
			custodian,
			token_url: format!("{}/auth/token", public_url.trim_end_matches('/')),
			journal,
			federation: None,
			tokens: Mutex::new(HashMap::new()),
			patient_tokens: Mutex::new(HashMap::new()),
		}
	}

	/// Lets `Patient/$everything` gather the other custodians' parts through `federation`.
	pub fn with_federation(mut self, federation: Federation) -> Gateway {
		self.federation = Some(federation);
		self
	}
}

/// The routes.
pub fn router(gateway: Arc<Gateway>) -> Router {
	Router::new()
		.route("/metadata", get(metadata))
		.route("/auth/token", post(token))
		.route("/Patient/{id}/$everything", get(crate::everything::everything))
		// Before `/{kind}`, whose `check_type` refuses types it does not serve.
		.route("/AuditEvent", get(crate::trail::audit_events))
		.route("/{kind}", get(search).post(crate::write::create))
		.route("/{kind}/{id}", get(read).put(crate::write::update))
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

fn fhir_json(status: StatusCode, body: &Value) -> Response {
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

// ---- the token endpoint ----

/// An OAuth 2 error answer (RFC 6749 §5.2).
pub(crate) fn oauth_error(status: u16, error: &str, description: &str) -> Response {
	let mut response =
		axum::Json(json!({"error": error, "error_description": description})).into_response();
	*response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
	response
}

async fn token(
	State(gateway): State<Arc<Gateway>>,
	Form(form): Form<HashMap<String, String>>,
) -> Response {
	let field = |name: &str| form.get(name).map(String::as_str);
	if field("grant_type") != Some("client_credentials") {
		return oauth_error(400, "unsupported_grant_type", "grant_type must be client_credentials");
	}
	if field("client_assertion_type") != Some(JWT_BEARER) {
		return oauth_error(
			400,
			"invalid_request",
			&format!("client_assertion_type must be {JWT_BEARER}"),
		);
	}
	let Some(jwt) = field("client_assertion") else {
		return oauth_error(400, "invalid_request", "client_assertion is missing");
	};
	let now = now_secs();
	let assertion =
		match auth::verify_client_assertion(jwt, &gateway.token_url, gateway.chain.ss58, now) {
			Ok(a) => a,
			Err(e) => return oauth_error(e.status(), e.oauth_error(), &e.to_string()),
		};
	let issuer = assertion.operator.to_string();
	match gateway.store.remember_jti(
		&issuer,
		&assertion.jti,
		jwt,
		assertion.exp.saturating_add(CLOCK_SKEW_SECS),
		now,
	) {
		Ok(true) => {},
		Ok(false) => {
			return oauth_error(401, "invalid_client", "assertion already used (jti replayed)")
		},
		Err(e) => return oauth_error(500, "server_error", &e.to_string()),
	}
	let heads = match gateway.chain.heads().await {
		Ok(h) => h,
		Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
	};
	let organization =
		match gateway.chain.organization_of(&assertion.operator, heads.best.hash).await {
			Ok(o) => o,
			Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
		};
	if organization.is_none() {
		// Not an organization's key: a patient's key gets a patient token, which reads the
		// patient's own AuditEvents and nothing else (`trail.rs`); every check above is the
		// same for both.
		match gateway.chain.patient_by_account(&assertion.operator, heads.best.hash).await {
			Ok(Some(patient)) => {
				return crate::trail::issue_patient_token(
					&gateway,
					patient.id,
					assertion.operator,
					now,
				)
			},
			Ok(None) => {},
			Err(e) => return oauth_error(503, "temporarily_unavailable", &e.to_string()),
		}
	}
	let organization = match acting_organization(organization, &assertion.operator) {
		Ok(o) => o,
		Err(e) => return oauth_error(e.status, "invalid_client", &e.diagnostics),
	};
	let mut bytes = [0u8; 32];
	if getrandom::getrandom(&mut bytes).is_err() {
		return oauth_error(500, "server_error", "no randomness for a token");
	}
	let access_token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
	let token = Token {
		organization,
		operator: assertion.operator,
		purpose: assertion.purpose,
		expires: now.saturating_add(ACCESS_TOKEN_LIFETIME_SECS),
		evidence: H256(assertion.evidence),
	};
	if let Ok(mut tokens) = gateway.tokens.lock() {
		// Expired tokens go on the way, which bounds the map by the tokens of five minutes.
		tokens.retain(|_, t| t.expires > now);
		tokens.insert(access_token.clone(), token);
	}
	axum::Json(json!({
		"access_token": access_token,
		"token_type": "Bearer",
		"expires_in": ACCESS_TOKEN_LIFETIME_SECS,
		"scope": "system/*.rs",
	}))
	.into_response()
}

/// The organization `operator` may act for: it must be one of its operators (an admin key
/// manages the organization, systems sign with operator keys) and the organization active.
pub(crate) fn acting_organization(
	organization: Option<OrganizationView<AccountId32>>,
	operator: &AccountId32,
) -> Result<OrganizationId, FhirError> {
	let Some(organization) = organization else {
		return Err(FhirError::unauthenticated(format!(
			"{operator} is not an operator key of any organization"
		)));
	};
	if !organization.operators.contains(operator) {
		return Err(FhirError::unauthenticated(format!(
			"{operator} is organization {}'s admin key; requests are signed with operator keys",
			organization.id
		)));
	}
	if organization.status != OrganizationStatus::Active {
		return Err(FhirError::forbidden(format!("organization {} is suspended", organization.id)));
	}
	Ok(organization.id)
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
struct Evaluated {
	kind: String,
	id: String,
	resource: Value,
	hash: H256,
	record: Option<(H256, u32)>,
	candidate: Candidate,
}

/// Lookups shared by the resources of one request.
#[derive(Default)]
struct Lookups {
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
	async fn evaluate(
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
	async fn journal(
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

// ---- read ----

async fn read(
	State(gateway): State<Arc<Gateway>>,
	Path((kind, id)): Path<(String, String)>,
	headers: HeaderMap,
) -> Result<Response, FhirError> {
	check_type(&kind)?;
	if !valid_id(&id) {
		return Err(FhirError::malformed(format!("{id:?} is not a FHIR id")));
	}
	let request = gateway.authorize(&headers).await?;
	let stored = gateway
		.store
		.get(&kind, &id)
		.map_err(store_failed)?
		.ok_or_else(|| FhirError::not_found(format!("{kind}/{id} is not held here")))?;
	let mut lookups = Lookups::default();
	let evaluated = gateway.evaluate(&request, &kind, &id, stored, &mut lookups).await?;
	let basis = release::read(&evaluated.candidate)?;
	let emergency = gateway.journal(&request, &[(&evaluated, basis)]).await?;
	let mut response = fhir_json(StatusCode::OK, &evaluated.resource);
	set_proof_headers(&mut response, evaluated.record, &evaluated.hash);
	set_header(&mut response, CONSENT_BLOCK_HEADER, &request.heads.header());
	if emergency {
		set_header(&mut response, BASIS_HEADER, "break-glass");
	}
	Ok(response)
}

// ---- search and $everything ----

/// The local Patient id a search names: `patient=` or `subject=` as `id` or `Patient/id`
/// (`_id=` for Patient itself).
fn searched_patient(kind: &str, query: &HashMap<String, String>) -> Result<String, FhirError> {
	let named = if kind == "Patient" {
		query.get("_id")
	} else {
		query.get("patient").or_else(|| query.get("subject"))
	};
	let Some(named) = named else {
		return Err(FhirError::invalid(if kind == "Patient" {
			"Patient searches need _id".to_owned()
		} else {
			format!("{kind} searches need patient (or subject)")
		}));
	};
	let id = named.strip_prefix("Patient/").unwrap_or(named);
	if !valid_id(id) {
		return Err(FhirError::malformed(format!("{named:?} is not a patient reference")));
	}
	Ok(id.to_owned())
}

/// Does `resource` match a `category=` filter (a code of its `category`, with or without
/// `system|`)?
fn category_matches(resource: &Value, wanted: &str) -> bool {
	let code = wanted.rsplit('|').next().unwrap_or(wanted);
	let categories = match resource.get("category") {
		Some(Value::Array(items)) => items.clone(),
		Some(single) => vec![single.clone()],
		None => Vec::new(),
	};
	categories.iter().any(|c| {
		c.get("coding").and_then(Value::as_array).is_some_and(|codings| {
			codings.iter().any(|coding| coding.get("code").and_then(Value::as_str) == Some(code))
		})
	})
}

async fn search(
	State(gateway): State<Arc<Gateway>>,
	Path(kind): Path<String>,
	Query(query): Query<HashMap<String, String>>,
	headers: HeaderMap,
) -> Result<Response, FhirError> {
	check_type(&kind)?;
	let patient = searched_patient(&kind, &query)?;
	let request = gateway.authorize(&headers).await?;
	let found = gateway.store.of_patient(&patient, &kind).map_err(store_failed)?;
	let found: Vec<(String, String, Stored)> =
		found.into_iter().map(|(id, stored)| (kind.clone(), id, stored)).collect();
	let filter = query.get("category").cloned();
	gateway.answer_search(&request, found, filter.as_deref()).await
}

/// What one custodian releases of a search or `$everything`: its Bundle entries (each naming
/// the custodian) and the counts of what it withheld and what failed its integrity check.
#[derive(Default)]
pub(crate) struct Part {
	pub(crate) entries: Vec<Value>,
	/// Resources consent covered, before any content filter (`category=`).
	pub(crate) covered: usize,
	pub(crate) withheld: u32,
	pub(crate) failed: u32,
	pub(crate) emergency: bool,
}

/// A Bundle entry's extension naming the organization whose gateway released it.
pub(crate) fn custodian_extension(custodian: OrganizationId) -> Value {
	json!({"url": CUSTODIAN_EXTENSION, "valueUnsignedInt": custodian})
}

impl Gateway {
	/// A `searchset` Bundle of what consent covers among `found`, checked and journalled, with
	/// the withheld and failed counts taken over `found` (never over content filters, which are
	/// applied to the releasable set only).
	async fn answer_search(
		&self,
		request: &Request,
		found: Vec<(String, String, Stored)>,
		filter: Option<&str>,
	) -> Result<Response, FhirError> {
		let part = self.release(request, found, filter).await?;
		if part.covered == 0 && part.withheld > 0 && part.failed == 0 {
			return Err(none_covered());
		}
		Ok(bundle(request, vec![(self.custodian, part)], Vec::new()))
	}

	/// This custodian's part of a search: what consent covers among `found`, checked against
	/// the chain and journalled (durably, before this returns).
	pub(crate) async fn release(
		&self,
		request: &Request,
		found: Vec<(String, String, Stored)>,
		filter: Option<&str>,
	) -> Result<Part, FhirError> {
		if found.len() > MAX_SEARCH_CANDIDATES {
			return Err(FhirError::new(
				400,
				outcome::IssueType::TooCostly,
				format!(
					"the search covers {} resources, more than {MAX_SEARCH_CANDIDATES}; narrow it",
					found.len()
				),
			));
		}
		let mut lookups = Lookups::default();
		let mut evaluated = Vec::with_capacity(found.len());
		for (kind, id, stored) in found {
			evaluated.push(self.evaluate(request, &kind, &id, stored, &mut lookups).await?);
		}
		let candidates: Vec<Candidate> = evaluated.iter().map(|e| e.candidate.clone()).collect();
		let plan = release::plan(&candidates);
		let released: Vec<(&Evaluated, AccessBasis)> = plan
			.released
			.iter()
			.map(|(i, basis)| (&evaluated[*i], *basis))
			.filter(|(e, _)| filter.is_none_or(|f| category_matches(&e.resource, f)))
			.collect();
		let emergency = self.journal(request, &released).await?;
		let entries = released
			.iter()
			.map(|(e, _)| {
				let mut extension = vec![
					json!({"url": CONTENT_HASH_EXTENSION, "valueString": hex(&e.hash)}),
					custodian_extension(self.custodian),
				];
				if let Some((record, _)) = e.record {
					extension
						.insert(0, json!({"url": RECORD_EXTENSION, "valueString": hex(&record)}));
				}
				json!({
					"fullUrl": format!("{}/{}", e.kind, e.id),
					"resource": e.resource,
					"search": {"mode": "match"},
					"extension": extension,
				})
			})
			.collect();
		Ok(Part {
			entries,
			covered: plan.released.len(),
			withheld: plan.withheld,
			failed: plan.failed_integrity,
			emergency,
		})
	}
}

pub(crate) fn none_covered() -> FhirError {
	FhirError::forbidden(
		"the patient's consent covers none of these resources for your organization and purpose",
	)
}

/// The `searchset` Bundle of `parts` (one per custodian, in order), with an outcome entry per
/// custodian that withheld or failed something, and `notes` (outcome entries) after them.
pub(crate) fn bundle(
	request: &Request,
	parts: Vec<(OrganizationId, Part)>,
	notes: Vec<Value>,
) -> Response {
	let several = parts.len() > 1;
	let emergency = parts.iter().any(|(_, p)| p.emergency);
	let mut entries = Vec::new();
	let mut outcomes = Vec::new();
	for (custodian, part) in parts {
		entries.extend(part.entries);
		if let Some(mut outcome) = outcome::withheld_entry(part.withheld, part.failed) {
			if several {
				outcome["resource"]["extension"] = json!([custodian_extension(custodian)]);
			}
			outcomes.push(outcome);
		}
	}
	let total = entries.len();
	entries.extend(outcomes);
	entries.extend(notes);
	let mut meta = json!({
		"extension": [{"url": CONSENT_BLOCK_EXTENSION, "valueString": request.heads.header()}],
	});
	if emergency {
		meta["security"] = json!([{
			"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
			"code": BREAK_GLASS_CODE,
			"display": "break the glass",
		}]);
	}
	let bundle = json!({
		"resourceType": "Bundle",
		"type": "searchset",
		"meta": meta,
		"total": total,
		"entry": entries,
	});
	let mut response = fhir_json(StatusCode::OK, &bundle);
	set_header(&mut response, CONSENT_BLOCK_HEADER, &request.heads.header());
	if emergency {
		set_header(&mut response, BASIS_HEADER, "break-glass");
	}
	response
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
