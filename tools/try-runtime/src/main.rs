//! # medchain-try-runtime
//!
//! Before a council votes a runtime upgrade in, its members want to know that the new code's
//! migrations work on *their* chain's state, not just on a unit test's. This tool downloads a
//! live chain's whole state over JSON-RPC at one block, checks it against that block's state
//! root (so nothing is missing), and then runs, natively, this build's
//! `Executive::try_runtime_upgrade` on it with every check on:
//!
//! - each migration's `pre_upgrade` / `post_upgrade` checks and every pallet's
//!   on-chain-vs-in-code storage version check;
//! - decoding the entire state with the new code's storage types;
//! - every pallet's `try_state` invariants;
//!
//! and then runs the upgrade a second time to check that it changes nothing (a migration that
//! runs twice must be a no-op). It prints every pallet whose storage version the upgrade
//! changes and exits non-zero, saying why, if anything fails. Nothing is submitted to the
//! chain: the state is a local copy.
//!
//! ```text
//! medchain-try-runtime --uri ws://127.0.0.1:9944 [--at <block hash>]
//! ```
//!
//! It is the `try-runtime` check of `frame-executive`, the same one `try-runtime-cli` runs, with
//! the runtime linked in natively (built with the `try-runtime` feature) instead of loaded
//! as wasm, so it needs no separate tool install. Set `RUST_LOG` to see more of the runtime's
//! logs (default `info`).

use std::{collections::BTreeMap, process::ExitCode};

use clap::Parser;
use codec::Decode;
use frame_support::traits::{PalletsInfoAccess, STORAGE_VERSION_STORAGE_KEY_POSTFIX};
use frame_try_runtime::UpgradeCheckSelect;
use medchain_runtime::{AllPalletsWithSystem, Executive, VERSION};
use serde_json::{json, Value};
use sp_core::{
	storage::{well_known_keys, Storage},
	H256,
};
use sp_io::{hashing::twox_128, TestExternalities};
use sp_runtime::StateVersion;
use subxt::rpcs::{client::RpcParams, RpcClient};

/// Keys asked for per `state_getKeysPaged` / `state_queryStorageAt` call: 1,000 keeps each
/// answer well under the node's default 15 MiB RPC response limit with the largest values
/// (the runtime code itself is ~1 MiB and travels alone in practice).
const PAGE: usize = 1000;

#[derive(Parser)]
#[command(version, about)]
struct Args {
	/// The node to read the live state from (`ws://` or `wss://`).
	#[arg(long)]
	uri: String,
	/// The block whose state to upgrade (default: the last finalized block).
	#[arg(long)]
	at: Option<H256>,
}

type Result<T> = std::result::Result<T, String>;

/// A JSON-RPC connection to one node.
struct Node {
	uri: String,
	rpc: RpcClient,
}

impl Node {
	async fn connect(uri: &str) -> Result<Self> {
		let rpc = RpcClient::from_insecure_url(uri)
			.await
			.map_err(|e| format!("connecting to {uri}: {e}"))?;
		Ok(Self { uri: uri.to_string(), rpc })
	}

	async fn request<R: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: Vec<Value>,
	) -> Result<R> {
		let mut rpc_params = RpcParams::new();
		for p in params {
			rpc_params.push(p).map_err(|e| format!("{method}: {e}"))?;
		}
		self.rpc
			.request(method, rpc_params)
			.await
			.map_err(|e| format!("{}: {method}: {e}", self.uri))
	}
}

/// Decode a `0x…` hex string as the node sends keys and values.
fn unhex(s: &str) -> Result<Vec<u8>> {
	sp_core::bytes::from_hex(s).map_err(|e| format!("bad hex {s}: {e}"))
}

/// Every top-level key and value of the state at `at`.
async fn download_state(node: &Node, at: H256) -> Result<BTreeMap<Vec<u8>, Vec<u8>>> {
	let mut state = BTreeMap::new();
	let mut start: Option<String> = None;
	loop {
		let keys: Vec<String> = node
			.request("state_getKeysPaged", vec![json!("0x"), json!(PAGE), json!(start), json!(at)])
			.await?;
		if keys.is_empty() {
			break;
		}
		start = keys.last().cloned();
		let changes: Vec<Value> =
			node.request("state_queryStorageAt", vec![json!(keys), json!(at)]).await?;
		for set in changes {
			for pair in set["changes"].as_array().into_iter().flatten() {
				let (Some(key), Some(value)) = (pair[0].as_str(), pair[1].as_str()) else {
					continue;
				};
				state.insert(unhex(key)?, unhex(value)?);
			}
		}
		if keys.len() < PAGE {
			break;
		}
	}
	Ok(state)
}

/// Storage key of a pallet's on-chain storage version (`StorageVersion::storage_key`).
fn storage_version_key(pallet: &str) -> Vec<u8> {
	[twox_128(pallet.as_bytes()), twox_128(STORAGE_VERSION_STORAGE_KEY_POSTFIX)].concat()
}

/// Every pallet's on-chain storage version (0 when never set), read in externalities.
fn storage_versions() -> Vec<(&'static str, u16)> {
	AllPalletsWithSystem::infos()
		.into_iter()
		.map(|info| {
			let stored = sp_io::storage::get(&storage_version_key(info.name))
				.and_then(|raw| u16::decode(&mut &raw[..]).ok())
				.unwrap_or_default();
			(info.name, stored)
		})
		.collect()
}

async fn run(args: Args) -> Result<()> {
	let node = Node::connect(&args.uri).await?;
	let at = match args.at {
		Some(at) => at,
		None => node.request("chain_getFinalizedHead", vec![]).await?,
	};
	let header: Value = node.request("chain_getHeader", vec![json!(at)]).await?;
	if header.is_null() {
		return Err(format!("{}: no block {at:?}", args.uri));
	}
	let number = header["number"].as_str().unwrap_or("?").to_string();
	let state_root: H256 = serde_json::from_value(header["stateRoot"].clone())
		.map_err(|e| format!("block {at:?}: state root: {e}"))?;
	let live: Value = node.request("state_getRuntimeVersion", vec![json!(at)]).await?;
	let live_name = live["specName"].as_str().unwrap_or_default().to_string();
	if live_name != *VERSION.spec_name {
		return Err(format!(
			"{} runs `{live_name}`, not `{}`: this tool upgrades medchain chains only",
			args.uri, VERSION.spec_name
		));
	}
	let live_spec = live["specVersion"].as_u64().unwrap_or_default();

	// The trie layout this runtime hashes its state with (from its `system_version`).
	let state_version: StateVersion = VERSION.state_version();
	let mut top = download_state(&node, at).await?;
	if top.keys().any(|k| k.starts_with(well_known_keys::CHILD_STORAGE_KEY_PREFIX)) {
		return Err("the state has child tries, which this tool does not download".into());
	}
	let (keys, bytes) = (top.len(), top.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>());
	// The externalities put `:code` in themselves (and would overwrite it with an empty one).
	let code = top.remove(well_known_keys::CODE).unwrap_or_default();
	let mut ext = TestExternalities::new_with_code_and_state(
		&code,
		Storage { top, children_default: Default::default() },
		state_version,
	);
	let downloaded_root = ext.execute_with(|| sp_io::storage::root(state_version));
	if downloaded_root != state_root.as_bytes() {
		return Err(format!(
			"the downloaded state of block {at:?} does not hash to its state root \
			 ({state_root:?}): it is incomplete or changed while being read"
		));
	}
	println!(
		"live chain: {} spec {live_spec}, block {number} {at:?}: {keys} keys, {bytes} bytes \
		 (state root verified)",
		live_name
	);
	println!("this build: {} spec {}", VERSION.spec_name, VERSION.spec_version);

	ext.execute_with(|| {
		let before = storage_versions();
		let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.map_err(|e| format!("the upgrade fails its checks: {e:?}"))?;
		println!(
			"upgrade: ok (weight ref_time {}, proof_size {}): migrations' pre/post checks, \
			 storage versions, entire state decoding and try_state all pass",
			weight.ref_time(),
			weight.proof_size()
		);
		for ((pallet, from), (_, to)) in before.iter().zip(storage_versions()) {
			if *from != to {
				println!("storage version: {pallet} {from} -> {to}");
			}
		}
		let once = sp_io::storage::root(state_version);
		Executive::try_runtime_upgrade(UpgradeCheckSelect::None)
			.map_err(|e| format!("the upgrade fails when run a second time: {e:?}"))?;
		if sp_io::storage::root(state_version) != once {
			return Err("the upgrade is not idempotent: a second run changes the state".into());
		}
		println!("idempotent: a second run changes nothing");
		Ok(())
	})
}

#[tokio::main]
async fn main() -> ExitCode {
	if std::env::var_os("RUST_LOG").is_none() {
		std::env::set_var("RUST_LOG", "info");
	}
	sp_tracing::try_init_simple();
	match run(Args::parse()).await {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("medchain-try-runtime: {e}");
			ExitCode::FAILURE
		},
	}
}
