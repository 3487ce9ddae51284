//! The chain the runtime targets run on: the runtime's genesis (as `runtime/tests` build it)
//! with the health lane open, the peer chain named, and the organizations and patients of
//! `runtime/tests/random_calls.rs`'s `populate`. Built once per thread and committed; each input
//! runs on top of it and its changes are discarded afterwards, so inputs are independent and
//! the setup is not paid per execution.

use std::cell::RefCell;

use frame_support::{assert_ok, traits::Hooks, weights::Weight};
use medchain_runtime::{
	configs::bridge::HEALTH_LANE, AccountId, BuildStorage, Consent, MedchainBridge,
	PatientIdentity, Runtime, RuntimeGenesisConfig, RuntimeOrigin, System, MILLI_SECS_PER_BLOCK,
	UNIT,
};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles};
use sp_core::H256;

/// The bridged peer chain's genesis hash (what `MedchainBridge::set_peer` names).
pub const PEER: [u8; 32] = [0xBB; 32];
/// This chain's genesis hash (the parent hash of block 1).
pub const THIS: [u8; 32] = [0xAA; 32];
/// Wall-clock time at block 1 (UNIX ms).
pub const START_MS: u64 = 1_700_000_000_000;
/// Funded accounts: `who(0..FUNDED)`.
pub const FUNDED: u8 = 24;
/// Every account the targets use: `who(0..ACCOUNTS)`; those from `FUNDED` on hold nothing.
pub const ACCOUNTS: u8 = 32;
/// Organizations registered at setup: 0..ORGANIZATIONS, admins `who(12 + id)`, every role.
pub const ORGANIZATIONS: u32 = 5;

pub fn who(i: u8) -> AccountId {
	AccountId::new([i; 32])
}

fn build() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.balances.balances = (0..FUNDED).map(|i| (who(i), 1_000 * UNIT)).collect();
	genesis.bridge_messages.opened_lanes = vec![HEALTH_LANE];
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| {
		System::initialize(&1, &H256::from(THIS), &Default::default());
		MedchainBridge::on_initialize(1);
		pallet_timestamp::Now::<Runtime>::put(START_MS);
		assert_ok!(MedchainBridge::set_peer(RuntimeOrigin::root(), H256::from(PEER)));
		populate();
		System::reset_events();
		if let Err(e) = crate::invariants::check() {
			panic!("the fuzzers' starting state breaks an invariant: {e}");
		}
	});
	ext.commit_all().expect("the setup commits");
	ext
}

/// Organizations 0..=4 (admins 12..=16, every role); patients 0..=7 (accounts 0..=5 and the
/// unfunded 24 and 25, those from 3 on sponsored by organization 0), each linked to
/// organizations 0..=2 so that those may anchor their records.
fn populate() {
	let signed = |i: u8| RuntimeOrigin::signed(who(i));
	for admin in 12..12 + ORGANIZATIONS as u8 {
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(admin),
			OrganizationKind::Hospital,
			OrganizationRoles::ALL
		));
	}
	for patient in (3..=5u8).chain([FUNDED, FUNDED + 1]) {
		assert_ok!(PatientIdentity::onboard_patient(signed(12), who(patient)));
	}
	for patient in (0..=5u8).chain([FUNDED, FUNDED + 1]) {
		assert_ok!(PatientIdentity::register_patient(signed(patient), H256::repeat_byte(patient)));
		for organization in 0..=2 {
			assert_ok!(PatientIdentity::approve_link(signed(patient), None, organization));
		}
	}
}

thread_local! {
	static CHAIN: RefCell<Option<sp_io::TestExternalities>> = const { RefCell::new(None) };
}

/// Run `f` on a fresh copy of the populated chain (at block 1, time [`START_MS`]).
pub fn run<R>(f: impl FnOnce() -> R) -> R {
	CHAIN.with(|cell| {
		let mut slot = cell.borrow_mut();
		let ext = slot.get_or_insert_with(build);
		// Also after a panic in the previous run, whose changes were never discarded.
		ext.reset_overlay();
		let result = ext.execute_with(f);
		ext.reset_overlay();
		result
	})
}

/// The chain's clock (UNIX ms).
pub fn now_ms() -> u64 {
	pallet_timestamp::Now::<Runtime>::get()
}

/// End the current block (the consent pallet's `on_idle` sweep), check every invariant, and
/// start the next one, `skew_ms` later than the block time (a stalled chain), with the bridge
/// pallet's `on_initialize` (lease renewals). Timestamp's own hooks are not run: its
/// `on_finalize` wants the inherent, and `Now` is set directly (as `runtime/tests/bridge.rs`
/// does).
pub fn next_block(skew_ms: u64) -> Result<(), String> {
	let now = System::block_number();
	Consent::on_idle(now, Weight::from_parts(u64::MAX / 2, u64::MAX / 2));
	crate::invariants::check().map_err(|e| format!("after block {now}: {e}"))?;
	let next = now + 1;
	System::set_block_number(next);
	System::reset_events();
	pallet_timestamp::Now::<Runtime>::mutate(|t| {
		*t = t.saturating_add(MILLI_SECS_PER_BLOCK).saturating_add(skew_ms)
	});
	MedchainBridge::on_initialize(next);
	Ok(())
}
