// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { BpHeaderChainInitializationData, BpHeaderChainJustificationGrandpaJustification, BpMessagesMessagesOperatingMode, BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesTargetChainFromBridgedChainMessagesProof, BpMessagesUnrewardedRelayersState, BpRuntimeBasicOperatingMode, MedchainRuntimeOriginCaller, MedchainRuntimeSessionKeys, MedchainRuntimeSwapsDepositedSwap, PalletBalancesAdjustmentDirection, PalletConsentAmendment, PalletConsentCategory, PalletConsentEmergencyReason, PalletConsentPurpose, PalletConsentScope, PalletEhrAnchorAccessBasis, PalletEhrAnchorAnchor, PalletEhrAnchorFormat, PalletEhrAnchorRelease, PalletEhrAnchorRetractReason, PalletMedchainBridgeRemoteOrg, PalletPatientIdentityOrganizationKind, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpRuntimeHeader, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    atomicSwap: {
      /**
       * Cancel an atomic swap. Only possible after the originally set duration has passed.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `target`: Target of the original atomic swap.
       * - `hashed_proof`: Hashed proof of the original atomic swap.
       **/
      cancelSwap: AugmentedSubmittable<(target: AccountId32 | string | Uint8Array, hashedProof: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, U8aFixed]>;
      /**
       * Claim an atomic swap.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `proof`: Revealed proof of the claim.
       * - `action`: Action defined in the swap, it must match the entry in blockchain. Otherwise
       * the operation fails. This is used for weight calculation.
       **/
      claimSwap: AugmentedSubmittable<(proof: Bytes | string | Uint8Array, action: MedchainRuntimeSwapsDepositedSwap | { value?: any; deposit?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, MedchainRuntimeSwapsDepositedSwap]>;
      /**
       * Register a new atomic swap, declaring an intention to send funds from origin to target
       * on the current blockchain. The target can claim the fund using the revealed proof. If
       * the fund is not claimed after `duration` blocks, then the sender can cancel the swap.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `target`: Receiver of the atomic swap.
       * - `hashed_proof`: The blake2_256 hash of the secret proof.
       * - `balance`: Funds to be sent from origin.
       * - `duration`: Locked duration of the atomic swap. For safety reasons, it is recommended
       * that the revealer uses a shorter duration than the counterparty, to prevent the
       * situation where the revealer reveals the proof too late around the end block.
       **/
      createSwap: AugmentedSubmittable<(target: AccountId32 | string | Uint8Array, hashedProof: U8aFixed | string | Uint8Array, action: MedchainRuntimeSwapsDepositedSwap | { value?: any; deposit?: any } | string | Uint8Array, duration: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, U8aFixed, MedchainRuntimeSwapsDepositedSwap, u32]>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    bridgeGrandpa: {
      /**
       * Set current authorities set and best finalized bridged header to given values
       * (almost) without any checks. This call can fail only if:
       * 
       * - the call origin is not a root or a pallet owner;
       * 
       * - there are too many authorities in the new set.
       * 
       * No other checks are made. Previously imported headers stay in the storage and
       * are still accessible after the call.
       **/
      forceSetPalletState: AugmentedSubmittable<(newCurrentSetId: u64 | AnyNumber | Uint8Array, newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> | ([SpConsensusGrandpaAppPublic | string | Uint8Array, u64 | AnyNumber | Uint8Array])[], newBestHeader: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>, SpRuntimeHeader]>;
      /**
       * Bootstrap the bridge pallet with an initial header and authority set from which to sync.
       * 
       * The initial configuration provided does not need to be the genesis header of the bridged
       * chain, it can be any arbitrary header. You can also provide the next scheduled set
       * change if it is already know.
       * 
       * This function is only allowed to be called from a trusted origin and writes to storage
       * with practically no checks in terms of the validity of the data. It is important that
       * you ensure that valid data is being passed in.
       **/
      initialize: AugmentedSubmittable<(initData: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpHeaderChainInitializationData]>;
      /**
       * Halt or resume all pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpRuntimeBasicOperatingMode | 'Normal' | 'Halted' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpRuntimeBasicOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * This call is deprecated and will be removed around May 2024. Use the
       * `submit_finality_proof_ex` instead. Semantically, this call is an equivalent of the
       * `submit_finality_proof_ex` call without current authority set id check.
       **/
      submitFinalityProof: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification]>;
      /**
       * Verify a target header is finalized according to the given finality proof. The proof
       * is assumed to be signed by GRANDPA authorities set with `current_set_id` id.
       * 
       * It will use the underlying storage pallet to fetch information about the current
       * authorities and best finalized header in order to verify that the header is finalized.
       * 
       * If successful in verification, it will write the target header to the underlying storage
       * pallet.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the pallet knows better header than the `finality_target`;
       * 
       * - the id of best GRANDPA authority set, known to the pallet is not equal to the
       * `current_set_id`;
       * 
       * - verification is not optimized or invalid;
       * 
       * - header contains forced authorities set change or change with non-zero delay.
       * 
       * The `is_free_execution_expected` parameter is not really used inside the call. It is
       * used by the transaction extension, which should be registered at the runtime level. If
       * this parameter is `true`, the transaction will be treated as invalid, if the call won't
       * be executed for free. If transaction extension is not used by the runtime, this
       * parameter is not used at all.
       **/
      submitFinalityProofEx: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array, currentSetId: u64 | AnyNumber | Uint8Array, isFreeExecutionExpected: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification, u64, bool]>;
    };
    bridgeGrandpa1: {
      /**
       * Set current authorities set and best finalized bridged header to given values
       * (almost) without any checks. This call can fail only if:
       * 
       * - the call origin is not a root or a pallet owner;
       * 
       * - there are too many authorities in the new set.
       * 
       * No other checks are made. Previously imported headers stay in the storage and
       * are still accessible after the call.
       **/
      forceSetPalletState: AugmentedSubmittable<(newCurrentSetId: u64 | AnyNumber | Uint8Array, newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> | ([SpConsensusGrandpaAppPublic | string | Uint8Array, u64 | AnyNumber | Uint8Array])[], newBestHeader: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>, SpRuntimeHeader]>;
      /**
       * Bootstrap the bridge pallet with an initial header and authority set from which to sync.
       * 
       * The initial configuration provided does not need to be the genesis header of the bridged
       * chain, it can be any arbitrary header. You can also provide the next scheduled set
       * change if it is already know.
       * 
       * This function is only allowed to be called from a trusted origin and writes to storage
       * with practically no checks in terms of the validity of the data. It is important that
       * you ensure that valid data is being passed in.
       **/
      initialize: AugmentedSubmittable<(initData: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpHeaderChainInitializationData]>;
      /**
       * Halt or resume all pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpRuntimeBasicOperatingMode | 'Normal' | 'Halted' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpRuntimeBasicOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * This call is deprecated and will be removed around May 2024. Use the
       * `submit_finality_proof_ex` instead. Semantically, this call is an equivalent of the
       * `submit_finality_proof_ex` call without current authority set id check.
       **/
      submitFinalityProof: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification]>;
      /**
       * Verify a target header is finalized according to the given finality proof. The proof
       * is assumed to be signed by GRANDPA authorities set with `current_set_id` id.
       * 
       * It will use the underlying storage pallet to fetch information about the current
       * authorities and best finalized header in order to verify that the header is finalized.
       * 
       * If successful in verification, it will write the target header to the underlying storage
       * pallet.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the pallet knows better header than the `finality_target`;
       * 
       * - the id of best GRANDPA authority set, known to the pallet is not equal to the
       * `current_set_id`;
       * 
       * - verification is not optimized or invalid;
       * 
       * - header contains forced authorities set change or change with non-zero delay.
       * 
       * The `is_free_execution_expected` parameter is not really used inside the call. It is
       * used by the transaction extension, which should be registered at the runtime level. If
       * this parameter is `true`, the transaction will be treated as invalid, if the call won't
       * be executed for free. If transaction extension is not used by the runtime, this
       * parameter is not used at all.
       **/
      submitFinalityProofEx: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array, currentSetId: u64 | AnyNumber | Uint8Array, isFreeExecutionExpected: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification, u64, bool]>;
    };
    bridgeGrandpa2: {
      /**
       * Set current authorities set and best finalized bridged header to given values
       * (almost) without any checks. This call can fail only if:
       * 
       * - the call origin is not a root or a pallet owner;
       * 
       * - there are too many authorities in the new set.
       * 
       * No other checks are made. Previously imported headers stay in the storage and
       * are still accessible after the call.
       **/
      forceSetPalletState: AugmentedSubmittable<(newCurrentSetId: u64 | AnyNumber | Uint8Array, newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> | ([SpConsensusGrandpaAppPublic | string | Uint8Array, u64 | AnyNumber | Uint8Array])[], newBestHeader: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>, SpRuntimeHeader]>;
      /**
       * Bootstrap the bridge pallet with an initial header and authority set from which to sync.
       * 
       * The initial configuration provided does not need to be the genesis header of the bridged
       * chain, it can be any arbitrary header. You can also provide the next scheduled set
       * change if it is already know.
       * 
       * This function is only allowed to be called from a trusted origin and writes to storage
       * with practically no checks in terms of the validity of the data. It is important that
       * you ensure that valid data is being passed in.
       **/
      initialize: AugmentedSubmittable<(initData: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpHeaderChainInitializationData]>;
      /**
       * Halt or resume all pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpRuntimeBasicOperatingMode | 'Normal' | 'Halted' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpRuntimeBasicOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * This call is deprecated and will be removed around May 2024. Use the
       * `submit_finality_proof_ex` instead. Semantically, this call is an equivalent of the
       * `submit_finality_proof_ex` call without current authority set id check.
       **/
      submitFinalityProof: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification]>;
      /**
       * Verify a target header is finalized according to the given finality proof. The proof
       * is assumed to be signed by GRANDPA authorities set with `current_set_id` id.
       * 
       * It will use the underlying storage pallet to fetch information about the current
       * authorities and best finalized header in order to verify that the header is finalized.
       * 
       * If successful in verification, it will write the target header to the underlying storage
       * pallet.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the pallet knows better header than the `finality_target`;
       * 
       * - the id of best GRANDPA authority set, known to the pallet is not equal to the
       * `current_set_id`;
       * 
       * - verification is not optimized or invalid;
       * 
       * - header contains forced authorities set change or change with non-zero delay.
       * 
       * The `is_free_execution_expected` parameter is not really used inside the call. It is
       * used by the transaction extension, which should be registered at the runtime level. If
       * this parameter is `true`, the transaction will be treated as invalid, if the call won't
       * be executed for free. If transaction extension is not used by the runtime, this
       * parameter is not used at all.
       **/
      submitFinalityProofEx: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array, currentSetId: u64 | AnyNumber | Uint8Array, isFreeExecutionExpected: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification, u64, bool]>;
    };
    bridgeGrandpa3: {
      /**
       * Set current authorities set and best finalized bridged header to given values
       * (almost) without any checks. This call can fail only if:
       * 
       * - the call origin is not a root or a pallet owner;
       * 
       * - there are too many authorities in the new set.
       * 
       * No other checks are made. Previously imported headers stay in the storage and
       * are still accessible after the call.
       **/
      forceSetPalletState: AugmentedSubmittable<(newCurrentSetId: u64 | AnyNumber | Uint8Array, newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> | ([SpConsensusGrandpaAppPublic | string | Uint8Array, u64 | AnyNumber | Uint8Array])[], newBestHeader: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>, SpRuntimeHeader]>;
      /**
       * Bootstrap the bridge pallet with an initial header and authority set from which to sync.
       * 
       * The initial configuration provided does not need to be the genesis header of the bridged
       * chain, it can be any arbitrary header. You can also provide the next scheduled set
       * change if it is already know.
       * 
       * This function is only allowed to be called from a trusted origin and writes to storage
       * with practically no checks in terms of the validity of the data. It is important that
       * you ensure that valid data is being passed in.
       **/
      initialize: AugmentedSubmittable<(initData: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpHeaderChainInitializationData]>;
      /**
       * Halt or resume all pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpRuntimeBasicOperatingMode | 'Normal' | 'Halted' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpRuntimeBasicOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * This call is deprecated and will be removed around May 2024. Use the
       * `submit_finality_proof_ex` instead. Semantically, this call is an equivalent of the
       * `submit_finality_proof_ex` call without current authority set id check.
       **/
      submitFinalityProof: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification]>;
      /**
       * Verify a target header is finalized according to the given finality proof. The proof
       * is assumed to be signed by GRANDPA authorities set with `current_set_id` id.
       * 
       * It will use the underlying storage pallet to fetch information about the current
       * authorities and best finalized header in order to verify that the header is finalized.
       * 
       * If successful in verification, it will write the target header to the underlying storage
       * pallet.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the pallet knows better header than the `finality_target`;
       * 
       * - the id of best GRANDPA authority set, known to the pallet is not equal to the
       * `current_set_id`;
       * 
       * - verification is not optimized or invalid;
       * 
       * - header contains forced authorities set change or change with non-zero delay.
       * 
       * The `is_free_execution_expected` parameter is not really used inside the call. It is
       * used by the transaction extension, which should be registered at the runtime level. If
       * this parameter is `true`, the transaction will be treated as invalid, if the call won't
       * be executed for free. If transaction extension is not used by the runtime, this
       * parameter is not used at all.
       **/
      submitFinalityProofEx: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array, currentSetId: u64 | AnyNumber | Uint8Array, isFreeExecutionExpected: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification, u64, bool]>;
    };
    bridgeGrandpa4: {
      /**
       * Set current authorities set and best finalized bridged header to given values
       * (almost) without any checks. This call can fail only if:
       * 
       * - the call origin is not a root or a pallet owner;
       * 
       * - there are too many authorities in the new set.
       * 
       * No other checks are made. Previously imported headers stay in the storage and
       * are still accessible after the call.
       **/
      forceSetPalletState: AugmentedSubmittable<(newCurrentSetId: u64 | AnyNumber | Uint8Array, newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> | ([SpConsensusGrandpaAppPublic | string | Uint8Array, u64 | AnyNumber | Uint8Array])[], newBestHeader: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>, SpRuntimeHeader]>;
      /**
       * Bootstrap the bridge pallet with an initial header and authority set from which to sync.
       * 
       * The initial configuration provided does not need to be the genesis header of the bridged
       * chain, it can be any arbitrary header. You can also provide the next scheduled set
       * change if it is already know.
       * 
       * This function is only allowed to be called from a trusted origin and writes to storage
       * with practically no checks in terms of the validity of the data. It is important that
       * you ensure that valid data is being passed in.
       **/
      initialize: AugmentedSubmittable<(initData: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpHeaderChainInitializationData]>;
      /**
       * Halt or resume all pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpRuntimeBasicOperatingMode | 'Normal' | 'Halted' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpRuntimeBasicOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
      /**
       * This call is deprecated and will be removed around May 2024. Use the
       * `submit_finality_proof_ex` instead. Semantically, this call is an equivalent of the
       * `submit_finality_proof_ex` call without current authority set id check.
       **/
      submitFinalityProof: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification]>;
      /**
       * Verify a target header is finalized according to the given finality proof. The proof
       * is assumed to be signed by GRANDPA authorities set with `current_set_id` id.
       * 
       * It will use the underlying storage pallet to fetch information about the current
       * authorities and best finalized header in order to verify that the header is finalized.
       * 
       * If successful in verification, it will write the target header to the underlying storage
       * pallet.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the pallet knows better header than the `finality_target`;
       * 
       * - the id of best GRANDPA authority set, known to the pallet is not equal to the
       * `current_set_id`;
       * 
       * - verification is not optimized or invalid;
       * 
       * - header contains forced authorities set change or change with non-zero delay.
       * 
       * The `is_free_execution_expected` parameter is not really used inside the call. It is
       * used by the transaction extension, which should be registered at the runtime level. If
       * this parameter is `true`, the transaction will be treated as invalid, if the call won't
       * be executed for free. If transaction extension is not used by the runtime, this
       * parameter is not used at all.
       **/
      submitFinalityProofEx: AugmentedSubmittable<(finalityTarget: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array, justification: BpHeaderChainJustificationGrandpaJustification | { round?: any; commit?: any; votesAncestries?: any } | string | Uint8Array, currentSetId: u64 | AnyNumber | Uint8Array, isFreeExecutionExpected: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpRuntimeHeader, BpHeaderChainJustificationGrandpaJustification, u64, bool]>;
    };
    bridgeMessages: {
      /**
       * Receive messages delivery proof from bridged chain.
       **/
      receiveMessagesDeliveryProof: AugmentedSubmittable<(proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any } | string | Uint8Array, relayersState: BpMessagesUnrewardedRelayersState | { unrewardedRelayerEntries?: any; messagesInOldestEntry?: any; totalMessages?: any; lastDeliveredNonce?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesUnrewardedRelayersState]>;
      /**
       * Receive messages proof from bridged chain.
       * 
       * The weight of the call assumes that the transaction always brings outbound lane
       * state update. Because of that, the submitter (relayer) has no benefit of not including
       * this data in the transaction, so reward confirmations lags should be minimal.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the call origin is not `Signed(_)`;
       * 
       * - there are too many messages in the proof;
       * 
       * - the proof verification procedure returns an error - e.g. because header used to craft
       * proof is not imported by the associated finality pallet;
       * 
       * - the `dispatch_weight` argument is not sufficient to dispatch all bundled messages.
       * 
       * The call may succeed, but some messages may not be delivered e.g. if they are not fit
       * into the unrewarded relayers vector.
       **/
      receiveMessagesProof: AugmentedSubmittable<(relayerIdAtBridgedChain: AccountId32 | string | Uint8Array, proof: BpMessagesTargetChainFromBridgedChainMessagesProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any; noncesStart?: any; noncesEnd?: any } | string | Uint8Array, messagesCount: u32 | AnyNumber | Uint8Array, dispatchWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, BpMessagesTargetChainFromBridgedChainMessagesProof, u32, SpWeightsWeightV2Weight]>;
      /**
       * Halt or resume all/some pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpMessagesMessagesOperatingMode | { Basic: any } | { RejectingOutboundMessages: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesMessagesOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
    };
    bridgeMessages1: {
      /**
       * Receive messages delivery proof from bridged chain.
       **/
      receiveMessagesDeliveryProof: AugmentedSubmittable<(proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any } | string | Uint8Array, relayersState: BpMessagesUnrewardedRelayersState | { unrewardedRelayerEntries?: any; messagesInOldestEntry?: any; totalMessages?: any; lastDeliveredNonce?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesUnrewardedRelayersState]>;
      /**
       * Receive messages proof from bridged chain.
       * 
       * The weight of the call assumes that the transaction always brings outbound lane
       * state update. Because of that, the submitter (relayer) has no benefit of not including
       * this data in the transaction, so reward confirmations lags should be minimal.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the call origin is not `Signed(_)`;
       * 
       * - there are too many messages in the proof;
       * 
       * - the proof verification procedure returns an error - e.g. because header used to craft
       * proof is not imported by the associated finality pallet;
       * 
       * - the `dispatch_weight` argument is not sufficient to dispatch all bundled messages.
       * 
       * The call may succeed, but some messages may not be delivered e.g. if they are not fit
       * into the unrewarded relayers vector.
       **/
      receiveMessagesProof: AugmentedSubmittable<(relayerIdAtBridgedChain: AccountId32 | string | Uint8Array, proof: BpMessagesTargetChainFromBridgedChainMessagesProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any; noncesStart?: any; noncesEnd?: any } | string | Uint8Array, messagesCount: u32 | AnyNumber | Uint8Array, dispatchWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, BpMessagesTargetChainFromBridgedChainMessagesProof, u32, SpWeightsWeightV2Weight]>;
      /**
       * Halt or resume all/some pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpMessagesMessagesOperatingMode | { Basic: any } | { RejectingOutboundMessages: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesMessagesOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
    };
    bridgeMessages2: {
      /**
       * Receive messages delivery proof from bridged chain.
       **/
      receiveMessagesDeliveryProof: AugmentedSubmittable<(proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any } | string | Uint8Array, relayersState: BpMessagesUnrewardedRelayersState | { unrewardedRelayerEntries?: any; messagesInOldestEntry?: any; totalMessages?: any; lastDeliveredNonce?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesUnrewardedRelayersState]>;
      /**
       * Receive messages proof from bridged chain.
       * 
       * The weight of the call assumes that the transaction always brings outbound lane
       * state update. Because of that, the submitter (relayer) has no benefit of not including
       * this data in the transaction, so reward confirmations lags should be minimal.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the call origin is not `Signed(_)`;
       * 
       * - there are too many messages in the proof;
       * 
       * - the proof verification procedure returns an error - e.g. because header used to craft
       * proof is not imported by the associated finality pallet;
       * 
       * - the `dispatch_weight` argument is not sufficient to dispatch all bundled messages.
       * 
       * The call may succeed, but some messages may not be delivered e.g. if they are not fit
       * into the unrewarded relayers vector.
       **/
      receiveMessagesProof: AugmentedSubmittable<(relayerIdAtBridgedChain: AccountId32 | string | Uint8Array, proof: BpMessagesTargetChainFromBridgedChainMessagesProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any; noncesStart?: any; noncesEnd?: any } | string | Uint8Array, messagesCount: u32 | AnyNumber | Uint8Array, dispatchWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, BpMessagesTargetChainFromBridgedChainMessagesProof, u32, SpWeightsWeightV2Weight]>;
      /**
       * Halt or resume all/some pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpMessagesMessagesOperatingMode | { Basic: any } | { RejectingOutboundMessages: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesMessagesOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
    };
    bridgeMessages3: {
      /**
       * Receive messages delivery proof from bridged chain.
       **/
      receiveMessagesDeliveryProof: AugmentedSubmittable<(proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any } | string | Uint8Array, relayersState: BpMessagesUnrewardedRelayersState | { unrewardedRelayerEntries?: any; messagesInOldestEntry?: any; totalMessages?: any; lastDeliveredNonce?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesUnrewardedRelayersState]>;
      /**
       * Receive messages proof from bridged chain.
       * 
       * The weight of the call assumes that the transaction always brings outbound lane
       * state update. Because of that, the submitter (relayer) has no benefit of not including
       * this data in the transaction, so reward confirmations lags should be minimal.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the call origin is not `Signed(_)`;
       * 
       * - there are too many messages in the proof;
       * 
       * - the proof verification procedure returns an error - e.g. because header used to craft
       * proof is not imported by the associated finality pallet;
       * 
       * - the `dispatch_weight` argument is not sufficient to dispatch all bundled messages.
       * 
       * The call may succeed, but some messages may not be delivered e.g. if they are not fit
       * into the unrewarded relayers vector.
       **/
      receiveMessagesProof: AugmentedSubmittable<(relayerIdAtBridgedChain: AccountId32 | string | Uint8Array, proof: BpMessagesTargetChainFromBridgedChainMessagesProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any; noncesStart?: any; noncesEnd?: any } | string | Uint8Array, messagesCount: u32 | AnyNumber | Uint8Array, dispatchWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, BpMessagesTargetChainFromBridgedChainMessagesProof, u32, SpWeightsWeightV2Weight]>;
      /**
       * Halt or resume all/some pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpMessagesMessagesOperatingMode | { Basic: any } | { RejectingOutboundMessages: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesMessagesOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
    };
    bridgeMessages4: {
      /**
       * Receive messages delivery proof from bridged chain.
       **/
      receiveMessagesDeliveryProof: AugmentedSubmittable<(proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any } | string | Uint8Array, relayersState: BpMessagesUnrewardedRelayersState | { unrewardedRelayerEntries?: any; messagesInOldestEntry?: any; totalMessages?: any; lastDeliveredNonce?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof, BpMessagesUnrewardedRelayersState]>;
      /**
       * Receive messages proof from bridged chain.
       * 
       * The weight of the call assumes that the transaction always brings outbound lane
       * state update. Because of that, the submitter (relayer) has no benefit of not including
       * this data in the transaction, so reward confirmations lags should be minimal.
       * 
       * The call fails if:
       * 
       * - the pallet is halted;
       * 
       * - the call origin is not `Signed(_)`;
       * 
       * - there are too many messages in the proof;
       * 
       * - the proof verification procedure returns an error - e.g. because header used to craft
       * proof is not imported by the associated finality pallet;
       * 
       * - the `dispatch_weight` argument is not sufficient to dispatch all bundled messages.
       * 
       * The call may succeed, but some messages may not be delivered e.g. if they are not fit
       * into the unrewarded relayers vector.
       **/
      receiveMessagesProof: AugmentedSubmittable<(relayerIdAtBridgedChain: AccountId32 | string | Uint8Array, proof: BpMessagesTargetChainFromBridgedChainMessagesProof | { bridgedHeaderHash?: any; storageProof?: any; lane?: any; noncesStart?: any; noncesEnd?: any } | string | Uint8Array, messagesCount: u32 | AnyNumber | Uint8Array, dispatchWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, BpMessagesTargetChainFromBridgedChainMessagesProof, u32, SpWeightsWeightV2Weight]>;
      /**
       * Halt or resume all/some pallet operations.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOperatingMode: AugmentedSubmittable<(operatingMode: BpMessagesMessagesOperatingMode | { Basic: any } | { RejectingOutboundMessages: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [BpMessagesMessagesOperatingMode]>;
      /**
       * Change `PalletOwner`.
       * 
       * May only be called either by root, or by `PalletOwner`.
       **/
      setOwner: AugmentedSubmittable<(newOwner: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Option<AccountId32>]>;
    };
    consent: {
      /**
       * Amend a grant: add or remove a grantee, move the expiry, or narrow the scope.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
       * `UnknownGrant`, `InvalidGrantees`, `InvalidScope`, `InvalidWindow`,
       * `UnknownOrganization`, `OrganizationSuspended`. Event: `ConsentAmended`.
       **/
      amend: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, grant: u32 | AnyNumber | Uint8Array, amendment: PalletConsentAmendment | { AddGrantee: any } | { RemoveGrantee: any } | { SetExpiry: any } | { Narrow: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32, PalletConsentAmendment]>;
      /**
       * Approve a pending request: creates a grant of the requested scope, starting now and
       * lasting the requested duration, and returns the requester's deposit.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Holds [`Config::GrantDeposit`].
       * Errors: as for `grant`'s origin, `UnknownRequest`, `RequestExpired`,
       * `OrganizationSuspended`, `TooManyGrants`; a balance error when the deposit cannot
       * be held. Events: `RequestApproved`, `ConsentGranted`.
       **/
      approveRequest: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, request: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32]>;
      /**
       * Open break-glass access to `patient`'s general categories for the purpose
       * `EmergencyTreatment`, for [`Config::EmergencyAccessDuration`] blocks.
       * 
       * Origin: an admin or operator of an active organization with the
       * `EMERGENCY_ACCESS` role. Errors: the identity pallet's `NotOperator`,
       * `OrganizationSuspended`, `UnknownPatient`; `NoEmergencyRole`, `PatientOptedOut`,
       * `EmergencyAccessOpen`, `TooManyEmergencyAccesses`.
       * Event: `EmergencyAccessOpened`, which notifies the patient's wallet.
       **/
      breakGlass: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, reason: PalletConsentEmergencyReason | 'LifeThreatening' | 'PatientIncapacitated' | 'UrgentTreatment' | 'PublicHealthEmergency' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletConsentEmergencyReason]>;
      /**
       * Withdraw the signer's organization's pending request.
       * 
       * Origin: an admin or operator of the requesting organization (suspended ones too).
       * Errors: the identity pallet's `NotOperator`; `UnknownRequest`, `NotRequester`.
       * Event: `RequestCancelled`.
       **/
      cancelRequest: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, request: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Deny a pending request and return the requester's deposit.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
       * `UnknownRequest`. Event: `RequestDenied`.
       **/
      denyRequest: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, request: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32]>;
      /**
       * End break-glass access early.
       * 
       * Origin: an admin or operator of `organization`, or the patient or a delegate with
       * `CONSENT`. Errors: the identity pallet's `NotAuthorized` and `UnknownPatient`;
       * `NoEmergencyAccess`. Event: `EmergencyAccessEnded`.
       **/
      endEmergencyAccess: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Grant `grantees` access to `scope` from `starts_at` (default: now) until
       * `expires_at` (default: until revoked).
       * 
       * Origin: the patient, or a delegate with `CONSENT` naming the patient in
       * `on_behalf_of`. Holds [`Config::GrantDeposit`] on the patient's account.
       * Errors: the identity pallet's `NotPatient`, `UnknownPatient`, `NotAuthorized`,
       * `UnknownOrganization`, `OrganizationSuspended`; `InvalidGrantees`, `InvalidScope`,
       * `InvalidWindow`, `TooManyGrants`; a balance error when the deposit cannot be held.
       * Event: `ConsentGranted`.
       **/
      grant: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, grantees: Vec<u32> | (u32 | AnyNumber | Uint8Array)[], scope: PalletConsentScope | { categories?: any; purposes?: any; custodians?: any } | string | Uint8Array, startsAt: Option<u32> | null | Uint8Array | u32 | AnyNumber, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [Option<u64>, Vec<u32>, PalletConsentScope, Option<u32>, Option<u32>]>;
      /**
       * Ask `patient` for access to `scope` for `duration` blocks once approved.
       * 
       * Origin: an admin or operator of an active organization. Holds
       * [`Config::RequestDeposit`] on the signer. Errors: the identity pallet's
       * `NotOperator`, `OrganizationSuspended`, `UnknownPatient`, `UnknownOrganization`;
       * `InvalidScope`, `InvalidWindow` (zero duration), `RequestPending`,
       * `TooManyRequests`; a balance error when the deposit cannot be held.
       * Event: `AccessRequested`.
       **/
      requestAccess: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, scope: PalletConsentScope | { categories?: any; purposes?: any; custodians?: any } | string | Uint8Array, duration: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletConsentScope, u32]>;
      /**
       * Revoke a grant; access checks refuse it from the next block. Returns the deposit.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
       * `UnknownGrant`. Event: `ConsentRevoked`.
       **/
      revoke: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, grant: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32]>;
      /**
       * Opt out of break-glass access (`true`) or back in (`false`). Opting out stops new
       * break-glass access; access already open runs until it ends or is ended.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Errors: as for `grant`'s origin,
       * `Unchanged`. Event: `EmergencyOptOutSet`.
       **/
      setEmergencyOptOut: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, optOut: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, bool]>;
    };
    consortium: {
      /**
       * Add `who` to the validator list. It validates from the second block after this
       * one, once it has registered session keys (`Session.set_keys`).
       * 
       * Origin: [`Config::ValidatorOrigin`]. Errors: `AlreadyValidator`,
       * `TooManyValidators`. Event: `ValidatorAdded`.
       **/
      addValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Dispatch `call` as root: the council's way to the FRAME calls that accept only root
       * (`System.authorize_upgrade`, `BridgeGrandpa.initialize`).
       * 
       * Origin: [`Config::RootOrigin`]. Errors: those of `call`, which are also this call's
       * result, so a council motion's `Executed` event reports them. Event:
       * `DispatchedAsRoot` when `call` succeeded.
       **/
      dispatchAsRoot: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * End the current session and the next one, so that session keys registered since
       * (a validator's rotated or replaced keys) take effect two blocks from now instead of
       * at the next periodic boundary.
       * 
       * Origin: [`Config::ValidatorOrigin`]. Event: `RotationForced`.
       **/
      forceRotation: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove `who` from the validator list. It stops validating from the second block
       * after this one; its session keys stay registered until it purges them.
       * 
       * Origin: [`Config::ValidatorOrigin`]. Errors: `NotValidator`, `TooFewValidators`.
       * Event: `ValidatorRemoved`.
       **/
      removeValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
    };
    ehrAnchor: {
      /**
       * Anchor a new version of `record` with content hash `hash` and, optionally, a new
       * locator commitment (`None` keeps the current one).
       * 
       * Origin: an operator of the record's custodian, which must be active. Burns
       * [`Config::AnchorFee`] for the superseded version kept for verification. Errors:
       * `NotOperator`, `OrganizationSuspended`, `UnknownRecord`, `NotCustodian`,
       * `Retracted`, `HashReused`, `TooManyVersions`. Event: `RecordAmended`.
       **/
      amend: AugmentedSubmittable<(record: H256 | string | Uint8Array, hash: H256 | string | Uint8Array, locator: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [H256, H256, Option<H256>]>;
      /**
       * Anchor record `record` of `patient`: version 1 with content hash `hash`.
       * 
       * Origin: an operator of an active organization with the `CUSTODIAN` role that is
       * linked to the patient or that the patient authorised. Burns [`Config::AnchorFee`].
       * Errors: the identity pallet's `NotOperator`, `OrganizationSuspended`,
       * `UnknownPatient`; `NotCustodianRole`, `NotLinked`, `RecordExists`, `IndexFull`; a
       * balance error when the fee cannot be paid. Event: `RecordAnchored`.
       **/
      anchor: AugmentedSubmittable<(record: H256 | string | Uint8Array, patient: u64 | AnyNumber | Uint8Array, category: PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, format: PalletEhrAnchorFormat | { FhirR4: any } | { Hl7v2: any } | { CdaR2: any } | { Dicom: any } | { Pdf: any } | { Other: any } | string | Uint8Array, hash: H256 | string | Uint8Array, locator: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [H256, u64, PalletConsentCategory, PalletEhrAnchorFormat, H256, Option<H256>]>;
      /**
       * Anchor batch `batch`: the Merkle root `root` over `count` records of `patient` in
       * `category` (leaves [`batch_leaf`], tree from `binary-merkle-tree` with BLAKE2b-256).
       * 
       * Origin and fee: as for `anchor`. Errors: as for `anchor`, with `BatchExists` and
       * `InvalidBatchSize`. Event: `BatchAnchored`.
       **/
      anchorBatch: AugmentedSubmittable<(batch: H256 | string | Uint8Array, patient: u64 | AnyNumber | Uint8Array, category: PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, count: u32 | AnyNumber | Uint8Array, root: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u64, PalletConsentCategory, u32, H256]>;
      /**
       * Log that the signer's organization read `anchor` for `purpose` under `basis`.
       * 
       * The entry is refused unless, at this block, the basis covers the record's category,
       * the purpose and the record's custodian: the named grant of the patient names the
       * organization and is in force, or (`Emergency`) the organization has open
       * break-glass access and the purpose is `EmergencyTreatment`. Accepted entries extend
       * the patient's audit chain.
       * 
       * Origin: an operator of an active organization. Errors: `NotOperator`,
       * `OrganizationSuspended`, `UnknownRecord`, `UnknownBatch`, `Retracted`, `NoGrant`,
       * `GrantNotValid`, `CategoryNotCovered`, `PurposeNotCovered`, `CustodianNotCovered`,
       * `NoEmergencyAccess`. Event: `AccessLogged`.
       **/
      logAccess: AugmentedSubmittable<(anchor: PalletEhrAnchorAnchor | { Record: any } | { Batch: any } | string | Uint8Array, basis: PalletEhrAnchorAccessBasis | { Grant: any } | { Emergency: any } | string | Uint8Array, purpose: PalletConsentPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletEhrAnchorAnchor, PalletEhrAnchorAccessBasis, PalletConsentPurpose]>;
      /**
       * Record `releases`: reads of the signer's organization's records and batches by
       * `reader` that the custodian's gateway checked against consent at block `decided_at`
       * and released. `evidence` is the BLAKE2b-256 hash of the reader's signed client
       * assertion, which the custodian keeps: a custodian cannot produce it for a read it
       * made up.
       * 
       * Each release becomes the audit entry `log_access` makes, with `reader` as accessor
       * and `at = decided_at`, appended to its patient's audit chain in the given order.
       * Entries are recorded whatever consent says at this block, so that a grant revoked
       * after the release, or a record retracted since, does not hide the release.
       * `ReleasesAttested` counts the entries whose basis no longer covers the read at this
       * block, or whose reader has been suspended since: reads the consent check of
       * `log_access` would refuse now. Either every release is recorded or none is.
       * 
       * Origin: an operator of an active organization, the custodian of every anchor
       * released. Errors: `NotOperator`, `OrganizationSuspended`, `NoReleases`,
       * `AttestationInFuture`, `AttestationTooOld` (more than [`Config::MaxAttestationDelay`]
       * blocks ago), `UnknownReader`, `UnknownRecord`, `UnknownBatch`, `NotCustodian`.
       * Events: `AccessLogged` for each release, then `ReleasesAttested`.
       **/
      logReleases: AugmentedSubmittable<(reader: u32 | AnyNumber | Uint8Array, evidence: H256 | string | Uint8Array, decidedAt: u32 | AnyNumber | Uint8Array, releases: Vec<PalletEhrAnchorRelease> | (PalletEhrAnchorRelease | { anchor?: any; basis?: any; purpose?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u32, H256, u32, Vec<PalletEhrAnchorRelease>]>;
      /**
       * Withdraw a record or batch. The anchor stays as a tombstone: it verifies as
       * retracted and authorises no access; the custodian erases the data off chain.
       * 
       * Origin: an operator of the custodian, also while it is suspended (withdrawing wrong
       * data must stay possible). Errors: `NotOperator`, `UnknownRecord`, `UnknownBatch`,
       * `NotCustodian`, `Retracted`. Event: `Retracted`.
       **/
      retract: AugmentedSubmittable<(anchor: PalletEhrAnchorAnchor | { Record: any } | { Batch: any } | string | Uint8Array, reason: PalletEhrAnchorRetractReason | 'EnteredInError' | 'PatientRequest' | 'Duplicate' | 'RetentionExpired' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletEhrAnchorAnchor, PalletEhrAnchorRetractReason]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    medchainBridge: {
      /**
       * Bridge the chain with genesis hash `genesis` in a free `slot`: start the slot's light
       * client from `init` (the peer's finalized header and GRANDPA authorities) and open its
       * lanes. The peer must add this chain in the same slot (the lane's storage proofs name
       * the slot's messages pallet); `medchain-relay link` picks a slot free on both.
       * Origin: [`Config::AdminOrigin`]. Errors: `SlotOutOfRange`, `SlotTaken`, `OwnChain`,
       * `AlreadyPeer`; the light client's errors. Event: `PeerAdded`.
       **/
      addPeer: AugmentedSubmittable<(slot: u8 | AnyNumber | Uint8Array, genesis: H256 | string | Uint8Array, init: BpHeaderChainInitializationData | { header?: any; authorityList?: any; setId?: any; operatingMode?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u8, H256, BpHeaderChainInitializationData]>;
      /**
       * [`Pallet::export_consent_to`] the organization of this chain's only active peer.
       * Errors as that call's, and `NoPeer`, `AmbiguousPeer`.
       **/
      exportConsent: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, organization: u32 | AnyNumber | Uint8Array, categories: Vec<PalletConsentCategory> | (PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array)[], purposes: Vec<PalletConsentPurpose> | (PalletConsentPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment' | number | Uint8Array)[], custodians: Vec<u32> | (u32 | AnyNumber | Uint8Array)[], expiresAt: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32, Vec<PalletConsentCategory>, Vec<PalletConsentPurpose>, Vec<u32>, Option<u64>]>;
      /**
       * Let organization `to` of a peer chain access the patient's data within a scope,
       * until `expires_at` (UNIX ms) or revocation. Holds [`Config::ExportDeposit`], burns
       * [`Config::MessageFee`] and sends a lease, kept alive from then on by this chain's
       * heartbeats to that peer. Exports to different peers are independent.
       * 
       * Origin: the patient, or a delegate with `CONSENT` (`on_behalf_of`). Errors: the
       * consent pallet's origin errors; `UnknownPeer`, `PeerNotActive`, `NotStarted`,
       * `InvalidScope`, `InvalidWindow`, `TooManyExports`, `OutboundQueueFull`; the identity
       * pallet's `UnknownOrganization` for an unknown custodian. Event: `ConsentExported`.
       **/
      exportConsentTo: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, to: PalletMedchainBridgeRemoteOrg | { chain?: any; organization?: any } | string | Uint8Array, categories: Vec<PalletConsentCategory> | (PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array)[], purposes: Vec<PalletConsentPurpose> | (PalletConsentPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment' | number | Uint8Array)[], custodians: Vec<u32> | (u32 | AnyNumber | Uint8Array)[], expiresAt: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [Option<u64>, PalletMedchainBridgeRemoteOrg, Vec<PalletConsentCategory>, Vec<PalletConsentPurpose>, Vec<u32>, Option<u64>]>;
      /**
       * End an export by governance (for example one a patient who lost every key cannot
       * revoke): as a revocation by the patient, with the deposit returned to whoever paid
       * it. Origin: [`Config::AdminOrigin`]. Errors: `UnknownExport`. Event: `ExportEnded`
       * (`ByGovernance`).
       **/
      forceRevokeExport: AugmentedSubmittable<(export_: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Remove a peer: its slot halts at once (no header, proof or message from it is
       * accepted), its leases here are void, heartbeats to it stop (so this chain's leases
       * there lapse within a lease period), and in idle time exports to it end with their
       * deposits returned, its leases and records are dropped and the slot is cleared and
       * freed. Origin: [`Config::AdminOrigin`]. Errors: `UnknownPeer`, `PeerNotActive`.
       * Event: `PeerRemoving`, later `PeerRemoved`.
       **/
      removePeer: AugmentedSubmittable<(genesis: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * [`Pallet::request_remote_access_from`] this chain's only active peer. Errors as that
       * call's, and `NoPeer`, `AmbiguousPeer`.
       **/
      requestRemoteAccess: AugmentedSubmittable<(patient: AccountId32 | string | Uint8Array, category: PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, purpose: PalletConsentPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment' | number | Uint8Array, custodian: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [AccountId32, PalletConsentCategory, PalletConsentPurpose, Option<u32>]>;
      /**
       * Ask peer `chain` (the patient's home) whether this organization may access
       * `category` of `patient`'s data for `purpose` (held by `custodian` there). The answer
       * arrives as `AccessAnswered`. Burns [`Config::MessageFee`].
       * 
       * Origin: an operator of an active organization. Errors: the identity pallet's
       * `NotOperator`, `OrganizationSuspended`; `UnknownPeer`, `PeerNotActive`,
       * `NotStarted`, `OutboundQueueFull`. Event: `AccessRequested`.
       **/
      requestRemoteAccessFrom: AugmentedSubmittable<(chain: H256 | string | Uint8Array, patient: AccountId32 | string | Uint8Array, category: PalletConsentCategory | 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth' | number | Uint8Array, purpose: PalletConsentPurpose | 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment' | number | Uint8Array, custodian: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [H256, AccountId32, PalletConsentCategory, PalletConsentPurpose, Option<u32>]>;
      /**
       * Revoke an export. It stops applying here at once; a `Revoke` is sent (free) so the
       * peer drops the lease, before any later heartbeat. Returns the deposit.
       * 
       * Origin: the patient or a delegate with `CONSENT`. Errors: the consent pallet's
       * origin errors, `UnknownExport`. Event: `ExportRevoked`.
       **/
      revokeExport: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, export_: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u64]>;
      /**
       * Set how long leases sent from here are valid, in ms
       * (`MIN_LEASE_PERIOD_MS..=MAX_LEASE_PERIOD_MS`). Origin: [`Config::AdminOrigin`].
       * Applies from the next heartbeat. Errors: `InvalidLeasePeriod`. Event:
       * `LeasePeriodSet`.
       **/
      setLeasePeriod: AugmentedSubmittable<(period: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Bridge the chain with genesis hash `genesis` in slot 0, whose light client governance
       * initialises in the same batch (`BridgeGrandpa::initialize`) and whose lane is open
       * from genesis: how a two-chain consortium is bridged. Origin: [`Config::AdminOrigin`].
       * Errors: `OwnChain`, `AlreadyPeer` (in another slot), `SlotTaken`. Event: `PeerSet`.
       **/
      setPeer: AugmentedSubmittable<(genesis: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * [`Pallet::share_record_with`] this chain's only active peer. Errors as that call's,
       * and `NoPeer`, `AmbiguousPeer`.
       **/
      shareRecord: AugmentedSubmittable<(record: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Send a record's fingerprint (id, hash, version, retraction) to peer `chain`, so
       * copies can be verified there. Burns [`Config::MessageFee`].
       * 
       * Origin: an operator of the record's custodian (active). Errors: the identity
       * pallet's `NotOperator`, `OrganizationSuspended`; `UnknownRecord`, `NotCustodian`,
       * `UnknownPeer`, `PeerNotActive`, `NotStarted`, `OutboundQueueFull`. Event:
       * `RecordShared`.
       **/
      shareRecordWith: AugmentedSubmittable<(record: H256 | string | Uint8Array, chain: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, H256]>;
    };
    nodeAuthorization: {
      /**
       * Add additional connections to a given node.
       * 
       * - `node`: identifier of the node.
       * - `connections`: additional nodes from which the connections are allowed.
       **/
      addConnections: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, connections: Vec<OpaquePeerId> | (OpaquePeerId | object | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, Vec<OpaquePeerId>]>;
      /**
       * Add a node to the set of well known nodes. If the node is already claimed, the owner
       * will be updated and keep the existing additional connection unchanged.
       * 
       * May only be called from `T::AddOrigin`.
       * 
       * - `node`: identifier of the node.
       **/
      addWellKnownNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, owner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, MultiAddress]>;
      /**
       * A given node can be claimed by anyone. The owner should be the first to know its
       * PeerId, so claim it right away!
       * 
       * - `node`: identifier of the node.
       **/
      claimNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * A claim can be removed by its owner and get back the reservation. The additional
       * connections are also removed. You can't remove a claim on well known nodes, as it
       * needs to reach consensus among the network participants.
       * 
       * - `node`: identifier of the node.
       **/
      removeClaim: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * Remove additional connections of a given node.
       * 
       * - `node`: identifier of the node.
       * - `connections`: additional nodes from which the connections are not allowed anymore.
       **/
      removeConnections: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, connections: Vec<OpaquePeerId> | (OpaquePeerId | object | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, Vec<OpaquePeerId>]>;
      /**
       * Remove a node from the set of well known nodes. The ownership and additional
       * connections of the node will also be removed.
       * 
       * May only be called from `T::RemoveOrigin`.
       * 
       * - `node`: identifier of the node.
       **/
      removeWellKnownNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId]>;
      /**
       * Reset all the well known nodes. This will not remove the ownership and additional
       * connections for the removed nodes. The node owner can perform further cleaning if
       * they decide to leave the network.
       * 
       * May only be called from `T::ResetOrigin`.
       * 
       * - `nodes`: the new nodes for the allow list.
       **/
      resetWellKnownNodes: AugmentedSubmittable<(nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>> | ([OpaquePeerId | object | string | Uint8Array, AccountId32 | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[OpaquePeerId, AccountId32]>>]>;
      /**
       * Swap a well known node to another. Both the ownership and additional connections
       * stay untouched.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * - `remove`: the node which will be moved out from the list.
       * - `add`: the node which will be put in the list.
       **/
      swapWellKnownNode: AugmentedSubmittable<(remove: OpaquePeerId | object | string | Uint8Array, add: OpaquePeerId | object | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, OpaquePeerId]>;
      /**
       * A node can be transferred to a new owner.
       * 
       * - `node`: identifier of the node.
       * - `owner`: new owner of the node.
       **/
      transferNode: AugmentedSubmittable<(node: OpaquePeerId | object | string | Uint8Array, owner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [OpaquePeerId, MultiAddress]>;
    };
    patientIdentity: {
      /**
       * Accept `organization`'s invitation: the signer becomes one of its operator keys.
       * 
       * Origin: the invited key. Errors: `NotInvited`, `UnknownOrganization`,
       * `AlreadyMember`, `AlreadyPatient`, `TooManyOperators`. Event: `OperatorAdded`.
       **/
      acceptOperator: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Name `delegate` with `permissions`, or change an existing delegate's permissions.
       * 
       * Origin: the patient. Errors: `NotPatient`, `InvalidFlags`, `SelfDelegation`,
       * `TooManyDelegates`, `ThresholdTooHigh` (taking `RECOVERY` away from a guardian the
       * threshold needs). Event: `DelegateAdded`.
       **/
      addDelegate: AugmentedSubmittable<(delegate: AccountId32 | string | Uint8Array, permissions: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u8]>;
      /**
       * Invite `operator` to become an operator key of the signer's organization; the key
       * becomes one when it accepts (`accept_operator`).
       * 
       * Origin: the organization's admin. Errors: `NotAdmin`, `AlreadyMember`,
       * `AlreadyPatient`, `AlreadyInvited`, `TooManyOperators` (operators and open invitations
       * together). Event: `OperatorInvited`.
       **/
      addOperator: AugmentedSubmittable<(operator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Patient side of a link: complete the organization's proposal, or authorise the
       * organization to complete the link.
       * 
       * Origin: the patient, or a delegate with `IDENTITY`. Errors: `NotPatient`,
       * `NotAuthorized`, `UnknownOrganization`, `OrganizationSuspended`, `LinkExists`,
       * `TooManyLinks`. Event: `LinkEstablished` or `LinkAuthorized`.
       **/
      approveLink: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32]>;
      /**
       * Cancel a key change in progress: a recovery the patient did not ask for (guardians
       * acting while the patient still holds the key, or a guardian's key stolen), or a
       * rotation offer. Any delegate may cancel, so that guardians who vouched for a key that
       * can no longer take the identity start again.
       * 
       * Origin: the patient, or any delegate of `on_behalf_of`. Errors: `NotPatient`,
       * `UnknownPatient`, `NotAuthorized`, `NoRecovery`. Event: `RecoveryCancelled`.
       **/
      cancelRecovery: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [Option<u64>]>;
      /**
       * As the new key of `patient`'s key change, take the identity, grants, links and
       * deposits: at once after the patient's `rotate_key`, or [`Config::RecoveryDelay`]
       * after the guardians' vouches reached the threshold.
       * 
       * Origin: the new key. Errors: `NoRecovery`, `NotNewKey`, `NotClaimableYet`,
       * `UnknownPatient`, `InvalidNewKey` (the key became a patient, member, delegate or
       * sponsored key since; it can end a sponsorship itself, or a delegate cancels and the
       * guardians vouch for another key). Event: `KeyRotated` or `PatientRecovered`.
       **/
      claimIdentity: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Deregister the signer: see the crate docs for what happens to grants and records.
       * 
       * Origin: the patient's own key (not a delegate). Errors: `NotPatient`.
       * Event: `PatientDeregistered` (and the consent pallet's events for removed grants).
       **/
      deregisterPatient: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * End the sponsorship of `account`: its transactions are its own to pay again. The
       * patient's grants, exports and registration stay valid; the deposits the sponsor
       * holds for them go back to the sponsor as each record ends. The onboarding deposit
       * goes back now.
       * 
       * Origin: an admin or operator of the sponsoring organization (active or suspended),
       * or the sponsored key itself. Errors: `NotSponsored`, `NotSponsor`.
       * Event: `SponsorshipEnded`.
       **/
      endSponsorship: AugmentedSubmittable<(account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Organization side of a link: complete the patient's authorisation with the
       * commitment to the local MRN, or propose the link for the patient to approve.
       * 
       * Origin: an admin or operator of an active organization. Errors: `NotOperator`,
       * `OrganizationSuspended`, `UnknownPatient`, `LinkExists`, `TooManyLinks`.
       * Event: `LinkEstablished` or `LinkProposed`.
       **/
      linkPatient: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, mrnCommitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Onboard `account` as a patient the signer's organization sponsors: from now on the
       * organization's admin account pays the fees of the key's patient transactions (up to
       * [`Config::SponsoredTransactionsPerPeriod`] per period) and the deposits of its
       * records, and the key exists (so it can sign) with no balance of its own.
       * 
       * Origin: an admin or operator of an active organization. Holds
       * [`Config::SponsorshipDeposit`] on the admin's account. Errors: `NotOperator`,
       * `OrganizationSuspended`, `AlreadySponsored`, `AlreadyMember` (organization keys are
       * not patients'), `SponsorLimitReached`, a balance error when the deposit cannot be
       * held. Event: `PatientOnboarded`.
       **/
      onboardPatient: AugmentedSubmittable<(account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Register an organization with its admin account, kind and roles.
       * 
       * Origin: [`Config::OrganizationOrigin`]. Errors: `InvalidFlags`, `AlreadyMember`,
       * `AlreadyPatient` (the admin key is a patient's). Event: `OrganizationRegistered`.
       **/
      registerOrganization: AugmentedSubmittable<(admin: AccountId32 | string | Uint8Array, kind: PalletPatientIdentityOrganizationKind | 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Insurer' | 'Research' | 'DeviceVendor' | number | Uint8Array, roles: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, PalletPatientIdentityOrganizationKind, u8]>;
      /**
       * Register the signer as a patient with an identity commitment.
       * 
       * Origin: signed by the new patient's key. Holds [`Config::PatientDeposit`] (on the
       * sponsor, for an onboarded key). Errors: `AlreadyPatient`, `AlreadyMember`
       * (organization keys cannot be patients'), `SponsorLimitReached`, a balance error when
       * the deposit cannot be held.
       * Event: `PatientRegistered`.
       **/
      registerPatient: AugmentedSubmittable<(commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Reinstate a suspended organization.
       * 
       * Origin: [`Config::OrganizationOrigin`]. Errors: `UnknownOrganization`,
       * `NotSuspended`. Event: `OrganizationReinstated`.
       **/
      reinstateOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Remove a delegate.
       * 
       * Origin: the patient. Errors: `NotPatient`, `NotDelegate`, `ThresholdTooHigh` (lower
       * the threshold first). Event: `DelegateRemoved`.
       **/
      removeDelegate: AugmentedSubmittable<(delegate: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Patient side: remove a link or link proposal.
       * 
       * Origin: the patient, or a delegate with `IDENTITY`. Errors: `NotPatient`,
       * `NotAuthorized`, `NoLink`. Event: `LinkRemoved`.
       **/
      removeLink: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, u32]>;
      /**
       * Remove an operator key from the signer's organization, or withdraw the key's
       * invitation if it has not accepted yet.
       * 
       * Origin: the organization's admin. Errors: `NotAdmin`, `NotOrganizationOperator`.
       * Event: `OperatorRemoved` or `OperatorInvitationWithdrawn`.
       **/
      removeOperator: AugmentedSubmittable<(operator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Offer the signer's identity, grants, links and deposits to `new_account`, which takes
       * them by signing `claim_identity`: a key is never made a patient's without its
       * signature. An earlier offer, or a recovery in progress, is replaced.
       * 
       * Origin: the patient's current key. Errors: `NotPatient`, `InvalidNewKey`.
       * Event: `KeyRotationOffered`.
       **/
      rotateKey: AugmentedSubmittable<(newAccount: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Publish where the signer's organization serves its FHIR gateway, replace it, or
       * withdraw it (`None`). The first endpoint holds [`Config::EndpointDeposit`] on the
       * admin's account; a replacement keeps that hold; withdrawing returns it to the account
       * it was held on.
       * 
       * Origin: the organization's admin (suspended organizations too: the endpoint says
       * where, not whether, and governance's suspension already refuses them access).
       * Errors: `NotAdmin`, `InvalidEndpoint` (not printable ASCII without spaces, or not
       * `https://` or `http://` followed by something), `NoEndpoint` (withdrawing when none
       * is published), a balance error when the deposit cannot be held.
       * Event: `EndpointSet`.
       **/
      setEndpoint: AugmentedSubmittable<(endpoint: Option<Bytes> | null | Uint8Array | Bytes | string) => SubmittableExtrinsic<ApiType>, [Option<Bytes>]>;
      /**
       * Replace an organization's roles.
       * 
       * Origin: [`Config::OrganizationOrigin`]. Errors: `InvalidFlags`,
       * `UnknownOrganization`. Event: `OrganizationRolesSet`.
       **/
      setOrganizationRoles: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array, roles: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u8]>;
      /**
       * Set how many guardians must vouch to recover the identity; 0 disables recovery.
       * 
       * Origin: the patient. Errors: `NotPatient`, `ThresholdTooHigh`.
       * Event: `RecoveryThresholdSet`.
       **/
      setRecoveryThreshold: AugmentedSubmittable<(threshold: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u8]>;
      /**
       * Suspend an organization: it receives no access and cannot act until reinstated.
       * Its grants stay, so reinstating restores them.
       * 
       * Origin: [`Config::OrganizationOrigin`]. Errors: `UnknownOrganization`,
       * `AlreadySuspended`. Event: `OrganizationSuspended`.
       **/
      suspendOrganization: AugmentedSubmittable<(organization: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Organization side: remove a link or link proposal with `patient`.
       * 
       * Origin: an admin or operator of the organization (suspended ones too, so they can
       * clean up). Errors: `NotOperator`, `UnknownPatient`, `NoLink`. Event: `LinkRemoved`.
       **/
      unlinkPatient: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Replace the patient's identity commitment.
       * 
       * Origin: the patient, or a delegate with `IDENTITY` naming the patient in
       * `on_behalf_of`. Errors: `NotPatient`, `UnknownPatient`, `NotAuthorized`.
       * Event: `CommitmentUpdated`.
       **/
      updateCommitment: AugmentedSubmittable<(onBehalfOf: Option<u64> | null | Uint8Array | u64 | AnyNumber, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u64>, H256]>;
      /**
       * As a guardian of `patient`, vouch for moving the identity to `new_account`. When the
       * vouches reach the patient's threshold, `new_account` may claim the identity
       * [`Config::RecoveryDelay`] later; until then the patient's key or any delegate can
       * cancel.
       * 
       * Origin: a delegate of the patient with `RECOVERY`. Errors: `UnknownPatient`,
       * `NotAuthorized`, `RecoveryNotEnabled`, `RecoveryConflict` (another key change is in
       * progress; the patient or a delegate can cancel it), `AlreadyVouched`,
       * `InvalidNewKey`. Events: `RecoveryVouched`, then `RecoveryApproved` at the threshold.
       **/
      vouchRecovery: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, newAccount: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: MedchainRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeSessionKeys, Bytes]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: MedchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: MedchainRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedchainRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
  } // AugmentedSubmittables
} // declare module
