//! The pallet's default configurations for `#[derive_impl(..)]`: a pallet section, imported
//! into the pallet declaration in `lib.rs` (`#[import_section]`), so the defaults are reachable
//! as `pallet_patient_identity::config_preludes::TestDefaultConfig`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod test_defaults {
	/// Default configurations of this pallet, for `#[derive_impl(..)]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU64};

		/// The configuration of this pallet's own tests (`u64` balances and block numbers,
		/// bounds small enough for tests to reach), without the runtime's types: `Currency`,
		/// `RuntimeHoldReason` and `OrganizationOrigin`. `Lifecycle` follows no other pallet.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			type PatientDeposit = ConstU64<10>;
			type MaxDelegates = ConstU32<4>;
			type MaxOperators = ConstU32<3>;
			type MaxLinksPerPatient = ConstU32<3>;
			type SponsorshipDeposit = ConstU64<5>;
			type MaxSponsoredDeposits = ConstU64<200>;
			type SponsoredTransactionsPerPeriod = ConstU32<3>;
			type SponsorshipPeriod = ConstU64<10>;
			type RecoveryDelay = ConstU64<5>;
			// Unlike every other deposit here, so a test sees which one was held.
			type EndpointDeposit = ConstU64<7>;
			// A FHIR base URL.
			type MaxEndpointLen = ConstU32<256>;
			type Lifecycle = ();
			type WeightInfo = ();
		}
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A patient's registration deposit.
		PatientRegistration,
		/// A sponsor's deposit for an account it onboarded.
		Sponsorship,
		/// An organization's deposit for its published gateway endpoint.
		Endpoint,
	}
}
