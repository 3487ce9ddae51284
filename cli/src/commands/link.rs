//! `medchain link approve|propose`: a link exists only when both sides agree.

use clap::Subcommand;
use serde_json::json;
use sp_core::H256;

use crate::{
	args::{self, OrgRef, PatientRef},
	cli::Context,
	commands::submitted,
	error::Result,
	output::Output,
	runtime::runtime as rt,
};

#[derive(Subcommand)]
pub enum LinkCmd {
	/// Patient side: authorise an organization to link the patient (which already lets a
	/// custodian anchor the patient's records), or complete its proposal.
	Approve {
		/// The organization's id.
		organization: u32,
		/// Act as a delegate (with the identity permission) of this patient.
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// Organization side: propose a link (or complete the patient's authorisation) with a
	/// commitment to the organization's local MRN (`H(salt ‖ MRN)`).
	Propose {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
		#[arg(long, value_parser = args::h256)]
		mrn_commitment: H256,
	},
}

pub async fn run(command: LinkCmd, context: &Context) -> Result<Output> {
	match command {
		LinkCmd::Approve { organization, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let org = chain.organization(&OrgRef::Id(organization)).await?;
			let call = rt::tx().patient_identity().approve_link(on_behalf_of, org.id);
			let tx = chain.submit(&call, &signing).await?;
			let state = if tx.events.iter().any(|e| e.event == "LinkEstablished") {
				"active"
			} else {
				"authorised; the organization completes it"
			};
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "organization": org.id }),
				format!("link of patient {patient} with organization {}: {state}", org.id),
			))
		},
		LinkCmd::Propose { patient, mrn_commitment } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, false).await?;
			let patient = chain.patient(&patient).await?;
			let call = rt::tx().patient_identity().link_patient(patient.id, mrn_commitment);
			let tx = chain.submit(&call, &signing).await?;
			let state = if tx.events.iter().any(|e| e.event == "LinkEstablished") {
				"active"
			} else {
				"proposed; the patient approves it"
			};
			Ok(submitted(
				&tx,
				json!({ "patient": patient.id, "organization": org.id }),
				format!("link of patient {} with organization {}: {state}", patient.id, org.id),
			))
		},
	}
}
