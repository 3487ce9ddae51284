//! medchain's fuzz targets, one function per target, each taking the fuzzer's bytes.
//!
//! - [`bridge_inbound`]: inbound bridge messages — arbitrary bytes, XCM envelopes around
//!   arbitrary `Transact` bytes, and well-formed health operations — through the decoder
//!   ([`pallet_medchain_bridge::decode_message`]) and the pallet's `receive` path on the real
//!   runtime.
//! - [`runtime_calls`]: arbitrary sequences of the identity, consent, record-anchor and bridge
//!   pallets' calls from arbitrary origins (and inbound messages, blocks, clock jumps) on the
//!   real runtime, with every pallet's invariants checked after each block.
//! - [`fhir_hash`]: the canonical FHIR JSON hasher ([`medchain_records::content_hash`]): never
//!   panics, and JSON that is equal under RFC 8785 hashes equally.
//!
//! A target panics only when a property breaks; refused calls, undecodable messages and
//! invalid JSON are expected. libFuzzer drives them from `fuzz/` (`make fuzz`,
//! `scripts/fuzz.sh`); `tests/corpus.rs` replays the committed corpora (`make test`).

mod bridge;
mod calls;
mod chain;
mod cursor;
mod draw;
mod fhir;
mod invariants;
mod trace;

pub use bridge::bridge_inbound;
pub use calls::runtime_calls;
pub use fhir::fhir_hash;

/// A fuzz target: the fuzzer's bytes in, a panic when a property breaks.
pub type Target = fn(&[u8]);

/// Every target, by the name of its corpus directory and libFuzzer binary.
pub const TARGETS: &[(&str, Target)] = &[
	("bridge_inbound", bridge_inbound),
	("runtime_calls", runtime_calls),
	("fhir_hash", fhir_hash),
];
