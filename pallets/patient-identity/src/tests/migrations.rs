//! Storage migrations.

use super::*;

#[test]
fn v2_migration_keeps_a_recovery_in_progress_unclaimable_and_references_its_key() {
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		let p = two_guardians();
		// A recovery in progress as version 1 stored it: the new key and who vouched.
		let key = Recoveries::<Test>::hashed_key_for(p);
		frame_support::storage::unhashed::put_raw(&key, &(NEW_KEY, vec![GUARDIAN]).encode());
		StorageVersion::new(1).put::<Identity>();
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		let r = Recoveries::<Test>::get(p).expect("kept");
		assert_eq!(
			(r.new_account, r.vouchers.into_inner(), r.claimable_at),
			(NEW_KEY, vec![GUARDIAN], None)
		);
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		assert_eq!(Identity::on_chain_storage_version(), StorageVersion::new(2));
		// Once only.
		crate::migrations::v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(System::sufficients(&NEW_KEY), 1);
		// The guardians finish it as any other.
		assert_ok!(Identity::vouch_recovery(RuntimeOrigin::signed(CAREGIVER), p, NEW_KEY));
		assert!(Recoveries::<Test>::get(p).is_some_and(|r| r.claimable_at.is_some()));
	});
}
