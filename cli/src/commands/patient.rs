//! `medchain patient register|show|onboard`.

use clap::Subcommand;
use serde_json::json;
use sp_core::{crypto::AccountId32, H256};

use crate::{
	args::{self, OrgRef, PatientRef},
	chain::Patient,
	cli::Context,
	commands::submitted,
	error::{Error, Result},
	output::{compact, Output},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum PatientCmd {
	/// Register the signing key as a patient, with a commitment to its identity attributes
	/// (`H(salt ‖ attributes)`; salt and attributes stay with the patient). A deposit is held.
	Register {
		/// The identity commitment: 32 bytes in hex.
		#[arg(long, value_parser = args::h256)]
		commitment: H256,
	},
	/// Show a patient: by id, or by the account that controls it.
	Show {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
	},
	/// As an admin or operator of an organization, onboard a patient's key: the organization
	/// pays its fees and deposits from then on, and the key needs no tokens of its own.
	Onboard {
		#[arg(value_parser = args::account)]
		account: AccountId32,
	},
}

pub async fn run(command: PatientCmd, context: &Context) -> Result<Output> {
	match command {
		PatientCmd::Register { commitment } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let account = signing.account();
			if let Some(patient) = chain.find_patient(&PatientRef::Account(account.clone())).await?
			{
				return Err(Error::input(format!(
					"{account} is already registered, as patient {}",
					patient.id
				)));
			}
			if let Some(org) = chain.find_organization(&OrgRef::Account(account.clone())).await? {
				return Err(Error::input(format!(
					"{account} is a key of organization {}; an organization's key cannot be a \
					 patient's",
					org.id
				)));
			}
			let call = rt::tx().patient_identity().register_patient(commitment);
			let tx = chain.submit(&call, &signing).await?;
			let event = tx.event::<rt::patient_identity::events::PatientRegistered>(
				"PatientIdentity.PatientRegistered",
			)?;
			Ok(submitted(
				&tx,
				json!({ "patient": event.patient }),
				format!("patient {}", event.patient),
			))
		},
		PatientCmd::Show { patient } => {
			let chain = context.chain().await?;
			let view = chain.patient(&patient).await?;
			Ok(Output::new(json!(view), show(&view)))
		},
		PatientCmd::Onboard { account } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, false).await?;
			if let Some(other) = chain.find_organization(&OrgRef::Account(account.clone())).await? {
				return Err(Error::input(format!(
					"{account} is a key of organization {}; an organization's key cannot be a \
					 patient's",
					other.id
				)));
			}
			let call = rt::tx().patient_identity().onboard_patient(runtime::account(&account));
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "account": account.to_string(), "organization": org.id }),
				format!("{account} is sponsored by organization {}", org.id),
			))
		},
	}
}

/// A patient for a person.
fn show(p: &Patient) -> String {
	let mut text = format!(
		"patient {}\n  account: {}\n  commitment: {:?}\n  registered at block {}\n  links: {}\n  \
		 recovery threshold: {}\n  deposit: {}",
		p.id, p.account, p.commitment, p.registered_at, p.links, p.recovery_threshold, p.deposit
	);
	for (delegate, permissions) in &p.delegates {
		text.push_str(&format!("\n  delegate {delegate}: permissions {}", compact(permissions)));
	}
	text
}
