//! `medchain-gateway` against a real `--dev` node (helpers and the sample consortium in
//! `medchain_e2e::gateway`): consent decides what is released, every release is checked
//! against its anchor and lands on the patient's audit chain, and bad requests are refused
//! with an OperationOutcome and release nothing.

use std::process::Command;

use medchain_e2e::{extrinsics::*, gateway::*, subxt_signer::sr25519::dev};
use medchain_gateway::auth::client_assertion;
use medchain_rpc::RecordsApiClient;
use serde_json::Value as Json;
use sp_core::H256;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn releases_follow_consent_are_checked_against_anchors_and_audited_on_chain() {
	let Sample { node, client, rpc, url, hospital_store, lab_store, dir } =
		Sample::start().await.unwrap();
	let mut hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let mut lab = Gateway::start(&lab_store, None, &url, "LabGateway");
	let requester = key("Requester");

	// The CapabilityStatement names the token endpoint.
	let metadata = http("GET", &format!("{}/metadata", hospital.url), None, None).await;
	assert_eq!(metadata.status, 200);
	assert_eq!(metadata.body["fhirVersion"], "4.0.1");
	assert!(metadata.body.to_string().contains(&format!("{}/auth/token", hospital.url)));

	// No grant: nothing is released, and nothing is audited.
	let treat = token(&requester, &hospital.url, "TREAT").await;
	let answer = get(&hospital, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!((answer.status, answer.issue()), (403, "forbidden"), "{answer:?}");
	let answer = get(&hospital, "/Observation/hosp-glucose", &treat).await;
	assert_eq!(answer.status, 403, "{answer:?}");
	// An id the store does not hold is 404.
	assert_eq!(get(&hospital, "/Observation/nope", &treat).await.status, 404);
	assert_eq!(audit_count(&rpc).await, 0);

	// Dave grants the requester laboratory data for treatment.
	grant_laboratory_for_treatment(&client, &rpc).await;

	// Only the lab results are released; the vital sign is withheld, counted, not named.
	let answer = get(&hospital, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["Observation/hosp-glucose"]);
	assert_eq!(answer.counts(), (1, 0));
	assert!(!answer.body.to_string().contains("heart-rate"));
	let consent_block = answer.header("x-medchain-consent-block").expect("named block");
	assert!(consent_block.starts_with("best=") && consent_block.contains("finalized="));
	let answer = get(&hospital, "/DiagnosticReport?patient=Patient/hosp-p1", &treat).await;
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp"]);
	// A read carries the record id and the content hash it was checked against.
	let read = get(&hospital, "/Observation/hosp-glucose", &treat).await;
	assert_eq!(read.status, 200, "{read:?}");
	let hash = medchain_records::content_hash(&read.body.to_string()).unwrap();
	assert_eq!(read.header("x-medchain-content-hash"), Some(format!("{hash:?}").as_str()));
	let record: H256 = read.header("x-medchain-record").expect("record").parse().unwrap();
	let verdict = RecordsApiClient::<H256>::verify(rpc.api(), record, hash, None).await.unwrap();
	assert!(
		matches!(verdict, pallet_ehr_anchor::Verdict::Current { custodian: 0, .. }),
		"{verdict:?}"
	);
	// Sensitive content is withheld: the depression diagnosis is not laboratory data.
	assert_eq!(get(&hospital, "/Condition/hosp-depression", &treat).await.status, 403);
	// The lab's gateway releases its two general lab results and withholds the HIV test.
	let lab_treat = token(&requester, &lab.url, "TREAT").await;
	let answer = get(&lab, "/Observation?patient=lab-p1", &lab_treat).await;
	assert_eq!(answer.ids(), ["Observation/lab-creatinine", "Observation/lab-hba1c"]);
	assert_eq!(answer.counts(), (1, 0));
	// `$everything` at the hospital: its laboratory resources only.
	let answer = get(&hospital, "/Patient/hosp-p1/$everything", &treat).await;
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp", "Observation/hosp-glucose"]);
	assert_eq!(answer.counts(), (8, 0));
	// Another purpose than the grant's is not covered.
	let research = token(&requester, &hospital.url, "HRESCH").await;
	assert_eq!(get(&hospital, "/Observation/hosp-glucose", &research).await.status, 403);

	// One audit entry per release: glucose (search), bmp, glucose (read), the lab's two,
	// and `$everything`'s two.
	wait_for_audit(&rpc, 7).await;

	// A tampered copy in the store is refused, and counted (not released) in searches.
	hospital.stop();
	let tampered = dir.path().join("tampered");
	std::fs::create_dir_all(&tampered).unwrap();
	let bundle = std::fs::read_to_string(fixtures("hospital").join("bundle.json")).unwrap();
	let mut bundle: Json = serde_json::from_str(&bundle).unwrap();
	for entry in bundle["entry"].as_array_mut().unwrap() {
		if entry["resource"]["id"] == "hosp-glucose" {
			entry["resource"]["valueQuantity"]["value"] = serde_json::json!(42);
		}
	}
	std::fs::write(tampered.join("bundle.json"), bundle.to_string()).unwrap();
	let hospital = Gateway::start(&hospital_store, Some(&tampered), &url, "HospitalGateway");
	let treat = token(&requester, &hospital.url, "TREAT").await;
	let answer = get(&hospital, "/Observation/hosp-glucose", &treat).await;
	assert_eq!((answer.status, answer.issue()), (409, "invariant"), "{answer:?}");
	let answer = get(&hospital, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert!(answer.ids().is_empty());
	assert_eq!(answer.counts(), (1, 1));

	// Revocation: refused from the next block on.
	ok(&client, &rpc, &call("Consent", "revoke", vec![none(), n(0)]), &dev::dave()).await;
	let answer = get(&lab, "/Observation/lab-hba1c", &lab_treat).await;
	assert_eq!(answer.status, 403, "{answer:?}");

	// Break-glass: the requester's emergency access releases general categories only,
	// flagged, and audited with the emergency basis.
	let requester_key = key("Requester");
	let opened = ok(
		&client,
		&rpc,
		&call("Consent", "break_glass", vec![n(0), code("LifeThreatening")]),
		&requester_key,
	)
	.await;
	wait_final(&rpc, &opened).await;
	let emergency = token(&requester, &lab.url, "ETREAT").await;
	let answer = get(&lab, "/Observation?patient=lab-p1", &emergency).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["Observation/lab-creatinine", "Observation/lab-hba1c"]);
	assert_eq!(answer.counts(), (1, 0), "the HIV test stays withheld under break-glass");
	assert_eq!(answer.header("x-medchain-basis"), Some("break-glass"));
	assert_eq!(answer.body["meta"]["security"][0]["code"], "BTG");

	// The lab's gateway is killed (SIGKILL) right after one more release, before its journal
	// has reached the chain: the entries were committed before the answer was written, so the
	// restarted gateway submits them, and every release is on the audit chain exactly once.
	let answer = get(&lab, "/DiagnosticReport?patient=lab-p1", &emergency).await;
	assert_eq!(answer.ids(), ["DiagnosticReport/lab-a1c-report"]);
	lab.stop();
	let _lab = Gateway::start(&lab_store, None, &url, "LabGateway");
	wait_for_audit(&rpc, 10).await;
	// And nothing more arrives later (no duplicate of a call that was in flight).
	let settled = rpc.best_number().await.unwrap();
	node.wait_for_finalized(settled + 3).await.unwrap();
	assert_eq!(audit_count(&rpc).await, 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_refused_with_an_outcome_and_release_nothing() {
	let Sample { mut node, client, rpc, url, hospital_store, dir, .. } =
		Sample::start().await.unwrap();
	let hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let requester = key("Requester");
	grant_laboratory_for_treatment(&client, &rpc).await;
	let aud = format!("{}/auth/token", hospital.url);

	// No token, an unknown token.
	let answer =
		http("GET", &format!("{}/Observation/hosp-glucose", hospital.url), None, None).await;
	assert_eq!((answer.status, answer.issue()), (401, "login"), "{answer:?}");
	assert_eq!(answer.header("www-authenticate"), Some("Bearer"));
	assert_eq!(get(&hospital, "/Observation/hosp-glucose", "not-a-token").await.status, 401);

	// Assertions: unsigned, signed by another key, replayed, expired, for another gateway, from
	// a key that is no organization's operator, with an unknown purpose, not a JWT.
	let jwt = assertion(&requester, &hospital.url, "TREAT");
	let (signed, _) = jwt.rsplit_once('.').unwrap();
	let unsigned = format!("{signed}.");
	let refused = |a: &Answer| (a.status, a.body["error"].as_str().unwrap_or_default().to_owned());
	assert_eq!(
		refused(&token_answer(&hospital.url, &unsigned).await),
		(400, "invalid_request".into())
	);
	let other = key("Mallory");
	let forged = {
		let genuine = client_assertion(&other.0, SS58, &aud, "TREAT", now(), 60, "forged");
		let (_, signature) = genuine.rsplit_once('.').unwrap();
		let (body, _) = assertion(&requester, &hospital.url, "TREAT")
			.rsplit_once('.')
			.map(|(b, s)| (b.to_owned(), s.to_owned()))
			.unwrap();
		format!("{body}.{signature}")
	};
	assert_eq!(
		refused(&token_answer(&hospital.url, &forged).await),
		(401, "invalid_client".into())
	);
	assert_eq!(token_answer(&hospital.url, &jwt).await.status, 200);
	assert_eq!(refused(&token_answer(&hospital.url, &jwt).await), (401, "invalid_client".into()));
	let expired = client_assertion(&requester.0, SS58, &aud, "TREAT", now() - 600, 60, "old");
	assert_eq!(
		refused(&token_answer(&hospital.url, &expired).await),
		(401, "invalid_client".into())
	);
	let elsewhere = client_assertion(
		&requester.0,
		SS58,
		"http://127.0.0.1:1/auth/token",
		"TREAT",
		now(),
		60,
		"x",
	);
	assert_eq!(
		refused(&token_answer(&hospital.url, &elsewhere).await),
		(401, "invalid_client".into())
	);
	let stranger = client_assertion(&other.0, SS58, &aud, "TREAT", now(), 60, "stranger");
	assert_eq!(
		refused(&token_answer(&hospital.url, &stranger).await),
		(401, "invalid_client".into())
	);
	let marketing = assertion(&requester, &hospital.url, "HMARKT");
	assert_eq!(
		refused(&token_answer(&hospital.url, &marketing).await),
		(400, "invalid_scope".into())
	);
	assert_eq!(refused(&token_answer(&hospital.url, "not.a.jwt").await).0, 400);

	// Malformed and unsupported requests.
	let treat = token(&requester, &hospital.url, "TREAT").await;
	let answer = get(&hospital, "/Observation?code=1234", &treat).await;
	assert_eq!((answer.status, answer.issue()), (400, "invalid"), "{answer:?}");
	assert_eq!(get(&hospital, "/Observation/bad$id", &treat).await.status, 400);
	let answer = get(&hospital, "/Procedure?patient=hosp-p1", &treat).await;
	assert_eq!((answer.status, answer.issue()), (404, "not-supported"));
	// An unknown patient: an empty searchset, no withheld count.
	let answer = get(&hospital, "/Observation?patient=nobody", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert!(answer.ids().is_empty());
	assert_eq!(answer.counts(), (0, 0));
	assert_eq!(audit_count(&rpc).await, 0, "nothing was released");

	// Malformed FHIR in a folder to load: the gateway refuses to start, naming the file.
	let bad = dir.path().join("bad");
	std::fs::create_dir_all(&bad).unwrap();
	std::fs::write(bad.join("broken.json"), "{\"resourceType\": \"Observation\", \"id\": ")
		.unwrap();
	let output = Command::new(gateway_binary())
		.args(["serve", "--listen", "127.0.0.1:0", "--node", &url, "--dev", "HospitalGateway"])
		.arg("--store")
		.arg(dir.path().join("other.redb"))
		.arg("--load")
		.arg(&bad)
		.output()
		.unwrap();
	assert!(!output.status.success());
	assert!(String::from_utf8_lossy(&output.stderr).contains("broken.json"));

	// The node goes away: fail closed.
	node.kill();
	let answer = get(&hospital, "/Observation/hosp-glucose", &treat).await;
	assert_eq!((answer.status, answer.issue()), (503, "transient"), "{answer:?}");
}
