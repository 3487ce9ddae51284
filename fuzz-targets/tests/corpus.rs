//! Replays every committed fuzz input (`fuzz/corpus/<target>/*`) through its target, and a few
//! deterministic mutations of each, uninstrumented: `make test` catches, in seconds, a
//! regression on any input the fuzzers were seeded with or have found. A failing mutation is
//! printed in hex: add it to the corpus once fixed.

use std::{
	fs,
	panic::{self, AssertUnwindSafe},
	path::PathBuf,
};

/// Deterministic mutations of each corpus file run besides the file itself.
const MUTATIONS: u64 = 8;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
	let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus").join(target);
	let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
	let mut files: Vec<PathBuf> =
		entries.map(|e| e.expect("a directory entry").path()).filter(|p| p.is_file()).collect();
	files.sort();
	assert!(!files.is_empty(), "{} holds no corpus", dir.display());
	files
		.into_iter()
		.map(|path| {
			let data = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
			(path, data)
		})
		.collect()
}

fn replay(target: &str) {
	let run = medchain_fuzz::TARGETS
		.iter()
		.find(|(name, _)| *name == target)
		.unwrap_or_else(|| panic!("no target {target}"))
		.1;
	let files = corpus(target);
	for (path, data) in &files {
		check(target, run, data, || path.display().to_string());
		for m in 0..MUTATIONS {
			let mutated = mutate(data, &files, m);
			check(target, run, &mutated, || {
				format!("{} mutated ({m}) to 0x{}", path.display(), hex(&mutated))
			});
		}
	}
}

fn check(target: &str, run: fn(&[u8]), data: &[u8], name: impl Fn() -> String) {
	if let Err(cause) = panic::catch_unwind(AssertUnwindSafe(|| run(data))) {
		let message = cause
			.downcast_ref::<String>()
			.cloned()
			.or_else(|| cause.downcast_ref::<&str>().map(|s| s.to_string()))
			.unwrap_or_default();
		panic!("{target}: {} fails: {message}", name());
	}
}

/// Mutation `m` of `data`: a bit flipped, a byte set to a boundary value, a cut, a repeated
/// chunk, or a splice with another corpus file — as libFuzzer's mutators do, but seeded.
fn mutate(data: &[u8], files: &[(PathBuf, Vec<u8>)], m: u64) -> Vec<u8> {
	let mut state = data.iter().fold(0x9E37_79B9_7F4A_7C15u64 ^ m, |h, b| {
		(h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
	}) | 1;
	let mut next = move |n: usize| -> usize {
		state ^= state >> 12;
		state ^= state << 25;
		state ^= state >> 27;
		(state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
	};
	let mut out = data.to_vec();
	if out.is_empty() {
		return vec![m as u8];
	}
	match m % 5 {
		0 => {
			let i = next(out.len());
			out[i] ^= 1 << next(8);
		},
		1 => {
			let i = next(out.len());
			out[i] = [0x00, 0x01, 0x7f, 0x80, 0xff][next(5)];
		},
		2 => out.truncate(next(out.len())),
		3 => {
			let start = next(out.len());
			let end = start + next(out.len() - start) + 1;
			let chunk = out[start..end].to_vec();
			let at = next(out.len() + 1);
			out.splice(at..at, chunk);
		},
		_ => {
			let other = &files[next(files.len())].1;
			out.truncate(next(out.len() + 1));
			out.extend_from_slice(&other[next(other.len() + 1).min(other.len())..]);
		},
	}
	out
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn bridge_inbound_corpus() {
	replay("bridge_inbound");
}

#[test]
fn runtime_calls_corpus() {
	replay("runtime_calls");
}

#[test]
fn fhir_hash_corpus() {
	replay("fhir_hash");
}

/// Every target has a corpus (and a test above).
#[test]
fn every_target_is_replayed() {
	for (name, _) in medchain_fuzz::TARGETS {
		assert!(
			["bridge_inbound", "runtime_calls", "fhir_hash"].contains(name),
			"target {name} has no corpus test"
		);
		assert!(!corpus(name).is_empty());
	}
}
