//! A randomized runtime-level test: long random sequences of the identity, consent and
//! record-anchor pallets' calls from random origins, with every invariant checked after each
//! block.

mod common;

use common::*;

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
