//! Consortium governance on real nodes.
//!
//! - A four-validator `consortium-local` network (no sudo): a fifth node, not authorised on
//!   chain, gets no blocks from the members; the council authorises it and it syncs. The
//!   council votes its account in as a fifth validator, after it registered session keys made
//!   by its own node; it authors blocks and its
//!   GRANDPA votes count (finality goes on with one of the first four killed). The council then
//!   removes the killed validator and finality goes on with the four that are left. No
//!   finalized block is lost or changed. Along the way the council refuses a motion from a
//!   non-member, a second vote and an early close, and the session refuses keys registered for
//!   someone else; each changes nothing. Finally the council de-authorises the fifth node:
//!   the members ban it, connected as it is, and it gets nothing from them any more.
//! - On a development chain (one council seat): the council cannot remove the last validator
//!   nor seat more members than the bound, and nothing changes.

use medchain_e2e::{
	extrinsics::{self, account, call_value, executed, list, proposed, submit},
	governance::*,
	jsonrpsee::rpc_params,
	subxt::utils::AccountId32,
	subxt_signer::sr25519::{dev, Keypair},
	wait_until, Node, NodeConfig,
};

fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

/// Finalized hashes of blocks `1..=upto` as `node` sees them.
async fn finalized_hashes(node: &Node, upto: u32) -> Vec<Option<String>> {
	let rpc = node.rpc().await.unwrap();
	let mut hashes = Vec::new();
	for n in 1..=upto {
		hashes.push(rpc.block_hash(n).await.unwrap());
	}
	hashes
}

const THRESHOLD: u32 = CONSORTIUM_LOCAL_THRESHOLD;

/// Blocks the members finalize while a de-authorised node's finalized block must stay put.
const QUIET_BLOCKS: u32 = 6;

/// How far past the vote a de-authorised node may still finalize: the members ban it when they
/// import the next block, but a block it authored in its own slot just before can still reach
/// them (litep2p keeps the block-announce stream of a banned peer) and be finalized, and the
/// commit for it can still reach the node.
const BANNED_WITHIN_BLOCKS: u32 = 6;

/// Wait until `node`'s finalized block reaches its present best block, so that reads of the
/// finalized state see every transaction included so far.
async fn settle(node: &Node) {
	let best = node.best_number().await.unwrap();
	node.wait_for_finalized(best).await.unwrap();
}

/// Alice proposes `call`, Alice, Bob and Charlie vote aye (3 of 4 seats), Alice closes; the
/// motion must pass and its call succeed.
async fn council_passes(
	client: &medchain_e2e::Client,
	rpc: &medchain_e2e::Rpc,
	call: medchain_e2e::subxt::dynamic::Value,
) {
	let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());
	let result =
		pass_motion(client, rpc, call, &alice, &[&alice, &bob, &charlie], THRESHOLD).await.unwrap();
	assert_eq!(result, Ok(()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_council_votes_a_validator_in_and_another_out_without_a_restart() {
	let mut nodes = start_consortium_local().await.unwrap();
	let bootnode = nodes[0].multiaddr().await.unwrap();
	let client = nodes[0].client().await.unwrap();
	let rpc = nodes[0].rpc().await.unwrap();
	let (alice, bob, charlie, eve, ferdie) =
		(dev::alice(), dev::bob(), dev::charlie(), dev::eve(), dev::ferdie());
	assert_eq!(session_validators(&client).await.unwrap().len(), 4);
	assert_eq!(grandpa_authorities(&rpc).await.unwrap().len(), 4);
	assert_eq!(council_members(&client).await.unwrap().len(), 4);

	// Eve's node, with the raw chain spec and Alice as bootnode, is not an authorised member
	// node: the members give it nothing.
	let mut eve_cfg = NodeConfig::validator(CONSORTIUM_LOCAL, "eve", 4);
	eve_cfg.bootnodes.push(bootnode.clone());
	let eve_node = Node::start(eve_cfg).await.unwrap();
	let eve_rpc = eve_node.rpc().await.unwrap();
	let eve_peer = peer_id_bytes(&eve_rpc).await.unwrap();
	let best = nodes[0].best_number().await.unwrap();
	nodes[0].wait_for_best(best + 3).await.unwrap();
	assert_eq!(eve_node.best_number().await.unwrap(), 0, "an unauthorised node synced");

	// The council authorises it (a motion needs 3 of the 4 seats), and it syncs.
	council_passes(&client, &rpc, authorize_node(&eve_peer, &id(&eve))).await;
	let best = nodes[0].best_number().await.unwrap();
	eve_node.wait_for_best(best).await.unwrap();

	// Eve's node makes session keys for her account.
	let keys = rotate_keys(&eve_rpc, &id(&eve)).await.unwrap();

	// Bad input first; each leaves the chain as it was.
	// Keys whose proof signs Eve's account, registered by Ferdie: refused.
	let err = set_keys(&nodes[0].ws_url(), &keys, &ferdie).await.unwrap_err();
	assert!(err.contains("InvalidProof"), "{err}");
	// A motion from a non-member.
	let motion = extrinsics::propose(THRESHOLD, add_validator(&id(&eve)));
	let err = submit(&client, &rpc, &motion, &ferdie).await.err().expect("refused").0;
	assert!(err.contains("NotMember"), "{err}");
	// (The storage helpers read the finalized state: wait until it covers the refusal.)
	settle(&nodes[0]).await;
	assert_eq!(open_motions(&client).await.unwrap(), 0);
	// A member's motion; Bob votes twice; Alice closes it too early.
	let done = submit(&client, &rpc, &motion, &alice).await.unwrap();
	let (index, hash) = proposed(&done).expect("an open motion");
	submit(&client, &rpc, &extrinsics::vote(hash, index, true), &bob).await.unwrap();
	let err =
		submit(&client, &rpc, &extrinsics::vote(hash, index, true), &bob).await.err().unwrap().0;
	assert!(err.contains("DuplicateVote"), "{err}");
	let err = submit(&client, &rpc, &extrinsics::close(hash, index), &alice).await.err().unwrap().0;
	assert!(err.contains("TooEarly"), "{err}");
	assert_eq!(session_validators(&client).await.unwrap().len(), 4);

	// Eve registers her keys herself, then the motion gets its third aye and passes.
	set_keys(&nodes[0].ws_url(), &keys, &eve).await.unwrap();
	submit(&client, &rpc, &extrinsics::vote(hash, index, true), &charlie).await.unwrap();
	submit(&client, &rpc, &extrinsics::vote(hash, index, true), &alice).await.unwrap();
	let closed = submit(&client, &rpc, &extrinsics::close(hash, index), &alice).await.unwrap();
	assert_eq!(executed(&client, &closed).await, Some(Ok(())));
	assert!(closed.has("Consortium", "ValidatorAdded"));

	// Two blocks on, Eve is in the session, in GRANDPA's set, and authors blocks.
	let eve_id = id(&eve);
	wait_until("Eve in the session and GRANDPA's set", || async {
		let in_session = session_validators(&client).await?.contains(&eve_id);
		Ok((in_session && grandpa_authorities(&rpc).await?.len() == 5).then_some(()))
	})
	.await
	.unwrap();
	let authored =
		wait_until("a block authored by Eve", || async { last_authored(&client, &eve_id).await })
			.await
			.unwrap();
	assert!(authored.slot.is_some(), "the slot is noted with the block: {authored:?}");
	eve_node.wait_for_best(authored.block).await.unwrap();

	// Eve's GRANDPA votes count: with Dave killed, 4 of 5 voters are needed and Eve is one.
	let before_kill = nodes[0].finalized_number().await.unwrap();
	let hashes_before_kill = finalized_hashes(&nodes[0], before_kill).await;
	nodes[3].kill();
	nodes[0].wait_for_finalized(before_kill + 3).await.unwrap();
	eve_node.wait_for_finalized(before_kill + 3).await.unwrap();

	// The council (Alice, Bob, Charlie) removes Dave; finality goes on with four validators.
	let dave_id = id(&dev::dave());
	council_passes(&client, &rpc, remove_validator(&dave_id)).await;
	wait_until("Dave out of GRANDPA's set", || async {
		let set = grandpa_authorities(&rpc).await?;
		let validators = session_validators(&client).await?;
		Ok((set.len() == 4 && !validators.contains(&dave_id)).then_some(()))
	})
	.await
	.unwrap();
	settle(&nodes[0]).await;
	assert_eq!(last_authored(&client, &dave_id).await.unwrap(), None);
	let now = nodes[0].finalized_number().await.unwrap();
	for n in nodes[..3].iter().chain([&eve_node]) {
		n.wait_for_finalized(now + 3).await.unwrap();
	}

	// No finalized block was lost or changed: the live nodes agree, and the blocks finalized
	// before the kill are still the finalized ones.
	let mut common = u32::MAX;
	for n in nodes[..3].iter().chain([&eve_node]) {
		common = common.min(n.finalized_number().await.unwrap());
	}
	let reference = finalized_hashes(&nodes[0], common).await;
	assert!(reference.iter().all(Option::is_some));
	assert_eq!(&reference[..hashes_before_kill.len()], &hashes_before_kill[..]);
	for n in nodes[1..3].iter().chain([&eve_node]) {
		assert_eq!(finalized_hashes(n, common).await, reference, "{} disagrees", n.name());
	}

	// The council de-authorises Eve's node. Though it stays connected, the members ban it
	// within a few blocks of the vote (their nodes ban peers the chain no longer lists): they
	// stop gossiping GRANDPA votes to it and answering its block requests, so it gets no
	// blocks from them any more, while the other three (3 of 4 GRANDPA voters) go on
	// finalizing.
	council_passes(&client, &rpc, deauthorize_node(&eve_peer)).await;
	let at_vote = nodes[0].finalized_number().await.unwrap();
	// Eve's finalized block stops moving: wait for a stretch of QUIET_BLOCKS blocks finalized
	// by the members during which it stays put, and require that it stopped soon after the vote.
	let mut eve_finalized = eve_node.finalized_number().await.unwrap();
	loop {
		let members = nodes[0].finalized_number().await.unwrap();
		assert!(
			members <= at_vote + 4 * QUIET_BLOCKS,
			"Eve's node still finalizes ({eve_finalized}) {} blocks after the vote",
			members - at_vote
		);
		nodes[0].wait_for_finalized(members + QUIET_BLOCKS).await.unwrap();
		let now = eve_node.finalized_number().await.unwrap();
		if now == eve_finalized {
			break;
		}
		eve_finalized = now;
	}
	assert!(
		eve_finalized <= at_vote + BANNED_WITHIN_BLOCKS,
		"Eve's node finalized up to #{eve_finalized}, the vote was finalized at #{at_vote}"
	);
	// Eve still holds a validator seat, so her node would author in her slots, alone: it
	// neither finalizes anything nor learns the members' blocks.
	let members_head = rpc.finalized_hash().await.unwrap();
	let on_eve: Option<serde_json::Value> =
		eve_rpc.call("chain_getHeader", rpc_params![members_head.clone()]).await.unwrap();
	assert!(on_eve.is_none(), "a de-authorised node got the members' block {members_head}");
	assert_eq!(eve_node.finalized_number().await.unwrap(), eve_finalized);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_council_cannot_empty_the_validator_set_nor_overfill_itself() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let alice = dev::alice();

	// The development chain's council is Alice's one seat: her motions dispatch at once.
	let done = submit(&client, &rpc, &extrinsics::council(remove_validator(&id(&alice))), &alice)
		.await
		.unwrap();
	let err = executed(&client, &done).await.expect("executed").unwrap_err();
	assert!(err.contains("TooFewValidators"), "{err}");
	assert_eq!(session_validators(&client).await.unwrap(), vec![id(&alice)]);

	// 33 seats, one more than the bound.
	let too_many = list((0..33u8).map(|i| account(&AccountId32([i; 32]))));
	let reset = call_value("CouncilMembership", "reset_members", vec![too_many]);
	let done = submit(&client, &rpc, &extrinsics::council(reset), &alice).await.unwrap();
	let err = executed(&client, &done).await.expect("executed").unwrap_err();
	assert!(err.contains("TooManyMembers"), "{err}");
	assert_eq!(council_members(&client).await.unwrap(), vec![id(&alice)]);
}
