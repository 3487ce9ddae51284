//! Batch files: the manifest `batch build` writes, and the per-record proof files `batch prove`
//! writes and anyone verifies offline (this module, or the TypeScript package's verifier) and
//! on chain (`records_verifyInBatch`).
//!
//! A proof file is one JSON object with exactly these keys, shared with the TypeScript verifier:
//! `{"batch", "record", "hash", "leafIndex", "proof", "root", "count"}` — the arguments of
//! `records_verifyInBatch`, plus the root and leaf count the proof leads to, for verification
//! without a node.

use pallet_ehr_anchor::{batch_leaf, MAX_PROOF_ITEMS};
use serde::{Deserialize, Serialize};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

/// Name of the manifest in a batch directory.
pub const MANIFEST: &str = "batch.json";
/// Directory of the proof files in a batch directory.
pub const PROOFS: &str = "proofs";

/// One record's inclusion proof.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProofFile {
	pub batch: H256,
	pub record: H256,
	pub hash: H256,
	pub leaf_index: u32,
	/// Sibling hashes from the leaf up.
	pub proof: Vec<H256>,
	pub root: H256,
	pub count: u32,
}

impl ProofFile {
	/// Whether the proof leads from leaf `0x01 ‖ record ‖ hash` to `root` in a tree of `count`
	/// leaves, as the runtime checks it.
	pub fn verifies(&self) -> bool {
		self.proof.len() <= MAX_PROOF_ITEMS
			&& self.leaf_index < self.count
			&& binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
				&self.root,
				self.proof.clone(),
				self.count,
				self.leaf_index,
				&batch_leaf(&self.record, &self.hash),
			)
	}

	/// The file name of this record's proof: its record id in hex.
	pub fn file_name(&self) -> String {
		let hex = sp_core::bytes::to_hex(self.record.as_bytes(), false);
		format!("{}.json", hex.trim_start_matches("0x"))
	}
}

/// One record of a batch, as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
	pub record: H256,
	pub hash: H256,
	pub leaf_index: u32,
	/// Where the resource came from: a file name, or `file:line` of an NDJSON input.
	pub source: String,
}

/// Where and for whom a batch was anchored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Anchored {
	pub patient: u64,
	pub category: pallet_consent::Category,
	pub block: H256,
	pub block_number: u64,
}

/// A batch directory's manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
	pub batch: H256,
	pub root: H256,
	pub count: u32,
	pub records: Vec<Member>,
	pub anchored: Option<Anchored>,
}

impl Manifest {
	/// The tree of the members in leaf order.
	pub fn tree(&self) -> medchain_records::BatchTree {
		let mut members = self.records.clone();
		members.sort_by_key(|m| m.leaf_index);
		let leaves: Vec<(H256, H256)> = members.iter().map(|m| (m.record, m.hash)).collect();
		medchain_records::BatchTree::new(&leaves)
	}

	/// Every member's proof; an error when the members do not give the manifest's root (the
	/// manifest was edited).
	pub fn proofs(&self) -> Result<Vec<ProofFile>, String> {
		let tree = self.tree();
		// Leaf indices are 0..count, each once.
		let mut indices: Vec<u32> = self.records.iter().map(|m| m.leaf_index).collect();
		indices.sort_unstable();
		let indices_ok = indices.iter().enumerate().all(|(i, leaf)| *leaf as usize == i);
		if !indices_ok || tree.len() != self.count || tree.root() != self.root {
			return Err(format!(
				"its {} records do not give its root {:?} and count {}: the manifest was changed",
				self.records.len(),
				self.root,
				self.count
			));
		}
		self.records
			.iter()
			.map(|m| {
				let proof = tree
					.proof(m.leaf_index)
					.ok_or_else(|| format!("leaf {} is outside the tree", m.leaf_index))?;
				Ok(ProofFile {
					batch: self.batch,
					record: m.record,
					hash: m.hash,
					leaf_index: m.leaf_index,
					proof: proof.proof,
					root: self.root,
					count: self.count,
				})
			})
			.collect()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn manifest(n: u64) -> Manifest {
		let records: Vec<Member> = (0..n)
			.map(|i| Member {
				record: H256::from_low_u64_be(100 + i),
				hash: H256::from_low_u64_be(7 * i + 1),
				leaf_index: i as u32,
				source: format!("in.ndjson:{}", i + 1),
			})
			.collect();
		let leaves: Vec<(H256, H256)> = records.iter().map(|m| (m.record, m.hash)).collect();
		let tree = medchain_records::BatchTree::new(&leaves);
		Manifest {
			batch: H256::repeat_byte(0xba),
			root: tree.root(),
			count: n as u32,
			records,
			anchored: None,
		}
	}

	#[test]
	fn every_proof_verifies_and_a_changed_one_does_not() {
		for n in [1u64, 2, 5, 33] {
			let proofs = manifest(n).proofs().unwrap();
			assert_eq!(proofs.len() as u64, n);
			for p in &proofs {
				assert!(p.verifies(), "{n} leaves, leaf {}", p.leaf_index);
				let mut wrong = p.clone();
				wrong.hash = H256::zero();
				assert!(!wrong.verifies());
				let mut wrong = p.clone();
				wrong.leaf_index = (p.leaf_index + 1) % p.count.max(2);
				if n > 1 {
					assert!(!wrong.verifies());
				}
			}
		}
	}

	#[test]
	fn proof_files_have_exactly_the_shared_keys() {
		let p = &manifest(3).proofs().unwrap()[1];
		let json = serde_json::to_value(p).unwrap();
		let mut keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
		keys.sort();
		assert_eq!(keys, ["batch", "count", "hash", "leafIndex", "proof", "record", "root"]);
		assert!(json["batch"].as_str().unwrap().starts_with("0x"));
		assert_eq!(serde_json::from_value::<ProofFile>(json).unwrap(), *p);
	}

	#[test]
	fn an_edited_manifest_is_refused() {
		let mut m = manifest(4);
		m.records[2].hash = H256::zero();
		assert!(m.proofs().unwrap_err().contains("changed"));
	}
}
