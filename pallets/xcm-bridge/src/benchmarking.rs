//! Benchmarks (FRAME v2) for every call, the hooks' steps and inbound messages, each in its
//! worst case, run against the runtime's real slot 0 (light client and message lane): full
//! export lists, full lease lists, the largest light-client start.

use super::*;
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::EnsureOrigin};
use frame_system::RawOrigin;
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

/// This chain knows itself, and `PEER` is its peer in slot 0.
fn started<T: Config>() {
	ThisChain::<T>::put(H256::from(THIS));
	Peers::<T>::insert(H256::from(PEER), PeerInfo::new(0));
	Slots::<T>::insert(0, H256::from(PEER));
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
	encode_message::<T::AccountId>(H256::from(PEER), H256::from(THIS), sender, &op)
}

/// A lease from `PEER` in the benchmarks' scope.
fn peer_lease(organization: OrganizationId, expires_at: Option<u64>) -> Lease {
	Lease {
		chain: H256::from(PEER),
		organization,
		scope: LeaseScope { expires_at, ..lease_scope() },
		valid_until: u64::MAX,
	}
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
		assert_eq!(Slots::<T>::get(0), Some(H256::from(PEER)));
		Ok(())
	}

	/// A peer in slot 0, its light client started with the most authorities.
	#[benchmark]
	fn add_peer() -> Result<(), BenchmarkError> {
		ThisChain::<T>::put(H256::from(THIS));
		// Slot 0 free, whatever peer genesis put there.
		if let Some(chain) = Slots::<T>::take(0) {
			Peers::<T>::remove(chain);
		}
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let init = Box::new(T::Lanes::benchmark_init(0));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, H256::from(PEER), init);
		assert_eq!(Slots::<T>::get(0), Some(H256::from(PEER)));
		Ok(())
	}

	#[benchmark]
	fn remove_peer() -> Result<(), BenchmarkError> {
		started::<T>();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, H256::from(PEER));
		assert_eq!(Peers::<T>::get(H256::from(PEER)).map(|p| p.status), Some(PeerStatus::Removing));
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

	/// A patient with one export short of the most and the largest scope (`export_consent`
	/// and `export_consent_to`: the latter names the peer, the former finds it).
	#[benchmark]
	fn export_consent() {
		started::<T>();
		let (to, _) = organization::<T>(0);
		let (who, id) = patient::<T>(0);
		for _ in 1..T::MaxExportsPerPatient::get() {
			export_from::<T>(&who, to);
		}
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

	/// One peer's turn in `on_initialize`: a heartbeat sent (the peer has exports).
	#[benchmark]
	fn serve_peer() {
		full_export_list::<T>();
		let chain = H256::from(PEER);
		Peers::<T>::mutate_extant(chain, |p| p.sent_until = 0);
		#[block]
		{
			Pallet::<T>::serve_peers();
		}
		assert!(Peers::<T>::get(chain).is_some_and(|p| p.sent_until > 0));
	}

	/// One pending revocation sent (and its peer's turn).
	#[benchmark]
	fn send_pending_revoke() {
		started::<T>();
		let chain = H256::from(PEER);
		let patient: T::AccountId = account("revoked", 0, 0);
		PendingRevokes::<T>::insert(chain, 7, patient);
		Peers::<T>::mutate_extant(chain, |p| p.pending_revokes = 1);
		#[block]
		{
			Pallet::<T>::serve_peers();
		}
		assert_eq!(PendingRevokes::<T>::iter_prefix(chain).count(), 0);
	}

	/// The idle sweep visits one export and ends it: its peer is being removed (its deposit
	/// goes back to the sponsor).
	#[benchmark]
	fn sweep_export() {
		full_export_list::<T>();
		Peers::<T>::mutate_extant(H256::from(PEER), |p| p.status = PeerStatus::Removing);
		let before = Exports::<T>::iter_keys().count();
		#[block]
		{
			Pallet::<T>::sweep_exports(Weight::MAX, 1);
		}
		assert_eq!(Exports::<T>::iter_keys().count(), before - 1);
	}

	/// Clearing one item of a removed peer's state: a lease (and its patient's count).
	#[benchmark]
	fn clear_item() {
		started::<T>();
		let chain = H256::from(PEER);
		let patient: T::AccountId = account("leased", 0, 0);
		HeldLeases::<T>::insert((chain, &patient, 0), peer_lease(0, None));
		LeaseCount::<T>::insert(&patient, 1);
		#[block]
		{
			Pallet::<T>::clear_peer(chain, 0, 1);
		}
		assert_eq!(LeaseCount::<T>::get(&patient), 0);
	}

	/// An upper bound on any inbound message: the two heaviest kinds, measured together — a
	/// lease for a patient whose lease list is full of ended leases (all pruned), and an access
	/// request answered from a full export list. (A heartbeat writes one peer entry; a record,
	/// a revocation or a report less than a lease.)
	#[benchmark]
	fn receive_message() {
		started::<T>();
		// Not admin 0's organization: `full_export_list` registers that one below.
		let (org, _) = organization::<T>(1);
		let peer_patient: T::AccountId = account("peer-patient", 0, 0);
		// Ended leases fill the patient's list (consent ended at 0: the clock reads more).
		for e in 0..T::MaxLeasesPerPatient::get() {
			HeldLeases::<T>::insert(
				(H256::from(PEER), &peer_patient, e as u64),
				peer_lease(org, Some(0)),
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
		// A patient of this chain with a full export list, asked about by the peer.
		let (who, _) = full_export_list::<T>();
		let request = inbound::<T>(
			Some(&peer_patient),
			HealthOp::AccessRequest {
				request: 0,
				organization: 1,
				patient: who,
				category: Category::Imaging,
				purpose: Purpose::Research,
				custodian: None,
			},
		);
		#[block]
		{
			assert_eq!(Pallet::<T>::receive(0, 1, Ok(lease)), Outcome::Applied);
			assert_eq!(Pallet::<T>::receive(0, 2, Ok(request)), Outcome::Applied);
		}
		assert_eq!(LeaseCount::<T>::get(&peer_patient), 1);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::new_chain(crate::mock::CHAIN_A, crate::mock::CHAIN_B),
		crate::mock::Test
	);
}
