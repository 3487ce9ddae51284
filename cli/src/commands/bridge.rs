//! `medchain bridge export|revoke|status`: consent given on this chain to an organization of the
//! bridged chain, which keeps it as a lease this chain renews until revoked.

use clap::Subcommand;
use medchain_rpc::BridgeApiClient;
use pallet_consent::{Category, Purpose};
use serde_json::json;
use sp_core::{crypto::AccountId32, H256};

use crate::{
	args::{self, PatientRef},
	cli::Context,
	commands::submitted,
	error::{Error, Result},
	output::{compact, Output},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum BridgeCmd {
	/// Patient side: let an organization of the bridged chain access a scope of the patient's
	/// data (a lease there, renewed from here until revoked or expired).
	Export {
		/// The organization's id on the bridged chain.
		#[arg(long)]
		to: u32,
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::category)]
		categories: Vec<Category>,
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::purpose)]
		purposes: Vec<Purpose>,
		/// Only data held by these organizations of this chain.
		#[arg(long, value_delimiter = ',')]
		custodians: Vec<u32>,
		/// When the consent ends, as a UNIX time in milliseconds (default: until revoked).
		#[arg(long)]
		expires_at: Option<u64>,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// Patient side: revoke an export; it stops applying here at once, and on the bridged chain
	/// when the revocation arrives (or its lease lapses).
	Revoke {
		export: u64,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// The bridge's configuration and, for a patient, its exports and the leases held here.
	Status {
		#[arg(long, value_parser = args::patient)]
		patient: Option<PatientRef>,
	},
}

pub async fn run(command: BridgeCmd, context: &Context) -> Result<Output> {
	match command {
		BridgeCmd::Export { to, categories, purposes, custodians, expires_at, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let status = BridgeApiClient::<H256, AccountId32>::status(chain.api(), None)
				.await
				.map_err(|e| chain.rpc_error("bridge_status", e))?;
			let peer = status.peer.ok_or_else(|| {
				Error::input("this chain has no bridged chain yet (governance sets the peer)")
			})?;
			let call = rt::tx().medchain_bridge().export_consent(
				on_behalf_of,
				to,
				runtime::categories(&categories),
				runtime::purposes(&purposes),
				runtime::BoundedVec(custodians),
				expires_at,
			);
			let tx = chain.submit(&call, &signing).await?;
			let event = tx.event::<rt::medchain_bridge::events::ConsentExported>(
				"MedchainBridge.ConsentExported",
			)?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "export": event.export, "peer": peer, "validUntil": event.valid_until }),
				format!(
					"export {} of patient {patient} to organization {to} of chain {peer:?}, lease \
					 valid until {} (UNIX ms, renewed)",
					event.export, event.valid_until
				),
			))
		},
		BridgeCmd::Revoke { export, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let call = rt::tx().medchain_bridge().revoke_export(on_behalf_of, export);
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "export": export }),
				format!("export {export} of patient {patient} revoked"),
			))
		},
		BridgeCmd::Status { patient } => {
			let chain = context.chain().await?;
			let status = BridgeApiClient::<H256, AccountId32>::status(chain.api(), None)
				.await
				.map_err(|e| chain.rpc_error("bridge_status", e))?;
			let mut json = json!({ "status": status });
			let mut text = format!(
				"this chain {}, peer {}, lease period {} ms, renewed every {} blocks",
				status
					.this_chain
					.map(|c| format!("{c:?}"))
					.unwrap_or_else(|| "not known yet".into()),
				status.peer.map(|c| format!("{c:?}")).unwrap_or_else(|| "not set".into()),
				status.lease_period,
				status.renew_every
			);
			if let Some(patient) = patient {
				let patient = chain.patient(&patient).await?;
				let exports =
					BridgeApiClient::<H256, AccountId32>::exports(chain.api(), patient.id, None)
						.await
						.map_err(|e| chain.rpc_error("bridge_exports", e))?;
				let leases = BridgeApiClient::<H256, AccountId32>::leases(
					chain.api(),
					patient.account.clone(),
					None,
				)
				.await
				.map_err(|e| chain.rpc_error("bridge_leases", e))?;
				text.push_str(&format!("\npatient {}:", patient.id));
				for e in &exports {
					text.push_str(&format!(
						"\n  export {} to organization {} of {:?}: {}, valid until {}",
						e.export,
						e.to.organization,
						e.to.chain,
						compact(&e.scope),
						e.valid_until
					));
				}
				for l in &leases {
					text.push_str(&format!(
						"\n  lease {} from {:?} for organization {}: {}, valid until {}",
						l.export,
						l.chain,
						l.organization,
						compact(&l.scope),
						l.valid_until
					));
				}
				if exports.is_empty() && leases.is_empty() {
					text.push_str(" no exports, no leases");
				}
				json["patient"] = json!(patient.id);
				json["exports"] = json!(exports);
				json["leases"] = json!(leases);
			}
			Ok(Output::new(json, text))
		},
	}
}
