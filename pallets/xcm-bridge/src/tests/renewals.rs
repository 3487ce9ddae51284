//! Renewals from `on_initialize`: leases kept alive, lapsing under a stalled relay, and exports
//! ended when their consent ends or no renewal slot is free.

use super::*;

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
