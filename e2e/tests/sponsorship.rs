//! Patients without tokens, on a `--dev` node: a key that never held a token, onboarded by a
//! member organization, registers, grants, is checked by `consent_checkAccess`, revokes and
//! deregisters, each extrinsic signed as a wallet signs it, included and finalized, while its
//! balance stays zero and the organization's balance moves by exactly the fees and deposits.
//! A delegate with no balance acts for the patient the same way. An unsponsored key with
//! nothing is refused by the pool; a patient past its allowance is
//! refused by the pool with the allowance's own code, and nothing changes.
//!
//! Accounts: Alice is sudo; Bob administers organization 0, the sponsor; the patient and the
//! stranger are fresh keys with no balance.

use medchain_e2e::{
	access::*,
	accounts::{try_account, AccountInfo},
	extrinsics::{self, *},
	jsonrpsee::rpc_params,
	subxt::{dynamic::Value, utils::AccountId32},
	subxt_signer::{
		sr25519::{dev, Keypair},
		SecretUri,
	},
	Client, Node, NodeConfig, Rpc,
};
use pallet_consent::{Category, Purpose};
use std::str::FromStr;

/// `OrganizationRoles::CUSTODIAN`.
const CUSTODIAN: u128 = 2;
/// `DelegatePermissions::CONSENT`.
const CONSENT: u128 = 1;
/// `runtime::sponsored_fees::ALLOWANCE_USED`.
const ALLOWANCE_USED: u8 = 1;
/// `runtime::SPONSORED_TRANSACTIONS_PER_DAY`.
const ALLOWANCE: u32 = 100;

fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

fn fresh(name: &str) -> Keypair {
	Keypair::from_uri(&SecretUri::from_str(&format!("//medchain-e2e-{name}")).unwrap()).unwrap()
}

async fn constant(client: &Client, pallet: &str, name: &str) -> u128 {
	let at = client.at_current_block().await.unwrap();
	at.constants().entry(medchain_e2e::subxt::dynamic::constant::<u128>(pallet, name)).unwrap()
}

/// `(free, held)` of `who` at the best block; an account that does not exist has nothing.
async fn balance(client: &Client, who: &AccountId32) -> (u128, u128) {
	try_account(client, who, None)
		.await
		.unwrap()
		.map_or((0, 0), |a: AccountInfo| (a.data.free, a.data.reserved))
}

async fn next_nonce(rpc: &Rpc, who: &AccountId32) -> u64 {
	rpc.call("system_accountNextIndex", rpc_params![who.to_string()]).await.unwrap()
}

/// The fee the chain charged for an included transaction (`TransactionFeePaid.actual_fee`).
fn fee(done: &Included) -> u128 {
	let bytes = done.bytes_of("TransactionPayment", "TransactionFeePaid").expect("fee event");
	u128::from_le_bytes(bytes[32..48].try_into().unwrap())
}

/// Submit, then wait until the block is finalized: every step of the test is final.
async fn finalized(
	node: &Node,
	client: &Client,
	rpc: &Rpc,
	tx: &impl medchain_e2e::subxt::transactions::Payload,
	signer: &Keypair,
) -> Included {
	let done = submit(client, rpc, tx, signer).await.unwrap();
	let number = rpc.block_number(done.block_hash).await.unwrap();
	node.wait_for_finalized(number).await.unwrap();
	done
}

fn grant_lab_results(organization: u128) -> Fields {
	vec![
		none(),
		list([n(organization)]),
		scope(&["Laboratory"], &["Treatment"], &[]),
		none(),
		none(),
	]
}

/// A `--dev` node on which governance (Alice, sudo) registered Bob's hospital, organization 0,
/// finalized.
async fn dev_node_with_hospital() -> (Node, Client, Rpc) {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	let register = call_value(
		"PatientIdentity",
		"register_organization",
		vec![account(&id(&dev::bob())), code("Hospital"), list([n(CUSTODIAN)])],
	);
	finalized(&node, &client, &rpc, &sudo(register), &dev::alice()).await;
	(node, client, rpc)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_patient_with_no_balance_acts_and_its_sponsor_pays_exactly() {
	let (node, client, rpc) = dev_node_with_hospital().await;
	let bob = dev::bob();
	let patient = fresh("sponsored-patient");
	let pid = id(&patient);
	let (patient_deposit, grant_deposit, sponsorship_deposit) = (
		constant(&client, "PatientIdentity", "PatientDeposit").await,
		constant(&client, "Consent", "GrantDeposit").await,
		constant(&client, "PatientIdentity", "SponsorshipDeposit").await,
	);
	let register_patient =
		call("PatientIdentity", "register_patient", vec![Value::from_bytes([9u8; 32])]);

	// Before onboarding, a key with nothing cannot even pay to register.
	let err = submit(&client, &rpc, &register_patient, &patient).await.err().unwrap().0;
	assert!(err.contains("pay"), "{err}");

	// Bob onboards the key: he pays the fee and the onboarding deposit.
	let bob_id = id(&bob);
	let mut bob_before = balance(&client, &bob_id).await;
	let onboard = call("PatientIdentity", "onboard_patient", vec![account(&pid)]);
	let done = finalized(&node, &client, &rpc, &onboard, &bob).await;
	assert!(done.has("PatientIdentity", "PatientOnboarded"));
	let mut expect = |done: &Included, held: i128, bob_now: (u128, u128)| {
		let (free, on_hold) = (bob_now.0 as i128, bob_now.1 as i128);
		assert_eq!(on_hold - bob_before.1 as i128, held, "Bob's held deposits");
		assert_eq!(
			bob_before.0 as i128 - free,
			fee(done) as i128 + held,
			"Bob's free balance falls by the fee and the deposit held"
		);
		bob_before = bob_now;
	};
	expect(&done, sponsorship_deposit as i128, balance(&client, &bob_id).await);
	assert_eq!(balance(&client, &pid).await, (0, 0));

	// Every step below is the patient's own extrinsic; Bob pays each fee and deposit.
	let done = finalized(&node, &client, &rpc, &register_patient, &patient).await;
	let registered = done.bytes_of("PatientIdentity", "PatientRegistered").expect("registered");
	let patient_id = u64::from_le_bytes(registered[..8].try_into().unwrap());
	expect(&done, patient_deposit as i128, balance(&client, &bob_id).await);
	assert_eq!(balance(&client, &pid).await, (0, 0));

	let done =
		finalized(&node, &client, &rpc, &call("Consent", "grant", grant_lab_results(0)), &patient)
			.await;
	assert!(done.has("Consent", "ConsentGranted"));
	expect(&done, grant_deposit as i128, balance(&client, &bob_id).await);
	let decision =
		check_access(&rpc, &pid, 0, Category::Laboratory, Purpose::Treatment, None).await.unwrap();
	assert!(allowed(&decision), "{decision:?}");

	// A delegate with no balance either, onboarded by Bob too so that its key exists, acts
	// for the patient: the patient's sponsorship pays.
	let delegate = fresh("sponsored-delegate");
	let did = id(&delegate);
	let onboard = call("PatientIdentity", "onboard_patient", vec![account(&did)]);
	let done = finalized(&node, &client, &rpc, &onboard, &bob).await;
	expect(&done, sponsorship_deposit as i128, balance(&client, &bob_id).await);
	let add = call("PatientIdentity", "add_delegate", vec![account(&did), list([n(CONSENT)])]);
	let done = finalized(&node, &client, &rpc, &add, &patient).await;
	assert!(done.has("PatientIdentity", "DelegateAdded"));
	expect(&done, 0, balance(&client, &bob_id).await);

	let revoke = call("Consent", "revoke", vec![some(n(patient_id as u128)), n(0)]);
	let done = finalized(&node, &client, &rpc, &revoke, &delegate).await;
	assert!(done.has("Consent", "ConsentRevoked"));
	expect(&done, -(grant_deposit as i128), balance(&client, &bob_id).await);
	assert_eq!(balance(&client, &did).await, (0, 0));
	let decision =
		check_access(&rpc, &pid, 0, Category::Laboratory, Purpose::Treatment, None).await.unwrap();
	assert!(!allowed(&decision), "{decision:?}");

	let deregister = call("PatientIdentity", "deregister_patient", vec![]);
	let done = finalized(&node, &client, &rpc, &deregister, &patient).await;
	assert!(done.has("PatientIdentity", "PatientDeregistered"));
	assert!(done.has("PatientIdentity", "SponsorshipEnded"));
	expect(
		&done,
		-((patient_deposit + sponsorship_deposit) as i128),
		balance(&client, &bob_id).await,
	);
	assert_eq!(balance(&client, &pid).await, (0, 0));

	// Sponsorship ended with the identity: the key is on its own again, and has nothing.
	let err = submit(&client, &rpc, &register_patient, &patient).await.err().unwrap().0;
	assert!(err.contains("pay"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_patient_past_its_allowance_is_refused_by_the_pool() {
	let (_node, client, rpc) = dev_node_with_hospital().await;
	let (alice, bob) = (dev::alice(), dev::bob());
	let patient = fresh("busy-patient");
	let pid = id(&patient);
	let onboard = call("PatientIdentity", "onboard_patient", vec![account(&pid)]);
	submit(&client, &rpc, &onboard, &bob).await.unwrap();
	let register_patient =
		call("PatientIdentity", "register_patient", vec![Value::from_bytes([9u8; 32])]);
	submit(&client, &rpc, &register_patient, &patient).await.unwrap();

	// The rest of the day's allowance, spent on the cheapest patient call, submitted at once
	// (as a busy wallet would) and waited for until all are in blocks.
	let toggle = |on: bool| call("Consent", "set_emergency_opt_out", vec![none(), Value::bool(on)]);
	let at = client.at_current_block().await.unwrap();
	for nonce in 1..ALLOWANCE as u64 {
		let params = medchain_e2e::subxt::config::PolkadotExtrinsicParamsBuilder::<
			medchain_e2e::MedchainConfig,
		>::new()
		.nonce(nonce)
		.build();
		let signed = at
			.transactions()
			.create_signed(&toggle(nonce % 2 == 1), &patient, params)
			.await
			.unwrap();
		signed.submit().await.unwrap();
	}
	medchain_e2e::wait_until("the allowance used up in blocks", || async {
		let finalized = try_account(&client, &pid, None).await?;
		Ok(finalized.filter(|a| a.nonce == ALLOWANCE).map(|_| ()))
	})
	.await
	.unwrap();
	let before = next_nonce(&rpc, &pid).await;
	assert_eq!(before, ALLOWANCE as u64);
	let bob_before = balance(&client, &id(&bob)).await;

	// One more is refused in the pool with the allowance's code: nothing is included.
	let err = submit(&client, &rpc, &toggle(true), &patient).await.err().unwrap().0;
	assert!(err.contains(&format!("custom error: {ALLOWANCE_USED}")), "{err}");
	assert_eq!(next_nonce(&rpc, &pid).await, before);
	assert_eq!(balance(&client, &id(&bob)).await, bob_before);

	// The patient may still pay for itself once it has funds.
	let fund = extrinsics::call(
		"Balances",
		"transfer_keep_alive",
		vec![extrinsics::address(&pid), n(1_000_000_000_000)],
	);
	submit(&client, &rpc, &fund, &alice).await.unwrap();
	// (The last of the day's toggles left the opt-out on; this one turns it off.)
	let done = submit(&client, &rpc, &toggle(false), &patient).await.unwrap();
	assert!(done.has("Consent", "EmergencyOptOutSet"), "{:?}", done.events);
	assert_eq!(balance(&client, &id(&bob)).await, bob_before);
}
