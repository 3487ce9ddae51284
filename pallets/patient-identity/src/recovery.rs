//! Moving a patient to a new key. The patient offers its identity to a key (`rotate_key`), or
//! its guardians, the delegates with `RECOVERY`, vouch for one until the patient's threshold is
//! reached; either way the new key takes the identity by signing `claim_identity`, at once after
//! an offer and [`Config::RecoveryDelay`] after a recovery, unless the patient or a delegate
//! cancels first. The claim moves the identity with the deposits the patient paid itself (a
//! sponsor's stay with the sponsor), its sponsorship and its account references, and tells
//! [`Config::Lifecycle`].
//!
//! At most one key change per patient is in progress ([`Recoveries`]); while it waits, its new
//! key holds a sufficient account reference so that a key with no balance can sign its claim.

use crate::*;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get, BoundedVec};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Set how many guardians of the patient `who` must vouch (`set_recovery_threshold`).
	pub(crate) fn do_set_recovery_threshold(who: T::AccountId, threshold: u8) -> DispatchResult {
		let (patient, mut info) =
			Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
		ensure!(info.guardians() >= threshold as u32, Error::<T>::ThresholdTooHigh);
		info.recovery_threshold = threshold;
		Patients::<T>::insert(patient, info);
		Self::end_key_change(patient);
		Self::deposit_event(Event::RecoveryThresholdSet { patient, threshold });
		Ok(())
	}

	/// The patient `who` offers its identity to `new_account` (`rotate_key`).
	pub(crate) fn do_rotate_key(who: T::AccountId, new_account: T::AccountId) -> DispatchResult {
		let (patient, info) = Self::ensure_patient_actor(&who, None, DelegatePermissions::NONE)?;
		Self::ensure_rotation_target(&info, &new_account)?;
		let now = frame_system::Pallet::<T>::block_number();
		let offer = Recovery {
			new_account: new_account.clone(),
			vouchers: BoundedVec::new(),
			claimable_at: Some(now),
		};
		Self::begin_key_change(patient, offer);
		Self::deposit_event(Event::KeyRotationOffered { patient, new_account });
		Ok(())
	}

	/// The guardian `who` vouches for moving `patient` to `new_account` (`vouch_recovery`).
	pub(crate) fn do_vouch_recovery(
		who: T::AccountId,
		patient: PatientId,
		new_account: T::AccountId,
	) -> DispatchResult {
		let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
		let permissions = info.delegate_permissions(&who).ok_or(Error::<T>::NotAuthorized)?;
		ensure!(permissions.contains(DelegatePermissions::RECOVERY), Error::<T>::NotAuthorized);
		ensure!(info.recovery_threshold > 0, Error::<T>::RecoveryNotEnabled);
		Self::ensure_rotation_target(&info, &new_account)?;
		let existing = Recoveries::<T>::get(patient);
		let started = existing.is_some();
		let mut recovery = match existing {
			Some(r) => {
				// The patient's own offer is not the guardians' to join.
				let same = r.new_account == new_account && !r.by_patient();
				ensure!(same, Error::<T>::RecoveryConflict);
				r
			},
			None => Recovery {
				new_account: new_account.clone(),
				vouchers: BoundedVec::new(),
				claimable_at: None,
			},
		};
		ensure!(!recovery.vouchers.contains(&who), Error::<T>::AlreadyVouched);
		// Every voucher is a distinct delegate, so there is always room.
		recovery.vouchers.try_push(who.clone()).map_err(|_| Error::<T>::AlreadyVouched)?;
		let vouches = recovery.vouchers.len() as u32;
		Self::deposit_event(Event::RecoveryVouched {
			patient,
			guardian: who,
			new_account: new_account.clone(),
			vouches,
		});
		if recovery.claimable_at.is_none() && vouches >= info.recovery_threshold as u32 {
			let claimable_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::RecoveryDelay::get());
			recovery.claimable_at = Some(claimable_at);
			Self::deposit_event(Event::RecoveryApproved { patient, new_account, claimable_at });
		}
		if started {
			Recoveries::<T>::insert(patient, recovery);
		} else {
			Self::begin_key_change(patient, recovery);
		}
		Ok(())
	}

	/// `who`, the patient or a delegate of `on_behalf_of`, cancels the patient's key change
	/// (`cancel_recovery`).
	pub(crate) fn do_cancel_recovery(
		who: T::AccountId,
		on_behalf_of: Option<PatientId>,
	) -> DispatchResult {
		let patient = match on_behalf_of {
			None => PatientIdOf::<T>::get(&who).ok_or(Error::<T>::NotPatient)?,
			Some(patient) => {
				let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
				let allowed = info.account == who || info.delegate_permissions(&who).is_some();
				ensure!(allowed, Error::<T>::NotAuthorized);
				patient
			},
		};
		ensure!(Self::end_key_change(patient), Error::<T>::NoRecovery);
		Self::deposit_event(Event::RecoveryCancelled { patient, by: who });
		Ok(())
	}

	/// The new key `who` of `patient`'s key change takes the identity (`claim_identity`).
	pub(crate) fn do_claim_identity(who: T::AccountId, patient: PatientId) -> DispatchResult {
		let change = Recoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		ensure!(change.new_account == who, Error::<T>::NotNewKey);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(change.claimable_at.is_some_and(|at| at <= now), Error::<T>::NotClaimableYet);
		let info = Patients::<T>::get(patient).ok_or(Error::<T>::UnknownPatient)?;
		let old = info.account.clone();
		Self::move_identity(patient, info, &who)?;
		Self::deposit_event(if change.by_patient() {
			Event::KeyRotated { patient, old, new: who }
		} else {
			Event::PatientRecovered { patient, old, new: who }
		});
		Ok(())
	}

	/// Start a key change for `patient`, ending any other in progress. While it waits, its
	/// new key holds a sufficient account reference, so that a key with no balance can sign
	/// its claim (the patient's sponsor, if any, pays the fee).
	fn begin_key_change(patient: PatientId, change: RecoveryOf<T>) {
		// Taken before the old change's is dropped: the same key must not be reaped between.
		frame_system::Pallet::<T>::inc_sufficients(&change.new_account);
		Self::end_key_change(patient);
		Recoveries::<T>::insert(patient, change);
	}

	/// End `patient`'s key change, if one is in progress (and say whether one was).
	pub(crate) fn end_key_change(patient: PatientId) -> bool {
		let Some(change) = Recoveries::<T>::take(patient) else { return false };
		frame_system::Pallet::<T>::dec_sufficients(&change.new_account);
		true
	}

	/// That `new` may take over the patient `info` (checked again when it claims).
	fn ensure_rotation_target(info: &PatientInfoOf<T>, new: &T::AccountId) -> DispatchResult {
		Self::ensure_new_key(&info.account, new)?;
		// A patient cannot be their own delegate.
		ensure!(info.delegate_permissions(new).is_none(), Error::<T>::InvalidNewKey);
		Ok(())
	}

	fn ensure_new_key(old: &T::AccountId, new: &T::AccountId) -> DispatchResult {
		ensure!(
			old != new
				&& !PatientIdOf::<T>::contains_key(new)
				&& !OrganizationOf::<T>::contains_key(new)
				&& !Sponsorships::<T>::contains_key(new),
			Error::<T>::InvalidNewKey
		);
		Ok(())
	}

	/// Move `patient` from its current key to `new`, with its deposit.
	fn move_identity(
		patient: PatientId,
		mut info: PatientInfoOf<T>,
		new: &T::AccountId,
	) -> DispatchResult {
		let old = info.account.clone();
		Self::ensure_rotation_target(&info, new)?;
		let reason = HoldReason::PatientRegistration.into();
		Self::move_patient_deposits(&reason, &old, new)?;
		T::Lifecycle::on_key_rotated(patient, &old, new)?;
		// The sponsorship and the account references follow the identity.
		Self::move_account_reference(&old, new);
		if let Some(s) = Sponsorships::<T>::take(&old) {
			Sponsorships::<T>::insert(new, s);
			Self::move_account_reference(&old, new);
		}
		PatientIdOf::<T>::remove(&old);
		PatientIdOf::<T>::insert(new, patient);
		info.account = new.clone();
		Patients::<T>::insert(patient, info);
		Self::end_key_change(patient);
		Ok(())
	}

	/// Move one sufficient reference from `old` to `new` (taken first, so that an account
	/// both keys share nothing with is never reaped in between).
	fn move_account_reference(old: &T::AccountId, new: &T::AccountId) {
		frame_system::Pallet::<T>::inc_sufficients(new);
		frame_system::Pallet::<T>::dec_sufficients(old);
	}
}
