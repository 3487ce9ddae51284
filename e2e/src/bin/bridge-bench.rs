//! Cross-chain benchmark with one, two and three peers of a chain on one machine, printed as
//! tables. Real `medchain-node`s of `consortium-a` (A: council Alice; a hospital, admin Bob;
//! patient Dave), `consortium-b` (B: council Bob; a clinic, admin Charlie; patient Alice),
//! `consortium-c` (C: council Charlie; a lab, admin Bob) and `consortium-d` (D: council Dave;
//! a pharmacy, admin Bob) run throughout. Pairs are linked by council motions
//! (`medchain_relay::link_chains`) and each is relayed by a `medchain-relay` process of its own
//! (Ferdie A↔B, Eve A↔C, Charlie A↔D):
//!
//! - **phase 1, one peer**: A–B linked;
//! - **phase 2, two peers**: A–C linked too;
//! - **phase 3, three peers**: A–D linked too (a star: A has three peers, three lanes busy).
//!
//! In each phase:
//! 1. **Grant latency**: one warm-up round, then 20 measured. In a round Dave exports consent
//!    (`export_consent_to`) to every peer of A, in one `batch_all`. Each grant is timed to the
//!    moment `consent_checkAccess` on the target's best block says `leased` for it, on two
//!    clocks: from A's node reporting the grant in its best block, and from A's node reporting
//!    that block finalized (every chain polled every 50 ms); p50 and p95 in seconds and block
//!    times (6 s). A round's batch also revokes the previous round's exports, so the
//!    patient holds at most one export per peer (the runtime allows 16). Targets: p95 at most 3
//!    block times; A→B's p50 with more peers at most 1.5× A→B's p50 with one peer.
//! 2. **Lane throughput**: 512 record shares (`share_record_with`, `batch_all`s of 128, one per
//!    block) queued on a lane from idle: phase 1 on A→B, phase 2 on A→B alone, A→C alone and
//!    both at once, phase 3 on all three lanes at once. Messages per second from a lane's first
//!    delivery to its last ("sustained") and from the first batch submitted to the last message
//!    dispatched ("end to end"), per lane and summed over the lanes running at once.
//!
//! Each measurement prints the 1-minute load average: four nodes and up to three relayers on a
//! 2-core machine can miss slots for the machine's sake, not the bridge's.
//!
//! Run with `make perf`.

use std::time::{Duration, Instant};

use medchain_e2e::{
	bridge::*,
	extrinsics::{call, call_value, list, n, none},
	jsonrpsee::rpc_params,
	subxt::dynamic::Value,
	subxt_signer::sr25519::{dev, Keypair},
};
use medchain_relay::{link_chains, Slot};
use pallet_consent::{AccessDecision, Category};
use sp_core::H256;

/// Rounds of grants measured per phase, after `WARMUP` unmeasured (a new relayer's start).
const GRANTS: usize = 20;
const WARMUP: usize = 1;
/// How often the chains are polled while timing.
const POLL: Duration = Duration::from_millis(50);
/// A block time: the unit of the latency target.
const BLOCK: Duration = Duration::from_secs(6);
const TARGET_BLOCKS: f64 = 3.0;
/// Most A→B's p50 with more peers may be, as a multiple of its p50 with one.
const TARGET_RATIO: f64 = 1.5;
/// Messages queued per lane for a throughput run, and per `batch_all`.
const MESSAGES: u64 = 512;
const PER_BATCH: u64 = 128;
/// Give up on a single measurement after this long.
const GIVE_UP: Duration = Duration::from_secs(180);
/// The organization every grant names: 0 on each target (B's clinic, C's lab, D's pharmacy).
const ORG: u32 = 0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Id {
	A,
	B,
	C,
	D,
}
use Id::*;

/// A grant's or a lane's direction: from, to.
type Flow = (Id, Id);

fn label((from, to): Flow) -> String {
	format!("{from:?}→{to:?}")
}

/// The chain's council (one seat).
fn member(chain: Id) -> Keypair {
	match chain {
		A => dev::alice(),
		B => dev::bob(),
		C => dev::charlie(),
		D => dev::dave(),
	}
}

/// The admin of the chain's organization 0: the hospital's, the clinic's, the lab's.
fn admin(chain: Id) -> Keypair {
	match chain {
		A | C | D => dev::bob(),
		B => dev::charlie(),
	}
}

/// The patient who exports every grant: Dave, patient 0 of A (every flow starts at A).
fn patient() -> Keypair {
	dev::dave()
}

/// The record of patient 0 the chain's custodian shares in the throughput runs.
fn record(chain: Id) -> H256 {
	H256::repeat_byte(0x99 + chain as u8)
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
	sorted[(sorted.len() * p / 100).min(sorted.len() - 1)]
}

fn blocks(d: Duration) -> f64 {
	d.as_secs_f64() / BLOCK.as_secs_f64()
}

/// A target's verdict, by whether it was met.
const VERDICT: [&str; 2] = ["missed", "met"];

/// The 1-minute load average (`/proc/loadavg`).
fn load_average() -> String {
	std::fs::read_to_string("/proc/loadavg")
		.ok()
		.and_then(|s| s.split_whitespace().next().map(str::to_owned))
		.unwrap_or_else(|| "?".into())
}

/// A grant being timed.
struct Timing {
	flow: Flow,
	block: u32,
	export: u64,
	/// When the source's node reported the grant in its best block.
	included_at: Instant,
	finalized_at: Option<Instant>,
	seen_at: Option<Instant>,
}

/// A grant's latency on two clocks: from its inclusion in a block of the source chain, and
/// from the source's node reporting that block finalized.
#[derive(Clone, Copy)]
struct Latency {
	included: Duration,
	finalized: Duration,
}

/// One flow's latencies of a phase, each clock sorted.
#[derive(Clone, Default)]
struct Samples {
	included: Vec<Duration>,
	finalized: Vec<Duration>,
}

/// A lane in a throughput run: when and at which nonce its first delivery was seen, and when
/// its last.
type Marks = (Option<(Instant, u64)>, Option<Instant>);

/// Messages per second of a throughput run.
#[derive(Clone, Copy)]
struct Rate {
	sustained: f64,
	end_to_end: f64,
}

struct Bench {
	chains: [Chain; 4],
	genesis: [H256; 4],
	/// Each linked pair, its slot and its relayer.
	links: Vec<(Flow, Slot, Relayer)>,
	/// The last round's exports from A, revoked in the next.
	unrevoked: Vec<u64>,
}

impl Bench {
	fn chain(&self, id: Id) -> &Chain {
		&self.chains[id as usize]
	}

	fn slot(&self, (x, y): Flow) -> Slot {
		let pair = self.links.iter().find(|(p, ..)| *p == (x, y) || *p == (y, x));
		pair.expect("a linked pair").1
	}

	fn logs(&self) -> String {
		let tail =
			|(p, _, r): &(Flow, Slot, Relayer)| format!("relayer {}:\n{}", label(*p), r.log_tail());
		self.links.iter().map(tail).collect()
	}

	/// The chains' organizations and patients (`setup_three`, and D's pharmacy); the hospital
	/// and the clinic anchor a lab result of their patient, shared in the throughput runs.
	async fn setup(&self) {
		setup_three(self.chain(A), self.chain(B), self.chain(C)).await;
		register_organization(self.chain(D), &member(D), &admin(D), "Pharmacy", 0).await;
		for x in [A, B] {
			let chain = self.chain(x);
			chain.submit(&anchor(record(x), H256::repeat_byte(0x98)), &admin(x)).await;
		}
	}

	/// Link `x` and `y` by their councils' motions and start their relayer, signing as `suri`.
	async fn link(&mut self, (x, y): Flow, suri: &str) {
		let (xu, yu) = (self.chain(x).node.ws_url(), self.chain(y).node.ws_url());
		let linked = link_chains(&xu, &yu, &member(x), &member(y), None).await.expect("linked");
		let relayer = Relayer::start_as(&xu, &yu, suri).expect("relayer");
		eprintln!("{x:?} and {y:?} linked in slot {}, relayed as {suri}", linked.slot);
		self.links.push(((x, y), linked.slot, relayer));
	}

	/// A phase's latencies: `WARMUP` rounds, then `GRANTS` measured; per flow, sorted.
	async fn latency(&mut self, flows: &[Flow]) -> Vec<Samples> {
		for _ in 0..WARMUP {
			self.round(flows).await;
		}
		let mut samples = vec![Samples::default(); flows.len()];
		for _ in 0..GRANTS {
			for (s, d) in samples.iter_mut().zip(self.round(flows).await) {
				s.included.push(d.included);
				s.finalized.push(d.finalized);
			}
		}
		for s in &mut samples {
			s.included.sort();
			s.finalized.sort();
		}
		samples
	}

	/// One round: A's patient exports to each of the round's targets and revokes the last
	/// round's exports in one `batch_all`; then each grant is timed. Latencies in the order of
	/// `flows`.
	async fn round(&mut self, flows: &[Flow]) -> Vec<Latency> {
		assert!(flows.iter().all(|f| f.0 == A), "every flow starts at A");
		let revoke =
			|e: u64| call_value("MedchainBridge", "revoke_export", vec![none(), n(e as u128)]);
		let calls: Vec<Value> = self
			.unrevoked
			.iter()
			.map(|e| revoke(*e))
			.chain(flows.iter().map(|f| export_to(self.genesis[f.1 as usize])))
			.collect();
		let chain = self.chain(A);
		let batch = call("Utility", "batch_all", vec![list(calls)]);
		let included = chain.submit(&batch, &patient()).await;
		let included_at = Instant::now();
		let block = chain.rpc.block_number(included.block_hash).await.expect("block number");
		// Each `ConsentExported { patient, export, .. }`, in the order of the batch's calls.
		let events = included.events.iter().zip(&included.event_bytes);
		let exports = events
			.filter(|((p, e), _)| p == "MedchainBridge" && e == "ConsentExported")
			.map(|(_, bytes)| u64::from_le_bytes(bytes[8..16].try_into().expect("export id")));
		let mut timings: Vec<Timing> = flows
			.iter()
			.zip(exports)
			.map(|(&flow, export)| Timing {
				flow,
				block,
				export,
				included_at,
				finalized_at: None,
				seen_at: None,
			})
			.collect();
		assert_eq!(timings.len(), flows.len(), "one export per flow");
		self.unrevoked = timings.iter().map(|t| t.export).collect();

		let start = Instant::now();
		while timings.iter().any(|t| t.seen_at.is_none() || t.finalized_at.is_none()) {
			for t in timings.iter_mut() {
				let ((from, to), source) = (t.flow, self.chain(t.flow.0));
				if t.finalized_at.is_none()
					&& source.rpc.finalized_number().await.expect("finalized") >= t.block
				{
					t.finalized_at = Some(Instant::now());
				}
				if t.seen_at.is_some() {
					continue;
				}
				let who = id(&patient());
				let d = self.chain(to).check_now(&who, ORG, Category::Laboratory).await;
				let home = self.genesis[from as usize];
				if matches!(d, AccessDecision::Leased { lease, chain, .. } if lease == t.export && chain == home)
				{
					t.seen_at = Some(Instant::now());
				}
			}
			assert!(start.elapsed() < GIVE_UP, "grants never arrived\n{}", self.logs());
			tokio::time::sleep(POLL).await;
		}
		// No chain learns of a block its peer has not finalized, so a grant seen before its
		// finality was means the polls were slow (a busy machine): said, and counted as 0 on
		// that clock.
		let latency = |t: &Timing| {
			let (finalized, seen) = (t.finalized_at.expect("finalized"), t.seen_at.expect("seen"));
			if seen < finalized {
				eprintln!(
					"{}: export {} in block {} seen {:?} before its finality was",
					label(t.flow),
					t.export,
					t.block,
					finalized - seen
				);
			}
			Latency {
				included: seen.saturating_duration_since(t.included_at),
				finalized: seen.saturating_duration_since(finalized),
			}
		};
		flows
			.iter()
			.map(|f| latency(timings.iter().find(|t| t.flow == *f).expect("timed")))
			.collect()
	}

	/// `MESSAGES` record shares queued on each lane of `lanes` at once, from idle lanes: each
	/// lane's rate, and all lanes' together.
	async fn throughput(&self, lanes: &[Flow]) -> (Vec<Rate>, Rate) {
		let mut bases = Vec::new();
		for &(from, to) in lanes {
			let slot = self.slot((from, to));
			let waiting = Instant::now();
			loop {
				let sent = lane_nonce(self.chain(from), slot, true).await;
				if lane_nonce(self.chain(to), slot, false).await >= sent {
					bases.push(sent);
					break;
				}
				assert!(waiting.elapsed() < GIVE_UP, "{from:?}→{to:?} never idle\n{}", self.logs());
				tokio::time::sleep(POLL).await;
			}
		}
		let start = Instant::now();
		// Each source's custodian queues its lanes' batches in turn, one per block.
		let queue = |source: Id| async move {
			let targets: Vec<Id> = lanes.iter().filter(|f| f.0 == source).map(|f| f.1).collect();
			for _ in 0..MESSAGES / PER_BATCH {
				for to in &targets {
					let share = || {
						let to = bytes32(self.genesis[*to as usize]);
						call_value(
							"MedchainBridge",
							"share_record_with",
							vec![bytes32(record(source)), to],
						)
					};
					let batch =
						call("Utility", "batch_all", vec![list((0..PER_BATCH).map(|_| share()))]);
					self.chain(source).submit(&batch, &admin(source)).await;
				}
			}
		};
		let watch = async {
			let mut marks: Vec<Marks> = vec![(None, None); lanes.len()];
			while marks.iter().any(|m| m.1.is_none()) {
				for (i, &(from, to)) in lanes.iter().enumerate() {
					if marks[i].1.is_some() {
						continue;
					}
					let now = lane_nonce(self.chain(to), self.slot((from, to)), false).await;
					if marks[i].0.is_none() && now > bases[i] {
						marks[i].0 = Some((Instant::now(), now));
					}
					if now >= bases[i] + MESSAGES {
						marks[i].1 = Some(Instant::now());
					}
				}
				let limit = GIVE_UP * 2 * lanes.len() as u32;
				assert!(start.elapsed() < limit, "lanes {lanes:?} not drained\n{}", self.logs());
				tokio::time::sleep(POLL).await;
			}
			marks
				.into_iter()
				.map(|(first, last)| (first.expect("first"), last.expect("last")))
				.collect::<Vec<_>>()
		};
		let ((), marks) = tokio::join!(queue(A), watch);
		let rate = |count: u64, from: Instant, to: Instant| {
			count as f64
				/ to.saturating_duration_since(from).max(Duration::from_millis(1)).as_secs_f64()
		};
		// Messages delivered after each lane's first delivery was seen.
		let after_first: Vec<u64> =
			marks.iter().zip(&bases).map(|(((_, c), _), base)| base + MESSAGES - c).collect();
		let per_lane = marks
			.iter()
			.zip(&after_first)
			.map(|(((first, _), last), count)| Rate {
				sustained: rate(*count, *first, *last),
				end_to_end: rate(MESSAGES, start, *last),
			})
			.collect();
		let first = marks.iter().map(|((at, _), _)| *at).min().expect("a lane");
		let last = marks.iter().map(|(_, at)| *at).max().expect("a lane");
		let all = Rate {
			sustained: rate(after_first.iter().sum(), first, last),
			end_to_end: rate(MESSAGES * lanes.len() as u64, start, last),
		};
		(per_lane, all)
	}
}

/// `MedchainBridge.export_consent_to` organization `ORG` of chain `to`: laboratory data.
fn export_to(to: H256) -> Value {
	call_value("MedchainBridge", "export_consent_to", export_to_fields(to, ORG, "Laboratory"))
}

/// The last message `chain` queued on `slot`'s outbound lane (`outbound`), or received on its
/// inbound lane.
async fn lane_nonce(chain: &Chain, slot: Slot, outbound: bool) -> u64 {
	use bp_messages::{storage_keys::*, InboundLaneData, OutboundLaneData};
	use codec::Decode;
	let (pallet, lane) = (slot.messages_pallet_name(), &medchain_relay::LANE);
	let key = if outbound {
		outbound_lane_data_key(pallet, lane)
	} else {
		inbound_lane_data_key(pallet, lane)
	};
	let key = medchain_e2e::to_hex(&key.0);
	let value: Option<sp_core::Bytes> =
		chain.rpc.call("state_getStorage", rpc_params![key]).await.expect("lane data");
	let Some(bytes) = value else { return 0 };
	if outbound {
		OutboundLaneData::decode(&mut &bytes[..]).expect("outbound lane").latest_generated_nonce
	} else {
		InboundLaneData::<sp_core::crypto::AccountId32>::decode(&mut &bytes[..])
			.expect("inbound lane")
			.last_delivered_nonce()
	}
}

/// A row of the latency tables: phase, grant, sorted latencies, load average.
type LatencyRow = (&'static str, Flow, Samples, String);

/// A latency table on one clock (`clock` picks it from the samples): p50 and p95 per row,
/// against the block-time target and as a multiple of the first row's p50.
fn print_latencies(title: &str, rows: &[LatencyRow], clock: fn(&Samples) -> &[Duration]) {
	println!("\n## {title} ({GRANTS} grants a row)\n");
	println!("| phase | grant | p50 s | p50 blocks | p95 s | p95 blocks | p95 ≤ {TARGET_BLOCKS} blocks | p50 ÷ phase 1 A→B p50 | ≤ {TARGET_RATIO}× | load (1 min) |");
	println!("|---|---|---:|---:|---:|---:|---|---:|---|---:|");
	let baseline = percentile(clock(&rows[0].2), 50).as_secs_f64();
	for (phase, flow, samples, load) in rows {
		let samples = clock(samples);
		let (p50, p95) = (percentile(samples, 50), percentile(samples, 95));
		let ratio = p50.as_secs_f64() / baseline;
		println!(
			"| {phase} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {} | {ratio:.2} | {} | {load} |",
			label(*flow),
			p50.as_secs_f64(),
			blocks(p50),
			p95.as_secs_f64(),
			blocks(p95),
			VERDICT[usize::from(blocks(p95) <= TARGET_BLOCKS)],
			VERDICT[usize::from(ratio <= TARGET_RATIO)],
		);
	}
}
/// A row of the throughput table: phase, run, lane (`None`: all of the run's lanes), rate,
/// load average.
type RateRow = (&'static str, &'static str, Option<Flow>, Rate, String);

#[tokio::main]
async fn main() {
	let [a, b, c, d] = start_chains().await.expect("four chains");
	let chains =
		[Chain::new(a).await, Chain::new(b).await, Chain::new(c).await, Chain::new(d).await];
	let genesis = chains.each_ref().map(|c| c.client.genesis_hash());
	let mut bench = Bench { chains, genesis, links: Vec::new(), unrevoked: Vec::new() };
	bench.setup().await;
	let (mut latencies, mut rates): (Vec<LatencyRow>, Vec<RateRow>) = (Vec::new(), Vec::new());
	let phases: [(&str, Flow, &str, &[Flow]); 3] = [
		("1: A's peer B", (A, B), "//Ferdie", &[(A, B)]),
		("2: A's peers B, C", (A, C), "//Eve", &[(A, B), (A, C)]),
		("3: A's peers B, C, D", (A, D), "//Charlie", &[(A, B), (A, C), (A, D)]),
	];
	for (phase, pair, suri, flows) in phases {
		bench.link(pair, suri).await;
		eprintln!("phase {phase}: latency of {flows:?}");
		let samples = bench.latency(flows).await;
		let load = load_average();
		latencies.extend(flows.iter().zip(samples).map(|(f, s)| (phase, *f, s, load.clone())));
		// Each lane alone while a phase adds one next to it, then all of the phase's at once.
		let mut runs: Vec<(&str, Vec<Flow>)> = Vec::new();
		if flows.len() == 2 {
			runs.extend(flows.iter().map(|f| ("alone", vec![*f])));
		}
		runs.push((if flows.len() == 1 { "alone" } else { "at once" }, flows.to_vec()));
		for (run, lanes) in runs {
			eprintln!("phase {phase}: throughput of {lanes:?} {run}");
			let (per_lane, all) = bench.throughput(&lanes).await;
			let load = load_average();
			rates.extend(
				lanes.iter().zip(per_lane).map(|(f, r)| (phase, run, Some(*f), r, load.clone())),
			);
			if lanes.len() > 1 {
				rates.push((phase, run, None, all, load));
			}
		}
	}
	let cores = std::thread::available_parallelism().map_or(0, |n| n.get());

	print_latencies(
		"Cross-chain grant latency: the grant in a block of A → the target's `consent_checkAccess` says leased",
		&latencies,
		|s| &s.included,
	);
	print_latencies("The same, from A's node reporting that block finalized", &latencies, |s| {
		&s.finalized
	});
	println!(
		"\nA round: one grant from A to each of A's peers, all in the same block of A (phase 1 to \
		 B; phase 2 to B and C; phase 3 to B, C and D). The target compares A→B with more peers \
		 to A→B with one. The first clock starts when A's node reports the grant in its best \
		 block; the second when A's node reports that block finalized (`chain_getFinalizedHead`, \
		 polled like the target; a grant seen first would count 0 there and be listed on \
		 stderr). Load: /proc/loadavg after the measurement, on {cores} cores running 4 \
		 nodes and 1 to 3 relayers (above {cores}, slots may be missed for the machine's sake)."
	);

	println!("\n## Lane throughput: {MESSAGES} record shares queued per lane (`batch_all`s of {PER_BATCH})\n");
	println!("| phase | run | lane | sustained msgs/s | end to end msgs/s | load (1 min) |");
	println!("|---|---|---|---:|---:|---:|");
	for (phase, run, lane, r, load) in &rates {
		let lane = lane.map_or("all (sum)".into(), label);
		println!(
			"| {phase} | {run} | {lane} | {:.1} | {:.1} | {load} |",
			r.sustained, r.end_to_end
		);
	}
	println!(
		"\nSustained: from a lane's first delivery to its last (all: messages delivered after each \
		 lane's first delivery, over the first lane's first delivery to the last lane's last). End \
		 to end: from the first batch submitted to the last message dispatched. A queues one \
		 batch per block, its lanes in turn."
	);
	drop(bench);
}
