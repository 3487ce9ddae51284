//! # medchain runtime
//!
//! The state transition function of a medchain consortium chain: FRAME's system, consensus
//! (Aura + GRANDPA) and money pallets, composed with medchain's own pallets for patient
//! identity, consent, record anchoring and bridging.
//!
//! Pallet indices are grouped by purpose and never reused, so explorers and wallets can rely
//! on them: system 0–9, money 10–19, governance 20–29, consensus 30–39, bridges 40–49,
//! medchain 50+.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`impl_runtime_apis` expand to deeply nested types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod free_text;
pub mod genesis_config_presets;
pub mod sponsored_fees;
pub mod swaps;
pub mod weights;
mod wrapped_calls;

extern crate alloc;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types: what the node needs to know of blocks without knowing the runtime's types,
/// so it keeps syncing across runtime upgrades that change them.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers with `Session.set_keys` (made by `author_rotateKeysWithOwner`):
	/// Aura for authoring blocks, GRANDPA for finality votes.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime version. Bump `spec_version` on every change of runtime logic, and
/// `transaction_version` whenever a call index or a call's arguments change.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medchain"),
	impl_name: alloc::borrow::Cow::Borrowed("medchain-node"),
	authoring_version: 1,
	spec_version: 115,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block production cadence.
mod block_times {
	/// Target block time: 6 s, the Substrate default, long enough for a 2-core validator to
	/// author, gossip and import a full block with room to spare.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;

	/// Aura slot length. It cannot change once a chain is running: block production stops.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
}
pub use block_times::*;

/// Time measured in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Blocks whose hashes are kept for mortal transactions: 4 hours at 6 s blocks.
pub const BLOCK_HASH_COUNT: BlockNumber = 2400;

/// Smallest units per token (12 decimals, as polkadot.js expects by default for dev chains).
pub const UNIT: Balance = 1_000_000_000_000;
pub const MILLI_UNIT: Balance = 1_000_000_000;
pub const MICRO_UNIT: Balance = 1_000_000;

/// Existential deposit: an account holding less is reaped, so dust accounts cannot bloat state.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Default and shortest timelock of a cross-chain atomic swap (one hour; `swaps`): long enough
/// for a counterparty to see the secret on one chain and claim on the other even when a relay
/// stalls for minutes.
pub const SWAP_DEFAULT_TIMELOCK: BlockNumber = HOURS;

mod token;
pub use token::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL};

/// Transaction signature: sr25519 (wallets), ed25519 or ecdsa.
pub type Signature = MultiSignature;

/// An account is identified by the public key of its signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account.
pub type Balance = u128;

/// Index of a transaction in the chain.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// An index to a block.
pub type BlockNumber = u32;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// The transaction extensions a wallet must include, in this order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the first block of a new runtime, before any pallet's hooks.
/// Each is versioned (it runs only where the pallet's on-chain storage version is the one it
/// migrates from), so an entry stays until every live chain has upgraded past it.
/// - spec 106: the consortium pallet's `LastAuthored` records the slot too (storage v0 → v1).
/// - spec 108: every registered patient key holds a sufficient account reference (the identity
///   pallet's storage v0 → v1).
/// - spec 109: atomic swaps pending before the swap deposit get a zero deposit.
/// - spec 110: exports record the nonce of their lease (the bridge pallet's storage v0 → v1).
/// - spec 111: key changes wait for the new key's claim (the identity pallet's storage v1 → v2).
/// - spec 112: no change of logic or storage; the bridge's `request_access` is now named
///   `request_remote_access` (same index and arguments), and the metadata's docs changed.
/// - spec 115: several peers — the one peer moves to slot 0 and leases and shared records are
///   kept under their chain (the bridge pallet's storage v1 → v2); peer slots 1–4 appear.
pub type Migrations = (
	pallet_consortium::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_patient_identity::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_patient_identity::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_medchain_bridge::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_medchain_bridge::migrations::v2::MigrateV1ToV2<Runtime>,
	configs::bridge::AddPeerSlots,
	swaps::AddSwapDeposits,
);

/// Executive: dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// --- system 0–9 ---
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Utility = pallet_utility;

	// --- money 10–19 ---
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type AtomicSwap = pallet_atomic_swap;

	// --- governance 20–29 ---
	// (Consortium is declared before Session: it notes a block's author before a session
	// rotation in the same block changes the validator indices, and its genesis list is what
	// the session's genesis plans.)
	#[runtime::pallet_index(20)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(21)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(22)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(23)]
	pub type Consortium = pallet_consortium;
	#[runtime::pallet_index(24)]
	pub type NodeAuthorization = pallet_node_authorization;

	// --- consensus 30–39 ---
	#[runtime::pallet_index(30)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(31)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(32)]
	pub type Session = pallet_session;

	// --- bridges 40–49: per peer slot, a GRANDPA light client of the peer chain and the
	// message lane to it (configs/bridge.rs) ---
	#[runtime::pallet_index(40)]
	pub type BridgeGrandpa = pallet_bridge_grandpa;
	#[runtime::pallet_index(41)]
	pub type BridgeMessages = pallet_bridge_messages;
	#[runtime::pallet_index(42)]
	pub type BridgeGrandpa1 = pallet_bridge_grandpa<Instance1>;
	#[runtime::pallet_index(43)]
	pub type BridgeMessages1 = pallet_bridge_messages<Instance1>;
	#[runtime::pallet_index(44)]
	pub type BridgeGrandpa2 = pallet_bridge_grandpa<Instance2>;
	#[runtime::pallet_index(45)]
	pub type BridgeMessages2 = pallet_bridge_messages<Instance2>;
	#[runtime::pallet_index(46)]
	pub type BridgeGrandpa3 = pallet_bridge_grandpa<Instance3>;
	#[runtime::pallet_index(47)]
	pub type BridgeMessages3 = pallet_bridge_messages<Instance3>;
	#[runtime::pallet_index(48)]
	pub type BridgeGrandpa4 = pallet_bridge_grandpa<Instance4>;
	#[runtime::pallet_index(49)]
	pub type BridgeMessages4 = pallet_bridge_messages<Instance4>;

	// --- medchain 50+ ---
	#[runtime::pallet_index(50)]
	pub type PatientIdentity = pallet_patient_identity;
	#[runtime::pallet_index(51)]
	pub type Consent = pallet_consent;
	#[runtime::pallet_index(52)]
	pub type EhrAnchor = pallet_ehr_anchor;
	#[runtime::pallet_index(53)]
	pub type MedchainBridge = pallet_medchain_bridge;
}
