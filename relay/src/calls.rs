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
//!   and a large generated module, for ten calls whose arguments the bridge crates define.
//! - Depending on the runtime crate to use its `RuntimeCall` would drag the whole runtime, and
//!   its wasm build, into a client tool.
//!
//! So the only part of a call the relayer writes itself is the two index bytes, and those are
//! pinned: the constants below (and, for the bridge pallets of slot k, the pallet indices
//! [`crate::Slot`] derives from them) must match `construct_runtime` and the pallets'
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

use crate::{Error, Header, Result, Slot};

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
/// `BridgeGrandpa` (pallet-bridge-grandpa: the light client of the other chain) of slot 0;
/// slot k's `BridgeGrandpa{k}` is 40 + 2k ([`Slot::grandpa_pallet_index`]).
pub const BRIDGE_GRANDPA_PALLET: u8 = 40;
/// `BridgeGrandpa::initialize(init_data)`.
pub const BRIDGE_GRANDPA_INITIALIZE: u8 = 1;
/// `BridgeGrandpa::submit_finality_proof_ex(header, justification, set_id, free)`.
pub const BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX: u8 = 4;
/// `BridgeMessages` (pallet-bridge-messages: the message lanes to the other chain) of slot 0;
/// slot k's `BridgeMessages{k}` is 41 + 2k ([`Slot::messages_pallet_index`]).
pub const BRIDGE_MESSAGES_PALLET: u8 = 41;
/// `BridgeMessages::receive_messages_proof(relayer, proof, count, dispatch_weight)`.
pub const BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF: u8 = 2;
/// `BridgeMessages::receive_messages_delivery_proof(proof, relayers_state)`.
pub const BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF: u8 = 3;
/// `MedchainBridge` (the medchain application pallet on top of the lane).
pub const MEDCHAIN_BRIDGE_PALLET: u8 = 53;
/// `MedchainBridge::set_peer(genesis)`.
pub const MEDCHAIN_BRIDGE_SET_PEER: u8 = 0;
/// `MedchainBridge::add_peer(slot, genesis, init)`.
pub const MEDCHAIN_BRIDGE_ADD_PEER: u8 = 10;
/// `MedchainBridge::remove_peer(genesis)`.
pub const MEDCHAIN_BRIDGE_REMOVE_PEER: u8 = 11;

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
	encode_submit_finality_proof_at(Slot::ZERO, header, justification, set_id)
}

/// [`encode_submit_finality_proof`] to the light client of `slot` (`BridgeGrandpa{k}`).
pub fn encode_submit_finality_proof_at(
	slot: Slot,
	header: &Header,
	justification: &GrandpaJustification<Header>,
	set_id: SetId,
) -> Vec<u8> {
	let mut out = call_prefix(slot.grandpa_pallet_index(), BRIDGE_GRANDPA_SUBMIT_FINALITY_PROOF_EX);
	// `Box<Header>` encodes as `Header`.
	header.encode_to(&mut out);
	justification.encode_to(&mut out);
	set_id.encode_to(&mut out);
	false.encode_to(&mut out);
	out
}

/// `BridgeGrandpa::initialize(init_data)` (root only): bootstrap the light client.
pub fn encode_initialize(init: &InitializationData<Header>) -> Vec<u8> {
	encode_initialize_at(Slot::ZERO, init)
}

/// [`encode_initialize`] of the light client of `slot` (`BridgeGrandpa{k}`).
pub fn encode_initialize_at(slot: Slot, init: &InitializationData<Header>) -> Vec<u8> {
	let mut out = call_prefix(slot.grandpa_pallet_index(), BRIDGE_GRANDPA_INITIALIZE);
	init.encode_to(&mut out);
	out
}

/// `MedchainBridge::set_peer(genesis)` (root only): name the chain this one bridges to.
pub fn encode_set_peer(genesis: H256) -> Vec<u8> {
	let mut out = call_prefix(MEDCHAIN_BRIDGE_PALLET, MEDCHAIN_BRIDGE_SET_PEER);
	genesis.encode_to(&mut out);
	out
}

/// `MedchainBridge::add_peer(slot, genesis, init)` (governance only): bridge the chain with
/// genesis hash `genesis` in `slot`, its light client starting from `init`, and open the
/// slot's lane. The peer must add this chain in the same slot.
pub fn encode_add_peer(slot: Slot, genesis: H256, init: &InitializationData<Header>) -> Vec<u8> {
	let mut out = call_prefix(MEDCHAIN_BRIDGE_PALLET, MEDCHAIN_BRIDGE_ADD_PEER);
	slot.index().encode_to(&mut out);
	genesis.encode_to(&mut out);
	// `Box<InitializationData>` encodes as the data.
	init.encode_to(&mut out);
	out
}

/// `MedchainBridge::remove_peer(genesis)` (governance only): halt the peer's slot at once;
/// its state is cleared in idle time and the slot freed.
pub fn encode_remove_peer(genesis: H256) -> Vec<u8> {
	let mut out = call_prefix(MEDCHAIN_BRIDGE_PALLET, MEDCHAIN_BRIDGE_REMOVE_PEER);
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
	encode_receive_messages_proof_at(Slot::ZERO, relayer, proof, messages_count, dispatch_weight)
}

/// [`encode_receive_messages_proof`] to the lane of `slot` (`BridgeMessages{k}`).
pub fn encode_receive_messages_proof_at(
	slot: Slot,
	relayer: &AccountId32,
	proof: &FromBridgedChainMessagesProof<H256, LegacyLaneId>,
	messages_count: u32,
	dispatch_weight: Weight,
) -> Vec<u8> {
	let mut out = call_prefix(slot.messages_pallet_index(), BRIDGE_MESSAGES_RECEIVE_MESSAGES_PROOF);
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
	encode_receive_messages_delivery_proof_at(Slot::ZERO, proof, relayers_state)
}

/// [`encode_receive_messages_delivery_proof`] to the lane of `slot` (`BridgeMessages{k}`).
pub fn encode_receive_messages_delivery_proof_at(
	slot: Slot,
	proof: &FromBridgedChainMessagesDeliveryProof<H256, LegacyLaneId>,
	relayers_state: &UnrewardedRelayersState,
) -> Vec<u8> {
	let mut out = call_prefix(slot.messages_pallet_index(), BRIDGE_MESSAGES_RECEIVE_DELIVERY_PROOF);
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
pub(crate) mod tests;
