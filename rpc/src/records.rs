//! `records_*`: record verification, patient record indexes and audit heads, answered by the
//! ehr-anchor pallet's `EhrAnchorApi`.
//!
//! Records are anchored on chain by `pallet-ehr-anchor` and its runtime API keeps that name;
//! clients see them as records (this namespace and the `medchain-records` library). This
//! module is where the two names meet.

use std::{marker::PhantomData, sync::Arc};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_ehr_anchor::{
	runtime_api::{EhrAnchorApi, RecordPage},
	AuditHead, Batch, BatchId, ContentHash, Record, RecordId, Verdict, MAX_PROOF_ITEMS,
};
use pallet_patient_identity::PatientId;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

use crate::{
	at_or_best,
	error::{invalid_params, runtime_error},
};

/// Record verification, patient record indexes and audit heads.
#[rpc(client, server, namespace = "records")]
pub trait RecordsApi<BlockHash> {
	/// Is `hash` the current version of `record`? Returns `{"current": {...}}`,
	/// `{"superseded": {"version", "currentVersion", "currentHash"}}`,
	/// `{"retracted": {"reason"}}` or `"unknown"`.
	#[method(name = "verify")]
	fn verify(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<BlockHash>,
	) -> RpcResult<Verdict>;

	/// The same for a record in batch `batch`, proven by its leaf index and the sibling hashes
	/// from the leaf up (at most 32). `"invalidProof"` when they do not lead to the batch root.
	#[method(name = "verifyInBatch")]
	fn verify_in_batch(
		&self,
		batch: BatchId,
		record: RecordId,
		hash: ContentHash,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<Verdict>;

	/// An individually anchored record, or `null`.
	#[method(name = "record")]
	fn record(&self, record: RecordId, at: Option<BlockHash>) -> RpcResult<Option<Record>>;

	/// A batch anchor, or `null`.
	#[method(name = "batch")]
	fn batch(&self, batch: BatchId, at: Option<BlockHash>) -> RpcResult<Option<Batch>>;

	/// Up to `limit` (at most 256) entries of a patient's record index from position `from`:
	/// what exists at which custodian, in which category, at which version.
	#[method(name = "ofPatient")]
	fn of_patient(
		&self,
		patient: PatientId,
		from: u32,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<RecordPage>;

	/// The head and length of a patient's access audit chain.
	#[method(name = "auditHead")]
	fn audit_head(&self, patient: PatientId, at: Option<BlockHash>) -> RpcResult<AuditHead>;
}

/// Serves `records_*` ([`RecordsApiServer`]) from the client's runtime (`EhrAnchorApi`).
pub struct Records<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Records<C, Block> {
	/// Answer from `client`'s runtime.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block> RecordsApiServer<Block::Hash> for Records<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: EhrAnchorApi<Block>,
{
	fn verify(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().verify(at, record, hash).map_err(runtime_error)
	}

	fn verify_in_batch(
		&self,
		batch: BatchId,
		record: RecordId,
		hash: ContentHash,
		leaf_index: u32,
		proof: Vec<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		if proof.len() > MAX_PROOF_ITEMS {
			return Err(invalid_params(format!("a proof has at most {MAX_PROOF_ITEMS} hashes")));
		}
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client
			.runtime_api()
			.verify_in_batch(at, batch, record, hash, leaf_index, proof)
			.map_err(runtime_error)
	}

	fn record(&self, record: RecordId, at: Option<Block::Hash>) -> RpcResult<Option<Record>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().record(at, record).map_err(runtime_error)
	}

	fn batch(&self, batch: BatchId, at: Option<Block::Hash>) -> RpcResult<Option<Batch>> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().batch(at, batch).map_err(runtime_error)
	}

	fn of_patient(
		&self,
		patient: PatientId,
		from: u32,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<RecordPage> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().records_of(at, patient, from, limit).map_err(runtime_error)
	}

	fn audit_head(&self, patient: PatientId, at: Option<Block::Hash>) -> RpcResult<AuditHead> {
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().audit_head(at, patient).map_err(runtime_error)
	}
}
