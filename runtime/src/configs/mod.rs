//! Configuration of every pallet in the runtime.

pub mod bridge;
pub mod governance;
pub use governance::{GovernanceOrigin, SESSION_PERIOD};

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		ConstantMultiplier, Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{Multiplier, TargetedFeeAdjustment};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};
use sp_version::RuntimeVersion;

use super::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Consent, Hash, Nonce, OriginCaller,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, System, BLOCK_HASH_COUNT, DAYS, EXISTENTIAL_DEPOSIT, HOURS,
	MICRO_UNIT, MILLI_UNIT, SLOT_DURATION, UNIT, VERSION,
};
use codec::MaxEncodedLen;

/// Share of a block that ordinary (non-operational) extrinsics may fill; the rest is kept
/// for operational calls such as governance fixes, so they get in even when blocks are full.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Most validators that can ever be configured; bounds the Aura and GRANDPA authority sets.
/// A consortium is a handful of institutions, 32 leaves ample room.
pub const MAX_AUTHORITIES: u32 = 32;

/// Largest block: 5 MiB, as in the Substrate templates; a block of maximal size still
/// gossips well within a 6 s slot on a hospital network.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = BLOCK_HASH_COUNT;
	pub const Version: RuntimeVersion = VERSION;

	/// Two seconds of compute per 6 s block leaves time for import and gossip.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// Operational and mandatory extrinsics may fill a whole block; normal ones 75% of it.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	/// medchain's own SS58 prefix (`token::SS58_PREFIX`).
	pub const SS58Prefix: u16 = crate::SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node runs on ParityDB, so its read/write costs are the ones to charge.
	type DbWeight = ParityDbWeight;
	type BaseCallFilter = governance::ConsortiumCallFilter;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	/// Locks per account; only the runtime's own pallets create them.
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Price of one byte of an extrinsic: 100 µUNIT (a transfer's ~150 bytes cost 0.015 UNIT; a
/// block filled to its 3.75 MiB normal-class length costs ~390 UNIT). Bytes are what stays in
/// every node's block history for good, so they are priced apart from weight.
pub const TRANSACTION_BYTE_FEE: Balance = 100 * MICRO_UNIT;

/// Price of execution time: 100 planck per picosecond of reference time, 1 UNIT per 10 ms. A
/// block filled to its 1.5 s normal-class weight then costs 150 UNIT, the same order as one
/// filled with bytes (393 UNIT), so neither is a cheap way to stuff blocks; a transfer costs
/// ~0.04 UNIT.
pub const WEIGHT_FEE_PER_PICOSECOND: Balance = 100;

parameter_types! {
	pub const WeightFeePerPicosecond: Balance = WEIGHT_FEE_PER_PICOSECOND;
	pub const TransactionByteFee: Balance = TRANSACTION_BYTE_FEE;
	/// Fees rise while blocks are more than a quarter full (Polkadot's target): room for
	/// bursts, such as a hospital's nightly batch of anchors, before anyone pays more.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast the weight-fee multiplier follows load (Polkadot's value): under full blocks
	/// it grows ×1.0000563 a block, ×2.25 a day.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Floor: on an idle chain weight fees fall to a tenth, never to nothing.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10);
	/// No ceiling: sustained abuse keeps getting dearer.
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = crate::sponsored_fees::SponsoredFees;
	/// Operational calls get 5× the priority their fee would buy, as in Polkadot, so they
	/// are ordered ahead of ordinary traffic.
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = ConstantMultiplier<Balance, WeightFeePerPicosecond>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = TargetedFeeAdjustment<
		Self,
		TargetBlockFullness,
		AdjustmentVariable,
		MinimumMultiplier,
		MaximumMultiplier,
	>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Longest swap secret accepted: a secret only has to be unguessable, so 32 bytes (the
	/// size of a hash) is enough, and a claim cannot carry free text (docs/privacy.md).
	pub const SwapProofLimit: u32 = 32;
	/// Least deposit a pending swap holds (`crate::swaps`): the state it keeps, its key and
	/// value, at the runtime's deposit rate (about 0.026 UNIT).
	pub SwapDeposit: Balance = deposit(
		1,
		(SWAP_KEY_LEN + pallet_atomic_swap::PendingSwap::<Runtime>::max_encoded_len()) as u32,
	);
}

/// Length of a `PendingSwaps` key: pallet and storage prefixes (32), the target hashed with
/// `Twox64Concat` (8 + 32) and the hashed secret with `Blake2_128Concat` (16 + 32).
const SWAP_KEY_LEN: usize = 32 + 8 + 32 + 16 + 32;

impl pallet_atomic_swap::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type SwapAction = crate::swaps::DepositedSwap;
	type ProofLimit = SwapProofLimit;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// What keeping `items` storage entries of `bytes` bytes in state costs as a deposit: filling
/// 1 GiB of state would lock 100,000 UNIT, which keeps state growth a deliberate, paid act.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * 10 * MILLI_UNIT + bytes as Balance * 100 * MICRO_UNIT
}

/// Most one organization may hold in deposits as a sponsor: a large hospital's 100,000 active
/// patients at ~0.25 UNIT each (registration and a few grants); it bounds the state one
/// organization's patients can create to ~256 MiB at the deposit rate.
pub const MAX_SPONSORED_DEPOSITS: Balance = 25_000 * UNIT;
/// Sponsored transactions per patient per day: a patient's busiest day (answering requests, a
/// few grants and revocations, delegate changes) is a few dozen; 100 caps what a stolen or
/// scripted key can cost its sponsor in a day.
pub const SPONSORED_TRANSACTIONS_PER_DAY: u32 = 100;

/// Most delegates per patient: a few guardians and caregivers, with room for a care team.
pub const MAX_DELEGATES: u32 = 8;

/// Between the guardians' last vouch and the new key's claim: a day, so that a patient who
/// still has the key (or a delegate) sees a recovery nobody asked for in their wallet and
/// cancels it, while one who lost the key waits no longer than a day.
pub const RECOVERY_DELAY: BlockNumber = DAYS;
/// Most operator keys per organization: one per system (EHR, LIS, PACS, pharmacy, gateways)
/// and per site of a hospital group.
pub const MAX_OPERATORS: u32 = 64;
/// Most organizations one patient can be linked with: a lifetime of providers in a region.
pub const MAX_LINKS_PER_PATIENT: u32 = 32;
/// Most grants per patient: ample for one person's providers, insurers and studies, while
/// keeping the one item an access check reads under ~8 KiB.
pub const MAX_GRANTS_PER_PATIENT: u32 = 64;
/// Most pending requests per patient: enough for real use, small enough that organizations
/// cannot flood a patient's wallet.
pub const MAX_REQUESTS_PER_PATIENT: u32 = 16;
/// Most open break-glass accesses per patient: an emergency involves a handful of providers.
pub const MAX_EMERGENCY_PER_PATIENT: u32 = 4;
/// Most organizations one grant names (e.g. the members of a care network).
pub const MAX_GRANTEES: u32 = 8;
/// Most custodians a grant may be restricted to.
pub const MAX_CUSTODIANS: u32 = 8;
/// How long an access request waits for the patient: a week, the longest a routine referral
/// should wait.
pub const REQUEST_LIFETIME: BlockNumber = 7 * DAYS;
/// Break-glass lasts four hours: the acute phase of emergency care; after that the
/// organization needs the patient's consent (or must open it again, visibly).
pub const EMERGENCY_ACCESS_DURATION: BlockNumber = 4 * HOURS;
/// Patients the consent sweep visits per block at most (and only with spare block weight).
pub const MAX_SWEEP_PER_BLOCK: u32 = 32;
/// Most records one batch anchor commits to: 2^16 keeps an inclusion proof at 16 hashes
/// (512 bytes) while a custodian anchors a day of a ward's monitor readings in one extrinsic.
pub const MAX_BATCH_RECORDS: u32 = 1 << 16;
/// Anchors per page of a patient's record index: one page (about 2 KiB) is one read for a
/// wallet listing 64 records.
pub const INDEX_PAGE_SIZE: u32 = 64;
/// Most releases one `log_releases` call attests: a gateway's group commit of 512 entries is
/// two calls, and one call stays a small share (a few tens of ms) of a block's normal class.
pub const MAX_RELEASES_PER_CALL: u32 = 256;
/// How many blocks (10 min) after its consent decision a release may still be attested: a
/// gateway's journal drains in seconds; older entries are refused so that a custodian cannot
/// back-date releases in bulk.
pub const MAX_ATTESTATION_DELAY: BlockNumber = 100;
/// Longest published gateway endpoint: a FHIR base URL (scheme, host, path).
pub const MAX_ENDPOINT_LEN: u32 = 256;
/// State one anchored item adds, as charged: a record's entry (80-byte key, value up to 88
/// bytes) and its 33-byte index entry, rounded up.
pub const ANCHOR_BYTES: u32 = 200;

/// Most consents one patient may export to peer chains: their providers there.
pub const MAX_EXPORTS_PER_PATIENT: u32 = 16;
/// Most leases kept here for one patient (from all peers): the same bound seen from the other
/// side.
pub const MAX_LEASES_PER_PATIENT: u32 = 16;
/// Most undelivered messages on a peer's lane: sixteen full deliveries of 64, a couple of
/// minutes of backlog at the rate one relayer sustains; beyond it senders are refused rather
/// than queued unboundedly.
pub const MAX_QUEUED_MESSAGES: u64 = 1024;
/// Exports the idle sweep visits per block (ended consents, exports to a removed peer): a
/// full sweep of 10⁶ exports takes under 7 hours of blocks, charged at most ~150 ms of a block's
/// spare weight (the benchmarked worst case, every visit ending an export), and only when a
/// block has that much to spare.
pub const MAX_EXPORT_SWEEP_PER_BLOCK: u32 = 256;
/// A consent exported to a peer chain stays valid there this long unless a heartbeat (sent
/// every half period) carries it further: the longest a stalled relay or a removed peer can
/// keep a revoked consent alive there (30 minutes).
pub const LEASE_PERIOD_MS: u64 = 30 * 60 * 1000;
/// State a message may leave on the peer (a lease or record reference, ~150 bytes with its
/// key) and on the lane until it is confirmed, rounded up.
pub const MESSAGE_BYTES: u32 = 256;

parameter_types! {
	/// Each message an account sends pays for the state it leaves behind, at the deposit rate,
	/// burned (it is removed on the peer, not here).
	pub MessageFee: Balance = deposit(1, MESSAGE_BYTES);
	/// Covers an export and its index entry while it exists (and, counted as a third item, the
	/// revocation it may wait for).
	pub ExportDeposit: Balance =
		deposit(3, pallet_medchain_bridge::ExportOf::<Runtime>::max_encoded_len() as u32 + 16);
}

parameter_types! {
	/// Covers the largest patient record, its key mapping (48 bytes) and the consent item's
	/// header (id counter and flags, 16 bytes), which outlives the patient's grants.
	pub PatientDeposit: Balance = deposit(
		3,
		pallet_patient_identity::PatientInfoOf::<Runtime>::max_encoded_len() as u32 + 64,
	);
	/// Covers a sponsorship entry with its key (48 bytes) and the account entry its reference
	/// keeps in existence (80 bytes).
	pub SponsorshipDeposit: Balance = deposit(
		2,
		pallet_patient_identity::SponsorshipOf::<Runtime>::max_encoded_len() as u32 + 128,
	);
	/// Covers the largest published gateway endpoint with its key (12 bytes).
	pub EndpointDeposit: Balance = deposit(
		1,
		pallet_patient_identity::EndpointInfoOf::<Runtime>::max_encoded_len() as u32 + 12,
	);
	/// Covers the largest grant.
	pub GrantDeposit: Balance = deposit(1, pallet_consent::GrantOf::<Runtime>::max_encoded_len() as u32);
	/// Covers the largest request.
	pub RequestDeposit: Balance =
		deposit(1, pallet_consent::RequestOf::<Runtime>::max_encoded_len() as u32);
	/// Anchors are never deleted, so their storage is paid for once, at the deposit rate,
	/// and burned.
	pub AnchorFee: Balance = deposit(1, ANCHOR_BYTES);
}

impl pallet_patient_identity::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// The council by motion (root through sudo on development chains).
	type OrganizationOrigin = GovernanceOrigin;
	type PatientDeposit = PatientDeposit;
	type MaxDelegates = ConstU32<MAX_DELEGATES>;
	type MaxOperators = ConstU32<MAX_OPERATORS>;
	type MaxLinksPerPatient = ConstU32<MAX_LINKS_PER_PATIENT>;
	type SponsorshipDeposit = SponsorshipDeposit;
	type MaxSponsoredDeposits = ConstU128<MAX_SPONSORED_DEPOSITS>;
	type SponsoredTransactionsPerPeriod = ConstU32<SPONSORED_TRANSACTIONS_PER_DAY>;
	type SponsorshipPeriod = ConstU32<DAYS>;
	type RecoveryDelay = ConstU32<RECOVERY_DELAY>;
	type EndpointDeposit = EndpointDeposit;
	type MaxEndpointLen = ConstU32<MAX_ENDPOINT_LEN>;
	type Lifecycle = (Consent, crate::MedchainBridge);
	type WeightInfo = pallet_patient_identity::weights::SubstrateWeight<Runtime>;
}

impl pallet_consent::Config for Runtime {
	type GrantDeposit = GrantDeposit;
	type RequestDeposit = RequestDeposit;
	type MaxGrantsPerPatient = ConstU32<MAX_GRANTS_PER_PATIENT>;
	type MaxRequestsPerPatient = ConstU32<MAX_REQUESTS_PER_PATIENT>;
	type MaxEmergencyPerPatient = ConstU32<MAX_EMERGENCY_PER_PATIENT>;
	type MaxGrantees = ConstU32<MAX_GRANTEES>;
	type MaxCustodians = ConstU32<MAX_CUSTODIANS>;
	type RequestLifetime = ConstU32<REQUEST_LIFETIME>;
	type EmergencyAccessDuration = ConstU32<EMERGENCY_ACCESS_DURATION>;
	type MaxSweepPerBlock = ConstU32<MAX_SWEEP_PER_BLOCK>;
	type RemoteConsent = crate::MedchainBridge;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
}
impl pallet_ehr_anchor::Config for Runtime {
	type AnchorFee = AnchorFee;
	type MaxBatchRecords = ConstU32<MAX_BATCH_RECORDS>;
	type IndexPageSize = ConstU32<INDEX_PAGE_SIZE>;
	type MaxReleasesPerCall = ConstU32<MAX_RELEASES_PER_CALL>;
	type MaxAttestationDelay = ConstU32<MAX_ATTESTATION_DELAY>;
	type WeightInfo = pallet_ehr_anchor::weights::SubstrateWeight<Runtime>;
}
impl pallet_medchain_bridge::Config for Runtime {
	type AdminOrigin = GovernanceOrigin;
	type UnixTime = crate::Timestamp;
	type Lanes = bridge::PeerSlots;
	type MessageFee = MessageFee;
	type ExportDeposit = ExportDeposit;
	type MaxExportsPerPatient = ConstU32<MAX_EXPORTS_PER_PATIENT>;
	type MaxLeasesPerPatient = ConstU32<MAX_LEASES_PER_PATIENT>;
	type MaxQueuedMessages = ConstU64<MAX_QUEUED_MESSAGES>;
	type MaxSweepPerBlock = ConstU32<MAX_EXPORT_SWEEP_PER_BLOCK>;
	type DefaultLeasePeriod = ConstU64<LEASE_PERIOD_MS>;
	type MillisecsPerBlock = ConstU64<SLOT_DURATION>;
	type WeightInfo = pallet_medchain_bridge::weights::SubstrateWeight<Runtime>;
}
