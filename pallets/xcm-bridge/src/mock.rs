//! A test runtime with balances, timestamp, identity, consent, anchors and the bridge. Two
//! externalities stand for two chains; a thread-local outbox stands for the message lane.

use crate as pallet_medchain_bridge;
use frame_support::{
	derive_impl, parameter_types,
	storage::unhashed,
	traits::{ConstU32, ConstU64, Hooks},
};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = AccountId32;
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
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type Identity = pallet_patient_identity;
	#[runtime::pallet_index(4)]
	pub type Consent = pallet_consent;
	#[runtime::pallet_index(5)]
	pub type EhrAnchor = pallet_ehr_anchor;
	#[runtime::pallet_index(6)]
	pub type Bridge = pallet_medchain_bridge;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

parameter_types! {
	pub const PatientDeposit: Balance = 10;
	pub const GrantDeposit: Balance = 5;
	pub const RequestDeposit: Balance = 3;
	pub const AnchorFee: Balance = 2;
	pub const MessageFee: Balance = 4;
	pub const ExportDeposit: Balance = 7;
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
	type Lifecycle = (Consent, Bridge);
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
	type RemoteConsent = Bridge;
	type WeightInfo = ();
}

impl pallet_ehr_anchor::Config for Test {
	type AnchorFee = AnchorFee;
	type MaxBatchRecords = ConstU32<1_000>;
	type IndexPageSize = ConstU32<3>;
	type WeightInfo = ();
}

/// Lease period in the tests: 60 s, renewed every 5 blocks of 6 s.
pub const LEASE_MS: u64 = 60_000;
pub const BLOCK_MS: u64 = 6_000;

impl pallet_medchain_bridge::Config for Test {
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type UnixTime = Timestamp;
	type Sender = Lane;
	type MessageFee = MessageFee;
	type ExportDeposit = ExportDeposit;
	type MaxExportsPerPatient = ConstU32<3>;
	type MaxLeasesPerPatient = ConstU32<2>;
	type MaxQueuedMessages = ConstU64<8>;
	type MaxRenewalsPerBlock = ConstU32<4>;
	type DefaultLeasePeriod = ConstU64<LEASE_MS>;
	type MillisecsPerBlock = ConstU64<BLOCK_MS>;
	type WeightInfo = ();
}

/// Storage keys of the mock lane. It lives in the sending chain's storage, as the real lane
/// does, so a failed call or a benchmark run leaves nothing queued behind.
const OUTBOX_KEY: &[u8] = b":mock:outbox";
const NEXT_NONCE_KEY: &[u8] = b":mock:next_nonce";

/// The outbound lane: a queue that `take_outbox` empties (delivery and confirmation at once).
pub struct Lane;
impl crate::MessageSender for Lane {
	fn queued() -> u64 {
		outbox().len() as u64
	}
	fn send(payload: Vec<u8>) -> Result<u64, sp_runtime::DispatchError> {
		let nonce = unhashed::get_or(NEXT_NONCE_KEY, 1u64);
		unhashed::put(NEXT_NONCE_KEY, &(nonce + 1));
		let mut queue = outbox();
		queue.push((nonce, payload));
		unhashed::put(OUTBOX_KEY, &queue);
		Ok(nonce)
	}
}

fn outbox() -> Vec<(u64, Vec<u8>)> {
	unhashed::get(OUTBOX_KEY).unwrap_or_default()
}

/// Everything the chain whose externalities run has queued so far, emptying its lane.
pub fn take_outbox() -> Vec<(u64, Vec<u8>)> {
	unhashed::take(OUTBOX_KEY).unwrap_or_default()
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// Genesis hashes of the two test chains.
pub const CHAIN_A: [u8; 32] = [0xAA; 32];
pub const CHAIN_B: [u8; 32] = [0xBB; 32];

/// One chain: accounts 1..=30 hold 1_000; it knows itself as `this` and its peer as `peer`;
/// block 1 at time 1_000_000 ms.
pub fn new_chain(this: [u8; 32], peer: [u8; 32]) -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=30).map(|a| (account(a), 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::initialize(&1, &sp_core::H256::from(this), &Default::default());
		Bridge::on_initialize(1);
		Timestamp::set_timestamp(1_000_000);
		crate::Peer::<Test>::put(sp_core::H256::from(peer));
	});
	ext
}

/// Move to the next block (6 s later), running the bridge's `on_initialize`.
pub fn next_block() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Timestamp::set_timestamp(pallet_timestamp::Now::<Test>::get() + BLOCK_MS);
	Bridge::on_initialize(n);
}

pub fn check_invariants() {
	Identity::do_try_state().expect("identity invariants hold");
	Consent::do_try_state().expect("consent invariants hold");
	Bridge::do_try_state().expect("bridge invariants hold");
}
