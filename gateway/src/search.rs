//! `read` and `search` by patient, with paging, and the `searchset` Bundle that search and
//! `Patient/$everything` answer: each candidate's consent decided by the chain, its content
//! checked against its anchor, and every release journalled before a byte is written
//! (`docs/gateway.md`).

use std::{collections::HashMap, sync::Arc};

use axum::{
	extract::{Path, Query, State},
	http::{HeaderMap, StatusCode},
	response::Response,
};
use pallet_ehr_anchor::AccessBasis;
use pallet_patient_identity::OrganizationId;
use serde_json::{json, Value};

use crate::{
	federation::form_encode,
	outcome::{self, FhirError},
	release::{self, Candidate},
	server::{
		check_type, fhir_json, hex, set_header, set_proof_headers, Evaluated, Gateway, Lookups,
		Request, BASIS_HEADER, BREAK_GLASS_CODE, CONSENT_BLOCK_EXTENSION, CONSENT_BLOCK_HEADER,
		CONTENT_HASH_EXTENSION, CUSTODIAN_EXTENSION, MAX_SEARCH_CANDIDATES, RECORD_EXTENSION,
	},
	store::{valid_id, Stored},
};

pub(crate) async fn read(
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
		.resource(&kind, &id)
		.await?
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

pub(crate) async fn search(
	State(gateway): State<Arc<Gateway>>,
	Path(kind): Path<String>,
	Query(query): Query<HashMap<String, String>>,
	headers: HeaderMap,
) -> Result<Response, FhirError> {
	check_type(&kind)?;
	let patient = searched_patient(&kind, &query)?;
	let page = Page::of(&query)?;
	let request = gateway.authorize(&headers).await?;
	// One candidate more than the page tells whether there is a next page.
	let mut found = gateway.resources_of(&patient, &kind, page.offset, page.count + 1).await?;
	let more = found.len() > page.count;
	found.truncate(page.count);
	let found: Vec<(String, String, Stored)> =
		found.into_iter().map(|(id, stored)| (kind.clone(), id, stored)).collect();
	let filter = query.get("category").map(String::as_str);
	let part = gateway.release(&request, found, filter).await?;
	// Refused outright only when the whole answer is this page; a later or partial page says
	// what it withheld like any other.
	let whole = page.offset == 0 && !more;
	if whole && part.covered == 0 && part.withheld > 0 && part.failed == 0 {
		return Err(none_covered());
	}
	let url = |offset: usize| gateway.search_url(&kind, &query, page.count, offset);
	let mut links = vec![json!({"relation": "self", "url": url(page.offset)})];
	if more {
		links.push(json!({"relation": "next", "url": url(page.offset + page.count)}));
	}
	if page.offset > 0 {
		let previous = page.offset.saturating_sub(page.count);
		links.push(json!({"relation": "previous", "url": url(previous)}));
	}
	Ok(bundle(&request, vec![(gateway.custodian, part)], Vec::new(), Paging { links, whole }))
}

/// Candidates per search page when the requester names no `_count`: a page's chain lookups
/// (a record, a verdict and a consent decision per candidate) stay a fraction of a second.
pub const DEFAULT_PAGE_SIZE: usize = 100;

/// A search page: `_offset` candidates skipped, at most `_count` looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Page {
	pub(crate) offset: usize,
	pub(crate) count: usize,
}

impl Page {
	/// The page a search asks for: `_count` from 1 to [`MAX_SEARCH_CANDIDATES`]
	/// ([`DEFAULT_PAGE_SIZE`] if absent), `_offset` from 0.
	pub(crate) fn of(query: &HashMap<String, String>) -> Result<Page, FhirError> {
		let count = match query.get("_count") {
			None => DEFAULT_PAGE_SIZE,
			Some(text) => {
				text.parse().ok().filter(|n| (1..=MAX_SEARCH_CANDIDATES).contains(n)).ok_or_else(
					|| {
						FhirError::invalid(format!(
						"_count must be a number from 1 to {MAX_SEARCH_CANDIDATES}, not {text:?}"
					))
					},
				)?
			},
		};
		let offset = match query.get("_offset") {
			None => 0,
			Some(text) => text.parse().map_err(|_| {
				FhirError::invalid(format!("_offset must be a number from 0, not {text:?}"))
			})?,
		};
		Ok(Page { offset, count })
	}
}

/// A search Bundle's paging: its `link`s, and whether it is the whole answer (then it states
/// `total`; a page of several does not, since the gateway has not looked at the others).
pub(crate) struct Paging {
	pub(crate) links: Vec<Value>,
	pub(crate) whole: bool,
}

impl Paging {
	/// `$everything`: one page, no links.
	pub(crate) fn whole() -> Paging {
		Paging { links: Vec::new(), whole: true }
	}
}

impl Gateway {
	/// The URL of the page at `offset` of a search of `kind` by `query`'s patient and category.
	fn search_url(
		&self,
		kind: &str,
		query: &HashMap<String, String>,
		count: usize,
		offset: usize,
	) -> String {
		let mut url = format!("{}/{kind}?", self.public_url);
		for name in ["_id", "patient", "subject", "category"] {
			if let Some(value) = query.get(name) {
				url.push_str(&format!("{name}={}&", form_encode(value)));
			}
		}
		url.push_str(&format!("_count={count}&_offset={offset}"));
		url
	}
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
	paging: Paging,
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
	let mut bundle = json!({
		"resourceType": "Bundle",
		"type": "searchset",
		"meta": meta,
		"entry": entries,
	});
	if paging.whole {
		bundle["total"] = json!(total);
	}
	if !paging.links.is_empty() {
		bundle["link"] = Value::Array(paging.links);
	}
	let mut response = fhir_json(StatusCode::OK, &bundle);
	set_header(&mut response, CONSENT_BLOCK_HEADER, &request.heads.header());
	if emergency {
		set_header(&mut response, BASIS_HEADER, "break-glass");
	}
	response
}

#[cfg(test)]
mod tests {
	use super::*;

	fn query(pairs: &[(&str, &str)]) -> HashMap<String, String> {
		pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
	}

	#[test]
	fn a_page_is_named_by_count_and_offset() {
		assert_eq!(Page::of(&query(&[])), Ok(Page { offset: 0, count: DEFAULT_PAGE_SIZE }));
		assert_eq!(
			Page::of(&query(&[("_count", "5"), ("_offset", "10")])),
			Ok(Page { offset: 10, count: 5 })
		);
		assert_eq!(
			Page::of(&query(&[("_count", "1000")])).map(|p| p.count),
			Ok(MAX_SEARCH_CANDIDATES)
		);
	}

	#[test]
	fn a_bad_page_is_refused() {
		for bad in [
			&[("_count", "0")][..],
			&[("_count", "1001")],
			&[("_count", "x")],
			&[("_offset", "-1")],
		] {
			let refused = Page::of(&query(bad)).expect_err("refused");
			assert_eq!(refused.status, 400, "{bad:?}");
		}
	}

	#[test]
	fn category_filters_match_codes_with_or_without_a_system() {
		let lab = json!({"category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}]});
		assert!(category_matches(&lab, "laboratory"));
		assert!(category_matches(
			&lab,
			"http://terminology.hl7.org/CodeSystem/observation-category|laboratory"
		));
		assert!(!category_matches(&lab, "vital-signs"));
		assert!(!category_matches(&json!({}), "laboratory"));
	}
}
