//! # EHR anchor pallet
//!
//! ## Overview
//!
//! Custodians (hospitals, labs, device vendors) keep health records in their own systems and
//! fix each record's fingerprint here, so anyone holding a copy can check that it is the
//! current, untampered version; organizations that read a record log the access against the
//! consent that allows it, into a per-patient hash chain an auditor can check.
//!
//! - **Anchor**: an operator of an active organization with the `CUSTODIAN` role, linked to
//!   the patient (or authorised by the patient's half of a link), fixes a record: a random
//!   [`RecordId`], the patient, a category, the content hash, a [`Format`] and an optional
//!   locator commitment. Version 1.
//! - **Amend**: the custodian anchors a new content hash for the record: the version goes up
//!   and the old hash is remembered as superseded. **Retract**: the custodian withdraws a
//!   record or batch with a reason (a tombstone; the anchor stays, erasure happens off chain).
//! - **Batch anchor**: one extrinsic fixes the Merkle root of up to
//!   [`Config::MaxBatchRecords`] records of one patient, category and custodian (wearable and
//!   instrument streams); one record is later verified with an inclusion proof.
//! - **Verify** ([`Pallet::verify`], [`Pallet::verify_in_batch`]; runtime API `EhrAnchorApi`,
//!   JSON-RPC `records_verify`, `records_verifyInBatch`): current, superseded (and by which
//!   version), retracted, or unknown.
//! - **Access audit** (`log_access`): an organization records that it read a record or batch,
//!   naming the grant (or its break-glass access) that allows it. The entry is refused unless
//!   that basis covers the record's category, the purpose and the custodian at this block
//!   (`pallet-consent`); accepted entries are emitted and folded into the patient's
//!   [`AuditHead`].
//! - **Record index**: every anchor is appended to its patient's index (pages of
//!   [`Config::IndexPageSize`]), so a wallet sees what exists where ([`Pallet::records_of`]).
//!
//! ## Storage and fees
//!
//! Anchors are append-only, so there is nothing to refund: each anchored item (record, amended
//! version, batch) burns [`Config::AnchorFee`] from the signer, sized for the bytes it adds to
//! state. Audit heads are one small item per patient, paid by transaction fees.

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

/// Longest inclusion proof the verifier looks at: a tree of `u32` leaves is at most 32 deep.
pub const MAX_PROOF_ITEMS: usize = 32;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use codec::Encode;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::Mutate,
			tokens::{Fortitude, Precision, Preservation},
		},
	};
	use frame_system::pallet_prelude::*;
	use pallet_consent::{AccessDecision, BalanceOf, Category, CurrencyOf, DenyReason, Purpose};
	use pallet_patient_identity::{
		Commitment, LinkStatus, OrganizationId, OrganizationRoles, PatientId,
	};
	use sp_core::H256;

	/// The pallet's configuration trait.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_consent::Config
	{
		/// Burned from the signer for each record, amended version or batch anchored.
		#[pallet::constant]
		type AnchorFee: Get<BalanceOf<Self>>;
		/// Most records one batch may commit to.
		#[pallet::constant]
		type MaxBatchRecords: Get<u32>;
		/// Entries per page of a patient's record index.
		#[pallet::constant]
		type IndexPageSize: Get<u32>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The in-code storage version; a change of the storage layout raises it and adds a
	/// migration to the runtime's `Migrations`.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Individually anchored records at their current version.
	// Blake2_128Concat: record ids are chosen by custodians.
	#[pallet::storage]
	pub type Records<T> = StorageMap<_, Blake2_128Concat, RecordId, Record>;

	/// Earlier versions of amended records: `(record, old hash) → version`.
	// Blake2_128Concat for both: ids and hashes are chosen by custodians.
	#[pallet::storage]
	pub type Superseded<T> =
		StorageDoubleMap<_, Blake2_128Concat, RecordId, Blake2_128Concat, ContentHash, Version>;

	/// Batch anchors.
	// Blake2_128Concat: batch ids are chosen by custodians.
	#[pallet::storage]
	pub type Batches<T> = StorageMap<_, Blake2_128Concat, BatchId, Batch>;

	/// How many anchors each patient's index holds.
	// Twox64Concat: patient ids are assigned by the identity pallet.
	#[pallet::storage]
	pub type IndexLen<T> = StorageMap<_, Twox64Concat, PatientId, u32, ValueQuery>;

	/// Each patient's anchors in the order they were made, in pages of `IndexPageSize`.
	// Twox64Concat for both: pallet-assigned ids and page numbers.
	#[pallet::storage]
	pub type IndexPages<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Twox64Concat,
		u32,
		BoundedVec<Anchor, T::IndexPageSize>,
		ValueQuery,
	>;

	/// The head of each patient's access audit chain.
	// Twox64Concat: pallet-assigned ids.
	#[pallet::storage]
	pub type AuditTrails<T> = StorageMap<_, Twox64Concat, PatientId, AuditHead, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A custodian anchored a record (version 1).
		RecordAnchored {
			record: RecordId,
			patient: PatientId,
			custodian: OrganizationId,
			category: Category,
		},
		/// A custodian amended a record: `version` is its new version.
		RecordAmended { record: RecordId, patient: PatientId, version: Version },
		/// A custodian anchored a batch of `count` records.
		BatchAnchored {
			batch: BatchId,
			patient: PatientId,
			custodian: OrganizationId,
			category: Category,
			count: u32,
			root: H256,
		},
		/// A custodian withdrew a record or batch.
		Retracted { anchor: Anchor, patient: PatientId, reason: RetractReason },
		/// An organization read a record under `entry.basis`; `head` is the patient's new audit
		/// chain head, `BLAKE2b-256(previous head ‖ SCALE(entry))`.
		AccessLogged { patient: PatientId, entry: AuditEntry<BlockNumberFor<T>>, head: H256 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A record with this id is already anchored.
		RecordExists,
		/// A batch with this id is already anchored.
		BatchExists,
		/// No record with this id.
		UnknownRecord,
		/// No batch with this id.
		UnknownBatch,
		/// The signer's organization lacks the `CUSTODIAN` role.
		NotCustodianRole,
		/// The organization has no link with the patient, and the patient has not authorised one.
		NotLinked,
		/// The signer's organization is not the record's custodian.
		NotCustodian,
		/// The record or batch was retracted.
		Retracted,
		/// The hash is the record's current version or one of its earlier ones.
		HashReused,
		/// A batch must hold between 1 and `MaxBatchRecords` records.
		InvalidBatchSize,
		/// The patient's record index is full (more than `u32::MAX` anchors).
		IndexFull,
		/// The record has been amended `u32::MAX - 1` times; anchor a new record instead.
		TooManyVersions,
		/// The named grant does not exist or does not name the organization.
		NoGrant,
		/// The named grant has not started yet or has expired.
		GrantNotValid,
		/// The basis does not cover the record's category.
		CategoryNotCovered,
		/// The basis does not cover the purpose.
		PurposeNotCovered,
		/// The grant is restricted to other custodians.
		CustodianNotCovered,
		/// The organization has no open break-glass access to the patient covering this read.
		NoEmergencyAccess,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxBatchRecords::get() > 0, "MaxBatchRecords must be positive");
			assert!(T::IndexPageSize::get() > 0, "IndexPageSize must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor record `record` of `patient`: version 1 with content hash `hash`.
		///
		/// Origin: an operator of an active organization with the `CUSTODIAN` role that is
		/// linked to the patient or that the patient authorised. Burns [`Config::AnchorFee`].
		/// Errors: the identity pallet's `NotOperator`, `OrganizationSuspended`,
		/// `UnknownPatient`; `NotCustodianRole`, `NotLinked`, `RecordExists`, `IndexFull`; a
		/// balance error when the fee cannot be paid. Event: `RecordAnchored`.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			record: RecordId,
			patient: PatientId,
			category: Category,
			format: Format,
			hash: ContentHash,
			locator: Option<Commitment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let custodian = Self::ensure_linked_custodian(&who, patient)?;
			ensure!(!Records::<T>::contains_key(record), Error::<T>::RecordExists);
			Self::charge(&who)?;
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

		/// Anchor a new version of `record` with content hash `hash` and, optionally, a new
		/// locator commitment (`None` keeps the current one).
		///
		/// Origin: an operator of the record's custodian, which must be active. Burns
		/// [`Config::AnchorFee`] for the superseded version kept for verification. Errors:
		/// `NotOperator`, `OrganizationSuspended`, `UnknownRecord`, `NotCustodian`,
		/// `Retracted`, `HashReused`, `TooManyVersions`. Event: `RecordAmended`.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::amend())]
		pub fn amend(
			origin: OriginFor<T>,
			record: RecordId,
			hash: ContentHash,
			locator: Option<Commitment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (organization, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
			let mut r = Records::<T>::get(record).ok_or(Error::<T>::UnknownRecord)?;
			ensure!(r.custodian == organization, Error::<T>::NotCustodian);
			ensure!(r.retracted.is_none(), Error::<T>::Retracted);
			ensure!(
				r.hash != hash && !Superseded::<T>::contains_key(record, hash),
				Error::<T>::HashReused
			);
			let next = r.version.checked_add(1).ok_or(Error::<T>::TooManyVersions)?;
			Self::charge(&who)?;
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

		/// Anchor batch `batch`: the Merkle root `root` over `count` records of `patient` in
		/// `category` (leaves [`batch_leaf`], tree from `binary-merkle-tree` with BLAKE2b-256).
		///
		/// Origin and fee: as for `anchor`. Errors: as for `anchor`, with `BatchExists` and
		/// `InvalidBatchSize`. Event: `BatchAnchored`.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::anchor_batch())]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			batch: BatchId,
			patient: PatientId,
			category: Category,
			count: u32,
			root: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(count > 0 && count <= T::MaxBatchRecords::get(), Error::<T>::InvalidBatchSize);
			let custodian = Self::ensure_linked_custodian(&who, patient)?;
			ensure!(!Batches::<T>::contains_key(batch), Error::<T>::BatchExists);
			Self::charge(&who)?;
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

		/// Withdraw a record or batch. The anchor stays as a tombstone: it verifies as
		/// retracted and authorises no access; the custodian erases the data off chain.
		///
		/// Origin: an operator of the custodian, also while it is suspended (withdrawing wrong
		/// data must stay possible). Errors: `NotOperator`, `UnknownRecord`, `UnknownBatch`,
		/// `NotCustodian`, `Retracted`. Event: `Retracted`.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::retract())]
		pub fn retract(
			origin: OriginFor<T>,
			anchor: Anchor,
			reason: RetractReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = pallet_patient_identity::Pallet::<T>::ensure_member(&who)?;
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

		/// Log that the signer's organization read `anchor` for `purpose` under `basis`.
		///
		/// The entry is refused unless, at this block, the basis covers the record's category,
		/// the purpose and the record's custodian: the named grant of the patient names the
		/// organization and is in force, or (`Emergency`) the organization has open
		/// break-glass access and the purpose is `EmergencyTreatment`. Accepted entries extend
		/// the patient's audit chain.
		///
		/// Origin: an operator of an active organization. Errors: `NotOperator`,
		/// `OrganizationSuspended`, `UnknownRecord`, `UnknownBatch`, `Retracted`, `NoGrant`,
		/// `GrantNotValid`, `CategoryNotCovered`, `PurposeNotCovered`, `CustodianNotCovered`,
		/// `NoEmergencyAccess`. Event: `AccessLogged`.
		#[pallet::call_index(4)]
		#[pallet::weight(<T as Config>::WeightInfo::log_access())]
		pub fn log_access(
			origin: OriginFor<T>,
			anchor: Anchor,
			basis: AccessBasis,
			purpose: Purpose,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (accessor, _) = pallet_patient_identity::Pallet::<T>::ensure_operator(&who)?;
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
				// The accessor was checked to be an active organization and the patient exists
				// (it has an anchor), so what is left is that the grant does not apply.
				DenyReason::UnknownPatient
				| DenyReason::UnknownOrganization
				| DenyReason::OrganizationSuspended
				| DenyReason::NoGrant => Error::NoGrant,
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// The organization `who` operates, if it is an active custodian that the patient is
		/// linked with or has authorised.
		fn ensure_linked_custodian(
			who: &T::AccountId,
			patient: PatientId,
		) -> Result<OrganizationId, DispatchError> {
			let (organization, info) = pallet_patient_identity::Pallet::<T>::ensure_operator(who)?;
			ensure!(
				info.roles.contains(OrganizationRoles::CUSTODIAN),
				Error::<T>::NotCustodianRole
			);
			match pallet_patient_identity::Links::<T>::get(patient, organization) {
				Some(link)
					if matches!(
						link.status,
						LinkStatus::Active | LinkStatus::AwaitingOrganization
					) =>
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

		/// The patient, custodian and category of an anchor that may still be read.
		fn readable(
			anchor: &Anchor,
		) -> Result<(PatientId, OrganizationId, Category), DispatchError> {
			let (patient, entry) = Self::anchored(anchor).ok_or(match anchor {
				Anchor::Record(_) => Error::<T>::UnknownRecord,
				Anchor::Batch(_) => Error::<T>::UnknownBatch,
			})?;
			ensure!(entry.retracted.is_none(), Error::<T>::Retracted);
			Ok((patient, entry.custodian, entry.category))
		}

		/// `BLAKE2b-256(head ‖ SCALE(entry))`.
		pub fn next_head(head: H256, entry: &AuditEntry<BlockNumberFor<T>>) -> H256 {
			<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(
				&(head, entry).encode(),
			)
		}

		/// Storage invariants: every index page but the last is full, the index length matches
		/// the pages, and every indexed anchor exists and belongs to that patient.
		#[cfg(any(feature = "try-runtime", feature = "std"))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let size = T::IndexPageSize::get();
			for (patient, len) in IndexLen::<T>::iter() {
				// Page lengths are checked against `len`, so together they hold `len` entries.
				let pages = len.div_ceil(size);
				for page in 0..pages {
					let entries = IndexPages::<T>::get(patient, page);
					let expected = if page + 1 == pages { len - page * size } else { size };
					ensure!(entries.len() as u32 == expected, "index page has the wrong length");
					for anchor in entries.iter() {
						let owner = Self::anchored(anchor).map(|(owner, _)| owner);
						ensure!(owner == Some(patient), "indexed anchor missing or foreign");
					}
				}
				ensure!(
					IndexPages::<T>::iter_prefix(patient).count() as u32 == pages,
					"pages beyond the index length"
				);
			}
			let indexed = IndexLen::<T>::iter_values().map(u64::from).sum::<u64>();
			ensure!(
				indexed
					== Records::<T>::iter().count() as u64 + Batches::<T>::iter().count() as u64,
				"an anchor is missing from its patient's index"
			);
			for (record, _, version) in Superseded::<T>::iter() {
				let current = Records::<T>::get(record).ok_or("superseded version of no record")?;
				ensure!(version < current.version, "superseded version not below the current");
			}
			Ok(())
		}
	}
}

use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// What the chain says about content hash `hash` for record `record`.
	pub fn verify(record: RecordId, hash: ContentHash) -> Verdict {
		let Some(r) = Records::<T>::get(record) else { return Verdict::Unknown };
		let version = if r.hash == hash {
			r.version
		} else {
			match Superseded::<T>::get(record, hash) {
				Some(v) => v,
				None => return Verdict::Unknown,
			}
		};
		if let Some(reason) = r.retracted {
			return Verdict::Retracted { reason };
		}
		if version == r.version {
			Verdict::Current { version, custodian: r.custodian, category: r.category }
		} else {
			Verdict::Superseded { version, current_version: r.version, current_hash: r.hash }
		}
	}

	/// What the chain says about record `record` with hash `hash` as leaf `leaf_index` of batch
	/// `batch`, given the sibling hashes `proof` from the leaf up.
	pub fn verify_in_batch(
		batch: BatchId,
		record: RecordId,
		hash: ContentHash,
		leaf_index: u32,
		proof: alloc::vec::Vec<sp_core::H256>,
	) -> Verdict {
		let Some(b) = Batches::<T>::get(batch) else { return Verdict::Unknown };
		let leaf = batch_leaf(&record, &hash);
		let valid = proof.len() <= MAX_PROOF_ITEMS
			&& binary_merkle_tree::verify_proof::<sp_runtime::traits::BlakeTwo256, _, _>(
				&b.root, proof, b.count, leaf_index, &leaf,
			);
		match (valid, b.retracted) {
			(false, _) => Verdict::InvalidProof,
			(true, Some(reason)) => Verdict::Retracted { reason },
			(true, None) => {
				Verdict::Current { version: 1, custodian: b.custodian, category: b.category }
			},
		}
	}

	/// Up to `limit` entries of `patient`'s record index from position `from`.
	pub fn records_of(
		patient: pallet_patient_identity::PatientId,
		from: u32,
		limit: u32,
	) -> runtime_api::RecordPage {
		use runtime_api::*;
		let total = IndexLen::<T>::get(patient);
		let size = T::IndexPageSize::get();
		let end = from.saturating_add(limit.min(MAX_PAGE_ENTRIES)).min(total);
		let mut entries = alloc::vec::Vec::new();
		let mut position = from;
		while position < end {
			let page = position / size;
			let skip = (position - page * size) as usize;
			let anchors = IndexPages::<T>::get(patient, page);
			entries.extend(
				anchors
					.iter()
					.skip(skip)
					.take((end - position) as usize)
					.filter_map(|anchor| Self::anchored(anchor).map(|(_, entry)| entry)),
			);
			position = page.saturating_add(1).saturating_mul(size);
		}
		RecordPage { total, entries, next: (end < total).then_some(end) }
	}

	/// An anchor as stored: its patient, and what the record index shows of it.
	fn anchored(
		anchor: &Anchor,
	) -> Option<(pallet_patient_identity::PatientId, runtime_api::IndexEntry)> {
		let (patient, custodian, category, version, count, retracted) = match anchor {
			Anchor::Record(id) => Records::<T>::get(id)
				.map(|r| (r.patient, r.custodian, r.category, r.version, 1, r.retracted))?,
			Anchor::Batch(id) => Batches::<T>::get(id)
				.map(|b| (b.patient, b.custodian, b.category, 1, b.count, b.retracted))?,
		};
		let entry = runtime_api::IndexEntry {
			anchor: *anchor,
			custodian,
			category,
			version,
			count,
			retracted,
		};
		Some((patient, entry))
	}
}
