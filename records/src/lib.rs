//! Client side of medchain's record anchoring: what a provider system computes before it anchors
//! and what it hands to a verifier.
//!
//! - [`content_hash`]: a FHIR R4 JSON resource's content hash in medchain's canonical form, so
//!   two systems hashing the same resource get the same 32 bytes (see [`canonical_json`] and
//!   `docs/records.md`). `medchain-node hash-record FILE` prints it.
//! - [`BatchTree`]: the Merkle tree of a batch anchor, its root and any record's inclusion
//!   proof, built exactly as the runtime verifies them (`binary-merkle-tree`, BLAKE2b-256,
//!   leaves [`pallet_ehr_anchor::batch_leaf`]).

use std::fmt::Write;

use pallet_ehr_anchor::{batch_leaf, ContentHash, RecordId};
use serde_json::{Map, Value};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

/// Why a document could not be hashed.
#[derive(Debug, PartialEq, Eq)]
pub enum HashError {
	/// Not JSON.
	Json(String),
	/// JSON, but not an object with a string `resourceType` (every FHIR resource has one).
	NotAResource,
	/// A number JSON cannot carry exactly (NaN or infinite after parsing).
	Number(String),
}

impl std::fmt::Display for HashError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			HashError::Json(e) => write!(f, "not valid JSON: {e}"),
			HashError::NotAResource => {
				write!(f, "not a FHIR resource: expected an object with a string \"resourceType\"")
			},
			HashError::Number(n) => write!(f, "number {n} has no canonical form"),
		}
	}
}

impl std::error::Error for HashError {}

/// The content hash of a FHIR R4 JSON resource: BLAKE2b-256 of its canonical form.
pub fn content_hash(json: &str) -> Result<ContentHash, HashError> {
	if names_serde_number_token(json) {
		return Err(HashError::Json(format!("the string {SERDE_NUMBER_TOKEN:?} is reserved")));
	}
	let value: Value = serde_json::from_str(json).map_err(|e| HashError::Json(e.to_string()))?;
	Ok(H256(sp_crypto_hashing::blake2_256(canonical_json(&value)?.as_bytes())))
}

/// The member name serde_json gives a number when `arbitrary_precision` is on (other crates of
/// the workspace turn it on): an object `{"$serde_json::private::Number": "1.50"}` in the input
/// would parse as the number 1.5, so the hash would differ from every other implementation's.
const SERDE_NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Whether any string literal of `json`, once its escapes are decoded, is that name. FHIR has
/// no use for it; refusing it keeps the hash independent of serde_json's features.
fn names_serde_number_token(json: &str) -> bool {
	let bytes = json.as_bytes();
	let mut i = 0;
	while i < bytes.len() {
		if bytes[i] != b'"' {
			i += 1;
			continue;
		}
		let start = i;
		i += 1;
		while i < bytes.len() && bytes[i] != b'"' {
			// Skip the escaped character, so `\"` does not end the literal.
			i += if bytes[i] == b'\\' { 2 } else { 1 };
		}
		let literal = json.get(start..(i + 1).min(json.len())).unwrap_or_default();
		if serde_json::from_str::<String>(literal).is_ok_and(|s| s == SERDE_NUMBER_TOKEN) {
			return true;
		}
		i += 1;
	}
	false
}

/// medchain's canonical form of a FHIR resource: the JSON Canonicalization Scheme (RFC 8785)
/// applied after removing `meta.versionId` and `meta.lastUpdated` (a server's bookkeeping,
/// which changes when the content does not), and `meta` itself if that leaves it empty.
///
/// RFC 8785: no insignificant whitespace; object members sorted by their names' UTF-16 code
/// units; strings with only `"`, `\` and control characters escaped (`\b \t \n \f \r`, else
/// `\u00xx`); numbers as ECMAScript prints an IEEE-754 double (shortest round-trip digits,
/// `1e+21` and `1e-7` style exponents outside `[1e-6, 1e21)`, `-0` as `0`).
pub fn canonical_json(resource: &Value) -> Result<String, HashError> {
	let Value::Object(fields) = resource else { return Err(HashError::NotAResource) };
	if !fields.get("resourceType").is_some_and(Value::is_string) {
		return Err(HashError::NotAResource);
	}
	let mut fields = fields.clone();
	if let Some(Value::Object(meta)) = fields.get_mut("meta") {
		meta.remove("versionId");
		meta.remove("lastUpdated");
		if meta.is_empty() {
			fields.remove("meta");
		}
	}
	let mut out = String::new();
	write_object(&fields, &mut out)?;
	Ok(out)
}

fn write_value(value: &Value, out: &mut String) -> Result<(), HashError> {
	match value {
		Value::Null => out.push_str("null"),
		Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
		Value::Number(n) => write_number(n, out)?,
		Value::String(s) => write_string(s, out),
		Value::Array(items) => {
			out.push('[');
			for (i, item) in items.iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				write_value(item, out)?;
			}
			out.push(']');
		},
		Value::Object(fields) => write_object(fields, out)?,
	}
	Ok(())
}

fn write_object(fields: &Map<String, Value>, out: &mut String) -> Result<(), HashError> {
	let mut names: Vec<&String> = fields.keys().collect();
	names.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
	out.push('{');
	for (i, name) in names.into_iter().enumerate() {
		if i > 0 {
			out.push(',');
		}
		write_string(name, out);
		out.push(':');
		write_value(&fields[name], out)?;
	}
	out.push('}');
	Ok(())
}

fn write_string(s: &str, out: &mut String) {
	out.push('"');
	for c in s.chars() {
		match c {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			'\u{8}' => out.push_str("\\b"),
			'\t' => out.push_str("\\t"),
			'\n' => out.push_str("\\n"),
			'\u{c}' => out.push_str("\\f"),
			'\r' => out.push_str("\\r"),
			c if (c as u32) < 0x20 => {
				let _ = write!(out, "\\u{:04x}", c as u32);
			},
			c => out.push(c),
		}
	}
	out.push('"');
}

/// A number as ECMAScript's `Number.prototype.toString` prints the double it parses to.
fn write_number(n: &serde_json::Number, out: &mut String) -> Result<(), HashError> {
	let x = n.as_f64().filter(|x| x.is_finite()).ok_or_else(|| HashError::Number(n.to_string()))?;
	if x == 0.0 {
		// Both zeros print as "0".
		out.push('0');
		return Ok(());
	}
	if x < 0.0 {
		out.push('-');
	}
	let (digits, point) = shortest_digits(x.abs());
	write_ecmascript_layout(&digits, point, out);
	Ok(())
}

/// The shortest decimal digits that read back as `x` (> 0), and where the decimal point goes:
/// `x = 0.d₁d₂… × 10^point`. Ryū picks, of two equally short candidates equally near `x`, the
/// one with the even last digit, as ECMAScript requires (Rust's `{}` does not always:
/// 1424953923781206.25 prints as `…206.3`, ECMAScript and RFC 8785 say `…206.2`).
fn shortest_digits(x: f64) -> (String, i32) {
	let mut buffer = ryu::Buffer::new();
	// Ryū writes "1.5", "100.0", "1e21", "1.5e-7" or "1.2345e16".
	let text = buffer.format_finite(x);
	let (mantissa, exponent) = match text.split_once('e') {
		Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
		None => (text, 0),
	};
	let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
	let all = format!("{int}{frac}");
	let significant = all.trim_start_matches('0');
	let leading_zeros = (all.len() - significant.len()) as i32;
	let point = int.len() as i32 + exponent - leading_zeros;
	(significant.trim_end_matches('0').to_string(), point)
}

/// ECMAScript's Number::toString layout (ECMA-262 §6.1.6.1.20) of digits `d` (k of them) with
/// the point after `n` of them: plain up to 21 integer digits and down to 10^-6, else one digit,
/// a point and the rest, and `e+`/`e-` with the exponent.
fn write_ecmascript_layout(d: &str, n: i32, out: &mut String) {
	let k = d.len() as i32;
	if k <= n && n <= 21 {
		out.push_str(d);
		out.extend(std::iter::repeat_n('0', (n - k) as usize));
	} else if 0 < n && n <= 21 {
		let (int, frac) = d.split_at(n as usize);
		let _ = write!(out, "{int}.{frac}");
	} else if -6 < n && n <= 0 {
		out.push_str("0.");
		out.extend(std::iter::repeat_n('0', n.unsigned_abs() as usize));
		out.push_str(d);
	} else {
		let (first, rest) = d.split_at(1);
		out.push_str(first);
		if !rest.is_empty() {
			let _ = write!(out, ".{rest}");
		}
		let e = n - 1;
		let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.unsigned_abs());
	}
}

/// The Merkle tree of one batch anchor: leaves `(record id, content hash)` in the custodian's
/// order.
pub struct BatchTree {
	leaves: Vec<[u8; 65]>,
}

/// What a verifier needs to check one batch member (`records_verifyInBatch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InclusionProof {
	pub leaf_index: u32,
	/// Sibling hashes from the leaf up.
	pub proof: Vec<H256>,
}

impl BatchTree {
	pub fn new<'a>(records: impl IntoIterator<Item = &'a (RecordId, ContentHash)>) -> Self {
		Self { leaves: records.into_iter().map(|(r, h)| batch_leaf(r, h)).collect() }
	}

	/// Leaves in the tree (the batch's `count`).
	pub fn len(&self) -> u32 {
		self.leaves.len() as u32
	}

	pub fn is_empty(&self) -> bool {
		self.leaves.is_empty()
	}

	/// The root to anchor.
	pub fn root(&self) -> H256 {
		binary_merkle_tree::merkle_root::<BlakeTwo256, _>(self.leaves.iter())
	}

	/// The inclusion proof of the leaf at `index`, or `None` past the end.
	pub fn proof(&self, index: u32) -> Option<InclusionProof> {
		if index >= self.len() {
			return None;
		}
		let p = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(self.leaves.iter(), index);
		Some(InclusionProof { leaf_index: index, proof: p.proof })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn canonical(json: &str) -> String {
		canonical_json(&serde_json::from_str(json).unwrap()).unwrap()
	}

	#[test]
	fn member_order_whitespace_and_server_metadata_do_not_change_the_hash() {
		let a = r#"{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.2,"unit":"mmol/L"},
		           "meta":{"versionId":"3","lastUpdated":"2026-01-01T00:00:00Z"}}"#;
		let b = r#"{ "valueQuantity": { "unit": "mmol/L", "value": 7.20 },
		             "status": "final", "resourceType": "Observation" }"#;
		assert_eq!(content_hash(a), content_hash(b));
		assert_eq!(
			canonical(b),
			r#"{"resourceType":"Observation","status":"final","valueQuantity":{"unit":"mmol/L","value":7.2}}"#
		);
		// Content changes do change it, and so does other metadata (a profile).
		let c = b.replace("7.20", "7.3");
		assert_ne!(content_hash(b), content_hash(&c));
		let d = r#"{"resourceType":"Observation","meta":{"profile":["x"]}}"#;
		assert_eq!(canonical(d), r#"{"meta":{"profile":["x"]},"resourceType":"Observation"}"#);
	}

	#[test]
	fn rfc_8785_numbers_strings_and_ordering() {
		// Numbers from RFC 8785 appendix B.
		let numbers = r#"{"resourceType":"X","n":[0,-0,1e21,1e-7,123e-20,9007199254740993,4.5,0.000001,1E30,-1.5e-9,100]}"#;
		assert_eq!(
			canonical(numbers),
			r#"{"n":[0,0,1e+21,1e-7,1.23e-18,9007199254740992,4.5,0.000001,1e+30,-1.5e-9,100],"resourceType":"X"}"#
		);
		// Escapes: only quote, backslash and controls; '/' and non-ASCII stay.
		let strings = "{\"resourceType\":\"X\",\"s\":\"a\\\"b\\\\c/\\u00e9\\u0001\\n\"}";
		assert_eq!(
			canonical(strings),
			"{\"resourceType\":\"X\",\"s\":\"a\\\"b\\\\c/é\\u0001\\n\"}"
		);
		// Names sort by UTF-16 code units: U+1F600 (a surrogate pair, 0xD83D…) sorts before
		// U+FB01 though its UTF-8 bytes sort after.
		let names = "{\"resourceType\":\"X\",\"\u{fb01}\":1,\"\u{1f600}\":2}";
		assert_eq!(canonical(names), "{\"resourceType\":\"X\",\"\u{1f600}\":2,\"\u{fb01}\":1}");
		// Of two equally short digit strings equally near the double, the even one (RFC 8785
		// appendix B); Rust's `{}` printed "…206.3" here.
		let tie = r#"{"resourceType":"X","n":1424953923781206.25}"#;
		assert_eq!(canonical(tie), r#"{"n":1424953923781206.2,"resourceType":"X"}"#);
	}

	#[test]
	fn serde_jsons_number_token_is_refused_however_it_is_written() {
		for json in [
			r#"{"resourceType":"X","n":{"$serde_json::private::Number":"1.50"}}"#,
			r#"{"resourceType":"X","n":{"\u0024serde_json::private::Number":"1.50"}}"#,
		] {
			assert!(
				matches!(content_hash(json), Err(HashError::Json(e)) if e.contains("reserved"))
			);
		}
		// A quote escaped inside a string does not end it early; the name is fine as a value's
		// substring.
		assert!(
			content_hash(r#"{"resourceType":"X","s":"a\"$serde_json::private::Number b"}"#).is_ok()
		);
	}

	#[test]
	fn non_resources_are_refused() {
		assert!(matches!(content_hash("{"), Err(HashError::Json(_))));
		assert_eq!(content_hash("[1]"), Err(HashError::NotAResource));
		assert_eq!(content_hash(r#"{"id":"1"}"#), Err(HashError::NotAResource));
		assert_eq!(content_hash(r#"{"resourceType":7}"#), Err(HashError::NotAResource));
	}

	#[test]
	fn batch_proofs_match_the_pallet_verifier() {
		let records: Vec<_> = (0..1001u64)
			.map(|i| (H256::from_low_u64_be(i), H256::from_low_u64_be(i * 7 + 1)))
			.collect();
		let tree = BatchTree::new(&records);
		let root = tree.root();
		for index in [0u32, 1, 500, 999, 1000] {
			let p = tree.proof(index).unwrap();
			let (record, hash) = records[index as usize];
			assert!(binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
				&root,
				p.proof.clone(),
				tree.len(),
				index,
				&batch_leaf(&record, &hash),
			));
			assert!(!binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
				&root,
				p.proof,
				tree.len(),
				index,
				&batch_leaf(&record, &H256::zero()),
			));
		}
		assert_eq!(tree.proof(1001), None);
	}
}
