//! Sponsorship: a member organization pays for the patients it onboards.
//!
//! An operator onboards a key (`onboard_patient`); the organization or the key ends the
//! sponsorship (`end_sponsorship`, and deregistration ends it too).
//!
//! The ledger of deposits sponsors hold for patients' records ([`SponsoredDeposits`]) and the
//! per-patient allowance of sponsored transactions. The pallets that hold deposits for a
//! patient (this one, consent, the bridge) hold and release them through
//! [`Pallet::hold_patient_deposit`] and [`Pallet::release_patient_deposit`], which take the
//! deposit from the sponsor while the patient is sponsored and give it back to whoever paid it.

use crate::{
	pallet::*, DepositKey, OrganizationId, PatientId, SponsoredDeposit, SponsoredFee, Sponsorship,
	LOG_TARGET,
};
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

impl<T: Config> Pallet<T> {
	/// The operator `who` onboards `account` as a patient its organization sponsors
	/// (`onboard_patient`).
	pub(crate) fn do_onboard_patient(who: T::AccountId, account: T::AccountId) -> DispatchResult {
		let (organization, info) = Self::ensure_operator(&who)?;
		ensure!(!Sponsorships::<T>::contains_key(&account), Error::<T>::AlreadySponsored);
		ensure!(!OrganizationOf::<T>::contains_key(&account), Error::<T>::AlreadyMember);
		let deposit = T::SponsorshipDeposit::get();
		Self::count_sponsor_deposit(organization, deposit)?;
		T::Currency::hold(&HoldReason::Sponsorship.into(), &info.admin, deposit)?;
		frame_system::Pallet::<T>::inc_sufficients(&account);
		Sponsorships::<T>::insert(
			&account,
			Sponsorship {
				organization,
				payer: info.admin,
				deposit,
				period_start: frame_system::Pallet::<T>::block_number(),
				used: 0,
			},
		);
		Self::deposit_event(Event::PatientOnboarded { account, organization });
		Ok(())
	}

	/// `who`, the sponsored key or a member of the sponsoring organization, ends `account`'s
	/// sponsorship (`end_sponsorship`).
	pub(crate) fn do_end_sponsorship(who: T::AccountId, account: T::AccountId) -> DispatchResult {
		let s = Sponsorships::<T>::get(&account).ok_or(Error::<T>::NotSponsored)?;
		ensure!(
			who == account || OrganizationOf::<T>::get(&who) == Some(s.organization),
			Error::<T>::NotSponsor
		);
		Self::close_sponsorship(&account);
		Self::deposit_event(Event::SponsorshipEnded { account, organization: s.organization });
		Ok(())
	}

	/// Hold `amount` for `key` of `patient`, whose key is `account`: on the sponsor's payer
	/// while the account is sponsored (within [`Config::MaxSponsoredDeposits`]), on the account
	/// itself otherwise.
	pub fn hold_patient_deposit(
		patient: PatientId,
		account: &T::AccountId,
		key: DepositKey,
		reason: T::RuntimeHoldReason,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let Some(s) = Sponsorships::<T>::get(account) else {
			return T::Currency::hold(&reason, account, amount);
		};
		Self::count_sponsor_deposit(s.organization, amount)?;
		T::Currency::hold(&reason, &s.payer, amount)?;
		SponsoredDeposits::<T>::insert(
			patient,
			key,
			SponsoredDeposit { payer: s.payer, organization: s.organization, reason, amount },
		);
		Ok(())
	}

	/// Move everything `old` holds with `reason` to `new`, still on hold: a patient's own
	/// deposits follow its key on rotation and recovery (a sponsor's stay with the sponsor).
	pub fn move_patient_deposits(
		reason: &T::RuntimeHoldReason,
		old: &T::AccountId,
		new: &T::AccountId,
	) -> DispatchResult {
		let held = T::Currency::balance_on_hold(reason, old);
		if held.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			reason,
			old,
			new,
			held,
			Precision::Exact,
			Restriction::OnHold,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// Give back the deposit for `key` of `patient` to whoever paid it: the sponsor recorded in
	/// the ledger, or else `account` (`amount` held with `reason`). Never fails: the hold was
	/// made by medchain's pallets, so a shortfall means funds were slashed, and the payer keeps
	/// what is left.
	pub fn release_patient_deposit(
		patient: PatientId,
		account: &T::AccountId,
		key: DepositKey,
		reason: T::RuntimeHoldReason,
		amount: BalanceOf<T>,
	) {
		let (payer, reason, amount) = match SponsoredDeposits::<T>::take(patient, key) {
			Some(d) => {
				SponsorHeld::<T>::mutate(d.organization, |h| *h = h.saturating_sub(d.amount));
				(d.payer, d.reason, d.amount)
			},
			None => (account.clone(), reason, amount),
		};
		if amount.is_zero() {
			return;
		}
		if let Err(e) = T::Currency::release(&reason, &payer, amount, Precision::BestEffort) {
			log::warn!(target: LOG_TARGET, "deposit {key:?} not released: {e:?}");
		}
	}

	/// What holding a deposit on a sponsor costs beyond holding it on the patient, as the
	/// benchmarks' storage lists show: the sponsorship, the sponsor's count and the sponsor's
	/// account read; the count, the account and the ledger entry written. Calls benchmarked
	/// with a sponsored patient (the worst case) refund it when the patient paid itself.
	pub fn sponsored_deposit_overhead() -> frame_support::weights::Weight {
		T::DbWeight::get().reads_writes(3, 3)
	}

	/// The account whose sponsorship pays for a patient call signed by `signer` acting for
	/// `on_behalf_of` (`None`: the signer's own identity): the patient's key when the signer is
	/// the patient, one of its delegates, or the new key of its key change (so that a sponsored
	/// patient's new key, which holds nothing yet, can claim the identity).
	pub fn sponsored_account(
		signer: &T::AccountId,
		on_behalf_of: Option<PatientId>,
	) -> Option<T::AccountId> {
		let Some(patient) = on_behalf_of else { return Some(signer.clone()) };
		let info = Patients::<T>::get(patient)?;
		let acts_for = info.account == *signer
			|| info.delegate_permissions(signer).is_some()
			|| Recoveries::<T>::get(patient).is_some_and(|r| r.new_account == *signer);
		acts_for.then_some(info.account)
	}

	/// Whether a transaction of `account`'s is paid by a sponsor now.
	pub fn sponsored_fee(account: &T::AccountId) -> SponsoredFee<T::AccountId> {
		let Some(s) = Sponsorships::<T>::get(account) else { return SponsoredFee::Unsponsored };
		let used = if Self::period_over(s.period_start) { 0 } else { s.used };
		if used >= T::SponsoredTransactionsPerPeriod::get() {
			SponsoredFee::AllowanceUsed
		} else {
			SponsoredFee::Payer(s.payer)
		}
	}

	/// Count one sponsored transaction of `account`'s against its allowance.
	pub fn use_allowance(account: &T::AccountId) {
		Sponsorships::<T>::mutate_exists(account, |s| {
			if let Some(s) = s {
				if Self::period_over(s.period_start) {
					s.period_start = frame_system::Pallet::<T>::block_number();
					s.used = 0;
				}
				s.used = s.used.saturating_add(1);
			}
		});
	}

	fn period_over(start: BlockNumberFor<T>) -> bool {
		frame_system::Pallet::<T>::block_number()
			>= start.saturating_add(T::SponsorshipPeriod::get())
	}

	/// Add `amount` to what `organization` holds as a sponsor, within the bound.
	pub(crate) fn count_sponsor_deposit(
		organization: OrganizationId,
		amount: BalanceOf<T>,
	) -> Result<(), DispatchError> {
		let held = SponsorHeld::<T>::get(organization).saturating_add(amount);
		ensure!(held <= T::MaxSponsoredDeposits::get(), Error::<T>::SponsorLimitReached);
		SponsorHeld::<T>::insert(organization, held);
		Ok(())
	}

	/// End `account`'s sponsorship, if any, and say which organization it was: return its
	/// deposit and drop the account reference it gave. Deposits the sponsor holds for the
	/// patient's records stay held until the records go.
	pub(crate) fn close_sponsorship(account: &T::AccountId) -> Option<OrganizationId> {
		let s = Sponsorships::<T>::take(account)?;
		SponsorHeld::<T>::mutate(s.organization, |h| *h = h.saturating_sub(s.deposit));
		if let Err(e) = T::Currency::release(
			&HoldReason::Sponsorship.into(),
			&s.payer,
			s.deposit,
			Precision::BestEffort,
		) {
			log::warn!(target: LOG_TARGET, "sponsorship deposit not released: {e:?}");
		}
		frame_system::Pallet::<T>::dec_sufficients(account);
		Some(s.organization)
	}
}
