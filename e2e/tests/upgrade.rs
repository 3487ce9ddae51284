//! A runtime upgrade by council vote, on real nodes.
//!
//! Four `consortium-local` validators (no sudo) start on the previous runtime release (spec
//! 105, kept in `e2e/fixtures/`). The council authorises the hash of this build's runtime by
//! motion (`Consortium.dispatch_as_root(System.authorize_upgrade)`), and an account that holds
//! no seat applies the code (`System.apply_authorized_upgrade`). The first block of the new
//! runtime runs its storage migration: the consortium pallet's `LastAuthored` entries, bare
//! block numbers before, read as `{ block, slot }` after, each block kept. The chain keeps
//! finalizing, storage and transactions decode and encode with the new runtime's metadata.
//! Before that, a member dry-runs the upgrade on the live state with `medchain-try-runtime`
//! (try-runtime checks), and the refusals: a non-member's motion, the call without a motion,
//! applying code before any authorisation and applying code whose hash was not authorised;
//! none changes the runtime.

use medchain_e2e::{
	extrinsics::{self, address, call, n, submit},
	governance::*,
	subxt::utils::AccountId32,
	subxt_signer::sr25519::{dev, Keypair},
	wait_until,
};

fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_council_upgrades_the_runtime_and_the_migration_runs() {
	let dir = tempfile::tempdir().unwrap();
	let spec = dir.path().join("consortium-local-105.json");
	let next = consortium_local_spec_with_code(PREVIOUS_RUNTIME, &spec).unwrap();
	assert_ne!(next, PREVIOUS_RUNTIME, "this build's runtime is the release it upgrades from");
	let nodes = start_consortium(spec.to_str().unwrap()).await.unwrap();
	let client = nodes[0].client().await.unwrap();
	let rpc = nodes[0].rpc().await.unwrap();
	let (alice, bob, charlie, ferdie) = (dev::alice(), dev::bob(), dev::charlie(), dev::ferdie());
	let head = rpc.finalized_hash().await.unwrap();
	assert_eq!(spec_version_at(&rpc, &head).await.unwrap(), PREVIOUS_SPEC_VERSION);
	assert_eq!(storage_version_at(&rpc, "Consortium", &head).await.unwrap(), 0);

	// Every founder authors at least once on the old runtime, so each has an entry to migrate.
	let validators: Vec<AccountId32> =
		[dev::alice(), dev::bob(), dev::charlie(), dev::dave()].iter().map(id).collect();
	let best = nodes[0].best_number().await.unwrap();
	nodes[0].wait_for_finalized(best + FOUNDERS.len() as u32).await.unwrap();

	// Before voting, a member dry-runs this build's upgrade on the live chain's state
	// (`medchain-try-runtime`): the migration's pre/post checks, state decoding and try_state
	// pass on the four real entries, the storage version goes 0 → 1, and a second run is a
	// no-op. Nothing changes on chain.
	let dry = dry_run_upgrade(&nodes[0].ws_url(), None).unwrap();
	assert!(dry.passed, "{dry:?}");
	assert!(dry.stdout.contains(&format!("spec {PREVIOUS_SPEC_VERSION}, block")), "{dry:?}");
	assert!(dry.stdout.contains("(state root verified)"), "{dry:?}");
	assert!(dry.stdout.contains("storage version: Consortium 0 -> 1"), "{dry:?}");
	assert!(dry.stdout.contains("idempotent"), "{dry:?}");
	assert!(dry.stderr.contains("v1: 4 LastAuthored entries migrated"), "{dry:?}");
	let head = rpc.finalized_hash().await.unwrap();
	assert_eq!(storage_version_at(&rpc, "Consortium", &head).await.unwrap(), 0);
	// A block the node does not have: a clear error, no report.
	let missing = format!("0x{}", "ab".repeat(32));
	let dry = dry_run_upgrade(&nodes[0].ws_url(), Some(&missing)).unwrap();
	assert!(!dry.passed && dry.stdout.is_empty(), "{dry:?}");
	assert!(dry.stderr.contains("no block"), "{dry:?}");

	// Refused, each changing nothing: a motion from Ferdie, who holds no seat; the root-only
	// call signed by a member without a motion; applying code nothing authorised.
	let motion = extrinsics::propose(
		CONSORTIUM_LOCAL_THRESHOLD,
		extrinsics::as_root(authorize_upgrade(&next)),
	);
	let err = submit(&client, &rpc, &motion, &ferdie).await.err().expect("refused").0;
	assert!(err.contains("NotMember"), "{err}");
	let direct = call(
		"System",
		"authorize_upgrade",
		vec![medchain_e2e::subxt::dynamic::Value::from_bytes(sp_crypto_hashing::blake2_256(&next))],
	);
	let err = submit(&client, &rpc, &direct, &alice).await.err().expect("refused").0;
	assert!(err.contains("Bad origin") || err.contains("BadOrigin"), "{err}");
	let err = submit(&client, &rpc, &apply_authorized_upgrade(&next), &ferdie)
		.await
		.err()
		.expect("refused")
		.0;
	assert!(err.contains("NothingAuthorized"), "{err}");

	// The council authorises this build's code: 3 of 4 seats.
	let result = pass_motion(
		&client,
		&rpc,
		extrinsics::as_root(authorize_upgrade(&next)),
		&alice,
		&[&alice, &bob, &charlie],
		CONSORTIUM_LOCAL_THRESHOLD,
	)
	.await
	.unwrap();
	assert_eq!(result, Ok(()));

	// Code whose hash is not the authorised one (the running release's) is refused.
	let err = submit(&client, &rpc, &apply_authorized_upgrade(PREVIOUS_RUNTIME), &ferdie)
		.await
		.err()
		.expect("refused")
		.0;
	assert!(err.contains("Unauthorized"), "{err}");
	let best = rpc.block_hash(nodes[0].best_number().await.unwrap()).await.unwrap().unwrap();
	assert_eq!(spec_version_at(&rpc, &best).await.unwrap(), PREVIOUS_SPEC_VERSION);
	assert!(raw_storage_at(&rpc, &plain_key("System", "AuthorizedUpgrade"), &best)
		.await
		.unwrap()
		.is_some());

	// Ferdie, no member, applies the authorised code.
	let applied = submit(&client, &rpc, &apply_authorized_upgrade(&next), &ferdie).await.unwrap();
	assert!(applied.has("System", "CodeUpdated"));
	let applied_in = rpc.block_number(applied.block_hash).await.unwrap();

	// The chain keeps finalizing on every node. The block that set the code already holds the
	// new code in its state (so RPC reports the new version there) but was executed by the old
	// runtime; the new runtime first executes the next block, and migrates in it.
	for node in &nodes {
		node.wait_for_finalized(applied_in + 3).await.unwrap();
	}
	let first = applied_in + 1;
	let parent = rpc.block_hash(applied_in - 1).await.unwrap().unwrap();
	let before_hash = rpc.block_hash(applied_in).await.unwrap().unwrap();
	let after_hash = rpc.block_hash(first).await.unwrap().unwrap();
	assert_eq!(spec_version_at(&rpc, &parent).await.unwrap(), PREVIOUS_SPEC_VERSION);
	assert!(spec_version_at(&rpc, &after_hash).await.unwrap() > PREVIOUS_SPEC_VERSION);
	assert_eq!(storage_version_at(&rpc, "Consortium", &before_hash).await.unwrap(), 0);
	assert_eq!(storage_version_at(&rpc, "Consortium", &after_hash).await.unwrap(), 1);

	// The migrated state: each entry, read raw in the old layout just before and with the new
	// runtime's metadata just after, keeps its block; only the first block's author has a
	// slot yet.
	let after = client.at_block(first).await.unwrap();
	let mut slots = 0;
	for v in &validators {
		let old =
			last_authored_v0_at(&rpc, v, &before_hash).await.unwrap().expect("an entry before");
		let new = last_authored_at(&after, v).await.unwrap().expect("an entry after");
		if new.block == first {
			assert!(new.slot.is_some(), "{new:?}");
			slots += 1;
		} else {
			assert_eq!(new, Authored { block: old, slot: None });
		}
	}
	assert_eq!(slots, 1, "exactly one validator authored the first block");

	// From then on every validator's entry gets its slot as it authors.
	wait_until("every validator authoring on the new runtime", || async {
		let mut all = true;
		for v in &validators {
			all &= last_authored(&client, v).await?.is_some_and(|a| a.slot.is_some());
		}
		Ok(all.then_some(()))
	})
	.await
	.unwrap();

	// On the upgraded chain the same dry run passes and has nothing left to migrate.
	let dry = dry_run_upgrade(&nodes[0].ws_url(), None).unwrap();
	assert!(dry.passed, "{dry:?}");
	assert!(!dry.stdout.contains("storage version:"), "{dry:?}");

	// Wallets go on: a transfer signed with the new runtime's metadata and spec version.
	let transfer =
		call("Balances", "transfer_keep_alive", vec![address(&id(&dev::eve())), n(1_000_000)]);
	let done = submit(&client, &rpc, &transfer, &ferdie).await.unwrap();
	assert!(done.has("Balances", "Transfer"));
	let best = nodes[0].best_number().await.unwrap();
	for node in &nodes {
		node.wait_for_finalized(best).await.unwrap();
	}
}
