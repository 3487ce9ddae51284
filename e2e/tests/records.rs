//! Records on a real `--dev` node: a custodian anchors, amends, batch-anchors and retracts
//! record fingerprints; anyone verifies them over `records_*` JSON-RPC; an organization logs
//! its reads against the patient's grant and an auditor recomputes the patient's audit chain
//! from the events. Bad input is refused with a clear error and changes nothing.
//!
//! Accounts: Alice is sudo; Bob administers organization 0 (a hospital, custodian); Charlie
//! administers organization 1 (a clinic, no custodian role); Dave is patient 0.

use medchain_e2e::{
	extrinsics::*,
	subxt::{dynamic::Value, utils::AccountId32},
	subxt_signer::sr25519::{dev, Keypair},
	Client, Node, NodeConfig, Rpc,
};
use medchain_records::{content_hash, BatchTree};
use medchain_rpc::RecordsApiClient;
use pallet_ehr_anchor::{runtime_api::RecordPage, Anchor, AuditHead, RetractReason, Verdict};
use sp_core::H256;

/// `OrganizationRoles::CUSTODIAN`.
const CUSTODIAN: u128 = 2;
const HOSPITAL: u32 = 0;
const CLINIC: u32 = 1;
const DAVE: u64 = 0;
/// The runtime's `MAX_BATCH_RECORDS`.
const MAX_BATCH_RECORDS: u128 = 1 << 16;

fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

fn hash(v: H256) -> Value {
	Value::from_bytes(v.0)
}

fn observation(value: f64) -> String {
	format!(
		r#"{{"resourceType":"Observation","status":"final",
		    "code":{{"coding":[{{"system":"http://loinc.org","code":"2345-7"}}]}},
		    "valueQuantity":{{"value":{value},"unit":"mmol/L"}}}}"#
	)
}

async fn setup(client: &Client, rpc: &Rpc) {
	let org = |admin: &Keypair, kind: &str, roles: u128| {
		call_value(
			"PatientIdentity",
			"register_organization",
			vec![account(&id(admin)), code(kind), list([n(roles)])],
		)
	};
	let batch = call_value(
		"Utility",
		"batch_all",
		vec![list([org(&dev::bob(), "Hospital", CUSTODIAN), org(&dev::charlie(), "Clinic", 0)])],
	);
	assert!(submit(client, rpc, &sudo(batch), &dev::alice()).await.unwrap().has("Sudo", "Sudid"));
	let dave = dev::dave();
	let register = call("PatientIdentity", "register_patient", vec![Value::from_bytes([7u8; 32])]);
	submit(client, rpc, &register, &dave).await.unwrap();
	// Dave authorises the hospital to link him (and so to anchor his records).
	let approve = call("PatientIdentity", "approve_link", vec![none(), n(HOSPITAL as u128)]);
	assert!(submit(client, rpc, &approve, &dave)
		.await
		.unwrap()
		.has("PatientIdentity", "LinkAuthorized"));
	// ... and grants the clinic his laboratory results for treatment: grant 0.
	let grant = call(
		"Consent",
		"grant",
		vec![
			none(),
			list([n(CLINIC as u128)]),
			scope(&["Laboratory"], &["Treatment"], &[]),
			none(),
			none(),
		],
	);
	assert!(submit(client, rpc, &grant, &dave).await.unwrap().has("Consent", "ConsentGranted"));
}

fn anchor(record: H256, patient: u64, content: H256) -> Fields {
	vec![
		hash(record),
		n(patient as u128),
		code("Laboratory"),
		Value::unnamed_variant("FhirR4", [code("Observation")]),
		hash(content),
		none(),
	]
}

fn record_anchor(record: H256) -> Value {
	Value::unnamed_variant("Record", [hash(record)])
}

fn log_access(anchor: Value, grant: u128) -> Fields {
	vec![anchor, Value::unnamed_variant("Grant", [n(grant)]), code("Treatment")]
}

async fn verify(rpc: &Rpc, record: H256, content: H256) -> Verdict {
	RecordsApiClient::<H256>::verify(rpc.api(), record, content, None).await.unwrap()
}

async fn verify_in_batch(
	rpc: &Rpc,
	batch: H256,
	record: H256,
	content: H256,
	leaf_index: u32,
	proof: &[H256],
) -> Verdict {
	RecordsApiClient::<H256>::verify_in_batch(
		rpc.api(),
		batch,
		record,
		content,
		leaf_index,
		proof.to_vec(),
		None,
	)
	.await
	.unwrap()
}

/// The first `limit` entries of Dave's record index.
async fn of_dave(rpc: &Rpc, limit: u32) -> RecordPage {
	RecordsApiClient::<H256>::of_patient(rpc.api(), DAVE, 0, limit, None).await.unwrap()
}

/// Dave's audit head.
async fn audit_head_of_dave(rpc: &Rpc) -> AuditHead {
	RecordsApiClient::<H256>::audit_head(rpc.api(), DAVE, None).await.unwrap()
}

/// The version `verdict` reports current, if it says the hash is the current version.
fn current_version(verdict: &Verdict) -> Option<u32> {
	match verdict {
		Verdict::Current { version, .. } => Some(*version),
		_ => None,
	}
}

/// The index total and the audit head, which failed calls must leave alone.
async fn state(rpc: &Rpc) -> (u32, AuditHead) {
	(of_dave(rpc, 10).await.total, audit_head_of_dave(rpc).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anchor_verify_amend_batch_audit() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	setup(&client, &rpc).await;
	let bob = dev::bob();
	let charlie = dev::charlie();

	// Anchor a lab result by its canonical content hash; verify it.
	let record = H256::repeat_byte(0xa1);
	let v1 = content_hash(&observation(7.2)).unwrap();
	let done = submit(&client, &rpc, &call("EhrAnchor", "anchor", anchor(record, DAVE, v1)), &bob)
		.await
		.unwrap();
	assert!(done.has("EhrAnchor", "RecordAnchored"), "{:?}", done.events);
	let verdict = verify(&rpc, record, v1).await;
	let Verdict::Current { version, custodian, .. } = verdict else { panic!("{verdict:?}") };
	assert_eq!(version, 1, "{verdict:?}");
	assert_eq!(custodian, HOSPITAL, "{verdict:?}");
	// The same resource with its members reordered hashes the same.
	let reordered = r#"{"valueQuantity":{"unit":"mmol/L","value":7.2},"status":"final",
		"code":{"coding":[{"code":"2345-7","system":"http://loinc.org"}]},"resourceType":"Observation"}"#;
	assert_eq!(content_hash(reordered).unwrap(), v1);
	assert_eq!(verify(&rpc, record, H256::repeat_byte(9)).await, Verdict::Unknown);

	// Amend: the old hash is now reported superseded, by version 2.
	let v2 = content_hash(&observation(7.4)).unwrap();
	let amend = call("EhrAnchor", "amend", vec![hash(record), hash(v2), none()]);
	assert!(submit(&client, &rpc, &amend, &bob).await.unwrap().has("EhrAnchor", "RecordAmended"));
	let old = verify(&rpc, record, v1).await;
	assert_eq!(old, Verdict::Superseded { version: 1, current_version: 2, current_hash: v2 });
	assert_eq!(current_version(&verify(&rpc, record, v2).await), Some(2));

	// A batch of 2,000 readings; one is verified by its inclusion proof.
	let readings: Vec<(H256, H256)> = (0..2_000u64)
		.map(|i| (H256::from_low_u64_be(0xb000 + i), H256::from_low_u64_be(i * 31 + 7)))
		.collect();
	let tree = BatchTree::new(&readings);
	let batch = H256::repeat_byte(0xba);
	let anchor_batch = call(
		"EhrAnchor",
		"anchor_batch",
		vec![
			hash(batch),
			n(DAVE as u128),
			code("Laboratory"),
			n(tree.len() as u128),
			hash(tree.root()),
		],
	);
	assert!(submit(&client, &rpc, &anchor_batch, &bob)
		.await
		.unwrap()
		.has("EhrAnchor", "BatchAnchored"));
	let proof = tree.proof(1_234).unwrap();
	let (member, content) = readings[1_234];
	let verdict = verify_in_batch(&rpc, batch, member, content, 1_234, &proof.proof).await;
	assert_eq!(current_version(&verdict), Some(1), "{verdict:?}");
	// A proof for another root (the same readings minus the last) does not verify.
	let other = BatchTree::new(&readings[..1_999]).proof(1_234).unwrap();
	assert_eq!(
		verify_in_batch(&rpc, batch, member, content, 1_234, &other.proof).await,
		Verdict::InvalidProof
	);
	// A tampered hash does not either; an over-long proof is refused as invalid params.
	assert_eq!(
		verify_in_batch(&rpc, batch, member, H256::zero(), 1_234, &proof.proof).await,
		Verdict::InvalidProof
	);
	let long = vec![H256::zero(); 33];
	let refused =
		RecordsApiClient::<H256>::verify_in_batch(rpc.api(), batch, member, content, 0, long, None)
			.await;
	assert!(format!("{:?}", refused.unwrap_err()).contains("at most 32"));

	// The patient's record index lists both, across custodians, at their current version.
	let page = of_dave(&rpc, 10).await;
	assert_eq!(page.total, 2, "{page:?}");
	assert_eq!(page.entries[0].anchor, Anchor::Record(record), "{page:?}");
	assert_eq!(page.entries[0].version, 2, "{page:?}");
	assert_eq!(page.entries[1].count, 2_000, "{page:?}");

	// Audit: the clinic logs three reads under grant 0; an auditor rebuilds the chain from the
	// AccessLogged events (fields: patient u64 ‖ entry ‖ head) and compares with the head.
	let mut head = [0u8; 32];
	let mut entries = Vec::new();
	for anchor in [
		record_anchor(record),
		Value::unnamed_variant("Batch", [hash(batch)]),
		record_anchor(record),
	] {
		let done = submit(
			&client,
			&rpc,
			&call("EhrAnchor", "log_access", log_access(anchor, 0)),
			&charlie,
		)
		.await
		.unwrap();
		let fields = done.bytes_of("EhrAnchor", "AccessLogged").expect("logged").to_vec();
		let entry = &fields[8..fields.len() - 32];
		let mut preimage = head.to_vec();
		preimage.extend_from_slice(entry);
		head = sp_crypto_hashing::blake2_256(&preimage);
		assert_eq!(&fields[fields.len() - 32..], &head, "the event's head is the recomputed one");
		entries.push(entry.to_vec());
	}
	let on_chain = audit_head_of_dave(&rpc).await;
	assert_eq!(on_chain.count, 3, "{on_chain:?}");
	assert_eq!(on_chain.head, H256(head), "{on_chain:?}");
	// Dropping or reordering an entry gives another head: a gap is detectable.
	let mut skipped = [0u8; 32];
	for entry in [&entries[0], &entries[2]] {
		skipped = sp_crypto_hashing::blake2_256(&[&skipped[..], entry].concat());
	}
	assert_ne!(skipped, head);

	// Bad input: each is refused with a clear error and changes nothing.
	let before = state(&rpc).await;
	let refusals: Vec<(&str, Keypair, &str, Fields)> = vec![
		// Only the custodian may amend.
		("EhrAnchor::NotCustodian", dev::charlie(), "amend", vec![hash(record), hash(v1), none()]),
		// An organization without the custodian role cannot anchor.
		(
			"EhrAnchor::NotCustodianRole",
			dev::charlie(),
			"anchor",
			anchor(H256::repeat_byte(0xa2), DAVE, v1),
		),
		// An unknown patient.
		(
			"PatientIdentity::UnknownPatient",
			dev::bob(),
			"anchor",
			anchor(H256::repeat_byte(0xa3), 99, v1),
		),
		// A grant that does not exist.
		("EhrAnchor::NoGrant", dev::charlie(), "log_access", log_access(record_anchor(record), 7)),
		// An oversized batch.
		(
			"EhrAnchor::InvalidBatchSize",
			dev::bob(),
			"anchor_batch",
			vec![
				hash(H256::repeat_byte(0xbb)),
				n(DAVE as u128),
				code("Laboratory"),
				n(MAX_BATCH_RECORDS + 1),
				hash(tree.root()),
			],
		),
	];
	for (expected, signer, name, fields) in refusals {
		let err = submit(&client, &rpc, &call("EhrAnchor", name, fields), &signer)
			.await
			.err()
			.expect(expected);
		assert!(err.0.contains(expected), "expected {expected}, got {}", err.0);
	}
	assert_eq!(state(&rpc).await, before);
	assert_eq!(current_version(&verify(&rpc, record, v2).await), Some(2));

	// Retract: a tombstone that verifies as retracted and authorises no more reads.
	let retract = call("EhrAnchor", "retract", vec![record_anchor(record), code("PatientRequest")]);
	assert!(submit(&client, &rpc, &retract, &bob).await.unwrap().has("EhrAnchor", "Retracted"));
	assert_eq!(
		verify(&rpc, record, v2).await,
		Verdict::Retracted { reason: RetractReason::PatientRequest }
	);
	let err = submit(
		&client,
		&rpc,
		&call("EhrAnchor", "log_access", log_access(record_anchor(record), 0)),
		&charlie,
	)
	.await
	.err()
	.expect("a retracted record cannot be read");
	assert!(err.0.contains("EhrAnchor::Retracted"), "{}", err.0);
}

/// `medchain-node hash-record` prints the library's canonical hash for each file and refuses
/// what is not a FHIR resource, naming the file.
#[test]
fn hash_record_prints_the_canonical_content_hash() {
	let dir = tempfile::tempdir().unwrap();
	let good = dir.path().join("observation.json");
	let bad = dir.path().join("not-a-resource.json");
	std::fs::write(&good, observation(7.2)).unwrap();
	std::fs::write(&bad, r#"{"status":"final"}"#).unwrap();
	let out = std::process::Command::new(medchain_e2e::node_binary())
		.arg("hash-record")
		.arg(&good)
		.output()
		.unwrap();
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let expected = content_hash(&observation(7.2)).unwrap();
	assert_eq!(
		String::from_utf8_lossy(&out.stdout).trim(),
		format!("{expected:?} {}", good.display())
	);
	let out = std::process::Command::new(medchain_e2e::node_binary())
		.arg("hash-record")
		.arg(&bad)
		.output()
		.unwrap();
	assert!(!out.status.success());
	let stderr = String::from_utf8_lossy(&out.stderr);
	assert!(stderr.contains("not-a-resource.json") && stderr.contains("resourceType"), "{stderr}");
}
