//! A test runtime with balances and this pallet; root registers organizations.

use crate as pallet_patient_identity;
use frame_support::{derive_impl, traits::ConstU64};

pub type AccountId = u64;
pub type Balance = u64;

medchain_mock_support::test_runtime!(Identity: pallet_patient_identity = 2);

/// Blocks between the guardians' last vouch and the new key's claim.
pub const RECOVERY_DELAY: u64 = 5;

/// The pallet's test defaults ([`crate::config_preludes::TestDefaultConfig`], whose deposits
/// and bounds the tests count on), the runtime's types, and the recovery delay the tests count
/// blocks by.
#[derive_impl(pallet_patient_identity::config_preludes::TestDefaultConfig)]
impl pallet_patient_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type OrganizationOrigin = frame_system::EnsureRoot<AccountId>;
	type RecoveryDelay = ConstU64<RECOVERY_DELAY>;
}

medchain_mock_support::test_externalities!(accounts: 1..=20; invariants: Identity);
