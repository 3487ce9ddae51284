//! The access audit: `log_access` checks the basis an organization names against
//! `pallet-consent` and folds accepted entries into the patient's audit hash chain.

use crate::{AccessBasis, Anchor, AuditEntry, AuditTrails, Config, Error, Event, Pallet};
use codec::Encode;
use frame_support::{dispatch::DispatchResult, ensure};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// `log_access` for signer `who`: checks `basis` for reading `anchor` for `purpose` and, if
	/// it holds, extends the patient's audit chain.
	pub(crate) fn do_log_access(
		who: &T::AccountId,
		anchor: Anchor,
		basis: AccessBasis,
		purpose: Purpose,
	) -> DispatchResult {
		let (accessor, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(who)?;
		let (patient, custodian, category) = Self::readable(&anchor)?;
		match basis {
			AccessBasis::Grant(grant) => pallet_consent::Pallet::<T>::check_grant(
				patient,
				grant,
				accessor,
				category,
				purpose,
				Some(custodian),
			)
			.map_err(Error::<T>::from)?,
			AccessBasis::Emergency => {
				ensure!(purpose == Purpose::EmergencyTreatment, Error::<T>::PurposeNotCovered);
				let decision = pallet_consent::Pallet::<T>::check_patient_access(
					patient,
					accessor,
					category,
					purpose,
					Some(custodian),
				);
				ensure!(
					matches!(decision, AccessDecision::Emergency { .. }),
					Error::<T>::NoEmergencyAccess
				);
			},
		}
		let mut trail = AuditTrails::<T>::get(patient);
		let entry = AuditEntry {
			index: trail.count,
			anchor,
			accessor,
			basis,
			purpose,
			at: frame_system::Pallet::<T>::block_number(),
		};
		trail.head = Self::next_head(trail.head, &entry);
		trail.count = trail.count.saturating_add(1);
		AuditTrails::<T>::insert(patient, trail);
		Self::deposit_event(Event::AccessLogged { patient, entry, head: trail.head });
		Ok(())
	}

	/// The patient, custodian and category of an anchor that may still be read.
	fn readable(anchor: &Anchor) -> Result<(PatientId, OrganizationId, Category), DispatchError> {
		let (patient, entry) = Self::anchored(anchor).ok_or(match anchor {
			Anchor::Record(_) => Error::<T>::UnknownRecord,
			Anchor::Batch(_) => Error::<T>::UnknownBatch,
		})?;
		ensure!(entry.retracted.is_none(), Error::<T>::Retracted);
		Ok((patient, entry.custodian, entry.category))
	}

	/// `BLAKE2b-256(head ‖ SCALE(entry))`.
	pub fn next_head(head: H256, entry: &AuditEntry<BlockNumberFor<T>>) -> H256 {
		<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(&(head, entry).encode())
	}
}

impl<T> From<DenyReason> for Error<T> {
	fn from(reason: DenyReason) -> Self {
		match reason {
			DenyReason::NotYetValid
			| DenyReason::Expired
			| DenyReason::LeaseLapsed
			| DenyReason::NotFinal => Error::GrantNotValid,
			DenyReason::CategoryNotCovered => Error::CategoryNotCovered,
			DenyReason::PurposeNotCovered => Error::PurposeNotCovered,
			DenyReason::CustodianNotCovered => Error::CustodianNotCovered,
			// The accessor was checked to be an active organization and the patient has an
			// anchor, so what is left is that the grant does not apply (also once the patient
			// has deregistered: its grants went with it).
			DenyReason::UnknownPatient
			| DenyReason::UnknownOrganization
			| DenyReason::OrganizationSuspended
			| DenyReason::NoGrant => Error::NoGrant,
		}
	}
}
