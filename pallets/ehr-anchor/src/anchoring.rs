//! Anchoring: records, their amended versions and batches, each charged [`Config::AnchorFee`]
//! and appended to the patient's record index; and retraction, which leaves a tombstone.

use crate::{
	Anchor, Batch, BatchId, Batches, Config, ContentHash, Error, Event, Format, IndexLen,
	IndexPages, Pallet, Record, RecordId, Records, RetractReason, Superseded,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::Mutate,
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
};
use pallet_consent::{Category, CurrencyOf};
use pallet_patient_identity::{
	Commitment, LinkStatus, OrganizationId, OrganizationRoles, PatientId,
};
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// `anchor` for signer `who`: record `record` of `patient` at version 1.
	pub(crate) fn do_anchor(
		who: &T::AccountId,
		record: RecordId,
		patient: PatientId,
		category: Category,
		format: Format,
		hash: ContentHash,
		locator: Option<Commitment>,
	) -> DispatchResult {
		let custodian = Self::ensure_linked_custodian(who, patient)?;
		ensure!(!Records::<T>::contains_key(record), Error::<T>::RecordExists);
		Self::charge(who)?;
		Self::append_to_index(patient, Anchor::Record(record))?;
		Records::<T>::insert(
			record,
			Record {
				patient,
				custodian,
				category,
				format,
				hash,
				locator,
				version: 1,
				retracted: None,
			},
		);
		Self::deposit_event(Event::RecordAnchored { record, patient, custodian, category });
		Ok(())
	}

	/// `amend` for signer `who`: the next version of `record`, the old hash kept as superseded.
	pub(crate) fn do_amend(
		who: &T::AccountId,
		record: RecordId,
		hash: ContentHash,
		locator: Option<Commitment>,
	) -> DispatchResult {
		let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(who)?;
		let mut r = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
		ensure!(r.custodian == organization, Error::<T>::NotCustodian);
		ensure!(r.retracted.is_none(), Error::<T>::Retracted);
		ensure!(
			r.hash != hash && !Superseded::<T>::contains_key(record, hash),
			Error::<T>::HashReused
		);
		let next = r.version.checked_add(1).ok_or(Error::<T>::TooManyVersions)?;
		Self::charge(who)?;
		Superseded::<T>::insert(record, r.hash, r.version);
		r.hash = hash;
		r.version = next;
		if locator.is_some() {
			r.locator = locator;
		}
		let (patient, version) = (r.patient, r.version);
		Records::<T>::insert(record, r);
		Self::deposit_event(Event::RecordAmended { record, patient, version });
		Ok(())
	}

	/// `anchor_batch` for signer `who`: the Merkle root `root` over `count` records.
	pub(crate) fn do_anchor_batch(
		who: &T::AccountId,
		batch: BatchId,
		patient: PatientId,
		category: Category,
		count: u32,
		root: H256,
	) -> DispatchResult {
		ensure!(count > 0 && count <= T::MaxBatchRecords::get(), Error::<T>::InvalidBatchSize);
		let custodian = Self::ensure_linked_custodian(who, patient)?;
		ensure!(!Batches::<T>::contains_key(batch), Error::<T>::BatchExists);
		Self::charge(who)?;
		Self::append_to_index(patient, Anchor::Batch(batch))?;
		Batches::<T>::insert(
			batch,
			Batch { patient, custodian, category, count, root, retracted: None },
		);
		Self::deposit_event(Event::BatchAnchored {
			batch,
			patient,
			custodian,
			category,
			count,
			root,
		});
		Ok(())
	}

	/// `retract` for signer `who`: marks the record or batch withdrawn for `reason`.
	pub(crate) fn do_retract(
		who: &T::AccountId,
		anchor: Anchor,
		reason: RetractReason,
	) -> DispatchResult {
		let organization = pallet_patient_identity::Pallet::<T>::ensure_member(who)?;
		let tombstone = |custodian: OrganizationId, retracted: &mut Option<RetractReason>| {
			ensure!(custodian == organization, Error::<T>::NotCustodian);
			ensure!(retracted.is_none(), Error::<T>::Retracted);
			*retracted = Some(reason);
			Ok::<_, DispatchError>(())
		};
		let patient = match anchor {
			Anchor::Record(id) => Records::<T>::try_mutate(id, |r| {
				let r = r.as_mut().ok_or(Error::<T>::UnknownRecord)?;
				tombstone(r.custodian, &mut r.retracted).map(|_| r.patient)
			})?,
			Anchor::Batch(id) => Batches::<T>::try_mutate(id, |b| {
				let b = b.as_mut().ok_or(Error::<T>::UnknownBatch)?;
				tombstone(b.custodian, &mut b.retracted).map(|_| b.patient)
			})?,
		};
		Self::deposit_event(Event::Retracted { anchor, patient, reason });
		Ok(())
	}

	/// The organization `who` operates, if it is an active custodian that the patient is
	/// linked with or has authorised.
	fn ensure_linked_custodian(
		who: &T::AccountId,
		patient: PatientId,
	) -> Result<OrganizationId, DispatchError> {
		let (organization, info) = pallet_patient_identity::Pallet::<T>::ensure_operator(who)?;
		ensure!(info.roles.contains(OrganizationRoles::CUSTODIAN), Error::<T>::NotCustodianRole);
		match pallet_patient_identity::Links::<T>::get(patient, organization) {
			Some(link)
				if matches!(link.status, LinkStatus::Active | LinkStatus::AwaitingOrganization) =>
			{
				Ok(organization)
			},
			_ => {
				// Only on the error path: tell an unknown patient from a missing link.
				pallet_patient_identity::Pallet::<T>::patient(patient)
					.ok_or(pallet_patient_identity::Error::<T>::UnknownPatient)?;
				Err(Error::<T>::NotLinked.into())
			},
		}
	}

	/// Burns [`Config::AnchorFee`] from `who`, keeping its account alive.
	fn charge(who: &T::AccountId) -> DispatchResult {
		CurrencyOf::<T>::burn_from(
			who,
			T::AnchorFee::get(),
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// Appends `anchor` to `patient`'s record index, on the page its position falls in.
	fn append_to_index(patient: PatientId, anchor: Anchor) -> DispatchResult {
		let len = IndexLen::<T>::get(patient);
		let next = len.checked_add(1).ok_or(Error::<T>::IndexFull)?;
		IndexPages::<T>::try_mutate(patient, len / T::IndexPageSize::get(), |page| {
			page.try_push(anchor)
		})
		// Unreachable: page `len / size` holds `len % size < size` entries.
		.map_err(|_| Error::<T>::IndexFull)?;
		IndexLen::<T>::insert(patient, next);
		Ok(())
	}
}
