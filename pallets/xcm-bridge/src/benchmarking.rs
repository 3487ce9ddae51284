//! Benchmarks (FRAME v2) for every call and for inbound messages, each in its worst case, run
//! against the runtime's real message lane: full export lists, a renewal slot found only after
//! searching past full blocks, and, for inbound messages, full lease lists and full renewals.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::EnsureOrigin};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_consent::{Category, CategorySet, Purpose, PurposeSet};
use pallet_ehr_anchor::{Format, RecordId};
use pallet_patient_identity::{
	benchmark_helpers::{
		funded, register_organization, register_patient, register_sponsored_patient,
	},
	Commitment, OrganizationId, PatientId,
};
use sp_core::H256;
use sp_runtime::traits::Saturating;

type Identity<T> = pallet_patient_identity::Pallet<T>;

const THIS: [u8; 32] = [0xAA; 32];
const PEER: [u8; 32] = [0xBB; 32];

fn started<T: Config>() {
	ThisChain::<T>::put(H256::from(THIS));
	Peer::<T>::put(H256::from(PEER));
}

/// What a benchmark account here is given: enough for a thousand of everything it may pay
/// (exports, messages, registrations, anchors).
fn endowment<T: Config>() -> BalanceOf<T> {
	let unit = T::ExportDeposit::get()
		.saturating_add(T::MessageFee::get())
		.saturating_add(<T as pallet_patient_identity::Config>::PatientDeposit::get())
		.saturating_add(<T as pallet_ehr_anchor::Config>::AnchorFee::get());
	unit.saturating_mul(1000u32.into())
}

/// An organization of every role and its (funded) admin.
fn organization<T: Config>(i: u32) -> (OrganizationId, T::AccountId) {
	let admin = funded::<T>("admin", i, endowment::<T>());
	(register_organization::<T>(&admin), admin)
}

/// A registered patient who pays for itself: its deposits are held on its own key.
fn own_patient<T: Config>(index: u32) -> (T::AccountId, PatientId) {
	let who = funded::<T>("own-patient", index, endowment::<T>());
	let id = register_patient::<T>(&who, Commitment::zero());
	(who, id)
}

/// A registered patient its sponsor pays for (the sponsored path is the more expensive one).
fn patient<T: Config>(index: u32) -> (T::AccountId, PatientId) {
	let who = funded::<T>("patient", index, endowment::<T>());
	let id = register_sponsored_patient::<T>(&who, Commitment::zero());
	(who, id)
}

fn full_scope<T: Config>() -> (
	BoundedVec<Category, pallet_consent::MaxCodes>,
	BoundedVec<Purpose, pallet_consent::MaxCodes>,
	BoundedVec<OrganizationId, MaxLeaseCustodians>,
) {
	let custodians: Vec<OrganizationId> = (0..<MaxLeaseCustodians as Get<u32>>::get())
		.map(|i| organization::<T>(100 + i).0)
		.collect();
	(
		BoundedVec::truncate_from(Category::ALL.to_vec()),
		BoundedVec::truncate_from(Purpose::ALL.to_vec()),
		BoundedVec::truncate_from(custodians),
	)
}

fn export_from<T: Config>(who: &T::AccountId, to: OrganizationId) {
	let (c, p, k) = full_scope_light();
	Pallet::<T>::export_consent(RawOrigin::Signed(who.clone()).into(), None, to, c, p, k, None)
		.expect("an export within bounds");
}

fn full_scope_light() -> (
	BoundedVec<Category, pallet_consent::MaxCodes>,
	BoundedVec<Purpose, pallet_consent::MaxCodes>,
	BoundedVec<OrganizationId, MaxLeaseCustodians>,
) {
	(
		BoundedVec::truncate_from(vec![Category::Laboratory]),
		BoundedVec::truncate_from(vec![Purpose::Treatment]),
		BoundedVec::new(),
	)
}

fn lease_scope() -> LeaseScope {
	LeaseScope {
		categories: CategorySet::LABORATORY,
		purposes: PurposeSet::TREATMENT,
		custodians: BoundedVec::truncate_from(vec![
			0;
			<MaxLeaseCustodians as Get<u32>>::get() as usize
		]),
		expires_at: None,
	}
}

/// Fill the renewal slots of `blocks` blocks from `from` on.
fn fill_renewal_slots<T: Config>(from: BlockNumberFor<T>, blocks: u32) {
	let full: BoundedVec<ExportId, T::MaxRenewalsPerBlock> = BoundedVec::truncate_from(
		(0..T::MaxRenewalsPerBlock::get()).map(|i| u64::MAX - i as u64).collect(),
	);
	let mut block = from;
	for _ in 0..blocks {
		Renewals::<T>::insert(block, full.clone());
		block = block.saturating_add(1u32.into());
	}
}

/// A sponsored patient with the most exports, and the last of them.
fn full_export_list<T: Config>() -> (T::AccountId, ExportId) {
	started::<T>();
	let (to, _) = organization::<T>(0);
	let (who, id) = patient::<T>(0);
	for _ in 0..T::MaxExportsPerPatient::get() {
		export_from::<T>(&who, to);
	}
	let last = *ExportsOf::<T>::get(id).last().expect("exports exist");
	(who, last)
}

fn inbound<T: Config>(sender: Option<&T::AccountId>, op: HealthOpOf<T>) -> Vec<u8> {
	encode_message::<T::AccountId>(H256::from(PEER), sender, &op)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_peer() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, H256::from(PEER));
		assert_eq!(Peer::<T>::get(), Some(H256::from(PEER)));
		Ok(())
	}

	#[benchmark]
	fn set_lease_period() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, MIN_LEASE_PERIOD_MS);
		assert_eq!(LeasePeriod::<T>::get(), MIN_LEASE_PERIOD_MS);
		Ok(())
	}

	/// A patient with one export short of the most, the largest scope, and renewal slots
	/// found only after searching past full blocks.
	#[benchmark]
	fn export_consent() {
		started::<T>();
		let (to, _) = organization::<T>(0);
		let (who, id) = patient::<T>(0);
		for _ in 1..T::MaxExportsPerPatient::get() {
			export_from::<T>(&who, to);
		}
		fill_renewal_slots::<T>(
			frame_system::Pallet::<T>::block_number().saturating_add(Pallet::<T>::renew_interval()),
			RENEWAL_SEARCH_BLOCKS - 1,
		);
		let (c, p, k) = full_scope::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, to, c, p, k, Some(u64::MAX));
		assert_eq!(ExportsOf::<T>::get(id).len() as u32, T::MaxExportsPerPatient::get());
	}

	/// Revoking the last of a full export list.
	#[benchmark]
	fn revoke_export() {
		let (who, last) = full_export_list::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, last);
		assert!(Exports::<T>::get(last).is_none());
	}

	/// Governance ends the last of a full export list.
	#[benchmark]
	fn force_revoke_export() -> Result<(), BenchmarkError> {
		let (_, last) = full_export_list::<T>();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last);
		assert!(Exports::<T>::get(last).is_none());
		Ok(())
	}

	/// A self-paying patient's key changes with `n` exports: their deposits move to the new
	/// key and each lease is sent again for it, with the old one revoked.
	#[benchmark]
	fn on_key_rotated(n: Linear<0, { T::MaxExportsPerPatient::get() }>) {
		started::<T>();
		let (to, _) = organization::<T>(0);
		let (who, id) = own_patient::<T>(0);
		for _ in 0..n {
			export_from::<T>(&who, to);
		}
		// The identity pallet moves the registration deposit to the new key first, so the new
		// key exists when the bridge's deposits follow.
		let new = funded::<T>("new-key", 0, endowment::<T>());
		#[block]
		{
			<Pallet<T> as pallet_patient_identity::PatientLifecycle<T::AccountId>>::on_key_rotated(
				id, &who, &new,
			)
			.expect("the deposits move");
		}
		for export in ExportsOf::<T>::get(id) {
			assert_eq!(Exports::<T>::get(export).map(|e| e.account), Some(new.clone()));
		}
	}

	/// A sponsored patient with `n` exports deregisters: each ends, its deposit back to the
	/// sponsor, and a revocation is sent.
	#[benchmark]
	fn on_deregistered(n: Linear<0, { T::MaxExportsPerPatient::get() }>) {
		started::<T>();
		let (to, _) = organization::<T>(0);
		let (who, id) = patient::<T>(0);
		for _ in 0..n {
			export_from::<T>(&who, to);
		}
		#[block]
		{
			<Pallet<T> as pallet_patient_identity::PatientLifecycle<T::AccountId>>::on_deregistered(
				id, &who,
			)
			.expect("infallible");
		}
		assert!(ExportsOf::<T>::get(id).is_empty());
	}

	#[benchmark]
	fn share_record() {
		started::<T>();
		let (custodian, operator) = organization::<T>(0);
		let (who, id) = patient::<T>(0);
		Identity::<T>::approve_link(RawOrigin::Signed(who).into(), None, custodian)
			.expect("a fresh link");
		let record = RecordId::repeat_byte(7);
		pallet_ehr_anchor::Pallet::<T>::anchor(
			RawOrigin::Signed(operator.clone()).into(),
			record,
			id,
			Category::Laboratory,
			Format::Pdf,
			H256::repeat_byte(8),
			Some(Commitment::zero()),
		)
		.expect("a custodian anchors");
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), record);
	}

	#[benchmark]
	fn request_remote_access() {
		started::<T>();
		let (_, operator) = organization::<T>(0);
		let patient: T::AccountId = account("remote", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), patient, Category::Laboratory, Purpose::Treatment, Some(0));
		assert_eq!(NextRequestId::<T>::get(), 1);
	}

	/// `n` exports due at one block, each renewed, and none finding a slot for its next
	/// renewal (every block searched is full), so each is ended and revoked on the peer.
	#[benchmark]
	fn renew(n: Linear<1, { T::MaxRenewalsPerBlock::get() }>) {
		started::<T>();
		let (to, _) = organization::<T>(0);
		let now = frame_system::Pallet::<T>::block_number();
		let due = now.saturating_add(Pallet::<T>::renew_interval());
		Renewals::<T>::remove(due);
		let mut ids = Vec::new();
		for i in 0..n {
			let (who, _) = patient::<T>(i);
			export_from::<T>(&who, to);
			ids.push(NextExportId::<T>::get() - 1);
		}
		Renewals::<T>::remove(due);
		Renewals::<T>::insert(due, BoundedVec::<_, T::MaxRenewalsPerBlock>::truncate_from(ids));
		let next = due.saturating_add(Pallet::<T>::renew_interval());
		fill_renewal_slots::<T>(next, RENEWAL_SEARCH_BLOCKS);
		#[block]
		{
			Pallet::<T>::renew_due(due);
		}
		assert!(Renewals::<T>::get(due).is_empty());
		assert_eq!(Exports::<T>::iter().count(), 0, "every export ended");
	}

	/// An upper bound on any inbound message: the two heaviest kinds, measured together — a
	/// lease for a patient whose lease list is full of lapsed leases (all pruned) and a full
	/// renewal message of `MAX_RENEWALS_PER_MESSAGE` existing leases. (An access request reads
	/// at most `MaxExportsPerPatient` exports and sends one answer, less than either.)
	#[benchmark]
	fn receive_message() {
		started::<T>();
		let (org, _) = organization::<T>(0);
		let peer_patient: T::AccountId = account("peer-patient", 0, 0);
		// Lapsed leases fill the patient's list (valid until 0: the clock reads at least that).
		for e in 0..T::MaxLeasesPerPatient::get() {
			Leases::<T>::insert(
				&peer_patient,
				e as u64,
				Lease {
					chain: H256::from(PEER),
					organization: org,
					scope: lease_scope(),
					valid_until: 0,
				},
			);
		}
		LeaseCount::<T>::insert(&peer_patient, T::MaxLeasesPerPatient::get());
		let lease = inbound::<T>(
			Some(&peer_patient),
			HealthOp::Lease {
				export: 1_000,
				patient: peer_patient.clone(),
				organization: org,
				scope: lease_scope(),
				valid_until: u64::MAX,
			},
		);
		// A full renewal message for existing leases of distinct patients.
		let mut renewals = BoundedVec::new();
		for i in 0..MAX_RENEWALS_PER_MESSAGE {
			let p: T::AccountId = account("renewed", i, 0);
			Leases::<T>::insert(
				&p,
				0,
				Lease {
					chain: H256::from(PEER),
					organization: org,
					scope: lease_scope(),
					valid_until: 2,
				},
			);
			LeaseCount::<T>::insert(&p, 1);
			let _ = renewals.try_push((p, 0, u64::MAX));
		}
		let renewal = inbound::<T>(None, HealthOp::Renew(renewals));
		#[block]
		{
			assert_eq!(Pallet::<T>::receive(1, Ok(lease)), Outcome::Applied);
			assert_eq!(Pallet::<T>::receive(2, Ok(renewal)), Outcome::Applied);
		}
		assert_eq!(LeaseCount::<T>::get(&peer_patient), 1);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::new_chain(crate::mock::CHAIN_A, crate::mock::CHAIN_B),
		crate::mock::Test
	);
}
