//! # Patient identity pallet
//!
//! ## Overview
//!
//! Who is who on a medchain network: patients, organizations, the links between them,
//! patients' delegates, and moving a patient to a new key. Only public keys, numeric ids and
//! salted commitments are stored, never protected health information.
//!
//! - A **patient** is an account registered with an identity commitment `H(salt ‖ attributes)`.
//!   The patient gets a [`PatientId`] that never changes; grants, links and records hang off the
//!   id, so a new key (rotation or recovery) keeps everything.
//! - An **organization** (hospital, clinic, lab, pharmacy, insurer, research body, device
//!   vendor) is registered, suspended and reinstated by [`Config::OrganizationOrigin`]
//!   (root on dev chains). It has roles ([`OrganizationRoles`]), an admin account and a bounded
//!   set of operator accounts, the keys its systems sign with, that the admin manages.
//! - A **link** records that a patient key matches an entry in an organization's master patient
//!   index, as a salted commitment to the local MRN. It exists only when both sides agreed:
//!   one side proposes, the other completes; either side removes it.
//! - **Delegates** (guardian, caregiver) act for a patient within [`DelegatePermissions`].
//!   Delegates with `RECOVERY` are guardians: when `recovery_threshold` of them vouch for the
//!   same new account, the identity moves to it.
//!
//! ## Pallet API
//!
//! Patients: `register_patient`, `update_commitment`, `deregister_patient`, `add_delegate`,
//! `remove_delegate`, `set_recovery_threshold`, `rotate_key`, `vouch_recovery`,
//! `cancel_recovery`, `approve_link`, `remove_link`.
//! Organizations: `register_organization`, `suspend_organization`, `reinstate_organization`,
//! `set_organization_roles` (governance); `add_operator`, `remove_operator` (admin);
//! `link_patient`, `unlink_patient`, `onboard_patient` (operators); `end_sponsorship` (the
//! sponsoring organization or the sponsored key).
//!
//! Other pallets use [`Pallet::ensure_patient_actor`], [`Pallet::ensure_operator`] and
//! [`Pallet::organization`] and hear about key changes and deregistration through
//! [`PatientLifecycle`].
//!
//! ## Deregistration
//!
//! `deregister_patient` removes the patient record, its key mapping, delegates, any recovery in
//! progress and every link, returns the registration deposit, and calls
//! [`PatientLifecycle::on_deregistered`]: the consent pallet then deletes every grant, pending
//! request and emergency access of the patient and returns their deposits. Records anchored by
//! custodians stay (anchors are append-only), but no grant authorises access to them any more.
//! The id is never reused.
//!
//! ## Deposits
//!
//! Registering as a patient holds [`Config::PatientDeposit`] on the patient's account (or its
//! sponsor's, below), sized for the largest patient record (all delegates). Links, operators
//! and organizations are bounded ([`Config::MaxLinksPerPatient`], [`Config::MaxOperators`]) and
//! created by vetted organizations or governance, so transaction fees cover them.
//!
//! ## Sponsorship
//!
//! An organization's operator onboards a key (`onboard_patient`): the organization's admin
//! account then holds the deposits of that patient's records (registration here, grants in
//! the consent pallet, exports in the bridge), recorded in [`SponsoredDeposits`] so that each
//! goes back to the admin account however the record ends, and the runtime's fee adapter takes
//! the fees of the patient's calls from it, up to [`Config::SponsoredTransactionsPerPeriod`]
//! per [`Config::SponsorshipPeriod`]. What one organization holds as a sponsor is bounded by
//! [`Config::MaxSponsoredDeposits`]. Onboarding gives the key an account reference (so a key
//! with no balance can sign), and registration one more (so a registered key never stops
//! existing, which would reset its nonce); both follow the identity on rotation and recovery.
//! `end_sponsorship` (the organization or the key) stops the fees; deposits already held stay
//! with the sponsor until their records end, so the patient's consents stay valid.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod runtime_api;
mod sponsorship;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use frame_support::{dispatch::DispatchResult, weights::Weight};

/// Lets pallets built on identities follow a patient's key and lifetime.
pub trait PatientLifecycle<AccountId> {
	/// The patient's identity moved from `old` to `new` (rotation or recovery).
	fn on_key_rotated(patient: PatientId, old: &AccountId, new: &AccountId) -> DispatchResult;
	/// The patient deregistered; `account` was their last key.
	fn on_deregistered(patient: PatientId, account: &AccountId) -> DispatchResult;
	/// The most weight `on_key_rotated` can use.
	fn on_key_rotated_weight() -> Weight;
	/// The most weight `on_deregistered` can use.
	fn on_deregistered_weight() -> Weight;
}

impl<AccountId> PatientLifecycle<AccountId> for () {
	fn on_key_rotated(_: PatientId, _: &AccountId, _: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn on_deregistered(_: PatientId, _: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn on_key_rotated_weight() -> Weight {
		Weight::zero()
	}
	fn on_deregistered_weight() -> Weight {
		Weight::zero()
	}
}

/// Both pallets follow the patient, in order (for example consent, then the bridge).
impl<AccountId, A, B> PatientLifecycle<AccountId> for (A, B)
where
	A: PatientLifecycle<AccountId>,
	B: PatientLifecycle<AccountId>,
{
	fn on_key_rotated(patient: PatientId, old: &AccountId, new: &AccountId) -> DispatchResult {
		A::on_key_rotated(patient, old, new)?;
		B::on_key_rotated(patient, old, new)
	}
	fn on_deregistered(patient: PatientId, account: &AccountId) -> DispatchResult {
		A::on_deregistered(patient, account)?;
		B::on_deregistered(patient, account)
	}
	fn on_key_rotated_weight() -> Weight {
		A::on_key_rotated_weight().saturating_add(B::on_key_rotated_weight())
	}
	fn on_deregistered_weight() -> Weight {
		A::on_deregistered_weight().saturating_add(B::on_deregistered_weight())
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{InspectHold, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Saturating;

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

	/// The pallet's configuration trait.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Holds patient registration deposits.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ frame_support::traits::fungible::Mutate<Self::AccountId>;
		/// The runtime's hold reasons (stored with the deposits sponsors hold).
		type RuntimeHoldReason: From<HoldReason> + Parameter + MaxEncodedLen;
		/// Registers, suspends and reinstates organizations and sets their roles.
		type OrganizationOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Held from a patient at registration, returned at deregistration.
		#[pallet::constant]
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
		type SponsorshipDeposit: Get<BalanceOf<Self>>;
		/// The most one organization may hold in deposits as a sponsor (onboarding deposits
		/// and the deposits of its patients' records).
		#[pallet::constant]
		type MaxSponsoredDeposits: Get<BalanceOf<Self>>;
		/// Sponsored transactions one patient may make per [`Config::SponsorshipPeriod`].
		#[pallet::constant]
		type SponsoredTransactionsPerPeriod: Get<u32>;
		/// The period the allowance of sponsored transactions renews after.
		#[pallet::constant]
		type SponsorshipPeriod: Get<BlockNumberFor<Self>>;
		/// How long after the guardians' last vouch the new key may claim a recovered identity:
		/// the time the patient's current key or a delegate has to see the recovery and cancel
		/// it.
		#[pallet::constant]
		type RecoveryDelay: Get<BlockNumberFor<Self>>;
		/// Follows key rotation and deregistration (the consent pallet).
		type Lifecycle: PatientLifecycle<Self::AccountId>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A patient's registration deposit.
		PatientRegistration,
		/// A sponsor's deposit for an account it onboarded.
		Sponsorship,
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

	/// An organization in the genesis config: `(admin, kind, roles, operators)`.
	pub type GenesisOrganization<AccountId> =
		(AccountId, OrganizationKind, OrganizationRoles, Vec<AccountId>);

	/// Organizations and patients that exist from genesis: a consortium's founding members,
	/// and test populations for benchmarks.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(admin, kind, roles, operators)`; ids are assigned in order from 0.
		pub organizations: Vec<GenesisOrganization<T::AccountId>>,
		/// `(account, identity commitment)`; the deposit is held from the account, which must be
		/// endowed by the balances genesis. Ids are assigned in order from 0.
		pub patients: Vec<(T::AccountId, Commitment)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (admin, kind, roles, operators) in &self.organizations {
				Pallet::<T>::do_register_organization(admin.clone(), *kind, *roles)
					.expect("genesis organization admins are valid and distinct");
				let organization = NextOrganizationId::<T>::get().saturating_sub(1);
				for operator in operators {
					Pallet::<T>::do_add_operator(organization, operator.clone())
						.expect("genesis operators are distinct and within MaxOperators");
				}
			}
			for (account, commitment) in &self.patients {
				Pallet::<T>::register_patient(
					frame_system::RawOrigin::Signed(account.clone()).into(),
					*commitment,
				)
				.expect("genesis patients are distinct, endowed accounts");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient registered.
		PatientRegistered { patient: PatientId, account: T::AccountId },
		/// A patient's identity commitment changed.
		CommitmentUpdated { patient: PatientId, by: T::AccountId },
		/// A patient deregistered; their links, grants and requests are gone.
		PatientDeregistered { patient: PatientId },
		/// A patient named a delegate (or changed a delegate's permissions).
		DelegateAdded {
			patient: PatientId,
			delegate: T::AccountId,
			permissions: DelegatePermissions,
		},
		/// A patient removed a delegate.
		DelegateRemoved { patient: PatientId, delegate: T::AccountId },
		/// A patient set how many guardians must vouch for a recovery.
		RecoveryThresholdSet { patient: PatientId, threshold: u8 },
		/// A patient offered its identity to a new key, which must claim it (`claim_identity`).
		KeyRotationOffered { patient: PatientId, new_account: T::AccountId },
		/// A patient's identity moved to a new key (offered by the patient, claimed by the key).
		KeyRotated { patient: PatientId, old: T::AccountId, new: T::AccountId },
		/// A guardian vouched for moving a patient to `new_account`.
		RecoveryVouched {
			patient: PatientId,
			guardian: T::AccountId,
			new_account: T::AccountId,
			vouches: u32,
		},
		/// Enough guardians vouched: `new_account` may claim the identity from `claimable_at`,
		/// unless the patient's key or a delegate cancels first.
		RecoveryApproved {
			patient: PatientId,
			new_account: T::AccountId,
			claimable_at: BlockNumberFor<T>,
		},
		/// The new key claimed a recovered identity: the identity moved to it.
		PatientRecovered { patient: PatientId, old: T::AccountId, new: T::AccountId },
		/// The patient's key or a delegate cancelled a key change in progress.
		RecoveryCancelled { patient: PatientId, by: T::AccountId },
		/// Governance registered an organization.
		OrganizationRegistered {
			organization: OrganizationId,
			admin: T::AccountId,
			kind: OrganizationKind,
			roles: OrganizationRoles,
		},
		/// Governance suspended an organization.
		OrganizationSuspended { organization: OrganizationId },
		/// Governance reinstated an organization.
		OrganizationReinstated { organization: OrganizationId },
		/// Governance changed an organization's roles.
		OrganizationRolesSet { organization: OrganizationId, roles: OrganizationRoles },
		/// An organization's admin invited a key to become an operator.
		OperatorInvited { organization: OrganizationId, operator: T::AccountId },
		/// The admin withdrew an invitation the key had not accepted.
		OperatorInvitationWithdrawn { organization: OrganizationId, operator: T::AccountId },
		/// A key accepted an invitation and became an operator.
		OperatorAdded { organization: OrganizationId, operator: T::AccountId },
		/// An organization's admin removed an operator.
		OperatorRemoved { organization: OrganizationId, operator: T::AccountId },
		/// The patient side approved a link the organization has yet to complete.
		LinkAuthorized { patient: PatientId, organization: OrganizationId },
		/// The organization proposed a link the patient has yet to approve.
		LinkProposed { patient: PatientId, organization: OrganizationId },
		/// Both sides agreed: the link is active.
		LinkEstablished { patient: PatientId, organization: OrganizationId },
		/// A link or link proposal was removed.
		LinkRemoved { patient: PatientId, organization: OrganizationId, by: LinkSide },
		/// An organization onboarded a key: it pays the key's patient transactions and deposits.
		PatientOnboarded { account: T::AccountId, organization: OrganizationId },
		/// A sponsorship ended; deposits already held for the patient's records stay held.
		SponsorshipEnded { account: T::AccountId, organization: OrganizationId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already registered as a patient.
		AlreadyPatient,
		/// The account is not a registered patient.
		NotPatient,
		/// No patient with this id.
		UnknownPatient,
		/// The signer is neither the patient nor a delegate with the needed permission.
		NotAuthorized,
		/// The account already belongs to an organization.
		AlreadyMember,
		/// No organization with this id.
		UnknownOrganization,
		/// The signer is not an admin or operator of any organization.
		NotOperator,
		/// The signer is not the admin of an organization.
		NotAdmin,
		/// The organization is suspended.
		OrganizationSuspended,
		/// The organization is already suspended.
		AlreadySuspended,
		/// The organization is not suspended.
		NotSuspended,
		/// Unknown flag bits, or an empty set where one is needed.
		InvalidFlags,
		/// The patient already has the most delegates allowed.
		TooManyDelegates,
		/// The account is not a delegate of this patient.
		NotDelegate,
		/// A patient cannot be their own delegate.
		SelfDelegation,
		/// The organization already has the most operators allowed.
		TooManyOperators,
		/// The account is not an operator of this organization.
		NotOrganizationOperator,
		/// The patient already has the most links allowed.
		TooManyLinks,
		/// This link or proposal already exists.
		LinkExists,
		/// There is no link or proposal between this patient and organization.
		NoLink,
		/// The threshold is higher than the number of guardians (or a removal would make it so).
		ThresholdTooHigh,
		/// The patient has not enabled recovery.
		RecoveryNotEnabled,
		/// A recovery to a different account is already in progress.
		RecoveryConflict,
		/// This guardian already vouched.
		AlreadyVouched,
		/// No recovery is in progress.
		NoRecovery,
		/// The new key is already a patient, an organization member, one of the patient's
		/// delegates, a sponsored key, or the same key.
		InvalidNewKey,
		/// The key is already sponsored.
		AlreadySponsored,
		/// The key is not sponsored.
		NotSponsored,
		/// The signer is neither the sponsored key nor a member of the sponsoring organization.
		NotSponsor,
		/// The sponsor already holds the most deposits allowed
		/// ([`Config::MaxSponsoredDeposits`]).
		SponsorLimitReached,
		/// The signer is not the new key of this patient's key change.
		NotNewKey,
		/// The key change may not be claimed yet: guardians are short of the threshold, or the
		/// recovery delay has not passed.
		NotClaimableYet,
		/// The key was already invited to this organization.
		AlreadyInvited,
		/// The key has no invitation from this organization.
		NotInvited,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxDelegates::get() > 0, "MaxDelegates must be positive");
			assert!(T::MaxDelegates::get() <= u8::MAX as u32, "recovery thresholds are u8");
			assert!(T::MaxOperators::get() > 0, "MaxOperators must be positive");
			assert!(T::MaxLinksPerPatient::get() > 0, "MaxLinksPerPatient must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the signer as a patient with an identity commitment.
		///
		/// Origin: signed by the new patient's key. Holds [`Config::PatientDeposit`].
		/// Errors: `AlreadyPatient`, `AlreadyMember` (organization keys cannot be patients'),
		/// a balance error when the deposit cannot be held.
		/// Event: `PatientRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(origin: OriginFor<T>, commitment: Commitment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!PatientIdOf::<T>::contains_key(&who), Error::<T>::AlreadyPatient);
			ensure!(!OrganizationOf::<T>::contains_key(&who), Error::<T>::AlreadyMember);
			let deposit = T::PatientDeposit::get();
			let patient = NextPatientId::<T>::get();
			Self::hold_patient_deposit(
				patient,
				&who,
				DepositKey::Registration,
				HoldReason::PatientRegistration.into(),
				deposit,
			)?;
			NextPatientId::<T>::put(patient.saturating_add(1));
			// A registered key always exists, so its nonce never goes back to 0 while it is a
			// patient's (which would let old transactions be replayed).
			frame_system::Pallet::<T>::inc_sufficients(&who);
			Patients::<T>::insert(
				patient,
				PatientInfo {
					account: who.clone(),
					commitment,
					registered_at: frame_system::Pallet::<T>::block_number(),
					delegates: BoundedVec::new(),
					recovery_threshold: 0,
					links: 0,
					deposit,
				},
			);
			PatientIdOf::<T>::insert(&who, patient);
			Self::deposit_event(Event::PatientRegistered { patient, account: who });
			Ok(())
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
			let (patient, mut info) =
				Self::ensure_patient_actor(&who, on_behalf_of, DelegatePermissions::IDENTITY)?;
			info.commitment = commitment;
			Patients::<T>::insert(patient, info);
			Self::deposit_event(Event::CommitmentUpdated { patient, by: who });
			Ok(())
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
			let patient = PatientIdOf::<T>::get(&who).ok_or(Error::<T>::NotPatient)?;
			let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			T::Lifecycle::on_deregistered(patient, &who)?;
			let links = info.links;
			// `links` counts this patient's entries in `Links`, which `MaxLinksPerPatient` bounds.
			let _ = Links::<T>::clear_prefix(patient, links, None);
			Self::end_key_change(patient);
			Patients::<T>::remove(patient);
			PatientIdOf::<T>::remove(&who);
			Self::release_patient_deposit(
				patient,
				&who,
				DepositKey::Registration,
				HoldReason::PatientRegistration.into(),
				info.deposit,
			);
			if let Some(organization) = Self::do_end_sponsorship(&who) {
				Self::deposit_event(Event::SponsorshipEnded { account: who.clone(), organization });
			}
			frame_system::Pallet::<T>::dec_sufficients(&who);
			Self::deposit_event(Event::PatientDeregistered { patient });
			Ok(Some(
				T::WeightInfo::deregister_patient(links)
					.saturating_add(T::Lifecycle::on_deregistered_weight()),
			)
			.into())
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
			ensure!(permissions.is_valid() && !permissions.is_empty(), Error::<T>::InvalidFlags);
			ensure!(delegate != who, Error::<T>::SelfDelegation);
			let (patient, mut info) =
				Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
			if let Some(entry) = info.delegates.iter_mut().find(|(d, _)| *d == delegate) {
				entry.1 = permissions;
			} else {
				info.delegates
					.try_push((delegate.clone(), permissions))
					.map_err(|_| Error::<T>::TooManyDelegates)?;
			}
			ensure!(
				info.guardians() >= info.recovery_threshold as u32,
				Error::<T>::ThresholdTooHigh
			);
			Patients::<T>::insert(patient, info);
			// A change of guardians invalidates vouches collected so far.
			Self::end_key_change(patient);
			Self::deposit_event(Event::DelegateAdded { patient, delegate, permissions });
			Ok(())
		}

		/// Remove a delegate.
		///
		/// Origin: the patient. Errors: `NotPatient`, `NotDelegate`, `ThresholdTooHigh` (lower
		/// the threshold first). Event: `DelegateRemoved`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		pub fn remove_delegate(origin: OriginFor<T>, delegate: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, mut info) =
				Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
			let before = info.delegates.len();
			info.delegates.retain(|(d, _)| *d != delegate);
			ensure!(info.delegates.len() < before, Error::<T>::NotDelegate);
			ensure!(
				info.guardians() >= info.recovery_threshold as u32,
				Error::<T>::ThresholdTooHigh
			);
			Patients::<T>::insert(patient, info);
			Self::end_key_change(patient);
			Self::deposit_event(Event::DelegateRemoved { patient, delegate });
			Ok(())
		}

		/// Set how many guardians must vouch to recover the identity; 0 disables recovery.
		///
		/// Origin: the patient. Errors: `NotPatient`, `ThresholdTooHigh`.
		/// Event: `RecoveryThresholdSet`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_recovery_threshold())]
		pub fn set_recovery_threshold(origin: OriginFor<T>, threshold: u8) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, mut info) =
				Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
			ensure!(info.guardians() >= threshold as u32, Error::<T>::ThresholdTooHigh);
			info.recovery_threshold = threshold;
			Patients::<T>::insert(patient, info);
			Self::end_key_change(patient);
			Self::deposit_event(Event::RecoveryThresholdSet { patient, threshold });
			Ok(())
		}

		/// Offer the signer's identity, grants, links and deposits to `new_account`, which takes
		/// them by signing `claim_identity`: a key is never made a patient's without its
		/// signature. A newer offer, or a recovery in progress, is replaced.
		///
		/// Origin: the patient's current key. Errors: `NotPatient`, `InvalidNewKey`.
		/// Event: `KeyRotationOffered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(origin: OriginFor<T>, new_account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, info) =
				Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
			Self::ensure_rotation_target(&info, &new_account)?;
			let now = frame_system::Pallet::<T>::block_number();
			let offer = Recovery {
				new_account: new_account.clone(),
				vouchers: BoundedVec::new(),
				claimable_at: Some(now),
			};
			Self::begin_key_change(patient, offer);
			Self::deposit_event(Event::KeyRotationOffered { patient, new_account });
			Ok(())
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
			let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			let permissions = info.delegate_permissions(&who).ok_or(Error::<T>::NotAuthorized)?;
			ensure!(permissions.contains(DelegatePermissions::RECOVERY), Error::<T>::NotAuthorized);
			ensure!(info.recovery_threshold > 0, Error::<T>::RecoveryNotEnabled);
			Self::ensure_rotation_target(&info, &new_account)?;
			let existing = Recoveries::<T>::get(patient);
			let started = existing.is_some();
			let mut recovery = match existing {
				Some(r) => {
					// The patient's own offer is not the guardians' to join.
					let same = r.new_account == new_account && !r.by_patient();
					ensure!(same, Error::<T>::RecoveryConflict);
					r
				},
				None => Recovery {
					new_account: new_account.clone(),
					vouchers: BoundedVec::new(),
					claimable_at: None,
				},
			};
			ensure!(!recovery.vouchers.contains(&who), Error::<T>::AlreadyVouched);
			// Every voucher is a distinct delegate, so there is always room.
			recovery.vouchers.try_push(who.clone()).map_err(|_| Error::<T>::AlreadyVouched)?;
			let vouches = recovery.vouchers.len() as u32;
			Self::deposit_event(Event::RecoveryVouched {
				patient,
				guardian: who,
				new_account: new_account.clone(),
				vouches,
			});
			if recovery.claimable_at.is_none() && vouches >= info.recovery_threshold as u32 {
				let claimable_at = frame_system::Pallet::<T>::block_number()
					.saturating_add(T::RecoveryDelay::get());
				recovery.claimable_at = Some(claimable_at);
				Self::deposit_event(Event::RecoveryApproved { patient, new_account, claimable_at });
			}
			if started {
				Recoveries::<T>::insert(patient, recovery);
			} else {
				Self::begin_key_change(patient, recovery);
			}
			Ok(())
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
			let patient = match on_behalf_of {
				None => PatientIdOf::<T>::get(&who).ok_or(Error::<T>::NotPatient)?,
				Some(patient) => {
					let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
					let allowed = info.account == who || info.delegate_permissions(&who).is_some();
					ensure!(allowed, Error::<T>::NotAuthorized);
					patient
				},
			};
			ensure!(Self::end_key_change(patient), Error::<T>::NoRecovery);
			Self::deposit_event(Event::RecoveryCancelled { patient, by: who });
			Ok(())
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
			let change = Recoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
			ensure!(change.new_account == who, Error::<T>::NotNewKey);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(change.claimable_at.is_some_and(|at| at <= now), Error::<T>::NotClaimableYet);
			let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			let old = info.account.clone();
			Self::do_rotate(patient, info, &who)?;
			Self::deposit_event(if change.by_patient() {
				Event::KeyRotated { patient, old, new: who }
			} else {
				Event::PatientRecovered { patient, old, new: who }
			});
			Ok(())
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
			Organizations::<T>::try_mutate(organization, |o| {
				let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
				ensure!(o.is_active(), Error::<T>::AlreadySuspended);
				o.status = OrganizationStatus::Suspended;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::OrganizationSuspended { organization });
			Ok(())
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
			Organizations::<T>::try_mutate(organization, |o| {
				let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
				ensure!(!o.is_active(), Error::<T>::NotSuspended);
				o.status = OrganizationStatus::Active;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::OrganizationReinstated { organization });
			Ok(())
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
			ensure!(roles.is_valid(), Error::<T>::InvalidFlags);
			Organizations::<T>::try_mutate(organization, |o| {
				let o = o.as_mut().ok_or(Error::<T>::UnknownOrganization)?;
				o.roles = roles;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::OrganizationRolesSet { organization, roles });
			Ok(())
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
			let (organization, info) = Self::ensure_admin(&who)?;
			Self::ensure_free_for_organization(&operator)?;
			OperatorInvitations::<T>::try_mutate(organization, |invited| -> DispatchResult {
				ensure!(!invited.contains(&operator), Error::<T>::AlreadyInvited);
				let open = invited.len().saturating_add(info.operators.len());
				ensure!(open < T::MaxOperators::get() as usize, Error::<T>::TooManyOperators);
				invited.try_push(operator.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
				Ok(())
			})?;
			Self::deposit_event(Event::OperatorInvited { organization, operator });
			Ok(())
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
			OperatorInvitations::<T>::try_mutate_exists(organization, |invited| {
				let list = invited.as_mut().ok_or(Error::<T>::NotInvited)?;
				let before = list.len();
				list.retain(|k| *k != who);
				ensure!(list.len() < before, Error::<T>::NotInvited);
				if list.is_empty() {
					*invited = None;
				}
				Ok::<_, DispatchError>(())
			})?;
			Self::do_add_operator(organization, who)
		}

		/// Remove an operator key from the signer's organization.
		///
		/// Origin: the organization's admin. Errors: `NotAdmin`, `NotOrganizationOperator`.
		/// Event: `OperatorRemoved`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_operator())]
		pub fn remove_operator(origin: OriginFor<T>, operator: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, mut info) = Self::ensure_admin(&who)?;
			let withdrawn = OperatorInvitations::<T>::mutate_exists(organization, |invited| {
				let list = invited.as_mut()?;
				let before = list.len();
				list.retain(|k| *k != operator);
				let withdrawn = list.len() < before;
				if list.is_empty() {
					*invited = None;
				}
				withdrawn.then_some(())
			});
			if withdrawn.is_some() {
				Self::deposit_event(Event::OperatorInvitationWithdrawn { organization, operator });
				return Ok(());
			}
			let before = info.operators.len();
			info.operators.retain(|o| *o != operator);
			ensure!(info.operators.len() < before, Error::<T>::NotOrganizationOperator);
			Organizations::<T>::insert(organization, info);
			OrganizationOf::<T>::remove(&operator);
			Self::deposit_event(Event::OperatorRemoved { organization, operator });
			Ok(())
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
			let (patient, mut info) =
				Self::ensure_patient_actor(&who, on_behalf_of, DelegatePermissions::IDENTITY)?;
			Self::ensure_active_organization(organization)?;
			match Links::<T>::get(patient, organization) {
				Some(Link { status: LinkStatus::AwaitingPatient, mrn_commitment }) => {
					Links::<T>::insert(
						patient,
						organization,
						Link { status: LinkStatus::Active, mrn_commitment },
					);
					Self::deposit_event(Event::LinkEstablished { patient, organization });
				},
				Some(_) => return Err(Error::<T>::LinkExists.into()),
				None => {
					Self::count_new_link(&mut info)?;
					Patients::<T>::insert(patient, info);
					Links::<T>::insert(
						patient,
						organization,
						Link { status: LinkStatus::AwaitingOrganization, mrn_commitment: None },
					);
					Self::deposit_event(Event::LinkAuthorized { patient, organization });
				},
			}
			Ok(())
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
			let (organization, _) = Self::ensure_operator(&who)?;
			let mut info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			match Links::<T>::get(patient, organization) {
				Some(Link { status: LinkStatus::AwaitingOrganization, .. }) => {
					Links::<T>::insert(
						patient,
						organization,
						Link { status: LinkStatus::Active, mrn_commitment: Some(mrn_commitment) },
					);
					Self::deposit_event(Event::LinkEstablished { patient, organization });
				},
				Some(_) => return Err(Error::<T>::LinkExists.into()),
				None => {
					Self::count_new_link(&mut info)?;
					Patients::<T>::insert(patient, info);
					Links::<T>::insert(
						patient,
						organization,
						Link {
							status: LinkStatus::AwaitingPatient,
							mrn_commitment: Some(mrn_commitment),
						},
					);
					Self::deposit_event(Event::LinkProposed { patient, organization });
				},
			}
			Ok(())
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
			let (organization, info) = Self::ensure_operator(&who)?;
			ensure!(!Sponsorships::<T>::contains_key(&account), Error::<T>::AlreadySponsored);
			ensure!(!OrganizationOf::<T>::contains_key(&account), Error::<T>::AlreadyMember);
			let deposit = T::SponsorshipDeposit::get();
			Self::count_sponsor_deposit(organization, deposit)?;
			T::Currency::hold(&HoldReason::Sponsorship.into(), &info.admin, deposit)?;
			frame_system::Pallet::<T>::inc_sufficients(&account);
			Sponsorships::<T>::insert(
				&account,
				Sponsorship {
					organization,
					payer: info.admin,
					deposit,
					period_start: frame_system::Pallet::<T>::block_number(),
					used: 0,
				},
			);
			Self::deposit_event(Event::PatientOnboarded { account, organization });
			Ok(())
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
			let s = Sponsorships::<T>::get(&account).ok_or(Error::<T>::NotSponsored)?;
			ensure!(
				who == account || OrganizationOf::<T>::get(&who) == Some(s.organization),
				Error::<T>::NotSponsor
			);
			Self::do_end_sponsorship(&account);
			Self::deposit_event(Event::SponsorshipEnded { account, organization: s.organization });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Resolve who acts for which patient. With `on_behalf_of = None` the signer must be a
		/// patient; with `Some(id)` the signer must be that patient or a delegate holding
		/// `needed` (`NONE` admits the patient only).
		pub fn ensure_patient_actor(
			who: &T::AccountId,
			on_behalf_of: Option<PatientId>,
			needed: DelegatePermissions,
		) -> Result<(PatientId, PatientInfoOf<T>), DispatchError> {
			let patient = match on_behalf_of {
				None => PatientIdOf::<T>::get(who).ok_or(Error::<T>::NotPatient)?,
				Some(id) => id,
			};
			let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
			if info.account != *who {
				let allowed = !needed.is_empty()
					&& info.delegate_permissions(who).is_some_and(|p| p.contains(needed));
				ensure!(allowed, Error::<T>::NotAuthorized);
			}
			Ok((patient, info))
		}

		/// The organization `who` is an admin or operator of, active or suspended.
		pub fn ensure_member(who: &T::AccountId) -> Result<OrganizationId, DispatchError> {
			Ok(OrganizationOf::<T>::get(who).ok_or(Error::<T>::NotOperator)?)
		}

		/// The active organization `who` is an admin or operator of.
		pub fn ensure_operator(
			who: &T::AccountId,
		) -> Result<(OrganizationId, OrganizationInfoOf<T>), DispatchError> {
			let organization = Self::ensure_member(who)?;
			let info = Organizations::<T>::get(organization).ok_or(Error::<T>::NotOperator)?;
			ensure!(info.is_active(), Error::<T>::OrganizationSuspended);
			Ok((organization, info))
		}

		/// That `organization` exists and is not suspended.
		pub fn ensure_active_organization(organization: OrganizationId) -> DispatchResult {
			let org =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(org.is_active(), Error::<T>::OrganizationSuspended);
			Ok(())
		}

		/// An organization's record.
		pub fn organization(organization: OrganizationId) -> Option<OrganizationInfoOf<T>> {
			Organizations::<T>::get(organization)
		}

		/// A patient's record.
		pub fn patient(patient: PatientId) -> Option<PatientInfoOf<T>> {
			Patients::<T>::get(patient)
		}

		/// The patient id an account controls.
		pub fn patient_id_of(account: &T::AccountId) -> Option<PatientId> {
			PatientIdOf::<T>::get(account)
		}

		fn do_register_organization(
			admin: T::AccountId,
			kind: OrganizationKind,
			roles: OrganizationRoles,
		) -> DispatchResult {
			ensure!(roles.is_valid(), Error::<T>::InvalidFlags);
			Self::ensure_free_for_organization(&admin)?;
			let organization = NextOrganizationId::<T>::get();
			NextOrganizationId::<T>::put(organization.saturating_add(1));
			Organizations::<T>::insert(
				organization,
				OrganizationInfo {
					kind,
					roles,
					status: OrganizationStatus::Active,
					admin: admin.clone(),
					operators: BoundedVec::new(),
				},
			);
			OrganizationOf::<T>::insert(&admin, organization);
			Self::deposit_event(Event::OrganizationRegistered { organization, admin, kind, roles });
			Ok(())
		}

		fn ensure_admin(
			who: &T::AccountId,
		) -> Result<(OrganizationId, OrganizationInfoOf<T>), DispatchError> {
			let organization = OrganizationOf::<T>::get(who).ok_or(Error::<T>::NotAdmin)?;
			let info = Organizations::<T>::get(organization).ok_or(Error::<T>::NotAdmin)?;
			ensure!(info.admin == *who, Error::<T>::NotAdmin);
			Ok((organization, info))
		}

		fn ensure_free_for_organization(account: &T::AccountId) -> DispatchResult {
			ensure!(!OrganizationOf::<T>::contains_key(account), Error::<T>::AlreadyMember);
			ensure!(!PatientIdOf::<T>::contains_key(account), Error::<T>::AlreadyPatient);
			Ok(())
		}

		/// Start a key change for `patient`, ending any other in progress. While it waits, its
		/// new key holds a sufficient account reference, so that a key with no balance can sign
		/// its claim (the patient's sponsor, if any, pays the fee).
		fn begin_key_change(patient: PatientId, change: RecoveryOf<T>) {
			// Taken before the old change's is dropped: the same key must not be reaped between.
			frame_system::Pallet::<T>::inc_sufficients(&change.new_account);
			Self::end_key_change(patient);
			Recoveries::<T>::insert(patient, change);
		}

		/// End `patient`'s key change, if one is in progress (and say whether one was).
		fn end_key_change(patient: PatientId) -> bool {
			let Some(change) = Recoveries::<T>::take(patient) else { return false };
			frame_system::Pallet::<T>::dec_sufficients(&change.new_account);
			true
		}

		/// Make `operator` an operator of `organization` (which exists).
		fn do_add_operator(organization: OrganizationId, operator: T::AccountId) -> DispatchResult {
			Self::ensure_free_for_organization(&operator)?;
			let mut info =
				Organizations::<T>::get(organization).ok_or(Error::<T>::UnknownOrganization)?;
			info.operators.try_push(operator.clone()).map_err(|_| Error::<T>::TooManyOperators)?;
			Organizations::<T>::insert(organization, info);
			OrganizationOf::<T>::insert(&operator, organization);
			Self::deposit_event(Event::OperatorAdded { organization, operator });
			Ok(())
		}

		/// That `new` may take over the patient `info` (checked again when it claims).
		fn ensure_rotation_target(info: &PatientInfoOf<T>, new: &T::AccountId) -> DispatchResult {
			Self::ensure_new_key(&info.account, new)?;
			// A patient cannot be their own delegate.
			ensure!(info.delegate_permissions(new).is_none(), Error::<T>::InvalidNewKey);
			Ok(())
		}

		fn ensure_new_key(old: &T::AccountId, new: &T::AccountId) -> DispatchResult {
			ensure!(
				old != new
					&& !PatientIdOf::<T>::contains_key(new)
					&& !OrganizationOf::<T>::contains_key(new)
					&& !Sponsorships::<T>::contains_key(new),
				Error::<T>::InvalidNewKey
			);
			Ok(())
		}

		fn count_new_link(info: &mut PatientInfoOf<T>) -> DispatchResult {
			ensure!(info.links < T::MaxLinksPerPatient::get(), Error::<T>::TooManyLinks);
			info.links = info.links.saturating_add(1);
			Ok(())
		}

		fn do_remove_link(
			patient: PatientId,
			mut info: PatientInfoOf<T>,
			organization: OrganizationId,
			by: LinkSide,
		) -> DispatchResult {
			ensure!(Links::<T>::take(patient, organization).is_some(), Error::<T>::NoLink);
			info.links = info.links.saturating_sub(1);
			Patients::<T>::insert(patient, info);
			Self::deposit_event(Event::LinkRemoved { patient, organization, by });
			Ok(())
		}

		/// Move `patient` from its current key to `new`, with its deposit.
		fn do_rotate(
			patient: PatientId,
			mut info: PatientInfoOf<T>,
			new: &T::AccountId,
		) -> DispatchResult {
			let old = info.account.clone();
			Self::ensure_rotation_target(&info, new)?;
			let reason = HoldReason::PatientRegistration.into();
			Self::move_patient_deposits(&reason, &old, new)?;
			T::Lifecycle::on_key_rotated(patient, &old, new)?;
			// The sponsorship and the account references follow the identity.
			Self::move_account_reference(&old, new);
			if let Some(s) = Sponsorships::<T>::take(&old) {
				Sponsorships::<T>::insert(new, s);
				Self::move_account_reference(&old, new);
			}
			PatientIdOf::<T>::remove(&old);
			PatientIdOf::<T>::insert(new, patient);
			info.account = new.clone();
			Patients::<T>::insert(patient, info);
			Self::end_key_change(patient);
			Ok(())
		}

		/// Move one sufficient reference from `old` to `new` (taken first, so that an account
		/// both keys share nothing with is never reaped in between).
		fn move_account_reference(old: &T::AccountId, new: &T::AccountId) {
			frame_system::Pallet::<T>::inc_sufficients(new);
			frame_system::Pallet::<T>::dec_sufficients(old);
		}

		/// Storage invariants, checked by `try_state` and the randomized tests.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let next_patient = NextPatientId::<T>::get();
			let mut patients = 0u32;
			for (id, info) in Patients::<T>::iter() {
				patients += 1;
				ensure!(id < next_patient, "patient id at or beyond NextPatientId");
				ensure!(
					PatientIdOf::<T>::get(&info.account) == Some(id),
					"patient's account does not map back to it"
				);
				let self_paid = match SponsoredDeposits::<T>::get(id, DepositKey::Registration) {
					Some(d) => {
						ensure!(d.amount == info.deposit, "sponsored deposit differs");
						Zero::zero()
					},
					None => info.deposit,
				};
				ensure!(
					T::Currency::balance_on_hold(
						&HoldReason::PatientRegistration.into(),
						&info.account
					) == self_paid,
					"registration deposit held differs from the record"
				);
				let references = 1 + Sponsorships::<T>::contains_key(&info.account) as u32;
				ensure!(
					frame_system::Pallet::<T>::sufficients(&info.account) >= references,
					"a patient's key lacks its account references"
				);
				let links = Links::<T>::iter_prefix(id).count() as u32;
				ensure!(links == info.links, "link count differs from stored links");
				ensure!(links <= T::MaxLinksPerPatient::get(), "too many links");
				ensure!(
					info.guardians() >= info.recovery_threshold as u32,
					"recovery threshold above guardian count"
				);
				for (i, (d, p)) in info.delegates.iter().enumerate() {
					ensure!(*d != info.account, "patient is their own delegate");
					ensure!(p.is_valid() && !p.is_empty(), "invalid delegate permissions");
					ensure!(
						!info.delegates.iter().skip(i + 1).any(|(o, _)| o == d),
						"duplicate delegate"
					);
				}
				if let Some(r) = Recoveries::<T>::get(id) {
					let at_threshold = r.vouchers.len() as u32 >= info.recovery_threshold as u32;
					ensure!(
						r.claimable_at.is_some() == (r.by_patient() || at_threshold),
						"a key change's claimability disagrees with its vouches"
					);
					ensure!(
						r.vouchers.iter().all(|v| info
							.delegate_permissions(v)
							.is_some_and(|p| p.contains(DelegatePermissions::RECOVERY))),
						"a voucher is not a guardian"
					);
					ensure!(
						frame_system::Pallet::<T>::sufficients(&r.new_account) >= 1,
						"a key change's new key lacks its account reference"
					);
				}
			}
			ensure!(
				PatientIdOf::<T>::iter().count() as u32 == patients,
				"PatientIdOf has entries without patients"
			);
			ensure!(
				Links::<T>::iter_keys().all(|(p, _)| Patients::<T>::contains_key(p)),
				"link of an unknown patient"
			);
			ensure!(
				Recoveries::<T>::iter_keys().all(Patients::<T>::contains_key),
				"recovery of an unknown patient"
			);
			let next_org = NextOrganizationId::<T>::get();
			let mut members = 0u32;
			for (id, info) in Organizations::<T>::iter() {
				ensure!(id < next_org, "organization id at or beyond NextOrganizationId");
				ensure!(info.roles.is_valid(), "invalid organization roles");
				for account in core::iter::once(&info.admin).chain(info.operators.iter()) {
					members += 1;
					ensure!(
						OrganizationOf::<T>::get(account) == Some(id),
						"member does not map back to its organization"
					);
				}
			}
			ensure!(
				OrganizationOf::<T>::iter().count() as u32 == members,
				"OrganizationOf has entries without organizations"
			);
			for (id, invited) in OperatorInvitations::<T>::iter() {
				let info =
					Organizations::<T>::get(id).ok_or("invitation of an unknown organization")?;
				ensure!(!invited.is_empty(), "an empty invitation list is stored");
				ensure!(
					invited.len() + info.operators.len() <= T::MaxOperators::get() as usize,
					"operators and invitations exceed MaxOperators"
				);
			}
			Self::try_sponsorships()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// A patient as the runtime API shows it.
	pub fn patient_view(
		patient: PatientId,
	) -> Option<runtime_api::PatientView<T::AccountId, BalanceOf<T>>> {
		use sp_runtime::traits::UniqueSaturatedInto;
		Patients::<T>::get(patient).map(|info| runtime_api::PatientView {
			id: patient,
			account: info.account,
			commitment: info.commitment,
			registered_at: info.registered_at.unique_saturated_into(),
			delegates: info.delegates.into_inner(),
			recovery_threshold: info.recovery_threshold,
			links: info.links,
			deposit: info.deposit,
		})
	}

	/// An organization as the runtime API shows it.
	pub fn organization_view(
		organization: OrganizationId,
	) -> Option<runtime_api::OrganizationView<T::AccountId>> {
		Organizations::<T>::get(organization).map(|info| runtime_api::OrganizationView {
			id: organization,
			kind: info.kind,
			roles: info.roles,
			status: info.status,
			admin: info.admin,
			operators: info.operators.into_inner(),
		})
	}
}
