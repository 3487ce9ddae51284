//! `medchain bridge export|revoke|status`: consent given on this chain to an organization of a
//! peer chain, which keeps it as a lease this chain's heartbeats keep alive until revoked.

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
	/// Patient side: let an organization of a peer chain access a scope of the patient's data
	/// (a lease there, kept alive from here until revoked or expired).
	Export {
		/// The organization's id on the peer chain.
		#[arg(long)]
		to: u32,
		/// The peer chain, by genesis hash (0x…); needed when this chain has several peers.
		#[arg(long, value_parser = args::h256)]
		chain: Option<H256>,
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
	/// Patient side: revoke an export; it stops applying here at once, and on the peer chain
	/// when the revocation arrives (or its lease lapses).
	Revoke {
		export: u64,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// The bridge's configuration and peers and, for a patient, its exports and the leases held
	/// here.
	Status {
		#[arg(long, value_parser = args::patient)]
		patient: Option<PatientRef>,
	},
}

pub async fn run(command: BridgeCmd, context: &Context) -> Result<Output> {
	match command {
		BridgeCmd::Export {
			to,
			chain: peer,
			categories,
			purposes,
			custodians,
			expires_at,
			on_behalf_of,
		} => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let peers = BridgeApiClient::<H256, AccountId32>::peers(chain.api(), None)
				.await
				.map_err(|e| chain.rpc_error("bridge_peers", e))?;
			let active: Vec<H256> = peers
				.iter()
				.filter(|p| p.status == pallet_medchain_bridge::PeerStatus::Active)
				.map(|p| p.chain)
				.collect();
			let peer = match (peer, active.as_slice()) {
				(Some(p), _) if active.contains(&p) => p,
				(Some(p), _) => {
					return Err(Error::input(format!("{p:?} is not an active peer of this chain")))
				},
				(None, [only]) => *only,
				(None, []) => {
					return Err(Error::input(
						"this chain has no peer chain yet (governance adds peers)",
					))
				},
				(None, _) => {
					return Err(Error::input(
						"this chain has several peers: name one with --chain (see `bridge status`)",
					))
				},
			};
			let call = rt::tx().medchain_bridge().export_consent_to(
				on_behalf_of,
				runtime::remote_org(peer, to),
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
					 valid until {} (UNIX ms, kept alive by heartbeats)",
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
			let peers = BridgeApiClient::<H256, AccountId32>::peers(chain.api(), None)
				.await
				.map_err(|e| chain.rpc_error("bridge_peers", e))?;
			let mut json = json!({ "status": status, "peers": peers });
			let mut text = format!(
				"this chain {}, lease period {} ms, heartbeat every {} blocks",
				status
					.this_chain
					.map(|c| format!("{c:?}"))
					.unwrap_or_else(|| "not known yet".into()),
				status.lease_period,
				status.renew_every
			);
			if peers.is_empty() {
				text.push_str(
					"
no peers",
				);
			}
			for p in &peers {
				text.push_str(&format!(
					"
  slot {}: {:?} {:?}, {} exports to it, heartbeats sent until {}, received \
					 until {}{}",
					p.slot,
					p.chain,
					p.status,
					p.exports,
					p.sent_until,
					p.live_until,
					if p.pending_revokes > 0 {
						format!(", {} revocations pending", p.pending_revokes)
					} else {
						String::new()
					}
				));
			}
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
