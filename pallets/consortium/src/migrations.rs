//! Storage migrations of the consortium pallet, one module per storage version.
//!
//! Each is a [`frame_support::migrations::VersionedMigration`]: it runs only when the pallet's
//! on-chain storage version is the one it migrates from, and sets the version it migrates to,
//! so listing it in a runtime's `Migrations` is safe on every chain, old or new.

use crate::{Authored, Config, LastAuthored, Pallet};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use frame_system::pallet_prelude::BlockNumberFor;

/// Version 1: [`LastAuthored`] holds where a validator last authored, block and slot
/// ([`Authored`]), where version 0 held only the block number.
pub mod v1 {
	use super::*;
	#[cfg(feature = "try-runtime")]
	use alloc::vec::Vec;

	/// The version 0 layout, for reading what is there before the migration.
	pub mod v0 {
		use super::*;

		/// `LastAuthored` of version 0: the last block number each validator authored.
		#[frame_support::storage_alias]
		pub type LastAuthored<T: Config> = StorageMap<
			Pallet<T>,
			Twox64Concat,
			<T as frame_system::Config>::AccountId,
			BlockNumberFor<T>,
		>;
	}

	/// Rewrites every version 0 entry as `Authored { block, slot: None }`: the slot of a block
	/// noted before the upgrade was not recorded. Only listed validators have entries, so it
	/// touches at most `MaxValidators` of them and fits in one block.
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut entries: u64 = 0;
			LastAuthored::<T>::translate::<BlockNumberFor<T>, _>(|_, block| {
				entries = entries.saturating_add(1);
				Some(Authored { block, slot: None })
			});
			log::info!(target: crate::LOG_TARGET, "v1: {entries} LastAuthored entries migrated");
			T::DbWeight::get().reads_writes(entries, entries)
		}

		/// The version 0 entries, to compare with what the migration leaves.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let before: Vec<(T::AccountId, BlockNumberFor<T>)> =
				v0::LastAuthored::<T>::iter().collect();
			Ok(before.encode())
		}

		/// Every entry is still there, with its block and no slot, and there are no others.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = Vec::<(T::AccountId, BlockNumberFor<T>)>::decode(&mut &state[..])
				.map_err(|_| "v1: undecodable pre-upgrade state")?;
			ensure!(LastAuthored::<T>::iter().count() == before.len(), "v1: entries lost or added");
			for (who, block) in before {
				ensure!(
					LastAuthored::<T>::get(&who) == Some(Authored { block, slot: None }),
					"v1: an entry was not migrated"
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
