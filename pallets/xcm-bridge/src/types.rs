//! What crosses the bridge (health operations inside XCM), what each side stores, and what a
//! check of a shared record finds.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use pallet_consent::{Category, CategorySet, DenyReason, Purpose, PurposeSet};
use pallet_ehr_anchor::{ContentHash, RecordId, Version};
use pallet_patient_identity::OrganizationId;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// A chain, named by its genesis hash (the XCM `NetworkId::ByGenesis` of the chain).
pub type ChainId = H256;
/// An exported consent's number on the patient's chain; its lease on the peer has the same.
pub type ExportId = u64;
/// An access request's number on the requesting chain.
pub type RemoteRequestId = u64;
/// A message's nonce on the lane (from the messages pallet).
pub type MessageNonce = u64;

/// Most custodians an exported consent may restrict to (a lease carries them).
pub type MaxLeaseCustodians = frame_support::traits::ConstU32<8>;
/// Most leases one renewal message carried (spec 114 and before; heartbeats replaced them).
pub const MAX_RENEWALS_PER_MESSAGE: u32 = 64;
/// A peer's place in the runtime: slot `k` is the k-th light client and message lane.
pub type Slot = u8;

/// An organization on another chain: `(chain, organization)`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct RemoteOrg {
	pub chain: ChainId,
	pub organization: OrganizationId,
}

/// What an exported consent covers (as a local grant's scope does).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct LeaseScope {
	pub categories: CategorySet,
	pub purposes: PurposeSet,
	/// Organizations of the patient's chain whose data it covers; empty: any.
	pub custodians: BoundedVec<OrganizationId, MaxLeaseCustodians>,
	/// UNIX ms at which the consent itself ends; `None`: open-ended (until revoked).
	pub expires_at: Option<u64>,
}

/// The health operations a message may carry. Nothing else is ever dispatched from a message:
/// the receiving chain decodes exactly this enum from the XCM `Transact` and interprets it.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub enum HealthOp<AccountId> {
	/// A lease on a consent (new): `organization` (of the receiving chain) may access the data
	/// of the patient whose key is `patient` within `scope`, until `valid_until` (UNIX ms)
	/// unless renewed. Sent by the patient or their delegate.
	Lease {
		export: ExportId,
		patient: AccountId,
		organization: OrganizationId,
		scope: LeaseScope,
		valid_until: u64,
	},
	/// Renewals, sent by the patient's chain itself: `(patient, export, valid_until)`. Sent by
	/// spec 114 and before; since spec 115 heartbeats renew every lease at once, and a renewal
	/// that still arrives is ignored.
	Renew(
		BoundedVec<
			(AccountId, ExportId, u64),
			frame_support::traits::ConstU32<MAX_RENEWALS_PER_MESSAGE>,
		>,
	),
	/// The consent was revoked on the patient's chain (it already no longer applies there).
	Revoke { export: ExportId, patient: AccountId },
	/// A record's fingerprint, so the receiving chain can verify copies of it.
	Record {
		record: RecordId,
		custodian: OrganizationId,
		hash: ContentHash,
		version: Version,
		retracted: bool,
	},
	/// `organization` (of the sending chain) asks whether it may access `category` of the
	/// patient for `purpose`, for data held by `custodian` (of the receiving chain).
	AccessRequest {
		request: RemoteRequestId,
		organization: OrganizationId,
		patient: AccountId,
		category: Category,
		purpose: Purpose,
		custodian: Option<OrganizationId>,
	},
	/// The answer, by the receiving chain's consent: the export that covers it, or why not.
	AccessAnswer {
		request: RemoteRequestId,
		organization: OrganizationId,
		answer: Result<(ExportId, u64), DenyReason>,
	},
	/// The message with this nonce (sent from here) could not be applied on the other chain.
	Failed { nonce: MessageNonce, export: Option<ExportId>, reason: FailReason },
	/// Sent by the patients' chain every half lease period while it has exports to the
	/// receiving chain: every lease from it stays valid until `valid_until` (UNIX ms). The lane
	/// is ordered, so every revocation sent before it has been applied when it arrives.
	Heartbeat { valid_until: u64 },
}

impl<AccountId> HealthOp<AccountId> {
	/// Operations an account sends (the message names it); the others come from the chain.
	pub fn from_account(&self) -> bool {
		matches!(
			self,
			Self::Lease { .. }
				| Self::Revoke { .. }
				| Self::Record { .. }
				| Self::AccessRequest { .. }
		)
	}
}

/// Why a message was not applied. Reported back to the sending chain.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum FailReason {
	/// Not a versioned XCM of the expected shape, or not a health operation.
	BadMessage,
	/// The XCM names a chain other than the bridged peer, or no peer is configured.
	WrongOrigin,
	/// The operation names an organization this chain does not have.
	UnknownOrganization,
	/// The organization is suspended here.
	OrganizationSuspended,
	/// The patient already has the most leases this chain keeps.
	TooManyLeases,
	/// A lease arrived already lapsed (the relay was slower than the lease period).
	Lapsed,
	/// The answer could not be queued: the lane back is full.
	Busy,
	/// A lease for a patient registered on the receiving chain: its consents there govern.
	PatientOfThisChain,
	/// The message names another chain as its destination, or arrived on a lane that is not
	/// its sender's.
	WrongDestination,
}

/// Why an export ended other than by its patient's revocation (`ExportEnded`).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum ExportEnd {
	/// The patient deregistered.
	PatientDeregistered,
	/// Governance revoked it (`force_revoke_export`).
	ByGovernance,
	/// Its consent reached its end (`expires_at`).
	ConsentEnded,
	/// No renewal slot was free (spec 114 and before; kept so that old events decode).
	NoRenewalSlot,
	/// The patient's key changed while the lane was full, so the lease could not be moved.
	RekeyNotSent,
	/// Governance removed the chain it was exported to (`remove_peer`).
	PeerRemoved,
}

/// Whether a peer chain is bridged, or being removed.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum PeerStatus {
	/// Messages flow both ways; its leases are honoured here.
	Active,
	/// Governance removed it: nothing from it is accepted, its leases are void, and its state
	/// here (exports to it, its leases and records, its light client and lane) is being cleared
	/// in idle time, after which its slot is free.
	Removing,
}

/// A peer chain as this chain keeps it.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct PeerInfo {
	/// Its light client and lane.
	pub slot: Slot,
	pub status: PeerStatus,
	/// Exports from here to it that exist: heartbeats are sent while there are any.
	pub exports: u32,
	/// Revocations to it that the lane refused and that wait in `PendingRevokes`: no
	/// heartbeat is sent while there are any.
	pub pending_revokes: u32,
	/// UNIX ms until which the last heartbeat sent to it keeps this chain's leases valid there.
	pub sent_until: u64,
	/// UNIX ms until which its last heartbeat keeps its leases valid here.
	pub live_until: u64,
}

impl PeerInfo {
	/// A newly bridged peer in `slot`.
	pub fn new(slot: Slot) -> Self {
		PeerInfo {
			slot,
			status: PeerStatus::Active,
			exports: 0,
			pending_revokes: 0,
			sent_until: 0,
			live_until: 0,
		}
	}

	pub fn is_active(&self) -> bool {
		self.status == PeerStatus::Active
	}
}

/// What a consent export keeps on the patient's chain while it exists.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Export<AccountId, Balance> {
	pub patient: pallet_patient_identity::PatientId,
	/// The patient's account: the key the lease names, and who holds the deposit.
	pub account: AccountId,
	/// The organization on the peer chain.
	pub to: RemoteOrg,
	pub scope: LeaseScope,
	/// UNIX ms until which the lease message itself made it valid; heartbeats extend it
	/// (`PeerInfo::sent_until`).
	pub valid_until: u64,
	pub deposit: Balance,
	/// The lane nonce of the lease message last sent for it: only a failure report of that
	/// message undoes the export.
	pub lease_nonce: MessageNonce,
}

/// A lease held on the receiving chain (stored under its home chain: `HeldLeases`).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Lease {
	/// The patient's home chain.
	pub chain: ChainId,
	/// The organization of this chain it authorises.
	pub organization: OrganizationId,
	pub scope: LeaseScope,
	/// UNIX ms: lapses then unless its home chain's heartbeats carry it further
	/// (`PeerInfo::live_until`).
	pub valid_until: u64,
}

/// A record fingerprint shared by another chain.
#[derive(
	Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct RemoteRecord {
	/// The custodian, on the chain that shared it.
	pub custodian: RemoteOrg,
	pub hash: ContentHash,
	pub version: Version,
	pub retracted: bool,
}

/// A copy of a record checked against the fingerprint the peer shared.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum RemoteVerdict {
	/// The hash is the record's current version.
	Current { custodian: RemoteOrg, version: Version },
	/// The record is known but the hash is not its current version.
	Mismatch { custodian: RemoteOrg, version: Version },
	/// The custodian retracted the record.
	Retracted { custodian: RemoteOrg },
	/// No such record was shared.
	Unknown,
}
