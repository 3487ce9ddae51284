//! `gateway-demo` (`make gateway-demo`): the FHIR gateway on one machine, ready to query.
//!
//! Starts a `--dev` node, sets up the sample consortium of `medchain_e2e::gateway` (a hospital
//! and a lab as custodians, a requesting organization, patient Dave linked to both), anchors the
//! sample data of `gateway/tests/fixtures/fhir/`, serves it through one gateway per custodian on
//! ports 8081 (hospital) and 8082 (lab), has Dave grant the requester laboratory data for
//! treatment, publishes both gateways' endpoints on chain (for federation), and prints access
//! tokens, a federation assertion and the requests to try. Ctrl-C stops everything.

use medchain_e2e::{
	gateway::{
		federation, genesis, grant_laboratory_for_treatment, key, publish_endpoint, token, Gateway,
		Sample,
	},
	subxt_signer::sr25519::dev,
};

/// Where the demo's gateways listen: fixed, so that the printed requests can be pasted.
const HOSPITAL_LISTEN: &str = "127.0.0.1:8081";
const LAB_LISTEN: &str = "127.0.0.1:8082";

#[tokio::main]
async fn main() -> Result<(), String> {
	eprintln!("gateway-demo: starting a dev node and registering the sample consortium…");
	let Sample { node: _node, client, rpc, url, hospital_store, lab_store, dir: _dir } =
		Sample::start().await?;
	let hospital =
		Gateway::start_on(HOSPITAL_LISTEN, &hospital_store, None, &url, "HospitalGateway");
	let lab = Gateway::start_on(LAB_LISTEN, &lab_store, None, &url, "LabGateway");
	grant_laboratory_for_treatment(&client, &rpc).await;
	publish_endpoint(&client, &rpc, &dev::bob(), &hospital.url).await;
	publish_endpoint(&client, &rpc, &dev::charlie(), &lab.url).await;
	let requester = key("Requester");
	let at_hospital = token(&requester, &hospital.url, "TREAT").await;
	let at_lab = token(&requester, &lab.url, "TREAT").await;
	// Made out for the hospital's gateway (organization 0), for chain patient 0; used once.
	let assertion = federation(&requester, &genesis(&rpc).await, 0, 0, "TREAT");
	println!(
		"\nDave (patient 0) granted organization 2 laboratory data for treatment.\n\
		 Access tokens of organization 2's operator key //Requester (ed25519), valid 5 minutes:\n\n\
		 H={at_hospital}\nL={at_lab}\nF={assertion}   # a federation assertion: good once, for 2 minutes\n\n\
		 curl -s -H \"Authorization: Bearer $H\" '{h}/Observation?patient=hosp-p1'   # glucose; heart rate withheld\n\
		 curl -s -H \"Authorization: Bearer $H\" '{h}/Patient/hosp-p1/$everything'\n\
		 curl -s -H \"Authorization: Bearer $H\" -H \"Medchain-Federation-Assertion: $F\" '{h}/Patient/hosp-p1/$everything'   # both custodians\n\
		 curl -si -H \"Authorization: Bearer $H\" '{h}/Condition/hosp-depression'    # 403: not covered\n\
		 curl -s -H \"Authorization: Bearer $L\" '{l}/Observation?patient=lab-p1'    # HIV test withheld\n\
		 curl -s '{h}/metadata'\n\n\
		 Each release is on Dave's audit chain a few blocks later: records_auditHead(0) on {url}.\n\
		 Ctrl-C stops the node and both gateways.",
		h = hospital.url,
		l = lab.url,
	);
	tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
	Ok(())
}
