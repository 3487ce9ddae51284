// Placeholder until `make bench` (scripts/benchmark.sh) regenerates this file from the FRAME
// benchmarks; the same generator overwrites it. Do not edit it by hand.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_medchain_bridge`.
pub trait WeightInfo {
	fn set_peer() -> Weight;
	fn set_lease_period() -> Weight;
	fn export_consent() -> Weight;
	fn revoke_export() -> Weight;
	fn share_record() -> Weight;
	fn request_access() -> Weight;
	fn renew(n: u32, ) -> Weight;
	fn receive_message() -> Weight;
}

/// Weights measured on the benchmark machine, charging the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_peer() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1)) }
	fn set_lease_period() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1)) }
	fn export_consent() -> Weight { Weight::from_parts(100_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(12, 10)) }
	fn revoke_export() -> Weight { Weight::from_parts(80_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(8, 8)) }
	fn share_record() -> Weight { Weight::from_parts(80_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(8, 6)) }
	fn request_access() -> Weight { Weight::from_parts(80_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(8, 6)) }
	fn renew(n: u32, ) -> Weight { Weight::from_parts(20_000_000, 5_000).saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(6, 6)).saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(n.into())) }
	fn receive_message() -> Weight { Weight::from_parts(150_000_000, 40_000).saturating_add(T::DbWeight::get().reads_writes(40, 40)) }
}

impl WeightInfo for () {
	fn set_peer() -> Weight { Weight::from_parts(10_000_000, 0) }
	fn set_lease_period() -> Weight { Weight::from_parts(10_000_000, 0) }
	fn export_consent() -> Weight { Weight::from_parts(100_000_000, 0) }
	fn revoke_export() -> Weight { Weight::from_parts(80_000_000, 0) }
	fn share_record() -> Weight { Weight::from_parts(80_000_000, 0) }
	fn request_access() -> Weight { Weight::from_parts(80_000_000, 0) }
	fn renew(n: u32, ) -> Weight { Weight::from_parts(20_000_000, 0).saturating_add(Weight::from_parts(10_000_000, 0).saturating_mul(n.into())) }
	fn receive_message() -> Weight { Weight::from_parts(150_000_000, 0) }
}
