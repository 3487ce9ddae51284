//! Finality lag during validator-set changes on the four-validator `consortium-local` network,
//! printed as a table.
//!
//! A fifth node (Eve's) is authorised and registers session keys; then the council adds Eve
//! as a validator and removes her again, `CHANGES` times in all, each by a real motion (propose,
//! three ayes, close). Alice's node is sampled every `SAMPLE` for its best and finalized block
//! numbers; the lag is best − finalized, in blocks. Samples from a motion's close until
//! `WINDOW_BLOCKS` blocks after the new GRANDPA set is active count as "during a change"; a
//! minute of samples before the first change is the baseline in the same run. Target: p95 of
//! the lag during changes at most 3 blocks.
//!
//! Then what the chain charges for the council's own extrinsics (propose, vote, close) beside
//! a balance transfer, from `payment_queryInfo`: the fee the runtime charges for the weights it
//! declares, all of them measured by the FRAME benchmarks on medchain's machine (`make bench`).
//!
//! Run with `make perf`.

use std::{
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc, Mutex,
	},
	time::Duration,
};

use medchain_e2e::{
	extrinsics::{self, address, call, n},
	governance::*,
	subxt_signer::sr25519::{dev, Keypair},
	wait_until, Node, NodeConfig,
};

/// Validator-set changes measured: add and remove Eve, twice each.
const CHANGES: usize = 4;
/// How often Alice's node is sampled.
const SAMPLE: Duration = Duration::from_millis(500);
/// Baseline sampling before the first change.
const BASELINE: Duration = Duration::from_secs(60);
/// Blocks after a change is active that still count as "during the change".
const WINDOW_BLOCKS: u32 = 10;
/// Target: p95 of the lag during changes, in blocks.
const TARGET_P95: u32 = 3;

fn id(k: &Keypair) -> medchain_e2e::subxt::utils::AccountId32 {
	k.public_key().to_account_id()
}

fn percentile(sorted: &[u32], p: usize) -> u32 {
	sorted.get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1))).copied().unwrap_or(0)
}

fn row(name: &str, samples: &mut [u32]) {
	samples.sort_unstable();
	println!(
		"| {name:<28} | {:>7} | {:>3} | {:>3} | {:>3} |",
		samples.len(),
		percentile(samples, 50),
		percentile(samples, 95),
		samples.last().copied().unwrap_or(0)
	);
}

#[tokio::main]
async fn main() {
	let nodes = start_consortium_local().await.expect("four validators");
	let client = nodes[0].client().await.expect("client");
	let rpc = nodes[0].rpc().await.expect("rpc");
	let (alice, bob, charlie, eve) = (dev::alice(), dev::bob(), dev::charlie(), dev::eve());
	let council = [&alice, &bob, &charlie];

	// Eve's node: authorised by the council, synced, with session keys registered.
	let mut cfg = NodeConfig::validator(CONSORTIUM_LOCAL, "eve", 4);
	cfg.bootnodes.push(nodes[0].multiaddr().await.expect("bootnode"));
	let eve_node = Node::start(cfg).await.expect("Eve's node");
	let eve_rpc = eve_node.rpc().await.expect("rpc");
	let peer = peer_id_bytes(&eve_rpc).await.expect("peer id");
	let motion = authorize_node(&peer, &id(&eve));
	let passed = pass_motion(&client, &rpc, motion, &alice, &council, CONSORTIUM_LOCAL_THRESHOLD)
		.await
		.expect("motion");
	passed.expect("node authorised");
	eve_node.wait_for_best(nodes[0].best_number().await.expect("best")).await.expect("sync");
	let keys = rotate_keys(&eve_rpc, &id(&eve)).await.expect("keys");
	set_keys(&nodes[0].ws_url(), &keys, &eve).await.expect("set_keys");

	// Sample the lag in the background; `during` marks change windows.
	let samples: Arc<Mutex<(Vec<u32>, Vec<u32>)>> = Arc::default();
	let during = Arc::new(AtomicBool::new(false));
	let stop = Arc::new(AtomicBool::new(false));
	let sampler = {
		let (samples, during, stop) = (samples.clone(), during.clone(), stop.clone());
		let rpc = nodes[0].rpc().await.expect("rpc");
		tokio::spawn(async move {
			while !stop.load(Ordering::Relaxed) {
				if let (Ok(best), Ok(finalized)) =
					(rpc.best_number().await, rpc.finalized_number().await)
				{
					let lag = best.saturating_sub(finalized);
					let mut s = samples.lock().expect("not poisoned");
					if during.load(Ordering::Relaxed) {
						s.1.push(lag)
					} else {
						s.0.push(lag)
					}
				}
				tokio::time::sleep(SAMPLE).await;
			}
		})
	};
	tokio::time::sleep(BASELINE).await;

	let eve_id = id(&eve);
	for change in 0..CHANGES {
		let adding = change % 2 == 0;
		let call = if adding { add_validator(&eve_id) } else { remove_validator(&eve_id) };
		let expected = if adding { 5 } else { 4 };
		during.store(true, Ordering::Relaxed);
		let passed = pass_motion(&client, &rpc, call, &alice, &council, CONSORTIUM_LOCAL_THRESHOLD)
			.await
			.expect("motion");
		passed.expect("validator change");
		let active = wait_until("the new GRANDPA set", || async {
			let set = grandpa_authorities(&rpc).await?;
			if set.len() == expected {
				Ok(Some(rpc.best_number().await?))
			} else {
				Ok(None)
			}
		})
		.await
		.expect("set change");
		nodes[0].wait_for_finalized(active + WINDOW_BLOCKS).await.expect("finality goes on");
		during.store(false, Ordering::Relaxed);
		eprintln!("change {}: {} validators from block {active}", change + 1, expected);
	}
	stop.store(true, Ordering::Relaxed);
	sampler.await.expect("sampler");

	let (mut steady, mut changing) = samples.lock().expect("not poisoned").clone();
	println!(
		"\nFinality lag (best − finalized, blocks) on 4–5 validators, sampled every {SAMPLE:?}"
	);
	println!("| phase                        | samples | p50 | p95 | max |");
	println!("|------------------------------|---------|-----|-----|-----|");
	row("steady (baseline)", &mut steady);
	row(&format!("during {CHANGES} set changes"), &mut changing);
	let p95 = percentile(&changing, 95);
	println!(
		"\nTarget: p95 during changes ≤ {TARGET_P95} blocks: {}",
		if p95 <= TARGET_P95 { "met" } else { "NOT met" }
	);

	// What a motion costs beside a transfer: the fee charged before dispatch, the most the
	// weights allow (the collective refunds what a call did not use), with the proposal
	// bounded as a wallet bounds it: length MOTION_LENGTH_BOUND, weight the proposal's own.
	let hash = medchain_e2e::subxt::utils::H256([7; 32]);
	let motion = extrinsics::propose(CONSORTIUM_LOCAL_THRESHOLD, add_validator(&eve_id));
	let proposal = call("Consortium", "add_validator", vec![extrinsics::account(&eve_id)]);
	let (bound_time, bound_proof, _) =
		extrinsics::charged(&client, &rpc, &proposal, &alice).await.expect("the proposal's weight");
	let close = extrinsics::close_with_bound(hash, 0, bound_time, bound_proof);
	let costs = [
		(
			"Balances.transfer_keep_alive (baseline)",
			extrinsics::charged(
				&client,
				&rpc,
				&call("Balances", "transfer_keep_alive", vec![address(&eve_id), n(1_000_000)]),
				&alice,
			)
			.await,
		),
		(
			"Council.propose (add_validator)",
			extrinsics::charged(&client, &rpc, &motion, &alice).await,
		),
		(
			"Council.vote",
			extrinsics::charged(&client, &rpc, &extrinsics::vote(hash, 0, true), &bob).await,
		),
		("Council.close (add_validator)", extrinsics::charged(&client, &rpc, &close, &alice).await),
	];
	let (_, _, base_fee) = costs[0].1.clone().expect("transfer cost");
	println!("\nCost of council extrinsics beside a transfer (payment_queryInfo: the runtime's declared weights and fees)");
	println!("| extrinsic                               | ref time ps | proof B |     fee planck | × transfer fee |");
	println!("|-----------------------------------------|------------:|--------:|---------------:|---------------:|");
	for (name, cost) in costs {
		let (time, proof, fee) = cost.expect("query info");
		println!(
			"| {name:<39} | {time:>11} | {proof:>7} | {fee:>14} | {:>14.2} |",
			fee as f64 / base_fee as f64
		);
	}
}
