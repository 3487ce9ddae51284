//! Patients: registration, the identity commitment, deregistration and delegates, and the
//! lookups other pallets use to find a patient and to check who may act for it.

use crate::*;
use frame_support::{
	dispatch::{DispatchResult, DispatchResultWithPostInfo},
	ensure,
	traits::Get,
	BoundedVec,
};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Register `who` as a patient with `commitment` (`register_patient`).
	pub(crate) fn do_register_patient(who: T::AccountId, commitment: Commitment) -> DispatchResult {
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

	/// Replace the identity commitment of the patient `who` acts for (`update_commitment`).
	pub(crate) fn do_update_commitment(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		commitment: Commitment,
	) -> DispatchResult {
		let (patient, mut info) =
			Self::ensure_patient_actor(&who, on_behalf_of, DelegatePermissions::IDENTITY)?;
		info.commitment = commitment;
		Patients::<T>::insert(patient, info);
		Self::deposit_event(Event::CommitmentUpdated { patient, by: who });
		Ok(())
	}

	/// Deregister the patient whose key is `who` (`deregister_patient`); the weight used
	/// depends on how many links it had.
	pub(crate) fn do_deregister_patient(who: T::AccountId) -> DispatchResultWithPostInfo {
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
		if let Some(organization) = Self::close_sponsorship(&who) {
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

	/// Name `delegate` of the patient `who` with `permissions`, or change its permissions
	/// (`add_delegate`).
	pub(crate) fn do_add_delegate(
		who: T::AccountId,
		delegate: T::AccountId,
		permissions: DelegatePermissions,
	) -> DispatchResult {
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
		ensure!(info.guardians() >= info.recovery_threshold as u32, Error::<T>::ThresholdTooHigh);
		Patients::<T>::insert(patient, info);
		// A change of guardians invalidates vouches collected so far.
		Self::end_key_change(patient);
		Self::deposit_event(Event::DelegateAdded { patient, delegate, permissions });
		Ok(())
	}

	/// Remove `delegate` of the patient `who` (`remove_delegate`).
	pub(crate) fn do_remove_delegate(who: T::AccountId, delegate: T::AccountId) -> DispatchResult {
		let (patient, mut info) =
			Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
		let before = info.delegates.len();
		info.delegates.retain(|(d, _)| *d != delegate);
		ensure!(info.delegates.len() < before, Error::<T>::NotDelegate);
		ensure!(info.guardians() >= info.recovery_threshold as u32, Error::<T>::ThresholdTooHigh);
		Patients::<T>::insert(patient, info);
		Self::end_key_change(patient);
		Self::deposit_event(Event::DelegateRemoved { patient, delegate });
		Ok(())
	}

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

	/// A patient's record.
	pub fn patient(patient: PatientId) -> Option<PatientInfoOf<T>> {
		Patients::<T>::get(patient)
	}

	/// The patient id an account controls.
	pub fn patient_id_of(account: &T::AccountId) -> Option<PatientId> {
		PatientIdOf::<T>::get(account)
	}

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
}
