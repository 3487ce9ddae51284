//! The four-validator `local` network: it finalizes, survives a validator being killed, and the
//! killed validator restarts from its own database and catches up without any finalized block
//! being lost or changed.

use medchain_e2e::{Node, NodeConfig};

const VALIDATORS: [&str; 4] = ["alice", "bob", "charlie", "dave"];

/// Finalized hashes of blocks `1..=upto` as `node` sees them.
async fn finalized_hashes(node: &Node, upto: u32) -> Vec<Option<String>> {
	let rpc = node.rpc().await.unwrap();
	let mut hashes = Vec::new();
	for n in 1..=upto {
		hashes.push(rpc.block_hash(n).await.unwrap());
	}
	hashes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_validators_finalize_and_survive_a_killed_validator() {
	// Alice first, so the others can use her as a bootnode.
	let alice = Node::start(NodeConfig::validator("local", "alice", 0)).await.unwrap();
	let bootnode = alice.multiaddr().await.unwrap();
	let mut nodes = vec![alice];
	for (i, who) in VALIDATORS.iter().enumerate().skip(1) {
		let mut cfg = NodeConfig::validator("local", who, i as u8);
		cfg.bootnodes.push(bootnode.clone());
		nodes.push(Node::start(cfg).await.unwrap());
	}

	// All four see finality advance (GRANDPA needs 3 of 4 votes).
	for n in &nodes {
		n.wait_for_finalized(3).await.unwrap();
	}

	// Kill Dave without a clean shutdown.
	let before_kill = nodes[0].finalized_number().await.unwrap();
	let hashes_before_kill = finalized_hashes(&nodes[0], before_kill).await;
	nodes[3].kill();
	assert!(!nodes[3].is_running());

	// The other three keep producing and finalizing.
	let best = nodes[0].best_number().await.unwrap();
	for n in &nodes[..3] {
		n.wait_for_best(best + 3).await.unwrap();
		n.wait_for_finalized(before_kill + 3).await.unwrap();
	}

	// Dave restarts from his own database and catches up with finality.
	let target = nodes[0].finalized_number().await.unwrap();
	nodes[3].restart().await.unwrap();
	nodes[3].wait_for_finalized(target).await.unwrap();
	// ... and votes again: finality keeps moving with all four.
	nodes[0].wait_for_finalized(target + 2).await.unwrap();

	// No finalized block was lost or changed: every node agrees on the finalized chain, and
	// the blocks finalized before the kill are the ones that are still there.
	let common = {
		let mut m = u32::MAX;
		for n in &nodes {
			m = m.min(n.finalized_number().await.unwrap());
		}
		m
	};
	assert!(common >= target);
	let reference = finalized_hashes(&nodes[0], common).await;
	assert!(reference.iter().all(Option::is_some));
	assert_eq!(&reference[..hashes_before_kill.len()], &hashes_before_kill[..]);
	for n in &nodes[1..] {
		assert_eq!(finalized_hashes(n, common).await, reference, "{} disagrees", n.name());
	}
}
