//! `identity_*`: patient and organization lookups, answered by `PatientIdentityApi`.

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_patient_identity::{
	runtime_api::{OrganizationView, PatientIdentityApi, PatientView},
	OrganizationId, PatientId,
};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{at_or_best, error::runtime_error};

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

/// Serves `identity_*` ([`IdentityApiServer`]) from the client's runtime.
pub struct Identity<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Identity<C, Block> {
	/// Answer from `client`'s runtime.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block, AccountId, Balance> IdentityApiServer<Block::Hash, AccountId, Balance>
	for Identity<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: PatientIdentityApi<Block, AccountId, Balance>,
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
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().patient_by_account(at, account).map_err(runtime_error)
	}

	fn patient(
		&self,
		patient: PatientId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PatientView<AccountId, Balance>>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().patient(at, patient).map_err(runtime_error)
	}

	fn organization(
		&self,
		organization: OrganizationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().organization(at, organization).map_err(runtime_error)
	}

	fn organization_of(
		&self,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<OrganizationView<AccountId>>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().organization_of(at, account).map_err(runtime_error)
	}
}
