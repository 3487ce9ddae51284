//! Proxy mode (`docs/gateway.md`, "Where data comes from"): the custodian's resources live in an
//! existing FHIR server, the **upstream**. The gateway reads and searches them there, keeps its
//! map from resources to records (the anchors) and everything else that must be durable in its
//! own embedded store, and applies exactly the same consent, integrity and audit steps to what
//! comes back as to what it stores itself: nothing from upstream reaches a requester unchecked.
//! A resource upstream that the map does not know is unanchored (withheld, counted as an
//! integrity failure); one changed upstream no longer hashes to its anchor (refused).
//!
//! [`Gateway::resource`], [`Gateway::resources_of`] and [`Gateway::keep`] are where the
//! request handlers get and put resources, in either mode.

use std::{collections::HashSet, sync::Arc, time::Duration};

use axum::body::Bytes;
use http_body_util::Full;
use serde_json::Value;

use crate::{
	federation::{self, HttpClient},
	outcome::{FhirError, IssueType},
	server::{store_failed, Gateway},
	store::{patient_of, valid_id, AnchorRef, EmbeddedStore, FhirStore, StoreError, Stored},
};

/// How long one request to the upstream may take: an answer later than this is a failure
/// (fail closed: nothing is released), not a wait that holds the requester's connection.
pub const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest upstream answer read: a page of [`UPSTREAM_PAGE`] resources of a few KiB each, or
/// one large DocumentReference, with room to spare.
pub const MAX_UPSTREAM_BODY_BYTES: usize = 32 * 1024 * 1024;
/// Resources asked for per upstream search page (`_count`): large enough that a patient's
/// resources of one type come in one or two round trips, small enough for any server's cap.
pub const UPSTREAM_PAGE: usize = 200;
/// Most pages one search follows upstream: with [`UPSTREAM_PAGE`] that is far beyond the
/// gateway's own `MAX_SEARCH_CANDIDATES`, so it only stops an upstream that pages forever.
const MAX_UPSTREAM_PAGES: usize = 64;

/// Why a resource could not be fetched or kept.
#[derive(Debug)]
pub enum SourceError {
	/// The embedded store failed.
	Store(StoreError),
	/// The upstream was unreachable, too slow, or answered something that is not FHIR.
	Upstream(String),
}

impl std::fmt::Display for SourceError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			SourceError::Store(e) => e.fmt(f),
			SourceError::Upstream(why) => write!(f, "the upstream FHIR server: {why}"),
		}
	}
}

impl std::error::Error for SourceError {}

impl From<StoreError> for SourceError {
	fn from(e: StoreError) -> Self {
		SourceError::Store(e)
	}
}

impl From<SourceError> for FhirError {
	fn from(e: SourceError) -> Self {
		match e {
			SourceError::Store(e) => store_failed(e),
			// 502: the gateway is fine, what stands behind it is not; worth asking again.
			SourceError::Upstream(_) => FhirError::new(502, IssueType::Transient, e.to_string()),
		}
	}
}

/// The client towards the upstream FHIR server.
pub struct Upstream {
	/// The base URL, without a trailing `/`.
	base: String,
	client: HttpClient,
	/// The embedded store, for the anchors map.
	anchors: Arc<EmbeddedStore>,
}

impl Upstream {
	/// A client for the FHIR server at `base`, keeping anchors in `anchors`. Health data comes
	/// back over the connection, so `base` must be https, or http to loopback unless
	/// `insecure`.
	pub fn new(
		base: &str,
		insecure: bool,
		anchors: Arc<EmbeddedStore>,
	) -> Result<Upstream, String> {
		federation::usable_endpoint(base, insecure)?;
		Ok(Upstream {
			base: base.trim_end_matches('/').to_owned(),
			client: federation::http_client()?,
			anchors,
		})
	}

	/// The base URL.
	pub fn base(&self) -> &str {
		&self.base
	}

	/// One request within [`UPSTREAM_TIMEOUT`]: the status and the body.
	async fn call(
		&self,
		method: axum::http::Method,
		url: &str,
		body: Option<&[u8]>,
	) -> Result<(u16, Bytes), SourceError> {
		let mut request = axum::http::Request::builder()
			.method(method)
			.uri(url)
			.header(axum::http::header::ACCEPT, "application/fhir+json");
		if body.is_some() {
			request = request.header(axum::http::header::CONTENT_TYPE, "application/fhir+json");
		}
		let request = request
			.body(Full::new(Bytes::copy_from_slice(body.unwrap_or_default())))
			.map_err(|e| SourceError::Upstream(format!("{url}: {e}")))?;
		let send = federation::fetch(&self.client, request, MAX_UPSTREAM_BODY_BYTES);
		tokio::time::timeout(UPSTREAM_TIMEOUT, send)
			.await
			.map_err(|_| {
				SourceError::Upstream(format!(
					"{url} did not answer within {} s",
					UPSTREAM_TIMEOUT.as_secs()
				))
			})?
			.map_err(SourceError::Upstream)
	}

	/// The resource `kind/id` upstream, with the anchor the store maps it to.
	pub async fn get(&self, kind: &str, id: &str) -> Result<Option<Stored>, SourceError> {
		let url = format!("{}/{kind}/{id}", self.base);
		let (status, body) = self.call(axum::http::Method::GET, &url, None).await?;
		match status {
			200 => {},
			// Gone (deleted upstream) is simply not held any more.
			404 | 410 => return Ok(None),
			s => return Err(refusal(&url, s, &body)),
		}
		let resource: Value = serde_json::from_slice(&body)
			.map_err(|e| SourceError::Upstream(format!("{url}: the answer is not JSON: {e}")))?;
		if resource.get("resourceType").and_then(Value::as_str) != Some(kind)
			|| resource.get("id").and_then(Value::as_str) != Some(id)
		{
			return Err(SourceError::Upstream(format!("{url}: the answer is not {kind}/{id}")));
		}
		Ok(Some(Stored { json: body.to_vec(), anchor: self.anchors.anchor_of(kind, id)? }))
	}

	/// Resources of type `kind` of local patient `patient` upstream, a page at a time
	/// (`_count`, `_offset`): at most `limit` after skipping `skip`, in the upstream's order.
	/// Entries that are not a `kind` of that patient (an `include`, an `outcome`, or a server
	/// that matched too much) are left out.
	pub async fn of_patient(
		&self,
		patient: &str,
		kind: &str,
		skip: usize,
		limit: usize,
	) -> Result<Vec<(String, Stored)>, SourceError> {
		if kind == "Patient" {
			if skip > 0 || limit == 0 {
				return Ok(Vec::new());
			}
			return Ok(self
				.get(kind, patient)
				.await?
				.map(|s| (patient.to_owned(), s))
				.into_iter()
				.collect());
		}
		let mut out = Vec::new();
		let mut seen = HashSet::new();
		// Entries of the upstream's answer consumed so far, matching or not: the next offset.
		let mut consumed = 0;
		for _ in 0..MAX_UPSTREAM_PAGES {
			if out.len() >= limit {
				break;
			}
			let count = UPSTREAM_PAGE.min(limit - out.len());
			let url = format!(
				"{}/{kind}?patient=Patient/{patient}&_count={count}&_offset={}",
				self.base,
				skip + consumed
			);
			let (status, body) = self.call(axum::http::Method::GET, &url, None).await?;
			if status != 200 {
				return Err(refusal(&url, status, &body));
			}
			let page = SearchPage::parse(&body)
				.map_err(|why| SourceError::Upstream(format!("{url}: {why}")))?;
			let more = page.has_next
				|| page.entries.len() >= count
				|| page.total.is_some_and(|total| total > skip + consumed + page.entries.len());
			consumed += page.entries.len();
			for resource in page.entries {
				if resource.get("resourceType").and_then(Value::as_str) != Some(kind)
					|| patient_of(&resource).as_deref() != Some(patient)
				{
					continue;
				}
				let Some(id) = resource.get("id").and_then(Value::as_str).filter(|id| valid_id(id))
				else {
					continue;
				};
				if !seen.insert(id.to_owned()) {
					return Err(SourceError::Upstream(format!(
						"{url}: {kind}/{id} came back twice (the server ignores _offset)"
					)));
				}
				let json = serde_json::to_vec(&resource)
					.map_err(|e| SourceError::Upstream(e.to_string()))?;
				let anchor = self.anchors.anchor_of(kind, id)?;
				out.push((id.to_owned(), Stored { json, anchor }));
			}
			if !more || consumed == 0 {
				break;
			}
		}
		out.truncate(limit);
		Ok(out)
	}

	/// Stores `json` as `kind/id` upstream (a FHIR `update`, which creates when the id is new:
	/// the upstream must allow client-assigned ids), then maps it to `anchor`.
	pub async fn put(
		&self,
		kind: &str,
		id: &str,
		json: &[u8],
		anchor: AnchorRef,
	) -> Result<(), SourceError> {
		let url = format!("{}/{kind}/{id}", self.base);
		let (status, body) = self.call(axum::http::Method::PUT, &url, Some(json)).await?;
		if !matches!(status, 200 | 201) {
			return Err(refusal(&url, status, &body));
		}
		self.anchors.set_anchor(kind, id, anchor)?;
		Ok(())
	}
}

/// An upstream answer other than the one expected, with its OperationOutcome's text if any.
fn refusal(url: &str, status: u16, body: &[u8]) -> SourceError {
	let outcome: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
	let text = outcome
		.pointer("/issue/0/diagnostics")
		.or_else(|| outcome.pointer("/issue/0/details/text"))
		.and_then(Value::as_str)
		.unwrap_or("no OperationOutcome");
	SourceError::Upstream(format!("{url} answered {status}: {text}"))
}

/// One page of an upstream `searchset` Bundle.
#[derive(Debug, PartialEq)]
struct SearchPage {
	/// The resources of entries in `match` mode (or with no mode), in order.
	entries: Vec<Value>,
	/// `Bundle.total`, if the server says.
	total: Option<usize>,
	/// Whether the server links a next page.
	has_next: bool,
}

impl SearchPage {
	fn parse(body: &[u8]) -> Result<SearchPage, String> {
		let bundle: Value =
			serde_json::from_slice(body).map_err(|e| format!("the answer is not JSON: {e}"))?;
		if bundle.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
			return Err("the answer is not a Bundle".into());
		}
		let entries = bundle
			.get("entry")
			.and_then(Value::as_array)
			.map(|entries| {
				entries
					.iter()
					.filter(|e| {
						e.pointer("/search/mode")
							.and_then(Value::as_str)
							.is_none_or(|mode| mode == "match")
					})
					.filter_map(|e| e.get("resource").cloned())
					.collect()
			})
			.unwrap_or_default();
		let total = bundle.get("total").and_then(Value::as_u64).map(|t| t as usize);
		let has_next = bundle.get("link").and_then(Value::as_array).is_some_and(|links| {
			links.iter().any(|l| l.get("relation").and_then(Value::as_str) == Some("next"))
		});
		Ok(SearchPage { entries, total, has_next })
	}
}

impl Gateway {
	/// The resource `kind/id`, from the upstream in proxy mode, else from the embedded store.
	pub(crate) async fn resource(
		&self,
		kind: &str,
		id: &str,
	) -> Result<Option<Stored>, SourceError> {
		match &self.upstream {
			Some(upstream) => upstream.get(kind, id).await,
			None => Ok(self.store.get(kind, id)?),
		}
	}

	/// A page of the resources of type `kind` of local patient `patient` (see
	/// [`FhirStore::of_patient`]).
	pub(crate) async fn resources_of(
		&self,
		patient: &str,
		kind: &str,
		skip: usize,
		limit: usize,
	) -> Result<Vec<(String, Stored)>, SourceError> {
		match &self.upstream {
			Some(upstream) => upstream.of_patient(patient, kind, skip, limit).await,
			None => Ok(self.store.of_patient(patient, kind, skip, limit)?),
		}
	}

	/// Keeps `json` as the current `kind/id`, anchored as `anchor`.
	pub(crate) async fn keep(
		&self,
		kind: &str,
		id: &str,
		json: &[u8],
		anchor: AnchorRef,
	) -> Result<(), SourceError> {
		match &self.upstream {
			Some(upstream) => upstream.put(kind, id, json, anchor).await,
			None => Ok(self.store.put(kind, id, json, Some(anchor))?),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn a_search_page_keeps_matches_and_notes_more() {
		let body = json!({
			"resourceType": "Bundle",
			"type": "searchset",
			"total": 7,
			"link": [{"relation": "self", "url": "x"}, {"relation": "next", "url": "y"}],
			"entry": [
				{"resource": {"resourceType": "Observation", "id": "o1"}, "search": {"mode": "match"}},
				{"resource": {"resourceType": "Patient", "id": "p1"}, "search": {"mode": "include"}},
				{"resource": {"resourceType": "OperationOutcome"}, "search": {"mode": "outcome"}},
				{"resource": {"resourceType": "Observation", "id": "o2"}},
			],
		});
		let page = SearchPage::parse(body.to_string().as_bytes()).expect("a page");
		let ids: Vec<&str> = page.entries.iter().filter_map(|r| r["id"].as_str()).collect();
		assert_eq!(ids, vec!["o1", "o2"]);
		assert_eq!(page.total, Some(7));
		assert!(page.has_next);
		// Medplum's in-memory server: no links, no entries on an empty page.
		let empty = json!({"resourceType": "Bundle", "type": "searchset", "total": 0});
		let page = SearchPage::parse(empty.to_string().as_bytes()).expect("a page");
		assert_eq!(page, SearchPage { entries: Vec::new(), total: Some(0), has_next: false });
	}

	#[test]
	fn what_is_not_a_bundle_is_refused() {
		assert!(SearchPage::parse(b"<html>").is_err());
		assert!(SearchPage::parse(br#"{"resourceType": "OperationOutcome"}"#).is_err());
	}

	#[test]
	fn an_upstream_refusal_names_its_outcome() {
		let body = json!({"resourceType": "OperationOutcome",
			"issue": [{"severity": "error", "code": "not-found", "details": {"text": "Not found"}}]});
		let e = refusal("http://u/Observation/x", 500, body.to_string().as_bytes());
		assert_eq!(
			e.to_string(),
			"the upstream FHIR server: http://u/Observation/x answered 500: Not found"
		);
		let e = FhirError::from(e);
		assert_eq!(e.status, 502);
	}

	#[test]
	fn an_upstream_must_be_https_or_loopback() {
		let (_dir, store) = crate::store::temp_store();
		let store = Arc::new(store);
		assert!(Upstream::new("http://127.0.0.1:8090/fhir/", false, store.clone()).is_ok());
		assert!(Upstream::new("http://fhir.example.org/fhir", false, store.clone()).is_err());
		assert!(Upstream::new("http://fhir.example.org/fhir", true, store).is_ok());
	}
}
