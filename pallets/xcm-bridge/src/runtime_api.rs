//! Runtime API for the bridge's state, served over JSON-RPC by the node (`bridge_*`).

use crate::{ChainId, ExportId, LeaseScope, PeerStatus, RemoteOrg, RemoteVerdict, Slot};
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
	/// The peer in slot 0 (the peer of a two-chain consortium), once governance has set it;
	/// every peer is in [`MedchainBridgeApi::peers`].
	pub peer: Option<ChainId>,
	/// Lease period for consents exported from here (ms).
	pub lease_period: u64,
	/// Blocks between heartbeats.
	pub renew_every: u32,
}

/// A peer chain as this chain sees it.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeerView {
	/// Its genesis hash.
	pub chain: ChainId,
	/// Its light client and lane: the relayer relays a pair only when both chains name each
	/// other in the same slot.
	pub slot: Slot,
	pub status: PeerStatus,
	/// Exports from here to it.
	pub exports: u32,
	/// Revocations to it waiting for room on the lane (no heartbeat is sent meanwhile).
	pub pending_revokes: u32,
	/// UNIX ms until which the heartbeats sent keep this chain's leases valid there.
	pub sent_until: u64,
	/// UNIX ms until which its heartbeats keep its leases valid here.
	pub live_until: u64,
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

/// A lease held here on a consent given on another chain; `valid_until` counts its home
/// chain's heartbeats.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeaseView {
	pub chain: ChainId,
	pub export: ExportId,
	pub organization: OrganizationId,
	pub scope: ScopeView,
	pub valid_until: u64,
}

/// A consent exported from here; `to.chain` is where it lives, and `valid_until` counts the
/// heartbeats sent there.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportView {
	pub export: ExportId,
	pub to: RemoteOrg,
	pub scope: ScopeView,
	pub valid_until: u64,
}

sp_api::decl_runtime_apis! {
	/// Cross-chain state: configuration, peers, leases, exports and shared record
	/// fingerprints. Version 2 (spec 115) added the peers and per-chain record checks.
	#[api_version(2)]
	pub trait MedchainBridgeApi<AccountId> where AccountId: Codec {
		/// The bridge's configuration.
		fn status() -> BridgeStatus;
		/// Leases held here for the patient whose key is `patient`.
		fn leases_of(patient: AccountId) -> Vec<LeaseView>;
		/// A patient's exported consents.
		fn exports_of(patient: PatientId) -> Vec<ExportView>;
		/// Check a copy of a record against the fingerprint a peer shared (any peer's).
		fn verify_remote_record(record: RecordId, hash: sp_core::H256) -> RemoteVerdict;
		/// The peer chains, by slot.
		#[api_version(2)]
		fn peers() -> Vec<PeerView>;
		/// Check a copy of a record against the fingerprint peer `chain` shared.
		#[api_version(2)]
		fn verify_remote_record_from(
			record: RecordId,
			hash: sp_core::H256,
			chain: ChainId,
		) -> RemoteVerdict;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// [`MedchainBridgeApi::status`].
	pub fn status() -> BridgeStatus {
		use sp_runtime::SaturatedConversion;
		BridgeStatus {
			this_chain: crate::ThisChain::<T>::get(),
			peer: crate::Slots::<T>::get(0),
			lease_period: crate::LeasePeriod::<T>::get(),
			renew_every: Self::renew_interval().saturated_into(),
		}
	}

	/// [`MedchainBridgeApi::peers`].
	pub fn peers() -> Vec<PeerView> {
		let mut peers: Vec<PeerView> = crate::Peers::<T>::iter()
			.map(|(chain, p)| PeerView {
				chain,
				slot: p.slot,
				status: p.status,
				exports: p.exports,
				pending_revokes: p.pending_revokes,
				sent_until: p.sent_until,
				live_until: p.live_until,
			})
			.collect();
		peers.sort_by_key(|p| p.slot);
		peers
	}

	/// [`MedchainBridgeApi::leases_of`]: those of active peers (a removed peer's are void).
	pub fn leases_of(patient: T::AccountId) -> Vec<LeaseView> {
		let mut leases = Vec::new();
		for (chain, p) in crate::Peers::<T>::iter().filter(|(_, p)| p.is_active()) {
			leases.extend(crate::HeldLeases::<T>::iter_prefix((chain, &patient)).map(
				|(export, l)| LeaseView {
					chain: l.chain,
					export,
					organization: l.organization,
					scope: (&l.scope).into(),
					valid_until: Self::lease_valid_until(&l, p.live_until),
				},
			));
		}
		leases
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
					valid_until: e
						.valid_until
						.max(crate::Peers::<T>::get(e.to.chain).map_or(0, |p| p.sent_until)),
				})
			})
			.collect()
	}
}
