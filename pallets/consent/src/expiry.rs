//! Expiry: removing expired grants, requests and break-glass accesses and returning their
//! deposits, both inside calls that write a patient's consents anyway (`prune`) and in
//! `on_idle` (`sweep`), which visits at most [`Config::MaxSweepPerBlock`] patients a block and
//! resumes from [`SweepCursor`].

use crate::*;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_patient_identity::PatientId;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// What a call pays for the clean-up `prune` did, having removed `pruned` entries: the
	/// benchmarked worst case of one patient's clean-up (every grant, request and emergency
	/// access expired, each deposit released to a different account) when anything went,
	/// nothing otherwise. Calls that prune declare it and refund it when nothing expired.
	pub(crate) fn pruning_weight(pruned: u32) -> Weight {
		if pruned == 0 {
			Weight::zero()
		} else {
			<T as Config>::WeightInfo::sweep_patient()
		}
	}

	/// Remove what has expired at `now` from a patient's consents (in memory), return the
	/// deposits and emit the events. Returns how many entries went.
	pub(crate) fn prune(
		patient: PatientId,
		account: &T::AccountId,
		consents: &mut PatientConsentsOf<T>,
		now: BlockNumberFor<T>,
	) -> u32 {
		let mut removed = 0u32;
		consents.grants.retain(|g| {
			let keep = !g.expired(now);
			if !keep {
				Self::release_grant_deposit(patient, account, g);
				removed.saturating_inc();
				Self::deposit_event(Event::ConsentExpired { patient, grant: g.id });
			}
			keep
		});
		consents.requests.retain(|r| {
			let keep = r.expires_at > now;
			if !keep {
				Self::release_request_deposit(&r.requester, r.deposit);
				removed.saturating_inc();
				Self::deposit_event(Event::RequestExpired { patient, request: r.id });
			}
			keep
		});
		consents.emergency.retain(|e| {
			let keep = e.expires_at > now;
			if !keep {
				removed.saturating_inc();
				Self::deposit_event(Event::EmergencyAccessExpired {
					patient,
					organization: e.organization,
				});
			}
			keep
		});
		removed
	}

	/// Visit patients from the cursor, removing what has expired, while weight lasts.
	pub(crate) fn sweep(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let per_patient = <T as Config>::WeightInfo::sweep_patient();
		let base = T::DbWeight::get().reads_writes(1, 1);
		let mut used = base;
		if remaining.any_lt(base.saturating_add(per_patient)) {
			return Weight::zero();
		}
		let mut iter = match SweepCursor::<T>::get() {
			Some(key) => Consents::<T>::iter_from(key.into_inner()),
			None => Consents::<T>::iter(),
		};
		let mut visited = 0u32;
		let mut last_key = None;
		while visited < T::MaxSweepPerBlock::get()
			&& remaining.all_gte(used.saturating_add(per_patient))
		{
			let Some((patient, mut consents)) = iter.next() else {
				last_key = None;
				break;
			};
			visited.saturating_inc();
			used.saturating_accrue(per_patient);
			last_key = Some(Consents::<T>::hashed_key_for(patient));
			// Only a patient with something expired needs their account (for deposits).
			let expired = consents.grants.iter().any(|g| g.expired(now))
				|| consents.requests.iter().any(|r| r.expires_at <= now)
				|| consents.emergency.iter().any(|e| e.expires_at <= now);
			let account = expired
				.then(|| pallet_patient_identity::Pallet::<T>::patient(patient))
				.flatten()
				.map(|p| p.account);
			if let Some(account) = account {
				if Self::prune(patient, &account, &mut consents, now) > 0 {
					Consents::<T>::insert(patient, consents);
				}
			}
		}
		match last_key.and_then(|k| BoundedVec::try_from(k).ok()) {
			Some(k) => SweepCursor::<T>::put(k),
			None => SweepCursor::<T>::kill(),
		}
		used
	}
}
