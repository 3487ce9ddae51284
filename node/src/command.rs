//! Dispatch of the command line to the node service and the subcommands.

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	service,
};
use medchain_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"medchain node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		env!("CARGO_PKG_DESCRIPTION").into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://example.invalid/medchain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// Parse the command line and run the node or a subcommand.
pub fn run() -> sc_cli::Result<()> {
	let cli = Cli::from_args();
	// Addresses the node prints or parses (`key inspect`, logs) are medchain's by default.
	set_ss58_format(medchain_runtime::SS58_PREFIX);

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		},
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		},
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } = service::new_partial(&config)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		},
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		},
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => crate::benchmarking::run(&cli, cmd),
		#[cfg(not(feature = "runtime-benchmarks"))]
		Some(Subcommand::Benchmark { .. }) => Err("this medchain-node was built without \
			benchmarks; rebuild it with `cargo build --release -p medchain-node --features \
			runtime-benchmarks` (or run `make bench`)"
			.into()),
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		},
		Some(Subcommand::HashRecord { files }) => hash_records(files),
		None => {
			let runner = cli.create_runner(&cli.run)?;
			// A running node prints and parses (logs, the `consent_*`/`identity_*` RPCs)
			// addresses in its chain's `ss58Format`, which wallets read from the same property.
			if let Some(format) = runner.config().chain_spec.properties().get("ss58Format") {
				let format = format.as_u64().and_then(|f| u16::try_from(f).ok());
				set_ss58_format(format.ok_or("the chain spec's ss58Format is not a u16")?);
			}
			let max_best_block_age = std::time::Duration::from_secs(cli.max_best_block_age);
			runner.run_node_until_exit(|mut config| async move {
				// Every node runs the runtime's offchain worker, whatever `--offchain-worker`
				// says: node authorization's worker is what restricts the node's peers to the
				// member nodes the chain authorises, on RPC nodes as much as on validators.
				config.offchain_worker.enabled = true;
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => {
						service::new_full::<
							sc_network::NetworkWorker<
								Block,
								<Block as sp_runtime::traits::Block>::Hash,
							>,
						>(config, max_best_block_age)
						.map_err(sc_cli::Error::Service)
					},
					sc_network::config::NetworkBackendType::Litep2p => service::new_full::<
						sc_network::Litep2pNetworkBackend,
					>(
						config, max_best_block_age
					)
					.map_err(sc_cli::Error::Service),
				}
			})
		},
	}
}

/// `hash-record`: one `0x… file` line per resource; the first unreadable or invalid one stops
/// it with an error.
fn hash_records(files: &[std::path::PathBuf]) -> sc_cli::Result<()> {
	for file in files {
		let json = if file.as_os_str() == "-" {
			std::io::read_to_string(std::io::stdin())
		} else {
			std::fs::read_to_string(file)
		}
		.map_err(|e| format!("{}: {e}", file.display()))?;
		let hash = medchain_records::content_hash(&json)
			.map_err(|e| format!("{}: {e}", file.display()))?;
		println!("{hash:?} {}", file.display());
	}
	Ok(())
}

/// Make `format` the SS58 format this process prints addresses in and accepts unregistered
/// prefixes of (`sp-core` refuses an unregistered prefix unless it is the default).
fn set_ss58_format(format: u16) {
	sp_core::crypto::set_default_ss58_version(sp_core::crypto::Ss58AddressFormat::custom(format));
}
