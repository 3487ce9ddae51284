//! The medchain runtime calls the relayer submits, SCALE-encoded by hand.
//!
//! Each call is written as the runtime encodes its `RuntimeCall`: pallet index, call index,
//! then the call's arguments in declaration order, each encoded with the bridge crates' own
//! types (`bp-header-chain`, `bp-messages`), the very types the pallets decode them with.
//! [`RawCall`] carries such bytes into subxt, which signs them exactly like any other call.
//!
//! # Why pinned indices, not calls encoded by name
//!
//! subxt could encode a call by name from the chain's metadata: dynamically
//! (`subxt::dynamic::tx`), or statically from code generated out of a metadata file. Neither
//! fits the relayer as well as fixed indices:
//!
//! - Dynamic calls take their arguments as `scale_value::Value` trees shaped after the metadata's
//!   types. The relayer holds typed justifications, headers, storage proofs and initialisation
//!   data from the bridge crates; rebuilding each as a `Value` would restate their layouts by
//!   hand, where encoding them with their own `Encode` cannot disagree with the pallet. The
//!   nested governance call of [`crate::initialize_bridge`] (`propose` of `dispatch_as_root` of
//!   `batch_all`) would be a `Value` tree three calls deep.
//! - Static calls need a metadata file checked in and regenerated on every runtime change,
//!   and a large generated module, for eight calls whose arguments the bridge crates define.
//! - Depending on the runtime crate to use its `RuntimeCall` would drag the whole runtime, and
//!   its wasm build, into a client tool.
//!
//! So the only part of a call the relayer writes itself is the two index bytes, and those are
//! pinned: the constants below must match `construct_runtime` and the pallets'
//! `#[pallet::call_index]`es, and the unit tests check every one (with the call's name and
//! argument names) against the medchain runtime's own metadata (`medchain-runtime` is a
//! dev-dependency only). A pallet moved in `construct_runtime` or a call renumbered fails
//! `cargo test` rather than a live chain. At run time [`RawCall::resolve`] also looks the
//! indices up in the connected chain's metadata, so a call the chain does not have is refused
//! before it is signed, and logs name the call the chain sees.

use bp_header_chain::{justification::GrandpaJustification, InitializationData};
use bp_messages::{
	source_chain::FromBridgedChainMessagesDeliveryProof,
	target_chain::FromBridgedChainMessagesProof, LegacyLaneId, UnrewardedRelayersState, Weight,
};
use codec::{Compact, Encode};
use sp_consensus_grandpa::SetId;
use sp_core::H256;
use sp_runtime::AccountId32;
use subxt::{
	ext::scale_encode::{self, EncodeAsFields, FieldIter, TypeResolver},
	tx::Payload,
	Metadata,
};

use crate::{Error, Header, Result};

/// `Utility` in the medchain runtime.
pub const UTILITY_PALLET: u8 = 2;
/// `Utility::batch_all`: all calls or none.
pub const UTILITY_BATCH_ALL: u8 = 2;
/// `Council` (pallet-collective: the consortium's council of member organizations).
pub const COUNCIL_PALLET: u8 = 21;
/// `Council::propose(threshold, proposal, length_bound)`.
pub const COUNCIL_PROPOSE: u8 = 2;
/// `Consortium` (the consortium pallet: validators, root dispatch by council vote).
pub const CONSORTIUM_PALLET: u8 = 23;
/// `Consortium::dispatch_as_root(call)`.
pub const CONSORTIUM_DISPATCH_AS_ROOT: u8 = 2;
/// `BridgeGrandpa` (pallet-bridge-grandpa: the light client of the other chain).
pub const BRIDGE_GRANDPA_PALLET: u8 = 40;
/// `BridgeGrandpa::initialize(init_data)`.
pub const BRIDGE_GRANDPA_INITIALIZE: u8 = 1;
/// `BridgeGrandpa::submit_finality_proof_ex(header, justification, set_id, free)`.
pub const BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX: u8 = 4;
/// `BridgeMessages` (pallet-bridge-messages: the message lanes to the other chain).
pub const BRIDGE_MESSAGES_PALLET: u8 = 41;
/// `BridgeMessages::receive_messages_proof(relayer, proof, count, dispatch_weight)`.
pub const BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF: u8 = 2;
/// `BridgeMessages::receive_messages_delivery_proof(proof, relayers_state)`.
pub const BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF: u8 = 3;
/// `MedchainBridge` (the medchain application pallet on top of the lane).
pub const MEDCHAIN_BRIDGE_PALLET: u8 = 53;
/// `MedchainBridge::set_peer(genesis)`.
pub const MEDCHAIN_BRIDGE_SET_PEER: u8 = 0;

/// Start a call's bytes with its pallet and call index.
fn call_prefix(pallet: u8, call: u8) -> Vec<u8> {
	vec![pallet, call]
}

/// `BridgeGrandpa::submit_finality_proof_ex(header, justification, set_id, false)`: import
/// `header` into the other chain's light client, proved final by `justification`, which must be
/// signed by the authority set `set_id` the light client currently knows.
///
/// The relayer never asks for free execution: mandatory (authority-changing) headers are free
/// anyway, and a refused "free" request would cost a round trip.
pub fn encode_submit_finality_proof(
	header: &Header,
	justification: &GrandpaJustification<Header>,
	set_id: SetId,
) -> Vec<u8> {
	let mut out = call_prefix(BRIDGE_GRANDPA_PALLET, BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX);
	// `Box<Header>` encodes as `Header`.
	header.encode_to(&mut out);
	justification.encode_to(&mut out);
	set_id.encode_to(&mut out);
	false.encode_to(&mut out);
	out
}

/// `BridgeGrandpa::initialize(init_data)` (root only): bootstrap the light client.
pub fn encode_initialize(init: &InitializationData<Header>) -> Vec<u8> {
	let mut out = call_prefix(BRIDGE_GRANDPA_PALLET, BRIDGE_GRANDPA_INITIALIZE);
	init.encode_to(&mut out);
	out
}

/// `MedchainBridge::set_peer(genesis)` (root only): name the chain this one bridges to.
pub fn encode_set_peer(genesis: H256) -> Vec<u8> {
	let mut out = call_prefix(MEDCHAIN_BRIDGE_PALLET, MEDCHAIN_BRIDGE_SET_PEER);
	genesis.encode_to(&mut out);
	out
}

/// `Utility::batch_all(calls)`: each element of `calls` is a complete encoded call.
pub fn encode_batch_all(calls: &[Vec<u8>]) -> Vec<u8> {
	let mut out = call_prefix(UTILITY_PALLET, UTILITY_BATCH_ALL);
	// A `Vec<RuntimeCall>` is its compact length followed by the calls back to back.
	Compact(calls.len() as u32).encode_to(&mut out);
	for call in calls {
		out.extend_from_slice(call);
	}
	out
}

/// `Consortium::dispatch_as_root(inner)`: `inner` is a complete encoded call
/// (`Box<RuntimeCall>` encodes as the call itself).
pub fn encode_dispatch_as_root(inner: &[u8]) -> Vec<u8> {
	let mut out = call_prefix(CONSORTIUM_PALLET, CONSORTIUM_DISPATCH_AS_ROOT);
	out.extend_from_slice(inner);
	out
}

/// `Council::propose(threshold, proposal, length_bound)`: a council motion to dispatch
/// `proposal` (a complete encoded call) once `threshold` members voted aye; with a threshold
/// of 1 it is dispatched at once.
pub fn encode_council_propose(threshold: u32, proposal: &[u8]) -> Vec<u8> {
	let mut out = call_prefix(COUNCIL_PALLET, COUNCIL_PROPOSE);
	Compact(threshold).encode_to(&mut out);
	out.extend_from_slice(proposal);
	Compact(proposal.len() as u32).encode_to(&mut out);
	out
}

/// The fewest aye votes that make a motion pass the runtime's council origin: more than two
/// thirds of `seats`.
pub fn council_threshold(seats: u32) -> u32 {
	seats * 2 / 3 + 1
}

/// `BridgeMessages::receive_messages_proof(relayer, proof, messages_count, dispatch_weight)`.
///
/// `relayer` is the relayer's account on the *source* chain (where the delivery reward is
/// paid); `dispatch_weight` must cover every message in the proof or the call fails with
/// `InsufficientDispatchWeight`.
pub fn encode_receive_messages_proof(
	relayer: &AccountId32,
	proof: &FromBridgedChainMessagesProof<H256, LegacyLaneId>,
	messages_count: u32,
	dispatch_weight: Weight,
) -> Vec<u8> {
	let mut out = call_prefix(BRIDGE_MESSAGES_PALLET, BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF);
	relayer.encode_to(&mut out);
	// `Box<FromBridgedChainMessagesProof>` encodes as the proof.
	proof.encode_to(&mut out);
	messages_count.encode_to(&mut out);
	dispatch_weight.encode_to(&mut out);
	out
}

/// `BridgeMessages::receive_messages_delivery_proof(proof, relayers_state)`; `relayers_state`
/// must equal `UnrewardedRelayersState::from(&proved_inbound_lane_data)`.
pub fn encode_receive_messages_delivery_proof(
	proof: &FromBridgedChainMessagesDeliveryProof<H256, LegacyLaneId>,
	relayers_state: &UnrewardedRelayersState,
) -> Vec<u8> {
	let mut out = call_prefix(BRIDGE_MESSAGES_PALLET, BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF);
	proof.encode_to(&mut out);
	relayers_state.encode_to(&mut out);
	out
}

/// The arguments of a [`RawCall`]: bytes written verbatim, whatever the metadata says the
/// fields are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawArgs(pub Vec<u8>);

impl EncodeAsFields for RawArgs {
	fn encode_as_fields_to<R: TypeResolver>(
		&self,
		_fields: &mut dyn FieldIter<'_, R::TypeId>,
		_types: &R,
		out: &mut Vec<u8>,
	) -> core::result::Result<(), scale_encode::Error> {
		out.extend_from_slice(&self.0);
		Ok(())
	}
}

/// An already-encoded call as a subxt transaction [`Payload`].
///
/// subxt 0.51 encodes a payload as the indices it finds in the metadata for
/// `(pallet_name, call_name)` followed by the call data, so a raw call is resolved once against
/// the chain's metadata ([`RawCall::resolve`]): the names are looked up from the call's own
/// indices, which makes subxt write exactly the original bytes.
#[derive(Clone, Debug)]
pub struct RawCall {
	pallet_name: String,
	call_name: String,
	args: RawArgs,
}

impl RawCall {
	/// Resolve `call` (pallet index, call index, arguments) against `metadata`.
	pub fn resolve(metadata: &Metadata, call: &[u8]) -> Result<Self> {
		let [pallet_index, call_index, args @ ..] = call else {
			return Err(Error::Other(format!(
				"a call needs a pallet and a call index, got {} bytes",
				call.len()
			)));
		};
		let pallet = metadata.pallet_by_call_index(*pallet_index).ok_or_else(|| {
			Error::Other(format!("the runtime has no pallet with call index {pallet_index}"))
		})?;
		let variant = pallet.call_variant_by_index(*call_index).ok_or_else(|| {
			Error::Other(format!("pallet {} has no call with index {call_index}", pallet.name()))
		})?;
		Ok(Self {
			pallet_name: pallet.name().to_string(),
			call_name: variant.name.clone(),
			args: RawArgs(args.to_vec()),
		})
	}

	/// `Pallet::call`, for logs.
	pub fn name(&self) -> String {
		format!("{}::{}", self.pallet_name, self.call_name)
	}
}

impl Payload for RawCall {
	type CallData = RawArgs;

	fn pallet_name(&self) -> &str {
		&self.pallet_name
	}

	fn call_name(&self) -> &str {
		&self.call_name
	}

	fn call_data(&self) -> &Self::CallData {
		&self.args
	}
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use bp_runtime::BasicOperatingMode;
	use codec::{Decode, DecodeAll};
	use sp_runtime::{generic::Digest, traits::Header as _};
	use subxt::ext::{
		scale_encode::Field,
		scale_type_resolver::{ResolvedTypeVisitor, TypeResolver},
	};

	use crate::{
		BRIDGE_GRANDPA_PALLET_NAME, BRIDGE_MESSAGES_PALLET_NAME, LANE, MEDCHAIN_BRIDGE_PALLET_NAME,
	};

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

	/// Every call the relayer encodes: pallet name and index, call name and index, and the
	/// call's arguments in the order the encoder above writes them.
	const PINNED: [(&str, u8, &str, u8, &[&str]); 8] = [
		(
			BRIDGE_GRANDPA_PALLET_NAME,
			BRIDGE_GRANDPA_PALLET,
			"submit_finality_proof_ex",
			BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX,
			&["finality_target", "justification", "current_set_id", "is_free_execution_expected"],
		),
		(
			BRIDGE_GRANDPA_PALLET_NAME,
			BRIDGE_GRANDPA_PALLET,
			"initialize",
			BRIDGE_GRANDPA_INITIALIZE,
			&["init_data"],
		),
		(
			BRIDGE_MESSAGES_PALLET_NAME,
			BRIDGE_MESSAGES_PALLET,
			"receive_messages_proof",
			BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF,
			&["relayer_id_at_bridged_chain", "proof", "messages_count", "dispatch_weight"],
		),
		(
			BRIDGE_MESSAGES_PALLET_NAME,
			BRIDGE_MESSAGES_PALLET,
			"receive_messages_delivery_proof",
			BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF,
			&["proof", "relayers_state"],
		),
		(
			MEDCHAIN_BRIDGE_PALLET_NAME,
			MEDCHAIN_BRIDGE_PALLET,
			"set_peer",
			MEDCHAIN_BRIDGE_SET_PEER,
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
		(
			"Consortium",
			CONSORTIUM_PALLET,
			"dispatch_as_root",
			CONSORTIUM_DISPATCH_AS_ROOT,
			&["call"],
		),
	];

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
		for (pallet_name, pallet_index, call_name, call_index, arguments) in PINNED {
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
			let resolved =
				RawCall::resolve(&metadata, &[pallet_index, call_index]).expect("resolves");
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
	}
}
