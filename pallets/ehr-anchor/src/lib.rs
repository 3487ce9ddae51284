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
//! - **Attested releases** (`log_releases`): a custodian whose gateway released records to a
//!   reader records those reads for it, up to [`Config::MaxReleasesPerCall`] per call. Each is
//!   the same audit entry `log_access` makes (the reader as accessor, `at` the block at which
//!   the gateway checked consent, at most [`Config::MaxAttestationDelay`] blocks back), and is
//!   recorded whatever consent says by the time it is included, so that no release vanishes
//!   from the audit; the call's `ReleasesAttested` event names the custodian that vouches for
//!   the entries, the hash of the reader's signed client assertion it keeps as evidence, and
//!   how many entries consent no longer covered at inclusion.
//! - **Record index**: every anchor is appended to its patient's index (pages of
//!   [`Config::IndexPageSize`]), so a wallet sees what exists where ([`Pallet::records_of`]).
//!
//! ## Storage and fees
//!
//! Anchors are append-only, so there is nothing to refund: each anchored item (record, amended
//! version, batch) burns [`Config::AnchorFee`] from the signer, sized for the bytes it adds to
//! state. Audit heads are one small item per patient, paid by transaction fees.
//!
//! ## Implementation
//!
//! This file declares the pallet; each call checks its origin and hands over to a module named
//! after what it does:
//!
//! - `anchoring`: `anchor`, `amend`, `anchor_batch` and `retract`, the fee, and appending to the
//!   patient's record index;
//! - `audit`: `log_access` and `log_releases`, the check of a basis against `pallet-consent`
//!   they share, and the audit hash chain;
//! - `views`: what the runtime API answers (verification, also by Merkle proof, and pages of
//!   the record index);
//! - `try_state`: the storage invariants.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod anchoring;
mod audit;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std"))]
mod try_state;
pub mod types;
mod views;
pub mod weights;

/// Longest inclusion proof the verifier looks at: a tree of `u32` leaves is at most 32 deep.
pub const MAX_PROOF_ITEMS: usize = 32;

/// Log target of this pallet (it logs nothing today; any line it gains uses this target).
pub const LOG_TARGET: &str = "runtime::ehr-anchor";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use pallet_consent::{BalanceOf, Category, Purpose};
	use pallet_patient_identity::{Commitment, OrganizationId, PatientId};
	use sp_core::H256;

	/// The pallet's configuration trait.
	#[pallet::config(with_default)]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_consent::Config
	{
		/// Burned from the signer for each record, amended version or batch anchored.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type AnchorFee: Get<BalanceOf<Self>>;
		/// Most records one batch may commit to.
		#[pallet::constant]
		type MaxBatchRecords: Get<u32>;
		/// Entries per page of a patient's record index.
		#[pallet::constant]
		type IndexPageSize: Get<u32>;
		/// Most releases one `log_releases` call may record. The runtime uses 256: such a call
		/// weighs about 29 ms (benchmarked), a fiftieth of a block's 1.5 s normal class, so a
		/// custodian's audit batches never crowd other extrinsics out of a block.
		#[pallet::constant]
		type MaxReleasesPerCall: Get<u32>;
		/// Most blocks between the consent check of a release (`log_releases`'s `decided_at`)
		/// and the block that records it. The runtime uses 100 blocks (10 minutes): a gateway
		/// submits its entries within seconds, so a longer delay means it was down, and the
		/// bound keeps a custodian from back-dating entries in bulk.
		#[pallet::constant]
		#[pallet::no_default_bounds]
		type MaxAttestationDelay: Get<BlockNumberFor<Self>>;
		/// Weights from this pallet's benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Default configurations of this pallet for test runtimes.
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU64};

		/// The configuration of this pallet's mock, for mocks with `u64` balances and block
		/// numbers: a fee of 2, batches of up to 1,000 records, index pages of 3 anchors (so
		/// that tests cross pages), the runtime's bounds on attested releases (256 per call,
		/// decided at most 100 blocks back) and no weights.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			type AnchorFee = ConstU64<2>;
			type MaxBatchRecords = ConstU32<1_000>;
			type IndexPageSize = ConstU32<3>;
			type MaxReleasesPerCall = ConstU32<256>;
			type MaxAttestationDelay = ConstU64<100>;
			type WeightInfo = ();
		}
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
		/// An operator of `custodian` recorded `count` releases to `reader`, whose consent was
		/// checked at block `decided_at`: the `count` `AccessLogged` events just before this
		/// one. `evidence` is the BLAKE2b-256 hash of the reader's signed client assertion, which
		/// the custodian keeps. `not_covered_at_inclusion` of the entries were no longer covered
		/// when this block recorded them (their basis no longer covered the read, or the reader
		/// was suspended): `log_access`'s consent check would have refused them.
		ReleasesAttested {
			custodian: OrganizationId,
			reader: OrganizationId,
			evidence: H256,
			decided_at: BlockNumberFor<T>,
			count: u32,
			not_covered_at_inclusion: u32,
		},
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
		/// The patient's record index is full (it holds `u32::MAX` anchors).
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
		/// The reader named is no organization.
		UnknownReader,
		/// The release was decided at a block after the current one.
		AttestationInFuture,
		/// The release was decided more than `MaxAttestationDelay` blocks ago.
		AttestationTooOld,
		/// The call names no release.
		NoReleases,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxBatchRecords::get() > 0, "MaxBatchRecords must be positive");
			assert!(T::IndexPageSize::get() > 0, "IndexPageSize must be positive");
			assert!(T::MaxReleasesPerCall::get() > 0, "MaxReleasesPerCall must be positive");
			assert!(
				!sp_runtime::traits::Zero::is_zero(&T::MaxAttestationDelay::get()),
				"MaxAttestationDelay must be positive"
			);
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
			Self::do_anchor(&who, record, patient, category, format, hash, locator)
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
			Self::do_amend(&who, record, hash, locator)
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
			Self::do_anchor_batch(&who, batch, patient, category, count, root)
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
			Self::do_retract(&who, anchor, reason)
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
			Self::do_log_access(&who, anchor, basis, purpose)
		}

		/// Record `releases`: reads of the signer's organization's records and batches by
		/// `reader` that the custodian's gateway checked against consent at block `decided_at`
		/// and released. `evidence` is the BLAKE2b-256 hash of the reader's signed client
		/// assertion, which the custodian keeps: a custodian cannot produce it for a read it
		/// made up.
		///
		/// Each release becomes the audit entry `log_access` makes, with `reader` as accessor
		/// and `at = decided_at`, appended to its patient's audit chain in the given order.
		/// Entries are recorded whatever consent says at this block, so that a grant revoked
		/// after the release, or a record retracted since, does not hide the release.
		/// `ReleasesAttested` counts the entries whose basis no longer covers the read at this
		/// block, or whose reader has been suspended since: reads the consent check of
		/// `log_access` would refuse now. Either every release is recorded or none is.
		///
		/// Origin: an operator of an active organization, the custodian of every anchor
		/// released. Errors: `NotOperator`, `OrganizationSuspended`, `NoReleases`,
		/// `AttestationInFuture`, `AttestationTooOld` (more than [`Config::MaxAttestationDelay`]
		/// blocks ago), `UnknownReader`, `UnknownRecord`, `UnknownBatch`, `NotCustodian`.
		/// Events: `AccessLogged` for each release, then `ReleasesAttested`.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::log_releases(releases.len() as u32))]
		pub fn log_releases(
			origin: OriginFor<T>,
			reader: OrganizationId,
			evidence: H256,
			decided_at: BlockNumberFor<T>,
			releases: BoundedVec<Release, T::MaxReleasesPerCall>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_log_releases(&who, reader, evidence, decided_at, releases)
		}
	}
}
