//! What the runtime-level tests share: funded accounts and a genesis with the runtime's real
//! configuration, and the invariants of the identity, consent and record-anchor pallets.
//! Everything here is re-exported for the test files (`use common::*;`); each uses a part.
#![allow(dead_code, unused_imports)]

pub use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::InspectHold, Hooks, UnfilteredDispatchable},
	weights::Weight,
	BoundedVec,
};
pub use medchain_runtime::{
	configs::{
		AnchorFee, GrantDeposit, PatientDeposit, ANCHOR_BYTES, MAX_BATCH_RECORDS, MAX_GRANTEES,
	},
	AccountId, Balance, Balances, BuildStorage, Consent, EhrAnchor, PatientIdentity, Runtime,
	RuntimeCall, RuntimeGenesisConfig, RuntimeHoldReason, RuntimeOrigin, System, UNIT,
};
pub use pallet_consent::{
	AccessDecision, Amendment, Category, DenyReason, EmergencyReason, Purpose, Scope,
};
pub use pallet_ehr_anchor::{AccessBasis, Anchor, FhirResource, Format, RetractReason, Verdict};
pub use pallet_patient_identity::{DelegatePermissions, OrganizationKind, OrganizationRoles};
pub use sp_core::H256;

pub type IdentityCall = pallet_patient_identity::Call<Runtime>;
pub type ConsentCall = pallet_consent::Call<Runtime>;
pub type AnchorCall = pallet_ehr_anchor::Call<Runtime>;

/// Accounts the tests use: `who(0..ACCOUNTS)`.
pub const ACCOUNTS: u8 = 24;

/// Keys with no balance the tests use: `who(ACCOUNTS..ACCOUNTS + UNFUNDED)`.
pub const UNFUNDED: u8 = 8;

pub fn who(i: u8) -> AccountId {
	AccountId::new([i; 32])
}

pub fn ext() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.balances.balances = (0..ACCOUNTS).map(|i| (who(i), 1_000 * UNIT)).collect();
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

pub fn signed(i: u8) -> RuntimeOrigin {
	RuntimeOrigin::signed(who(i))
}

pub fn scope(categories: &[Category], purposes: &[Purpose]) -> pallet_consent::ScopeOf<Runtime> {
	Scope {
		categories: BoundedVec::truncate_from(categories.to_vec()),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		custodians: BoundedVec::new(),
	}
}

pub fn held(reason: RuntimeHoldReason, i: u8) -> Balance {
	Balances::balance_on_hold(&reason, &who(i))
}

pub fn invariants() {
	PatientIdentity::do_try_state().expect("identity invariants");
	Consent::do_try_state().expect("consent invariants");
	EhrAnchor::do_try_state().expect("anchor invariants");
}

/// Organization 0 (admin 10, operator 11) is a hospital with the emergency role; patient 0 is
/// account 1.
pub fn hospital_and_patient() {
	assert_ok!(PatientIdentity::register_organization(
		RuntimeOrigin::root(),
		who(10),
		OrganizationKind::Hospital,
		OrganizationRoles::EMERGENCY_ACCESS
	));
	assert_ok!(PatientIdentity::add_operator(signed(10), who(11)));
	assert_ok!(PatientIdentity::accept_operator(signed(11), 0));
	assert_ok!(PatientIdentity::register_patient(signed(1), H256::repeat_byte(1)));
}

pub fn check(patient: u8) -> AccessDecision<u32> {
	Consent::check_access(&who(patient), 0, Category::Laboratory, Purpose::Treatment, None)
}
