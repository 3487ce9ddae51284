//! Storage migrations of the bridge pallet, one module per storage version.
//!
//! Each is a [`frame_support::migrations::VersionedMigration`]: it runs only when the pallet's
//! on-chain storage version is the one it migrates from, and sets the version it migrates to.

use crate::{Config, Export, Exports, LeaseScope, Pallet, RemoteOrg};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use pallet_patient_identity::PatientId;

/// Version 1: an export records the lane nonce of its lease message (`lease_nonce`), so that
/// only a failure report of that message undoes it.
pub mod v1 {
	use super::*;

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

/// Version 2 (spec 115): several peers. The one peer becomes the peer of slot 0; leases are
/// kept under their home chain (`HeldLeases`) and shared records under the chain that shared
/// them (`SharedRecords`); the per-export renewal schedule goes (heartbeats replaced it).
pub mod v2 {
	use super::*;
	use crate::{
		ChainId, ExportId, HeldLeases, Lease, PeerInfo, Peers, RemoteRecord, SharedRecords, Slots,
	};
	use frame_support::storage_alias;
	use pallet_ehr_anchor::RecordId;

	/// The one peer of version 1.
	#[storage_alias]
	pub(crate) type Peer<T: Config> = StorageValue<Pallet<T>, ChainId>;

	/// Leases of version 1: patient key → export → lease.
	#[storage_alias]
	pub(crate) type Leases<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		ExportId,
		Lease,
	>;

	/// Shared records of version 1: record → fingerprint.
	#[storage_alias]
	pub(crate) type RemoteRecords<T: Config> =
		StorageMap<Pallet<T>, Blake2_128Concat, RecordId, RemoteRecord>;

	/// The renewal schedule of version 1: block → exports (only its keys matter here).
	#[storage_alias]
	pub(crate) type Renewals<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		frame_system::pallet_prelude::BlockNumberFor<T>,
		alloc::vec::Vec<ExportId>,
	>;

	/// Moves the version-1 state as the module says. The peer's `sent_until` is the latest
	/// lease time any export reached by renewals, so its first heartbeat is due half a period
	/// before that. Reads and writes each lease, record and export once: the version-1 bounds
	/// (38,400 renewed exports and their leases) fit in a block of weight.
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (1u64, 0u64);
			let leases: alloc::vec::Vec<_> = Leases::<T>::drain().collect();
			for (patient, export, lease) in leases.iter() {
				HeldLeases::<T>::insert((lease.chain, patient, *export), lease);
			}
			let records: alloc::vec::Vec<_> = RemoteRecords::<T>::drain().collect();
			for (record, r) in records.iter() {
				SharedRecords::<T>::insert(r.custodian.chain, record, r);
			}
			let renewals = Renewals::<T>::clear(u32::MAX, None).unique;
			if let Some(peer) = Peer::<T>::take() {
				let mut info = PeerInfo::new(0);
				for e in Exports::<T>::iter_values() {
					reads += 1;
					if e.to.chain == peer {
						info.exports = info.exports.saturating_add(1);
						info.sent_until = info.sent_until.max(e.valid_until);
					}
				}
				Peers::<T>::insert(peer, info);
				Slots::<T>::insert(0, peer);
				writes += 3;
			}
			let (l, r) = (leases.len() as u64, records.len() as u64);
			reads += l + r + u64::from(renewals);
			writes += 2 * (l + r) + u64::from(renewals);
			log::info!(
				target: crate::LOG_TARGET,
				"v2: {l} leases and {r} records moved under their chain, {renewals} renewal blocks cleared"
			);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		/// How many leases and records there are before.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let leases = Leases::<T>::iter_keys().count() as u64;
			let records = RemoteRecords::<T>::iter_keys().count() as u64;
			Ok((leases, records, Peer::<T>::get()).encode())
		}

		/// All of them under their chain afterwards, the peer in slot 0, no renewals left.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (leases, records, peer) = <(u64, u64, Option<ChainId>)>::decode(&mut &state[..])
				.map_err(|_| "v2: undecodable state")?;
			ensure!(HeldLeases::<T>::iter_keys().count() as u64 == leases, "v2: a lease was lost");
			ensure!(
				SharedRecords::<T>::iter_keys().count() as u64 == records,
				"v2: a record was lost"
			);
			ensure!(Slots::<T>::get(0) == peer, "v2: the peer is not in slot 0");
			ensure!(Renewals::<T>::iter_keys().next().is_none(), "v2: renewals left");
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

	/// The one peer of version 1 becomes slot 0's with its exports counted and its leases' time;
	/// leases and records move under the chain; renewals go; a second run changes nothing.
	#[test]
	fn v2_moves_leases_and_records_under_the_peer() {
		use crate::{
			HeldLeases, Lease, LeaseCount, PeerInfo, Peers, RemoteRecord, SharedRecords, Slots,
		};
		use frame_support::{assert_ok, BoundedVec};
		use pallet_consent::{Category, Purpose};
		use sp_core::H256;
		new_chain(CHAIN_A, CHAIN_B).execute_with(|| {
			let peer = H256::from(CHAIN_B);
			// Two exports made the way version 1 made them; renewals carried the second one's
			// lease further.
			assert_ok!(crate::mock::Identity::register_patient(
				RuntimeOrigin::signed(account(1)),
				H256::repeat_byte(1)
			));
			for _ in 0..2 {
				assert_ok!(Bridge::export_consent(
					RuntimeOrigin::signed(account(1)),
					None,
					2,
					BoundedVec::truncate_from(vec![Category::Laboratory]),
					BoundedVec::truncate_from(vec![Purpose::Treatment]),
					BoundedVec::new(),
					None,
				));
			}
			let renewed = Exports::<Test>::get(1).unwrap().valid_until + 30_000;
			Exports::<Test>::mutate(1, |e| e.as_mut().unwrap().valid_until = renewed);
			// The version-1 layout: one peer, leases by key, records by id, renewal blocks.
			StorageVersion::new(1).put::<Pallet<Test>>();
			Peers::<Test>::remove(peer);
			Slots::<Test>::remove(0);
			v2::Peer::<Test>::put(peer);
			let lease = Lease {
				chain: peer,
				organization: 3,
				scope: Exports::<Test>::get(0).unwrap().scope,
				valid_until: 5_000,
			};
			v2::Leases::<Test>::insert(account(4), 6, &lease);
			LeaseCount::<Test>::insert(account(4), 1);
			let record = RemoteRecord {
				custodian: RemoteOrg { chain: peer, organization: 1 },
				hash: H256::repeat_byte(8),
				version: 2,
				retracted: false,
			};
			v2::RemoteRecords::<Test>::insert(H256::repeat_byte(7), &record);
			v2::Renewals::<Test>::insert(5, vec![0, 1]);
			v2::Renewals::<Test>::insert(8, vec![1]);

			v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(HeldLeases::<Test>::get((peer, account(4), 6)), Some(lease));
			assert_eq!(v2::Leases::<Test>::iter().count(), 0);
			assert_eq!(SharedRecords::<Test>::get(peer, H256::repeat_byte(7)), Some(record));
			assert_eq!(v2::RemoteRecords::<Test>::iter().count(), 0);
			assert_eq!(
				Peers::<Test>::get(peer),
				Some(PeerInfo { exports: 2, sent_until: renewed, ..PeerInfo::new(0) })
			);
			assert_eq!(Slots::<Test>::get(0), Some(peer));
			assert_eq!(v2::Peer::<Test>::get(), None);
			assert_eq!(v2::Renewals::<Test>::iter_keys().count(), 0);
			assert_eq!(Pallet::<Test>::on_chain_storage_version(), 2);
			Bridge::do_try_state().expect("the migrated state is consistent");
			// Run again, it does nothing.
			let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
			v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
		});
	}
}
