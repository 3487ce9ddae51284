//! A test runtime with balances, patient identity, consent and record anchors; root registers
//! organizations.

use crate as pallet_ehr_anchor;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Identity = pallet_patient_identity;
	#[runtime::pallet_index(3)]
	pub type Consent = pallet_consent;
	#[runtime::pallet_index(4)]
	pub type EhrAnchor = pallet_ehr_anchor;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const PatientDeposit: Balance = 10;
	pub const GrantDeposit: Balance = 5;
	pub const RequestDeposit: Balance = 3;
	pub const AnchorFee: Balance = 2;
}

/// Blocks between the guardians' last vouch and the new key's claim.
const RECOVERY_DELAY: u64 = 5;

impl pallet_patient_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type OrganizationOrigin = frame_system::EnsureRoot<AccountId>;
	type PatientDeposit = PatientDeposit;
	type MaxDelegates = ConstU32<4>;
	type MaxOperators = ConstU32<3>;
	type MaxLinksPerPatient = ConstU32<3>;
	type SponsorshipDeposit = ConstU64<5>;
	type MaxSponsoredDeposits = ConstU64<1_000_000>;
	type SponsoredTransactionsPerPeriod = ConstU32<3>;
	type SponsorshipPeriod = ConstU64<10>;
	type RecoveryDelay = ConstU64<RECOVERY_DELAY>;
	type Lifecycle = Consent;
	type WeightInfo = ();
}

impl pallet_consent::Config for Test {
	type GrantDeposit = GrantDeposit;
	type RequestDeposit = RequestDeposit;
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

impl pallet_ehr_anchor::Config for Test {
	type AnchorFee = AnchorFee;
	type MaxBatchRecords = ConstU32<1_000>;
	type IndexPageSize = ConstU32<3>;
	type WeightInfo = ();
}

/// Accounts 1..=30 start with 1_000 units.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=30).map(|a| (a, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run a test and check both pallets' storage invariants afterwards.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		check_invariants();
	});
}

pub fn check_invariants() {
	Identity::do_try_state().expect("identity invariants hold");
	Consent::do_try_state().expect("consent invariants hold");
	EhrAnchor::do_try_state().expect("anchor invariants hold");
}
