//! Storage invariants: checked by `try_state` under try-runtime, after every unit test and in
//! the runtime's randomized tests.

use crate::*;
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Storage invariants, checked by `try_state` and the randomized tests.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_patients()?;
		Self::try_organizations()?;
		Self::try_endpoints()?;
		Self::try_sponsorships()
	}

	/// Every patient maps back from its key, holds its deposit and references, and has
	/// consistent links, delegates and key change; nothing refers to a patient that is gone.
	fn try_patients() -> Result<(), TryRuntimeError> {
		let next_patient = NextPatientId::<T>::get();
		let mut patients = 0u32;
		for (id, info) in Patients::<T>::iter() {
			patients += 1;
			ensure!(id < next_patient, "patient id at or beyond NextPatientId");
			ensure!(
				PatientIdOf::<T>::get(&info.account) == Some(id),
				"patient's account does not map back to it"
			);
			let self_paid = match SponsoredDeposits::<T>::get(id, DepositKey::Registration) {
				Some(d) => {
					ensure!(d.amount == info.deposit, "sponsored deposit differs");
					Zero::zero()
				},
				None => info.deposit,
			};
			ensure!(
				T::Currency::balance_on_hold(
					&HoldReason::PatientRegistration.into(),
					&info.account
				) == self_paid,
				"registration deposit held differs from the record"
			);
			let references = 1 + Sponsorships::<T>::contains_key(&info.account) as u32;
			ensure!(
				frame_system::Pallet::<T>::sufficients(&info.account) >= references,
				"a patient's key lacks its account references"
			);
			let links = Links::<T>::iter_prefix(id).count() as u32;
			ensure!(links == info.links, "link count differs from stored links");
			ensure!(links <= T::MaxLinksPerPatient::get(), "too many links");
			ensure!(
				info.guardians() >= info.recovery_threshold as u32,
				"recovery threshold above guardian count"
			);
			for (i, (d, p)) in info.delegates.iter().enumerate() {
				ensure!(*d != info.account, "patient is their own delegate");
				ensure!(p.is_valid() && !p.is_empty(), "invalid delegate permissions");
				ensure!(
					!info.delegates.iter().skip(i + 1).any(|(o, _)| o == d),
					"duplicate delegate"
				);
			}
			if let Some(r) = Recoveries::<T>::get(id) {
				let at_threshold = r.vouchers.len() as u32 >= info.recovery_threshold as u32;
				ensure!(
					r.claimable_at.is_some() == (r.by_patient() || at_threshold),
					"a key change's claimability disagrees with its vouches"
				);
				ensure!(
					r.vouchers.iter().all(|v| info
						.delegate_permissions(v)
						.is_some_and(|p| p.contains(DelegatePermissions::RECOVERY))),
					"a voucher is not a guardian"
				);
				ensure!(
					frame_system::Pallet::<T>::sufficients(&r.new_account) >= 1,
					"a key change's new key lacks its account reference"
				);
			}
		}
		ensure!(
			PatientIdOf::<T>::iter().count() as u32 == patients,
			"PatientIdOf has entries without patients"
		);
		ensure!(
			Links::<T>::iter_keys().all(|(p, _)| Patients::<T>::contains_key(p)),
			"link of an unknown patient"
		);
		ensure!(
			Recoveries::<T>::iter_keys().all(Patients::<T>::contains_key),
			"recovery of an unknown patient"
		);
		Ok(())
	}

	/// Every admin and operator maps back to its organization, and operators with open
	/// invitations stay within [`Config::MaxOperators`].
	fn try_organizations() -> Result<(), TryRuntimeError> {
		let next_org = NextOrganizationId::<T>::get();
		let mut members = 0u32;
		for (id, info) in Organizations::<T>::iter() {
			ensure!(id < next_org, "organization id at or beyond NextOrganizationId");
			ensure!(info.roles.is_valid(), "invalid organization roles");
			for account in core::iter::once(&info.admin).chain(info.operators.iter()) {
				members += 1;
				ensure!(
					OrganizationOf::<T>::get(account) == Some(id),
					"member does not map back to its organization"
				);
			}
		}
		ensure!(
			OrganizationOf::<T>::iter().count() as u32 == members,
			"OrganizationOf has entries without organizations"
		);
		for (id, invited) in OperatorInvitations::<T>::iter() {
			let info =
				Organizations::<T>::get(id).ok_or("invitation of an unknown organization")?;
			ensure!(!invited.is_empty(), "an empty invitation list is stored");
			ensure!(
				invited.len() + info.operators.len() <= T::MaxOperators::get() as usize,
				"operators and invitations exceed MaxOperators"
			);
		}
		Ok(())
	}

	/// Every endpoint belongs to an organization, is one `set_endpoint` accepts, and every
	/// depositor holds exactly the endpoint deposits recorded for it (an admin key belongs to
	/// one organization, but the record does not depend on it).
	fn try_endpoints() -> Result<(), TryRuntimeError> {
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (organization, info) in Endpoints::<T>::iter() {
			ensure!(
				Organizations::<T>::contains_key(organization),
				"endpoint of an unknown organization"
			);
			ensure!(is_valid_endpoint(&info.url), "an invalid endpoint is stored");
			let total = held.entry(info.depositor).or_insert_with(Zero::zero);
			*total = total.saturating_add(info.deposit);
		}
		for (depositor, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Endpoint.into(), &depositor) == amount,
				"an endpoint deposit held differs from the endpoints' records"
			);
		}
		Ok(())
	}

	/// Every sponsor holds exactly the deposits the ledger says it backs, and counts them
	/// against its bound.
	fn try_sponsorships() -> Result<(), TryRuntimeError> {
		let mut per_org: BTreeMap<OrganizationId, BalanceOf<T>> = BTreeMap::new();
		// What each (payer, reason) should hold; few sponsors, so a list will do.
		let mut held: Vec<(T::AccountId, T::RuntimeHoldReason, BalanceOf<T>)> = Vec::new();
		let mut add =
			|payer: &T::AccountId, reason: T::RuntimeHoldReason, amount: BalanceOf<T>| match held
				.iter_mut()
				.find(|(p, r, _)| p == payer && *r == reason)
			{
				Some(entry) => entry.2 = entry.2.saturating_add(amount),
				None => held.push((payer.clone(), reason, amount)),
			};
		for (account, s) in Sponsorships::<T>::iter() {
			ensure!(
				frame_system::Pallet::<T>::sufficients(&account) >= 1,
				"a sponsored key lacks its account reference"
			);
			let org = per_org.entry(s.organization).or_insert_with(Zero::zero);
			*org = org.saturating_add(s.deposit);
			add(&s.payer, HoldReason::Sponsorship.into(), s.deposit);
		}
		for (_, _, d) in SponsoredDeposits::<T>::iter() {
			let org = per_org.entry(d.organization).or_insert_with(Zero::zero);
			*org = org.saturating_add(d.amount);
			add(&d.payer, d.reason, d.amount);
		}
		for (payer, reason, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&reason, &payer) == amount,
				"a sponsor's held deposits differ from the deposits it backs"
			);
		}
		for (organization, held) in SponsorHeld::<T>::iter() {
			ensure!(
				per_org.remove(&organization).unwrap_or_else(Zero::zero) == held,
				"SponsorHeld differs from the sponsor's deposits"
			);
			ensure!(held <= T::MaxSponsoredDeposits::get(), "sponsor above its bound");
		}
		ensure!(per_org.values().all(|v| v.is_zero()), "sponsor deposits not counted");
		Ok(())
	}
}
