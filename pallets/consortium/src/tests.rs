//! Unit tests: the list's calls with their errors, the session's view of the list, author
//! tracking and root dispatch.

use crate::{
	migrations::v1, mock::*, Authored, Error, Event, LastAuthored, PendingRotations, Validators,
	ROTATIONS_TO_ENACT,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		EstimateNextSessionRotation, GetStorageVersion, Hooks, OnRuntimeUpgrade, StorageVersion,
	},
};
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::DispatchError;

fn list() -> Vec<AccountId> {
	Validators::<Test>::get().into_inner()
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// The session enacts what it planned: the active set becomes `set`.
fn enact(set: Vec<AccountId>) {
	ACTIVE.with(|a| *a.borrow_mut() = set);
}

#[test]
fn add_validator_lists_it_and_forces_two_rotations() {
	test(|| {
		assert!(!Consortium::should_end_session(3));
		assert_ok!(Consortium::add_validator(root(), 4));
		assert_eq!(list(), vec![1, 2, 3, 4]);
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(PendingRotations::<Test>::get(), ROTATIONS_TO_ENACT);
		assert!(Consortium::should_end_session(3));
		// First rotation plans the new set ...
		assert_eq!(Consortium::new_session(1), Some(vec![1, 2, 3, 4]));
		assert!(Consortium::should_end_session(4));
		// ... the second enacts it; the session now runs the list, so nothing new is planned.
		enact(vec![1, 2, 3, 4]);
		assert_eq!(Consortium::new_session(2), None);
		assert_eq!(PendingRotations::<Test>::get(), 0);
		assert!(!Consortium::should_end_session(5));
	});
}

#[test]
fn add_validator_refuses_bad_input() {
	test(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(Consortium::add_validator(root(), 2), Error::<Test>::AlreadyValidator);
		assert_ok!(Consortium::add_validator(root(), 4));
		assert_ok!(Consortium::add_validator(root(), 5));
		assert_noop!(Consortium::add_validator(root(), 6), Error::<Test>::TooManyValidators);
		assert_eq!(list(), vec![1, 2, 3, 4, 5]);
	});
}

#[test]
fn remove_validator_drops_it_and_its_liveness_entry() {
	test(|| {
		LastAuthored::<Test>::insert(2, Authored { block: 1, slot: Some(1) });
		assert_ok!(Consortium::remove_validator(root(), 2));
		assert_eq!(list(), vec![1, 3]);
		assert_eq!(LastAuthored::<Test>::get(2), None);
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(Consortium::new_session(1), Some(vec![1, 3]));
	});
}

#[test]
fn remove_validator_refuses_bad_input() {
	test(|| {
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(Consortium::remove_validator(root(), 9), Error::<Test>::NotValidator);
		assert_ok!(Consortium::remove_validator(root(), 3));
		// Two left, the minimum.
		assert_noop!(Consortium::remove_validator(root(), 1), Error::<Test>::TooFewValidators);
		assert_eq!(list(), vec![1, 2]);
	});
}

#[test]
fn a_validator_without_keys_is_planned_again_at_every_session() {
	test(|| {
		assert_ok!(Consortium::add_validator(root(), 4));
		assert_eq!(Consortium::new_session(1), Some(vec![1, 2, 3, 4]));
		// The session skipped 4 (no keys): the active set is unchanged.
		assert_eq!(Consortium::new_session(2), Some(vec![1, 2, 3, 4]));
		assert_eq!(PendingRotations::<Test>::get(), 0);
		// Periodic boundaries keep planning it until the session runs it.
		assert!(Consortium::should_end_session(PERIOD));
		assert_eq!(Consortium::new_session(3), Some(vec![1, 2, 3, 4]));
		enact(vec![1, 2, 3, 4]);
		assert_eq!(Consortium::new_session(4), None);
	});
}

#[test]
fn force_rotation_ends_the_next_two_sessions() {
	test(|| {
		assert_noop!(
			Consortium::force_rotation(RuntimeOrigin::signed(1)),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::force_rotation(root()));
		System::assert_last_event(Event::RotationForced.into());
		assert!(Consortium::should_end_session(3));
		// The list is unchanged, so nothing new is planned: only keys change hands.
		assert_eq!(Consortium::new_session(1), None);
		assert!(Consortium::should_end_session(4));
		assert_eq!(Consortium::new_session(2), None);
		assert!(!Consortium::should_end_session(5));
	});
}

#[test]
fn sessions_end_every_period() {
	test(|| {
		assert!(Consortium::should_end_session(PERIOD));
		assert!(Consortium::should_end_session(2 * PERIOD));
		assert!(!Consortium::should_end_session(PERIOD + 1));
		assert_eq!(Consortium::average_session_length(), PERIOD);
		assert_eq!(Consortium::estimate_next_session_rotation(13).0, Some(2 * PERIOD));
		assert_ok!(Consortium::add_validator(root(), 4));
		assert_eq!(Consortium::estimate_next_session_rotation(13).0, Some(14));
	});
}

#[test]
fn genesis_plans_the_list() {
	test(|| {
		assert_eq!(Consortium::new_session_genesis(0), Some(vec![1, 2, 3]));
		assert_eq!(Consortium::new_session(1), None);
	});
}

#[test]
fn on_initialize_notes_listed_authors_only() {
	test(|| {
		AUTHOR.with(|a| *a.borrow_mut() = Some(2));
		SLOT.with(|s| *s.borrow_mut() = Some(1_000_007));
		Consortium::on_initialize(7);
		assert_eq!(
			LastAuthored::<Test>::get(2),
			Some(Authored { block: 7, slot: Some(1_000_007) })
		);
		// An account that is not listed (a removed validator finishing its session) gets none.
		AUTHOR.with(|a| *a.borrow_mut() = Some(9));
		Consortium::on_initialize(8);
		assert_eq!(LastAuthored::<Test>::get(9), None);
		// No author (no pre-runtime digest): nothing.
		AUTHOR.with(|a| *a.borrow_mut() = None);
		Consortium::on_initialize(9);
		assert_eq!(LastAuthored::<Test>::iter().count(), 1);
	});
}

#[test]
fn dispatch_as_root_runs_the_call_as_root() {
	test(|| {
		let key = b":medchain:test".to_vec();
		let call = RuntimeCall::System(frame_system::Call::set_storage {
			items: vec![(key.clone(), b"yes".to_vec())],
		});
		assert_ok!(Consortium::dispatch_as_root(root(), Box::new(call)));
		assert_eq!(sp_io::storage::get(&key).map(|v| v.to_vec()), Some(b"yes".to_vec()));
		System::assert_last_event(Event::DispatchedAsRoot { result: Ok(()) }.into());
	});
}

#[test]
fn dispatch_as_root_refuses_others_and_reports_the_inner_error() {
	test(|| {
		let call = RuntimeCall::System(frame_system::Call::set_storage {
			items: vec![(b":medchain:test".to_vec(), b"no".to_vec())],
		});
		assert_noop!(
			Consortium::dispatch_as_root(RuntimeOrigin::signed(1), Box::new(call)),
			DispatchError::BadOrigin
		);
		let failing = RuntimeCall::Consortium(crate::Call::remove_validator { who: 9 });
		assert_noop!(
			Consortium::dispatch_as_root(root(), Box::new(failing)),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn v1_migration_keeps_every_block_noted_and_runs_once() {
	new_test_ext().execute_with(|| {
		// A chain at storage version 0, where the entries are bare block numbers.
		StorageVersion::new(0).put::<Consortium>();
		v1::v0::LastAuthored::<Test>::insert(1, 40);
		v1::v0::LastAuthored::<Test>::insert(3, 42);

		let weight = v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert!(weight.ref_time() > 0);

		assert_eq!(LastAuthored::<Test>::get(1), Some(Authored { block: 40, slot: None }));
		assert_eq!(LastAuthored::<Test>::get(3), Some(Authored { block: 42, slot: None }));
		assert_eq!(LastAuthored::<Test>::iter().count(), 2);
		assert_eq!(Consortium::on_chain_storage_version(), 1);
		assert_eq!(Consortium::on_chain_storage_version(), Consortium::in_code_storage_version());
		Consortium::do_try_state().expect("storage invariants hold after the migration");

		// Listed again (every runtime keeps it until all chains ran it), it changes nothing.
		let after = LastAuthored::<Test>::iter().collect::<Vec<_>>();
		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(LastAuthored::<Test>::iter().collect::<Vec<_>>(), after);
	});
}

#[test]
fn a_new_chain_starts_at_the_current_storage_version() {
	test(|| {
		// Genesis writes the in-code version, so the migration has nothing to do there.
		assert_eq!(Consortium::on_chain_storage_version(), 1);
		LastAuthored::<Test>::insert(1, Authored { block: 5, slot: Some(9) });
		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(LastAuthored::<Test>::get(1), Some(Authored { block: 5, slot: Some(9) }));
	});
}
