//! JSON-RPC for provider systems and wallets: identity lookups (`identity_*`) and access checks
//! (`consent_*`), answered by the runtime APIs at the best block or at a given block hash.

use std::sync::Arc;

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use pallet_consent::{
	runtime_api::{ConsentApi as ConsentRuntimeApi, ConsentsView},
	AccessDecision, Category, Purpose,
};
use pallet_patient_identity::{
	runtime_api::{OrganizationView, PatientIdentityApi as IdentityRuntimeApi, PatientView},
	OrganizationId, PatientId,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

/// Error code for a failed runtime API call (the runtime could not answer).
pub const RUNTIME_ERROR: i32 = 1;

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime API call failed", Some(format!("{e:?}")))
}

/// Identity lookups.
#[rpc(client, server, namespace = "identity")]
pub trait IdentityApi<BlockHash, AccountId, Balance> {
	/// The patient an account (SS58) controls, or `null`.
	#[method(name = "patientByAccount")]
	fn patient_by_account(
		&self,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PatientView<AccountId, Balance>>>;

	/// A patient by id, or `null`.
	#[method(name = "patient")]
	fn patient(
		&self,
		patient: PatientId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PatientView<AccountId, Balance>>>;

	/// An organization by id, or `null`.
	#[method(name = "organization")]
	fn organization(
		&self,
		organization: OrganizationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>>;

	/// The organization an admin or operator account belongs to, or `null`.
	#[method(name = "organizationOf")]
	fn organization_of(
		&self,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>>;
}

/// Access checks and consent lookups.
#[rpc(client, server, namespace = "consent")]
pub trait ConsentApi<BlockHash, AccountId> {
	/// May `organization` access `category` of the patient controlling `patient` for
	/// `purpose` (for data held by `custodian`)? Returns `{"granted": {...}}`,
	/// `{"emergency": {...}}` or `{"denied": "<reason>"}`.
	#[method(name = "checkAccess")]
	fn check_access(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
		at: Option<BlockHash>,
	) -> RpcResult<AccessDecision<u64>>;

	/// A patient's grants, pending requests and break-glass accesses.
	#[method(name = "consents")]
	fn consents(
		&self,
		patient: PatientId,
		at: Option<BlockHash>,
	) -> RpcResult<ConsentsView<AccountId>>;
}

/// Serves both APIs from the client's runtime.
pub struct Health<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Health<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block: BlockT> Health<C, Block>
where
	C: HeaderBackend<Block>,
{
	fn at(&self, at: Option<Block::Hash>) -> Block::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C, Block, AccountId, Balance> IdentityApiServer<Block::Hash, AccountId, Balance>
	for Health<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IdentityRuntimeApi<Block, AccountId, Balance>,
	AccountId: codec::Codec
		+ Clone
		+ Send
		+ Sync
		+ serde::Serialize
		+ serde::de::DeserializeOwned
		+ 'static,
	Balance: codec::Codec + Send + Sync + serde::Serialize + 'static,
{
	fn patient_by_account(
		&self,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PatientView<AccountId, Balance>>> {
		self.client.runtime_api().patient_by_account(self.at(at), account).map_err(runtime_error)
	}

	fn patient(
		&self,
		patient: PatientId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PatientView<AccountId, Balance>>> {
		self.client.runtime_api().patient(self.at(at), patient).map_err(runtime_error)
	}

	fn organization(
		&self,
		organization: OrganizationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>> {
		self.client.runtime_api().organization(self.at(at), organization).map_err(runtime_error)
	}

	fn organization_of(
		&self,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>> {
		self.client.runtime_api().organization_of(self.at(at), account).map_err(runtime_error)
	}
}

impl<C, Block, AccountId> ConsentApiServer<Block::Hash, AccountId> for Health<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ConsentRuntimeApi<Block, AccountId>,
	AccountId: codec::Codec
		+ Clone
		+ Send
		+ Sync
		+ serde::Serialize
		+ serde::de::DeserializeOwned
		+ 'static,
{
	fn check_access(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
		at: Option<Block::Hash>,
	) -> RpcResult<AccessDecision<u64>> {
		self.client
			.runtime_api()
			.check_access(self.at(at), patient, organization, category, purpose, custodian)
			.map_err(runtime_error)
	}

	fn consents(
		&self,
		patient: PatientId,
		at: Option<Block::Hash>,
	) -> RpcResult<ConsentsView<AccountId>> {
		self.client.runtime_api().consents(self.at(at), patient).map_err(runtime_error)
	}
}
