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
fn messages_round_trip_through_xcm() {
	let op = HealthOp::Revoke { export: 3, patient: account(4) };
	let bytes = encode_message(CHAIN_A.into(), Some(&account(5)), &op);
	assert_eq!(decode_message::<AccountId>(&bytes), Some((CHAIN_A.into(), Some(account(5)), op)));
	let mut long = bytes.clone();
	long.push(0);
	assert_eq!(decode_message::<AccountId>(&long), None, "trailing bytes");
}
