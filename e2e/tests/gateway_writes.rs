//! Writes through `medchain-gateway` against a real `--dev` node (helpers and the sample
//! consortium in `medchain_e2e::gateway`): an operator of the custodian creates and updates
//! resources, each anchored on chain and final before it is stored and served; every other
//! write is refused with an OperationOutcome and anchors and stores nothing.

use medchain_e2e::{gateway::*, Rpc};
use medchain_rpc::RecordsApiClient;
use pallet_consent::Category;
use pallet_ehr_anchor::Verdict;
use serde_json::json;
use sp_core::H256;

/// How many records patient 0's record index holds (an amendment adds none).
async fn records(rpc: &Rpc) -> u32 {
	RecordsApiClient::<H256>::of_patient(rpc.api(), 0, 0, 1, None).await.expect("index").total
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_custodian_writes_anchored_records_and_refused_writes_anchor_nothing() {
	let Sample { node, client, rpc, url, hospital_store, dir: _dir, .. } =
		Sample::start().await.unwrap();
	// Local patient `hosp-stranger` is linked to chain patient 99, who does not exist: the
	// gateway's own checks pass, and the chain refuses the anchor.
	let nothing =
		anchor(&hospital_store, &fixtures("hospital"), &url, "HospitalGateway", "hosp-stranger=99");
	assert_eq!(nothing, "");
	let hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let operator = token(&key("HospitalGateway"), &hospital.url, "TREAT").await;
	let before = records(&rpc).await;

	// Create: 201, anchored as a new record (version 1) whose hash is the served content's.
	let created =
		write(&hospital, "POST", "/Observation", &operator, &glucose(104).to_string()).await;
	assert_eq!(created.status, 201, "{created:?}");
	let id = created.body["id"].as_str().expect("an assigned id").to_owned();
	assert_eq!(created.header("location"), Some(format!("Observation/{id}").as_str()));
	assert_eq!(created.header("etag"), Some("W/\"1\""));
	let record = hash_header(&created, "x-medchain-record");
	let first = hash_header(&created, "x-medchain-content-hash");
	assert_eq!(Ok(first), medchain_records::content_hash(&created.body.to_string()));
	let current = verdict(&rpc, record, first).await;
	assert!(
		matches!(
			current,
			Verdict::Current { version: 1, custodian: 0, category: Category::Laboratory }
		),
		"{current:?}"
	);
	assert_eq!(records(&rpc).await, before + 1);

	// A requester reads it under consent: the same content, checked against the same anchor.
	grant_laboratory_for_treatment(&client, &rpc).await;
	let treat = token(&key("Requester"), &hospital.url, "TREAT").await;
	let path = format!("/Observation/{id}");
	let read = get(&hospital, &path, &treat).await;
	assert_eq!(read.status, 200, "{read:?}");
	assert_eq!(read.body, created.body);
	assert_eq!(hash_header(&read, "x-medchain-content-hash"), first);
	assert_eq!(read.header("etag"), Some("W/\"1\""));

	// Update: 200, version 2 of the same record; the first hash is superseded on chain.
	let mut changed = created.body.clone();
	changed["valueQuantity"]["value"] = json!(110);
	let updated = write(&hospital, "PUT", &path, &operator, &changed.to_string()).await;
	assert_eq!(updated.status, 200, "{updated:?}");
	assert_eq!(updated.header("etag"), Some("W/\"2\""));
	assert_eq!(hash_header(&updated, "x-medchain-record"), record);
	let second = hash_header(&updated, "x-medchain-content-hash");
	assert_ne!(second, first);
	let old = verdict(&rpc, record, first).await;
	assert!(matches!(old, Verdict::Superseded { version: 1, current_version: 2, .. }), "{old:?}");
	let new = verdict(&rpc, record, second).await;
	assert!(matches!(new, Verdict::Current { version: 2, .. }), "{new:?}");
	assert_eq!(records(&rpc).await, before + 1, "an amendment is no new record");
	let read = get(&hospital, &path, &treat).await;
	assert_eq!((read.status, read.header("etag")), (200, Some("W/\"2\"")), "{read:?}");
	assert_eq!(read.body["valueQuantity"]["value"], 110);

	// The current content again: nothing to amend, answered from the chain's verdict.
	let again = write(&hospital, "PUT", &path, &operator, &changed.to_string()).await;
	assert_eq!((again.status, again.header("etag")), (200, Some("W/\"2\"")), "{again:?}");
	// The first version again: the chain takes a content hash once.
	let back = write(&hospital, "PUT", &path, &operator, &created.body.to_string()).await;
	assert_eq!((back.status, back.issue()), (409, "conflict"), "{back:?}");

	// Refused writes: an OperationOutcome each, nothing anchored, nothing stored.
	let anchored = records(&rpc).await;
	let refused = |answer: &Answer| (answer.status, answer.issue().to_owned());
	// Another organization's operator may not write here.
	let foreign = write(&hospital, "POST", "/Observation", &treat, &glucose(1).to_string()).await;
	assert_eq!(refused(&foreign), (403, "forbidden".into()), "{foreign:?}");
	let foreign = write(&hospital, "PUT", &path, &treat, &glucose(1).to_string()).await;
	assert_eq!(refused(&foreign), (403, "forbidden".into()), "{foreign:?}");
	// A body of another type than the URL's.
	let mut condition = glucose(1);
	condition["resourceType"] = json!("Condition");
	let answer = write(&hospital, "POST", "/Observation", &operator, &condition.to_string()).await;
	assert_eq!(refused(&answer), (400, "invalid".into()), "{answer:?}");
	// An update whose body names another id.
	let mut renamed = changed.clone();
	renamed["id"] = json!("someone-else");
	let answer = write(&hospital, "PUT", &path, &operator, &renamed.to_string()).await;
	assert_eq!(refused(&answer), (400, "invalid".into()), "{answer:?}");
	// Malformed JSON.
	let answer = write(&hospital, "POST", "/Observation", &operator, "{\"resourceType\": ").await;
	assert_eq!(refused(&answer), (400, "structure".into()), "{answer:?}");
	// A patient the store does not link to a chain patient, named in the answer.
	let mut unlinked = glucose(1);
	unlinked["subject"]["reference"] = json!("Patient/nobody");
	let answer = write(&hospital, "POST", "/Observation", &operator, &unlinked.to_string()).await;
	assert_eq!(refused(&answer), (422, "invalid".into()), "{answer:?}");
	assert!(answer.body.to_string().contains("Patient/nobody"), "{answer:?}");
	// A new Patient: its fresh id cannot be linked yet.
	let patient = json!({"resourceType": "Patient", "name": [{"family": "New"}]});
	let answer = write(&hospital, "POST", "/Patient", &operator, &patient.to_string()).await;
	assert_eq!(refused(&answer), (422, "invalid".into()), "{answer:?}");
	// An update of a resource the store does not hold never creates it.
	let mut unheld = changed.clone();
	unheld["id"] = json!("not-held");
	let answer =
		write(&hospital, "PUT", "/Observation/not-held", &operator, &unheld.to_string()).await;
	assert_eq!(refused(&answer), (404, "not-found".into()), "{answer:?}");
	// An update that would change the record's category (a mental health label).
	let mut relabelled = changed.clone();
	relabelled["meta"] = json!({"security": [{
		"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
		"code": "PSY",
	}]});
	let answer = write(&hospital, "PUT", &path, &operator, &relabelled.to_string()).await;
	assert_eq!(refused(&answer), (422, "invalid".into()), "{answer:?}");
	// The chain refuses (chain patient 99 does not exist): the pallet's error is named, the
	// fee was paid, and the store stays as it was.
	let mut stranger = glucose(1);
	stranger["subject"]["reference"] = json!("Patient/hosp-stranger");
	let answer = write(&hospital, "POST", "/Observation", &operator, &stranger.to_string()).await;
	assert_eq!(refused(&answer), (422, "invalid".into()), "{answer:?}");
	assert!(answer.body.to_string().contains("PatientIdentity::UnknownPatient"), "{answer:?}");
	assert_eq!(records(&rpc).await, anchored, "no refused write anchored anything");
	let search = get(&hospital, "/Observation?patient=hosp-stranger", &treat).await;
	assert_eq!(search.status, 200, "{search:?}");
	assert!(search.ids().is_empty());
	assert_eq!(search.counts(), (0, 0), "nothing was stored for the stranger");
	let read = get(&hospital, &path, &treat).await;
	assert_eq!((read.status, read.header("etag")), (200, Some("W/\"2\"")), "{read:?}");
	assert_eq!(read.body, changed, "the stored resource is still version 2");

	// The audit journal shares the key with the writes: its three releases (the reads) still
	// reach the chain, exactly once.
	wait_for_audit(&rpc, 3).await;
	let settled = rpc.best_number().await.unwrap();
	node.wait_for_finalized(settled + 3).await.unwrap();
	assert_eq!(audit_count(&rpc).await, 3);
}
