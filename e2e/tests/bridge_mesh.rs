//! Three consortium chains A, B and C, each bridged to the other two by governance
//! (`medchain-relay link`: a council motion adding the peer in a slot free on both chains), with
//! one real `medchain-relay` process per pair:
//! - a patient on A exports consent to an organization on B and another on C: each check
//!   answers `leased` only on its own chain and for its own scope; revoking both on A (one
//!   transaction) reaches both;
//! - an access request from C is answered by A; a record shared from B verifies on A and C;
//! - the three relayers are killed with messages queued on all six directions, more are
//!   queued, and they are restarted twice: every message arrives exactly once, in order, per
//!   lane;
//! - A's council removes C: C's lease of A's patient lapses within A's lease period (no more
//!   heartbeats), A ends its export to C, and nothing from C is accepted by A any more.
//!
//! Accounts: A (council Alice) — hospital org 0 (admin Bob, custodian), patient Dave; B (council
//! Bob) — clinic org 0 (admin Charlie, custodian), patient Alice; C (council Charlie) — lab org 0
//! (admin Bob). Relayers: Ferdie for A↔B, Eve for A↔C, Dave for B↔C (Dave is a patient on A
//! only, so his nonces on B and C are the relayer's alone).

use medchain_e2e::{
	access::*,
	bridge::*,
	extrinsics::*,
	subxt_signer::sr25519::{dev, Keypair},
	wait_until,
};
use medchain_relay::{link_chains, unlink_peer, Slot, UnlinkOutcome};
use pallet_consent::{AccessDecision, Category, DenyReason};
use pallet_medchain_bridge::RemoteVerdict;
use sp_core::H256;

/// A's lease period for the removal part: a minute (a heartbeat every 30 s). A lease must
/// outlast its own trip — A's finality (two blocks) and a relayed block on C, about 20 s here —
/// or it arrives lapsed and C refuses it.
const SHORT_LEASE_MS: u128 = 60_000;

#[tokio::test(flavor = "multi_thread")]
async fn three_chains_each_bridged_to_the_other_two() {
	let [a, b, c] = start_three().await.unwrap();
	let (a, b, c) = (Chain::new(a).await, Chain::new(b).await, Chain::new(c).await);
	let (ga, gb, gc) = (genesis(&a), genesis(&b), genesis(&c));

	// Governance links each pair: the lowest slot free on both chains.
	let link = |x: &Chain, y: &Chain, mx: Keypair, my: Keypair| {
		let (x, y) = (x.node.ws_url(), y.node.ws_url());
		async move { u8::from(link_chains(&x, &y, &mx, &my, None).await.unwrap().slot) }
	};
	assert_eq!(link(&a, &b, dev::alice(), dev::bob()).await, 0);
	assert_eq!(link(&a, &c, dev::alice(), dev::charlie()).await, 1);
	assert_eq!(link(&b, &c, dev::bob(), dev::charlie()).await, 2);
	assert_eq!(peers(&a).await, vec![(gb, 0), (gc, 1)]);
	assert_eq!(peers(&b).await, vec![(ga, 0), (gc, 2)]);
	assert_eq!(peers(&c).await, vec![(ga, 1), (gb, 2)]);
	let mut relayers = [
		Relayer::start_as(&a.node.ws_url(), &b.node.ws_url(), "//Ferdie").unwrap(),
		Relayer::start_as(&a.node.ws_url(), &c.node.ws_url(), "//Eve").unwrap(),
		Relayer::start_as(&b.node.ws_url(), &c.node.ws_url(), "//Dave").unwrap(),
	];
	setup_three(&a, &b, &c).await;
	let dave = id(&dev::dave());

	// With two peers, A's one-peer call cannot guess where an export goes.
	let refused = submit(&a.client, &a.rpc, &export(CLINIC, &["Laboratory"]), &dev::dave()).await;
	let Err(err) = refused else { panic!("an export with two peers and no chain named") };
	assert!(err.0.contains("AmbiguousPeer"), "{err:?}");
	// Dave exports laboratory data to B's clinic and imaging to C's lab.
	let e0 = a.submit(&export_to(gb, CLINIC, "Laboratory"), &dev::dave()).await;
	let e1 = a.submit(&export_to(gc, LAB, "Imaging"), &dev::dave()).await;
	assert!(e0.has("MedchainBridge", "ConsentExported"));
	assert!(e1.has("MedchainBridge", "ConsentExported"));
	let on_b = leased_on(&b, &dave, CLINIC, Category::Laboratory).await;
	let on_c = leased_on(&c, &dave, LAB, Category::Imaging).await;
	assert!(matches!(on_b, AccessDecision::Leased { lease: 0, chain, .. } if chain == ga));
	assert!(matches!(on_c, AccessDecision::Leased { lease: 1, chain, .. } if chain == ga));
	// Each lease answers only on its own chain, for its own scope.
	assert_eq!(
		denied(&b.check(&dave, CLINIC, Category::Imaging).await),
		Some(DenyReason::CategoryNotCovered)
	);
	assert_eq!(
		denied(&c.check(&dave, LAB, Category::Laboratory).await),
		Some(DenyReason::CategoryNotCovered)
	);

	// An access request from C's lab is answered by A (the export to C covers imaging).
	let asked = c.submit(&request_from(ga, &dave, "Imaging"), &dev::bob()).await;
	assert!(asked.has("MedchainBridge", "AccessRequested"));
	let answered = wait_for_event(&c, asked.block_hash, "AccessAnswered").await;
	// `AccessAnswered { request, organization, answer: Ok((export 1, expires_at)) }`.
	assert_eq!(answered[12], 0, "answered Ok: {answered:?}");
	assert_eq!(u64::from_le_bytes(answered[13..21].try_into().unwrap()), 1);

	// A record anchored on B and shared with A and C verifies on both, as B's.
	let (record, hash) = (H256::repeat_byte(0x51), H256::repeat_byte(0x52));
	b.submit(&anchor_for(record, hash, ALICE_ON_B), &dev::charlie()).await;
	b.submit(&share_with(&[(record, ga), (record, gc)]), &dev::charlie()).await;
	for (x, other) in [(&a, gc), (&c, ga)] {
		let verdict = wait_until("a peer to learn B's record", || async {
			let v = verify_from(x, record, hash, gb).await;
			Ok(matches!(v, RemoteVerdict::Current { .. }).then_some(v))
		})
		.await
		.unwrap();
		assert!(
			matches!(verdict, RemoteVerdict::Current { custodian, version: 1 } if custodian.chain == gb),
			"{verdict:?}"
		);
		// B's fingerprint, not the other peer's.
		assert_eq!(verify_from(x, record, hash, other).await, RemoteVerdict::Unknown);
	}

	// Revoking both exports on A, in one transaction, reaches B and C.
	let revoke =
		|export: u128| call_value("MedchainBridge", "revoke_export", vec![none(), n(export)]);
	let revoked = a
		.submit(&call("Utility", "batch_all", vec![list([revoke(0), revoke(1)])]), &dev::dave())
		.await;
	assert!(revoked.has("MedchainBridge", "ExportRevoked"));
	for (x, org, category) in [(&b, CLINIC, Category::Laboratory), (&c, LAB, Category::Imaging)] {
		wait_until("the revocation to arrive", || async {
			let d = x.check(&dave, org, category).await;
			Ok((denied(&d) == Some(DenyReason::UnknownPatient)).then_some(()))
		})
		.await
		.unwrap();
	}

	// Kill every relayer with messages queued on all six directions, queue more, restart,
	// kill again shortly after they resume, and restart once more.
	for r in relayers.iter_mut() {
		r.kill();
	}
	let records: Vec<H256> = (0..4u8).map(|i| H256::repeat_byte(0x60 + i)).collect();
	let six_directions = |round: usize| {
		let (a, b, c) = (&a, &b, &c);
		let (ra, rb) = (records[2 * round], records[2 * round + 1]);
		async move {
			// A → B, A → C: the hospital shares a record of Dave's with both.
			a.submit(&anchor(ra, H256::repeat_byte(0x77)), &dev::bob()).await;
			a.submit(&share_with(&[(ra, gb), (ra, gc)]), &dev::bob()).await;
			// B → A, B → C: the clinic shares a record of Alice's with both.
			b.submit(&anchor_for(rb, H256::repeat_byte(0x78), ALICE_ON_B), &dev::charlie()).await;
			b.submit(&share_with(&[(rb, ga), (rb, gc)]), &dev::charlie()).await;
			// C → A, C → B: the lab asks both (each answer travels back too).
			c.submit(&request_from(ga, &dave, "Laboratory"), &dev::bob()).await;
			c.submit(&request_from(gb, &id(&dev::alice()), "Laboratory"), &dev::bob()).await;
		}
	};
	six_directions(0).await;
	for r in relayers.iter_mut() {
		r.restart().unwrap();
	}
	six_directions(1).await;
	tokio::time::sleep(std::time::Duration::from_secs(4)).await;
	for r in relayers.iter_mut() {
		r.kill();
		r.restart().unwrap();
	}
	for r in &records {
		let (r, from) =
			(*r, if records.iter().position(|x| x == r).unwrap() % 2 == 0 { ga } else { gb });
		for x in [&a, &b, &c] {
			if genesis(x) == from {
				continue;
			}
			wait_until("every shared record to arrive", || async {
				let v = verify_from(x, r, H256::zero(), from).await;
				Ok((v != RemoteVerdict::Unknown).then_some(()))
			})
			.await
			.unwrap();
		}
	}
	// Exactly once and in order on every lane: each chain's inbound nonces on each slot are
	// 1, 2, 3, … with every message applied.
	// Counts: A from B: three shares; A from C: three requests; B from A: lease, revocation,
	// two shares; B from C: two requests; C from A: lease, answer, revocation, two shares, two
	// answers; C from B: three shares, two answers.
	for (x, slot, at_least) in
		[(&a, 0, 3), (&a, 1, 3), (&b, 0, 4), (&b, 2, 2), (&c, 1, 7), (&c, 2, 5)]
	{
		let lane = wait_until("the answers to arrive", || async {
			let d = x.dispatched_on(slot).await;
			Ok((d.len() >= at_least).then_some(d))
		})
		.await
		.unwrap();
		let expected: Vec<(u64, bool)> = (1..=lane.len() as u64).map(|n| (n, true)).collect();
		assert_eq!(lane, expected, "{} slot {slot}", x.node.name());
	}

	// A's council shortens A's lease period, and Dave exports to C again.
	let period = call_value("MedchainBridge", "set_lease_period", vec![n(SHORT_LEASE_MS)]);
	let done = a.submit(&council(period), &dev::alice()).await;
	assert_eq!(executed(&a.client, &done).await, Some(Ok(())));
	a.submit(&export_to(gc, LAB, "Imaging"), &dev::dave()).await;
	leased_on(&c, &dave, LAB, Category::Imaging).await;
	// A's council removes C. C hears nothing more from A, so the lease lapses there within
	// A's lease period (heartbeats kept it alive until now).
	let removed = unlink_peer(&a.node.ws_url(), gc, &dev::alice()).await.unwrap();
	let UnlinkOutcome::Removing { slot: 1, block_hash: removed_at } = removed else {
		panic!("{removed:?}")
	};
	let lapsed = wait_until("C's lease of Dave to lapse", || async {
		let d = c.check(&dave, LAB, Category::Imaging).await;
		Ok((!matches!(d, AccessDecision::Leased { .. })).then_some(d))
	})
	.await
	.unwrap();
	assert_eq!(denied(&lapsed), Some(DenyReason::LeaseLapsed), "{lapsed:?}");
	// A ends its export to C (deposit back) and frees C's slot.
	let ended = wait_for_event(&a, removed_at, "ExportEnded").await;
	// `ExportEnded { patient, export 2, reason: PeerRemoved, nonce: None }`.
	assert_eq!(&ended[8..], &[2, 0, 0, 0, 0, 0, 0, 0, 5, 0], "{ended:?}");
	wait_for_event(&a, removed_at, "PeerRemoved").await;
	assert_eq!(peers(&a).await, vec![(gb, 0)]);
	// Nothing from C is accepted by A: C's next request never applies there, and a header of
	// C submitted by hand to A's slot-1 light client is refused.
	let before = a.dispatched_on(1).await;
	c.submit(&request_from(ga, &dave, "Imaging"), &dev::bob()).await;
	let (header, justification) =
		medchain_relay::latest_justification(&c.node.ws_url()).await.unwrap();
	let call = medchain_relay::encode_submit_finality_proof_at(
		Slot::new(1).unwrap(),
		&header,
		&justification,
		0,
	);
	let err = medchain_relay::submit_raw_call(&a.node.ws_url(), &call, &dev::ferdie()).await;
	assert!(err.is_err(), "A's slot 1 took a header of C: {err:?}");
	let now = a.node.best_number().await.unwrap();
	a.node.wait_for_best(now + 3).await.unwrap();
	assert_eq!(a.dispatched_on(1).await, before, "A applied a message from C after removing it");
	drop(relayers);
}

/// Alice's patient id on B.
const ALICE_ON_B: u128 = 0;

/// Wait until `chain` honours a lease of `patient` for `org` and `category`.
async fn leased_on(
	chain: &Chain,
	patient: &medchain_e2e::subxt::utils::AccountId32,
	org: u32,
	category: Category,
) -> AccessDecision<u64> {
	let what = format!("{} to honour the lease", chain.node.name());
	wait_until(&what, || async {
		let d = chain.check(patient, org, category).await;
		Ok(matches!(d, AccessDecision::Leased { .. }).then_some(d))
	})
	.await
	.unwrap()
}

/// `chain`'s genesis hash.
fn genesis(chain: &Chain) -> H256 {
	chain.client.genesis_hash()
}

/// `(peer, slot)` of `chain`'s active peers, by slot.
async fn peers(chain: &Chain) -> Vec<(H256, u8)> {
	let peers = medchain_relay::bridge_peers(&chain.node.ws_url()).await.unwrap();
	peers
		.iter()
		.filter(|p| p.status == medchain_relay::PeerStatus::Active)
		.map(|p| (p.chain, p.slot))
		.collect()
}

/// `MedchainBridge.export_consent_to` organization `org` of chain `to`.
fn export_to(to: H256, org: u32, category: &str) -> impl medchain_e2e::subxt::tx::Payload {
	call("MedchainBridge", "export_consent_to", export_to_fields(to, org, category))
}

/// `MedchainBridge.request_remote_access_from` chain `from`: may this organization access
/// `category` of `patient` for treatment?
fn request_from(
	from: H256,
	patient: &medchain_e2e::subxt::utils::AccountId32,
	category: &str,
) -> impl medchain_e2e::subxt::tx::Payload {
	call(
		"MedchainBridge",
		"request_remote_access_from",
		vec![bytes32(from), account(patient), code(category), code("Treatment"), none()],
	)
}

/// `EhrAnchor.anchor` of a lab result of patient `patient` with `hash`.
fn anchor_for(record: H256, hash: H256, patient: u128) -> impl medchain_e2e::subxt::tx::Payload {
	let mut fields = anchor_fields(record, hash);
	fields[1] = n(patient);
	call("EhrAnchor", "anchor", fields)
}

/// `MedchainBridge.share_record_with` each `(record, chain)`, in one `batch_all`.
fn share_with(shares: &[(H256, H256)]) -> impl medchain_e2e::subxt::tx::Payload {
	let calls = shares.iter().map(|(record, chain)| {
		call_value("MedchainBridge", "share_record_with", vec![bytes32(*record), bytes32(*chain)])
	});
	call("Utility", "batch_all", vec![list(calls)])
}

/// `bridge_verifyRecordFrom` on `chain`: a copy of `record` with content `hash`, against the
/// fingerprint peer `from` shared.
async fn verify_from(chain: &Chain, record: H256, hash: H256, from: H256) -> RemoteVerdict {
	use medchain_rpc::BridgeApiClient;
	BridgeApiClient::<H256, medchain_e2e::subxt::utils::AccountId32>::verify_record_from(
		chain.rpc.api(),
		record,
		hash,
		from,
		None,
	)
	.await
	.unwrap()
}

/// The fields of the first `MedchainBridge` event `name` in a block after `since` on `chain`.
async fn wait_for_event(chain: &Chain, since: H256, name: &str) -> Vec<u8> {
	let from = chain.rpc.block_number(since).await.unwrap();
	wait_until(name, || async {
		let best = chain.rpc.best_number().await.map_err(|e| e.to_string())?;
		for n in from..=best {
			let at = chain.client.at_block(n as u64).await.map_err(|e| e.to_string())?;
			let events = at.events().fetch().await.map_err(|e| e.to_string())?;
			for ev in events.iter() {
				let ev = ev.map_err(|e| e.to_string())?;
				if ev.pallet_name() == "MedchainBridge" && ev.event_name() == name {
					return Ok(Some(ev.field_bytes().to_vec()));
				}
			}
		}
		Ok(None)
	})
	.await
	.unwrap()
}
