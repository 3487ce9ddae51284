//! The message codec and the inbound filter.

use super::*;

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
	let (a, b) = (H256::from(CHAIN_A), H256::from(CHAIN_B));
	// Claims to come from a third chain.
	let forged = encode_message(H256::from(CHAIN_C), b, Some(&account(PATIENT)), &lease);
	// An account operation without the account.
	let anonymous = encode_message(a, b, None, &lease);
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
			Bridge::receive(0, 1, Ok(forged)),
			Bridge::receive(0, 2, Ok(anonymous)),
			Bridge::receive(0, 3, Ok(call)),
			Bridge::receive(0, 4, Ok(vec![1, 2, 3])),
			Bridge::receive(0, 5, Err(())),
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
	net.on_b(|| assert_eq!(HeldLeases::<Test>::iter().count(), 0));
	// The one with a well-formed operation that failed is reported back.
	assert_eq!(net.b_out.len(), 1);
	net.invariants();
}

/// A message names its destination and sender chain and decodes to exactly what was encoded;
/// the bare XCM of chains not yet upgraded decodes with no destination.
#[test]
fn messages_round_trip_through_xcm() {
	let op = HealthOp::Revoke { export: 3, patient: account(4) };
	let (a, b) = (H256::from(CHAIN_A), H256::from(CHAIN_B));
	let bytes = encode_message(a, b, Some(&account(5)), &op);
	assert_eq!(
		decode_message::<AccountId>(&bytes),
		Some(Decoded { destination: Some(b), chain: a, sender: Some(account(5)), op: op.clone() })
	);
	let heartbeat = HealthOp::Heartbeat { valid_until: 9 };
	assert_eq!(
		decode_message::<AccountId>(&encode_message(b, a, None, &heartbeat)),
		Some(Decoded { destination: Some(a), chain: b, sender: None, op: heartbeat })
	);
	let legacy = crate::message::encode_legacy_message(a, Some(&account(5)), &op);
	assert_eq!(
		decode_message::<AccountId>(&legacy),
		Some(Decoded { destination: None, chain: a, sender: Some(account(5)), op })
	);
	for good in [bytes, legacy] {
		let mut long = good.clone();
		long.push(0);
		assert_eq!(decode_message::<AccountId>(&long), None, "trailing bytes");
		assert_eq!(decode_message::<AccountId>(&good[..good.len() - 1]), None, "truncated");
	}
}
