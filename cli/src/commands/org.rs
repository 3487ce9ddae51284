//! `medchain org show|add-operator|accept-operator|set-endpoint`. Organizations themselves are
//! registered by governance (a council motion; sudo on development chains).

use clap::Subcommand;
use serde_json::json;
use sp_core::crypto::AccountId32;

use crate::{
	args::{self, OrgRef, PatientRef},
	chain::Organization,
	cli::Context,
	commands::submitted,
	error::{Error, Result},
	output::{compact, Output},
	runtime::{self, runtime as rt, BoundedVec},
};

#[derive(Subcommand)]
pub enum OrgCmd {
	/// Show an organization: by id, or by an admin or operator account.
	Show {
		#[arg(value_parser = args::organization)]
		organization: OrgRef,
	},
	/// As an organization's admin, invite a key to become one of its operators (the keys its
	/// systems sign with); the key becomes one when it accepts (`org accept-operator`).
	AddOperator {
		#[arg(value_parser = args::account)]
		account: AccountId32,
	},
	/// Accept an organization's invitation: the signing key becomes one of its operators.
	AcceptOperator {
		/// The organization's id.
		organization: u32,
	},
	/// As an organization's admin, publish the base URL of its FHIR gateway (`https://…`, at
	/// most 256 bytes; a deposit is held while it is published), or withdraw it (`--remove`).
	SetEndpoint {
		/// The gateway's base URL.
		#[arg(required_unless_present = "remove", value_name = "URL")]
		endpoint: Option<String>,
		/// Withdraw the published endpoint (the deposit is released).
		#[arg(long, conflicts_with = "endpoint")]
		remove: bool,
	},
}

/// The runtime's `MaxEndpointLen`: longest published endpoint.
const MAX_ENDPOINT_LEN: usize = 256;

pub async fn run(command: OrgCmd, context: &Context) -> Result<Output> {
	match command {
		OrgCmd::Show { organization } => {
			let chain = context.chain().await?;
			let view = chain.organization(&organization).await?;
			Ok(Output::new(json!(view), show(&view)))
		},
		OrgCmd::AddOperator { account } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, true).await?;
			if let Some(other) = chain.find_organization(&OrgRef::Account(account.clone())).await? {
				return Err(Error::input(format!(
					"{account} is already a key of organization {}",
					other.id
				)));
			}
			if let Some(patient) = chain.find_patient(&PatientRef::Account(account.clone())).await?
			{
				return Err(Error::input(format!(
					"{account} is patient {}'s key; a patient's key cannot be an operator",
					patient.id
				)));
			}
			let call = rt::tx().patient_identity().add_operator(runtime::account(&account));
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "organization": org.id, "invited": account.to_string() }),
				format!(
					"{account} is invited; it becomes an operator with `medchain org \
					 accept-operator {}`",
					org.id
				),
			))
		},
		OrgCmd::SetEndpoint { endpoint, remove: _ } => {
			let endpoint = match endpoint {
				Some(url) => {
					if url.len() > MAX_ENDPOINT_LEN
						|| !pallet_patient_identity::is_valid_endpoint(url.as_bytes())
					{
						return Err(Error::input(format!(
							"{url:?} is not an endpoint the chain accepts: https:// or http://, \
							 printable ASCII without spaces, at most {MAX_ENDPOINT_LEN} bytes"
						)));
					}
					Some(url)
				},
				None => None,
			};
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, true).await?;
			let call = rt::tx()
				.patient_identity()
				.set_endpoint(endpoint.clone().map(|url| BoundedVec(url.into_bytes())));
			let tx = chain.submit(&call, &signing).await?;
			let text = match &endpoint {
				Some(url) => format!("organization {}'s gateway endpoint is {url}", org.id),
				None => format!("organization {} publishes no gateway endpoint", org.id),
			};
			Ok(submitted(&tx, json!({ "organization": org.id, "endpoint": endpoint }), text))
		},
		OrgCmd::AcceptOperator { organization } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.organization(&OrgRef::Id(organization)).await?;
			let call = rt::tx().patient_identity().accept_operator(org.id);
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "organization": org.id, "operator": signing.account().to_string() }),
				format!("{} is an operator of organization {}", signing.account(), org.id),
			))
		},
	}
}

/// An organization for a person.
fn show(o: &Organization) -> String {
	let mut text = format!(
		"organization {}\n  kind: {}\n  roles: {}\n  status: {}\n  admin: {}",
		o.id,
		compact(&o.kind),
		roles(o.roles.0),
		compact(&o.status),
		o.admin
	);
	for operator in &o.operators {
		text.push_str(&format!("\n  operator: {operator}"));
	}
	text
}

/// Role flags by name (`OrganizationRoles`).
fn roles(flags: u8) -> String {
	use pallet_patient_identity::OrganizationRoles as R;
	let mut names = Vec::new();
	if flags & R::EMERGENCY_ACCESS.0 != 0 {
		names.push("emergency access");
	}
	if flags & R::CUSTODIAN.0 != 0 {
		names.push("custodian");
	}
	if names.is_empty() {
		"none".to_string()
	} else {
		names.join(", ")
	}
}
