//! `consent_*`: access checks and consent lookups, answered by `ConsentApi`.
//!
//! An access check without a block hash is the one a provider system asks before it releases
//! data, so the answer is a safe one: allowed only when the decision holds at both the best
//! and the finalized block, and refused with an error ([`STALE_NODE`]) by a node that has
//! stopped importing blocks.

use std::{
	marker::PhantomData,
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
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use crate::{
	at_or_best,
	error::{invalid_params, runtime_error},
};

/// Error code of `consent_checkAccess` on a node whose best block is older than its bound: it
/// has stopped importing blocks (cut off, or the chain halted), so what it knows of consent
/// may be out of date.
pub const STALE_NODE: i32 = 2;

/// The default bound on the best block's age for `consent_checkAccess`, in seconds: ten
/// 6-second slots. A healthy chain authors a block every slot; a minute without one means
/// this node or the chain has stopped.
pub const DEFAULT_MAX_BEST_BLOCK_AGE_SECS: u64 = 60;

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

/// Serves `consent_*` ([`ConsentApiServer`]) from the client's runtime, with the node's bound
/// on its best block's age.
pub struct Consent<C, Block> {
	client: Arc<C>,
	max_best_block_age: Duration,
	_block: PhantomData<Block>,
}

impl<C, Block> Consent<C, Block> {
	/// Answer from `client`'s runtime; refuse undated access checks when the best block is
	/// older than `max_best_block_age`.
	pub fn new(client: Arc<C>, max_best_block_age: Duration) -> Self {
		Self { client, max_best_block_age, _block: PhantomData }
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

/// The [`STALE_NODE`] error: the best block's age and the bound, in seconds.
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

impl<C, Block> Consent<C, Block>
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
				return Err(invalid_params(
					"this chain's runtime checks custodians of this chain only",
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

impl<C, Block, AccountId> ConsentApiServer<Block::Hash, AccountId> for Consent<C, Block>
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
		let at = at_or_best::<Block, _>(&*self.client, at);
		self.client.runtime_api().consents(at, patient).map_err(runtime_error)
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
