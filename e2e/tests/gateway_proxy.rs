//! `medchain-gateway` in proxy mode against a real FHIR R4 server (Medplum's FHIR router over
//! its in-memory repository, `gateway/tests/fhir-server/`) and a real `--dev` node (helpers and
//! the sample consortium in `medchain_e2e::gateway`): `anchor --upstream` anchors what the
//! server holds for a linked patient and nothing twice; reads, searches, `$everything` and the
//! custodian's writes behave as in embedded mode, with resources read from and written to the
//! server, each checked against its anchor and audited on chain; a resource changed at the
//! server behind the gateway's back, or put there without an anchor, is refused on read and
//! counted as an integrity failure in searches, never released; a version the chain superseded
//! is 409 and a retracted record 410; search pages (`_count`, `next`
//! links) release every resource exactly once, in embedded and proxy mode; an unreachable
//! server is 502 `transient` and releases and audits nothing; and `--upstream` with `--load`
//! is refused.
//!
//! Needs Node.js 20.19 or later and the server's dependencies (`scripts/setup.sh` installs them
//! with `npm ci`); without either the test fails saying so.

use std::{
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use medchain_e2e::{
	extrinsics::{account, call, code, n},
	gateway::*,
	subxt::dynamic::Value,
	subxt_signer::sr25519::dev,
	Rpc,
};
use medchain_gateway::server::{CONTENT_HASH_EXTENSION, RECORD_EXTENSION};
use pallet_ehr_anchor::Verdict;
use serde_json::{json, Value as Json};
use sp_core::H256;

/// Longest `serve --upstream … --load …` may take to refuse (it would otherwise serve).
const REFUSAL_TIMEOUT: Duration = Duration::from_secs(60);

/// The content hash of a resource as served.
fn hash_of(resource: &Json) -> H256 {
	medchain_records::content_hash(&resource.to_string()).expect("a content hash")
}

/// The `valueString` of a Bundle entry's extension `url`.
fn extension<'a>(entry: &'a Json, url: &str) -> &'a str {
	entry["extension"]
		.as_array()
		.and_then(|extensions| extensions.iter().find(|e| e["url"] == url))
		.and_then(|e| e["valueString"].as_str())
		.unwrap_or_else(|| panic!("no {url} extension in {entry}"))
}

/// Every match entry of a Bundle states its resource's content hash and a record the chain
/// has that hash as the current version of, anchored by the hospital (organization 0).
async fn assert_current(rpc: &Rpc, answer: &Answer) {
	let entries = answer.body["entry"].as_array().into_iter().flatten();
	for entry in entries.filter(|e| e["search"]["mode"] == "match") {
		let hash = hash_of(&entry["resource"]);
		assert_eq!(extension(entry, CONTENT_HASH_EXTENSION), format!("{hash:?}"), "{entry}");
		let record: H256 = extension(entry, RECORD_EXTENSION).parse().expect("a record id");
		let current = verdict(rpc, record, hash).await;
		assert!(matches!(current, Verdict::Current { custodian: 0, .. }), "{entry}: {current:?}");
	}
}

/// The pages of a search with `_count=count` against the same search unpaged: at most `count`
/// matches a page, every page but the last links the next one by `_offset`, and together the
/// pages release exactly what the unpaged search does, each once, with the same withheld and
/// failed counts.
fn assert_pages(pages: &[Answer], whole: &Answer, count: usize) {
	let mut ids = Vec::new();
	let (mut withheld, mut failed) = (0, 0);
	for (i, page) in pages.iter().enumerate() {
		assert!(page.ids().len() <= count, "page {} has more than {count}: {page:?}", i + 1);
		if i + 1 < pages.len() {
			let next = page.link("next").unwrap_or_default();
			assert!(next.contains("_offset="), "page {}'s next link: {next:?}", i + 1);
		}
		ids.extend(page.ids());
		let (w, f) = page.counts();
		withheld += w;
		failed += f;
	}
	ids.sort();
	assert_eq!(ids, whole.ids(), "the pages' matches against the unpaged search's: {pages:?}");
	assert_eq!((withheld, failed), whole.counts(), "the pages' counts: {pages:?}");
}

/// `Type/id` of a resource.
fn name_of(resource: &Json) -> String {
	format!(
		"{}/{}",
		resource["resourceType"].as_str().unwrap_or_default(),
		resource["id"].as_str().unwrap_or_default()
	)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proxy_mode_releases_what_the_fhir_server_holds_only_as_anchored_and_audited() {
	// The FHIR server first: the test fails at once, saying what to install, without Node.js
	// or the server's dependencies; and the server loads its definitions meanwhile.
	let mut upstream = FhirServer::start();
	let Sample { node, client, rpc, url, hospital_store, dir, .. } = Sample::start().await.unwrap();
	let requester = key("Requester");

	// Both custodians' sample data is put on the server as it is (Medplum stamps
	// `meta.versionId`/`meta.lastUpdated` on each).
	for name in ["hospital", "lab"] {
		for resource in fixture_resources(name) {
			let put = upstream.put(&resource).await;
			assert!(matches!(put.status, 200 | 201), "{}: {put:?}", name_of(&resource));
		}
	}

	// `anchor --upstream` into a store of its own (the sample's hospital store anchored its
	// copy of the same data under other record ids) anchors every resource of hosp-p1 at the
	// server, and none of lab-p1 (not linked), while Dave grants the requester laboratory data
	// for treatment.
	let proxy_store = dir.path().join("proxy.redb");
	let anchoring = {
		let (store, base, node_url) = (proxy_store.clone(), upstream.url.clone(), url.clone());
		tokio::task::spawn_blocking(move || {
			anchor_upstream(&store, &base, &node_url, "HospitalGateway", "hosp-p1=0")
		})
	};
	grant_laboratory_for_treatment(&client, &rpc).await;
	let anchored = anchoring.await.expect("anchor --upstream ran");
	let mut names: Vec<String> =
		anchored.lines().map(|l| l.split('\t').next().unwrap_or_default().to_owned()).collect();
	names.sort();
	let mut expected: Vec<String> = fixture_resources("hospital").iter().map(name_of).collect();
	expected.sort();
	assert_eq!(names, expected, "{anchored}");
	for line in anchored.lines() {
		let record = line.split('\t').nth(1).unwrap_or_default();
		assert!(record.starts_with("0x") && record.len() == 66, "{line}");
	}
	// Anchoring again anchors nothing more.
	let again = anchor_upstream(&proxy_store, &upstream.url, &url, "HospitalGateway", "hosp-p1=0");
	assert_eq!(again, "");

	// Paging in embedded mode, on the sample's hospital store: one candidate a page (the
	// glucose result, released; the heart rate, withheld). Its journal reaches the chain
	// before the proxy gateway, which signs with the same key, starts.
	let mut audited = 0;
	{
		let hospital = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
		let treat = token(&requester, &hospital.url, "TREAT").await;
		let whole = get(&hospital, "/Observation?patient=hosp-p1", &treat).await;
		assert_eq!(whole.status, 200, "{whole:?}");
		assert_eq!(whole.ids(), ["Observation/hosp-glucose"]);
		assert_eq!(whole.counts(), (1, 0));
		let pages = search_pages(&hospital, "/Observation?patient=hosp-p1&_count=1", &treat).await;
		assert_pages(&pages, &whole, 1);
		audited += 2;
		wait_for_audit(&rpc, audited).await;
	}

	// Proxy mode: consent decides as in embedded mode, over what the server holds.
	let mut gateway = Gateway::start_upstream(&proxy_store, &upstream.url, &url, "HospitalGateway");
	let treat = token(&requester, &gateway.url, "TREAT").await;
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["Observation/hosp-glucose"]);
	assert_eq!(answer.counts(), (1, 0));
	assert!(!answer.body.to_string().contains("heart-rate"));
	assert_current(&rpc, &answer).await;
	let answer = get(&gateway, "/DiagnosticReport?patient=Patient/hosp-p1", &treat).await;
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp"]);
	assert_current(&rpc, &answer).await;
	// A read carries the record id and the content hash it was checked against.
	let read = get(&gateway, "/Observation/hosp-glucose", &treat).await;
	assert_eq!(read.status, 200, "{read:?}");
	let hash = hash_of(&read.body);
	assert_eq!(hash_header(&read, "x-medchain-content-hash"), hash);
	let current = verdict(&rpc, hash_header(&read, "x-medchain-record"), hash).await;
	assert!(matches!(current, Verdict::Current { custodian: 0, .. }), "{current:?}");
	// Sensitive content is withheld; an id the server does not hold is 404.
	assert_eq!(get(&gateway, "/Condition/hosp-depression", &treat).await.status, 403);
	assert_eq!(get(&gateway, "/Observation/nope", &treat).await.status, 404);
	let answer = get(&gateway, "/Patient/hosp-p1/$everything", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), ["DiagnosticReport/hosp-bmp", "Observation/hosp-glucose"]);
	assert_eq!(answer.counts(), (8, 0));
	assert_current(&rpc, &answer).await;
	// Glucose (search), bmp, glucose (read), `$everything`'s two.
	audited += 5;

	// The custodian's operator writes through the gateway: anchored on chain, then stored at
	// the server under the id the gateway assigned, where the anchored content is found.
	let operator = token(&key("HospitalGateway"), &gateway.url, "TREAT").await;
	let created =
		write(&gateway, "POST", "/Observation", &operator, &glucose(104).to_string()).await;
	assert_eq!(created.status, 201, "{created:?}");
	let id = created.body["id"].as_str().expect("an assigned id").to_owned();
	assert_eq!(created.header("location"), Some(format!("Observation/{id}").as_str()));
	assert_eq!(created.header("etag"), Some("W/\"1\""));
	let record = hash_header(&created, "x-medchain-record");
	let first = hash_header(&created, "x-medchain-content-hash");
	assert_eq!(hash_of(&created.body), first);
	let current = verdict(&rpc, record, first).await;
	assert!(matches!(current, Verdict::Current { version: 1, custodian: 0, .. }), "{current:?}");
	let stored = upstream.read("Observation", &id).await;
	assert_eq!(stored.status, 200, "{stored:?}");
	assert_eq!(stored.body["valueQuantity"]["value"], 104);
	assert_eq!(hash_of(&stored.body), first, "the server's copy (with its meta) verifies");
	// A requester reads it under consent, from the server.
	let path = format!("/Observation/{id}");
	let read = get(&gateway, &path, &treat).await;
	assert_eq!((read.status, read.header("etag")), (200, Some("W/\"1\"")), "{read:?}");
	assert_eq!(hash_header(&read, "x-medchain-content-hash"), first);
	assert_eq!(read.body["valueQuantity"]["value"], 104);
	// An update: version 2 of the same record, stored at the server.
	let mut changed = glucose(110);
	changed["id"] = json!(id);
	let updated = write(&gateway, "PUT", &path, &operator, &changed.to_string()).await;
	assert_eq!((updated.status, updated.header("etag")), (200, Some("W/\"2\"")), "{updated:?}");
	assert_eq!(hash_header(&updated, "x-medchain-record"), record);
	let second = hash_header(&updated, "x-medchain-content-hash");
	assert_ne!(second, first);
	let current = verdict(&rpc, record, second).await;
	assert!(matches!(current, Verdict::Current { version: 2, .. }), "{current:?}");
	let stored = upstream.read("Observation", &id).await;
	assert_eq!(stored.body["valueQuantity"]["value"], 110, "{stored:?}");
	assert_eq!(hash_of(&stored.body), second);
	let read = get(&gateway, &path, &treat).await;
	assert_eq!((read.status, read.header("etag")), (200, Some("W/\"2\"")), "{read:?}");
	assert_eq!(read.body["valueQuantity"]["value"], 110);
	// The two reads.
	audited += 2;

	// Paging in proxy mode: glucose, the heart rate and the new result, one a page.
	let whole = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(whole.status, 200, "{whole:?}");
	let mut both = vec!["Observation/hosp-glucose".to_owned(), format!("Observation/{id}")];
	both.sort();
	assert_eq!(whole.ids(), both);
	assert_eq!(whole.counts(), (1, 0));
	let pages = search_pages(&gateway, "/Observation?patient=hosp-p1&_count=1", &treat).await;
	assert_pages(&pages, &whole, 1);
	audited += 4;

	// Tampering at the server: the glucose result changed there is refused on read, and
	// counted (not released) in a search, which releases the rest.
	let mut tampered = fixture_resources("hospital")
		.into_iter()
		.find(|r| r["id"] == "hosp-glucose")
		.expect("the sample's glucose result");
	tampered["valueQuantity"]["value"] = json!(42);
	let put = upstream.put(&tampered).await;
	assert_eq!(put.status, 200, "{put:?}");
	let answer = get(&gateway, "/Observation/hosp-glucose", &treat).await;
	assert_eq!((answer.status, answer.issue()), (409, "invariant"), "{answer:?}");
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), [format!("Observation/{id}")]);
	assert_eq!(answer.counts(), (1, 1));
	assert!(!answer.body.to_string().contains("hosp-glucose"), "{answer:?}");
	// A laboratory result put at the server that the gateway never anchored: not released
	// either.
	let mut unanchored = glucose(99);
	unanchored["id"] = json!("hosp-unanchored");
	let put = upstream.put(&unanchored).await;
	assert!(matches!(put.status, 200 | 201), "{put:?}");
	let answer = get(&gateway, "/Observation/hosp-unanchored", &treat).await;
	assert_eq!((answer.status, answer.issue()), (409, "invariant"), "{answer:?}");
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert_eq!(answer.ids(), [format!("Observation/{id}")]);
	assert_eq!(answer.counts(), (1, 2));
	assert!(!answer.body.to_string().contains("hosp-unanchored"), "{answer:?}");
	// The two searches' release of the new result.
	audited += 2;
	wait_for_audit(&rpc, audited).await;

	// Superseded: the server's copy of the new result put back to version 1 behind the
	// gateway's back is refused, naming both versions, and counted in a search.
	let mut old = glucose(104);
	old["id"] = json!(id);
	let put = upstream.put(&old).await;
	assert_eq!(put.status, 200, "{put:?}");
	let answer = get(&gateway, &path, &treat).await;
	assert_eq!((answer.status, answer.issue()), (409, "conflict"), "{answer:?}");
	assert!(answer.body.to_string().contains("version 1"), "{answer:?}");
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert!(answer.ids().is_empty(), "{answer:?}");
	assert_eq!(answer.counts(), (1, 3));
	// Version 2 back at the server is served again.
	let put = upstream.put(&changed).await;
	assert_eq!(put.status, 200, "{put:?}");
	let read = get(&gateway, &path, &treat).await;
	assert_eq!((read.status, read.header("etag")), (200, Some("W/\"2\"")), "{read:?}");
	audited += 1;

	// Retracted: a second operator of the hospital (Ferdie, invited by its admin Bob; the
	// gateway's key signs nothing but what the gateway sends) withdraws the record. From the
	// next block the gateway answers 410 for it and leaves it out of searches uncounted.
	let ferdie = dev::ferdie();
	let invite = call("PatientIdentity", "add_operator", vec![account(&sr(&ferdie))]);
	ok(&client, &rpc, &invite, &dev::bob()).await;
	ok(&client, &rpc, &call("PatientIdentity", "accept_operator", vec![n(0)]), &ferdie).await;
	let withdrawn = Value::unnamed_variant("Record", [Value::from_bytes(record.0)]);
	let retract = call("EhrAnchor", "retract", vec![withdrawn, code("PatientRequest")]);
	assert!(ok(&client, &rpc, &retract, &ferdie).await.has("EhrAnchor", "Retracted"));
	let answer = get(&gateway, &path, &treat).await;
	assert_eq!((answer.status, answer.issue()), (410, "deleted"), "{answer:?}");
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!(answer.status, 200, "{answer:?}");
	assert!(answer.ids().is_empty(), "{answer:?}");
	assert_eq!(answer.counts(), (1, 2));
	wait_for_audit(&rpc, audited).await;

	// The server goes away: 502 `transient`, nothing released, nothing audited.
	upstream.stop();
	let answer = get(&gateway, &path, &treat).await;
	assert_eq!((answer.status, answer.issue()), (502, "transient"), "{answer:?}");
	let answer = get(&gateway, "/Observation?patient=hosp-p1", &treat).await;
	assert_eq!((answer.status, answer.issue()), (502, "transient"), "{answer:?}");
	let settled = rpc.best_number().await.unwrap();
	node.wait_for_finalized(settled + 2).await.unwrap();
	assert_eq!(audit_count(&rpc).await, audited);
	gateway.stop();

	// `--upstream` with `--load` is refused: loaded resources would never be served.
	let mut refused = Command::new(gateway_binary())
		.args(["serve", "--listen", "127.0.0.1:0", "--node", &url, "--dev", "HospitalGateway"])
		.args(["--upstream", &upstream.url])
		.arg("--store")
		.arg(dir.path().join("refused.redb"))
		.arg("--load")
		.arg(fixtures("hospital"))
		.stdout(Stdio::null())
		.stderr(Stdio::piped())
		.spawn()
		.expect("run serve");
	let started = Instant::now();
	while refused.try_wait().expect("waiting for serve").is_none() {
		if started.elapsed() > REFUSAL_TIMEOUT {
			let _ = refused.kill();
			let _ = refused.wait();
			panic!(
				"serve --upstream --load was not refused: still running after {REFUSAL_TIMEOUT:?}"
			);
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	let output = refused.wait_with_output().expect("serve's output");
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(!output.status.success(), "{stderr}");
	assert!(stderr.contains("--load"), "{stderr}");
}
