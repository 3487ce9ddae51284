//! Command-line interface of `medchain-node`.

use sc_cli::RunCmd;

/// `medchain-node [SUBCOMMAND] [OPTIONS]`: with no subcommand, runs a node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of a running node.
	#[clap(flatten)]
	pub run: RunCmd,

	/// `consent_checkAccess` answers an error, not a decision, when this node's best block is
	/// older than this many seconds: a node that stopped importing blocks must not go on
	/// answering `granted` past an expiry or a revocation it has not seen.
	#[arg(
		long,
		value_name = "SECONDS",
		default_value_t = medchain_rpc::DEFAULT_MAX_BEST_BLOCK_AGE_SECS
	)]
	pub max_best_block_age: u64,
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys into the keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Print a chain spec (`--raw` for the storage form nodes start from).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Runtime and machine benchmarks (build with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Benchmarks are not built into this binary: this stand-in says how to get them.
	#[cfg(not(feature = "runtime-benchmarks"))]
	Benchmark {
		/// Whatever was passed; ignored.
		#[arg(trailing_var_arg = true, allow_hyphen_values = true)]
		args: Vec<String>,
	},

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Print the content hash of FHIR R4 JSON resources (a file, or `-` for standard input), in
	/// the canonical form the chain's anchors use (docs/records.md).
	HashRecord {
		/// JSON files holding one FHIR resource each.
		#[arg(required = true)]
		files: Vec<std::path::PathBuf>,
	},
}
