//! A test runtime with this pallet; root stands for the council. The block author and the
//! session's active validators are set by the tests.

use crate as pallet_consortium;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, FindAuthor},
	ConsensusEngineId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system = 0,
		Consortium: pallet_consortium = 1,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	// Real database weights, so migrations report what they touch.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

thread_local! {
	/// The author `FindAuthor` reports for the current block.
	pub static AUTHOR: RefCell<Option<AccountId>> = const { RefCell::new(None) };
	/// The slot `FindSlot` reports for the current block.
	pub static SLOT: RefCell<Option<u64>> = const { RefCell::new(None) };
	/// What the session reports as its active validators.
	pub static ACTIVE: RefCell<Vec<AccountId>> = const { RefCell::new(Vec::new()) };
}

/// Reports [`AUTHOR`] whatever the digest says.
pub struct TestAuthor;
impl FindAuthor<AccountId> for TestAuthor {
	fn find_author<'a, I>(_: I) -> Option<AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		AUTHOR.with(|a| *a.borrow())
	}
}

/// Reports [`SLOT`] whatever the digest says.
pub struct TestSlot;
impl pallet_consortium::FindSlot for TestSlot {
	fn find_slot<'a, I>(_: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		SLOT.with(|s| *s.borrow())
	}
}

parameter_types! {
	pub SessionValidators: Vec<AccountId> = ACTIVE.with(|a| a.borrow().clone());
}

/// Sessions of 10 blocks; between 2 and 5 validators.
pub const PERIOD: u64 = 10;
pub const MIN: u32 = 2;
pub const MAX: u32 = 5;

impl pallet_consortium::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = frame_system::EnsureRoot<AccountId>;
	type RootOrigin = frame_system::EnsureRoot<AccountId>;
	type FindAuthor = TestAuthor;
	type FindSlot = TestSlot;
	type SessionValidators = SessionValidators;
	type MaxValidators = ConstU32<MAX>;
	type MinValidators = ConstU32<MIN>;
	type SessionPeriod = ConstU64<PERIOD>;
	type WeightInfo = ();
}

/// Validators 1, 2 and 3 from genesis, all active in the session.
pub fn new_test_ext() -> sp_io::TestExternalities {
	// The whole runtime's genesis, as a chain's, so pallets' storage versions are written too.
	let t = RuntimeGenesisConfig {
		system: Default::default(),
		consortium: pallet_consortium::GenesisConfig { validators: vec![1, 2, 3] },
	}
	.build_storage()
	.unwrap();
	ACTIVE.with(|a| *a.borrow_mut() = vec![1, 2, 3]);
	AUTHOR.with(|a| *a.borrow_mut() = None);
	SLOT.with(|s| *s.borrow_mut() = None);
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run a test and check the pallet's storage invariants afterwards.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Consortium::do_try_state().expect("storage invariants hold");
	});
}
