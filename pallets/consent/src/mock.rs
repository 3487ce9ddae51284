//! A test runtime with balances, patient identity and consent; root registers organizations.

use crate as pallet_consent;
use frame_support::derive_impl;

pub type AccountId = u64;
pub type Balance = u64;

medchain_mock_support::test_runtime!(Identity: pallet_patient_identity = 2, Consent: pallet_consent = 3);

// Identity tells consent about its patients' key rotations and deregistrations.
medchain_mock_support::identity_for_dependents!(Consent);

#[derive_impl(pallet_consent::config_preludes::TestDefaultConfig)]
impl pallet_consent::Config for Test {}

medchain_mock_support::test_externalities!(accounts: 1..=30; invariants: Identity, Consent);
