//! The pallet's default configurations for `#[derive_impl(..)]`: a pallet section, imported
//! into the pallet declaration in `lib.rs` (`#[import_section]`), so the defaults are reachable
//! as `pallet_consent::config_preludes::TestDefaultConfig`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod test_defaults {
	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl,
			traits::{ConstU32, ConstU64},
		};

		/// The configuration of this pallet's own test runtime (`u64` balances and block
		/// numbers, small bounds). A mock names only what differs, such as a `RemoteConsent`.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			type GrantDeposit = ConstU64<5>;
			type RequestDeposit = ConstU64<3>;
			type MaxGrantsPerPatient = ConstU32<4>;
			type MaxRequestsPerPatient = ConstU32<2>;
			type MaxEmergencyPerPatient = ConstU32<2>;
			type MaxGrantees = ConstU32<3>;
			type MaxCustodians = ConstU32<2>;
			type RequestLifetime = ConstU64<20>;
			type EmergencyAccessDuration = ConstU64<10>;
			type MaxSweepPerBlock = ConstU32<2>;
			type RemoteConsent = ();
			type WeightInfo = ();
		}
	}
}
