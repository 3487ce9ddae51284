//! Two consortium chains bridged by GRANDPA light clients and a message lane, with a real
//! `medchain-relay` process between them:
//! - a consent exported on A makes `consent_checkAccess` on B say yes; revoked on A, no;
//! - a record anchored on A verifies on B;
//! - the relayer is killed mid-way (twice) and restarted: every message arrives exactly once,
//!   in order;
//! - each chain refuses its own justification as the peer's, a tampered one and a replayed one;
//! - tokens swap between the chains with `pallet-atomic-swap` (the secret revealed on one chain
//!   claims on the other); a claim returns the creator's deposit, and an unclaimed swap cannot
//!   be cancelled before its timelock;
//! - chain A's council changes A's GRANDPA authority set, and a consent exported afterwards
//!   still reaches B.
//!
//! Accounts: on A (council: Alice) Dave is a patient and Bob administers the hospital (org 0, a
//! custodian); on B (council: Bob) Charlie administers the clinic (org 0). Ferdie relays.

use medchain_e2e::{
	access::*,
	bridge::*,
	extrinsics::*,
	subxt::dynamic::Value,
	subxt_signer::sr25519::{dev, Keypair},
	wait_until,
};
use medchain_relay::{encode_submit_finality_proof, latest_justification, submit_raw_call};
use pallet_consent::{AccessDecision, Category, DenyReason};
use pallet_medchain_bridge::RemoteVerdict;
use sp_core::H256;

#[tokio::test(flavor = "multi_thread")]
async fn consent_and_records_cross_the_bridge_exactly_once() {
	let pair = start_pair().await.unwrap();
	let (a, b) = (Chain::new(pair.a).await, Chain::new(pair.b).await);
	setup(&a, &b).await;
	let dave = id(&dev::dave());

	// Each chain refuses its own justification as the peer's: the light client on A follows
	// B's authorities (Bob), and A's justification is signed by Alice.
	// Proofs the test submits by hand come from Eve, an independent would-be relayer: signing
	// them with the running relayer's own account (Ferdie) would race its transactions for
	// the same nonce, and the pool would refuse one as a duplicate.
	let by_hand = dev::eve();
	let (header, justification) = latest_justification(&a.node.ws_url()).await.unwrap();
	let own = encode_submit_finality_proof(&header, &justification, 0);
	let err = submit_raw_call(&a.node.ws_url(), &own, &by_hand).await.unwrap_err();
	assert!(err.to_string().contains("BridgeGrandpa::InvalidJustification"), "{err}");
	// A tampered header (another state root) under A's real justification is refused by B.
	let mut tampered = header.clone();
	tampered.state_root = H256::repeat_byte(9);
	let forged = encode_submit_finality_proof(&tampered, &justification, 0);
	let err = submit_raw_call(&b.node.ws_url(), &forged, &by_hand).await.unwrap_err();
	assert!(err.to_string().contains("BridgeGrandpa::InvalidJustification"), "{err}");

	let mut relayer = Relayer::start(&a.node.ws_url(), &b.node.ws_url()).unwrap();

	// Grant on A → check on B says yes.
	assert_eq!(
		denied(&b.check(&dave, CLINIC, Category::Laboratory).await),
		Some(DenyReason::UnknownPatient)
	);
	let exported = a.submit(&export(CLINIC, &["Laboratory"]), &dev::dave()).await;
	assert!(exported.has("MedchainBridge", "ConsentExported"));
	let decision = wait_until("B to honour the lease", || async {
		let d = b.check(&dave, CLINIC, Category::Laboratory).await;
		Ok(matches!(d, AccessDecision::Leased { .. }).then_some(d))
	})
	.await
	.unwrap();
	assert!(matches!(decision, AccessDecision::Leased { lease: 0, .. }), "{decision:?}");
	// The relayer's metrics count what it carried A→B: headers and the lease message.
	for series in [
		"medchain_relay_headers_relayed_total{direction=\"a_to_b\"}",
		"medchain_relay_messages_relayed_total{direction=\"a_to_b\"}",
	] {
		let value = relayer.metric(series).unwrap();
		assert!(value.is_some_and(|v| v >= 1.0), "{series}: {value:?}");
	}
	// Out of scope on B: refused with the reason.
	assert_eq!(
		denied(&b.check(&dave, CLINIC, Category::Imaging).await),
		Some(DenyReason::CategoryNotCovered)
	);
	// A header A already imported, submitted again: refused as old (the replay changes nothing).
	let (header_b, just_b) = latest_justification(&b.node.ws_url()).await.unwrap();
	wait_until("A to import B's header", || async {
		let s = medchain_relay::bridge_status(&a.node.ws_url()).await.map_err(|e| e.to_string())?;
		Ok(s.best_bridged_header.filter(|h| h.0 >= header_b.number).map(|_| ()))
	})
	.await
	.unwrap();
	let replay = encode_submit_finality_proof(&header_b, &just_b, 0);
	let err = submit_raw_call(&a.node.ws_url(), &replay, &by_hand).await.unwrap_err();
	assert!(err.to_string().contains("BridgeGrandpa::OldHeader"), "{err}");

	// A record anchored on A verifies on B.
	let (record, hash) = (H256::repeat_byte(0x11), H256::repeat_byte(0x22));
	a.submit(&anchor(record, hash), &dev::bob()).await;
	a.submit(&share(record), &dev::bob()).await;
	let verdict = wait_until("B to learn the record", || async {
		let v = verify_on(&b, record, hash).await;
		Ok(matches!(v, RemoteVerdict::Current { .. }).then_some(v))
	})
	.await
	.unwrap();
	assert!(matches!(verdict, RemoteVerdict::Current { version: 1, .. }), "{verdict:?}");
	assert!(matches!(
		verify_on(&b, record, H256::repeat_byte(0x33)).await,
		RemoteVerdict::Mismatch { .. }
	));

	// Revoke on A → check on B says no.
	let revoked =
		a.submit(&call("MedchainBridge", "revoke_export", vec![none(), n(0)]), &dev::dave()).await;
	assert!(revoked.has("MedchainBridge", "ExportRevoked"));
	wait_until("B to drop the lease", || async {
		let d = b.check(&dave, CLINIC, Category::Laboratory).await;
		Ok((denied(&d) == Some(DenyReason::UnknownPatient)).then_some(()))
	})
	.await
	.unwrap();

	// Kill the relayer while messages are queued, queue more, restart; kill it again shortly
	// after it resumes and restart once more.
	relayer.kill();
	let records: Vec<H256> = (0..6u8).map(|i| H256::repeat_byte(0x40 + i)).collect();
	// Anchor and share three records in one transaction (three messages).
	let anchor_and_share = |records: &[H256]| {
		let calls = records.iter().flat_map(|r| {
			[
				call_value("EhrAnchor", "anchor", anchor_fields(*r, H256::repeat_byte(0x77))),
				call_value("MedchainBridge", "share_record", vec![bytes32(*r)]),
			]
		});
		call("Utility", "batch_all", vec![list(calls)])
	};
	a.submit(&anchor_and_share(&records[..3]), &dev::bob()).await;
	relayer.restart().unwrap();
	a.submit(&anchor_and_share(&records[3..]), &dev::bob()).await;
	tokio::time::sleep(std::time::Duration::from_secs(4)).await;
	relayer.kill();
	relayer.restart().unwrap();
	for r in &records {
		let r = *r;
		wait_until("B to learn every record", || async {
			let v = verify_on(&b, r, H256::repeat_byte(0x77)).await;
			Ok(matches!(v, RemoteVerdict::Current { .. }).then_some(()))
		})
		.await
		.unwrap();
	}
	// Exactly once, in order: export, share, revoke, then the six shares — nonces 1..=9.
	let dispatched = b.dispatched().await;
	assert_eq!(dispatched, (1..=9).map(|n| (n, true)).collect::<Vec<_>>());
	drop(relayer);
}

/// A swap's deposit in these tests: above the runtime's `SwapDeposit` (about 0.026 UNIT).
const SWAP_DEPOSIT: u128 = 100_000_000_000;
/// Timelocks in blocks of 6 s: the runtime's shortest, one hour (`SWAP_DEFAULT_TIMELOCK`), for
/// the counterparty, and two hours for the one who reveals the secret, as in any HTLC pair.
const HOUR: u32 = 600;

#[tokio::test(flavor = "multi_thread")]
async fn tokens_swap_atomically_between_the_chains() {
	let pair = start_pair().await.unwrap();
	let (a, b) = (Chain::new(pair.a).await, Chain::new(pair.b).await);
	let (alice, bob) = (dev::alice(), dev::bob());
	let secret = [0x5eu8; 32];
	let hashed = sp_crypto_hashing::blake2_256(&secret);
	let amount = 1_000_000_000_000u128;
	let action = || Value::named_composite([("value", n(amount)), ("deposit", n(SWAP_DEPOSIT))]);
	let create = |to: &Keypair, hashed: [u8; 32], blocks: u32| {
		call(
			"AtomicSwap",
			"create_swap",
			vec![account(&id(to)), Value::from_bytes(hashed), action(), n(blocks as u128)],
		)
	};
	let held_before = reserved(&a, &alice, None).await;
	// Alice locks on A for Bob (longer timelock); Bob locks on B for Alice with the same hash.
	let locked = a.submit(&create(&bob, hashed, 2 * HOUR), &alice).await.block_hash;
	assert_eq!(reserved(&a, &alice, Some(locked)).await, held_before + amount + SWAP_DEPOSIT);
	b.submit(&create(&alice, hashed, HOUR), &bob).await;
	let bob_on_a = free(&a, &bob, None).await;
	// Alice claims on B, revealing the secret in her extrinsic.
	let claim =
		|secret: &[u8]| call("AtomicSwap", "claim_swap", vec![Value::from_bytes(secret), action()]);
	let claimed = b.submit(&claim(&secret), &alice).await;
	assert!(claimed.has("AtomicSwap", "SwapClaimed"));
	// Bob reads the secret from Alice's claim on B (it is public in the block) and claims on A.
	let revealed = revealed_secret(&b, claimed.block_hash).await;
	assert_eq!(revealed, secret);
	let claimed = a.submit(&claim(&revealed), &bob).await;
	assert!(claimed.has("AtomicSwap", "SwapClaimed"));
	let bob_after = free(&a, &bob, Some(claimed.block_hash)).await;
	assert!(bob_after > bob_on_a + amount / 2, "Bob received Alice's tokens on A");
	// Alice's deposit came back with the claim.
	assert_eq!(reserved(&a, &alice, Some(claimed.block_hash)).await, held_before);

	// An unclaimed swap cannot be cancelled before its timelock (the refund after it is
	// `runtime::swaps`' unit test: an hour of blocks is too long to wait here).
	let other = sp_crypto_hashing::blake2_256(&[0x77u8; 32]);
	let cancel =
		call("AtomicSwap", "cancel_swap", vec![account(&id(&bob)), Value::from_bytes(other)]);
	let locked = a.submit(&create(&bob, other, HOUR), &alice).await.block_hash;
	assert_eq!(reserved(&a, &alice, Some(locked)).await, held_before + amount + SWAP_DEPOSIT);
	let Err(early) = submit(&a.client, &a.rpc, &cancel, &alice).await else {
		panic!("cancelled before the timelock")
	};
	assert!(early.0.contains("DurationNotPassed"), "{early:?}");
}

async fn free(chain: &Chain, who: &Keypair, at: Option<H256>) -> u128 {
	medchain_e2e::accounts::account(&chain.client, &id(who), at).await.unwrap().data.free
}

async fn reserved(chain: &Chain, who: &Keypair, at: Option<H256>) -> u128 {
	medchain_e2e::accounts::account(&chain.client, &id(who), at).await.unwrap().data.reserved
}

/// The `proof` argument of the `AtomicSwap.claim_swap` extrinsic in block `at`.
async fn revealed_secret(chain: &Chain, at: H256) -> Vec<u8> {
	let block = chain.client.at_block(at).await.unwrap();
	let extrinsics = block.extrinsics().fetch().await.unwrap();
	for ext in extrinsics.iter() {
		let ext = ext.unwrap();
		if ext.pallet_name() == "AtomicSwap" && ext.call_name() == "claim_swap" {
			// Fields: proof (Vec<u8>, compact length + bytes), then the action.
			let bytes = ext.call_data_field_bytes();
			let mut input = bytes;
			let proof: Vec<u8> = codec::Decode::decode(&mut input).unwrap();
			return proof;
		}
	}
	panic!("no claim_swap in block {at:?}");
}

/// Chain A's council changes A's GRANDPA authority set (Alice's node makes new session keys,
/// she registers them, the council forces the session rotation); the relayer imports the
/// set-changing header into B's light client, which then verifies the new set's
/// justifications: a consent exported from A after the change still reaches B.
#[tokio::test(flavor = "multi_thread")]
async fn consent_crosses_the_bridge_after_the_peer_changes_its_authority_set() {
	use medchain_e2e::governance::{grandpa_authorities, rotate_keys, set_keys};

	let pair = start_pair().await.unwrap();
	let (a, b) = (Chain::new(pair.a).await, Chain::new(pair.b).await);
	setup(&a, &b).await;
	let _relayer = Relayer::start(&a.node.ws_url(), &b.node.ws_url()).unwrap();
	let dave = id(&dev::dave());
	let set_id_on_b = || async {
		let status =
			medchain_relay::bridge_status(&b.node.ws_url()).await.map_err(|e| e.to_string())?;
		Ok::<_, String>(status.authority_set.map(|set| set.set_id).unwrap_or_default())
	};
	let before = grandpa_authorities(&a.rpc).await.unwrap();
	let set_before = set_id_on_b().await.unwrap();

	// Alice's node makes new keys; she registers them; A's one-seat council forces the
	// rotation, and two blocks later A's GRANDPA set is the new key.
	let keys = rotate_keys(&a.rpc, &id(&dev::alice())).await.unwrap();
	set_keys(&a.node.ws_url(), &keys, &dev::alice()).await.unwrap();
	let forced =
		a.submit(&council(call_value("Consortium", "force_rotation", vec![])), &dev::alice()).await;
	assert_eq!(executed(&a.client, &forced).await, Some(Ok(())));
	let after = wait_until("A's new GRANDPA set", || async {
		let set = grandpa_authorities(&a.rpc).await?;
		Ok((set != before).then_some(set))
	})
	.await
	.unwrap();
	assert_eq!(after.len(), 1);
	assert_eq!(&after[0][..], &keys.keys[32..64], "the set is Alice's new GRANDPA key");
	// A keeps finalizing with the new key, and B's light client follows it to the new set.
	let finalized = a.node.finalized_number().await.unwrap();
	a.node.wait_for_finalized(finalized + 2).await.unwrap();
	wait_until("B's light client on A's new set", || async {
		Ok((set_id_on_b().await? > set_before).then_some(()))
	})
	.await
	.unwrap();

	// A grant exported after the change reaches B.
	let exported = a.submit(&export(CLINIC, &["Laboratory"]), &dev::dave()).await;
	assert!(exported.has("MedchainBridge", "ConsentExported"));
	wait_until("B to honour the lease", || async {
		let d = b.check(&dave, CLINIC, Category::Laboratory).await;
		Ok(matches!(d, AccessDecision::Leased { .. }).then_some(()))
	})
	.await
	.unwrap();
}
