//! Record anchoring benchmark, printed as tables:
//!
//! 1. **Throughput of batch anchoring** on a `--dev` node: 16 batches of 65,536 records (the
//!    runtime's `MAX_BATCH_RECORDS`), 1,048,576 records in all, signed with consecutive nonces
//!    and submitted at once; records per second from the first submission until the last batch
//!    is in a best block, and also counting the client's Merkle tree building.
//! 2. **Bytes of state per anchored record**, read back from the node (`state_getKeysPaged` and
//!    `state_getStorage` over the pallet's storage): keys plus values, for an individually
//!    anchored record and per record of a batch.
//! 3. **Verify latency over JSON-RPC with 1,000,000 records in state**: `records_verify` on a
//!    chain whose genesis holds 1,000,000 individually anchored records (written as the storage
//!    entries `anchor` creates), and `records_verifyInBatch` on the chain of (1), which holds
//!    1,048,576 batch-anchored records; beside baselines measured in the same run: a chain with
//!    one record, and `system_health` (no runtime call).
//!
//! Run with `make perf`. Targets: at least 10,000 records/s, verify p99 under 5 ms, at most 200
//! bytes of state per anchored record.

use std::time::{Duration, Instant};

use codec::Encode;
use medchain_e2e::{
	extrinsics::{self, call, code, list, n, none},
	jsonrpsee::rpc_params,
	latency::{measure, ms, Stats, SAMPLES, WARMUP},
	node_binary,
	subxt::dynamic::Value,
	subxt_signer::sr25519::dev,
	Client, MedchainConfig, Node, NodeConfig, Rpc,
};
use medchain_records::BatchTree;
use medchain_rpc::RecordsApiClient;
use pallet_ehr_anchor::{Format, Record, Verdict};
use serde_json::Value as Json;
use sp_core::H256;
use sp_crypto_hashing::{blake2_128, blake2_256, twox_128};

/// The runtime's `MAX_BATCH_RECORDS`.
const BATCH: u32 = 1 << 16;
/// Batches submitted at once: 1,048,576 records.
const BATCHES: u32 = 16;
/// Individually anchored records in the verify benchmark's genesis.
const RECORDS_IN_STATE: u32 = 1_000_000;
const TARGET_RECORDS_PER_S: f64 = 10_000.0;
const TARGET_P99: Duration = Duration::from_millis(5);
const TARGET_BYTES: f64 = 200.0;
/// A stored `Anchor` index entry: a variant byte and a 32-byte id.
const INDEX_ENTRY_BYTES: usize = 33;

fn numbered(tag: u8, i: u64) -> H256 {
	H256(blake2_256(&[&[tag][..], &i.to_le_bytes()].concat()))
}

fn hex(bytes: &[u8]) -> String {
	medchain_e2e::to_hex(bytes)
}

fn prefix(item: &str) -> Vec<u8> {
	[twox_128(b"EhrAnchor"), twox_128(item.as_bytes())].concat()
}

/// The storage key of `Records[id]` (Blake2_128Concat).
fn record_key(id: &H256) -> Vec<u8> {
	[prefix("Records"), blake2_128(id.as_bytes()).to_vec(), id.as_bytes().to_vec()].concat()
}

/// Registers Bob's hospital (custodian, organization 0) and Dave as patient 0, who authorises
/// the hospital.
async fn setup(client: &Client, rpc: &Rpc) {
	let bob = extrinsics::account(&dev::bob().public_key().to_account_id());
	let org = extrinsics::call_value(
		"PatientIdentity",
		"register_organization",
		vec![bob, code("Hospital"), list([n(2)])],
	);
	extrinsics::submit(client, rpc, &extrinsics::sudo(org), &dev::alice())
		.await
		.expect("organization");
	let register = call("PatientIdentity", "register_patient", vec![Value::from_bytes([1u8; 32])]);
	extrinsics::submit(client, rpc, &register, &dev::dave()).await.expect("patient");
	let approve = call("PatientIdentity", "approve_link", vec![none(), n(0)]);
	extrinsics::submit(client, rpc, &approve, &dev::dave()).await.expect("link");
}

async fn verify(rpc: &Rpc, record: H256, hash: H256) -> Verdict {
	RecordsApiClient::<H256>::verify(rpc.api(), record, hash, None).await.expect("records_verify")
}

/// Sum of key and value sizes of every storage entry under `prefix`, and how many there are.
async fn state_bytes(rpc: &Rpc, item: &str) -> (usize, usize) {
	let keys: Vec<String> = rpc
		.call("state_getKeysPaged", rpc_params![hex(&prefix(item)), 1000u32])
		.await
		.expect("keys");
	let mut total = 0;
	for key in &keys {
		let value: Option<String> =
			rpc.call("state_getStorage", rpc_params![key]).await.expect("value");
		total += (key.len() - 2) / 2 + value.map_or(0, |v| (v.len() - 2) / 2);
	}
	(total, keys.len())
}

/// The dev chain spec (raw) with `count` records of patient 0 at custodian 0 added to genesis,
/// as the storage entries `EhrAnchor::anchor` writes.
fn spec_with_records(dir: &std::path::Path, count: u32) -> std::path::PathBuf {
	let out = std::process::Command::new(node_binary())
		.args(["build-spec", "--chain", "dev", "--raw"])
		.stderr(std::process::Stdio::null())
		.output()
		.expect("medchain-node build-spec runs");
	assert!(out.status.success(), "build-spec failed");
	let mut spec: Json = serde_json::from_slice(&out.stdout).expect("build-spec prints JSON");
	let top = spec["genesis"]["raw"]["top"].as_object_mut().expect("a raw spec");
	for i in 0..count {
		let id = numbered(b'r', i as u64);
		let record = Record {
			patient: 0,
			custodian: 0,
			category: pallet_consent::Category::Laboratory,
			format: Format::FhirR4(pallet_ehr_anchor::FhirResource::Observation),
			hash: numbered(b'h', i as u64),
			locator: None,
			version: 1,
			retracted: None,
		};
		top.insert(hex(&record_key(&id)), Json::String(hex(&record.encode())));
	}
	let path = dir.join("records-bench-spec.json");
	std::fs::write(&path, serde_json::to_vec(&spec).expect("spec serializes")).expect("written");
	path
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
	// 1. Throughput.
	let node = Node::start(NodeConfig::dev()).await.expect("dev node starts");
	node.wait_for_best(1).await.expect("blocks");
	let client = node.client().await.expect("client");
	let rpc = node.rpc().await.expect("rpc");
	setup(&client, &rpc).await;
	let single = numbered(b's', 0);
	let single_hash = numbered(b'h', u64::MAX);
	let anchor = call(
		"EhrAnchor",
		"anchor",
		vec![
			Value::from_bytes(single.0),
			n(0),
			code("Laboratory"),
			Value::unnamed_variant("FhirR4", [code("Observation")]),
			Value::from_bytes(single_hash.0),
			none(),
		],
	);
	extrinsics::submit(&client, &rpc, &anchor, &dev::bob()).await.expect("one record");

	let started = Instant::now();
	let batches: Vec<(Vec<(H256, H256)>, BatchTree)> = (0..BATCHES)
		.map(|b| {
			let records: Vec<(H256, H256)> = (0..BATCH as u64)
				.map(|i| {
					let k = (b as u64) << 32 | i;
					(numbered(b'b', k), numbered(b'c', k))
				})
				.collect();
			let tree = BatchTree::new(&records);
			(records, tree)
		})
		.collect();
	let roots: Vec<H256> = batches.iter().map(|(_, t)| t.root()).collect();
	let tree_time = started.elapsed();

	let bob = dev::bob();
	let nonce: u64 = rpc
		.call("system_accountNextIndex", rpc_params![bob.public_key().to_account_id().to_string()])
		.await
		.expect("nonce");
	let at = client.at_current_block().await.expect("block");
	let mut signed = Vec::new();
	for (b, root) in roots.iter().enumerate() {
		let payload = call(
			"EhrAnchor",
			"anchor_batch",
			vec![
				Value::from_bytes(numbered(b'B', b as u64).0),
				n(0),
				code("VitalSigns"),
				n(BATCH as u128),
				Value::from_bytes(root.0),
			],
		);
		let params =
			medchain_e2e::subxt::config::PolkadotExtrinsicParamsBuilder::<MedchainConfig>::new()
				.nonce(nonce + b as u64)
				.build();
		signed.push(at.transactions().create_signed(&payload, &bob, params).await.expect("signed"));
	}
	let submitted = Instant::now();
	let mut watches = Vec::new();
	for tx in &signed {
		watches.push(tx.submit_and_watch().await.expect("submitted"));
	}
	for mut watch in watches {
		use medchain_e2e::subxt::transactions::TransactionStatus as S;
		loop {
			match watch.next().await.expect("status").expect("status") {
				S::InBestBlock(b) | S::InFinalizedBlock(b) => {
					let events = b.wait_for_success().await.expect("batch anchored");
					assert!(events
						.iter()
						.any(|e| e.is_ok_and(|e| e.event_name() == "BatchAnchored")));
					break;
				},
				S::Error { message } | S::Invalid { message } | S::Dropped { message } => {
					panic!("batch refused: {message}")
				},
				_ => continue,
			}
		}
	}
	let chain_time = submitted.elapsed();
	let total_records = (BATCH * BATCHES) as f64;
	let chain_rate = total_records / chain_time.as_secs_f64();
	let end_to_end_rate = total_records / (tree_time + chain_time).as_secs_f64();

	// 2. Bytes of state.
	let (record_bytes, records) = state_bytes(&rpc, "Records").await;
	let (batch_bytes, batch_count) = state_bytes(&rpc, "Batches").await;
	assert_eq!((records, batch_count), (1, BATCHES as usize));
	let per_record = (record_bytes + INDEX_ENTRY_BYTES) as f64;
	let per_batch_record =
		(batch_bytes as f64 / BATCHES as f64 + INDEX_ENTRY_BYTES as f64) / BATCH as f64;

	// 3a. Latency on the chain of (1): one individual record, 1,048,576 batch-anchored ones.
	let assert_current = |v: &Verdict| assert!(matches!(v, Verdict::Current { .. }), "{v:?}");
	let one = measure(|_| {
		let rpc = &rpc;
		async move { assert_current(&verify(rpc, single, single_hash).await) }
	})
	.await;
	let proofs: Vec<_> = (0..64u32)
		.map(|i| {
			let b = (i % BATCHES) as usize;
			let leaf = (i * 7919) % BATCH;
			(b, batches[b].0[leaf as usize], batches[b].1.proof(leaf).expect("in range"))
		})
		.collect();
	drop(batches);
	let in_batch = measure(|i| {
		let rpc = &rpc;
		let (b, (record, hash), proof) = &proofs[i % proofs.len()];
		async move {
			let v = RecordsApiClient::<H256>::verify_in_batch(
				rpc.api(),
				numbered(b'B', *b as u64),
				*record,
				*hash,
				proof.leaf_index,
				proof.proof.clone(),
				None,
			)
			.await
			.expect("verifyInBatch");
			assert_current(&v);
		}
	})
	.await;
	let health_rpc = measure(|_| {
		let rpc = &rpc;
		async move {
			let _: Json = rpc.call("system_health", rpc_params![]).await.expect("health");
		}
	})
	.await;
	drop(node);

	// 3b. Latency with 1,000,000 individually anchored records in state.
	let dir = tempfile::tempdir().expect("temp dir");
	let t = Instant::now();
	let spec = spec_with_records(dir.path(), RECORDS_IN_STATE);
	eprintln!("genesis with {RECORDS_IN_STATE} records written in {:.1?}", t.elapsed());
	let t = Instant::now();
	let mut config = NodeConfig::dev();
	config.name = "populated".into();
	config.chain = spec.display().to_string();
	let populated = Node::start(config).await.expect("populated node starts");
	populated.wait_for_best(1).await.expect("blocks");
	eprintln!("populated node up in {:.1?}", t.elapsed());
	let rpc = populated.rpc().await.expect("rpc");
	let many = measure(|i| {
		let rpc = &rpc;
		let k = (i as u64 * 7919) % RECORDS_IN_STATE as u64;
		async move { assert_current(&verify(rpc, numbered(b'r', k), numbered(b'h', k)).await) }
	})
	.await;
	let unknown = verify(&rpc, numbered(b'x', 1), numbered(b'h', 1)).await;
	assert_eq!(unknown, Verdict::Unknown);

	println!();
	println!(
		"Batch anchoring on a dev node: {BATCHES} batches x {BATCH} records, submitted at once"
	);
	println!(
		"| measured                                   |      records |  seconds |  records/s |"
	);
	println!(
		"|--------------------------------------------|-------------:|---------:|-----------:|"
	);
	println!(
		"| chain: first submission to last inclusion  | {:>12} | {:>8.2} | {:>10.0} |",
		total_records,
		chain_time.as_secs_f64(),
		chain_rate
	);
	println!(
		"| with client Merkle tree building           | {:>12} | {:>8.2} | {:>10.0} |",
		total_records,
		(tree_time + chain_time).as_secs_f64(),
		end_to_end_rate
	);
	println!();
	println!("Bytes of state per anchored record (keys + values read from the node, + 33-byte index entry)");
	println!("| anchored                          | bytes per record |");
	println!("|-----------------------------------|-----------------:|");
	println!("| {:<33} | {per_record:>16.1} |", "individually (anchor)");
	println!("| {:<33} | {per_batch_record:>16.4} |", format!("in a batch of {BATCH} records"));
	println!();
	println!("Verify latency over JSON-RPC ({SAMPLES} calls each, after {WARMUP} warm-up)");
	println!("| call and chain state                                       |  p50 ms |  p99 ms | mean ms | p99 / baseline |");
	println!("|------------------------------------------------------------|--------:|--------:|--------:|---------------:|");
	let row = |name: &str, s: &Stats| {
		println!(
			"| {name:<58} | {:>7} | {:>7} | {:>7} | {:>14.2} |",
			ms(s.p50),
			ms(s.p99),
			ms(s.mean),
			s.p99.as_secs_f64() / one.p99.as_secs_f64()
		)
	};
	row("records_verify, 1 record (baseline)", &one);
	row(&format!("records_verify, {RECORDS_IN_STATE} records in state"), &many);
	row(&format!("records_verifyInBatch, {} batch records in state", BATCH * BATCHES), &in_batch);
	row("system_health (no runtime call)", &health_rpc);
	println!();
	let met = |ok: bool| if ok { "met" } else { "MISSED" };
	println!(
		"targets: >= {TARGET_RECORDS_PER_S} records/s: {}; verify p99 < {} ms: {}; <= {TARGET_BYTES} bytes/record: {}",
		met(chain_rate >= TARGET_RECORDS_PER_S),
		TARGET_P99.as_millis(),
		met(many.p99 < TARGET_P99 && in_batch.p99 < TARGET_P99),
		met(per_record <= TARGET_BYTES),
	);
}
