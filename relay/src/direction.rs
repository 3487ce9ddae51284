//! The relay of one direction S→T: everything T needs from S. S's finalized headers go into
//! T's light client ([`crate::headers`]), S's outbound messages into T's inbound lane
//! ([`crate::messages`]), and S's delivery confirmations of T's messages back to T's outbound
//! lane ([`crate::confirmations`]). The reverse direction does the same for S, so each
//! direction submits to one chain only.
//!
//! Each round reads everything it decides on from the two chains. It sends at most one
//! transaction per step, back to back: the newest S header, then the messages and the
//! confirmation proved at that header. They land in the same T block, so a message waits for
//! one T block after S finalizes it, not one for the header and another for the proof. Then
//! the round waits until all of them are in a best block, so it never races its own
//! transactions, and a restarted relayer simply carries on; only a header sent alone is awaited
//! beside the next rounds instead ([`deferred_header`] says why). The little state kept in memory
//! (what was last attempted, how far S's headers were scanned) only avoids repeating work; it
//! is never needed for correctness.
//!
//! This module holds the loop (sessions, rounds, reconnection) and what the steps share:
//! sending to T, reporting outcomes, and logging. The steps themselves are `impl Direction`
//! blocks in their own modules.

use std::{
	collections::HashMap,
	convert::Infallible,
	future::Future,
	pin::Pin,
	sync::Arc,
	time::{Duration, Instant},
};

use bp_header_chain::justification::GrandpaJustification;
use bp_messages::{
	storage_keys::{inbound_lane_data_key, operating_mode_key},
	InboundLaneData, MessagesOperatingMode,
};
use bp_runtime::BasicOperatingMode;
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	client::{decode_justification, NodeClient, TxReceipt},
	error::one_line,
	metrics::{messages_delivered, DirectionMetrics, ErrorKind},
	planning::DeliveryLimits,
	Error, Header, Result, RunOptions, Slot, LANE,
};

/// How often a direction re-reads both chains: well below the 6 s block time, so a new header
/// or message is picked up within a second without flooding the nodes with reads.
const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// First wait before reconnecting after an error: a restarting node is usually back quickly.
const RECONNECT_BACKOFF_MIN: Duration = Duration::from_secs(1);

/// Longest wait between reconnection attempts: a recovered node is noticed within two blocks,
/// while a node that is down for long gets one connection attempt every ten seconds.
const RECONNECT_BACKOFF_MAX: Duration = Duration::from_secs(10);

/// A connection that worked this long is considered healthy again: the backoff restarts from
/// the minimum after it fails.
const HEALTHY_SESSION: Duration = Duration::from_secs(60);

/// The same submission (same header, same nonces at the same proof header) is not repeated
/// within this time: ten blocks, so a submission the chains keep refusing costs at most one
/// fee per minute, while a transient refusal (full pool, restart) is retried.
const RESUBMIT_AFTER: Duration = Duration::from_secs(60);

/// Longest log line, in characters: a node's refusal can quote kilobytes of wasm backtrace,
/// whose first few hundred characters say what went wrong.
const MAX_LOG_LINE_CHARS: usize = 400;

/// `message` as one line, cut to [`MAX_LOG_LINE_CHARS`] (with `…` where it was cut).
fn log_text(message: impl std::fmt::Display) -> String {
	let text = one_line(&message.to_string());
	match text.char_indices().nth(MAX_LOG_LINE_CHARS) {
		Some((cut, _)) => format!("{}…", &text[..cut]),
		None => text,
	}
}

/// `at` as UTC to the millisecond, `2026-12-06 08:00:00.123`: log lines are compared with the
/// nodes' (whose own lines carry their local time) when a delivery is late.
fn utc_timestamp(at: std::time::SystemTime) -> String {
	let since_epoch = at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
	let (days, secs) = (since_epoch.as_secs() / 86_400, since_epoch.as_secs() % 86_400);
	// Days since 1970-01-01 to a proleptic Gregorian date (Hinnant's `civil_from_days`), for
	// days ≥ 0: eras of 400 years (146,097 days) counted from 0000-03-01.
	let z = days + 719_468;
	let (era, day_of_era) = (z / 146_097, z % 146_097);
	let year_of_era =
		(day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let month_from_march = (5 * day_of_year + 2) / 153;
	let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
	let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
	let year = era * 400 + year_of_era + u64::from(month <= 2);
	format!(
		"{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}.{:03}",
		secs / 3_600,
		secs / 60 % 60,
		secs % 60,
		since_epoch.subsec_millis()
	)
}

/// Log `message` on stderr as one line, after the UTC time and `label` (a direction, `A→B`, or
/// the pair, `A↔B`), cut to [`MAX_LOG_LINE_CHARS`].
pub(crate) fn log_line(label: &str, message: impl std::fmt::Display) {
	let now = utc_timestamp(std::time::SystemTime::now());
	eprintln!("{now} {label} {}", log_text(message));
}

/// One chain as seen by the relayer.
#[derive(Clone)]
pub(crate) struct Endpoint {
	/// Short name for logs (`A`, `B`).
	pub name: String,
	/// WebSocket URL of a node.
	pub url: String,
	/// Serialises the relayer's submissions to this chain (one signing account per chain).
	pub lock: Arc<Mutex<()>>,
}

impl Endpoint {
	pub fn new(name: &str, url: &str) -> Self {
		Self { name: name.to_string(), url: url.to_string(), lock: Arc::new(Mutex::new(())) }
	}
}

/// `a_to_b`: the direction from `from` to `to` in ASCII, for metric labels.
fn metric_label(from: &Endpoint, to: &Endpoint) -> String {
	format!("{}_to_{}", from.name, to.name).to_lowercase()
}

/// The last submission of one kind, to avoid repeating it (see [`RESUBMIT_AFTER`]).
pub(crate) struct Recent<K> {
	last: Option<(K, Instant)>,
}

impl<K: PartialEq> Recent<K> {
	fn new() -> Self {
		Self { last: None }
	}

	/// Whether `key` may be submitted now.
	pub(crate) fn allows(&self, key: &K) -> bool {
		!matches!(&self.last, Some((last, at)) if last == key && at.elapsed() < RESUBMIT_AFTER)
	}

	pub(crate) fn note(&mut self, key: K) {
		self.last = Some((key, Instant::now()));
	}
}

/// The three steps of a round.
#[derive(Clone, Copy)]
enum Step {
	Headers,
	Messages,
	Confirmations,
}

impl Step {
	fn name(self) -> &'static str {
		match self {
			Step::Headers => "headers",
			Step::Messages => "messages",
			Step::Confirmations => "confirmations",
		}
	}

	/// The step's kind in the error metric.
	fn error_kind(self) -> ErrorKind {
		match self {
			Step::Headers => ErrorKind::Headers,
			Step::Messages => ErrorKind::Messages,
			Step::Confirmations => ErrorKind::Confirmations,
		}
	}

	/// Status topic of the step's errors (distinct from its waiting conditions).
	fn error_topic(self) -> &'static str {
		match self {
			Step::Headers => "headers-error",
			Step::Messages => "messages-error",
			Step::Confirmations => "confirmations-error",
		}
	}
}

/// What a transaction sent to T in this round carries, to report its outcome.
pub(crate) enum Sent {
	/// An S header, with its authority set and `" (authority-set change)"` or `""`.
	Header { number: u32, set_id: u64, kind: &'static str },
	/// Messages `start..=end` (none if `end < start`: the lane state only), described by `what`.
	Delivery { what: String, start: u64, end: u64 },
	/// A confirmation of T's messages delivered on S up to `delivered`.
	Confirmation { delivered: u64 },
}

impl Sent {
	/// The kind of a failure of this transaction in the error metric.
	fn error_kind(&self) -> ErrorKind {
		match self {
			Sent::Header { .. } => ErrorKind::Headers,
			Sent::Delivery { .. } => ErrorKind::Messages,
			Sent::Confirmation { .. } => ErrorKind::Confirmations,
		}
	}
}

/// A transaction sent to T: what it carries and its inclusion, awaited at the end of the round.
pub(crate) struct Submission<'a> {
	sent: Sent,
	inclusion: Pin<Box<dyn Future<Output = Result<TxReceipt>> + Send + 'a>>,
}

/// The round's header, taken out of `sent` to be awaited by the session, if the round sent
/// nothing else.
///
/// A round waits for its transactions so that the next round does not deliver the same messages
/// again, proved at another header. A header alone carries no such risk (the same header is not
/// sent again within [`RESUBMIT_AFTER`], a newer one is valid after it), and waiting for it
/// would hold up the next justification: S's finality typically arrives a second or two into
/// T's block time, while a header waits for T's next block; the next justification's round
/// would start only when T has just begun that block, and its messages wait a whole block more
/// (measured: 1.8 instead of 0.8 block times from S's finality to T's dispatch, once a delivery
/// had shifted the rounds into that rhythm). The session awaits one such header at a time (a
/// round defers its header only while none is): a target that stops including headers holds up
/// the rounds again instead of collecting an ever longer queue of them.
fn deferred_header<'t>(sent: &mut Vec<Submission<'t>>) -> Option<Submission<'t>> {
	let alone = matches!(sent.as_slice(), [Submission { sent: Sent::Header { .. }, .. }]);
	alone.then(|| sent.remove(0))
}

/// The relay of one direction S→T.
///
/// Its fields are the crate's so that the steps (`impl Direction` in [`crate::headers`],
/// [`crate::messages`] and [`crate::confirmations`]) can use them.
pub(crate) struct Direction {
	pub(crate) source: Endpoint,
	pub(crate) target: Endpoint,
	/// The peer slot relayed: the pallets read on S and submitted to on T.
	pub(crate) slot: Slot,
	/// `S→T`, prefixed to every log line.
	label: String,
	signer: Keypair,
	/// The signer as an account id (rewarded on S for deliveries to T).
	pub(crate) relayer: AccountId32,
	pub(crate) options: RunOptions,
	pub(crate) header_attempt: Recent<H256>,
	pub(crate) delivery_attempt: Recent<(H256, u64, u64)>,
	pub(crate) confirmation_attempt: Recent<(H256, u64)>,
	/// S headers above T's best finalized up to this number carry no authority-set change.
	pub(crate) scanned_up_to: Option<u32>,
	/// Last waiting/diagnostic message per topic, so a persisting condition is logged once.
	statuses: HashMap<&'static str, String>,
	/// This direction's metrics (nothing without `RunOptions::metrics`).
	pub(crate) metrics: DirectionMetrics,
}

impl Direction {
	pub fn new(
		source: Endpoint,
		target: Endpoint,
		slot: Slot,
		signer: Keypair,
		options: RunOptions,
	) -> Self {
		let relayer = AccountId32::new(signer.public_key().0);
		let metrics = match &options.metrics {
			Some(metrics) => {
				metrics.direction(&metric_label(&source, &target), &metric_label(&target, &source))
			},
			None => DirectionMetrics::default(),
		};
		Self {
			label: format!("{}→{}", source.name, target.name),
			source,
			target,
			slot,
			signer,
			relayer,
			options,
			header_attempt: Recent::new(),
			delivery_attempt: Recent::new(),
			confirmation_attempt: Recent::new(),
			scanned_up_to: None,
			statuses: HashMap::new(),
			metrics,
		}
	}

	pub(crate) fn log(&self, message: impl std::fmt::Display) {
		log_line(&self.label, message);
	}

	/// Log a persisting condition once (again only after it changed or cleared).
	pub(crate) fn status(&mut self, topic: &'static str, message: String) {
		if self.statuses.get(topic) != Some(&message) {
			self.log(&message);
			self.statuses.insert(topic, message);
		}
	}

	pub(crate) fn clear_status(&mut self, topic: &'static str) {
		self.statuses.remove(topic);
	}

	/// Relay forever: on any error (a node unreachable, a subscription ended) log it, wait with
	/// exponential backoff and reconnect.
	pub async fn run_forever(mut self) {
		let mut backoff = RECONNECT_BACKOFF_MIN;
		loop {
			let started = Instant::now();
			let error = match self.session().await {
				Ok(never) => match never {},
				Err(e) => e,
			};
			if started.elapsed() >= HEALTHY_SESSION {
				backoff = RECONNECT_BACKOFF_MIN;
			}
			self.metrics.error(ErrorKind::Connection);
			self.log(format!("error: {error}; reconnecting in {backoff:?}"));
			// A new connection may see a different picture; let conditions be logged again.
			self.statuses.clear();
			tokio::time::sleep(backoff).await;
			backoff = (backoff * 2).min(RECONNECT_BACKOFF_MAX);
		}
	}

	/// A connection problem ends the session (to reconnect); any other error of a step (a node
	/// refusing a read, e.g. state of a pruned block; an undecodable value) is logged and the
	/// step is tried again next round, so one stuck step does not hold up the others.
	fn step_outcome<T>(&mut self, step: Step, outcome: Result<Option<T>>) -> Result<Option<T>> {
		if outcome.is_ok() {
			self.clear_status(step.error_topic());
		}
		Ok(self.read_outcome(step, outcome)?.flatten())
	}

	/// As [`Self::step_outcome`], for a read a step depends on: `None` if it failed (logged
	/// under the step). Success leaves the step's error logged until the step itself succeeds,
	/// so an error that persists is logged once.
	fn read_outcome<T>(&mut self, step: Step, outcome: Result<T>) -> Result<Option<T>> {
		match outcome {
			Ok(value) => Ok(Some(value)),
			Err(e @ Error::Rpc(_)) => Err(e),
			Err(e) => {
				self.metrics.error(step.error_kind());
				self.status(step.error_topic(), format!("{}: {e}", step.name()));
				Ok(None)
			},
		}
	}

	/// Connect to both chains and relay until something fails: a round every
	/// [`POLL_INTERVAL`], and at once when S finalizes a new header.
	async fn session(&mut self) -> Result<Infallible> {
		let source = NodeClient::connect(&self.source.url).await?;
		let target = NodeClient::connect(&self.target.url).await?;
		let limits = self.delivery_limits(&target).await?;
		let mut justifications = source.subscribe_justifications().await?;
		self.log(format!(
			"connected to {} and {} (slot {}: {}, {})",
			source.url(),
			target.url(),
			self.slot,
			self.slot.grandpa_pallet_name(),
			self.slot.messages_pallet_name()
		));

		let mut latest: Option<GrandpaJustification<Header>> = None;
		// A header sent alone, whose inclusion is awaited here rather than in its round.
		let mut header_in_flight: Option<Submission<'_>> = None;
		let mut ticker = tokio::time::interval(POLL_INTERVAL);
		ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
		loop {
			let header_landed = async {
				match header_in_flight.as_mut() {
					Some(submission) => submission.inclusion.as_mut().await,
					None => std::future::pending().await,
				}
			};
			tokio::select! {
				outcome = header_landed => {
					if let Some(Submission { sent, .. }) = header_in_flight.take() {
						self.report(&target, sent, outcome).await?;
					}
				},
				item = justifications.next() => {
					let url = source.url();
					let bytes = match item {
						Some(Ok(bytes)) => bytes,
						Some(Err(e)) => {
							return Err(Error::Rpc(format!("{url}: justifications: {e}")))
						},
						None => return Err(Error::Rpc(format!("{url}: justifications ended"))),
					};
					match decode_justification(&bytes) {
						Ok(j) => {
							let newer = latest
								.as_ref()
								.is_none_or(|l| j.commit.target_number > l.commit.target_number);
							if newer {
								latest = Some(j);
								// Relay it now rather than at the next tick.
								let in_flight = &mut header_in_flight;
								self.round(&source, &target, latest.as_ref(), &limits, in_flight)
									.await?;
								ticker.reset();
							}
						},
						Err(e) => {
							self.metrics.error(ErrorKind::Headers);
							self.log(format!("ignoring a justification from {url}: {e}"));
						},
					}
				},
				_ = ticker.tick() => {
					let in_flight = &mut header_in_flight;
					self.round(&source, &target, latest.as_ref(), &limits, in_flight).await?;
				},
			}
		}
	}

	/// One round: send T the newest S header, then S's messages and S's confirmation of T's
	/// messages, both proved at that header (else at the S header T knows best), and wait until
	/// all of them are in a best block. A header sent alone goes to `header_in_flight` instead,
	/// if that is empty, for the session to await (see [`deferred_header`]).
	async fn round<'t>(
		&mut self,
		source: &NodeClient,
		target: &'t NodeClient,
		latest: Option<&GrandpaJustification<Header>>,
		limits: &DeliveryLimits,
		header_in_flight: &mut Option<Submission<'t>>,
	) -> Result<()> {
		let best = self.best_bridged(target, None).await;
		let best = match self.read_outcome(Step::Headers, best)? {
			Some(Some(best)) => best,
			// Not readable this round (logged): try again next round.
			None => return Ok(()),
			Some(None) => {
				let status = self.uninitialised_status();
				self.status("headers", status);
				return Ok(());
			},
		};
		self.metrics.blocks(latest.map(|j| j.commit.target_number), best.number());
		let mut sent = Vec::new();
		let header = self.relay_headers(source, target, best, latest).await;
		let at = match self.step_outcome(Step::Headers, header)? {
			Some((id, submission)) => {
				sent.push(submission);
				id
			},
			None => best,
		};
		let messages_pallet = self.slot.messages_pallet_name();
		let mode: Result<Option<MessagesOperatingMode>> =
			target.storage(&operating_mode_key(messages_pallet), None).await;
		match self.read_outcome(Step::Messages, mode)? {
			Some(Some(MessagesOperatingMode::Basic(BasicOperatingMode::Halted))) => self.status(
				"messages",
				format!("waiting: {}'s {messages_pallet} is halted", self.target.name),
			),
			// Not readable this round (logged): try again next round.
			None => {},
			Some(_) => {
				let messages = self.relay_messages(source, target, at, limits).await;
				sent.extend(self.step_outcome(Step::Messages, messages)?);
				let confirmations = self.relay_confirmations(source, target, at).await;
				sent.extend(self.step_outcome(Step::Confirmations, confirmations)?);
			},
		}
		if header_in_flight.is_none() {
			*header_in_flight = deferred_header(&mut sent);
		}
		for Submission { sent, inclusion } in sent {
			let outcome = inclusion.await;
			self.report(target, sent, outcome).await?;
		}
		Ok(())
	}

	/// Log the outcome of a transaction sent to T. Only a connection problem is an error.
	async fn report(
		&mut self,
		target: &NodeClient,
		sent: Sent,
		outcome: Result<TxReceipt>,
	) -> Result<()> {
		let error_kind = sent.error_kind();
		match (sent, outcome) {
			(Sent::Header { number, set_id, kind }, Ok(_)) => {
				self.metrics.header_relayed();
				self.log(format!("header #{number} (set {set_id}) imported{kind}"))
			},
			(Sent::Header { number, .. }, Err(Error::Failed { error, .. }))
				if error.ends_with("OldHeader") =>
			{
				self.log(format!("header #{number} already imported"))
			},
			(
				Sent::Header { number, set_id, kind },
				Err(e @ (Error::Failed { .. } | Error::Rejected(_))),
			) => {
				self.metrics.error(error_kind);
				self.log(format!("header #{number} (set {set_id}){kind} refused: {e}"))
			},
			(Sent::Delivery { what, start, end }, Ok(receipt)) => {
				// The pallet reports refused messages in its event, not as a failure: check.
				let messages_pallet = self.slot.messages_pallet_name();
				let inbound_key = inbound_lane_data_key(messages_pallet, &LANE);
				let now = target
					.storage::<InboundLaneData<AccountId32>>(&inbound_key, Some(receipt.block_hash))
					.await?
					.map(|lane| lane.last_delivered_nonce())
					.unwrap_or_default();
				self.metrics.messages_relayed(messages_delivered(start, end, now));
				if now >= end {
					self.log(format!("{what} delivered"));
				} else {
					self.log(format!(
						"{what}: {} accepted only up to {now} (see \
						 {messages_pallet}::MessagesReceived in block {:?})",
						self.target.name, receipt.block_hash
					));
				}
			},
			(Sent::Delivery { what, .. }, Err(e @ (Error::Failed { .. } | Error::Rejected(_)))) => {
				self.metrics.error(error_kind);
				self.log(format!("{what} refused: {e}"))
			},
			// Confirmations are of T→S messages: log (and count) them under that direction.
			(Sent::Confirmation { delivered }, Ok(_)) => {
				self.metrics.confirmation_relayed();
				log_line(&self.reverse_label(), format!("confirmed up to {delivered}"))
			},
			(
				Sent::Confirmation { delivered },
				Err(e @ (Error::Failed { .. } | Error::Rejected(_))),
			) => {
				self.metrics.error(error_kind);
				log_line(
					&self.reverse_label(),
					format!("confirmation up to {delivered} refused: {e}"),
				)
			},
			(_, Err(e @ Error::Rpc(_))) => return Err(e),
			(_, Err(e)) => {
				self.metrics.error(error_kind);
				self.log(e)
			},
		}
		Ok(())
	}

	/// `T→S`: the label of the reverse direction.
	fn reverse_label(&self) -> String {
		format!("{}→{}", self.target.name, self.source.name)
	}

	/// Send `call` to T. A refusal by the pool is logged at once (`None`); only a connection
	/// problem is an error.
	pub(crate) async fn send<'t>(
		&mut self,
		target: &'t NodeClient,
		call: &[u8],
		sent: Sent,
	) -> Result<Option<Submission<'t>>> {
		match target.send(call, &self.signer, &self.target.lock).await {
			Ok(inclusion) => Ok(Some(Submission { sent, inclusion: Box::pin(inclusion) })),
			Err(e @ Error::Rpc(_)) => Err(e),
			Err(e) => {
				self.report(target, sent, Err(e)).await?;
				Ok(None)
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn direction() -> Direction {
		let (a, b) = (Endpoint::new("A", "ws://a"), Endpoint::new("B", "ws://b"));
		Direction::new(a, b, Slot::ZERO, subxt_signer::sr25519::dev::alice(), RunOptions::default())
	}

	#[test]
	fn a_direction_is_labelled_both_ways() {
		let a_to_b = direction();
		assert_eq!(a_to_b.label, "A→B");
		assert_eq!(a_to_b.reverse_label(), "B→A");
		let alice = subxt_signer::sr25519::dev::alice().public_key().0;
		assert_eq!(a_to_b.relayer, AccountId32::new(alice));
		assert_eq!(metric_label(&a_to_b.source, &a_to_b.target), "a_to_b");
		assert_eq!(metric_label(&a_to_b.target, &a_to_b.source), "b_to_a");
	}

	#[test]
	fn a_submission_is_not_repeated_at_once() {
		let mut recent = Recent::new();
		assert!(recent.allows(&(H256::repeat_byte(1), 4)));
		recent.note((H256::repeat_byte(1), 4));
		assert!(!recent.allows(&(H256::repeat_byte(1), 4)));
		// Another submission may go; it then becomes the one not to repeat.
		assert!(recent.allows(&(H256::repeat_byte(1), 5)));
		recent.note((H256::repeat_byte(1), 5));
		assert!(recent.allows(&(H256::repeat_byte(1), 4)));
		assert!(!recent.allows(&(H256::repeat_byte(1), 5)));
	}

	#[test]
	fn a_persisting_condition_is_kept_until_it_changes_or_clears() {
		let mut d = direction();
		d.status("messages", "waiting: lane closed".into());
		d.status("messages", "waiting: lane closed".into());
		assert_eq!(d.statuses.get("messages").map(String::as_str), Some("waiting: lane closed"));
		d.status("messages", "waiting: weight unknown".into());
		assert_eq!(d.statuses.get("messages").map(String::as_str), Some("waiting: weight unknown"));
		d.clear_status("messages");
		assert!(d.statuses.is_empty());
	}

	#[test]
	fn only_a_connection_problem_ends_a_session() {
		let mut d = direction();
		let rpc = d.read_outcome::<u8>(Step::Messages, Err(Error::Rpc("gone".into())));
		assert_eq!(rpc, Err(Error::Rpc("gone".into())));
		// Any other error is logged under the step's error topic and the step skipped.
		let other = d.step_outcome::<u8>(Step::Headers, Err(Error::Other("pruned".into())));
		assert_eq!(other, Ok(None));
		assert_eq!(d.statuses.get("headers-error").map(String::as_str), Some("headers: pruned"));
		// The step succeeding clears it.
		assert_eq!(d.step_outcome(Step::Headers, Ok(Some(7u8))), Ok(Some(7)));
		assert!(!d.statuses.contains_key("headers-error"));
	}

	#[test]
	fn steps_and_submissions_have_their_own_error_kinds_and_topics() {
		let steps = [Step::Headers, Step::Messages, Step::Confirmations];
		let sent = [
			Sent::Header { number: 1, set_id: 0, kind: "" },
			Sent::Delivery { what: "messages 1..=2".into(), start: 1, end: 2 },
			Sent::Confirmation { delivered: 2 },
		];
		for (step, sent) in steps.into_iter().zip(&sent) {
			assert_eq!(step.error_kind(), sent.error_kind());
			assert_eq!(step.error_topic(), format!("{}-error", step.name()));
		}
		assert_eq!(steps.map(Step::name), ["headers", "messages", "confirmations"]);
	}

	fn submission(sent: Sent) -> Submission<'static> {
		Submission { sent, inclusion: Box::pin(async { Err(Error::Other("not sent".into())) }) }
	}

	#[test]
	fn only_a_header_sent_alone_is_deferred() {
		let header = || submission(Sent::Header { number: 7, set_id: 0, kind: "" });
		let delivery =
			|| submission(Sent::Delivery { what: "messages 1..=2".into(), start: 1, end: 2 });
		let mut sent = vec![header()];
		let deferred = deferred_header(&mut sent).expect("a header alone is deferred");
		assert!(matches!(deferred.sent, Sent::Header { number: 7, .. }));
		assert!(sent.is_empty());
		// Never with messages or a confirmation: the round waits for all of them.
		let mut sent = vec![header(), delivery()];
		assert!(deferred_header(&mut sent).is_none());
		assert_eq!(sent.len(), 2);
		let mut sent = vec![delivery()];
		assert!(deferred_header(&mut sent).is_none());
		assert_eq!(sent.len(), 1);
		let mut sent = vec![submission(Sent::Confirmation { delivered: 3 })];
		assert!(deferred_header(&mut sent).is_none());
		assert!(deferred_header(&mut Vec::new()).is_none());
	}

	#[test]
	fn timestamps_are_utc_dates_and_times() {
		let at = |secs: u64, millis: u64| {
			std::time::UNIX_EPOCH + Duration::from_secs(secs) + Duration::from_millis(millis)
		};
		assert_eq!(utc_timestamp(at(0, 0)), "1970-01-01 00:00:00.000");
		// A leap day, the last millisecond of a day, and a date of this project.
		assert_eq!(utc_timestamp(at(951_782_400, 7)), "2000-02-29 00:00:00.007");
		assert_eq!(utc_timestamp(at(1_704_067_199, 999)), "2023-12-31 23:59:59.999");
		assert_eq!(utc_timestamp(at(1_796_544_004, 120)), "2026-12-06 08:00:04.120");
	}

	#[test]
	fn log_lines_are_one_line_and_cut() {
		assert_eq!(log_text("refused:\n  Invalid\n"), "refused: | Invalid");
		let long = "é".repeat(MAX_LOG_LINE_CHARS + 10);
		let cut = log_text(long);
		assert_eq!(cut.chars().count(), MAX_LOG_LINE_CHARS + 1);
		assert!(cut.ends_with('…'));
		let exact = "x".repeat(MAX_LOG_LINE_CHARS);
		assert_eq!(log_text(&exact), exact);
	}
}
