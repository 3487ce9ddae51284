//! Abuse is refused or priced, on a `--dev` node: free text never reaches a block.

use medchain_e2e::{
	health::{self, call, submit},
	subxt::{dynamic::Value, ext::jsonrpsee::rpc_params},
	subxt_signer::sr25519::dev,
	Node, NodeConfig, Rpc,
};

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
	let remark = || health::call_value("System", "remark", vec![text()]);
	let refused = [
		("remark", call("System", "remark", vec![text()])),
		("remark_with_event", call("System", "remark_with_event", vec![text()])),
		("batched", call("Utility", "batch_all", vec![Value::unnamed_composite([remark()])])),
	];
	for (what, tx) in refused {
		let err = submit(&client, &rpc, &tx, &bob).await.err().expect(what).0;
		assert!(err.contains("not expected"), "{what}: {err}");
	}
	let err = submit(&client, &rpc, &health::sudo(remark()), &alice).await.err().expect("sudo").0;
	assert!(err.contains("not expected"), "sudo: {err}");
	assert_eq!(next_nonce(&rpc, &bob_id).await, before);

	// An empty remark carries nothing and goes through.
	let empty = call("System", "remark", vec![Value::from_bytes(b"")]);
	submit(&client, &rpc, &empty, &bob).await.unwrap();
	assert_eq!(next_nonce(&rpc, &bob_id).await, before + 1);
}
