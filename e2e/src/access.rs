//! Asking a node whether an organization may access a patient's data, as a provider system
//! does: `consent_checkAccess`, called typed through `medchain-rpc`'s [`ConsentApiClient`].

use medchain_rpc::ConsentApiClient;
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use subxt::utils::{AccountId32, H256};

use crate::Rpc;

/// `consent_checkAccess` at `at` (a block hash), or, without `at`, once finality has reached
/// the block that was best when called: the node allows access only when the decision holds
/// at the finalized block too, so a grant just included counts once it is final (as a provider
/// system retrying a fresh grant sees it).
pub async fn check_access(
	rpc: &Rpc,
	patient: &AccountId32,
	organization: u32,
	category: Category,
	purpose: Purpose,
	at: Option<H256>,
) -> crate::Result<AccessDecision<u64>> {
	if at.is_none() {
		let best = rpc.best_number().await?;
		let deadline = std::time::Instant::now() + crate::CHAIN_TIMEOUT;
		while rpc.finalized_number().await? < best {
			if std::time::Instant::now() > deadline {
				return Err(format!("finality did not reach block {best}"));
			}
			tokio::time::sleep(std::time::Duration::from_millis(100)).await;
		}
	}
	check_access_now(rpc, patient, organization, category, purpose, at).await
}

/// `consent_checkAccess` as it answers now, at `at` or (without) the best and finalized blocks,
/// for data of any custodian.
pub async fn check_access_now(
	rpc: &Rpc,
	patient: &AccountId32,
	organization: u32,
	category: Category,
	purpose: Purpose,
	at: Option<H256>,
) -> crate::Result<AccessDecision<u64>> {
	ConsentApiClient::<H256, AccountId32>::check_access(
		rpc.api(),
		*patient,
		organization,
		category,
		purpose,
		None,
		at,
	)
	.await
	.map_err(|e| format!("consent_checkAccess: {e:?}"))
}

/// Whether a `consent_checkAccess` answer grants access (by a grant, break-glass or a lease on
/// a consent given on another chain).
pub fn allowed(decision: &AccessDecision<u64>) -> bool {
	!matches!(decision, AccessDecision::Denied(_))
}

/// The deny reason of a `consent_checkAccess` answer, if it denies.
pub fn denied(decision: &AccessDecision<u64>) -> Option<DenyReason> {
	match decision {
		AccessDecision::Denied(reason) => Some(*reason),
		_ => None,
	}
}
