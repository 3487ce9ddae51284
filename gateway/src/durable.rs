//! The store's durable tables beside the resources, in the same redb file so that one fsync'd
//! commit covers whatever must survive a crash: the audit journal and its submission state
//! (`journal.rs`), the replay table of client-assertion ids and the assertions kept as
//! evidence (`server.rs`, `everything.rs`), and the patients' audit trails the gateway follows
//! (`trail.rs`).

use redb::{ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};

use crate::store::{redb_err, EmbeddedStore, StoreError};

/// The audit journal: sequence number → JSON-encoded entry, removed once final on chain.
pub(crate) const JOURNAL: TableDefinition<u64, &[u8]> = TableDefinition::new("journal");
/// Journal entries the chain refused (sequence → entry), kept for the operator: they are not
/// retried, since the same call would fail again.
pub(crate) const REJECTED: TableDefinition<u64, &[u8]> = TableDefinition::new("journal_rejected");
/// Journal entries whose `log_releases` call was signed and sent: sequence → the call's nonce.
/// After a crash they are resubmitted only if that nonce was never used (exactly once).
pub(crate) const INFLIGHT: TableDefinition<u64, u64> = TableDefinition::new("journal_inflight");
/// Counters: `journal_next`, the sequence number the next journal entry gets (kept apart from
/// the journal so that numbers never repeat, even once every entry has been removed).
pub(crate) const META: TableDefinition<&str, u64> = TableDefinition::new("meta");
/// The [`META`] key of the journal's next sequence number.
pub(crate) const JOURNAL_NEXT: &str = "journal_next";
/// Client-assertion ids seen: `iss \0 jti` → when they may be forgotten (UNIX seconds).
pub(crate) const JTIS: TableDefinition<&str, u64> = TableDefinition::new("jtis");
/// Every assertion a token or a federated request was granted for, by its BLAKE2b-256 hash: the
/// `evidence` the audit entries on chain name, kept so that the custodian can show the reader's
/// signed request behind each release (~600 bytes per token; kept as long as the audit trail).
pub(crate) const ASSERTIONS: TableDefinition<&[u8], &str> = TableDefinition::new("assertions");
/// The on-chain audit trails of the patients this gateway holds: `(chain patient id, index)` →
/// the SCALE-encoded entry as kept (`audit_event::Kept`: the event's `SCALE(entry) ‖ head`,
/// then what the AuditEvent mapping needs), written by the trail follower (`trail.rs`).
pub(crate) const AUDIT_TRAIL: TableDefinition<(u64, u64), &[u8]> =
	TableDefinition::new("audit_trail");
/// The [`META`] key of the first block the trail follower has not followed yet.
pub(crate) const TRAIL_NEXT: &str = "audit_trail_next";

/// Kept audit entries `(index, bytes)` in index order, and how many older ones were left out.
pub type TrailPage = (Vec<(u64, Vec<u8>)>, u64);

impl EmbeddedStore {
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

#[cfg(test)]
mod tests {
	use crate::store::{temp_store as store, EmbeddedStore};

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
}
