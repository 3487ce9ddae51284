//! Benchmarks (FRAME v2) for every call in its worst case: the longest format and a locator,
//! a patient index page about to fill, and, for `log_access` and each entry of `log_releases`,
//! a full consent item whose only matching grant is the last one.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::RawOrigin;
use pallet_consent::{BalanceOf, Category, CurrencyOf, GrantId, Purpose, Scope};
use pallet_patient_identity::{
	benchmark_helpers::{funded, register_organizations, register_patient},
	Commitment, OrganizationId, PatientId,
};
use sp_core::H256;
use sp_runtime::traits::Saturating;

type Identity<T> = pallet_patient_identity::Pallet<T>;
type Consent<T> = pallet_consent::Pallet<T>;

/// What each benchmark account is given: ten times a patient's deposit, a full consent item's
/// grant deposits, an anchor fee and the existential deposit together.
fn funds<T: Config>() -> BalanceOf<T> {
	<T as pallet_patient_identity::Config>::PatientDeposit::get()
		.saturating_add(
			<T as pallet_consent::Config>::GrantDeposit::get()
				.saturating_mul(<T as pallet_consent::Config>::MaxGrantsPerPatient::get().into()),
		)
		.saturating_add(T::AnchorFee::get())
		.saturating_add(CurrencyOf::<T>::minimum_balance())
		.saturating_mul(10u32.into())
}

/// `n` organizations with every role, each admin its own operator.
fn organizations<T: Config>(n: u32) -> Vec<(OrganizationId, T::AccountId)> {
	register_organizations::<T>(n, funds::<T>())
}

/// A registered patient (account `("patient", index)`) linked with `custodian` (operated by
/// `operator`).
fn linked_patient<T: Config>(
	index: u32,
	custodian: OrganizationId,
	operator: &T::AccountId,
) -> (T::AccountId, PatientId) {
	let who = funded::<T>("patient", index, funds::<T>());
	let id = register_patient::<T>(&who, Commitment::zero());
	Identity::<T>::approve_link(RawOrigin::Signed(who.clone()).into(), None, custodian)
		.expect("a fresh link");
	Identity::<T>::link_patient(RawOrigin::Signed(operator.clone()).into(), id, Commitment::zero())
		.expect("completes the patient's authorisation");
	(who, id)
}

/// Fills the patient's current index page up to one short of full, so the anchor under
/// measurement writes a page as large as they get.
fn fill_index_page<T: Config>(patient: PatientId) {
	let size = T::IndexPageSize::get();
	IndexPages::<T>::insert(
		patient,
		0,
		BoundedVec::truncate_from(
			(0..size - 1).map(|i| Anchor::Batch(numbered(i as u64))).collect(),
		),
	);
	IndexLen::<T>::insert(patient, size - 1);
}

/// A distinct id for each `n` (`H256::from_low_u64_be` needs `std`).
fn numbered(n: u64) -> H256 {
	let mut bytes = [0u8; 32];
	bytes[24..].copy_from_slice(&n.to_be_bytes());
	H256(bytes)
}

fn record(n: u64) -> RecordId {
	numbered(u64::MAX - n)
}

/// The record's largest encoding: a two-byte `Other` format and a locator.
fn anchor_one<T: Config>(operator: &T::AccountId, patient: PatientId, id: RecordId) {
	Pallet::<T>::anchor(
		RawOrigin::Signed(operator.clone()).into(),
		id,
		patient,
		Category::Laboratory,
		Format::Other(u16::MAX),
		H256::repeat_byte(1),
		Some(H256::repeat_byte(2)),
	)
	.expect("a linked custodian anchors");
}

/// Fills the consent item of `patient` (account `who`) with `MaxGrantsPerPatient` grants of
/// every category and purpose, each restricted to `MaxCustodians` custodians (`others`, then
/// `custodian` last), all to `others[0]` but the last, to `reader`. An access check for
/// `reader` then reads the largest item and finds its grant last; returns that grant's id.
/// `others` holds at least `MaxCustodians - 1` organizations.
fn crowded_consents<T: Config>(
	who: &T::AccountId,
	patient: PatientId,
	custodian: OrganizationId,
	reader: OrganizationId,
	others: &[OrganizationId],
) -> GrantId {
	let custodians = <T as pallet_consent::Config>::MaxCustodians::get();
	let mut restricted: Vec<OrganizationId> =
		others.iter().copied().take(custodians as usize - 1).collect();
	restricted.push(custodian);
	let scope = || Scope {
		categories: BoundedVec::truncate_from(Category::ALL.to_vec()),
		purposes: BoundedVec::truncate_from(Purpose::ALL.to_vec()),
		custodians: BoundedVec::truncate_from(restricted.clone()),
	};
	let grants = <T as pallet_consent::Config>::MaxGrantsPerPatient::get();
	for i in 0..grants {
		let grantee = if i + 1 == grants { reader } else { others[0] };
		Consent::<T>::grant(
			RawOrigin::Signed(who.clone()).into(),
			None,
			BoundedVec::truncate_from(vec![grantee]),
			scope(),
			None,
			None,
		)
		.expect("below the grant bound");
	}
	pallet_consent::Consents::<T>::get(patient)
		.and_then(|c| c.grants.last().map(|g| g.id))
		.expect("granted")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor() {
		let orgs = organizations::<T>(1);
		let (org, operator) = orgs[0].clone();
		let (_, patient) = linked_patient::<T>(0, org, &operator);
		fill_index_page::<T>(patient);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			record(0),
			patient,
			Category::Laboratory,
			Format::Other(u16::MAX),
			H256::repeat_byte(1),
			Some(H256::repeat_byte(2)),
		);
		assert_eq!(IndexLen::<T>::get(patient), T::IndexPageSize::get());
		assert!(Records::<T>::contains_key(record(0)));
	}

	#[benchmark]
	fn amend() {
		let orgs = organizations::<T>(1);
		let (org, operator) = orgs[0].clone();
		let (_, patient) = linked_patient::<T>(0, org, &operator);
		anchor_one::<T>(&operator, patient, record(0));
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), record(0), H256::repeat_byte(3), Some(H256::repeat_byte(4)));
		assert_eq!(Records::<T>::get(record(0)).map(|r| r.version), Some(2));
	}

	#[benchmark]
	fn anchor_batch() {
		let orgs = organizations::<T>(1);
		let (org, operator) = orgs[0].clone();
		let (_, patient) = linked_patient::<T>(0, org, &operator);
		fill_index_page::<T>(patient);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			record(0),
			patient,
			Category::VitalSigns,
			T::MaxBatchRecords::get(),
			H256::repeat_byte(5),
		);
		assert!(Batches::<T>::contains_key(record(0)));
	}

	/// Retracting a record (its item is larger than a batch's).
	#[benchmark]
	fn retract() {
		let orgs = organizations::<T>(1);
		let (org, operator) = orgs[0].clone();
		let (_, patient) = linked_patient::<T>(0, org, &operator);
		anchor_one::<T>(&operator, patient, record(0));
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), Anchor::Record(record(0)), RetractReason::EnteredInError);
		assert!(Records::<T>::get(record(0)).is_some_and(|r| r.retracted.is_some()));
	}

	/// The patient's consent item is full (every grant restricted to `MaxCustodians`
	/// custodians) and the named grant is the last one.
	#[benchmark]
	fn log_access() {
		let orgs = organizations::<T>(<T as pallet_consent::Config>::MaxCustodians::get() + 2);
		let (org, operator) = orgs[0].clone();
		let (accessor, reader) = orgs[1].clone();
		let others: Vec<OrganizationId> = orgs.iter().skip(2).map(|o| o.0).collect();
		let (who, patient) = linked_patient::<T>(0, org, &operator);
		anchor_one::<T>(&operator, patient, record(0));
		let last = crowded_consents::<T>(&who, patient, org, accessor, &others);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(reader),
			Anchor::Record(record(0)),
			AccessBasis::Grant(last),
			Purpose::Treatment,
		);
		assert_eq!(AuditTrails::<T>::get(patient).count, 1);
		assert!(!AuditTrails::<T>::get(patient).head.is_zero());
	}

	/// `n` releases of records of `n` patients, so that each entry extends an audit chain of
	/// its own; each patient's consent item is full, with the reader's covering grant last
	/// (the check of what is still covered reads it all); decided `MaxAttestationDelay`
	/// blocks back.
	#[benchmark]
	fn log_releases(n: Linear<1, { T::MaxReleasesPerCall::get() }>) {
		let orgs = organizations::<T>(<T as pallet_consent::Config>::MaxCustodians::get() + 2);
		let (org, operator) = orgs[0].clone();
		let reader = orgs[1].0;
		let others: Vec<OrganizationId> = orgs.iter().skip(2).map(|o| o.0).collect();
		let mut patients = Vec::new();
		let mut releases = Vec::new();
		// The first patient's full consent item is built by granting; the others get a copy of
		// it (the same grants, read and decoded the same way), which keeps the setup linear in
		// `n` instead of `n` × `MaxGrantsPerPatient` grant calls.
		let mut template = None;
		for i in 0..n {
			let (who, patient) = linked_patient::<T>(i, org, &operator);
			anchor_one::<T>(&operator, patient, record(i.into()));
			let grant = match &template {
				None => {
					let grant = crowded_consents::<T>(&who, patient, org, reader, &others);
					template = pallet_consent::Consents::<T>::get(patient);
					grant
				},
				Some(full) => {
					pallet_consent::Consents::<T>::insert(patient, full.clone());
					full.grants.last().map(|g| g.id).expect("the template is full")
				},
			};
			patients.push(patient);
			releases.push(Release {
				anchor: Anchor::Record(record(i.into())),
				basis: AccessBasis::Grant(grant),
				purpose: Purpose::Treatment,
			});
		}
		let decided_at = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(
			decided_at.saturating_add(T::MaxAttestationDelay::get()),
		);
		let evidence = H256::repeat_byte(6);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			reader,
			evidence,
			decided_at,
			BoundedVec::truncate_from(releases),
		);
		frame_system::Pallet::<T>::assert_last_event(
			Event::<T>::ReleasesAttested {
				custodian: org,
				reader,
				evidence,
				decided_at,
				count: n,
				not_covered_at_inclusion: 0,
			}
			.into(),
		);
		assert!(patients.iter().all(|p| AuditTrails::<T>::get(*p).count == 1));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
