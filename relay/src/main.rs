//! `medchain-relay`: the command-line bridge relayer between two medchain chains.
//!
//! - `medchain-relay init --source ws://… --target ws://… --member //Alice`: governance bootstrap
//!   of the bridge on TARGET (its light client of SOURCE, and SOURCE as its peer).
//! - `medchain-relay run --a ws://… --b ws://… --signer //Charlie`: relay headers, messages and
//!   delivery confirmations in both directions until Ctrl-C or SIGTERM.
//!
//! Logs go to stderr, one line per action, prefixed with the direction (`A→B …`).
//!
//! `run --prometheus-port 9616` also serves Prometheus metrics at
//! `http://127.0.0.1:9616/metrics` (on all interfaces with `--prometheus-external`): headers,
//! messages and confirmations relayed, errors, each light client's lag and the messages
//! pending, per direction (`a_to_b`, `b_to_a`). Without `--prometheus-port` no server runs.
//!
//! Keys are secrets, and a command line is not: any user of the machine reads it with `ps`. So
//! a key comes from a file (`--signer-file`, `--member-file`: one line, a secret URI, readable
//! by its owner only) or the environment (`MEDCHAIN_RELAY_SIGNER`, `MEDCHAIN_RELAY_MEMBER`);
//! `--signer`/`--member` take only the public development keys (`//Alice` … `//Ferdie`).

use std::{
	net::{Ipv4Addr, SocketAddr},
	path::PathBuf,
	process::ExitCode,
};

use clap::{Parser, Subcommand};
use medchain_relay::{InitOutcome, Metrics, Weight};
use substrate_prometheus_endpoint::Registry;

/// Exit code for command-line mistakes (bad key, bad weight), as clap uses for bad arguments.
const EXIT_USAGE: u8 = 2;

#[derive(Parser)]
#[command(name = "medchain-relay", version, about = "Bridge relayer between two medchain chains")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Relay in both directions between chains A and B until stopped (Ctrl-C / SIGTERM).
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
	/// Initialise the bridge on TARGET: its light client of SOURCE starts at SOURCE's
	/// finalized head, and SOURCE's genesis becomes TARGET's peer. Does nothing if already
	/// initialised.
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
) -> Result<medchain_relay::Keypair, String> {
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

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	match cli.command {
		Command::Run {
			a,
			b,
			signer,
			signer_file,
			message_dispatch_weight,
			prometheus_port,
			prometheus_external,
		} => {
			let signer = match key(signer, signer_file, "MEDCHAIN_RELAY_SIGNER", "signer") {
				Ok(key) => key,
				Err(e) => {
					eprintln!("{e}");
					return ExitCode::from(EXIT_USAGE);
				},
			};
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
			let options = medchain_relay::RunOptions { message_dispatch_weight, metrics };
			eprintln!("relaying between A = {a} and B = {b}");
			tokio::select! {
				reason = serve_metrics(server) => {
					eprintln!("relay stopped: {reason}");
					ExitCode::FAILURE
				},
				result = medchain_relay::run_with_options(&a, &b, signer, options) => {
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
		},
		Command::Init { source, target, member, member_file } => {
			let member = match key(member, member_file, "MEDCHAIN_RELAY_MEMBER", "member") {
				Ok(key) => key,
				Err(e) => {
					eprintln!("{e}");
					return ExitCode::from(EXIT_USAGE);
				},
			};
			match medchain_relay::initialize_bridge(&source, &target, &member).await {
				Ok(InitOutcome::AlreadyInitialised { best }) => {
					eprintln!(
						"already initialised: {target} follows {source} at #{} ({:?})",
						best.number(),
						best.hash()
					);
					ExitCode::SUCCESS
				},
				Ok(InitOutcome::Initialised { header, set_id, authorities, block_hash }) => {
					eprintln!(
						"initialised: {target} follows {source} from #{} ({:?}), authority set \
						 {set_id} of {authorities}, in block {block_hash:?}",
						header.number(),
						header.hash()
					);
					ExitCode::SUCCESS
				},
				Ok(InitOutcome::Proposed { proposal_hash, threshold, seats, block_hash }) => {
					eprintln!(
						"proposed: council motion {proposal_hash:?} in block {block_hash:?} \
						 needs {threshold} of {seats} council votes; once it has them, any \
						 member closes it (Council.close) and {target} follows {source}"
					);
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
