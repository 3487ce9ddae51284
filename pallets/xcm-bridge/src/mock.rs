//! A test runtime with balances, timestamp, identity, consent, anchors and the bridge, each
//! configured from its pallet's `config_preludes::TestDefaultConfig`. Two externalities stand
//! for two chains; an outbox in each chain's storage stands for the message lane.

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
	type Sender = Lane;
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
	let mut ext =
		medchain_mock_support::genesis::<Test>((1..=30).map(|a| (account(a), 1_000)).collect());
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
