//! Unit tests: every call's success, errors and events, one file per call family. The
//! helpers here are shared by several families; each test runs in `mock::test`, which checks
//! the pallet's storage invariants afterwards.

mod delegates;
mod endpoints;
mod links;
mod migrations;
mod operators;
mod organizations;
mod patients;
mod recovery;
mod sponsorship;
mod views;

use crate::{mock::*, Error, Event, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_core::H256;
use sp_runtime::DispatchError;

const PATIENT: AccountId = 1;
const GUARDIAN: AccountId = 2;
const CAREGIVER: AccountId = 3;
const ADMIN: AccountId = 10;
const OPERATOR: AccountId = 11;
const STRANGER: AccountId = 15;
const NEW_KEY: AccountId = 16;

fn c(n: u8) -> H256 {
	H256::repeat_byte(n)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::PatientRegistration.into(), &who)
}

fn register(who: AccountId) -> PatientId {
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(who), c(1)));
	PatientIdOf::<Test>::get(who).unwrap()
}

fn hospital(roles: OrganizationRoles) -> OrganizationId {
	assert_ok!(Identity::register_organization(
		RuntimeOrigin::root(),
		ADMIN,
		OrganizationKind::Hospital,
		roles
	));
	assert_ok!(Identity::add_operator(RuntimeOrigin::signed(ADMIN), OPERATOR));
	assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(OPERATOR), 0));
	0
}

/// Patient 0 (key `PATIENT`) with guardians `GUARDIAN` and `CAREGIVER`, threshold 2.
fn two_guardians() -> PatientId {
	let p = register(PATIENT);
	let o = RuntimeOrigin::signed(PATIENT);
	assert_ok!(Identity::add_delegate(o.clone(), GUARDIAN, DelegatePermissions::RECOVERY));
	assert_ok!(Identity::add_delegate(o.clone(), CAREGIVER, DelegatePermissions::RECOVERY));
	assert_ok!(Identity::set_recovery_threshold(o, 2));
	p
}
