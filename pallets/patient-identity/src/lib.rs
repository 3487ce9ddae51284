#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use lifecycle::PatientLifecycle;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod defaults;
mod events;
mod genesis;
mod lifecycle;
mod links;
pub mod migrations;
#[cfg(test)]
mod mock;
mod organizations;
mod patients;
mod recovery;
pub mod runtime_api;
mod sponsorship;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
pub mod weights;

use frame_support::pallet_macros::import_section;

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::patient-identity";

#[import_section(defaults::test_defaults)]
#[import_section(events::events_and_errors)]
#[import_section(genesis::genesis)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
	use frame_system::pallet_prelude::*;

	pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	pub type PatientInfoOf<T> = PatientInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxDelegates,
	>;
	pub type OrganizationInfoOf<T> =
		OrganizationInfo<<T as frame_system::Config>::AccountId, <T as Config>::MaxOperators>;
	pub type RecoveryOf<T> = Recovery<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxDelegates,
	>;
	pub type SponsorshipOf<T> =
		Sponsorship<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
	pub type SponsoredDepositOf<T> = SponsoredDeposit<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		<T as Config>::RuntimeHoldReason,
	>;
	pub type EndpointInfoOf<T> = EndpointInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		<T as Config>::MaxEndpointLen,
	>;

	/// The pallet's configuration trait. A test runtime derives the items with defaults from
	/// [`config_preludes::TestDefaultConfig`] and names the rest, the runtime's own types.
	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Holds patient registration deposits.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ frame_support::traits::fungible::Mutate<Self::AccountId>;
		/// The runtime's hold reasons (stored with the deposits sponsors hold).
		#[pallet::no_default]
		type RuntimeHoldReason: From<HoldReason> + Parameter + MaxEncodedLen;
		/// Registers, suspends and reinstates organizations and sets their roles.
		#[pallet::no_default]
		type OrganizationOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Held from a patient at registration, returned at deregistration.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type PatientDeposit: Get<BalanceOf<Self>>;
		/// Most delegates one patient may name.
		#[pallet::constant]
		type MaxDelegates: Get<u32>;
		/// Most operator accounts one organization may have.
		#[pallet::constant]
		type MaxOperators: Get<u32>;
		/// Most links (and link proposals) one patient may have.
		#[pallet::constant]
		type MaxLinksPerPatient: Get<u32>;
		/// Held on a sponsor for each account it onboards: pays for the sponsorship entry and
		/// the account reference that lets a key with no balance transact.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type SponsorshipDeposit: Get<BalanceOf<Self>>;
		/// The most one organization may hold in deposits as a sponsor (onboarding deposits
		/// and the deposits of its patients' records).
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type MaxSponsoredDeposits: Get<BalanceOf<Self>>;
		/// Sponsored transactions one patient may make per [`Config::SponsorshipPeriod`].
		#[pallet::constant]
		type SponsoredTransactionsPerPeriod: Get<u32>;
		/// The period the allowance of sponsored transactions renews after.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type SponsorshipPeriod: Get<BlockNumberFor<Self>>;
		/// How long after the guardians' last vouch the new key may claim a recovered identity:
		/// the time the patient's current key or a delegate has to see the recovery and cancel
		/// it.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type RecoveryDelay: Get<BlockNumberFor<Self>>;
		/// Held on an organization's admin while the organization publishes a gateway endpoint
		/// (`set_endpoint`): pays for the [`Endpoints`] entry.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type EndpointDeposit: Get<BalanceOf<Self>>;
		/// Longest gateway endpoint, in bytes, an organization may publish: a FHIR base URL
		/// (scheme, host and path).
		#[pallet::constant]
		type MaxEndpointLen: Get<u32>;
		/// Follows key rotation and deregistration (in medchain's runtime the consent pallet,
		/// then the bridge).
		type Lifecycle: PatientLifecycle<Self::AccountId>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered patient gets.
	#[pallet::storage]
	pub type NextPatientId<T> = StorageValue<_, PatientId, ValueQuery>;

	/// Registered patients by id.
	// Twox64Concat: ids are assigned sequentially by the pallet, so callers cannot choose keys
	// that collide.
	#[pallet::storage]
	pub type Patients<T: Config> = StorageMap<_, Twox64Concat, PatientId, PatientInfoOf<T>>;

	/// The patient id a key controls.
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type PatientIdOf<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, PatientId>;

	/// The id the next registered organization gets.
	#[pallet::storage]
	pub type NextOrganizationId<T> = StorageValue<_, OrganizationId, ValueQuery>;

	/// Registered organizations by id.
	// Twox64Concat: ids are assigned sequentially by the pallet.
	#[pallet::storage]
	pub type Organizations<T: Config> =
		StorageMap<_, Twox64Concat, OrganizationId, OrganizationInfoOf<T>>;

	/// The organization an admin or operator account belongs to (at most one).
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type OrganizationOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OrganizationId>;

	/// Patient↔organization links and link proposals.
	// Twox64Concat for both: pallet-assigned ids. The patient comes first so a patient's links
	// can be removed by prefix.
	#[pallet::storage]
	pub type Links<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PatientId, Twox64Concat, OrganizationId, Link>;

	/// Key changes in progress: rotations the patient offered and recoveries guardians vouch
	/// for, each waiting for its new key to claim it.
	// Twox64Concat: pallet-assigned ids.
	#[pallet::storage]
	pub type Recoveries<T: Config> = StorageMap<_, Twox64Concat, PatientId, RecoveryOf<T>>;

	/// Keys an organization's admin invited to become operators, each waiting for the key to
	/// accept (`accept_operator`): nobody is made an operator without signing for it.
	// Twox64Concat: pallet-assigned ids.
	#[pallet::storage]
	pub type OperatorInvitations<T: Config> = StorageMap<
		_,
		Twox64Concat,
		OrganizationId,
		BoundedVec<T::AccountId, T::MaxOperators>,
		ValueQuery,
	>;

	/// Keys a member organization sponsors: it pays their sponsored transactions' fees and
	/// their records' deposits.
	// Blake2_128Concat: accounts are chosen by users.
	#[pallet::storage]
	pub type Sponsorships<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SponsorshipOf<T>>;

	/// Deposits a sponsor holds for a patient's records, so that each goes back to the sponsor
	/// whatever ends the record. A deposit the patient paid itself has no entry.
	// Twox64Concat: pallet-assigned ids.
	#[pallet::storage]
	pub type SponsoredDeposits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Twox64Concat,
		DepositKey,
		SponsoredDepositOf<T>,
	>;

	/// What each organization holds in deposits as a sponsor, bounded by
	/// [`Config::MaxSponsoredDeposits`].
	#[pallet::storage]
	pub type SponsorHeld<T: Config> =
		StorageMap<_, Twox64Concat, OrganizationId, BalanceOf<T>, ValueQuery>;

	/// Where each organization's FHIR gateway is served, published by its admin, with the
	/// deposit that pays for the entry. Gateways read it to federate a patient's records across
	/// custodians.
	// Twox64Concat: pallet-assigned ids.
	#[pallet::storage]
	pub type Endpoints<T: Config> = StorageMap<_, Twox64Concat, OrganizationId, EndpointInfoOf<T>>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxDelegates::get() > 0, "MaxDelegates must be positive");
			assert!(T::MaxDelegates::get() <= u8::MAX as u32, "recovery thresholds are u8");
			assert!(T::MaxOperators::get() > 0, "MaxOperators must be positive");
			assert!(T::MaxLinksPerPatient::get() > 0, "MaxLinksPerPatient must be positive");
			assert!(
				T::MaxEndpointLen::get() as usize > ENDPOINT_SCHEME_HTTPS.len(),
				"MaxEndpointLen must fit an https:// endpoint"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	// Each call checks its origin and hands over to the module of its concern (see the crate
	// docs' code map).
	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the signer as a patient with an identity commitment.
		///
		/// Origin: signed by the new patient's key. Holds [`Config::PatientDeposit`] (on the
		/// sponsor, for an onboarded key). Errors: `AlreadyPatient`, `AlreadyMember`
		/// (organization keys cannot be patients'), `SponsorLimitReached`, a balance error when
		/// the deposit cannot be held.
		/// Event: `PatientRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(origin: OriginFor<T>, commitment: Commitment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_patient(who, commitment)
		}

		/// Replace the patient's identity commitment.
		///
		/// Origin: the patient, or a delegate with `IDENTITY` naming the patient in
		/// `on_behalf_of`. Errors: `NotPatient`, `UnknownPatient`, `NotAuthorized`.
		/// Event: `CommitmentUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_commitment())]
		pub fn update_commitment(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			commitment: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_commitment(who, on_behalf_of, commitment)
		}

		/// Deregister the signer: see the crate docs for what happens to grants and records.
		///
		/// Origin: the patient's own key (not a delegate). Errors: `NotPatient`.
		/// Event: `PatientDeregistered` (and the consent pallet's events for removed grants).
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::deregister_patient(T::MaxLinksPerPatient::get())
				.saturating_add(T::Lifecycle::on_deregistered_weight())
		)]
		pub fn deregister_patient(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_deregister_patient(who)
		}

		/// Name `delegate` with `permissions`, or change an existing delegate's permissions.
		///
		/// Origin: the patient. Errors: `NotPatient`, `InvalidFlags`, `SelfDelegation`,
		/// `TooManyDelegates`, `ThresholdTooHigh` (taking `RECOVERY` away from a guardian the
		/// threshold needs). Event: `DelegateAdded`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_delegate())]
		pub fn add_delegate(
			origin: OriginFor<T>,
			delegate: T::AccountId,
			permissions: DelegatePermissions,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_delegate(who, delegate, permissions)
		}

		/// Remove a delegate.
		///
		/// Origin: the patient. Errors: `NotPatient`, `NotDelegate`, `ThresholdTooHigh` (lower
		/// the threshold first). Event: `DelegateRemoved`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		pub fn remove_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_delegate(who, delegate)
		}

		/// Set how many guardians must vouch to recover the identity; 0 disables recovery.
		///
		/// Origin: the patient. Errors: `NotPatient`, `ThresholdTooHigh`.
		/// Event: `RecoveryThresholdSet`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_recovery_threshold())]
		pub fn set_recovery_threshold(origin: OriginFor<T>, threshold: u8) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_recovery_threshold(who, threshold)
		}

		/// Offer the signer's identity, grants, links and deposits to `new_account`, which takes
		/// them by signing `claim_identity`: a key is never made a patient's without its
		/// signature. An earlier offer, or a recovery in progress, is replaced.
		///
		/// Origin: the patient's current key. Errors: `NotPatient`, `InvalidNewKey`.
		/// Event: `KeyRotationOffered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(origin: OriginFor<T>, new_account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_rotate_key(who, new_account)
		}

		/// As a guardian of `patient`, vouch for moving the identity to `new_account`. When the
		/// vouches reach the patient's threshold, `new_account` may claim the identity
		/// [`Config::RecoveryDelay`] later; until then the patient's key or any delegate can
		/// cancel.
		///
		/// Origin: a delegate of the patient with `RECOVERY`. Errors: `UnknownPatient`,
		/// `NotAuthorized`, `RecoveryNotEnabled`, `RecoveryConflict` (another key change is in
		/// progress; the patient or a delegate can cancel it), `AlreadyVouched`,
		/// `InvalidNewKey`. Events: `RecoveryVouched`, then `RecoveryApproved` at the threshold.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::vouch_recovery())]
		pub fn vouch_recovery(
			origin: OriginFor<T>,
			patient: PatientId,
			new_account: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_vouch_recovery(who, patient, new_account)
		}

		/// Cancel a key change in progress: a recovery the patient did not ask for (guardians
		/// acting while the patient still holds the key, or a guardian's key stolen), or a
		/// rotation offer. Any delegate may cancel, so that guardians who vouched for a key that
		/// can no longer take the identity start again.
		///
		/// Origin: the patient, or any delegate of `on_behalf_of`. Errors: `NotPatient`,
		/// `UnknownPatient`, `NotAuthorized`, `NoRecovery`. Event: `RecoveryCancelled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_recovery())]
		pub fn cancel_recovery(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_recovery(who, on_behalf_of)
		}

		/// As the new key of `patient`'s key change, take the identity, grants, links and
		/// deposits: at once after the patient's `rotate_key`, or [`Config::RecoveryDelay`]
		/// after the guardians' vouches reached the threshold.
		///
		/// Origin: the new key. Errors: `NoRecovery`, `NotNewKey`, `NotClaimableYet`,
		/// `UnknownPatient`, `InvalidNewKey` (the key became a patient, member, delegate or
		/// sponsored key since; it can end a sponsorship itself, or a delegate cancels and the
		/// guardians vouch for another key). Event: `KeyRotated` or `PatientRecovered`.
		#[pallet::call_index(22)]
		#[pallet::weight(
			T::WeightInfo::claim_identity().saturating_add(T::Lifecycle::on_key_rotated_weight())
		)]
		pub fn claim_identity(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_identity(who, patient)
		}

		/// Register an organization with its admin account, kind and roles.
		///
		/// Origin: [`Config::OrganizationOrigin`]. Errors: `InvalidFlags`, `AlreadyMember`,
		/// `AlreadyPatient` (the admin key is a patient's). Event: `OrganizationRegistered`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::register_organization())]
		pub fn register_organization(
			origin: OriginFor<T>,
			admin: T::AccountId,
			kind: OrganizationKind,
			roles: OrganizationRoles,
		) -> DispatchResult {
			T::OrganizationOrigin::ensure_origin(origin)?;
			Self::do_register_organization(admin, kind, roles)
		}

		/// Suspend an organization: it receives no access and cannot act until reinstated.
		/// Its grants stay, so reinstating restores them.
		///
		/// Origin: [`Config::OrganizationOrigin`]. Errors: `UnknownOrganization`,
		/// `AlreadySuspended`. Event: `OrganizationSuspended`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::suspend_organization())]
		pub fn suspend_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			T::OrganizationOrigin::ensure_origin(origin)?;
			Self::do_suspend_organization(organization)
		}

		/// Reinstate a suspended organization.
		///
		/// Origin: [`Config::OrganizationOrigin`]. Errors: `UnknownOrganization`,
		/// `NotSuspended`. Event: `OrganizationReinstated`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::reinstate_organization())]
		pub fn reinstate_organization(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			T::OrganizationOrigin::ensure_origin(origin)?;
			Self::do_reinstate_organization(organization)
		}

		/// Replace an organization's roles.
		///
		/// Origin: [`Config::OrganizationOrigin`]. Errors: `InvalidFlags`,
		/// `UnknownOrganization`. Event: `OrganizationRolesSet`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_organization_roles())]
		pub fn set_organization_roles(
			origin: OriginFor<T>,
			organization: OrganizationId,
			roles: OrganizationRoles,
		) -> DispatchResult {
			T::OrganizationOrigin::ensure_origin(origin)?;
			Self::do_set_organization_roles(organization, roles)
		}

		/// Invite `operator` to become an operator key of the signer's organization; the key
		/// becomes one when it accepts (`accept_operator`).
		///
		/// Origin: the organization's admin. Errors: `NotAdmin`, `AlreadyMember`,
		/// `AlreadyPatient`, `AlreadyInvited`, `TooManyOperators` (operators and open invitations
		/// together). Event: `OperatorInvited`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::add_operator())]
		pub fn add_operator(origin: OriginFor<T>, operator: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_invite_operator(who, operator)
		}

		/// Accept `organization`'s invitation: the signer becomes one of its operator keys.
		///
		/// Origin: the invited key. Errors: `NotInvited`, `UnknownOrganization`,
		/// `AlreadyMember`, `AlreadyPatient`, `TooManyOperators`. Event: `OperatorAdded`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::accept_operator())]
		pub fn accept_operator(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_operator(who, organization)
		}

		/// Remove an operator key from the signer's organization, or withdraw the key's
		/// invitation if it has not accepted yet.
		///
		/// Origin: the organization's admin. Errors: `NotAdmin`, `NotOrganizationOperator`.
		/// Event: `OperatorRemoved` or `OperatorInvitationWithdrawn`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_operator())]
		pub fn remove_operator(origin: OriginFor<T>, operator: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_operator(who, operator)
		}

		/// Patient side of a link: complete the organization's proposal, or authorise the
		/// organization to complete the link.
		///
		/// Origin: the patient, or a delegate with `IDENTITY`. Errors: `NotPatient`,
		/// `NotAuthorized`, `UnknownOrganization`, `OrganizationSuspended`, `LinkExists`,
		/// `TooManyLinks`. Event: `LinkEstablished` or `LinkAuthorized`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::approve_link())]
		pub fn approve_link(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			organization: OrganizationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_link(who, on_behalf_of, organization)
		}

		/// Organization side of a link: complete the patient's authorisation with the
		/// commitment to the local MRN, or propose the link for the patient to approve.
		///
		/// Origin: an admin or operator of an active organization. Errors: `NotOperator`,
		/// `OrganizationSuspended`, `UnknownPatient`, `LinkExists`, `TooManyLinks`.
		/// Event: `LinkEstablished` or `LinkProposed`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::link_patient())]
		pub fn link_patient(
			origin: OriginFor<T>,
			patient: PatientId,
			mrn_commitment: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_link_patient(who, patient, mrn_commitment)
		}

		/// Patient side: remove a link or link proposal.
		///
		/// Origin: the patient, or a delegate with `IDENTITY`. Errors: `NotPatient`,
		/// `NotAuthorized`, `NoLink`. Event: `LinkRemoved`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::remove_link())]
		pub fn remove_link(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			organization: OrganizationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, info) =
				Self::ensure_patient_actor(&who, on_behalf_of, DelegatePermissions::IDENTITY)?;
			Self::do_remove_link(patient, info, organization, LinkSide::Patient)
		}

		/// Organization side: remove a link or link proposal with `patient`.
		///
		/// Origin: an admin or operator of the organization (suspended ones too, so they can
		/// clean up). Errors: `NotOperator`, `UnknownPatient`, `NoLink`. Event: `LinkRemoved`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::unlink_patient())]
		pub fn unlink_patient(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = Self::ensure_member(&who)?;
			let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			Self::do_remove_link(patient, info, organization, LinkSide::Organization)
		}

		/// Onboard `account` as a patient the signer's organization sponsors: from now on the
		/// organization's admin account pays the fees of the key's patient transactions (up to
		/// [`Config::SponsoredTransactionsPerPeriod`] per period) and the deposits of its
		/// records, and the key exists (so it can sign) with no balance of its own.
		///
		/// Origin: an admin or operator of an active organization. Holds
		/// [`Config::SponsorshipDeposit`] on the admin's account. Errors: `NotOperator`,
		/// `OrganizationSuspended`, `AlreadySponsored`, `AlreadyMember` (organization keys are
		/// not patients'), `SponsorLimitReached`, a balance error when the deposit cannot be
		/// held. Event: `PatientOnboarded`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::onboard_patient())]
		pub fn onboard_patient(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_onboard_patient(who, account)
		}

		/// End the sponsorship of `account`: its transactions are its own to pay again. The
		/// patient's grants, exports and registration stay valid; the deposits the sponsor
		/// holds for them go back to the sponsor as each record ends. The onboarding deposit
		/// goes back now.
		///
		/// Origin: an admin or operator of the sponsoring organization (active or suspended),
		/// or the sponsored key itself. Errors: `NotSponsored`, `NotSponsor`.
		/// Event: `SponsorshipEnded`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::end_sponsorship())]
		pub fn end_sponsorship(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_sponsorship(who, account)
		}

		/// Publish where the signer's organization serves its FHIR gateway, replace it, or
		/// withdraw it (`None`). The first endpoint holds [`Config::EndpointDeposit`] on the
		/// admin's account; a replacement keeps that hold; withdrawing returns it to the account
		/// it was held on.
		///
		/// Origin: the organization's admin (suspended organizations too: the endpoint says
		/// where, not whether, and governance's suspension already refuses them access).
		/// Errors: `NotAdmin`, `InvalidEndpoint` (not printable ASCII without spaces, or not
		/// `https://` or `http://` followed by something), `NoEndpoint` (withdrawing when none
		/// is published), a balance error when the deposit cannot be held.
		/// Event: `EndpointSet`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::set_endpoint())]
		pub fn set_endpoint(
			origin: OriginFor<T>,
			endpoint: Option<BoundedVec<u8, T::MaxEndpointLen>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_endpoint(who, endpoint)
		}
	}
}
