// Bootstrap weights, replaced by `make bench` output before any release.
#![allow(unused_parens)]
use core::marker::PhantomData;
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn grant(g: u32, c: u32) -> Weight;
	fn revoke() -> Weight;
	fn amend() -> Weight;
	fn request_access(c: u32) -> Weight;
	fn approve_request() -> Weight;
	fn deny_request() -> Weight;
	fn cancel_request() -> Weight;
	fn break_glass() -> Weight;
	fn end_emergency_access() -> Weight;
	fn set_emergency_opt_out() -> Weight;
	fn sweep_patient() -> Weight;
	fn on_key_rotated() -> Weight;
	fn on_deregistered() -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant(_g: u32, _c: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn revoke() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn amend() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn request_access(_c: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn approve_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn deny_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn break_glass() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn end_emergency_access() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_emergency_opt_out() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn sweep_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn on_key_rotated() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn on_deregistered() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
impl WeightInfo for () {
	fn grant(_g: u32, _c: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn revoke() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn amend() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn request_access(_c: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn approve_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn deny_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn cancel_request() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn break_glass() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn end_emergency_access() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_emergency_opt_out() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn sweep_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn on_key_rotated() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn on_deregistered() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
