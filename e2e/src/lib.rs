//! # medchain end-to-end harness
//!
//! Starts real `medchain-node` processes on free loopback ports and talks to them the way users
//! do: signed extrinsics through [subxt](subxt) (the client library wallets and provider systems
//! use), medchain's own JSON-RPC methods through the typed client traits of `medchain-rpc`, and
//! plain JSON-RPC calls for Substrate's.
//!
//! Nodes are always cleaned up: [`Node`] kills its process when dropped (also while a failing
//! test unwinds), and every node is started with `PR_SET_PDEATHSIG` so the kernel kills it if
//! the test process itself dies. When a test fails, the end of each node's log is printed.
//!
//! The node binary is `$MEDCHAIN_NODE` if set, else `medchain-node` in the cargo target
//! directory the tests were built into (`make test` builds it first).

use std::{
	fs,
	io::{BufRead, BufReader},
	net::TcpListener,
	os::unix::process::CommandExt,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

pub mod access;
pub mod bridge;
pub mod extrinsics;
pub mod fhir_http;
pub mod gateway;
pub mod governance;
pub mod latency;

pub use jsonrpsee;
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams, ClientError},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
pub use medchain_rpc;
pub use subxt;
use subxt::{OnlineClient, PolkadotConfig};
pub use subxt_signer;

/// The subxt configuration that matches the medchain runtime: AccountId32,
/// `MultiAddress<AccountId32, ()>`, `MultiSignature`, BlakeTwo256, u32 block numbers.
pub type MedchainConfig = PolkadotConfig;

/// A subxt client connected to a node.
pub type Client = OnlineClient<MedchainConfig>;

/// A client's view of one block: storage read there is decoded with the metadata of the
/// runtime that block ran (subxt asks the block's spec version), across runtime upgrades.
pub type ClientAt = subxt::client::ClientAtBlock<
	MedchainConfig,
	subxt::client::OnlineClientAtBlockImpl<MedchainConfig>,
>;

/// Result type of the harness: errors are reported as text, with context.
pub type Result<T> = std::result::Result<T, String>;

/// How long a node may take to open its RPC port: it compiles the runtime wasm on start,
/// which takes a few seconds on a busy 2-core machine.
pub const RPC_READY_TIMEOUT: Duration = Duration::from_secs(90);

/// How long to wait for a chain condition (a block height, finality) before failing. At 6 s
/// blocks this is room for ~30 blocks: generous, so a loaded CI machine does not flake.
pub const CHAIN_TIMEOUT: Duration = Duration::from_secs(180);

/// Lines of a node's log printed when a test fails.
const LOG_TAIL_LINES: usize = 60;

/// The development accounts' well-known node keys (ed25519 secret seeds) for p2p identities,
/// so peers can be addressed by a peer id known in advance.
pub fn dev_node_key(index: u8) -> String {
	format!("{:064x}", u64::from(index) + 1)
}

/// Path of the `medchain-node` binary under test.
pub fn node_binary() -> PathBuf {
	if let Ok(p) = std::env::var("MEDCHAIN_NODE") {
		return PathBuf::from(p);
	}
	// Test executables live in <target>/<profile>/deps/, binaries such as `consent-bench` in
	// <target>/<profile>/, beside the node.
	let exe = std::env::current_exe().expect("the executable has a path");
	let dir = exe.parent().expect("an executable lives in a directory");
	let profile_dir = if dir.ends_with("deps") { dir.parent().unwrap_or(dir) } else { dir };
	profile_dir.join("medchain-node")
}

/// Ask the OS for a free TCP port on loopback.
pub(crate) fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("binding an ephemeral loopback port works")
}

/// How to start a node.
#[derive(Clone, Debug)]
pub struct NodeConfig {
	/// A name for logs and failure reports.
	pub name: String,
	/// `--chain` value (`dev`, `local`, `consortium-a`, ... or a spec path).
	pub chain: String,
	/// Development identity to validate with (`alice`, `bob`, ...), if any.
	pub validator: Option<String>,
	/// Fixed p2p secret key (hex), so the node has a known peer id.
	pub node_key: Option<String>,
	/// Peers to connect to on start.
	pub bootnodes: Vec<String>,
	/// Further command-line arguments.
	pub extra_args: Vec<String>,
}

impl NodeConfig {
	/// A `--dev` node.
	pub fn dev() -> Self {
		Self {
			name: "dev".into(),
			chain: "dev".into(),
			validator: Some("alice".into()),
			node_key: Some(dev_node_key(0)),
			bootnodes: vec![],
			extra_args: vec![],
		}
	}

	/// A validator of `chain` with a development identity and a fixed node key.
	pub fn validator(chain: &str, who: &str, index: u8) -> Self {
		Self {
			name: who.into(),
			chain: chain.into(),
			validator: Some(who.into()),
			node_key: Some(dev_node_key(index)),
			bootnodes: vec![],
			extra_args: vec![],
		}
	}
}

/// A running `medchain-node` process with its own base path and loopback ports.
pub struct Node {
	config: NodeConfig,
	child: Option<Child>,
	base: tempfile::TempDir,
	/// JSON-RPC port (HTTP and WebSocket).
	pub rpc_port: u16,
	/// p2p port.
	pub p2p_port: u16,
	/// Prometheus port.
	pub prometheus_port: u16,
	starts: u32,
}

impl Node {
	/// Start a node and wait until its RPC answers.
	pub async fn start(config: NodeConfig) -> Result<Node> {
		let base = tempfile::Builder::new()
			.prefix(&format!("medchain-{}-", config.name))
			.tempdir()
			.map_err(|e| format!("creating a base path: {e}"))?;
		let mut node = Node {
			config,
			child: None,
			base,
			rpc_port: free_port(),
			p2p_port: free_port(),
			prometheus_port: free_port(),
			starts: 0,
		};
		node.spawn()?;
		node.wait_for_rpc().await?;
		Ok(node)
	}

	fn log_path(&self) -> PathBuf {
		self.base.path().join(format!("node-{}.log", self.starts))
	}

	fn spawn(&mut self) -> Result<()> {
		self.starts += 1;
		let c = &self.config;
		let mut cmd = Command::new(node_binary());
		cmd.arg("--chain")
			.arg(&c.chain)
			.arg("--base-path")
			.arg(self.base.path().join("data"))
			.arg("--name")
			.arg(&c.name)
			.arg("--rpc-port")
			.arg(self.rpc_port.to_string())
			.arg("--prometheus-port")
			.arg(self.prometheus_port.to_string())
			.args(["--no-telemetry", "--no-mdns", "--allow-private-ip", "--listen-addr"])
			.arg(format!("/ip4/127.0.0.1/tcp/{}", self.p2p_port));
		if let Some(who) = &c.validator {
			cmd.arg(format!("--{who}"));
		}
		if let Some(key) = &c.node_key {
			cmd.arg("--node-key").arg(key);
		}
		for b in &c.bootnodes {
			cmd.arg("--bootnodes").arg(b);
		}
		cmd.args(&c.extra_args);
		let child = spawn_logged(cmd, &self.log_path())
			.map_err(|e| format!("starting {} ({}): {e}", node_binary().display(), c.name))?;
		self.child = Some(child);
		Ok(())
	}

	/// The node's name.
	pub fn name(&self) -> &str {
		&self.config.name
	}

	/// WebSocket URL of the node's RPC.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// The multiaddress other nodes use to reach this one.
	pub async fn multiaddr(&self) -> Result<String> {
		let peer_id: String = self.rpc().await?.call("system_localPeerId", rpc_params![]).await?;
		Ok(format!("/ip4/127.0.0.1/tcp/{}/p2p/{peer_id}", self.p2p_port))
	}

	/// A JSON-RPC client: plain and typed calls.
	pub async fn rpc(&self) -> Result<Rpc> {
		Rpc::connect(&self.ws_url()).await
	}

	/// A subxt client.
	pub async fn client(&self) -> Result<Client> {
		Client::from_insecure_url(self.ws_url())
			.await
			.map_err(|e| format!("{}: subxt client: {e}", self.name()))
	}

	async fn wait_for_rpc(&mut self) -> Result<()> {
		let deadline = Instant::now() + RPC_READY_TIMEOUT;
		loop {
			if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
				return Err(format!(
					"{} exited during start-up ({status}):\n{}",
					self.name(),
					self.log_tail()
				));
			}
			if let Ok(rpc) = self.rpc().await {
				if rpc.call::<serde_json::Value>("system_health", rpc_params![]).await.is_ok() {
					return Ok(());
				}
			}
			if Instant::now() > deadline {
				return Err(format!(
					"{}: RPC not ready after {RPC_READY_TIMEOUT:?}:\n{}",
					self.name(),
					self.log_tail()
				));
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// Whether the process is still running.
	pub fn is_running(&mut self) -> bool {
		matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None)))
	}

	/// Kill the process at once (SIGKILL, no clean shutdown), keeping its database.
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Start the process again on the same database, ports and keys.
	pub async fn restart(&mut self) -> Result<()> {
		self.kill();
		self.spawn()?;
		self.wait_for_rpc().await
	}

	/// The last lines of the current log.
	pub fn log_tail(&self) -> String {
		log_tail(&self.log_path(), LOG_TAIL_LINES)
	}

	/// Best block number.
	pub async fn best_number(&self) -> Result<u32> {
		self.rpc().await?.best_number().await
	}

	/// Finalized block number.
	pub async fn finalized_number(&self) -> Result<u32> {
		self.rpc().await?.finalized_number().await
	}

	/// Wait until the finalized block number reaches `n`.
	pub async fn wait_for_finalized(&self, n: u32) -> Result<u32> {
		let rpc = self.rpc().await?;
		wait_until(&format!("{}: finalized >= {n}", self.name()), || async {
			rpc.finalized_number().await.map(|f| (f >= n).then_some(f))
		})
		.await
	}

	/// Wait until the best block number reaches `n`.
	pub async fn wait_for_best(&self, n: u32) -> Result<u32> {
		let rpc = self.rpc().await?;
		wait_until(&format!("{}: best >= {n}", self.name()), || async {
			rpc.best_number().await.map(|b| (b >= n).then_some(b))
		})
		.await
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if std::thread::panicking() {
			eprintln!(
				"----- last lines of {}'s log -----\n{}\n-----",
				self.name(),
				self.log_tail()
			);
		}
		self.kill();
	}
}

/// Start `cmd` with its stdout and stderr written to the file `log`, and with
/// `PR_SET_PDEATHSIG` so the kernel kills it if the test process dies.
pub(crate) fn spawn_logged(mut cmd: Command, log: &Path) -> Result<Child> {
	let out = fs::File::create(log).map_err(|e| format!("log file: {e}"))?;
	let err = out.try_clone().map_err(|e| format!("log file: {e}"))?;
	cmd.stdout(Stdio::from(out)).stderr(Stdio::from(err));
	// SAFETY: `prctl` is async-signal-safe and touches no memory of the parent.
	unsafe {
		cmd.pre_exec(|| {
			// The child dies with the test process, even if the test is killed.
			if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
				return Err(std::io::Error::last_os_error());
			}
			Ok(())
		});
	}
	cmd.spawn().map_err(|e| e.to_string())
}

/// The last `lines` lines of the file at `path` (empty if it cannot be read).
pub(crate) fn log_tail(path: &Path, lines: usize) -> String {
	let Ok(f) = fs::File::open(path) else { return String::new() };
	let all: Vec<String> = BufReader::new(f).lines().map_while(|l| l.ok()).collect();
	all[all.len().saturating_sub(lines)..].join("\n")
}

/// Poll `check` once a second until it yields a value, failing after [`CHAIN_TIMEOUT`].
pub async fn wait_until<T, F, Fut>(what: &str, mut check: F) -> Result<T>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<Option<T>>>,
{
	let deadline = Instant::now() + CHAIN_TIMEOUT;
	let mut last_err = String::new();
	loop {
		match check().await {
			Ok(Some(v)) => return Ok(v),
			Ok(None) => {},
			Err(e) => last_err = e,
		}
		if Instant::now() > deadline {
			return Err(format!("timed out after {CHAIN_TIMEOUT:?} waiting for {what} {last_err}"));
		}
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

/// A JSON-RPC error as the node returned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcError {
	/// JSON-RPC error code (e.g. 1010 for an invalid transaction).
	pub code: i32,
	/// Message.
	pub message: String,
	/// Extra data, as JSON text.
	pub data: Option<String>,
}

impl From<ClientError> for RpcError {
	fn from(e: ClientError) -> Self {
		match e {
			ClientError::Call(obj) => RpcError {
				code: obj.code(),
				message: obj.message().to_string(),
				data: obj.data().map(|d| d.get().to_string()),
			},
			other => RpcError { code: 0, message: other.to_string(), data: None },
		}
	}
}

/// A JSON-RPC client over WebSocket (jsonrpsee, the node's version). Substrate's own methods
/// are called by name ([`Rpc::call`]); medchain's (`identity_*`, `consent_*`, `records_*`,
/// `bridge_*`) typed, through `medchain-rpc`'s client traits on [`Rpc::api`].
pub struct Rpc {
	client: WsClient,
}

impl Rpc {
	/// Connect to `url`, and read and write addresses in the chain's SS58 format from then on
	/// (as polkadot.js does with the chain's `ss58Format` property): the node prints accounts in
	/// medchain's own format, which `sp-core` parses only once it is this process's default.
	pub async fn connect(url: &str) -> Result<Rpc> {
		let client = WsClientBuilder::default()
			.build(url)
			.await
			.map_err(|e| format!("connecting to {url}: {e}"))?;
		let rpc = Rpc { client };
		let properties: serde_json::Value = rpc.call("system_properties", rpc_params![]).await?;
		if let Some(format) = properties.get("ss58Format").and_then(|f| f.as_u64()) {
			let format = u16::try_from(format).map_err(|_| format!("ss58Format {format}"))?;
			sp_core::crypto::set_default_ss58_version(sp_core::crypto::Ss58AddressFormat::custom(
				format,
			));
		}
		Ok(rpc)
	}

	/// The client `medchain-rpc`'s `*ApiClient` traits are implemented for, for typed calls:
	/// `ConsentApiClient::<H256, AccountId32>::check_access(rpc.api(), ..)`.
	pub fn api(&self) -> &WsClient {
		&self.client
	}

	/// Call `method` and decode the result.
	pub async fn call<R: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> Result<R> {
		self.try_call(method, params).await.map_err(|e| format!("{method}: {e:?}"))
	}

	/// Call `method`; a refusal by the node comes back as an [`RpcError`].
	pub async fn try_call<R: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> std::result::Result<R, RpcError> {
		self.client.request(method, params).await.map_err(RpcError::from)
	}

	/// Number of the block with header JSON `header`.
	fn header_number(header: &serde_json::Value) -> Result<u32> {
		let hex = header["number"].as_str().ok_or("header without number")?;
		u32::from_str_radix(hex.trim_start_matches("0x"), 16).map_err(|e| e.to_string())
	}

	/// Best block number.
	pub async fn best_number(&self) -> Result<u32> {
		let header: serde_json::Value = self.call("chain_getHeader", rpc_params![]).await?;
		Self::header_number(&header)
	}

	/// Finalized block hash.
	pub async fn finalized_hash(&self) -> Result<String> {
		self.call("chain_getFinalizedHead", rpc_params![]).await
	}

	/// Number of the block with hash `hash`.
	pub async fn block_number(&self, hash: impl serde::Serialize) -> Result<u32> {
		let header: serde_json::Value = self.call("chain_getHeader", rpc_params![hash]).await?;
		Self::header_number(&header)
	}

	/// Finalized block number.
	pub async fn finalized_number(&self) -> Result<u32> {
		self.block_number(self.finalized_hash().await?).await
	}

	/// Hash of block `n` on the node's best chain, if it has one.
	pub async fn block_hash(&self, n: u32) -> Result<Option<String>> {
		self.call("chain_getBlockHash", rpc_params![n]).await
	}

	/// Submit an encoded extrinsic (`author_submitExtrinsic`).
	pub async fn submit_extrinsic(&self, bytes: &[u8]) -> std::result::Result<String, RpcError> {
		self.try_call("author_submitExtrinsic", rpc_params![to_hex(bytes)]).await
	}
}

/// `0x`-prefixed lower-case hex.
pub fn to_hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// Reading accounts the way a wallet does: `System.Account` storage through subxt.
pub mod accounts {
	use super::Client;
	use subxt::{ext::scale_decode::DecodeAsType, utils::AccountId32};

	/// The parts of `frame_system::AccountInfo` the tests look at.
	#[derive(Debug, Clone, DecodeAsType)]
	#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
	pub struct AccountInfo {
		/// Transactions sent so far.
		pub nonce: u32,
		/// Balances.
		pub data: AccountData,
	}

	/// `pallet_balances::AccountData` (the fields the tests use).
	#[derive(Debug, Clone, DecodeAsType)]
	#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
	pub struct AccountData {
		/// Spendable balance.
		pub free: u128,
		/// Reserved (e.g. locked in an atomic swap).
		pub reserved: u128,
	}

	/// `System.Account(who)` at the block `at` (a hash), or at the current finalized block;
	/// `None` when the account does not exist.
	pub async fn try_account(
		client: &Client,
		who: &AccountId32,
		at: Option<subxt::utils::H256>,
	) -> super::Result<Option<AccountInfo>> {
		let at = match at {
			Some(hash) => client.at_block(hash).await,
			None => client.at_current_block().await,
		}
		.map_err(|e| format!("client at block: {e}"))?;
		let addr = subxt::dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
		let value = at
			.storage()
			.try_fetch(addr, (who.0,))
			.await
			.map_err(|e| format!("System.Account: {e}"))?;
		value.map(|v| v.decode().map_err(|e| format!("decoding System.Account: {e}"))).transpose()
	}

	/// `System.Account(who)` at the block `at` (a hash), or at the current finalized block.
	pub async fn account(
		client: &Client,
		who: &AccountId32,
		at: Option<subxt::utils::H256>,
	) -> super::Result<AccountInfo> {
		let at = match at {
			Some(hash) => client.at_block(hash).await,
			None => client.at_current_block().await,
		}
		.map_err(|e| format!("client at block: {e}"))?;
		let addr = subxt::dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
		let value =
			at.storage().fetch(addr, (who.0,)).await.map_err(|e| format!("System.Account: {e}"))?;
		value.decode().map_err(|e| format!("decoding System.Account: {e}"))
	}
}
