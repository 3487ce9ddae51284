//! A `--dev` node: block production and finality, a transfer signed as a wallet signs it,
//! and bad extrinsics refused over RPC.

use medchain_e2e::{
	accounts::account,
	subxt::{
		config::PolkadotExtrinsicParamsBuilder,
		ext::scale_decode::DecodeAsType,
		utils::{AccountId32, MultiSignature, H256},
	},
	subxt_signer::sr25519::dev,
	MedchainConfig, Node, NodeConfig,
};

/// Amount moved by the test transfers: 1.5 tokens (12 decimals), well above the
/// existential deposit so the transfer is valid for a fresh account too.
const AMOUNT: u128 = 1_500_000_000_000;

/// Mortality of the wallet-style transactions, in blocks (polkadot.js defaults to 64).
const MORTAL_BLOCKS: u64 = 32;

/// `Balances.Transfer` event fields.
#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "medchain_e2e::subxt::ext::scale_decode")]
struct Transfer {
	from: AccountId32,
	to: AccountId32,
	amount: u128,
}

fn transfer_to(dest: &AccountId32, amount: u128) -> impl medchain_e2e::subxt::tx::Payload {
	medchain_e2e::subxt::dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(medchain_e2e::subxt::utils::MultiAddress::<AccountId32, ()>::Id(*dest), amount),
	)
}

fn wallet_params() -> <<MedchainConfig as medchain_e2e::subxt::Config>::TransactionExtensions as medchain_e2e::subxt::config::TransactionExtensions<MedchainConfig>>::Params{
	PolkadotExtrinsicParamsBuilder::<MedchainConfig>::new().mortal(MORTAL_BLOCKS).build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_node_produces_and_finalizes_blocks() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(3).await.unwrap();
	let finalized = node.wait_for_finalized(2).await.unwrap();
	let rpc = node.rpc().await.unwrap();
	// The finalized block is on the best chain and stays there.
	let hash = rpc.finalized_hash().await.unwrap();
	assert_eq!(rpc.block_hash(finalized).await.unwrap(), Some(hash.clone()));
	node.wait_for_finalized(finalized + 2).await.unwrap();
	assert_eq!(rpc.block_hash(finalized).await.unwrap(), Some(hash));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wallet_signed_transfer_is_included_finalized_and_its_event_read_back() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let (alice, bob) = (dev::alice(), dev::bob());
	let (alice_id, bob_id) = (alice.public_key().to_account_id(), bob.public_key().to_account_id());

	let alice_before = account(&client, &alice_id, None).await.unwrap();
	let bob_before = account(&client, &bob_id, None).await.unwrap();

	// Sign as a wallet: sr25519, all of the runtime's transaction extensions, the account's
	// next nonce, a mortal era.
	let at = client.at_current_block().await.unwrap();
	let signed = at
		.transactions()
		.create_signed(&transfer_to(&bob_id, AMOUNT), &alice, wallet_params())
		.await
		.unwrap();
	let in_block = signed.submit_and_watch().await.unwrap().wait_for_finalized().await.unwrap();
	let block_hash: H256 = in_block.block_hash();
	let events = in_block.wait_for_success().await.unwrap();

	let transfer = events
		.iter()
		.map(|e| e.unwrap())
		.find(|e| e.pallet_name() == "Balances" && e.event_name() == "Transfer")
		.expect("a Balances.Transfer event")
		.decode_fields_unchecked_as::<Transfer>()
		.unwrap();
	assert_eq!(transfer.from, alice_id);
	assert_eq!(transfer.to, bob_id);
	assert_eq!(transfer.amount, AMOUNT);

	// The block is final: on the best chain at or below the finalized head.
	let rpc = node.rpc().await.unwrap();
	let number = rpc.block_number(block_hash).await.unwrap();
	assert!(rpc.finalized_number().await.unwrap() >= number);
	assert_eq!(rpc.block_hash(number).await.unwrap(), Some(format!("{block_hash:?}")));

	// State after the block: Bob got exactly AMOUNT, Alice's nonce moved by one.
	let bob_after = account(&client, &bob_id, Some(block_hash)).await.unwrap();
	let alice_after = account(&client, &alice_id, Some(block_hash)).await.unwrap();
	assert_eq!(bob_after.data.free, bob_before.data.free + AMOUNT);
	assert_eq!(alice_after.nonce, alice_before.nonce + 1);
	assert!(alice_after.data.free < alice_before.data.free - AMOUNT, "Alice paid a fee too");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_and_wrongly_signed_extrinsics_are_refused_and_change_nothing() {
	let mut node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let (alice, bob) = (dev::alice(), dev::bob());
	let (alice_id, bob_id) = (alice.public_key().to_account_id(), bob.public_key().to_account_id());
	let alice_before = account(&client, &alice_id, None).await.unwrap();
	let bob_before = account(&client, &bob_id, None).await.unwrap();

	// 1. Bytes that are no extrinsic at all.
	let err = rpc.submit_extrinsic(&[0xde, 0xad, 0xbe, 0xef]).await.unwrap_err();
	// 1040: the author API's client error, saying the bytes do not decode as an extrinsic.
	assert_eq!(err.code, 1040, "malformed extrinsic: {err:?}");
	assert!(err.message.contains("Could not decode"), "{err:?}");

	// 2. A transfer that claims to come from Alice but is signed with Bob's key.
	let at = client.at_current_block().await.unwrap();
	let call = transfer_to(&bob_id, AMOUNT);
	let mut signable =
		at.transactions().create_signable(&call, &alice_id, wallet_params()).await.unwrap();
	let forged: MultiSignature = bob.sign(&signable.signer_payload().unwrap()).into();
	let bad = signable.sign_with_account_and_signature(&alice_id, &forged).unwrap();
	let err = rpc.submit_extrinsic(bad.encoded()).await.unwrap_err();
	assert_eq!(err.code, 1010, "wrongly signed extrinsic: {err:?}");
	assert!(err.message.contains("Invalid Transaction"), "{err:?}");
	assert!(err.data.as_deref().unwrap_or_default().contains("bad signature"), "{err:?}");

	// Nothing changed, and the node is alive and keeps producing blocks.
	let best = node.best_number().await.unwrap();
	node.wait_for_best(best + 2).await.unwrap();
	assert!(node.is_running());
	let alice_after = account(&client, &alice_id, None).await.unwrap();
	let bob_after = account(&client, &bob_id, None).await.unwrap();
	assert_eq!(alice_after.nonce, alice_before.nonce);
	assert_eq!(alice_after.data.free, alice_before.data.free);
	assert_eq!(bob_after.data.free, bob_before.data.free);

	// The same transfer, signed correctly, still goes through.
	let at = client.at_current_block().await.unwrap();
	at.transactions()
		.sign_and_submit_then_watch(&transfer_to(&bob_id, AMOUNT), &alice, wallet_params())
		.await
		.unwrap()
		.wait_for_finalized_success()
		.await
		.unwrap();
}
