//! Following the identity pallet: a key rotation moves the grant deposits the patient paid to
//! the new key; a deregistration removes the patient's consents and returns their deposits.

use crate::*;
use frame_support::{dispatch::DispatchResult, weights::Weight};
use pallet_patient_identity::{PatientId, PatientLifecycle};

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
