//! Target `runtime_calls`: sequences of the identity, consent, record-anchor and bridge
//! pallets' calls from arbitrary origins, dispatched on the populated runtime (as a
//! transaction's call is, base call filter included), with inbound bridge messages, blocks and
//! clock jumps in between; every pallet's invariants are checked after each block.
//!
//! The input is a sequence of steps, each led by an action byte (`action % 16`):
//! - 0: end the block (hooks, every invariant) and start the next;
//! - 1: 1–16 blocks, the clock jumping up to 4 hours first (a stalled chain);
//! - 2: an inbound health message from the peer (as `bridge_inbound`'s generated ones);
//! - 3: a call decoded (SCALE) from the input: origin selector, pallet selector, then the
//!   length-prefixed encoded call of that pallet — any call with any arguments;
//! - otherwise: a generated call — origin selector, pallet selector, call selector and
//!   arguments biased towards the chain's accounts, organizations, patients and records (the
//!   shapes of `runtime/tests/random_calls.rs`'s `random_call`).
//!
//! Refused calls are expected. Properties: no call panics; no call reports a weight above the
//! one it was charged in advance; every invariant holds after each block.

use codec::Decode;
use frame_support::{dispatch::GetDispatchInfo, BoundedVec};
use medchain_runtime::{
	configs::{MAX_BATCH_RECORDS, MAX_GRANTEES},
	Runtime, RuntimeCall, System,
};
use pallet_consent::{Amendment, EmergencyReason, Scope, ScopeOf};
use pallet_ehr_anchor::{AccessBasis, Anchor, FhirResource, Format, Release, RetractReason};
use pallet_medchain_bridge::{MAX_LEASE_PERIOD_MS, MIN_LEASE_PERIOD_MS};
use pallet_patient_identity::{
	DelegatePermissions, OrganizationKind, OrganizationRoles, Organizations, Patients,
};
use sp_core::H256;
use sp_runtime::traits::Dispatchable;

use crate::{
	bridge,
	chain::{self, PEER},
	cursor::Cursor,
	draw,
	trace::{fail, Step, Who},
};

/// Most steps read from one input (longer inputs are cut there).
const MAX_STEPS: usize = 256;
/// Most blocks one input may ask for (each checks every invariant), so that no input is slow.
const MAX_BLOCKS: u64 = 128;

pub fn runtime_calls(data: &[u8]) {
	let mut c = Cursor::new(data);
	chain::run(|| {
		let mut steps = Vec::new();
		let mut nonce = 0u64;
		let mut blocks = 0u64;
		while !c.is_empty() && steps.len() < MAX_STEPS {
			let result = match c.u8() % 16 {
				0 => {
					blocks += 1;
					steps.push(Step::Blocks { count: 1, skew_ms: 0 });
					chain::next_block(0)
				},
				1 => {
					let count = (1 + c.below(16)).min(MAX_BLOCKS.saturating_sub(blocks));
					let skew_ms = c.below(241) * 60_000;
					blocks += count;
					steps.push(Step::Blocks { count, skew_ms });
					(0..count).try_for_each(|i| chain::next_block(if i == 0 { skew_ms } else { 0 }))
				},
				2 => {
					nonce += 1;
					let payload = bridge::generated(&mut c);
					bridge::deliver(nonce, Ok(payload)).map(|(decoded, outcome)| {
						steps.push(Step::Message { nonce, decoded: decoded.map(Box::new), outcome })
					})
				},
				3 => {
					let origin = who(&mut c);
					match decoded_call(&mut c) {
						Some(call) => dispatch(origin, call, &mut steps),
						None => Ok(()),
					}
				},
				_ => {
					let origin = who(&mut c);
					let call = generated_call(&mut c);
					dispatch(origin, call, &mut steps)
				},
			};
			if let Err(e) = result {
				fail(&e, &steps);
			}
		}
		if let Err(e) = chain::next_block(0) {
			fail(&e, &steps);
		}
		// `MEDCHAIN_FUZZ_TRACE=1`: what an input did (to see that a corpus exercises the
		// pallets, not only their refusals).
		if std::env::var_os("MEDCHAIN_FUZZ_TRACE").is_some() {
			let calls = steps.iter().filter(|s| matches!(s, Step::Call { .. })).count();
			let ok = steps.iter().filter(|s| matches!(s, Step::Call { ok: true, .. })).count();
			eprintln!("runtime_calls: {} steps, {calls} calls, {ok} succeeded", steps.len());
		}
	});
}

/// Dispatch `call` from `origin`; refusals are fine, a reported weight above the charged one
/// is not (the difference would go unpaid).
fn dispatch(origin: Who, call: RuntimeCall, steps: &mut Vec<Step>) -> Result<(), String> {
	let charged = call.get_dispatch_info().call_weight;
	let result = call.clone().dispatch(origin.origin());
	let (ok, actual) = match &result {
		Ok(post) => (true, post.actual_weight),
		Err(e) => (false, e.post_info.actual_weight),
	};
	steps.push(Step::Call { origin, call: Box::new(call), ok });
	match actual {
		Some(actual) if !actual.all_lte(charged) => Err(format!(
			"the last call reported weight {actual:?}, above the {charged:?} charged for it \
			 ({result:?})"
		)),
		_ => Ok(()),
	}
}

/// Root, no origin, or a signed origin: any account, a patient's current key, or an admin or
/// operator of an organization.
fn who(c: &mut Cursor) -> Who {
	match c.below(8) {
		0 => Who::Root,
		1 => Who::Unsigned,
		2 | 3 => Who::Signed(draw::account(c)),
		4 | 5 => {
			let patient = draw::patient(c);
			match Patients::<Runtime>::get(patient) {
				Some(info) => Who::Signed(info.account),
				None => Who::Signed(draw::account(c)),
			}
		},
		_ => {
			let organization = draw::organization(c);
			match Organizations::<Runtime>::get(organization) {
				Some(info) => {
					let members: Vec<_> =
						core::iter::once(info.admin).chain(info.operators.into_inner()).collect();
					Who::Signed(members[c.below(members.len() as u64) as usize].clone())
				},
				None => Who::Signed(draw::account(c)),
			}
		},
	}
}

/// A call of one of the four pallets, decoded from the input as it stands.
fn decoded_call(c: &mut Cursor) -> Option<RuntimeCall> {
	let pallet = c.below(4);
	let mut input = c.chunk();
	match pallet {
		0 => pallet_patient_identity::Call::<Runtime>::decode(&mut input)
			.map(RuntimeCall::PatientIdentity)
			.ok(),
		1 => pallet_consent::Call::<Runtime>::decode(&mut input).map(RuntimeCall::Consent).ok(),
		2 => {
			pallet_ehr_anchor::Call::<Runtime>::decode(&mut input).map(RuntimeCall::EhrAnchor).ok()
		},
		_ => pallet_medchain_bridge::Call::<Runtime>::decode(&mut input)
			.map(RuntimeCall::MedchainBridge)
			.ok(),
	}
}

fn generated_call(c: &mut Cursor) -> RuntimeCall {
	match c.below(4) {
		0 => RuntimeCall::PatientIdentity(identity_call(c)),
		1 => RuntimeCall::Consent(consent_call(c)),
		2 => RuntimeCall::EhrAnchor(anchor_call(c)),
		_ => RuntimeCall::MedchainBridge(bridge_call(c)),
	}
}

fn identity_call(c: &mut Cursor) -> pallet_patient_identity::Call<Runtime> {
	use pallet_patient_identity::Call as I;
	const KINDS: [OrganizationKind; 7] = [
		OrganizationKind::Hospital,
		OrganizationKind::Clinic,
		OrganizationKind::Laboratory,
		OrganizationKind::Pharmacy,
		OrganizationKind::Insurer,
		OrganizationKind::Research,
		OrganizationKind::DeviceVendor,
	];
	match c.below(24) {
		0 => I::register_patient { commitment: draw::hash(c) },
		1 => {
			I::update_commitment { on_behalf_of: draw::maybe_patient(c), commitment: draw::hash(c) }
		},
		2 => I::deregister_patient {},
		3 => I::add_delegate {
			delegate: draw::account(c),
			permissions: DelegatePermissions(c.below(9) as u8),
		},
		4 => I::remove_delegate { delegate: draw::account(c) },
		5 => I::set_recovery_threshold { threshold: c.below(4) as u8 },
		6 => I::rotate_key { new_account: draw::account(c) },
		7 => I::vouch_recovery { patient: draw::patient(c), new_account: draw::account(c) },
		8 => I::cancel_recovery { on_behalf_of: draw::maybe_patient(c) },
		9 => I::claim_identity { patient: draw::patient(c) },
		10 => I::register_organization {
			admin: draw::account(c),
			kind: c.pick(&KINDS),
			roles: OrganizationRoles(c.below(5) as u8),
		},
		11 => I::suspend_organization { organization: draw::organization(c) },
		12 => I::reinstate_organization { organization: draw::organization(c) },
		13 => I::set_organization_roles {
			organization: draw::organization(c),
			roles: OrganizationRoles(c.below(5) as u8),
		},
		14 => I::add_operator { operator: draw::account(c) },
		15 => I::accept_operator { organization: draw::organization(c) },
		16 => I::remove_operator { operator: draw::account(c) },
		17 => I::approve_link {
			on_behalf_of: draw::maybe_patient(c),
			organization: draw::organization(c),
		},
		18 => I::link_patient { patient: draw::patient(c), mrn_commitment: draw::hash(c) },
		19 => I::remove_link {
			on_behalf_of: draw::maybe_patient(c),
			organization: draw::organization(c),
		},
		20 => I::unlink_patient { patient: draw::patient(c) },
		21 => I::onboard_patient { account: draw::account(c) },
		22 => I::end_sponsorship { account: draw::account(c) },
		_ => I::set_endpoint {
			endpoint: match c.below(4) {
				0 => None,
				1 => Some(BoundedVec::truncate_from(b"ftp://fhir.example".to_vec())),
				_ => Some(BoundedVec::truncate_from(b"https://fhir.example/r4".to_vec())),
			},
		},
	}
}

fn scope(c: &mut Cursor) -> ScopeOf<Runtime> {
	Scope {
		categories: draw::categories(c),
		purposes: draw::purposes(c),
		custodians: if c.chance(70) { Default::default() } else { draw::organizations(c, 2) },
	}
}

fn consent_call(c: &mut Cursor) -> pallet_consent::Call<Runtime> {
	use pallet_consent::Call as C;
	const REASONS: [EmergencyReason; 4] = [
		EmergencyReason::LifeThreatening,
		EmergencyReason::PatientIncapacitated,
		EmergencyReason::UrgentTreatment,
		EmergencyReason::PublicHealthEmergency,
	];
	let now = System::block_number();
	match c.below(10) {
		0 => C::grant {
			on_behalf_of: draw::maybe_patient(c),
			grantees: draw::organizations(c, u64::from(MAX_GRANTEES) + 1),
			scope: scope(c),
			starts_at: if c.chance(20) { Some(draw::block(c, now)) } else { None },
			expires_at: if c.chance(30) { None } else { Some(draw::block(c, now)) },
		},
		1 => C::revoke { on_behalf_of: draw::maybe_patient(c), grant: c.below(12) as u32 },
		2 => C::amend {
			on_behalf_of: draw::maybe_patient(c),
			grant: c.below(12) as u32,
			amendment: match c.below(4) {
				0 => Amendment::AddGrantee(draw::organization(c)),
				1 => Amendment::RemoveGrantee(draw::organization(c)),
				2 => Amendment::SetExpiry(if c.bool() { None } else { Some(draw::block(c, now)) }),
				_ => Amendment::Narrow {
					categories: draw::categories(c),
					purposes: draw::purposes(c),
				},
			},
		},
		3 => C::request_access {
			patient: draw::patient(c),
			scope: scope(c),
			duration: c.below(30) as u32,
		},
		4 => {
			C::approve_request { on_behalf_of: draw::maybe_patient(c), request: c.below(12) as u32 }
		},
		5 => C::deny_request { on_behalf_of: draw::maybe_patient(c), request: c.below(12) as u32 },
		6 => C::cancel_request { patient: draw::patient(c), request: c.below(12) as u32 },
		7 => C::break_glass { patient: draw::patient(c), reason: c.pick(&REASONS) },
		8 => C::end_emergency_access {
			patient: draw::patient(c),
			organization: draw::organization(c),
		},
		_ => C::set_emergency_opt_out { on_behalf_of: draw::maybe_patient(c), opt_out: c.bool() },
	}
}

fn anchor(c: &mut Cursor) -> Anchor {
	if c.chance(70) {
		Anchor::Record(draw::record(c))
	} else {
		Anchor::Batch(draw::record(c))
	}
}

fn anchor_call(c: &mut Cursor) -> pallet_ehr_anchor::Call<Runtime> {
	use pallet_ehr_anchor::Call as A;
	const RETRACTIONS: [RetractReason; 4] = [
		RetractReason::EnteredInError,
		RetractReason::PatientRequest,
		RetractReason::Duplicate,
		RetractReason::RetentionExpired,
	];
	match c.below(6) {
		0 => A::anchor {
			record: draw::record(c),
			patient: draw::patient(c),
			category: draw::category(c),
			format: match c.below(4) {
				0 | 1 => Format::FhirR4(FhirResource::Observation),
				2 => Format::Dicom,
				_ => Format::Other(c.u16()),
			},
			hash: draw::hash(c),
			locator: if c.bool() { Some(draw::hash(c)) } else { None },
		},
		1 => A::amend {
			record: draw::record(c),
			hash: draw::hash(c),
			locator: if c.chance(30) { Some(draw::hash(c)) } else { None },
		},
		2 => A::anchor_batch {
			batch: draw::record(c),
			patient: draw::patient(c),
			category: draw::category(c),
			count: if c.chance(90) {
				1 + c.below(1_000) as u32
			} else {
				MAX_BATCH_RECORDS + c.below(2) as u32
			},
			root: draw::hash(c),
		},
		3 => A::retract { anchor: anchor(c), reason: c.pick(&RETRACTIONS) },
		4 => A::log_releases {
			reader: draw::organization(c),
			evidence: draw::hash(c),
			// Mostly within the runtime's 100-block attestation window, sometimes past it.
			decided_at: System::block_number().saturating_sub(c.below(120) as u32),
			releases: BoundedVec::truncate_from(
				(0..c.below(4))
					.map(|_| Release {
						anchor: anchor(c),
						basis: AccessBasis::Grant(c.below(3) as u32),
						purpose: draw::purpose(c),
					})
					.collect::<Vec<_>>(),
			),
		},
		_ => A::log_access {
			anchor: anchor(c),
			basis: if c.chance(85) {
				AccessBasis::Grant(c.below(3) as u32)
			} else {
				AccessBasis::Emergency
			},
			purpose: draw::purpose(c),
		},
	}
}

/// Mostly the peer chain; sometimes any other.
fn peer_or_other(c: &mut Cursor) -> H256 {
	if c.chance(80) {
		H256::from(PEER)
	} else {
		H256::repeat_byte(c.u8())
	}
}

fn bridge_call(c: &mut Cursor) -> pallet_medchain_bridge::Call<Runtime> {
	use pallet_medchain_bridge::Call as B;
	let now_ms = chain::now_ms();
	match c.below(8) {
		0 => B::set_peer {
			genesis: if c.chance(80) { H256::from(PEER) } else { H256::repeat_byte(c.u8()) },
		},
		1 => B::set_lease_period {
			period: match c.below(4) {
				0 => MIN_LEASE_PERIOD_MS + c.below(2) * 6_000,
				1 => MAX_LEASE_PERIOD_MS + c.below(2),
				2 => MIN_LEASE_PERIOD_MS - 1,
				_ => c.u64(),
			},
		},
		2..=4 => B::export_consent {
			on_behalf_of: draw::maybe_patient(c),
			organization: draw::organization(c),
			categories: draw::categories(c),
			purposes: draw::purposes(c),
			custodians: if c.chance(70) { Default::default() } else { draw::organizations(c, 2) },
			expires_at: if c.chance(40) { None } else { Some(draw::time(c, now_ms)) },
		},
		5 => B::revoke_export { on_behalf_of: draw::maybe_patient(c), export: c.below(16) },
		6 => B::force_revoke_export { export: c.below(16) },
		_ => match c.below(6) {
			0 => B::share_record { record: draw::record(c) },
			1 => B::share_record_with { record: draw::record(c), chain: peer_or_other(c) },
			2 => B::request_remote_access_from {
				chain: peer_or_other(c),
				patient: draw::account(c),
				category: draw::category(c),
				purpose: draw::purpose(c),
				custodian: if c.bool() { Some(draw::organization(c)) } else { None },
			},
			3 => B::export_consent_to {
				on_behalf_of: draw::maybe_patient(c),
				to: pallet_medchain_bridge::RemoteOrg {
					chain: peer_or_other(c),
					organization: draw::organization(c),
				},
				categories: draw::categories(c),
				purposes: draw::purposes(c),
				custodians: Default::default(),
				expires_at: if c.chance(40) { None } else { Some(draw::time(c, now_ms)) },
			},
			4 => B::remove_peer { genesis: peer_or_other(c) },
			_ => B::request_remote_access {
				patient: draw::account(c),
				category: draw::category(c),
				purpose: draw::purpose(c),
				custodian: if c.bool() { Some(draw::organization(c)) } else { None },
			},
		},
	}
}
