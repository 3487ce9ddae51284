//! Headers: S's finalized headers, with their GRANDPA justifications, into T's light client
//! of S (the relayed slot's `BridgeGrandpa{k}`, pallet-bridge-grandpa).
//!
//! The light client follows S's GRANDPA authority sets in order: a header that schedules a
//! change of the set must be imported before any later header, as the light client learns the
//! next set from it. So each round scans the S headers above T's best for such a change (a
//! bounded chunk per round, remembering how far it got) and sends the first change it finds
//! with the justification S's node stored for it; without one, the newest header S finalized,
//! with the justification that finalized it. The pallet verifies strictly (no redundant votes
//! or ancestry), so every justification is first trimmed against T's current set.

use bp_header_chain::{
	justification::{
		verify_and_optimize_justification, GrandpaJustification, JustificationVerificationContext,
	},
	storage_keys::{best_finalized_key, current_authority_set_key, pallet_operating_mode_key},
	AuthoritySet, GrandpaConsensusLogReader,
};
use bp_runtime::{BasicOperatingMode, HeaderId};
use sp_core::H256;
use sp_runtime::traits::Header as _;

use crate::{
	calls::encode_submit_finality_proof_at,
	client::NodeClient,
	direction::Direction,
	metrics::ErrorKind,
	submission::{Sent, Submission},
	Error, Header, Result, Slot,
};

/// Most source headers checked for authority-set changes per round, so a relayer catching up a
/// long gap keeps relaying messages and confirmations between scan chunks (two reads each).
const MAX_HEADERS_SCANNED_PER_ROUND: u32 = 256;

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

/// The first header number to scan for a scan of `from..`, given that the headers up to
/// `scanned_up_to` were found clear by earlier rounds.
fn scan_start(scanned_up_to: Option<u32>, from: u32) -> u32 {
	match scanned_up_to {
		Some(done) if done >= from => done.saturating_add(1),
		_ => from,
	}
}

impl Direction {
	/// T's view of S: best finalized S header, if T's light client is initialised.
	pub(crate) async fn best_bridged(
		&self,
		on: &NodeClient,
		at: Option<H256>,
	) -> Result<Option<HeaderId<H256, u32>>> {
		on.storage(&best_finalized_key(self.slot.grandpa_pallet_name()), at).await
	}

	/// The waiting condition of a target whose light client of the source is not initialised,
	/// with what would initialise it.
	pub(crate) fn uninitialised_status(&self) -> String {
		let (source, target) = (&self.source, &self.target);
		let how = if self.slot == Slot::ZERO {
			format!(
				"run `medchain-relay init --source {} --target {}` or `medchain-relay link`",
				source.url, target.url
			)
		} else {
			format!("run `medchain-relay link --slot {}`", self.slot)
		};
		format!(
			"waiting: {}'s light client of {} in slot {} ({}) is not initialised ({how})",
			target.name,
			source.name,
			self.slot,
			self.slot.grandpa_pallet_name()
		)
	}

	/// Step 1: bring T's light client of S (at `best`) up to S's latest justification,
	/// importing any authority-set change in between first. Returns the header sent, if any.
	pub(crate) async fn relay_headers<'t>(
		&mut self,
		source: &NodeClient,
		target: &'t NodeClient,
		best: HeaderId<H256, u32>,
		latest: Option<&GrandpaJustification<Header>>,
	) -> Result<Option<(HeaderId<H256, u32>, Submission<'t>)>> {
		let pallet = self.slot.grandpa_pallet_name();
		let mode: Option<BasicOperatingMode> =
			target.storage(&pallet_operating_mode_key(pallet), None).await?;
		if mode == Some(BasicOperatingMode::Halted) {
			self.status("headers", format!("waiting: {}'s {pallet} is halted", self.target.name));
			return Ok(None);
		}
		self.clear_status("headers");
		let Some(latest) = latest else { return Ok(None) };
		if latest.commit.target_number <= best.number() {
			return Ok(None);
		}
		let Some(set) =
			target.storage::<AuthoritySet>(&current_authority_set_key(pallet), None).await?
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
		source: &NodeClient,
		from: u32,
		to: u32,
	) -> Result<Scan> {
		let mut number = scan_start(self.scanned_up_to, from);
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
		target: &'t NodeClient,
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
		let call = encode_submit_finality_proof_at(self.slot, &header, &justification, set_id);
		self.header_attempt.note(hash);
		let sent = Sent::Header { number, set_id, kind };
		match self.send(target, &call, sent).await? {
			Some(submission) => Ok(Some((HeaderId(number, hash), submission))),
			None => Ok(None),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use sp_consensus_grandpa::{ConsensusLog, ScheduledChange, GRANDPA_ENGINE_ID};
	use sp_runtime::{generic::Digest, DigestItem};

	/// Header #7 with `logs` in its digest.
	fn header_with(logs: Vec<DigestItem>) -> Header {
		Header::new(
			7,
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			H256::repeat_byte(3),
			Digest { logs },
		)
	}

	/// A GRANDPA consensus digest item carrying `log`.
	fn grandpa(log: ConsensusLog<u32>) -> DigestItem {
		DigestItem::Consensus(GRANDPA_ENGINE_ID, log.encode())
	}

	fn change() -> ScheduledChange<u32> {
		ScheduledChange { next_authorities: vec![], delay: 0 }
	}

	#[test]
	fn scheduled_and_forced_changes_change_the_authorities() {
		assert!(!changes_authorities(&header_with(vec![])));
		assert!(changes_authorities(&header_with(vec![grandpa(ConsensusLog::ScheduledChange(
			change()
		))])));
		assert!(changes_authorities(&header_with(vec![grandpa(ConsensusLog::ForcedChange(
			3,
			change()
		))])));
		// Found among other digest items.
		let other = DigestItem::Other(vec![1, 2, 3]);
		assert!(changes_authorities(&header_with(vec![
			other.clone(),
			grandpa(ConsensusLog::ScheduledChange(change())),
		])));
		assert!(!changes_authorities(&header_with(vec![other])));
	}

	#[test]
	fn other_grandpa_logs_and_other_engines_change_nothing() {
		for log in [ConsensusLog::OnDisabled(0), ConsensusLog::Pause(5), ConsensusLog::Resume(9)] {
			assert!(!changes_authorities(&header_with(vec![grandpa(log)])));
		}
		// A change encoded under another engine's id is not GRANDPA's.
		let aura = DigestItem::Consensus(
			*b"aura",
			ConsensusLog::<u32>::ScheduledChange(change()).encode(),
		);
		assert!(!changes_authorities(&header_with(vec![aura])));
	}

	#[test]
	fn a_scan_resumes_after_what_earlier_rounds_found_clear() {
		// Nothing scanned yet, or only below the range: from its start.
		assert_eq!(scan_start(None, 10), 10);
		assert_eq!(scan_start(Some(5), 10), 10);
		assert_eq!(scan_start(Some(9), 10), 10);
		// Scanned into the range: after the last clear header.
		assert_eq!(scan_start(Some(10), 10), 11);
		assert_eq!(scan_start(Some(300), 10), 301);
		// No overflow at the end of the number space.
		assert_eq!(scan_start(Some(u32::MAX), 10), u32::MAX);
	}

	#[test]
	fn an_uninitialised_light_client_is_reported_with_its_slot() {
		use crate::{direction::Endpoint, RunOptions};
		let direction = |k| {
			let (a, b) = (Endpoint::new("A", "ws://a"), Endpoint::new("B", "ws://b"));
			let slot = Slot::new(k).expect("a slot");
			Direction::new(a, b, slot, subxt_signer::sr25519::dev::alice(), RunOptions::default())
		};
		assert_eq!(
			direction(2).uninitialised_status(),
			"waiting: B's light client of A in slot 2 (BridgeGrandpa2) is not initialised (run \
			 `medchain-relay link --slot 2`)"
		);
		let zero = direction(0).uninitialised_status();
		assert!(zero.contains("(BridgeGrandpa) is not initialised"), "{zero}");
		assert!(zero.contains("`medchain-relay init --source ws://a --target ws://b`"), "{zero}");
	}

	#[test]
	fn the_light_client_storage_the_relayer_reads_is_in_every_slot_of_the_runtime() {
		use bp_header_chain::storage_keys::{
			BEST_FINALIZED_VALUE_NAME, CURRENT_AUTHORITY_SET_VALUE_NAME,
			PALLET_OPERATING_MODE_VALUE_NAME,
		};
		let metadata = crate::calls::tests::runtime_metadata();
		for slot in Slot::all() {
			let pallet = slot.grandpa_pallet_name();
			let storage = metadata
				.pallet_by_name(pallet)
				.and_then(|pallet| pallet.storage())
				.unwrap_or_else(|| panic!("the runtime's light client {pallet} has storage"));
			// The pallet name is the storage prefix the keys are built from.
			assert_eq!(storage.prefix(), pallet);
			for name in [
				BEST_FINALIZED_VALUE_NAME,
				CURRENT_AUTHORITY_SET_VALUE_NAME,
				PALLET_OPERATING_MODE_VALUE_NAME,
			] {
				assert!(storage.entry_by_name(name).is_some(), "no {pallet}::{name}");
			}
		}
	}
}
