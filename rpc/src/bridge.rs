//! `bridge_*`: the bridges to peer consortium chains (configuration, peers, leases, exports
//! and shared record fingerprints), answered by `MedchainBridgeApi`.

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_ehr_anchor::{ContentHash, RecordId};
use pallet_medchain_bridge::{
	runtime_api::{BridgeStatus, ExportView, LeaseView, MedchainBridgeApi, PeerView},
	ChainId, RemoteVerdict,
};
use pallet_patient_identity::PatientId;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{at_or_best, error::runtime_error};

/// The bridges to peer consortium chains.
#[rpc(client, server, namespace = "bridge")]
pub trait BridgeApi<BlockHash, AccountId> {
	/// This chain's genesis hash, slot 0's peer, the lease period (ms) and heartbeat interval.
	#[method(name = "status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<BridgeStatus>;

	/// The peer chains by slot: status, exports to each, heartbeats sent and received.
	#[method(name = "peers")]
	fn peers(&self, at: Option<BlockHash>) -> RpcResult<Vec<PeerView>>;

	/// Leases held here on consents the patient (by key) gave on peer chains.
	#[method(name = "leases")]
	fn leases(&self, patient: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<LeaseView>>;

	/// Consents a patient exported to peer chains (`to.chain` says where each lives).
	#[method(name = "exports")]
	fn exports(&self, patient: PatientId, at: Option<BlockHash>) -> RpcResult<Vec<ExportView>>;

	/// Check a copy of a record against the fingerprint a peer chain shared (any peer's; one
	/// that matches first): `{"current": {custodian, version}}`, `{"mismatch": {...}}`,
	/// `{"retracted": {...}}` or `"unknown"`. The custodian names its chain.
	#[method(name = "verifyRecord")]
	fn verify_record(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<BlockHash>,
	) -> RpcResult<RemoteVerdict>;

	/// [`Self::verify_record`] against the fingerprint peer `chain` shared.
	#[method(name = "verifyRecordFrom")]
	fn verify_record_from(
		&self,
		record: RecordId,
		hash: ContentHash,
		chain: ChainId,
		at: Option<BlockHash>,
	) -> RpcResult<RemoteVerdict>;
}

/// Serves `bridge_*` ([`BridgeApiServer`]) from the client's runtime.
pub struct Bridge<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Bridge<C, Block> {
	/// Answer from `client`'s runtime.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block, AccountId> BridgeApiServer<Block::Hash, AccountId> for Bridge<C, Block>
where
	Block: BlockT,
	AccountId: codec::Codec + Send + Sync + 'static,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: MedchainBridgeApi<Block, AccountId>,
{
	fn status(&self, at: Option<Block::Hash>) -> RpcResult<BridgeStatus> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().status(at).map_err(runtime_error)
	}

	fn peers(&self, at: Option<Block::Hash>) -> RpcResult<Vec<PeerView>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().peers(at).map_err(runtime_error)
	}

	fn leases(&self, patient: AccountId, at: Option<Block::Hash>) -> RpcResult<Vec<LeaseView>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().leases_of(at, patient).map_err(runtime_error)
	}

	fn exports(&self, patient: PatientId, at: Option<Block::Hash>) -> RpcResult<Vec<ExportView>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().exports_of(at, patient).map_err(runtime_error)
	}

	fn verify_record(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<Block::Hash>,
	) -> RpcResult<RemoteVerdict> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().verify_remote_record(at, record, hash).map_err(runtime_error)
	}

	fn verify_record_from(
		&self,
		record: RecordId,
		hash: ContentHash,
		chain: ChainId,
		at: Option<Block::Hash>,
	) -> RpcResult<RemoteVerdict> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client
			.runtime_api()
			.verify_remote_record_from(at, record, hash, chain)
			.map_err(runtime_error)
	}
}
