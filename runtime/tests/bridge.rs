//! Runtime-level tests of the bridge with the real configuration: the GRANDPA light client
//! accepts a header only with a justification of the peer's current authority set (tampered,
//! replayed and wrong-set proofs are refused; an authority-set change is followed), the
//! message lane dispatches a proven health message once — a replayed or tampered message proof
//! changes nothing — and each peer slot accepts proofs only at its own peer's headers, under its
//! own pallet's name; a removed peer's slot is halted, wiped and reused.

use codec::Encode;
use frame_support::instances::Instance2;
use frame_support::{assert_noop, assert_ok, traits::Hooks, BoundedVec};
use medchain_runtime::{
	configs::bridge::{SlotInit, HEALTH_LANE},
	AccountId, BridgeGrandpa, BridgeGrandpa2, BridgeMessages, BridgeMessages1, BridgeMessages2,
	BuildStorage, Consent, Header, MedchainBridge, PatientIdentity, Runtime, RuntimeGenesisConfig,
	RuntimeOrigin, System, UNIT,
};
use pallet_consent::{AccessDecision, Category, CategorySet, Purpose, PurposeSet};
use pallet_medchain_bridge::{encode_message, HealthOp, LeaseScope};
use pallet_patient_identity::{OrganizationKind, OrganizationRoles};
use sp_consensus_grandpa::{AuthorityList, ConsensusLog, ScheduledChange, GRANDPA_ENGINE_ID};
use sp_core::{Pair, H256};
use sp_keyring::Ed25519Keyring;
use sp_runtime::{traits::Header as _, DigestItem};

type Justification = bp_header_chain::justification::GrandpaJustification<Header>;
type GrandpaError = pallet_bridge_grandpa::Error<Runtime>;

const PEER: [u8; 32] = [0xBB; 32];
const THIS: [u8; 32] = [0xAA; 32];
const ROUND: u64 = 7;

fn who(i: u8) -> AccountId {
	AccountId::new([i; 32])
}

fn ext() -> sp_io::TestExternalities {
	let mut genesis = RuntimeGenesisConfig::default();
	genesis.balances.balances = (0..8).map(|i| (who(i), 1_000 * UNIT)).collect();
	genesis.bridge_messages.opened_lanes = vec![HEALTH_LANE];
	let mut ext = sp_io::TestExternalities::new(genesis.build_storage().expect("genesis builds"));
	ext.execute_with(|| {
		System::initialize(&1, &H256::from(THIS), &Default::default());
		MedchainBridge::on_initialize(1);
		pallet_timestamp::Now::<Runtime>::put(1_000_000);
	});
	ext
}

fn set(keys: &[Ed25519Keyring]) -> AuthorityList {
	keys.iter().map(|k| (k.public().into(), 1)).collect()
}

fn header(number: u32, state_root: H256) -> Header {
	Header::new(
		number,
		Default::default(),
		state_root,
		H256::repeat_byte(number as u8),
		Default::default(),
	)
}

/// A GRANDPA justification for `header`: a precommit for it by each of `signers`, in round
/// `ROUND` of set `set_id`.
fn justify(header: &Header, set_id: u64, signers: &[Ed25519Keyring]) -> Justification {
	let precommit =
		finality_grandpa::Precommit { target_hash: header.hash(), target_number: *header.number() };
	let payload = sp_consensus_grandpa::localized_payload(
		ROUND,
		set_id,
		&finality_grandpa::Message::<H256, u32>::Precommit(precommit.clone()),
	);
	let precommits = signers
		.iter()
		.map(|k| finality_grandpa::SignedPrecommit {
			precommit: precommit.clone(),
			signature: k.pair().sign(&payload).into(),
			id: k.public().into(),
		})
		.collect();
	Justification {
		round: ROUND,
		commit: finality_grandpa::Commit {
			target_hash: header.hash(),
			target_number: *header.number(),
			precommits,
		},
		votes_ancestries: vec![],
	}
}

fn submit(
	header: &Header,
	justification: Justification,
	set_id: u64,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	BridgeGrandpa::submit_finality_proof_ex(
		RuntimeOrigin::signed(who(7)),
		Box::new(header.clone()),
		justification,
		set_id,
		false,
	)
}

/// Governance initialises the light client with the peer's header #0 and its authorities
/// (Bob and Charlie, as on a two-validator peer chain) and names the peer.
fn initialise(authorities: AuthorityList) {
	assert_ok!(BridgeGrandpa::initialize(
		RuntimeOrigin::root(),
		bp_header_chain::InitializationData {
			header: Box::new(header(0, H256::zero())),
			authority_list: authorities,
			set_id: 0,
			operating_mode: bp_runtime::BasicOperatingMode::Normal,
		}
	));
	assert_ok!(MedchainBridge::set_peer(RuntimeOrigin::root(), H256::from(PEER)));
}

fn best() -> u32 {
	pallet_bridge_grandpa::BestFinalized::<Runtime>::get().map(|id| id.0).unwrap_or(0)
}

#[test]
fn the_light_client_accepts_only_the_peer_authorities_and_follows_set_changes() {
	use Ed25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
	ext().execute_with(|| {
		// Before initialisation nothing is accepted.
		let h1 = header(1, H256::repeat_byte(1));
		assert!(submit(&h1, justify(&h1, 0, &[Bob, Charlie]), 0).is_err());
		initialise(set(&[Bob, Charlie]));
		assert_noop!(
			BridgeGrandpa::initialize(
				RuntimeOrigin::root(),
				bp_header_chain::InitializationData {
					header: Box::new(header(0, H256::zero())),
					authority_list: set(&[Alice]),
					set_id: 0,
					operating_mode: bp_runtime::BasicOperatingMode::Normal,
				}
			),
			GrandpaError::AlreadyInitialized
		);
		// Signed by this chain's own authority (Alice), not the peer's: refused.
		assert_noop!(submit(&h1, justify(&h1, 0, &[Alice]), 0), GrandpaError::InvalidJustification);
		// Signed by too few of the peer's authorities (1 of 2): refused.
		assert_noop!(submit(&h1, justify(&h1, 0, &[Bob]), 0), GrandpaError::InvalidJustification);
		// A tampered header under a valid justification of the original: refused.
		let mut tampered = h1.clone();
		tampered.state_root = H256::repeat_byte(0xEE);
		assert_noop!(
			submit(&tampered, justify(&h1, 0, &[Bob, Charlie]), 0),
			GrandpaError::InvalidJustification
		);
		// The real thing.
		assert_ok!(submit(&h1, justify(&h1, 0, &[Bob, Charlie]), 0));
		assert_eq!(best(), 1);
		// Replayed: refused as old.
		assert_noop!(submit(&h1, justify(&h1, 0, &[Bob, Charlie]), 0), GrandpaError::OldHeader);
		// The peer changes its authorities to Dave and Eve (a delay-0 scheduled change).
		let mut h2 = header(2, H256::repeat_byte(2));
		h2.digest.push(DigestItem::Consensus(
			GRANDPA_ENGINE_ID,
			ConsensusLog::<u32>::ScheduledChange(ScheduledChange {
				next_authorities: set(&[Dave, Eve]),
				delay: 0,
			})
			.encode(),
		));
		assert_ok!(submit(&h2, justify(&h2, 0, &[Bob, Charlie]), 0));
		assert_eq!(pallet_bridge_grandpa::CurrentAuthoritySet::<Runtime>::get().set_id, 1);
		// From now on the old set's votes no longer count; the new set's do.
		let h3 = header(3, H256::repeat_byte(3));
		assert!(submit(&h3, justify(&h3, 0, &[Bob, Charlie]), 0).is_err());
		assert_noop!(
			submit(&h3, justify(&h3, 1, &[Bob, Charlie]), 1),
			GrandpaError::InvalidJustification
		);
		assert_ok!(submit(&h3, justify(&h3, 1, &[Dave, Eve]), 1));
		assert_eq!(best(), 3);
	});
}

/// A state trie holding `entries`, as the peer chain would: its root and every node (a proof
/// of all its keys, with no unused node).
fn trie(entries: &[(Vec<u8>, Vec<u8>)]) -> (H256, Vec<Vec<u8>>) {
	use sp_trie::{trie_types::TrieDBMutBuilderV1, MemoryDB, TrieMut};
	let mut db = MemoryDB::<sp_runtime::traits::BlakeTwo256>::default();
	let mut root = H256::zero();
	{
		let mut t = TrieDBMutBuilderV1::new(&mut db, &mut root).build();
		for (k, v) in entries {
			t.insert(k, v).expect("in-memory insert");
		}
	}
	let nodes = db.drain().into_values().filter(|(_, rc)| *rc > 0).map(|(v, _)| v).collect();
	(root, nodes)
}

#[test]
fn a_proven_health_message_is_dispatched_once_and_a_tampered_proof_changes_nothing() {
	use Ed25519Keyring::{Bob, Charlie};
	ext().execute_with(|| {
		initialise(set(&[Bob, Charlie]));
		// The clinic, organization 0 of this chain; the patient lives on the peer.
		assert_ok!(PatientIdentity::register_organization(
			RuntimeOrigin::root(),
			who(1),
			OrganizationKind::Clinic,
			OrganizationRoles::NONE
		));
		let patient = who(5);
		let lease = HealthOp::Lease {
			export: 0,
			patient: patient.clone(),
			organization: 0,
			scope: LeaseScope {
				categories: CategorySet::LABORATORY,
				purposes: PurposeSet::TREATMENT,
				custodians: BoundedVec::new(),
				expires_at: None,
			},
			valid_until: 1_000_000 + 60_000,
		};
		// As the peer's messages pallet stores it: the encoded payload, in a bounded vec.
		let payload =
			encode_message(H256::from(PEER), H256::from(THIS), Some(&patient), &lease).encode();
		let key = bp_messages::storage_keys::message_key("BridgeMessages", HEALTH_LANE, 1).0;
		let (root, nodes) = trie(&[(key, payload.encode())]);
		let h1 = header(1, root);
		assert_ok!(submit(&h1, justify(&h1, 0, &[Bob, Charlie]), 0));
		let proof = |nodes: Vec<Vec<u8>>| {
			Box::new(bp_messages::target_chain::FromBridgedChainMessagesProof {
				bridged_header_hash: h1.hash(),
				storage_proof: nodes,
				lane: HEALTH_LANE,
				nonces_start: 1,
				nonces_end: 1,
			})
		};
		let deliver = |nodes: Vec<Vec<u8>>| {
			BridgeMessages::receive_messages_proof(
				RuntimeOrigin::signed(who(7)),
				who(7),
				proof(nodes),
				1,
				MedchainBridge::message_dispatch_weight(),
			)
		};
		let check =
			|| Consent::check_access(&patient, 0, Category::Laboratory, Purpose::Treatment, None);
		// A tampered proof (a node's byte flipped): refused, no lease.
		let mut bad = nodes.clone();
		let last = bad[0].len() - 1;
		bad[0][last] ^= 1;
		assert_noop!(deliver(bad), pallet_bridge_messages::Error::<Runtime>::InvalidMessagesProof);
		// A proof with an extra, unused node: refused.
		let mut padded = nodes.clone();
		padded.push(b"unused".to_vec());
		assert_noop!(
			deliver(padded),
			pallet_bridge_messages::Error::<Runtime>::InvalidMessagesProof
		);
		assert!(matches!(check(), AccessDecision::Denied(_)));
		// The real proof: the lease is applied.
		assert_ok!(deliver(nodes.clone()));
		assert!(matches!(check(), AccessDecision::Leased { lease: 0, .. }));
		assert_eq!(pallet_medchain_bridge::LeaseCount::<Runtime>::get(&patient), 1);
		// Replayed: accepted as a transaction but not dispatched again.
		let events_before = System::events().len();
		assert_ok!(deliver(nodes));
		assert!(!System::events()[events_before..].iter().any(|r| matches!(
			r.event,
			medchain_runtime::RuntimeEvent::MedchainBridge(
				pallet_medchain_bridge::Event::LeaseReceived { .. }
			)
		)));
		assert_eq!(pallet_medchain_bridge::LeaseCount::<Runtime>::get(&patient), 1);
		let lane =
			pallet_bridge_messages::InboundLanes::<Runtime>::get(HEALTH_LANE).expect("opened");
		assert_eq!(lane.0.last_delivered_nonce(), 1);
	});
}

/// A lease of patient `who(5)` for organization 0 of this chain, as peer `from` sends it.
fn lease_message(from: [u8; 32], export: u64) -> Vec<u8> {
	let lease = HealthOp::Lease {
		export,
		patient: who(5),
		organization: 0,
		scope: LeaseScope {
			categories: CategorySet::LABORATORY,
			purposes: PurposeSet::TREATMENT,
			custodians: BoundedVec::new(),
			expires_at: None,
		},
		valid_until: 1_000_000 + 60_000,
	};
	encode_message(H256::from(from), H256::from(THIS), Some(&who(5)), &lease)
}

/// A bridged header (number `n`) whose state holds message 1 of `pallet`'s lane, and the
/// proof of it.
fn message_at(n: u32, pallet: &str, message: Vec<u8>) -> (Header, Vec<Vec<u8>>) {
	let key = bp_messages::storage_keys::message_key(pallet, HEALTH_LANE, 1).0;
	let (root, nodes) = trie(&[(key, message.encode().encode())]);
	(header(n, root), nodes)
}

fn messages_proof(
	h: &Header,
	nodes: Vec<Vec<u8>>,
) -> Box<bp_messages::target_chain::FromBridgedChainMessagesProof<H256, bp_messages::LegacyLaneId>>
{
	Box::new(bp_messages::target_chain::FromBridgedChainMessagesProof {
		bridged_header_hash: h.hash(),
		storage_proof: nodes,
		lane: HEALTH_LANE,
		nonces_start: 1,
		nonces_end: 1,
	})
}

fn slot_init(authorities: AuthorityList) -> Box<SlotInit> {
	Box::new(SlotInit {
		header: Box::new(header(0, H256::zero())),
		authority_list: authorities,
		set_id: 0,
		operating_mode: bp_runtime::BasicOperatingMode::Normal,
	})
}

fn clinic() {
	assert_ok!(PatientIdentity::register_organization(
		RuntimeOrigin::root(),
		who(1),
		OrganizationKind::Clinic,
		OrganizationRoles::NONE
	));
}

/// Import `h` into slot 2's light client, justified by `signers` (set 0).
fn submit2(
	h: &Header,
	signers: &[Ed25519Keyring],
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	BridgeGrandpa2::submit_finality_proof_ex(
		RuntimeOrigin::signed(who(7)),
		Box::new(h.clone()),
		justify(h, 0, signers),
		0,
		false,
	)
}

const PEER_2: [u8; 32] = [0xCC; 32];
const PEER_3: [u8; 32] = [0xDD; 32];

#[test]
fn a_peer_slot_accepts_proofs_only_at_its_own_peers_headers_and_under_its_own_name() {
	use Ed25519Keyring::{Bob, Charlie, Dave, Eve};
	ext().execute_with(|| {
		clinic();
		// Slot 0 bridges PEER (Bob, Charlie); slot 2 bridges PEER_2 (Dave, Eve).
		initialise(set(&[Bob, Charlie]));
		assert_ok!(MedchainBridge::add_peer(
			RuntimeOrigin::root(),
			2,
			H256::from(PEER_2),
			slot_init(set(&[Dave, Eve]))
		));
		let (h1, nodes) = message_at(1, "BridgeMessages2", lease_message(PEER_2, 0));
		// Slot 0's authorities cannot finalise headers for slot 2.
		assert!(submit2(&h1, &[Bob, Charlie]).is_err());
		assert_ok!(submit2(&h1, &[Dave, Eve]));
		let deliver = |pallet: u8, proof| {
			let (who7, weight) =
				(RuntimeOrigin::signed(who(7)), MedchainBridge::message_dispatch_weight());
			match pallet {
				1 => BridgeMessages1::receive_messages_proof(who7, who(7), proof, 1, weight),
				2 => BridgeMessages2::receive_messages_proof(who7, who(7), proof, 1, weight),
				_ => BridgeMessages::receive_messages_proof(who7, who(7), proof, 1, weight),
			}
		};
		// Slot 2's header proves nothing on slot 0 (another light client) or slot 1 (none).
		assert!(deliver(0, messages_proof(&h1, nodes.clone())).is_err());
		assert!(deliver(1, messages_proof(&h1, nodes.clone())).is_err());
		// A message under slot 0's pallet name, at slot 2's header: not a proof of slot 2's lane.
		let (h2, wrong_name) = message_at(2, "BridgeMessages", lease_message(PEER_2, 0));
		assert_ok!(submit2(&h2, &[Dave, Eve]));
		assert_noop!(
			deliver(2, messages_proof(&h2, wrong_name)),
			pallet_bridge_messages::Error::<Runtime, Instance2>::InvalidMessagesProof
		);
		let check =
			|| Consent::check_access(&who(5), 0, Category::Laboratory, Purpose::Treatment, None);
		assert!(matches!(check(), AccessDecision::Denied(_)));
		// The real thing: the lease from PEER_2 applies, kept under PEER_2.
		assert_ok!(deliver(2, messages_proof(&h1, nodes)));
		assert!(
			matches!(check(), AccessDecision::Leased { lease: 0, chain, .. } if chain == H256::from(PEER_2))
		);
		assert!(pallet_medchain_bridge::HeldLeases::<Runtime>::contains_key((
			H256::from(PEER_2),
			who(5),
			0
		)));
	});
}

#[test]
fn a_removed_peer_is_halted_at_once_then_wiped_and_its_slot_reused() {
	use Ed25519Keyring::{Dave, Eve, Ferdie};
	ext().execute_with(|| {
		clinic();
		assert_ok!(MedchainBridge::add_peer(
			RuntimeOrigin::root(),
			2,
			H256::from(PEER_2),
			slot_init(set(&[Dave, Eve]))
		));
		let (h1, nodes) = message_at(1, "BridgeMessages2", lease_message(PEER_2, 0));
		assert_ok!(submit2(&h1, &[Dave, Eve]));
		assert_ok!(BridgeMessages2::receive_messages_proof(
			RuntimeOrigin::signed(who(7)),
			who(7),
			messages_proof(&h1, nodes.clone()),
			1,
			MedchainBridge::message_dispatch_weight()
		));
		let check =
			|| Consent::check_access(&who(5), 0, Category::Laboratory, Purpose::Treatment, None);
		assert!(matches!(check(), AccessDecision::Leased { .. }));
		// Governance removes PEER_2: its lease is void at once, its slot accepts nothing.
		assert_ok!(MedchainBridge::remove_peer(RuntimeOrigin::root(), H256::from(PEER_2)));
		assert!(!matches!(check(), AccessDecision::Leased { .. }));
		let h2 = header(2, H256::repeat_byte(2));
		assert!(submit2(&h2, &[Dave, Eve]).is_err(), "the light client is halted");
		// Idle blocks clear its lease, light client and lane, and free the slot.
		for n in 2..6 {
			System::set_block_number(n);
			MedchainBridge::on_idle(n, frame_support::weights::Weight::MAX);
		}
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			medchain_runtime::RuntimeEvent::MedchainBridge(
				pallet_medchain_bridge::Event::PeerRemoved { slot: 2, .. }
			)
		)));
		assert!(pallet_medchain_bridge::Slots::<Runtime>::get(2).is_none());
		assert_eq!(pallet_medchain_bridge::LeaseCount::<Runtime>::get(who(5)), 0);
		assert!(pallet_bridge_grandpa::BestFinalized::<Runtime, Instance2>::get().is_none());
		assert!(
			pallet_bridge_messages::InboundLanes::<Runtime, Instance2>::get(HEALTH_LANE).is_none()
		);
		// The slot takes a new peer, whose light client starts afresh and whose lane starts
		// at nonce 1 again.
		assert_ok!(MedchainBridge::add_peer(
			RuntimeOrigin::root(),
			2,
			H256::from(PEER_3),
			slot_init(set(&[Ferdie]))
		));
		let (h1, nodes) = message_at(1, "BridgeMessages2", lease_message(PEER_3, 4));
		assert_ok!(submit2(&h1, &[Ferdie]));
		assert_ok!(BridgeMessages2::receive_messages_proof(
			RuntimeOrigin::signed(who(7)),
			who(7),
			messages_proof(&h1, nodes),
			1,
			MedchainBridge::message_dispatch_weight()
		));
		assert!(
			matches!(check(), AccessDecision::Leased { lease: 4, chain, .. } if chain == H256::from(PEER_3))
		);
		MedchainBridge::do_try_state().expect("bridge invariants hold");
	});
}

/// Messages `medchain-relay` puts in one delivery (its `MAX_MESSAGES_PER_DELIVERY`).
const RELAYER_MESSAGES_PER_DELIVERY: u64 = 64;

/// The bridge pallets' weights measured on this runtime (`make bench`) have the shape the
/// messages pallet relies on, and its largest transactions fit a block: a relayer's full
/// delivery of health messages with its largest proof, and a confirmation of every message the
/// lane lets stay unconfirmed, from every relayer entry it keeps.
#[test]
fn bridge_weights_are_consistent_and_the_largest_bridge_calls_fit_a_block() {
	use frame_support::dispatch::DispatchClass;
	use medchain_runtime::{
		configs::bridge::{MAX_UNCONFIRMED_MESSAGES, MAX_UNREWARDED_RELAYERS},
		configs::{RuntimeBlockLength, RuntimeBlockWeights},
		weights::pallet_bridge_messages::WeightInfo,
	};
	use pallet_bridge_messages::{WeightInfoExt, EXTRA_STORAGE_PROOF_SIZE};
	type W = WeightInfo<Runtime>;

	pallet_bridge_messages::ensure_weights_are_correct::<W>();

	let max_weight = RuntimeBlockWeights::get()
		.get(DispatchClass::Normal)
		.max_extrinsic
		.expect("normal transactions are bounded");
	let max_size = *RuntimeBlockLength::get().max.get(DispatchClass::Normal);

	// medchain-relay's largest delivery proof (`MAX_DELIVERY_PROOF_BYTES`, 1 MiB).
	let delivery = W::receive_messages_proof_weight(
		&bp_runtime::PreComputedSize(1024 * 1024),
		RELAYER_MESSAGES_PER_DELIVERY as u32,
		MedchainBridge::message_dispatch_weight().saturating_mul(RELAYER_MESSAGES_PER_DELIVERY),
	);
	assert!(delivery.all_lte(max_weight), "{delivery} > {max_weight}");

	let lane_proof = bp_messages::InboundLaneData::<AccountId>::encoded_size_hint_u32(
		MAX_UNREWARDED_RELAYERS as usize,
	) + EXTRA_STORAGE_PROOF_SIZE;
	pallet_bridge_messages::ensure_able_to_receive_confirmation::<W>(
		max_size,
		max_weight,
		lane_proof,
		MAX_UNREWARDED_RELAYERS,
		MAX_UNCONFIRMED_MESSAGES,
	);
}
