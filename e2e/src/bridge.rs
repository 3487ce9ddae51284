//! Bridged consortium chains for the cross-chain tests and benchmark: a validator each of
//! `consortium-a` (Alice, its one council seat), `consortium-b` (Bob, likewise) and, for more
//! chains, `consortium-c` (Charlie) and `consortium-d` (Dave); each pair's light clients
//! initialised by council motions, and a `medchain-relay` process per pair that can be killed
//! and restarted.

use std::{
	path::PathBuf,
	process::{Child, Command},
};

use crate::{
	access::*,
	extrinsics::*,
	free_port, log_tail, node_binary, spawn_logged,
	subxt::{dynamic::Value, utils::AccountId32},
	Client, Node, NodeConfig, Result, Rpc,
};
use medchain_rpc::BridgeApiClient;
use pallet_consent::{AccessDecision, Category, Purpose};
use pallet_medchain_bridge::RemoteVerdict;
use sp_core::H256;
use subxt_signer::sr25519::{dev, Keypair};

/// The key the relayer signs with in the tests: Ferdie, endowed on both chains and used by no
/// test for anything else, so its nonces are the relayer's alone.
pub const RELAYER_SURI: &str = "//Ferdie";

/// Lines of the relayer's log shown when a test fails.
const LOG_TAIL_LINES: usize = 40;

/// Path of the `medchain-relay` binary, beside the node.
pub fn relay_binary() -> PathBuf {
	if let Ok(p) = std::env::var("MEDCHAIN_RELAY") {
		return PathBuf::from(p);
	}
	node_binary().with_file_name("medchain-relay")
}

/// Chain A and chain B, each with a light client of the other and a name for the peer.
pub struct Pair {
	pub a: Node,
	pub b: Node,
}

/// Start both chains and initialise the bridge both ways (as their governance would).
pub async fn start_pair() -> Result<Pair> {
	let mut a = NodeConfig::validator("consortium-a", "alice", 0);
	a.name = "chain-a".into();
	let mut b = NodeConfig::validator("consortium-b", "bob", 1);
	b.name = "chain-b".into();
	let (a, b) = tokio::try_join!(Node::start(a), Node::start(b))?;
	// GRANDPA must have finalized a block on each chain for the other to start from.
	tokio::try_join!(a.wait_for_finalized(1), b.wait_for_finalized(1))?;
	medchain_relay::initialize_bridge(&a.ws_url(), &b.ws_url(), &dev::bob())
		.await
		.map_err(|e| format!("initialising B's light client of A: {e}"))?;
	medchain_relay::initialize_bridge(&b.ws_url(), &a.ws_url(), &dev::alice())
		.await
		.map_err(|e| format!("initialising A's light client of B: {e}"))?;
	Ok(Pair { a, b })
}

/// The consortium chains of the multi-chain tests and benchmark, in order A, B, C, D: chain
/// spec, validator (its one council seat too), the validator's development node key.
const CONSORTIA: [(&str, &str, u8); 4] = [
	("consortium-a", "alice", 0),
	("consortium-b", "bob", 1),
	("consortium-c", "charlie", 2),
	("consortium-d", "dave", 3),
];

/// Start the first `N` consortium chains (A, B, C, D), not yet bridged.
pub async fn start_chains<const N: usize>() -> Result<[Node; N]> {
	let mut nodes = Vec::with_capacity(N);
	for (chain, who, index) in CONSORTIA.iter().take(N) {
		let mut c = NodeConfig::validator(chain, who, *index);
		c.name = chain.replace("consortium", "chain");
		nodes.push(Node::start(c).await?);
	}
	// GRANDPA must have finalized a block on each chain for its peers to start from.
	for node in &nodes {
		node.wait_for_finalized(1).await?;
	}
	let started = nodes.len();
	nodes.try_into().map_err(|_| format!("{N} chains asked for, {started} presets"))
}

/// Start the three consortium chains A, B and C, not yet bridged.
pub async fn start_three() -> Result<[Node; 3]> {
	start_chains().await
}

/// A `medchain-relay run` process between two chains.
pub struct Relayer {
	a: String,
	b: String,
	signer: String,
	child: Option<Child>,
	dir: tempfile::TempDir,
	starts: u32,
	/// Where it serves Prometheus metrics (`--prometheus-port`, on loopback).
	pub metrics_port: u16,
}

impl Relayer {
	/// Start relaying between the chains at `a` and `b` (WebSocket URLs), signing as
	/// [`RELAYER_SURI`].
	pub fn start(a: &str, b: &str) -> Result<Relayer> {
		Self::start_as(a, b, RELAYER_SURI)
	}

	/// [`Relayer::start`] signing with the development key `suri`: each pair's relayer has a
	/// key of its own, so that no two processes race for one account's nonces.
	pub fn start_as(a: &str, b: &str, suri: &str) -> Result<Relayer> {
		let dir = tempfile::Builder::new()
			.prefix("medchain-relay-")
			.tempdir()
			.map_err(|e| format!("relayer log dir: {e}"))?;
		let mut r = Relayer {
			a: a.into(),
			b: b.into(),
			signer: suri.into(),
			child: None,
			dir,
			starts: 0,
			metrics_port: free_port(),
		};
		r.spawn()?;
		Ok(r)
	}

	fn log_path(&self) -> PathBuf {
		self.dir.path().join(format!("relay-{}.log", self.starts))
	}

	fn spawn(&mut self) -> Result<()> {
		self.starts += 1;
		let mut cmd = Command::new(relay_binary());
		cmd.args(["run", "--a", &self.a, "--b", &self.b, "--signer", &self.signer])
			.arg("--prometheus-port")
			.arg(self.metrics_port.to_string());
		let child = spawn_logged(cmd, &self.log_path())
			.map_err(|e| format!("starting {}: {e}", relay_binary().display()))?;
		self.child = Some(child);
		Ok(())
	}

	/// The value of the metric series `series` (name and labels, as the exposition prints
	/// them, e.g. `medchain_relay_headers_relayed_total{direction="a_to_b"}`), read from the
	/// relayer's `/metrics` page; `None` when the page has no such series.
	pub fn metric(&self, series: &str) -> Result<Option<f64>> {
		use std::io::{Read, Write};
		let mut stream = std::net::TcpStream::connect(("127.0.0.1", self.metrics_port))
			.map_err(|e| format!("connecting to the relayer's metrics: {e}"))?;
		stream
			.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
			.map_err(|e| format!("asking for metrics: {e}"))?;
		let mut page = String::new();
		stream.read_to_string(&mut page).map_err(|e| format!("reading metrics: {e}"))?;
		Ok(page.lines().find_map(|line| {
			let value = line.strip_prefix(series)?.strip_prefix(' ')?;
			value.trim().parse().ok()
		}))
	}

	/// Kill the relayer at once (SIGKILL: no chance to finish what it was doing).
	pub fn kill(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}

	/// Start it again (it keeps no state of its own).
	pub fn restart(&mut self) -> Result<()> {
		self.kill();
		self.spawn()
	}

	/// The last lines of every run's log.
	pub fn log_tail(&self) -> String {
		let mut out = String::new();
		for run in 1..=self.starts {
			let tail = log_tail(&self.dir.path().join(format!("relay-{run}.log")), LOG_TAIL_LINES);
			out.push_str(&format!("--- run {run} ---\n{tail}\n"));
		}
		out
	}
}

impl Drop for Relayer {
	fn drop(&mut self) {
		if std::thread::panicking() {
			eprintln!("----- relayer log -----\n{}-----", self.log_tail());
		}
		self.kill();
	}
}

/// `OrganizationRoles::CUSTODIAN`.
pub const CUSTODIAN: u128 = 2;
pub const HOSPITAL: u32 = 0;
pub const CLINIC: u32 = 0;
pub const DAVE: u64 = 0;

pub fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

pub fn bytes32(v: H256) -> Value {
	Value::from_bytes(v.0)
}

/// A chain under test: its node and clients.
pub struct Chain {
	pub node: Node,
	pub client: Client,
	pub rpc: Rpc,
}

impl Chain {
	pub async fn new(node: Node) -> Chain {
		let client = node.client().await.unwrap();
		let rpc = node.rpc().await.unwrap();
		Chain { node, client, rpc }
	}

	pub async fn submit(
		&self,
		payload: &impl crate::subxt::tx::Payload,
		who: &Keypair,
	) -> Included {
		submit(&self.client, &self.rpc, payload, who)
			.await
			.unwrap_or_else(|e| panic!("{}: {e:?}", self.node.name()))
	}

	pub async fn check(
		&self,
		patient: &AccountId32,
		org: u32,
		category: Category,
	) -> AccessDecision<u64> {
		check_access(&self.rpc, patient, org, category, Purpose::Treatment, None).await.unwrap()
	}

	/// [`Chain::check`] at the best block as it is now, without first waiting for finality to
	/// reach it: for timing when an answer changes.
	pub async fn check_now(
		&self,
		patient: &AccountId32,
		org: u32,
		category: Category,
	) -> AccessDecision<u64> {
		check_access_now(&self.rpc, patient, org, category, Purpose::Treatment, None).await.unwrap()
	}

	/// `(nonce, applied)` of every inbound message this chain dispatched on slot 0's lane, in
	/// chain order.
	pub async fn dispatched(&self) -> Vec<(u64, bool)> {
		self.dispatched_on(0).await
	}

	/// `(nonce, applied)` of every inbound message this chain dispatched on `slot`'s lane, in
	/// chain order.
	pub async fn dispatched_on(&self, slot: u8) -> Vec<(u64, bool)> {
		let best = self.rpc.best_number().await.unwrap();
		let mut out = Vec::new();
		for n in 1..=best {
			let at = self.client.at_block(n as u64).await.unwrap();
			let events = at.events().fetch().await.unwrap();
			for ev in events.iter() {
				let ev = ev.unwrap();
				if ev.pallet_name() != "MedchainBridge" {
					continue;
				}
				let applied = match ev.event_name() {
					"MessageApplied" => true,
					"MessageRejected" => false,
					_ => continue,
				};
				// `MessageApplied { nonce, slot }`, `MessageRejected { nonce, reason, slot }`:
				// the slot is the last byte.
				let bytes = ev.field_bytes();
				if bytes.last() != Some(&slot) {
					continue;
				}
				let nonce = u64::from_le_bytes(bytes[..8].try_into().unwrap());
				out.push((nonce, applied));
			}
		}
		out
	}
}

/// On A: the hospital (Bob, custodian) and patient Dave, who authorises the hospital.
/// On B: the clinic (Charlie).
pub async fn setup(a: &Chain, b: &Chain) {
	let org = |admin: &Keypair, kind: &str, roles: u128| {
		call_value(
			"PatientIdentity",
			"register_organization",
			vec![account(&id(admin)), code(kind), list([n(roles)])],
		)
	};
	// Each chain's council (one seat) registers the organization.
	let done = a.submit(&council(org(&dev::bob(), "Hospital", CUSTODIAN)), &dev::alice()).await;
	assert_eq!(executed(&a.client, &done).await, Some(Ok(())));
	let done = b.submit(&council(org(&dev::charlie(), "Clinic", 0)), &dev::bob()).await;
	assert_eq!(executed(&b.client, &done).await, Some(Ok(())));
	let register = call("PatientIdentity", "register_patient", vec![Value::from_bytes([7u8; 32])]);
	a.submit(&register, &dev::dave()).await;
	let approve = call("PatientIdentity", "approve_link", vec![none(), n(HOSPITAL as u128)]);
	a.submit(&approve, &dev::dave()).await;
}

pub fn export(org: u32, categories: &[&str]) -> impl crate::subxt::tx::Payload {
	call(
		"MedchainBridge",
		"export_consent",
		vec![
			none(),
			n(org as u128),
			list(categories.iter().map(|c| code(c))),
			list([code("Treatment")]),
			list([]),
			none(),
		],
	)
}

/// `EhrAnchor.anchor`'s fields: a lab result of Dave's with `hash`, no locator.
pub fn anchor_fields(record: H256, hash: H256) -> Vec<Value> {
	vec![
		bytes32(record),
		n(DAVE as u128),
		code("Laboratory"),
		Value::unnamed_variant("FhirR4", [code("Observation")]),
		bytes32(hash),
		none(),
	]
}

/// The hospital anchors a lab result of Dave's.
pub fn anchor(record: H256, hash: H256) -> impl crate::subxt::tx::Payload {
	call("EhrAnchor", "anchor", anchor_fields(record, hash))
}

pub fn share(record: H256) -> impl crate::subxt::tx::Payload {
	call("MedchainBridge", "share_record", vec![bytes32(record)])
}

/// `bridge_verifyRecord` on `chain`: a copy of `record` with content `hash`, checked against
/// the fingerprint the peer shared.
pub async fn verify_on(chain: &Chain, record: H256, hash: H256) -> RemoteVerdict {
	BridgeApiClient::<H256, AccountId32>::verify_record(chain.rpc.api(), record, hash, None)
		.await
		.unwrap()
}

/// Organization 0 of C in the three-chain tests: the lab.
pub const LAB: u32 = 0;

/// The council of `chain` (`council_key`: a seat, the only one in these chains) registers an
/// organization of `kind` (`Hospital`, …) administered by `admin`, with the role bits `roles`.
pub async fn register_organization(
	chain: &Chain,
	council_key: &Keypair,
	admin: &Keypair,
	kind: &str,
	roles: u128,
) {
	let org = call_value(
		"PatientIdentity",
		"register_organization",
		vec![account(&id(admin)), code(kind), list([n(roles)])],
	);
	let done = chain.submit(&council(org), council_key).await;
	assert_eq!(executed(&chain.client, &done).await, Some(Ok(())), "{}", chain.node.name());
}

/// Three chains: on A the hospital (Bob, custodian) and patient Dave, who authorises it; on B
/// the clinic (Charlie, custodian) and patient Alice, who authorises it; on C the lab (Bob).
/// Each chain's council (Alice, Bob, Charlie: one seat each) registers its organization.
pub async fn setup_three(a: &Chain, b: &Chain, c: &Chain) {
	register_organization(a, &dev::alice(), &dev::bob(), "Hospital", CUSTODIAN).await;
	register_organization(b, &dev::bob(), &dev::charlie(), "Clinic", CUSTODIAN).await;
	register_organization(c, &dev::charlie(), &dev::bob(), "Laboratory", 0).await;
	for (chain, patient) in [(a, dev::dave()), (b, dev::alice())] {
		let register =
			call("PatientIdentity", "register_patient", vec![Value::from_bytes([7u8; 32])]);
		chain.submit(&register, &patient).await;
		let approve = call("PatientIdentity", "approve_link", vec![none(), n(0)]);
		chain.submit(&approve, &patient).await;
	}
}

/// The fields of `MedchainBridge.export_consent_to` organization `org` of chain `to`: one
/// category, for treatment, any custodian, no end.
pub fn export_to_fields(to: H256, org: u32, category: &str) -> Vec<Value> {
	let remote = Value::named_composite([("chain", bytes32(to)), ("organization", n(org as u128))]);
	vec![none(), remote, list([code(category)]), list([code("Treatment")]), list([]), none()]
}
