//! Access-check benchmark: a dev chain whose genesis holds 100,000 grants (1,563 patients
//! with 64 grants each, the per-patient maximum, so every check decodes the largest item),
//! and the latency of `consent_checkAccess` over JSON-RPC, beside two baselines measured in
//! the same run: the same check on a plain dev chain (one grant), and `system_health`, an RPC
//! that does no runtime work. Then the weight the runtime charges for a grant beside a
//! balance transfer (`payment_queryInfo` on signed extrinsics).
//!
//! Run with `make perf` (builds the node first). Prints tables; the targets are p99 under
//! 5 ms and a grant weighing at most twice a transfer.

use std::time::{Duration, Instant};

use medchain_e2e::{
	access,
	extrinsics::{self, call, n, none, scope},
	jsonrpsee::rpc_params,
	latency::{measure, ms, Stats, SAMPLES, WARMUP},
	node_binary,
	subxt::utils::AccountId32,
	subxt_signer::sr25519::dev,
	Node, NodeConfig, Rpc,
};
use pallet_consent::{AccessDecision, Category, Purpose};
use serde_json::{json, Value};

/// Grants per patient: the runtime's `MAX_GRANTS_PER_PATIENT`.
const GRANTS_PER_PATIENT: usize = 64;
/// Patients: enough for 100,000 grants.
const PATIENTS: usize = 100_000usize.div_ceil(GRANTS_PER_PATIENT);
/// Organizations the grants are spread over.
const ORGANIZATIONS: usize = 8;
/// p99 target for the access check.
const TARGET_P99: Duration = Duration::from_millis(5);

fn patient_account(i: usize) -> AccountId32 {
	let mut raw = [0u8; 32];
	raw[..4].copy_from_slice(b"pat:");
	raw[4..12].copy_from_slice(&(i as u64).to_le_bytes());
	AccountId32(raw)
}

fn org_admin(i: usize) -> AccountId32 {
	let mut raw = [0u8; 32];
	raw[..4].copy_from_slice(b"org:");
	raw[4..12].copy_from_slice(&(i as u64).to_le_bytes());
	AccountId32(raw)
}

/// The dev chain spec with organizations, patients and their grants added to genesis.
fn populated_spec(dir: &std::path::Path) -> std::path::PathBuf {
	let out = std::process::Command::new(node_binary())
		.args(["build-spec", "--chain", "dev"])
		.stderr(std::process::Stdio::null())
		.output()
		.expect("medchain-node build-spec runs");
	assert!(out.status.success(), "build-spec failed");
	let mut spec: Value = serde_json::from_slice(&out.stdout).expect("build-spec prints JSON");
	let genesis = &mut spec["genesis"]["runtimeGenesis"];
	let patch =
		if genesis.get("patch").is_some() { &mut genesis["patch"] } else { &mut genesis["config"] };
	let endowment = json!(1_000_000_000_000_000u128);
	let balances =
		patch["balances"]["balances"].as_array_mut().expect("dev genesis endows accounts");
	for i in 0..PATIENTS {
		balances.push(json!([patient_account(i).to_string(), endowment]));
	}
	for i in 0..ORGANIZATIONS {
		balances.push(json!([org_admin(i).to_string(), endowment]));
	}
	patch["patientIdentity"] = json!({
		"organizations": (0..ORGANIZATIONS)
			.map(|i| json!([org_admin(i).to_string(), "hospital", 2, []]))
			.collect::<Vec<_>>(),
		"patients": (0..PATIENTS)
			.map(|i| json!([patient_account(i).to_string(), format!("0x{:064x}", i)]))
			.collect::<Vec<_>>(),
	});
	let mut grants = Vec::with_capacity(PATIENTS * GRANTS_PER_PATIENT);
	for p in 0..PATIENTS {
		for g in 0..GRANTS_PER_PATIENT {
			// Each patient's matching grant (organization 0, laboratory) is the last one.
			let org = if g + 1 == GRANTS_PER_PATIENT { 0 } else { 1 + g % (ORGANIZATIONS - 1) };
			grants.push(json!([
				patient_account(p).to_string(),
				[org],
				["laboratory", "medications", "imaging"],
				["treatment"],
				null
			]));
		}
	}
	patch["consent"] = json!({ "grants": grants });
	let path = dir.join("consent-bench-spec.json");
	std::fs::write(&path, serde_json::to_vec(&spec).expect("spec serializes"))
		.expect("spec written");
	path
}

async fn check(rpc: &Rpc, patient: &AccountId32, org: u32) -> AccessDecision<u64> {
	access::check_access_now(rpc, patient, org, Category::Laboratory, Purpose::Treatment, None)
		.await
		.expect("checkAccess")
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
	let dir = tempfile::tempdir().expect("temp dir");
	let t = Instant::now();
	let spec = populated_spec(dir.path());
	eprintln!(
		"genesis with {} grants written in {:.1?}",
		PATIENTS * GRANTS_PER_PATIENT,
		t.elapsed()
	);

	let t = Instant::now();
	let mut config = NodeConfig::dev();
	config.name = "populated".into();
	config.chain = spec.display().to_string();
	let populated = Node::start(config).await.expect("populated node starts");
	populated.wait_for_best(1).await.expect("blocks");
	eprintln!("populated node up in {:.1?}", t.elapsed());
	let rpc = populated.rpc().await.expect("rpc");

	// Every check hits a different patient; each is granted by its last grant.
	let sample = check(&rpc, &patient_account(PATIENTS - 1), 0).await;
	let last_grant = GRANTS_PER_PATIENT as u32 - 1;
	assert!(
		matches!(sample, AccessDecision::Granted { grant, .. } if grant == last_grant),
		"{sample:?}"
	);
	let many = measure(|i| {
		let rpc = &rpc;
		async move {
			let d = check(rpc, &patient_account((i * 7919) % PATIENTS), 0).await;
			assert!(access::allowed(&d), "{d:?}");
		}
	})
	.await;
	let health_rpc = measure(|_| {
		let rpc = &rpc;
		async move {
			let _: Value = rpc.call("system_health", rpc_params![]).await.expect("health");
		}
	})
	.await;
	drop(populated);

	// Baseline: a plain dev chain where the patient has a single grant.
	let plain = Node::start(NodeConfig::dev()).await.expect("dev node starts");
	plain.wait_for_best(1).await.expect("blocks");
	let client = plain.client().await.expect("client");
	let rpc = plain.rpc().await.expect("rpc");
	let org = extrinsics::call_value(
		"PatientIdentity",
		"register_organization",
		vec![
			extrinsics::account(&dev::bob().public_key().to_account_id()),
			extrinsics::code("Hospital"),
			extrinsics::list([n(2)]),
		],
	);
	extrinsics::submit(&client, &rpc, &extrinsics::sudo(org), &dev::alice())
		.await
		.expect("organization");
	extrinsics::submit(
		&client,
		&rpc,
		&call(
			"PatientIdentity",
			"register_patient",
			vec![medchain_e2e::subxt::dynamic::Value::from_bytes([1u8; 32])],
		),
		&dev::dave(),
	)
	.await
	.expect("patient");
	let grant = call(
		"Consent",
		"grant",
		vec![
			none(),
			extrinsics::list([n(0)]),
			scope(&["Laboratory"], &["Treatment"], &[]),
			none(),
			none(),
		],
	);
	extrinsics::submit(&client, &rpc, &grant, &dev::dave()).await.expect("grant");
	let dave = dev::dave().public_key().to_account_id();
	let one = measure(|_| {
		let (rpc, dave) = (&rpc, &dave);
		async move {
			assert!(access::allowed(&check(rpc, dave, 0).await));
		}
	})
	.await;

	// Weights the runtime charges, from payment_queryInfo on signed extrinsics.
	let at = client.at_current_block().await.expect("at block");
	let params = || {
		medchain_e2e::subxt::config::PolkadotExtrinsicParamsBuilder::<medchain_e2e::MedchainConfig>::new().build()
	};
	let signed_grant = at
		.transactions()
		.create_signed(&grant, &dev::dave(), params())
		.await
		.expect("signed grant");
	let transfer = |call: &str| {
		medchain_e2e::subxt::dynamic::tx(
			"Balances",
			call.to_string(),
			(
				medchain_e2e::subxt::utils::MultiAddress::<AccountId32, ()>::Id(dave),
				1_000_000_000_000u128,
			),
		)
	};
	let signed_allow_death = at
		.transactions()
		.create_signed(&transfer("transfer_allow_death"), &dev::alice(), params())
		.await
		.expect("signed transfer");
	let signed_keep_alive = at
		.transactions()
		.create_signed(&transfer("transfer_keep_alive"), &dev::alice(), params())
		.await
		.expect("signed transfer");
	let info = |bytes: Vec<u8>| {
		let rpc = &rpc;
		async move {
			let v: Value = rpc
				.call("payment_queryInfo", rpc_params![medchain_e2e::to_hex(&bytes)])
				.await
				.expect("queryInfo");
			let w = &v["weight"];
			(
				w["ref_time"].as_u64().or(w["refTime"].as_u64()).expect("ref time"),
				v["partialFee"].to_string(),
			)
		}
	};
	let (grant_charged, grant_fee) = info(signed_grant.encoded().to_vec()).await;
	let (allow_death_w, allow_death_fee) = info(signed_allow_death.encoded().to_vec()).await;
	let (keep_alive_w, keep_alive_fee) = info(signed_keep_alive.encoded().to_vec()).await;
	println!();
	println!(
		"consent_checkAccess latency over JSON-RPC ({SAMPLES} calls each, after {WARMUP} warm-up)"
	);
	println!(
		"| chain state                         |  p50 ms |  p99 ms | mean ms | p99 / baseline |"
	);
	println!(
		"|-------------------------------------|--------:|--------:|--------:|---------------:|"
	);
	let row = |name: &str, s: &Stats| {
		println!(
			"| {name:<35} | {:>7} | {:>7} | {:>7} | {:>14.2} |",
			ms(s.p50),
			ms(s.p99),
			ms(s.mean),
			s.p99.as_secs_f64() / one.p99.as_secs_f64()
		)
	};
	row("1 grant (baseline)", &one);
	row(&format!("{} grants, 64 per patient", PATIENTS * GRANTS_PER_PATIENT), &many);
	row("system_health (no runtime call)", &health_rpc);
	println!();
	println!(
		"Weight charged per extrinsic (payment_queryInfo: the benchmarked call weight plus the"
	);
	println!(
		"base extrinsic and transaction-extension weights), ref_time in picoseconds, and fees"
	);
	println!("| call                                         |   weight ps | partial fee | ratio to transfer |");
	println!("|----------------------------------------------|------------:|------------:|------------------:|");
	let wrow = |name: &str, w: u64, fee: &str| {
		println!("| {name:<44} | {w:>11} | {fee:>11} | {:>17.2} |", w as f64 / allow_death_w as f64)
	};
	wrow("Balances.transfer_allow_death (the transfer)", allow_death_w, &allow_death_fee);
	wrow("Balances.transfer_keep_alive", keep_alive_w, &keep_alive_fee);
	wrow("Consent.grant (1 org), charged before dispatch", grant_charged, &grant_fee);
	println!();
	let p99_ok = many.p99 < TARGET_P99;
	let weight_ok = grant_charged <= 2 * allow_death_w;
	println!(
		"targets: access check p99 < {} ms: {}; grant <= 2 x transfer: {}",
		TARGET_P99.as_millis(),
		if p99_ok { "met" } else { "MISSED" },
		if weight_ok { "met" } else { "MISSED" }
	);
}
