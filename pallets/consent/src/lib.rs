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

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, MutateHold},
			tokens::Precision,
		},
	};
	use frame_system::pallet_prelude::*;
	use pallet_patient_identity::{
		DelegatePermissions, DepositKey, OrganizationId, OrganizationRoles, PatientId,
		PatientLifecycle,
	};
	use sp_runtime::{
		traits::{Saturating, Zero},
		SaturatedConversion,
	};

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
	#[pallet::config]
	///
	/// Deposits are held with the identity pallet's currency, so its hold reasons must include
	/// this pallet's.
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ pallet_patient_identity::Config<RuntimeHoldReason: From<HoldReason>>
	{
		/// Held from the patient for each grant.
		#[pallet::constant]
		type GrantDeposit: Get<BalanceOf<Self>>;
		/// Held from the requesting operator for each pending request.
		#[pallet::constant]
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
		type RequestLifetime: Get<BlockNumberFor<Self>>;
		/// How long break-glass access lasts (fixed; it cannot be extended, only reopened).
		#[pallet::constant]
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
		/// No categories or purposes, a duplicated or unknown organization in the grantees, or
		/// a narrowing that is not a subset.
		InvalidScope,
		/// A grant must name at least one and at most `MaxGrantees` distinct organizations.
		InvalidGrantees,
		/// The window ends at or before its start or the current block, or a duration is zero.
		InvalidWindow,
		/// This organization already has a pending request for the patient.
		RequestPending,
		/// The request has lapsed.
		RequestExpired,
		/// The signer's organization is not the one that made the request or opened access.
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
			let (patient, account) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			Self::validate_grantees(&grantees)?;
			let (categories, purposes) = Self::validate_scope(&scope)?;
			let now = Self::now();
			let starts_at = starts_at.unwrap_or(now).max(now);
			ensure!(expires_at.is_none_or(|e| e > starts_at), Error::<T>::InvalidWindow);
			let mut consents = Self::consents(patient);
			let pruned = Self::prune(patient, &account, &mut consents, now);
			// Charged for a full grant list, a sponsored deposit and a full clean-up up front;
			// refunded down to the actual list, by the sponsor's ledger when the patient pays
			// itself, and by the clean-up when nothing had expired.
			let mut actual = <T as Config>::WeightInfo::grant(
				grantees.len() as u32,
				scope.custodians.len() as u32,
				consents.grants.len() as u32,
			)
			.saturating_add(Self::pruning_weight(pruned));
			if !pallet_patient_identity::Sponsorships::<T>::contains_key(&account) {
				actual = actual.saturating_sub(
					pallet_patient_identity::Pallet::<T>::sponsored_deposit_overhead(),
				);
			}
			let id = Self::create_grant(
				patient,
				&mut consents,
				&account,
				grantees.clone(),
				categories,
				purposes,
				scope.custodians,
				starts_at,
				expires_at,
			)?;
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::ConsentGranted {
				patient,
				grant: id,
				grantees: grantees.into_inner(),
				expires_at,
				by: who,
			});
			Ok(Some(actual).into())
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
			let (patient, account) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			let mut consents = Consents::<T>::get(patient).ok_or(Error::<T>::UnknownGrant)?;
			let index = consents
				.grants
				.iter()
				.position(|g| g.id == grant)
				.ok_or(Error::<T>::UnknownGrant)?;
			let removed = consents.grants.remove(index);
			Self::release_grant_deposit(patient, &account, &removed);
			let pruned = Self::prune(patient, &account, &mut consents, Self::now());
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::ConsentRevoked { patient, grant, by: who });
			Ok(Some(
				<T as Config>::WeightInfo::revoke().saturating_add(Self::pruning_weight(pruned)),
			)
			.into())
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
			let (patient, _) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			let now = Self::now();
			Consents::<T>::try_mutate(patient, |consents| {
				let consents = consents.as_mut().ok_or(Error::<T>::UnknownGrant)?;
				let g = consents
					.grants
					.iter_mut()
					.find(|g| g.id == grant && !g.expired(now))
					.ok_or(Error::<T>::UnknownGrant)?;
				match amendment {
					Amendment::AddGrantee(org) => {
						ensure!(!g.grantees.contains(&org), Error::<T>::InvalidGrantees);
						pallet_patient_identity::Pallet::<T>::ensure_active_organization(org)?;
						g.grantees.try_push(org).map_err(|_| Error::<T>::InvalidGrantees)?;
					},
					Amendment::RemoveGrantee(org) => {
						let before = g.grantees.len();
						g.grantees.retain(|o| *o != org);
						ensure!(
							g.grantees.len() < before && !g.grantees.is_empty(),
							Error::<T>::InvalidGrantees
						);
					},
					Amendment::SetExpiry(expires_at) => {
						ensure!(
							expires_at.is_none_or(|e| e > now && e > g.starts_at),
							Error::<T>::InvalidWindow
						);
						g.expires_at = expires_at;
					},
					Amendment::Narrow { categories, purposes } => {
						let c = CategorySet::from_codes(&categories);
						let p = PurposeSet::from_codes(&purposes);
						ensure!(
							!c.is_empty()
								&& !p.is_empty() && g.categories.contains(c)
								&& g.purposes.contains(p),
							Error::<T>::InvalidScope
						);
						g.categories = c;
						g.purposes = p;
					},
				}
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ConsentAmended { patient, grant, by: who });
			Ok(())
		}

		/// Ask `patient` for access to `scope` for `duration` blocks once approved.
		///
		/// Origin: an admin or operator of an active organization. Holds
		/// [`Config::RequestDeposit`] on the signer. Errors: the identity pallet's
		/// `NotOperator`, `OrganizationSuspended`, `UnknownPatient`, `UnknownOrganization`;
		/// `InvalidScope`, `InvalidWindow` (zero duration), `RequestPending`,
		/// `TooManyRequests`. Event: `AccessRequested`.
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
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			let info = pallet_patient_identity::Pallet::<T>::patient(patient)
				.ok_or(pallet_patient_identity::Error::<T>::UnknownPatient)?;
			let (categories, purposes) = Self::validate_scope(&scope)?;
			ensure!(!duration.is_zero(), Error::<T>::InvalidWindow);
			let now = Self::now();
			let mut consents = Self::consents(patient);
			let pruned = Self::prune(patient, &info.account, &mut consents, now);
			let actual = <T as Config>::WeightInfo::request_access(scope.custodians.len() as u32)
				.saturating_add(Self::pruning_weight(pruned));
			ensure!(
				!consents.requests.iter().any(|r| r.organization == organization),
				Error::<T>::RequestPending
			);
			let deposit = T::RequestDeposit::get();
			let expires_at = now.saturating_add(T::RequestLifetime::get());
			let id = consents.next_id;
			consents
				.requests
				.try_push(Request {
					id,
					organization,
					requester: who.clone(),
					categories,
					purposes,
					custodians: scope.custodians,
					duration,
					expires_at,
					deposit,
				})
				.map_err(|_| Error::<T>::TooManyRequests)?;
			consents.next_id = id.saturating_add(1);
			CurrencyOf::<T>::hold(&HoldReason::RequestDeposit.into(), &who, deposit)?;
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::AccessRequested {
				patient,
				request: id,
				organization,
				expires_at,
			});
			Ok(Some(actual).into())
		}

		/// Approve a pending request: creates a grant of the requested scope, starting now and
		/// lasting the requested duration, and returns the requester's deposit.
		///
		/// Origin: the patient or a delegate with `CONSENT`. Holds [`Config::GrantDeposit`].
		/// Errors: as for `grant`'s origin, `UnknownRequest`, `RequestExpired`,
		/// `OrganizationSuspended`, `TooManyGrants`. Events: `RequestApproved`,
		/// `ConsentGranted`.
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
			let (patient, account) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			let now = Self::now();
			let mut consents = Consents::<T>::get(patient).ok_or(Error::<T>::UnknownRequest)?;
			let r = Self::take_request(&mut consents, request, now)?;
			pallet_patient_identity::Pallet::<T>::ensure_active_organization(r.organization)?;
			let pruned = Self::prune(patient, &account, &mut consents, now);
			let expires_at = Some(now.saturating_add(r.duration));
			let grantees: BoundedVec<_, T::MaxGrantees> =
				BoundedVec::truncate_from(alloc::vec![r.organization]);
			let grant = Self::create_grant(
				patient,
				&mut consents,
				&account,
				grantees.clone(),
				r.categories,
				r.purposes,
				r.custodians,
				now,
				expires_at,
			)?;
			Self::release_request_deposit(&r.requester, r.deposit);
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::RequestApproved { patient, request, grant });
			Self::deposit_event(Event::ConsentGranted {
				patient,
				grant,
				grantees: grantees.into_inner(),
				expires_at,
				by: who,
			});
			let actual = <T as Config>::WeightInfo::approve_request()
				.saturating_add(Self::pruning_weight(pruned));
			Ok(Some(actual).into())
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
			let (organization, org) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			ensure!(
				org.roles.contains(OrganizationRoles::EMERGENCY_ACCESS),
				Error::<T>::NoEmergencyRole
			);
			let info = pallet_patient_identity::Pallet::<T>::patient(patient)
				.ok_or(pallet_patient_identity::Error::<T>::UnknownPatient)?;
			let now = Self::now();
			let mut consents = Self::consents(patient);
			ensure!(!consents.emergency_opt_out, Error::<T>::PatientOptedOut);
			let pruned = Self::prune(patient, &info.account, &mut consents, now);
			ensure!(
				!consents.emergency.iter().any(|e| e.organization == organization),
				Error::<T>::EmergencyAccessOpen
			);
			let expires_at = now.saturating_add(T::EmergencyAccessDuration::get());
			consents
				.emergency
				.try_push(EmergencyAccess {
					organization,
					operator: who.clone(),
					reason,
					opened_at: now,
					expires_at,
				})
				.map_err(|_| Error::<T>::TooManyEmergencyAccesses)?;
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::EmergencyAccessOpened {
				patient,
				organization,
				operator: who,
				reason,
				expires_at,
			});
			let actual = <T as Config>::WeightInfo::break_glass()
				.saturating_add(Self::pruning_weight(pruned));
			Ok(Some(actual).into())
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
			if pallet_patient_identity::OrganizationOf::<T>::get(&who) != Some(organization) {
				Self::ensure_consent_actor(&who, Some(patient))?;
			}
			let mut consents = Consents::<T>::get(patient).ok_or(Error::<T>::NoEmergencyAccess)?;
			let before = consents.emergency.len();
			consents.emergency.retain(|e| e.organization != organization);
			ensure!(consents.emergency.len() < before, Error::<T>::NoEmergencyAccess);
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::EmergencyAccessEnded { patient, organization, by: who });
			Ok(())
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
			let (patient, _) = Self::ensure_consent_actor(&who, on_behalf_of)?;
			let mut consents = Self::consents(patient);
			ensure!(consents.emergency_opt_out != opt_out, Error::<T>::Unchanged);
			consents.emergency_opt_out = opt_out;
			Consents::<T>::insert(patient, consents);
			Self::deposit_event(Event::EmergencyOptOutSet { patient, opt_out });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// May `organization` access `category` of `patient` for `purpose`, for data held by
		/// `custodian` (an organization of this chain), at the current block?
		pub fn check_access(
			patient: &T::AccountId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> AccessDecision<BlockNumberFor<T>> {
			let custodian = custodian.map(Custodian::Local);
			Self::check_access_for(patient, organization, category, purpose, custodian)
		}

		/// [`Self::check_access`] for data held by a custodian of any chain. Three storage
		/// reads, and the leases' when no local consent covers the access.
		pub fn check_access_for(
			patient: &T::AccountId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<Custodian>,
		) -> AccessDecision<BlockNumberFor<T>> {
			let this_chain = T::RemoteConsent::this_chain();
			let here =
				custodian.map_or(CustodianOn::Unnamed, |c| c.as_seen_by(this_chain, this_chain));
			let local = match pallet_patient_identity::Pallet::<T>::patient_id_of(patient) {
				Some(id) => Self::check_patient_access(id, organization, category, purpose, here),
				None => match Self::organization_denial(organization) {
					Some(reason) => AccessDecision::Denied(reason),
					None => AccessDecision::Denied(DenyReason::UnknownPatient),
				},
			};
			let AccessDecision::Denied(reason) = local else { return local };
			if matches!(reason, DenyReason::UnknownOrganization | DenyReason::OrganizationSuspended)
			{
				return local;
			}
			// No local consent: a lease on a consent given on the patient's home chain may cover it.
			match T::RemoteConsent::check(patient, organization, category, purpose, custodian) {
				None => local,
				Some(Ok(l)) => AccessDecision::Leased {
					chain: l.chain,
					lease: l.lease,
					valid_until: l.valid_until,
					expires_at: l.expires_at,
				},
				Some(Err(remote)) => AccessDecision::Denied(reason.max(remote)),
			}
		}

		/// Why `organization` may not access anything now (unknown or suspended), if so.
		fn organization_denial(organization: OrganizationId) -> Option<DenyReason> {
			match pallet_patient_identity::Pallet::<T>::organization(organization) {
				None => Some(DenyReason::UnknownOrganization),
				Some(o) if !o.is_active() => Some(DenyReason::OrganizationSuspended),
				Some(_) => None,
			}
		}

		/// [`Self::check_access`] for a patient id, for data held by `custodian` (an
		/// organization of this chain, as an `Option<OrganizationId>`, or a [`CustodianOn`]).
		pub fn check_patient_access(
			patient: PatientId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: impl Into<CustodianOn>,
		) -> AccessDecision<BlockNumberFor<T>> {
			let custodian = custodian.into();
			if let Some(reason) = Self::organization_denial(organization) {
				return AccessDecision::Denied(reason);
			}
			let Some(consents) = Consents::<T>::get(patient) else {
				return AccessDecision::Denied(DenyReason::NoGrant);
			};
			let now = Self::now();
			let category = category.flag();
			let purpose_flag = purpose.flag();
			if purpose == Purpose::EmergencyTreatment && CategorySet::GENERAL.contains(category) {
				if let Some(e) = consents
					.emergency
					.iter()
					.find(|e| e.organization == organization && e.expires_at > now)
				{
					return AccessDecision::Emergency {
						reason: e.reason,
						opened_at: e.opened_at,
						expires_at: e.expires_at,
					};
				}
			}
			let mut reason = DenyReason::NoGrant;
			for g in consents.grants.iter().filter(|g| g.grantees.contains(&organization)) {
				match Self::grant_denial(g, now, category, purpose_flag, custodian) {
					None => {
						return AccessDecision::Granted { grant: g.id, expires_at: g.expires_at }
					},
					Some(failed) => reason = reason.max(failed),
				}
			}
			AccessDecision::Denied(reason)
		}

		/// Does grant `grant` of `patient` let `organization` access `category` for `purpose`,
		/// for data held by `custodian`, at the current block? The check of
		/// [`Self::check_patient_access`] for one named grant (audit entries name theirs).
		pub fn check_grant(
			patient: PatientId,
			grant: GrantId,
			organization: OrganizationId,
			category: Category,
			purpose: Purpose,
			custodian: Option<OrganizationId>,
		) -> Result<(), DenyReason> {
			let consents = Consents::<T>::get(patient).ok_or(DenyReason::NoGrant)?;
			let g = consents
				.grants
				.iter()
				.find(|g| g.id == grant && g.grantees.contains(&organization))
				.ok_or(DenyReason::NoGrant)?;
			match Self::grant_denial(g, Self::now(), category.flag(), purpose.flag(), custodian) {
				None => Ok(()),
				Some(reason) => Err(reason),
			}
		}

		/// Why `g` does not cover the access at `now`, or `None` when it does.
		fn grant_denial(
			g: &GrantOf<T>,
			now: BlockNumberFor<T>,
			category: CategorySet,
			purpose: PurposeSet,
			custodian: impl Into<CustodianOn>,
		) -> Option<DenyReason> {
			if g.starts_at > now {
				Some(DenyReason::NotYetValid)
			} else if g.expired(now) {
				Some(DenyReason::Expired)
			} else {
				scope_denial(g.categories, g.purposes, &g.custodians, category, purpose, custodian)
			}
		}

		/// A patient's grants, requests and break-glass accesses.
		pub fn consents(patient: PatientId) -> PatientConsentsOf<T> {
			Consents::<T>::get(patient).unwrap_or_default()
		}

		fn now() -> BlockNumberFor<T> {
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

		fn validate_grantees(grantees: &[OrganizationId]) -> DispatchResult {
			ensure!(!grantees.is_empty(), Error::<T>::InvalidGrantees);
			for (i, org) in grantees.iter().enumerate() {
				ensure!(!grantees[..i].contains(org), Error::<T>::InvalidGrantees);
				pallet_patient_identity::Pallet::<T>::ensure_active_organization(*org)?;
			}
			Ok(())
		}

		pub fn validate_scope(
			scope: &ScopeOf<T>,
		) -> Result<(CategorySet, PurposeSet), DispatchError> {
			let categories = CategorySet::from_codes(&scope.categories);
			let purposes = PurposeSet::from_codes(&scope.purposes);
			ensure!(!categories.is_empty() && !purposes.is_empty(), Error::<T>::InvalidScope);
			for (i, c) in scope.custodians.iter().enumerate() {
				ensure!(!scope.custodians[..i].contains(c), Error::<T>::InvalidScope);
				ensure!(
					pallet_patient_identity::Pallet::<T>::organization(*c).is_some(),
					pallet_patient_identity::Error::<T>::UnknownOrganization
				);
			}
			Ok((categories, purposes))
		}

		#[allow(clippy::too_many_arguments)]
		fn create_grant(
			patient: PatientId,
			consents: &mut PatientConsentsOf<T>,
			account: &T::AccountId,
			grantees: BoundedVec<OrganizationId, T::MaxGrantees>,
			categories: CategorySet,
			purposes: PurposeSet,
			custodians: BoundedVec<OrganizationId, T::MaxCustodians>,
			starts_at: BlockNumberFor<T>,
			expires_at: Option<BlockNumberFor<T>>,
		) -> Result<GrantId, DispatchError> {
			let id = consents.next_id;
			let deposit = T::GrantDeposit::get();
			consents
				.grants
				.try_push(Grant {
					id,
					grantees,
					categories,
					purposes,
					custodians,
					starts_at,
					expires_at,
					deposit,
				})
				.map_err(|_| Error::<T>::TooManyGrants)?;
			consents.next_id = id.saturating_add(1);
			pallet_patient_identity::Pallet::<T>::hold_patient_deposit(
				patient,
				account,
				DepositKey::Grant(id),
				HoldReason::GrantDeposit.into(),
				deposit,
			)?;
			Ok(id)
		}

		/// Remove a pending request (made by `by`, if given) and return its deposit.
		fn withdraw_request(
			patient: PatientId,
			request: RequestId,
			by: Option<OrganizationId>,
		) -> DispatchResult {
			let mut consents = Consents::<T>::get(patient).ok_or(Error::<T>::UnknownRequest)?;
			let index = consents
				.requests
				.iter()
				.position(|r| r.id == request)
				.ok_or(Error::<T>::UnknownRequest)?;
			if let Some(organization) = by {
				ensure!(
					consents.requests.get(index).is_some_and(|r| r.organization == organization),
					Error::<T>::NotRequester
				);
			}
			let r = consents.requests.remove(index);
			Self::release_request_deposit(&r.requester, r.deposit);
			Consents::<T>::insert(patient, consents);
			Ok(())
		}

		fn take_request(
			consents: &mut PatientConsentsOf<T>,
			request: RequestId,
			now: BlockNumberFor<T>,
		) -> Result<RequestOf<T>, DispatchError> {
			let index = consents
				.requests
				.iter()
				.position(|r| r.id == request)
				.ok_or(Error::<T>::UnknownRequest)?;
			ensure!(
				consents.requests.get(index).is_some_and(|r| r.expires_at > now),
				Error::<T>::RequestExpired
			);
			Ok(consents.requests.remove(index))
		}

		/// Returns a grant's deposit to whoever paid it (the patient, or its sponsor). Never
		/// fails the call.
		fn release_grant_deposit(patient: PatientId, account: &T::AccountId, grant: &GrantOf<T>) {
			pallet_patient_identity::Pallet::<T>::release_patient_deposit(
				patient,
				account,
				DepositKey::Grant(grant.id),
				HoldReason::GrantDeposit.into(),
				grant.deposit,
			);
		}

		fn release_request_deposit(requester: &T::AccountId, amount: BalanceOf<T>) {
			if let Err(e) = CurrencyOf::<T>::release(
				&HoldReason::RequestDeposit.into(),
				requester,
				amount,
				Precision::BestEffort,
			) {
				log::warn!(target: "runtime::consent", "request deposit not released: {e:?}");
			}
		}

		/// What a call pays for the clean-up `prune` did, having removed `pruned` entries: the
		/// benchmarked worst case of one patient's clean-up (every grant, request and emergency
		/// access expired, each deposit released to a different account) when anything went,
		/// nothing otherwise. Calls that prune declare it and refund it when nothing expired.
		pub(crate) fn pruning_weight(pruned: u32) -> Weight {
			if pruned == 0 {
				Weight::zero()
			} else {
				<T as Config>::WeightInfo::sweep_patient()
			}
		}

		/// Remove what has expired at `now` from a patient's consents (in memory), return the
		/// deposits and emit the events. Returns how many entries went.
		fn prune(
			patient: PatientId,
			account: &T::AccountId,
			consents: &mut PatientConsentsOf<T>,
			now: BlockNumberFor<T>,
		) -> u32 {
			let mut removed = 0u32;
			consents.grants.retain(|g| {
				let keep = !g.expired(now);
				if !keep {
					Self::release_grant_deposit(patient, account, g);
					removed.saturating_inc();
					Self::deposit_event(Event::ConsentExpired { patient, grant: g.id });
				}
				keep
			});
			consents.requests.retain(|r| {
				let keep = r.expires_at > now;
				if !keep {
					Self::release_request_deposit(&r.requester, r.deposit);
					removed.saturating_inc();
					Self::deposit_event(Event::RequestExpired { patient, request: r.id });
				}
				keep
			});
			consents.emergency.retain(|e| {
				let keep = e.expires_at > now;
				if !keep {
					removed.saturating_inc();
					Self::deposit_event(Event::EmergencyAccessExpired {
						patient,
						organization: e.organization,
					});
				}
				keep
			});
			removed
		}

		/// Visit patients from the cursor, removing what has expired, while weight lasts.
		pub(crate) fn sweep(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let per_patient = <T as Config>::WeightInfo::sweep_patient();
			let base = T::DbWeight::get().reads_writes(1, 1);
			let mut used = base;
			if remaining.any_lt(base.saturating_add(per_patient)) {
				return Weight::zero();
			}
			let mut iter = match SweepCursor::<T>::get() {
				Some(key) => Consents::<T>::iter_from(key.into_inner()),
				None => Consents::<T>::iter(),
			};
			let mut visited = 0u32;
			let mut last_key = None;
			while visited < T::MaxSweepPerBlock::get()
				&& remaining.all_gte(used.saturating_add(per_patient))
			{
				let Some((patient, mut consents)) = iter.next() else {
					last_key = None;
					break;
				};
				visited.saturating_inc();
				used.saturating_accrue(per_patient);
				last_key = Some(Consents::<T>::hashed_key_for(patient));
				// Only a patient with something expired needs their account (for deposits).
				let expired = consents.grants.iter().any(|g| g.expired(now))
					|| consents.requests.iter().any(|r| r.expires_at <= now)
					|| consents.emergency.iter().any(|e| e.expires_at <= now);
				let account = expired
					.then(|| pallet_patient_identity::Pallet::<T>::patient(patient))
					.flatten()
					.map(|p| p.account);
				if let Some(account) = account {
					if Self::prune(patient, &account, &mut consents, now) > 0 {
						Consents::<T>::insert(patient, consents);
					}
				}
			}
			match last_key.and_then(|k| BoundedVec::try_from(k).ok()) {
				Some(k) => SweepCursor::<T>::put(k),
				None => SweepCursor::<T>::kill(),
			}
			used
		}

		/// Storage invariants, checked by `try_state` and the randomized tests.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			use alloc::collections::btree_map::BTreeMap;
			let mut request_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
			for (patient, c) in Consents::<T>::iter() {
				let info = pallet_patient_identity::Pallet::<T>::patient(patient)
					.ok_or("consents of an unknown patient")?;
				let mut ids = Vec::new();
				let mut grant_deposits = BalanceOf::<T>::zero();
				for g in c.grants.iter() {
					ids.push(g.id);
					ensure!(!g.grantees.is_empty(), "grant without grantees");
					ensure!(
						!g.categories.is_empty() && g.categories.is_valid(),
						"grant with invalid categories"
					);
					ensure!(
						!g.purposes.is_empty() && g.purposes.is_valid(),
						"grant with invalid purposes"
					);
					ensure!(
						g.expires_at.is_none_or(|e| e > g.starts_at),
						"grant ends before it starts"
					);
					// Deposits a sponsor pays are checked with the sponsor's ledger.
					if !pallet_patient_identity::SponsoredDeposits::<T>::contains_key(
						patient,
						DepositKey::Grant(g.id),
					) {
						grant_deposits = grant_deposits.saturating_add(g.deposit);
					}
				}
				for r in c.requests.iter() {
					ids.push(r.id);
					ensure!(
						c.requests.iter().filter(|o| o.organization == r.organization).count() == 1,
						"two pending requests from one organization"
					);
					let d = request_deposits.entry(r.requester.clone()).or_default();
					*d = d.saturating_add(r.deposit);
				}
				for e in c.emergency.iter() {
					ensure!(
						c.emergency.iter().filter(|o| o.organization == e.organization).count()
							== 1,
						"two open emergency accesses from one organization"
					);
				}
				ensure!(ids.iter().all(|id| *id < c.next_id), "id at or beyond next_id");
				ids.sort();
				ensure!(ids.windows(2).all(|w| w[0] != w[1]), "duplicate grant or request id");
				ensure!(
					CurrencyOf::<T>::balance_on_hold(
						&HoldReason::GrantDeposit.into(),
						&info.account
					) == grant_deposits,
					"grant deposits held differ from the patient's grants"
				);
			}
			for (who, total) in request_deposits {
				ensure!(
					CurrencyOf::<T>::balance_on_hold(&HoldReason::RequestDeposit.into(), &who)
						== total,
					"request deposits held differ from pending requests"
				);
			}
			Ok(())
		}
	}

	impl<T: Config> PatientLifecycle<T::AccountId> for Pallet<T> {
		fn on_key_rotated(_: PatientId, old: &T::AccountId, new: &T::AccountId) -> DispatchResult {
			let reason = HoldReason::GrantDeposit.into();
			pallet_patient_identity::Pallet::<T>::move_patient_deposits(&reason, old, new)
		}

		fn on_deregistered(patient: PatientId, account: &T::AccountId) -> DispatchResult {
			let Some(c) = Consents::<T>::take(patient) else { return Ok(()) };
			let grants = c.grants.len() as u32;
			let requests = c.requests.len() as u32;
			for g in c.grants.iter() {
				Self::release_grant_deposit(patient, account, g);
			}
			for r in c.requests.iter() {
				Self::release_request_deposit(&r.requester, r.deposit);
			}
			Self::deposit_event(Event::ConsentsCleared { patient, grants, requests });
			Ok(())
		}

		fn on_key_rotated_weight() -> Weight {
			<T as Config>::WeightInfo::on_key_rotated()
		}

		fn on_deregistered_weight() -> Weight {
			<T as Config>::WeightInfo::on_deregistered()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The number of blocks as a `u64`, for the runtime API.
		pub fn block_to_u64(b: BlockNumberFor<T>) -> u64 {
			b.saturated_into()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// [`Pallet::check_access_for`] with block numbers as `u64`, for the runtime API.
	pub fn check_access_u64(
		patient: &T::AccountId,
		organization: pallet_patient_identity::OrganizationId,
		category: Category,
		purpose: Purpose,
		custodian: Option<Custodian>,
	) -> AccessDecision<u64> {
		let b = Self::block_to_u64;
		match Self::check_access_for(patient, organization, category, purpose, custodian) {
			AccessDecision::Granted { grant, expires_at } => {
				AccessDecision::Granted { grant, expires_at: expires_at.map(b) }
			},
			AccessDecision::Emergency { reason, opened_at, expires_at } => {
				AccessDecision::Emergency {
					reason,
					opened_at: b(opened_at),
					expires_at: b(expires_at),
				}
			},
			AccessDecision::Denied(r) => AccessDecision::Denied(r),
			AccessDecision::Leased { chain, lease, valid_until, expires_at } => {
				AccessDecision::Leased { chain, lease, valid_until, expires_at }
			},
		}
	}

	/// A patient's consents as the runtime API shows them.
	pub fn consents_view(
		patient: pallet_patient_identity::PatientId,
	) -> runtime_api::ConsentsView<T::AccountId> {
		use runtime_api::*;
		let b = Self::block_to_u64;
		let c = Self::consents(patient);
		ConsentsView {
			patient,
			grants: c
				.grants
				.into_iter()
				.map(|g| GrantView {
					id: g.id,
					grantees: g.grantees.into_inner(),
					categories: categories(g.categories),
					purposes: purposes(g.purposes),
					custodians: g.custodians.into_inner(),
					starts_at: b(g.starts_at),
					expires_at: g.expires_at.map(b),
				})
				.collect(),
			requests: c
				.requests
				.into_iter()
				.map(|r| RequestView {
					id: r.id,
					organization: r.organization,
					requester: r.requester,
					categories: categories(r.categories),
					purposes: purposes(r.purposes),
					custodians: r.custodians.into_inner(),
					duration: b(r.duration),
					expires_at: b(r.expires_at),
				})
				.collect(),
			emergency: c
				.emergency
				.into_iter()
				.map(|e| EmergencyView {
					organization: e.organization,
					operator: e.operator,
					reason: e.reason,
					opened_at: b(e.opened_at),
					expires_at: b(e.expires_at),
				})
				.collect(),
			emergency_opt_out: c.emergency_opt_out,
		}
	}
}
