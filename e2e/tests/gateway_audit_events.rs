//! `AuditEvent` for the patient (`docs/gateway.md`, "AuditEvent for the patient"): the
//! hospital's gateway follows the chain's audit trail and answers `GET /AuditEvent?patient=`
//! from it, one AuditEvent per on-chain entry with the head after it, and the chain's own head
//! to check them against. The custodian's own operators and the patient's own key read it;
//! another organization and a patient asking for someone else are refused, a patient token
//! reads no record, and reading the trail adds nothing to it. A restarted gateway resumes
//! following where it stopped.

use medchain_e2e::{
	extrinsics::*, gateway::*, subxt::dynamic::Value, subxt_signer::sr25519::dev, wait_until,
};
use medchain_gateway::audit_event::{
	AUDIT_COUNT_EXTENSION, AUDIT_HEAD_EXTENSION, AUDIT_INDEX_EXTENSION,
};
use medchain_rpc::{IdentityApiClient, RecordsApiClient};
use pallet_ehr_anchor::AuditHead;
use serde_json::Value as Json;
use sp_core::{crypto::AccountId32, H256};

/// What the new patient's key is given for its deposit and fees: 1,000 MED.
const PATIENT_FUNDS: u128 = 1_000 * 10u128.pow(12);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_trail_is_served_as_audit_events_to_the_patient_and_the_custodian_only() {
	let Sample { node, client, rpc, url, hospital_store, lab_store, dir: _dir } =
		Sample::start().await.unwrap();
	let mut hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let requester = key("Requester");
	let operator = key("HospitalGateway");

	// The CapabilityStatement names the AuditEvent search.
	let metadata = http("GET", &format!("{}/metadata", hospital.url), None, None).await;
	assert!(metadata.body["rest"][0]["resource"]
		.as_array()
		.unwrap()
		.iter()
		.any(|r| r["type"] == "AuditEvent"));

	// Two releases to the requester: the glucose result, searched twice.
	grant_laboratory_for_treatment(&client, &rpc).await;
	let treat = token(&requester, &hospital.url, "TREAT").await;
	let mut glucose = String::new();
	for _ in 0..2 {
		let answer = get(&hospital, "/Observation?patient=hosp-p1", &treat).await;
		assert_eq!(answer.ids(), ["Observation/hosp-glucose"], "{answer:?}");
		glucose = value_of(&answer.body["entry"][0]["extension"], "urn:medchain:fhir:record");
	}
	assert!(glucose.starts_with("0x"), "{glucose}");
	wait_for_audit(&rpc, 2).await;

	// The hospital's own operator reads the trail: one AuditEvent per entry once the blocks
	// holding them are final and followed, each the release to organization 2 of the glucose
	// record, in index order, with the head after it; the Bundle's head is the chain's.
	let own = token(&operator, &hospital.url, "TREAT").await;
	let bundle = audit_bundle(&hospital, "hosp-p1", &own, 2).await;
	let trail = audit_events(&client, &rpc).await;
	let kept: AuditHead = RecordsApiClient::<H256>::audit_head(rpc.api(), 0, None).await.unwrap();
	assert_eq!(kept.count, 2);
	let meta = &bundle.body["meta"]["extension"];
	assert_eq!(value_of(meta, AUDIT_HEAD_EXTENSION), format!("{:?}", kept.head));
	assert_eq!(value_of(meta, AUDIT_COUNT_EXTENSION), "2");
	assert_eq!(bundle.body["total"], 2);
	let events = matched(&bundle);
	for (i, event) in events.iter().enumerate() {
		assert_eq!(event["resourceType"], "AuditEvent");
		assert_eq!(value_of(&event["extension"], AUDIT_INDEX_EXTENSION), i.to_string());
		assert_eq!(
			value_of(&event["extension"], AUDIT_HEAD_EXTENSION),
			format!("{:?}", H256(trail[i].1)),
			"each event carries the head the chain states after it"
		);
		assert_eq!(event["agent"][0]["who"]["reference"], "Organization/2", "{event}");
		assert_eq!(event["agent"][0]["requestor"], true);
		assert_eq!(event["agent"][0]["policy"][0], "Consent/0-0");
		assert_eq!(event["type"]["code"], "110106", "a release to another organization: Export");
		assert_eq!(event["action"], "R");
		assert_eq!(event["outcome"], "0");
		assert_eq!(event["purposeOfEvent"][0]["coding"][0]["code"], "TREAT");
		assert!(event["recorded"].as_str().unwrap().ends_with('Z'), "{event}");
		assert_eq!(event["entity"][0]["what"]["type"], "Observation");
		assert_eq!(event["entity"][0]["what"]["identifier"]["value"], glucose.as_str());
		assert_eq!(event["entity"][1]["what"]["reference"], "Patient/hosp-p1");
	}
	assert_eq!(value_of(&events[1]["extension"], AUDIT_HEAD_EXTENSION), format!("{:?}", kept.head));
	// The same trail by the chain patient's id.
	assert_eq!(matched(&get(&hospital, "/AuditEvent?patient=mc-0", &own).await).len(), 2);

	// Another organization may not read it.
	let answer = get(&hospital, "/AuditEvent?patient=hosp-p1", &treat).await;
	assert_eq!((answer.status, answer.issue()), (403, "forbidden"), "{answer:?}");

	// A new patient with an ed25519 key gets a patient token: it reads the patient's own
	// (empty) trail, and nothing else.
	let frank = key("AuditPatient");
	let fund =
		call("Balances", "transfer_keep_alive", vec![address(&ed(&frank)), n(PATIENT_FUNDS)]);
	ok(&client, &rpc, &fund, &dev::alice()).await;
	let register = call("PatientIdentity", "register_patient", vec![Value::from_bytes([9u8; 32])]);
	let registered = ok(&client, &rpc, &register, &frank).await;
	wait_final(&rpc, &registered).await;
	let patient = IdentityApiClient::<H256, AccountId32, u128>::patient_by_account(
		rpc.api(),
		frank.account(),
		None,
	)
	.await
	.unwrap()
	.expect("registered")
	.id;
	assert_ne!(patient, 0);
	let issued = token_answer(&hospital.url, &assertion(&frank, &hospital.url, "TREAT")).await;
	assert_eq!(issued.status, 200, "{issued:?}");
	assert_eq!(issued.body["scope"], "patient/AuditEvent.rs");
	let mine = issued.body["access_token"].as_str().unwrap().to_owned();
	let answer = get(&hospital, &format!("/AuditEvent?patient=mc-{patient}"), &mine).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert!(matched(&answer).is_empty());
	assert_eq!(value_of(&answer.body["meta"]["extension"], AUDIT_COUNT_EXTENSION), "0");
	for path in [
		"/AuditEvent?patient=hosp-p1",
		"/AuditEvent?patient=mc-0",
		"/Observation?patient=hosp-p1",
		"/Observation/hosp-glucose",
		"/Patient/hosp-p1/$everything",
	] {
		let answer = get(&hospital, path, &mine).await;
		assert_eq!((answer.status, answer.issue()), (403, "forbidden"), "{path}: {answer:?}");
	}
	// Reading the trail is not a release: nothing was added to it.
	assert_eq!(audit_count(&rpc).await, 2);

	// The hospital's gateway stops; the lab's releases its two lab results of the same patient
	// to the requester, final well before the hospital's gateway starts again, which follows
	// the blocks it missed from where it stopped.
	hospital.stop();
	let lab = Gateway::start(&lab_store, None, &url, "LabGateway");
	let lab_treat = token(&requester, &lab.url, "TREAT").await;
	let answer = get(&lab, "/Observation?patient=lab-p1", &lab_treat).await;
	assert_eq!(answer.ids(), ["Observation/lab-creatinine", "Observation/lab-hba1c"], "{answer:?}");
	wait_for_audit(&rpc, 4).await;
	wait_until("4 final audit entries", || async {
		let finalized: H256 = rpc.finalized_hash().await?.parse().map_err(|e| format!("{e:?}"))?;
		let head = RecordsApiClient::<H256>::audit_head(rpc.api(), 0, Some(finalized))
			.await
			.map_err(|e| e.to_string())?;
		Ok((head.count == 4).then_some(()))
	})
	.await
	.unwrap();
	let finalized = rpc.finalized_number().await.unwrap();
	node.wait_for_finalized(finalized + 2).await.unwrap();
	let hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let own = token(&operator, &hospital.url, "TREAT").await;
	let bundle = audit_bundle(&hospital, "hosp-p1", &own, 4).await;
	let events = matched(&bundle);
	let kept: AuditHead = RecordsApiClient::<H256>::audit_head(rpc.api(), 0, None).await.unwrap();
	assert_eq!(
		value_of(&bundle.body["meta"]["extension"], AUDIT_HEAD_EXTENSION),
		format!("{:?}", kept.head)
	);
	assert_eq!(value_of(&events[3]["extension"], AUDIT_HEAD_EXTENSION), format!("{:?}", kept.head));
	for event in &events[2..] {
		assert_eq!(event["agent"][0]["who"]["reference"], "Organization/2", "{event}");
		assert_eq!(event["type"]["code"], "110106");
		assert_ne!(event["entity"][0]["what"]["identifier"]["value"], glucose.as_str());
	}
}

/// `GET /AuditEvent?patient=<patient>` at `gateway` until it holds `count` AuditEvents (the
/// follower keeps entries once their block is final).
async fn audit_bundle(gateway: &Gateway, patient: &str, token: &str, count: usize) -> Answer {
	wait_until(&format!("{count} AuditEvents of {patient}"), || async {
		let answer = get(gateway, &format!("/AuditEvent?patient={patient}"), token).await;
		if answer.status != 200 {
			return Err(format!("{answer:?}"));
		}
		Ok((matched(&answer).len() == count).then_some(answer))
	})
	.await
	.expect("the gateway keeps every final entry")
}

/// The AuditEvents of a Bundle (its matched entries' resources).
fn matched(answer: &Answer) -> Vec<Json> {
	answer.body["entry"]
		.as_array()
		.map(|entries| {
			entries
				.iter()
				.filter(|e| e["search"]["mode"] == "match")
				.map(|e| e["resource"].clone())
				.collect()
		})
		.unwrap_or_default()
}

/// The `valueString` of extension `url` in a list of extensions ("" if absent).
fn value_of(extensions: &Json, url: &str) -> String {
	extensions
		.as_array()
		.and_then(|list| list.iter().find(|e| e["url"] == url))
		.and_then(|e| e["valueString"].as_str())
		.unwrap_or_default()
		.to_owned()
}
