//! `medchain-gateway` processes and a sample consortium for them: two custodians (a hospital
//! and a lab), each serving the sample data of `gateway/tests/fixtures/fhir/` through its own
//! gateway, and a requesting organization that authenticates with SMART Backend Services
//! client assertions signed by its ed25519 operator key; requests go over real HTTP/1.1.
//!
//! Organizations: 0 the hospital (admin Bob, gateway key `//HospitalGateway`), 1 the lab
//! (admin Charlie, `//LabGateway`), 2 the requester (admin Eve, emergency-access role,
//! operator `//Requester`). Dave is patient 0, linked to both custodians; Alice is sudo.

use std::{
	io::{BufRead, BufReader},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, SystemTime, UNIX_EPOCH},
};

use medchain_gateway::{auth::client_assertion, chain::Key};
use medchain_rpc::RecordsApiClient;
use pallet_ehr_anchor::{AuditHead, Verdict};
use serde_json::{json, Value as Json};
use sp_core::{Pair, H256};
use subxt::{dynamic::Value, utils::AccountId32 as SubxtAccount};
use subxt_signer::sr25519::{dev, Keypair};

pub use crate::fhir_http::{fhir_request, http, send, Answer, FhirServer};
use crate::{
	extrinsics::{
		account, address, call, call_value, code, list, n, none, scope, some, submit, sudo,
		Included,
	},
	node_binary, wait_until, Client, MedchainConfig, Node, NodeConfig, Rpc,
};

/// `OrganizationRoles` bits (see the identity pallet).
const EMERGENCY_ACCESS: u128 = 1;
const CUSTODIAN: u128 = 2;
/// The chain's SS58 prefix (runtime `token.rs`); the gateway reads it from the chain.
pub const SS58: u16 = 61;
/// What each ed25519 key is given to pay its fees: 1,000 MED.
const OPERATOR_FUNDS: u128 = 1_000 * 10u128.pow(12);
/// How long a gateway may take to print its listening line (it connects to the node first).
const GATEWAY_START_TIMEOUT: Duration = Duration::from_secs(60);

/// Path of the `medchain-gateway` binary, beside the node.
pub fn gateway_binary() -> PathBuf {
	if let Ok(p) = std::env::var("MEDCHAIN_GATEWAY") {
		return PathBuf::from(p);
	}
	node_binary().with_file_name("medchain-gateway")
}

/// A folder of the sample FHIR data (`hospital`, `lab`).
pub fn fixtures(name: &str) -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join("../gateway/tests/fixtures/fhir").join(name)
}

/// Every resource of a folder of the sample data, in file order, Bundles split into their
/// entries' resources.
pub fn fixture_resources(name: &str) -> Vec<Json> {
	let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures(name))
		.expect("the fixtures folder")
		.map(|entry| entry.expect("a directory entry").path())
		.filter(|path| path.extension().is_some_and(|e| e == "json"))
		.collect();
	files.sort();
	let mut resources = Vec::new();
	for file in files {
		let text = std::fs::read_to_string(&file).expect("a fixture file");
		let document: Json = serde_json::from_str(&text)
			.unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()));
		if document["resourceType"] == "Bundle" {
			for entry in document["entry"].as_array().into_iter().flatten() {
				resources.push(entry["resource"].clone());
			}
		} else {
			resources.push(document);
		}
	}
	resources
}

/// The ed25519 development key `//NAME` (the gateway's `--dev NAME`).
pub fn key(name: &str) -> Key {
	Key::from_suri(&format!("//{name}")).expect("a development key")
}

/// An sr25519 key's account.
pub fn sr(k: &Keypair) -> SubxtAccount {
	k.public_key().to_account_id()
}

/// An ed25519 key's account.
pub fn ed(k: &Key) -> SubxtAccount {
	SubxtAccount(k.0.public().0)
}

/// UNIX seconds.
pub fn now() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs()
}

/// A running `medchain-gateway serve`; killed when dropped.
pub struct Gateway {
	child: Child,
	pub url: String,
}

impl Gateway {
	/// Serves `store` (after loading `load`) on a free loopback port, as `//KEY`'s organization.
	pub fn start(store: &Path, load: Option<&Path>, node: &str, key: &str) -> Gateway {
		Self::start_on("127.0.0.1:0", store, load, node, key)
	}

	/// The same on `listen`.
	pub fn start_on(
		listen: &str,
		store: &Path,
		load: Option<&Path>,
		node: &str,
		key: &str,
	) -> Gateway {
		let mut command = Command::new(gateway_binary());
		command.args(["serve", "--listen", listen, "--node", node, "--dev", key]);
		command.arg("--store").arg(store);
		if let Some(dir) = load {
			command.arg("--load").arg(dir);
		}
		Self::spawn(command)
	}

	/// Serves in proxy mode on a free loopback port, as `//KEY`'s organization: the resources
	/// of the FHIR server at `upstream` (its base URL), with `store` holding the anchor map,
	/// the patient links and the journal.
	pub fn start_upstream(store: &Path, upstream: &str, node: &str, key: &str) -> Gateway {
		let mut command = Command::new(gateway_binary());
		command.args(["serve", "--listen", "127.0.0.1:0", "--node", node, "--dev", key]);
		command.arg("--store").arg(store).args(["--upstream", upstream]);
		Self::spawn(command)
	}

	/// Starts `command` (a `serve`) and waits for the line saying where it serves.
	fn spawn(mut command: Command) -> Gateway {
		let mut child =
			command.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().expect("spawn");
		let stdout = child.stdout.take().expect("stdout");
		let (tx, rx) = std::sync::mpsc::channel();
		std::thread::spawn(move || {
			for line in BufReader::new(stdout).lines().map_while(Result::ok) {
				if let Some(rest) = line.split(" at ").nth(1) {
					let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().to_owned());
				}
			}
		});
		let url = rx.recv_timeout(GATEWAY_START_TIMEOUT).expect("the gateway starts serving");
		Gateway { child, url }
	}

	/// The gateway process's id (the benchmark reads its memory from `/proc/<pid>/status`).
	pub fn pid(&self) -> u32 {
		self.child.id()
	}

	pub fn stop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

impl Drop for Gateway {
	fn drop(&mut self) {
		self.stop();
	}
}

/// `medchain-gateway anchor`: loads `load` into `store` and anchors it as `key`'s organization.
pub fn anchor(store: &Path, load: &Path, node: &str, key: &str, link: &str) -> String {
	let output = Command::new(gateway_binary())
		.args(["anchor", "--node", node, "--dev", key, "--link", link])
		.arg("--store")
		.arg(store)
		.arg("--load")
		.arg(load)
		.output()
		.expect("run anchor");
	let stderr = String::from_utf8_lossy(&output.stderr).to_string();
	assert!(output.status.success(), "anchor failed: {stderr}");
	String::from_utf8_lossy(&output.stdout).to_string()
}

/// `medchain-gateway anchor --upstream`: anchors, as `key`'s organization, every resource the
/// FHIR server at `upstream` holds for the patients `link` names (`LOCAL=CHAIN`) that `store`
/// has no anchor of yet; returns what it printed (a `Type/id\t0x<record>` line each).
pub fn anchor_upstream(store: &Path, upstream: &str, node: &str, key: &str, link: &str) -> String {
	let output = Command::new(gateway_binary())
		.args(["anchor", "--upstream", upstream, "--node", node, "--dev", key, "--link", link])
		.arg("--store")
		.arg(store)
		.output()
		.expect("run anchor --upstream");
	let stderr = String::from_utf8_lossy(&output.stderr).to_string();
	assert!(output.status.success(), "anchor --upstream failed: {stderr}");
	String::from_utf8_lossy(&output.stdout).to_string()
}

/// `application/x-www-form-urlencoded` escaping of one value (the gateway's own).
pub use medchain_gateway::federation::form_encode;

/// Posts a client assertion to `gateway`'s token endpoint.
pub async fn token_answer(gateway: &str, jwt: &str) -> Answer {
	let form = format!(
		"grant_type=client_credentials&scope=system%2F*.rs&client_assertion_type={}&client_assertion={}",
		form_encode(medchain_gateway::auth::JWT_BEARER),
		form_encode(jwt)
	);
	http("POST", &format!("{gateway}/auth/token"), None, Some(&form)).await
}

/// A fresh assertion of `key` for `gateway` with `purpose`.
pub fn assertion(key: &Key, gateway: &str, purpose: &str) -> String {
	let jti = format!("{:016x}", rand_u64());
	client_assertion(&key.0, SS58, &format!("{gateway}/auth/token"), purpose, now(), 120, &jti)
}

fn rand_u64() -> u64 {
	let mut bytes = [0u8; 8];
	getrandom::getrandom(&mut bytes).expect("randomness");
	u64::from_le_bytes(bytes)
}

/// An access token of `key` at `gateway` for `purpose`.
pub async fn token(key: &Key, gateway: &str, purpose: &str) -> String {
	let answer = token_answer(gateway, &assertion(key, gateway, purpose)).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	answer.body["access_token"].as_str().expect("a token").to_owned()
}

/// `GET path` at `gateway` with bearer `token`.
pub async fn get(gateway: &Gateway, path: &str, token: &str) -> Answer {
	http("GET", &format!("{}{path}", gateway.url), Some(token), None).await
}

/// Most pages [`search_pages`] follows before it decides that the `next` links never end.
const MAX_PAGES: usize = 50;

/// A search at `gateway` page by page: `GET path` (which names `_count`), then each page's
/// `next` link until a page has none. Every page must be 200 and name itself (`self` link).
pub async fn search_pages(gateway: &Gateway, path: &str, token: &str) -> Vec<Answer> {
	let mut pages: Vec<Answer> = Vec::new();
	let mut url = format!("{}{path}", gateway.url);
	loop {
		let page = http("GET", &url, Some(token), None).await;
		let n = pages.len() + 1;
		assert_eq!(page.status, 200, "page {n} of {path} ({url}): {page:?}");
		assert!(page.link("self").is_some(), "page {n} of {path} has no self link: {page:?}");
		let next = page.link("next").map(|next| absolute(gateway, next));
		pages.push(page);
		let Some(next) = next else { return pages };
		assert!(pages.len() < MAX_PAGES, "{path}: still a next link after {MAX_PAGES} pages");
		url = next;
	}
}

/// A link of `gateway`'s as a full URL (it may give one, or a path).
fn absolute(gateway: &Gateway, link: &str) -> String {
	if link.starts_with("http://") || link.starts_with("https://") {
		link.to_owned()
	} else {
		format!("{}/{}", gateway.url, link.trim_start_matches('/'))
	}
}

/// How many entries patient 0's audit chain holds.
pub async fn audit_count(rpc: &Rpc) -> u64 {
	let head: AuditHead =
		RecordsApiClient::<H256>::audit_head(rpc.api(), 0, None).await.expect("audit head");
	head.count
}

/// Waits until patient 0's audit chain holds `count` entries (the gateways' journals drained).
pub async fn wait_for_audit(rpc: &Rpc, count: u64) {
	wait_until(&format!("{count} audit entries"), || async {
		let now = audit_count(rpc).await;
		assert!(now <= count, "more audit entries ({now}) than releases ({count})");
		Ok((now == count).then_some(()))
	})
	.await
	.expect("every release reaches the audit chain");
}

/// Waits until the block holding `included` is final (a new grant counts once final).
pub async fn wait_final(rpc: &Rpc, included: &Included) {
	let number = rpc.block_number(included.block_hash).await.expect("block number");
	wait_until(&format!("block #{number} final"), || async {
		Ok((rpc.finalized_number().await? >= number).then_some(()))
	})
	.await
	.expect("finality");
}

/// Submits and expects success.
pub async fn ok(
	client: &Client,
	rpc: &Rpc,
	payload: &impl subxt::transactions::Payload,
	signer: &impl subxt::transactions::Signer<MedchainConfig>,
) -> Included {
	submit(client, rpc, payload, signer).await.expect("the transaction succeeds")
}

/// Organizations, operator keys, the patient and its links; then both custodians anchor their
/// sample data. Returns the hospital's and the lab's store paths.
pub async fn setup_sample_consortium(
	client: &Client,
	rpc: &Rpc,
	node_url: &str,
	dir: &Path,
) -> (PathBuf, PathBuf) {
	let (hospital, lab, requester) = (key("HospitalGateway"), key("LabGateway"), key("Requester"));
	let transfers = [&hospital, &lab, &requester].map(|k| {
		call_value("Balances", "transfer_keep_alive", vec![address(&ed(k)), n(OPERATOR_FUNDS)])
	});
	ok(client, rpc, &call("Utility", "batch_all", vec![list(transfers)]), &dev::alice()).await;
	let org = |admin: &Keypair, kind: &str, roles: u128| {
		call_value(
			"PatientIdentity",
			"register_organization",
			vec![account(&sr(admin)), code(kind), list([n(roles)])],
		)
	};
	let orgs = call_value(
		"Utility",
		"batch_all",
		vec![list([
			org(&dev::bob(), "Hospital", CUSTODIAN),
			org(&dev::charlie(), "Laboratory", CUSTODIAN),
			org(&dev::eve(), "Hospital", EMERGENCY_ACCESS),
		])],
	);
	ok(client, rpc, &sudo(orgs), &dev::alice()).await;
	let invite = |k: &Key| call("PatientIdentity", "add_operator", vec![account(&ed(k))]);
	let (invites, admins) = (
		[invite(&hospital), invite(&lab), invite(&requester)],
		[dev::bob(), dev::charlie(), dev::eve()],
	);
	let (a, b, c) = tokio::join!(
		submit(client, rpc, &invites[0], &admins[0]),
		submit(client, rpc, &invites[1], &admins[1]),
		submit(client, rpc, &invites[2], &admins[2]),
	);
	a.and(b).and(c).expect("operators invited");
	let accepts =
		[0u32, 1, 2].map(|org| call("PatientIdentity", "accept_operator", vec![n(org as u128)]));
	let (a, b, c) = tokio::join!(
		submit(client, rpc, &accepts[0], &hospital),
		submit(client, rpc, &accepts[1], &lab),
		submit(client, rpc, &accepts[2], &requester),
	);
	a.and(b).and(c).expect("operators accepted");
	ok(
		client,
		rpc,
		&call("PatientIdentity", "register_patient", vec![Value::from_bytes([7u8; 32])]),
		&dev::dave(),
	)
	.await;
	let approve =
		|org: u32| call_value("PatientIdentity", "approve_link", vec![none(), n(org as u128)]);
	ok(
		client,
		rpc,
		&call("Utility", "batch_all", vec![list([approve(0), approve(1)])]),
		&dev::dave(),
	)
	.await;
	let link = call("PatientIdentity", "link_patient", vec![n(0), Value::from_bytes([1u8; 32])]);
	let (a, b) =
		tokio::join!(submit(client, rpc, &link, &hospital), submit(client, rpc, &link, &lab));
	let included = a.and(b).expect("links completed");
	wait_final(rpc, &included).await;

	let url = node_url.to_owned();
	let (hospital_store, lab_store) = (dir.join("hospital.redb"), dir.join("lab.redb"));
	let anchored =
		anchor(&hospital_store, &fixtures("hospital"), &url, "HospitalGateway", "hosp-p1=0");
	assert_eq!(anchored.lines().count(), 10, "{anchored}");
	let anchored = anchor(&lab_store, &fixtures("lab"), &url, "LabGateway", "lab-p1=0");
	assert_eq!(anchored.lines().count(), 5, "{anchored}");
	// Anchoring twice anchors nothing more.
	assert_eq!(anchor(&lab_store, &fixtures("lab"), &url, "LabGateway", "lab-p1=0"), "");
	(hospital_store, lab_store)
}

/// A `--dev` node with the sample consortium set up and both custodians' data anchored.
pub struct Sample {
	pub node: Node,
	pub client: Client,
	pub rpc: Rpc,
	/// The node's WebSocket URL.
	pub url: String,
	pub hospital_store: PathBuf,
	pub lab_store: PathBuf,
	/// Where the stores are (removed when dropped).
	pub dir: tempfile::TempDir,
}

impl Sample {
	/// Starts the node and sets everything up (about a minute: a dozen extrinsics).
	pub async fn start() -> crate::Result<Sample> {
		let node = Node::start(NodeConfig::dev()).await?;
		node.wait_for_best(1).await?;
		let client = node.client().await?;
		let rpc = node.rpc().await?;
		let url = node.ws_url();
		let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
		let (hospital_store, lab_store) =
			setup_sample_consortium(&client, &rpc, &url, dir.path()).await;
		Ok(Sample { node, client, rpc, url, hospital_store, lab_store, dir })
	}
}

/// Dave grants the requester (organization 2) laboratory data for treatment; returns once
/// the grant is final (a new grant counts once final).
pub async fn grant_laboratory_for_treatment(client: &Client, rpc: &Rpc) {
	let grant = call(
		"Consent",
		"grant",
		vec![none(), list([n(2)]), scope(&["Laboratory"], &["Treatment"], &[]), none(), none()],
	);
	let granted = ok(client, rpc, &grant, &dev::dave()).await;
	wait_final(rpc, &granted).await;
}

/// The chain's genesis hash (federation assertions name it).
pub async fn genesis(rpc: &Rpc) -> H256 {
	let hash: String =
		rpc.call("chain_getBlockHash", jsonrpsee::rpc_params![0u32]).await.expect("genesis");
	hash.parse().expect("a hash")
}

/// `admin` publishes its organization's gateway endpoint `url` on chain; returns once final
/// (gateways read it at their best block).
pub async fn publish_endpoint(client: &Client, rpc: &Rpc, admin: &Keypair, url: &str) {
	let publish = call("PatientIdentity", "set_endpoint", vec![some(Value::from_bytes(url))]);
	let published = ok(client, rpc, &publish, admin).await;
	wait_final(rpc, &published).await;
}

/// A fresh federation assertion of `key` for chain patient `patient`, sent to organization
/// `via`'s gateway, with `purpose`.
pub fn federation(key: &Key, genesis: &H256, patient: u64, via: u32, purpose: &str) -> String {
	let jti = format!("{:016x}", rand_u64());
	medchain_gateway::auth::federation_assertion(
		&key.0,
		SS58,
		genesis,
		patient,
		via,
		purpose,
		now(),
		120,
		&jti,
	)
}

/// `GET Patient/[id]/$everything` at `gateway`, with a federation assertion if given.
pub async fn everything(
	gateway: &Gateway,
	id: &str,
	token: &str,
	assertion: Option<&str>,
) -> Answer {
	let headers: Vec<(&str, &str)> = assertion
		.map(|a| vec![(medchain_gateway::federation::FEDERATION_HEADER, a)])
		.unwrap_or_default();
	let url = format!("{}/Patient/{id}/$everything", gateway.url);
	send("GET", &url, Some(token), &headers, None).await
}

/// The custodian organization a Bundle entry names (`urn:medchain:fhir:custodian`).
pub fn custodian_of(entry: &Json) -> Option<u64> {
	entry["extension"].as_array()?.iter().find_map(|e| {
		(e["url"] == medchain_gateway::server::CUSTODIAN_EXTENSION)
			.then(|| e["valueUnsignedInt"].as_u64())
			.flatten()
	})
}

/// Patient 0's audit chain from the `AccessLogged` events of every block up to the best: each
/// entry's SCALE bytes and the head the event states.
pub async fn audit_events(client: &Client, rpc: &Rpc) -> Vec<(Vec<u8>, [u8; 32])> {
	let best = rpc.best_number().await.expect("best");
	let mut out = Vec::new();
	for n in 1..=best {
		let at = client.at_block(n as u64).await.expect("block");
		for event in at.events().fetch().await.expect("events").iter() {
			let event = event.expect("an event");
			if (event.pallet_name(), event.event_name()) != ("EhrAnchor", "AccessLogged") {
				continue;
			}
			// Fields: patient (u64) ‖ entry ‖ head (32 bytes).
			let fields = event.field_bytes();
			if fields[..8] != 0u64.to_le_bytes() {
				continue;
			}
			let head: [u8; 32] = fields[fields.len() - 32..].try_into().expect("32 bytes");
			out.push((fields[8..fields.len() - 32].to_vec(), head));
		}
	}
	out
}

/// A laboratory result (glucose, `value` mg/dL) of the sample patient hosp-p1, without an id:
/// what the write tests create.
pub fn glucose(value: u32) -> Json {
	json!({
		"resourceType": "Observation",
		"status": "final",
		"category": [{"coding": [{
			"system": "http://terminology.hl7.org/CodeSystem/observation-category",
			"code": "laboratory",
		}]}],
		"code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]},
		"subject": {"reference": "Patient/hosp-p1"},
		"valueQuantity": {"value": value, "unit": "mg/dL"},
	})
}

/// A header holding a hash (`X-Medchain-Record`, `X-Medchain-Content-Hash`).
pub fn hash_header(answer: &Answer, name: &str) -> H256 {
	answer.header(name).unwrap_or_else(|| panic!("{name} in {answer:?}")).parse().expect("a hash")
}

/// The FHIR JSON media type writes are sent as.
pub const FHIR_JSON: &str = "application/fhir+json";

/// `method path` at `gateway` with bearer `token` and a FHIR JSON body.
pub async fn write(gateway: &Gateway, method: &str, path: &str, token: &str, body: &str) -> Answer {
	let url = format!("{}{path}", gateway.url);
	send(method, &url, Some(token), &[], Some((FHIR_JSON, body))).await
}

/// What the chain says about `hash` as a version of `record`, at the best block.
pub async fn verdict(rpc: &Rpc, record: H256, hash: H256) -> Verdict {
	RecordsApiClient::<H256>::verify(rpc.api(), record, hash, None).await.expect("verify")
}
