//! Cross-chain benchmark on two bridged chains with a `medchain-relay` process, printed as
//! tables:
//!
//! 1. **Consent latency**: for each of 20 grants, from the moment chain A finalizes the block
//!    with the patient's `export_consent` to the moment `consent_checkAccess` on chain B's best
//!    block says `leased` for it (both polled every 50 ms); p50 and p95, in seconds and in block
//!    times (6 s). Target: at most 3 block times.
//! 2. **Lane throughput**: 512 messages queued on A at once (record references in `batch_all`s
//!    of 128); messages per second from the first message dispatched on B until the last, with
//!    the relayer delivering and confirming as it does in production.
//!
//! Run with `make perf`.

use std::time::{Duration, Instant};

use medchain_e2e::{
	bridge::*,
	extrinsics::{call, list},
	jsonrpsee::rpc_params,
	subxt::dynamic::Value,
	subxt_signer::sr25519::dev,
};
use pallet_consent::{AccessDecision, Category};
use sp_core::H256;

/// Grants measured.
const GRANTS: usize = 20;
/// How often both chains are polled while timing.
const POLL: Duration = Duration::from_millis(50);
/// A block time: the unit of the latency target.
const BLOCK: Duration = Duration::from_secs(6);
const TARGET_BLOCKS: f64 = 3.0;
/// Messages queued for the throughput run, and per `batch_all`.
const MESSAGES: u64 = 512;
const PER_BATCH: u64 = 128;
/// Give up on a single measurement after this long.
const GIVE_UP: Duration = Duration::from_secs(180);

fn percentile(sorted: &[Duration], p: usize) -> Duration {
	sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
	let pair = start_pair().await.expect("two bridged chains");
	let (a, b) = (Chain::new(pair.a).await, Chain::new(pair.b).await);
	setup(&a, &b).await;
	let relayer = Relayer::start(&a.node.ws_url(), &b.node.ws_url()).expect("relayer");
	let dave = id(&dev::dave());

	// 1. Latency from A's finality to B's access check.
	let mut latencies = Vec::new();
	for i in 0..GRANTS {
		let included = a.submit(&export(CLINIC, &["Laboratory"]), &dev::dave()).await;
		let number = a.rpc.block_number(included.block_hash).await.expect("block number");
		let start = Instant::now();
		let mut finalized_at = None;
		let seen_at = loop {
			if finalized_at.is_none()
				&& a.rpc.finalized_number().await.expect("finalized") >= number
			{
				finalized_at = Some(Instant::now());
			}
			let d = b.check(&dave, CLINIC, Category::Laboratory).await;
			if matches!(d, AccessDecision::Leased { lease, .. } if lease == i as u64) {
				break Instant::now();
			}
			assert!(
				start.elapsed() < GIVE_UP,
				"grant {i} never reached B: {d:?}\n{}",
				relayer.log_tail()
			);
			tokio::time::sleep(POLL).await;
		};
		let finalized_at = finalized_at.expect("B cannot learn of a block A has not finalized");
		latencies.push(seen_at.saturating_duration_since(finalized_at));
		// Withdraw it again (untimed) so the patient stays within the export bound.
		let revoke = call(
			"MedchainBridge",
			"revoke_export",
			vec![medchain_e2e::extrinsics::none(), medchain_e2e::extrinsics::n(i as u128)],
		);
		a.submit(&revoke, &dev::dave()).await;
	}
	latencies.sort();
	let (p50, p95) = (percentile(&latencies, 50), percentile(&latencies, 95));
	let blocks = |d: Duration| d.as_secs_f64() / BLOCK.as_secs_f64();
	println!("\n## Consent latency: A finalizes the grant → B's check_access says yes ({GRANTS} grants)\n");
	println!("| | seconds | block times (6 s) | target |");
	println!("|---|---:|---:|---:|");
	println!("| p50 | {:.2} | {:.2} | ≤ {TARGET_BLOCKS} |", p50.as_secs_f64(), blocks(p50));
	println!("| p95 | {:.2} | {:.2} | ≤ {TARGET_BLOCKS} |", p95.as_secs_f64(), blocks(p95));
	println!(
		"| max | {:.2} | {:.2} | |",
		latencies[latencies.len() - 1].as_secs_f64(),
		blocks(latencies[latencies.len() - 1])
	);

	// 2. Throughput of one lane.
	let record = H256::repeat_byte(0x99);
	a.submit(&anchor(record, H256::repeat_byte(0x98)), &dev::bob()).await;
	let before = delivered(&b).await;
	let batch = || {
		let shares: Vec<Value> = (0..PER_BATCH)
			.map(|_| {
				medchain_e2e::extrinsics::call_value(
					"MedchainBridge",
					"share_record",
					vec![bytes32(record)],
				)
			})
			.collect();
		call("Utility", "batch_all", vec![list(shares)])
	};
	for _ in 0..MESSAGES / PER_BATCH {
		a.submit(&batch(), &dev::bob()).await;
	}
	let queued_at = Instant::now();
	let target = before + MESSAGES;
	let mut first: Option<(Instant, u64)> = None;
	let last = loop {
		let now = delivered(&b).await;
		if first.is_none() && now > before {
			first = Some((Instant::now(), now));
		}
		if now >= target {
			break Instant::now();
		}
		assert!(
			queued_at.elapsed() < GIVE_UP * 2,
			"only {} of {MESSAGES} delivered\n{}",
			now - before,
			relayer.log_tail()
		);
		tokio::time::sleep(POLL).await;
	};
	let (first_at, first_count) = first.expect("something was delivered");
	let span = last.saturating_duration_since(first_at).max(Duration::from_millis(1));
	let rate = (target - first_count) as f64 / span.as_secs_f64();
	let overall = MESSAGES as f64 / last.saturating_duration_since(queued_at).as_secs_f64();
	println!("\n## Lane throughput: {MESSAGES} messages queued on A at once\n");
	println!("| measure | messages/s |");
	println!("|---|---:|");
	println!("| sustained (first to last delivery on B) | {rate:.1} |");
	println!("| end to end (queued on A to all dispatched on B) | {overall:.1} |");
	drop(relayer);
}

/// Messages B has received on its inbound lane so far (read over B's open RPC connection).
async fn delivered(b: &Chain) -> u64 {
	use codec::Decode;
	let key = bp_messages::storage_keys::inbound_lane_data_key(
		medchain_relay::BRIDGE_MESSAGES_PALLET_NAME,
		&medchain_relay::LANE,
	);
	let value: Option<sp_core::Bytes> = b
		.rpc
		.call("state_getStorage", rpc_params![medchain_e2e::to_hex(&key.0)])
		.await
		.expect("B's inbound lane");
	let Some(bytes) = value else { return 0 };
	bp_messages::InboundLaneData::<sp_core::crypto::AccountId32>::decode(&mut &bytes[..])
		.expect("inbound lane data")
		.last_delivered_nonce()
}
