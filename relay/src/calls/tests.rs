use super::*;
use bp_runtime::BasicOperatingMode;
use codec::{Decode, DecodeAll};
use sp_runtime::{generic::Digest, traits::Header as _};
use subxt::ext::{
	scale_encode::Field,
	scale_type_resolver::{ResolvedTypeVisitor, TypeResolver},
};

use crate::{LANE, MAX_PEERS, MEDCHAIN_BRIDGE_PALLET_NAME};

fn header(number: u32) -> Header {
	Header::new(
		number,
		H256::repeat_byte(1),
		H256::repeat_byte(2),
		H256::repeat_byte(3),
		Digest::default(),
	)
}

/// A justification built from its SCALE encoding (round, commit target hash and number,
/// no precommits, no ancestry), without depending on `finality-grandpa`.
fn justification(target: &Header) -> GrandpaJustification<Header> {
	let bytes = (7u64, target.hash(), target.number, Compact(0u32), Compact(0u32)).encode();
	GrandpaJustification::<Header>::decode_all(&mut &bytes[..]).expect("valid encoding")
}

#[test]
fn submit_finality_proof_is_bridge_grandpa_call_4_and_decodes_back() {
	let h = header(42);
	let j = justification(&h);
	let call = encode_submit_finality_proof(&h, &j, 3);
	assert_eq!(&call[..2], &[40, 4]);
	let (h2, j2, set_id, free) =
		<(Header, GrandpaJustification<Header>, u64, bool)>::decode_all(&mut &call[2..])
			.expect("arguments decode");
	assert_eq!((h2, j2, set_id, free), (h, j, 3, false));
}

#[test]
fn init_motion_is_a_council_proposal_to_dispatch_the_batch_as_root() {
	let init = InitializationData {
		header: Box::new(header(5)),
		authority_list: vec![],
		set_id: 1,
		operating_mode: BasicOperatingMode::Normal,
	};
	let genesis = H256::repeat_byte(9);
	let initialize = encode_initialize(&init);
	let set_peer = encode_set_peer(genesis);
	assert_eq!(&initialize[..2], &[40, 1]);
	assert_eq!(set_peer, [&[53u8, 0][..], genesis.as_bytes()].concat());

	let motion =
		encode_dispatch_as_root(&encode_batch_all(&[initialize.clone(), set_peer.clone()]));
	let call = encode_council_propose(3, &motion);
	// Council.propose(threshold 3, ..): pallet 21, call 2, then Compact(3) = 0x0c.
	assert_eq!(&call[..3], &[21, 2, 12]);
	let mut proposal = &call[3..];
	let length_bound = Compact::<u32>::decode(&mut &proposal[motion.len()..]).expect("bound");
	assert_eq!(length_bound, Compact(motion.len() as u32));
	proposal = &proposal[..motion.len()];
	// Consortium.dispatch_as_root (23, 2) of Utility.batch_all (2, 2).
	assert_eq!(&proposal[..4], &[23, 2, 2, 2]);
	let mut rest = &proposal[4..];
	assert_eq!(Compact::<u32>::decode(&mut rest).expect("length"), Compact(2));
	assert_eq!(rest, [initialize, set_peer].concat().as_slice());
	let decoded =
		InitializationData::<Header>::decode_all(&mut &rest[2..rest.len() - 34]).expect("init");
	assert_eq!(decoded, init);
}

fn init_data(number: u32) -> InitializationData<Header> {
	InitializationData {
		header: Box::new(header(number)),
		authority_list: vec![],
		set_id: 1,
		operating_mode: BasicOperatingMode::Normal,
	}
}

#[test]
fn the_bridge_calls_of_slot_k_go_to_pallets_40_plus_2k_and_41_plus_2k() {
	let h = header(42);
	let j = justification(&h);
	let init = init_data(5);
	let proof = FromBridgedChainMessagesProof {
		bridged_header_hash: H256::repeat_byte(5),
		storage_proof: vec![vec![1]],
		lane: LANE,
		nonces_start: 1,
		nonces_end: 1,
	};
	let delivery = FromBridgedChainMessagesDeliveryProof {
		bridged_header_hash: H256::repeat_byte(6),
		storage_proof: vec![vec![7]],
		lane: LANE,
	};
	let relayer = AccountId32::new([4; 32]);
	let state = UnrewardedRelayersState::default();
	let weight = Weight::from_parts(1, 2);
	for k in 0..MAX_PEERS {
		let slot = Slot::new(k).expect("a slot");
		let (grandpa, messages) = (40 + 2 * k, 41 + 2 * k);
		let calls = [
			(encode_submit_finality_proof_at(slot, &h, &j, 3), [grandpa, 4]),
			(encode_initialize_at(slot, &init), [grandpa, 1]),
			(encode_receive_messages_proof_at(slot, &relayer, &proof, 1, weight), [messages, 2]),
			(encode_receive_messages_delivery_proof_at(slot, &delivery, &state), [messages, 3]),
		];
		// The same arguments as slot 0's calls; only the pallet index differs.
		let slot_zero = [
			encode_submit_finality_proof(&h, &j, 3),
			encode_initialize(&init),
			encode_receive_messages_proof(&relayer, &proof, 1, weight),
			encode_receive_messages_delivery_proof(&delivery, &state),
		];
		for ((call, prefix), zero) in calls.iter().zip(&slot_zero) {
			assert_eq!(&call[..2], &prefix[..], "slot {k}");
			assert_eq!(call[2..], zero[2..], "slot {k}");
			if k == 0 {
				assert_eq!(call, zero);
			}
		}
	}
}

#[test]
fn add_peer_is_medchain_bridge_call_10_and_decodes_back() {
	let init = init_data(9);
	let genesis = H256::repeat_byte(0xb);
	let slot = Slot::new(3).expect("a slot");
	let call = encode_add_peer(slot, genesis, &init);
	assert_eq!(&call[..3], &[53, 10, 3]);
	let (k, g, decoded) =
		<(u8, H256, InitializationData<Header>)>::decode_all(&mut &call[2..]).expect("decodes");
	assert_eq!((k, g, decoded), (3, genesis, init));

	let call = encode_remove_peer(genesis);
	assert_eq!(call, [&[53u8, 11][..], genesis.as_bytes()].concat());

	// As a council motion: Council.propose(threshold, add_peer, length).
	let add = encode_add_peer(slot, genesis, &init_data(9));
	let motion = encode_council_propose(1, &add);
	assert_eq!(&motion[..3], &[21, 2, 4]);
	assert_eq!(&motion[3..3 + add.len()], &add[..]);
	let bound = Compact::<u32>::decode_all(&mut &motion[3 + add.len()..]).expect("bound");
	assert_eq!(bound, Compact(add.len() as u32));
}

#[test]
fn council_threshold_is_more_than_two_thirds() {
	assert_eq!(council_threshold(1), 1);
	assert_eq!(council_threshold(3), 3);
	assert_eq!(council_threshold(4), 3);
	assert_eq!(council_threshold(6), 5);
	for seats in 1..40 {
		let t = council_threshold(seats);
		assert!(3 * t > 2 * seats && 3 * (t - 1) <= 2 * seats, "{seats} seats");
	}
}

#[test]
fn message_calls_have_bridge_messages_prefixes_and_decode_back() {
	let relayer = AccountId32::new([4; 32]);
	let proof = FromBridgedChainMessagesProof {
		bridged_header_hash: H256::repeat_byte(5),
		storage_proof: vec![vec![1, 2, 3]],
		lane: LANE,
		nonces_start: 4,
		nonces_end: 6,
	};
	let weight = Weight::from_parts(1_000, 10);
	let call = encode_receive_messages_proof(&relayer, &proof, 3, weight);
	assert_eq!(&call[..2], &[41, 2]);
	let decoded = <(
		AccountId32,
		FromBridgedChainMessagesProof<H256, LegacyLaneId>,
		u32,
		Weight,
	)>::decode_all(&mut &call[2..])
	.expect("arguments decode");
	assert_eq!(decoded, (relayer, proof, 3, weight));

	let delivery = FromBridgedChainMessagesDeliveryProof {
		bridged_header_hash: H256::repeat_byte(6),
		storage_proof: vec![vec![7]],
		lane: LANE,
	};
	let state = UnrewardedRelayersState {
		unrewarded_relayer_entries: 1,
		messages_in_oldest_entry: 2,
		total_messages: 2,
		last_delivered_nonce: 6,
	};
	let call = encode_receive_messages_delivery_proof(&delivery, &state);
	assert_eq!(&call[..2], &[41, 3]);
	let decoded = <(
		FromBridgedChainMessagesDeliveryProof<H256, LegacyLaneId>,
		UnrewardedRelayersState,
	)>::decode_all(&mut &call[2..])
	.expect("arguments decode");
	assert_eq!(decoded, (delivery, state));
}

/// A type registry that knows no types: raw arguments must not need one.
struct NoTypes;

impl TypeResolver for NoTypes {
	type TypeId = u32;
	type Error = String;

	fn resolve_type<'this, V: ResolvedTypeVisitor<'this, TypeId = Self::TypeId>>(
		&'this self,
		_type_id: Self::TypeId,
		visitor: V,
	) -> std::result::Result<V::Value, Self::Error> {
		Ok(visitor.visit_not_found())
	}
}

#[test]
fn raw_args_write_exactly_their_bytes_whatever_the_fields() {
	let args = RawArgs(vec![9, 8, 7, 6]);
	let mut out = vec![41, 2];
	let mut fields = [Field::new(1u32, Some("proof")), Field::new(2u32, None)].into_iter();
	args.encode_as_fields_to(&mut fields, &NoTypes, &mut out).expect("raw bytes encode");
	assert_eq!(out, vec![41, 2, 9, 8, 7, 6]);
}

/// A pinned call: pallet name and index, call name and index, and the call's arguments in the
/// order its encoder writes them.
type Pinned = (&'static str, u8, &'static str, u8, &'static [&'static str]);

/// Every call the relayer encodes outside the bridge slots.
const PINNED: [Pinned; 6] = [
	(
		MEDCHAIN_BRIDGE_PALLET_NAME,
		MEDCHAIN_BRIDGE_PALLET,
		"set_peer",
		MEDCHAIN_BRIDGE_SET_PEER,
		&["genesis"],
	),
	(
		MEDCHAIN_BRIDGE_PALLET_NAME,
		MEDCHAIN_BRIDGE_PALLET,
		"add_peer",
		MEDCHAIN_BRIDGE_ADD_PEER,
		&["slot", "genesis", "init"],
	),
	(
		MEDCHAIN_BRIDGE_PALLET_NAME,
		MEDCHAIN_BRIDGE_PALLET,
		"remove_peer",
		MEDCHAIN_BRIDGE_REMOVE_PEER,
		&["genesis"],
	),
	("Utility", UTILITY_PALLET, "batch_all", UTILITY_BATCH_ALL, &["calls"]),
	(
		"Council",
		COUNCIL_PALLET,
		"propose",
		COUNCIL_PROPOSE,
		&["threshold", "proposal", "length_bound"],
	),
	("Consortium", CONSORTIUM_PALLET, "dispatch_as_root", CONSORTIUM_DISPATCH_AS_ROOT, &["call"]),
];

/// Every call the relayer encodes to the bridge pallets of `slot`.
fn pinned_in(slot: Slot) -> [Pinned; 4] {
	let (grandpa, messages) = (slot.grandpa_pallet_name(), slot.messages_pallet_name());
	let (grandpa_index, messages_index) =
		(slot.grandpa_pallet_index(), slot.messages_pallet_index());
	[
		(
			grandpa,
			grandpa_index,
			"submit_finality_proof_ex",
			BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX,
			&["finality_target", "justification", "current_set_id", "is_free_execution_expected"],
		),
		(grandpa, grandpa_index, "initialize", BRIDGE_GRANDPA_INITIALIZE, &["init_data"]),
		(
			messages,
			messages_index,
			"receive_messages_proof",
			BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF,
			&["relayer_id_at_bridged_chain", "proof", "messages_count", "dispatch_weight"],
		),
		(
			messages,
			messages_index,
			"receive_messages_delivery_proof",
			BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF,
			&["proof", "relayers_state"],
		),
	]
}

/// The medchain runtime's metadata, read the way subxt reads a live chain's.
///
/// `Runtime::metadata()` returns it as a `frame_metadata::RuntimeMetadataPrefixed` holding
/// `RuntimeMetadata::V14`; its SCALE encoding is what the `Metadata_metadata` runtime API
/// serves. subxt's [`Metadata`] decodes that (V14 to V16) into the index the relayer uses at
/// run time ([`RawCall::resolve`]), with lookups of pallets by name or call index and of
/// call variants by name or index, so the test needs no `frame-metadata` of its own.
pub(crate) fn runtime_metadata() -> Metadata {
	let encoded = medchain_runtime::Runtime::metadata().encode();
	Metadata::decode_from(&encoded).expect("the runtime's metadata decodes")
}

#[test]
fn every_pallet_and_call_index_matches_the_runtime_metadata() {
	let metadata = runtime_metadata();
	let slots = Slot::all().flat_map(pinned_in);
	for (pallet_name, pallet_index, call_name, call_index, arguments) in
		PINNED.into_iter().chain(slots)
	{
		let pallet = metadata
			.pallet_by_name(pallet_name)
			.unwrap_or_else(|| panic!("the runtime has no pallet {pallet_name}"));
		assert_eq!(pallet.call_index(), pallet_index, "index of pallet {pallet_name}");
		let call = pallet
			.call_variant_by_name(call_name)
			.unwrap_or_else(|| panic!("{pallet_name} has no call {call_name}"));
		assert_eq!(call.index, call_index, "index of {pallet_name}::{call_name}");
		let names: Vec<&str> =
			call.fields.iter().map(|field| field.name.as_deref().unwrap_or("")).collect();
		assert_eq!(names, arguments, "arguments of {pallet_name}::{call_name}");

		// And back, as the relayer resolves a call before signing it.
		let resolved = RawCall::resolve(&metadata, &[pallet_index, call_index]).expect("resolves");
		assert_eq!(resolved.name(), format!("{pallet_name}::{call_name}"));
	}
}

#[test]
fn a_call_the_runtime_does_not_have_is_refused_before_signing() {
	let metadata = runtime_metadata();
	let too_short = RawCall::resolve(&metadata, &[BRIDGE_GRANDPA_PALLET]).unwrap_err();
	assert!(too_short.to_string().contains("got 1 bytes"), "{too_short}");
	// Index 255 is no pallet of the runtime, and no pallet has 255 calls.
	let no_pallet = RawCall::resolve(&metadata, &[255, 0]).unwrap_err();
	assert!(no_pallet.to_string().contains("no pallet with call index 255"), "{no_pallet}");
	let no_call = RawCall::resolve(&metadata, &[BRIDGE_GRANDPA_PALLET, 255]).unwrap_err();
	assert!(no_call.to_string().contains("BridgeGrandpa has no call with index 255"));
	// The arguments are carried verbatim.
	let call = encode_set_peer(H256::repeat_byte(7));
	let resolved = RawCall::resolve(&metadata, &call).expect("resolves");
	assert_eq!(resolved.call_data(), &RawArgs(call[2..].to_vec()));
	let call = encode_add_peer(Slot::new(2).expect("a slot"), H256::zero(), &init_data(1));
	let resolved = RawCall::resolve(&metadata, &call).expect("resolves");
	assert_eq!(resolved.name(), "MedchainBridge::add_peer");
	assert_eq!(resolved.call_data(), &RawArgs(call[2..].to_vec()));
}
