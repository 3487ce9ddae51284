//! JSON-RPC for provider systems, wallets and auditors: identity lookups (`identity_*`), access
//! checks (`consent_*`) and record verification, indexes and audit heads (`records_*`), answered
//! and cross-chain state (`bridge_*`: leases, exports, shared record fingerprints), answered by
//! the runtime APIs at the best block or at a given block hash.

use std::{
	sync::Arc,
	time::{Duration, SystemTime, UNIX_EPOCH},
};

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use pallet_consent::{
	runtime_api::{ConsentApi as ConsentRuntimeApi, ConsentsView},
	AccessDecision, Category, Custodian, DenyReason, Purpose,
};
use pallet_ehr_anchor::{
	runtime_api::{EhrAnchorApi as RecordsRuntimeApi, RecordPage},
	AuditHead, Batch, BatchId, ContentHash, Record, RecordId, Verdict, MAX_PROOF_ITEMS,
};
use pallet_medchain_bridge::{
	runtime_api::{BridgeStatus, ExportView, LeaseView, MedchainBridgeApi as BridgeRuntimeApi},
	RemoteVerdict,
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

/// Error code for a parameter the runtime would never accept (JSON-RPC "invalid params").
pub const INVALID_PARAMS: i32 = -32602;

/// Error code of `consent_checkAccess` on a node whose best block is older than its bound: it
/// has stopped importing blocks (cut off, or the chain halted), so what it knows of consent
/// may be out of date.
pub const STALE_NODE: i32 = 2;

/// The default bound on the best block's age for `consent_checkAccess`, in seconds: ten
/// 6-second slots. A healthy chain authors a block every slot; a minute without one means
/// this node or the chain has stopped.
pub const DEFAULT_MAX_BEST_BLOCK_AGE_SECS: u64 = 60;

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
	/// `purpose` (for data held by `custodian`: a number for an organization of this chain,
	/// `{"chain": "0x<genesis>", "organization": n}` for one of another chain)? Returns
	/// `{"granted": {...}}`, `{"emergency": {...}}`, `{"leased": {...}}` or
	/// `{"denied": "<reason>"}`.
	///
	/// Without `at`, access is allowed only when the decision holds at both the best and the
	/// finalized block (a revocation counts at once, a new grant once final), and a node whose
	/// best block is older than its `--max-best-block-age` answers error [`STALE_NODE`]
	/// instead of a decision. With `at`, the decision as of that block (for audits).
	#[method(name = "checkAccess")]
	fn check_access(
		&self,
		patient: AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
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
		proof: Vec<sp_core::H256>,
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

/// Serves the APIs from the client's runtime.
/// The bridge to the peer consortium chain.
#[rpc(client, server, namespace = "bridge")]
pub trait BridgeApi<BlockHash, AccountId> {
	/// This chain's and the peer's genesis hashes, the lease period (ms) and renewal interval.
	#[method(name = "status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<BridgeStatus>;

	/// Leases held here on consents the patient (by key) gave on the peer chain.
	#[method(name = "leases")]
	fn leases(&self, patient: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<LeaseView>>;

	/// Consents a patient exported to the peer chain.
	#[method(name = "exports")]
	fn exports(&self, patient: PatientId, at: Option<BlockHash>) -> RpcResult<Vec<ExportView>>;

	/// Check a copy of a record against the fingerprint the peer chain shared: `{"current":
	/// {custodian, version}}`, `{"mismatch": {...}}`, `{"retracted": {...}}` or `"unknown"`.
	#[method(name = "verifyRecord")]
	fn verify_record(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<BlockHash>,
	) -> RpcResult<RemoteVerdict>;
}

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

/// `consent_*`: access checks, with the node's bound on its best block's age.
pub struct Access<C, Block> {
	client: Arc<C>,
	max_best_block_age: Duration,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Access<C, Block> {
	pub fn new(client: Arc<C>, max_best_block_age: Duration) -> Self {
		Self { client, max_best_block_age, _block: Default::default() }
	}
}

/// Whether access is allowed by a decision (a grant, break-glass or a lease).
fn allows(decision: &AccessDecision<u64>) -> bool {
	!matches!(decision, AccessDecision::Denied(_))
}

/// The answer from the decisions at the best and at the finalized block: the best block's
/// when both allow or the best denies (a revocation counts at once), `notFinal` when only the
/// best allows.
pub fn combine(best: AccessDecision<u64>, finalized: AccessDecision<u64>) -> AccessDecision<u64> {
	match (allows(&best), allows(&finalized)) {
		(true, false) => AccessDecision::Denied(DenyReason::NotFinal),
		_ => best,
	}
}

/// How old a block of time `block_ms` is at `now_ms`, if older than `max`.
pub fn too_old(block_ms: u64, now_ms: u64, max: Duration) -> Option<Duration> {
	let age = Duration::from_millis(now_ms.saturating_sub(block_ms));
	(age > max).then_some(age)
}

fn stale_error(age: Duration, max: Duration) -> ErrorObjectOwned {
	ErrorObject::owned(
		STALE_NODE,
		"this node's best block is too old to decide access: it is not importing blocks",
		Some(serde_json::json!({
			"bestBlockAgeSecs": age.as_secs(),
			"maxBestBlockAgeSecs": max.as_secs(),
		})),
	)
}

impl<C, Block> Access<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
{
	/// The runtime's `ConsentApi` version at `at` (1 before custodians of other chains).
	fn api_version<AccountId>(&self, at: Block::Hash) -> RpcResult<u32>
	where
		C::Api: ConsentRuntimeApi<Block, AccountId>,
		AccountId: codec::Codec,
	{
		use sp_api::ApiExt;
		let version = self
			.client
			.runtime_api()
			.api_version::<dyn ConsentRuntimeApi<Block, AccountId>>(at)
			.map_err(runtime_error)?;
		Ok(version.unwrap_or(1))
	}

	/// The decision as of block `at`, whose runtime has `ConsentApi` version `version`.
	#[allow(clippy::too_many_arguments)]
	fn decide_at<AccountId>(
		&self,
		at: Block::Hash,
		version: u32,
		patient: &AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
	) -> RpcResult<AccessDecision<u64>>
	where
		C::Api: ConsentRuntimeApi<Block, AccountId>,
		AccountId: codec::Codec + Clone,
	{
		let api = self.client.runtime_api();
		if version >= 2 {
			return api
				.check_access(at, patient.clone(), organization, category, purpose, custodian)
				.map_err(runtime_error);
		}
		// A runtime from before custodians of other chains: it knows only this chain's.
		let custodian = match custodian {
			None => None,
			Some(Custodian::Local(c)) => Some(c),
			Some(Custodian::Remote { .. }) => {
				return Err(ErrorObject::owned(
					INVALID_PARAMS,
					"this chain's runtime checks custodians of this chain only",
					None::<()>,
				))
			},
		};
		#[allow(deprecated)]
		api.check_access_before_version_2(
			at,
			patient.clone(),
			organization,
			category,
			purpose,
			custodian,
		)
		.map_err(runtime_error)
	}

	/// An error when the best block (whose runtime has `ConsentApi` version `version`) is
	/// older than the bound. A runtime from before block times were readable (`ConsentApi` 1)
	/// is not checked.
	fn ensure_fresh<AccountId>(&self, best: Block::Hash, version: u32) -> RpcResult<()>
	where
		C::Api: ConsentRuntimeApi<Block, AccountId>,
		AccountId: codec::Codec,
	{
		if version < 2 {
			return Ok(());
		}
		let api = self.client.runtime_api();
		let block_ms = ConsentRuntimeApi::<Block, AccountId>::block_time_ms(&*api, best)
			.map_err(runtime_error)?;
		let now_ms = SystemTime::now()
			.duration_since(UNIX_EPOCH)
			.map(|d| d.as_millis() as u64)
			.unwrap_or_default();
		match too_old(block_ms, now_ms, self.max_best_block_age) {
			Some(age) => Err(stale_error(age, self.max_best_block_age)),
			None => Ok(()),
		}
	}
}

impl<C, Block, AccountId> ConsentApiServer<Block::Hash, AccountId> for Access<C, Block>
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
		custodian: Option<Custodian>,
		at: Option<Block::Hash>,
	) -> RpcResult<AccessDecision<u64>> {
		// The runtime's API version is read once per block asked at.
		let decide = |hash, version| {
			self.decide_at(hash, version, &patient, organization, category, purpose, custodian)
		};
		let version_at = |hash| self.api_version::<AccountId>(hash);
		if let Some(at) = at {
			return decide(at, version_at(at)?);
		}
		let info = self.client.info();
		let best_version = version_at(info.best_hash)?;
		self.ensure_fresh::<AccountId>(info.best_hash, best_version)?;
		let best = decide(info.best_hash, best_version)?;
		if !allows(&best) || info.finalized_hash == info.best_hash {
			return Ok(best);
		}
		Ok(combine(best, decide(info.finalized_hash, version_at(info.finalized_hash)?)?))
	}

	fn consents(
		&self,
		patient: PatientId,
		at: Option<Block::Hash>,
	) -> RpcResult<ConsentsView<AccountId>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		self.client.runtime_api().consents(at, patient).map_err(runtime_error)
	}
}

impl<C, Block> RecordsApiServer<Block::Hash> for Health<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RecordsRuntimeApi<Block>,
{
	fn verify(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		self.client.runtime_api().verify(self.at(at), record, hash).map_err(runtime_error)
	}

	fn verify_in_batch(
		&self,
		batch: BatchId,
		record: RecordId,
		hash: ContentHash,
		leaf_index: u32,
		proof: Vec<sp_core::H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<Verdict> {
		if proof.len() > MAX_PROOF_ITEMS {
			return Err(ErrorObject::owned(
				INVALID_PARAMS,
				format!("a proof has at most {MAX_PROOF_ITEMS} hashes"),
				None::<()>,
			));
		}
		self.client
			.runtime_api()
			.verify_in_batch(self.at(at), batch, record, hash, leaf_index, proof)
			.map_err(runtime_error)
	}

	fn record(&self, record: RecordId, at: Option<Block::Hash>) -> RpcResult<Option<Record>> {
		self.client.runtime_api().record(self.at(at), record).map_err(runtime_error)
	}

	fn batch(&self, batch: BatchId, at: Option<Block::Hash>) -> RpcResult<Option<Batch>> {
		self.client.runtime_api().batch(self.at(at), batch).map_err(runtime_error)
	}

	fn of_patient(
		&self,
		patient: PatientId,
		from: u32,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<RecordPage> {
		self.client
			.runtime_api()
			.records_of(self.at(at), patient, from, limit)
			.map_err(runtime_error)
	}

	fn audit_head(&self, patient: PatientId, at: Option<Block::Hash>) -> RpcResult<AuditHead> {
		self.client.runtime_api().audit_head(self.at(at), patient).map_err(runtime_error)
	}
}

impl<C, Block, AccountId> BridgeApiServer<Block::Hash, AccountId> for Health<C, Block>
where
	Block: BlockT,
	AccountId: codec::Codec + Send + Sync + 'static,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: BridgeRuntimeApi<Block, AccountId>,
{
	fn status(&self, at: Option<Block::Hash>) -> RpcResult<BridgeStatus> {
		self.client.runtime_api().status(self.at(at)).map_err(runtime_error)
	}

	fn leases(&self, patient: AccountId, at: Option<Block::Hash>) -> RpcResult<Vec<LeaseView>> {
		self.client.runtime_api().leases_of(self.at(at), patient).map_err(runtime_error)
	}

	fn exports(&self, patient: PatientId, at: Option<Block::Hash>) -> RpcResult<Vec<ExportView>> {
		self.client.runtime_api().exports_of(self.at(at), patient).map_err(runtime_error)
	}

	fn verify_record(
		&self,
		record: RecordId,
		hash: ContentHash,
		at: Option<Block::Hash>,
	) -> RpcResult<RemoteVerdict> {
		self.client
			.runtime_api()
			.verify_remote_record(self.at(at), record, hash)
			.map_err(runtime_error)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn granted() -> AccessDecision<u64> {
		AccessDecision::Granted { grant: 1, expires_at: None }
	}

	#[test]
	fn access_needs_the_best_and_the_finalized_block_to_agree() {
		let denied = AccessDecision::Denied(DenyReason::NoGrant);
		let expired = AccessDecision::Denied(DenyReason::Expired);
		assert_eq!(combine(granted(), granted()), granted());
		// A grant not yet final does not count.
		assert_eq!(combine(granted(), denied), AccessDecision::Denied(DenyReason::NotFinal));
		// A revocation or expiry counts at once, though the finalized block still allows.
		assert_eq!(combine(expired.clone(), granted()), expired);
	}

	#[test]
	fn a_best_block_older_than_the_bound_is_stale() {
		let max = Duration::from_secs(60);
		assert_eq!(too_old(1_000_000, 1_060_000, max), None);
		assert_eq!(too_old(1_000_000, 1_060_001, max), Some(Duration::from_millis(60_001)));
		// A block time ahead of the local clock is not stale.
		assert_eq!(too_old(2_000_000, 1_000_000, max), None);
	}
}
