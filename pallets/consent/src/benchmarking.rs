//! Benchmarks (FRAME v2) for every call, the access check, the sweep and the lifecycle hooks,
//! each in its worst case: the patient's consent item is full, so its decode and encode cost
//! the most.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::fungible::{Inspect, InspectHold},
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_patient_identity::{
	benchmark_helpers::{
		funded, register_organizations, register_patient, register_sponsored_patient,
	},
	Commitment, OrganizationId, PatientId, PatientLifecycle,
};
use sp_runtime::traits::{One, Saturating, Zero};

/// What each benchmark account starts with: enough for a hundred patients' registration, full
/// grant and request lists, and the existential deposit.
fn funds<T: Config>() -> BalanceOf<T> {
	let per_patient = <T as pallet_patient_identity::Config>::PatientDeposit::get()
		.saturating_add(T::GrantDeposit::get().saturating_mul(T::MaxGrantsPerPatient::get().into()))
		.saturating_add(
			T::RequestDeposit::get().saturating_mul(T::MaxRequestsPerPatient::get().into()),
		)
		.saturating_add(CurrencyOf::<T>::minimum_balance());
	per_patient.saturating_mul(100u32.into())
}

/// A registered patient its sponsor pays for: releasing a sponsored deposit also updates the
/// sponsor's ledger, so this is the worst case of every call but a key rotation.
fn patient<T: Config>(index: u32) -> (T::AccountId, PatientId) {
	let who = funded::<T>("patient", index, funds::<T>());
	let id = register_sponsored_patient::<T>(&who, Commitment::zero());
	// The patient signs the benchmarked calls: its account is read for fees anyway.
	whitelist_account!(who);
	(who, id)
}

/// A registered patient paying its own deposits, which move with the key on rotation.
fn self_paying_patient<T: Config>(index: u32) -> (T::AccountId, PatientId) {
	let who = funded::<T>("patient", index, funds::<T>());
	let id = register_patient::<T>(&who, Commitment::zero());
	// The patient signs the benchmarked calls: its account is read for fees anyway.
	whitelist_account!(who);
	(who, id)
}

/// Registers `n` organizations with every role; returns their ids and admins.
fn organizations<T: Config>(n: u32) -> Vec<(OrganizationId, T::AccountId)> {
	register_organizations::<T>(n, funds::<T>())
}

fn full_scope<T: Config>(custodians: &[OrganizationId]) -> ScopeOf<T> {
	Scope {
		categories: BoundedVec::truncate_from(Category::ALL.to_vec()),
		purposes: BoundedVec::truncate_from(Purpose::ALL.to_vec()),
		custodians: BoundedVec::truncate_from(custodians.to_vec()),
	}
}

/// Gives the patient `n` open-ended grants to `org` with the widest scope.
fn fill_grants<T: Config>(
	who: &T::AccountId,
	org: OrganizationId,
	custodians: &[OrganizationId],
	n: u32,
) {
	for _ in 0..n {
		Pallet::<T>::grant(
			RawOrigin::Signed(who.clone()).into(),
			None,
			BoundedVec::truncate_from(vec![org]),
			full_scope::<T>(custodians),
			None,
			None,
		)
		.expect("below the grant bound");
	}
}

/// Fills the patient's request list with requests from distinct organizations (skipping
/// `except`), leaving `free` slots.
fn fill_requests<T: Config>(
	patient: PatientId,
	orgs: &[(OrganizationId, T::AccountId)],
	free: u32,
) {
	let n = T::MaxRequestsPerPatient::get().saturating_sub(free) as usize;
	for (_, admin) in orgs.iter().take(n) {
		Pallet::<T>::request_access(
			RawOrigin::Signed(admin.clone()).into(),
			patient,
			full_scope::<T>(&[]),
			100u32.into(),
		)
		.expect("below the request bound");
	}
}

/// Organization ids and their admins.
type Organizations<T> = Vec<(OrganizationId, <T as frame_system::Config>::AccountId)>;

/// Every organization a benchmark needs, and a patient (sponsored, patient 0) with `grants`
/// grants to the first of them and a full list of pending requests from the others: the
/// state most calls on one patient start from in their worst case.
fn crowded_patient<T: Config>(grants: u32) -> (Organizations<T>, T::AccountId, PatientId) {
	let orgs = organizations::<T>(org_count::<T>());
	let (who, id) = patient::<T>(0);
	fill_grants::<T>(&who, orgs[0].0, &[], grants);
	fill_requests::<T>(id, &orgs, 0);
	(orgs, who, id)
}

/// Enough organizations for disjoint grantee and custodian sets, a full request list and a
/// full emergency list.
fn org_count<T: Config>() -> u32 {
	T::MaxRequestsPerPatient::get()
		.max(T::MaxGrantees::get().saturating_add(T::MaxCustodians::get()))
		.max(T::MaxEmergencyPerPatient::get())
		.saturating_add(2)
}

/// `c` custodians, disjoint from the first `MaxGrantees` organizations (the grantees).
fn custodians<T: Config>(orgs: &[(OrganizationId, T::AccountId)], c: u32) -> Vec<OrganizationId> {
	orgs.iter().skip(T::MaxGrantees::get() as usize).take(c as usize).map(|o| o.0).collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `g` grantees, `c` custodians, `n` grants the patient already has (each with the widest
	/// scope and all custodians, so the patient's item is as large as it gets).
	#[benchmark]
	fn grant(
		g: Linear<1, { T::MaxGrantees::get() }>,
		c: Linear<0, { T::MaxCustodians::get() }>,
		n: Linear<0, { T::MaxGrantsPerPatient::get() - 1 }>,
	) {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let all = custodians::<T>(&orgs, T::MaxCustodians::get());
		fill_grants::<T>(&who, orgs[0].0, &all, n);
		fill_requests::<T>(id, &orgs, 0);
		let grantees: Vec<_> = orgs.iter().take(g as usize).map(|o| o.0).collect();
		let custodians = custodians::<T>(&orgs, c);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			None,
			BoundedVec::truncate_from(grantees),
			full_scope::<T>(&custodians),
			None,
			Some(1_000u32.into()),
		);
		assert_eq!(Consents::<T>::get(id).map(|c| c.grants.len() as u32), Some(n + 1));
	}

	#[benchmark]
	fn revoke() {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, T::MaxCustodians::get());
		fill_grants::<T>(&who, orgs[0].0, &custodians, T::MaxGrantsPerPatient::get());
		fill_requests::<T>(id, &orgs, 0);
		let last = T::MaxGrantsPerPatient::get() - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, last);
		assert_eq!(Consents::<T>::get(id).map(|c| c.grants.len() as u32), Some(last));
	}

	#[benchmark]
	fn amend() {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, T::MaxCustodians::get());
		fill_grants::<T>(&who, orgs[0].0, &custodians, T::MaxGrantsPerPatient::get());
		fill_requests::<T>(id, &orgs, 0);
		let last = T::MaxGrantsPerPatient::get() - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, last, Amendment::AddGrantee(orgs[1].0));
		assert!(
			Consents::<T>::get(id).is_some_and(|c| c.grants.iter().any(|g| g.grantees.len() == 2))
		);
	}

	#[benchmark]
	fn request_access(c: Linear<0, { T::MaxCustodians::get() }>) {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, c);
		fill_grants::<T>(&who, orgs[0].0, &custodians, T::MaxGrantsPerPatient::get());
		fill_requests::<T>(id, &orgs[1..], 1);
		let requester = orgs[0].1.clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id, full_scope::<T>(&custodians), 100u32.into());
		assert_eq!(
			Consents::<T>::get(id).map(|c| c.requests.len() as u32),
			Some(T::MaxRequestsPerPatient::get())
		);
	}

	#[benchmark]
	fn approve_request() {
		let (_, who, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get() - 1);
		let request =
			Consents::<T>::get(id).and_then(|c| c.requests.last().map(|r| r.id)).expect("filled");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, request);
		assert_eq!(
			Consents::<T>::get(id).map(|c| c.grants.len() as u32),
			Some(T::MaxGrantsPerPatient::get())
		);
	}

	#[benchmark]
	fn deny_request() {
		let (_, who, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get());
		let request =
			Consents::<T>::get(id).and_then(|c| c.requests.last().map(|r| r.id)).expect("filled");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, request);
		assert!(Consents::<T>::get(id).is_some_and(|c| c.requests.iter().all(|r| r.id != request)));
	}

	#[benchmark]
	fn cancel_request() {
		let (_, _, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get());
		let (requester, request) = Consents::<T>::get(id)
			.and_then(|c| c.requests.into_iter().last().map(|r| (r.requester, r.id)))
			.expect("filled");
		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id, request);
		assert!(Consents::<T>::get(id).is_some_and(|c| c.requests.iter().all(|r| r.id != request)));
	}

	#[benchmark]
	fn break_glass() {
		let (orgs, _, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get());
		for (_, admin) in orgs.iter().skip(1).take(T::MaxEmergencyPerPatient::get() as usize - 1) {
			Pallet::<T>::break_glass(
				RawOrigin::Signed(admin.clone()).into(),
				id,
				EmergencyReason::LifeThreatening,
			)
			.expect("below the emergency bound");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(orgs[0].1.clone()), id, EmergencyReason::LifeThreatening);
		assert_eq!(
			Consents::<T>::get(id).map(|c| c.emergency.len() as u32),
			Some(T::MaxEmergencyPerPatient::get())
		);
	}

	#[benchmark]
	fn end_emergency_access() {
		let (orgs, who, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get());
		for (_, admin) in orgs.iter().take(T::MaxEmergencyPerPatient::get() as usize) {
			Pallet::<T>::break_glass(
				RawOrigin::Signed(admin.clone()).into(),
				id,
				EmergencyReason::LifeThreatening,
			)
			.expect("below the emergency bound");
		}
		let org = orgs[0].0;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, org);
		assert!(Consents::<T>::get(id)
			.is_some_and(|c| c.emergency.iter().all(|e| e.organization != org)));
	}

	#[benchmark]
	fn set_emergency_opt_out() {
		let (_, who, id) = crowded_patient::<T>(T::MaxGrantsPerPatient::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), None, true);
		assert!(Consents::<T>::get(id).is_some_and(|c| c.emergency_opt_out));
	}

	/// The access check on a full consent item, where the only grant that matches is the last
	/// one: its reads are what the runtime API and RPC cost.
	#[benchmark]
	fn check_access() {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, T::MaxCustodians::get());
		fill_grants::<T>(&who, orgs[0].0, &custodians, T::MaxGrantsPerPatient::get() - 1);
		fill_grants::<T>(&who, orgs[1].0, &custodians, 1);
		fill_requests::<T>(id, &orgs, 0);
		let decision;
		#[block]
		{
			decision = Pallet::<T>::check_access(
				&who,
				orgs[1].0,
				Category::Laboratory,
				Purpose::Treatment,
				custodians.last().copied(),
			);
		}
		assert!(matches!(decision, AccessDecision::Granted { .. }));
	}

	/// One patient visited by the `on_idle` sweep with everything expired.
	#[benchmark]
	fn sweep_patient() {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, T::MaxCustodians::get());
		for _ in 0..T::MaxGrantsPerPatient::get() {
			Pallet::<T>::grant(
				RawOrigin::Signed(who.clone()).into(),
				None,
				BoundedVec::truncate_from(vec![orgs[0].0]),
				full_scope::<T>(&custodians),
				None,
				Some(frame_system::Pallet::<T>::block_number().saturating_add(One::one())),
			)
			.expect("below the grant bound");
		}
		fill_requests::<T>(id, &orgs, 0);
		for (_, admin) in orgs.iter().take(T::MaxEmergencyPerPatient::get() as usize) {
			Pallet::<T>::break_glass(
				RawOrigin::Signed(admin.clone()).into(),
				id,
				EmergencyReason::LifeThreatening,
			)
			.expect("below the emergency bound");
		}
		let later: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::RequestLifetime::get())
			.saturating_add(T::EmergencyAccessDuration::get());
		frame_system::Pallet::<T>::set_block_number(later);
		#[block]
		{
			Pallet::<T>::sweep(later, Weight::MAX);
		}
		assert!(
			Consents::<T>::get(id).is_some_and(|c| c.grants.is_empty() && c.requests.is_empty())
		);
	}

	#[benchmark]
	fn on_key_rotated() {
		let orgs = organizations::<T>(1);
		let (who, id) = self_paying_patient::<T>(0);
		fill_grants::<T>(&who, orgs[0].0, &[], T::MaxGrantsPerPatient::get());
		let new = funded::<T>("new-key", 0, funds::<T>());
		#[block]
		{
			Pallet::<T>::on_key_rotated(id, &who, &new).expect("deposits move");
		}
		assert!(!CurrencyOf::<T>::balance_on_hold(&HoldReason::GrantDeposit.into(), &new).is_zero());
	}

	#[benchmark]
	fn on_deregistered() {
		let orgs = organizations::<T>(org_count::<T>());
		let (who, id) = patient::<T>(0);
		let custodians = custodians::<T>(&orgs, T::MaxCustodians::get());
		fill_grants::<T>(&who, orgs[0].0, &custodians, T::MaxGrantsPerPatient::get());
		fill_requests::<T>(id, &orgs, 0);
		#[block]
		{
			Pallet::<T>::on_deregistered(id, &who).expect("always succeeds");
		}
		assert!(!Consents::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
