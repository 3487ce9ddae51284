// Placeholder until `make bench` generates this file from the FRAME benchmarks.

//! Weights for `pallet_ehr_anchor`.

#![allow(unused_parens)]
#![allow(unused_imports)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions needed for `pallet_ehr_anchor`.
pub trait WeightInfo {
	fn anchor() -> Weight;
	fn amend() -> Weight;
	fn anchor_batch() -> Weight;
	fn retract() -> Weight;
	fn log_access() -> Weight;
}

/// Weights for `pallet_ehr_anchor` using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn anchor() -> Weight { Weight::zero() }
	fn amend() -> Weight { Weight::zero() }
	fn anchor_batch() -> Weight { Weight::zero() }
	fn retract() -> Weight { Weight::zero() }
	fn log_access() -> Weight { Weight::zero() }
}

impl WeightInfo for () {
	fn anchor() -> Weight { Weight::zero() }
	fn amend() -> Weight { Weight::zero() }
	fn anchor_batch() -> Weight { Weight::zero() }
	fn retract() -> Weight { Weight::zero() }
	fn log_access() -> Weight { Weight::zero() }
}
