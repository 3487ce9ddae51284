//! Runtime API for access checks and consent lookups, served over JSON-RPC by the node
//! (`consent_*`).

use crate::{
	AccessDecision, Category, CategorySet, Custodian, EmergencyReason, GrantId, Purpose,
	PurposeSet, RequestId,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use pallet_patient_identity::{OrganizationId, PatientId};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A grant as wallets and provider systems see it (block numbers as `u64`).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantView {
	pub id: GrantId,
	pub grantees: Vec<OrganizationId>,
	pub categories: Vec<Category>,
	pub purposes: Vec<Purpose>,
	pub custodians: Vec<OrganizationId>,
	pub starts_at: u64,
	pub expires_at: Option<u64>,
}

/// A pending request.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestView<AccountId> {
	pub id: RequestId,
	pub organization: OrganizationId,
	pub requester: AccountId,
	pub categories: Vec<Category>,
	pub purposes: Vec<Purpose>,
	pub custodians: Vec<OrganizationId>,
	pub duration: u64,
	pub expires_at: u64,
}

/// Open break-glass access.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyView<AccountId> {
	pub organization: OrganizationId,
	pub operator: AccountId,
	pub reason: EmergencyReason,
	pub opened_at: u64,
	pub expires_at: u64,
}

/// Everything consent-related for one patient.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentsView<AccountId> {
	pub patient: PatientId,
	pub grants: Vec<GrantView>,
	pub requests: Vec<RequestView<AccountId>>,
	pub emergency: Vec<EmergencyView<AccountId>>,
	pub emergency_opt_out: bool,
}

/// The categories in a set, in code order.
pub fn categories(set: CategorySet) -> Vec<Category> {
	Category::ALL.iter().copied().filter(|c| set.contains(c.flag())).collect()
}

/// The purposes in a set, in code order.
pub fn purposes(set: PurposeSet) -> Vec<Purpose> {
	Purpose::ALL.iter().copied().filter(|p| set.contains(p.flag())).collect()
}

sp_api::decl_runtime_apis! {
	/// Access checks and consent lookups.
	///
	/// Version 2: the custodian may be an organization of another chain, and `block_time_ms`.
	#[api_version(2)]
	pub trait ConsentApi<AccountId> where AccountId: Codec {
		/// May `organization` access `category` of the patient controlling `patient` for
		/// `purpose`, for data held by `custodian` (of this chain or another), at this block?
		fn check_access(
			patient: AccountId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<Custodian>,
		) -> AccessDecision<u64>;
		/// Version 1: for data held by `custodian`, an organization of this chain.
		#[changed_in(2)]
		fn check_access(
			patient: AccountId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> AccessDecision<u64>;
		/// A patient's grants, pending requests and break-glass accesses.
		fn consents(patient: PatientId) -> ConsentsView<AccountId>;
		/// This block's time (UNIX ms), by which a node tells how old its best block is.
		#[api_version(2)]
		fn block_time_ms() -> u64;
	}
}
