//! The test runtime that medchain's pallet unit tests share.
//!
//! Every pallet's `mock.rs` builds a runtime of System, Balances, the pallets the pallet under
//! test builds on (identity ⊂ consent ⊂ ehr-anchor ⊂ bridge) and the pallet itself. What they
//! have in common is written once here:
//!
//! - [`test_runtime!`] declares the runtime `Test` with System (index 0) and Balances (1)
//!   configured from their FRAME test defaults, plus the pallets named;
//! - [`identity_for_dependents!`] configures the identity pallet as the pallets built on it
//!   need it (its own test defaults, the runtime's types, who hears about key changes);
//! - [`test_externalities!`] declares a mock's `new_test_ext`, `check_invariants` and `test`;
//!   [`externalities`] starts a chain at block 1 with funded accounts ([`genesis`]: before
//!   block 1).
//!
//! Each pallet's own configuration comes from its `config_preludes::TestDefaultConfig`
//! (`#[derive_impl]`), so a mock names only what differs. The macros name the caller's
//! `frame_system`, `pallet_balances` and pallet crates, which every mock depends on.

pub use frame_support;
use sp_runtime::{traits::One, BuildStorage};

/// Declares the test runtime `Test` (with `System` at index 0 and `Balances` at 1, configured
/// from their FRAME test defaults) and the pallets listed, e.g.
/// `test_runtime!(Identity: pallet_patient_identity = 2, Consent: pallet_consent = 3);`.
/// `test_runtime!(account: AccountId32; ...)` chooses the account type (default `u64`).
#[macro_export]
macro_rules! test_runtime {
	(account: $account:ty; $($name:ident: $pallet:ident = $index:literal),+ $(,)?) => {
		$crate::frame_support::construct_runtime!(
			pub enum Test {
				System: frame_system = 0,
				Balances: pallet_balances = 1,
				$($name: $pallet = $index,)+
			}
		);

		#[$crate::frame_support::derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for Test {
			type Block = frame_system::mocking::MockBlock<Test>;
			type AccountId = $account;
			type Lookup = sp_runtime::traits::IdentityLookup<$account>;
			type AccountData = pallet_balances::AccountData<u64>;
		}

		#[$crate::frame_support::derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for Test {
			type AccountStore = System;
			type RuntimeHoldReason = RuntimeHoldReason;
		}
	};
	($($name:ident: $pallet:ident = $index:literal),+ $(,)?) => {
		$crate::test_runtime!(account: u64; $($name: $pallet = $index),+);
	};
}

/// Configures `pallet_patient_identity` for `Test` as the pallets built on identity need it:
/// identity's own test defaults, the runtime's currency and hold reason, root registering
/// organizations, `$lifecycle` hearing about key changes and deregistrations, and sponsors
/// that may hold deposits without practical bound (identity's own tests count to 200).
#[macro_export]
macro_rules! identity_for_dependents {
	($lifecycle:ty) => {
		#[$crate::frame_support::derive_impl(
			pallet_patient_identity::config_preludes::TestDefaultConfig
		)]
		impl pallet_patient_identity::Config for Test {
			type Currency = Balances;
			type RuntimeHoldReason = RuntimeHoldReason;
			type OrganizationOrigin =
				frame_system::EnsureRoot<<Test as frame_system::Config>::AccountId>;
			type MaxSponsoredDeposits = $crate::frame_support::traits::ConstU64<1_000_000>;
			type Lifecycle = $lifecycle;
		}
	};
}

/// Declares, for the runtime `Test`, `new_test_ext()` (a chain at block 1 where the accounts
/// `accounts` hold 1_000 units each), `check_invariants()` (every listed pallet's
/// `do_try_state`) and `test(f)` (runs `f` on a new chain, then checks the invariants), e.g.
/// `test_externalities!(accounts: 1..=30; invariants: Identity, Consent);`.
#[macro_export]
macro_rules! test_externalities {
	(accounts: $accounts:expr; invariants: $($pallet:ident),+ $(,)?) => {
		#[doc = concat!("A new chain at block 1 where accounts ", stringify!($accounts),
			" hold 1_000 units each.")]
		#[allow(dead_code)]
		pub fn new_test_ext() -> sp_io::TestExternalities {
			$crate::externalities::<Test>(($accounts).map(|a| (a, 1_000)).collect())
		}

		/// Every listed pallet's storage invariants hold.
		#[allow(dead_code)]
		pub fn check_invariants() {
			$($pallet::do_try_state()
				.expect(concat!(stringify!($pallet), " invariants hold"));)+
		}

		/// Runs `f` on a new chain, then checks every listed pallet's storage invariants.
		#[allow(dead_code)]
		pub fn test(f: impl FnOnce()) {
			new_test_ext().execute_with(|| {
				f();
				check_invariants();
			});
		}
	};
}

/// A chain of runtime `T` at block 1 whose accounts hold the given balances.
pub fn externalities<T>(balances: Vec<(T::AccountId, T::Balance)>) -> sp_io::TestExternalities
where
	T: pallet_balances::Config,
{
	let mut ext = genesis::<T>(balances);
	ext.execute_with(|| frame_system::Pallet::<T>::set_block_number(One::one()));
	ext
}

/// The genesis state of a chain of runtime `T` whose accounts hold the given balances, before
/// any block: for tests that start block 1 themselves (`System::initialize`).
pub fn genesis<T>(balances: Vec<(T::AccountId, T::Balance)>) -> sp_io::TestExternalities
where
	T: pallet_balances::Config,
{
	let mut storage = frame_system::GenesisConfig::<T>::default()
		.build_storage()
		.expect("the default system genesis builds");
	pallet_balances::GenesisConfig::<T> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.expect("test balances are above the existential deposit");
	sp_io::TestExternalities::new(storage)
}
