//! Benchmarks (FRAME v2) for every call, each in its worst case.

use super::*;
use crate::benchmark_helpers::{funded, onboard, sponsor};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::EnsureOrigin};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// What each funded benchmark account gets: a thousand patient deposits and a thousand
/// existential deposits, more than any set-up here spends.
fn endowment<T: Config>() -> BalanceOf<T> {
	T::PatientDeposit::get().saturating_mul(1_000u32.into()).saturating_add(
		<T::Currency as frame_support::traits::fungible::Inspect<_>>::minimum_balance()
			.saturating_mul(1_000u32.into()),
	)
}

/// A funded key the benchmark sponsor onboarded.
fn onboarded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who = funded::<T>(name, index, endowment::<T>());
	onboard::<T>(&who);
	who
}

/// A sponsored, registered patient.
fn patient<T: Config>(index: u32) -> (T::AccountId, PatientId) {
	let who = funded::<T>("patient", index, endowment::<T>());
	let id = benchmark_helpers::register_sponsored_patient::<T>(&who, Commitment::repeat_byte(1));
	// Patients sign most benchmarked calls: their account is read for fees anyway.
	whitelist_account!(who);
	(who, id)
}

fn gov<T: Config>() -> T::RuntimeOrigin {
	T::OrganizationOrigin::try_successful_origin().expect("the origin can be made in benchmarks")
}

/// Registers an organization with all roles and returns its id and admin.
fn organization<T: Config>(index: u32) -> (OrganizationId, T::AccountId) {
	let admin = funded::<T>("admin", index, endowment::<T>());
	let organization = benchmark_helpers::register_organization::<T>(&admin);
	whitelist_account!(admin);
	(organization, admin)
}

/// Fills the patient's delegate list to `n`, all guardians.
fn delegates<T: Config>(who: &T::AccountId, n: u32) -> Vec<T::AccountId> {
	(0..n)
		.map(|i| {
			let d = funded::<T>("delegate", i, endowment::<T>());
			Pallet::<T>::add_delegate(
				RawOrigin::Signed(who.clone()).into(),
				d.clone(),
				DelegatePermissions::ALL,
			)
			.expect("below the delegate bound");
			d
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A sponsored key registers (its sponsor holds the deposit).
	#[benchmark]
	fn register_patient() {
		let who = onboarded::<T>("patient", 0);
		whitelist_account!(who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Commitment::repeat_byte(1));
		let id = PatientIdOf::<T>::get(&who).expect("registered");
		assert!(SponsoredDeposits::<T>::contains_key(id, DepositKey::Registration));
	}

	#[benchmark]
	fn update_commitment() {
		let (who, id) = patient::<T>(0);
		// Worst case: a delegate at the end of a full list acts for the patient.
		let ds = delegates::<T>(&who, T::MaxDelegates::get());
		let last = ds.last().cloned().unwrap_or(who);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), Some(id), Commitment::repeat_byte(2));
		assert_eq!(Patients::<T>::get(id).map(|p| p.commitment), Some(Commitment::repeat_byte(2)));
	}

	#[benchmark]
	fn deregister_patient(l: Linear<0, { T::MaxLinksPerPatient::get() }>) {
		let (who, id) = patient::<T>(0);
		delegates::<T>(&who, T::MaxDelegates::get());
		for i in 0..l {
			let (org, _) = organization::<T>(i);
			Pallet::<T>::approve_link(RawOrigin::Signed(who.clone()).into(), None, org)
				.expect("below the link bound");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Patients::<T>::contains_key(id));
	}

	#[benchmark]
	fn add_delegate() {
		let (who, id) = patient::<T>(0);
		delegates::<T>(&who, T::MaxDelegates::get().saturating_sub(1));
		let d = funded::<T>("new-delegate", 0, endowment::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), d.clone(), DelegatePermissions::ALL);
		assert!(Patients::<T>::get(id).and_then(|p| p.delegate_permissions(&d)).is_some());
	}

	#[benchmark]
	fn remove_delegate() {
		let (who, id) = patient::<T>(0);
		let ds = delegates::<T>(&who, T::MaxDelegates::get());
		let last = ds.last().cloned().expect("MaxDelegates > 0");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), last.clone());
		assert!(Patients::<T>::get(id).and_then(|p| p.delegate_permissions(&last)).is_none());
	}

	#[benchmark]
	fn set_recovery_threshold() {
		let (who, id) = patient::<T>(0);
		let n = T::MaxDelegates::get();
		delegates::<T>(&who, n);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), n as u8);
		assert_eq!(Patients::<T>::get(id).map(|p| p.recovery_threshold), Some(n as u8));
	}

	/// The patient's offer to a new key, with a full delegate list to check the key against.
	#[benchmark]
	fn rotate_key() {
		let (who, id) = patient::<T>(0);
		delegates::<T>(&who, T::MaxDelegates::get());
		let new = funded::<T>("new-key", 0, endowment::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(who), new.clone());
		assert!(Recoveries::<T>::get(id).is_some_and(|r| r.new_account == new));
	}

	/// The vouch that reaches the threshold, with a full guardian list.
	#[benchmark]
	fn vouch_recovery() {
		let (id, new, last) = recovery_short_of_one::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, new);
		assert!(Recoveries::<T>::get(id).is_some_and(|r| r.claimable_at.is_some()));
	}

	/// A delegate (not the patient) cancels, so the patient record is read too.
	#[benchmark]
	fn cancel_recovery() {
		let (id, _, last) = recovery_short_of_one::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(last), Some(id));
		assert!(!Recoveries::<T>::contains_key(id));
	}

	/// The new key claims an identity its guardians recovered: every deposit and the
	/// sponsorship move (the consent and bridge pallets' share is weighed by their
	/// `on_key_rotated` weight, added to this one).
	#[benchmark]
	fn claim_identity() {
		let (id, new, last) = recovery_short_of_one::<T>();
		Pallet::<T>::vouch_recovery(RawOrigin::Signed(last).into(), id, new.clone())
			.expect("the last guardian vouches");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RecoveryDelay::get()));
		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), id);
		assert_eq!(PatientIdOf::<T>::get(&new), Some(id));
	}

	#[benchmark]
	fn register_organization() -> Result<(), BenchmarkError> {
		let origin = T::OrganizationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let admin = funded::<T>("admin", 0, endowment::<T>());
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			admin.clone(),
			OrganizationKind::Hospital,
			OrganizationRoles::ALL,
		);
		assert!(OrganizationOf::<T>::contains_key(&admin));
		Ok(())
	}

	#[benchmark]
	fn suspend_organization() -> Result<(), BenchmarkError> {
		let origin = T::OrganizationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (org, admin) = organization::<T>(0);
		fill_operators::<T>(&admin);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		assert!(Organizations::<T>::get(org).is_some_and(|o| !o.is_active()));
		Ok(())
	}

	#[benchmark]
	fn reinstate_organization() -> Result<(), BenchmarkError> {
		let origin = T::OrganizationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (org, admin) = organization::<T>(0);
		fill_operators::<T>(&admin);
		Pallet::<T>::suspend_organization(gov::<T>(), org).expect("active");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		assert!(Organizations::<T>::get(org).is_some_and(|o| o.is_active()));
		Ok(())
	}

	#[benchmark]
	fn set_organization_roles() -> Result<(), BenchmarkError> {
		let origin = T::OrganizationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (org, admin) = organization::<T>(0);
		fill_operators::<T>(&admin);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org, OrganizationRoles::NONE);
		assert!(Organizations::<T>::get(org).is_some_and(|o| o.roles.is_empty()));
		Ok(())
	}

	/// The invitation that fills the organization's operator bound.
	#[benchmark]
	fn add_operator() {
		let (org, admin) = organization::<T>(0);
		for i in 0..T::MaxOperators::get().saturating_sub(1) {
			Pallet::<T>::add_operator(RawOrigin::Signed(admin.clone()).into(), account("op", i, 0))
				.expect("below the operator bound");
		}
		let op: T::AccountId = account("new-op", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), op.clone());
		assert!(OperatorInvitations::<T>::get(org).contains(&op));
	}

	/// The last of a full list of invitations is accepted (the longest list to search).
	#[benchmark]
	fn accept_operator() {
		let (org, admin) = organization::<T>(0);
		let mut last = admin.clone();
		for i in 0..T::MaxOperators::get() {
			last = account("op", i, 0);
			Pallet::<T>::add_operator(RawOrigin::Signed(admin.clone()).into(), last.clone())
				.expect("below the operator bound");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), org);
		assert_eq!(OrganizationOf::<T>::get(&last), Some(org));
	}

	#[benchmark]
	fn remove_operator() {
		let (_, admin) = organization::<T>(0);
		let last = fill_operators::<T>(&admin);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), last.clone());
		assert!(!OrganizationOf::<T>::contains_key(&last));
	}

	/// Completing an organization's proposal, acting as a delegate at the end of a full list.
	#[benchmark]
	fn approve_link() {
		let (who, id) = patient::<T>(0);
		let ds = delegates::<T>(&who, T::MaxDelegates::get());
		let (org, admin) = organization::<T>(0);
		Pallet::<T>::link_patient(RawOrigin::Signed(admin).into(), id, Commitment::repeat_byte(3))
			.expect("an active organization proposes");
		let last = ds.last().cloned().unwrap_or(who);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), Some(id), org);
		assert_eq!(Links::<T>::get(id, org).map(|l| l.status), Some(LinkStatus::Active));
	}

	#[benchmark]
	fn link_patient() {
		let (who, id) = patient::<T>(0);
		delegates::<T>(&who, T::MaxDelegates::get());
		let (org, admin) = organization::<T>(0);
		let op = fill_operators::<T>(&admin);
		#[extrinsic_call]
		_(RawOrigin::Signed(op), id, Commitment::repeat_byte(3));
		assert_eq!(Links::<T>::get(id, org).map(|l| l.status), Some(LinkStatus::AwaitingPatient));
	}

	#[benchmark]
	fn remove_link() {
		let (who, id) = patient::<T>(0);
		let ds = delegates::<T>(&who, T::MaxDelegates::get());
		let (org, _) = organization::<T>(0);
		Pallet::<T>::approve_link(RawOrigin::Signed(who.clone()).into(), None, org)
			.expect("below the link bound");
		let last = ds.last().cloned().unwrap_or(who);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), Some(id), org);
		assert!(!Links::<T>::contains_key(id, org));
	}

	#[benchmark]
	fn unlink_patient() {
		let (who, id) = patient::<T>(0);
		delegates::<T>(&who, T::MaxDelegates::get());
		let (org, admin) = organization::<T>(0);
		Pallet::<T>::approve_link(RawOrigin::Signed(who).into(), None, org)
			.expect("below the link bound");
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id);
		assert!(!Links::<T>::contains_key(id, org));
	}

	#[benchmark]
	fn onboard_patient() {
		let (_, admin) = organization::<T>(0);
		let who: T::AccountId = account("new-patient", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone());
		assert!(Sponsorships::<T>::contains_key(&who));
	}

	#[benchmark]
	fn end_sponsorship() {
		let (who, _) = patient::<T>(0);
		let admin = sponsor::<T>();
		whitelist_account!(admin);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone());
		assert!(!Sponsorships::<T>::contains_key(&who));
	}

	/// Publishing a longest endpoint where none was, so the deposit is held.
	#[benchmark]
	fn set_endpoint() {
		let funds = endowment::<T>().saturating_add(T::EndpointDeposit::get());
		let admin = funded::<T>("admin", 0, funds);
		let org = benchmark_helpers::register_organization::<T>(&admin);
		whitelist_account!(admin);
		let url = longest_endpoint::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), Some(url.clone()));
		assert_eq!(Endpoints::<T>::get(org).map(|e| (e.url, e.depositor)), Some((url, admin)));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}

/// An `https://` endpoint of [`Config::MaxEndpointLen`] bytes (`integrity_test` checks the
/// scheme fits).
fn longest_endpoint<T: Config>() -> BoundedVec<u8, T::MaxEndpointLen> {
	let mut url = ENDPOINT_SCHEME_HTTPS.to_vec();
	url.resize(T::MaxEndpointLen::get() as usize, b'a');
	url.try_into().expect("exactly MaxEndpointLen bytes; qed")
}

/// Fills an organization's operator list and returns the last operator.
fn fill_operators<T: Config>(admin: &T::AccountId) -> T::AccountId {
	let n = T::MaxOperators::get();
	let mut last = admin.clone();
	for i in 0..n {
		last = account("op", i, 0);
		Pallet::<T>::add_operator(RawOrigin::Signed(admin.clone()).into(), last.clone())
			.expect("below the operator bound");
	}
	let organization = OrganizationOf::<T>::get(admin).expect("an admin's organization");
	for i in 0..n {
		Pallet::<T>::accept_operator(RawOrigin::Signed(account("op", i, 0)).into(), organization)
			.expect("invited");
	}
	last
}

/// A patient with a full guardian list and the highest threshold, every guardian but the last
/// vouched for a new funded key: `(patient, new key, last guardian)`.
fn recovery_short_of_one<T: Config>() -> (PatientId, T::AccountId, T::AccountId) {
	let (who, id) = patient::<T>(0);
	let n = T::MaxDelegates::get();
	let ds = delegates::<T>(&who, n);
	Pallet::<T>::set_recovery_threshold(RawOrigin::Signed(who).into(), n as u8)
		.expect("n guardians exist");
	let new = funded::<T>("new-key", 0, endowment::<T>());
	let (last, others) = ds.split_last().expect("MaxDelegates > 0");
	for g in others {
		Pallet::<T>::vouch_recovery(RawOrigin::Signed(g.clone()).into(), id, new.clone())
			.expect("a guardian vouches");
	}
	(id, new, last.clone())
}
