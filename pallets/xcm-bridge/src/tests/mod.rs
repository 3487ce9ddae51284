//! Unit tests on simulated chains: consent leases (grant, check, revoke, heartbeats, lapse under
//! a stalled relay), failure reports, record references, access requests, the message filter,
//! the outbound bound, and several peers (slots, adding and removing peers). This module holds
//! the two-chain network, the three-chain mesh and the helpers; the tests are in one module per
//! call family.

use crate::{mock::*, Error, Event, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use pallet_consent::{AccessDecision, Category, DenyReason, Purpose};
use pallet_ehr_anchor::{FhirResource, Format};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles, PatientId};
use sp_core::H256;
use sp_runtime::DispatchResult;

mod access_requests;
mod exports;
mod heartbeats;
mod leases;
mod lifecycle;
mod messages;
mod peer_removal;
mod peers;
mod records;

/// On A: patient account 1 (patient 0), hospital 0 (custodian, admin 10, operator 20).
/// On B: clinic 0 (admin 10, operator 20) and clinic 1 (admin 11, operator 21), suspended.
const PATIENT: u8 = 1;
const P: PatientId = 0;
const HOSPITAL_OP: u8 = 20;
const CLINIC: u32 = 0;
const SUSPENDED: u32 = 1;
const CLINIC_OP: u8 = 20;

/// Messages a chain queued on a lane and the relay has not delivered: (nonce, payload).
type Queue = Vec<(u64, Vec<u8>)>;

struct Net {
	a: sp_io::TestExternalities,
	b: sp_io::TestExternalities,
	a_out: Queue,
	b_out: Queue,
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
		self.on_b(|| msgs.into_iter().map(|(n, p)| Bridge::receive(0, n, Ok(p))).collect())
	}

	fn b_to_a(&mut self) -> Vec<Outcome> {
		let msgs = core::mem::take(&mut self.b_out);
		self.on_a(|| msgs.into_iter().map(|(n, p)| Bridge::receive(0, n, Ok(p))).collect())
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
	export_by(PATIENT, organization, expires_at)
}

/// Patient `who` exports laboratory data for treatment to `organization` of the only peer.
fn export_by(who: u8, organization: u32, expires_at: Option<u64>) -> DispatchResult {
	Bridge::export_consent(
		RuntimeOrigin::signed(account(who)),
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

/// How many `ExportEnded` events with `reason` there are.
fn ended_count(reason: ExportEnd) -> usize {
	System::events()
		.iter()
		.filter(|r| {
			matches!(r.event, RuntimeEvent::Bridge(Event::ExportEnded { reason: r2, .. }) if r2 == reason)
		})
		.count()
}

/// How many bridge events `pick` selects.
fn count_events(pick: impl Fn(&Event<Test>) -> bool) -> usize {
	System::events()
		.into_iter()
		.filter(|r| matches!(&r.event, RuntimeEvent::Bridge(e) if pick(e)))
		.count()
}

/// Register account `who` as a patient of the chain whose externalities run.
fn register_patient(who: u8) -> PatientId {
	assert_ok!(Identity::register_patient(
		RuntimeOrigin::signed(account(who)),
		H256::repeat_byte(who)
	));
	pallet_patient_identity::PatientIdOf::<Test>::get(account(who)).expect("registered")
}

/// Patient `who` exports laboratory data for treatment to `organization` of `chain`.
fn export_to(who: u8, chain: [u8; 32], organization: u32) -> DispatchResult {
	Bridge::export_consent_to(
		RuntimeOrigin::signed(account(who)),
		None,
		RemoteOrg { chain: chain.into(), organization },
		BoundedVec::truncate_from(vec![Category::Laboratory]),
		BoundedVec::truncate_from(vec![Purpose::Treatment]),
		BoundedVec::new(),
		None,
	)
}

/// Whether `who` may see laboratory data for treatment as `organization` of the chain whose
/// externalities run.
fn check(who: u8, organization: u32) -> AccessDecision<u64> {
	Consent::check_access(
		&account(who),
		organization,
		Category::Laboratory,
		Purpose::Treatment,
		None,
	)
}

/// Patient `patient` (account `who`) lets hospital 0 (operator 20) of this chain anchor `record`
/// with `hash`.
fn anchor_record(who: u8, patient: PatientId, record: H256, hash: H256) {
	assert_ok!(Identity::approve_link(RuntimeOrigin::signed(account(who)), None, 0));
	assert_ok!(EhrAnchor::anchor(
		RuntimeOrigin::signed(account(HOSPITAL_OP)),
		record,
		patient,
		Category::Laboratory,
		Format::Pdf,
		hash,
		None
	));
}

/// Indices of the mesh's chains, and their genesis hashes.
const A: usize = 0;
const B: usize = 1;
const C: usize = 2;
const GENESIS: [[u8; 32]; 3] = [CHAIN_A, CHAIN_B, CHAIN_C];

/// The id of the mesh's chain `x`.
fn chain(x: usize) -> H256 {
	H256::from(GENESIS[x])
}

/// The slot of the pair `x`–`y`, the same on both chains: A–B 0, A–C 1, B–C 2.
fn slot(x: usize, y: usize) -> Slot {
	match (x.min(y), x.max(y)) {
		(A, B) => 0,
		(A, C) => 1,
		(B, C) => 2,
		_ => panic!("no slot for {x}–{y}"),
	}
}

/// Three chains bridged pairwise (A has {B: 0, C: 1}, B {A: 0, C: 2}, C {A: 1, B: 2}). On each:
/// organization 0 (custodian; admin 10, operator 20) and organization 1 (admin 11, operator
/// 21). On A: patient account 1 (patient 0). `out[x][y]`: what `x` queued for `y`.
struct Mesh {
	chains: [sp_io::TestExternalities; 3],
	out: [[Queue; 3]; 3],
}

impl Mesh {
	fn new() -> Self {
		let chains = [A, B, C].map(|x| {
			let mut ext = new_chain(GENESIS[x], GENESIS[(x + 1) % 3]);
			ext.execute_with(|| {
				// `new_chain` put one peer in slot 0: bridge the pairs as the mesh has them.
				let first = Slots::<Test>::take(0).expect("new_chain sets slot 0");
				Peers::<Test>::remove(first);
				for y in [A, B, C].into_iter().filter(|y| *y != x) {
					assert_ok!(Bridge::add_peer(
						RuntimeOrigin::root(),
						slot(x, y),
						GENESIS[y].into(),
						Box::new(1u32)
					));
				}
				register_org(10, OrganizationRoles::CUSTODIAN);
				register_org(11, OrganizationRoles::NONE);
			});
			ext
		});
		let mut mesh = Mesh { chains, out: Default::default() };
		mesh.on(A, || register_patient(PATIENT));
		mesh
	}

	/// Run `f` on chain `x`, collecting what it queued for each peer.
	fn on<R>(&mut self, x: usize, f: impl FnOnce() -> R) -> R {
		let (r, queued) = self.chains[x].execute_with(|| {
			let r = f();
			(r, [A, B, C].map(|y| if y == x { vec![] } else { take_slot(slot(x, y)) }))
		});
		for (y, msgs) in queued.into_iter().enumerate() {
			self.out[x][y].extend(msgs);
		}
		r
	}

	/// The relay delivers everything `from` queued for `to`, on their pair's slot.
	fn deliver(&mut self, from: usize, to: usize) -> Vec<Outcome> {
		let msgs = core::mem::take(&mut self.out[from][to]);
		let k = slot(from, to);
		self.on(to, || msgs.into_iter().map(|(n, p)| Bridge::receive(k, n, Ok(p))).collect())
	}

	/// All chains advance `k` blocks (6 s each).
	fn blocks(&mut self, k: u32) {
		for _ in 0..k {
			for x in [A, B, C] {
				self.on(x, next_block);
			}
		}
	}

	/// Check access on chain `x` (see [`check`]).
	fn check(&mut self, x: usize, who: u8, organization: u32) -> AccessDecision<u64> {
		self.on(x, || check(who, organization))
	}

	fn invariants(&mut self) {
		for x in [A, B, C] {
			self.on(x, check_invariants);
		}
	}
}
