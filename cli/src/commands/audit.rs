//! `medchain audit log|show|verify`: the access audit trail.
//!
//! Each accepted `log_access` is emitted as `EhrAnchor.AccessLogged { patient, entry, head }` and
//! folded into the patient's chain, `head_n = BLAKE2b-256(head_{n-1} ‖ SCALE(entry_n))` from
//! `head_0 = 0x00…00`, whose head and length the chain keeps (`records_auditHead`). An audit log
//! here is NDJSON, one entry a line, as `audit log --out` appends and `audit show --out` writes
//! them; `audit verify` recomputes the chain from the entries' fields and compares it with each
//! line's head and with the chain's, so a missing, altered, reordered or inserted entry fails.

use std::{
	io::Write,
	path::{Path, PathBuf},
};

use clap::{ArgGroup, Subcommand};
use codec::{Decode, Encode};
use medchain_rpc::RecordsApiClient;
use pallet_consent::Purpose;
use pallet_ehr_anchor::{AccessBasis, Anchor, AuditEntry, AuditHead};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sp_core::H256;

use crate::{
	args::{self, code_name, PatientRef},
	chain::Chain,
	cli::Context,
	commands::{read_file, submitted},
	error::{Error, Result},
	output::{compact, Output},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum AuditCmd {
	/// As an operator of an organization, log that it read a record (or a batch) under a grant
	/// of the patient (or its open break-glass access). The chain refuses the entry unless the
	/// basis covers the record at this block. With --out, the entry is appended to a local log.
	#[command(group(ArgGroup::new("anchor").required(true).args(["record", "batch"])))]
	#[command(group(ArgGroup::new("basis").required(true).args(["grant", "emergency"])))]
	Log {
		#[arg(long, value_parser = args::h256)]
		record: Option<H256>,
		#[arg(long, value_parser = args::h256)]
		batch: Option<H256>,
		/// The patient's grant the read relies on.
		#[arg(long)]
		grant: Option<u32>,
		/// The organization's open break-glass access (purpose emergencyTreatment).
		#[arg(long)]
		emergency: bool,
		#[arg(long, value_parser = args::purpose)]
		purpose: Purpose,
		/// Append the entry to this audit log (NDJSON).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// A patient's audit chain: the head and length the chain keeps, and the entries from the
	/// AccessLogged events of blocks FROM to the best block.
	Show {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
		/// The first block to read events from.
		#[arg(long, default_value_t = 0)]
		from: u32,
		/// Write the entries to this audit log (NDJSON).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Recompute a patient's audit chain from its entries (an audit log file, or the events
	/// of blocks FROM to the best block) and compare it with the head the chain keeps. Exits 1
	/// when they differ.
	Verify {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
		/// The audit log to check (default: the entries read from the chain's events).
		#[arg(long)]
		log: Option<PathBuf>,
		#[arg(long, default_value_t = 0)]
		from: u32,
	},
}

/// One entry of an audit log: the entry's fields, the head the chain emitted after it, and the
/// block it is in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogLine {
	pub patient: u64,
	pub index: u64,
	pub anchor: Anchor,
	pub accessor: u32,
	pub basis: AccessBasis,
	pub purpose: Purpose,
	/// The block that checked and recorded the access.
	pub at: u32,
	/// The chain's head after this entry, as emitted.
	pub head: H256,
	/// The hash of the block with the event.
	pub block: H256,
}

impl LogLine {
	/// The line of an `AccessLogged` event's fields (`patient ‖ SCALE(entry) ‖ head`) in `block`.
	pub fn from_event(fields: &[u8], block: H256) -> Option<LogLine> {
		let mut input = fields;
		let (patient, entry, head) = <(u64, AuditEntry<u32>, H256)>::decode(&mut input).ok()?;
		Some(LogLine {
			patient,
			index: entry.index,
			anchor: entry.anchor,
			accessor: entry.accessor,
			basis: entry.basis,
			purpose: entry.purpose,
			at: entry.at,
			head,
			block,
		})
	}

	/// The entry as the runtime folds it into the chain.
	fn entry(&self) -> AuditEntry<u32> {
		AuditEntry {
			index: self.index,
			anchor: self.anchor,
			accessor: self.accessor,
			basis: self.basis,
			purpose: self.purpose,
			at: self.at,
		}
	}
}

/// `BLAKE2b-256(head ‖ SCALE(entry))`, as the ehr-anchor pallet's `next_head`.
pub fn next_head(head: H256, entry: &AuditEntry<u32>) -> H256 {
	H256(sp_crypto_hashing::blake2_256(&(head, entry).encode()))
}

/// Recompute `patient`'s chain from `lines` and compare it with each line's head and with the
/// chain's `on_chain` head; the first discrepancy, if any.
pub fn check(
	patient: u64,
	lines: &[LogLine],
	on_chain: &AuditHead,
) -> std::result::Result<H256, String> {
	let mut head = H256::zero();
	for (position, line) in lines.iter().enumerate() {
		if line.patient != patient {
			return Err(format!("entry {position} is patient {}'s, not {patient}'s", line.patient));
		}
		if line.index != position as u64 {
			return Err(format!(
				"entry {position} has index {}: an entry is missing, inserted or out of order",
				line.index
			));
		}
		head = next_head(head, &line.entry());
		if head != line.head {
			return Err(format!(
				"entry {position}: its fields give head {head:?}, but the chain emitted {:?} for \
				 it: the entry was altered",
				line.head
			));
		}
	}
	if lines.len() as u64 != on_chain.count {
		return Err(format!(
			"the log has {} entries, the chain's audit trail {}",
			lines.len(),
			on_chain.count
		));
	}
	if head != on_chain.head {
		return Err(format!("the log gives head {head:?}, the chain keeps {:?}", on_chain.head));
	}
	Ok(head)
}

/// The audit head of `patient` at block `at`.
async fn audit_head(chain: &Chain, patient: u64, at: H256) -> Result<AuditHead> {
	RecordsApiClient::<H256>::audit_head(chain.api(), patient, Some(at))
		.await
		.map_err(|e| chain.rpc_error("records_auditHead", e))
}

/// The `AccessLogged` entries of `patient` in blocks `from..=to`, in order.
async fn scan(chain: &Chain, patient: u64, from: u32, to: u32) -> Result<Vec<LogLine>> {
	let client = chain.subxt().await?;
	let mut lines = Vec::new();
	for number in from..=to {
		let at = client
			.at_block(number)
			.await
			.map_err(|e| Error::node(format!("block {number}: {e}")))?;
		let block = at.block_hash();
		let events = at
			.events()
			.fetch()
			.await
			.map_err(|e| Error::node(format!("events of block {number}: {e}")))?;
		for event in events.iter() {
			let event =
				event.map_err(|e| Error::node(format!("an event of block {number}: {e}")))?;
			if event.pallet_name() != "EhrAnchor" || event.event_name() != "AccessLogged" {
				continue;
			}
			let line = LogLine::from_event(event.field_bytes(), block).ok_or_else(|| {
				Error::node(format!(
					"block {number}: an AccessLogged event this build cannot decode"
				))
			})?;
			if line.patient == patient {
				lines.push(line);
			}
		}
	}
	Ok(lines)
}

fn read_log(path: &Path) -> Result<Vec<LogLine>> {
	let bytes = read_file(path)?;
	let text = String::from_utf8(bytes)
		.map_err(|_| Error::input(format!("{}: not UTF-8 text", path.display())))?;
	text.lines()
		.enumerate()
		.filter(|(_, line)| !line.trim().is_empty())
		.map(|(i, line)| {
			serde_json::from_str(line).map_err(|e| {
				Error::input(format!(
					"{} line {}: not an audit log entry: {e}",
					path.display(),
					i + 1
				))
			})
		})
		.collect()
}

fn write_log(path: &Path, lines: &[LogLine], append: bool) -> Result<()> {
	let mut file = std::fs::OpenOptions::new()
		.create(true)
		.write(true)
		.append(append)
		.truncate(!append)
		.open(path)
		.map_err(|e| Error::input(format!("{}: {e}", path.display())))?;
	for line in lines {
		let text = serde_json::to_string(line).map_err(|e| Error::input(e.to_string()))?;
		writeln!(file, "{text}").map_err(|e| Error::input(format!("{}: {e}", path.display())))?;
	}
	Ok(())
}

fn line_text(line: &LogLine) -> String {
	format!(
		"  #{} block {} (at {}): organization {} read {} for {} under {}",
		line.index,
		line.block,
		line.at,
		line.accessor,
		compact(&line.anchor),
		code_name(&line.purpose),
		compact(&line.basis)
	)
}

pub async fn run(command: AuditCmd, context: &Context) -> Result<Output> {
	match command {
		AuditCmd::Log { record, batch, grant, emergency: _, purpose, out } => {
			let anchor = match (record, batch) {
				(Some(id), _) => Anchor::Record(id),
				(None, Some(id)) => Anchor::Batch(id),
				(None, None) => return Err(Error::input("give --record or --batch")),
			};
			let basis = match grant {
				Some(grant) => AccessBasis::Grant(grant),
				None => AccessBasis::Emergency,
			};
			let signing = context.signing()?;
			let chain = context.chain().await?;
			chain.signer_organization(&signing, false).await?;
			chain.anchored_patient(&anchor).await?;
			let call = rt::tx().ehr_anchor().log_access(
				runtime::anchor(anchor),
				runtime::access_basis(basis),
				runtime::purpose(purpose),
			);
			let tx = chain.submit(&call, &signing).await?;
			let line = tx
				.field_bytes("EhrAnchor", "AccessLogged")
				.and_then(|fields| LogLine::from_event(&fields, tx.block_hash))
				.ok_or_else(|| {
					Error::node("EhrAnchor.log_access: no decodable AccessLogged event")
				})?;
			if let Some(path) = &out {
				write_log(path, std::slice::from_ref(&line), true)?;
			}
			Ok(submitted(
				&tx,
				json!({ "entry": line }),
				format!(
					"entry {} of patient {}'s audit chain, head {:?}",
					line.index, line.patient, line.head
				),
			))
		},
		AuditCmd::Show { patient, from, out } => {
			let chain = context.chain().await?;
			let patient = chain.patient(&patient).await?;
			let (best, number) = chain.best().await?;
			let head = audit_head(&chain, patient.id, best).await?;
			let lines = scan(&chain, patient.id, from, number).await?;
			if let Some(path) = &out {
				write_log(path, &lines, false)?;
			}
			let mut text = format!(
				"patient {}: {} audit entries on chain, head {:?} (block #{number}); {} read from \
				 blocks {from}..={number}",
				patient.id,
				head.count,
				head.head,
				lines.len()
			);
			for line in &lines {
				text.push('\n');
				text.push_str(&line_text(line));
			}
			Ok(Output::new(
				json!({
					"patient": patient.id,
					"head": head,
					"block": { "hash": best, "number": number },
					"entries": lines,
				}),
				text,
			))
		},
		AuditCmd::Verify { patient, log, from } => {
			let from_file = match &log {
				Some(path) => Some(read_log(path)?),
				None => None,
			};
			let chain = context.chain().await?;
			let patient = chain.patient(&patient).await?;
			let (best, number) = chain.best().await?;
			let head = audit_head(&chain, patient.id, best).await?;
			let lines = match from_file {
				Some(lines) => lines,
				None => scan(&chain, patient.id, from, number).await?,
			};
			let source = log
				.as_ref()
				.map(|p| p.display().to_string())
				.unwrap_or_else(|| format!("events of blocks {from}..={number}"));
			match check(patient.id, &lines, &head) {
				Ok(recomputed) => Ok(Output::new(
					json!({ "verified": true, "patient": patient.id, "entries": lines.len(), "head": recomputed }),
					format!(
						"patient {}: {} entries from {source} give head {recomputed:?}, the chain's \
						 (block #{number}): verified",
						patient.id,
						lines.len()
					),
				)),
				Err(reason) => Ok(Output::new(
					json!({ "verified": false, "patient": patient.id, "reason": reason, "onChain": head }),
					format!(
						"patient {}: the audit log from {source} does NOT verify: {reason}",
						patient.id
					),
				)
				.negative(true)),
			}
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn line(index: u64, head: H256) -> LogLine {
		let mut l = LogLine {
			patient: 0,
			index,
			anchor: Anchor::Record(H256::repeat_byte(0xa1)),
			accessor: 1,
			basis: AccessBasis::Grant(0),
			purpose: Purpose::Treatment,
			at: 10 + index as u32,
			head: H256::zero(),
			block: H256::repeat_byte(index as u8),
		};
		l.head = next_head(head, &l.entry());
		l
	}

	fn chain_of(n: u64) -> (Vec<LogLine>, AuditHead) {
		let mut lines = Vec::new();
		let mut head = H256::zero();
		for i in 0..n {
			let l = line(i, head);
			head = l.head;
			lines.push(l);
		}
		(lines, AuditHead { head, count: n })
	}

	#[test]
	fn an_intact_log_verifies() {
		let (lines, head) = chain_of(3);
		assert_eq!(check(0, &lines, &head), Ok(head.head));
		let (none, empty) = chain_of(0);
		assert_eq!(check(0, &none, &empty), Ok(H256::zero()));
	}

	#[test]
	fn altered_missing_or_reordered_entries_fail() {
		let (lines, head) = chain_of(3);
		let mut altered = lines.clone();
		altered[1].purpose = Purpose::Research;
		assert!(check(0, &altered, &head).unwrap_err().contains("altered"));
		let missing = vec![lines[0].clone(), lines[2].clone()];
		assert!(check(0, &missing, &head).unwrap_err().contains("missing"));
		let reordered = vec![lines[1].clone(), lines[0].clone(), lines[2].clone()];
		assert!(check(0, &reordered, &head).is_err());
		// A log that stops early does not reach the chain's head.
		assert!(check(0, &lines[..2], &head).unwrap_err().contains("2 entries"));
	}

	#[test]
	fn event_fields_decode_to_a_line_and_back() {
		let (lines, _) = chain_of(1);
		let l = &lines[0];
		let fields = (l.patient, l.entry(), l.head).encode();
		assert_eq!(LogLine::from_event(&fields, l.block).as_ref(), Some(l));
		let json = serde_json::to_string(l).unwrap();
		assert_eq!(&serde_json::from_str::<LogLine>(&json).unwrap(), l);
	}
}
