//! Federation across custodians (`docs/gateway.md`, "Federation"): `Patient/$everything` at the
//! hospital's gateway gathers the patient's records from the lab's gateway too, through the
//! endpoint the lab publishes on chain. Each custodian decides consent for the requester,
//! checks and audits what it releases; the requester's gateway checks every forwarded entry
//! against the chain. One audit entry per release, and the patient's audit chain rebuilt from
//! the events ends at the head the chain keeps.

use codec::Decode;
use medchain_e2e::{gateway::*, subxt_signer::sr25519::dev};
use medchain_rpc::RecordsApiClient;
use pallet_ehr_anchor::{Anchor, AuditEntry, AuditHead, Verdict};
use sp_core::H256;

/// Everything the lab's and the hospital's sample data hold under the laboratory category.
const LAB_RESULTS: [&str; 5] = [
	"DiagnosticReport/hosp-bmp",
	"DiagnosticReport/lab-a1c-report",
	"Observation/hosp-glucose",
	"Observation/lab-creatinine",
	"Observation/lab-hba1c",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everything_gathers_every_custodian_s_part_and_audits_each_release() {
	let Sample { node: _node, client, rpc, url, hospital_store, lab_store, dir: _dir } =
		Sample::start().await.unwrap();
	let hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let mut lab = Gateway::start(&lab_store, None, &url, "LabGateway");
	let requester = key("Requester");
	let genesis = genesis(&rpc).await;
	// Both custodians publish where their gateways are.
	publish_endpoint(&client, &rpc, &dev::bob(), &hospital.url).await;
	publish_endpoint(&client, &rpc, &dev::charlie(), &lab.url).await;
	let treat = token(&requester, &hospital.url, "TREAT").await;
	let assertion = |via: u32| federation(&requester, &genesis, 0, via, "TREAT");

	// No grant: neither custodian releases anything, and nothing is audited.
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&assertion(0))).await;
	assert_eq!((answer.status, answer.issue()), (403, "forbidden"), "{answer:?}");
	assert_eq!(audit_count(&rpc).await, 0);

	grant_laboratory_for_treatment(&client, &rpc).await;

	// Without a federation assertion: the hospital's own lab results, and a note saying how to
	// gather the rest.
	let answer = everything(&hospital, "hosp-p1", &treat, None).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp", "Observation/hosp-glucose"]);
	assert!(answer.body.to_string().contains("medchain-federation-assertion"));

	// With it: one Bundle with both custodians' lab results, each entry naming its custodian;
	// the sensitive HIV test and everything not laboratory withheld, counted per custodian.
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&assertion(0))).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), LAB_RESULTS);
	assert!(!answer.body.to_string().contains("lab-hiv"));
	let entries = answer.body["entry"].as_array().unwrap();
	let mut withheld = Vec::new();
	let mut released = Vec::new();
	let mut hospital_records = Vec::new();
	for entry in entries {
		let custodian = custodian_of(entry).or_else(|| custodian_of(&entry["resource"]));
		if entry["search"]["mode"] == "outcome" {
			let count = entry["resource"]["issue"][0]["extension"][0]["valueUnsignedInt"].as_u64();
			withheld.push((custodian, count));
			continue;
		}
		let id = entry["resource"]["id"].as_str().unwrap();
		let expected = if id.starts_with("hosp-") { 0 } else { 1 };
		assert_eq!(custodian, Some(expected), "{entry}");
		// Every entry is the current version its custodian anchored.
		let record: H256 = extension(entry, "urn:medchain:fhir:record").parse().unwrap();
		let hash = medchain_records::content_hash(&entry["resource"].to_string()).unwrap();
		assert_eq!(extension(entry, "urn:medchain:fhir:content-hash"), format!("{hash:?}"));
		let verdict =
			RecordsApiClient::<H256>::verify(rpc.api(), record, hash, None).await.unwrap();
		assert!(
			matches!(verdict, Verdict::Current { custodian, .. } if custodian as u64 == expected),
			"{verdict:?}"
		);
		released.push(record);
		if expected == 0 {
			hospital_records.push(record);
		}
	}
	withheld.sort();
	assert_eq!(withheld, [(Some(0), Some(8)), (Some(1), Some(2))], "{answer:?}");

	// Audit: the two releases without federation, then one entry per entry of the federated
	// Bundle, all to the requester; rebuilt from the events, the chain ends at the kept head.
	wait_for_audit(&rpc, 2 + LAB_RESULTS.len() as u64).await;
	let trail = audit_events(&client, &rpc).await;
	assert_eq!(trail.len(), 2 + LAB_RESULTS.len());
	let mut head = [0u8; 32];
	let mut audited = Vec::new();
	for (bytes, stated) in &trail {
		head = sp_crypto_hashing::blake2_256(&[&head[..], bytes].concat());
		assert_eq!(&head, stated, "each event states the head so far");
		let entry = AuditEntry::<u32>::decode(&mut &bytes[..]).unwrap();
		assert_eq!(entry.accessor, 2, "audited to the requester, not to a gateway: {entry:?}");
		if let Anchor::Record(record) = entry.anchor {
			audited.push(record);
		}
	}
	let kept: AuditHead = RecordsApiClient::<H256>::audit_head(rpc.api(), 0, None).await.unwrap();
	assert_eq!((kept.head, kept.count), (H256(head), trail.len() as u64));
	// The two gateways' journals land in any order: compare as multisets. The first request
	// released the hospital's part only.
	audited.sort();
	let mut expected = [released, hospital_records].concat();
	expected.sort();
	assert_eq!(audited, expected, "exactly the released records, once each");
	let count = audit_count(&rpc).await;

	// Bad assertions: each refused, nothing released, nothing audited.
	let used = assertion(0);
	assert_eq!(everything(&hospital, "hosp-p1", &treat, Some(&used)).await.status, 200);
	let replayed = everything(&hospital, "hosp-p1", &treat, Some(&used)).await;
	assert_eq!((replayed.status, replayed.issue()), (401, "login"), "{replayed:?}");
	let count = count + LAB_RESULTS.len() as u64;
	// Made out for the lab's gateway: the hospital's may not gather with it.
	let elsewhere = everything(&hospital, "hosp-p1", &treat, Some(&assertion(1))).await;
	assert_eq!((elsewhere.status, elsewhere.issue()), (403, "forbidden"), "{elsewhere:?}");
	// For another patient, another purpose, another chain, or signed by another key.
	let other_patient = federation(&requester, &genesis, 1, 0, "TREAT");
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&other_patient)).await;
	assert_eq!(answer.status, 403, "{answer:?}");
	let other_purpose = federation(&requester, &genesis, 0, 0, "HRESCH");
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&other_purpose)).await;
	assert_eq!(answer.status, 403, "{answer:?}");
	let other_chain = federation(&requester, &H256::repeat_byte(9), 0, 0, "TREAT");
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&other_chain)).await;
	assert_eq!((answer.status, answer.issue()), (401, "login"), "{answer:?}");
	let stranger = federation(&key("Stranger"), &genesis, 0, 0, "TREAT");
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&stranger)).await;
	assert_eq!(answer.status, 403, "{answer:?}");
	let answer = everything(&hospital, "hosp-p1", &treat, Some("not.a.jwt")).await;
	assert_eq!(answer.status, 400, "{answer:?}");
	// A gateway asked directly with the chain id gives the same part as through federation.
	let lab_token = token(&requester, &lab.url, "TREAT").await;
	let direct = everything(&lab, "mc-0", &lab_token, None).await;
	assert_eq!(direct.ids().len(), 3, "{direct:?}");
	let count = count + 3;
	wait_for_audit(&rpc, count).await;

	// The lab's gateway stops: the hospital answers its own part and says the lab was not
	// reached (no 403, no silent gap); only the hospital's releases are audited.
	lab.stop();
	let answer = everything(&hospital, "hosp-p1", &treat, Some(&assertion(0))).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp", "Observation/hosp-glucose"]);
	let text = answer.body.to_string();
	assert!(text.contains("transient") && text.contains("organization 1"), "{text}");
	wait_for_audit(&rpc, count + 2).await;
}

/// The `valueString` of a Bundle entry's extension `url`.
fn extension<'a>(entry: &'a serde_json::Value, url: &str) -> &'a str {
	entry["extension"]
		.as_array()
		.and_then(|list| list.iter().find(|e| e["url"] == url))
		.and_then(|e| e["valueString"].as_str())
		.unwrap_or_default()
}
