//! The command line: global options, and the subcommand families (each declared in its module
//! under `commands/`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use sp_core::H256;

use crate::{
	args,
	chain::{Chain, Wait},
	commands::{
		audit::AuditCmd, batch::BatchCmd, bridge::BridgeCmd, consent::ConsentCmd, link::LinkCmd,
		org::OrgCmd, patient::PatientCmd, record::RecordCmd,
	},
	error::{Error, Result},
	keys::{self, KeySource, Scheme, Signing},
};

/// The node a development machine runs (`make run`).
pub const DEFAULT_URL: &str = "ws://127.0.0.1:9944";

#[derive(Parser)]
#[command(
	name = "medchain",
	version,
	about = "medchain for provider systems and patients' helper desks: patients, organizations, \
	         links, consent, record anchors and batch proofs, the access audit, the bridge",
	after_help = "Keys never come from the command line (any user sees it with `ps`): use \
	              --key-file or --keystore-file (readable by their owner only), the MEDCHAIN_SURI \
	              environment variable, or --dev NAME for the public development keys.\n\
	              Exit codes: 0 success, 1 a check answered no, 2 bad input, 3 node unreachable, \
	              4 another chain or runtime than expected, 5 the chain refused the transaction."
)]
pub struct Cli {
	#[command(flatten)]
	pub global: Global,
	#[command(subcommand)]
	pub command: Command,
}

/// Options every subcommand takes.
#[derive(Args, Clone)]
pub struct Global {
	/// WebSocket URL of a medchain node.
	#[arg(long, global = true, env = "MEDCHAIN_URL", default_value = DEFAULT_URL)]
	pub url: String,
	/// The genesis hash of the chain expected: a node of another chain is refused before
	/// anything is sent.
	#[arg(long, global = true, env = "MEDCHAIN_GENESIS", value_parser = args::h256)]
	pub genesis: Option<H256>,
	/// Print results as JSON (default: text).
	#[arg(long, global = true)]
	pub json: bool,
	/// Wait until a transaction is in a block, or until that block is final. Finalized is the
	/// default: a provider system acts on what cannot be undone, and a new grant counts for
	/// `consent_checkAccess` only once final.
	#[arg(long, global = true, value_enum, default_value_t = Wait::Finalized)]
	pub wait: Wait,
	/// The signing key's scheme.
	#[arg(long, global = true, value_enum, default_value_t = Scheme::Sr25519)]
	pub scheme: Scheme,
	/// Sign with a public development key: alice, bob, charlie, dave, eve, ferdie, or //Name.
	#[arg(long, global = true, value_name = "NAME")]
	pub dev: Option<String>,
	/// Sign with the mnemonic or secret URI on the first line of this file (mode 0600).
	#[arg(long, global = true, value_name = "PATH")]
	pub key_file: Option<PathBuf>,
	/// Sign with a keystore file as `medchain-node key insert` writes it (mode 0600).
	#[arg(long, global = true, value_name = "PATH")]
	pub keystore_file: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum Command {
	/// Patients: register a key, show a patient, onboard a key an organization sponsors.
	#[command(subcommand)]
	Patient(PatientCmd),
	/// Organizations: show one, invite and accept operator keys.
	#[command(subcommand)]
	Org(OrgCmd),
	/// Links between a patient and an organization's patient index.
	#[command(subcommand)]
	Link(LinkCmd),
	/// Consent: grants, access checks, requests.
	#[command(subcommand)]
	Consent(ConsentCmd),
	/// Record fingerprints: hash, anchor, amend, retract, verify, list.
	#[command(subcommand)]
	Record(RecordCmd),
	/// Batches of records under one Merkle root, and their inclusion proofs.
	#[command(subcommand)]
	Batch(BatchCmd),
	/// The access audit: log a read, show and verify a patient's audit chain.
	#[command(subcommand)]
	Audit(AuditCmd),
	/// Consent exported to the bridged chain, and the bridge's state.
	#[command(subcommand)]
	Bridge(BridgeCmd),
}

/// What every command works with: the global options and the secret from the environment.
pub struct Context {
	pub global: Global,
	suri_env: Option<String>,
}

impl Context {
	pub fn new(global: Global, suri_env: Option<String>) -> Self {
		Self { global, suri_env }
	}

	/// The signing key; an error when none is given.
	pub fn signing(&self) -> Result<Signing> {
		let source = KeySource {
			dev: self.global.dev.clone(),
			key_file: self.global.key_file.clone(),
			keystore_file: self.global.keystore_file.clone(),
			env: self.suri_env.clone(),
		};
		keys::load(&source, self.global.scheme)?.ok_or_else(|| {
			Error::input(format!(
				"this command signs a transaction: give --key-file PATH, --keystore-file PATH, \
				 set {}, or --dev NAME for a development key",
				keys::SURI_ENV
			))
		})
	}

	/// Connect to the node (checking its genesis when `--genesis` is given).
	pub async fn chain(&self) -> Result<Chain> {
		Chain::connect(&self.global.url, self.global.genesis, self.global.wait).await
	}

	/// What a patient-side call needs: the signing key, the node, and the patient it acts for
	/// (`on_behalf_of`, else the key's own: [`Chain::acting_patient`]).
	pub async fn as_patient(&self, on_behalf_of: Option<u64>) -> Result<(Signing, Chain, u64)> {
		let signing = self.signing()?;
		let chain = self.chain().await?;
		let patient = chain.acting_patient(&signing, on_behalf_of).await?;
		Ok((signing, chain, patient))
	}
}
