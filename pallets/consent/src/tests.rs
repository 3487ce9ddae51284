//! Unit tests: every call's success, errors and events, the access check, expiry and the
//! identity lifecycle hooks.

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

// ---- grant ----

#[test]
fn grant_authorises_exactly_its_scope() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(50));
		System::assert_last_event(
			Event::ConsentGranted {
				patient: p,
				grant: id,
				grantees: vec![0],
				expires_at: Some(50),
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!(grant_held(PATIENT), 5);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { grant: id, expires_at: Some(50) }
		);
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Research),
			AccessDecision::Denied(DenyReason::PurposeNotCovered)
		);
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(9, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownOrganization)
		);
		assert_eq!(
			Consent::check_access(&STRANGER, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		// The window: valid until block 50, not at it.
		System::set_block_number(49);
		assert!(matches!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
		System::set_block_number(50);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::Expired)
		);
	});
}

#[test]
fn sensitive_classes_only_when_named() {
	test(|| {
		setup();
		let all_general: Vec<Category> = Category::ALL
			.iter()
			.copied()
			.filter(|c| CategorySet::GENERAL.contains(c.flag()))
			.collect();
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&all_general, &[Purpose::Treatment], &[]),
			None,
			None
		));
		for c in
			[Category::MentalHealth, Category::SubstanceUse, Category::SexualReproductiveHealth]
		{
			assert_eq!(
				check(0, c, Purpose::Treatment),
				AccessDecision::Denied(DenyReason::CategoryNotCovered)
			);
		}
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&[Category::MentalHealth], &[Purpose::Treatment], &[]),
			None,
			None
		));
		assert!(matches!(
			check(0, Category::MentalHealth, Purpose::Treatment),
			AccessDecision::Granted { grant: 1, .. }
		));
		assert_eq!(
			check(0, Category::SubstanceUse, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
	});
}

#[test]
fn custodian_restriction_and_future_start() {
	test(|| {
		setup();
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			scope(&[Category::Imaging], &[Purpose::Treatment], &[1]),
			Some(5),
			Some(10)
		));
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NotYetValid)
		);
		System::set_block_number(5);
		assert_eq!(
			check(0, Category::Imaging, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
		assert_eq!(
			Consent::check_access(&PATIENT, 0, Category::Imaging, Purpose::Treatment, Some(2)),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
		assert!(matches!(
			Consent::check_access(&PATIENT, 0, Category::Imaging, Purpose::Treatment, Some(1)),
			AccessDecision::Granted { .. }
		));
		// Organization 1 of another chain is not this chain's organization 1.
		let elsewhere = Custodian::Remote { chain: H256::repeat_byte(0xcc), organization: 1 };
		assert_eq!(
			Consent::check_access_for(
				&PATIENT,
				0,
				Category::Imaging,
				Purpose::Treatment,
				Some(elsewhere)
			),
			AccessDecision::Denied(DenyReason::CustodianNotCovered)
		);
	});
}

#[test]
fn grant_errors_change_nothing() {
	test(|| {
		let p = setup();
		let o = RuntimeOrigin::signed(PATIENT);
		let g = |grantees: &[OrganizationId], s: ScopeOf<Test>, start, end| {
			Consent::grant(o.clone(), None, orgs(grantees), s, start, end)
		};
		assert_noop!(g(&[], labs_for_treatment(), None, None), Error::<Test>::InvalidGrantees);
		assert_noop!(g(&[0, 0], labs_for_treatment(), None, None), Error::<Test>::InvalidGrantees);
		assert_noop!(
			g(&[9], labs_for_treatment(), None, None),
			IdError::<Test>::UnknownOrganization
		);
		assert_noop!(
			g(&[0], scope(&[], &[Purpose::Treatment], &[]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[], &[]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[Purpose::Treatment], &[1, 1]), None, None),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			g(&[0], scope(&[Category::Imaging], &[Purpose::Treatment], &[7]), None, None),
			IdError::<Test>::UnknownOrganization
		);
		// An expired or inverted window.
		assert_noop!(g(&[0], labs_for_treatment(), None, Some(1)), Error::<Test>::InvalidWindow);
		assert_noop!(
			g(&[0], labs_for_treatment(), Some(10), Some(10)),
			Error::<Test>::InvalidWindow
		);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 1));
		assert_noop!(
			g(&[1], labs_for_treatment(), None, None),
			IdError::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(STRANGER),
				None,
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotPatient
		);
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(STRANGER),
				Some(p),
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotAuthorized
		);
		for _ in 0..4 {
			grant_to(0, None);
		}
		assert_noop!(g(&[0], labs_for_treatment(), None, None), Error::<Test>::TooManyGrants);
	});
}

#[test]
fn grant_needs_the_deposit() {
	test(|| {
		setup();
		// Leave the patient less than a grant deposit above what is held.
		let free = pallet_balances::Pallet::<Test>::free_balance(PATIENT);
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(PATIENT),
			STRANGER,
			free - 3
		));
		assert!(Consent::grant(
			RuntimeOrigin::signed(PATIENT),
			None,
			orgs(&[0]),
			labs_for_treatment(),
			None,
			None
		)
		.is_err());
		assert!(Consent::consents(0).grants.is_empty());
	});
}

#[test]
fn suspended_organization_is_refused_until_reinstated() {
	test(|| {
		setup();
		grant_to(0, None);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::OrganizationSuspended)
		);
		assert_ok!(Identity::reinstate_organization(RuntimeOrigin::root(), 0));
		assert!(matches!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
	});
}

// ---- revoke / amend ----

#[test]
fn revoke_removes_access_and_returns_deposit() {
	test(|| {
		let p = setup();
		let id = grant_to(0, None);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id));
		System::assert_last_event(
			Event::ConsentRevoked { patient: p, grant: id, by: PATIENT }.into(),
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(grant_held(PATIENT), 0);
		assert!(Consent::consents(p).grants.is_empty());
		// Ids are not reused.
		assert_eq!(grant_to(0, None), id + 1);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id + 1));
		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(PATIENT), None, id),
			Error::<Test>::UnknownGrant
		);
		assert_noop!(
			Consent::revoke(RuntimeOrigin::signed(STRANGER), Some(p), id),
			IdError::<Test>::NotAuthorized
		);
	});
}

#[test]
fn delegates_act_within_their_permissions() {
	test(|| {
		let p = setup();
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			DELEGATE,
			DelegatePermissions::IDENTITY
		));
		// An identity-only delegate may not manage consent.
		assert_noop!(
			Consent::grant(
				RuntimeOrigin::signed(DELEGATE),
				Some(p),
				orgs(&[0]),
				labs_for_treatment(),
				None,
				None
			),
			IdError::<Test>::NotAuthorized
		);
		assert_ok!(Identity::add_delegate(
			RuntimeOrigin::signed(PATIENT),
			DELEGATE,
			DelegatePermissions::CONSENT
		));
		assert_ok!(Consent::grant(
			RuntimeOrigin::signed(DELEGATE),
			Some(p),
			orgs(&[0]),
			labs_for_treatment(),
			None,
			None
		));
		// The patient pays the deposit, whoever signs.
		assert_eq!((grant_held(PATIENT), grant_held(DELEGATE)), (5, 0));
		assert!(matches!(
			System::events().last().unwrap().event,
			RuntimeEvent::Consent(Event::ConsentGranted { by: DELEGATE, .. })
		));
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(DELEGATE), Some(p), 0));
		assert_eq!(grant_held(PATIENT), 0);
	});
}

#[test]
fn amend_adds_removes_extends_and_narrows() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(20));
		let o = RuntimeOrigin::signed(PATIENT);
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::AddGrantee(1)));
		System::assert_last_event(
			Event::ConsentAmended { patient: p, grant: id, by: PATIENT }.into(),
		);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::RemoveGrantee(0)));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_ok!(Consent::amend(o.clone(), None, id, Amendment::SetExpiry(Some(100))));
		System::set_block_number(60);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { expires_at: Some(100), .. }
		));
		assert_ok!(Consent::amend(
			o,
			None,
			id,
			Amendment::Narrow {
				categories: BoundedVec::truncate_from(vec![Category::Laboratory]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			}
		));
		assert_eq!(
			check(1, Category::Medications, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::CategoryNotCovered)
		);
		assert!(matches!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { .. }
		));
	});
}

#[test]
fn amend_errors() {
	test(|| {
		let p = setup();
		let id = grant_to(0, Some(20));
		let o = RuntimeOrigin::signed(PATIENT);
		let a = |am| Consent::amend(o.clone(), None, id, am);
		assert_noop!(a(Amendment::AddGrantee(0)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::AddGrantee(9)), IdError::<Test>::UnknownOrganization);
		assert_noop!(a(Amendment::RemoveGrantee(1)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::RemoveGrantee(0)), Error::<Test>::InvalidGrantees);
		assert_noop!(a(Amendment::SetExpiry(Some(1))), Error::<Test>::InvalidWindow);
		assert_noop!(
			a(Amendment::Narrow {
				categories: BoundedVec::truncate_from(vec![Category::Imaging]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
			}),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			a(Amendment::Narrow { categories: BoundedVec::new(), purposes: BoundedVec::new() }),
			Error::<Test>::InvalidScope
		);
		assert_noop!(
			Consent::amend(o.clone(), None, 77, Amendment::SetExpiry(None)),
			Error::<Test>::UnknownGrant
		);
		assert_noop!(
			Consent::amend(
				RuntimeOrigin::signed(STRANGER),
				Some(p),
				id,
				Amendment::SetExpiry(None)
			),
			IdError::<Test>::NotAuthorized
		);
		// An expired grant can no longer be amended, only swept.
		System::set_block_number(20);
		assert_noop!(a(Amendment::SetExpiry(None)), Error::<Test>::UnknownGrant);
	});
}

// ---- requests ----

#[test]
fn request_then_approve_creates_a_grant() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		System::assert_last_event(
			Event::AccessRequested { patient: p, request: 0, organization: 1, expires_at: 21 }
				.into(),
		);
		assert_eq!(request_held(OP1), 3);
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		System::set_block_number(4);
		assert_ok!(Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 0));
		System::assert_has_event(
			Event::RequestApproved { patient: p, request: 0, grant: 1 }.into(),
		);
		System::assert_last_event(
			Event::ConsentGranted {
				patient: p,
				grant: 1,
				grantees: vec![1],
				expires_at: Some(34),
				by: PATIENT,
			}
			.into(),
		);
		assert_eq!((request_held(OP1), grant_held(PATIENT)), (0, 5));
		assert_eq!(
			check(1, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Granted { grant: 1, expires_at: Some(34) }
		);
		assert!(Consent::consents(p).requests.is_empty());
	});
}

#[test]
fn deny_and_cancel_return_the_deposit() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP0),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Consent::deny_request(RuntimeOrigin::signed(PATIENT), None, 0));
		System::assert_last_event(Event::RequestDenied { patient: p, request: 0 }.into());
		assert_eq!(request_held(OP0), 0);
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(OP0), p, 1),
			Error::<Test>::NotRequester
		);
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(STRANGER), p, 1),
			IdError::<Test>::NotOperator
		);
		// Another operator of the requesting organization (its admin) may cancel.
		assert_ok!(Consent::cancel_request(RuntimeOrigin::signed(11), p, 1));
		System::assert_last_event(Event::RequestCancelled { patient: p, request: 1 }.into());
		assert_eq!(request_held(OP1), 0);
		assert!(Consent::consents(p).requests.is_empty());
		assert_noop!(
			Consent::cancel_request(RuntimeOrigin::signed(OP1), p, 1),
			Error::<Test>::UnknownRequest
		);
		assert_noop!(
			Consent::deny_request(RuntimeOrigin::signed(PATIENT), None, 1),
			Error::<Test>::UnknownRequest
		);
	});
}

#[test]
fn request_errors() {
	test(|| {
		let p = setup();
		let r = |who, s, d| Consent::request_access(RuntimeOrigin::signed(who), p, s, d);
		assert_noop!(r(STRANGER, labs_for_treatment(), 30), IdError::<Test>::NotOperator);
		assert_noop!(
			Consent::request_access(RuntimeOrigin::signed(OP0), 9, labs_for_treatment(), 30),
			IdError::<Test>::UnknownPatient
		);
		assert_noop!(
			r(OP0, scope(&[], &[Purpose::Treatment], &[]), 30),
			Error::<Test>::InvalidScope
		);
		assert_noop!(r(OP0, labs_for_treatment(), 0), Error::<Test>::InvalidWindow);
		assert_ok!(r(OP0, labs_for_treatment(), 30));
		assert_noop!(r(OP0, labs_for_treatment(), 30), Error::<Test>::RequestPending);
		assert_ok!(r(OP1, labs_for_treatment(), 30));
		assert_noop!(r(OP_ER, labs_for_treatment(), 30), Error::<Test>::TooManyRequests);
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 2));
		assert_noop!(r(OP_ER, labs_for_treatment(), 30), IdError::<Test>::OrganizationSuspended);
		// Approving for an organization suspended meanwhile fails.
		assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), 0));
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 0),
			IdError::<Test>::OrganizationSuspended
		);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(STRANGER), Some(p), 1),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 7),
			Error::<Test>::UnknownRequest
		);
		System::set_block_number(21);
		assert_noop!(
			Consent::approve_request(RuntimeOrigin::signed(PATIENT), None, 1),
			Error::<Test>::RequestExpired
		);
	});
}

// ---- break-glass ----

#[test]
fn break_glass_opens_general_emergency_access_only() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::PatientIncapacitated
		));
		System::assert_last_event(
			Event::EmergencyAccessOpened {
				patient: p,
				organization: 2,
				operator: OP_ER,
				reason: EmergencyReason::PatientIncapacitated,
				expires_at: 11,
			}
			.into(),
		);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Emergency {
				reason: EmergencyReason::PatientIncapacitated,
				opened_at: 1,
				expires_at: 11
			}
		);
		// Only for emergency treatment, never the sensitive classes, only for the opener.
		assert_eq!(
			check(2, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(2, Category::MentalHealth, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(
			check(0, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), p, EmergencyReason::LifeThreatening),
			Error::<Test>::EmergencyAccessOpen
		);
		// Fixed duration: gone at block 11.
		run_to(11);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		System::assert_has_event(
			Event::EmergencyAccessExpired { patient: p, organization: 2 }.into(),
		);
		assert!(Consent::consents(p).emergency.is_empty());
	});
}

#[test]
fn break_glass_errors_and_opt_out() {
	test(|| {
		let p = setup();
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP0), p, EmergencyReason::LifeThreatening),
			Error::<Test>::NoEmergencyRole
		);
		assert_noop!(
			Consent::break_glass(
				RuntimeOrigin::signed(STRANGER),
				p,
				EmergencyReason::LifeThreatening
			),
			IdError::<Test>::NotOperator
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), 9, EmergencyReason::LifeThreatening),
			IdError::<Test>::UnknownPatient
		);
		assert_ok!(Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, true));
		System::assert_last_event(Event::EmergencyOptOutSet { patient: p, opt_out: true }.into());
		assert_noop!(
			Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, true),
			Error::<Test>::Unchanged
		);
		assert_noop!(
			Consent::set_emergency_opt_out(RuntimeOrigin::signed(STRANGER), Some(p), false),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP_ER), p, EmergencyReason::LifeThreatening),
			Error::<Test>::PatientOptedOut
		);
		assert_ok!(Consent::set_emergency_opt_out(RuntimeOrigin::signed(PATIENT), None, false));
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			0,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::LifeThreatening
		));
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP0),
			p,
			EmergencyReason::LifeThreatening
		));
		assert_ok!(Identity::set_organization_roles(
			RuntimeOrigin::root(),
			1,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_noop!(
			Consent::break_glass(RuntimeOrigin::signed(OP1), p, EmergencyReason::LifeThreatening),
			Error::<Test>::TooManyEmergencyAccesses
		);
	});
}

#[test]
fn emergency_access_ends_early_by_either_side() {
	test(|| {
		let p = setup();
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::UrgentTreatment
		));
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(STRANGER), p, 2),
			IdError::<Test>::NotAuthorized
		);
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(PATIENT), p, 0),
			Error::<Test>::NoEmergencyAccess
		);
		assert_ok!(Consent::end_emergency_access(RuntimeOrigin::signed(PATIENT), p, 2));
		System::assert_last_event(
			Event::EmergencyAccessEnded { patient: p, organization: 2, by: PATIENT }.into(),
		);
		assert_eq!(
			check(2, Category::Laboratory, Purpose::EmergencyTreatment),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_ok!(Consent::break_glass(
			RuntimeOrigin::signed(OP_ER),
			p,
			EmergencyReason::UrgentTreatment
		));
		assert_ok!(Consent::end_emergency_access(RuntimeOrigin::signed(12), p, 2));
		assert_noop!(
			Consent::end_emergency_access(RuntimeOrigin::signed(12), p, 2),
			Error::<Test>::NoEmergencyAccess
		);
	});
}

// ---- expiry and lifecycle ----

#[test]
fn on_idle_sweeps_expired_entries_and_returns_deposits() {
	test(|| {
		let p = setup();
		grant_to(0, Some(5));
		grant_to(1, None);
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP1),
			p,
			labs_for_treatment(),
			30
		));
		run_to(21);
		System::assert_has_event(Event::ConsentExpired { patient: p, grant: 0 }.into());
		System::assert_has_event(Event::RequestExpired { patient: p, request: 2 }.into());
		let c = Consent::consents(p);
		assert_eq!((c.grants.len(), c.requests.len()), (1, 0));
		assert_eq!((grant_held(PATIENT), request_held(OP1)), (5, 0));
	});
}

#[test]
fn sweep_is_bounded_per_block_and_resumes() {
	test(|| {
		// Five patients, each with a grant expiring at block 3.
		setup();
		grant_to(0, Some(3));
		for who in 2..=5u64 {
			assert_ok!(Identity::register_patient(RuntimeOrigin::signed(who), H256::zero()));
			assert_ok!(Consent::grant(
				RuntimeOrigin::signed(who),
				None,
				orgs(&[0]),
				labs_for_treatment(),
				None,
				Some(3)
			));
		}
		System::set_block_number(3);
		let used = Consent::on_idle(3, Weight::MAX);
		assert!(used.all_gt(Weight::zero()));
		let with_grants = || Consents::<Test>::iter().filter(|(_, c)| !c.grants.is_empty()).count();
		// MaxSweepPerBlock = 2 patients per block.
		assert_eq!(with_grants(), 3);
		assert!(SweepCursor::<Test>::get().is_some());
		Consent::on_idle(4, Weight::MAX);
		assert_eq!(with_grants(), 1);
		Consent::on_idle(5, Weight::MAX);
		assert_eq!(with_grants(), 0);
		// No weight, no work.
		assert_eq!(Consent::on_idle(6, Weight::zero()), Weight::zero());
	});
}

#[test]
fn key_rotation_keeps_grants_and_moves_deposits() {
	test(|| {
		let p = setup();
		grant_to(0, None);
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(PATIENT).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(PATIENT), 6));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(6), rotating));
		assert_eq!((grant_held(PATIENT), grant_held(6)), (0, 5));
		assert!(matches!(
			Consent::check_access(&6, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, .. }
		));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(6), None, 0));
		assert_eq!(grant_held(6), 0);
		let _ = p;
	});
}

#[test]
fn deregistration_removes_grants_and_requests() {
	test(|| {
		let p = setup();
		grant_to(0, None);
		grant_to(1, None);
		assert_ok!(Consent::request_access(
			RuntimeOrigin::signed(OP_ER),
			p,
			labs_for_treatment(),
			30
		));
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(PATIENT)));
		System::assert_has_event(
			Event::ConsentsCleared { patient: p, grants: 2, requests: 1 }.into(),
		);
		assert!(Consents::<Test>::get(p).is_none());
		assert_eq!((grant_held(PATIENT), request_held(OP_ER)), (0, 0));
		assert_eq!(
			check(0, Category::Laboratory, Purpose::Treatment),
			AccessDecision::Denied(DenyReason::UnknownPatient)
		);
		assert_eq!(
			Consent::check_patient_access(p, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
	});
}

#[test]
fn runtime_api_views_list_codes() {
	test(|| {
		let p = setup();
		grant_to(0, Some(9));
		let v = Consent::consents_view(p);
		assert_eq!(v.grants[0].categories, vec![Category::Medications, Category::Laboratory]);
		assert_eq!(v.grants[0].purposes, vec![Purpose::Treatment]);
		assert_eq!(v.grants[0].expires_at, Some(9));
		assert_eq!(
			Consent::check_access_u64(&PATIENT, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, expires_at: Some(9) }
		);
	});
}

// ---- sponsored patients ----

/// A key with no balance (accounts above 30 start empty).
const BROKE: AccountId = 77;
/// Organization 0's admin pays for the patients it onboards.
const SPONSOR: AccountId = 10;

/// Organizations as in `setup`, and BROKE onboarded by organization 0 and registered.
fn sponsored_setup() -> PatientId {
	setup();
	assert_ok!(Identity::onboard_patient(RuntimeOrigin::signed(OP0), BROKE));
	assert_ok!(Identity::register_patient(RuntimeOrigin::signed(BROKE), H256::repeat_byte(2)));
	pallet_patient_identity::PatientIdOf::<Test>::get(BROKE).unwrap()
}

fn grant_for_broke(org: OrganizationId, expires_at: Option<u64>) -> GrantId {
	assert_ok!(Consent::grant(
		RuntimeOrigin::signed(BROKE),
		None,
		orgs(&[org]),
		labs_for_treatment(),
		None,
		expires_at
	));
	Consent::consents(1).grants.last().unwrap().id
}

#[test]
fn a_sponsor_holds_grant_deposits_and_gets_each_back_however_the_grant_ends() {
	test(|| {
		let p = sponsored_setup();
		let before = Balances::free_balance(SPONSOR);
		// Revoked, expired, and removed with the patient: three ways for a grant to end.
		let revoked = grant_for_broke(0, None);
		grant_for_broke(1, Some(5));
		grant_for_broke(2, None);
		assert_eq!(grant_held(SPONSOR), 15);
		assert_eq!((grant_held(BROKE), Balances::free_balance(BROKE)), (0, 0));
		assert_eq!(Balances::free_balance(SPONSOR), before - 15);
		assert!(matches!(
			Consent::check_access(&BROKE, 2, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { .. }
		));

		assert_ok!(Consent::revoke(RuntimeOrigin::signed(BROKE), None, revoked));
		assert_eq!(grant_held(SPONSOR), 10);
		run_to(6);
		assert_eq!(grant_held(SPONSOR), 5);
		check_invariants();
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(BROKE)));
		assert_eq!(grant_held(SPONSOR), 0);
		// Everything the sponsor paid came back: grants, registration and onboarding.
		assert_eq!(Balances::free_balance(SPONSOR), before + 10 + 5);
		assert_eq!(pallet_patient_identity::SponsorHeld::<Test>::get(0), 0);
		let _ = p;
	});
}

#[test]
fn grants_outlive_their_sponsorship_and_later_ones_are_the_patients_own() {
	test(|| {
		let p = sponsored_setup();
		grant_for_broke(0, None);
		assert_ok!(Identity::end_sponsorship(RuntimeOrigin::signed(OP0), BROKE));
		// The grant still authorises access, its deposit still on the sponsor.
		assert!(matches!(
			Consent::check_access(&BROKE, 0, Category::Laboratory, Purpose::Treatment, None),
			AccessDecision::Granted { grant: 0, .. }
		));
		assert_eq!(grant_held(SPONSOR), 5);
		// A new grant is now the patient's to pay, and it has nothing: refused, nothing
		// changes.
		assert!(Consent::grant(
			RuntimeOrigin::signed(BROKE),
			None,
			orgs(&[1]),
			labs_for_treatment(),
			None,
			None
		)
		.is_err());
		assert_eq!(Consent::consents(p).grants.len(), 1);
		// Revoking the old grant returns its deposit to the sponsor, not the patient.
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(BROKE), None, 0));
		assert_eq!((grant_held(SPONSOR), Balances::free_balance(BROKE)), (0, 0));
	});
}

#[test]
fn a_sponsored_patients_grant_deposits_stay_with_the_sponsor_across_rotation() {
	test(|| {
		let p = sponsored_setup();
		grant_for_broke(0, None);
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(BROKE).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(BROKE), 78));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(78), rotating));
		assert_eq!((grant_held(SPONSOR), grant_held(BROKE), grant_held(78)), (5, 0, 0));
		assert_ok!(Consent::revoke(RuntimeOrigin::signed(78), None, 0));
		assert_eq!(grant_held(SPONSOR), 0);
		let _ = p;
	});
}

// ---- clean-up inside calls ----

/// Defect: `grant`, `revoke`, `request_access`, `approve_request` and `break_glass` remove what
/// has expired (releasing deposits, emitting events) but charged only for their own work. They
/// now declare the benchmarked worst case of one patient's clean-up and refund it when nothing
/// had expired.
#[test]
fn calls_pay_for_the_clean_up_they_do_and_are_refunded_when_there_is_none() {
	use crate::weights::WeightInfo as _;
	use frame_support::dispatch::GetDispatchInfo;
	test(|| {
		setup();
		let sweep = <() as crate::weights::WeightInfo>::sweep_patient();
		let call = crate::Call::<Test>::revoke { on_behalf_of: None, grant: 0 };
		assert!(call.get_dispatch_info().call_weight.all_gte(<()>::revoke() + sweep));
		let kept = grant_to(0, None);
		let expiring = grant_to(1, Some(5));
		let other = grant_to(2, None);
		// Nothing expired: the clean-up is refunded.
		let info = Consent::revoke(RuntimeOrigin::signed(PATIENT), None, other).unwrap();
		assert_eq!(info.actual_weight, Some(<()>::revoke()));
		// A grant expired (no `on_idle` ran since): this revoke removes it too, and pays.
		System::set_block_number(5);
		let info = Consent::revoke(RuntimeOrigin::signed(PATIENT), None, kept).unwrap();
		assert_eq!(info.actual_weight, Some(<()>::revoke() + sweep));
		System::assert_has_event(Event::ConsentExpired { patient: 0, grant: expiring }.into());
		assert!(Consent::consents(0).grants.is_empty());
	});
}
