//! Unit tests: every call's success, errors and events, the access check, expiry and the
//! identity lifecycle hooks, a file per call family. This file holds what they share: the
//! accounts, the organizations of `setup` and small helpers.

use crate::{mock::*, Error, Event, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
	weights::Weight,
	BoundedVec,
};
use pallet_patient_identity::{
	DelegatePermissions, Error as IdError, OrganizationId, OrganizationKind, OrganizationRoles,
	PatientId,
};
use sp_core::H256;

mod amend_revoke;
mod break_glass;
mod expiry;
mod grant;
mod lifecycle;
mod requests;
mod sponsored;
mod views;

const PATIENT: AccountId = 1;
const DELEGATE: AccountId = 2;
const STRANGER: AccountId = 5;
/// Admins of organizations 0, 1, 2 are 10, 11, 12; their operators 20, 21, 22.
const OP0: AccountId = 20;
const OP1: AccountId = 21;
const OP_ER: AccountId = 22;

/// Organization 0 and 1: plain hospitals; organization 2: an emergency department.
fn setup() -> PatientId {
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(PATIENT), H256::repeat_byte(1)));
	for i in 0..3u64 {
		let roles =
			if i == 2 { OrganizationRoles::EMERGENCY_ACCESS } else { OrganizationRoles::NONE };
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			10 + i,
			OrganizationKind::Hospital,
			roles
		));
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(10 + i), 20 + i));
		let organization = pallet_patient_identity::OrganizationOf::<Test>::get(10 + i).unwrap();
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(20 + i), organization));
	}
	0
}

fn scope(
	categories: &[Category],
	purposes: &[Purpose],
	custodians: &[OrganizationId],
) -> ScopeOf<Test> {
	Scope {
		categories: BoundedVec::truncate_from(categories.to_vec()),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		custodians: BoundedVec::truncate_from(custodians.to_vec()),
	}
}

fn labs_for_treatment() -> ScopeOf<Test> {
	scope(&[Category::Laboratory, Category::Medications], &[Purpose::Treatment], &[])
}

fn orgs(o: &[OrganizationId]) -> BoundedVec<OrganizationId, <Test as Config>::MaxGrantees> {
	BoundedVec::truncate_from(o.to_vec())
}

fn grant_to(org: OrganizationId, expires_at: Option<u64>) -> GrantId {
	assert_ok!(Consent::grant(
		RuntimeOrigin::signed(PATIENT),
		None,
		orgs(&[org]),
		labs_for_treatment(),
		None,
		expires_at
	));
	Consent::consents(0).grants.last().unwrap().id
}

fn check(org: OrganizationId, category: Category, purpose: Purpose) -> AccessDecision<u64> {
	Consent::check_access(&PATIENT, org, category, purpose, None)
}

fn grant_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::GrantDeposit.into(), &who)
}

fn request_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::RequestDeposit.into(), &who)
}

fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Consent::on_idle(next, Weight::MAX);
	}
}
