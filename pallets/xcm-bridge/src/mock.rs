//! A test runtime with balances, timestamp, identity, consent, anchors and the bridge, each
//! configured from its pallet's `config_preludes::TestDefaultConfig`. Externalities stand for
//! chains; an outbox per slot in each chain's storage stands for that slot's message lane.

use crate as pallet_medchain_bridge;
use frame_support::{derive_impl, storage::unhashed, traits::Hooks};
use sp_runtime::AccountId32;

pub type AccountId = AccountId32;
pub type Balance = u64;

medchain_mock_support::test_runtime!(account: AccountId32;
	Timestamp: pallet_timestamp = 2,
	Identity: pallet_patient_identity = 3,
	Consent: pallet_consent = 4,
	EhrAnchor: pallet_ehr_anchor = 5,
	Bridge: pallet_medchain_bridge = 6,
);

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

// Each medchain pallet takes its own test defaults. What differs here: a patient's lifecycle
// reaches consent and the bridge, and consent asks the bridge's leases about patients of the
// peer.
medchain_mock_support::identity_for_dependents!((Consent, Bridge));

#[derive_impl(pallet_consent::config_preludes::TestDefaultConfig)]
impl pallet_consent::Config for Test {
	type RemoteConsent = Bridge;
}

#[derive_impl(pallet_ehr_anchor::config_preludes::TestDefaultConfig)]
impl pallet_ehr_anchor::Config for Test {}

/// Lease period in the tests: 60 s, renewed every 5 blocks of 6 s (the values of
/// [`crate::config_preludes::TestDefaultConfig`]).
pub const LEASE_MS: u64 = 60_000;
pub const BLOCK_MS: u64 = 6_000;

#[derive_impl(pallet_medchain_bridge::config_preludes::TestDefaultConfig)]
impl pallet_medchain_bridge::Config for Test {
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type UnixTime = Timestamp;
	type Lanes = Lanes;
}

/// Slots of the test runtime: three, so that tests can bridge a chain to two peers and find
/// every slot taken.
pub const SLOTS: u8 = 3;

/// Storage keys of the mock slots. They live in the sending chain's storage, as the real lanes
/// do, so a failed call or a benchmark run leaves nothing queued behind.
fn key(what: &str, slot: u8) -> Vec<u8> {
	format!(":mock:{what}:{slot}").into_bytes()
}

/// Each slot's outbound lane: a queue that `take_outbox` empties (delivery and confirmation at
/// once). A halted slot refuses to send, as the real lane does; `open` and `wipe` count their
/// calls (`opened`, `wiped`).
pub struct Lanes;
impl crate::PeerLanes for Lanes {
	const SLOTS: u8 = SLOTS;
	type Init = u32;
	fn queued(slot: u8) -> u64 {
		outbox(slot).len() as u64
	}
	fn send(slot: u8, payload: Vec<u8>) -> Result<u64, sp_runtime::DispatchError> {
		if halted(slot) || unhashed::exists(&key("refuse", slot)) {
			return Err(sp_runtime::DispatchError::Other("lane halted"));
		}
		let nonce = unhashed::get_or(&key("next_nonce", slot), 1u64);
		unhashed::put(&key("next_nonce", slot), &(nonce + 1));
		let mut queue = outbox(slot);
		queue.push((nonce, payload));
		unhashed::put(&key("outbox", slot), &queue);
		Ok(nonce)
	}
	fn open(slot: u8, init: u32) -> sp_runtime::DispatchResult {
		frame_support::ensure!(init != 0, sp_runtime::DispatchError::Other("bad init"));
		unhashed::put(&key("opened", slot), &init);
		unhashed::kill(&key("halted", slot));
		Ok(())
	}
	fn halt(slot: u8) {
		unhashed::put(&key("halted", slot), &true);
	}
	fn wipe(slot: u8, _limit: u32) -> bool {
		unhashed::put(&key("wiped", slot), &(wiped(slot) + 1));
		unhashed::kill(&key("next_nonce", slot));
		unhashed::kill(&key("outbox", slot));
		true
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_init(_slot: u8) -> u32 {
		1
	}
}

fn outbox(slot: u8) -> Vec<(u64, Vec<u8>)> {
	unhashed::get(&key("outbox", slot)).unwrap_or_default()
}

/// Whether the slot was halted (and not opened since).
pub fn halted(slot: u8) -> bool {
	unhashed::exists(&key("halted", slot))
}

/// The init the slot was last opened with.
pub fn opened(slot: u8) -> Option<u32> {
	unhashed::get(&key("opened", slot))
}

/// How often the slot was wiped.
pub fn wiped(slot: u8) -> u32 {
	unhashed::get_or(&key("wiped", slot), 0)
}

/// Make the slot's lane refuse every message (`true`), as a halted messages pallet does, or
/// accept them again.
pub fn refuse(slot: u8, on: bool) {
	match on {
		true => unhashed::put(&key("refuse", slot), &true),
		false => unhashed::kill(&key("refuse", slot)),
	}
}

/// Everything the chain whose externalities run has queued on slot 0 so far, emptying it.
pub fn take_outbox() -> Vec<(u64, Vec<u8>)> {
	take_slot(0)
}

/// Everything queued on `slot` so far, emptying it.
pub fn take_slot(slot: u8) -> Vec<(u64, Vec<u8>)> {
	unhashed::take(&key("outbox", slot)).unwrap_or_default()
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}

/// Genesis hashes of the test chains.
pub const CHAIN_A: [u8; 32] = [0xAA; 32];
pub const CHAIN_B: [u8; 32] = [0xBB; 32];
pub const CHAIN_C: [u8; 32] = [0xCC; 32];

/// One chain: accounts 1..=30 hold 1_000; it knows itself as `this` and `peer` as its peer in
/// slot 0; block 1 at time 1_000_000 ms.
pub fn new_chain(this: [u8; 32], peer: [u8; 32]) -> sp_io::TestExternalities {
	let mut ext =
		medchain_mock_support::genesis::<Test>((1..=30).map(|a| (account(a), 1_000)).collect());
	ext.execute_with(|| {
		System::initialize(&1, &sp_core::H256::from(this), &Default::default());
		Bridge::on_initialize(1);
		Timestamp::set_timestamp(1_000_000);
		let peer = sp_core::H256::from(peer);
		crate::Peers::<Test>::insert(peer, crate::PeerInfo::new(0));
		crate::Slots::<Test>::insert(0, peer);
	});
	ext
}

/// Move to the next block (6 s later), running the bridge's `on_initialize` and, with the
/// whole block's weight left, its `on_idle`.
pub fn next_block() {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	Timestamp::set_timestamp(pallet_timestamp::Now::<Test>::get() + BLOCK_MS);
	Bridge::on_initialize(n);
	Bridge::on_idle(n, frame_support::weights::Weight::MAX);
}

pub fn check_invariants() {
	Identity::do_try_state().expect("identity invariants hold");
	Consent::do_try_state().expect("consent invariants hold");
	Bridge::do_try_state().expect("bridge invariants hold");
}
