//! Abuse is refused or priced, on a `--dev` node: free text never reaches a block, and an atomic
//! swap outside its bounds (timelock, deposit) is refused before inclusion.

use medchain_e2e::{
	extrinsics::{self, call, submit},
	jsonrpsee::rpc_params,
	subxt::dynamic::Value,
	subxt_signer::sr25519::dev,
	Node, NodeConfig, Rpc,
};

/// `InvalidTransaction::Custom` codes of `runtime::swaps`.
const SWAP_TIMELOCK_TOO_SHORT: u8 = 2;
const SWAP_TIMELOCK_TOO_LONG: u8 = 3;
const SWAP_DEPOSIT_TOO_LOW: u8 = 4;
/// The runtime's `SWAP_DEFAULT_TIMELOCK` (one hour of 6-second blocks) and its longest, 30 days.
const HOUR: u128 = 600;
const MAX_TIMELOCK: u128 = 30 * 24 * HOUR;
/// A deposit above the runtime's `SwapDeposit` (about 0.026 UNIT).
const DEPOSIT: u128 = 100_000_000_000;

async fn next_nonce(rpc: &Rpc, who: &str) -> u64 {
	rpc.call("system_accountNextIndex", rpc_params![who]).await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn free_text_is_refused_before_inclusion() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let (alice, bob) = (dev::alice(), dev::bob());
	let bob_id = bob.public_key().to_account_id().to_string();
	let before = next_nonce(&rpc, &bob_id).await;

	// A remark with text, alone, with an event, inside a batch, or wrapped in sudo: each
	// refused by the pool, so its bytes never reach a block and the nonce does not move.
	let text = || Value::from_bytes(b"dx: suspected ...");
	let remark = || extrinsics::call_value("System", "remark", vec![text()]);
	let refused = [
		("remark", call("System", "remark", vec![text()])),
		("remark_with_event", call("System", "remark_with_event", vec![text()])),
		("batched", call("Utility", "batch_all", vec![Value::unnamed_composite([remark()])])),
	];
	for (what, tx) in refused {
		let err = submit(&client, &rpc, &tx, &bob).await.err().expect(what).0;
		assert!(err.contains("not expected"), "{what}: {err}");
	}
	let err =
		submit(&client, &rpc, &extrinsics::sudo(remark()), &alice).await.err().expect("sudo").0;
	assert!(err.contains("not expected"), "sudo: {err}");
	assert_eq!(next_nonce(&rpc, &bob_id).await, before);

	// An empty remark carries nothing and goes through.
	let empty = call("System", "remark", vec![Value::from_bytes(b"")]);
	submit(&client, &rpc, &empty, &bob).await.unwrap();
	assert_eq!(next_nonce(&rpc, &bob_id).await, before + 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn swaps_outside_their_bounds_are_refused_before_inclusion() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let (alice, bob) = (dev::alice(), dev::bob());
	let alice_id = alice.public_key().to_account_id();
	let value = 1_000_000_000_000u128;
	let fields = |deposit: u128, timelock: u128| {
		vec![
			extrinsics::account(&bob.public_key().to_account_id()),
			Value::from_bytes([0x42u8; 32]),
			Value::named_composite([
				("value", extrinsics::n(value)),
				("deposit", extrinsics::n(deposit)),
			]),
			extrinsics::n(timelock),
		]
	};
	let swap = |deposit, timelock| call("AtomicSwap", "create_swap", fields(deposit, timelock));
	let (c, who) = (&client, &alice_id);
	let reserved = |at| async move {
		medchain_e2e::accounts::account(c, who, at).await.unwrap().data.reserved
	};
	let (nonce, held) = (next_nonce(&rpc, &alice_id.to_string()).await, reserved(None).await);

	// Each refused by the pool with its own code: nothing is included, charged or reserved.
	let refused = [
		("an hour less a block", swap(DEPOSIT, HOUR - 1), SWAP_TIMELOCK_TOO_SHORT),
		("over 30 days", swap(DEPOSIT, MAX_TIMELOCK + 1), SWAP_TIMELOCK_TOO_LONG),
		("no deposit", swap(0, HOUR), SWAP_DEPOSIT_TOO_LOW),
		(
			"batched",
			call(
				"Utility",
				"batch_all",
				vec![Value::unnamed_composite([extrinsics::call_value(
					"AtomicSwap",
					"create_swap",
					fields(DEPOSIT, 3),
				)])],
			),
			SWAP_TIMELOCK_TOO_SHORT,
		),
	];
	for (what, tx, code) in refused {
		let err = submit(&client, &rpc, &tx, &alice).await.err().expect(what).0;
		assert!(err.contains(&format!("custom error: {code}")), "{what}: {err}");
	}
	assert_eq!(next_nonce(&rpc, &alice_id.to_string()).await, nonce);
	assert_eq!(reserved(None).await, held);

	// Within bounds, the value and the deposit are reserved until claim or cancel.
	let created = submit(&client, &rpc, &swap(DEPOSIT, HOUR), &alice).await.unwrap();
	assert!(created.has("AtomicSwap", "NewSwap"), "{:?}", created.events);
	assert_eq!(reserved(Some(created.block_hash)).await, held + value + DEPOSIT);
}
