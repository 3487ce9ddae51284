//! Target `fhir_hash`: the canonical FHIR JSON hasher of `medchain-records`.
//!
//! The input is JSON text (invalid UTF-8 is replaced, as a client reading a file lossily
//! would). Properties:
//! 1. hashing never panics and gives the same result twice;
//! 2. `content_hash` and `canonical_json` agree on whether the document can be hashed;
//! 3. the same JSON written differently — members in another order, other whitespace, other
//!    escapes in strings, other spellings of the same number, pretty-printed — hashes the same
//!    (RFC 8785: JSON values that are equal have one canonical form);
//! 4. the canonical form is canonical: it parses back to a value whose canonical form is itself,
//!    and hashes as the original;
//! 5. the canonical form is what an independent RFC 8785 serialisation ([`reference`]) gives,
//!    numbers printed by ECMAScript's `Number::toString` algorithm.
//!
//! The different spellings are drawn from a generator seeded with a hash of the input, so an
//! input always runs the same way.

use std::fmt::Write;

use medchain_records::{canonical_json, content_hash, HashError};
use serde_json::{Number, Value};
use sp_core::H256;

/// Differently spelled copies checked per input (besides the pretty-printed one).
const SPELLINGS: usize = 2;

pub fn fhir_hash(data: &[u8]) {
	let text = String::from_utf8_lossy(data);
	let hash = content_hash(&text);
	assert!(hash == content_hash(&text), "hashing twice gives different results for {text:?}");
	let Ok(value) = serde_json::from_str::<Value>(&text) else {
		assert!(matches!(hash, Err(HashError::Json(_))), "unparsable JSON gives {hash:?}");
		return;
	};
	let canonical = canonical_json(&value);
	assert!(
		kind(&hash) == kind(&canonical),
		"content_hash gives {hash:?} but canonical_json {canonical:?} for {text:?}"
	);

	let mut rng = Rng::seeded(data);
	for _ in 0..SPELLINGS {
		let mut spelled = String::new();
		respell(&value, &mut rng, &mut spelled);
		same_hash(&text, &hash, &spelled, "re-spelled");
	}
	let pretty = serde_json::to_string_pretty(&value).expect("a parsed value serialises");
	same_hash(&text, &hash, &pretty, "pretty-printed");

	if let Ok(c) = &canonical {
		let reparsed: Value = serde_json::from_str(c)
			.unwrap_or_else(|e| panic!("the canonical form is not JSON ({e}): {c}"));
		let again = canonical_json(&reparsed);
		assert!(
			again.as_ref() == Ok(c),
			"the canonical form {c:?} canonicalises to {again:?} (input {text:?})"
		);
		same_hash(&text, &hash, c, "canonical");
	}

	match (&canonical, reference::canonical(&value)) {
		(Ok(c), Ok(r)) => assert!(
			*c == r,
			"canonical form differs from RFC 8785's:\n  medchain {c}\n  RFC 8785 {r}\n  input    {text:?}"
		),
		(Err(e), Err(r)) => assert!(kind(&canonical) == r, "refused as {e:?}, RFC 8785: {r}"),
		(c, r) => panic!("canonical_json gives {c:?}, RFC 8785 {r:?}, for {text:?}"),
	}
}

/// What a hashing result is, errors by kind only (their messages quote the input).
fn kind<T>(result: &Result<T, HashError>) -> &'static str {
	match result {
		Ok(_) => "ok",
		Err(HashError::Json(_)) => "not JSON",
		Err(HashError::NotAResource) => "not a resource",
		Err(HashError::Number(_)) => "number",
	}
}

/// `other`, the same JSON as `original` spelled differently, hashes as `original` did.
fn same_hash(original: &str, hash: &Result<H256, HashError>, other: &str, how: &str) {
	let other_hash = content_hash(other);
	let same = match (hash, &other_hash) {
		(Ok(a), Ok(b)) => a == b,
		_ => kind(hash) == kind(&other_hash),
	};
	assert!(
		same,
		"the same JSON, {how}, hashes differently:\n  {original:?} -> {hash:?}\n  {other:?} -> \
		 {other_hash:?}"
	);
}

/// xorshift64*, as `runtime/tests/random_calls.rs` uses; seeded with FNV-1a of the input.
struct Rng(u64);

impl Rng {
	fn seeded(data: &[u8]) -> Self {
		let hash = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
			(h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
		});
		Self(hash | 1)
	}

	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

/// Optional insignificant whitespace.
fn space(rng: &mut Rng, out: &mut String) {
	match rng.below(8) {
		0 => out.push(' '),
		1 => out.push_str("\n\t"),
		2 => out.push_str("\r\n  "),
		_ => {},
	}
}

/// `value` as JSON text: members shuffled, whitespace sprinkled, strings and numbers spelled
/// in one of their equivalent ways.
fn respell(value: &Value, rng: &mut Rng, out: &mut String) {
	space(rng, out);
	match value {
		Value::Null => out.push_str("null"),
		Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
		Value::Number(n) => number(n, rng, out),
		Value::String(s) => string(s, rng, out),
		Value::Array(items) => {
			out.push('[');
			for (i, item) in items.iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				respell(item, rng, out);
			}
			space(rng, out);
			out.push(']');
		},
		Value::Object(fields) => {
			let mut members: Vec<_> = fields.iter().collect();
			for i in (1..members.len()).rev() {
				let j = rng.below(i as u64 + 1) as usize;
				members.swap(i, j);
			}
			out.push('{');
			for (i, (name, item)) in members.into_iter().enumerate() {
				if i > 0 {
					out.push(',');
				}
				space(rng, out);
				string(name, rng, out);
				space(rng, out);
				out.push(':');
				respell(item, rng, out);
			}
			space(rng, out);
			out.push('}');
		},
	}
	space(rng, out);
}

/// The number as written, or another spelling of the same double: shortest digits without
/// or with an exponent, an explicit `e0`, a trailing fraction zero.
fn number(n: &Number, rng: &mut Rng, out: &mut String) {
	let written = n.to_string();
	let Some(x) = n.as_f64().filter(|x| x.is_finite()) else {
		out.push_str(&written);
		return;
	};
	let plain = !written.contains(['e', 'E']);
	let _ = match rng.below(6) {
		1 => write!(out, "{x}"),
		2 => write!(out, "{x:e}"),
		3 => {
			let upper = format!("{x:E}");
			match upper.split_once('E') {
				Some((mantissa, exponent)) if !exponent.starts_with('-') => {
					write!(out, "{mantissa}E+{exponent}")
				},
				_ => write!(out, "{upper}"),
			}
		},
		4 if plain => write!(out, "{written}e0"),
		5 if plain && written.contains('.') => write!(out, "{written}0"),
		_ => write!(out, "{written}"),
	};
}

/// A JSON string with `s`'s characters, each written literally or escaped (short escapes or
/// `\u` escapes in either case, surrogate pairs beyond the BMP).
fn string(s: &str, rng: &mut Rng, out: &mut String) {
	out.push('"');
	for c in s.chars() {
		let escape = rng.below(4) == 0;
		match c {
			'"' if !escape => out.push_str("\\\""),
			'\\' if !escape => out.push_str("\\\\"),
			'/' if escape && rng.below(2) == 0 => out.push_str("\\/"),
			'\u{8}' if !escape => out.push_str("\\b"),
			'\t' if !escape => out.push_str("\\t"),
			'\n' if !escape => out.push_str("\\n"),
			'\u{c}' if !escape => out.push_str("\\f"),
			'\r' if !escape => out.push_str("\\r"),
			c if escape || c == '"' || c == '\\' || (c as u32) < 0x20 => {
				let mut units = [0u16; 2];
				for unit in c.encode_utf16(&mut units) {
					let _ = if rng.below(2) == 0 {
						write!(out, "\\u{unit:04x}")
					} else {
						write!(out, "\\u{unit:04X}")
					};
				}
			},
			c => out.push(c),
		}
	}
	out.push('"');
}

/// RFC 8785 (JSON Canonicalization Scheme), written from the RFC rather than from
/// `medchain-records`, applied to a FHIR resource after medchain's removal of server
/// bookkeeping (`meta.versionId`, `meta.lastUpdated`, and `meta` if that empties it).
pub mod reference {
	use serde_json::Value;

	/// The canonical form, or why there is none (`"not a resource"`, `"number"`).
	pub fn canonical(resource: &Value) -> Result<String, &'static str> {
		let Value::Object(fields) = resource else { return Err("not a resource") };
		if !matches!(fields.get("resourceType"), Some(Value::String(_))) {
			return Err("not a resource");
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
		write(&Value::Object(fields), &mut out)?;
		Ok(out)
	}

	fn write(value: &Value, out: &mut String) -> Result<(), &'static str> {
		match value {
			Value::Null => out.push_str("null"),
			Value::Bool(true) => out.push_str("true"),
			Value::Bool(false) => out.push_str("false"),
			Value::Number(n) => {
				let x = n.as_f64().filter(|x| x.is_finite()).ok_or("number")?;
				out.push_str(&number(x));
			},
			Value::String(s) => string(s, out),
			Value::Array(items) => {
				out.push('[');
				for (i, item) in items.iter().enumerate() {
					if i > 0 {
						out.push(',');
					}
					write(item, out)?;
				}
				out.push(']');
			},
			Value::Object(fields) => {
				// RFC 8785 §3.2.3: members sorted by their names as arrays of UTF-16 code units.
				let mut members: Vec<(Vec<u16>, &String, &Value)> =
					fields.iter().map(|(k, v)| (k.encode_utf16().collect(), k, v)).collect();
				members.sort_by(|a, b| a.0.cmp(&b.0));
				out.push('{');
				for (i, (_, name, item)) in members.into_iter().enumerate() {
					if i > 0 {
						out.push(',');
					}
					string(name, out);
					out.push(':');
					write(item, out)?;
				}
				out.push('}');
			},
		}
		Ok(())
	}

	/// RFC 8785 §3.2.2.2: only `"`, `\` and the control characters are escaped; the five
	/// with a short escape use it, the others `\u00xx` in lower case.
	fn string(s: &str, out: &mut String) {
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
				c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
				c => out.push(c),
			}
		}
		out.push('"');
	}

	/// RFC 8785 §3.2.2.3: ECMAScript's `Number::toString(x)` (ECMA-262, Number::toString,
	/// radix 10), from the shortest digits `s` (k of them) with `x = s × 10^(n−k)`.
	pub fn number(x: f64) -> String {
		if x == 0.0 {
			return "0".into();
		}
		if x < 0.0 {
			return format!("-{}", number(-x));
		}
		// Rust's `{:e}` prints the shortest round-trip digits: "d.ddde±x".
		let scientific = format!("{x:e}");
		let (mantissa, exponent) = scientific.split_once('e').expect("`{:e}` has an exponent");
		let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
		let k = digits.len() as i32;
		let n = exponent.parse::<i32>().expect("`{:e}` has an integer exponent") + 1;
		if (k..=21).contains(&n) {
			format!("{digits}{}", "0".repeat((n - k) as usize))
		} else if (1..=21).contains(&n) {
			format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
		} else if (-5..=0).contains(&n) {
			format!("0.{}{digits}", "0".repeat(-n as usize))
		} else {
			let e = n - 1;
			let sign = if e < 0 { '-' } else { '+' };
			match digits.split_at(1) {
				(first, "") => format!("{first}e{sign}{}", e.abs()),
				(first, rest) => format!("{first}.{rest}e{sign}{}", e.abs()),
			}
		}
	}
}
