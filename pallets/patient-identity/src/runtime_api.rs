//! Runtime API for identity lookups, served over JSON-RPC by the node (`identity_*`).

use crate::{
	Commitment, DelegatePermissions, OrganizationId, OrganizationKind, OrganizationRoles,
	OrganizationStatus, PatientId,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A patient as wallets and provider systems see it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PatientView<AccountId, Balance> {
	pub id: PatientId,
	pub account: AccountId,
	pub commitment: Commitment,
	pub registered_at: u64,
	pub delegates: Vec<(AccountId, DelegatePermissions)>,
	pub recovery_threshold: u8,
	pub links: u32,
	pub deposit: Balance,
}

/// An organization as wallets and provider systems see it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationView<AccountId> {
	pub id: OrganizationId,
	pub kind: OrganizationKind,
	pub roles: OrganizationRoles,
	pub status: OrganizationStatus,
	pub admin: AccountId,
	pub operators: Vec<AccountId>,
}

sp_api::decl_runtime_apis! {
	/// Look up patients and organizations.
	pub trait PatientIdentityApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The patient `account` controls, if it is a patient.
		fn patient_by_account(account: AccountId) -> Option<PatientView<AccountId, Balance>>;
		/// A patient by id.
		fn patient(patient: PatientId) -> Option<PatientView<AccountId, Balance>>;
		/// An organization by id.
		fn organization(organization: OrganizationId) -> Option<OrganizationView<AccountId>>;
		/// The organization `account` is an admin or operator of.
		fn organization_of(account: AccountId) -> Option<OrganizationView<AccountId>>;
	}
}
