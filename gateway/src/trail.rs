//! `AuditEvent` for the patient (`docs/gateway.md`, "AuditEvent for the patient"): the
//! patient's view of who read their records, derived from the on-chain audit trail.
//!
//! - [`follow`]: a task that follows finalized blocks and keeps in the store every
//!   `EhrAnchor.AccessLogged` entry of a chain patient the store links to a local patient,
//!   with what the mapping needs (`audit_event::Kept`), and the next block to follow, so that
//!   a restart resumes where it stopped.
//! - [`audit_events`]: `GET /AuditEvent?patient=P`, a `searchset` Bundle of the kept entries
//!   mapped to AuditEvents (`audit_event::audit_event`), with the chain's `records_auditHead`
//!   so that the reader can check that nothing is missing.
//! - Patient tokens: the token endpoint gives a patient's key (`identity_patientByAccount`) a
//!   [`PatientToken`], which reads that patient's AuditEvents and nothing else.

use std::{
	collections::{hash_map::Entry, HashMap},
	sync::Arc,
	time::Duration,
};

use axum::{
	extract::{Query, State},
	http::{HeaderMap, StatusCode},
	response::{IntoResponse, Response},
};
use base64::Engine;
use codec::{Decode, Encode};
use pallet_ehr_anchor::{Anchor, Format};
use pallet_patient_identity::{OrganizationId, OrganizationKind, PatientId};
use serde_json::{json, Value};
use sp_core::{crypto::AccountId32, H256};

use crate::{
	audit_event::{
		self, Kept, View, AUDIT_BLOCK_EXTENSION, AUDIT_COUNT_EXTENSION, AUDIT_FOLLOWED_EXTENSION,
		AUDIT_HEAD_EXTENSION,
	},
	chain::{Chain, ChainError},
	outcome::{self, FhirError},
	server::{
		bearer, fhir_bytes, now_secs, Gateway, ACCESS_TOKEN_LIFETIME_SECS, CHAIN_PATIENT_PREFIX,
	},
	store::{valid_id, EmbeddedStore},
	token::{acting_organization, oauth_error},
};

/// How often the follower looks for newly finalized blocks: a third of a 6 s slot, so a final
/// entry is kept within a couple of seconds.
pub const FOLLOW_INTERVAL: Duration = Duration::from_secs(2);
/// How long the follower waits after the node or the store failed before it tries again.
pub const FOLLOW_RETRY: Duration = Duration::from_secs(5);
/// Most blocks one round of the follower reads (and commits at once): ~6 minutes of chain,
/// so catching up after a restart or from `--audit-from` saves its progress often.
pub const MAX_BLOCKS_PER_ROUND: u32 = 64;
/// A round also ends after the block that brings its kept entries to this many: a full block
/// holds up to 13,056 `log_releases` entries, so 64 busy blocks would hold ~800,000 entries
/// (a few hundred MiB) in memory before one commit. This keeps a round to a few MiB.
pub const MAX_KEPT_PER_ROUND: usize = 16_384;
/// Most AuditEvents one answer holds: the newest, the older ones counted; bounds one
/// response's size and its organization lookups.
pub const MAX_AUDIT_EVENTS: usize = 1_000;
/// The `scope` of a patient token (SMART v2 syntax): read and search the patient's AuditEvents.
pub const PATIENT_SCOPE: &str = "patient/AuditEvent.rs";

// ---- the follower ----

/// Follows finalized blocks for ever, keeping the `AccessLogged` entries of the patients the
/// store links. Starts at block `from` if given (`--audit-from`: a backfill, which needs the
/// blocks' state, i.e. an archive node for old blocks), else where it stopped last time, else
/// at the block finalized when it first runs. A failure of the node or the store is retried
/// after [`FOLLOW_RETRY`]: the blocks already followed stay kept, and nothing is skipped.
pub async fn follow(store: Arc<EmbeddedStore>, chain: Arc<Chain>, from: Option<u32>) {
	let mut next = from;
	if next.is_none() {
		// Without the stored position the follower cannot know where it stopped: it asks again
		// rather than start afresh and leave a gap.
		loop {
			match store.trail_next() {
				Ok(stored) => {
					next = stored.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
					break;
				},
				Err(e) => {
					eprintln!("medchain-gateway: audit trail: {e}; retrying");
					tokio::time::sleep(FOLLOW_RETRY).await;
				},
			}
		}
	}
	loop {
		match round(&store, &chain, &mut next).await {
			Ok(true) => tokio::time::sleep(FOLLOW_INTERVAL).await,
			// Behind: the next round at once.
			Ok(false) => tokio::task::yield_now().await,
			Err(e) => {
				eprintln!(
					"medchain-gateway: audit trail: {e}; retrying in {} s",
					FOLLOW_RETRY.as_secs()
				);
				tokio::time::sleep(FOLLOW_RETRY).await;
			},
		}
	}
}

/// One round: up to [`MAX_BLOCKS_PER_ROUND`] finalized blocks from `next` (fewer once
/// [`MAX_KEPT_PER_ROUND`] entries are kept), their entries kept and `next` moved on in one
/// commit. Returns whether the follower has caught up.
async fn round(
	store: &EmbeddedStore,
	chain: &Chain,
	next: &mut Option<u32>,
) -> Result<bool, String> {
	let finalized = chain.finalized().await.map_err(|e| e.to_string())?;
	let from = next.unwrap_or(finalized.number);
	if from > finalized.number {
		*next = Some(from);
		return Ok(true);
	}
	let last = finalized.number.min(from.saturating_add(MAX_BLOCKS_PER_ROUND - 1));
	let mut lookups = Lookups::default();
	let mut kept = Vec::new();
	let mut done = from;
	let mut failure = None;
	for number in from..=last {
		match follow_block(store, chain, number, &mut lookups).await {
			Ok(found) => {
				kept.extend(found);
				done = number.saturating_add(1);
				if kept.len() >= MAX_KEPT_PER_ROUND {
					break;
				}
			},
			Err(e) => {
				failure = Some(e);
				break;
			},
		}
	}
	// The blocks followed before a failure are kept (and the first start's block recorded).
	if done > from || next.is_none() {
		store.trail_keep(&kept, u64::from(done)).map_err(|e| e.to_string())?;
	}
	*next = Some(done);
	match failure {
		Some(e) => Err(e),
		None => Ok(done > finalized.number),
	}
}

/// What one round asks once.
#[derive(Default)]
struct Lookups {
	/// Chain patient → whether the store links it to a local patient.
	held: HashMap<PatientId, bool>,
	/// Block number → its `Timestamp.Now`.
	times: HashMap<u32, u64>,
	/// (record, block hash) → the record's custodian and format at that block.
	records: HashMap<(H256, H256), (Option<OrganizationId>, Option<Format>)>,
}

/// The entries of block `number` kept for the patients the store holds, as
/// `(chain patient, index, Kept bytes)`.
async fn follow_block(
	store: &EmbeddedStore,
	chain: &Chain,
	number: u32,
	lookups: &mut Lookups,
) -> Result<Vec<(u64, u64, Vec<u8>)>, String> {
	let (hash, logged) = chain.access_logged(number).await.map_err(|e| e.to_string())?;
	let mut out = Vec::new();
	for (patient, entry, head) in logged {
		let held = match lookups.held.get(&patient) {
			Some(held) => *held,
			None => {
				let held = !store.local_patients(patient).map_err(|e| e.to_string())?.is_empty();
				lookups.held.insert(patient, held);
				held
			},
		};
		if !held {
			continue;
		}
		// The anchor as the block that logged the read saw it (asked once per record and block:
		// a busy block logs thousands of reads of few records).
		let (custodian, format) = match entry.anchor {
			Anchor::Record(record) => match lookups.records.get(&(record, hash)) {
				Some(known) => *known,
				None => {
					let found = chain.record(record, hash).await.map_err(|e| e.to_string())?;
					let known = found.map_or((None, None), |r| (Some(r.custodian), Some(r.format)));
					lookups.records.insert((record, hash), known);
					known
				},
			},
			Anchor::Batch(batch) => {
				let batch = chain.batch(batch, hash).await.map_err(|e| e.to_string())?;
				(batch.map(|b| b.custodian), None)
			},
		};
		let recorded_ms = match lookups.times.get(&entry.at) {
			Some(ms) => *ms,
			None => {
				let ms = chain.block_time(entry.at).await.map_err(|e| e.to_string())?;
				lookups.times.insert(entry.at, ms);
				ms
			},
		};
		let index = entry.index;
		let kept = Kept { entry, head, recorded_ms, custodian, format };
		out.push((patient, index, kept.encode()));
	}
	Ok(out)
}

// ---- patient tokens ----

/// An access token issued to a patient's key. Kept apart from the organizations' tokens
/// (`server::Token`, in another map) so that no handler that releases or writes records can
/// take one: those all pass `Gateway::authorize`, which refuses it with 403.
#[derive(Clone, Debug)]
pub struct PatientToken {
	/// The chain patient the key controlled when the token was issued.
	pub patient: PatientId,
	/// The key (its chain account).
	pub account: AccountId32,
	/// UNIX seconds.
	pub expires: u64,
}

/// The token endpoint's answer to a verified client assertion signed by `account`, the key of
/// chain patient `patient`: a patient token (the purpose the assertion states is not used).
pub(crate) fn issue_patient_token(
	gateway: &Gateway,
	patient: PatientId,
	account: AccountId32,
	now: u64,
) -> Response {
	let mut bytes = [0u8; 32];
	if getrandom::getrandom(&mut bytes).is_err() {
		return oauth_error(500, "server_error", "no randomness for a token");
	}
	let access_token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
	let token =
		PatientToken { patient, account, expires: now.saturating_add(ACCESS_TOKEN_LIFETIME_SECS) };
	match gateway.patient_tokens.lock() {
		Ok(mut tokens) => {
			// Expired tokens go on the way, which bounds the map by the tokens of five minutes.
			tokens.retain(|_, t| t.expires > now);
			tokens.insert(access_token.clone(), token);
		},
		Err(_) => return oauth_error(500, "server_error", "the token table is unusable"),
	}
	axum::Json(json!({
		"access_token": access_token,
		"token_type": "Bearer",
		"expires_in": ACCESS_TOKEN_LIFETIME_SECS,
		"scope": PATIENT_SCOPE,
		"patient": format!("{CHAIN_PATIENT_PREFIX}{patient}"),
	}))
	.into_response()
}

// ---- GET /AuditEvent?patient=P ----

/// Who reads a trail.
enum Reader {
	/// The patient, with a patient token.
	Patient(PatientId),
	/// An operator of this gateway's custodian.
	Custodian,
}

fn unavailable(e: ChainError) -> FhirError {
	FhirError::unavailable(format!("the chain cannot be asked now ({e})"))
}

fn store_failed(e: impl std::fmt::Display) -> FhirError {
	FhirError::new(500, outcome::IssueType::Exception, e.to_string())
}

impl Gateway {
	/// The reader of a trail: a patient token whose key still controls its patient at the best
	/// block, or an organization token of an operator of this gateway's custodian (still one at
	/// the best block). Any other organization's token → 403.
	async fn trail_reader(&self, headers: &HeaderMap) -> Result<(Reader, H256, u32), FhirError> {
		let bearer = bearer(headers)?;
		let now = now_secs();
		let patient = self
			.patient_tokens
			.lock()
			.ok()
			.and_then(|t| t.get(bearer).cloned())
			.filter(|t| t.expires > now);
		let organization = match patient {
			Some(_) => None,
			None => Some(self.organization_token(bearer, now)?),
		};
		let heads = self.chain.heads().await.map_err(unavailable)?;
		let best = heads.best;
		if let Some(token) = patient {
			let now_controls = self
				.chain
				.patient_by_account(&token.account, best.hash)
				.await
				.map_err(unavailable)?
				.is_some_and(|p| p.id == token.patient);
			if !now_controls {
				return Err(FhirError::unauthenticated(format!(
					"the token's key no longer controls patient {}",
					token.patient
				)));
			}
			return Ok((Reader::Patient(token.patient), best.hash, best.number));
		}
		let Some(token) = organization else {
			return Err(FhirError::unauthenticated("unknown or expired access token"));
		};
		let now_of =
			self.chain.organization_of(&token.operator, best.hash).await.map_err(unavailable)?;
		if acting_organization(now_of, &token.operator)? != token.organization {
			return Err(FhirError::unauthenticated("the token's key changed organization"));
		}
		if token.organization != self.custodian {
			return Err(FhirError::forbidden(format!(
				"a patient's audit trail is read here by the patient and by organization {}'s \
				 own operators, not by organization {}",
				self.custodian, token.organization
			)));
		}
		Ok((Reader::Custodian, best.hash, best.number))
	}
}

/// `GET /AuditEvent?patient=P`: the chain patient `P` names (a local Patient id, `Patient/id`,
/// or `mc-<chain id>`), its kept entries as AuditEvents in index order (the newest
/// [`MAX_AUDIT_EVENTS`]), and the chain's head and count to check them against.
///
/// Reading the trail adds no audit entry: the patient reading their own trail, or the
/// custodian reading who it released to, is not a release of a record.
pub async fn audit_events(
	State(gateway): State<Arc<Gateway>>,
	Query(query): Query<HashMap<String, String>>,
	headers: HeaderMap,
) -> Result<Response, FhirError> {
	let named = query
		.get("patient")
		.ok_or_else(|| FhirError::invalid("AuditEvent searches need patient"))?;
	let id = named.strip_prefix("Patient/").unwrap_or(named);
	if !valid_id(id) {
		return Err(FhirError::malformed(format!("{named:?} is not a patient reference")));
	}
	let (reader, best, best_number) = gateway.trail_reader(&headers).await?;
	let chain_patient = match id.strip_prefix(CHAIN_PATIENT_PREFIX).and_then(|n| n.parse().ok()) {
		Some(chain) => Some(chain),
		None => gateway.store.linked_patient(id).map_err(store_failed)?,
	};
	let patient = match (reader, chain_patient) {
		(Reader::Patient(own), Some(chain)) if chain == own => own,
		(Reader::Patient(own), _) => {
			return Err(FhirError::forbidden(format!(
				"Patient/{id} is not patient {own}: a patient reads only their own AuditEvents \
				 (Patient/{CHAIN_PATIENT_PREFIX}{own})"
			)))
		},
		(Reader::Custodian, Some(chain)) => chain,
		(Reader::Custodian, None) => {
			return Err(FhirError::not_found(format!(
				"Patient/{id} is not linked to a chain patient here"
			)))
		},
	};
	let head = gateway.chain.audit_head(patient, best).await.map_err(unavailable)?;
	let (kept, older) =
		gateway.store.trail_newest(patient, MAX_AUDIT_EVENTS).map_err(store_failed)?;
	let kept: Vec<Kept> = kept
		.iter()
		.map(|(_, bytes)| Kept::decode(&mut &bytes[..]))
		.collect::<Result<_, _>>()
		.map_err(|e| store_failed(format!("a kept audit entry: {e}")))?;
	let next = gateway.store.trail_next().map_err(store_failed)?;
	let held = !gateway.store.local_patients(patient).map_err(store_failed)?.is_empty();

	// Each accessor once, as `identity_organization` shows it now.
	let mut kinds: HashMap<OrganizationId, Option<OrganizationKind>> = HashMap::new();
	for k in &kept {
		if let Entry::Vacant(slot) = kinds.entry(k.entry.accessor) {
			let organization =
				gateway.chain.organization(k.entry.accessor, best).await.map_err(unavailable)?;
			slot.insert(organization.map(|o| o.kind));
		}
	}
	let view = View { genesis: gateway.chain.genesis, patient, patient_id: id.to_owned() };
	let shown = kept.len();
	let mut entries: Vec<Value> = kept
		.iter()
		.map(|k| {
			let kind = kinds.get(&k.entry.accessor).copied().flatten();
			let event = audit_event::audit_event(k, kind, &view);
			json!({
				"fullUrl": format!("AuditEvent/{}", event["id"].as_str().unwrap_or_default()),
				"resource": event,
				"search": {"mode": "match"},
			})
		})
		.collect();
	let total = (shown as u64).saturating_add(older);
	let followed = next.and_then(|n| n.checked_sub(1));
	let mut notes = Vec::new();
	if older > 0 {
		notes.push(format!(
			"{older} older entries of this patient's trail are kept here but left out: an answer \
			 holds the newest {MAX_AUDIT_EVENTS}"
		));
	}
	if !held {
		notes.push(format!(
			"this gateway keeps the trails of the patients it holds records of, and chain \
			 patient {patient} is not one of them: ask the gateways of the custodians that hold \
			 their records"
		));
	} else if total != head.count {
		notes.push(format!(
			"the chain holds {} entries and this gateway {total}: it keeps the entries of the \
			 finalized blocks it followed (up to #{}), from the block it was first started at \
			 (`--audit-from` backfills from an archive node)",
			head.count,
			followed.map_or_else(|| "none yet".to_owned(), |n| n.to_string())
		));
	}
	for note in notes {
		entries.push(json!({
			"resource": outcome::outcome(
				outcome::Severity::Information,
				outcome::IssueType::Informational,
				&note,
			),
			"search": {"mode": "outcome"},
		}));
	}
	let mut meta_extension = vec![
		json!({"url": AUDIT_HEAD_EXTENSION, "valueString": format!("{:?}", head.head)}),
		json!({"url": AUDIT_COUNT_EXTENSION, "valueString": head.count.to_string()}),
		json!({"url": AUDIT_BLOCK_EXTENSION, "valueString": format!("{best_number}:{best:?}")}),
	];
	if let Some(followed) = followed {
		meta_extension
			.push(json!({"url": AUDIT_FOLLOWED_EXTENSION, "valueString": followed.to_string()}));
	}
	let bundle = json!({
		"resourceType": "Bundle",
		"type": "searchset",
		"meta": {"extension": meta_extension},
		"total": total,
		"entry": entries,
	});
	Ok(fhir_bytes(StatusCode::OK, bundle.to_string().into_bytes()))
}
