//! `Patient/[id]/$everything`, gathered across custodians (`docs/gateway.md`, "Federation"):
//! this gateway's own part as for a search, and, with the requester's federation assertion,
//! every other custodian's part fetched through [`crate::federation`] and checked against the
//! chain here; or, when another gateway forwards a requester's assertion, this custodian's part
//! decided for and audited to that requester.

use std::sync::Arc;

use axum::{
	extract::{Path, State},
	http::HeaderMap,
	response::Response,
};
use pallet_patient_identity::OrganizationId;
use serde_json::{json, Value};
use sp_core::H256;

use crate::{
	auth::{self, FederationAssertion, CLOCK_SKEW_SECS},
	federation::{RemoteError, FEDERATION_HEADER},
	outcome::{self, FhirError},
	purpose,
	release::{self, Integrity},
	search::{bundle, custodian_extension, none_covered, Paging, Part},
	server::{
		now_secs, store_failed, unavailable, Gateway, Request, Token, BREAK_GLASS_CODE,
		CHAIN_PATIENT_PREFIX, CONTENT_HASH_EXTENSION, MAX_SEARCH_CANDIDATES, RECORD_EXTENSION,
		SUPPORTED_TYPES,
	},
	store::valid_id,
	token::acting_organization,
};

/// `Patient/[id]/$everything`: this custodian's part, and, with the requester's federation
/// assertion, every other custodian's part gathered through their published endpoints
/// (`docs/gateway.md`, "Federation"). `id` is a local Patient id or `mc-<chain patient id>`.
pub(crate) async fn everything(
	State(gateway): State<Arc<Gateway>>,
	Path(id): Path<String>,
	headers: HeaderMap,
) -> Result<Response, FhirError> {
	if !valid_id(&id) {
		return Err(FhirError::malformed(format!("{id:?} is not a FHIR id")));
	}
	let mut request = gateway.authorize(&headers).await?;
	let (locals, patient) = gateway.patients_named(&id)?;
	let assertion = headers
		.get(FEDERATION_HEADER)
		.map(|v| {
			v.to_str().map(str::to_owned).map_err(|_| {
				FhirError::malformed(format!("{FEDERATION_HEADER} is not a compact JWT"))
			})
		})
		.transpose()?;
	// `Some` when this gateway is the requester's and gathers the other custodians' parts.
	let mut gather = None;
	if let Some(jwt) = &assertion {
		let federated = gateway.federation_assertion(&request, jwt, patient)?;
		let origin = federated.assertion.operator == request.token.operator;
		// The requester names the one organization whose gateway may gather for it: this one
		// when it asks here itself, the forwarder when another gateway brings it.
		let via = if origin { gateway.custodian } else { request.token.organization };
		if federated.via != via {
			return Err(FhirError::forbidden(format!(
				"the federation assertion is for organization {}'s gateway, not {via}'s",
				federated.via
			)));
		}
		if origin {
			gather = Some((federated.patient, jwt.as_str()));
		} else {
			// Forwarded by the requester's gateway: consent is decided for, and the release
			// audited to, the requester the assertion names; the forwarder only carries it.
			request.token = gateway.on_behalf_of(&request, &federated).await?;
		}
	}
	let mut found = Vec::new();
	for local in &locals {
		for kind in SUPPORTED_TYPES {
			// One more than the most a release looks at, so that too many is refused as such.
			let room = (MAX_SEARCH_CANDIDATES + 1).saturating_sub(found.len());
			for (rid, stored) in gateway.resources_of(local, kind, 0, room).await? {
				found.push((kind.to_owned(), rid, stored));
			}
		}
	}
	let own = gateway.release(&request, found, None).await?;
	let mut parts = vec![(gateway.custodian, own)];
	let mut notes = Vec::new();
	// Custodians whose part is missing: refused for consent, or not answering (which must not
	// turn into a 403, since their records may well be covered).
	let (mut forbidden, mut unanswered) = (false, false);
	match gather {
		Some((patient, jwt)) => {
			for (custodian, answer) in gateway.federate(&request, patient, jwt).await? {
				match answer {
					Ok(part) => parts.push((custodian, part)),
					Err(e) => {
						match e {
							RemoteError::Forbidden(_) => forbidden = true,
							_ => unanswered = true,
						}
						notes.push(remote_note(custodian, &e));
					},
				}
			}
		},
		None if assertion.is_none() && patient.is_some() => notes.push(json!({
			"resource": outcome::outcome(
				outcome::Severity::Information,
				outcome::IssueType::Informational,
				&format!(
					"only organization {}'s records: send a federation assertion in \
					 {FEDERATION_HEADER} to gather the patient's records from every custodian",
					gateway.custodian
				),
			),
			"search": {"mode": "outcome"},
		})),
		None => {},
	}
	let covered: usize = parts.iter().map(|(_, p)| p.covered).sum();
	let withheld: u32 = parts.iter().map(|(_, p)| p.withheld).sum();
	let failed: u32 = parts.iter().map(|(_, p)| p.failed).sum();
	if covered == 0 && (withheld > 0 || forbidden) && failed == 0 && !unanswered {
		return Err(none_covered());
	}
	Ok(bundle(&request, parts, notes, Paging::whole()))
}

/// The outcome entry saying why `custodian`'s part is missing.
fn remote_note(custodian: OrganizationId, e: &RemoteError) -> Value {
	let (severity, code, what) = match e {
		RemoteError::Forbidden(_) => (
			outcome::Severity::Information,
			outcome::IssueType::Forbidden,
			"consent covers none of its records for your organization and purpose",
		),
		RemoteError::Unreachable(_) => {
			(outcome::Severity::Warning, outcome::IssueType::Transient, "not reached")
		},
		RemoteError::Refused(_) => {
			(outcome::Severity::Warning, outcome::IssueType::Exception, "refused the request")
		},
	};
	let mut resource =
		outcome::outcome(severity, code, &format!("organization {custodian}: {what} ({e})"));
	resource["extension"] = json!([custodian_extension(custodian)]);
	json!({"resource": resource, "search": {"mode": "outcome"}})
}

impl Gateway {
	/// The local Patient ids and the chain patient `id` names: a local id and the chain
	/// patient it is linked to (if any), or, for `mc-<n>`, every local id linked to chain
	/// patient `n`.
	fn patients_named(&self, id: &str) -> Result<(Vec<String>, Option<u64>), FhirError> {
		if let Some(chain) = id.strip_prefix(CHAIN_PATIENT_PREFIX).and_then(|n| n.parse().ok()) {
			let locals = self.store.local_patients(chain).map_err(store_failed)?;
			return Ok((locals, Some(chain)));
		}
		let chain = self.store.linked_patient(id).map_err(store_failed)?;
		Ok((vec![id.to_owned()], chain))
	}

	/// Verifies a federation assertion sent with `request` for chain patient `patient`: its
	/// signature, audience (this chain), expiry, patient and purpose (the token's), and that
	/// this gateway has not seen it before.
	fn federation_assertion(
		&self,
		request: &Request,
		jwt: &str,
		patient: Option<u64>,
	) -> Result<FederationAssertion, FhirError> {
		let now = now_secs();
		let federated =
			auth::verify_federation_assertion(jwt, &self.chain.genesis, self.chain.ss58, now)
				.map_err(|e| {
					let message = format!("the federation assertion: {e}");
					if e.status() == 401 {
						FhirError::unauthenticated(message)
					} else {
						FhirError::invalid(message)
					}
				})?;
		let Some(patient) = patient else {
			return Err(FhirError::invalid(
				"this Patient is not linked to a chain patient here; federation names chain \
				 patients (Patient/mc-<id>)",
			));
		};
		if federated.patient != patient {
			return Err(FhirError::forbidden(format!(
				"the federation assertion is for chain patient {}, not {patient}",
				federated.patient
			)));
		}
		if federated.assertion.purpose != request.token.purpose {
			return Err(FhirError::forbidden(format!(
				"the federation assertion states {}, the access token {}",
				purpose::code(federated.assertion.purpose),
				purpose::code(request.token.purpose)
			)));
		}
		let issuer = format!("federation:{}", federated.assertion.operator);
		match self.store.remember_jti(
			&issuer,
			&federated.assertion.jti,
			jwt,
			federated.assertion.exp.saturating_add(CLOCK_SKEW_SECS),
			now,
		) {
			Ok(true) => Ok(federated),
			Ok(false) => Err(FhirError::unauthenticated(
				"the federation assertion was already used here (jti replayed)",
			)),
			Err(e) => Err(store_failed(e)),
		}
	}

	/// The token a forwarded request is decided under: the requester's organization, key,
	/// purpose and assertion, for as long as the forwarder's token lasts.
	async fn on_behalf_of(
		&self,
		request: &Request,
		federated: &FederationAssertion,
	) -> Result<Token, FhirError> {
		let operator = &federated.assertion.operator;
		let organization = self
			.chain
			.organization_of(operator, request.heads.best.hash)
			.await
			.map_err(unavailable)?;
		Ok(Token {
			organization: acting_organization(organization, operator)?,
			operator: operator.clone(),
			purpose: federated.assertion.purpose,
			expires: request.token.expires,
			evidence: H256(federated.assertion.evidence),
		})
	}

	/// Every other custodian's part of chain patient `patient`'s `$everything`, asked at once
	/// with the requester's federation assertion `jwt` and checked against the chain here.
	async fn federate(
		&self,
		request: &Request,
		patient: u64,
		jwt: &str,
	) -> Result<Vec<(OrganizationId, Result<Part, RemoteError>)>, FhirError> {
		let Some(federation) = &self.federation else {
			return Err(FhirError::new(
				501,
				outcome::IssueType::NotSupported,
				"this gateway does not federate (started without an outgoing client)",
			));
		};
		let best = request.heads.best.hash;
		let custodians = self.chain.custodians_of(patient, best).await.map_err(unavailable)?;
		let asks =
			custodians.into_iter().filter(|c| *c != self.custodian).map(|custodian| async move {
				let endpoint = match self.chain.endpoint(custodian, best).await {
					Ok(Some(endpoint)) => endpoint,
					Ok(None) => {
						let why = "publishes no gateway endpoint on chain".to_owned();
						return Ok((custodian, Err(RemoteError::Refused(why))));
					},
					Err(e) => return Err(unavailable(e)),
				};
				let purpose = request.token.purpose;
				match federation.everything(&endpoint, patient, purpose, jwt).await {
					Ok(answer) => {
						let part = self.check_remote(request, custodian, patient, &answer).await?;
						Ok((custodian, Ok(part)))
					},
					Err(e) => Ok((custodian, Err(e))),
				}
			});
		futures::future::join_all(asks).await.into_iter().collect()
	}

	/// `custodian`'s Bundle as this gateway passes it on: each matched entry only if its
	/// content hashes to the hash it claims, and that hash is the current version of the
	/// record it names, anchored by `custodian` for `patient` (else counted as failed); the
	/// custodian's own withheld and failed counts carried over.
	async fn check_remote(
		&self,
		request: &Request,
		custodian: OrganizationId,
		patient: u64,
		answer: &Value,
	) -> Result<Part, FhirError> {
		let mut part = Part::default();
		let entries = answer.get("entry").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
		for (i, entry) in entries.iter().enumerate() {
			match entry.pointer("/search/mode").and_then(Value::as_str) {
				Some("match") if i < MAX_SEARCH_CANDIDATES => {
					if self.remote_entry_holds(request, custodian, patient, entry).await? {
						let mut entry = entry.clone();
						entry["extension"] = json!([
							{"url": RECORD_EXTENSION, "valueString": extension(&entry, RECORD_EXTENSION)},
							{"url": CONTENT_HASH_EXTENSION, "valueString": extension(&entry, CONTENT_HASH_EXTENSION)},
							custodian_extension(custodian),
						]);
						part.entries.push(entry);
					} else {
						part.failed = part.failed.saturating_add(1);
					}
				},
				Some("match") => part.failed = part.failed.saturating_add(1),
				Some("outcome") => {
					let issues = entry.pointer("/resource/issue").and_then(Value::as_array);
					for issue in issues.into_iter().flatten() {
						let count = issue
							.pointer("/extension/0/valueUnsignedInt")
							.and_then(Value::as_u64)
							.and_then(|n| u32::try_from(n).ok())
							.unwrap_or_default();
						match issue.get("code").and_then(Value::as_str) {
							Some("suppressed") => {
								part.withheld = part.withheld.saturating_add(count)
							},
							Some("invariant") => part.failed = part.failed.saturating_add(count),
							_ => {},
						}
					}
				},
				_ => {},
			}
		}
		part.covered = part.entries.len();
		part.emergency =
			answer.pointer("/meta/security").and_then(Value::as_array).is_some_and(|codes| {
				codes.iter().any(|c| c.get("code") == Some(&json!(BREAK_GLASS_CODE)))
			});
		Ok(part)
	}

	/// Does a remote Bundle entry hold up against the chain?
	async fn remote_entry_holds(
		&self,
		request: &Request,
		custodian: OrganizationId,
		patient: u64,
		entry: &Value,
	) -> Result<bool, FhirError> {
		let best = request.heads.best.hash;
		let (Some(resource), Ok(record), Ok(claimed)) = (
			entry.get("resource"),
			extension(entry, RECORD_EXTENSION).parse::<H256>(),
			extension(entry, CONTENT_HASH_EXTENSION).parse::<H256>(),
		) else {
			return Ok(false);
		};
		let Ok(hash) = medchain_records::content_hash(&resource.to_string()) else {
			return Ok(false);
		};
		if hash != claimed {
			return Ok(false);
		}
		let anchored = self.chain.record(record, best).await.map_err(unavailable)?;
		if anchored.is_none_or(|r| r.patient != patient) {
			return Ok(false);
		}
		let verdict = self.chain.verify(record, hash, best).await.map_err(unavailable)?;
		Ok(release::integrity(&verdict, custodian) == Integrity::Current)
	}
}

/// The `valueString` of `entry`'s extension `url` ("" if absent).
fn extension<'a>(entry: &'a Value, url: &str) -> &'a str {
	entry
		.get("extension")
		.and_then(Value::as_array)
		.and_then(|list| list.iter().find(|e| e.get("url").and_then(Value::as_str) == Some(url)))
		.and_then(|e| e.get("valueString"))
		.and_then(Value::as_str)
		.unwrap_or_default()
}
