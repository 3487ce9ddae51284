//! `medchain-node`: the medchain consortium chain node (Aura + GRANDPA).

#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are the framework's error types, which its command
// and service APIs require; their size is not ours to change.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod member_peers;
mod rpc;
mod service;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

fn main() -> sc_cli::Result<()> {
	command::run()
}
