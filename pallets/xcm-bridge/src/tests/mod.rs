//! Unit tests on two simulated chains: consent leases (grant, check, revoke, renew, lapse under
//! a stalled relay), failure reports, record references, access requests, the message filter
//! and the outbound bound. This module holds the two-chain network and the helpers; the tests
//! are in one module per call family.

use crate::{mock::*, Error, Event, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_ehr_anchor::{FhirResource, Format};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles, PatientId};
use sp_core::H256;
use sp_runtime::DispatchResult;

mod access_requests;
mod exports;
mod leases;
mod lifecycle;
mod messages;
mod records;
mod renewals;

/// On A: patient account 1 (patient 0), hospital 0 (custodian, admin 10, operator 20).
/// On B: clinic 0 (admin 10, operator 20) and clinic 1 (admin 11, operator 21), suspended.
const PATIENT: u8 = 1;
const P: PatientId = 0;
const HOSPITAL_OP: u8 = 20;
const CLINIC: u32 = 0;
const SUSPENDED: u32 = 1;
const CLINIC_OP: u8 = 20;

struct Net {
	a: sp_io::TestExternalities,
	b: sp_io::TestExternalities,
	a_out: Vec<(u64, Vec<u8>)>,
	b_out: Vec<(u64, Vec<u8>)>,
}

impl Net {
	fn new() -> Self {
		let mut net = Net {
			a: new_chain(CHAIN_A, CHAIN_B),
			b: new_chain(CHAIN_B, CHAIN_A),
			a_out: vec![],
			b_out: vec![],
		};
		net.on_a(|| {
			assert_ok!(Identity::register_patient(
				RuntimeOrigin::signed(account(PATIENT)),
				H256::repeat_byte(1)
			));
			register_org(10, OrganizationRoles::CUSTODIAN);
		});
		net.on_b(|| {
			register_org(10, OrganizationRoles::NONE);
			register_org(11, OrganizationRoles::NONE);
			assert_ok!(Identity::suspend_organization(RuntimeOrigin::root(), SUSPENDED));
		});
		net
	}

	fn on_a<R>(&mut self, f: impl FnOnce() -> R) -> R {
		let (r, out) = self.a.execute_with(|| (f(), take_outbox()));
		self.a_out.extend(out);
		r
	}

	fn on_b<R>(&mut self, f: impl FnOnce() -> R) -> R {
		let (r, out) = self.b.execute_with(|| (f(), take_outbox()));
		self.b_out.extend(out);
		r
	}

	/// The relay delivers everything A has queued to B.
	fn a_to_b(&mut self) -> Vec<Outcome> {
		let msgs = core::mem::take(&mut self.a_out);
		self.on_b(|| msgs.into_iter().map(|(n, p)| Bridge::receive(n, Ok(p))).collect())
	}

	fn b_to_a(&mut self) -> Vec<Outcome> {
		let msgs = core::mem::take(&mut self.b_out);
		self.on_a(|| msgs.into_iter().map(|(n, p)| Bridge::receive(n, Ok(p))).collect())
	}

	/// Both chains advance `k` blocks (6 s each).
	fn blocks(&mut self, k: u32) {
		for _ in 0..k {
			self.on_a(next_block);
			self.on_b(next_block);
		}
	}

	fn check_on_b(&mut self, category: Category) -> AccessDecision<u64> {
		self.on_b(|| {
			Consent::check_access(&account(PATIENT), CLINIC, category, Purpose::Treatment, None)
		})
	}

	fn invariants(&mut self) {
		self.on_a(check_invariants);
		self.on_b(check_invariants);
	}
}

fn register_org(admin: u8, roles: OrganizationRoles) {
	assert_ok!(Identity::register_organization(
		RuntimeOrigin::root(),
		account(admin),
		OrganizationKind::Hospital,
		roles
	));
	assert_ok!(Identity::add_operator(RuntimeOrigin::signed(account(admin)), account(admin + 10)));
	let organization =
		pallet_patient_identity::OrganizationOf::<Test>::get(account(admin)).unwrap();
	assert_ok!(Identity::accept_operator(RuntimeOrigin::signed(account(admin + 10)), organization));
}

fn export(organization: u32, expires_at: Option<u64>) -> DispatchResult {
	Bridge::export_consent(
		RuntimeOrigin::signed(account(PATIENT)),
		None,
		organization,
		BoundedVec::truncate_from(vec![Category::Laboratory]),
		BoundedVec::truncate_from(vec![Purpose::Treatment]),
		BoundedVec::new(),
		expires_at,
	)
}

fn has_event(e: Event<Test>) -> bool {
	System::events().into_iter().any(|r| r.event == RuntimeEvent::Bridge(e.clone()))
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| if let RuntimeEvent::Bridge(e) = r.event { Some(e) } else { None })
		.expect("a bridge event")
}

fn check_on_b_for(net: &mut Net, who: u8) -> AccessDecision<u64> {
	net.on_b(|| {
		Consent::check_access(&account(who), CLINIC, Category::Laboratory, Purpose::Treatment, None)
	})
}

fn export_held(who: u8) -> u64 {
	Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(who))
}

fn ended(export: ExportId, reason: ExportEnd) -> bool {
	System::events().iter().any(|r| {
		matches!(r.event, RuntimeEvent::Bridge(Event::ExportEnded { export: e, reason: r2, .. }) if e == export && r2 == reason)
	})
}
