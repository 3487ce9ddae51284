//! Where the gateway's FHIR resources live, and the durable tables beside them.
//!
//! [`FhirStore`] is what the request handlers read and write; [`EmbeddedStore`] implements it
//! on redb (pure Rust, ACID, one file; `docs/gateway.md`, "Embedded store"), and the proxy mode
//! implements it over an upstream FHIR server. The same redb file holds the audit journal
//! ([`EmbeddedStore::journal_append`]) and the replay table of client-assertion ids
//! ([`EmbeddedStore::remember_jti`]), so one fsync'd commit covers whatever must survive a
//! crash. redb commits with `Durability::Immediate` (fsync before `commit` returns) unless told
//! otherwise, which is what both need.

use std::path::Path;

use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Resources by `Type/id`: the exact JSON bytes served (their content hash is what is anchored).
const RESOURCES: TableDefinition<&str, &[u8]> = TableDefinition::new("resources");
/// Each resource's anchor by `Type/id` (JSON-encoded [`AnchorRef`]).
const ANCHORS: TableDefinition<&str, &[u8]> = TableDefinition::new("anchors");
/// The patient index: `patient id \0 Type \0 id` → 0 (only the key matters).
const BY_PATIENT: TableDefinition<&str, u8> = TableDefinition::new("by_patient");
/// The audit journal: sequence number → JSON-encoded entry, removed once final on chain.
const JOURNAL: TableDefinition<u64, &[u8]> = TableDefinition::new("journal");
/// Journal entries the chain refused (sequence → entry), kept for the operator: they are not
/// retried, since the same call would fail again.
const REJECTED: TableDefinition<u64, &[u8]> = TableDefinition::new("journal_rejected");
/// Journal entries whose `log_releases` call was signed and sent: sequence → the call's nonce.
/// After a crash they are resubmitted only if that nonce was never used (exactly once).
const INFLIGHT: TableDefinition<u64, u64> = TableDefinition::new("journal_inflight");
/// Local Patient id → the chain's patient id (set with `medchain-gateway anchor --link`): which
/// chain patient a resource is anchored for.
const PATIENT_LINKS: TableDefinition<&str, u64> = TableDefinition::new("patient_links");
/// The same links the other way, `(chain patient id, local Patient id)` → (): which local
/// patients a federated `Patient/mc-<id>/$everything` covers.
const LINKS_BY_CHAIN: TableDefinition<(u64, &str), ()> = TableDefinition::new("links_by_chain");
/// Counters: `journal_next`, the sequence number the next journal entry gets (kept apart from
/// the journal so that numbers never repeat, even once every entry has been removed).
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
/// The [`META`] key of the journal's next sequence number.
const JOURNAL_NEXT: &str = "journal_next";
/// Client-assertion ids seen: `iss \0 jti` → when they may be forgotten (UNIX seconds).
const JTIS: TableDefinition<&str, u64> = TableDefinition::new("jtis");
/// Every assertion a token or a federated request was granted for, by its BLAKE2b-256 hash: the
/// `evidence` the audit entries on chain name, kept so that the custodian can show the reader's
/// signed request behind each release (~600 bytes per token; kept as long as the audit trail).
const ASSERTIONS: TableDefinition<&[u8], &str> = TableDefinition::new("assertions");
/// The on-chain audit trails of the patients this gateway holds: `(chain patient id, index)` →
/// the SCALE-encoded entry as kept (`audit_event::Kept`: the event's `SCALE(entry) ‖ head`,
/// then what the AuditEvent mapping needs), written by the trail follower (`trail.rs`).
const AUDIT_TRAIL: TableDefinition<(u64, u64), &[u8]> = TableDefinition::new("audit_trail");
/// The [`META`] key of the first block the trail follower has not followed yet.
const TRAIL_NEXT: &str = "audit_trail_next";

/// Kept audit entries `(index, bytes)` in index order, and how many older ones were left out.
pub type TrailPage = (Vec<(u64, Vec<u8>)>, u64);

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

fn redb_err<E: Into<redb::Error>>(e: E) -> StoreError {
	StoreError(e.into().to_string())
}

/// What the FHIR routes need from a source of resources.
pub trait FhirStore: Send + Sync {
	/// The resource `kind/id`, if present.
	fn get(&self, kind: &str, id: &str) -> Result<Option<Stored>, StoreError>;
	/// Every resource of type `kind` whose patient is `patient` (a local Patient id), with ids,
	/// in id order.
	fn of_patient(&self, patient: &str, kind: &str) -> Result<Vec<(String, Stored)>, StoreError>;
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
	db: Database,
}

impl EmbeddedStore {
	/// Opens (or creates) the store at `path`, with every table present.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		let db = Database::create(path).map_err(redb_err)?;
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

	/// Appends audit entries to the journal in one fsync'd commit; returns their sequence
	/// numbers. Nothing may be released before this returns.
	pub fn journal_append(&self, entries: &[Vec<u8>]) -> Result<Vec<u64>, StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		let mut sequences = Vec::with_capacity(entries.len());
		{
			let mut meta = tx.open_table(META).map_err(redb_err)?;
			let mut next = meta.get(JOURNAL_NEXT).map_err(redb_err)?.map_or(0, |v| v.value());
			let mut journal = tx.open_table(JOURNAL).map_err(redb_err)?;
			for entry in entries {
				journal.insert(next, entry.as_slice()).map_err(redb_err)?;
				sequences.push(next);
				next += 1;
			}
			meta.insert(JOURNAL_NEXT, next).map_err(redb_err)?;
		}
		tx.commit().map_err(redb_err)?;
		Ok(sequences)
	}

	/// Up to `limit` journal entries from sequence `from`, in order.
	pub fn journal_pending(
		&self,
		from: u64,
		limit: usize,
	) -> Result<Vec<(u64, Vec<u8>)>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let journal = tx.open_table(JOURNAL).map_err(redb_err)?;
		let mut out = Vec::new();
		for item in journal.range(from..).map_err(redb_err)?.take(limit) {
			let (k, v) = item.map_err(redb_err)?;
			out.push((k.value(), v.value().to_vec()));
		}
		Ok(out)
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

	/// How many entries the journal holds.
	pub fn journal_len(&self) -> Result<u64, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let journal = tx.open_table(JOURNAL).map_err(redb_err)?;
		journal.len().map_err(redb_err)
	}

	/// Removes the entries `sequences` (they are final on chain).
	pub fn journal_remove(&self, sequences: &[u64]) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut journal = tx.open_table(JOURNAL).map_err(redb_err)?;
			let mut inflight = tx.open_table(INFLIGHT).map_err(redb_err)?;
			for sequence in sequences {
				journal.remove(*sequence).map_err(redb_err)?;
				inflight.remove(*sequence).map_err(redb_err)?;
			}
		}
		tx.commit().map_err(redb_err)
	}

	/// Records that the entries of each `(sequences, nonce)` are being sent in the call signed
	/// with that nonce (one commit for all, before any is sent).
	pub fn journal_mark_inflight(&self, calls: &[(Vec<u64>, u64)]) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut inflight = tx.open_table(INFLIGHT).map_err(redb_err)?;
			for (sequences, nonce) in calls {
				for sequence in sequences {
					inflight.insert(*sequence, *nonce).map_err(redb_err)?;
				}
			}
		}
		tx.commit().map_err(redb_err)
	}

	/// Entries sent in a call whose fate is not yet known, with the call's nonce.
	pub fn journal_inflight(&self) -> Result<Vec<(u64, u64)>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let inflight = tx.open_table(INFLIGHT).map_err(redb_err)?;
		let mut out = Vec::new();
		for item in inflight.iter().map_err(redb_err)? {
			let (k, v) = item.map_err(redb_err)?;
			out.push((k.value(), v.value()));
		}
		Ok(out)
	}

	/// Forgets that `sequences` were sent (their call can no longer be included).
	pub fn journal_clear_inflight(&self, sequences: &[u64]) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut inflight = tx.open_table(INFLIGHT).map_err(redb_err)?;
			for sequence in sequences {
				inflight.remove(*sequence).map_err(redb_err)?;
			}
		}
		tx.commit().map_err(redb_err)
	}

	/// Moves the entries `sequences` to the rejected table (the chain refused them).
	pub fn journal_reject(&self, sequences: &[u64]) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut journal = tx.open_table(JOURNAL).map_err(redb_err)?;
			let mut rejected = tx.open_table(REJECTED).map_err(redb_err)?;
			let mut inflight = tx.open_table(INFLIGHT).map_err(redb_err)?;
			for sequence in sequences {
				inflight.remove(*sequence).map_err(redb_err)?;
				let entry =
					journal.remove(*sequence).map_err(redb_err)?.map(|v| v.value().to_vec());
				if let Some(entry) = entry {
					rejected.insert(*sequence, entry.as_slice()).map_err(redb_err)?;
				}
			}
		}
		tx.commit().map_err(redb_err)
	}

	/// How many entries the chain refused.
	pub fn rejected_len(&self) -> Result<u64, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let rejected = tx.open_table(REJECTED).map_err(redb_err)?;
		rejected.len().map_err(redb_err)
	}

	/// Records client assertion `jwt` (id `jti`, issuer `iss`), its id to be remembered until
	/// `until` (the assertion's `exp` plus the clock skew it is accepted with, so it cannot come
	/// back while still accepted) and the assertion itself for good, by its hash (the audit
	/// evidence); `false`, and nothing kept, if the id was already recorded and `until` has not
	/// passed at `now` (a replay). Ids past their `until` are dropped on the way, which bounds
	/// the id table by the assertions of the last few minutes.
	pub fn remember_jti(
		&self,
		iss: &str,
		jti: &str,
		jwt: &str,
		until: u64,
		now: u64,
	) -> Result<bool, StoreError> {
		let key = format!("{iss}\0{jti}");
		let tx = self.db.begin_write().map_err(redb_err)?;
		let fresh = {
			let mut jtis = tx.open_table(JTIS).map_err(redb_err)?;
			let seen = jtis.get(key.as_str()).map_err(redb_err)?.map(|v| v.value());
			match seen {
				Some(kept) if kept >= now => false,
				_ => {
					jtis.insert(key.as_str(), until).map_err(redb_err)?;
					jtis.retain(|_, kept| kept >= now).map_err(redb_err)?;
					let evidence = sp_crypto_hashing::blake2_256(jwt.as_bytes());
					let mut kept = tx.open_table(ASSERTIONS).map_err(redb_err)?;
					kept.insert(&evidence[..], jwt).map_err(redb_err)?;
					true
				},
			}
		};
		tx.commit().map_err(redb_err)?;
		Ok(fresh)
	}

	/// The assertion whose BLAKE2b-256 hash is `evidence` (an audit entry's evidence), if a
	/// token or a federated request was ever granted for it here.
	pub fn assertion(&self, evidence: &[u8; 32]) -> Result<Option<String>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let kept = tx.open_table(ASSERTIONS).map_err(redb_err)?;
		Ok(kept.get(&evidence[..]).map_err(redb_err)?.map(|v| v.value().to_owned()))
	}
}

impl EmbeddedStore {
	/// Keeps audit-trail entries `(chain patient id, index, kept bytes)` and moves the trail
	/// follower on to block `next`, in one commit: after a crash the follower resumes at the
	/// first block whose entries are not kept. Keeping an entry again (a block followed twice)
	/// rewrites the same bytes.
	pub fn trail_keep(&self, entries: &[(u64, u64, Vec<u8>)], next: u64) -> Result<(), StoreError> {
		let tx = self.db.begin_write().map_err(redb_err)?;
		{
			let mut trail = tx.open_table(AUDIT_TRAIL).map_err(redb_err)?;
			for (patient, index, bytes) in entries {
				trail.insert((*patient, *index), bytes.as_slice()).map_err(redb_err)?;
			}
			let mut meta = tx.open_table(META).map_err(redb_err)?;
			meta.insert(TRAIL_NEXT, next).map_err(redb_err)?;
		}
		tx.commit().map_err(redb_err)
	}

	/// The first block the trail follower has not followed (`None`: it never ran).
	pub fn trail_next(&self) -> Result<Option<u64>, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let meta = tx.open_table(META).map_err(redb_err)?;
		Ok(meta.get(TRAIL_NEXT).map_err(redb_err)?.map(|v| v.value()))
	}

	/// The newest `limit` kept entries of chain patient `patient` as `(index, bytes)`, in index
	/// order, and how many older ones are kept but left out.
	pub fn trail_newest(&self, patient: u64, limit: usize) -> Result<TrailPage, StoreError> {
		let tx = self.db.begin_read().map_err(redb_err)?;
		let trail = tx.open_table(AUDIT_TRAIL).map_err(redb_err)?;
		let mut newest = trail.range((patient, 0)..=(patient, u64::MAX)).map_err(redb_err)?.rev();
		let mut out = Vec::new();
		for item in newest.by_ref().take(limit) {
			let (key, bytes) = item.map_err(redb_err)?;
			out.push((key.value().1, bytes.value().to_vec()));
		}
		let mut older = 0u64;
		for item in newest {
			item.map_err(redb_err)?;
			older = older.saturating_add(1);
		}
		out.reverse();
		Ok((out, older))
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
		let anchors = tx.open_table(ANCHORS).map_err(redb_err)?;
		let anchor = match anchors.get(key.as_str()).map_err(redb_err)? {
			Some(v) => Some(
				serde_json::from_slice(v.value())
					.map_err(|e| StoreError(format!("anchor of {key}: {e}")))?,
			),
			None => None,
		};
		Ok(Some(Stored { json, anchor }))
	}

	fn of_patient(&self, patient: &str, kind: &str) -> Result<Vec<(String, Stored)>, StoreError> {
		let prefix = format!("{patient}\0{kind}\0");
		let ids: Vec<String> = {
			let tx = self.db.begin_read().map_err(redb_err)?;
			let index = tx.open_table(BY_PATIENT).map_err(redb_err)?;
			let mut ids = Vec::new();
			for item in index.range(prefix.as_str()..).map_err(redb_err)? {
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

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	fn store() -> (tempfile::TempDir, EmbeddedStore) {
		let dir = tempfile::tempdir().expect("temp dir");
		let store = EmbeddedStore::open(&dir.path().join("gateway.redb")).expect("open");
		(dir, store)
	}

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
			.of_patient("p1", "Observation")
			.expect("search")
			.into_iter()
			.map(|(id, _)| id)
			.collect();
		assert_eq!(of_p1, vec!["o1"]);
		// A patient id that is a prefix of another's does not match it.
		s.put("Observation", "o3", &lab("o3", "p10"), None).expect("put");
		assert_eq!(s.of_patient("p1", "Observation").expect("search").len(), 1);
		assert!(s.of_patient("p1", "Condition").expect("search").is_empty());
	}

	#[test]
	fn moving_a_resource_to_another_patient_updates_the_index() {
		let (_dir, s) = store();
		s.put("Observation", "o1", &lab("o1", "p1"), None).expect("put");
		s.put("Observation", "o1", &lab("o1", "p2"), None).expect("put");
		assert!(s.of_patient("p1", "Observation").expect("search").is_empty());
		assert_eq!(s.of_patient("p2", "Observation").expect("search").len(), 1);
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
	fn the_journal_survives_a_reopen_in_order() {
		let dir = tempfile::tempdir().expect("temp dir");
		let path = dir.path().join("gateway.redb");
		{
			let s = EmbeddedStore::open(&path).expect("open");
			assert_eq!(
				s.journal_append(&[b"a".to_vec(), b"b".to_vec()]).expect("append"),
				vec![0, 1]
			);
			assert_eq!(s.journal_append(&[b"c".to_vec()]).expect("append"), vec![2]);
		}
		let s = EmbeddedStore::open(&path).expect("reopen");
		let pending = s.journal_pending(0, 10).expect("pending");
		assert_eq!(pending, vec![(0, b"a".to_vec()), (1, b"b".to_vec()), (2, b"c".to_vec())]);
		s.journal_remove(&[0, 1]).expect("remove");
		assert_eq!(s.journal_pending(0, 10).expect("pending"), vec![(2, b"c".to_vec())]);
		assert_eq!(s.journal_len().expect("len"), 1);
		// Sequence numbers keep growing after removal, also once the journal is empty.
		assert_eq!(s.journal_append(&[b"d".to_vec()]).expect("append"), vec![3]);
		s.journal_mark_inflight(&[(vec![2, 3], 7)]).expect("mark");
		assert_eq!(s.journal_inflight().expect("inflight"), vec![(2, 7), (3, 7)]);
		s.journal_reject(&[2]).expect("reject");
		assert_eq!(s.journal_inflight().expect("inflight"), vec![(3, 7)]);
		s.journal_remove(&[3]).expect("remove");
		assert!(s.journal_pending(0, 10).expect("pending").is_empty());
		assert_eq!(s.rejected_len().expect("rejected"), 1);
		assert_eq!(s.journal_append(&[b"e".to_vec()]).expect("append"), vec![4]);
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
	fn a_jti_is_accepted_once_until_it_expires() {
		let (_dir, s) = store();
		assert!(s.remember_jti("iss", "j1", "a.b.c", 1_000, 900).expect("first"));
		assert!(!s.remember_jti("iss", "j1", "a.b.x", 1_000, 950).expect("replay"));
		// Another issuer's identical jti is its own.
		assert!(s.remember_jti("other", "j1", "d.e.f", 1_000, 950).expect("other issuer"));
		// After expiry the id is forgotten (an expired assertion is refused before this).
		assert!(s.remember_jti("iss", "j1", "g.h.i", 2_000, 1_001).expect("after expiry"));
		// Each accepted assertion is kept by its hash, the evidence audit entries name; a
		// replayed one is not.
		let evidence = |jwt: &str| sp_crypto_hashing::blake2_256(jwt.as_bytes());
		assert_eq!(s.assertion(&evidence("a.b.c")).expect("kept"), Some("a.b.c".to_owned()));
		assert_eq!(s.assertion(&evidence("g.h.i")).expect("kept"), Some("g.h.i".to_owned()));
		assert_eq!(s.assertion(&evidence("a.b.x")).expect("replay"), None);
	}

	#[test]
	fn the_audit_trail_is_kept_by_patient_in_index_order_and_resumes_after_a_reopen() {
		let dir = tempfile::tempdir().expect("temp dir");
		let path = dir.path().join("gateway.redb");
		{
			let s = EmbeddedStore::open(&path).expect("open");
			assert_eq!(s.trail_next().expect("next"), None, "a new store has followed nothing");
			// Out of order and across patients, as blocks bring them.
			let entries = [(7, 1, b"b".to_vec()), (7, 0, b"a".to_vec()), (8, 0, b"x".to_vec())];
			s.trail_keep(&entries, 12).expect("keep");
		}
		let s = EmbeddedStore::open(&path).expect("reopen");
		assert_eq!(s.trail_next().expect("next"), Some(12));
		assert_eq!(
			s.trail_newest(7, 10).expect("trail"),
			(vec![(0, b"a".to_vec()), (1, b"b".to_vec())], 0)
		);
		assert_eq!(s.trail_newest(8, 10).expect("trail"), (vec![(0, b"x".to_vec())], 0));
		assert_eq!(s.trail_newest(9, 10).expect("trail"), (vec![], 0));
		// Only the newest `limit`, still in index order, and the older ones counted.
		let more: Vec<(u64, u64, Vec<u8>)> = (2..5).map(|i| (7, i, vec![i as u8])).collect();
		s.trail_keep(&more, 13).expect("keep");
		assert_eq!(s.trail_newest(7, 2).expect("trail"), (vec![(3, vec![3]), (4, vec![4])], 3));
		// A block followed again rewrites the same entries: nothing is duplicated.
		s.trail_keep(&more, 13).expect("keep again");
		assert_eq!(s.trail_newest(7, 10).expect("trail").0.len(), 5);
		assert_eq!(s.trail_next().expect("next"), Some(13));
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
		assert_eq!(s.of_patient("p1", "Patient").expect("search").len(), 1);
		assert_eq!(s.of_patient("p1", "Condition").expect("search").len(), 1);
		std::fs::write(data.join("c.json"), json!({"resourceType": "Observation"}).to_string())
			.expect("write");
		assert!(s.load_dir(&data).is_err(), "a resource without an id is refused");
	}
}
