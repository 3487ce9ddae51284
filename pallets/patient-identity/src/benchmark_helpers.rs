//! Helpers for the benchmarks of this pallet and of the pallets built on it (consent, records,
//! bridge): funded accounts, organizations and patients, each made through the pallet's own
//! calls so that benchmarks start from states the chain can reach.

use crate::*;
use frame_benchmarking::account;
use frame_support::traits::Get;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin,
};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// The benchmark account `(name, index)` with a free balance of exactly `amount`.
pub fn funded<T: Config>(name: &'static str, index: u32, amount: BalanceOf<T>) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, amount);
	who
}

/// Registers an organization of every role administered by `admin` (funded by the caller),
/// through `OrganizationOrigin`'s benchmark origin; returns its id.
pub fn register_organization<T: Config>(admin: &T::AccountId) -> OrganizationId {
	let origin = T::OrganizationOrigin::try_successful_origin()
		.expect("the origin can be made in benchmarks");
	Pallet::<T>::register_organization(
		origin,
		admin.clone(),
		OrganizationKind::Hospital,
		OrganizationRoles::ALL,
	)
	.expect("a fresh admin registers");
	OrganizationOf::<T>::get(admin).expect("just registered")
}

/// Registers `n` organizations of every role, admins `("admin", 0..n)` each funded with
/// `amount`; returns their ids and admins.
pub fn register_organizations<T: Config>(
	n: u32,
	amount: BalanceOf<T>,
) -> alloc::vec::Vec<(OrganizationId, T::AccountId)> {
	(0..n)
		.map(|i| {
			let admin = funded::<T>("admin", i, amount);
			(register_organization::<T>(&admin), admin)
		})
		.collect()
}

/// Registers `who` (funded by the caller) as a patient paying its own deposit; returns its id.
pub fn register_patient<T: Config>(who: &T::AccountId, commitment: Commitment) -> PatientId {
	Pallet::<T>::register_patient(RawOrigin::Signed(who.clone()).into(), commitment)
		.expect("a funded new account registers");
	PatientIdOf::<T>::get(who).expect("just registered")
}

/// The admin of the organization that sponsors benchmark patients ([`onboard`]).
pub fn sponsor<T: Config>() -> T::AccountId {
	account("sponsor", 0, 0)
}

/// `who` is onboarded by the benchmark sponsor (an organization registered on first use, its
/// admin funded up to the sponsor bound), so that `who`'s calls take the sponsored path, the
/// more expensive one: they also read the sponsorship and write the sponsor's ledger.
pub fn onboard<T: Config>(who: &T::AccountId) {
	let admin = sponsor::<T>();
	if !OrganizationOf::<T>::contains_key(&admin) {
		let funds = T::MaxSponsoredDeposits::get()
			.saturating_mul(2u32.into())
			.saturating_add(T::Currency::minimum_balance());
		funded::<T>("sponsor", 0, funds);
		register_organization::<T>(&admin);
	}
	Pallet::<T>::onboard_patient(RawOrigin::Signed(admin).into(), who.clone())
		.expect("a fresh key is onboarded");
}

/// Registers `who` as a patient whose deposits the benchmark sponsor pays ([`onboard`]): the
/// more expensive path of most patient calls.
pub fn register_sponsored_patient<T: Config>(
	who: &T::AccountId,
	commitment: Commitment,
) -> PatientId {
	onboard::<T>(who);
	register_patient::<T>(who, commitment)
}
