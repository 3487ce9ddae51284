//! Break-glass: an organization with the emergency-access role opens short access to a
//! patient's general categories for emergency treatment; either side may end it early, and
//! the patient may opt out of it altogether.

use crate::*;
use frame_support::pallet_prelude::*;
use pallet_patient_identity::{OrganizationId, OrganizationRoles, PatientId};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// `break_glass` for the signer `who`.
	pub(crate) fn do_break_glass(
		who: T::AccountId,
		patient: PatientId,
		reason: EmergencyReason,
	) -> DispatchResultWithPostInfo {
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
		let actual =
			<T as Config>::WeightInfo::break_glass().saturating_add(Self::pruning_weight(pruned));
		Ok(Some(actual).into())
	}

	/// `end_emergency_access` for the signer `who`: a member of `organization`, or the patient
	/// side.
	pub(crate) fn do_end_emergency_access(
		who: T::AccountId,
		patient: PatientId,
		organization: OrganizationId,
	) -> DispatchResult {
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

	/// `set_emergency_opt_out` for the signer `who`.
	pub(crate) fn do_set_emergency_opt_out(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		opt_out: bool,
	) -> DispatchResult {
		let (patient, _) = Self::ensure_consent_actor(&who, on_behalf_of)?;
		let mut consents = Self::consents(patient);
		ensure!(consents.emergency_opt_out != opt_out, Error::<T>::Unchanged);
		consents.emergency_opt_out = opt_out;
		Consents::<T>::insert(patient, consents);
		Self::deposit_event(Event::EmergencyOptOutSet { patient, opt_out });
		Ok(())
	}
}
