//! Storage invariants, checked by `try_state` (try-runtime), after every unit test and by the
//! randomized runtime tests.

use crate::*;
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{ensure, traits::fungible::InspectHold};
use pallet_patient_identity::DepositKey;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Storage invariants, checked by `try_state` and the randomized tests.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut request_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (patient, c) in Consents::<T>::iter() {
			let info = pallet_patient_identity::Pallet::<T>::patient(patient)
				.ok_or("consents of an unknown patient")?;
			let mut ids = Vec::new();
			let mut grant_deposits = BalanceOf::<T>::zero();
			for g in c.grants.iter() {
				ids.push(g.id);
				ensure!(!g.grantees.is_empty(), "grant without grantees");
				ensure!(
					!g.categories.is_empty() && g.categories.is_valid(),
					"grant with invalid categories"
				);
				ensure!(
					!g.purposes.is_empty() && g.purposes.is_valid(),
					"grant with invalid purposes"
				);
				ensure!(
					g.expires_at.is_none_or(|e| e > g.starts_at),
					"grant ends before it starts"
				);
				// Deposits a sponsor pays are checked with the sponsor's ledger.
				if !pallet_patient_identity::SponsoredDeposits::<T>::contains_key(
					patient,
					DepositKey::Grant(g.id),
				) {
					grant_deposits = grant_deposits.saturating_add(g.deposit);
				}
			}
			for r in c.requests.iter() {
				ids.push(r.id);
				ensure!(
					c.requests.iter().filter(|o| o.organization == r.organization).count() == 1,
					"two pending requests from one organization"
				);
				let d = request_deposits.entry(r.requester.clone()).or_default();
				*d = d.saturating_add(r.deposit);
			}
			for e in c.emergency.iter() {
				ensure!(
					c.emergency.iter().filter(|o| o.organization == e.organization).count() == 1,
					"two open emergency accesses from one organization"
				);
			}
			ensure!(ids.iter().all(|id| *id < c.next_id), "id at or beyond next_id");
			ids.sort();
			ensure!(ids.windows(2).all(|w| w[0] != w[1]), "duplicate grant or request id");
			ensure!(
				CurrencyOf::<T>::balance_on_hold(&HoldReason::GrantDeposit.into(), &info.account)
					== grant_deposits,
				"grant deposits held differ from the patient's grants"
			);
		}
		for (who, total) in request_deposits {
			ensure!(
				CurrencyOf::<T>::balance_on_hold(&HoldReason::RequestDeposit.into(), &who) == total,
				"request deposits held differ from pending requests"
			);
		}
		Ok(())
	}
}
