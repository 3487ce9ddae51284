//! Storage migrations of the patient-identity pallet, one module per storage version.
//!
//! Each is a [`frame_support::migrations::VersionedMigration`]: it runs only when the pallet's
//! on-chain storage version is the one it migrates from, and sets the version it migrates to,
//! so listing it in a runtime's `Migrations` is safe on every chain, old or new.

use crate::{Config, Pallet, Patients, LOG_TARGET};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};

/// Version 1: every registered patient's key holds a sufficient account reference (taken at
/// registration since version 1), so that it never stops existing while it is a patient's.
pub mod v1 {
	use super::*;
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;

	/// Gives every patient registered under version 0 the reference registration now takes.
	/// One read and one write per patient: it fits in a block up to about ten thousand
	/// patients; a chain with more needs it run as a multi-block migration.
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut patients: u64 = 0;
			for info in Patients::<T>::iter_values() {
				frame_system::Pallet::<T>::inc_sufficients(&info.account);
				patients = patients.saturating_add(1);
			}
			log::info!(target: LOG_TARGET, "v1: {patients} patient keys referenced");
			T::DbWeight::get().reads_writes(patients.saturating_mul(2), patients)
		}

		/// Each patient key's sufficient references before the migration.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let before: Vec<(T::AccountId, u32)> = Patients::<T>::iter_values()
				.map(|p| {
					let refs = frame_system::Pallet::<T>::sufficients(&p.account);
					(p.account, refs)
				})
				.collect();
			Ok(before.encode())
		}

		/// Each patient key has exactly one reference more.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = Vec::<(T::AccountId, u32)>::decode(&mut &state[..])
				.map_err(|_| "v1: undecodable pre-upgrade state")?;
			for (who, refs) in before {
				ensure!(
					frame_system::Pallet::<T>::sufficients(&who) == refs.saturating_add(1),
					"v1: a patient key did not get its reference"
				);
			}
			Ok(())
		}
	}

	/// [`UncheckedMigrateV0ToV1`], run only on a chain at storage version 0, which it sets to 1.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2: a key change waits for its new key to claim it, so a recovery in progress records
/// when it becomes claimable.
pub mod v2 {
	use super::*;
	use crate::{pallet::RecoveryOf, Recoveries};
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;
	use frame_system::pallet_prelude::BlockNumberFor;

	/// A recovery in progress under version 1: guardians vouching, below the threshold (the
	/// vouch that reached it moved the identity at once).
	#[derive(Encode, Decode)]
	struct OldRecovery<AccountId, MaxDelegates: Get<u32>> {
		new_account: AccountId,
		vouchers: BoundedVec<AccountId, MaxDelegates>,
	}

	/// Gives each recovery in progress `claimable_at: None` (it is still short of its
	/// threshold) and its new key the account reference a pending key change now holds. Two
	/// reads and writes per recovery in progress, a handful on any chain.
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut n: u64 = 0;
			Recoveries::<T>::translate::<OldRecovery<T::AccountId, T::MaxDelegates>, _>(
				|_, old| {
					n = n.saturating_add(1);
					frame_system::Pallet::<T>::inc_sufficients(&old.new_account);
					Some(RecoveryOf::<T> {
						new_account: old.new_account,
						vouchers: old.vouchers,
						claimable_at: None::<BlockNumberFor<T>>,
					})
				},
			);
			log::info!(target: LOG_TARGET, "v2: {n} recoveries in progress kept");
			T::DbWeight::get().reads_writes(n.saturating_mul(2), n.saturating_mul(2))
		}

		/// How many recoveries are in progress.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Recoveries::<T>::iter_keys().count() as u32).encode())
		}

		/// The same number, each decodable and not yet claimable.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u32::decode(&mut &state[..]).map_err(|_| "v2: undecodable state")?;
			let mut after = 0u32;
			for r in Recoveries::<T>::iter_values() {
				ensure!(r.claimable_at.is_none(), "v2: a migrated recovery is claimable");
				ensure!(
					frame_system::Pallet::<T>::sufficients(&r.new_account) >= 1,
					"v2: a new key lacks its reference"
				);
				after += 1;
			}
			ensure!(after == before, "v2: a recovery in progress was lost");
			Ok(())
		}
	}

	/// [`UncheckedMigrateV1ToV2`], run only on a chain at storage version 1, which it sets to 2.
	pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
		1,
		2,
		UncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
