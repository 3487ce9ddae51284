//! Where the gateway's FHIR resources live, and the durable tables beside them.
//!
//! [`FhirStore`] is what a source of resources offers; [`EmbeddedStore`] implements it on redb
//! (pure Rust, ACID, one file; `docs/gateway.md`, "Embedded store"), and proxy mode
//! (`upstream.rs`) offers the same over an upstream FHIR server, keeping only its anchors map
//! here. The same redb file holds the audit journal ([`EmbeddedStore::journal_append`]) and the
//! replay table of client-assertion ids ([`EmbeddedStore::remember_jti`]), in `durable.rs`, so
//! one fsync'd commit covers whatever must survive a crash. redb commits with
//! `Durability::Immediate` (fsync before `commit` returns) unless told otherwise, which is what
//! both need.

use std::path::Path;

use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::durable::{ASSERTIONS, AUDIT_TRAIL, INFLIGHT, JOURNAL, JTIS, META, REJECTED};

/// The store's page cache. redb's default is 1 GiB, which a long-running gateway fills with
/// journal pages it never reads again (RSS grew 190 → 586 MiB over the benchmark's soak); the
/// hot set — the patient index, anchors, the journal's head — fits in far less, and the rest is
/// in the OS page cache anyway.
pub const STORE_CACHE_BYTES: usize = 32 * 1024 * 1024;

/// Resources by `Type/id`: the exact JSON bytes served (their content hash is what is anchored).
const RESOURCES: TableDefinition<&str, &[u8]> = TableDefinition::new("resources");
/// Each resource's anchor by `Type/id` (JSON-encoded [`AnchorRef`]).
const ANCHORS: TableDefinition<&str, &[u8]> = TableDefinition::new("anchors");
/// The patient index: `patient id \0 Type \0 id` → 0 (only the key matters).
const BY_PATIENT: TableDefinition<&str, u8> = TableDefinition::new("by_patient");
/// Local Patient id → the chain's patient id (set with `medchain-gateway anchor --link`): which
/// chain patient a resource is anchored for.
const PATIENT_LINKS: TableDefinition<&str, u64> = TableDefinition::new("patient_links");
/// The same links the other way, `(chain patient id, local Patient id)` → (): which local
/// patients a federated `Patient/mc-<id>/$everything` covers.
const LINKS_BY_CHAIN: TableDefinition<(u64, &str), ()> = TableDefinition::new("links_by_chain");

/// Where a resource's current version is anchored on chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnchorRef {
	/// The record id (32 bytes, hex in JSON).
	pub record: sp_core::H256,
	/// The version the stored bytes are.
	pub version: u32,
}

/// A stored resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
	/// The JSON exactly as served.
	pub json: Vec<u8>,
	/// Its anchor, if the custodian has anchored it.
	pub anchor: Option<AnchorRef>,
}

/// A store failure (I/O, corruption, or content that is not a storable resource).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "store: {}", self.0)
	}
}

impl std::error::Error for StoreError {}

pub(crate) fn redb_err<E: Into<redb::Error>>(e: E) -> StoreError {
	StoreError(e.into().to_string())
}

/// What the FHIR routes need from a source of resources.
pub trait FhirStore: Send + Sync {
	/// The resource `kind/id`, if present.
	fn get(&self, kind: &str, id: &str) -> Result<Option<Stored>, StoreError>;
	/// Resources of type `kind` whose patient is `patient` (a local Patient id), with ids, in
	/// id order: at most `limit` of them, after skipping the first `skip` (a page).
	fn of_patient(
		&self,
		patient: &str,
		kind: &str,
		skip: usize,
		limit: usize,
	) -> Result<Vec<(String, Stored)>, StoreError>;
	/// Stores `json` as `kind/id` with its anchor, replacing what was there.
	fn put(
		&self,
		kind: &str,
		id: &str,
		json: &[u8],
		anchor: Option<AnchorRef>,
	) -> Result<(), StoreError>;
}

/// The local Patient id a resource belongs to: its own id for a Patient, else the `Patient/<id>`
/// of its `subject` or `patient` reference.
pub fn patient_of(resource: &Value) -> Option<String> {
	if resource.get("resourceType").and_then(Value::as_str) == Some("Patient") {
		return resource.get("id").and_then(Value::as_str).map(str::to_owned);
	}
	["subject", "patient"].iter().find_map(|field| {
		let reference = resource.get(*field)?.get("reference")?.as_str()?;
		reference.strip_prefix("Patient/").filter(|id| valid_id(id)).map(str::to_owned)
	})
}

/// FHIR's `id` rule: 1 to 64 of `A-Z a-z 0-9 - .`.
pub fn valid_id(id: &str) -> bool {
	(1..=64).contains(&id.len())
		&& id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// The resources of one JSON document: itself, or the `entry[].resource` of a Bundle.
pub fn resources_of(document: Value) -> Result<Vec<Value>, StoreError> {
	match document.get("resourceType").and_then(Value::as_str) {
		Some("Bundle") => {
			let entries =
				document.get("entry").and_then(Value::as_array).cloned().unwrap_or_default();
			entries
				.into_iter()
				.map(|e| {
					e.get("resource")
						.cloned()
						.ok_or_else(|| StoreError("a Bundle entry without a resource".into()))
				})
				.collect()
		},
		Some(_) => Ok(vec![document]),
		None => Err(StoreError("not a FHIR resource (no resourceType)".into())),
	}
}

/// The embedded store: one redb file.
pub struct EmbeddedStore {
	pub(crate) db: Database,
}

impl EmbeddedStore {
	/// Opens (or creates) the store at `path`, with every table present.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		let db =
			Database::builder().set_cache_size(STORE_CACHE_BYTES).create(path).map_err(redb_err)?;
		let tx = db.begin_write().map_err(redb_err)?;
		tx.open_table(RESOURCES).map_err(redb_err)?;
		tx.open_table(ANCHORS).map_err(redb_err)?;
		tx.open_table(BY_PATIENT).map_err(redb_err)?;
		tx.open_table(JOURNAL).map_err(redb_err)?;
		tx.open_table(REJECTED).map_err(redb_err)?;
		tx.open_table(INFLIGHT).map_err(redb_err)?;
		let links = tx.open_table(PATIENT_LINKS).map_err(redb_err)?;
		let mut by_chain = tx.open_table(LINKS_BY_CHAIN).map_err(redb_err)?;
		// A store written before the reverse table existed gets it filled once.
		if by_chain.len().map_err(redb_err)? != links.len().map_err(redb_err)? {
			by_chain.retain(|_, _| false).map_err(redb_err)?;
			for item in links.iter().map_err(redb_err)? {
				let (local, chain) = item.map_err(redb_err)?;
				by_chain.insert((chain.value(), local.value()), ()).map_err(redb_err)?;
			}
		}
		drop((links, by_chain));
		tx.open_table(JTIS).map_err(redb_err)?;
		tx.open_table(ASSERTIONS).map_err(redb_err)?;
		tx.open_table(META).map_err(redb_err)?;
		tx.open_table(AUDIT_TRAIL).map_err(redb_err)?;
		tx.commit().map_err(redb_err)?;
		Ok(Self { db })
	}

	/// Loads every `*.json` file of `dir` (a resource or a Bundle of them), in file-name order,
	/// keeping anchors already recorded for unchanged ids. Returns how many resources it stored.
	pub fn load_dir(&self, dir: &Path) -> Result<usize, StoreError> {
		let mut files: Vec<_> = std::fs::read_dir(dir)
			.map_err(|e| StoreError(format!("{}: {e}", dir.display())))?
			.filter_map(|e| e.ok().map(|e| e.path()))
			.filter(|p| p.extension().is_some_and(|x| x == "json"))
			.collect();
		files.sort();
		let mut count = 0;
		for file in files {
			let text =
				std::fs::read(&file).map_err(|e| StoreError(format!("{}: {e}", file.display())))?;
			let document: Value = serde_json::from_slice(&text)
				.map_err(|e| StoreError(format!("{}: not JSON: {e}", file.display())))?;
			for resource in resources_of(document)? {
				let kind = resource
					.get("resourceType")
					.and_then(Value::as_str)
					.unwrap_or_default()
					.to_owned();
				let id = resource
					.get("id")
					.and_then(Value::as_str)
					.filter(|id| valid_id(id))
					.ok_or_else(|| {
						StoreError(format!("{}: a {kind} without a valid id", file.display()))
					})?;
				let anchor = self.get(&kind, id)?.and_then(|s| s.anchor);
				let bytes = serde_json::to_vec(&resource).map_err(|e| StoreError(e.to_string()))?;
				self.put(&kind, id, &bytes, anchor)?;
				count += 1;
			}
		}
		Ok(count)
	}

	/// Links local Patient `local` to the chain's patient `chain`.
	pub fn link_patient(&self, local: &str, chain: u64) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut links = tx.open_table(PATIENT_LINKS).map_err(redb_err)?;
			let mut by_chain = tx.open_table(LINKS_BY_CHAIN).map_err(redb_err)?;
			if let Some(before) = links.insert(local, chain).map_err(redb_err)? {
				by_chain.remove((before.value(), local)).map_err(redb_err)?;
			}
			by_chain.insert((chain, local), ()).map_err(redb_err)?;
		}
		tx.commit().map_err(redb_err)
	}

	/// The local Patient ids linked to the chain's patient `chain`, in order.
	pub fn local_patients(&self, chain: u64) -> Result<Vec<String>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let by_chain = tx.open_table(LINKS_BY_CHAIN).map_err(redb_err)?;
		let mut out = Vec::new();
		for item in by_chain.range((chain, "")..).map_err(redb_err)? {
			let (key, _) = item.map_err(redb_err)?;
			let (of, local) = key.value();
			if of != chain {
				break;
			}
			out.push(local.to_owned());
		}
		Ok(out)
	}

	/// The chain's patient id local Patient `local` is linked to.
	pub fn linked_patient(&self, local: &str) -> Result<Option<u64>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let links = tx.open_table(PATIENT_LINKS).map_err(redb_err)?;
		Ok(links.get(local).map_err(redb_err)?.map(|v| v.value()))
	}

	/// Every local Patient id linked to a chain patient, in order.
	pub fn linked_locals(&self) -> Result<Vec<(String, u64)>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let links = tx.open_table(PATIENT_LINKS).map_err(redb_err)?;
		let mut out = Vec::new();
		for item in links.iter().map_err(redb_err)? {
			let (local, chain) = item.map_err(redb_err)?;
			out.push((local.value().to_owned(), chain.value()));
		}
		Ok(out)
	}

	/// The anchor recorded for `kind/id` (the custodian's map from its resources to records),
	/// whether or not the resource itself is in this store (proxy mode keeps only the map).
	pub fn anchor_of(&self, kind: &str, id: &str) -> Result<Option<AnchorRef>, StoreError> {
		let key = format!("{kind}/{id}");
		let tx = self.db.begin_read().map_err(redb_err)?;
		let anchors = tx.open_table(ANCHORS).map_err(redb_err)?;
		anchors
			.get(key.as_str())
			.map_err(redb_err)?
			.map(|v| {
				serde_json::from_slice(v.value())
					.map_err(|e| StoreError(format!("anchor of {key}: {e}")))
			})
			.transpose()
	}

	/// Records `anchor` for `kind/id` without touching the resource tables (proxy mode).
	pub fn set_anchor(&self, kind: &str, id: &str, anchor: AnchorRef) -> Result<(), StoreError> {
		let key = format!("{kind}/{id}");
		let bytes = serde_json::to_vec(&anchor).map_err(|e| StoreError(e.to_string()))?;
		let tx = self.db.begin_write().map_err(redb_err)?;
		tx.open_table(ANCHORS)
			.map_err(redb_err)?
			.insert(key.as_str(), bytes.as_slice())
			.map_err(redb_err)?;
		tx.commit().map_err(redb_err)
	}

	/// Every resource with no anchor yet, as `(type, id, json)`, in key order.
	pub fn unanchored(&self) -> Result<Vec<(String, String, Vec<u8>)>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let resources = tx.open_table(RESOURCES).map_err(redb_err)?;
		let anchors = tx.open_table(ANCHORS).map_err(redb_err)?;
		let mut out = Vec::new();
		for item in resources.iter().map_err(redb_err)? {
			let (key, json) = item.map_err(redb_err)?;
			let key = key.value();
			if anchors.get(key).map_err(redb_err)?.is_some() {
				continue;
			}
			if let Some((kind, id)) = key.split_once('/') {
				out.push((kind.to_owned(), id.to_owned(), json.value().to_vec()));
			}
		}
		Ok(out)
	}
}

impl FhirStore for EmbeddedStore {
	fn get(&self, kind: &str, id: &str) -> Result<Option<Stored>, StoreError> {
		let key = format!("{kind}/{id}");
		let tx = self.db.begin_read().map_err(redb_err)?;
		let resources = tx.open_table(RESOURCES).map_err(redb_err)?;
		let Some(json) = resources.get(key.as_str()).map_err(redb_err)?.map(|v| v.value().to_vec())
		else {
			return Ok(None);
		};
		drop((resources, tx));
		Ok(Some(Stored { json, anchor: self.anchor_of(kind, id)? }))
	}

	fn of_patient(
		&self,
		patient: &str,
		kind: &str,
		skip: usize,
		limit: usize,
	) -> Result<Vec<(String, Stored)>, StoreError> {
		let prefix = format!("{patient}\0{kind}\0");
		let ids: Vec<String> = {
			let tx = self.db.begin_read().map_err(redb_err)?;
			let index = tx.open_table(BY_PATIENT).map_err(redb_err)?;
			let mut ids = Vec::new();
			for item in index.range(prefix.as_str()..).map_err(redb_err)?.skip(skip).take(limit) {
				let (k, _) = item.map_err(redb_err)?;
				let Some(id) = k.value().strip_prefix(prefix.as_str()).map(str::to_owned) else {
					break;
				};
				ids.push(id);
			}
			ids
		};
		let mut out = Vec::with_capacity(ids.len());
		for id in ids {
			// A resource removed between the two reads is simply not returned.
			if let Some(stored) = self.get(kind, &id)? {
				out.push((id, stored));
			}
		}
		Ok(out)
	}

	fn put(
		&self,
		kind: &str,
		id: &str,
		json: &[u8],
		anchor: Option<AnchorRef>,
	) -> Result<(), StoreError> {
		if !valid_id(id) {
			return Err(StoreError(format!("{id:?} is not a FHIR id")));
		}
		let resource: Value =
			serde_json::from_slice(json).map_err(|e| StoreError(format!("not JSON: {e}")))?;
		if resource.get("resourceType").and_then(Value::as_str) != Some(kind) {
			return Err(StoreError(format!("the content is not a {kind}")));
		}
		let key = format!("{kind}/{id}");
		let old_patient = self
			.get(kind, id)?
			.and_then(|s| serde_json::from_slice(&s.json).ok())
			.and_then(|v: Value| patient_of(&v));
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut resources = tx.open_table(RESOURCES).map_err(redb_err)?;
			resources.insert(key.as_str(), json).map_err(redb_err)?;
			let mut anchors = tx.open_table(ANCHORS).map_err(redb_err)?;
			match anchor {
				Some(a) => {
					let bytes = serde_json::to_vec(&a).map_err(|e| StoreError(e.to_string()))?;
					anchors.insert(key.as_str(), bytes.as_slice()).map_err(redb_err)?;
				},
				None => {
					anchors.remove(key.as_str()).map_err(redb_err)?;
				},
			}
			let mut index = tx.open_table(BY_PATIENT).map_err(redb_err)?;
			if let Some(old) = old_patient {
				index.remove(format!("{old}\0{kind}\0{id}").as_str()).map_err(redb_err)?;
			}
			if let Some(patient) = patient_of(&resource) {
				index.insert(format!("{patient}\0{kind}\0{id}").as_str(), 0u8).map_err(redb_err)?;
			}
		}
		tx.commit().map_err(redb_err)
	}
}

/// A fresh store in a temporary directory (removed when the directory is dropped), for tests.
#[cfg(test)]
pub(crate) fn temp_store() -> (tempfile::TempDir, EmbeddedStore) {
	let dir = tempfile::tempdir().expect("temp dir");
	let store = EmbeddedStore::open(&dir.path().join("gateway.redb")).expect("open");
	(dir, store)
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	use super::temp_store as store;

	fn lab(id: &str, patient: &str) -> Vec<u8> {
		json!({"resourceType": "Observation", "id": id, "subject": {"reference": format!("Patient/{patient}")}})
			.to_string()
			.into_bytes()
	}

	#[test]
	fn resources_are_found_by_id_and_by_patient() {
		let (_dir, s) = store();
		let anchor = AnchorRef { record: sp_core::H256::repeat_byte(1), version: 1 };
		s.put("Observation", "o1", &lab("o1", "p1"), Some(anchor)).expect("put");
		s.put("Observation", "o2", &lab("o2", "p2"), None).expect("put");
		assert_eq!(s.get("Observation", "o1").expect("get").map(|r| r.anchor), Some(Some(anchor)));
		assert_eq!(s.get("Observation", "nope").expect("get"), None);
		let of_p1: Vec<String> = s
			.of_patient("p1", "Observation", 0, 100)
			.expect("search")
			.into_iter()
			.map(|(id, _)| id)
			.collect();
		assert_eq!(of_p1, vec!["o1"]);
		// A patient id that is a prefix of another's does not match it.
		s.put("Observation", "o3", &lab("o3", "p10"), None).expect("put");
		assert_eq!(s.of_patient("p1", "Observation", 0, 100).expect("search").len(), 1);
		assert!(s.of_patient("p1", "Condition", 0, 100).expect("search").is_empty());
	}

	#[test]
	fn a_patient_search_pages_in_id_order() {
		let (_dir, s) = store();
		for id in ["o1", "o2", "o3", "o4", "o5"] {
			s.put("Observation", id, &lab(id, "p1"), None).expect("put");
		}
		s.put("Observation", "o6", &lab("o6", "p2"), None).expect("put");
		let page = |skip, limit| -> Vec<String> {
			s.of_patient("p1", "Observation", skip, limit)
				.expect("search")
				.into_iter()
				.map(|(id, _)| id)
				.collect()
		};
		assert_eq!(page(0, 2), vec!["o1", "o2"]);
		assert_eq!(page(2, 2), vec!["o3", "o4"]);
		// The last page is short, and never runs into another patient's resources.
		assert_eq!(page(4, 2), vec!["o5"]);
		assert!(page(5, 2).is_empty());
		assert!(page(50, 2).is_empty());
	}

	#[test]
	fn an_anchor_can_be_kept_without_the_resource() {
		let (_dir, s) = store();
		let anchor = AnchorRef { record: sp_core::H256::repeat_byte(7), version: 2 };
		assert_eq!(s.anchor_of("Observation", "up1").expect("read"), None);
		s.set_anchor("Observation", "up1", anchor).expect("set");
		assert_eq!(s.anchor_of("Observation", "up1").expect("read"), Some(anchor));
		// The map is not a resource: nothing is served from it.
		assert_eq!(s.get("Observation", "up1").expect("get"), None);
		assert!(s.unanchored().expect("list").is_empty());
	}

	#[test]
	fn moving_a_resource_to_another_patient_updates_the_index() {
		let (_dir, s) = store();
		s.put("Observation", "o1", &lab("o1", "p1"), None).expect("put");
		s.put("Observation", "o1", &lab("o1", "p2"), None).expect("put");
		assert!(s.of_patient("p1", "Observation", 0, 100).expect("search").is_empty());
		assert_eq!(s.of_patient("p2", "Observation", 0, 100).expect("search").len(), 1);
	}

	#[test]
	fn bad_content_is_refused_and_nothing_changes() {
		let (_dir, s) = store();
		assert!(s.put("Observation", "o1", b"{not json", None).is_err());
		assert!(s.put("Condition", "o1", &lab("o1", "p1"), None).is_err());
		assert!(s.put("Observation", "bad/id", &lab("o1", "p1"), None).is_err());
		assert_eq!(s.get("Observation", "o1").expect("get"), None);
		assert_eq!(s.get("Condition", "o1").expect("get"), None);
	}

	#[test]
	fn patient_links_are_found_both_ways_and_follow_a_relink() {
		let (_dir, s) = store();
		s.link_patient("a", 7).expect("link");
		s.link_patient("b", 7).expect("link");
		s.link_patient("c", 8).expect("link");
		assert_eq!(s.local_patients(7).expect("by chain"), ["a", "b"]);
		assert_eq!(s.linked_patient("b").expect("local"), Some(7));
		// Linking `b` elsewhere moves it: it is no longer one of 7's.
		s.link_patient("b", 8).expect("relink");
		assert_eq!(s.local_patients(7).expect("by chain"), ["a"]);
		assert_eq!(s.local_patients(8).expect("by chain"), ["b", "c"]);
		assert!(s.local_patients(9).expect("none").is_empty());
	}

	#[test]
	fn a_folder_of_resources_and_bundles_loads() {
		let (dir, s) = store();
		let data = dir.path().join("fhir");
		std::fs::create_dir(&data).expect("mkdir");
		std::fs::write(data.join("a.json"), lab("o1", "p1")).expect("write");
		let bundle = json!({"resourceType": "Bundle", "type": "collection", "entry": [
			{"resource": {"resourceType": "Patient", "id": "p1"}},
			{"resource": {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p1"}}},
		]});
		std::fs::write(data.join("b.json"), bundle.to_string()).expect("write");
		std::fs::write(data.join("notes.txt"), "ignored").expect("write");
		assert_eq!(s.load_dir(&data).expect("load"), 3);
		assert_eq!(s.of_patient("p1", "Patient", 0, 100).expect("search").len(), 1);
		assert_eq!(s.of_patient("p1", "Condition", 0, 100).expect("search").len(), 1);
		std::fs::write(data.join("c.json"), json!({"resourceType": "Observation"}).to_string())
			.expect("write");
		assert!(s.load_dir(&data).is_err(), "a resource without an id is refused");
	}
}
