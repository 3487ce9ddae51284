//! `medchain-gateway`: a custodian's FHIR R4 endpoint under on-chain consent
//! (`docs/gateway.md`).
//!
//! - `serve`: load FHIR resources into the embedded store (optional) and serve them, or serve
//!   those of an existing FHIR server (`--upstream`, proxy mode);
//! - `anchor`: anchor on chain every resource not yet anchored (loaded, or held upstream for the
//!   linked patients);
//! - `classify`: print each resource's category and content hash (what `anchor` would anchor).

use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc};

use clap::{Args, Parser, Subcommand};
use medchain_gateway::{
	category,
	chain::{Chain, Key, RawCall},
	federation::Federation,
	journal::{self, Journal},
	server::{self, Gateway, SUPPORTED_TYPES},
	store::{self, AnchorRef, EmbeddedStore, FhirStore},
	trail,
	upstream::Upstream,
	write::fhir_resource,
};
use pallet_ehr_anchor::Format;
use pallet_patient_identity::Commitment;
use sp_core::H256;

#[derive(Parser)]
#[command(name = "medchain-gateway", version, about)]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

/// Where the gateway's store, node and key are.
#[derive(Args)]
struct Common {
	/// The embedded store (one redb file; created if absent).
	#[arg(long, default_value = "gateway.redb")]
	store: PathBuf,
	/// Folders of FHIR JSON files (a resource or a Bundle each) to load into the store first.
	#[arg(long, conflicts_with = "upstream")]
	load: Vec<PathBuf>,
	/// Proxy mode: the base URL of the FHIR server the resources live in (the store then keeps
	/// only the anchors map, the patient links and the audit journal). It must allow
	/// client-assigned ids on `PUT` for writes through the gateway.
	#[arg(long)]
	upstream: Option<String>,
	/// Allow a plain `http://` upstream that is not on loopback (a FHIR server on the
	/// custodian's own network segment). Health data crosses that network unencrypted.
	#[arg(long, requires = "upstream")]
	insecure_upstream: bool,
	/// The medchain node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	node: String,
	/// A file holding the secret URI of the custodian's ed25519 operator key (first line,
	/// readable by its owner only).
	#[arg(long, conflicts_with = "dev")]
	key_file: Option<PathBuf>,
	/// A development key instead: the ed25519 key of `//NAME` (development chains only).
	#[arg(long)]
	dev: Option<String>,
}

#[derive(Subcommand)]
enum Command {
	/// Serve the store's resources over FHIR R4 REST.
	Serve {
		#[command(flatten)]
		common: Common,
		/// The address to listen on.
		#[arg(long, default_value = "127.0.0.1:8080")]
		listen: SocketAddr,
		/// The URL requesters reach this gateway at (client assertions name
		/// `<public-url>/auth/token` as their audience); defaults to `http://<listen>`.
		#[arg(long)]
		public_url: Option<String>,
		/// Send federated requests (a requester's assertion, and the health data coming back)
		/// over plain `http://` to hosts other than loopback. Test networks only.
		#[arg(long)]
		insecure_federation: bool,
		/// Follow the chain's audit trail from this block (a backfill: blocks whose state the
		/// node no longer keeps need an archive node) instead of where the store stopped, or,
		/// on a first start, the finalized block.
		#[arg(long)]
		audit_from: Option<u32>,
	},
	/// Anchor on chain, as the custodian, every resource not yet anchored: those in the store,
	/// or in proxy mode those the upstream holds for the linked patients.
	Anchor {
		#[command(flatten)]
		common: Common,
		/// `LOCAL=CHAIN`: local Patient id LOCAL is the chain's patient CHAIN (repeatable).
		#[arg(long, value_parser = parse_link)]
		link: Vec<(String, u64)>,
	},
	/// Print each resource's type/id, derived category and content hash, one per line.
	Classify {
		/// FHIR JSON files: a resource or a Bundle of resources each.
		files: Vec<PathBuf>,
	},
}

fn parse_link(text: &str) -> Result<(String, u64), String> {
	let (local, chain) = text.split_once('=').ok_or("expected LOCAL=CHAIN")?;
	if !store::valid_id(local) {
		return Err(format!("{local:?} is not a FHIR id"));
	}
	Ok((local.to_owned(), chain.parse().map_err(|_| format!("{chain:?} is not a patient id"))?))
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

fn main() -> ExitCode {
	let result = match Cli::parse().command {
		Command::Classify { files } => classify(&files),
		Command::Serve { common, listen, public_url, insecure_federation, audit_from } => runtime()
			.and_then(|rt| {
				rt.block_on(serve(common, listen, public_url, insecure_federation, audit_from))
			}),
		Command::Anchor { common, link } => {
			runtime().and_then(|rt| rt.block_on(anchor(common, link)))
		},
	};
	match result {
		Ok(()) => ExitCode::SUCCESS,
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::FAILURE
		},
	}
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
	Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

fn key(common: &Common) -> Result<Key, Failure> {
	if let Some(name) = &common.dev {
		return Ok(Key::from_suri(&format!("//{}", name.trim_start_matches('/')))?);
	}
	let path = common.key_file.as_ref().ok_or("give the custodian's key: --key-file or --dev")?;
	let suri = medchain_relay::read_secret_file(path)
		.map_err(|e| format!("--key-file {}: {e}", path.display()))?;
	Ok(Key::from_suri(&suri)?)
}

/// Opens the store, loads the folders, connects to the node and finds the key's organization.
async fn open(common: &Common) -> Result<(Arc<EmbeddedStore>, Arc<Chain>, Key, u32), Failure> {
	let key = key(common)?;
	let store = Arc::new(EmbeddedStore::open(&common.store)?);
	for dir in &common.load {
		let count = store.load_dir(dir)?;
		eprintln!("medchain-gateway: loaded {count} resources from {}", dir.display());
	}
	let chain = Arc::new(Chain::connect(&common.node).await?);
	let heads = chain.heads().await?;
	let organization = chain
		.organization_of(&key.account(), heads.best.hash)
		.await?
		.filter(|o| o.operators.contains(&key.account()))
		.ok_or_else(|| {
			format!(
				"{} is not an operator key of any organization on the chain at {}",
				key.account(),
				common.node
			)
		})?;
	Ok((store, chain, key, organization.id))
}

/// The upstream FHIR server of proxy mode, if one is given.
fn upstream(common: &Common, store: &Arc<EmbeddedStore>) -> Result<Option<Upstream>, Failure> {
	let Some(base) = &common.upstream else { return Ok(None) };
	Ok(Some(
		Upstream::new(base, common.insecure_upstream, store.clone())
			.map_err(|e| format!("--upstream: {e}"))?,
	))
}

async fn serve(
	common: Common,
	listen: SocketAddr,
	public_url: Option<String>,
	insecure_federation: bool,
	audit_from: Option<u32>,
) -> Result<(), Failure> {
	let (store, chain, key, custodian) = open(&common).await?;
	let upstream = upstream(&common, &store)?;
	let federation = Federation::new(key.clone(), chain.ss58, insecure_federation)?;
	let (journal, writes) = Journal::start(store.clone());
	let backlog = journal.backlog.clone();
	tokio::spawn(journal::submitter(store.clone(), chain.clone(), key, backlog, writes));
	// The patients' audit trails, kept for `GET /AuditEvent` (`trail.rs`).
	tokio::spawn(trail::follow(store.clone(), chain.clone(), audit_from));
	let listener = tokio::net::TcpListener::bind(listen).await?;
	let address = listener.local_addr()?;
	let public_url = public_url.unwrap_or_else(|| format!("http://{address}"));
	let mut gateway =
		Gateway::new(store, chain, custodian, &public_url, journal).with_federation(federation);
	let source = match upstream {
		Some(upstream) => {
			let source = format!("the FHIR server at {}", upstream.base());
			gateway = gateway.with_upstream(upstream);
			source
		},
		None => format!("the embedded store {}", common.store.display()),
	};
	let gateway = Arc::new(gateway);
	eprintln!("medchain-gateway: resources come from {source}");
	// Tests and scripts wait for this line.
	println!("medchain-gateway: organization {custodian} serving FHIR R4 at {public_url} (listening on {address})");
	axum::serve(listener, server::router(gateway))
		.with_graceful_shutdown(async {
			let _ = tokio::signal::ctrl_c().await;
		})
		.await?;
	Ok(())
}

async fn anchor(common: Common, links: Vec<(String, u64)>) -> Result<(), Failure> {
	let (store, chain, key, custodian) = open(&common).await?;
	for (local, patient) in &links {
		store.link_patient(local, *patient)?;
	}
	let upstream = upstream(&common, &store)?;
	let unanchored = match &upstream {
		None => store.unanchored()?,
		// Proxy mode: what the upstream holds for each linked patient and the map lacks.
		Some(upstream) => {
			let mut found = Vec::new();
			for (local, _) in store.linked_locals()? {
				for kind in SUPPORTED_TYPES {
					for (id, stored) in upstream.of_patient(&local, kind, 0, usize::MAX).await? {
						if stored.anchor.is_none() {
							found.push((kind.to_owned(), id, stored.json));
						}
					}
				}
			}
			found
		},
	};
	let mut calls = Vec::new();
	for (kind, id, json) in unanchored {
		let resource: serde_json::Value = serde_json::from_slice(&json)?;
		let local = store::patient_of(&resource).ok_or(format!("{kind}/{id} names no patient"))?;
		let patient = store.linked_patient(&local)?.ok_or(format!(
			"{kind}/{id}: Patient/{local} is not linked to a chain patient (--link {local}=<id>)"
		))?;
		let category = category::derive(&resource)?;
		let format = Format::FhirR4(
			fhir_resource(&kind).ok_or(format!("{kind} is not a type the chain anchors"))?,
		);
		let hash = medchain_records::content_hash(&String::from_utf8_lossy(&json))?;
		let mut record = [0u8; 32];
		getrandom::getrandom(&mut record)?;
		let record = H256(record);
		let locator: Option<Commitment> = None;
		let call =
			RawCall::new("EhrAnchor", "anchor", (record, patient, category, format, hash, locator));
		calls.push((kind, id, json, record, call));
	}
	let nonce = chain.next_nonce(&key.account()).await?;
	let results = futures::future::join_all(
		calls.iter().enumerate().map(|(i, c)| chain.submit_finalized(&c.4, &key, nonce + i as u64)),
	)
	.await;
	let mut anchored = 0;
	let mut failures = Vec::new();
	for ((kind, id, json, record, _), result) in calls.iter().zip(results) {
		match result.map_err(|e| e.to_string()).and_then(|f| f.outcome) {
			Ok(()) => {
				let anchor = AnchorRef { record: *record, version: 1 };
				match upstream {
					Some(_) => store.set_anchor(kind, id, anchor)?,
					None => store.put(kind, id, json, Some(anchor))?,
				}
				println!("{kind}/{id}\t{record:?}");
				anchored += 1;
			},
			Err(e) => failures.push(format!("{kind}/{id}: {e}")),
		}
	}
	eprintln!("medchain-gateway: organization {custodian} anchored {anchored} resources");
	if failures.is_empty() {
		Ok(())
	} else {
		Err(failures.join("\n").into())
	}
}

fn classify(files: &[PathBuf]) -> Result<(), Failure> {
	for file in files {
		let document: serde_json::Value = serde_json::from_slice(&std::fs::read(file)?)?;
		for resource in store::resources_of(document)? {
			let kind = resource["resourceType"].as_str().unwrap_or_default();
			let id = resource["id"].as_str().unwrap_or("-");
			let category = category::derive(&resource)?;
			let hash = medchain_records::content_hash(&resource.to_string())?;
			let category = serde_json::to_value(category)?;
			println!("{kind}/{id}\t{}\t{hash:?}", category.as_str().unwrap_or_default());
		}
	}
	Ok(())
}
