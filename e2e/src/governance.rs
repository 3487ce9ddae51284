//! Driving consortium governance the way members and validators do: council motions signed
//! in a wallet, session keys made by a node's `author_rotateKeysWithOwner` and registered with
//! `Session.set_keys`, and the chain state polkadot.js shows (session validators, GRANDPA
//! authorities, who authored last).
//!
//! Storage is read at the node's finalized block (subxt's current block); the runtime-API
//! reads (`grandpa_authorities`) at its best block.

use codec::{Decode, Encode};
use jsonrpsee::rpc_params;
use subxt::utils::AccountId32;
use subxt_signer::sr25519::Keypair;

use crate::{
	extrinsics::{self, call_value, executed, proposed, Failure, Included},
	Client, Node, NodeConfig, Result, Rpc,
};

/// The `consortium-local` chain: four validators and council seats (Alice, Bob, Charlie,
/// Dave), no sudo.
pub const CONSORTIUM_LOCAL: &str = "consortium-local";
/// Its validators, in the order of their development node keys.
pub const FOUNDERS: [&str; 4] = ["alice", "bob", "charlie", "dave"];
/// Aye votes a motion needs there: more than two thirds of 4 seats.
pub const CONSORTIUM_LOCAL_THRESHOLD: u32 = 3;

/// Start the four founding validators of `consortium-local` (Alice first, the others with her
/// as bootnode) and wait until all of them see finality.
pub async fn start_consortium_local() -> Result<Vec<Node>> {
	start_consortium(CONSORTIUM_LOCAL).await
}

/// [`start_consortium_local`] on `chain`: `consortium-local` or a spec file of that genesis.
pub async fn start_consortium(chain: &str) -> Result<Vec<Node>> {
	let alice = Node::start(NodeConfig::validator(chain, FOUNDERS[0], 0)).await?;
	let bootnode = alice.multiaddr().await?;
	let mut nodes = vec![alice];
	for (i, who) in FOUNDERS.iter().enumerate().skip(1) {
		let mut cfg = NodeConfig::validator(chain, who, i as u8);
		cfg.bootnodes.push(bootnode.clone());
		nodes.push(Node::start(cfg).await?);
	}
	for n in &nodes {
		n.wait_for_finalized(2).await?;
	}
	Ok(nodes)
}

/// `Session` in the medchain runtime.
pub const SESSION_PALLET: u8 = 32;
/// `Session::set_keys(keys, proof)`.
pub const SESSION_SET_KEYS: u8 = 0;

/// Session keys and their proof of possession, as `author_rotateKeysWithOwner` returns them.
#[derive(Debug, Clone)]
pub struct RotatedKeys {
	/// SCALE-encoded `SessionKeys` (Aura sr25519 ‖ GRANDPA ed25519 public keys).
	pub keys: Vec<u8>,
	/// Signatures of the owner's account by each key.
	pub proof: Vec<u8>,
}

/// Ask the node at `rpc` to make new session keys for `owner` (an unsafe RPC method: the node's
/// operator calls it on the validator's own node).
pub async fn rotate_keys(rpc: &Rpc, owner: &AccountId32) -> Result<RotatedKeys> {
	let generated: serde_json::Value =
		rpc.call("author_rotateKeysWithOwner", rpc_params![crate::to_hex(&owner.0)]).await?;
	let field = |name: &str| -> Result<Vec<u8>> {
		let hex = generated[name].as_str().ok_or(format!("no `{name}` in {generated}"))?;
		sp_core::bytes::from_hex(hex).map_err(|e| format!("{name}: {e}"))
	};
	Ok(RotatedKeys { keys: field("keys")?, proof: field("proof")? })
}

/// `Session.set_keys(keys, proof)` as raw call bytes: the keys are the runtime's `SessionKeys`
/// exactly as the node encoded them.
pub fn set_keys_call(keys: &RotatedKeys) -> Vec<u8> {
	let mut call = vec![SESSION_PALLET, SESSION_SET_KEYS];
	call.extend_from_slice(&keys.keys);
	keys.proof.encode_to(&mut call);
	call
}

/// Register `keys` for `signer` at the node `url`; the chain's error if it refuses.
pub async fn set_keys(url: &str, keys: &RotatedKeys, signer: &Keypair) -> Result<()> {
	medchain_relay::submit_raw_call(url, &set_keys_call(keys), signer)
		.await
		.map(|_| ())
		.map_err(|e| e.to_string())
}

/// The plain storage value `pallet.entry` at the finalized block.
async fn value<V>(client: &Client, pallet: &str, entry: &str) -> Result<V>
where
	V: subxt::ext::scale_decode::DecodeAsType,
{
	let at = client.at_current_block().await.map_err(|e| e.to_string())?;
	let addr = subxt::dynamic::storage::<(), V>(pallet, entry);
	let value = at.storage().fetch(addr, ()).await.map_err(|e| format!("{pallet}.{entry}: {e}"))?;
	value.decode().map_err(|e| format!("decoding {pallet}.{entry}: {e}"))
}

/// The session's active validators.
pub async fn session_validators(client: &Client) -> Result<Vec<AccountId32>> {
	value(client, "Session", "Validators").await
}

/// The council's seats.
pub async fn council_members(client: &Client) -> Result<Vec<AccountId32>> {
	value(client, "Council", "Members").await
}

pub use authored::Authored;
mod authored {
	// (A module of its own: the derive names `Result`, which this file redefines.)
	/// Where a validator last authored, as the consortium pallet notes it (`Authored`),
	/// decoded by field name through the runtime's metadata.
	#[derive(Debug, Clone, Copy, PartialEq, Eq, subxt::ext::scale_decode::DecodeAsType)]
	#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
	pub struct Authored {
		pub block: u32,
		pub slot: Option<u64>,
	}
}

/// Where `who` last authored, at the finalized block.
pub async fn last_authored(client: &Client, who: &AccountId32) -> Result<Option<Authored>> {
	let at = client.at_current_block().await.map_err(|e| e.to_string())?;
	last_authored_at(&at, who).await
}

/// Where `who` last authored, in the state of block `at`.
pub async fn last_authored_at(at: &crate::ClientAt, who: &AccountId32) -> Result<Option<Authored>> {
	let addr = subxt::dynamic::storage::<([u8; 32],), Authored>("Consortium", "LastAuthored");
	let value = at
		.storage()
		.try_fetch(addr, (who.0,))
		.await
		.map_err(|e| format!("Consortium.LastAuthored: {e}"))?;
	value.map(|v| v.decode().map_err(|e| format!("decoding LastAuthored: {e}"))).transpose()
}

/// The code of the previous runtime release, spec 105 (the genesis code of the chain specs
/// released with it, kept in `e2e/fixtures/`), to rehearse an upgrade from it.
pub const PREVIOUS_RUNTIME: &[u8] =
	include_bytes!("../fixtures/medchain_runtime-105.compact.compressed.wasm");
/// Its `spec_version`.
pub const PREVIOUS_SPEC_VERSION: u32 = 105;

/// A `consortium-local` chain spec (the node's, not raw: the genesis is built by the code it
/// names) running `code` instead of this build's runtime, written to `path`. Returns this
/// build's runtime code, from the same spec.
pub fn consortium_local_spec_with_code(code: &[u8], path: &std::path::Path) -> Result<Vec<u8>> {
	let out = std::process::Command::new(crate::node_binary())
		.args(["build-spec", "--chain", CONSORTIUM_LOCAL])
		.stderr(std::process::Stdio::null())
		.output()
		.map_err(|e| format!("build-spec: {e}"))?;
	let mut spec: serde_json::Value =
		serde_json::from_slice(&out.stdout).map_err(|e| format!("build-spec output: {e}"))?;
	let slot = &mut spec["genesis"]["runtimeGenesis"]["code"];
	let current = slot
		.as_str()
		.and_then(|hex| sp_core::bytes::from_hex(hex).ok())
		.ok_or("the spec names no code")?;
	*slot = serde_json::Value::String(crate::to_hex(code));
	std::fs::write(path, spec.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
	Ok(current)
}

/// The `spec_version` of the runtime at block `at` (a hash).
pub async fn spec_version_at(rpc: &Rpc, at: &str) -> Result<u32> {
	let version: serde_json::Value = rpc.call("state_getRuntimeVersion", rpc_params![at]).await?;
	version["specVersion"].as_u64().map(|v| v as u32).ok_or(format!("no specVersion in {version}"))
}

/// The raw value under `key` at block `at`.
pub async fn raw_storage_at(rpc: &Rpc, key: &[u8], at: &str) -> Result<Option<Vec<u8>>> {
	let hex: Option<String> =
		rpc.call("state_getStorage", rpc_params![crate::to_hex(key), at]).await?;
	hex.map(|h| sp_core::bytes::from_hex(&h).map_err(|e| e.to_string())).transpose()
}

/// The key of a plain storage value: `twox128(pallet) ++ twox128(entry)`.
pub fn plain_key(pallet: &str, entry: &str) -> Vec<u8> {
	let mut key = sp_crypto_hashing::twox_128(pallet.as_bytes()).to_vec();
	key.extend(sp_crypto_hashing::twox_128(entry.as_bytes()));
	key
}

/// A pallet's on-chain storage version at block `at` (0 when none was written).
pub async fn storage_version_at(rpc: &Rpc, pallet: &str, at: &str) -> Result<u16> {
	let raw = raw_storage_at(rpc, &plain_key(pallet, ":__STORAGE_VERSION__:"), at).await?;
	raw.map(|b| u16::decode(&mut &b[..]).map_err(|e| e.to_string())).unwrap_or(Ok(0))
}

/// `System.authorize_upgrade(code_hash)` as a value (root only: pass it through
/// [`extrinsics::as_root`] in a council motion).
pub fn authorize_upgrade(code: &[u8]) -> subxt::dynamic::Value {
	let hash = sp_crypto_hashing::blake2_256(code);
	call_value("System", "authorize_upgrade", vec![subxt::dynamic::Value::from_bytes(hash)])
}

/// `System.apply_authorized_upgrade(code)`: anyone may submit it once the hash is authorised.
pub fn apply_authorized_upgrade(code: &[u8]) -> impl subxt::transactions::Payload {
	extrinsics::call(
		"System",
		"apply_authorized_upgrade",
		vec![subxt::dynamic::Value::from_bytes(code)],
	)
}

/// Path of the `medchain-try-runtime` binary, beside the node.
pub fn try_runtime_binary() -> std::path::PathBuf {
	if let Ok(p) = std::env::var("MEDCHAIN_TRY_RUNTIME") {
		return p.into();
	}
	crate::node_binary().with_file_name("medchain-try-runtime")
}

/// What a `medchain-try-runtime` run printed, and whether it passed.
#[derive(Debug)]
pub struct DryRun {
	/// Exit status 0: every check passed.
	pub passed: bool,
	/// Its report (the live chain, the upgrade's result, storage versions changed).
	pub stdout: String,
	/// The runtime's logs and, on failure, why.
	pub stderr: String,
}

/// Dry-run this build's runtime upgrade against the live state of the node at `url` (at block
/// `at`, default its finalized block), as members do before voting: `medchain-try-runtime`.
pub fn dry_run_upgrade(url: &str, at: Option<&str>) -> Result<DryRun> {
	let binary = try_runtime_binary();
	let mut cmd = std::process::Command::new(&binary);
	cmd.args(["--uri", url]);
	if let Some(at) = at {
		cmd.args(["--at", at]);
	}
	let out = cmd.output().map_err(|e| format!("running {}: {e}", binary.display()))?;
	Ok(DryRun {
		passed: out.status.success(),
		stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
		stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
	})
}

/// The last block `who` authored, in the state of block `at` as a runtime before spec 106
/// wrote it: `LastAuthored` held only the block number. Read raw, since the block that sets
/// new code already reports the new runtime (and its metadata) while its state is still the
/// old layout.
pub async fn last_authored_v0_at(rpc: &Rpc, who: &AccountId32, at: &str) -> Result<Option<u32>> {
	let mut key = plain_key("Consortium", "LastAuthored");
	key.extend(sp_crypto_hashing::twox_64(&who.0));
	key.extend(who.0);
	let raw = raw_storage_at(rpc, &key, at).await?;
	raw.map(|b| u32::decode(&mut &b[..]).map_err(|e| format!("decoding LastAuthored: {e}")))
		.transpose()
}

/// The GRANDPA authority set (public keys) that finalizes the node's best block's
/// descendants, through the `GrandpaApi` runtime API.
pub async fn grandpa_authorities(rpc: &Rpc) -> Result<Vec<[u8; 32]>> {
	let hex: String =
		rpc.call("state_call", rpc_params!["GrandpaApi_grandpa_authorities", "0x"]).await?;
	let bytes = sp_core::bytes::from_hex(&hex).map_err(|e| e.to_string())?;
	let list = Vec::<([u8; 32], u64)>::decode(&mut &bytes[..]).map_err(|e| e.to_string())?;
	Ok(list.into_iter().map(|(k, _)| k).collect())
}

/// The number of open council motions.
pub async fn open_motions(client: &Client) -> Result<usize> {
	let motions: Vec<subxt::utils::H256> = value(client, "Council", "Proposals").await?;
	Ok(motions.len())
}

/// A council of several seats passing one motion: `proposer` proposes `inner` with the
/// threshold the runtime's council origin needs, each of `voters` (the proposer included, if
/// it is to count) votes aye, then `proposer` closes it. The motion's dispatch result.
pub async fn pass_motion(
	client: &Client,
	rpc: &Rpc,
	inner: subxt::dynamic::Value,
	proposer: &Keypair,
	voters: &[&Keypair],
	threshold: u32,
) -> std::result::Result<Result<()>, Failure> {
	let included =
		extrinsics::submit(client, rpc, &extrinsics::propose(threshold, inner), proposer).await?;
	if let Some(result) = executed(client, &included).await {
		return Ok(result);
	}
	let (index, hash) = proposed(&included).ok_or(Failure("no Council.Proposed event".into()))?;
	for voter in voters {
		extrinsics::submit(client, rpc, &extrinsics::vote(hash, index, true), *voter).await?;
	}
	let closed: Included =
		extrinsics::submit(client, rpc, &extrinsics::close(hash, index), proposer).await?;
	executed(client, &closed)
		.await
		.ok_or(Failure("the motion closed without being executed".into()))
}

/// `NodeAuthorization.add_well_known_node(peer id, owner)` / `remove_well_known_node(peer id)`
/// as values: the member node with `peer_id` (bytes) may join the network.
pub fn authorize_node(peer_id: &[u8], owner: &AccountId32) -> subxt::dynamic::Value {
	let owner = extrinsics::address(owner);
	call_value("NodeAuthorization", "add_well_known_node", vec![peer_value(peer_id), owner])
}
pub fn deauthorize_node(peer_id: &[u8]) -> subxt::dynamic::Value {
	call_value("NodeAuthorization", "remove_well_known_node", vec![peer_value(peer_id)])
}
fn peer_value(peer_id: &[u8]) -> subxt::dynamic::Value {
	// `OpaquePeerId(Vec<u8>)`.
	subxt::dynamic::Value::unnamed_composite([subxt::dynamic::Value::from_bytes(peer_id)])
}

/// A node's peer id as bytes, from its `system_localPeerId` (base58).
pub async fn peer_id_bytes(rpc: &Rpc) -> Result<Vec<u8>> {
	let text: String = rpc.call("system_localPeerId", rpc_params![]).await?;
	base58_decode(&text).ok_or(format!("peer id `{text}` is not base58"))
}

/// Number of peers a node is connected to (`system_health`).
pub async fn peer_count(rpc: &Rpc) -> Result<u64> {
	let health: serde_json::Value = rpc.call("system_health", rpc_params![]).await?;
	health["peers"].as_u64().ok_or(format!("no peers in {health}"))
}

/// Bitcoin-alphabet base58, as libp2p prints peer ids.
fn base58_decode(text: &str) -> Option<Vec<u8>> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in text.bytes() {
		let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
		for b in bytes.iter_mut().rev() {
			carry += u32::from(*b) * 58;
			*b = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = text.bytes().take_while(|&c| c == b'1').count();
	let mut out = vec![0u8; zeros];
	out.extend(bytes);
	Some(out)
}

/// `Consortium.add_validator(who)` / `remove_validator(who)` as values.
pub fn add_validator(who: &AccountId32) -> subxt::dynamic::Value {
	call_value("Consortium", "add_validator", vec![extrinsics::account(who)])
}
pub fn remove_validator(who: &AccountId32) -> subxt::dynamic::Value {
	call_value("Consortium", "remove_validator", vec![extrinsics::account(who)])
}

#[cfg(test)]
mod tests {
	#[test]
	fn base58_peer_ids_decode_to_the_multihash_of_the_key() {
		// Development node key 1's peer id (README, docker-compose).
		let id = super::base58_decode("12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp")
			.expect("base58");
		assert_eq!(id.len(), 38);
		assert_eq!(&id[..6], &[0x00, 0x24, 0x08, 0x01, 0x12, 0x20]);
		assert_eq!(&id[6..10], &[0x4c, 0xb5, 0xab, 0xf6]);
		assert_eq!(super::base58_decode("0OIl"), None);
	}
}
