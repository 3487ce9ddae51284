//! Runtime API for the bridge's state, served over JSON-RPC by the node (`bridge_*`).

use crate::{ChainId, ExportId, LeaseScope, RemoteOrg, RemoteVerdict};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use pallet_consent::{runtime_api::categories, runtime_api::purposes, Category, Purpose};
use pallet_ehr_anchor::RecordId;
use pallet_patient_identity::{OrganizationId, PatientId};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// The bridge's configuration as this chain sees it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BridgeStatus {
	/// This chain's genesis hash (known from block 1).
	pub this_chain: Option<ChainId>,
	/// The bridged chain, once governance has set it.
	pub peer: Option<ChainId>,
	/// Lease period for consents exported from here (ms).
	pub lease_period: u64,
	/// Blocks between renewals.
	pub renew_every: u32,
}

/// A scope as wallets and explorers show it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScopeView {
	pub categories: Vec<Category>,
	pub purposes: Vec<Purpose>,
	pub custodians: Vec<OrganizationId>,
	pub expires_at: Option<u64>,
}

impl From<&LeaseScope> for ScopeView {
	fn from(s: &LeaseScope) -> Self {
		ScopeView {
			categories: categories(s.categories),
			purposes: purposes(s.purposes),
			custodians: s.custodians.to_vec(),
			expires_at: s.expires_at,
		}
	}
}

/// A lease held here on a consent given on another chain.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaseView {
	pub chain: ChainId,
	pub export: ExportId,
	pub organization: OrganizationId,
	pub scope: ScopeView,
	pub valid_until: u64,
}

/// A consent exported from here.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportView {
	pub export: ExportId,
	pub to: RemoteOrg,
	pub scope: ScopeView,
	pub valid_until: u64,
}

sp_api::decl_runtime_apis! {
	/// Cross-chain state: configuration, leases, exports and shared record fingerprints.
	pub trait MedchainBridgeApi<AccountId> where AccountId: Codec {
		/// The bridge's configuration.
		fn status() -> BridgeStatus;
		/// Leases held here for the patient whose key is `patient`.
		fn leases_of(patient: AccountId) -> Vec<LeaseView>;
		/// A patient's exported consents.
		fn exports_of(patient: PatientId) -> Vec<ExportView>;
		/// Check a copy of a record against the fingerprint the peer shared.
		fn verify_remote_record(record: RecordId, hash: sp_core::H256) -> RemoteVerdict;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// [`MedchainBridgeApi::status`].
	pub fn status() -> BridgeStatus {
		use sp_runtime::SaturatedConversion;
		BridgeStatus {
			this_chain: crate::ThisChain::<T>::get(),
			peer: crate::Peer::<T>::get(),
			lease_period: crate::LeasePeriod::<T>::get(),
			renew_every: Self::renew_interval().saturated_into(),
		}
	}

	/// [`MedchainBridgeApi::leases_of`].
	pub fn leases_of(patient: T::AccountId) -> Vec<LeaseView> {
		crate::Leases::<T>::iter_prefix(patient)
			.map(|(export, l)| LeaseView {
				chain: l.chain,
				export,
				organization: l.organization,
				scope: (&l.scope).into(),
				valid_until: l.valid_until,
			})
			.collect()
	}

	/// [`MedchainBridgeApi::exports_of`].
	pub fn exports_of(patient: PatientId) -> Vec<ExportView> {
		crate::ExportsOf::<T>::get(patient)
			.into_iter()
			.filter_map(|id| {
				crate::Exports::<T>::get(id).map(|e| ExportView {
					export: id,
					to: e.to,
					scope: (&e.scope).into(),
					valid_until: e.valid_until,
				})
			})
			.collect()
	}
}
