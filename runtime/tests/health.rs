//! Runtime-level tests of the identity, consent and record-anchor pallets together, with the
//! runtime's real configuration (deposits, fees, bounds, origins), and a randomized test: long
//! random sequences of calls from random origins, with every invariant checked after each block.

use frame_support::{
	assert_noop, assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::InspectHold, Hooks, UnfilteredDispatchable},
	weights::Weight,
	BoundedVec,
};
use medchain_runtime::{
	configs::{
		AnchorFee, GrantDeposit, PatientDeposit, ANCHOR_BYTES, MAX_BATCH_RECORDS, MAX_GRANTEES,
	},
	AccountId, Balance, Balances, BuildStorage, Consent, EhrAnchor, PatientIdentity, Runtime,
	RuntimeCall, RuntimeGenesisConfig, RuntimeHoldReason, RuntimeOrigin, System, UNIT,
};
use pallet_consent::{
	AccessDecision, Amendment, Category, DenyReason, EmergencyReason, Purpose, Scope,
};
use pallet_ehr_anchor::{AccessBasis, Anchor, FhirResource, Format, RetractReason, Verdict};
use pallet_patient_identity::{DelegatePermissions, OrganizationKind, OrganizationRoles};
use sp_core::H256;

type IdentityCall = pallet_patient_identity::Call<Runtime>;
type ConsentCall = pallet_consent::Call<Runtime>;
type AnchorCall = pallet_ehr_anchor::Call<Runtime>;

/// Accounts the tests use: `who(0..ACCOUNTS)`.
const ACCOUNTS: u8 = 24;

/// Keys with no balance the tests use: `who(ACCOUNTS..ACCOUNTS + UNFUNDED)`.
const UNFUNDED: u8 = 8;

fn who(i: u8) -> AccountId {
	AccountId::new([i; 32])
}

fn ext() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.balances.balances = (0..ACCOUNTS).map(|i| (who(i), 1_000 * UNIT)).collect();
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn signed(i: u8) -> RuntimeOrigin {
	RuntimeOrigin::signed(who(i))
}

fn scope(categories: &[Category], purposes: &[Purpose]) -> pallet_consent::ScopeOf<Runtime> {
	Scope {
		categories: BoundedVec::truncate_from(categories.to_vec()),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		custodians: BoundedVec::new(),
	}
}

fn held(reason: RuntimeHoldReason, i: u8) -> Balance {
	Balances::balance_on_hold(&reason, &who(i))
}

fn invariants() {
	PatientIdentity::do_try_state().expect("identity invariants");
	Consent::do_try_state().expect("consent invariants");
	EhrAnchor::do_try_state().expect("anchor invariants");
}

/// Organization 0 (admin 10, operator 11) is a hospital with the emergency role; patient 0 is
/// account 1.
fn hospital_and_patient() {
	assert_ok!(PatientIdentity::register_organization(
		RuntimeOrigin::root(),
		who(10),
		OrganizationKind::Hospital,
		OrganizationRoles::EMERGENCY_ACCESS
	));
	assert_ok!(PatientIdentity::add_operator(signed(10), who(11)));
	assert_ok!(PatientIdentity::accept_operator(signed(11), 0));
	assert_ok!(PatientIdentity::register_patient(signed(1), H256::repeat_byte(1)));
}

fn check(patient: u8) -> AccessDecision<u32> {
	Consent::check_access(&who(patient), 0, Category::Laboratory, Purpose::Treatment, None)
}

#[test]
fn organizations_need_governance_and_deposits_are_the_runtime_values() {
	ext().execute_with(|| {
		assert_noop!(
			PatientIdentity::register_organization(
				signed(10),
				who(10),
				OrganizationKind::Hospital,
				OrganizationRoles::NONE
			),
			sp_runtime::DispatchError::BadOrigin
		);
		hospital_and_patient();
		assert_eq!(
			held(pallet_patient_identity::HoldReason::PatientRegistration.into(), 1),
			PatientDeposit::get()
		);
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 1), GrantDeposit::get());
		assert!(matches!(check(1), AccessDecision::Granted { grant: 0, .. }));
		invariants();
	});
}

#[test]
fn guardians_recover_a_patient_who_keeps_grants_links_and_deposits() {
	ext().execute_with(|| {
		hospital_and_patient();
		assert_ok!(PatientIdentity::approve_link(signed(1), None, 0));
		assert_ok!(PatientIdentity::link_patient(signed(11), 0, H256::repeat_byte(9)));
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		for g in [2, 3] {
			assert_ok!(PatientIdentity::add_delegate(
				signed(1),
				who(g),
				DelegatePermissions::RECOVERY
			));
		}
		assert_ok!(PatientIdentity::set_recovery_threshold(signed(1), 2));
		// Key 1 is lost: guardians 2 and 3 vouch for key 4, which claims the identity after
		// the runtime's recovery delay (a day), not before.
		assert_ok!(PatientIdentity::vouch_recovery(signed(2), 0, who(4)));
		assert_ok!(PatientIdentity::vouch_recovery(signed(3), 0, who(4)));
		let approved = System::block_number();
		assert_noop!(
			PatientIdentity::claim_identity(signed(4), 0),
			pallet_patient_identity::Error::<Runtime>::NotClaimableYet
		);
		assert!(matches!(check(1), AccessDecision::Granted { grant: 0, .. }));
		System::set_block_number(approved + medchain_runtime::configs::RECOVERY_DELAY);
		assert_ok!(PatientIdentity::claim_identity(signed(4), 0));
		assert_eq!(PatientIdentity::patient_id_of(&who(4)), Some(0));
		assert!(matches!(check(4), AccessDecision::Granted { grant: 0, .. }));
		assert_eq!(check(1), AccessDecision::Denied(DenyReason::UnknownPatient));
		assert!(pallet_patient_identity::Links::<Runtime>::contains_key(0, 0));
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 4), GrantDeposit::get());
		assert_eq!(held(pallet_consent::HoldReason::GrantDeposit.into(), 1), 0);
		// The new key manages consent; the old one cannot.
		assert_noop!(
			Consent::revoke(signed(1), Some(0), 0),
			pallet_patient_identity::Error::<Runtime>::NotAuthorized
		);
		assert_ok!(Consent::revoke(signed(4), None, 0));
		invariants();
	});
}

#[test]
fn deregistration_ends_access_and_returns_every_deposit() {
	ext().execute_with(|| {
		hospital_and_patient();
		let free = Balances::free_balance(who(1));
		assert_ok!(Consent::grant(
			signed(1),
			None,
			BoundedVec::truncate_from(vec![0]),
			scope(&[Category::Laboratory], &[Purpose::Treatment]),
			None,
			None
		));
		assert_ok!(Consent::request_access(
			signed(11),
			0,
			scope(&[Category::Imaging], &[Purpose::Treatment]),
			10
		));
		assert_ok!(Consent::break_glass(signed(11), 0, EmergencyReason::LifeThreatening));
		assert_ok!(PatientIdentity::deregister_patient(signed(1)));
		assert_eq!(check(1), AccessDecision::Denied(DenyReason::UnknownPatient));
		assert_eq!(
			Consent::check_patient_access(
				0,
				0,
				Category::Laboratory,
				Purpose::EmergencyTreatment,
				None
			),
			AccessDecision::Denied(DenyReason::NoGrant)
		);
		assert_eq!(Balances::free_balance(who(1)), free + PatientDeposit::get());
		assert_eq!(held(pallet_consent::HoldReason::RequestDeposit.into(), 11), 0);
		invariants();
	});
}

/// The weight of the grant a patient typically makes (one organization, no custodian
/// restriction, few grants so far), as charged after dispatch, beside a balance transfer's.
/// Both come from benchmarks run on the same machine (`make bench`).
#[test]
fn a_typical_grant_weighs_at_most_twice_a_transfer() {
	ext().execute_with(|| {
		hospital_and_patient();
		let grant = RuntimeCall::Consent(ConsentCall::grant {
			on_behalf_of: None,
			grantees: BoundedVec::truncate_from(vec![0]),
			scope: scope(&[Category::Laboratory], &[Purpose::Treatment]),
			starts_at: None,
			expires_at: None,
		});
		let charged = grant.get_dispatch_info().call_weight;
		let post = grant.dispatch_bypass_filter(signed(1)).expect("the grant succeeds");
		let actual = post.actual_weight.unwrap_or(charged);
		// `transfer_allow_death` is the balance transfer (FRAME's former `transfer`, what the
		// polkadot.js transfer dialog sends by default).
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
			dest: who(2).into(),
			value: UNIT,
		})
		.get_dispatch_info()
		.call_weight;
		println!("grant: charged {charged:?}, actual {actual:?}; transfer {transfer:?}");
		assert!(actual.all_lte(charged));
		assert!(
			actual.ref_time() <= 2 * transfer.ref_time(),
			"grant {actual:?} vs transfer {transfer:?}"
		);
	});
}

#[test]
fn anchors_pay_for_their_state_and_batches_are_bounded() {
	ext().execute_with(|| {
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(10),
			OrganizationKind::Hospital,
			OrganizationRoles::CUSTODIAN
		));
		assert_ok!(PatientIdentity::register_patient(signed(1), H256::repeat_byte(1)));
		assert_ok!(PatientIdentity::approve_link(signed(1), None, 0));
		let issuance = Balances::total_issuance();
		// The largest record: a two-byte format code and a locator.
		assert_ok!(EhrAnchor::anchor(
			signed(10),
			H256::repeat_byte(0xa1),
			0,
			Category::Laboratory,
			Format::Other(u16::MAX),
			H256::repeat_byte(0xb1),
			Some(H256::repeat_byte(0xc1))
		));
		assert_eq!(Balances::total_issuance(), issuance - AnchorFee::get(), "the fee is burned");
		// What it added to state (key + value, and its index entry) is within what it paid for.
		let key = pallet_ehr_anchor::Records::<Runtime>::hashed_key_for(H256::repeat_byte(0xa1));
		let value = sp_io::storage::get(&key).expect("stored");
		let index_entry = 33;
		assert!(
			key.len() + value.len() + index_entry <= ANCHOR_BYTES as usize,
			"{} bytes",
			key.len() + value.len() + index_entry
		);
		// Batches up to MAX_BATCH_RECORDS, and not one more.
		let batch = |id: u8, count: u32| {
			EhrAnchor::anchor_batch(
				signed(10),
				H256::repeat_byte(id),
				0,
				Category::VitalSigns,
				count,
				H256::repeat_byte(0x77),
			)
		};
		assert_ok!(batch(1, MAX_BATCH_RECORDS));
		assert_noop!(
			batch(2, MAX_BATCH_RECORDS + 1),
			pallet_ehr_anchor::Error::<Runtime>::InvalidBatchSize
		);
		// A read under break-glass is logged and verifies against the runtime's consent rules.
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(11),
			OrganizationKind::Hospital,
			OrganizationRoles::EMERGENCY_ACCESS
		));
		assert_ok!(Consent::break_glass(signed(11), 0, EmergencyReason::LifeThreatening));
		assert_ok!(EhrAnchor::log_access(
			signed(11),
			Anchor::Record(H256::repeat_byte(0xa1)),
			AccessBasis::Emergency,
			Purpose::EmergencyTreatment
		));
		assert_eq!(pallet_ehr_anchor::AuditTrails::<Runtime>::get(0).count, 1);
		assert!(matches!(
			EhrAnchor::verify(H256::repeat_byte(0xa1), H256::repeat_byte(0xb1)),
			Verdict::Current { version: 1, .. }
		));
		invariants();
	});
}

/// A small deterministic PRNG (xorshift64*), so a failing sequence can be replayed by seed.
struct Rng {
	state: u64,
	/// The chain's next patient id: generated ids fall among the last eight registered.
	next_patient: u64,
}

impl Rng {
	fn next(&mut self) -> u64 {
		self.state ^= self.state >> 12;
		self.state ^= self.state << 25;
		self.state ^= self.state >> 27;
		self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
	/// Mostly patients (0..=5) and organization admins (12..=16), sometimes anyone.
	fn account(&mut self) -> AccountId {
		match self.below(10) {
			0..=3 => who(self.below(6) as u8),
			4..=6 => who(12 + self.below(5) as u8),
			_ => who(self.below(ACCOUNTS as u64) as u8),
		}
	}
	/// A key that never held a token: only a sponsor can make it a patient.
	fn unfunded(&mut self) -> AccountId {
		who(ACCOUNTS + self.below(UNFUNDED as u64) as u8)
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
	/// Random categories, half the time led by laboratory, so that grants and anchors meet.
	fn categories(&mut self) -> Vec<Category> {
		let n = if self.chance(10) { 0 } else { 1 + self.below(3) as usize };
		(0..n).map(|_| self.category()).collect()
	}
	/// Random purposes, half of them treatment, so that grants and access logs meet.
	fn purposes(&mut self) -> Vec<Purpose> {
		let n = if self.chance(10) { 0 } else { 1 + self.below(2) as usize };
		(0..n).map(|_| self.purpose()).collect()
	}
	fn purpose(&mut self) -> Purpose {
		if self.chance(50) {
			Purpose::Treatment
		} else {
			Purpose::ALL[self.below(Purpose::ALL.len() as u64) as usize]
		}
	}
	/// Mostly one or two registered organizations; sometimes more, unknown or duplicated.
	fn orgs(&mut self, max: usize) -> Vec<u32> {
		let n = if self.chance(85) {
			1 + self.below(2) as usize
		} else {
			self.below(max as u64 + 1) as usize
		};
		(0..n)
			.map(|_| {
				let range = if self.chance(90) { 5 } else { 7 };
				self.below(range) as u32
			})
			.collect()
	}
	fn scope(&mut self) -> pallet_consent::ScopeOf<Runtime> {
		Scope {
			categories: BoundedVec::truncate_from(self.categories()),
			purposes: BoundedVec::truncate_from(self.purposes()),
			custodians: BoundedVec::truncate_from(if self.chance(70) {
				vec![]
			} else {
				self.orgs(2)
			}),
		}
	}
	fn window(&mut self, now: u32) -> Option<u32> {
		if self.chance(30) {
			None
		} else {
			Some(now.saturating_add(self.below(40) as u32).saturating_sub(5))
		}
	}
	fn maybe_patient(&mut self) -> Option<u64> {
		if self.chance(60) {
			None
		} else {
			Some(self.patient())
		}
	}
	fn patient(&mut self) -> u64 {
		self.next_patient.saturating_sub(1 + self.below(8))
	}
	fn id(&mut self) -> u32 {
		self.below(12) as u32
	}
	/// One of 4 record (or batch) ids, so amendments, retractions and reads hit anchors.
	fn anchor_id(&mut self) -> H256 {
		H256::repeat_byte(self.below(4) as u8)
	}
	/// One of 8 content hashes, so reused hashes occur.
	fn content(&mut self) -> H256 {
		H256::from_low_u64_be(self.below(8))
	}
	fn category(&mut self) -> Category {
		if self.chance(50) {
			Category::Laboratory
		} else {
			Category::ALL[self.below(Category::ALL.len() as u64) as usize]
		}
	}
}

/// Who should usually sign a call, so that random sequences reach deep states.
#[derive(Clone, Copy)]
enum Signer {
	Root,
	Patient,
	Organization,
	/// A member of an organization the call's named grant is for (access logs).
	Grantee,
	Anyone,
}

/// The admins and operators of the organizations that the grant named by a `log_access` call
/// is for.
fn grantee_members(call: &RuntimeCall) -> Vec<AccountId> {
	let RuntimeCall::EhrAnchor(AnchorCall::log_access {
		anchor,
		basis: AccessBasis::Grant(grant),
		..
	}) = call
	else {
		return vec![];
	};
	let patient = match anchor {
		Anchor::Record(id) => pallet_ehr_anchor::Records::<Runtime>::get(id).map(|r| r.patient),
		Anchor::Batch(id) => pallet_ehr_anchor::Batches::<Runtime>::get(id).map(|b| b.patient),
	};
	let grantees: Vec<u32> = patient
		.map(|p| Consent::consents(p).grants.into_iter().filter(|g| g.id == *grant))
		.into_iter()
		.flatten()
		.flat_map(|g| g.grantees.into_inner())
		.collect();
	pallet_patient_identity::OrganizationOf::<Runtime>::iter()
		.filter(|(_, org)| grantees.contains(org))
		.map(|(member, _)| member)
		.collect()
}

fn random_call(rng: &mut Rng, now: u32) -> (RuntimeCall, Signer) {
	use AnchorCall as A;
	use ConsentCall as C;
	use IdentityCall as I;
	let commitment = H256::from_low_u64_be(rng.next());
	let kind = rng.below(39);
	let signer = match kind {
		_ if rng.chance(5) => Signer::Anyone,
		10..=12 => Signer::Root,
		33 if rng.chance(70) => Signer::Grantee,
		13 | 14 | 16 | 18 | 24 | 26 | 27 | 29..=35 => Signer::Organization,
		36 if rng.chance(50) => Signer::Patient,
		36 => Signer::Organization,
		8 | 37 | 38 => Signer::Anyone,
		_ => Signer::Patient,
	};
	let call = match kind {
		0 | 1 => RuntimeCall::PatientIdentity(I::register_patient { commitment }),
		2 => RuntimeCall::PatientIdentity(I::update_commitment {
			on_behalf_of: rng.maybe_patient(),
			commitment,
		}),
		// Deregistration is rare, so patients live long enough to collect state.
		3 if rng.chance(20) => RuntimeCall::PatientIdentity(I::deregister_patient {}),
		3 => RuntimeCall::PatientIdentity(I::register_patient { commitment }),
		4 => RuntimeCall::PatientIdentity(I::add_delegate {
			delegate: rng.account(),
			permissions: DelegatePermissions(rng.below(9) as u8),
		}),
		5 => RuntimeCall::PatientIdentity(I::remove_delegate { delegate: rng.account() }),
		6 => RuntimeCall::PatientIdentity(I::set_recovery_threshold {
			threshold: rng.below(4) as u8,
		}),
		7 => RuntimeCall::PatientIdentity(I::rotate_key { new_account: rng.account() }),
		8 => RuntimeCall::PatientIdentity(I::vouch_recovery {
			patient: rng.patient(),
			new_account: rng.account(),
		}),
		9 => RuntimeCall::PatientIdentity(I::cancel_recovery { on_behalf_of: rng.maybe_patient() }),
		10 => RuntimeCall::PatientIdentity(I::register_organization {
			admin: rng.account(),
			kind: OrganizationKind::Clinic,
			roles: OrganizationRoles(rng.below(5) as u8),
		}),
		11 => RuntimeCall::PatientIdentity(I::suspend_organization {
			organization: rng.below(7) as u32,
		}),
		12 => RuntimeCall::PatientIdentity(I::reinstate_organization {
			organization: rng.below(7) as u32,
		}),
		13 => RuntimeCall::PatientIdentity(I::add_operator { operator: rng.account() }),
		14 => RuntimeCall::PatientIdentity(I::remove_operator { operator: rng.account() }),
		15 => RuntimeCall::PatientIdentity(I::approve_link {
			on_behalf_of: rng.maybe_patient(),
			organization: rng.below(7) as u32,
		}),
		16 => RuntimeCall::PatientIdentity(I::link_patient {
			patient: rng.patient(),
			mrn_commitment: commitment,
		}),
		17 => RuntimeCall::PatientIdentity(I::remove_link {
			on_behalf_of: rng.maybe_patient(),
			organization: rng.below(7) as u32,
		}),
		18 => RuntimeCall::PatientIdentity(I::unlink_patient { patient: rng.patient() }),
		19..=21 => RuntimeCall::Consent(C::grant {
			on_behalf_of: rng.maybe_patient(),
			grantees: BoundedVec::truncate_from(rng.orgs(MAX_GRANTEES as usize)),
			scope: rng.scope(),
			starts_at: if rng.chance(20) { Some(now + rng.below(10) as u32) } else { None },
			expires_at: rng.window(now),
		}),
		22 => {
			RuntimeCall::Consent(C::revoke { on_behalf_of: rng.maybe_patient(), grant: rng.id() })
		},
		23 => RuntimeCall::Consent(C::amend {
			on_behalf_of: rng.maybe_patient(),
			grant: rng.id(),
			amendment: match rng.below(4) {
				0 => Amendment::AddGrantee(rng.below(7) as u32),
				1 => Amendment::RemoveGrantee(rng.below(7) as u32),
				2 => Amendment::SetExpiry(rng.window(now)),
				_ => Amendment::Narrow {
					categories: BoundedVec::truncate_from(rng.categories()),
					purposes: BoundedVec::truncate_from(rng.purposes()),
				},
			},
		}),
		24 => RuntimeCall::Consent(C::request_access {
			patient: rng.patient(),
			scope: rng.scope(),
			duration: rng.below(30) as u32,
		}),
		25 if rng.chance(50) => RuntimeCall::Consent(C::approve_request {
			on_behalf_of: rng.maybe_patient(),
			request: rng.id(),
		}),
		25 => RuntimeCall::Consent(C::deny_request {
			on_behalf_of: rng.maybe_patient(),
			request: rng.id(),
		}),
		34 => RuntimeCall::Consent(C::cancel_request { patient: rng.patient(), request: rng.id() }),
		// Sponsorship: organizations onboard keys (often unfunded ones, who(24..)) and end
		// sponsorships; patients end their own.
		35 if rng.chance(60) => {
			RuntimeCall::PatientIdentity(I::onboard_patient { account: rng.unfunded() })
		},
		35 => RuntimeCall::PatientIdentity(I::onboard_patient { account: rng.account() }),
		36 => RuntimeCall::PatientIdentity(I::end_sponsorship {
			account: if rng.chance(50) { rng.unfunded() } else { rng.account() },
		}),
		37 => RuntimeCall::PatientIdentity(I::claim_identity { patient: rng.patient() }),
		38 => {
			RuntimeCall::PatientIdentity(I::accept_operator { organization: rng.below(7) as u32 })
		},
		26 => RuntimeCall::Consent(C::break_glass {
			patient: rng.patient(),
			reason: EmergencyReason::UrgentTreatment,
		}),
		27 => RuntimeCall::Consent(C::end_emergency_access {
			patient: rng.patient(),
			organization: rng.below(7) as u32,
		}),
		28 => RuntimeCall::Consent(C::set_emergency_opt_out {
			on_behalf_of: rng.maybe_patient(),
			opt_out: rng.chance(50),
		}),
		29 | 30 => RuntimeCall::EhrAnchor(A::anchor {
			record: rng.anchor_id(),
			patient: rng.patient(),
			category: rng.category(),
			format: if rng.chance(70) {
				Format::FhirR4(FhirResource::Observation)
			} else {
				Format::Dicom
			},
			hash: rng.content(),
			locator: if rng.chance(50) { Some(commitment) } else { None },
		}),
		31 => RuntimeCall::EhrAnchor(A::amend {
			record: rng.anchor_id(),
			hash: rng.content(),
			locator: if rng.chance(30) { Some(commitment) } else { None },
		}),
		32 => RuntimeCall::EhrAnchor(A::anchor_batch {
			batch: rng.anchor_id(),
			patient: rng.patient(),
			category: rng.category(),
			count: if rng.chance(90) {
				1 + rng.below(1_000) as u32
			} else {
				MAX_BATCH_RECORDS + rng.below(2) as u32
			},
			root: commitment,
		}),
		_ => {
			let anchor = if rng.chance(70) {
				Anchor::Record(rng.anchor_id())
			} else {
				Anchor::Batch(rng.anchor_id())
			};
			if rng.chance(15) {
				RuntimeCall::EhrAnchor(A::retract { anchor, reason: RetractReason::EnteredInError })
			} else {
				RuntimeCall::EhrAnchor(A::log_access {
					anchor,
					basis: if rng.chance(85) {
						// A patient's first grants, which most patients have.
						AccessBasis::Grant(rng.below(3) as u32)
					} else {
						AccessBasis::Emergency
					},
					purpose: rng.purpose(),
				})
			}
		},
	};
	(call, signer)
}

/// A random element of `candidates` (or a random account when there is none).
fn pick(rng: &mut Rng, candidates: impl Iterator<Item = AccountId>) -> AccountId {
	let all: Vec<_> = candidates.collect();
	if all.is_empty() {
		return rng.account();
	}
	let i = rng.below(all.len() as u64) as usize;
	all[i].clone()
}

/// Each sequence starts from a populated chain so that random calls hit real state:
/// organizations 0..=4 (admins 12..=16, every role) and patients 0..=5 (accounts 0..=5), each
/// patient having authorised organizations 0..=2 (so they may anchor the patient's records).
fn populate() {
	for admin in 12..=16u8 {
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(admin),
			OrganizationKind::Hospital,
			OrganizationRoles::ALL
		));
	}
	// Patients 3..=5 are sponsored by organization 0 (admin 12); 6..=7 are unfunded keys it
	// sponsors.
	for patient in (3..=5u8).chain([ACCOUNTS, ACCOUNTS + 1]) {
		assert_ok!(PatientIdentity::onboard_patient(signed(12), who(patient)));
	}
	for patient in (0..=5u8).chain([ACCOUNTS, ACCOUNTS + 1]) {
		assert_ok!(PatientIdentity::register_patient(signed(patient), H256::repeat_byte(patient)));
		for organization in 0..=2 {
			assert_ok!(PatientIdentity::approve_link(signed(patient), None, organization));
		}
	}
}

/// Sequences × calls ≥ 100,000; a block every `CALLS_PER_BLOCK` calls.
const SEQUENCES: u64 = 40;
const CALLS_PER_SEQUENCE: u64 = 2_500;
const CALLS_PER_BLOCK: u64 = 10;

#[test]
fn random_call_sequences_never_panic_and_keep_every_invariant() {
	let mut stats = [0u64; 2];
	let mut per_call = std::collections::BTreeMap::new();
	for seed in 1..=SEQUENCES {
		let mut rng = Rng { state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1, next_patient: 0 };
		ext().execute_with(|| {
			populate();
			for i in 0..CALLS_PER_SEQUENCE {
				let now = System::block_number();
				rng.next_patient = pallet_patient_identity::NextPatientId::<Runtime>::get();
				let (call, signer) = random_call(&mut rng, now);
				let origin = match signer {
					Signer::Root => RuntimeOrigin::root(),
					Signer::Patient => RuntimeOrigin::signed(pick(
						&mut rng,
						pallet_patient_identity::Patients::<Runtime>::iter_values()
							.map(|p| p.account),
					)),
					Signer::Organization => RuntimeOrigin::signed(pick(
						&mut rng,
						pallet_patient_identity::OrganizationOf::<Runtime>::iter_keys(),
					)),
					Signer::Grantee => {
						RuntimeOrigin::signed(pick(&mut rng, grantee_members(&call).into_iter()))
					},
					Signer::Anyone if rng.chance(30) => RuntimeOrigin::signed(rng.unfunded()),
					Signer::Anyone => RuntimeOrigin::signed(rng.account()),
				};
				let meta = frame_support::traits::GetCallMetadata::get_call_metadata(&call);
				let name = format!("{}.{}", meta.pallet_name, meta.function_name);
				let result = call.clone().dispatch_bypass_filter(origin);
				let ok = result.is_ok();
				stats[ok as usize] += 1;
				let entry =
					per_call.entry(name).or_insert((0u64, 0u64, std::collections::BTreeMap::new()));
				if ok {
					entry.0 += 1
				} else {
					entry.1 += 1;
					*entry.2.entry(format!("{:?}", result.unwrap_err().error)).or_insert(0u64) += 1;
				}
				if (i + 1) % CALLS_PER_BLOCK == 0 {
					let next = now + 1;
					System::set_block_number(next);
					Consent::on_idle(next, Weight::from_parts(u64::MAX / 2, u64::MAX / 2));
					if let Err(e) = PatientIdentity::do_try_state()
						.and_then(|_| Consent::do_try_state())
						.and_then(|_| EhrAnchor::do_try_state())
					{
						panic!("seed {seed}, call {i} ({call:?}): invariant broken: {e:?}");
					}
				}
			}
		});
	}
	for (name, (ok, refused, errors)) in &per_call {
		let mut top: Vec<_> = errors.iter().collect();
		top.sort_by(|a, b| b.1.cmp(a.1));
		println!("{name:<40} ok {ok:>6}  refused {refused:>6}  {:?}", &top[..top.len().min(3)]);
	}
	let total = stats[0] + stats[1];
	println!("{total} calls: {} succeeded, {} refused", stats[1], stats[0]);
	assert!(total >= 100_000);
	// The generator must exercise real state changes, not only refusals.
	assert!(stats[1] > total / 8, "too few successful calls: {stats:?}");
	for name in [
		"EhrAnchor.anchor",
		"EhrAnchor.amend",
		"EhrAnchor.anchor_batch",
		"EhrAnchor.retract",
		"EhrAnchor.log_access",
		"PatientIdentity.onboard_patient",
		"PatientIdentity.end_sponsorship",
	] {
		assert!(per_call.get(name).is_some_and(|c| c.0 > 0), "{name} never succeeded");
	}
}
