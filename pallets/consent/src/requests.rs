//! Access requests: an organization asks, the patient approves (which creates a grant) or
//! denies, the organization may withdraw; the requester's deposit is held meanwhile.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// `request_access` for the signer `who`.
	pub(crate) fn do_request_access(
		who: T::AccountId,
		patient: PatientId,
		scope: ScopeOf<T>,
		duration: BlockNumberFor<T>,
	) -> DispatchResultWithPostInfo {
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

	/// `approve_request` for the signer `who`.
	pub(crate) fn do_approve_request(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		request: RequestId,
	) -> DispatchResultWithPostInfo {
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

	/// Remove a pending request (made by `by`, if given) and return its deposit.
	pub(crate) fn withdraw_request(
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

	/// Take a pending request out of `consents` (in memory), if it has not lapsed at `now`.
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

	/// Returns a request's deposit to the requester. Never fails the call.
	pub(crate) fn release_request_deposit(requester: &T::AccountId, amount: BalanceOf<T>) {
		if let Err(e) = CurrencyOf::<T>::release(
			&HoldReason::RequestDeposit.into(),
			requester,
			amount,
			Precision::BestEffort,
		) {
			log::warn!(target: LOG_TARGET, "request deposit not released: {e:?}");
		}
	}
}
