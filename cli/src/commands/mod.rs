//! The subcommand families, one module each, and what they share.

pub mod audit;
pub mod batch;
pub mod bridge;
pub mod consent;
pub mod link;
pub mod org;
pub mod patient;
pub mod record;

use serde_json::Value as Json;

use crate::{
	chain::Submitted,
	cli::{Command, Context},
	error::{Error, Result},
	output::Output,
};

/// Run one command.
pub async fn run(command: Command, context: &Context) -> Result<Output> {
	match command {
		Command::Patient(c) => patient::run(c, context).await,
		Command::Org(c) => org::run(c, context).await,
		Command::Link(c) => link::run(c, context).await,
		Command::Consent(c) => consent::run(c, context).await,
		Command::Record(c) => record::run(c, context).await,
		Command::Batch(c) => batch::run(c, context).await,
		Command::Audit(c) => audit::run(c, context).await,
		Command::Bridge(c) => bridge::run(c, context).await,
	}
}

/// The output of an included transaction: its block and events, and what the command learned
/// from them (`extra`: fields merged into the JSON; `summary`: a last line of text).
pub fn submitted(tx: &Submitted, extra: Json, summary: impl Into<String>) -> Output {
	let mut json = tx.json();
	if let (Some(object), Json::Object(extra)) = (json.as_object_mut(), extra) {
		object.extend(extra);
	}
	let summary = summary.into();
	let text = if summary.is_empty() { tx.text() } else { format!("{}\n{summary}", tx.text()) };
	Output::new(json, text)
}

/// Read a file, as bad input when it cannot be read.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
	std::fs::read(path).map_err(|e| Error::input(format!("{}: {e}", path.display())))
}

/// 32 random bytes from the operating system's CSPRNG: record and batch ids, which must say
/// nothing about the record.
pub fn random_id() -> Result<sp_core::H256> {
	let mut bytes = [0u8; 32];
	getrandom::getrandom(&mut bytes)
		.map_err(|e| Error::node(format!("no randomness from the operating system: {e}")))?;
	Ok(sp_core::H256(bytes))
}
