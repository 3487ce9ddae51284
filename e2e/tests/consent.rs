//! Consent on a real `--dev` node: patients grant and revoke, organizations request access and
//! break the glass, provider systems ask `consent_checkAccess`; bad input is refused with a
//! clear error and changes nothing.
//!
//! Accounts (all endowed on dev chains): Alice is sudo; Bob administers organization 0 (a
//! hospital, custodian); Charlie administers organization 1 (an emergency department with the
//! emergency-access role); Dave is the patient; Eve is a stranger; Ferdie is Dave's delegate.

use medchain_e2e::{
	access::{self, *},
	extrinsics::{self, *},
	subxt::{
		dynamic::Value,
		utils::{AccountId32, H256},
	},
	subxt_signer::sr25519::{dev, Keypair},
	Client, Node, NodeConfig, Rpc, RpcError,
};
use medchain_rpc::{ConsentApiClient, IdentityApiClient};
use pallet_consent::{
	runtime_api::ConsentsView, AccessDecision, Category, DenyReason, EmergencyReason, Purpose,
};
use pallet_patient_identity::{
	runtime_api::{OrganizationView, PatientView},
	OrganizationKind,
};

/// `OrganizationRoles` bits (see the identity pallet).
const EMERGENCY_ACCESS: u128 = 1;
const CUSTODIAN: u128 = 2;
/// `DelegatePermissions::IDENTITY`.
const IDENTITY_ONLY: u128 = 2;

fn id(k: &Keypair) -> AccountId32 {
	k.public_key().to_account_id()
}

fn flags(bits: u128) -> Value {
	list([n(bits)])
}

/// One sudo batch registers both organizations; then Dave registers as a patient.
async fn setup(client: &Client, rpc: &Rpc) {
	let org = |admin: &Keypair, kind: &str, roles: u128| {
		call_value(
			"PatientIdentity",
			"register_organization",
			vec![account(&id(admin)), code(kind), flags(roles)],
		)
	};
	let batch = call_value(
		"Utility",
		"batch_all",
		vec![list([
			org(&dev::bob(), "Hospital", CUSTODIAN),
			org(&dev::charlie(), "Hospital", EMERGENCY_ACCESS | CUSTODIAN),
		])],
	);
	let done = submit(client, rpc, &sudo(batch), &dev::alice()).await.unwrap();
	assert!(done.has("Sudo", "Sudid"));
	assert_eq!(
		done.events.iter().filter(|(_, e)| e == "OrganizationRegistered").count(),
		2,
		"{:?}",
		done.events
	);
	let done = submit(
		client,
		rpc,
		&call("PatientIdentity", "register_patient", vec![Value::from_bytes([7u8; 32])]),
		&dev::dave(),
	)
	.await
	.unwrap();
	assert!(done.has("PatientIdentity", "PatientRegistered"));
}

/// Dave grants `orgs` the laboratory and medication categories for treatment.
fn grant(orgs: &[u32], expires_at: Value) -> Fields {
	vec![
		none(),
		list(orgs.iter().map(|o| n(*o as u128))),
		scope(&["Laboratory", "Medications"], &["Treatment"], &[]),
		none(),
		expires_at,
	]
}

/// Dave's access check at the best block.
async fn check(rpc: &Rpc, org: u32, category: Category, purpose: Purpose) -> AccessDecision<u64> {
	check_at(rpc, org, category, purpose, None).await
}

/// Dave's access check at block `at` (or the best block).
async fn check_at(
	rpc: &Rpc,
	org: u32,
	category: Category,
	purpose: Purpose,
	at: Option<H256>,
) -> AccessDecision<u64> {
	access::check_access(rpc, &id(&dev::dave()), org, category, purpose, at).await.unwrap()
}

async fn grants_of_dave(rpc: &Rpc) -> usize {
	let view: ConsentsView<AccountId32> =
		ConsentApiClient::<H256, AccountId32>::consents(rpc.api(), 0, None).await.unwrap();
	view.grants.len()
}

/// The grant a decision names, if a grant allows the access.
fn grant_of(decision: &AccessDecision<u64>) -> Option<u32> {
	match decision {
		AccessDecision::Granted { grant, .. } => Some(*grant),
		_ => None,
	}
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grant_check_revoke_request_and_break_glass() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	setup(&client, &rpc).await;

	// Identity lookups over RPC.
	let patient: Option<PatientView<AccountId32, u128>> =
		IdentityApiClient::<H256, AccountId32, u128>::patient_by_account(
			rpc.api(),
			id(&dev::dave()),
			None,
		)
		.await
		.unwrap();
	assert_eq!(patient.as_ref().map(|p| p.id), Some(0), "{patient:?}");
	let er: OrganizationView<AccountId32> =
		IdentityApiClient::<H256, AccountId32, u128>::organization(rpc.api(), 1, None)
			.await
			.unwrap()
			.expect("organization 1 exists");
	assert_eq!(er.kind, OrganizationKind::Hospital, "{er:?}");
	assert_eq!(u128::from(er.roles.0), EMERGENCY_ACCESS | CUSTODIAN, "{er:?}");

	// 1. Dave grants the hospital access; the check says yes for exactly that scope.
	assert!(denied(&check(&rpc, 0, Category::Laboratory, Purpose::Treatment).await).is_some());
	let granted =
		submit(&client, &rpc, &call("Consent", "grant", grant(&[0], none())), &dev::dave())
			.await
			.unwrap();
	assert!(granted.has("Consent", "ConsentGranted"), "{:?}", granted.events);
	let yes =
		check_at(&rpc, 0, Category::Laboratory, Purpose::Treatment, Some(granted.block_hash)).await;
	assert_eq!(grant_of(&yes), Some(0), "{yes:?}");
	assert_eq!(
		denied(&check(&rpc, 0, Category::Imaging, Purpose::Treatment).await),
		Some(DenyReason::CategoryNotCovered)
	);
	assert_eq!(
		denied(&check(&rpc, 0, Category::Laboratory, Purpose::Research).await),
		Some(DenyReason::PurposeNotCovered)
	);
	assert_eq!(
		denied(&check(&rpc, 0, Category::MentalHealth, Purpose::Treatment).await),
		Some(DenyReason::CategoryNotCovered)
	);
	assert_eq!(
		denied(&check(&rpc, 1, Category::Laboratory, Purpose::Treatment).await),
		Some(DenyReason::NoGrant)
	);

	// 2. Dave revokes: refused from the block that includes the revocation on.
	let revoked =
		submit(&client, &rpc, &call("Consent", "revoke", vec![none(), n(0)]), &dev::dave())
			.await
			.unwrap();
	assert!(revoked.has("Consent", "ConsentRevoked"));
	let at_revoke =
		check_at(&rpc, 0, Category::Laboratory, Purpose::Treatment, Some(revoked.block_hash)).await;
	assert_eq!(denied(&at_revoke), Some(DenyReason::NoGrant), "{at_revoke:?}");
	let before =
		check_at(&rpc, 0, Category::Laboratory, Purpose::Treatment, Some(granted.block_hash)).await;
	assert!(allowed(&before), "history is kept: at the grant's block the answer stays yes");

	// 3. The emergency department requests imaging access; Dave approves it.
	let requested = submit(
		&client,
		&rpc,
		&call(
			"Consent",
			"request_access",
			vec![n(0), scope(&["Imaging"], &["Treatment"], &[]), n(600)],
		),
		&dev::charlie(),
	)
	.await
	.unwrap();
	assert!(requested.has("Consent", "AccessRequested"));
	assert_eq!(
		denied(&check(&rpc, 1, Category::Imaging, Purpose::Treatment).await),
		Some(DenyReason::NoGrant)
	);
	let approved = submit(
		&client,
		&rpc,
		&call("Consent", "approve_request", vec![none(), n(1)]),
		&dev::dave(),
	)
	.await
	.unwrap();
	assert!(
		approved.has("Consent", "RequestApproved") && approved.has("Consent", "ConsentGranted")
	);
	let yes =
		check_at(&rpc, 1, Category::Imaging, Purpose::Treatment, Some(approved.block_hash)).await;
	assert_eq!(grant_of(&yes), Some(2), "the approved request became grant 2: {yes:?}");

	// 4. Break-glass by the emergency department: emergency treatment of general categories,
	// and the patient's wallet sees the event.
	let opened = submit(
		&client,
		&rpc,
		&call("Consent", "break_glass", vec![n(0), code("LifeThreatening")]),
		&dev::charlie(),
	)
	.await
	.unwrap();
	let i = opened.events.iter().position(|(_, e)| e == "EmergencyAccessOpened").expect("event");
	assert!(opened.event_fields[i].contains("LifeThreatening"), "{}", opened.event_fields[i]);
	let emergency = check_at(
		&rpc,
		1,
		Category::Laboratory,
		Purpose::EmergencyTreatment,
		Some(opened.block_hash),
	)
	.await;
	assert!(
		matches!(
			emergency,
			AccessDecision::Emergency { reason: EmergencyReason::LifeThreatening, .. }
		),
		"{emergency:?}"
	);
	// Never the sensitive classes: the imaging grant does not cover them either.
	assert_eq!(
		denied(&check(&rpc, 1, Category::SubstanceUse, Purpose::EmergencyTreatment).await),
		Some(DenyReason::CategoryNotCovered)
	);
	// The hospital has no emergency role and cannot break the glass.
	let refused = submit(
		&client,
		&rpc,
		&call("Consent", "break_glass", vec![n(0), code("LifeThreatening")]),
		&dev::bob(),
	)
	.await
	.err()
	.expect("refused");
	assert!(refused.0.contains("Consent::NoEmergencyRole"), "{refused:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_consent_input_is_refused_and_changes_nothing() {
	let node = Node::start(NodeConfig::dev()).await.unwrap();
	node.wait_for_best(1).await.unwrap();
	let client = node.client().await.unwrap();
	let rpc = node.rpc().await.unwrap();
	setup(&client, &rpc).await;
	let done = submit(&client, &rpc, &call("Consent", "grant", grant(&[0], none())), &dev::dave())
		.await
		.unwrap();
	assert!(done.has("Consent", "ConsentGranted"));
	let baseline = check(&rpc, 0, Category::Laboratory, Purpose::Treatment).await;
	assert!(allowed(&baseline));

	let expect_error = |result: Result<extrinsics::Included, Failure>, error: &str| {
		let failure = result.err().unwrap_or_else(|| panic!("expected {error}"));
		assert!(failure.0.contains(error), "expected {error}, got {failure:?}");
	};

	// An unknown organization.
	expect_error(
		submit(&client, &rpc, &call("Consent", "grant", grant(&[9], none())), &dev::dave()).await,
		"PatientIdentity::UnknownOrganization",
	);
	// An expired window: ends at block 1, long past.
	expect_error(
		submit(&client, &rpc, &call("Consent", "grant", grant(&[1], some(n(1)))), &dev::dave())
			.await,
		"Consent::InvalidWindow",
	);
	// The wrong signer: Eve revoking Dave's grant.
	expect_error(
		submit(&client, &rpc, &call("Consent", "revoke", vec![some(n(0)), n(0)]), &dev::eve())
			.await,
		"PatientIdentity::NotAuthorized",
	);
	// A delegate without the consent right: Ferdie may manage Dave's identity only.
	let added = submit(
		&client,
		&rpc,
		&call(
			"PatientIdentity",
			"add_delegate",
			vec![account(&id(&dev::ferdie())), flags(IDENTITY_ONLY)],
		),
		&dev::dave(),
	)
	.await
	.unwrap();
	assert!(added.has("PatientIdentity", "DelegateAdded"));
	let mut on_behalf = grant(&[1], none());
	on_behalf[0] = some(n(0));
	expect_error(
		submit(&client, &rpc, &call("Consent", "grant", on_behalf.clone()), &dev::ferdie()).await,
		"PatientIdentity::NotAuthorized",
	);
	expect_error(
		submit(&client, &rpc, &call("Consent", "revoke", vec![some(n(0)), n(0)]), &dev::ferdie())
			.await,
		"PatientIdentity::NotAuthorized",
	);

	// Oversized input: nine grantees where a grant names at most eight. The runtime cannot
	// decode such a call, so the pool refuses the transaction before it reaches a block.
	let at = client.at_current_block().await.unwrap();
	let too_many = call("Consent", "grant", grant(&[0, 1, 2, 3, 4, 5, 6, 7, 8], none()));
	let signed = at
		.transactions()
		.create_signed(
			&too_many,
			&dev::dave(),
			medchain_e2e::subxt::config::PolkadotExtrinsicParamsBuilder::<
				medchain_e2e::MedchainConfig,
			>::new()
			.build(),
		)
		.await
		.unwrap();
	let err = rpc.submit_extrinsic(signed.encoded()).await.unwrap_err();
	assert_eq!(err.code, 1002, "undecodable call: {err:?}");
	assert!(err.message.contains("Verification Error"), "{err:?}");

	// Nothing changed: one grant, the same answers.
	assert_eq!(grants_of_dave(&rpc).await, 1);
	assert_eq!(check(&rpc, 0, Category::Laboratory, Purpose::Treatment).await, baseline);
	assert_eq!(
		denied(&check(&rpc, 1, Category::Laboratory, Purpose::Treatment).await),
		Some(DenyReason::NoGrant)
	);
}

/// A node answers `granted` only when the decision holds at its best and its finalized block,
/// and refuses to decide when its best block is too old (it has stopped importing). The chain
/// is `local` with two of its four validators running: blocks are authored, but GRANDPA
/// (three votes of four) finalizes none, so every grant stays unfinalized.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_needs_finality_and_a_node_that_is_not_behind() {
	let alice = Node::start(NodeConfig::validator("local", "alice", 0)).await.unwrap();
	let mut bob_cfg = NodeConfig::validator("local", "bob", 1);
	bob_cfg.bootnodes.push(alice.multiaddr().await.unwrap());
	// Bob's bound is below the 24 s between his own slots: alone, he falls behind it.
	bob_cfg.extra_args = vec!["--max-best-block-age".into(), "10".into()];
	let bob = Node::start(bob_cfg).await.unwrap();
	let (client, rpc) = (alice.client().await.unwrap(), alice.rpc().await.unwrap());
	setup(&client, &rpc).await;
	let granted =
		submit(&client, &rpc, &call("Consent", "grant", grant(&[0], none())), &dev::dave())
			.await
			.unwrap();
	assert!(granted.has("Consent", "ConsentGranted"), "{:?}", granted.events);
	let dave = id(&dev::dave());
	// As of the block with the grant: granted. Now: not yet, the grant is not final.
	let at_block =
		check_at(&rpc, 0, Category::Laboratory, Purpose::Treatment, Some(granted.block_hash)).await;
	assert_eq!(grant_of(&at_block), Some(0), "{at_block:?}");
	let now = check_access_now(&rpc, &dave, 0, Category::Laboratory, Purpose::Treatment, None)
		.await
		.unwrap();
	assert_eq!(denied(&now), Some(DenyReason::NotFinal), "{now:?}");
	assert_eq!(rpc.finalized_number().await.unwrap(), 0, "nothing is finalized");

	// Alice stops: Bob authors one slot in four, so his best block ages past his 10 s bound,
	// and he answers an error instead of a decision.
	let bob_rpc = bob.rpc().await.unwrap();
	drop(alice);
	let stale = medchain_e2e::wait_until("Bob to refuse as stale", || {
		let bob_rpc = &bob_rpc;
		async move {
			let decision = ConsentApiClient::<H256, AccountId32>::check_access(
				bob_rpc.api(),
				dave,
				0,
				Category::Laboratory,
				Purpose::Treatment,
				None,
				None,
			)
			.await;
			match decision {
				Err(e) => Ok(Some(RpcError::from(e))),
				Ok(_) => Ok(None),
			}
		}
	})
	.await
	.unwrap();
	assert_eq!(stale.code, 2, "STALE_NODE: {stale:?}");
	assert!(stale.message.contains("too old"), "{stale:?}");
	assert!(stale.data.as_deref().is_some_and(|d| d.contains("maxBestBlockAgeSecs")), "{stale:?}");
}
