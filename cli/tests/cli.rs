//! The `medchain` command-line tool against a real `--dev` node, run as a provider system or a
//! helper desk runs it: the built binary, keys from files, a keystore, the environment or the
//! development seeds, `--json` where the test reads the output.
//!
//! Accounts: Alice is sudo (the harness registers the organizations, as governance would);
//! Bob administers organization 0 (a hospital: custodian, emergency access) and signs from a key
//! file; Charlie administers organization 1 (a clinic); Eve becomes an operator of the hospital
//! through the CLI; Dave is patient 0; Ferdie is patient 1 (from a keystore file); an ed25519 key
//! (`//Patient2`, from a key file) is patient 2.
//!
//! One node for every flow; independent signers act in parallel to save blocks.

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::Command,
};

use medchain_e2e::{
	extrinsics::{account, address, call_value, code, list, n, submit, sudo},
	jsonrpsee::rpc_params,
	medchain_rpc::RecordsApiClient,
	subxt::{dynamic::Value, utils::AccountId32 as SubxtAccountId},
	subxt_signer::sr25519::{dev, Keypair},
	Node, NodeConfig, Rpc,
};
use pallet_ehr_anchor::Verdict;
use serde_json::Value as Json;
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	ed25519, Pair, H256,
};

/// The CLI's exit codes (cli/src/error.rs).
const NEGATIVE: i32 = 1;
const BAD_INPUT: i32 = 2;
const UNREACHABLE: i32 = 3;
const WRONG_CHAIN: i32 = 4;
const REFUSED: i32 = 5;

/// `OrganizationRoles`: emergency access | custodian.
const HOSPITAL_ROLES: u128 = 0b11;
/// Balance given to the ed25519 patient key: a thousand tokens of 12 decimals, ample for its
/// registration deposit and fees.
const ED25519_PATIENT_BALANCE: u128 = 1_000 * 1_000_000_000_000;
/// The peer chain the harness names for the bridge: no chain, so exports are queued, never
/// delivered (enough for export, revoke and status).
const PEER: [u8; 32] = [0x11; 32];
/// Readings in the test batch.
const BATCH_SIZE: usize = 5;

fn observation(value: f64) -> String {
	format!(
		r#"{{"resourceType":"Observation","status":"final",
		    "code":{{"coding":[{{"system":"http://loinc.org","code":"2345-7"}}]}},
		    "valueQuantity":{{"value":{value},"unit":"mmol/L"}}}}"#
	)
}

fn public(k: &Keypair) -> [u8; 32] {
	k.public_key().0
}

/// An account as the CLI takes it: SS58 in the generic format (any format is accepted).
fn ss58(public: [u8; 32]) -> String {
	AccountId32::new(public).to_ss58check()
}

/// The public key of an address the CLI printed (in the chain's own format).
fn public_of(address: &Json) -> [u8; 32] {
	let text = address.as_str().unwrap_or_else(|| panic!("an address, got {address}"));
	let (account, _) = AccountId32::from_ss58check_with_version(text)
		.unwrap_or_else(|e| panic!("{text} is not SS58: {e:?}"));
	account.into()
}

fn h256(value: &Json) -> H256 {
	serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{value} is not a hash: {e}"))
}

/// One run of the binary.
struct Run {
	what: String,
	code: i32,
	stdout: String,
	stderr: String,
}

impl Run {
	/// The JSON it printed, after checking that it succeeded.
	fn ok(&self) -> Json {
		assert_eq!(
			self.code, 0,
			"`medchain {}` failed:\n{}{}",
			self.what, self.stderr, self.stdout
		);
		self.json()
	}

	/// The JSON it printed, whatever its exit code.
	fn json(&self) -> Json {
		serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
			panic!("`medchain {}` printed no JSON ({e}):\n{}", self.what, self.stdout)
		})
	}

	/// Check that it failed with `code` and one line on stderr containing `needle`.
	fn fails(&self, code: i32, needle: &str) {
		let stderr = self.stderr.trim_end();
		assert_eq!(
			self.code, code,
			"`medchain {}`: expected exit code {code}:\n{stderr}\n{}",
			self.what, self.stdout
		);
		assert_eq!(
			stderr.lines().count(),
			1,
			"`medchain {}`: one line on stderr:\n{stderr}",
			self.what
		);
		assert!(stderr.starts_with("error: "), "`medchain {}`: {stderr}", self.what);
		assert!(
			stderr.contains(needle),
			"`medchain {}`: expected `{needle}` in:\n{stderr}",
			self.what
		);
	}
}

/// The binary, pointed at one node, with a directory for key and data files.
struct Medchain {
	url: String,
	dir: tempfile::TempDir,
}

impl Medchain {
	fn path(&self, name: &str) -> PathBuf {
		self.dir.path().join(name)
	}

	/// Run with `args` and extra environment variables (no secret from the test's environment).
	fn env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
		let out = Command::new(env!("CARGO_BIN_EXE_medchain"))
			.args(args)
			.env("MEDCHAIN_URL", &self.url)
			.env_remove("MEDCHAIN_SURI")
			.env_remove("MEDCHAIN_GENESIS")
			.envs(env.iter().copied())
			.output()
			.expect("the medchain binary runs");
		Run {
			what: args.join(" "),
			code: out.status.code().unwrap_or(-1),
			stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
			stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
		}
	}

	fn run(&self, args: &[&str]) -> Run {
		self.env(args, &[])
	}

	/// Run with `--json` and expect success.
	fn json(&self, args: &[&str]) -> Json {
		let mut args = args.to_vec();
		args.push("--json");
		self.run(&args).ok()
	}

	/// Write a file only its owner may read (`mode` 0o600) or anyone (0o644).
	fn secret_file(&self, name: &str, content: &str, mode: u32) -> String {
		use std::os::unix::fs::PermissionsExt;
		let path = self.path(name);
		std::fs::write(&path, content).unwrap();
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
		path.display().to_string()
	}

	/// A keystore file written by `medchain-node key insert` for `suri`.
	fn keystore_file(&self, name: &str, scheme: &str, suri: &str) -> String {
		let base = self.path(name);
		let status = Command::new(medchain_e2e::node_binary())
			.args(["key", "insert", "--chain", "dev", "--key-type", "acco", "--scheme", scheme])
			.arg("--base-path")
			.arg(&base)
			.args(["--suri", suri])
			.status()
			.expect("medchain-node runs");
		assert!(status.success(), "medchain-node key insert");
		find_file(&base).display().to_string()
	}
}

/// The one file under `dir` (following the first entry of each directory down).
fn find_file(dir: &Path) -> PathBuf {
	let entry = std::fs::read_dir(dir)
		.unwrap()
		.next()
		.unwrap_or_else(|| panic!("no file under {}", dir.display()));
	let path = entry.unwrap().path();
	if path.is_dir() {
		find_file(&path)
	} else {
		path
	}
}

/// The next nonce of `who`: a refused command must leave it alone.
async fn nonce(rpc: &Rpc, who: [u8; 32]) -> u64 {
	rpc.call("system_accountNextIndex", rpc_params![ss58(who)]).await.unwrap()
}

/// Run a command in each closure at once (independent signers), returning their results.
fn parallel<const N: usize>(jobs: [&(dyn Fn() -> Json + Sync); N]) -> Vec<Json> {
	std::thread::scope(|s| {
		let handles: Vec<_> = jobs.iter().map(|job| s.spawn(job)).collect();
		handles.into_iter().map(|h| h.join().expect("a command thread")).collect()
	})
}

/// The TypeScript package, built from its sources once per test run (`npm run build`: its
/// dependencies are installed by `scripts/setup.sh`), so its verifier is the current one.
fn typescript_package() -> &'static Path {
	static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
	BUILT.get_or_init(|| {
		let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../clients/js");
		let status = Command::new("npm")
			.args(["run", "build", "--silent"])
			.current_dir(&dir)
			.status()
			.expect("npm runs (Node.js 20 or later; `make setup` installs clients/js)");
		assert!(status.success(), "building clients/js failed: run `make setup` first");
		dir.join("dist/index.js").canonicalize().expect("clients/js/dist/index.js was built")
	})
}

/// The TypeScript package's verdict on a proof file (`verifyInclusionProof`): its exit code,
/// 0 verified, 1 not.
fn typescript_verifier(proof: &Path) -> i32 {
	let module = format!("file://{}", typescript_package().display());
	let script = format!(
		"import {{ verifyInclusionProof }} from {module:?};
		 import {{ readFileSync }} from 'node:fs';
		 const claim = JSON.parse(readFileSync(process.argv[1], 'utf8'));
		 let ok;
		 try {{ ok = verifyInclusionProof(claim); }} catch (e) {{ console.error(e); process.exit(2); }}
		 process.exit(ok ? 0 : 1);"
	);
	let out = Command::new("node")
		.args(["--input-type=module", "-e", &script])
		.arg(proof)
		.output()
		.expect("node runs");
	out.status.code().unwrap_or(-1)
}

/// Governance's part, by sudo in one block: the two organizations, the bridge's peer, and a
/// balance for the ed25519 patient key.
async fn setup(node: &Node, ed25519_patient: [u8; 32]) {
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let org = |admin: &Keypair, kind: &str, roles: u128| {
		call_value(
			"PatientIdentity",
			"register_organization",
			vec![account(&SubxtAccountId(public(admin))), code(kind), list([n(roles)])],
		)
	};
	let batch = call_value(
		"Utility",
		"batch_all",
		vec![list([
			org(&dev::bob(), "Hospital", HOSPITAL_ROLES),
			org(&dev::charlie(), "Clinic", 0),
			call_value("MedchainBridge", "set_peer", vec![Value::from_bytes(PEER)]),
			call_value(
				"Balances",
				"force_set_balance",
				vec![address(&SubxtAccountId(ed25519_patient)), n(ED25519_PATIENT_BALANCE)],
			),
		])],
	);
	let done = submit(&client, &rpc, &sudo(batch), &dev::alice()).await.unwrap();
	assert!(done.has("Utility", "BatchCompleted"), "{:?}", done.events);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_flows_batches_audit_bridge_and_bad_input() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let cli = Medchain { url: node.ws_url(), dir: tempfile::tempdir().unwrap() };
	let ed25519_patient = ed25519::Pair::from_string("//Patient2", None).unwrap().public().0;
	setup(&node, ed25519_patient).await;
	let (bob, charlie, dave, eve, ferdie) = (
		public(&dev::bob()),
		public(&dev::charlie()),
		public(&dev::dave()),
		public(&dev::eve()),
		public(&dev::ferdie()),
	);

	// ---- Bad input before anything: unreachable node, another chain, a secret as --dev. ----
	let dead = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
	let dead_url = format!("ws://127.0.0.1:{dead}");
	cli.run(&["org", "show", "0", "--url", &dead_url]).fails(UNREACHABLE, "cannot reach the node");
	cli.run(&[
		"patient",
		"register",
		"--commitment",
		&format!("0x{}", "07".repeat(32)),
		"--dev",
		"dave",
		"--url",
		&dead_url,
	])
	.fails(UNREACHABLE, &dead_url);
	let dave_nonce = nonce(&rpc, dave).await;
	let other_genesis = format!("0x{}", "01".repeat(32));
	cli.run(&[
		"consent",
		"grant",
		"--to",
		"1",
		"--categories",
		"laboratory",
		"--purposes",
		"treatment",
		"--dev",
		"dave",
		"--genesis",
		&other_genesis,
	])
	.fails(WRONG_CHAIN, "genesis");
	let genesis: H256 = rpc.call("chain_getBlockHash", rpc_params![0u32]).await.unwrap();
	cli.json(&["org", "show", "0", "--genesis", &format!("{genesis:?}")]);
	cli.run(&[
		"patient",
		"register",
		"--commitment",
		&format!("0x{}", "07".repeat(32)),
		"--dev",
		"bottom drive obey lake curtain smoke basket hold race lonely fit walk",
	])
	.fails(BAD_INPUT, "--dev takes a development key");
	assert_eq!(nonce(&rpc, dave).await, dave_nonce, "nothing was submitted for Dave");

	// ---- Keys from files. A key file others can read is refused. ----
	let bob_key = cli.secret_file("bob.key", "//Bob\n", 0o644);
	cli.run(&["org", "add-operator", &ss58(eve), "--key-file", &bob_key])
		.fails(BAD_INPUT, "chmod 600");
	let bob_key = cli.secret_file("bob.key", "//Bob\n", 0o600);
	// The right secret with the wrong scheme: the error names the scheme to use.
	cli.run(&["org", "add-operator", &ss58(eve), "--key-file", &bob_key, "--scheme", "ed25519"])
		.fails(BAD_INPUT, "--scheme sr25519");
	assert_eq!(nonce(&rpc, bob).await, 0, "nothing was submitted for Bob");
	let ferdie_keystore = cli.keystore_file("ferdie-keystore", "sr25519", "//Ferdie");
	let patient2_key = cli.secret_file("patient2.key", "//Patient2\n", 0o600);

	// ---- In parallel: the hospital gains an operator; three patients register; Dave links
	// the hospital and grants the clinic his laboratory results for treatment (finalized). ----
	let commitment = format!("0x{}", "07".repeat(32));
	let results = parallel([
		&|| {
			let invited = cli.json(&[
				"org",
				"add-operator",
				&ss58(eve),
				"--key-file",
				&bob_key,
				"--wait",
				"in-block",
			]);
			assert_eq!(public_of(&invited["invited"]), eve);
			cli.json(&["org", "accept-operator", "0", "--dev", "eve", "--wait", "in-block"])
		},
		&|| {
			let registered = cli.json(&[
				"patient",
				"register",
				"--commitment",
				&commitment,
				"--dev",
				"dave",
				"--wait",
				"in-block",
			]);
			assert_eq!(registered["patient"], 0, "Dave registers first: {registered}");
			cli.json(&["link", "approve", "0", "--dev", "dave", "--wait", "in-block"]);
			cli.json(&[
				"consent",
				"grant",
				"--to",
				"1",
				"--categories",
				"laboratory",
				"--purposes",
				"treatment",
				"--dev",
				"dave",
			])
		},
		&|| {
			// Wait for Dave's registration so that the ids are 0, 1, 2 in this order.
			let deadline = std::time::Instant::now() + medchain_e2e::CHAIN_TIMEOUT;
			while cli.run(&["patient", "show", "0"]).code != 0 {
				assert!(std::time::Instant::now() < deadline, "Dave never registered");
				std::thread::sleep(std::time::Duration::from_millis(500));
			}
			let ferdie = cli.json(&[
				"patient",
				"register",
				"--commitment",
				&commitment,
				"--keystore-file",
				&ferdie_keystore,
				"--wait",
				"in-block",
			]);
			assert_eq!(ferdie["patient"], 1, "{ferdie}");
			cli.json(&[
				"patient",
				"register",
				"--commitment",
				&commitment,
				"--key-file",
				&patient2_key,
				"--scheme",
				"ed25519",
				"--wait",
				"in-block",
			])
		},
	]);
	let accepted = &results[0];
	assert_eq!(accepted["organization"], 0);
	assert!(
		accepted["events"].as_array().unwrap().iter().any(|e| e["event"] == "OperatorAdded"),
		"{accepted}"
	);

	// ---- The hospital's admin publishes its FHIR gateway; a bad URL and an operator's key
	// are refused before anything is sent. ----
	cli.run(&["org", "set-endpoint", "ftp://fhir.hospital.example", "--key-file", &bob_key])
		.fails(BAD_INPUT, "not an endpoint");
	cli.run(&["org", "set-endpoint", "https://fhir.hospital.example", "--dev", "eve"])
		.fails(BAD_INPUT, "not its admin");
	let published = cli.json(&[
		"org",
		"set-endpoint",
		"https://fhir.hospital.example/r4",
		"--key-file",
		&bob_key,
		"--wait",
		"in-block",
	]);
	assert_eq!(published["endpoint"], "https://fhir.hospital.example/r4", "{published}");
	assert!(
		published["events"].as_array().unwrap().iter().any(|e| e["event"] == "EndpointSet"),
		"{published}"
	);
	let grant = &results[1];
	assert_eq!(grant["grant"], 0, "{grant}");
	assert_eq!(grant["finalized"], true, "--wait finalized is the default: {grant}");
	assert_eq!(public_of(&grant["signer"]), dave);
	let granted = &grant["events"]
		.as_array()
		.unwrap()
		.iter()
		.find(|e| e["event"] == "ConsentGranted")
		.expect("ConsentGranted")["fields"];
	assert_eq!(granted["grantees"], serde_json::json!([1]), "{granted}");
	assert_eq!(results[2]["patient"], 2, "the ed25519 key registered: {}", results[2]);
	assert_eq!(public_of(&results[2]["signer"]), ed25519_patient);

	// ---- Show and check. ----
	let hospital = cli.json(&["org", "show", "0"]);
	assert_eq!(public_of(&hospital["admin"]), bob);
	let operators: Vec<[u8; 32]> =
		hospital["operators"].as_array().unwrap().iter().map(public_of).collect();
	assert_eq!(operators, vec![eve]);
	let text = cli.run(&["org", "show", "0"]);
	assert!(
		text.stdout.contains("organization 0") && text.stdout.contains("custodian"),
		"{}",
		text.stdout
	);
	assert_eq!(public_of(&cli.json(&["patient", "show", "0"])["account"]), dave);
	assert_eq!(cli.json(&["patient", "show", &ss58(ferdie)])["id"], 1);
	let allowed = cli.json(&[
		"consent",
		"check",
		"--patient",
		"0",
		"--org",
		"1",
		"--category",
		"laboratory",
		"--purpose",
		"treatment",
	]);
	assert_eq!(allowed["allowed"], true, "{allowed}");
	let denied = cli.run(&[
		"consent",
		"check",
		"--patient",
		&ss58(dave),
		"--org",
		"1",
		"--category",
		"imaging",
		"--purpose",
		"treatment",
		"--json",
	]);
	assert_eq!(denied.code, NEGATIVE, "a denial exits 1");
	assert_eq!(denied.json()["decision"]["denied"], "categoryNotCovered");

	// ---- Requests: the clinic's is approved, the hospital's denied. ----
	let scope = [
		"--categories",
		"imaging",
		"--purposes",
		"treatment",
		"--duration",
		"100",
		"--wait",
		"in-block",
	];
	let requested = parallel([
		&|| {
			cli.json(
				&[&["consent", "request", "--patient", "0", "--dev", "charlie"][..], &scope[..]]
					.concat(),
			)
		},
		&|| {
			cli.json(
				&[&["consent", "request", "--patient", "0", "--dev", "eve"][..], &scope[..]]
					.concat(),
			)
		},
	]);
	let (clinic_request, hospital_request) =
		(requested[0]["request"].to_string(), requested[1]["request"].to_string());
	let approved =
		cli.json(&["consent", "approve", &clinic_request, "--dev", "dave", "--wait", "in-block"]);
	let clinic_grant = approved["grant"].as_u64().expect("a grant id");
	cli.json(&["consent", "deny", &hospital_request, "--dev", "dave", "--wait", "in-block"]);
	let consents = cli.json(&["consent", "list", "0"]);
	assert_eq!(consents["requests"], serde_json::json!([]), "{consents}");
	let grant_ids: Vec<u64> =
		consents["grants"].as_array().unwrap().iter().map(|g| g["id"].as_u64().unwrap()).collect();
	assert_eq!(grant_ids, vec![0, clinic_grant]);

	// ---- Records: hash, anchor, verify, amend. ----
	let v1 = cli.path("observation-v1.json");
	let v2 = cli.path("observation-v2.json");
	std::fs::write(&v1, observation(7.2)).unwrap();
	std::fs::write(&v2, observation(7.4)).unwrap();
	let (v1, v2) = (v1.display().to_string(), v2.display().to_string());
	let hashed = cli.json(&["record", "hash", &v1]);
	assert_eq!(
		h256(&hashed[0]["hash"]),
		medchain_records::content_hash(&observation(7.2)).unwrap()
	);
	let anchored = cli.json(&[
		"record",
		"anchor",
		&v1,
		"--patient",
		"0",
		"--category",
		"laboratory",
		"--dev",
		"eve",
		"--wait",
		"in-block",
	]);
	let record = format!("{:?}", h256(&anchored["record"]));
	assert_eq!(anchored["custodian"], 0);
	assert_eq!(cli.json(&["record", "verify", &record, &v1])["verdict"]["current"]["version"], 1);
	let amended =
		cli.json(&["record", "amend", &record, &v2, "--dev", "eve", "--wait", "in-block"]);
	assert_eq!(amended["version"], 2);
	let old = cli.run(&["record", "verify", &record, &v1, "--json"]);
	assert_eq!(old.code, NEGATIVE, "a superseded version exits 1");
	assert_eq!(old.json()["verdict"]["superseded"]["currentVersion"], 2);
	assert_eq!(cli.json(&["record", "verify", &record, &v2])["current"], true);

	// ---- Batch build (directory and NDJSON), and in parallel: the clinic logs two reads of
	// the record; the hospital anchors the batch; Dave exports and revokes a consent. ----
	let readings = cli.path("readings");
	std::fs::create_dir(&readings).unwrap();
	for i in 0..BATCH_SIZE {
		std::fs::write(readings.join(format!("obs-{i}.json")), observation(5.0 + i as f64))
			.unwrap();
	}
	std::fs::write(readings.join("notes.txt"), "not a resource, not a .json file").unwrap();
	let batch_dir = cli.path("batch");
	let built = cli.json(&[
		"batch",
		"build",
		&readings.display().to_string(),
		"--out",
		&batch_dir.display().to_string(),
	]);
	assert_eq!(built["count"], BATCH_SIZE as u64);
	let ndjson = cli.path("readings.ndjson");
	std::fs::write(
		&ndjson,
		format!(
			"{}\n\n{}\n",
			observation(1.0).replace('\n', " "),
			observation(2.0).replace('\n', " ")
		),
	)
	.unwrap();
	let from_ndjson = cli.json(&[
		"batch",
		"build",
		&ndjson.display().to_string(),
		"--out",
		&cli.path("batch-ndjson").display().to_string(),
	]);
	assert_eq!(from_ndjson["count"], 2);
	let audit_log = cli.path("audit.ndjson").display().to_string();
	let batch_dir_text = batch_dir.display().to_string();
	let done = parallel([
		&|| {
			let basis = [
				"--grant",
				"0",
				"--purpose",
				"treatment",
				"--dev",
				"charlie",
				"--wait",
				"in-block",
				"--out",
				audit_log.as_str(),
			];
			cli.json(&[&["audit", "log", "--record", record.as_str()][..], &basis[..]].concat());
			cli.json(&[&["audit", "log", "--record", record.as_str()][..], &basis[..]].concat())
		},
		&|| {
			cli.json(&[
				"batch",
				"anchor",
				&batch_dir_text,
				"--patient",
				"0",
				"--category",
				"vitalSigns",
				"--dev",
				"eve",
				"--wait",
				"in-block",
			])
		},
		&|| {
			let exported = cli.json(&[
				"bridge",
				"export",
				"--to",
				"0",
				"--categories",
				"laboratory",
				"--purposes",
				"treatment",
				"--dev",
				"dave",
				"--wait",
				"in-block",
			]);
			let status = cli.json(&["bridge", "status", "--patient", "0"]);
			assert_eq!(status["exports"].as_array().map(Vec::len), Some(1), "{status}");
			assert_eq!(h256(&status["status"]["peer"]), H256(PEER));
			let export = exported["export"].to_string();
			cli.json(&["bridge", "revoke", &export, "--dev", "dave", "--wait", "in-block"]);
			cli.json(&["bridge", "status", "--patient", "0"])
		},
	]);
	assert_eq!(done[0]["entry"]["index"], 1, "{}", done[0]);
	assert_eq!(done[1]["count"], BATCH_SIZE as u64);
	assert_eq!(done[2]["exports"], serde_json::json!([]), "revoked: {}", done[2]);
	let listed = cli.json(&["record", "list", &ss58(dave)]);
	assert_eq!(listed["total"], 2, "the record and the batch: {listed}");

	// ---- Batch proofs: every one verifies through the CLI, `records_verifyInBatch` and the
	// TypeScript verifier; a changed one fails all three. ----
	let proved = cli.json(&["batch", "prove", &batch_dir_text]);
	let proofs: Vec<String> = proved["proofs"]
		.as_array()
		.unwrap()
		.iter()
		.map(|p| p.as_str().unwrap().to_string())
		.collect();
	assert_eq!(proofs.len(), BATCH_SIZE);
	let verified = cli.json(
		&[&["batch", "verify"][..], &proofs.iter().map(String::as_str).collect::<Vec<_>>()[..]]
			.concat(),
	);
	assert_eq!(verified["verified"], true, "{verified}");
	for path in &proofs {
		let file: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
		let mut keys: Vec<&str> = file.as_object().unwrap().keys().map(String::as_str).collect();
		keys.sort();
		assert_eq!(keys, ["batch", "count", "hash", "leafIndex", "proof", "record", "root"]);
		let siblings: Vec<H256> = serde_json::from_value(file["proof"].clone()).unwrap();
		let verdict = RecordsApiClient::<H256>::verify_in_batch(
			rpc.api(),
			h256(&file["batch"]),
			h256(&file["record"]),
			h256(&file["hash"]),
			file["leafIndex"].as_u64().unwrap() as u32,
			siblings,
			None,
		)
		.await
		.unwrap();
		assert!(
			matches!(verdict, Verdict::Current { version: 1, custodian: 0, .. }),
			"{path}: {verdict:?}"
		);
		assert_eq!(
			typescript_verifier(Path::new(path)),
			0,
			"the TypeScript verifier refuses {path}"
		);
	}
	let mut changed: Json =
		serde_json::from_str(&std::fs::read_to_string(&proofs[0]).unwrap()).unwrap();
	changed["hash"] = Json::String(format!("0x{}", "00".repeat(32)));
	let changed_path = cli.path("changed-proof.json");
	std::fs::write(&changed_path, changed.to_string()).unwrap();
	let changed_path = changed_path.display().to_string();
	let refused = cli.run(&["batch", "verify", &changed_path, "--json"]);
	assert_eq!(refused.code, NEGATIVE);
	assert_eq!(refused.json()["proofs"][0]["onChain"], "invalidProof");
	assert_eq!(cli.run(&["batch", "verify", &changed_path, "--offline"]).code, NEGATIVE);
	assert_eq!(
		typescript_verifier(Path::new(&changed_path)),
		1,
		"the TypeScript verifier accepts a changed proof"
	);
	// A copy of the record must hash to the proof's content hash.
	let first: Json = serde_json::from_str(&std::fs::read_to_string(&proofs[0]).unwrap()).unwrap();
	let manifest: Json =
		serde_json::from_str(&std::fs::read_to_string(batch_dir.join("batch.json")).unwrap())
			.unwrap();
	let source = manifest["records"]
		.as_array()
		.unwrap()
		.iter()
		.find(|m| m["record"] == first["record"])
		.unwrap()["source"]
		.as_str()
		.unwrap()
		.to_string();
	let resource = readings.join(&source).display().to_string();
	cli.json(&["batch", "verify", &proofs[0], "--offline", "--resource", &resource]);
	assert_eq!(
		cli.run(&["batch", "verify", &proofs[0], "--offline", "--resource", &v1]).code,
		NEGATIVE
	);

	// ---- Audit: the chain recomputed from the events and from the local log equals the head
	// the chain keeps; a changed or shortened log does not. ----
	let shown = cli.json(&["audit", "show", "0"]);
	assert_eq!(shown["head"]["count"], 2, "{shown}");
	assert_eq!(shown["entries"].as_array().map(Vec::len), Some(2));
	assert_eq!(shown["entries"][1]["head"], shown["head"]["head"]);
	assert_eq!(cli.json(&["audit", "verify", "0"])["verified"], true);
	assert_eq!(cli.json(&["audit", "verify", "0", "--log", &audit_log])["verified"], true);
	let lines: Vec<Json> = std::fs::read_to_string(&audit_log)
		.unwrap()
		.lines()
		.map(|l| serde_json::from_str(l).unwrap())
		.collect();
	assert_eq!(lines.len(), 2);
	let mut altered = lines.clone();
	altered[1]["purpose"] = Json::String("research".into());
	let tampered = cli.path("tampered.ndjson");
	std::fs::write(&tampered, altered.iter().map(Json::to_string).collect::<Vec<_>>().join("\n"))
		.unwrap();
	let tampered = tampered.display().to_string();
	let run = cli.run(&["audit", "verify", "0", "--log", &tampered, "--json"]);
	assert_eq!(run.code, NEGATIVE, "a tampered log fails");
	assert!(run.json()["reason"].as_str().unwrap().contains("altered"), "{}", run.stdout);
	let shortened = cli.path("shortened.ndjson");
	std::fs::write(&shortened, lines[1].to_string()).unwrap();
	assert_eq!(
		cli.run(&["audit", "verify", "0", "--log", &shortened.display().to_string()]).code,
		NEGATIVE
	);

	// ---- Bad input, each refused with one line and nothing submitted. ----
	let (charlie_nonce, dave_nonce, ferdie_nonce, eve_nonce) = (
		nonce(&rpc, charlie).await,
		nonce(&rpc, dave).await,
		nonce(&rpc, ferdie).await,
		nonce(&rpc, eve).await,
	);
	// Unknown patient.
	cli.run(
		&[&["consent", "request", "--patient", "99", "--dev", "charlie"][..], &scope[..]].concat(),
	)
	.fails(BAD_INPUT, "unknown patient 99");
	cli.run(&["patient", "show", &ss58(public(&dev::alice()))]).fails(BAD_INPUT, "unknown patient");
	// Unknown account: Ferdie (key from the environment) is a patient, not an operator.
	cli.env(
		&["record", "anchor", &v1, "--patient", "0", "--category", "laboratory"],
		&[("MEDCHAIN_SURI", "//Ferdie")],
	)
	.fails(BAD_INPUT, &format!("unknown account: {}", ss58_like(&cli, ferdie)));
	// Wrong key type: Eve's ed25519 key in a keystore file, read as sr25519.
	let eve_ed25519 = cli.keystore_file("eve-keystore", "ed25519", "//Eve");
	cli.run(&[
		"record",
		"anchor",
		&v1,
		"--patient",
		"0",
		"--category",
		"laboratory",
		"--keystore-file",
		&eve_ed25519,
	])
	.fails(BAD_INPUT, "wrong key type");
	// Malformed files: not JSON, not a resource, an NDJSON line, a batch directory's file.
	let not_json = cli.path("not-json.json");
	std::fs::write(&not_json, "{\"resourceType\": ").unwrap();
	cli.run(&[
		"record",
		"anchor",
		&not_json.display().to_string(),
		"--patient",
		"0",
		"--category",
		"laboratory",
		"--dev",
		"eve",
	])
	.fails(BAD_INPUT, "not valid JSON");
	let not_resource = cli.path("not-resource.json");
	std::fs::write(&not_resource, r#"{"status":"final"}"#).unwrap();
	cli.run(&["record", "hash", &not_resource.display().to_string()])
		.fails(BAD_INPUT, "resourceType");
	let bad_ndjson = cli.path("bad.ndjson");
	std::fs::write(
		&bad_ndjson,
		format!("{}\n{{\"resourceType\": \"Observation\",\n", observation(3.0).replace('\n', " ")),
	)
	.unwrap();
	cli.run(&[
		"batch",
		"build",
		&bad_ndjson.display().to_string(),
		"--out",
		&cli.path("bad-batch").display().to_string(),
	])
	.fails(BAD_INPUT, "line 2");
	std::fs::write(readings.join("obs-9.json"), "[1, 2]").unwrap();
	cli.run(&[
		"batch",
		"build",
		&readings.display().to_string(),
		"--out",
		&cli.path("bad-dir").display().to_string(),
	])
	.fails(BAD_INPUT, "obs-9.json");
	// A call the runtime would refuse is dry-run, named, and not sent.
	cli.run(&["consent", "revoke", "7", "--dev", "dave"]).fails(REFUSED, "Consent::UnknownGrant");
	assert_eq!(
		(
			nonce(&rpc, charlie).await,
			nonce(&rpc, dave).await,
			nonce(&rpc, ferdie).await,
			nonce(&rpc, eve).await
		),
		(charlie_nonce, dave_nonce, ferdie_nonce, eve_nonce),
		"no refused command submitted anything"
	);
	assert_eq!(cli.json(&["consent", "list", "0"])["grants"].as_array().map(Vec::len), Some(2));

	// ---- Revoke and retract: checks and verification see them at once. ----
	parallel([
		&|| cli.json(&["consent", "revoke", "0", "--dev", "dave", "--wait", "in-block"]),
		&|| {
			cli.json(&[
				"record",
				"retract",
				&record,
				"--reason",
				"patientRequest",
				"--key-file",
				&bob_key,
				"--wait",
				"in-block",
			])
		},
	]);
	let revoked = cli.run(&[
		"consent",
		"check",
		"--patient",
		"0",
		"--org",
		"1",
		"--category",
		"laboratory",
		"--purpose",
		"treatment",
		"--json",
	]);
	assert_eq!(revoked.code, NEGATIVE, "{}", revoked.stdout);
	let retracted = cli.run(&[
		"record",
		"verify",
		&record,
		"--hash",
		&format!("{:?}", h256(&amended["hash"])),
		"--json",
	]);
	assert_eq!(retracted.code, NEGATIVE);
	assert_eq!(retracted.json()["verdict"]["retracted"]["reason"], "patientRequest");
	// A read of a retracted record is refused before it is sent.
	cli.run(&[
		"audit",
		"log",
		"--record",
		&record,
		"--grant",
		clinic_grant.to_string().as_str(),
		"--purpose",
		"treatment",
		"--dev",
		"charlie",
	])
	.fails(REFUSED, "EhrAnchor::Retracted");
}

/// `who` as the CLI prints it: in the chain's SS58 format, read from `patient show`.
fn ss58_like(cli: &Medchain, who: [u8; 32]) -> String {
	let shown = cli.json(&["patient", "show", &ss58(who)]);
	let printed = shown["account"].as_str().unwrap().to_string();
	assert_eq!(public_of(&shown["account"]), who);
	printed
}
