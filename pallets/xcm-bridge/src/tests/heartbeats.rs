//! Heartbeats from `on_initialize`: one message per peer and half lease period keeps every lease
//! there alive; a stalled relay lets them lapse; a pending revocation holds them back; exports
//! whose consent ended are swept in idle time.

use super::*;

fn heartbeats_sent() -> usize {
	count_events(|e| matches!(e, Event::HeartbeatSent { .. }))
}

/// The operations of the messages `out` holds.
fn ops(out: &Queue) -> Vec<HealthOp<AccountId>> {
	out.iter().map(|(_, p)| decode_message::<AccountId>(p).expect("a message").op).collect()
}

/// Heartbeats every half period carry a lease far past its own period; when the relay stalls it
/// lapses within one period, and the queued heartbeats revive it when the relay resumes.
#[test]
fn heartbeats_keep_a_lease_alive_and_a_stalled_relay_lets_it_lapse() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	// A heartbeat every half period (5 blocks); the relay keeps up for three lease periods.
	for _ in 0..6 {
		net.blocks(5);
		assert!(matches!(ops(&net.a_out)[..], [HealthOp::Heartbeat { .. }]));
		assert_eq!(net.a_to_b(), vec![Outcome::Applied]);
	}
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	let sent_until = net.on_a(|| {
		assert_eq!(heartbeats_sent(), 6);
		match last_event() {
			Event::HeartbeatSent { chain, valid_until, .. } => {
				assert_eq!(chain, H256::from(CHAIN_B));
				assert_eq!(valid_until, Bridge::now_ms() + LEASE_MS);
				valid_until
			},
			other => panic!("expected a heartbeat, got {other:?}"),
		}
	});
	net.on_b(|| {
		assert_eq!(Peers::<Test>::get(H256::from(CHAIN_A)).map(|p| p.live_until), Some(sent_until))
	});
	// The relay stalls: heartbeats pile up on A and the lease lapses on B within one period.
	net.blocks(9);
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.blocks(1);
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::LeaseLapsed)
	);
	// When it resumes, the queued heartbeats revive it: the consent was never revoked.
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	assert!(matches!(net.check_on_b(Category::Laboratory), AccessDecision::Leased { .. }));
	net.invariants();
}

/// The idle sweep ends an export once its consent has ended and returns the deposit; nothing more
/// is sent for it.
#[test]
fn an_export_whose_consent_ended_is_swept_and_returns_its_deposit() {
	let mut net = Net::new();
	net.on_a(|| {
		// Ends after 4 blocks, before the first heartbeat is due (after 5).
		assert_ok!(export(CLINIC, Some(Bridge::now_ms() + 4 * BLOCK_MS)));
		assert_eq!(export_held(PATIENT), 7);
	});
	net.a_to_b();
	net.blocks(3);
	net.on_a(|| assert!(Exports::<Test>::get(0).is_some(), "not ended yet"));
	net.blocks(1);
	net.on_a(|| {
		assert!(ended(0, ExportEnd::ConsentEnded));
		assert!(Exports::<Test>::get(0).is_none());
		assert_eq!(export_held(PATIENT), 0);
		assert_eq!(Peers::<Test>::get(H256::from(CHAIN_B)).map(|p| p.exports), Some(0));
	});
	// The peer refuses the lease by its consent's end already.
	assert_eq!(net.check_on_b(Category::Laboratory), AccessDecision::Denied(DenyReason::Expired));
	// Nothing more goes to the peer: no revocation, no heartbeat.
	net.blocks(10);
	net.on_a(|| assert_eq!(heartbeats_sent(), 0));
	assert!(net.a_out.is_empty());
	net.invariants();
}

/// A revocation the lane refused holds back every heartbeat to that peer until it is sent, so no
/// heartbeat can carry the revoked lease; then the revocation goes first.
#[test]
fn a_heartbeat_is_withheld_while_a_revocation_is_pending() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		assert_ok!(export(CLINIC, None));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	let chain_b = H256::from(CHAIN_B);
	net.on_a(|| {
		// The lane refuses: the revocation waits.
		refuse(0, true);
		assert_ok!(Bridge::revoke_export(RuntimeOrigin::signed(account(PATIENT)), None, 0));
		assert_eq!(last_event(), Event::ExportRevoked { patient: P, export: 0, nonce: None });
		assert_eq!(PendingRevokes::<Test>::get(chain_b, 0), Some(account(PATIENT)));
		assert_eq!(
			Peers::<Test>::get(chain_b).map(|p| (p.exports, p.pending_revokes)),
			Some((1, 1))
		);
		// It no longer applies here at once.
		assert!(Exports::<Test>::get(0).is_none());
	});
	// A heartbeat falls due after 5 blocks, for export 1, which is live: it is not even tried
	// while the revocation waits (neither sent nor deferred).
	net.blocks(7);
	net.on_a(|| {
		assert_eq!(heartbeats_sent(), 0);
		assert_eq!(count_events(|e| matches!(e, Event::HeartbeatDeferred { .. })), 0);
		assert_eq!(Peers::<Test>::get(chain_b).map(|p| p.pending_revokes), Some(1));
	});
	assert!(net.a_out.is_empty());
	// The lane accepts again: the revocation goes first, then the heartbeat, in the same block.
	net.on_a(|| refuse(0, false));
	net.blocks(1);
	let (revoke_nonce, heartbeat_nonce) = net.on_a(|| {
		let events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Bridge(Event::PendingRevokeSent { export: 0, nonce, .. }) => {
					Some(("revoke", nonce))
				},
				RuntimeEvent::Bridge(Event::HeartbeatSent { nonce, .. }) => {
					Some(("heartbeat", nonce))
				},
				_ => None,
			})
			.collect();
		assert!(matches!(events[..], [("revoke", _), ("heartbeat", _)]), "{events:?}");
		assert!(PendingRevokes::<Test>::iter().next().is_none());
		assert_eq!(Peers::<Test>::get(chain_b).map(|p| p.pending_revokes), Some(0));
		(events[0].1, events[1].1)
	});
	assert!(revoke_nonce < heartbeat_nonce);
	assert!(matches!(
		ops(&net.a_out)[..],
		[HealthOp::Revoke { export: 0, .. }, HealthOp::Heartbeat { .. }]
	));
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	net.on_b(|| {
		let a = H256::from(CHAIN_A);
		assert!(!HeldLeases::<Test>::contains_key((a, account(PATIENT), 0)));
		assert!(HeldLeases::<Test>::contains_key((a, account(PATIENT), 1)));
	});
	assert!(matches!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Leased { lease: 1, .. }
	));
	// The heartbeat carries the other lease past its own period.
	net.blocks(5);
	net.a_to_b();
	net.blocks(5);
	assert!(matches!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Leased { lease: 1, .. }
	));
	net.invariants();
}

/// Six exports of three patients to one peer: one heartbeat message per half period keeps all
/// their leases alive; a chain with no exports sends none.
#[test]
fn heartbeats_cost_one_message_per_peer_whatever_the_number_of_exports() {
	let mut net = Net::new();
	net.on_a(|| {
		register_patient(2);
		register_patient(3);
		for who in [PATIENT, 2, 3] {
			assert_ok!(export_by(who, CLINIC, None));
			assert_ok!(export_by(who, CLINIC, None));
		}
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied; 6]);
	for period in 1..=4 {
		net.blocks(5);
		// One heartbeat for the six exports (and nothing from B, which has none to A).
		assert!(matches!(ops(&net.a_out)[..], [HealthOp::Heartbeat { .. }]));
		assert!(net.b_out.is_empty());
		net.a_to_b();
		net.on_a(|| assert_eq!(heartbeats_sent(), period));
	}
	net.on_b(|| assert_eq!(heartbeats_sent(), 0));
	// Two lease periods on, that one message a half period kept all six leases alive.
	for who in [PATIENT, 2, 3] {
		assert!(matches!(check_on_b_for(&mut net, who), AccessDecision::Leased { .. }));
		net.on_b(|| assert_eq!(LeaseCount::<Test>::get(account(who)), 2));
	}
	net.invariants();
}

/// However far a heartbeat claims, the receiver keeps leases valid at most one longest lease
/// period from its own clock.
#[test]
fn a_heartbeat_cannot_keep_leases_valid_beyond_the_longest_lease_period() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
		// A heartbeat from a chain whose clock runs far ahead (or a hostile one).
		assert_ok!(Bridge::send(
			CHAIN_B.into(),
			None,
			HealthOp::Heartbeat { valid_until: u64::MAX }
		));
	});
	assert_eq!(net.a_to_b(), vec![Outcome::Applied, Outcome::Applied]);
	let cap = net.on_b(|| {
		let cap = Bridge::now_ms() + MAX_LEASE_PERIOD_MS;
		assert!(has_event(Event::HeartbeatReceived { chain: CHAIN_A.into(), valid_until: cap }));
		assert_eq!(Peers::<Test>::get(H256::from(CHAIN_A)).map(|p| p.live_until), Some(cap));
		cap
	});
	match net.check_on_b(Category::Laboratory) {
		AccessDecision::Leased { valid_until, .. } => assert_eq!(valid_until, cap),
		other => panic!("expected a lease, got {other:?}"),
	}
	// A day later, it has lapsed.
	net.on_b(|| Timestamp::set_timestamp(cap));
	assert_eq!(
		net.check_on_b(Category::Laboratory),
		AccessDecision::Denied(DenyReason::LeaseLapsed)
	);
	net.invariants();
}

/// A heartbeat a full lane refuses is deferred, visibly, and sent the next block.
#[test]
fn a_heartbeat_the_full_lane_refuses_is_retried_next_block() {
	let mut net = Net::new();
	net.on_a(|| {
		assert_ok!(export(CLINIC, None));
	});
	net.a_to_b();
	net.blocks(4);
	net.on_a(|| {
		// The relay stalls and other traffic fills the lane when the heartbeat falls due.
		while Bridge::send(CHAIN_B.into(), None, HealthOp::Heartbeat { valid_until: 0 }).is_ok() {}
		next_block();
		assert!(has_event(Event::HeartbeatDeferred { chain: CHAIN_B.into() }));
		assert_eq!(heartbeats_sent(), 0);
	});
	net.on_b(next_block);
	// The relay caught up: the next block sends it.
	net.a_out.clear();
	net.blocks(1);
	net.on_a(|| assert_eq!(heartbeats_sent(), 1));
	assert!(matches!(ops(&net.a_out)[..], [HealthOp::Heartbeat { .. }]));
	net.invariants();
}
