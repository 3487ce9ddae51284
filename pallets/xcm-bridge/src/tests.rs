//! Unit tests on two simulated chains: consent leases (grant, check, revoke, renew, lapse under
//! a stalled relay), failure reports, record references, access requests, the message filter
//! and the outbound bound.

use crate::{mock::*, Error, Event, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_ehr_anchor::{FhirResource, Format};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles, PatientId};
use sp_core::H256;

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

use sp_runtime::DispatchResult;

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

#[test]
fn export_grants_on_the_peer_and_revocation_withdraws_it() {
	let mut net = Net::new();
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.on_a(|| {
		let free = Balances::free_balance(account(PATIENT));
		assert_ok!(export(CLINIC, None));
		assert_eq!(
			free - Balances::free_balance(account(PATIENT)),
			4 + 7,
			"fee burned, deposit held"
		);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			7
		);
		assert!(matches!(last_event(), Event::ConsentExported { export: 0, .. }));
	});
	// Before the relay delivers, the peer knows nothing.
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(_)));
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	match net.check_on_b(Category::Laboratory) {
		AccessDecision::Leased { chain, lease, valid_until, expires_at } => {
			assert_eq!(chain, H256::from(CHAIN_A));
			assert_eq!(lease, 0);
			assert_eq!(valid_until, 1_000_000 + LEASE_MS);
			assert_eq!(expires_at, None);
		},
		other => panic!("expected a lease, got {other:?}"),
	}
	// Outside the scope: refused with the reason.
	assert_eq!(
		net.check_on_b(Category::Imaging),
		AccessDecision::Denied(DenyReason::CategoryNotCovered)
	);
	// Another organization on B: not covered.
	assert!(matches!(
		net.on_b(|| Consent::check_access(
			&account(PATIENT),
			SUSPENDED,
			Category::Laboratory,
			Purpose::Treatment,
			None
		)),
		AccessDecision::Denied(DenyReason::OrganizationSuspended)
	));
	net.on_a(|| {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			0
		);
		// At home the revocation holds at once.
		assert_eq!(
			Bridge::answer(
				&account(PATIENT),
				RemoteOrg { chain: CHAIN_B.into(), organization: CLINIC },
				Category::Laboratory,
				Purpose::Treatment,
				None,
				Bridge::now_ms()
			),
			Err(DenyReason::NoGrant)
		);
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.on_b(|| assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 0));
	net.invariants();
}

#[test]
fn renewals_keep_a_lease_alive_and_a_stalled_relay_lets_it_lapse() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	// Renewed every half period (5 blocks); the relay keeps up for 3 periods.
	for _ in 0..6 {
		net.blocks(5);
		net.a_to_b();
	}
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.on_a(|| assert!(matches!(last_event(), Event::LeasesRenewed { count: 1, .. })));
	// The relay stalls: renewals pile up on A and the lease lapses on B within one period.
	net.blocks(10);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::LeaseLapsed)
	);
	// When it resumes, the queued renewals revive it: the consent was never revoked.
	net.a_to_b();
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.invariants();
}

#[test]
fn a_revocation_held_up_by_the_relay_still_takes_effect_within_one_lease_period() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.blocks(5); // a renewal is queued on A ...
	net.on_a(|| {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
	});
	// ... and the relay withholds everything from here on, then delivers only the renewal late.
	let withheld = core::mem::take(&mut net.a_out);
	assert_eq!(withheld.len(), 2, "renewal and revocation");
	net.blocks(10); // one lease period after the renewal was sent
	net.a_out = vec![withheld[0].clone()];
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::LeaseLapsed),
		"a late renewal cannot extend a lease past the time its chain set"
	);
	net.invariants();
}

#[test]
fn a_lease_the_peer_cannot_apply_is_reported_and_the_export_undone() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(SUSPENDED, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::OrganizationSuspended)]);
	net.on_b(|| assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 0));
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_none());
		assert!(ExportsOf::<Test>::get(P).is_empty());
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExportDeposit.into(), &account(PATIENT)),
			0
		);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Bridge(Event::ExportRefused {
				export: 0,
				reason: FailReason::OrganizationSuspended
			})
		)));
	});
	// An unknown organization likewise.
	net.on_a(|| {
		assert_ok!(export(99, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::UnknownOrganization)]);
	net.invariants();
}

#[test]
fn the_peer_keeps_a_bounded_number_of_leases_per_patient() {
	let mut net = Net::new();
	net.on_a(|| {
		for _ in 0..3 {
			assert_ok!(export(CLINIC, None));
		}
		assert_noop!(export(CLINIC, None), Error::<Test>::TooManyExports);
	});
	assert_eq!(
		net.a_to_b(),
		vec![Outcome::Applied, Outcome::Applied, Outcome::Rejected(FailReason::TooManyLeases)]
	);
	net.invariants();
}

#[test]
fn messages_from_another_chain_or_of_another_shape_are_refused_and_change_nothing() {
	let mut net = Net::new();
	let lease = HealthOp::Lease {
		export: 7,
		patient: account(PATIENT),
		organization: CLINIC,
		scope: LeaseScope {
			categories: pallet_consent::CategorySet::LABORATORY,
			purposes: pallet_consent::PurposeSet::TREATMENT,
			custodians: BoundedVec::new(),
			expires_at: None,
		},
		valid_until: u64::MAX,
	};
	// Claims to come from a third chain.
	let forged = encode_message(H256::repeat_byte(0xCC), Some(&account(PATIENT)), &lease);
	// An account operation without the account.
	let anonymous = encode_message(CHAIN_A.into(), None, &lease);
	// A runtime call instead of a health operation.
	let call = {
		use codec::Encode;
		use xcm::latest::prelude::*;
		xcm::VersionedXcm::<()>::from(Xcm(vec![
			UniversalOrigin(GlobalConsensus(NetworkId::ByGenesis(CHAIN_A))),
			Transact {
				origin_kind: OriginKind::Superuser,
				fallback_max_weight: None,
				call: vec![0u8, 0, 4, 1, 2, 3].into(),
			},
		]))
		.encode()
	};
	let outcomes = net.on_b(|| {
		vec![
			Bridge::receive(1, Ok(forged)),
			Bridge::receive(2, Ok(anonymous)),
			Bridge::receive(3, Ok(call)),
			Bridge::receive(4, Ok(vec![1, 2, 3])),
			Bridge::receive(5, Err(())),
		]
	});
	assert_eq!(
		outcomes,
		vec![
			Outcome::Rejected(FailReason::WrongOrigin),
			Outcome::Rejected(FailReason::BadMessage),
			Outcome::Rejected(FailReason::BadMessage),
			Outcome::Rejected(FailReason::BadMessage),
			Outcome::Rejected(FailReason::BadMessage),
		]
	);
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(_)));
	net.on_b(|| assert_eq!(Leases::<Test>::iter().count(), 0));
	// The one with a well-formed operation that failed is reported back.
	assert_eq!(net.b_out.len(), 1);
	net.invariants();
}

#[test]
fn a_shared_record_verifies_on_the_peer() {
	let mut net = Net::new();
	let (record, hash) = (H256::repeat_byte(7), H256::repeat_byte(8));
	net.on_a(|| {
		assert_ok!(Identity::link_patient(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			P,
			H256::repeat_byte(9)
		));
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			P,
			Category::Laboratory,
			Format::FhirR4(FhirResource::Observation),
			hash,
			None
		));
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), H256::repeat_byte(1)),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(PATIENT)), record),
			pallet_patient_identity::Error::<Test>::NotOperator
		);
		assert_ok!(Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record));
	});
	net.on_b(|| assert_eq!(Bridge::verify_remote(record, hash), RemoteVerdict::Unknown));
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	let custodian = RemoteOrg { chain: CHAIN_A.into(), organization: 0 };
	net.on_b(|| {
		assert_eq!(
			Bridge::verify_remote(record, hash),
			RemoteVerdict::Current { custodian, version: 1 }
		);
		assert_eq!(
			Bridge::verify_remote(record, H256::repeat_byte(9)),
			RemoteVerdict::Mismatch { custodian, version: 1 }
		);
	});
	net.invariants();
}

#[test]
fn an_access_request_is_answered_by_the_patients_chain() {
	let mut net = Net::new();
	let ask = |category| {
		Bridge::request_access(
			RuntimeOrigin::signed(account(CLINIC_OP)),
			account(PATIENT),
			category,
			Purpose::Treatment,
			None,
		)
	};
	net.on_b(|| {
		assert_ok!(ask(Category::Laboratory));
	});
	net.a_out.clear();
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	net.on_b(|| {
		assert!(has_event(Event::AccessAnswered {
			request: 0,
			organization: CLINIC,
			answer: Err(DenyReason::NoGrant)
		}))
	});
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_b(|| {
		assert_ok!(ask(Category::Laboratory));
	});
	net.b_to_a();
	net.a_to_b();
	net.on_b(|| {
		assert!(has_event(Event::AccessAnswered {
			request: 1,
			organization: CLINIC,
			answer: Ok((0, u64::MAX))
		}))
	});
	net.invariants();
}

#[test]
fn the_outbound_queue_is_bounded_and_a_refused_send_costs_nothing() {
	let mut net = Net::new();
	net.on_a(|| {
		let record = H256::repeat_byte(7);
		assert_ok!(Identity::approve_link(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_ok!(EhrAnchor::anchor(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			P,
			Category::Laboratory,
			Format::Pdf,
			H256::repeat_byte(8),
			None
		));
		for _ in 0..8 {
			assert_ok!(Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record));
		}
		let free = Balances::free_balance(account(HOSPITAL_OP));
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), record),
			Error::<Test>::OutboundQueueFull
		);
		assert_eq!(Balances::free_balance(account(HOSPITAL_OP)), free);
	});
}

#[test]
fn bad_input_is_refused() {
	let mut net = Net::new();
	net.on_a(|| {
		let none = BoundedVec::new();
		assert_noop!(
			Bridge::export_consent(
				RuntimeOrigin::signed(account(PATIENT)),
				None,
				CLINIC,
				none.clone(),
				BoundedVec::truncate_from(vec![Purpose::Treatment]),
				BoundedVec::new(),
				None
			),
			Error::<Test>::InvalidScope
		);
		assert_noop!(export(CLINIC, Some(1)), Error::<Test>::InvalidWindow);
		assert_noop!(
			Bridge::export_consent(
				RuntimeOrigin::signed(account(2)),
				None,
				CLINIC,
				BoundedVec::truncate_from(vec![Category::Laboratory]),
				BoundedVec::truncate_from(vec![Purpose::Treatment]),
				BoundedVec::new(),
				None
			),
			pallet_patient_identity::Error::<Test>::NotPatient
		);
		assert_noop!(
			Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 5),
			Error::<Test>::UnknownExport
		);
		assert_noop!(
			Bridge::set_peer(RuntimeOrigin::signed(account(PATIENT)), H256::zero()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::set_lease_period(RuntimeOrigin::root(), 1),
			Error::<Test>::InvalidLeasePeriod
		);
		assert_ok!(Bridge::set_lease_period(RuntimeOrigin::root(), 120_000));
		assert_eq!(Bridge::renew_interval(), 10);
		Peer::<Test>::kill();
		assert_noop!(export(CLINIC, None), Error::<Test>::NoPeer);
	});
	net.invariants();
}

#[test]
fn messages_round_trip_through_xcm() {
	let op = HealthOp::Revoke { export: 3, patient: account(4) };
	let bytes = encode_message(CHAIN_A.into(), Some(&account(5)), &op);
	assert_eq!(decode_message::<AccountId>(&bytes), Some((CHAIN_A.into(), Some(account(5)), op)));
	let mut long = bytes.clone();
	long.push(0);
	assert_eq!(decode_message::<AccountId>(&long), None, "trailing bytes");
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

#[test]
fn deregistration_ends_the_patients_exports_here_and_on_the_peer() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.on_a(|| {
		let free = Balances::free_balance(account(PATIENT));
		assert_ok!(Identity::deregister_patient(RuntimeOrigin::signed(account(PATIENT))));
		assert!(ended(0, ExportEnd::PatientDeregistered));
		assert!(Exports::<Test>::get(0).is_none());
		assert!(!ExportsOf::<Test>::contains_key(P));
		assert_eq!(export_held(PATIENT), 0);
		assert!(Balances::free_balance(account(PATIENT)) >= free + 7, "export deposit back");
	});
	// The revocation reaches the peer at once, not a lease period later.
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	// Nothing is renewed any more.
	net.blocks(10);
	net.on_a(|| {
		assert!(!System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Bridge(Event::LeasesRenewed { .. }))))
	});
	net.invariants();
}

#[test]
fn a_new_key_takes_over_the_exports_their_deposits_and_the_peers_lease() {
	const NEW: u8 = 2;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_a(|| {
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(account(PATIENT)).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(account(PATIENT)), account(NEW)));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(account(NEW)), rotating));
		assert_eq!(Exports::<Test>::get(0).map(|e| e.account), Some(account(NEW)));
		assert_eq!(export_held(PATIENT), 0);
		assert_eq!(export_held(NEW), 7);
		assert!(matches!(last_event(), Event::ExportRekeyed { export: 0, .. }));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	assert!(matches!(check_on_b_for(&mut net, NEW), AccessDecision::Leased { lease: 0, .. }));
	assert!(matches!(check_on_b_for(&mut net, PATIENT), AccessDecision::Denied(_)));
	// Renewals follow the new key, past the old lease's period.
	for _ in 0..4 {
		net.blocks(5);
		net.a_to_b();
	}
	assert!(matches!(check_on_b_for(&mut net, NEW), AccessDecision::Leased { .. }));
	// The deposit goes back to the new key, not the old (possibly stolen) one.
	net.on_a(|| {
		let (old_free, new_free) =
			(Balances::free_balance(account(PATIENT)), Balances::free_balance(account(NEW)));
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(NEW)), None, 0));
		assert_eq!(Balances::free_balance(account(NEW)), new_free + 7);
		assert_eq!(Balances::free_balance(account(PATIENT)), old_free);
	});
	net.invariants();
}

#[test]
fn a_key_change_on_a_full_lane_ends_the_export_visibly() {
	const NEW: u8 = 2;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		// The relay stalls: the lane fills up with renewals' worth of other traffic.
		while Bridge::send(None, HealthOp::Revoke { export: 99, patient: account(9) }).is_ok() {}
		let rotating = pallet_patient_identity::PatientIdOf::<Test>::get(account(PATIENT)).unwrap();
		assert_ok!(Identity::rotate_key(RuntimeOrigin::signed(account(PATIENT)), account(NEW)));
		assert_ok!(Identity::claim_identity(RuntimeOrigin::signed(account(NEW)), rotating));
		assert!(ended(0, ExportEnd::RekeyNotSent));
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(NEW) + export_held(PATIENT), 0);
	});
	net.invariants();
}

#[test]
fn governance_revokes_an_export_nobody_else_can() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.on_a(|| {
		assert_noop!(
			Bridge::force_revoke_export(RuntimeOrigin::signed(account(PATIENT)), 0),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Bridge::force_revoke_export(RuntimeOrigin::root(), 5),
			Error::<Test>::UnknownExport
		);
		assert_ok!(Bridge::force_revoke_export(RuntimeOrigin::root(), 0));
		assert!(ended(0, ExportEnd::ByGovernance));
		assert_eq!(export_held(PATIENT), 0);
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.invariants();
}

#[test]
fn an_export_whose_consent_ended_stops_being_renewed_and_returns_its_deposit() {
	let mut net = Net::new();
	net.on_a(|| {
		// Ends after 4 blocks, before its first renewal (every 5).
		assert_ok!(export(CLINIC, Some(Bridge::now_ms() + 4 * BLOCK_MS)));
	});
	net.a_to_b();
	net.blocks(5);
	net.on_a(|| {
		assert!(ended(0, ExportEnd::ConsentEnded));
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(PATIENT), 0);
		assert!(!System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Bridge(Event::LeasesRenewed { .. }))));
	});
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(_)));
	net.invariants();
}

#[test]
fn a_renewal_with_no_free_slot_ends_the_export_visibly() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		// Every slot the next renewal could take is full (the chain is at capacity).
		let next = System::block_number() + 2 * Bridge::renew_interval();
		let full = BoundedVec::truncate_from(vec![u64::MAX; 4]);
		for b in next..next + RENEWAL_SEARCH_BLOCKS as u64 {
			Renewals::<Test>::insert(b, &full);
		}
	});
	net.a_to_b();
	net.blocks(5);
	net.on_a(|| {
		assert!(matches!(
			System::events().iter().find_map(|r| match &r.event {
				RuntimeEvent::Bridge(Event::ExportEnded { export: 0, reason, nonce, .. }) =>
					Some((*reason, nonce.is_some())),
				_ => None,
			}),
			Some((ExportEnd::NoRenewalSlot, true))
		));
		assert_eq!(export_held(PATIENT), 0);
	});
	// The renewal, then the revocation: the peer drops the lease at once.
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::UnknownPatient)
	);
	net.on_a(|| {
		for b in 0..200u64 {
			Renewals::<Test>::remove(b);
		}
	});
	net.invariants();
}

#[test]
fn leases_speak_only_for_patients_whose_home_is_the_peer() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	// The same key registers on B: B's own consents govern it there, not A's lease.
	net.on_b(|| {
		assert_ok!(Identity::register_patient(
			RuntimeOrigin::signed(account(PATIENT)),
			H256::repeat_byte(2)
		));
	});
	assert_eq!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(DenyReason::NoGrant));
	// A new lease for it is refused and reported.
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Rejected(FailReason::PatientOfThisChain)]);
	net.invariants();
}

#[test]
fn a_failure_report_undoes_only_the_lease_message_it_names() {
	let mut net = Net::new();
	let nonce = net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		match last_event() {
			Event::ConsentExported { nonce, .. } => nonce,
			other => panic!("expected an export, got {other:?}"),
		}
	});
	net.a_to_b();
	// The peer reports a failure of some other message as this export's: nothing changes.
	net.on_b(|| {
		assert_ok!(Bridge::send(
			None,
			HealthOp::Failed {
				nonce: nonce + 1,
				export: Some(0),
				reason: FailReason::UnknownOrganization
			}
		));
	});
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_some());
		assert_eq!(export_held(PATIENT), 7);
	});
	// A report of the lease message itself undoes the export.
	net.on_b(|| {
		assert_ok!(Bridge::send(
			None,
			HealthOp::Failed { nonce, export: Some(0), reason: FailReason::UnknownOrganization }
		));
	});
	assert_eq!(net.b_to_a(), vec![Outcome::Applied]);
	net.on_a(|| {
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(PATIENT), 0);
	});
	net.invariants();
}

/// Defect: a lease's custodians are organizations of the patient's home chain, but the peer
/// compared them with its own organization ids, so "A's organization 0" covered B's
/// organization 0. Custodians are now named with their chain.
#[test]
fn a_lease_restricted_to_a_custodian_of_the_home_chain_does_not_cover_the_peers_namesake() {
	use pallet_consent::Custodian;
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(Bridge::export_consent(
			RuntimeOrigin::signed(account(PATIENT)),
			None,
			CLINIC,
			BoundedVec::truncate_from(vec![Category::Laboratory]),
			BoundedVec::truncate_from(vec![Purpose::Treatment]),
			// A's organization 0, the hospital.
			BoundedVec::truncate_from(vec![0]),
			None,
		));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	let check = |net: &mut Net, custodian: Option<Custodian>| {
		net.on_b(|| {
			Consent::check_access_for(
				&account(PATIENT),
				CLINIC,
				Category::Laboratory,
				Purpose::Treatment,
				custodian,
			)
		})
	};
	let not_covered = AccessDecision::Denied(DenyReason::CustodianNotCovered);
	// B's organization 0, named as B's or by B's genesis: not the hospital on A.
	assert_eq!(check(&mut net, Some(Custodian::Local(0))), not_covered);
	let on_b = Custodian::Remote { chain: CHAIN_B.into(), organization: 0 };
	assert_eq!(check(&mut net, Some(on_b)), not_covered);
	assert_eq!(check(&mut net, None), not_covered);
	// A's organization 0, named with A's genesis: covered.
	let on_a = Custodian::Remote { chain: CHAIN_A.into(), organization: 0 };
	assert!(matches!(check(&mut net, Some(on_a)), AccessDecision::Leased { lease: 0, .. }));
	// Another organization of A: not covered.
	let other = Custodian::Remote { chain: CHAIN_A.into(), organization: 1 };
	assert_eq!(check(&mut net, Some(other)), not_covered);
	net.invariants();
}
