//! Several peers on the three-chain mesh: exports, leases, records and access requests kept
//! apart per chain, the calls of a one-peer chain, and messages checked against their slot and
//! destination.

use super::*;

/// A patient's exports to organizations of two peers: each lease goes on its own lane and
/// answers only on its chain and for its organization; revoking one leaves the other.
#[test]
fn exports_to_two_peers_are_independent() {
	let mut mesh = Mesh::new();
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_B, 0));
		assert_ok!(export_to(PATIENT, CHAIN_C, 1));
		let peers = Bridge::peers();
		assert_eq!(
			peers.iter().map(|p| (p.chain, p.slot, p.exports)).collect::<Vec<_>>(),
			vec![(chain(B), 0, 1), (chain(C), 1, 1)]
		);
	});
	// Each lease went on its own pair's lane only.
	assert_eq!(mesh.out[A][B].len(), 1);
	assert_eq!(mesh.out[A][C].len(), 1);
	assert_eq!(mesh.deliver(A, B), vec![Outcome::Applied]);
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	let unknown = AccessDecision::Denied(DenyReason::UnknownPatient);
	// Each answers on its own chain, for its own organization only.
	assert!(matches!(mesh.check(B, PATIENT, 0), AccessDecision::Leased { lease: 0, .. }));
	assert_eq!(mesh.check(B, PATIENT, 1), unknown);
	assert!(matches!(mesh.check(C, PATIENT, 1), AccessDecision::Leased { lease: 1, .. }));
	assert_eq!(mesh.check(C, PATIENT, 0), unknown);
	match mesh.check(C, PATIENT, 1) {
		AccessDecision::Leased { chain: home, .. } => assert_eq!(home, chain(A)),
		other => panic!("expected a lease, got {other:?}"),
	}
	// Revoking the export to C leaves the one to B.
	mesh.on(A, || {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 1));
	});
	assert!(mesh.out[A][B].is_empty());
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	assert_eq!(mesh.check(C, PATIENT, 1), unknown);
	assert!(matches!(mesh.check(B, PATIENT, 0), AccessDecision::Leased { lease: 0, .. }));
	// Heartbeats go only where exports are: to B, not to C.
	mesh.blocks(5);
	assert_eq!(mesh.out[A][B].len(), 1);
	assert!(mesh.out[A][C].is_empty());
	mesh.invariants();
}

/// The calls of a one-peer chain refuse to guess among two peers, and find none without peers.
#[test]
fn the_one_peer_calls_need_exactly_one_active_peer() {
	let mut mesh = Mesh::new();
	let calls = |expected: Error<Test>| {
		let expected = sp_runtime::DispatchError::from(expected);
		assert_noop!(export(0, None), expected);
		assert_noop!(
			Bridge::share_record(RuntimeOrigin::signed(account(HOSPITAL_OP)), H256::zero()),
			expected
		);
		assert_noop!(
			Bridge::request_remote_access(
				RuntimeOrigin::signed(account(HOSPITAL_OP)),
				account(9),
				Category::Laboratory,
				Purpose::Treatment,
				None
			),
			expected
		);
	};
	mesh.on(A, || calls(Error::<Test>::AmbiguousPeer));
	// With one peer being removed, the other is the only active one.
	mesh.on(A, || {
		assert_ok!(Bridge::remove_peer(RuntimeOrigin::root(), chain(C)));
		assert_ok!(export(0, None));
		assert_eq!(Exports::<Test>::get(0).map(|e| e.to.chain), Some(chain(B)));
	});
	// With none, there is none to name.
	mesh.on(B, || {
		for (_, peer) in Slots::<Test>::drain() {
			Peers::<Test>::remove(peer);
		}
		calls(Error::<Test>::NoPeer);
	});
	mesh.invariants();
}

/// One account, a patient on A and on B, gets export 0 from each on C: both leases are kept
/// apart by their home chain.
#[test]
fn a_patient_key_of_two_home_chains_keeps_both_leases() {
	let mut mesh = Mesh::new();
	// Account 1 is a patient on B too, where its first export is also number 0.
	mesh.on(B, || register_patient(PATIENT));
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 0));
	});
	mesh.on(B, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 1));
	});
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	assert_eq!(mesh.deliver(B, C), vec![Outcome::Applied]);
	mesh.on(C, || {
		assert!(HeldLeases::<Test>::contains_key((chain(A), account(PATIENT), 0)));
		assert!(HeldLeases::<Test>::contains_key((chain(B), account(PATIENT), 0)));
		assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 2);
		let homes: Vec<_> = Bridge::leases_of(account(PATIENT)).iter().map(|l| l.chain).collect();
		assert_eq!(homes.len(), 2);
		assert!(homes.contains(&chain(A)) && homes.contains(&chain(B)));
	});
	for (org, home) in [(0, A), (1, B)] {
		match mesh.check(C, PATIENT, org) {
			AccessDecision::Leased { chain: c, lease: 0, .. } => assert_eq!(c, chain(home)),
			other => panic!("expected a lease from {home}, got {other:?}"),
		}
	}
	// Revoked on B, only A's stays.
	mesh.on(B, || {
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
	});
	assert_eq!(mesh.deliver(B, C), vec![Outcome::Applied]);
	assert_eq!(mesh.check(C, PATIENT, 1), AccessDecision::Denied(DenyReason::UnknownPatient));
	assert!(matches!(mesh.check(C, PATIENT, 0), AccessDecision::Leased { lease: 0, .. }));
	mesh.invariants();
}

/// A revocation names a lease of its sender's chain only: B cannot revoke A's lease on C.
#[test]
fn a_peer_cannot_revoke_another_peers_lease() {
	let mut mesh = Mesh::new();
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 0));
	});
	mesh.deliver(A, C);
	// B names A's export and patient: on C it names only a lease from B, which does not exist.
	mesh.on(B, || {
		let revoke = HealthOp::Revoke { export: 0, patient: account(PATIENT) };
		assert_ok!(Bridge::send(chain(C), Some(&account(PATIENT)), revoke));
	});
	assert_eq!(mesh.deliver(B, C), vec![Outcome::Applied]);
	mesh.on(C, || {
		assert!(HeldLeases::<Test>::contains_key((chain(A), account(PATIENT), 0)));
		assert_eq!(LeaseCount::<Test>::get(account(PATIENT)), 1);
		assert_eq!(count_events(|e| matches!(e, Event::LeaseRevoked { .. })), 0);
	});
	assert!(matches!(mesh.check(C, PATIENT, 0), AccessDecision::Leased { lease: 0, .. }));
	mesh.invariants();
}

/// Two chains share the same record id with different hashes: each fingerprint is kept and
/// verified under its own chain.
#[test]
fn records_are_kept_per_sharing_chain() {
	let mut mesh = Mesh::new();
	let record = H256::repeat_byte(7);
	let (hash_a, hash_b) = (H256::repeat_byte(0xA1), H256::repeat_byte(0xB1));
	mesh.on(A, || {
		anchor_record(PATIENT, P, record, hash_a);
		assert_ok!(Bridge::share_record_with(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			chain(C)
		));
	});
	mesh.on(B, || {
		let patient = register_patient(2);
		anchor_record(2, patient, record, hash_b);
		assert_ok!(Bridge::share_record_with(
			RuntimeOrigin::signed(account(HOSPITAL_OP)),
			record,
			chain(C)
		));
	});
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	assert_eq!(mesh.deliver(B, C), vec![Outcome::Applied]);
	let by = |x: usize| RemoteOrg { chain: chain(x), organization: 0 };
	mesh.on(C, || {
		// B's share did not overwrite A's.
		assert_eq!(SharedRecords::<Test>::get(chain(A), record).map(|r| r.hash), Some(hash_a));
		assert_eq!(SharedRecords::<Test>::get(chain(B), record).map(|r| r.hash), Some(hash_b));
		let current = |x| RemoteVerdict::Current { custodian: by(x), version: 1 };
		let mismatch = |x| RemoteVerdict::Mismatch { custodian: by(x), version: 1 };
		assert_eq!(Bridge::verify_remote(record, hash_a, Some(chain(A))), current(A));
		assert_eq!(Bridge::verify_remote(record, hash_b, Some(chain(A))), mismatch(A));
		assert_eq!(Bridge::verify_remote(record, hash_b, Some(chain(B))), current(B));
		assert_eq!(Bridge::verify_remote(record, hash_a, Some(chain(B))), mismatch(B));
		// Any chain's: the one that matches.
		assert_eq!(Bridge::verify_remote(record, hash_a, None), current(A));
		assert_eq!(Bridge::verify_remote(record, hash_b, None), current(B));
		assert!(matches!(
			Bridge::verify_remote(record, H256::zero(), None),
			RemoteVerdict::Mismatch { .. }
		));
		assert_eq!(
			Bridge::verify_remote(H256::zero(), hash_a, Some(chain(A))),
			RemoteVerdict::Unknown
		);
	});
	mesh.invariants();
}

/// A lease from A to C, as A queued it.
fn lease_for_c(mesh: &mut Mesh) -> Vec<u8> {
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 0));
	});
	core::mem::take(&mut mesh.out[A][C]).pop().expect("queued").1
}

/// A message relayed to a chain other than the one it names is refused there and changes
/// nothing.
#[test]
fn a_message_for_another_destination_is_refused() {
	let mut mesh = Mesh::new();
	// The relay carries A's lease for C to B, on the A–B lane: it is A's, but not for B.
	let lease = lease_for_c(&mut mesh);
	let outcome = mesh.on(B, || Bridge::receive(0, 1, Ok(lease.clone())));
	assert_eq!(outcome, Outcome::Rejected(FailReason::WrongDestination));
	mesh.on(B, || {
		assert_eq!(HeldLeases::<Test>::iter().count(), 0);
		assert!(has_event(Event::MessageRejected {
			slot: 0,
			nonce: 1,
			reason: FailReason::WrongDestination
		}));
	});
	assert_eq!(mesh.check(B, PATIENT, 0), AccessDecision::Denied(DenyReason::UnknownPatient));
	assert!(mesh.out[B][A].is_empty(), "not reported: B does not apply what is not for it");
	// On C, where it is for, it applies.
	assert_eq!(mesh.on(C, || Bridge::receive(1, 1, Ok(lease))), Outcome::Applied);
	mesh.invariants();
}

/// A message from a peer arriving on another peer's slot, or an unused one, is refused; a legacy
/// message without destination is accepted on slot 0 only.
#[test]
fn a_message_on_the_wrong_slot_is_refused() {
	let mut mesh = Mesh::new();
	let lease = lease_for_c(&mut mesh);
	// For C and from A, but on the B–C lane (slot 2), or on a slot C does not use.
	for wrong in [2, 0] {
		let outcome = mesh.on(C, || Bridge::receive(wrong, 1, Ok(lease.clone())));
		assert_eq!(outcome, Outcome::Rejected(FailReason::WrongOrigin));
	}
	mesh.on(C, || assert_eq!(HeldLeases::<Test>::iter().count(), 0));
	assert!(mesh.out[C][A].is_empty() && mesh.out[C][B].is_empty());
	// A message without a destination (a chain not yet upgraded) is taken on slot 0 only.
	let op = HealthOp::<AccountId>::Heartbeat { valid_until: u64::MAX };
	let legacy = |from: usize| crate::message::encode_legacy_message(chain(from), None, &op);
	let outcome = mesh.on(C, || Bridge::receive(1, 2, Ok(legacy(A))));
	assert_eq!(outcome, Outcome::Rejected(FailReason::WrongDestination));
	mesh.on(C, || assert_eq!(Peers::<Test>::get(chain(A)).map(|p| p.live_until), Some(0)));
	assert_eq!(mesh.on(B, || Bridge::receive(0, 1, Ok(legacy(A)))), Outcome::Applied);
	mesh.on(B, || assert!(Peers::<Test>::get(chain(A)).is_some_and(|p| p.live_until > 0)));
	mesh.invariants();
}

/// An access request from C is answered by A's exports to C only, back on the A–C lane.
#[test]
fn an_access_request_from_c_is_answered_by_a() {
	let mut mesh = Mesh::new();
	let ask = || {
		Bridge::request_remote_access_from(
			RuntimeOrigin::signed(account(20)),
			chain(A),
			account(PATIENT),
			Category::Laboratory,
			Purpose::Treatment,
			None,
		)
	};
	// The patient's export to B's organization 0 does not answer for C's organization 0.
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_B, 0));
	});
	mesh.out[A][B].clear();
	mesh.on(C, || {
		assert_ok!(ask());
	});
	assert_eq!(mesh.deliver(C, A), vec![Outcome::Applied]);
	// The answer goes back on the A–C lane, not elsewhere.
	assert!(mesh.out[A][B].is_empty());
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	mesh.on(C, || {
		assert!(has_event(Event::AccessAnswered {
			request: 0,
			organization: 0,
			answer: Err(DenyReason::NoGrant)
		}))
	});
	// Exported to C's organization 0: granted.
	mesh.on(A, || {
		assert_ok!(export_to(PATIENT, CHAIN_C, 0));
	});
	mesh.deliver(A, C);
	mesh.on(C, || {
		assert_ok!(ask());
	});
	mesh.deliver(C, A);
	assert!(mesh.out[A][B].is_empty());
	assert_eq!(mesh.deliver(A, C), vec![Outcome::Applied]);
	mesh.on(C, || {
		assert!(has_event(Event::AccessAnswered {
			request: 1,
			organization: 0,
			answer: Ok((1, u64::MAX))
		}))
	});
	mesh.invariants();
}
