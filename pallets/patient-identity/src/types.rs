//! Types stored by the patient-identity pallet and shared with the pallets built on it.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A patient's stable identifier. It never changes, so a patient keeps grants, links and records
/// when their key rotates; the key is looked up in `PatientIdOf`.
pub type PatientId = u64;

/// An organization's identifier, assigned at registration.
pub type OrganizationId = u32;

/// A 32-byte salted commitment `H(salt ‖ data)`. The salt stays off chain, so the value reveals
/// nothing and becomes unlinkable once the salt is erased.
pub type Commitment = sp_core::H256;

/// What kind of body an organization is.
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
pub enum OrganizationKind {
	Hospital,
	Clinic,
	Laboratory,
	Pharmacy,
	Insurer,
	Research,
	DeviceVendor,
}

/// Declares a bit-flag set stored as one integer: named flags, `ALL`, and validation of
/// unknown bits. The caller must have `codec`'s derives, `TypeInfo`, `Debug` and serde's
/// derives in scope.
#[macro_export]
macro_rules! flag_set {
	($(#[$meta:meta])* $name:ident($repr:ty) { $($(#[$fmeta:meta])* $flag:ident = $bit:expr,)+ }) => {
		$(#[$meta])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Default,
			Debug, TypeInfo, MaxEncodedLen, Serialize, Deserialize,
		)]
		pub struct $name(pub $repr);

		impl $name {
			$($(#[$fmeta])* pub const $flag: Self = Self(1 << $bit);)+
			/// Every defined flag.
			pub const ALL: Self = Self(0 $(| (1 << $bit))+);
			/// No flag.
			pub const NONE: Self = Self(0);

			/// Whether every flag in `other` is set here.
			pub fn contains(self, other: Self) -> bool {
				self.0 & other.0 == other.0
			}
			/// Whether no flag is set.
			pub fn is_empty(self) -> bool {
				self.0 == 0
			}
			/// Whether only defined flags are set.
			pub fn is_valid(self) -> bool {
				self.0 & !Self::ALL.0 == 0
			}
		}

		impl core::ops::BitOr for $name {
			type Output = Self;
			fn bitor(self, rhs: Self) -> Self {
				Self(self.0 | rhs.0)
			}
		}
	};
}

flag_set! {
	/// What an organization may do beyond the basics (receiving grants, requesting access,
	/// linking patients).
	OrganizationRoles(u8) {
		/// May open break-glass emergency access.
		EMERGENCY_ACCESS = 0,
		/// Holds records and may anchor their fingerprints.
		CUSTODIAN = 1,
	}
}

flag_set! {
	/// What a delegate may do for a patient.
	DelegatePermissions(u8) {
		/// Manage consent: grant, revoke, amend, answer requests, emergency opt-out.
		CONSENT = 0,
		/// Manage identity: update the commitment, approve and remove links.
		IDENTITY = 1,
		/// Act as a guardian in key recovery.
		RECOVERY = 2,
	}
}

/// Whether an organization may act.
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
pub enum OrganizationStatus {
	Active,
	/// Suspended by governance: receives no access and may not act until reinstated.
	Suspended,
}

/// A registered patient.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxDelegates))]
pub struct PatientInfo<
	AccountId,
	Balance,
	BlockNumber,
	MaxDelegates: frame_support::traits::Get<u32>,
> {
	/// The key that currently controls this identity.
	pub account: AccountId,
	/// `H(salt ‖ identity attributes)`; the attributes and salt stay with the patient.
	pub commitment: Commitment,
	/// Block of registration.
	pub registered_at: BlockNumber,
	/// Delegates and what each may do.
	pub delegates: BoundedVec<(AccountId, DelegatePermissions), MaxDelegates>,
	/// How many guardians (delegates with `RECOVERY`) must vouch to move the identity to a new
	/// key; 0 disables recovery.
	pub recovery_threshold: u8,
	/// Links and link proposals that exist for this patient.
	pub links: u32,
	/// The deposit held on `account` for this record.
	pub deposit: Balance,
}

impl<AccountId: PartialEq, Balance, BlockNumber, MaxDelegates: frame_support::traits::Get<u32>>
	PatientInfo<AccountId, Balance, BlockNumber, MaxDelegates>
{
	/// The permissions `who` holds as a delegate of this patient, if any.
	pub fn delegate_permissions(&self, who: &AccountId) -> Option<DelegatePermissions> {
		self.delegates.iter().find(|(d, _)| d == who).map(|(_, p)| *p)
	}

	/// How many delegates may vouch for a recovery.
	pub fn guardians(&self) -> u32 {
		self.delegates.iter().filter(|(_, p)| p.contains(DelegatePermissions::RECOVERY)).count()
			as u32
	}
}

/// A registered organization.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxOperators))]
pub struct OrganizationInfo<AccountId, MaxOperators: frame_support::traits::Get<u32>> {
	pub kind: OrganizationKind,
	pub roles: OrganizationRoles,
	pub status: OrganizationStatus,
	/// Manages the operator set.
	pub admin: AccountId,
	/// The keys the organization's systems sign with.
	pub operators: BoundedVec<AccountId, MaxOperators>,
}

impl<AccountId, MaxOperators: frame_support::traits::Get<u32>>
	OrganizationInfo<AccountId, MaxOperators>
{
	pub fn is_active(&self) -> bool {
		self.status == OrganizationStatus::Active
	}
}

/// The scheme of a production gateway endpoint.
pub const ENDPOINT_SCHEME_HTTPS: &[u8] = b"https://";
/// The scheme of a gateway endpoint in loopback tests: gateways refuse a non-loopback `http://`
/// endpoint when federating (unless run with `--insecure-federation`), so the chain need not.
pub const ENDPOINT_SCHEME_HTTP: &[u8] = b"http://";
/// The schemes a gateway endpoint may start with. Lowercase only, the canonical form of
/// RFC 3986, so that one gateway has one spelling on chain.
pub const ENDPOINT_SCHEMES: [&[u8]; 2] = [ENDPOINT_SCHEME_HTTPS, ENDPOINT_SCHEME_HTTP];

/// Whether `url` may be published as an organization's gateway endpoint (`set_endpoint`):
/// printable ASCII without spaces (0x21..=0x7e), starting with one of [`ENDPOINT_SCHEMES`]
/// and with something after the scheme. The rest of the URL is not parsed: the gateways that
/// call it do, and a wrong one fails only the organization that published it.
pub fn is_valid_endpoint(url: &[u8]) -> bool {
	url.iter().all(u8::is_ascii_graphic)
		&& ENDPOINT_SCHEMES
			.iter()
			.any(|&scheme| url.starts_with(scheme) && url.len() > scheme.len())
}

/// An organization's published gateway endpoint and the deposit that pays for its storage.
///
/// The deposit is recorded with the account it is held on, so it goes back to that account
/// (with the amount held then) whoever withdraws the endpoint and whatever
/// [`crate::Config::EndpointDeposit`] has become since.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxEndpointLen))]
pub struct EndpointInfo<AccountId, Balance, MaxEndpointLen: frame_support::traits::Get<u32>> {
	/// The base URL of the organization's FHIR gateway, e.g. `https://fhir.example.org/r4`.
	pub url: BoundedVec<u8, MaxEndpointLen>,
	/// The admin who first published the endpoint; the deposit is held on this account.
	pub depositor: AccountId,
	/// Held on `depositor` with `HoldReason::Endpoint`.
	pub deposit: Balance,
}

/// Where a patient↔organization link stands.
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
pub enum LinkStatus {
	/// The patient approved; the organization has not yet completed it with its MRN commitment.
	AwaitingOrganization,
	/// The organization proposed it; the patient has not yet approved.
	AwaitingPatient,
	/// Both sides agreed.
	Active,
}

/// An organization's record that a patient key matches an entry in its master patient index.
#[derive(
	Encode,
	Decode,
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
pub struct Link {
	pub status: LinkStatus,
	/// `H(salt ‖ local MRN)`, set by the organization.
	pub mrn_commitment: Option<Commitment>,
}

/// A key change in progress: the identity is to move to `new_account`, which must claim it.
///
/// Either the patient offered the identity to a new key (`rotate_key`: no vouchers, claimable at
/// once), or guardians are vouching for one (`vouch_recovery`: claimable
/// [`crate::Config::RecoveryDelay`] after the vouch that reached the threshold, so that the
/// current key or a delegate can cancel a recovery it did not ask for).
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxDelegates))]
pub struct Recovery<AccountId, BlockNumber, MaxDelegates: frame_support::traits::Get<u32>> {
	pub new_account: AccountId,
	/// The guardians who vouched; empty for a rotation the patient offered.
	pub vouchers: BoundedVec<AccountId, MaxDelegates>,
	/// From when `new_account` may claim the identity; `None` while guardians are still short
	/// of the threshold.
	pub claimable_at: Option<BlockNumber>,
}

impl<AccountId, BlockNumber, MaxDelegates: frame_support::traits::Get<u32>>
	Recovery<AccountId, BlockNumber, MaxDelegates>
{
	/// Whether the patient offered this change itself (`rotate_key`) rather than guardians.
	pub fn by_patient(&self) -> bool {
		self.vouchers.is_empty()
	}
}

/// Which side removed a link.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
pub enum LinkSide {
	Patient,
	Organization,
}

/// A member organization pays for a patient's transactions and deposits (see the crate docs,
/// "Sponsorship").
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Sponsorship<AccountId, Balance, BlockNumber> {
	/// The organization that onboarded the patient.
	pub organization: OrganizationId,
	/// Where fees and deposits are taken from: the organization's admin at onboarding.
	pub payer: AccountId,
	/// Held on `payer` for this entry and the account reference it gives the patient's key.
	pub deposit: Balance,
	/// First block of the current allowance period.
	pub period_start: BlockNumber,
	/// Sponsored transactions used in the current period.
	pub used: u32,
}

/// What a deposit held for a patient backs; a deposit a sponsor pays is recorded under its key
/// so that it goes back to the sponsor however the record ends.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum DepositKey {
	/// The patient's registration deposit.
	Registration,
	/// A consent grant, by its id.
	Grant(u32),
	/// A cross-chain export, by its id.
	Export(u64),
}

/// A deposit a sponsor holds for a patient's record.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct SponsoredDeposit<AccountId, Balance, HoldReason> {
	pub payer: AccountId,
	pub organization: OrganizationId,
	pub reason: HoldReason,
	pub amount: Balance,
}

/// Whether a patient's transaction is paid by a sponsor.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SponsoredFee<AccountId> {
	/// The account has no sponsor: the signer pays.
	Unsponsored,
	/// The sponsor pays, from this account.
	Payer(AccountId),
	/// The sponsor would pay, but the patient used this period's allowance.
	AllowanceUsed,
}
