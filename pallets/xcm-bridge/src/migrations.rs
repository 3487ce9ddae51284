//! Storage migrations of the bridge pallet, one module per storage version.
//!
//! Each is a [`frame_support::migrations::VersionedMigration`]: it runs only when the pallet's
//! on-chain storage version is the one it migrates from, and sets the version it migrates to.

use crate::{Config, Export, Exports, LeaseScope, Pallet, RemoteOrg};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use pallet_patient_identity::PatientId;

/// Version 1: an export records the lane nonce of its lease message (`lease_nonce`), so that
/// only a failure report of that message undoes it.
pub mod v1 {
	use super::*;
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;

	/// An export as stored in version 0.
	#[derive(Encode, Decode)]
	pub(crate) struct OldExport<AccountId, Balance> {
		pub patient: PatientId,
		pub account: AccountId,
		pub to: RemoteOrg,
		pub scope: LeaseScope,
		pub valid_until: u64,
		pub deposit: Balance,
	}

	#[cfg(test)]
	pub(crate) type OldExportForTests = OldExport<crate::mock::AccountId, crate::mock::Balance>;

	/// Gives every export of version 0 the lease nonce 0, which no lane message has (nonces
	/// start at 1): a failure report can then not undo it, the safe direction — the patient
	/// still revokes it, and its lease lapses on the peer if it never applied there. One read
	/// and one write per export: up to about ten thousand exports fit in a block.
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut exports: u64 = 0;
			Exports::<T>::translate::<OldExport<T::AccountId, crate::BalanceOf<T>>, _>(|_, old| {
				exports = exports.saturating_add(1);
				Some(Export {
					patient: old.patient,
					account: old.account,
					to: old.to,
					scope: old.scope,
					valid_until: old.valid_until,
					deposit: old.deposit,
					lease_nonce: 0,
				})
			});
			log::info!(target: crate::LOG_TARGET, "v1: {exports} exports given a lease nonce");
			T::DbWeight::get().reads_writes(exports, exports)
		}

		/// How many exports there are before.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Exports::<T>::iter_keys().count() as u64).encode())
		}

		/// Every one of them decodes afterwards.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u64::decode(&mut &state[..]).map_err(|_| "v1: undecodable state")?;
			ensure!(Exports::<T>::iter_values().count() as u64 == before, "v1: an export was lost");
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

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	#[test]
	fn v1_gives_old_exports_a_nonce_no_report_can_name() {
		new_chain(CHAIN_A, CHAIN_B).execute_with(|| {
			StorageVersion::new(0).put::<Pallet<Test>>();
			let old = v1::OldExportForTests {
				patient: 3,
				account: account(1),
				to: RemoteOrg { chain: CHAIN_B.into(), organization: 2 },
				scope: LeaseScope {
					categories: Default::default(),
					purposes: Default::default(),
					custodians: Default::default(),
					expires_at: Some(9),
				},
				valid_until: 8,
				deposit: 7u64,
			};
			frame_support::storage::unhashed::put(&Exports::<Test>::hashed_key_for(5), &old);
			v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
			let e = Exports::<Test>::get(5).expect("migrated");
			assert_eq!((e.patient, e.deposit, e.valid_until, e.lease_nonce), (3, 7, 8, 0));
			assert_eq!(e.scope.expires_at, Some(9));
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 1);
			// Run again, it does nothing.
			v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Exports::<Test>::get(5), Some(e));
		});
	}
}
