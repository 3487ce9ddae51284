//! Unit tests: every call's success, errors and events, verification (also by Merkle proof),
//! the record index and the audit chain (logged and attested), one file per call family. This
//! file holds what they share: the accounts and organizations of [`setup`] and a few helpers.

use crate::{mock::*, Error, Event, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, Get},
	BoundedVec,
};
use pallet_consent::{Category, EmergencyReason, Purpose, Scope};
use pallet_patient_identity::{
	Error as IdError, OrganizationId, OrganizationKind, OrganizationRoles, PatientId,
};
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

mod amend;
mod anchor;
mod batch;
mod log_access;
mod log_releases;
mod record_index;
mod retract;

const PATIENT: AccountId = 1;
const OTHER_PATIENT: AccountId = 2;
/// Admins of organizations 0..=3 are 10..=13, their operators 20..=23.
const HOSPITAL: OrganizationId = 0;
const LAB: OrganizationId = 1;
const ER: OrganizationId = 2;
const CLINIC: OrganizationId = 3;
const OP_HOSPITAL: AccountId = 20;
const OP_LAB: AccountId = 21;
const OP_ER: AccountId = 22;
const OP_CLINIC: AccountId = 23;
const P: PatientId = 0;

fn id(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Patient 0 (account 1) linked with the hospital and the lab (both custodians); the ER has
/// the emergency role; the clinic is neither. Patient 1 (account 2) has no links.
fn setup() {
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(PATIENT), id(1)));
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(OTHER_PATIENT), id(2)));
	let roles = [
		OrganizationRoles::CUSTODIAN,
		OrganizationRoles::CUSTODIAN,
		OrganizationRoles::EMERGENCY_ACCESS,
		OrganizationRoles::NONE,
	];
	for (i, roles) in roles.into_iter().enumerate() {
		let admin = 10 + i as u64;
		assert_ok!(Identity::register_organization(
			RuntimeOrigin::root(),
			admin,
			OrganizationKind::Hospital,
			roles
		));
		assert_ok!(Identity::add_operator(RuntimeOrigin::signed(admin), admin + 10));
		let organization = pallet_patient_identity::OrganizationOf::<Test>::get(admin).unwrap();
		assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(admin + 10), organization));
	}
	// The hospital's link is complete; the lab's is authorised by the patient only.
	assert_ok!(Identity::link_patient(RuntimeOrigin::signed(OP_HOSPITAL), P, id(9)));
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, HOSPITAL));
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(PATIENT), None, LAB));
}

fn fhir(resource: FhirResource) -> Format {
	Format::FhirR4(resource)
}

fn anchor_lab_record(record: H256, hash: H256) {
	assert_ok!(EhrAnchor::anchor(
		RuntimeOrigin::signed(OP_HOSPITAL),
		record,
		P,
		Category::Laboratory,
		fhir(FhirResource::Observation),
		hash,
		None
	));
}

/// Patient 0 grants `to` access for treatment to `categories` held by `custodians` (any
/// custodian when empty).
fn grant(to: OrganizationId, categories: &[Category], custodians: &[OrganizationId]) {
	grant_from(PATIENT, to, categories, custodians);
}

/// [`grant`] by the patient whose account is `patient`.
fn grant_from(
	patient: AccountId,
	to: OrganizationId,
	categories: &[Category],
	custodians: &[OrganizationId],
) {
	assert_ok!(Consent::grant(
		RuntimeOrigin::signed(patient),
		None,
		BoundedVec::truncate_from(vec![to]),
		Scope {
			categories: BoundedVec::truncate_from(categories.to_vec()),
			purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			custodians: BoundedVec::truncate_from(custodians.to_vec()),
		},
		None,
		None
	));
}

/// The fee each anchor burns in the mock (typed here: `ConstU64` is a `Get` of two types).
fn anchor_fee() -> Balance {
	<Test as Config>::AnchorFee::get()
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}
