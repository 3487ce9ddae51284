//! Lease renewal at regional scale: with N live exports from this chain to one peer, what keeps
//! every lease alive there for one lease period — messages on the lane, the hook weight that
//! sends them, and the dispatch weight the peer spends on them — measured with the real runtime
//! by running one lease period of blocks (300 blocks of 6 s) over N exports in state.
//!
//! `make test` runs N = 1,000; `make perf` runs N = 1,000 and N = 1,000,000 and prints the
//! table. The target: the same row for both — two heartbeat messages per peer and period,
//! whatever the number of exports. (Spec 114 renewed each export by an entry in a renewal
//! message: 2N/64 messages a period, and at most 38,400 live exports per chain.)
//!
//! The exports are seeded by direct writes (a patient per 16 exports, the largest scope's size
//! aside); the hooks read exactly what they read on a live chain: the peer entry, the lane.

use frame_support::{traits::Hooks, weights::Weight, BoundedVec};
use medchain_runtime::{
	configs::{bridge::HEALTH_LANE, LEASE_PERIOD_MS},
	AccountId, BuildStorage, MedchainBridge, Runtime, RuntimeGenesisConfig, RuntimeOrigin, System,
};
use pallet_consent::{CategorySet, PurposeSet};
use pallet_medchain_bridge::{Export, LeaseScope, RemoteOrg, WeightInfo as _};
use sp_core::H256;

const THIS: [u8; 32] = [0xAA; 32];
const PEER: [u8; 32] = [0xBB; 32];
const BLOCK_MS: u64 = 6_000;
const START_MS: u64 = 1_700_000_000_000;
/// Exports per seeded patient: `MAX_EXPORTS_PER_PATIENT`.
const EXPORTS_PER_PATIENT: u64 = 16;

/// What one lease period cost with `exports` live exports.
struct Row {
	exports: u64,
	/// Messages the chain queued to the peer during the period.
	messages: u64,
	/// `on_initialize` weight summed over the period.
	hook: Weight,
	/// What the peer spends dispatching them: `messages × MessageDispatchWeight`.
	dispatch: Weight,
	/// The most `on_idle` (the export sweep) took in one block of the period.
	idle_max: Weight,
	seconds: f64,
}

fn ext() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.bridge_messages.opened_lanes = vec![HEALTH_LANE];
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| {
		System::initialize(&1, &H256::from(THIS), &Default::default());
		MedchainBridge::on_initialize(1);
		pallet_timestamp::Now::<Runtime>::put(START_MS);
		MedchainBridge::set_peer(RuntimeOrigin::root(), H256::from(PEER)).expect("slot 0 is free");
	});
	ext
}

/// `n` live exports to the peer, the last one sent just now (so heartbeats are due every half
/// period from here on).
fn seed(n: u64) {
	let scope = LeaseScope {
		categories: CategorySet::LABORATORY,
		purposes: PurposeSet::TREATMENT,
		custodians: BoundedVec::new(),
		expires_at: None,
	};
	let to = RemoteOrg { chain: H256::from(PEER), organization: 0 };
	let valid_until = START_MS + LEASE_PERIOD_MS;
	for patient in 0..n.div_ceil(EXPORTS_PER_PATIENT) {
		let mut key = [0u8; 32];
		key[..8].copy_from_slice(&patient.to_le_bytes());
		let account = AccountId::new(key);
		let first = patient * EXPORTS_PER_PATIENT;
		let ids: Vec<u64> = (first..(first + EXPORTS_PER_PATIENT).min(n)).collect();
		for id in &ids {
			pallet_medchain_bridge::Exports::<Runtime>::insert(
				id,
				Export {
					patient,
					account: account.clone(),
					to,
					scope: scope.clone(),
					valid_until,
					deposit: 0,
					lease_nonce: 1,
				},
			);
		}
		pallet_medchain_bridge::ExportsOf::<Runtime>::insert(
			patient,
			BoundedVec::truncate_from(ids),
		);
	}
	pallet_medchain_bridge::NextExportId::<Runtime>::put(n);
	pallet_medchain_bridge::Peers::<Runtime>::mutate_extant(H256::from(PEER), |p| {
		p.exports = n as u32;
		p.sent_until = valid_until;
	});
}

fn queued() -> u64 {
	pallet_bridge_messages::OutboundLanes::<Runtime>::get(HEALTH_LANE)
		.map_or(0, |l| l.latest_generated_nonce)
}

/// Run one lease period of blocks over `exports` seeded exports.
fn period(exports: u64) -> Row {
	let mut ext = ext();
	ext.execute_with(|| {
		seed(exports);
		let started = std::time::Instant::now();
		let before = queued();
		let (mut hook, mut idle_max) = (Weight::zero(), Weight::zero());
		let idle_budget = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		let blocks = (LEASE_PERIOD_MS / BLOCK_MS) as u32;
		for n in 2..2 + blocks {
			System::set_block_number(n);
			pallet_timestamp::Now::<Runtime>::mutate(|t| *t += BLOCK_MS);
			hook = hook.saturating_add(MedchainBridge::on_initialize(n));
			idle_max = idle_max.max(MedchainBridge::on_idle(n, idle_budget));
		}
		let messages = queued() - before;
		// Every export is still alive here: nothing ended, nothing was dropped.
		assert_eq!(
			pallet_medchain_bridge::Peers::<Runtime>::get(H256::from(PEER)).map(|p| p.exports),
			Some(exports as u32)
		);
		Row {
			exports,
			messages,
			hook,
			dispatch: MedchainBridge::message_dispatch_weight().saturating_mul(messages),
			idle_max,
			seconds: started.elapsed().as_secs_f64(),
		}
	})
}

fn ms(w: Weight) -> f64 {
	w.ref_time() as f64 / 1e9
}

fn print(rows: &[Row]) {
	println!(
		"\nLease renewal for one lease period ({} min, {} blocks), one peer:",
		LEASE_PERIOD_MS / 60_000,
		LEASE_PERIOD_MS / BLOCK_MS
	);
	println!(
		"{:>12} | {:>8} | {:>18} | {:>19} | {:>17} | {:>7}",
		"live exports",
		"messages",
		"hook weight (ms)",
		"peer dispatch (ms)",
		"idle sweep max/blk",
		"run (s)"
	);
	for r in rows {
		println!(
			"{:>12} | {:>8} | {:>18.3} | {:>19.3} | {:>17.3} | {:>7.1}",
			r.exports,
			r.messages,
			ms(r.hook),
			ms(r.dispatch),
			ms(r.idle_max),
			r.seconds
		);
	}
	let first = &rows[0];
	for r in &rows[1..] {
		println!(
			"ratio {} / {} exports: messages {:.2}x, hook weight {:.2}x (spec 114: {} renewal \
			 messages for {} exports, above its 38,400 cap)",
			r.exports,
			first.exports,
			r.messages as f64 / first.messages as f64,
			ms(r.hook) / ms(first.hook),
			2 * r.exports.div_ceil(64),
			r.exports
		);
	}
}

/// The cost of a period does not depend on the number of exports: two heartbeats, the same
/// hook weight, and an idle sweep bounded per block.
fn check(rows: &[Row]) {
	for r in rows {
		assert_eq!(r.messages, 2, "two heartbeats per period for {} exports", r.exports);
		assert_eq!(r.hook, rows[0].hook, "hook weight for {} exports", r.exports);
		assert!(r.idle_max.all_lte(
			<Runtime as pallet_medchain_bridge::Config>::WeightInfo::sweep_export()
				.saturating_mul(256)
				.saturating_add(Weight::from_parts(1_000_000_000, 0))
		));
	}
}

#[test]
fn a_lease_period_costs_two_heartbeats_with_a_thousand_exports() {
	let rows = [period(1_000)];
	print(&rows);
	check(&rows);
}

/// `make perf`: a million live exports beside a thousand (about a minute of seeding, ~1 GB).
#[test]
#[ignore]
fn a_lease_period_costs_the_same_with_a_million_exports() {
	let rows = [period(1_000), period(1_000_000)];
	print(&rows);
	check(&rows);
}
