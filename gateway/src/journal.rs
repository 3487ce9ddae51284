//! The audit journal: no release without an entry, even across a crash
//! (`docs/gateway.md`, "Audit").
//!
//! A request's entries are committed to the store's journal table with an fsync **before** its
//! response is written ([`Journal::record`]). One writer thread owns the commits and takes
//! everything queued in one transaction (group commit), so concurrent requests share an fsync.
//! The [`submitter`] then puts the entries on chain as `EhrAnchor.log_releases` calls signed by
//! the gateway's custodian key, and removes them from the journal once their block is final.
//! A crash before the commit released nothing; a crash after it leaves the entries in the
//! journal, and the submitter sends them after the restart.
//!
//! The submitter is also the one sender of the custodian's writes (`anchor` and `amend` calls
//! queued by [`Journal::write`]): it alone assigns the key's nonces, which exactly-once
//! submission depends on ([`submitter`], "The nonce rule").

use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicU32, AtomicU64, Ordering},
		Arc,
	},
	time::Duration,
};

use pallet_consent::Purpose;
use pallet_ehr_anchor::{AccessBasis, Anchor};
use pallet_patient_identity::OrganizationId;
use serde::{Deserialize, Serialize};
use sp_core::H256;
use tokio::sync::{mpsc, oneshot};

use crate::{
	chain::{Chain, ChainError, Finalized, Key, RawCall},
	store::{EmbeddedStore, StoreError},
};

/// Most entries one commit takes: two `log_releases` calls' worth per fsync.
pub const JOURNAL_MAX_GROUP: usize = 512;
/// Most entries in one `log_releases` call: the runtime's `MaxReleasesPerCall`.
pub const MAX_RELEASES_PER_CALL: usize = 256;
/// Most calls the submitter has in the pool at once: 8,192 entries, about two thirds of what one
/// block's normal class holds (~13,000 at the benchmarked ~112 µs per entry). A round waits for
/// finality (two to three blocks), so this bounds the audited reads per second the gateway
/// sustains: ~8,192 per round.
pub const MAX_IN_FLIGHT: usize = 32;
/// Stop releasing when the oldest unsubmitted entry was decided this many blocks ago: a fifth
/// of the runtime's `MaxAttestationDelay` (100 blocks), so entries still reach the chain.
pub const MAX_JOURNAL_LAG: u32 = 20;
/// Stop releasing when the journal holds this many entries: ~50 s of the chain's capacity.
pub const MAX_JOURNAL_BACKLOG: u64 = 100_000;
/// How long the submitter waits before retrying when the node is unreachable.
const RETRY_AFTER: Duration = Duration::from_secs(2);
/// How often an idle submitter looks at the journal.
const IDLE_POLL: Duration = Duration::from_millis(200);
/// Most writes the submitter sends in one round: a quarter of the round's own `log_releases`
/// calls, so writes cannot crowd the audit out of the pool.
pub const MAX_WRITES_PER_ROUND: usize = MAX_IN_FLIGHT / 4;
/// Most writes waiting for the submitter: eight rounds' worth; one more is refused at once
/// (503) rather than left waiting for minutes.
pub const MAX_QUEUED_WRITES: usize = 8 * MAX_WRITES_PER_ROUND;

/// One release, as journalled and as it goes on chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
	/// The organization that received the data.
	pub reader: OrganizationId,
	/// BLAKE2b-256 of the reader's client assertion (the gateway keeps the assertion).
	pub evidence: H256,
	/// The best block the consent decision was taken at.
	pub decided_at: u32,
	pub anchor: Anchor,
	pub basis: AccessBasis,
	pub purpose: Purpose,
}

/// What the request handlers see of the journal's health.
#[derive(Default)]
pub struct Backlog {
	/// `decided_at` of the oldest entry not yet final on chain (`u32::MAX`: none).
	oldest: AtomicU32,
	/// Entries not yet final on chain.
	pending: AtomicU64,
}

impl Backlog {
	fn new() -> Self {
		Self { oldest: AtomicU32::new(u32::MAX), pending: AtomicU64::new(0) }
	}

	/// Why releasing must stop now, at best block `best`; `None` when the journal keeps up.
	pub fn behind(&self, best: u32) -> Option<String> {
		let oldest = self.oldest.load(Ordering::Relaxed);
		let pending = self.pending.load(Ordering::Relaxed);
		if oldest != u32::MAX && best.saturating_sub(oldest) > MAX_JOURNAL_LAG {
			return Some(format!(
				"the audit journal is {} blocks behind the chain (at most {MAX_JOURNAL_LAG}); \
				 nothing is released until its entries are on chain",
				best.saturating_sub(oldest)
			));
		}
		(pending > MAX_JOURNAL_BACKLOG).then(|| {
			format!(
				"the audit journal holds {pending} entries not yet on chain (at most \
				 {MAX_JOURNAL_BACKLOG}); nothing is released until they are"
			)
		})
	}
}

type Request = (Vec<Entry>, oneshot::Sender<Result<(), StoreError>>);

/// A write's `anchor` or `amend` call, queued for the submitter, and where its fate goes.
pub struct Write {
	pub call: RawCall,
	pub reply: oneshot::Sender<Result<Finalized, ChainError>>,
}

/// The submitter's end of the write queue ([`Journal::start`] makes both ends).
pub type Writes = mpsc::Receiver<Write>;

/// What one `log_releases` call's entries share: reader, evidence and decision block.
type CallKey = (OrganizationId, H256, u32);

/// The handle request handlers journal through.
#[derive(Clone)]
pub struct Journal {
	queue: mpsc::UnboundedSender<Request>,
	writes: mpsc::Sender<Write>,
	pub backlog: Arc<Backlog>,
}

impl Journal {
	/// Starts the writer thread over `store`; returns the handle and the write queue's end
	/// that [`submitter`] takes.
	pub fn start(store: Arc<EmbeddedStore>) -> (Journal, Writes) {
		let (queue, mut requests) = mpsc::unbounded_channel::<Request>();
		std::thread::Builder::new()
			.name("journal-writer".into())
			.spawn(move || {
				while let Some(first) = requests.blocking_recv() {
					let mut group = vec![first];
					let mut count = group[0].0.len();
					while count < JOURNAL_MAX_GROUP {
						match requests.try_recv() {
							Ok(next) => {
								count += next.0.len();
								group.push(next);
							},
							Err(_) => break,
						}
					}
					let encoded: Result<Vec<Vec<u8>>, StoreError> = group
						.iter()
						.flat_map(|(entries, _)| entries.iter())
						.map(|e| serde_json::to_vec(e).map_err(|e| StoreError(e.to_string())))
						.collect();
					let result = encoded.and_then(|bytes| store.journal_append(&bytes).map(|_| ()));
					for (_, reply) in group {
						let _ = reply.send(result.clone());
					}
				}
			})
			.expect("spawning a thread at start-up");
		let (writes, queued) = mpsc::channel(MAX_QUEUED_WRITES);
		(Journal { queue, writes, backlog: Arc::new(Backlog::new()) }, queued)
	}

	/// Commits `entries` durably; returns once they are fsync'd. Nothing may be released
	/// before this returns `Ok`.
	pub async fn record(&self, entries: Vec<Entry>) -> Result<(), StoreError> {
		if entries.is_empty() {
			return Ok(());
		}
		let decided_at = entries.iter().map(|e| e.decided_at).min().unwrap_or(u32::MAX);
		let count = entries.len() as u64;
		let (reply, done) = oneshot::channel();
		self.queue
			.send((entries, reply))
			.map_err(|_| StoreError("the journal writer stopped".into()))?;
		done.await.map_err(|_| StoreError("the journal writer stopped".into()))??;
		self.backlog.oldest.fetch_min(decided_at, Ordering::Relaxed);
		self.backlog.pending.fetch_add(count, Ordering::Relaxed);
		Ok(())
	}

	/// Has the submitter send `call`, signed with the gateway's key, and waits at most
	/// `timeout` for its fate once finalized. The call is sent once and never retried; an
	/// error after it was sent (a timeout, the node lost) leaves it possibly included later.
	pub async fn write(&self, call: RawCall, timeout: Duration) -> Result<Finalized, ChainError> {
		let (reply, fate) = oneshot::channel();
		self.writes.try_send(Write { call, reply }).map_err(|e| {
			ChainError(match e {
				mpsc::error::TrySendError::Full(_) => {
					format!("{MAX_QUEUED_WRITES} writes are already waiting for the chain")
				},
				mpsc::error::TrySendError::Closed(_) => "the submitter stopped".to_owned(),
			})
		})?;
		match tokio::time::timeout(timeout, fate).await {
			Ok(Ok(fate)) => fate,
			Ok(Err(_)) => {
				Err(ChainError("the submitter stopped before the write was final".into()))
			},
			Err(_) => Err(ChainError(format!(
				"the write was not final within {} s; it may still be included later",
				timeout.as_secs()
			))),
		}
	}
}

/// The `log_releases` arguments of one call: the same SCALE bytes as the runtime's
/// `(reader, evidence, decided_at, BoundedVec<Release>)` (a struct encodes as its fields in
/// order, a bounded vector as a vector).
fn releases_call(key: &CallKey, entries: &[&Entry]) -> RawCall {
	let releases: Vec<(Anchor, AccessBasis, Purpose)> =
		entries.iter().map(|e| (e.anchor, e.basis, e.purpose)).collect();
	RawCall::new("EhrAnchor", "log_releases", (key.0, key.1, key.2, releases))
}

/// Puts journalled entries on chain, forever: up to [`MAX_IN_FLIGHT`] calls at once with
/// consecutive nonces, each entry removed from the journal once its call is final. A call the
/// chain refuses is moved to the journal's rejected table and logged: it would fail again,
/// and the entries stay for the operator to see (the lag check then stops releases only if
/// newer entries stop reaching the chain).
///
/// **Exactly once.** Before a call is sent, its entries are marked in flight with the call's
/// nonce, durably. When the gateway restarts (or lost the node mid-call) with entries in
/// flight, the chain says what happened: if the key's nonce at the finalized block has passed
/// the call's, the call is final and its entries are removed; if the node's pool still holds a
/// transaction of the key, the submitter waits; otherwise the call was never included and its
/// entries are sent again. This needs the key to sign nothing but this gateway's calls while
/// it serves (run `medchain-gateway anchor` before `serve`, not beside it).
///
/// **The nonce rule.** A call's fate is read from its nonce alone, so a nonce marked for a
/// `log_releases` call must never be used by any other transaction of the key. The custodian's
/// writes ([`Journal::write`]) are therefore sent from here, by the one task that assigns the
/// key's nonces, and only at one point of a round: after the marks of earlier rounds are
/// settled (none is open then) and before this round's calls are marked. Each write takes the
/// key's next nonce as the node's pool counts it and is in the pool before the next nonce is
/// read, so the round's calls, whose nonces are read after, come after every write. A write
/// carries no mark: it is sent once, a lost one is reported to its client as failed, and it
/// is never retried.
pub async fn submitter(
	store: Arc<EmbeddedStore>,
	chain: Arc<Chain>,
	key: Key,
	backlog: Arc<Backlog>,
	mut writes: Writes,
) {
	loop {
		match submit_round(&store, &chain, &key, &backlog, &mut writes).await {
			Ok(0) => tokio::time::sleep(IDLE_POLL).await,
			Ok(_) => {},
			Err(e) => {
				eprintln!("medchain-gateway: audit submission: {e}; retrying");
				tokio::time::sleep(RETRY_AFTER).await;
			},
		}
	}
}

/// One round: sends queued writes, then submits what is pending; returns how many entries it
/// settled.
async fn submit_round(
	store: &EmbeddedStore,
	chain: &Chain,
	key: &Key,
	backlog: &Backlog,
	writes: &mut Writes,
) -> Result<usize, Box<dyn std::error::Error + Send + Sync>> {
	let account = key.account();
	let inflight = store.journal_inflight()?;
	if !inflight.is_empty() {
		let final_nonce = chain.finalized_nonce(&account).await?;
		let (done, open): (Vec<_>, Vec<_>) =
			inflight.into_iter().partition(|(_, nonce)| *nonce < final_nonce);
		let done: Vec<u64> = done.into_iter().map(|(sequence, _)| sequence).collect();
		store.journal_remove(&done)?;
		if !open.is_empty() {
			if chain.next_nonce(&account).await? > final_nonce {
				// The pool still holds a call of ours: wait for it.
				return Ok(done.len());
			}
			let open: Vec<u64> = open.into_iter().map(|(sequence, _)| sequence).collect();
			store.journal_clear_inflight(&open)?;
		}
	}
	// No mark is open now: the one point where writes may take nonces (the nonce rule).
	send_writes(chain, key, writes).await?;
	let pending = store.journal_pending(0, MAX_IN_FLIGHT * MAX_RELEASES_PER_CALL)?;
	let total = store.journal_len()?;
	backlog.pending.store(total, Ordering::Relaxed);
	let mut decoded = Vec::with_capacity(pending.len());
	for (sequence, bytes) in &pending {
		match serde_json::from_slice::<Entry>(bytes) {
			Ok(entry) => decoded.push((*sequence, entry)),
			Err(e) => {
				eprintln!(
					"medchain-gateway: journal entry {sequence} is unreadable ({e}); set aside"
				);
				store.journal_reject(&[*sequence])?;
			},
		}
	}
	backlog.oldest.store(
		decoded.iter().map(|(_, e)| e.decided_at).min().unwrap_or(u32::MAX),
		Ordering::Relaxed,
	);
	if decoded.is_empty() {
		return Ok(0);
	}
	// One call per (reader, evidence, decided_at), at most MAX_RELEASES_PER_CALL entries each.
	let mut groups: BTreeMap<CallKey, Vec<(u64, &Entry)>> = BTreeMap::new();
	for (sequence, entry) in &decoded {
		groups
			.entry((entry.reader, entry.evidence, entry.decided_at))
			.or_default()
			.push((*sequence, entry));
	}
	let mut calls = Vec::new();
	for (group, entries) in &groups {
		for chunk in entries.chunks(MAX_RELEASES_PER_CALL) {
			let sequences: Vec<u64> = chunk.iter().map(|(s, _)| *s).collect();
			let entries: Vec<&Entry> = chunk.iter().map(|(_, e)| *e).collect();
			calls.push((sequences, releases_call(group, &entries)));
		}
	}
	calls.truncate(MAX_IN_FLIGHT);
	let nonce = chain.next_nonce(&account).await?;
	let marks: Vec<(Vec<u64>, u64)> = calls
		.iter()
		.enumerate()
		.map(|(i, (sequences, _))| (sequences.clone(), nonce + i as u64))
		.collect();
	store.journal_mark_inflight(&marks)?;
	let results = futures::future::join_all(
		calls
			.iter()
			.enumerate()
			.map(|(i, (_, call))| chain.submit_finalized(call, key, nonce + i as u64)),
	)
	.await;
	let mut settled = 0;
	let mut first_error = None;
	for ((sequences, _), result) in calls.iter().zip(results) {
		match result {
			Ok(finalized) => {
				match finalized.outcome {
					Ok(()) => store.journal_remove(sequences)?,
					Err(why) => {
						eprintln!(
							"medchain-gateway: the chain refused {} audit entries in block #{} \
							 ({why}); set aside in the journal's rejected table",
							sequences.len(),
							finalized.block.number
						);
						store.journal_reject(sequences)?;
					},
				}
				settled += sequences.len();
			},
			Err(e) => first_error = first_error.or(Some(e)),
		}
	}
	match first_error {
		Some(e) if settled == 0 => Err(Box::new(e)),
		_ => Ok(settled),
	}
}

/// Sends up to [`MAX_WRITES_PER_ROUND`] queued writes, one at a time, each with the key's next
/// nonce as the node's pool counts it (read again after every write, so a write the node did
/// not take leaves no gap), and hands each its fate once final from a task of its own. Only
/// called where no journal call is marked in flight ([`submitter`], "The nonce rule").
async fn send_writes(chain: &Chain, key: &Key, writes: &mut Writes) -> Result<(), ChainError> {
	let account = key.account();
	for _ in 0..MAX_WRITES_PER_ROUND {
		let Ok(Write { call, reply }) = writes.try_recv() else { return Ok(()) };
		if reply.is_closed() {
			// Its client stopped waiting: it is not sent at all.
			continue;
		}
		let nonce = match chain.next_nonce(&account).await {
			Ok(nonce) => nonce,
			Err(e) => {
				let _ = reply.send(Err(ChainError(format!("not sent: {e}"))));
				return Err(e);
			},
		};
		match chain.submit(&call, key, nonce).await {
			Ok(following) => {
				tokio::spawn(async move {
					let _ = reply.send(following.await);
				});
			},
			Err(e) => {
				let _ = reply.send(Err(e));
			},
		}
	}
	Ok(())
}
