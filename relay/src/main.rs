//! `medchain-relay`: the command-line bridge relayer between medchain chains.
//!
//! - `medchain-relay run --a ws://… --b ws://… --signer //Charlie [--slot K]`: relay headers,
//!   messages and delivery confirmations between chains A and B, in both directions, until
//!   Ctrl-C or SIGTERM, in the peer slot in which each lists the other (or slot K).
//! - `medchain-relay link --a ws://… --b ws://… --member-a //Alice --member-b //Bob [--slot K]`:
//!   make A and B peers in a slot free on both (or slot K), by a council motion on each.
//! - `medchain-relay unlink --chain ws://… --peer 0xGENESIS --member //Alice`: remove a peer by a
//!   council motion.
//! - `medchain-relay init --source ws://… --target ws://… --member //Alice`: governance bootstrap
//!   of slot 0 on TARGET (its light client of SOURCE, and SOURCE as its peer).
//!
//! One `run` process relays one pair of chains: a chain with several peers has one relayer per
//! pair, each signing with its own funded key (two processes signing with one key on one chain
//! race for nonces), so a pair's relayer failing or restarting affects no other pair and each
//! pair of consortia runs and pays for its own relayer, at the cost of one more connection and
//! justification subscription per pair on each node.
//!
//! Logs go to stderr, one line per action, prefixed with the direction (`A→B …`) or the pair
//! (`A↔B …`: which slot is relayed, and why none is).
//!
//! `run --prometheus-port 9616` also serves Prometheus metrics at
//! `http://127.0.0.1:9616/metrics` (on all interfaces with `--prometheus-external`): headers,
//! messages and confirmations relayed, errors, each light client's lag and the messages
//! pending, per direction (`a_to_b`, `b_to_a`), and the slot relayed. Without
//! `--prometheus-port` no server runs.
//!
//! Keys are secrets, and a command line is not: any user of the machine reads it with `ps`. So
//! a key comes from a file (`--signer-file`, `--member-file`, `--member-a-file`,
//! `--member-b-file`: one line, a secret URI, readable by its owner only) or the environment
//! (`MEDCHAIN_RELAY_SIGNER`, `MEDCHAIN_RELAY_MEMBER`, `MEDCHAIN_RELAY_MEMBER_A`,
//! `MEDCHAIN_RELAY_MEMBER_B`); `--signer`, `--member`, `--member-a` and `--member-b` take only
//! the public development keys (`//Alice` … `//Ferdie`).

use std::{
	net::{Ipv4Addr, SocketAddr},
	path::PathBuf,
	process::ExitCode,
};

use clap::{Parser, Subcommand};
use medchain_relay::{
	InitOutcome, Keypair, LinkOutcome, Metrics, PeerOutcome, UnlinkOutcome, Weight, MAX_PEERS,
};
use sp_core::H256;
use substrate_prometheus_endpoint::Registry;

/// Exit code for command-line mistakes (bad key, bad weight), as clap uses for bad arguments.
const EXIT_USAGE: u8 = 2;

#[derive(Parser)]
#[command(name = "medchain-relay", version, about = "Bridge relayer between medchain chains")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

/// A peer slot, `0..MAX_PEERS`.
fn slot_parser() -> clap::builder::RangedI64ValueParser<u8> {
	clap::value_parser!(u8).range(0..i64::from(MAX_PEERS))
}

#[derive(Subcommand)]
enum Command {
	/// Relay in both directions between chains A and B until stopped (Ctrl-C / SIGTERM).
	///
	/// Relays the peer slot in which A lists B and B lists A as active peers (found at start and
	/// checked every 30 s; until there is one, nothing is relayed and the log says why), or the
	/// slot given with --slot.
	///
	/// One process relays one pair of chains: a chain with several peers needs one relayer per
	/// pair, each with its own funded key (two processes signing with one key on one chain race
	/// for nonces). A pair's relayer failing or restarting then affects no other pair, and each
	/// pair of consortia runs and pays for its own relayer; each costs a node one more
	/// connection and justification subscription.
	Run {
		/// WebSocket URL of a node of chain A.
		#[arg(long)]
		a: String,
		/// WebSocket URL of a node of chain B.
		#[arg(long)]
		b: String,
		/// A development key as the relayer's (signs on both chains), e.g. `//Charlie`.
		#[arg(long, conflicts_with = "signer_file")]
		signer: Option<String>,
		/// File holding the relayer's secret URI (mode 0600 or stricter). Default: the
		/// `MEDCHAIN_RELAY_SIGNER` environment variable.
		#[arg(long)]
		signer_file: Option<PathBuf>,
		/// The peer slot to relay (0 to 4), with a warning while A and B are not peers in it.
		/// Default: the slot in which each lists the other as an active peer.
		#[arg(long, value_parser = slot_parser())]
		slot: Option<u8>,
		/// Dispatch weight of one inbound message as `REF_TIME:PROOF_SIZE`. Default: each
		/// target's `MedchainBridge::MessageDispatchWeight` constant from its metadata.
		#[arg(long, value_parser = parse_weight)]
		message_dispatch_weight: Option<Weight>,
		/// Serve Prometheus metrics at `http://127.0.0.1:PORT/metrics`. Default: no metrics
		/// server.
		#[arg(long, value_name = "PORT")]
		prometheus_port: Option<u16>,
		/// Listen for metrics requests on all interfaces (0.0.0.0), not only on 127.0.0.1.
		#[arg(long, requires = "prometheus_port")]
		prometheus_external: bool,
	},
	/// Make chains A and B peers in one slot, by a council motion on each:
	/// `MedchainBridge.add_peer(slot, other chain, its finalized header and GRANDPA
	/// authorities)`.
	///
	/// The slot is the lowest free on both chains, or --slot. A chain that already lists the
	/// other is left alone, so running it again finishes a half-done link. A council of one
	/// seat adds the peer at once; a larger council gets an open motion to vote on and close.
	/// Then run one relayer for the pair (`medchain-relay run --a … --b …`).
	Link {
		/// WebSocket URL of a node of chain A.
		#[arg(long)]
		a: String,
		/// WebSocket URL of a node of chain B.
		#[arg(long)]
		b: String,
		/// A development key of a council member of A, who proposes A's motion.
		#[arg(long, conflicts_with = "member_a_file")]
		member_a: Option<String>,
		/// File holding the secret URI of a council member of A (mode 0600 or stricter).
		/// Default: the `MEDCHAIN_RELAY_MEMBER_A` environment variable.
		#[arg(long)]
		member_a_file: Option<PathBuf>,
		/// A development key of a council member of B, who proposes B's motion.
		#[arg(long, conflicts_with = "member_b_file")]
		member_b: Option<String>,
		/// File holding the secret URI of a council member of B (mode 0600 or stricter).
		/// Default: the `MEDCHAIN_RELAY_MEMBER_B` environment variable.
		#[arg(long)]
		member_b_file: Option<PathBuf>,
		/// The slot to link them in (0 to 4), free on both. Default: the lowest free on both.
		#[arg(long, value_parser = slot_parser())]
		slot: Option<u8>,
	},
	/// Remove a peer of a chain by a council motion (`MedchainBridge.remove_peer`): its slot
	/// halts at once and is freed once its state is cleared. The peer chain's governance
	/// unlinks this chain on its side.
	Unlink {
		/// WebSocket URL of a node of the chain whose peer is removed.
		#[arg(long)]
		chain: String,
		/// The peer's genesis hash (`0x` and 64 hex digits).
		#[arg(long, value_parser = parse_genesis)]
		peer: H256,
		/// A development key of a council member of the chain, who proposes the motion.
		#[arg(long, conflicts_with = "member_file")]
		member: Option<String>,
		/// File holding the council member's secret URI (mode 0600 or stricter). Default: the
		/// `MEDCHAIN_RELAY_MEMBER` environment variable.
		#[arg(long)]
		member_file: Option<PathBuf>,
	},
	/// Initialise slot 0 on TARGET: its light client of SOURCE starts at SOURCE's finalized
	/// head, and SOURCE's genesis becomes TARGET's peer. Does nothing if already initialised.
	///
	/// The bootstrap of a two-chain consortium, one chain at a time; `link` bridges any slot on
	/// both chains at once.
	Init {
		/// WebSocket URL of a node of the chain to be followed.
		#[arg(long)]
		source: String,
		/// WebSocket URL of a node of the chain whose bridge is initialised.
		#[arg(long)]
		target: String,
		/// A development key of a council member of TARGET, who proposes the motion, e.g.
		/// `//Alice`.
		#[arg(long, conflicts_with = "member_file")]
		member: Option<String>,
		/// File holding the council member's secret URI (mode 0600 or stricter). Default: the
		/// `MEDCHAIN_RELAY_MEMBER` environment variable.
		#[arg(long)]
		member_file: Option<PathBuf>,
	},
}

/// The key named by a development URI (`flag`), a file, or the environment variable `env`, in
/// that order; `what` names the option in errors.
fn key(
	flag: Option<String>,
	file: Option<PathBuf>,
	env: &str,
	what: &str,
) -> Result<Keypair, String> {
	let uri = match (flag, file) {
		(Some(uri), _) => {
			medchain_relay::ensure_development_uri(&uri).map_err(|e| format!("--{what}: {e}"))?;
			uri
		},
		(None, Some(path)) => medchain_relay::read_secret_file(&path)
			.map_err(|e| format!("--{what}-file {}: {e}", path.display()))?,
		(None, None) => std::env::var(env).map_err(|_| {
			format!("no key: give --{what}-file, set {env}, or --{what} with a development key")
		})?,
	};
	medchain_relay::keypair_from_uri(uri.trim()).map_err(|e| format!("{what} key: {e}"))
}

/// `REF_TIME:PROOF_SIZE` (or just `REF_TIME`, proof size 0) as a weight.
fn parse_weight(text: &str) -> Result<Weight, String> {
	let (ref_time, proof_size) = text.split_once(':').unwrap_or((text, "0"));
	let number = |s: &str, what: &str| {
		s.trim().parse::<u64>().map_err(|e| format!("{what} `{s}` is not a number: {e}"))
	};
	Ok(Weight::from_parts(number(ref_time, "ref time")?, number(proof_size, "proof size")?))
}

/// A genesis hash: `0x` and 64 hex digits.
fn parse_genesis(text: &str) -> Result<H256, String> {
	let bytes = sp_core::bytes::from_hex(text.trim()).map_err(|e| format!("not hex: {e}"))?;
	if bytes.len() != 32 {
		return Err(format!("a genesis hash has 32 bytes, not {}", bytes.len()));
	}
	Ok(H256::from_slice(&bytes))
}

/// Serve the metrics in `registry` at `http://ADDR/metrics` until the server fails (e.g. the
/// port is taken): resolves to the reason. Never resolves if there is no server to run.
async fn serve_metrics(server: Option<(SocketAddr, Registry)>) -> String {
	let Some((addr, registry)) = server else { return std::future::pending().await };
	eprintln!("serving metrics at http://{addr}/metrics");
	match tokio::spawn(substrate_prometheus_endpoint::init_prometheus(addr, registry)).await {
		Ok(Ok(())) => format!("the metrics server at {addr} stopped"),
		// The endpoint reports any failure to bind (also e.g. a privileged port) as in use.
		Ok(Err(e)) => format!("metrics server: {e}"),
		Err(e) => format!("the metrics server at {addr} failed: {e}"),
	}
}

/// Resolves on Ctrl-C or SIGTERM; an error if the handlers cannot be installed.
async fn shutdown_signal() -> std::io::Result<()> {
	use tokio::signal::unix::{signal, SignalKind};
	let mut terminate = signal(SignalKind::terminate())?;
	tokio::select! {
		result = tokio::signal::ctrl_c() => result,
		_ = terminate.recv() => Ok(()),
	}
}

/// The key of a command, or the usage error to exit with.
macro_rules! key_or_exit {
	($flag:expr, $file:expr, $env:expr, $what:expr) => {
		match key($flag, $file, $env, $what) {
			Ok(key) => key,
			Err(e) => {
				eprintln!("{e}");
				return ExitCode::from(EXIT_USAGE);
			},
		}
	};
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	match cli.command {
		Command::Run {
			a,
			b,
			signer,
			signer_file,
			slot,
			message_dispatch_weight,
			prometheus_port,
			prometheus_external,
		} => {
			let signer = key_or_exit!(signer, signer_file, "MEDCHAIN_RELAY_SIGNER", "signer");
			let (metrics, server) = match prometheus_port {
				Some(port) => {
					let registry = Registry::new();
					let metrics = match Metrics::register(&registry) {
						Ok(metrics) => metrics,
						Err(e) => {
							eprintln!("cannot register the metrics: {e}");
							return ExitCode::FAILURE;
						},
					};
					let ip = if prometheus_external {
						Ipv4Addr::UNSPECIFIED
					} else {
						Ipv4Addr::LOCALHOST
					};
					(Some(metrics), Some((SocketAddr::from((ip, port)), registry)))
				},
				None => (None, None),
			};
			let options = medchain_relay::RunOptions { message_dispatch_weight, metrics, slot };
			match slot {
				Some(slot) => eprintln!("relaying slot {slot} between A = {a} and B = {b}"),
				None => eprintln!("relaying between A = {a} and B = {b}, in the slot they share"),
			}
			run(&a, &b, signer, options, server).await
		},
		Command::Link { a, b, member_a, member_a_file, member_b, member_b_file, slot } => {
			let member_a =
				key_or_exit!(member_a, member_a_file, "MEDCHAIN_RELAY_MEMBER_A", "member-a");
			let member_b =
				key_or_exit!(member_b, member_b_file, "MEDCHAIN_RELAY_MEMBER_B", "member-b");
			match medchain_relay::link_chains(&a, &b, &member_a, &member_b, slot).await {
				Ok(outcome) => {
					report_link(&a, &b, &outcome);
					ExitCode::SUCCESS
				},
				Err(e) => {
					eprintln!("link failed: {e}");
					ExitCode::FAILURE
				},
			}
		},
		Command::Unlink { chain, peer, member, member_file } => {
			let member = key_or_exit!(member, member_file, "MEDCHAIN_RELAY_MEMBER", "member");
			match medchain_relay::unlink_peer(&chain, peer, &member).await {
				Ok(outcome) => {
					report_unlink(&chain, peer, &outcome);
					ExitCode::SUCCESS
				},
				Err(e) => {
					eprintln!("unlink failed: {e}");
					ExitCode::FAILURE
				},
			}
		},
		Command::Init { source, target, member, member_file } => {
			let member = key_or_exit!(member, member_file, "MEDCHAIN_RELAY_MEMBER", "member");
			match medchain_relay::initialize_bridge(&source, &target, &member).await {
				Ok(outcome) => {
					report_init(&source, &target, &outcome);
					ExitCode::SUCCESS
				},
				Err(e) => {
					eprintln!("init failed: {e}");
					ExitCode::FAILURE
				},
			}
		},
	}
}

/// Relay until stopped, serving metrics if `server` is given.
async fn run(
	a: &str,
	b: &str,
	signer: Keypair,
	options: medchain_relay::RunOptions,
	server: Option<(SocketAddr, Registry)>,
) -> ExitCode {
	tokio::select! {
		reason = serve_metrics(server) => {
			eprintln!("relay stopped: {reason}");
			ExitCode::FAILURE
		},
		result = medchain_relay::run_with_options(a, b, signer, options) => {
			match result {
				Ok(()) => ExitCode::SUCCESS,
				Err(e) => {
					eprintln!("relay stopped: {e}");
					ExitCode::FAILURE
				},
			}
		},
		signal = shutdown_signal() => match signal {
			Ok(()) => {
				eprintln!("stopping");
				ExitCode::SUCCESS
			},
			Err(e) => {
				eprintln!("cannot listen for shutdown signals: {e}");
				ExitCode::FAILURE
			},
		},
	}
}

fn report_init(source: &str, target: &str, outcome: &InitOutcome) {
	match outcome {
		InitOutcome::AlreadyInitialised { best } => eprintln!(
			"already initialised: {target} follows {source} at #{} ({:?})",
			best.number(),
			best.hash()
		),
		InitOutcome::Initialised { header, set_id, authorities, block_hash } => eprintln!(
			"initialised: {target} follows {source} from #{} ({:?}), authority set {set_id} of \
			 {authorities}, in block {block_hash:?}",
			header.number(),
			header.hash()
		),
		InitOutcome::Proposed { proposal_hash, threshold, seats, block_hash } => eprintln!(
			"proposed: council motion {proposal_hash:?} in block {block_hash:?} needs {threshold} \
			 of {seats} council votes; once it has them, any member closes it (Council.close) and \
			 {target} follows {source}"
		),
	}
}

fn report_link(a: &str, b: &str, outcome: &LinkOutcome) {
	let slot = outcome.slot;
	for (chain, other, side) in [(a, b, &outcome.a), (b, a, &outcome.b)] {
		match side {
			PeerOutcome::AlreadyPeer => {
				eprintln!("{chain}: already has {other} as its peer in slot {slot}")
			},
			PeerOutcome::Added { header, set_id, authorities, block_hash } => eprintln!(
				"{chain}: added {other} as its peer in slot {slot}, following it from #{} ({:?}), \
				 authority set {set_id} of {authorities}, in block {block_hash:?}",
				header.number(),
				header.hash()
			),
			PeerOutcome::Proposed { proposal_hash, threshold, seats, block_hash } => eprintln!(
				"{chain}: proposed adding {other} in slot {slot}: council motion \
				 {proposal_hash:?} in block {block_hash:?} needs {threshold} of {seats} council \
				 votes; once it has them, any member closes it (Council.close)"
			),
		}
	}
	let done = |side: &PeerOutcome| !matches!(side, PeerOutcome::Proposed { .. });
	if done(&outcome.a) && done(&outcome.b) {
		eprintln!(
			"linked in slot {slot}: relay the pair with `medchain-relay run --a {a} --b {b}` (one \
			 relayer per pair, with its own key)"
		);
	}
}

fn report_unlink(chain: &str, peer: H256, outcome: &UnlinkOutcome) {
	match outcome {
		UnlinkOutcome::AlreadyRemoving { slot } => {
			eprintln!("{chain} is already removing {peer:?} (slot {slot})")
		},
		UnlinkOutcome::Removing { slot, block_hash } => eprintln!(
			"{chain} removes {peer:?}: slot {slot} halted in block {block_hash:?}, freed once its \
			 state is cleared; the peer's governance unlinks {chain} on its side"
		),
		UnlinkOutcome::Proposed { slot, proposal_hash, threshold, seats, block_hash } => eprintln!(
			"proposed removing {peer:?} (slot {slot}) from {chain}: council motion \
			 {proposal_hash:?} in block {block_hash:?} needs {threshold} of {seats} council \
			 votes; once it has them, any member closes it (Council.close)"
		),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_command_line_parses() {
		use clap::CommandFactory;
		Cli::command().debug_assert();
		let cli = Cli::try_parse_from([
			"medchain-relay",
			"link",
			"--a",
			"ws://a",
			"--b",
			"ws://b",
			"--member-a",
			"//Alice",
			"--member-b-file",
			"/tmp/key",
			"--slot",
			"3",
		])
		.expect("parses");
		assert!(matches!(cli.command, Command::Link { slot: Some(3), .. }));
		let beyond = ["medchain-relay", "run", "--a", "ws://a", "--b", "ws://b", "--slot", "5"];
		assert!(Cli::try_parse_from(beyond).is_err());
	}

	#[test]
	fn a_genesis_hash_is_32_bytes_of_hex() {
		let hex = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_genesis(&hex), Ok(H256::repeat_byte(0xab)));
		assert!(parse_genesis("0xabcd").unwrap_err().contains("not 2"));
		assert!(parse_genesis("0xzz").is_err());
	}
}
