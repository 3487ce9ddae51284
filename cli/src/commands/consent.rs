//! `medchain consent grant|revoke|list|check|request|approve|deny`.

use clap::Subcommand;
use medchain_rpc::ConsentApiClient;
use pallet_consent::{runtime_api::ConsentsView, AccessDecision, Category, Custodian, Purpose};
use serde_json::json;
use sp_core::{crypto::AccountId32, H256};

use crate::{
	args::{self, code_name, OrgRef, PatientRef},
	cli::Context,
	commands::submitted,
	error::Result,
	output::{compact, Output},
	runtime::{self, runtime as rt},
};

#[derive(Subcommand)]
pub enum ConsentCmd {
	/// Patient side: grant organizations access to a scope of the patient's data.
	Grant {
		/// The organizations granted access (ids, comma-separated).
		#[arg(long, required = true, value_delimiter = ',')]
		to: Vec<u32>,
		/// Data categories (comma-separated): demographics, conditions, medications,
		/// allergies, laboratory, imaging, clinicalNotes, immunizations, vitalSigns, genomics,
		/// and the sensitive classes mentalHealth, substanceUse, sexualReproductiveHealth.
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::category)]
		categories: Vec<Category>,
		/// Purposes of use (comma-separated): treatment, payment, operations, research,
		/// publicHealth, emergencyTreatment.
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::purpose)]
		purposes: Vec<Purpose>,
		/// Only data held by these organizations (default: any custodian).
		#[arg(long, value_delimiter = ',')]
		custodians: Vec<u32>,
		/// First block at which the grant counts (default: now).
		#[arg(long)]
		starts_at: Option<u32>,
		/// First block at which it no longer counts (default: until revoked).
		#[arg(long)]
		expires_at: Option<u32>,
		/// Act as a delegate (with the consent permission) of this patient.
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// Patient side: revoke a grant; access checks refuse it from the next block.
	Revoke {
		grant: u32,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// A patient's grants, pending requests and break-glass accesses.
	List {
		#[arg(value_parser = args::patient)]
		patient: PatientRef,
	},
	/// May an organization access a category of a patient's data for a purpose? Exits 0 when
	/// allowed, 1 when denied. Without --at, the answer a provider system acts on: allowed only
	/// when the best and the finalized block agree.
	Check {
		#[arg(long, value_parser = args::patient)]
		patient: PatientRef,
		/// The organization asking.
		#[arg(long = "org")]
		organization: u32,
		#[arg(long, value_parser = args::category)]
		category: Category,
		#[arg(long, value_parser = args::purpose)]
		purpose: Purpose,
		/// The custodian holding the data: an organization id, or 0x<genesis>:<id> of
		/// another chain.
		#[arg(long, value_parser = args::custodian)]
		custodian: Option<Custodian>,
		/// Ask as of this block (for audits).
		#[arg(long, value_parser = args::h256)]
		at: Option<H256>,
	},
	/// Organization side: ask a patient for access to a scope for a number of blocks.
	Request {
		#[arg(long, value_parser = args::patient)]
		patient: PatientRef,
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::category)]
		categories: Vec<Category>,
		#[arg(long, required = true, value_delimiter = ',', value_parser = args::purpose)]
		purposes: Vec<Purpose>,
		#[arg(long, value_delimiter = ',')]
		custodians: Vec<u32>,
		/// How long the grant lasts once approved, in blocks.
		#[arg(long)]
		duration: u32,
	},
	/// Patient side: approve a pending request, which creates a grant.
	Approve {
		request: u32,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
	/// Patient side: deny a pending request.
	Deny {
		request: u32,
		#[arg(long)]
		on_behalf_of: Option<u64>,
	},
}

pub async fn run(command: ConsentCmd, context: &Context) -> Result<Output> {
	match command {
		ConsentCmd::Grant {
			to,
			categories,
			purposes,
			custodians,
			starts_at,
			expires_at,
			on_behalf_of,
		} => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			for org in to.iter().chain(custodians.iter()) {
				chain.organization(&OrgRef::Id(*org)).await?;
			}
			let call = rt::tx().consent().grant(
				on_behalf_of,
				runtime::BoundedVec(to),
				runtime::scope(&categories, &purposes, &custodians),
				starts_at,
				expires_at,
			);
			let tx = chain.submit(&call, &signing).await?;
			let event =
				tx.event::<rt::consent::events::ConsentGranted>("Consent.ConsentGranted")?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "grant": event.grant }),
				format!("grant {} of patient {patient}", event.grant),
			))
		},
		ConsentCmd::Revoke { grant, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let call = rt::tx().consent().revoke(on_behalf_of, grant);
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "grant": grant }),
				format!("grant {grant} of patient {patient} revoked"),
			))
		},
		ConsentCmd::List { patient } => {
			let chain = context.chain().await?;
			let patient = chain.patient(&patient).await?;
			let view =
				ConsentApiClient::<H256, AccountId32>::consents(chain.api(), patient.id, None)
					.await
					.map_err(|e| chain.rpc_error("consent_consents", e))?;
			Ok(Output::new(json!(view), list(&view)))
		},
		ConsentCmd::Check { patient, organization, category, purpose, custodian, at } => {
			let chain = context.chain().await?;
			let patient = chain.patient(&patient).await?;
			let decision = ConsentApiClient::<H256, AccountId32>::check_access(
				chain.api(),
				patient.account.clone(),
				organization,
				category,
				purpose,
				custodian,
				at,
			)
			.await
			.map_err(|e| chain.rpc_error("consent_checkAccess", e))?;
			let allowed = !matches!(decision, AccessDecision::Denied(_));
			let text = format!(
				"organization {organization}, {} of patient {} for {}: {} {}",
				code_name(&category),
				patient.id,
				code_name(&purpose),
				if allowed { "allowed" } else { "denied" },
				compact(&decision)
			);
			Ok(Output::new(json!({ "allowed": allowed, "decision": decision }), text)
				.negative(!allowed))
		},
		ConsentCmd::Request { patient, categories, purposes, custodians, duration } => {
			let signing = context.signing()?;
			let chain = context.chain().await?;
			let org = chain.signer_organization(&signing, false).await?;
			let patient = chain.patient(&patient).await?;
			for custodian in &custodians {
				chain.organization(&OrgRef::Id(*custodian)).await?;
			}
			let call = rt::tx().consent().request_access(
				patient.id,
				runtime::scope(&categories, &purposes, &custodians),
				duration,
			);
			let tx = chain.submit(&call, &signing).await?;
			let event =
				tx.event::<rt::consent::events::AccessRequested>("Consent.AccessRequested")?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient.id, "organization": org.id, "request": event.request }),
				format!(
					"request {} to patient {}, open until block {}",
					event.request, patient.id, event.expires_at
				),
			))
		},
		ConsentCmd::Approve { request, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let call = rt::tx().consent().approve_request(on_behalf_of, request);
			let tx = chain.submit(&call, &signing).await?;
			let event =
				tx.event::<rt::consent::events::RequestApproved>("Consent.RequestApproved")?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "request": request, "grant": event.grant }),
				format!("request {request} approved: grant {}", event.grant),
			))
		},
		ConsentCmd::Deny { request, on_behalf_of } => {
			let (signing, chain, patient) = context.as_patient(on_behalf_of).await?;
			let call = rt::tx().consent().deny_request(on_behalf_of, request);
			let tx = chain.submit(&call, &signing).await?;
			Ok(submitted(
				&tx,
				json!({ "patient": patient, "request": request }),
				format!("request {request} denied"),
			))
		},
	}
}

/// A patient's consents for a person.
fn list(view: &ConsentsView<AccountId32>) -> String {
	let names = |codes: &[serde_json::Value]| {
		codes.iter().filter_map(|c| c.as_str()).collect::<Vec<_>>().join(",")
	};
	let mut text = format!("patient {}", view.patient);
	for g in &view.grants {
		let json = json!(g);
		text.push_str(&format!(
			"\n  grant {}: to {:?}, categories {}, purposes {}, custodians {:?}, from block {} {}",
			g.id,
			g.grantees,
			names(json["categories"].as_array().map(Vec::as_slice).unwrap_or_default()),
			names(json["purposes"].as_array().map(Vec::as_slice).unwrap_or_default()),
			g.custodians,
			g.starts_at,
			g.expires_at
				.map(|e| format!("until block {e}"))
				.unwrap_or_else(|| "until revoked".into()),
		));
	}
	for r in &view.requests {
		text.push_str(&format!(
			"\n  request {}: organization {} by {}, {} blocks once approved, open until block {}",
			r.id, r.organization, r.requester, r.duration, r.expires_at
		));
	}
	for e in &view.emergency {
		text.push_str(&format!(
			"\n  break-glass: organization {} ({}), blocks {}..{}",
			e.organization,
			code_name(&e.reason),
			e.opened_at,
			e.expires_at
		));
	}
	if view.emergency_opt_out {
		text.push_str("\n  opted out of break-glass access");
	}
	text
}
