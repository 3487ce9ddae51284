//! Links between a patient and an organization's master patient index. A link exists only
//! when both sides agreed: one side proposes (`approve_link` by the patient side, `link_patient`
//! by the organization with the commitment to the local MRN), the other completes with the same
//! call; either side removes it (`remove_link`, `unlink_patient`). A patient's links and
//! proposals together are bounded by [`Config::MaxLinksPerPatient`] and counted in its record.

use crate::*;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};

impl<T: Config> Pallet<T> {
	/// The patient side, `who`, completes `organization`'s proposal or authorises the link
	/// (`approve_link`).
	pub(crate) fn do_approve_link(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
		organization: OrganizationId,
	) -> DispatchResult {
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

	/// The organization side, its operator `who`, completes `patient`'s authorisation or
	/// proposes the link (`link_patient`).
	pub(crate) fn do_link_patient(
		who: T::AccountId,
		patient: PatientId,
		mrn_commitment: Commitment,
	) -> DispatchResult {
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

	/// Remove the link or proposal between `patient` (whose record is `info`) and
	/// `organization`, on behalf of the side `by` (`remove_link`, `unlink_patient`).
	pub(crate) fn do_remove_link(
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

	/// Count one more link or proposal in the patient's record, within the bound.
	fn count_new_link(info: &mut PatientInfoOf<T>) -> DispatchResult {
		ensure!(info.links < T::MaxLinksPerPatient::get(), Error::<T>::TooManyLinks);
		info.links = info.links.saturating_add(1);
		Ok(())
	}
}
