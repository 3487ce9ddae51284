// PLACEHOLDER until `make bench` regenerates this file from the FRAME benchmarks
// (scripts/benchmark.sh, pallet `pallet_consortium`). Each weight below is the storage access
// the call makes, priced with the runtime's database weights, plus a compute allowance.

#![allow(unused_parens)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_consortium`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn dispatch_as_root() -> Weight;
	fn force_rotation() -> Weight;
	fn note_author() -> Weight;
}

/// Compute allowance per call until benchmarked: 50 µs.
const COMPUTE: u64 = 50_000_000;

/// Weights charging the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(T::DbWeight::get().reads_writes(1, 2))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(T::DbWeight::get().reads_writes(1, 3))
	}
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(COMPUTE, 0)
	}
	fn force_rotation() -> Weight {
		Weight::from_parts(COMPUTE, 0).saturating_add(T::DbWeight::get().writes(1))
	}
	fn note_author() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

/// The same with ParityDB's database weights, for tests and mock runtimes.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(ParityDbWeight::get().reads_writes(1, 2))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(ParityDbWeight::get().reads_writes(1, 3))
	}
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(COMPUTE, 0)
	}
	fn force_rotation() -> Weight {
		Weight::from_parts(COMPUTE, 0).saturating_add(ParityDbWeight::get().writes(1))
	}
	fn note_author() -> Weight {
		Weight::from_parts(COMPUTE, 1_100).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
}
