//! The bridges to peer consortium chains: [`MAX_PEERS`] slots, each a GRANDPA light client of
//! one peer (`pallet-bridge-grandpa`) and a message lane to it (`pallet-bridge-messages`) — slot
//! 0 at indices 40/41 (`BridgeGrandpa`, `BridgeMessages`), slot k at 40+2k/41+2k
//! (`BridgeGrandpa{k}`, `BridgeMessages{k}`) — and the glue that lets `pallet-medchain-bridge`
//! (53) send on each lane and receive from it ([`PeerSlots`], [`HealthDispatch`]).
//!
//! Every consortium chain runs this runtime, so one description of the bridged chain serves
//! every slot on every side, [`MedchainVia`], differing only in the names of the slot's
//! pallets. A pair of chains uses the same slot on both sides: a lane's storage proofs name the
//! other chain's messages pallet by the name the proving chain's own slot has
//! (`ChainWithMessages::WITH_CHAIN_MESSAGES_PALLET_NAME` of `ThisChain`). Which chain a slot
//! bridges (its header, authorities, genesis hash) is not compiled in: governance adds it
//! (`MedchainBridge::add_peer`, or for slot 0 `BridgeGrandpa::initialize` with
//! `MedchainBridge::set_peer`).

use super::{RuntimeBlockLength, RuntimeBlockWeights, MAX_AUTHORITIES};
use crate::{
	AccountId, Balance, BlockNumber, Hash, Header, MedchainBridge, Nonce, Runtime, RuntimeEvent,
	Signature,
};
use alloc::vec::Vec;
use bp_messages::{
	source_chain::MessagesBridge,
	target_chain::{DispatchMessage, MessageDispatch},
	ChainWithMessages, LegacyLaneId, MessageNonce, MessagesOperatingMode,
};
use bp_runtime::{BasicOperatingMode, Chain, ChainId};
use frame_support::{
	dispatch::DispatchClass,
	instances::{Instance1, Instance2, Instance3, Instance4},
	parameter_types,
	traits::{GetStorageVersion, OnRuntimeUpgrade, PalletInfoAccess, StorageVersion},
	weights::Weight,
};
use sp_runtime::{traits::BlakeTwo256, DispatchError, DispatchResult, StateVersion};

/// Peer slots, so the most peers a chain bridges without a runtime upgrade. Five because:
/// the bridge index range 40–49 holds five pairs of pallets (indices are never reused); five
/// slots give a full mesh of six consortium chains (K6 is 5-edge-colourable, so every pair
/// finds a slot free on both sides); and five saturated lanes take about a third of a block's
/// normal class, leaving the rest to patients. More peers need a runtime upgrade adding
/// instances in a new index range.
pub const MAX_PEERS: u8 = 5;

/// The slots' light-client pallets, by slot, as declared in the runtime.
pub const SLOT_GRANDPA_PALLETS: [&str; MAX_PEERS as usize] =
	["BridgeGrandpa", "BridgeGrandpa1", "BridgeGrandpa2", "BridgeGrandpa3", "BridgeGrandpa4"];
/// The slots' messages pallets, by slot: the name a peer's proofs read this chain's lane under.
pub const SLOT_MESSAGES_PALLETS: [&str; MAX_PEERS as usize] =
	["BridgeMessages", "BridgeMessages1", "BridgeMessages2", "BridgeMessages3", "BridgeMessages4"];

/// The lane of every slot (each slot's messages pallet has its own lanes); slot 0's is opened
/// at genesis, the others' when governance adds their peer.
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

/// A medchain consortium chain, as seen from its peer through slot `K`.
pub struct MedchainVia<const K: usize>;

/// A medchain consortium chain as its peer in slot 0 sees it.
pub type Medchain = MedchainVia<0>;

impl<const K: usize> Chain for MedchainVia<K> {
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

impl<const K: usize> bp_header_chain::ChainWithGrandpa for MedchainVia<K> {
	const WITH_CHAIN_GRANDPA_PALLET_NAME: &'static str = SLOT_GRANDPA_PALLETS[K];
	const MAX_AUTHORITIES_COUNT: u32 = MAX_AUTHORITIES;
	/// With GRANDPA finalising almost every block, justifications rarely need ancestry.
	const REASONABLE_HEADERS_IN_JUSTIFICATION_ANCESTRY: u32 = 8;
	/// A header with an authority-set change of 32 ed25519 keys, plus Aura digests.
	const MAX_MANDATORY_HEADER_SIZE: u32 = 4 * 1024;
	const AVERAGE_HEADER_SIZE: u32 = 512;
}

impl<const K: usize> ChainWithMessages for MedchainVia<K> {
	const WITH_CHAIN_MESSAGES_PALLET_NAME: &'static str = SLOT_MESSAGES_PALLETS[K];
	const MAX_UNREWARDED_RELAYERS_IN_CONFIRMATION_TX: MessageNonce = MAX_UNREWARDED_RELAYERS;
	const MAX_UNCONFIRMED_MESSAGES_IN_CONFIRMATION_TX: MessageNonce = MAX_UNCONFIRMED_MESSAGES;
}

parameter_types! {
	pub const HeadersToKeep: u32 = HEADERS_TO_KEEP;
	/// Authority-set changes are rare (governance); four free imports a block cover any burst.
	pub const MaxFreeHeadersPerBlock: u32 = 4;
}

/// What the pallet-bridge-grandpa `initialize` call takes: how a slot's light client starts.
pub type SlotInit = bp_header_chain::InitializationData<Header>;

/// Slot `$k`: both pallets' configuration (the same for every slot but the names), and its
/// operations for [`PeerSlots`] in module `$ops`.
macro_rules! peer_slot {
	($k:literal, $ops:ident, $instance:ty, $grandpa:ident, $messages:ident) => {
		impl pallet_bridge_grandpa::Config<$instance> for Runtime {
			type RuntimeEvent = RuntimeEvent;
			type BridgedChain = MedchainVia<$k>;
			type MaxFreeHeadersPerBlock = MaxFreeHeadersPerBlock;
			/// Only mandatory (set-change) headers are free; others are paid by the relayer.
			type FreeHeadersInterval = ();
			type HeadersToKeep = HeadersToKeep;
			type WeightInfo = crate::weights::pallet_bridge_grandpa::WeightInfo<Runtime>;
		}

		impl pallet_bridge_messages::Config<$instance> for Runtime {
			type RuntimeEvent = RuntimeEvent;
			type WeightInfo = crate::weights::pallet_bridge_messages::WeightInfo<Runtime>;
			type ThisChain = MedchainVia<$k>;
			type BridgedChain = MedchainVia<$k>;
			type BridgedHeaderChain = crate::$grandpa;
			type OutboundPayload = Vec<u8>;
			type InboundPayload = Vec<u8>;
			type LaneId = LegacyLaneId;
			// Relayers are paid by the transaction fee refunds of their calls only; no reward
			// scheme.
			type DeliveryPayments = ();
			type DeliveryConfirmationPayments = ();
			type OnMessagesDelivered = ();
			type MessageDispatch = HealthDispatch<$k>;
		}

		/// Slot's operations for [`PeerSlots`].
		mod $ops {
			use super::*;

			type Messages = crate::$messages;

			pub fn queued() -> u64 {
				pallet_bridge_messages::OutboundLanes::<Runtime, $instance>::get(HEALTH_LANE)
					.map(|d| d.latest_generated_nonce.saturating_sub(d.latest_received_nonce))
					.unwrap_or(0)
			}

			pub fn send(payload: Vec<u8>) -> Result<u64, DispatchError> {
				let args = <Messages as MessagesBridge<Vec<u8>, LegacyLaneId>>::validate_message(
					HEALTH_LANE,
					&payload,
				)
				.map_err(DispatchError::from)?;
				Ok(<Messages as MessagesBridge<Vec<u8>, LegacyLaneId>>::send_message(args).nonce)
			}

			pub fn open(init: SlotInit) -> DispatchResult {
				crate::$grandpa::initialize(frame_system::RawOrigin::Root.into(), init)
					.map_err(|e| e.error)?;
				let lanes = pallet_bridge_messages::LanesManager::<Runtime, $instance>::new();
				// Slot 0's lanes exist from genesis; a wiped slot's are created anew.
				let _ = lanes.create_inbound_lane(HEALTH_LANE);
				let _ = lanes.create_outbound_lane(HEALTH_LANE);
				pallet_bridge_messages::PalletOperatingMode::<Runtime, $instance>::put(
					MessagesOperatingMode::Basic(BasicOperatingMode::Normal),
				);
				Ok(())
			}

			pub fn halt() {
				pallet_bridge_grandpa::PalletOperatingMode::<Runtime, $instance>::put(
					BasicOperatingMode::Halted,
				);
				pallet_bridge_messages::PalletOperatingMode::<Runtime, $instance>::put(
					MessagesOperatingMode::Basic(BasicOperatingMode::Halted),
				);
			}

			pub fn wipe(limit: u32) -> bool {
				let done =
					wipe_pallets(&[crate::$grandpa::name(), crate::$messages::name()], limit);
				// What genesis would have left: the messages pallet's storage version (the
				// light client has none), and the slot halted.
				stamp_storage_version::<crate::$messages>();
				halt();
				done
			}
		}
	};
}

peer_slot!(0, slot0, (), BridgeGrandpa, BridgeMessages);
peer_slot!(1, slot1, Instance1, BridgeGrandpa1, BridgeMessages1);
peer_slot!(2, slot2, Instance2, BridgeGrandpa2, BridgeMessages2);
peer_slot!(3, slot3, Instance3, BridgeGrandpa3, BridgeMessages3);
peer_slot!(4, slot4, Instance4, BridgeGrandpa4, BridgeMessages4);

/// Clear up to `limit` keys under the pallets' storage prefixes; whether nothing is left.
fn wipe_pallets(pallets: &[&str], limit: u32) -> bool {
	let mut left = limit;
	for name in pallets {
		if left == 0 {
			return false;
		}
		let prefix = sp_io::hashing::twox_128(name.as_bytes());
		let r = frame_support::storage::unhashed::clear_prefix(&prefix, Some(left), None);
		left = left.saturating_sub(r.backend);
		if r.maybe_cursor.is_some() {
			return false;
		}
	}
	true
}

/// Put pallet `P`'s in-code storage version on chain unless it is there.
fn stamp_storage_version<P>() -> bool
where
	P: GetStorageVersion<InCodeStorageVersion = StorageVersion> + PalletInfoAccess,
{
	let in_code = P::in_code_storage_version();
	let stamp = P::on_chain_storage_version() != in_code;
	if stamp {
		in_code.put::<P>();
	}
	stamp
}

/// Run `$body` with `$ops` naming the module of slot `$slot`'s operations, or `$none` for a
/// slot the runtime lacks.
macro_rules! on_slot {
	($slot:expr, $ops:ident => $body:expr, $none:expr) => {
		match $slot {
			0 => {
				use slot0 as $ops;
				$body
			},
			1 => {
				use slot1 as $ops;
				$body
			},
			2 => {
				use slot2 as $ops;
				$body
			},
			3 => {
				use slot3 as $ops;
				$body
			},
			4 => {
				use slot4 as $ops;
				$body
			},
			_ => $none,
		}
	};
}

/// `pallet-medchain-bridge`'s view of the slots.
pub struct PeerSlots;

impl pallet_medchain_bridge::PeerLanes for PeerSlots {
	const SLOTS: u8 = MAX_PEERS;
	type Init = SlotInit;

	fn queued(slot: u8) -> u64 {
		on_slot!(slot, ops => ops::queued(), 0)
	}

	fn send(slot: u8, payload: Vec<u8>) -> Result<u64, DispatchError> {
		on_slot!(slot, ops => ops::send(payload), Err(DispatchError::Other("no such slot")))
	}

	fn open(slot: u8, init: SlotInit) -> DispatchResult {
		on_slot!(slot, ops => ops::open(init), Err(DispatchError::Other("no such slot")))
	}

	fn halt(slot: u8) {
		on_slot!(slot, ops => ops::halt(), ())
	}

	fn wipe(slot: u8, limit: u32) -> bool {
		on_slot!(slot, ops => ops::wipe(limit), true)
	}

	/// The most authorities a light client starts with, from a genesis header.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_init(_slot: u8) -> SlotInit {
		use sp_runtime::traits::Header as _;
		let authority_list = (0..MAX_AUTHORITIES)
			.map(|i| {
				let mut key = [0u8; 32];
				key[..4].copy_from_slice(&i.to_le_bytes());
				(sp_core::ed25519::Public::from_raw(key).into(), 1)
			})
			.collect();
		SlotInit {
			header: alloc::boxed::Box::new(Header::new(
				0,
				Default::default(),
				Default::default(),
				Default::default(),
				Default::default(),
			)),
			authority_list,
			set_id: 0,
			operating_mode: BasicOperatingMode::Normal,
		}
	}
}

/// Hands slot `K`'s inbound messages to `pallet-medchain-bridge`, which interprets only health
/// operations, and only from the peer of that slot.
pub struct HealthDispatch<const K: u8>;

impl<const K: u8> MessageDispatch for HealthDispatch<K> {
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
			MedchainBridge::receive(K, message.key.nonce, message.data.payload.map_err(|_| ()));
		bp_runtime::messages::MessageDispatchResult {
			unspent_weight: Weight::zero(),
			dispatch_level_result: outcome,
		}
	}
}

/// Spec 115 added slots 1–4: their messages pallets' storage version (1) is put on a chain that
/// upgrades, as genesis puts it on a new chain. Nothing else: an uninitialised light client and
/// a messages pallet without lanes accept nothing.
pub struct AddPeerSlots;

impl OnRuntimeUpgrade for AddPeerSlots {
	fn on_runtime_upgrade() -> Weight {
		let stamped = [
			stamp_storage_version::<crate::BridgeMessages1>(),
			stamp_storage_version::<crate::BridgeMessages2>(),
			stamp_storage_version::<crate::BridgeMessages3>(),
			stamp_storage_version::<crate::BridgeMessages4>(),
		];
		let writes = stamped.iter().filter(|s| **s).count() as u64;
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(4, writes)
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
