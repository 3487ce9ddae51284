//! The access audit: `log_access` checks the basis an organization names against
//! `pallet-consent` and folds accepted entries into the patient's audit hash chain;
//! `log_releases` folds in the releases a custodian attests, counting those the same check
//! would refuse at inclusion.

use crate::{
	runtime_api::IndexEntry, AccessBasis, Anchor, AuditEntry, AuditTrails, Config, Error, Event,
	Pallet, Release,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_core::H256;
use sp_runtime::{traits::Saturating, DispatchError};

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
		Self::check_basis(patient, accessor, custodian, category, basis, purpose)?;
		let now = frame_system::Pallet::<T>::block_number();
		Self::append_entry(patient, anchor, accessor, basis, purpose, now);
		Ok(())
	}

	/// `log_releases` for signer `who`: checks every release, then appends each to its
	/// patient's audit chain as read by `reader` at `decided_at`, and says how many consent
	/// no longer covers.
	pub(crate) fn do_log_releases(
		who: &T::AccountId,
		reader: OrganizationId,
		evidence: H256,
		decided_at: BlockNumberFor<T>,
		releases: BoundedVec<Release, T::MaxReleasesPerCall>,
	) -> DispatchResult {
		let (custodian, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(who)?;
		ensure!(!releases.is_empty(), Error::<T>::NoReleases);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(decided_at <= now, Error::<T>::AttestationInFuture);
		ensure!(
			now.saturating_sub(decided_at) <= T::MaxAttestationDelay::get(),
			Error::<T>::AttestationTooOld
		);
		// Any status: a reader suspended since the release still received the data.
		let reader_active = pallet_patient_identity::Pallet::<T>::organization(reader)
			.ok_or(Error::<T>::UnknownReader)?
			.is_active();
		// Every release is checked before any is recorded, so a refused call records nothing.
		// Retracted anchors pass: a record withdrawn after it was released was still released.
		let mut checked = Vec::with_capacity(releases.len());
		for release in releases.iter() {
			let (patient, entry) = Self::existing(&release.anchor)?;
			ensure!(entry.custodian == custodian, Error::<T>::NotCustodian);
			checked.push((patient, entry.category, *release));
		}
		let mut not_covered: u32 = 0;
		for (patient, category, Release { anchor, basis, purpose }) in checked {
			// Whether `log_access`'s consent check would let the reader log this read at this
			// block. A retraction is not counted: it withdraws the record, not the consent.
			let covered = reader_active
				&& Self::check_basis(patient, reader, custodian, category, basis, purpose).is_ok();
			if !covered {
				not_covered = not_covered.saturating_add(1);
			}
			Self::append_entry(patient, anchor, reader, basis, purpose, decided_at);
		}
		Self::deposit_event(Event::ReleasesAttested {
			custodian,
			reader,
			evidence,
			decided_at,
			// At most `MaxReleasesPerCall`, a `u32`.
			count: releases.len() as u32,
			not_covered_at_inclusion: not_covered,
		});
		Ok(())
	}

	/// That `basis` lets `accessor` read, at this block, data of `patient` in `category` held
	/// by `custodian` for `purpose`: the named grant of the patient names `accessor` and covers
	/// the read, or (`Emergency`) `accessor` has open break-glass access and the purpose is
	/// `EmergencyTreatment`. The accessor's own status is the caller's to check.
	fn check_basis(
		patient: PatientId,
		accessor: OrganizationId,
		custodian: OrganizationId,
		category: Category,
		basis: AccessBasis,
		purpose: Purpose,
	) -> DispatchResult {
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
		Ok(())
	}

	/// Appends the entry "`accessor` read `anchor` under `basis` for `purpose` at block `at`"
	/// to `patient`'s audit chain and emits it in `AccessLogged`.
	fn append_entry(
		patient: PatientId,
		anchor: Anchor,
		accessor: OrganizationId,
		basis: AccessBasis,
		purpose: Purpose,
		at: BlockNumberFor<T>,
	) {
		let mut trail = AuditTrails::<T>::get(patient);
		let entry = AuditEntry { index: trail.count, anchor, accessor, basis, purpose, at };
		trail.head = Self::next_head(trail.head, &entry);
		trail.count = trail.count.saturating_add(1);
		AuditTrails::<T>::insert(patient, trail);
		Self::deposit_event(Event::AccessLogged { patient, entry, head: trail.head });
	}

	/// The patient and index entry of an anchor, also when it was retracted.
	fn existing(anchor: &Anchor) -> Result<(PatientId, IndexEntry), DispatchError> {
		let unknown = match anchor {
			Anchor::Record(_) => Error::<T>::UnknownRecord,
			Anchor::Batch(_) => Error::<T>::UnknownBatch,
		};
		Ok(Self::anchored(anchor).ok_or(unknown)?)
	}

	/// The patient, custodian and category of an anchor that may still be read.
	fn readable(anchor: &Anchor) -> Result<(PatientId, OrganizationId, Category), DispatchError> {
		let (patient, entry) = Self::existing(anchor)?;
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
