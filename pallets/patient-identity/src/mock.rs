//! A test runtime with balances and this pallet; root registers organizations.

use crate as pallet_patient_identity;
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
}

/// Blocks between the guardians' last vouch and the new key's claim.
pub const RECOVERY_DELAY: u64 = 5;

impl pallet_patient_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type OrganizationOrigin = frame_system::EnsureRoot<AccountId>;
	type PatientDeposit = PatientDeposit;
	type MaxDelegates = ConstU32<4>;
	type MaxOperators = ConstU32<3>;
	type MaxLinksPerPatient = ConstU32<3>;
	type SponsorshipDeposit = ConstU64<5>;
	type MaxSponsoredDeposits = ConstU64<200>;
	type SponsoredTransactionsPerPeriod = ConstU32<3>;
	type SponsorshipPeriod = ConstU64<10>;
	type RecoveryDelay = ConstU64<RECOVERY_DELAY>;
	type Lifecycle = ();
	type WeightInfo = ();
}

/// Accounts 1..=20 start with 1_000 units; account 99 has nothing.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=20).map(|a| (a, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run a test and check the pallet's storage invariants afterwards.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Identity::do_try_state().expect("storage invariants hold");
	});
}
