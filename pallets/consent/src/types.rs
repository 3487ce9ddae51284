//! Consent vocabulary (modelled on HL7 FHIR R4 `Consent`) and the records the pallet stores.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use pallet_patient_identity::{flag_set, OrganizationId};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A grant's number, unique per patient (grants and requests share the counter).
pub type GrantId = u32;
/// A request's number, unique per patient.
pub type RequestId = u32;

/// Declares a coded vocabulary: an enum of codes and the bit each code has in its set type.
macro_rules! vocabulary {
	($(#[$meta:meta])* $name:ident => $set:ident { $($(#[$vmeta:meta])* $variant:ident => $flag:ident,)+ }) => {
		$(#[$meta])*
		#[derive(
			Encode, Decode, DecodeWithMemTracking, Clone, Copy, PartialEq, Eq, Debug,
			TypeInfo, MaxEncodedLen, Serialize, Deserialize,
		)]
		#[serde(rename_all = "camelCase")]
		pub enum $name {
			$($(#[$vmeta])* $variant,)+
		}

		impl $name {
			/// Every code, in declaration order.
			pub const ALL: &'static [$name] = &[$($name::$variant,)+];
			/// This code as a one-element set.
			pub fn flag(self) -> $set {
				match self {
					$($name::$variant => $set::$flag,)+
				}
			}
		}

		impl $set {
			/// The set of the listed codes.
			pub fn from_codes(codes: &[$name]) -> Self {
				codes.iter().fold($set::NONE, |acc, c| acc | c.flag())
			}
		}
	};
}

flag_set! {
	/// A set of data categories.
	CategorySet(u16) {
		DEMOGRAPHICS = 0,
		CONDITIONS = 1,
		MEDICATIONS = 2,
		ALLERGIES = 3,
		LABORATORY = 4,
		IMAGING = 5,
		CLINICAL_NOTES = 6,
		IMMUNIZATIONS = 7,
		VITAL_SIGNS = 8,
		GENOMICS = 9,
		MENTAL_HEALTH = 10,
		SUBSTANCE_USE = 11,
		SEXUAL_REPRODUCTIVE_HEALTH = 12,
	}
}

impl CategorySet {
	/// The sensitive classes (HL7 ActCode PSY, ETH, SEX): covered only when named explicitly,
	/// never by break-glass access.
	pub const SENSITIVE: Self = Self((1 << 10) | (1 << 11) | (1 << 12));
	/// Every category that is not a sensitive class.
	pub const GENERAL: Self = Self(Self::ALL.0 & !Self::SENSITIVE.0);
}

vocabulary! {
	/// A category of health data.
	Category => CategorySet {
		Demographics => DEMOGRAPHICS,
		Conditions => CONDITIONS,
		Medications => MEDICATIONS,
		Allergies => ALLERGIES,
		Laboratory => LABORATORY,
		Imaging => IMAGING,
		ClinicalNotes => CLINICAL_NOTES,
		Immunizations => IMMUNIZATIONS,
		VitalSigns => VITAL_SIGNS,
		Genomics => GENOMICS,
		/// Sensitive class (HL7 PSY).
		MentalHealth => MENTAL_HEALTH,
		/// Sensitive class (HL7 ETH; 42 CFR Part 2).
		SubstanceUse => SUBSTANCE_USE,
		/// Sensitive class (HL7 SEX).
		SexualReproductiveHealth => SEXUAL_REPRODUCTIVE_HEALTH,
	}
}

flag_set! {
	/// A set of purposes of use.
	PurposeSet(u8) {
		TREATMENT = 0,
		PAYMENT = 1,
		OPERATIONS = 2,
		RESEARCH = 3,
		PUBLIC_HEALTH = 4,
		EMERGENCY_TREATMENT = 5,
	}
}

vocabulary! {
	/// HL7 v3 PurposeOfUse.
	Purpose => PurposeSet {
		/// TREAT
		Treatment => TREATMENT,
		/// HPAYMT
		Payment => PAYMENT,
		/// HOPERAT
		Operations => OPERATIONS,
		/// HRESCH
		Research => RESEARCH,
		/// PUBHLTH
		PublicHealth => PUBLIC_HEALTH,
		/// ETREAT
		EmergencyTreatment => EMERGENCY_TREATMENT,
	}
}

/// Why an organization opened break-glass access.
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
pub enum EmergencyReason {
	/// The patient's life or health is in immediate danger.
	LifeThreatening,
	/// The patient cannot communicate consent (unconscious, incapacitated).
	PatientIncapacitated,
	/// Urgent treatment that cannot wait for the patient's consent.
	UrgentTreatment,
	/// A declared public-health emergency.
	PublicHealthEmergency,
}

/// What a grant or request covers.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxCustodians))]
pub struct Scope<MaxCustodians: Get<u32>> {
	/// The data categories; a sensitive class is covered only if listed here.
	pub categories: BoundedVec<Category, MaxCodes>,
	/// The purposes of use.
	pub purposes: BoundedVec<Purpose, MaxCodes>,
	/// Only data held by these custodians; empty means any custodian.
	pub custodians: BoundedVec<OrganizationId, MaxCustodians>,
}

/// Most codes a scope may list (there are 13 categories and 6 purposes).
pub type MaxCodes = frame_support::pallet_prelude::ConstU32<16>;

/// A change to an existing grant.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Amendment<BlockNumber> {
	/// Add an organization to the grantees.
	AddGrantee(OrganizationId),
	/// Remove an organization from the grantees (at least one must remain).
	RemoveGrantee(OrganizationId),
	/// Move the expiry (later to extend, earlier to shorten; `None` for open-ended). It must
	/// lie after the current block and after the grant's start.
	SetExpiry(Option<BlockNumber>),
	/// Keep only these categories and purposes: each must be a non-empty subset of what the
	/// grant covers now.
	Narrow { categories: BoundedVec<Category, MaxCodes>, purposes: BoundedVec<Purpose, MaxCodes> },
}

/// A patient's consent for organizations to access their data.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxGrantees, MaxCustodians))]
pub struct Grant<Balance, BlockNumber, MaxGrantees: Get<u32>, MaxCustodians: Get<u32>> {
	pub id: GrantId,
	pub grantees: BoundedVec<OrganizationId, MaxGrantees>,
	pub categories: CategorySet,
	pub purposes: PurposeSet,
	/// Empty: any custodian.
	pub custodians: BoundedVec<OrganizationId, MaxCustodians>,
	/// First block at which the grant authorises access.
	pub starts_at: BlockNumber,
	/// First block at which it no longer does; `None` until revoked.
	pub expires_at: Option<BlockNumber>,
	/// Held while the grant exists: on the patient's account, or on the sponsor's when the
	/// patient was sponsored as the grant was made.
	pub deposit: Balance,
}

impl<Balance, BlockNumber: PartialOrd + Copy, MaxGrantees: Get<u32>, MaxCustodians: Get<u32>>
	Grant<Balance, BlockNumber, MaxGrantees, MaxCustodians>
{
	/// Whether the grant has lapsed at `now`.
	pub fn expired(&self, now: BlockNumber) -> bool {
		self.expires_at.is_some_and(|e| e <= now)
	}
}

/// An organization's request for access, awaiting the patient's answer.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxCustodians))]
pub struct Request<AccountId, Balance, BlockNumber, MaxCustodians: Get<u32>> {
	pub id: RequestId,
	pub organization: OrganizationId,
	/// The operator who asked; holds the request deposit.
	pub requester: AccountId,
	pub categories: CategorySet,
	pub purposes: PurposeSet,
	pub custodians: BoundedVec<OrganizationId, MaxCustodians>,
	/// How long the grant lasts if approved.
	pub duration: BlockNumber,
	/// The request lapses at this block.
	pub expires_at: BlockNumber,
	pub deposit: Balance,
}

/// Break-glass access an organization opened.
#[derive(
	Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyAccess<AccountId, BlockNumber> {
	pub organization: OrganizationId,
	pub operator: AccountId,
	pub reason: EmergencyReason,
	pub opened_at: BlockNumber,
	pub expires_at: BlockNumber,
}

/// Everything consent-related for one patient, stored as one item so that an access check is
/// one read, whatever the number of patients and grants on the chain.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxGrants, MaxRequests, MaxEmergency, MaxGrantees, MaxCustodians))]
pub struct PatientConsents<
	AccountId,
	Balance,
	BlockNumber,
	MaxGrants: Get<u32>,
	MaxRequests: Get<u32>,
	MaxEmergency: Get<u32>,
	MaxGrantees: Get<u32>,
	MaxCustodians: Get<u32>,
> {
	/// The number the next grant or request gets.
	pub next_id: u32,
	pub grants: BoundedVec<Grant<Balance, BlockNumber, MaxGrantees, MaxCustodians>, MaxGrants>,
	pub requests: BoundedVec<Request<AccountId, Balance, BlockNumber, MaxCustodians>, MaxRequests>,
	pub emergency: BoundedVec<EmergencyAccess<AccountId, BlockNumber>, MaxEmergency>,
	/// The patient refuses break-glass access.
	pub emergency_opt_out: bool,
}

impl<
		AccountId,
		Balance,
		BlockNumber,
		MaxGrants: Get<u32>,
		MaxRequests: Get<u32>,
		MaxEmergency: Get<u32>,
		MaxGrantees: Get<u32>,
		MaxCustodians: Get<u32>,
	> Default
	for PatientConsents<
		AccountId,
		Balance,
		BlockNumber,
		MaxGrants,
		MaxRequests,
		MaxEmergency,
		MaxGrantees,
		MaxCustodians,
	>
{
	fn default() -> Self {
		Self {
			next_id: 0,
			grants: BoundedVec::new(),
			requests: BoundedVec::new(),
			emergency: BoundedVec::new(),
			emergency_opt_out: false,
		}
	}
}

/// The answer to "may this organization access this data now?".
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum AccessDecision<BlockNumber> {
	/// A grant authorises the access.
	Granted { grant: GrantId, expires_at: Option<BlockNumber> },
	/// Break-glass access opened by the organization authorises it.
	Emergency { reason: EmergencyReason, opened_at: BlockNumber, expires_at: BlockNumber },
	/// Access is refused.
	Denied(DenyReason),
	/// A lease on a consent the patient gave on another chain authorises it
	/// ([`RemoteConsent`]). `valid_until` is a UNIX time in milliseconds: the lease lapses then
	/// unless the patient's chain renews it.
	Leased { chain: sp_core::H256, lease: u64, valid_until: u64, expires_at: Option<u64> },
}

/// The organization holding the data an access is for: one of this chain's, or one of another
/// chain's, named by that chain's genesis hash. Organization ids are per chain, so an id alone
/// is ambiguous across a bridge. In JSON, a bare number is an organization of this chain and
/// `{"chain": "0x…", "organization": n}` one of the named chain.
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
	Serialize,
	Deserialize,
)]
#[serde(untagged)]
pub enum Custodian {
	/// An organization of this chain.
	Local(OrganizationId),
	/// An organization of the chain with genesis hash `chain`.
	Remote { chain: sp_core::H256, organization: OrganizationId },
}

impl Custodian {
	/// This custodian as a restriction list of organizations of `list_chain` sees it, on the
	/// chain `this_chain` (`None`: not known yet). A list of this chain's organizations has
	/// `list_chain == this_chain`.
	pub fn as_seen_by(
		self,
		list_chain: Option<sp_core::H256>,
		this_chain: Option<sp_core::H256>,
	) -> CustodianOn {
		match self {
			Custodian::Local(o) if list_chain == this_chain => CustodianOn::Organization(o),
			Custodian::Remote { chain, organization } if Some(chain) == list_chain => {
				CustodianOn::Organization(organization)
			},
			_ => CustodianOn::OtherChain,
		}
	}
}

/// A custodian as one chain's restriction lists see it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CustodianOn {
	/// The access names no custodian.
	Unnamed,
	/// An organization of the chain the list names organizations of.
	Organization(OrganizationId),
	/// An organization of another chain: no entry of the list can be it.
	OtherChain,
}

impl From<Option<OrganizationId>> for CustodianOn {
	/// An organization of the list's own chain, or none.
	fn from(custodian: Option<OrganizationId>) -> Self {
		custodian.map_or(CustodianOn::Unnamed, CustodianOn::Organization)
	}
}

/// A lease found by [`RemoteConsent::check`].
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct LeaseGrant {
	/// The patient's home chain (its genesis hash).
	pub chain: sp_core::H256,
	/// The lease's number on that chain.
	pub lease: u64,
	/// UNIX ms after which the lease no longer counts unless renewed.
	pub valid_until: u64,
	/// UNIX ms at which the consent itself ends, if it does.
	pub expires_at: Option<u64>,
}

/// Consents given on another chain and carried here as leases (by the bridge pallet).
/// `check_access` consults it when no local grant or break-glass access authorises the access.
pub trait RemoteConsent<AccountId> {
	/// Does a live lease let `organization` (of this chain) access `category` of the patient
	/// whose key is `patient`, for `purpose`, for data held by `custodian`? A lease's custodian
	/// restriction names organizations of the patient's home chain, so only a custodian of
	/// that chain can match it. `None` when no lease of this patient names the organization;
	/// otherwise why the best lease does not cover the access, or the lease that does.
	fn check(
		patient: &AccountId,
		organization: OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
	) -> Option<Result<LeaseGrant, DenyReason>>;

	/// This chain's genesis hash, if known: a custodian named by it is one of this chain's.
	fn this_chain() -> Option<sp_core::H256>;
}

impl<AccountId> RemoteConsent<AccountId> for () {
	fn check(
		_: &AccountId,
		_: OrganizationId,
		_: Category,
		_: Purpose,
		_: Option<Custodian>,
	) -> Option<Result<LeaseGrant, DenyReason>> {
		None
	}

	fn this_chain() -> Option<sp_core::H256> {
		None
	}
}

/// Why access is refused, from least to most specific.
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
	Serialize,
	Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum DenyReason {
	/// The account is not a registered patient.
	UnknownPatient,
	/// No organization with this id.
	UnknownOrganization,
	/// The organization is suspended.
	OrganizationSuspended,
	/// No grant names the organization.
	NoGrant,
	/// Grants exist but none has started yet.
	NotYetValid,
	/// Grants exist but have expired.
	Expired,
	/// No current grant covers the category.
	CategoryNotCovered,
	/// No current grant covering the category covers the purpose.
	PurposeNotCovered,
	/// Matching grants restrict custodians, and this custodian (or none) was named.
	CustodianNotCovered,
	/// The only consents naming the organization are leases from another chain that have
	/// lapsed: the patient's chain has not renewed them in time (or the relay is stalled).
	LeaseLapsed,
	/// The best block allows the access but the finalized block does not yet: the consent is
	/// too new to be final. Given by a node's `consent_checkAccess`, never by the runtime.
	NotFinal,
}
