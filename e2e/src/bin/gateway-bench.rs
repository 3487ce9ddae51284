//! FHIR gateway benchmark (issue 17, "Numbers"), printed as tables, everything in one run on a
//! `--dev` node with the sample consortium of `medchain_e2e::gateway` (the hospital's gateway
//! serving its sample data; the requester holding a Laboratory/Treatment grant of patient 0):
//!
//! 1. **Added latency**: `GET /Observation/hosp-glucose` through the hospital's gateway (token
//!    lookup, consent at the best and finalized blocks, `records_verify`, the journal's fsync)
//!    beside a **direct read of the same store**: a copy of the hospital's redb file (redb lets
//!    one process open a file), served by a minimal axum server in this process that answers
//!    `GET /[type]/[id]` straight from `EmbeddedStore::get` (no token, no chain, no journal).
//!    Both are read one request at a time by the same client (`medchain_e2e::gateway::http`, a
//!    fresh loopback connection per request, so the connection cost cancels out in the
//!    difference). p50, p99 and mean of each and their difference. Target: p50 added ≤ 10 ms.
//! 2. **Sustained audited reads per second**: `CLIENTS` (16) concurrent clients read through
//!    the gateway for `--seconds` (default 60), all with one token (one requesting system, so
//!    its entries share `log_releases` calls); the 200 answers are counted, then the run waits
//!    until patient 0's audit chain holds one entry per release (every release of the run,
//!    asserted) and reports how long the journal took to drain. Beside it, **the chain's
//!    capacity** for audit entries, from the running node: `payment_queryInfo` weights of a
//!    signed `EhrAnchor.log_access` and of a signed `log_releases` of `MaxReleasesPerCall`
//!    entries (weighed, never submitted), plus the normal class's base extrinsic weight, against
//!    `System.BlockWeights`' normal-class `max_total` (the runtime's normal dispatch ratio is
//!    already applied there) and `System.BlockLength`, per block time (`Aura.SlotDuration`).
//!    Target: audited reads per second ≥ ½ × the chain's `log_access` entries per second.
//! 3. **Memory over a soak**: `SOAK_CLIENTS` (4) clients at `SOAK_READS_PER_SECOND` (200)
//!    reads per second in all, a steady load the audit submitter keeps up with, for
//!    `--soak-seconds` (default 600),
//!    the gateway process's RSS (`VmRSS`) sampled every `RSS_INTERVAL` (10 s), a row per
//!    minute. Target: flat, i.e. the last minute's mean RSS within `RSS_FLAT_TOLERANCE` (10%)
//!    of the second minute's (the first minute is warm-up); then again every release must
//!    reach the chain.
//!
//! Run with `make perf`, or `gateway-bench [--seconds N] [--soak-seconds N]`. Missed targets
//! are reported as MISSED, not as a failure. `--smoke` runs every part briefly (200 samples,
//! 3 s of load, a 10 s soak) and checks only that the pipeline works (every read audited on
//! chain), not the targets: `e2e/tests/gateway_bench.rs` runs it.

use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Mutex,
	},
	time::{Duration, Instant},
};

use axum::{
	extract::{Path as UrlPath, State},
	http::{header, StatusCode},
	response::{IntoResponse, Response},
	routing::get,
	Router,
};
use medchain_e2e::{
	extrinsics::{address, call, code, list, n},
	gateway::{
		audit_count, ed, grant_laboratory_for_treatment, http, key, ok, token, Gateway, Sample,
	},
	jsonrpsee::rpc_params,
	latency::{measure_n, ms, Stats, SAMPLES, WARMUP},
	subxt::{
		config::PolkadotExtrinsicParamsBuilder,
		dynamic::{constant, Value},
		ext::scale_decode::DecodeAsType,
		transactions::{Payload, Signer},
	},
	to_hex, Client, MedchainConfig, Rpc,
};
use medchain_gateway::{
	chain::Key,
	journal::{JOURNAL_MAX_GROUP, MAX_IN_FLIGHT},
	server::ACCESS_TOKEN_LIFETIME_SECS,
	store::{EmbeddedStore, FhirStore},
};
use serde_json::Value as Json;

/// The read measured: a laboratory result of patient 0 the requester's grant covers.
const READ: &str = "/Observation/hosp-glucose";
/// The purpose the requester states (HL7 v3 PurposeOfUse), the one its grant covers.
const PURPOSE: &str = "TREAT";
/// Concurrent clients of the throughput run: enough requests in flight to keep both cores busy
/// while each waits on the gateway's node round trips, and to make the journal group-commit.
const CLIENTS: usize = 16;
/// What the hospital's gateway key is given to pay for its `log_releases` calls: 500,000 MED.
/// An audit entry costs ~0.015 MED (a 256-entry call ~4 MED; the sample's 1,000 MED ran out
/// after ~65,000 entries), and a full run records several hundred thousand.
const AUDIT_FUNDS: u128 = 500_000 * 10u128.pow(12);
/// Concurrent clients of the soak: a steady load below saturation, as a gateway mostly runs.
const SOAK_CLIENTS: usize = 4;
/// The soak's steady load, shared by its clients: about half of what the audit submitter
/// drains for good (~415 reads/s measured: the throughput run's reads over its window plus its
/// drain). Above that the journal's backlog grows until the gateway fails closed (503), and the
/// soak would measure the backlog, not the gateway's memory under a steady load.
const SOAK_READS_PER_SECOND: u32 = 200;
/// Default length of the throughput run.
const THROUGHPUT_SECONDS: u64 = 60;
/// Default length of the soak: the 10 minutes.
const SOAK_SECONDS: u64 = 600;
/// `--smoke`: samples and warm-up calls per latency row, seconds of load and of soak.
const SMOKE_SAMPLES: usize = 200;
const SMOKE_WARMUP: usize = 20;
const SMOKE_THROUGHPUT_SECONDS: u64 = 3;
const SMOKE_SOAK_SECONDS: u64 = 10;
/// How often the soak samples the gateway's RSS.
const RSS_INTERVAL: Duration = Duration::from_secs(10);
/// The soak's table has a row per this much time.
const MINUTE: Duration = Duration::from_secs(60);
/// Memory is flat if the last minute's mean RSS is within this share of the second minute's.
const RSS_FLAT_TOLERANCE: f64 = 0.10;
/// Minutes a soak needs to be judged: a warm-up minute, the second minute and a later last one.
const SOAK_MINUTES_JUDGED: usize = 3;
/// Target: p50 latency added by the gateway.
const TARGET_ADDED_P50: Duration = Duration::from_millis(10);
/// Target: audited reads per second as a share of the chain's `log_access` entries per second.
const TARGET_SHARE_OF_CAPACITY: f64 = 0.5;
/// Longest wait for the journal to drain: the runtime's `MaxAttestationDelay` (100 blocks);
/// entries older than that would be refused by the chain anyway.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(600);
/// How often the drain wait reads the audit count (the drain time's resolution).
const DRAIN_POLL: Duration = Duration::from_millis(250);
/// A token is fetched again this long before it expires, so no request carries an expired one.
const TOKEN_MARGIN_SECS: u64 = 60;
/// A client whose read was refused (e.g. 503 while the journal is behind) waits this long
/// before the next, as an integration engine backs off, instead of spinning on refusals.
const BACKOFF_AFTER_REFUSAL: Duration = Duration::from_millis(100);
/// The command line, as `--help` prints it.
const USAGE: &str = "usage: gateway-bench [--smoke] [--seconds N] [--soak-seconds N]\n\
	  --seconds N       length of the throughput run (default 60; --smoke: 3)\n\
	  --soak-seconds N  length of the memory soak, at least 10 (default 600; --smoke: 10)\n\
	  --smoke           everything briefly; checks the pipeline, not the targets";

/// What the command line asks for.
struct Options {
	smoke: bool,
	throughput: Duration,
	soak: Duration,
}

fn options() -> Result<Options, String> {
	let (mut smoke, mut seconds, mut soak_seconds) = (false, None, None);
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		let (name, inline) = match arg.split_once('=') {
			Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
			None => (arg.clone(), None),
		};
		let mut number = |what: &str| -> Result<u64, String> {
			let value = inline.clone().or_else(|| args.next()).ok_or(format!("{what} needs N"))?;
			value.parse().map_err(|_| format!("{what}: {value:?} is not a number of seconds"))
		};
		match name.as_str() {
			"--smoke" if inline.is_none() => smoke = true,
			"--seconds" => seconds = Some(number("--seconds")?),
			"--soak-seconds" => soak_seconds = Some(number("--soak-seconds")?),
			"--help" | "-h" => {
				println!("{USAGE}");
				std::process::exit(0);
			},
			_ => return Err(format!("unknown argument {arg:?}")),
		}
	}
	let (default_seconds, default_soak) = if smoke {
		(SMOKE_THROUGHPUT_SECONDS, SMOKE_SOAK_SECONDS)
	} else {
		(THROUGHPUT_SECONDS, SOAK_SECONDS)
	};
	let throughput = Duration::from_secs(seconds.unwrap_or(default_seconds));
	let soak = Duration::from_secs(soak_seconds.unwrap_or(default_soak));
	if throughput.is_zero() {
		return Err("--seconds must be at least 1".into());
	}
	if soak < RSS_INTERVAL {
		return Err(format!("--soak-seconds must be at least {}", RSS_INTERVAL.as_secs()));
	}
	Ok(Options { smoke, throughput, soak })
}

// ---- the baseline: the same store, no gateway ----

/// `GET /[type]/[id]` straight from the store: the stored bytes, or 404.
async fn direct_read(
	State(store): State<Arc<EmbeddedStore>>,
	UrlPath((kind, id)): UrlPath<(String, String)>,
) -> Response {
	match store.get(&kind, &id) {
		Ok(Some(stored)) => {
			([(header::CONTENT_TYPE, "application/fhir+json")], stored.json).into_response()
		},
		Ok(None) => StatusCode::NOT_FOUND.into_response(),
		Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
	}
}

/// Serves `store` on a free loopback port from this process; returns its base URL.
async fn serve_directly(store: EmbeddedStore) -> String {
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
	let address = listener.local_addr().expect("a bound address");
	let router = Router::new().route("/{kind}/{id}", get(direct_read)).with_state(Arc::new(store));
	tokio::spawn(async move { axum::serve(listener, router).await.expect("the direct server") });
	format!("http://{address}")
}

// ---- load ----

/// The requester's access token at the gateway, fetched again before it expires (a token
/// lives `ACCESS_TOKEN_LIFETIME_SECS`; the soak outlasts it).
struct Tokens {
	key: Key,
	gateway: String,
	current: tokio::sync::Mutex<(String, Instant)>,
}

impl Tokens {
	async fn new(key: Key, gateway: &str) -> Tokens {
		let first = token(&key, gateway, PURPOSE).await;
		Tokens {
			key,
			gateway: gateway.to_owned(),
			current: tokio::sync::Mutex::new((first, Instant::now())),
		}
	}

	async fn get(&self) -> String {
		let refresh = Duration::from_secs(ACCESS_TOKEN_LIFETIME_SECS - TOKEN_MARGIN_SECS);
		let mut current = self.current.lock().await;
		if current.1.elapsed() >= refresh {
			*current = (token(&self.key, &self.gateway, PURPOSE).await, Instant::now());
		}
		current.0.clone()
	}
}

/// Answers counted by status.
#[derive(Default)]
struct Load {
	ok: AtomicU64,
	other: Mutex<BTreeMap<u16, u64>>,
}

impl Load {
	fn count(&self, status: u16) {
		if status == 200 {
			self.ok.fetch_add(1, Ordering::Relaxed);
		} else if let Ok(mut other) = self.other.lock() {
			*other.entry(status).or_default() += 1;
		}
	}

	fn ok(&self) -> u64 {
		self.ok.load(Ordering::Relaxed)
	}

	/// The answers other than 200, as `503 × 12, …`, or `none`.
	fn others(&self) -> String {
		let other = self.other.lock().map(|o| o.clone()).unwrap_or_default();
		if other.is_empty() {
			return "none".into();
		}
		other
			.iter()
			.map(|(status, count)| format!("{status} × {count}"))
			.collect::<Vec<_>>()
			.join(", ")
	}
}

/// `count` clients reading `url` until `until`, each one request at a time, and together at
/// most `rate` requests per second if given (each client starting one every `count / rate`
/// seconds at most).
fn spawn_clients(
	count: usize,
	until: Instant,
	url: &str,
	tokens: &Arc<Tokens>,
	load: &Arc<Load>,
	rate: Option<u32>,
) -> Vec<tokio::task::JoinHandle<()>> {
	(0..count)
		.map(|_| {
			let (url, tokens, load) = (url.to_owned(), tokens.clone(), load.clone());
			let pace = rate.map(|rate| Duration::from_secs_f64(count as f64 / f64::from(rate)));
			tokio::spawn(async move {
				let mut ticks = pace.map(|pace| {
					let mut ticks = tokio::time::interval(pace);
					ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
					ticks
				});
				while Instant::now() < until {
					if let Some(ticks) = ticks.as_mut() {
						ticks.tick().await;
					}
					let bearer = tokens.get().await;
					let status = http("GET", &url, Some(&bearer), None).await.status;
					load.count(status);
					if status != 200 {
						tokio::time::sleep(BACKOFF_AFTER_REFUSAL).await;
					}
				}
			})
		})
		.collect()
}

/// One read of `url` with the requester's token, which must be answered 200.
async fn read_once(url: &str, tokens: &Tokens) {
	let bearer = tokens.get().await;
	let answer = http("GET", url, Some(&bearer), None).await;
	assert_eq!(answer.status, 200, "{answer:?}");
}

async fn join(clients: Vec<tokio::task::JoinHandle<()>>) {
	for client in clients {
		client.await.expect("a client failed");
	}
}

/// Waits until patient 0's audit chain holds `expected` entries (every release audited, none
/// twice); returns how long after `since` that was.
async fn wait_audited(rpc: &Rpc, expected: u64, since: Instant) -> Duration {
	loop {
		let now = audit_count(rpc).await;
		assert!(now <= expected, "more audit entries ({now}) than releases ({expected})");
		if now == expected {
			return since.elapsed();
		}
		assert!(
			since.elapsed() < DRAIN_TIMEOUT,
			"after {DRAIN_TIMEOUT:?} the audit chain holds {now} entries of {expected} releases"
		);
		tokio::time::sleep(DRAIN_POLL).await;
	}
}

/// The gateway process's resident memory in MiB (`VmRSS` of `/proc/<pid>/status`).
fn rss_mib(pid: u32) -> f64 {
	let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
		.expect("the gateway's /proc status is readable");
	let kib: f64 = status
		.lines()
		.find_map(|line| line.strip_prefix("VmRSS:"))
		.and_then(|value| value.split_whitespace().next())
		.and_then(|kib| kib.parse().ok())
		.expect("VmRSS in kB");
	kib / 1024.0
}

// ---- the chain's capacity ----

/// `sp_weights::Weight`, decoded by field name from the metadata's types.
#[derive(DecodeAsType, Clone, Copy)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct Weight {
	ref_time: u64,
	proof_size: u64,
}

/// The parts of `frame_system::limits::BlockWeights` the capacity needs.
#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct BlockWeights {
	max_block: Weight,
	per_class: PerClassWeights,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct PerClassWeights {
	normal: ClassWeights,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct ClassWeights {
	base_extrinsic: Weight,
	max_total: Option<Weight>,
}

/// The part of `frame_system::limits::BlockLength` the capacity needs.
#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct BlockLength {
	max: PerClassLength,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct PerClassLength {
	normal: u32,
}

/// What a block offers ordinary extrinsics, from the node's metadata.
struct Limits {
	/// The whole block's weight (for the printout).
	max_block: Weight,
	/// The normal class's share: `max_total`, the runtime's dispatch ratio already applied.
	normal: Weight,
	normal_length: u64,
	base_extrinsic: Weight,
	block_time: Duration,
	/// `EhrAnchor.MaxReleasesPerCall`.
	releases_per_call: u32,
}

async fn limits(client: &Client) -> Limits {
	let at = client.at_current_block().await.expect("the best block");
	let constants = at.constants();
	let weights = constants
		.entry(constant::<BlockWeights>("System", "BlockWeights"))
		.expect("System.BlockWeights");
	let length = constants
		.entry(constant::<BlockLength>("System", "BlockLength"))
		.expect("System.BlockLength");
	let slot_ms = constants
		.entry(constant::<u64>("Aura", "SlotDuration"))
		.or_else(|_| constants.entry(constant::<u64>("Timestamp", "MinimumPeriod")).map(|p| 2 * p))
		.expect("Aura.SlotDuration or Timestamp.MinimumPeriod");
	let releases_per_call = constants
		.entry(constant::<u32>("EhrAnchor", "MaxReleasesPerCall"))
		.expect("EhrAnchor.MaxReleasesPerCall");
	let normal = weights.per_class.normal;
	Limits {
		max_block: weights.max_block,
		normal: normal.max_total.unwrap_or(weights.max_block),
		normal_length: length.max.normal.into(),
		base_extrinsic: normal.base_extrinsic,
		block_time: Duration::from_millis(slot_ms),
		releases_per_call,
	}
}

/// `payment_queryInfo`'s weight of `payload` signed by `signer` (nothing is submitted; the call
/// need not be valid to be weighed), and the signed extrinsic's length.
async fn weigh(
	client: &Client,
	rpc: &Rpc,
	payload: &impl Payload,
	signer: &impl Signer<MedchainConfig>,
) -> (Weight, u64) {
	let at = client.at_current_block().await.expect("the best block");
	let params = PolkadotExtrinsicParamsBuilder::<MedchainConfig>::new().build();
	let signed =
		at.transactions().create_signed(payload, signer, params).await.expect("a signed call");
	let bytes = signed.encoded();
	let info: Json =
		rpc.call("payment_queryInfo", rpc_params![to_hex(bytes)]).await.expect("queryInfo");
	let field = |a: &str, b: &str| info["weight"][a].as_u64().or(info["weight"][b].as_u64());
	let weight = Weight {
		ref_time: field("ref_time", "refTime").expect("a ref time"),
		proof_size: field("proof_size", "proofSize").expect("a proof size"),
	};
	(weight, bytes.len() as u64)
}

/// How many audit entries full blocks hold when filled with one kind of extrinsic.
struct Capacity {
	entries_per_call: u64,
	/// Block weight each entry takes (ref time, its share of the call's), in µs.
	us_per_entry: f64,
	bytes_per_entry: f64,
	per_block: u64,
	per_second: f64,
}

fn capacity(limits: &Limits, (weight, len): (Weight, u64), entries_per_call: u64) -> Capacity {
	// What `frame_system`'s `CheckWeight` counts for one extrinsic: its weight, its class's
	// base extrinsic weight, and its length as proof size; and its length against the class's.
	let ref_time = weight.ref_time.saturating_add(limits.base_extrinsic.ref_time).max(1);
	let proof = weight
		.proof_size
		.saturating_add(limits.base_extrinsic.proof_size)
		.saturating_add(len)
		.max(1);
	let calls = (limits.normal.ref_time / ref_time)
		.min(limits.normal.proof_size / proof)
		.min(limits.normal_length / len.max(1));
	let per_block = calls * entries_per_call;
	Capacity {
		entries_per_call,
		us_per_entry: ref_time as f64 / 1e6 / entries_per_call as f64,
		bytes_per_entry: len as f64 / entries_per_call as f64,
		per_block,
		per_second: per_block as f64 / limits.block_time.as_secs_f64(),
	}
}

/// One release as `log_releases` takes it: record `i`, under grant 0, for treatment.
fn release(i: u32) -> Value {
	let mut record = [0u8; 32];
	record[..4].copy_from_slice(&i.to_le_bytes());
	Value::named_composite([
		("anchor", Value::unnamed_variant("Record", [Value::from_bytes(record)])),
		("basis", Value::unnamed_variant("Grant", [n(0)])),
		("purpose", code("Treatment")),
	])
}

// ---- printing ----

/// One row of the soak's table.
struct Minute {
	/// 1 for the first minute.
	minute: u64,
	mean_rss: f64,
	max_rss: f64,
	/// Reads of the soak answered 200 by the minute's last sample.
	reads: u64,
	reads_per_second: f64,
}

/// `a − b` in milliseconds (signed).
fn minus(a: Duration, b: Duration) -> String {
	format!("{:.3}", (a.as_secs_f64() - b.as_secs_f64()) * 1_000.0)
}

fn verdict(smoke: bool, met: bool) -> &'static str {
	match (smoke, met) {
		(true, _) => "not judged (smoke run)",
		(false, true) => "met",
		(false, false) => "MISSED",
	}
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
	let options = match options() {
		Ok(options) => options,
		Err(e) => {
			eprintln!("gateway-bench: {e}\n{USAGE}");
			std::process::exit(2);
		},
	};
	let (samples, warmup) =
		if options.smoke { (SMOKE_SAMPLES, SMOKE_WARMUP) } else { (SAMPLES, WARMUP) };

	eprintln!("gateway-bench: starting a dev node with the sample consortium…");
	let Sample { node: _node, client, rpc, url, hospital_store, dir, .. } =
		Sample::start().await.expect("the sample consortium is set up");

	// The chain's capacity, from this node.
	let limits = limits(&client).await;
	let hospital = key("HospitalGateway");
	let requester = key("Requester");
	let log_access = call(
		"EhrAnchor",
		"log_access",
		vec![
			Value::unnamed_variant("Record", [Value::from_bytes([1u8; 32])]),
			Value::unnamed_variant("Grant", [n(0)]),
			code("Treatment"),
		],
	);
	let log_releases = call(
		"EhrAnchor",
		"log_releases",
		vec![
			n(2),
			Value::from_bytes([0u8; 32]),
			n(1),
			list((0..limits.releases_per_call).map(release)),
		],
	);
	let one = capacity(&limits, weigh(&client, &rpc, &log_access, &requester).await, 1);
	let batched = capacity(
		&limits,
		weigh(&client, &rpc, &log_releases, &hospital).await,
		limits.releases_per_call.into(),
	);

	// The baseline serves a copy of the hospital's store, taken before its gateway opens it.
	let copy = dir.path().join("direct.redb");
	std::fs::copy(&hospital_store, &copy).expect("the store is copied");
	let direct_url = serve_directly(EmbeddedStore::open(&copy).expect("the copy opens")).await;
	let gateway = Gateway::start(&hospital_store, None, &url, "HospitalGateway");
	let funds =
		call("Balances", "transfer_keep_alive", vec![address(&ed(&hospital)), n(AUDIT_FUNDS)]);
	ok(&client, &rpc, &funds, &medchain_e2e::subxt_signer::sr25519::dev::alice()).await;
	grant_laboratory_for_treatment(&client, &rpc).await;
	let tokens = Arc::new(Tokens::new(requester.clone(), &gateway.url).await);
	let audited_before = audit_count(&rpc).await;
	let (direct_read_url, gateway_read_url) =
		(format!("{direct_url}{READ}"), format!("{}{READ}", gateway.url));

	// Both paths serve the same resource.
	let bearer = tokens.get().await;
	let direct = http("GET", &direct_read_url, Some(&bearer), None).await;
	let through = http("GET", &gateway_read_url, Some(&bearer), None).await;
	assert_eq!((direct.status, through.status), (200, 200), "{direct:?}\n{through:?}");
	assert_eq!(direct.body, through.body, "the gateway serves what the store holds");
	let mut released = 1;

	// 1. Latency, one request at a time; the same request (bearer included) on both paths.
	eprintln!("gateway-bench: latency, {samples} reads on each path…");
	let direct_stats = measure_n(samples, warmup, |_| read_once(&direct_read_url, &tokens)).await;
	let gateway_stats = measure_n(samples, warmup, |_| read_once(&gateway_read_url, &tokens)).await;
	released += (samples + warmup) as u64;

	// 2. Throughput, then the journal's drain.
	eprintln!("gateway-bench: {CLIENTS} clients for {:?}…", options.throughput);
	let load = Arc::new(Load::default());
	let started = Instant::now();
	join(spawn_clients(
		CLIENTS,
		started + options.throughput,
		&gateway_read_url,
		&tokens,
		&load,
		None,
	))
	.await;
	let window = started.elapsed();
	let ended = Instant::now();
	assert!(load.ok() > 0, "no read succeeded under load: {}", load.others());
	released += load.ok();
	let drain = wait_audited(&rpc, audited_before + released, ended).await;
	let reads_per_second = load.ok() as f64 / window.as_secs_f64();
	let end_to_end = load.ok() as f64 / (window + drain).as_secs_f64();

	// 3. The soak.
	eprintln!(
		"gateway-bench: {SOAK_CLIENTS} clients, {SOAK_READS_PER_SECOND} reads/s, for {:?}, \
		 sampling RSS…",
		options.soak
	);
	let idle_rss = rss_mib(gateway.pid());
	let soak_load = Arc::new(Load::default());
	let soak_start = Instant::now();
	let clients = spawn_clients(
		SOAK_CLIENTS,
		soak_start + options.soak,
		&gateway_read_url,
		&tokens,
		&soak_load,
		Some(SOAK_READS_PER_SECOND),
	);
	// (seconds into the soak, RSS MiB, soak reads so far)
	let mut rss = Vec::new();
	let mut k = 1;
	while RSS_INTERVAL * k <= options.soak {
		let at = soak_start + RSS_INTERVAL * k;
		tokio::time::sleep_until(tokio::time::Instant::from_std(at)).await;
		rss.push(((RSS_INTERVAL * k).as_secs(), rss_mib(gateway.pid()), soak_load.ok()));
		k += 1;
	}
	join(clients).await;
	let soak_ended = Instant::now();
	assert!(soak_load.ok() > 0, "no read succeeded in the soak: {}", soak_load.others());
	released += soak_load.ok();
	let soak_drain = wait_audited(&rpc, audited_before + released, soak_ended).await;

	// The soak's minutes (a sample taken at 60 s closes the first).
	let minute_of = |seconds: u64| (seconds - 1) / MINUTE.as_secs() + 1;
	let mut minutes: Vec<Minute> = Vec::new();
	let mut reads_before = 0;
	for chunk in rss.chunk_by(|a, b| minute_of(a.0) == minute_of(b.0)) {
		let reads = chunk[chunk.len() - 1].2;
		let seconds = chunk.len() as f64 * RSS_INTERVAL.as_secs_f64();
		minutes.push(Minute {
			minute: minute_of(chunk[0].0),
			mean_rss: chunk.iter().map(|s| s.1).sum::<f64>() / chunk.len() as f64,
			max_rss: chunk.iter().map(|s| s.1).fold(0.0, f64::max),
			reads,
			reads_per_second: (reads - reads_before) as f64 / seconds,
		});
		reads_before = reads;
	}
	let flat = (minutes.len() >= SOAK_MINUTES_JUDGED).then(|| {
		let (second, last) = (minutes[1].mean_rss, minutes[minutes.len() - 1].mean_rss);
		let change = (last - second) / second;
		(second, last, change, change.abs() <= RSS_FLAT_TOLERANCE)
	});

	// The tables.
	let smoke = options.smoke;
	println!();
	println!(
		"Added latency of the gateway: GET {READ}, {samples} reads per path one at a time after {warmup} warm-up, a fresh loopback connection each"
	);
	println!("| path                                                          |  p50 ms |  p99 ms | mean ms |");
	println!("|---------------------------------------------------------------|--------:|--------:|--------:|");
	let row = |name: &str, s: &Stats| {
		println!("| {name:<61} | {:>7} | {:>7} | {:>7} |", ms(s.p50), ms(s.p99), ms(s.mean))
	};
	row("direct: a copy of the same store, minimal axum server", &direct_stats);
	row("through the gateway: token, consent, records_verify, fsync", &gateway_stats);
	println!(
		"| {:<61} | {:>7} | {:>7} | {:>7} |",
		"added by the gateway (difference)",
		minus(gateway_stats.p50, direct_stats.p50),
		minus(gateway_stats.p99, direct_stats.p99),
		minus(gateway_stats.mean, direct_stats.mean)
	);
	let added_p50 = gateway_stats.p50.saturating_sub(direct_stats.p50);
	println!(
		"target: p50 added <= {} ms: {}",
		TARGET_ADDED_P50.as_millis(),
		verdict(smoke, added_p50 <= TARGET_ADDED_P50)
	);

	println!();
	println!(
		"The chain's capacity for audit entries (this node: payment_queryInfo weights plus the base extrinsic weight of {:.1} µs, against the normal class's {:.0} ms of a {:.0} ms block and {} bytes, {} s blocks)",
		limits.base_extrinsic.ref_time as f64 / 1e6,
		limits.normal.ref_time as f64 / 1e9,
		limits.max_block.ref_time as f64 / 1e9,
		limits.normal_length,
		limits.block_time.as_secs_f64()
	);
	println!("| extrinsic                              | entries per call | µs per entry | bytes per entry | entries per full block | entries per second |");
	println!("|----------------------------------------|-----------------:|-------------:|----------------:|-----------------------:|-------------------:|");
	let capacity_row = |name: &str, c: &Capacity| {
		println!(
			"| {name:<38} | {:>16} | {:>12.1} | {:>15.1} | {:>22} | {:>18.0} |",
			c.entries_per_call, c.us_per_entry, c.bytes_per_entry, c.per_block, c.per_second
		)
	};
	capacity_row("EhrAnchor.log_access (the reader's)", &one);
	capacity_row("EhrAnchor.log_releases (the gateway's)", &batched);

	println!();
	println!(
		"Sustained audited reads: {CLIENTS} clients, one token, {:.0} s through the gateway, then until every read is on the audit chain",
		window.as_secs_f64()
	);
	println!("| measured                                                        |        value |");
	println!("|-----------------------------------------------------------------|-------------:|");
	println!("| {:<63} | {:>12} |", "reads answered 200", load.ok());
	println!("| {:<63} | {:>12} |", "other answers", load.others());
	println!(
		"| {:<63} | {:>12.0} |",
		"audited reads per second (200s ÷ load window)", reads_per_second
	);
	println!(
		"| {:<63} | {:>12.1} |",
		"journal drained, s after the last read (every read on chain)",
		drain.as_secs_f64()
	);
	println!(
		"| {:<63} | {:>12.0} |",
		"reads per second until the last is on chain (÷ window + drain)", end_to_end
	);
	println!("| {:<63} | {:>12.0} |", "chain: log_access entries per second", one.per_second);
	println!(
		"| {:<63} | {:>12.2} |",
		"audited reads per second ÷ log_access entries per second",
		reads_per_second / one.per_second
	);
	println!(
		"| {:<63} | {:>12.2} |",
		"audited reads per second ÷ log_releases entries per second",
		reads_per_second / batched.per_second
	);
	println!(
		"audit batching: the journal fsyncs up to {JOURNAL_MAX_GROUP} entries per commit (group commit); the submitter sends them as log_releases calls of up to {} entries, {MAX_IN_FLIGHT} calls in flight",
		limits.releases_per_call
	);
	println!(
		"target: audited reads per second >= {TARGET_SHARE_OF_CAPACITY} x the chain's log_access entries per second: {}",
		verdict(smoke, reads_per_second >= TARGET_SHARE_OF_CAPACITY * one.per_second)
	);

	println!();
	println!(
		"Gateway memory over a soak: {SOAK_CLIENTS} clients at {SOAK_READS_PER_SECOND} reads/s in all for {} s, the gateway process's VmRSS every {} s (idle before: {idle_rss:.1} MiB)",
		options.soak.as_secs(),
		RSS_INTERVAL.as_secs()
	);
	println!("| minute | mean RSS MiB | max RSS MiB | reads so far | reads per second |");
	println!("|-------:|-------------:|------------:|-------------:|-----------------:|");
	for m in &minutes {
		println!(
			"| {:>6} | {:>12.1} | {:>11.1} | {:>12} | {:>16.0} |",
			m.minute, m.mean_rss, m.max_rss, m.reads, m.reads_per_second
		);
	}
	println!(
		"other answers: {}; journal drained {:.1} s after the last read",
		soak_load.others(),
		soak_drain.as_secs_f64()
	);
	match flat {
		Some((second, last, change, is_flat)) => println!(
			"target: flat (last minute's mean {last:.1} MiB within {:.0}% of the second minute's {second:.1} MiB; {:+.1}%): {}",
			RSS_FLAT_TOLERANCE * 100.0,
			change * 100.0,
			verdict(smoke, is_flat)
		),
		None => println!(
			"target: flat: not judged (the soak needs at least {SOAK_MINUTES_JUDGED} minutes: a warm-up minute, the second and a last one)"
		),
	}

	println!();
	println!(
		"every release is on the audit chain: {released} of {released} (patient 0's audit count {})",
		audit_count(&rpc).await - audited_before
	);
}
