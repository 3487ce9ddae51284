//! The bridge to the peer consortium chain: a GRANDPA light client of it
//! (`pallet-bridge-grandpa`, index 40), a message lane to it (`pallet-bridge-messages`, 41) and
//! the glue that lets `pallet-medchain-bridge` (53) send on the lane and receive from it.
//!
//! Both consortium chains run this runtime, so one type, [`Medchain`], describes the bridged
//! chain on both sides. Which chain is the peer (its header, authorities, genesis hash) is not
//! compiled in: governance sets it (`BridgeGrandpa::initialize`, `MedchainBridge::set_peer`).

use super::{RuntimeBlockLength, RuntimeBlockWeights, MAX_AUTHORITIES};
use crate::{
	AccountId, Balance, BlockNumber, Hash, Header, MedchainBridge, Nonce, Runtime, RuntimeEvent,
	Signature,
};
use alloc::vec::Vec;
use bp_messages::{
	source_chain::MessagesBridge,
	target_chain::{DispatchMessage, MessageDispatch},
	ChainWithMessages, LegacyLaneId, MessageNonce,
};
use bp_runtime::{Chain, ChainId};
use frame_support::{dispatch::DispatchClass, parameter_types, weights::Weight};
use sp_runtime::{traits::BlakeTwo256, DispatchError, StateVersion};

/// The one lane between the two chains, opened at genesis on both.
pub const HEALTH_LANE: LegacyLaneId = LegacyLaneId([0, 0, 0, 1]);

/// Bridged headers kept for proofs: ~1.7 h of 6 s blocks, far longer than a relayer needs
/// between importing a header and proving messages at it.
pub const HEADERS_TO_KEEP: u32 = 1024;
/// Most messages delivered but not yet confirmed (also the most one delivery may carry, and one
/// confirmation settle): the whole outbound queue (`MAX_QUEUED_MESSAGES`), so a full queue is
/// delivered without stalling on the two blocks a confirmation takes to come back. A
/// confirmation's cost hardly depends on it: one relayer entry covers consecutive deliveries.
pub const MAX_UNCONFIRMED_MESSAGES: MessageNonce = 1024;
/// Most distinct relayer entries awaiting confirmation: a few relayers run per consortium.
pub const MAX_UNREWARDED_RELAYERS: MessageNonce = 16;

/// A medchain consortium chain, as seen from its peer.
pub struct Medchain;

impl Chain for Medchain {
	const ID: ChainId = *b"mdch";
	type BlockNumber = BlockNumber;
	type Hash = Hash;
	type Hasher = BlakeTwo256;
	type Header = Header;
	type AccountId = AccountId;
	type Balance = Balance;
	type Nonce = Nonce;
	type Signature = Signature;
	const STATE_VERSION: StateVersion = StateVersion::V1;

	fn max_extrinsic_size() -> u32 {
		*RuntimeBlockLength::get().max.get(DispatchClass::Normal)
	}

	fn max_extrinsic_weight() -> Weight {
		RuntimeBlockWeights::get().get(DispatchClass::Normal).max_extrinsic.unwrap_or(Weight::MAX)
	}
}

impl bp_header_chain::ChainWithGrandpa for Medchain {
	const WITH_CHAIN_GRANDPA_PALLET_NAME: &'static str = "BridgeGrandpa";
	const MAX_AUTHORITIES_COUNT: u32 = MAX_AUTHORITIES;
	/// With GRANDPA finalising almost every block, justifications rarely need ancestry.
	const REASONABLE_HEADERS_IN_JUSTIFICATION_ANCESTRY: u32 = 8;
	/// A header with an authority-set change of 32 ed25519 keys, plus Aura digests.
	const MAX_MANDATORY_HEADER_SIZE: u32 = 4 * 1024;
	const AVERAGE_HEADER_SIZE: u32 = 512;
}

impl ChainWithMessages for Medchain {
	const WITH_CHAIN_MESSAGES_PALLET_NAME: &'static str = "BridgeMessages";
	const MAX_UNREWARDED_RELAYERS_IN_CONFIRMATION_TX: MessageNonce = MAX_UNREWARDED_RELAYERS;
	const MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX: MessageNonce = MAX_UNCONFIRMED_MESSAGES;
}

parameter_types! {
	pub const HeadersToKeep: u32 = HEADERS_TO_KEEP;
	/// Authority-set changes are rare (governance); four free imports a block cover any burst.
	pub const MaxFreeHeadersPerBlock: u32 = 4;
}

impl pallet_bridge_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type BridgedChain = Medchain;
	type MaxFreeHeadersPerBlock = MaxFreeHeadersPerBlock;
	/// Only mandatory (set-change) headers are free; others are paid by the relayer.
	type FreeHeadersInterval = ();
	type HeadersToKeep = HeadersToKeep;
	type WeightInfo = crate::weights::pallet_bridge_grandpa::WeightInfo<Runtime>;
}

impl pallet_bridge_messages::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_bridge_messages::WeightInfo<Runtime>;
	type ThisChain = Medchain;
	type BridgedChain = Medchain;
	type BridgedHeaderChain = crate::BridgeGrandpa;
	type OutboundPayload = Vec<u8>;
	type InboundPayload = Vec<u8>;
	type LaneId = LegacyLaneId;
	// Relayers are paid by the transaction fee refunds of their calls only; no reward scheme.
	type DeliveryPayments = ();
	type DeliveryConfirmationPayments = ();
	type OnMessagesDelivered = ();
	type MessageDispatch = HealthDispatch;
}

/// `pallet-medchain-bridge`'s view of the outbound lane.
pub struct HealthLane;

impl pallet_medchain_bridge::MessageSender for HealthLane {
	fn queued() -> u64 {
		pallet_bridge_messages::OutboundLanes::<Runtime>::get(HEALTH_LANE)
			.map(|d| d.latest_generated_nonce.saturating_sub(d.latest_received_nonce))
			.unwrap_or(0)
	}

	fn send(payload: Vec<u8>) -> Result<u64, DispatchError> {
		let args =
			<crate::BridgeMessages as MessagesBridge<Vec<u8>, LegacyLaneId>>::validate_message(
				HEALTH_LANE,
				&payload,
			)
			.map_err(DispatchError::from)?;
		Ok(<crate::BridgeMessages as MessagesBridge<Vec<u8>, LegacyLaneId>>::send_message(args)
			.nonce)
	}
}

/// Hands inbound messages to `pallet-medchain-bridge`, which interprets only health operations.
pub struct HealthDispatch;

impl MessageDispatch for HealthDispatch {
	type DispatchPayload = Vec<u8>;
	type DispatchLevelResult = pallet_medchain_bridge::Outcome;
	type LaneId = LegacyLaneId;

	fn is_active(lane: LegacyLaneId) -> bool {
		lane == HEALTH_LANE
	}

	fn dispatch_weight(_: &mut DispatchMessage<Vec<u8>, LegacyLaneId>) -> Weight {
		MedchainBridge::message_dispatch_weight()
	}

	fn dispatch(
		message: DispatchMessage<Vec<u8>, LegacyLaneId>,
	) -> bp_runtime::messages::MessageDispatchResult<pallet_medchain_bridge::Outcome> {
		let outcome =
			MedchainBridge::receive(message.key.nonce, message.data.payload.map_err(|_| ()));
		bp_runtime::messages::MessageDispatchResult {
			unspent_weight: Weight::zero(),
			dispatch_level_result: outcome,
		}
	}
}

/// What the messages pallet's benchmarks need from the runtime: proofs of messages and of
/// delivery, built in a storage trie whose root is imported into the light client as a bridged
/// header's state (the light client itself is benchmarked separately).
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use super::*;
	use bp_messages::{
		source_chain::FromBridgedChainMessagesDeliveryProof,
		target_chain::FromBridgedChainMessagesProof,
	};
	use bp_runtime::RangeInclusiveExt;
	use pallet_bridge_messages::{
		benchmarking::{MessageDeliveryProofParams, MessageProofParams},
		messages_generation::{
			encode_all_messages, encode_lane_data, prepare_message_delivery_storage_proof,
			prepare_messages_storage_proof,
		},
	};
	use sp_runtime::traits::Header as _;

	/// Import a bridged header with `state_root` as its state; returns its hash.
	fn import_bridged_header(state_root: Hash) -> Hash {
		let header =
			Header::new(0, Default::default(), state_root, Default::default(), Default::default());
		let hash = header.hash();
		pallet_bridge_grandpa::initialize_for_benchmarks::<Runtime, ()>(header);
		hash
	}

	impl pallet_bridge_messages::benchmarking::Config<()> for Runtime {
		/// The only lane `HealthDispatch` accepts.
		fn bench_lane_id() -> LegacyLaneId {
			HEALTH_LANE
		}

		fn prepare_message_proof(
			params: MessageProofParams<LegacyLaneId>,
		) -> (FromBridgedChainMessagesProof<Hash, LegacyLaneId>, Weight) {
			// Empty payloads (the first grown to the requested size): `pallet-medchain-bridge`
			// refuses them after one failed decode, so the lane's own cost is what is measured.
			// A health message's dispatch is benchmarked by `pallet-medchain-bridge`
			// (`receive_message`) and charged through the declared dispatch weight.
			let count = params.message_nonces.saturating_len();
			let (state_root, storage_proof) =
				prepare_messages_storage_proof::<Medchain, Medchain, LegacyLaneId>(
					params.lane,
					params.message_nonces.clone(),
					params.outbound_lane_data.clone(),
					params.proof_params,
					|_| Vec::new(),
					encode_all_messages,
					encode_lane_data,
					false,
					false,
				);
			let proof = FromBridgedChainMessagesProof {
				bridged_header_hash: import_bridged_header(state_root),
				storage_proof,
				lane: params.lane,
				nonces_start: *params.message_nonces.start(),
				nonces_end: *params.message_nonces.end(),
			};
			(proof, MedchainBridge::message_dispatch_weight().saturating_mul(count))
		}

		fn prepare_message_delivery_proof(
			params: MessageDeliveryProofParams<AccountId, LegacyLaneId>,
		) -> FromBridgedChainMessagesDeliveryProof<Hash, LegacyLaneId> {
			let (state_root, storage_proof) =
				prepare_message_delivery_storage_proof::<Medchain, Medchain, LegacyLaneId>(
					params.lane,
					params.inbound_lane_data,
					params.proof_params,
				);
			FromBridgedChainMessagesDeliveryProof {
				bridged_header_hash: import_bridged_header(state_root),
				storage_proof,
				lane: params.lane,
			}
		}

		/// Relayers get no on-chain reward (`DeliveryConfirmationPayments = ()`), so there is
		/// nothing to check.
		fn is_relayer_rewarded(_relayer: &AccountId) -> bool {
			true
		}
	}
}
