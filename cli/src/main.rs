//! `medchain`: the command-line tool for provider systems and patients' helper desks.
//!
//! Module map: [`cli`] (options, subcommand families, the context commands share), `commands/`
//! (one module per family: `patient`, `org`, `link`, `consent`, `record`, `batch`, `audit`,
//! `bridge`), [`chain`] (the node connection: typed JSON-RPC, lookups, signed submission with a
//! dry run), [`runtime`] (types generated from `metadata/medchain.scale`), [`keys`], [`args`]
//! (parsing values), [`events`] (events as JSON), [`proof`] (batch proof files), [`output`],
//! [`error`] (one-line errors and exit codes).

mod args;
mod chain;
mod cli;
mod commands;
mod error;
mod events;
mod keys;
mod output;
mod proof;
mod runtime;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
	let cli = cli::Cli::parse();
	let json = cli.global.json;
	let context = cli::Context::new(cli.global, std::env::var(keys::SURI_ENV).ok());
	match commands::run(cli.command, &context).await {
		Ok(output) => {
			output.print(json);
			if output.negative {
				ExitCode::from(error::EXIT_NEGATIVE)
			} else {
				ExitCode::SUCCESS
			}
		},
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::from(e.exit_code())
		},
	}
}
