// Bootstrap weights, replaced by `make bench` output before any release.
#![allow(unused_parens)]
use core::marker::PhantomData;
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn register_patient() -> Weight;
	fn update_commitment() -> Weight;
	fn deregister_patient(l: u32) -> Weight;
	fn add_delegate() -> Weight;
	fn remove_delegate() -> Weight;
	fn set_recovery_threshold() -> Weight;
	fn rotate_key() -> Weight;
	fn vouch_recovery() -> Weight;
	fn cancel_recovery() -> Weight;
	fn register_organization() -> Weight;
	fn suspend_organization() -> Weight;
	fn reinstate_organization() -> Weight;
	fn set_organization_roles() -> Weight;
	fn add_operator() -> Weight;
	fn remove_operator() -> Weight;
	fn approve_link() -> Weight;
	fn link_patient() -> Weight;
	fn remove_link() -> Weight;
	fn unlink_patient() -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn update_commitment() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn deregister_patient(_l: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn add_delegate() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_delegate() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_recovery_threshold() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn rotate_key() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn vouch_recovery() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn cancel_recovery() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn register_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn suspend_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn reinstate_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_organization_roles() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn add_operator() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_operator() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn approve_link() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn link_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_link() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn unlink_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
impl WeightInfo for () {
	fn register_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn update_commitment() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn deregister_patient(_l: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn add_delegate() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_delegate() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_recovery_threshold() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn rotate_key() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn vouch_recovery() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn cancel_recovery() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn register_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn suspend_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn reinstate_organization() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_organization_roles() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn add_operator() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_operator() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn approve_link() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn link_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn remove_link() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn unlink_patient() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
