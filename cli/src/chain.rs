//! One connection to a medchain node: medchain's JSON-RPC methods through `medchain-rpc`'s typed
//! client traits, Substrate's by name, and signed transactions through subxt.
//!
//! A transaction is only sent when it would succeed: it is first applied to a copy of the best
//! block's state (the runtime's `BlockBuilder_apply_extrinsic` over `state_call`, what
//! `system_dryRun` does, but a method every node serves), and a refusal is reported by the
//! pallet error's name without anything being submitted. Then it is submitted and followed
//! until it is in a block (`--wait in-block`) or finalized (`--wait finalized`), and its block
//! and events are reported.

use std::time::Duration;

use clap::ValueEnum;
use codec::Decode;
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams, ClientError},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use medchain_rpc::{IdentityApiClient, RecordsApiClient};
use pallet_ehr_anchor::{Anchor, Batch, Record};
use pallet_patient_identity::runtime_api::{OrganizationView, PatientView};
use serde::de::DeserializeOwned;
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormat},
	Bytes, H256,
};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use subxt::{
	config::PolkadotExtrinsicParamsBuilder,
	error::{DispatchError, ExtrinsicError},
	events::DecodeAsEvent,
	extrinsics::ExtrinsicEvents,
	transactions::{Payload, TransactionStatus},
	OnlineClient, PolkadotConfig,
};
use tokio::sync::OnceCell;

use crate::{
	args::{OrgRef, PatientRef},
	error::{Error, Kind, Result},
	events,
	keys::Signing,
};

/// How long to wait for the node to accept a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one JSON-RPC request may take: a runtime call answers in milliseconds, so a minute
/// means the node is stuck.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a submitted transaction may take to reach the block asked for: twenty 6 s blocks,
/// room for a busy pool and for GRANDPA to finalize a few blocks behind the best one.
const WAIT_TIMEOUT: Duration = Duration::from_secs(120);

/// A patient as the identity RPC shows it (accounts in the chain's SS58 format).
pub type Patient = PatientView<AccountId32, u128>;
/// An organization as the identity RPC shows it.
pub type Organization = OrganizationView<AccountId32>;

/// What a submission waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Wait {
	/// The transaction is in a best block (it can still be retracted by a reorganisation).
	InBlock,
	/// The block with the transaction is final.
	Finalized,
}

/// A connected node.
pub struct Chain {
	pub url: String,
	rpc: WsClient,
	subxt: OnceCell<OnlineClient<PolkadotConfig>>,
	/// The chain's genesis hash.
	pub genesis: H256,
	wait: Wait,
}

/// An included transaction: where, and what it did.
pub struct Submitted {
	/// `Pallet.call`.
	pub call: String,
	pub signer: AccountId32,
	pub block_hash: H256,
	pub block_number: u64,
	pub finalized: bool,
	/// Its events, fields decoded by name.
	pub events: Vec<events::Rendered>,
	raw: ExtrinsicEvents<PolkadotConfig>,
}

impl Submitted {
	/// The first event of type `E` the transaction emitted.
	pub fn event<E: DecodeAsEvent>(&self, name: &str) -> Result<E> {
		match self.raw.find_first::<E>() {
			Some(Ok(event)) => Ok(event),
			Some(Err(e)) => Err(Error::node(format!("{}: decoding {name}: {e}", self.call))),
			None => Err(Error::node(format!("{}: the chain emitted no {name}", self.call))),
		}
	}

	/// The SCALE-encoded fields of the first `pallet.event` the transaction emitted.
	pub fn field_bytes(&self, pallet: &str, event: &str) -> Option<Vec<u8>> {
		self.raw
			.iter()
			.filter_map(|e| e.ok())
			.find(|e| e.pallet_name() == pallet && e.event_name() == event)
			.map(|e| e.field_bytes().to_vec())
	}

	/// The transaction as JSON: call, signer, block and events.
	pub fn json(&self) -> serde_json::Value {
		serde_json::json!({
			"call": self.call,
			"signer": self.signer.to_string(),
			"block": { "hash": format!("{:?}", self.block_hash), "number": self.block_number },
			"finalized": self.finalized,
			"events": self.events.iter().map(events::Rendered::json).collect::<Vec<_>>(),
		})
	}

	/// The transaction for a person: one line, then one per event.
	pub fn text(&self) -> String {
		let state = if self.finalized { "finalized" } else { "in a best block" };
		let mut text = format!(
			"{} signed by {}: block #{} {:?} ({state})",
			self.call, self.signer, self.block_number, self.block_hash
		);
		for event in &self.events {
			text.push_str(&format!("\n  {}", event.text()));
		}
		text
	}
}

impl Chain {
	/// Connect to the node at `url`; when `expected_genesis` is given, refuse a node of
	/// another chain. Sets the process's SS58 format to the chain's, so that every account
	/// printed is in the chain's own format.
	pub async fn connect(url: &str, expected_genesis: Option<H256>, wait: Wait) -> Result<Chain> {
		let rpc = WsClientBuilder::default()
			.connection_timeout(CONNECT_TIMEOUT)
			.request_timeout(REQUEST_TIMEOUT)
			.build(url)
			.await
			.map_err(|e| Error::node(format!("cannot reach the node at {url}: {e}")))?;
		let mut chain = Chain {
			url: url.to_string(),
			rpc,
			subxt: OnceCell::new(),
			genesis: H256::zero(),
			wait,
		};
		let genesis: Option<H256> = chain.request("chain_getBlockHash", rpc_params![0u32]).await?;
		chain.genesis =
			genesis.ok_or_else(|| Error::node(format!("{url}: the node has no genesis block")))?;
		if let Some(expected) = expected_genesis {
			if expected != chain.genesis {
				return Err(Error::new(
					Kind::WrongChain,
					format!(
						"the node at {url} serves the chain with genesis {:?}, not {expected:?} \
						 (--genesis); nothing was sent",
						chain.genesis
					),
				));
			}
		}
		let prefix = chain.ss58_prefix().await?;
		sp_core::crypto::set_default_ss58_version(Ss58AddressFormat::custom(prefix));
		Ok(chain)
	}

	/// The chain's SS58 prefix: from its properties, else from the runtime's metadata.
	async fn ss58_prefix(&self) -> Result<u16> {
		let properties: serde_json::Value =
			self.request("system_properties", rpc_params![]).await?;
		if let Some(prefix) = properties
			.get("ss58Format")
			.and_then(serde_json::Value::as_u64)
			.and_then(|p| u16::try_from(p).ok())
		{
			return Ok(prefix);
		}
		let at =
			self.subxt().await?.at_current_block().await.map_err(|e| self.failed("metadata", e))?;
		let constants = at.constants();
		constants
			.entry(subxt::dynamic::constant::<u16>("System", "SS58Prefix"))
			.map_err(|e| self.failed("System.SS58Prefix", e))
	}

	fn failed(&self, what: &str, e: impl std::fmt::Display) -> Error {
		Error::node(format!("{}: {what}: {e}", self.url))
	}

	/// A transport or node error of a JSON-RPC call, as an error.
	pub fn rpc_error(&self, method: &str, e: ClientError) -> Error {
		match e {
			ClientError::Call(object) => {
				Error::node(format!("{method}: the node answered: {}", object.message()))
			},
			other => self.failed(method, other),
		}
	}

	/// Call Substrate's `method` by name.
	pub async fn request<R: DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> Result<R> {
		self.rpc.request(method, params).await.map_err(|e| self.rpc_error(method, e))
	}

	/// The client `medchain-rpc`'s typed `*ApiClient` traits are called on.
	pub fn api(&self) -> &WsClient {
		&self.rpc
	}

	/// The subxt client, connected on first use (read-only commands never need it).
	pub async fn subxt(&self) -> Result<&OnlineClient<PolkadotConfig>> {
		self.subxt
			.get_or_try_init(|| async {
				OnlineClient::<PolkadotConfig>::from_insecure_url(&self.url)
					.await
					.map_err(|e| Error::node(format!("cannot reach the node at {}: {e}", self.url)))
			})
			.await
	}

	/// The best block's hash and number.
	pub async fn best(&self) -> Result<(H256, u32)> {
		let hash: H256 = self.request("chain_getBlockHash", rpc_params![]).await?;
		let header: serde_json::Value = self.request("chain_getHeader", rpc_params![hash]).await?;
		let number = header
			.get("number")
			.and_then(serde_json::Value::as_str)
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or_else(|| self.failed("chain_getHeader", "a header without a number"))?;
		Ok((hash, number))
	}

	/// A patient by id, or by the account that controls it; `None` if there is none.
	pub async fn find_patient(&self, who: &PatientRef) -> Result<Option<Patient>> {
		let found = match who {
			PatientRef::Id(id) => {
				IdentityApiClient::<H256, AccountId32, u128>::patient(self.api(), *id, None).await
			},
			PatientRef::Account(account) => {
				IdentityApiClient::<H256, AccountId32, u128>::patient_by_account(
					self.api(),
					account.clone(),
					None,
				)
				.await
			},
		};
		found.map_err(|e| self.rpc_error("identity_patient", e))
	}

	/// A patient that must exist: bad input otherwise.
	pub async fn patient(&self, who: &PatientRef) -> Result<Patient> {
		self.find_patient(who).await?.ok_or_else(|| match who {
			PatientRef::Id(id) => {
				Error::input(format!("unknown patient {id}: no patient has this id"))
			},
			PatientRef::Account(account) => {
				Error::input(format!("unknown patient: {account} is not a registered patient"))
			},
		})
	}

	/// An organization by id, or by an admin or operator account; `None` if there is none.
	pub async fn find_organization(&self, which: &OrgRef) -> Result<Option<Organization>> {
		let found = match which {
			OrgRef::Id(id) => {
				IdentityApiClient::<H256, AccountId32, u128>::organization(self.api(), *id, None)
					.await
			},
			OrgRef::Account(account) => {
				IdentityApiClient::<H256, AccountId32, u128>::organization_of(
					self.api(),
					account.clone(),
					None,
				)
				.await
			},
		};
		found.map_err(|e| self.rpc_error("identity_organization", e))
	}

	/// An organization that must exist: bad input otherwise.
	pub async fn organization(&self, which: &OrgRef) -> Result<Organization> {
		self.find_organization(which).await?.ok_or_else(|| match which {
			OrgRef::Id(id) => {
				Error::input(format!("unknown organization {id}: no organization has this id"))
			},
			OrgRef::Account(account) => Error::input(format!(
				"unknown organization: {account} is not an admin or operator of any organization"
			)),
		})
	}

	/// The organization the signing key is an admin or operator of (`admin_only`: the admin).
	/// When it is none but the same secret's key of the other scheme is one, the error says the
	/// key type is wrong.
	pub async fn signer_organization(
		&self,
		signing: &Signing,
		admin_only: bool,
	) -> Result<Organization> {
		let role = if admin_only { "the admin" } else { "an admin or operator" };
		let account = signing.account();
		let holds = |org: &Organization, who: &AccountId32| {
			&org.admin == who || (!admin_only && org.operators.contains(who))
		};
		if let Some(org) = self.find_organization(&OrgRef::Account(account.clone())).await? {
			if holds(&org, &account) {
				return Ok(org);
			}
			return Err(Error::input(format!(
				"{account} is an operator of organization {}, not its admin",
				org.id
			)));
		}
		if let Some(other) = &signing.other_scheme {
			let other_account = other.account();
			if let Some(org) =
				self.find_organization(&OrgRef::Account(other_account.clone())).await?
			{
				if holds(&org, &other_account) {
					return Err(Error::input(format!(
						"wrong key type: the {} key {account} is not {role} of an organization, \
						 but the {} key of the same secret ({other_account}) is, of organization \
						 {}: add --scheme {}",
						signing.key.scheme_name(),
						other.scheme_name(),
						org.id,
						other.scheme_name()
					)));
				}
			}
		}
		Err(Error::input(format!(
			"unknown account: {account} ({}) is not {role} of any organization",
			signing.key.scheme_name()
		)))
	}

	/// The patient a patient-side call acts for: `on_behalf_of` (which must exist), else the
	/// signing key's own (with the wrong-key-type check of [`Self::signer_organization`]).
	pub async fn acting_patient(
		&self,
		signing: &Signing,
		on_behalf_of: Option<u64>,
	) -> Result<u64> {
		if let Some(id) = on_behalf_of {
			return self.patient(&PatientRef::Id(id)).await.map(|p| p.id);
		}
		let account = signing.account();
		if let Some(patient) = self.find_patient(&PatientRef::Account(account.clone())).await? {
			return Ok(patient.id);
		}
		if let Some(other) = &signing.other_scheme {
			let other_account = other.account();
			if let Some(patient) =
				self.find_patient(&PatientRef::Account(other_account.clone())).await?
			{
				return Err(Error::input(format!(
					"wrong key type: the {} key {account} is not a patient's, but the {} key of \
					 the same secret ({other_account}) is patient {}'s: add --scheme {}",
					signing.key.scheme_name(),
					other.scheme_name(),
					patient.id,
					other.scheme_name()
				)));
			}
		}
		Err(Error::input(format!(
			"unknown account: {account} ({}) is not a registered patient (a delegate names the \
			 patient with --on-behalf-of)",
			signing.key.scheme_name()
		)))
	}

	/// An individually anchored record, if any.
	pub async fn record(&self, id: H256) -> Result<Option<Record>> {
		RecordsApiClient::<H256>::record(self.api(), id, None)
			.await
			.map_err(|e| self.rpc_error("records_record", e))
	}

	/// A batch anchor, if any.
	pub async fn batch(&self, id: H256) -> Result<Option<Batch>> {
		RecordsApiClient::<H256>::batch(self.api(), id, None)
			.await
			.map_err(|e| self.rpc_error("records_batch", e))
	}

	/// The patient of an anchored record or batch; bad input if there is none.
	pub async fn anchored_patient(&self, anchor: &Anchor) -> Result<u64> {
		let found = match anchor {
			Anchor::Record(id) => self.record(*id).await?.map(|r| r.patient),
			Anchor::Batch(id) => self.batch(*id).await?.map(|b| b.patient),
		};
		found.ok_or_else(|| match anchor {
			Anchor::Record(id) => {
				Error::input(format!("unknown record {id:?}: nothing is anchored under this id"))
			},
			Anchor::Batch(id) => {
				Error::input(format!("unknown batch {id:?}: nothing is anchored under this id"))
			},
		})
	}

	/// Sign `call` with `signing`, check it would succeed, submit it and wait as asked.
	pub async fn submit<Call: Payload>(&self, call: &Call, signing: &Signing) -> Result<Submitted> {
		let what = format!("{}.{}", call.pallet_name(), call.call_name());
		let client = self.subxt().await?;
		let key = &signing.key;
		let signer = key.account();
		let at = client.at_current_block().await.map_err(|e| self.failed(&what, e))?;
		// The next nonce as the node's pool sees it, so that a transaction can follow one that is
		// in a best block but not yet final.
		let nonce: u64 =
			self.request("system_accountNextIndex", rpc_params![signer.to_string()]).await?;
		let params = PolkadotExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
		let mut transactions = at.transactions();
		let signed = transactions.create_signed(call, key, params).await.map_err(|e| match e {
			ExtrinsicError::IncompatibleCodegen => Error::new(
				Kind::WrongChain,
				format!(
					"{what}: the node runs another runtime than this medchain was built for (its \
					 metadata differs from metadata/medchain.scale); nothing was sent"
				),
			),
			other => self.failed(&format!("{what}: building the transaction"), other),
		})?;
		self.dry_run(&what, signed.encoded(), at.metadata_ref()).await?;
		let mut progress = signed.submit_and_watch().await.map_err(|e| {
			Error::refused(format!("{what}: the node refused the transaction: {e}"))
		})?;
		let wait = self.wait;
		let follow = async {
			while let Some(status) = progress.next().await {
				match status.map_err(|e| self.failed(&format!("{what}: following it"), e))? {
					TransactionStatus::InBestBlock(in_block) if wait == Wait::InBlock => {
						return Ok::<_, Error>((in_block, false))
					},
					TransactionStatus::InFinalizedBlock(in_block) => return Ok((in_block, true)),
					TransactionStatus::Error { message }
					| TransactionStatus::Invalid { message }
					| TransactionStatus::Dropped { message } => {
						return Err(Error::refused(format!(
							"{what}: the transaction pool dropped it: {message}"
						)))
					},
					_ => continue,
				}
			}
			Err(self.failed(&what, "the node stopped reporting the transaction's progress"))
		};
		let (in_block, finalized) =
			tokio::time::timeout(WAIT_TIMEOUT, follow).await.map_err(|_| {
				let state = match wait {
					Wait::InBlock => "in a block",
					Wait::Finalized => "finalized",
				};
				self.failed(&what, format!("not {state} after {} s", WAIT_TIMEOUT.as_secs()))
			})??;
		let block_hash = in_block.block_hash();
		let at_block = in_block.at().await.map_err(|e| self.failed(&what, e))?;
		let block_number = at_block.block_number();
		let raw = in_block.fetch_events().await.map_err(|e| self.failed(&what, e))?;
		let metadata = at_block.metadata();
		let mut rendered = Vec::new();
		for event in raw.iter() {
			let event = event.map_err(|e| self.failed(&format!("{what}: an event"), e))?;
			if event.pallet_name() == "System" && event.event_name() == "ExtrinsicFailed" {
				let error = match DispatchError::decode_from(event.field_bytes(), metadata.clone())
				{
					Ok(DispatchError::Module(module)) => match module.details() {
						Ok(d) => error_text(d.pallet.name(), &d.variant.name, &d.variant.docs),
						Err(_) => module.to_string(),
					},
					Ok(other) => other.to_string(),
					Err(e) => format!("an undecodable dispatch error ({e})"),
				};
				return Err(Error::refused(format!(
					"{what} failed in block #{block_number} {block_hash:?}: {error}; the fee was \
					 paid, nothing else changed"
				)));
			}
			rendered.push(events::render(
				&metadata,
				event.pallet_name(),
				event.event_name(),
				event.event_index(),
				event.field_bytes(),
			));
		}
		Ok(Submitted {
			call: what,
			signer,
			block_hash,
			block_number,
			finalized,
			events: rendered,
			raw,
		})
	}

	/// Apply `extrinsic` to a copy of the best block's state; an error, naming the pallet error,
	/// if it would fail. Nothing is submitted.
	async fn dry_run(
		&self,
		what: &str,
		extrinsic: &[u8],
		metadata: &subxt::Metadata,
	) -> Result<()> {
		let (best, _) = self.best().await?;
		let result: Bytes = self
			.request(
				"state_call",
				rpc_params!["BlockBuilder_apply_extrinsic", Bytes(extrinsic.to_vec()), best],
			)
			.await?;
		let outcome = sp_runtime::ApplyExtrinsicResult::decode(&mut &result[..])
			.map_err(|e| self.failed(&format!("{what}: the dry run's answer"), e))?;
		match outcome {
			Ok(Ok(())) => Ok(()),
			Ok(Err(error)) => Err(Error::refused(format!(
				"{what} would fail: {}; nothing was sent",
				dispatch_error_text(&error, metadata)
			))),
			// Transactions of this signer are still in the pool: the state the dry run sees
			// lacks them. The pool orders this one after them.
			Err(TransactionValidityError::Invalid(InvalidTransaction::Future)) => Ok(()),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(code))) => {
				Err(Error::refused(format!(
					"{what} is invalid: custom error {code} (see docs/who-pays.md); nothing was sent"
				)))
			},
			Err(TransactionValidityError::Invalid(invalid)) => Err(Error::refused(format!(
				"{what} is invalid: {}; nothing was sent",
				<&'static str>::from(invalid)
			))),
			Err(TransactionValidityError::Unknown(unknown)) => Err(Error::refused(format!(
				"{what} cannot be checked: {}; nothing was sent",
				<&'static str>::from(unknown)
			))),
		}
	}
}

/// `Pallet::Error (its documentation)`.
fn error_text(pallet: &str, error: &str, docs: &[String]) -> String {
	let docs = docs.join(" ");
	if docs.trim().is_empty() {
		format!("{pallet}::{error}")
	} else {
		format!("{pallet}::{error} ({})", docs.trim())
	}
}

/// A runtime dispatch error with the pallet error named from the metadata.
fn dispatch_error_text(error: &sp_runtime::DispatchError, metadata: &subxt::Metadata) -> String {
	match error {
		sp_runtime::DispatchError::Module(module) => metadata
			.pallet_by_error_index(module.index)
			.and_then(|pallet| {
				pallet
					.error_variant_by_index(module.error[0])
					.map(|variant| error_text(pallet.name(), &variant.name, &variant.docs))
			})
			.unwrap_or_else(|| format!("{error:?}")),
		other => format!("{other:?}"),
	}
}
