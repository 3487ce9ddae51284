//! The test vectors the Rust and JavaScript clients share (`records/test-vectors/`); the
//! TypeScript package (`clients/js`) checks the same files in its tests.
//!
//! - `fhir-hash.json`: FHIR resources as JSON text, each with its canonical form and content
//!   hash, or the kind of error that refuses it (`json`, `notAResource`, `number`). Written by
//!   hand and by `clients/js/scripts/fhir-vectors.mjs` (which takes the answers of
//!   `medchain-node hash-record`); this test checks [`content_hash`] and [`canonical_json`]
//!   against every vector.
//! - `batch.json`: batch trees made by [`BatchTree`] (members, root, every member's proof) and
//!   proofs the runtime's verifier must refuse. `MEDCHAIN_WRITE_VECTORS=1 cargo test -p
//!   medchain-records --test vectors` writes it; otherwise this test compares it with what
//!   `BatchTree` makes now, and checks every proof with the verifier the runtime uses.

use std::path::PathBuf;

use medchain_records::{canonical_json, content_hash, BatchTree, HashError};
use pallet_ehr_anchor::batch_leaf;
use serde_json::{json, Value};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

/// Sizes of the batch trees in `batch.json`: the empty tree, every size up to 9 (odd and even
/// widths, promoted nodes at each level), around the powers of two 16 and 32, and one of 100.
const TREE_SIZES: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 33, 100];

/// The environment variable that makes this test write `batch.json` instead of comparing.
const WRITE_VECTORS: &str = "MEDCHAIN_WRITE_VECTORS";

fn vectors_dir() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test-vectors")
}

/// `0x` and lowercase hex, every byte.
fn hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// A `0x`-prefixed 32-byte hex string (`H256`'s parser refuses any other length).
fn h256(value: &Value, what: &str) -> H256 {
	let text = value.as_str().unwrap_or_else(|| panic!("{what}: expected a hex string"));
	let digits = text.strip_prefix("0x").unwrap_or_else(|| panic!("{what}: no 0x prefix"));
	digits.parse().unwrap_or_else(|e| panic!("{what}: not 32 bytes of hex: {e:?}"))
}

fn error_kind(error: &HashError) -> &'static str {
	match error {
		HashError::Json(_) => "json",
		HashError::NotAResource => "notAResource",
		HashError::Number(_) => "number",
	}
}

#[test]
fn fhir_vectors_hash_and_canonicalise_as_listed() {
	let path = vectors_dir().join("fhir-hash.json");
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
	let vectors: Vec<Value> = serde_json::from_str(&text).expect("fhir-hash.json is a JSON array");
	assert!(!vectors.is_empty(), "no FHIR vectors");
	let mut failures = Vec::new();
	for vector in &vectors {
		let name = vector["name"].as_str().expect("every vector has a name");
		let resource = vector["resource"].as_str().expect("every vector has a resource text");
		let got = content_hash(resource);
		match (vector.get("hash"), vector.get("error").and_then(Value::as_str)) {
			(Some(hash), None) => {
				let expected = h256(hash, name);
				if got.as_ref() != Ok(&expected) {
					failures.push(format!("{name}: expected {}, got {got:?}", hex(&expected.0)));
				}
				if let Some(canonical) = vector.get("canonical").and_then(Value::as_str) {
					let value: Value =
						serde_json::from_str(resource).expect("a hashed vector is JSON");
					match canonical_json(&value) {
						Ok(c) if c == canonical => {},
						other => failures.push(format!("{name}: canonical {other:?}")),
					}
				}
			},
			(None, Some(kind)) => {
				if got.as_ref().map_err(error_kind) != Err(kind) {
					failures.push(format!("{name}: expected the error kind {kind}, got {got:?}"));
				}
			},
			_ => panic!("{name}: a vector has either a hash or an error"),
		}
	}
	assert!(
		failures.is_empty(),
		"{} of {} FHIR vectors fail:\n{}",
		failures.len(),
		vectors.len(),
		failures.join("\n")
	);
}

/// The members of a vector tree of `count` leaves: fixed, arbitrary record ids and hashes.
fn members(count: u32) -> Vec<(H256, H256)> {
	let h = |domain: &[u8], i: u32| {
		H256(sp_crypto_hashing::blake2_256(&[domain, &i.to_le_bytes()].concat()))
	};
	(0..count)
		.map(|i| (h(b"medchain batch vector record", i), h(b"medchain batch vector content", i)))
		.collect()
}

fn hashes(items: &[H256]) -> Value {
	Value::Array(items.iter().map(|h| Value::String(hex(&h.0))).collect())
}

/// A claim the runtime's verifier must refuse, and why.
fn refusal(why: &str, leaf_index: u32, member: (H256, H256), proof: &[H256]) -> Value {
	json!({
		"why": why,
		"leafIndex": leaf_index,
		"record": hex(&member.0 .0),
		"hash": hex(&member.1 .0),
		"proof": hashes(proof),
	})
}

/// Tampered claims about the tree of `members`: a member's content or id swapped, a proof at the
/// wrong index, shortened, lengthened or reordered, a sibling changed, an index past the end.
fn refusals(tree: &BatchTree, members: &[(H256, H256)]) -> Vec<Value> {
	let count = tree.len();
	let Some(last) = count.checked_sub(1) else { return Vec::new() };
	let first = tree.proof(0).expect("a non-empty tree has leaf 0").proof;
	let last_proof = tree.proof(last).expect("the last leaf exists").proof;
	let stranger = H256(sp_crypto_hashing::blake2_256(b"not a member"));
	let mut out = vec![
		refusal("a content hash that is not the member's", 0, (members[0].0, stranger), &first),
		refusal("a record id that is not the member's", 0, (stranger, members[0].1), &first),
		refusal("an index past the end", count, members[last as usize], &last_proof),
		refusal(
			"a hash appended to the proof",
			0,
			members[0],
			&[first.clone(), vec![H256::zero()]].concat(),
		),
	];
	if count >= 2 {
		out.push(refusal("the proof of leaf 0 at index 1", 1, members[0], &first));
		out.push(refusal(
			"the proof's last hash dropped",
			0,
			members[0],
			&first[..first.len() - 1],
		));
		let mut changed = last_proof.clone();
		changed[0].0[31] ^= 1;
		out.push(refusal("a sibling with one bit changed", last, members[last as usize], &changed));
	}
	if first.len() >= 2 {
		let reversed: Vec<H256> = first.iter().rev().copied().collect();
		out.push(refusal("the proof's hashes reversed", 0, members[0], &reversed));
	}
	out
}

/// What `batch.json` holds, made now by [`BatchTree`].
fn batch_vectors() -> Value {
	let trees: Vec<Value> = TREE_SIZES
		.iter()
		.map(|&count| {
			let members = members(count);
			let tree = BatchTree::new(&members);
			assert_eq!(tree.len(), count);
			let proofs: Vec<Value> = (0..count)
				.map(|i| {
					let p = tree.proof(i).expect("every member has a proof");
					json!({ "leafIndex": p.leaf_index, "proof": hashes(&p.proof) })
				})
				.collect();
			json!({
				"count": count,
				"members": members
					.iter()
					.map(|(r, h)| json!({ "record": hex(&r.0), "hash": hex(&h.0) }))
					.collect::<Vec<_>>(),
				"root": hex(&tree.root().0),
				"proofs": proofs,
				"refused": refusals(&tree, &members),
			})
		})
		.collect();
	json!({
		"about": "Batch trees made by medchain_records::BatchTree (binary-merkle-tree, BLAKE2b-256, \
				  leaves 0x01 ‖ record ‖ hash): each member's proof must verify, each refused claim \
				  must not. Written by `MEDCHAIN_WRITE_VECTORS=1 cargo test -p medchain-records \
				  --test vectors`.",
		"trees": trees,
	})
}

/// Whether the runtime's verifier accepts `record` with `hash` at `leaf_index` of a tree with
/// `root` and `count` leaves.
fn verifies(
	root: H256,
	count: u32,
	leaf_index: u32,
	record: H256,
	hash: H256,
	proof: Vec<H256>,
) -> bool {
	proof.len() <= pallet_ehr_anchor::MAX_PROOF_ITEMS
		&& binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&root,
			proof,
			count,
			leaf_index,
			&batch_leaf(&record, &hash),
		)
}

fn proof_of(value: &Value, what: &str) -> Vec<H256> {
	value
		.as_array()
		.unwrap_or_else(|| panic!("{what}: expected an array"))
		.iter()
		.map(|h| h256(h, what))
		.collect()
}

#[test]
fn batch_vectors_are_what_batch_tree_makes_and_the_runtime_verifies() {
	let path = vectors_dir().join("batch.json");
	let made = batch_vectors();
	if std::env::var(WRITE_VECTORS).as_deref() == Ok("1") {
		let text = serde_json::to_string_pretty(&made).expect("vectors serialise");
		std::fs::write(&path, text + "\n").unwrap_or_else(|e| panic!("{}: {e}", path.display()));
	}
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
		panic!("{}: {e}; run with {WRITE_VECTORS}=1 to write it", path.display())
	});
	let stored: Value = serde_json::from_str(&text).expect("batch.json is JSON");
	assert!(
		stored == made,
		"{} is not what BatchTree makes now; run with {WRITE_VECTORS}=1 to rewrite it",
		path.display()
	);
	let trees = stored["trees"].as_array().expect("a list of trees");
	for tree in trees {
		let count = tree["count"].as_u64().expect("a count") as u32;
		let root = h256(&tree["root"], "root");
		let members = tree["members"].as_array().expect("members");
		for p in tree["proofs"].as_array().expect("proofs") {
			let i = p["leafIndex"].as_u64().expect("a leaf index") as u32;
			let member = &members[i as usize];
			let (record, hash) = (h256(&member["record"], "record"), h256(&member["hash"], "hash"));
			let proof = proof_of(&p["proof"], "proof");
			assert!(
				verifies(root, count, i, record, hash, proof),
				"tree of {count}: leaf {i} refused"
			);
		}
		for r in tree["refused"].as_array().expect("refused claims") {
			let why = r["why"].as_str().expect("a reason");
			let i = r["leafIndex"].as_u64().expect("a leaf index") as u32;
			let (record, hash) = (h256(&r["record"], why), h256(&r["hash"], why));
			let proof = proof_of(&r["proof"], why);
			assert!(
				!verifies(root, count, i, record, hash, proof),
				"tree of {count}: {why} verifies"
			);
		}
	}
}
