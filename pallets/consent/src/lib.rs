//! # Consent pallet
//!
//! ## Overview
//!
//! Patients decide which organizations may access which of their data, for what purpose, held
//! by whom, and for how long; organizations ask for access and, in an emergency, open
//! short break-glass access. Provider systems ask [`Pallet::check_access`] (runtime API
//! `ConsentApi`, JSON-RPC `consent_checkAccess`) before releasing data.
//!
//! - A **grant** (patient → one or more organizations) has a scope: data categories (the
//!   sensitive classes mental health, substance use and sexual & reproductive health only when
//!   listed), purposes of use (HL7 PurposeOfUse), an optional custodian restriction ("only what
//!   hospital 2 holds") and a validity window in blocks. Patients revoke and amend grants
//!   (add or remove an organization, move the expiry, narrow the scope). Each grant holds
//!   [`Config::GrantDeposit`] on the patient's account, or on its sponsor's while the patient
//!   is sponsored (see the identity pallet), until it goes away; it goes back to whoever paid.
//! - A **request** from an organization's operator asks a patient for a scope and duration;
//!   the patient (or a delegate) approves it, which creates a grant, or denies it. Requests
//!   lapse after [`Config::RequestLifetime`]. The requester holds [`Config::RequestDeposit`]
//!   until the request is answered, cancelled or lapses.
//! - **Break-glass**: an operator of an organization with the `EMERGENCY_ACCESS` role opens
//!   access for the purpose `EmergencyTreatment` to the patient's general (non-sensitive)
//!   categories for [`Config::EmergencyAccessDuration`], with a reason code. The patient is
//!   told by the `EmergencyAccessOpened` event, may end it early, and may opt out of
//!   break-glass altogether.
//! - **Delegates** (see the identity pallet) with the `CONSENT` permission act for the patient
//!   in every patient-side call by naming the patient in `on_behalf_of`.
//!
//! ## Pallet API
//!
//! Patient side: `grant`, `revoke`, `amend`, `approve_request`, `deny_request`,
//! `end_emergency_access`, `set_emergency_opt_out`. Organization side: `request_access`,
//! `cancel_request`, `break_glass`, `end_emergency_access`.
//!
//! ## Access checks in O(1)
//!
//! Everything consent-related for a patient lives in one bounded storage item
//! ([`PatientConsents`] in [`Consents`]). [`Pallet::check_access`] reads the patient's id, the
//! organization and that item: three reads, whatever the number of grants on the chain or of
//! other patients. Revocation deletes the grant, so checks see it from the next block.
//!
//! ## Expiry without unbounded work
//!
//! Checks compare windows with the current block, so an expired grant never authorises
//! anything. Removing expired grants, requests and emergency access (and returning their
//! deposits) happens (a) whenever the patient's item is written anyway, and (b) in `on_idle`,
//! which visits at most [`Config::MaxSweepPerBlock`] patients per block, only while the
//! block has weight left, resuming from a cursor.
//!
//! ## Code map
//!
//! This file declares the pallet: configuration, storage, events, errors, hooks, and the calls,
//! each checking its origin and handing over to the module that does the work: `grants.rs`
//! (`grant`, `revoke`, `amend`), `requests.rs` (`request_access`, `approve_request`,
//! `deny_request`, `cancel_request`) and `emergency.rs` (break-glass). `access.rs` answers
//! access checks; [`scope`] holds the scope rules the bridge shares; `expiry.rs` removes what
//! has expired, inside calls and in `on_idle`; `lifecycle.rs` follows the identity pallet's key
//! rotations and deregistrations; `views.rs` serves the [`runtime_api`]; `try_state.rs`
//! checks the storage invariants.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use scope::{check_scope, scope_denial};
pub use types::*;
pub use weights::WeightInfo;

mod access;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod defaults;
mod emergency;
mod expiry;
mod grants;
mod lifecycle;
#[cfg(test)]
mod mock;
mod requests;
pub mod runtime_api;
pub mod scope;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
mod views;
pub mod weights;

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::consent";

use frame_support::pallet_macros::import_section;

#[import_section(defaults::test_defaults)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
	use frame_system::pallet_prelude::*;
	use pallet_patient_identity::{DelegatePermissions, OrganizationId, PatientId};
	use sp_runtime::traits::Zero;

	pub type CurrencyOf<T> = <T as pallet_patient_identity::Config>::Currency;
	pub type BalanceOf<T> =
		<CurrencyOf<T> as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	pub type ScopeOf<T> = Scope<<T as Config>::MaxCustodians>;
	pub type GrantOf<T> = Grant<
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxGrantees,
		<T as Config>::MaxCustodians,
	>;
	pub type RequestOf<T> = Request<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxCustodians,
	>;
	pub type PatientConsentsOf<T> = PatientConsents<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxGrantsPerPatient,
		<T as Config>::MaxRequestsPerPatient,
		<T as Config>::MaxEmergencyPerPatient,
		<T as Config>::MaxGrantees,
		<T as Config>::MaxCustodians,
	>;
	pub type AmendmentOf<T> = Amendment<BlockNumberFor<T>>;

	/// The pallet's configuration trait.
	///
	/// Deposits are held with the identity pallet's currency, so its hold reasons must include
	/// this pallet's.
	#[pallet::config(with_default)]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ pallet_patient_identity::Config<RuntimeHoldReason: From<HoldReason>>
	{
		/// Held from the patient for each grant.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type GrantDeposit: Get<BalanceOf<Self>>;
		/// Held from the requesting operator for each pending request.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type RequestDeposit: Get<BalanceOf<Self>>;
		/// Most grants one patient may have.
		#[pallet::constant]
		type MaxGrantsPerPatient: Get<u32>;
		/// Most pending requests one patient may have.
		#[pallet::constant]
		type MaxRequestsPerPatient: Get<u32>;
		/// Most open break-glass accesses one patient may have.
		#[pallet::constant]
		type MaxEmergencyPerPatient: Get<u32>;
		/// Most organizations one grant may name.
		#[pallet::constant]
		type MaxGrantees: Get<u32>;
		/// Most custodians a scope may restrict to.
		#[pallet::constant]
		type MaxCustodians: Get<u32>;
		/// How long a request waits for an answer.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type RequestLifetime: Get<BlockNumberFor<Self>>;
		/// How long break-glass access lasts (fixed; it cannot be extended, only reopened).
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type EmergencyAccessDuration: Get<BlockNumberFor<Self>>;
		/// Most patients `on_idle` visits per block to remove expired entries.
		#[pallet::constant]
		type MaxSweepPerBlock: Get<u32>;
		/// Consents given on other chains, carried here as leases (`()` for none).
		type RemoteConsent: RemoteConsent<Self::AccountId>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits for a patient's grants.
		GrantDeposit,
		/// Deposits for an operator's pending requests.
		RequestDeposit,
	}

	/// Each patient's grants, pending requests, break-glass accesses and opt-out. An item stays
	/// when it empties, so that grant and request ids are never reused (audit entries name
	/// them); the patient's registration deposit covers it, and deregistration removes it.
	// Twox64Concat: patient ids are assigned sequentially by the identity pallet.
	#[pallet::storage]
	pub type Consents<T: Config> = StorageMap<_, Twox64Concat, PatientId, PatientConsentsOf<T>>;

	/// Where the `on_idle` sweep resumes: the last storage key it visited.
	#[pallet::storage]
	pub type SweepCursor<T> = StorageValue<_, BoundedVec<u8, ConstU32<64>>>;

	/// Grants that exist from genesis (test populations, migrations from another system).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(patient account, grantees, categories, purposes, expires_at)`: open from genesis,
		/// any custodian. The patient must be registered by the identity genesis, and the
		/// deposit is held from the patient's account.
		#[allow(clippy::type_complexity)]
		pub grants: Vec<(
			T::AccountId,
			Vec<OrganizationId>,
			Vec<Category>,
			Vec<Purpose>,
			Option<BlockNumberFor<T>>,
		)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (patient, grantees, categories, purposes, expires_at) in &self.grants {
				let scope = Scope {
					categories: BoundedVec::try_from(categories.clone())
						.expect("genesis grant lists at most MaxCodes categories"),
					purposes: BoundedVec::try_from(purposes.clone())
						.expect("genesis grant lists at most MaxCodes purposes"),
					custodians: BoundedVec::new(),
				};
				Pallet::<T>::grant(
					frame_system::RawOrigin::Signed(patient.clone()).into(),
					None,
					BoundedVec::try_from(grantees.clone())
						.expect("genesis grant names at most MaxGrantees organizations"),
					scope,
					None,
					*expires_at,
				)
				.expect("genesis grants are valid and within the patient's bounds");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient granted organizations access.
		ConsentGranted {
			patient: PatientId,
			grant: GrantId,
			grantees: Vec<OrganizationId>,
			expires_at: Option<BlockNumberFor<T>>,
			by: T::AccountId,
		},
		/// A patient revoked a grant; checks refuse it from the next block.
		ConsentRevoked { patient: PatientId, grant: GrantId, by: T::AccountId },
		/// A patient amended a grant.
		ConsentAmended { patient: PatientId, grant: GrantId, by: T::AccountId },
		/// A grant reached its expiry and was removed.
		ConsentExpired { patient: PatientId, grant: GrantId },
		/// An organization asked a patient for access.
		AccessRequested {
			patient: PatientId,
			request: RequestId,
			organization: OrganizationId,
			expires_at: BlockNumberFor<T>,
		},
		/// The patient approved a request; `grant` is the grant it created.
		RequestApproved { patient: PatientId, request: RequestId, grant: GrantId },
		/// The patient denied a request.
		RequestDenied { patient: PatientId, request: RequestId },
		/// The organization withdrew its request.
		RequestCancelled { patient: PatientId, request: RequestId },
		/// A request lapsed unanswered.
		RequestExpired { patient: PatientId, request: RequestId },
		/// Break-glass access was opened: the patient is being told.
		EmergencyAccessOpened {
			patient: PatientId,
			organization: OrganizationId,
			operator: T::AccountId,
			reason: EmergencyReason,
			expires_at: BlockNumberFor<T>,
		},
		/// Break-glass access was ended early by the patient side or the organization.
		EmergencyAccessEnded { patient: PatientId, organization: OrganizationId, by: T::AccountId },
		/// Break-glass access ran out.
		EmergencyAccessExpired { patient: PatientId, organization: OrganizationId },
		/// A patient opted out of (or back into) break-glass access.
		EmergencyOptOutSet { patient: PatientId, opt_out: bool },
		/// A deregistered patient's grants and requests were removed.
		ConsentsCleared { patient: PatientId, grants: u32, requests: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No grant with this id for the patient.
		UnknownGrant,
		/// No pending request with this id for the patient.
		UnknownRequest,
		/// The patient already has the most grants allowed.
		TooManyGrants,
		/// The patient already has the most pending requests allowed.
		TooManyRequests,
		/// The patient already has the most open break-glass accesses allowed.
		TooManyEmergencyAccesses,
		/// The scope of a `grant` or `request_access` lists no category or no purpose, or names
		/// a custodian twice; or an `amend` narrowing leaves no category or no purpose, or
		/// covers a category or purpose the grant does not. (A custodian that was never
		/// registered fails with the identity pallet's `UnknownOrganization` instead.)
		InvalidScope,
		/// A grant must name at least one and at most `MaxGrantees` distinct organizations: no
		/// grantees, one named twice, or an `amend` that adds one already named, adds one too
		/// many, removes one not named or removes the last.
		InvalidGrantees,
		/// The window ends at or before its start or the current block, or a duration is zero.
		InvalidWindow,
		/// This organization already has a pending request for the patient.
		RequestPending,
		/// The request has lapsed.
		RequestExpired,
		/// The signer's organization is not the one that made the request.
		NotRequester,
		/// The organization lacks the emergency-access role.
		NoEmergencyRole,
		/// The patient opted out of break-glass access.
		PatientOptedOut,
		/// The organization already has open break-glass access to this patient.
		EmergencyAccessOpen,
		/// No open break-glass access by this organization.
		NoEmergencyAccess,
		/// The option is already set that way.
		Unchanged,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::sweep(now, remaining)
		}

		fn integrity_test() {
			assert!(T::MaxGrantsPerPatient::get() > 0, "MaxGrantsPerPatient must be positive");
			assert!(T::MaxRequestsPerPatient::get() > 0, "MaxRequestsPerPatient must be positive");
			assert!(T::MaxGrantees::get() > 0, "MaxGrantees must be positive");
			assert!(!T::RequestLifetime::get().is_zero(), "RequestLifetime must be positive");
			assert!(
				!T::EmergencyAccessDuration::get().is_zero(),
				"EmergencyAccessDuration must be positive"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grant `grantees` access to `scope` from `starts_at` (default: now) until
		/// `expires_at` (default: until revoked).
		///
		/// Origin: the patient, or a delegate with `CONSENT` naming the patient in
		/// `on_behalf_of`. Holds [`Config::GrantDeposit`] on the patient's account.
		/// Errors: the identity pallet's `NotPatient`, `UnknownPatient`, `NotAuthorized`,
		/// `UnknownOrganization`, `OrganizationSuspended`; `InvalidGrantees`, `InvalidScope`,
		/// `InvalidWindow`, `TooManyGrants`; a balance error when the deposit cannot be held.
		/// Event: `ConsentGranted`.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::grant(
			grantees.len() as u32,
			scope.custodians.len() as u32,
			T::MaxGrantsPerPatient::get().saturating_sub(1),
		).saturating_add(Pallet::<T>::pruning_weight(1)))]
		pub fn grant(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			grantees: BoundedVec<OrganizationId, T::MaxGrantees>,
			scope: ScopeOf<T>,
			starts_at: Option<BlockNumberFor<T>>,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, on_behalf_of, grantees, scope, starts_at, expires_at)
		}

		/// Revoke a grant; access checks refuse it from the next block. Returns the deposit.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
		/// `UnknownGrant`. Event: `ConsentRevoked`.
		#[pallet::call_index(1)]
		#[pallet::weight(
			<T as Config>::WeightInfo::revoke().saturating_add(Pallet::<T>::pruning_weight(1))
		)]
		pub fn revoke(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			grant: GrantId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, on_behalf_of, grant)
		}

		/// Amend a grant: add or remove a grantee, move the expiry, or narrow the scope.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
		/// `UnknownGrant`, `InvalidGrantees`, `InvalidScope`, `InvalidWindow`,
		/// `UnknownOrganization`, `OrganizationSuspended`. Event: `ConsentAmended`.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::amend())]
		pub fn amend(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			grant: GrantId,
			amendment: AmendmentOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_amend(who, on_behalf_of, grant, amendment)
		}

		/// Ask `patient` for access to `scope` for `duration` blocks once approved.
		///
		/// Origin: an admin or operator of an active organization. Holds
		/// [`Config::RequestDeposit`] on the signer. Errors: the identity pallet's
		/// `NotOperator`, `OrganizationSuspended`, `UnknownPatient`, `UnknownOrganization`;
		/// `InvalidScope`, `InvalidWindow` (zero duration), `RequestPending`,
		/// `TooManyRequests`; a balance error when the deposit cannot be held.
		/// Event: `AccessRequested`.
		#[pallet::call_index(3)]
		#[pallet::weight(
			<T as Config>::WeightInfo::request_access(scope.custodians.len() as u32)
				.saturating_add(Pallet::<T>::pruning_weight(1))
		)]
		pub fn request_access(
			origin: OriginFor<T>,
			patient: PatientId,
			scope: ScopeOf<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_request_access(who, patient, scope, duration)
		}

		/// Approve a pending request: creates a grant of the requested scope, starting now and
		/// lasting the requested duration, and returns the requester's deposit.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Holds [`Config::GrantDeposit`].
		/// Errors: as for `grant`'s origin, `UnknownRequest`, `RequestExpired`,
		/// `OrganizationSuspended`, `TooManyGrants`; a balance error when the deposit cannot
		/// be held. Events: `RequestApproved`, `ConsentGranted`.
		#[pallet::call_index(4)]
		#[pallet::weight(
			<T as Config>::WeightInfo::approve_request()
				.saturating_add(Pallet::<T>::pruning_weight(1))
		)]
		pub fn approve_request(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			request: RequestId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_approve_request(who, on_behalf_of, request)
		}

		/// Deny a pending request and return the requester's deposit.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
		/// `UnknownRequest`. Event: `RequestDenied`.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::deny_request())]
		pub fn deny_request(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			request: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (patient, _) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			Self::withdraw_request(patient, request, None)?;
			Self::deposit_event(Event::RequestDenied { patient, request });
			Ok(())
		}

		/// Withdraw the signer's organization's pending request.
		///
		/// Origin: an admin or operator of the requesting organization (suspended ones too).
		/// Errors: the identity pallet's `NotOperator`; `UnknownRequest`, `NotRequester`.
		/// Event: `RequestCancelled`.
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::cancel_request())]
		pub fn cancel_request(
			origin: OriginFor<T>,
			patient: PatientId,
			request: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = pallet_patient_identity::Pallet::<T>::ensure_member(&who)?;
			Self::withdraw_request(patient, request, Some(organization))?;
			Self::deposit_event(Event::RequestCancelled { patient, request });
			Ok(())
		}

		/// Open break-glass access to `patient`'s general categories for the purpose
		/// `EmergencyTreatment`, for [`Config::EmergencyAccessDuration`] blocks.
		///
		/// Origin: an admin or operator of an active organization with the
		/// `EMERGENCY_ACCESS` role. Errors: the identity pallet's `NotOperator`,
		/// `OrganizationSuspended`, `UnknownPatient`; `NoEmergencyRole`, `PatientOptedOut`,
		/// `EmergencyAccessOpen`, `TooManyEmergencyAccesses`.
		/// Event: `EmergencyAccessOpened`, which notifies the patient's wallet.
		#[pallet::call_index(7)]
		#[pallet::weight(
			<T as Config>::WeightInfo::break_glass().saturating_add(Pallet::<T>::pruning_weight(1))
		)]
		pub fn break_glass(
			origin: OriginFor<T>,
			patient: PatientId,
			reason: EmergencyReason,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_break_glass(who, patient, reason)
		}

		/// End break-glass access early.
		///
		/// Origin: an admin or operator of `organization`, or the patient or a delegate with
		/// `CONSENT`. Errors: the identity pallet's `NotAuthorized` and `UnknownPatient`;
		/// `NoEmergencyAccess`. Event: `EmergencyAccessEnded`.
		#[pallet::call_index(8)]
		#[pallet::weight(<T as Config>::WeightInfo::end_emergency_access())]
		pub fn end_emergency_access(
			origin: OriginFor<T>,
			patient: PatientId,
			organization: OrganizationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_emergency_access(who, patient, organization)
		}

		/// Opt out of break-glass access (`true`) or back in (`false`). Opting out stops new
		/// break-glass access; access already open runs until it ends or is ended.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
		/// `Unchanged`. Event: `EmergencyOptOutSet`.
		#[pallet::call_index(9)]
		#[pallet::weight(<T as Config>::WeightInfo::set_emergency_opt_out())]
		pub fn set_emergency_opt_out(
			origin: OriginFor<T>,
			on_behalf_of: Option<PatientId>,
			opt_out: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_emergency_opt_out(who, on_behalf_of, opt_out)
		}
	}

	impl<T: Config> Pallet<T> {
		/// A patient's grants, requests and break-glass accesses.
		pub fn consents(patient: PatientId) -> PatientConsentsOf<T> {
			Consents::<T>::get(patient).unwrap_or_default()
		}

		/// The current block.
		pub(crate) fn now() -> BlockNumberFor<T> {
			frame_system::Pallet::<T>::block_number()
		}

		/// The patient a consent call acts for, and that patient's current account.
		pub fn ensure_consent_actor(
			who: &T::AccountId,
			on_behalf_of: Option<PatientId>,
		) -> Result<(PatientId, T::AccountId), DispatchError> {
			if on_behalf_of.is_none() {
				// The patient signs for themselves: the key mapping is all there is to read.
				let patient = pallet_patient_identity::Pallet::<T>::patient_id_of(who)
					.ok_or(pallet_patient_identity::Error::<T>::NotPatient)?;
				return Ok((patient, who.clone()));
			}
			let (patient, info) = pallet_patient_identity::Pallet::<T>::ensure_patient_actor(
				who,
				on_behalf_of,
				DelegatePermissions::CONSENT,
			)?;
			Ok((patient, info.account))
		}
	}
}
