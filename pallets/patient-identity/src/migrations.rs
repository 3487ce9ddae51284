//! Storage migrations of the patient-identity pallet, one module per storage version.
//!
//! Each is a [`frame_support::migrations::VersionedMigration`]: it runs only when the pallet's
//! on-chain storage version is the one it migrates from, and sets the version it migrates to,
//! so listing it in a runtime's `Migrations` is safe on every chain, old or new.

use crate::{Config, Pallet, Patients};
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
			log::info!(target: "runtime::identity", "v1: {patients} patient keys referenced");
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
