//! Values drawn from the fuzzer's bytes, biased (as `runtime/tests/random_calls.rs`'s generator is)
//! towards the accounts, organizations, patients, records and times the chain has, so that
//! calls and messages meet real state.

use codec::Decode;
use frame_support::BoundedVec;
use medchain_runtime::{AccountId, Runtime};
use pallet_consent::{Category, CategorySet, DenyReason, Purpose, PurposeSet};
use pallet_medchain_bridge::{FailReason, HealthOp, LeaseScope};
use pallet_patient_identity::{OrganizationId, PatientId};
use sp_core::H256;

use crate::{
	chain::{who, ACCOUNTS, ORGANIZATIONS},
	cursor::Cursor,
};

/// Any of the accounts (patients, organization admins, funded and unfunded bystanders).
pub fn account(c: &mut Cursor) -> AccountId {
	who(c.below(u64::from(ACCOUNTS)) as u8)
}

/// A registered organization, or one of the next few ids (unknown until registered).
pub fn organization(c: &mut Cursor) -> OrganizationId {
	c.below(u64::from(ORGANIZATIONS) + 3) as OrganizationId
}

/// A registered patient id, or one of the next two.
pub fn patient(c: &mut Cursor) -> PatientId {
	let next = pallet_patient_identity::NextPatientId::<Runtime>::get();
	c.below(next.saturating_add(2))
}

pub fn maybe_patient(c: &mut Cursor) -> Option<PatientId> {
	if c.chance(60) {
		None
	} else {
		Some(patient(c))
	}
}

/// One of a few commitments / hashes, so that reuse happens.
pub fn hash(c: &mut Cursor) -> H256 {
	H256::from_low_u64_be(c.below(8))
}

/// One of four record (or batch) ids, so that anchors, amendments and reads meet.
pub fn record(c: &mut Cursor) -> H256 {
	H256::repeat_byte(c.below(4) as u8)
}

pub fn category(c: &mut Cursor) -> Category {
	if c.chance(50) {
		Category::Laboratory
	} else {
		c.pick(Category::ALL)
	}
}

pub fn purpose(c: &mut Cursor) -> Purpose {
	if c.chance(50) {
		Purpose::Treatment
	} else {
		c.pick(Purpose::ALL)
	}
}

/// Zero to three codes (a bound vector truncates any excess).
pub fn categories<S: frame_support::traits::Get<u32>>(c: &mut Cursor) -> BoundedVec<Category, S> {
	let n = c.below(4);
	BoundedVec::truncate_from((0..n).map(|_| category(c)).collect())
}

pub fn purposes<S: frame_support::traits::Get<u32>>(c: &mut Cursor) -> BoundedVec<Purpose, S> {
	let n = c.below(3);
	BoundedVec::truncate_from((0..n).map(|_| purpose(c)).collect())
}

/// Zero to `max` organizations (repeats possible).
pub fn organizations<S: frame_support::traits::Get<u32>>(
	c: &mut Cursor,
	max: u64,
) -> BoundedVec<OrganizationId, S> {
	let n = c.below(max + 1);
	BoundedVec::truncate_from((0..n).map(|_| organization(c)).collect())
}

/// A block number around `now`.
pub fn block(c: &mut Cursor, now: u32) -> u32 {
	now.saturating_add(c.below(40) as u32).saturating_sub(5)
}

/// A wall-clock time (UNIX ms): mostly within an hour either side of `now_ms`.
pub fn time(c: &mut Cursor, now_ms: u64) -> u64 {
	match c.below(4) {
		0 => now_ms.saturating_sub(c.below(3_600) * 1_000),
		1 | 2 => now_ms.saturating_add(c.below(3_600) * 1_000),
		_ => c.u64(),
	}
}

/// A code of a SCALE enum with `variants` field-less variants (its index, decoded), or `default`.
fn code<T: Decode>(c: &mut Cursor, variants: u64, default: T) -> T {
	let index = [c.below(variants) as u8];
	T::decode(&mut &index[..]).unwrap_or(default)
}

pub fn deny_reason(c: &mut Cursor) -> DenyReason {
	code(c, 11, DenyReason::NoGrant)
}

pub fn fail_reason(c: &mut Cursor) -> FailReason {
	code(c, 8, FailReason::BadMessage)
}

/// A lease's scope; now and then with flags no code has (the peer is trusted less).
pub fn lease_scope(c: &mut Cursor, now_ms: u64) -> LeaseScope {
	let categories =
		if c.chance(90) { CategorySet(c.u16() & CategorySet::ALL.0) } else { CategorySet(c.u16()) };
	let purposes =
		if c.chance(90) { PurposeSet(c.u8() & PurposeSet::ALL.0) } else { PurposeSet(c.u8()) };
	LeaseScope {
		categories,
		purposes,
		custodians: organizations(c, 2),
		expires_at: if c.bool() { None } else { Some(time(c, now_ms)) },
	}
}

/// A health operation as the peer chain could send it.
pub fn health_op(c: &mut Cursor, now_ms: u64) -> HealthOp<AccountId> {
	match c.below(7) {
		0 => HealthOp::Lease {
			export: c.below(16),
			patient: account(c),
			organization: organization(c),
			scope: lease_scope(c, now_ms),
			valid_until: time(c, now_ms),
		},
		// A renewal (as chains of spec 114 and before sent) or a heartbeat (spec 115 on).
		1 => match c.bool() {
			true => {
				let n = c.below(5);
				HealthOp::Renew(BoundedVec::truncate_from(
					(0..n).map(|_| (account(c), c.below(16), time(c, now_ms))).collect(),
				))
			},
			false => HealthOp::Heartbeat { valid_until: time(c, now_ms) },
		},
		2 => HealthOp::Revoke { export: c.below(16), patient: account(c) },
		3 => HealthOp::Record {
			record: record(c),
			custodian: organization(c),
			hash: hash(c),
			version: c.below(4) as u32,
			retracted: c.bool(),
		},
		4 => HealthOp::AccessRequest {
			request: c.below(8),
			organization: organization(c),
			patient: account(c),
			category: category(c),
			purpose: purpose(c),
			custodian: if c.bool() { Some(organization(c)) } else { None },
		},
		5 => HealthOp::AccessAnswer {
			request: c.below(8),
			organization: organization(c),
			answer: if c.bool() { Ok((c.below(16), time(c, now_ms))) } else { Err(deny_reason(c)) },
		},
		_ => HealthOp::Failed {
			// Lane nonces of messages sent from here start at 1.
			nonce: c.below(32),
			export: if c.bool() { Some(c.below(16)) } else { None },
			reason: fail_reason(c),
		},
	}
}
