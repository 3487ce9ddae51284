//! The relay of one direction S→T: everything T needs from S. S's finalized headers go into
//! T's light client, S's outbound messages into T's inbound lane, and S's delivery
//! confirmations of T's messages back to T's outbound lane. The reverse direction does the
//! same for S, so each direction submits to one chain only.
//!
//! Each round reads everything it decides on from the two chains. It sends at most one
//! transaction per step, back to back: the newest S header, then the messages and the
//! confirmation proved at that header. They land in the same T block, so a message waits for
//! one T block after S finalizes it, not one for the header and another for the proof. Then
//! the round waits until all of them are in a best block, so it never races its own
//! transactions, and a restarted relayer simply carries on. The little state kept in memory
//! (what was last attempted, how far S's headers were scanned) only avoids repeating work; it
//! is never needed for correctness.

use std::{
	collections::HashMap,
	convert::Infallible,
	future::Future,
	pin::Pin,
	sync::Arc,
	time::{Duration, Instant},
};

use bp_header_chain::{
	justification::{
		verify_and_optimize_justification, GrandpaJustification, JustificationVerificationContext,
	},
	storage_keys::{best_finalized_key, current_authority_set_key, pallet_operating_mode_key},
	AuthoritySet, GrandpaConsensusLogReader,
};
use bp_messages::{
	source_chain::FromBridgedChainMessagesDeliveryProof,
	storage_keys::{
		inbound_lane_data_key, message_key, operating_mode_key, outbound_lane_data_key,
	},
	target_chain::FromBridgedChainMessagesProof,
	InboundLaneData, MessagesOperatingMode, OutboundLaneData, UnrewardedRelayersState, Weight,
};
use bp_runtime::{raw_storage_proof_size, BasicOperatingMode, HeaderId};
use codec::{Decode, DecodeAll};
use sp_core::{storage::StorageKey, H256};
use sp_runtime::{traits::Header as _, AccountId32};
use subxt_signer::sr25519::Keypair;
use tokio::sync::Mutex;

use crate::{
	calls::{
		encode_receive_messages_delivery_proof, encode_receive_messages_proof,
		encode_submit_finality_proof,
	},
	chain::{decode_justification, Chain, Included},
	messages_within_weight,
	metrics::{messages_delivered, DirectionMetrics, ErrorKind},
	one_line, plan_delivery, DeliveryPlan, Error, Header, Result, RunOptions,
	BRIDGE_GRANDPA_PALLET_NAME, BRIDGE_MESSAGES_PALLET_NAME, LANE, MAX_DELIVERY_PROOF_BYTES,
	MAX_MESSAGES_PER_DELIVERY, MEDCHAIN_BRIDGE_PALLET_NAME,
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

/// Names under which the medchain bridge pallet may expose the per-message dispatch weight.
const MESSAGE_DISPATCH_WEIGHT_NAMES: [&str; 2] =
	["MessageDispatchWeight", "message_dispatch_weight"];

/// Most source headers checked for authority-set changes per round, so a relayer catching up a
/// long gap keeps relaying messages and confirmations between scan chunks (two reads each).
const MAX_HEADERS_SCANNED_PER_ROUND: u32 = 256;

/// Longest log line, in characters: a node's refusal can quote kilobytes of wasm backtrace,
/// whose first few hundred characters say what went wrong.
const MAX_LOG_LINE_CHARS: usize = 400;

/// Log `message` on stderr as one line prefixed with `label` (a direction, `A→B`), cut to
/// [`MAX_LOG_LINE_CHARS`].
fn log_line(label: &str, message: impl std::fmt::Display) {
	let text = one_line(&message.to_string());
	match text.char_indices().nth(MAX_LOG_LINE_CHARS) {
		Some((cut, _)) => eprintln!("{label} {}…", &text[..cut]),
		None => eprintln!("{label} {text}"),
	}
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

/// The last submission of one kind, to avoid repeating it (see [`RESUBMIT_AFTER`]).
struct Recent<K> {
	last: Option<(K, Instant)>,
}

impl<K: PartialEq> Recent<K> {
	fn new() -> Self {
		Self { last: None }
	}

	/// Whether `key` may be submitted now.
	fn allows(&self, key: &K) -> bool {
		!matches!(&self.last, Some((last, at)) if last == key && at.elapsed() < RESUBMIT_AFTER)
	}

	fn note(&mut self, key: K) {
		self.last = Some((key, Instant::now()));
	}
}

/// Limits of one delivery transaction on the target chain, read from its metadata.
struct DeliveryLimits {
	/// Dispatch weight the target assigns to each inbound message; `None` if unknown (then
	/// messages are not delivered, only lane states).
	dispatch_weight: Option<Weight>,
	/// Most messages per delivery.
	max_messages: u64,
	/// Largest storage proof per delivery, in bytes.
	max_proof_bytes: usize,
}

/// Whether a header changes the GRANDPA authority set: a scheduled change must be imported
/// before any later header (the light client learns the next set from it); a forced change
/// cannot be followed at all (the pallet refuses it and governance must reset the bridge).
fn changes_authorities(header: &Header) -> bool {
	GrandpaConsensusLogReader::<u32>::find_scheduled_change(header.digest()).is_some()
		|| GrandpaConsensusLogReader::<u32>::find_forced_change(header.digest()).is_some()
}

/// Outcome of scanning source headers for authority-set changes.
enum Scan {
	/// This header changes the set: it is mandatory.
	Change(Header),
	/// No change up to the requested header.
	Clear,
	/// Not done yet (scan budget of this round used up).
	Incomplete(u32),
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
enum Sent {
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
struct Submission<'a> {
	sent: Sent,
	inclusion: Pin<Box<dyn Future<Output = Result<Included>> + Send + 'a>>,
}

/// The relay of one direction S→T.
pub(crate) struct Direction {
	source: Endpoint,
	target: Endpoint,
	/// `S→T`, prefixed to every log line.
	label: String,
	signer: Keypair,
	/// The signer as an account id (rewarded on S for deliveries to T).
	relayer: AccountId32,
	options: RunOptions,
	header_attempt: Recent<H256>,
	delivery_attempt: Recent<(H256, u64, u64)>,
	confirmation_attempt: Recent<(H256, u64)>,
	/// S headers above T's best finalized up to this number carry no authority-set change.
	scanned_up_to: Option<u32>,
	/// Last waiting/diagnostic message per topic, so a persisting condition is logged once.
	statuses: HashMap<&'static str, String>,
	/// This direction's metrics (nothing without `RunOptions::metrics`).
	metrics: DirectionMetrics,
}

impl Direction {
	pub fn new(source: Endpoint, target: Endpoint, signer: Keypair, options: RunOptions) -> Self {
		let relayer = AccountId32::new(signer.public_key().0);
		// `a_to_b`: the direction in ASCII, for metric labels.
		let metric_label =
			|from: &Endpoint, to: &Endpoint| format!("{}_to_{}", from.name, to.name).to_lowercase();
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

	fn log(&self, message: impl std::fmt::Display) {
		log_line(&self.label, message);
	}

	/// Log a persisting condition once (again only after it changed or cleared).
	fn status(&mut self, topic: &'static str, message: String) {
		if self.statuses.get(topic) != Some(&message) {
			self.log(&message);
			self.statuses.insert(topic, message);
		}
	}

	fn clear_status(&mut self, topic: &'static str) {
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
		let source = Chain::connect(&self.source.url).await?;
		let target = Chain::connect(&self.target.url).await?;
		let limits = self.delivery_limits(&target).await?;
		let mut justifications = source.subscribe_justifications().await?;
		self.log(format!("connected to {} and {}", source.url(), target.url()));

		let mut latest: Option<GrandpaJustification<Header>> = None;
		let mut ticker = tokio::time::interval(POLL_INTERVAL);
		ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
		loop {
			tokio::select! {
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
								self.round(&source, &target, latest.as_ref(), &limits).await?;
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
					self.round(&source, &target, latest.as_ref(), &limits).await?;
				},
			}
		}
	}

	/// One round: send T the newest S header, then S's messages and S's confirmation of T's
	/// messages, both proved at that header (else at the S header T knows best), and wait until
	/// all of them are in a best block.
	async fn round(
		&mut self,
		source: &Chain,
		target: &Chain,
		latest: Option<&GrandpaJustification<Header>>,
		limits: &DeliveryLimits,
	) -> Result<()> {
		let best = self.best_bridged(target, None).await;
		let best = match self.read_outcome(Step::Headers, best)? {
			Some(Some(best)) => best,
			// Not readable this round (logged): try again next round.
			None => return Ok(()),
			Some(None) => {
				self.status(
					"headers",
					format!(
						"waiting: {}'s bridge is not initialised (run `medchain-relay init \
					 --source {} --target {}`)",
						self.target.name, self.source.url, self.target.url
					),
				);
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
		let mode: Result<Option<MessagesOperatingMode>> =
			target.storage(&operating_mode_key(BRIDGE_MESSAGES_PALLET_NAME), None).await;
		match self.read_outcome(Step::Messages, mode)? {
			Some(Some(MessagesOperatingMode::Basic(BasicOperatingMode::Halted))) => self.status(
				"messages",
				format!("waiting: {}'s BridgeMessages is halted", self.target.name),
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
		for Submission { sent, inclusion } in sent {
			let outcome = inclusion.await;
			self.report(target, sent, outcome).await?;
		}
		Ok(())
	}

	/// Log the outcome of a transaction sent to T. Only a connection problem is an error.
	async fn report(
		&mut self,
		target: &Chain,
		sent: Sent,
		outcome: Result<Included>,
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
			(Sent::Delivery { what, start, end }, Ok(included)) => {
				// The pallet reports refused messages in its event, not as a failure: check.
				let inbound_key = inbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE);
				let now = target
					.storage::<InboundLaneData<AccountId32>>(
						&inbound_key,
						Some(included.block_hash),
					)
					.await?
					.map(|lane| lane.last_delivered_nonce())
					.unwrap_or_default();
				self.metrics.messages_relayed(messages_delivered(start, end, now));
				if now >= end {
					self.log(format!("{what} delivered"));
				} else {
					self.log(format!(
						"{what}: {} accepted only up to {now} (see \
						 BridgeMessages::MessagesReceived in block {:?})",
						self.target.name, included.block_hash
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

	/// The dispatch weight the target assigns to every inbound message: the override, else the
	/// `MedchainBridge` constant from the target's metadata (named `MessageDispatchWeight`, or
	/// `message_dispatch_weight` as an unrenamed `#[pallet::extra_constants]` function is).
	async fn message_dispatch_weight(&mut self, target: &Chain) -> Result<Option<Weight>> {
		if let Some(weight) = self.options.message_dispatch_weight {
			return Ok(Some(weight));
		}
		let url = target.url();
		for name in MESSAGE_DISPATCH_WEIGHT_NAMES {
			if let Some(raw) = target.constant(MEDCHAIN_BRIDGE_PALLET_NAME, name).await? {
				match Weight::decode_all(&mut &raw[..]) {
					Ok(weight) => return Ok(Some(weight)),
					Err(e) => {
						self.log(format!(
							"{url}: {MEDCHAIN_BRIDGE_PALLET_NAME}::{name} is not a weight ({e}): \
							 messages will not be delivered (pass --message-dispatch-weight)"
						));
						return Ok(None);
					},
				}
			}
		}
		self.log(format!(
			"{url} has no {MEDCHAIN_BRIDGE_PALLET_NAME}::MessageDispatchWeight constant: messages \
			 will not be delivered (pass --message-dispatch-weight)"
		));
		Ok(None)
	}

	/// Read the target's delivery limits from its metadata (see [`DeliveryLimits`]).
	async fn delivery_limits(&mut self, target: &Chain) -> Result<DeliveryLimits> {
		let dispatch_weight = self.message_dispatch_weight(target).await?;

		// `frame_system::limits::BlockWeights` starts with base_block, max_block, then the Normal
		// class: base_extrinsic, max_extrinsic. Half of max_extrinsic is what the messages
		// pallet allows for dispatch (`maximal_incoming_message_dispatch_weight`).
		let max_extrinsic = target
			.constant("System", "BlockWeights")
			.await?
			.and_then(|raw| <(Weight, Weight, Weight, Option<Weight>)>::decode(&mut &raw[..]).ok())
			.and_then(|(_, _, _, max_extrinsic)| max_extrinsic);
		let by_weight = match (dispatch_weight, max_extrinsic) {
			(Some(per_message), Some(max)) => messages_within_weight(per_message, max / 2).max(1),
			_ => MAX_MESSAGES_PER_DELIVERY,
		};

		// `frame_system::limits::BlockLength` starts with the Normal class's maximal length; a
		// delivery keeps its proof within two thirds of it (the rest is the transaction).
		let max_length = target
			.constant("System", "BlockLength")
			.await?
			.and_then(|raw| u32::decode(&mut &raw[..]).ok());
		let max_proof_bytes = match max_length {
			Some(len) => MAX_DELIVERY_PROOF_BYTES.min(len as usize / 3 * 2),
			None => MAX_DELIVERY_PROOF_BYTES,
		};

		Ok(DeliveryLimits {
			dispatch_weight,
			max_messages: MAX_MESSAGES_PER_DELIVERY.min(by_weight),
			max_proof_bytes,
		})
	}

	/// T's view of S: best finalized S header, if T's light client is initialised.
	async fn best_bridged(
		&self,
		on: &Chain,
		at: Option<H256>,
	) -> Result<Option<HeaderId<H256, u32>>> {
		on.storage(&best_finalized_key(BRIDGE_GRANDPA_PALLET_NAME), at).await
	}

	/// Step 1: bring T's light client of S (at `best`) up to S's latest justification,
	/// importing any authority-set change in between first. Returns the header sent, if any.
	async fn relay_headers<'t>(
		&mut self,
		source: &Chain,
		target: &'t Chain,
		best: HeaderId<H256, u32>,
		latest: Option<&GrandpaJustification<Header>>,
	) -> Result<Option<(HeaderId<H256, u32>, Submission<'t>)>> {
		let mode: Option<BasicOperatingMode> =
			target.storage(&pallet_operating_mode_key(BRIDGE_GRANDPA_PALLET_NAME), None).await?;
		if mode == Some(BasicOperatingMode::Halted) {
			self.status(
				"headers",
				format!("waiting: {}'s BridgeGrandpa is halted", self.target.name),
			);
			return Ok(None);
		}
		self.clear_status("headers");
		let Some(latest) = latest else { return Ok(None) };
		if latest.commit.target_number <= best.number() {
			return Ok(None);
		}
		let Some(set) = target
			.storage::<AuthoritySet>(&current_authority_set_key(BRIDGE_GRANDPA_PALLET_NAME), None)
			.await?
		else {
			self.status(
				"headers",
				format!("waiting: {} has no current authority set", self.target.name),
			);
			return Ok(None);
		};

		match self
			.scan_for_authority_change(
				source,
				best.number().saturating_add(1),
				latest.commit.target_number,
			)
			.await?
		{
			Scan::Change(header) => {
				let hash = header.hash();
				let Some(justification) = source.stored_justification(hash).await? else {
					self.metrics.error(ErrorKind::Headers);
					self.status(
						"mandatory",
						format!(
							"stuck: {} header #{} changes the authority set, but {} has no \
							 justification for it",
							self.source.name,
							header.number,
							source.url()
						),
					);
					return Ok(None);
				};
				self.clear_status("mandatory");
				self.submit_header(target, header, justification, set, true).await
			},
			Scan::Clear => {
				let header = source.header(latest.commit.target_hash).await?;
				self.submit_header(target, header, latest.clone(), set, false).await
			},
			Scan::Incomplete(upto) => {
				self.log(format!(
					"checked {} headers up to #{upto} of #{} for authority-set changes",
					self.source.name, latest.commit.target_number
				));
				Ok(None)
			},
		}
	}

	/// Find the first S header in `from..=to` that changes the authority set, continuing where
	/// the previous round stopped.
	async fn scan_for_authority_change(
		&mut self,
		source: &Chain,
		from: u32,
		to: u32,
	) -> Result<Scan> {
		let mut number = match self.scanned_up_to {
			Some(done) if done >= from => done.saturating_add(1),
			_ => from,
		};
		let mut budget = MAX_HEADERS_SCANNED_PER_ROUND;
		while number <= to {
			if budget == 0 {
				return Ok(Scan::Incomplete(number - 1));
			}
			budget -= 1;
			let hash = source.block_hash(number).await?.ok_or_else(|| {
				Error::Other(format!(
					"{}: no block #{number} although #{to} is finalized",
					source.url()
				))
			})?;
			let header = source.header(hash).await?;
			if changes_authorities(&header) {
				return Ok(Scan::Change(header));
			}
			self.scanned_up_to = Some(number);
			number = number.saturating_add(1);
		}
		Ok(Scan::Clear)
	}

	/// Optimise `justification` for T's current set and send `header` with it.
	async fn submit_header<'t>(
		&mut self,
		target: &'t Chain,
		header: Header,
		mut justification: GrandpaJustification<Header>,
		set: AuthoritySet,
		mandatory: bool,
	) -> Result<Option<(HeaderId<H256, u32>, Submission<'t>)>> {
		let hash = header.hash();
		let number = header.number;
		if !self.header_attempt.allows(&hash) {
			return Ok(None);
		}
		let set_id = set.set_id;
		let kind = if mandatory { " (authority-set change)" } else { "" };
		let context = match JustificationVerificationContext::try_from(set) {
			Ok(context) => context,
			Err(e) => {
				self.header_attempt.note(hash);
				self.metrics.error(ErrorKind::Headers);
				self.log(format!(
					"{}'s authority set {set_id} is unusable: {e:?}",
					self.target.name
				));
				return Ok(None);
			},
		};
		// The pallet verifies strictly (no redundant votes or ancestry): trim first.
		if let Err(e) = verify_and_optimize_justification::<Header>(
			(hash, number),
			&context,
			&mut justification,
		) {
			self.header_attempt.note(hash);
			self.metrics.error(ErrorKind::Headers);
			// Logged once per condition, not per header: a new justification comes every block.
			let target_name = &self.target.name;
			self.status(
				"justification",
				format!(
					"headers{kind}: justifications do not verify against {target_name}'s \
					 authority set {set_id} ({e:?})"
				),
			);
			return Ok(None);
		}
		self.clear_status("justification");
		let call = encode_submit_finality_proof(&header, &justification, set_id);
		self.header_attempt.note(hash);
		let sent = Sent::Header { number, set_id, kind };
		match self.send(target, &call, sent).await? {
			Some(submission) => Ok(Some((HeaderId(number, hash), submission))),
			None => Ok(None),
		}
	}

	/// Send `call` to T. A refusal by the pool is logged at once (`None`); only a connection
	/// problem is an error.
	async fn send<'t>(
		&mut self,
		target: &'t Chain,
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

	/// Step 2: deliver S's new messages (or just S's lane state) to T, proved at the S header
	/// `at` (one T knows, or the one just sent to it).
	async fn relay_messages<'t>(
		&mut self,
		source: &Chain,
		target: &'t Chain,
		at: HeaderId<H256, u32>,
		limits: &DeliveryLimits,
	) -> Result<Option<Submission<'t>>> {
		let outbound_key = outbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE);
		let Some(outbound) =
			source.storage::<OutboundLaneData>(&outbound_key, Some(at.hash())).await?
		else {
			self.status(
				"messages",
				format!(
					"waiting: lane {LANE:?} is not open on {} at #{}",
					self.source.name,
					at.number()
				),
			);
			return Ok(None);
		};
		let inbound_key = inbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE);
		let Some(inbound) =
			target.storage::<InboundLaneData<AccountId32>>(&inbound_key, None).await?
		else {
			self.status(
				"messages",
				format!("waiting: lane {LANE:?} is not open on {}", self.target.name),
			);
			return Ok(None);
		};
		self.metrics.pending_messages(
			outbound.latest_generated_nonce.saturating_sub(inbound.last_delivered_nonce()),
		);

		let (start, end) = match plan_delivery(&outbound, &inbound, limits.max_messages) {
			DeliveryPlan::Nothing => {
				self.clear_status("messages");
				return Ok(None);
			},
			DeliveryPlan::Messages(range) => {
				if limits.dispatch_weight.is_none() {
					self.status(
						"messages",
						format!(
							"waiting: {} messages pending but their dispatch weight is unknown",
							range.end() - range.start() + 1
						),
					);
					return Ok(None);
				}
				(*range.start(), *range.end())
			},
			// An empty range (end = start - 1) with the lane state only.
			DeliveryPlan::LaneStateOnly => {
				let delivered = inbound.last_delivered_nonce();
				(delivered.saturating_add(1), delivered)
			},
		};
		self.clear_status("messages");
		if !self.delivery_attempt.allows(&(at.hash(), start, end)) {
			return Ok(None);
		}

		// Prove the messages and the outbound lane state (which tells T which of its deliveries
		// S has confirmed), halving the batch until the proof fits.
		let mut end_proved = end;
		let storage_proof = loop {
			let mut keys: Vec<StorageKey> = (start..=end_proved)
				.map(|nonce| message_key(BRIDGE_MESSAGES_PALLET_NAME, LANE, nonce))
				.collect();
			keys.push(outbound_key.clone());
			let proof = source.read_proof(&keys, at.hash()).await?;
			let count = end_proved.saturating_add(1).saturating_sub(start);
			if raw_storage_proof_size(&proof) <= limits.max_proof_bytes || count <= 1 {
				break proof;
			}
			end_proved = start + count / 2 - 1;
		};
		let count = end_proved.saturating_add(1).saturating_sub(start);
		let messages_count = u32::try_from(count)
			.map_err(|_| Error::Other(format!("{count} messages do not fit a delivery")))?;
		let dispatch_weight = limits.dispatch_weight.unwrap_or_default().saturating_mul(count);
		let proof = FromBridgedChainMessagesProof {
			bridged_header_hash: at.hash(),
			storage_proof,
			lane: LANE,
			nonces_start: start,
			nonces_end: end_proved,
		};
		let call =
			encode_receive_messages_proof(&self.relayer, &proof, messages_count, dispatch_weight);
		let what = if count == 0 {
			format!("lane state (confirmed up to {})", outbound.latest_received_nonce)
		} else {
			format!("messages {start}..={end_proved}")
		};
		self.delivery_attempt.note((at.hash(), start, end));
		self.send(target, &call, Sent::Delivery { what, start, end: end_proved }).await
	}

	/// Step 3: confirm to T the deliveries S has made of T's messages, proved at the S header
	/// `at` (one T knows, or the one just sent to it).
	async fn relay_confirmations<'t>(
		&mut self,
		source: &Chain,
		target: &'t Chain,
		at: HeaderId<H256, u32>,
	) -> Result<Option<Submission<'t>>> {
		let outbound_key = outbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE);
		let Some(outbound) = target.storage::<OutboundLaneData>(&outbound_key, None).await? else {
			return Ok(None);
		};
		let inbound_key = inbound_lane_data_key(BRIDGE_MESSAGES_PALLET_NAME, &LANE);
		let Some(inbound) =
			source.storage::<InboundLaneData<AccountId32>>(&inbound_key, Some(at.hash())).await?
		else {
			return Ok(None);
		};
		let delivered = inbound.last_delivered_nonce();
		if delivered <= outbound.latest_received_nonce {
			return Ok(None);
		}
		if !self.confirmation_attempt.allows(&(at.hash(), delivered)) {
			return Ok(None);
		}
		let storage_proof =
			source.read_proof(std::slice::from_ref(&inbound_key), at.hash()).await?;
		let proof = FromBridgedChainMessagesDeliveryProof {
			bridged_header_hash: at.hash(),
			storage_proof,
			lane: LANE,
		};
		let call = encode_receive_messages_delivery_proof(
			&proof,
			&UnrewardedRelayersState::from(&inbound),
		);
		self.confirmation_attempt.note((at.hash(), delivered));
		self.send(target, &call, Sent::Confirmation { delivered }).await
	}
}
