// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { BTreeSet, Bytes, Null, Option, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, Call, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { BpHeaderChainStoredHeaderData, BpMessagesInboundLaneData, BpMessagesLaneLegacyLaneId, BpMessagesMessageKey, BpMessagesMessagesOperatingMode, BpMessagesOutboundLaneData, BpRuntimeBasicOperatingMode, FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, MedchainRuntimeSessionKeys, PalletAtomicSwapPendingSwap, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletBridgeGrandpaStorageTypesStoredAuthoritySet, PalletCollectiveVotes, PalletConsentPatientConsents, PalletConsortiumAuthored, PalletEhrAnchorAnchor, PalletEhrAnchorAuditHead, PalletEhrAnchorBatch, PalletEhrAnchorRecord, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletMedchainBridgeExport, PalletMedchainBridgeLease, PalletMedchainBridgePeerInfo, PalletMedchainBridgeRemoteRecord, PalletPatientIdentityDepositKey, PalletPatientIdentityEndpointInfo, PalletPatientIdentityLink, PalletPatientIdentityOrganizationInfo, PalletPatientIdentityPatientInfo, PalletPatientIdentityRecovery, PalletPatientIdentitySponsoredDeposit, PalletPatientIdentitySponsorship, PalletTransactionPaymentReleases, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    atomicSwap: {
      pendingSwaps: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: U8aFixed | string | Uint8Array) => Observable<Option<PalletAtomicSwapPendingSwap>>, [AccountId32, U8aFixed]>;
    };
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    bridgeGrandpa: {
      /**
       * Hash of the best finalized header.
       **/
      bestFinalized: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, H256]>>>, []>;
      /**
       * The current GRANDPA Authority set.
       **/
      currentAuthoritySet: AugmentedQuery<ApiType, () => Observable<PalletBridgeGrandpaStorageTypesStoredAuthoritySet>, []>;
      /**
       * Number of free header submissions that we may yet accept in the current block.
       * 
       * If the `FreeHeadersRemaining` hits zero, all following mandatory headers in the
       * current block are accepted with fee (`Pays::Yes` is returned).
       * 
       * The `FreeHeadersRemaining` is an ephemeral value that is set to
       * `MaxFreeHeadersPerBlock` at each block initialization and is killed on block
       * finalization. So it never ends up in the storage trie.
       **/
      freeHeadersRemaining: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * A ring buffer of imported hashes. Ordered by the insertion time.
       **/
      importedHashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * Current ring buffer position.
       **/
      importedHashesPointer: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Relevant fields of imported headers.
       **/
      importedHeaders: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<BpHeaderChainStoredHeaderData>>, [H256]>;
      /**
       * Hash of the header used to bootstrap the pallet.
       **/
      initialHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpRuntimeBasicOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeGrandpa1: {
      /**
       * Hash of the best finalized header.
       **/
      bestFinalized: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, H256]>>>, []>;
      /**
       * The current GRANDPA Authority set.
       **/
      currentAuthoritySet: AugmentedQuery<ApiType, () => Observable<PalletBridgeGrandpaStorageTypesStoredAuthoritySet>, []>;
      /**
       * Number of free header submissions that we may yet accept in the current block.
       * 
       * If the `FreeHeadersRemaining` hits zero, all following mandatory headers in the
       * current block are accepted with fee (`Pays::Yes` is returned).
       * 
       * The `FreeHeadersRemaining` is an ephemeral value that is set to
       * `MaxFreeHeadersPerBlock` at each block initialization and is killed on block
       * finalization. So it never ends up in the storage trie.
       **/
      freeHeadersRemaining: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * A ring buffer of imported hashes. Ordered by the insertion time.
       **/
      importedHashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * Current ring buffer position.
       **/
      importedHashesPointer: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Relevant fields of imported headers.
       **/
      importedHeaders: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<BpHeaderChainStoredHeaderData>>, [H256]>;
      /**
       * Hash of the header used to bootstrap the pallet.
       **/
      initialHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpRuntimeBasicOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeGrandpa2: {
      /**
       * Hash of the best finalized header.
       **/
      bestFinalized: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, H256]>>>, []>;
      /**
       * The current GRANDPA Authority set.
       **/
      currentAuthoritySet: AugmentedQuery<ApiType, () => Observable<PalletBridgeGrandpaStorageTypesStoredAuthoritySet>, []>;
      /**
       * Number of free header submissions that we may yet accept in the current block.
       * 
       * If the `FreeHeadersRemaining` hits zero, all following mandatory headers in the
       * current block are accepted with fee (`Pays::Yes` is returned).
       * 
       * The `FreeHeadersRemaining` is an ephemeral value that is set to
       * `MaxFreeHeadersPerBlock` at each block initialization and is killed on block
       * finalization. So it never ends up in the storage trie.
       **/
      freeHeadersRemaining: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * A ring buffer of imported hashes. Ordered by the insertion time.
       **/
      importedHashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * Current ring buffer position.
       **/
      importedHashesPointer: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Relevant fields of imported headers.
       **/
      importedHeaders: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<BpHeaderChainStoredHeaderData>>, [H256]>;
      /**
       * Hash of the header used to bootstrap the pallet.
       **/
      initialHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpRuntimeBasicOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeGrandpa3: {
      /**
       * Hash of the best finalized header.
       **/
      bestFinalized: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, H256]>>>, []>;
      /**
       * The current GRANDPA Authority set.
       **/
      currentAuthoritySet: AugmentedQuery<ApiType, () => Observable<PalletBridgeGrandpaStorageTypesStoredAuthoritySet>, []>;
      /**
       * Number of free header submissions that we may yet accept in the current block.
       * 
       * If the `FreeHeadersRemaining` hits zero, all following mandatory headers in the
       * current block are accepted with fee (`Pays::Yes` is returned).
       * 
       * The `FreeHeadersRemaining` is an ephemeral value that is set to
       * `MaxFreeHeadersPerBlock` at each block initialization and is killed on block
       * finalization. So it never ends up in the storage trie.
       **/
      freeHeadersRemaining: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * A ring buffer of imported hashes. Ordered by the insertion time.
       **/
      importedHashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * Current ring buffer position.
       **/
      importedHashesPointer: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Relevant fields of imported headers.
       **/
      importedHeaders: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<BpHeaderChainStoredHeaderData>>, [H256]>;
      /**
       * Hash of the header used to bootstrap the pallet.
       **/
      initialHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpRuntimeBasicOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeGrandpa4: {
      /**
       * Hash of the best finalized header.
       **/
      bestFinalized: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, H256]>>>, []>;
      /**
       * The current GRANDPA Authority set.
       **/
      currentAuthoritySet: AugmentedQuery<ApiType, () => Observable<PalletBridgeGrandpaStorageTypesStoredAuthoritySet>, []>;
      /**
       * Number of free header submissions that we may yet accept in the current block.
       * 
       * If the `FreeHeadersRemaining` hits zero, all following mandatory headers in the
       * current block are accepted with fee (`Pays::Yes` is returned).
       * 
       * The `FreeHeadersRemaining` is an ephemeral value that is set to
       * `MaxFreeHeadersPerBlock` at each block initialization and is killed on block
       * finalization. So it never ends up in the storage trie.
       **/
      freeHeadersRemaining: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * A ring buffer of imported hashes. Ordered by the insertion time.
       **/
      importedHashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * Current ring buffer position.
       **/
      importedHashesPointer: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Relevant fields of imported headers.
       **/
      importedHeaders: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<BpHeaderChainStoredHeaderData>>, [H256]>;
      /**
       * Hash of the header used to bootstrap the pallet.
       **/
      initialHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpRuntimeBasicOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeMessages: {
      /**
       * Map of lane id => inbound lane data.
       **/
      inboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesInboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * Map of lane id => outbound lane data.
       **/
      outboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesOutboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * All queued outbound messages.
       **/
      outboundMessages: AugmentedQuery<ApiType, (arg: BpMessagesMessageKey | { laneId?: any; nonce?: any } | string | Uint8Array) => Observable<Option<Bytes>>, [BpMessagesMessageKey]>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, some, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpMessagesMessagesOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeMessages1: {
      /**
       * Map of lane id => inbound lane data.
       **/
      inboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesInboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * Map of lane id => outbound lane data.
       **/
      outboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesOutboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * All queued outbound messages.
       **/
      outboundMessages: AugmentedQuery<ApiType, (arg: BpMessagesMessageKey | { laneId?: any; nonce?: any } | string | Uint8Array) => Observable<Option<Bytes>>, [BpMessagesMessageKey]>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, some, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpMessagesMessagesOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeMessages2: {
      /**
       * Map of lane id => inbound lane data.
       **/
      inboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesInboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * Map of lane id => outbound lane data.
       **/
      outboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesOutboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * All queued outbound messages.
       **/
      outboundMessages: AugmentedQuery<ApiType, (arg: BpMessagesMessageKey | { laneId?: any; nonce?: any } | string | Uint8Array) => Observable<Option<Bytes>>, [BpMessagesMessageKey]>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, some, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpMessagesMessagesOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeMessages3: {
      /**
       * Map of lane id => inbound lane data.
       **/
      inboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesInboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * Map of lane id => outbound lane data.
       **/
      outboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesOutboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * All queued outbound messages.
       **/
      outboundMessages: AugmentedQuery<ApiType, (arg: BpMessagesMessageKey | { laneId?: any; nonce?: any } | string | Uint8Array) => Observable<Option<Bytes>>, [BpMessagesMessageKey]>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, some, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpMessagesMessagesOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    bridgeMessages4: {
      /**
       * Map of lane id => inbound lane data.
       **/
      inboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesInboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * Map of lane id => outbound lane data.
       **/
      outboundLanes: AugmentedQuery<ApiType, (arg: BpMessagesLaneLegacyLaneId | string | Uint8Array) => Observable<Option<BpMessagesOutboundLaneData>>, [BpMessagesLaneLegacyLaneId]>;
      /**
       * All queued outbound messages.
       **/
      outboundMessages: AugmentedQuery<ApiType, (arg: BpMessagesMessageKey | { laneId?: any; nonce?: any } | string | Uint8Array) => Observable<Option<Bytes>>, [BpMessagesMessageKey]>;
      /**
       * The current operating mode of the pallet.
       * 
       * Depending on the mode either all, some, or no transactions will be allowed.
       **/
      palletOperatingMode: AugmentedQuery<ApiType, () => Observable<BpMessagesMessagesOperatingMode>, []>;
      /**
       * Optional pallet owner.
       * 
       * Pallet owner has a right to halt all pallet operations and then resume it. If it is
       * `None`, then there are no direct ways to halt/resume pallet operations, but other
       * runtime methods may still be used to do that (i.e. democracy::referendum to update halt
       * flag directly or call the `set_operating_mode`).
       **/
      palletOwner: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    consent: {
      /**
       * Each patient's grants, pending requests, break-glass accesses and opt-out. An item stays
       * when it empties, so that grant and request ids are never reused (audit entries name
       * them); the patient's registration deposit covers it, and deregistration removes it.
       **/
      consents: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentPatientConsents>>, [u64]>;
      /**
       * Where the `on_idle` sweep resumes: the last storage key it visited.
       **/
      sweepCursor: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
    };
    consortium: {
      /**
       * The last block (and its slot) each listed validator authored: at most `MaxValidators`
       * entries. Keys are validator accounts, which only the council chooses, so the fast
       * non-cryptographic `Twox64Concat` is safe.
       **/
      lastAuthored: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletConsortiumAuthored>>, [AccountId32]>;
      /**
       * Session rotations still to force so that the last change of the list takes effect.
       **/
      pendingRotations: AugmentedQuery<ApiType, () => Observable<u8>, []>;
      /**
       * The validator list, in the order the session plans it.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    council: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    councilMembership: {
      /**
       * The current membership, stored as an ordered Vec.
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The current prime member, if one exists.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    ehrAnchor: {
      /**
       * The head of each patient's access audit chain.
       **/
      auditTrails: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<PalletEhrAnchorAuditHead>, [u64]>;
      /**
       * Batch anchors.
       **/
      batches: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletEhrAnchorBatch>>, [H256]>;
      /**
       * How many anchors each patient's index holds.
       **/
      indexLen: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * Each patient's anchors in the order they were made, in pages of `IndexPageSize`.
       **/
      indexPages: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletEhrAnchorAnchor>>, [u64, u32]>;
      /**
       * Individually anchored records at their current version.
       **/
      records: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletEhrAnchorRecord>>, [H256]>;
      /**
       * Earlier versions of amended records: `(record, old hash) → version`.
       **/
      superseded: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<u32>>, [H256, H256]>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    medchainBridge: {
      /**
       * Consents exported from here.
       **/
      exports: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletMedchainBridgeExport>>, [u64]>;
      /**
       * A patient's exports.
       **/
      exportsOf: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u64]>;
      /**
       * Leases received from peers: home chain → patient key → export → lease. Export ids are
       * numbered by each home chain, so only the chain and the export together name a lease.
       **/
      heldLeases: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletMedchainBridgeLease>>, [H256, AccountId32, u64]>;
      /**
       * How many leases a patient has here (from all peers).
       **/
      leaseCount: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u32>, [AccountId32]>;
      /**
       * How long a lease sent from here is valid (ms); heartbeats every half period extend it.
       **/
      leasePeriod: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The number the next export gets.
       **/
      nextExportId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The number the next access request gets.
       **/
      nextRequestId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The peer chains (by genesis hash), added by governance.
       **/
      peers: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletMedchainBridgePeerInfo>>, [H256]>;
      /**
       * Revocations the lane refused, sent before any heartbeat to their chain: (chain, export)
       * → the patient key the lease names.
       **/
      pendingRevokes: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<AccountId32>>, [H256, u64]>;
      /**
       * Record fingerprints shared by peers: sharing chain → record → fingerprint. Custodians
       * choose record ids, so one chain's cannot overwrite another's.
       **/
      sharedRecords: AugmentedQuery<ApiType, (arg1: H256 | string | Uint8Array, arg2: H256 | string | Uint8Array) => Observable<Option<PalletMedchainBridgeRemoteRecord>>, [H256, H256]>;
      /**
       * Which peer each slot serves.
       **/
      slots: AugmentedQuery<ApiType, (arg: u8 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u8]>;
      /**
       * Where the idle sweep of exports resumes (the last export it visited).
       **/
      sweepCursor: AugmentedQuery<ApiType, () => Observable<Option<u64>>, []>;
      /**
       * This chain's genesis hash, recorded in block 1 (a chain cannot know it at genesis).
       **/
      thisChain: AugmentedQuery<ApiType, () => Observable<Option<H256>>, []>;
    };
    nodeAuthorization: {
      /**
       * The additional adaptive connections of each node.
       **/
      additionalConnections: AugmentedQuery<ApiType, (arg: OpaquePeerId | object | string | Uint8Array) => Observable<BTreeSet<OpaquePeerId>>, [OpaquePeerId]>;
      /**
       * A map that maintains the ownership of each node.
       **/
      owners: AugmentedQuery<ApiType, (arg: OpaquePeerId | object | string | Uint8Array) => Observable<Option<AccountId32>>, [OpaquePeerId]>;
      /**
       * The set of well known nodes. This is stored sorted (just by value).
       **/
      wellKnownNodes: AugmentedQuery<ApiType, () => Observable<BTreeSet<OpaquePeerId>>, []>;
    };
    patientIdentity: {
      /**
       * Where each organization's FHIR gateway is served, published by its admin, with the
       * deposit that pays for the entry. Gateways read it to federate a patient's records across
       * custodians.
       **/
      endpoints: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityEndpointInfo>>, [u32]>;
      /**
       * Patient↔organization links and link proposals.
       **/
      links: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityLink>>, [u64, u32]>;
      /**
       * The id the next registered organization gets.
       **/
      nextOrganizationId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next registered patient gets.
       **/
      nextPatientId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Keys an organization's admin invited to become operators, each waiting for the key to
       * accept (`accept_operator`): nobody is made an operator without signing for it.
       **/
      operatorInvitations: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<AccountId32>>, [u32]>;
      /**
       * The organization an admin or operator account belongs to (at most one).
       **/
      organizationOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u32>>, [AccountId32]>;
      /**
       * Registered organizations by id.
       **/
      organizations: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityOrganizationInfo>>, [u32]>;
      /**
       * The patient id a key controls.
       **/
      patientIdOf: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u64>>, [AccountId32]>;
      /**
       * Registered patients by id.
       **/
      patients: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityPatientInfo>>, [u64]>;
      /**
       * Key changes in progress: rotations the patient offered and recoveries guardians vouch
       * for, each waiting for its new key to claim it.
       **/
      recoveries: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityRecovery>>, [u64]>;
      /**
       * Deposits a sponsor holds for a patient's records, so that each goes back to the sponsor
       * whatever ends the record. A deposit the patient paid itself has no entry.
       **/
      sponsoredDeposits: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: PalletPatientIdentityDepositKey | { Registration: any } | { Grant: any } | { Export: any } | string | Uint8Array) => Observable<Option<PalletPatientIdentitySponsoredDeposit>>, [u64, PalletPatientIdentityDepositKey]>;
      /**
       * What each organization holds in deposits as a sponsor, bounded by
       * [`Config::MaxSponsoredDeposits`].
       **/
      sponsorHeld: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u128>, [u32]>;
      /**
       * Keys a member organization sponsors: it pays their sponsored transactions' fees and
       * their records' deposits.
       **/
      sponsorships: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletPatientIdentitySponsorship>>, [AccountId32]>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<MedchainRuntimeSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, MedchainRuntimeSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
  } // AugmentedQueries
} // declare module
