// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletUtilityCall (18) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: MedchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: MedchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name MedchainRuntimeOriginCaller (21) */
  interface MedchainRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Council';
  }

  /** @name FrameSupportDispatchRawOrigin (22) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (23) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name SpWeightsWeightV2Weight (24) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletBalancesCall (25) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (30) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletAtomicSwapCall (31) */
  interface PalletAtomicSwapCall extends Enum {
    readonly isCreateSwap: boolean;
    readonly asCreateSwap: {
      readonly target: AccountId32;
      readonly hashedProof: U8aFixed;
      readonly action: MedchainRuntimeSwapsDepositedSwap;
      readonly duration: u32;
    } & Struct;
    readonly isClaimSwap: boolean;
    readonly asClaimSwap: {
      readonly proof: Bytes;
      readonly action: MedchainRuntimeSwapsDepositedSwap;
    } & Struct;
    readonly isCancelSwap: boolean;
    readonly asCancelSwap: {
      readonly target: AccountId32;
      readonly hashedProof: U8aFixed;
    } & Struct;
    readonly type: 'CreateSwap' | 'ClaimSwap' | 'CancelSwap';
  }

  /** @name MedchainRuntimeSwapsDepositedSwap (32) */
  interface MedchainRuntimeSwapsDepositedSwap extends Struct {
    readonly value: u128;
    readonly deposit: u128;
  }

  /** @name PalletSudoCall (33) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name PalletCollectiveCall (34) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (37) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletConsortiumCall (38) */
  interface PalletConsortiumCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isDispatchAsRoot: boolean;
    readonly asDispatchAsRoot: {
      readonly call: Call;
    } & Struct;
    readonly isForceRotation: boolean;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'DispatchAsRoot' | 'ForceRotation';
  }

  /** @name PalletNodeAuthorizationCall (39) */
  interface PalletNodeAuthorizationCall extends Enum {
    readonly isAddWellKnownNode: boolean;
    readonly asAddWellKnownNode: {
      readonly node: OpaquePeerId;
      readonly owner: MultiAddress;
    } & Struct;
    readonly isRemoveWellKnownNode: boolean;
    readonly asRemoveWellKnownNode: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isSwapWellKnownNode: boolean;
    readonly asSwapWellKnownNode: {
      readonly remove: OpaquePeerId;
      readonly add: OpaquePeerId;
    } & Struct;
    readonly isResetWellKnownNodes: boolean;
    readonly asResetWellKnownNodes: {
      readonly nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>;
    } & Struct;
    readonly isClaimNode: boolean;
    readonly asClaimNode: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isRemoveClaim: boolean;
    readonly asRemoveClaim: {
      readonly node: OpaquePeerId;
    } & Struct;
    readonly isTransferNode: boolean;
    readonly asTransferNode: {
      readonly node: OpaquePeerId;
      readonly owner: MultiAddress;
    } & Struct;
    readonly isAddConnections: boolean;
    readonly asAddConnections: {
      readonly node: OpaquePeerId;
      readonly connections: Vec<OpaquePeerId>;
    } & Struct;
    readonly isRemoveConnections: boolean;
    readonly asRemoveConnections: {
      readonly node: OpaquePeerId;
      readonly connections: Vec<OpaquePeerId>;
    } & Struct;
    readonly type: 'AddWellKnownNode' | 'RemoveWellKnownNode' | 'SwapWellKnownNode' | 'ResetWellKnownNodes' | 'ClaimNode' | 'RemoveClaim' | 'TransferNode' | 'AddConnections' | 'RemoveConnections';
  }

  /** @name PalletGrandpaCall (44) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (45) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (46) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (47) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (48) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (49) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (50) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (53) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (54) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (56) */
  type SpCoreVoid = Null;

  /** @name PalletSessionCall (57) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: MedchainRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name MedchainRuntimeSessionKeys (58) */
  interface MedchainRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (59) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletBridgeGrandpaCall (60) */
  interface PalletBridgeGrandpaCall extends Enum {
    readonly isSubmitFinalityProof: boolean;
    readonly asSubmitFinalityProof: {
      readonly finalityTarget: SpRuntimeHeader;
      readonly justification: BpHeaderChainJustificationGrandpaJustification;
    } & Struct;
    readonly isInitialize: boolean;
    readonly asInitialize: {
      readonly initData: BpHeaderChainInitializationData;
    } & Struct;
    readonly isSetOwner: boolean;
    readonly asSetOwner: {
      readonly newOwner: Option<AccountId32>;
    } & Struct;
    readonly isSetOperatingMode: boolean;
    readonly asSetOperatingMode: {
      readonly operatingMode: BpRuntimeBasicOperatingMode;
    } & Struct;
    readonly isSubmitFinalityProofEx: boolean;
    readonly asSubmitFinalityProofEx: {
      readonly finalityTarget: SpRuntimeHeader;
      readonly justification: BpHeaderChainJustificationGrandpaJustification;
      readonly currentSetId: u64;
      readonly isFreeExecutionExpected: bool;
    } & Struct;
    readonly isForceSetPalletState: boolean;
    readonly asForceSetPalletState: {
      readonly newCurrentSetId: u64;
      readonly newAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
      readonly newBestHeader: SpRuntimeHeader;
    } & Struct;
    readonly type: 'SubmitFinalityProof' | 'Initialize' | 'SetOwner' | 'SetOperatingMode' | 'SubmitFinalityProofEx' | 'ForceSetPalletState';
  }

  /** @name SpRuntimeHeader (61) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeDigest (62) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (64) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name BpHeaderChainJustificationGrandpaJustification (66) */
  interface BpHeaderChainJustificationGrandpaJustification extends Struct {
    readonly round: u64;
    readonly commit: FinalityGrandpaCommit;
    readonly votesAncestries: Vec<SpRuntimeHeader>;
  }

  /** @name FinalityGrandpaCommit (67) */
  interface FinalityGrandpaCommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
    readonly precommits: Vec<FinalityGrandpaSignedPrecommit>;
  }

  /** @name FinalityGrandpaSignedPrecommit (69) */
  interface FinalityGrandpaSignedPrecommit extends Struct {
    readonly precommit: FinalityGrandpaPrecommit;
    readonly signature: SpConsensusGrandpaAppSignature;
    readonly id: SpConsensusGrandpaAppPublic;
  }

  /** @name BpHeaderChainInitializationData (71) */
  interface BpHeaderChainInitializationData extends Struct {
    readonly header: SpRuntimeHeader;
    readonly authorityList: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly setId: u64;
    readonly operatingMode: BpRuntimeBasicOperatingMode;
  }

  /** @name BpRuntimeBasicOperatingMode (74) */
  interface BpRuntimeBasicOperatingMode extends Enum {
    readonly isNormal: boolean;
    readonly isHalted: boolean;
    readonly type: 'Normal' | 'Halted';
  }

  /** @name PalletBridgeMessagesCall (75) */
  interface PalletBridgeMessagesCall extends Enum {
    readonly isSetOwner: boolean;
    readonly asSetOwner: {
      readonly newOwner: Option<AccountId32>;
    } & Struct;
    readonly isSetOperatingMode: boolean;
    readonly asSetOperatingMode: {
      readonly operatingMode: BpMessagesMessagesOperatingMode;
    } & Struct;
    readonly isReceiveMessagesProof: boolean;
    readonly asReceiveMessagesProof: {
      readonly relayerIdAtBridgedChain: AccountId32;
      readonly proof: BpMessagesTargetChainFromBridgedChainMessagesProof;
      readonly messagesCount: u32;
      readonly dispatchWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isReceiveMessagesDeliveryProof: boolean;
    readonly asReceiveMessagesDeliveryProof: {
      readonly proof: BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof;
      readonly relayersState: BpMessagesUnrewardedRelayersState;
    } & Struct;
    readonly type: 'SetOwner' | 'SetOperatingMode' | 'ReceiveMessagesProof' | 'ReceiveMessagesDeliveryProof';
  }

  /** @name BpMessagesMessagesOperatingMode (76) */
  interface BpMessagesMessagesOperatingMode extends Enum {
    readonly isBasic: boolean;
    readonly asBasic: BpRuntimeBasicOperatingMode;
    readonly isRejectingOutboundMessages: boolean;
    readonly type: 'Basic' | 'RejectingOutboundMessages';
  }

  /** @name BpMessagesTargetChainFromBridgedChainMessagesProof (77) */
  interface BpMessagesTargetChainFromBridgedChainMessagesProof extends Struct {
    readonly bridgedHeaderHash: H256;
    readonly storageProof: Vec<Bytes>;
    readonly lane: BpMessagesLaneLegacyLaneId;
    readonly noncesStart: u64;
    readonly noncesEnd: u64;
  }

  /** @name BpMessagesLaneLegacyLaneId (78) */
  interface BpMessagesLaneLegacyLaneId extends U8aFixed {}

  /** @name BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof (79) */
  interface BpMessagesSourceChainFromBridgedChainMessagesDeliveryProof extends Struct {
    readonly bridgedHeaderHash: H256;
    readonly storageProof: Vec<Bytes>;
    readonly lane: BpMessagesLaneLegacyLaneId;
  }

  /** @name BpMessagesUnrewardedRelayersState (80) */
  interface BpMessagesUnrewardedRelayersState extends Struct {
    readonly unrewardedRelayerEntries: u64;
    readonly messagesInOldestEntry: u64;
    readonly totalMessages: u64;
    readonly lastDeliveredNonce: u64;
  }

  /** @name PalletPatientIdentityCall (89) */
  interface PalletPatientIdentityCall extends Enum {
    readonly isRegisterPatient: boolean;
    readonly asRegisterPatient: {
      readonly commitment: H256;
    } & Struct;
    readonly isUpdateCommitment: boolean;
    readonly asUpdateCommitment: {
      readonly onBehalfOf: Option<u64>;
      readonly commitment: H256;
    } & Struct;
    readonly isDeregisterPatient: boolean;
    readonly isAddDelegate: boolean;
    readonly asAddDelegate: {
      readonly delegate: AccountId32;
      readonly permissions: u8;
    } & Struct;
    readonly isRemoveDelegate: boolean;
    readonly asRemoveDelegate: {
      readonly delegate: AccountId32;
    } & Struct;
    readonly isSetRecoveryThreshold: boolean;
    readonly asSetRecoveryThreshold: {
      readonly threshold: u8;
    } & Struct;
    readonly isRotateKey: boolean;
    readonly asRotateKey: {
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isVouchRecovery: boolean;
    readonly asVouchRecovery: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isCancelRecovery: boolean;
    readonly asCancelRecovery: {
      readonly onBehalfOf: Option<u64>;
    } & Struct;
    readonly isRegisterOrganization: boolean;
    readonly asRegisterOrganization: {
      readonly admin: AccountId32;
      readonly kind: PalletPatientIdentityOrganizationKind;
      readonly roles: u8;
    } & Struct;
    readonly isSuspendOrganization: boolean;
    readonly asSuspendOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isReinstateOrganization: boolean;
    readonly asReinstateOrganization: {
      readonly organization: u32;
    } & Struct;
    readonly isSetOrganizationRoles: boolean;
    readonly asSetOrganizationRoles: {
      readonly organization: u32;
      readonly roles: u8;
    } & Struct;
    readonly isAddOperator: boolean;
    readonly asAddOperator: {
      readonly operator: AccountId32;
    } & Struct;
    readonly isRemoveOperator: boolean;
    readonly asRemoveOperator: {
      readonly operator: AccountId32;
    } & Struct;
    readonly isApproveLink: boolean;
    readonly asApproveLink: {
      readonly onBehalfOf: Option<u64>;
      readonly organization: u32;
    } & Struct;
    readonly isLinkPatient: boolean;
    readonly asLinkPatient: {
      readonly patient: u64;
      readonly mrnCommitment: H256;
    } & Struct;
    readonly isRemoveLink: boolean;
    readonly asRemoveLink: {
      readonly onBehalfOf: Option<u64>;
      readonly organization: u32;
    } & Struct;
    readonly isUnlinkPatient: boolean;
    readonly asUnlinkPatient: {
      readonly patient: u64;
    } & Struct;
    readonly isOnboardPatient: boolean;
    readonly asOnboardPatient: {
      readonly account: AccountId32;
    } & Struct;
    readonly isEndSponsorship: boolean;
    readonly asEndSponsorship: {
      readonly account: AccountId32;
    } & Struct;
    readonly isAcceptOperator: boolean;
    readonly asAcceptOperator: {
      readonly organization: u32;
    } & Struct;
    readonly isClaimIdentity: boolean;
    readonly asClaimIdentity: {
      readonly patient: u64;
    } & Struct;
    readonly isSetEndpoint: boolean;
    readonly asSetEndpoint: {
      readonly endpoint: Option<Bytes>;
    } & Struct;
    readonly type: 'RegisterPatient' | 'UpdateCommitment' | 'DeregisterPatient' | 'AddDelegate' | 'RemoveDelegate' | 'SetRecoveryThreshold' | 'RotateKey' | 'VouchRecovery' | 'CancelRecovery' | 'RegisterOrganization' | 'SuspendOrganization' | 'ReinstateOrganization' | 'SetOrganizationRoles' | 'AddOperator' | 'RemoveOperator' | 'ApproveLink' | 'LinkPatient' | 'RemoveLink' | 'UnlinkPatient' | 'OnboardPatient' | 'EndSponsorship' | 'AcceptOperator' | 'ClaimIdentity' | 'SetEndpoint';
  }

  /** @name PalletPatientIdentityOrganizationKind (92) */
  interface PalletPatientIdentityOrganizationKind extends Enum {
    readonly isHospital: boolean;
    readonly isClinic: boolean;
    readonly isLaboratory: boolean;
    readonly isPharmacy: boolean;
    readonly isInsurer: boolean;
    readonly isResearch: boolean;
    readonly isDeviceVendor: boolean;
    readonly type: 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Insurer' | 'Research' | 'DeviceVendor';
  }

  /** @name PalletConsentCall (96) */
  interface PalletConsentCall extends Enum {
    readonly isGrant: boolean;
    readonly asGrant: {
      readonly onBehalfOf: Option<u64>;
      readonly grantees: Vec<u32>;
      readonly scope: PalletConsentScope;
      readonly startsAt: Option<u32>;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly onBehalfOf: Option<u64>;
      readonly grant: u32;
    } & Struct;
    readonly isAmend: boolean;
    readonly asAmend: {
      readonly onBehalfOf: Option<u64>;
      readonly grant: u32;
      readonly amendment: PalletConsentAmendment;
    } & Struct;
    readonly isRequestAccess: boolean;
    readonly asRequestAccess: {
      readonly patient: u64;
      readonly scope: PalletConsentScope;
      readonly duration: u32;
    } & Struct;
    readonly isApproveRequest: boolean;
    readonly asApproveRequest: {
      readonly onBehalfOf: Option<u64>;
      readonly request: u32;
    } & Struct;
    readonly isDenyRequest: boolean;
    readonly asDenyRequest: {
      readonly onBehalfOf: Option<u64>;
      readonly request: u32;
    } & Struct;
    readonly isCancelRequest: boolean;
    readonly asCancelRequest: {
      readonly patient: u64;
      readonly request: u32;
    } & Struct;
    readonly isBreakGlass: boolean;
    readonly asBreakGlass: {
      readonly patient: u64;
      readonly reason: PalletConsentEmergencyReason;
    } & Struct;
    readonly isEndEmergencyAccess: boolean;
    readonly asEndEmergencyAccess: {
      readonly patient: u64;
      readonly organization: u32;
    } & Struct;
    readonly isSetEmergencyOptOut: boolean;
    readonly asSetEmergencyOptOut: {
      readonly onBehalfOf: Option<u64>;
      readonly optOut: bool;
    } & Struct;
    readonly type: 'Grant' | 'Revoke' | 'Amend' | 'RequestAccess' | 'ApproveRequest' | 'DenyRequest' | 'CancelRequest' | 'BreakGlass' | 'EndEmergencyAccess' | 'SetEmergencyOptOut';
  }

  /** @name PalletConsentScope (99) */
  interface PalletConsentScope extends Struct {
    readonly categories: Vec<PalletConsentCategory>;
    readonly purposes: Vec<PalletConsentPurpose>;
    readonly custodians: Vec<u32>;
  }

  /** @name PalletConsentCategory (101) */
  interface PalletConsentCategory extends Enum {
    readonly isDemographics: boolean;
    readonly isConditions: boolean;
    readonly isMedications: boolean;
    readonly isAllergies: boolean;
    readonly isLaboratory: boolean;
    readonly isImaging: boolean;
    readonly isClinicalNotes: boolean;
    readonly isImmunizations: boolean;
    readonly isVitalSigns: boolean;
    readonly isGenomics: boolean;
    readonly isMentalHealth: boolean;
    readonly isSubstanceUse: boolean;
    readonly isSexualReproductiveHealth: boolean;
    readonly type: 'Demographics' | 'Conditions' | 'Medications' | 'Allergies' | 'Laboratory' | 'Imaging' | 'ClinicalNotes' | 'Immunizations' | 'VitalSigns' | 'Genomics' | 'MentalHealth' | 'SubstanceUse' | 'SexualReproductiveHealth';
  }

  /** @name PalletConsentPurpose (104) */
  interface PalletConsentPurpose extends Enum {
    readonly isTreatment: boolean;
    readonly isPayment: boolean;
    readonly isOperations: boolean;
    readonly isResearch: boolean;
    readonly isPublicHealth: boolean;
    readonly isEmergencyTreatment: boolean;
    readonly type: 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment';
  }

  /** @name PalletConsentAmendment (107) */
  interface PalletConsentAmendment extends Enum {
    readonly isAddGrantee: boolean;
    readonly asAddGrantee: u32;
    readonly isRemoveGrantee: boolean;
    readonly asRemoveGrantee: u32;
    readonly isSetExpiry: boolean;
    readonly asSetExpiry: Option<u32>;
    readonly isNarrow: boolean;
    readonly asNarrow: {
      readonly categories: Vec<PalletConsentCategory>;
      readonly purposes: Vec<PalletConsentPurpose>;
    } & Struct;
    readonly type: 'AddGrantee' | 'RemoveGrantee' | 'SetExpiry' | 'Narrow';
  }

  /** @name PalletConsentEmergencyReason (108) */
  interface PalletConsentEmergencyReason extends Enum {
    readonly isLifeThreatening: boolean;
    readonly isPatientIncapacitated: boolean;
    readonly isUrgentTreatment: boolean;
    readonly isPublicHealthEmergency: boolean;
    readonly type: 'LifeThreatening' | 'PatientIncapacitated' | 'UrgentTreatment' | 'PublicHealthEmergency';
  }

  /** @name PalletEhrAnchorCall (109) */
  interface PalletEhrAnchorCall extends Enum {
    readonly isAnchor: boolean;
    readonly asAnchor: {
      readonly record: H256;
      readonly patient: u64;
      readonly category: PalletConsentCategory;
      readonly format: PalletEhrAnchorFormat;
      readonly hash_: H256;
      readonly locator: Option<H256>;
    } & Struct;
    readonly isAmend: boolean;
    readonly asAmend: {
      readonly record: H256;
      readonly hash_: H256;
      readonly locator: Option<H256>;
    } & Struct;
    readonly isAnchorBatch: boolean;
    readonly asAnchorBatch: {
      readonly batch: H256;
      readonly patient: u64;
      readonly category: PalletConsentCategory;
      readonly count: u32;
      readonly root: H256;
    } & Struct;
    readonly isRetract: boolean;
    readonly asRetract: {
      readonly anchor: PalletEhrAnchorAnchor;
      readonly reason: PalletEhrAnchorRetractReason;
    } & Struct;
    readonly isLogAccess: boolean;
    readonly asLogAccess: {
      readonly anchor: PalletEhrAnchorAnchor;
      readonly basis: PalletEhrAnchorAccessBasis;
      readonly purpose: PalletConsentPurpose;
    } & Struct;
    readonly isLogReleases: boolean;
    readonly asLogReleases: {
      readonly reader: u32;
      readonly evidence: H256;
      readonly decidedAt: u32;
      readonly releases: Vec<PalletEhrAnchorRelease>;
    } & Struct;
    readonly type: 'Anchor' | 'Amend' | 'AnchorBatch' | 'Retract' | 'LogAccess' | 'LogReleases';
  }

  /** @name PalletEhrAnchorFormat (110) */
  interface PalletEhrAnchorFormat extends Enum {
    readonly isFhirR4: boolean;
    readonly asFhirR4: PalletEhrAnchorFhirResource;
    readonly isHl7v2: boolean;
    readonly isCdaR2: boolean;
    readonly isDicom: boolean;
    readonly isPdf: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'FhirR4' | 'Hl7v2' | 'CdaR2' | 'Dicom' | 'Pdf' | 'Other';
  }

  /** @name PalletEhrAnchorFhirResource (111) */
  interface PalletEhrAnchorFhirResource extends Enum {
    readonly isAllergyIntolerance: boolean;
    readonly isBundle: boolean;
    readonly isCarePlan: boolean;
    readonly isComposition: boolean;
    readonly isCondition: boolean;
    readonly isDiagnosticReport: boolean;
    readonly isDocumentReference: boolean;
    readonly isEncounter: boolean;
    readonly isFamilyMemberHistory: boolean;
    readonly isImagingStudy: boolean;
    readonly isImmunization: boolean;
    readonly isMedicationAdministration: boolean;
    readonly isMedicationDispense: boolean;
    readonly isMedicationRequest: boolean;
    readonly isMedicationStatement: boolean;
    readonly isMolecularSequence: boolean;
    readonly isObservation: boolean;
    readonly isPatient: boolean;
    readonly isProcedure: boolean;
    readonly isQuestionnaireResponse: boolean;
    readonly isServiceRequest: boolean;
    readonly isSpecimen: boolean;
    readonly type: 'AllergyIntolerance' | 'Bundle' | 'CarePlan' | 'Composition' | 'Condition' | 'DiagnosticReport' | 'DocumentReference' | 'Encounter' | 'FamilyMemberHistory' | 'ImagingStudy' | 'Immunization' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MolecularSequence' | 'Observation' | 'Patient' | 'Procedure' | 'QuestionnaireResponse' | 'ServiceRequest' | 'Specimen';
  }

  /** @name PalletEhrAnchorAnchor (113) */
  interface PalletEhrAnchorAnchor extends Enum {
    readonly isRecord: boolean;
    readonly asRecord: H256;
    readonly isBatch: boolean;
    readonly asBatch: H256;
    readonly type: 'Record' | 'Batch';
  }

  /** @name PalletEhrAnchorRetractReason (114) */
  interface PalletEhrAnchorRetractReason extends Enum {
    readonly isEnteredInError: boolean;
    readonly isPatientRequest: boolean;
    readonly isDuplicate: boolean;
    readonly isRetentionExpired: boolean;
    readonly type: 'EnteredInError' | 'PatientRequest' | 'Duplicate' | 'RetentionExpired';
  }

  /** @name PalletEhrAnchorAccessBasis (115) */
  interface PalletEhrAnchorAccessBasis extends Enum {
    readonly isGrant: boolean;
    readonly asGrant: u32;
    readonly isEmergency: boolean;
    readonly type: 'Grant' | 'Emergency';
  }

  /** @name PalletEhrAnchorRelease (117) */
  interface PalletEhrAnchorRelease extends Struct {
    readonly anchor: PalletEhrAnchorAnchor;
    readonly basis: PalletEhrAnchorAccessBasis;
    readonly purpose: PalletConsentPurpose;
  }

  /** @name PalletMedchainBridgeCall (119) */
  interface PalletMedchainBridgeCall extends Enum {
    readonly isSetPeer: boolean;
    readonly asSetPeer: {
      readonly genesis: H256;
    } & Struct;
    readonly isSetLeasePeriod: boolean;
    readonly asSetLeasePeriod: {
      readonly period: u64;
    } & Struct;
    readonly isExportConsent: boolean;
    readonly asExportConsent: {
      readonly onBehalfOf: Option<u64>;
      readonly organization: u32;
      readonly categories: Vec<PalletConsentCategory>;
      readonly purposes: Vec<PalletConsentPurpose>;
      readonly custodians: Vec<u32>;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isRevokeExport: boolean;
    readonly asRevokeExport: {
      readonly onBehalfOf: Option<u64>;
      readonly export: u64;
    } & Struct;
    readonly isShareRecord: boolean;
    readonly asShareRecord: {
      readonly record: H256;
    } & Struct;
    readonly isRequestRemoteAccess: boolean;
    readonly asRequestRemoteAccess: {
      readonly patient: AccountId32;
      readonly category: PalletConsentCategory;
      readonly purpose: PalletConsentPurpose;
      readonly custodian: Option<u32>;
    } & Struct;
    readonly isForceRevokeExport: boolean;
    readonly asForceRevokeExport: {
      readonly export: u64;
    } & Struct;
    readonly isExportConsentTo: boolean;
    readonly asExportConsentTo: {
      readonly onBehalfOf: Option<u64>;
      readonly to: PalletMedchainBridgeRemoteOrg;
      readonly categories: Vec<PalletConsentCategory>;
      readonly purposes: Vec<PalletConsentPurpose>;
      readonly custodians: Vec<u32>;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isShareRecordWith: boolean;
    readonly asShareRecordWith: {
      readonly record: H256;
      readonly chain: H256;
    } & Struct;
    readonly isRequestRemoteAccessFrom: boolean;
    readonly asRequestRemoteAccessFrom: {
      readonly chain: H256;
      readonly patient: AccountId32;
      readonly category: PalletConsentCategory;
      readonly purpose: PalletConsentPurpose;
      readonly custodian: Option<u32>;
    } & Struct;
    readonly isAddPeer: boolean;
    readonly asAddPeer: {
      readonly slot: u8;
      readonly genesis: H256;
      readonly init: BpHeaderChainInitializationData;
    } & Struct;
    readonly isRemovePeer: boolean;
    readonly asRemovePeer: {
      readonly genesis: H256;
    } & Struct;
    readonly type: 'SetPeer' | 'SetLeasePeriod' | 'ExportConsent' | 'RevokeExport' | 'ShareRecord' | 'RequestRemoteAccess' | 'ForceRevokeExport' | 'ExportConsentTo' | 'ShareRecordWith' | 'RequestRemoteAccessFrom' | 'AddPeer' | 'RemovePeer';
  }

  /** @name PalletMedchainBridgeRemoteOrg (120) */
  interface PalletMedchainBridgeRemoteOrg extends Struct {
    readonly chain: H256;
    readonly organization: u32;
  }

  /** @name SpRuntimeMultiSignature (121) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (123) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (124) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (125) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (126) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (129) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (130) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (131) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (132) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (133) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (135) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (137) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (138) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (140) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name FrameSystemEventRecord (142) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (144) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (145) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (146) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (147) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (148) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (149) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (150) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (151) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (152) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (153) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletUtilityEvent (154) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletBalancesEvent (156) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: MedchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (157) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name MedchainRuntimeRuntimeHoldReason (158) */
  interface MedchainRuntimeRuntimeHoldReason extends Enum {
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isPatientIdentity: boolean;
    readonly asPatientIdentity: PalletPatientIdentityHoldReason;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentHoldReason;
    readonly isMedchainBridge: boolean;
    readonly asMedchainBridge: PalletMedchainBridgeHoldReason;
    readonly type: 'Council' | 'Session' | 'PatientIdentity' | 'Consent' | 'MedchainBridge';
  }

  /** @name PalletCollectiveHoldReason (159) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletSessionHoldReason (160) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletPatientIdentityHoldReason (161) */
  interface PalletPatientIdentityHoldReason extends Enum {
    readonly isPatientRegistration: boolean;
    readonly isSponsorship: boolean;
    readonly isEndpoint: boolean;
    readonly type: 'PatientRegistration' | 'Sponsorship' | 'Endpoint';
  }

  /** @name PalletConsentHoldReason (162) */
  interface PalletConsentHoldReason extends Enum {
    readonly isGrantDeposit: boolean;
    readonly isRequestDeposit: boolean;
    readonly type: 'GrantDeposit' | 'RequestDeposit';
  }

  /** @name PalletMedchainBridgeHoldReason (163) */
  interface PalletMedchainBridgeHoldReason extends Enum {
    readonly isExportDeposit: boolean;
    readonly type: 'ExportDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (164) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (165) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletAtomicSwapEvent (166) */
  interface PalletAtomicSwapEvent extends Enum {
    readonly isNewSwap: boolean;
    readonly asNewSwap: {
      readonly account: AccountId32;
      readonly proof: U8aFixed;
      readonly swap: PalletAtomicSwapPendingSwap;
    } & Struct;
    readonly isSwapClaimed: boolean;
    readonly asSwapClaimed: {
      readonly account: AccountId32;
      readonly proof: U8aFixed;
      readonly success: bool;
    } & Struct;
    readonly isSwapCancelled: boolean;
    readonly asSwapCancelled: {
      readonly account: AccountId32;
      readonly proof: U8aFixed;
    } & Struct;
    readonly type: 'NewSwap' | 'SwapClaimed' | 'SwapCancelled';
  }

  /** @name PalletAtomicSwapPendingSwap (167) */
  interface PalletAtomicSwapPendingSwap extends Struct {
    readonly source: AccountId32;
    readonly action: MedchainRuntimeSwapsDepositedSwap;
    readonly endBlock: u32;
  }

  /** @name PalletSudoEvent (168) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletCollectiveEvent (169) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (170) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletConsortiumEvent (171) */
  interface PalletConsortiumEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRotationForced: boolean;
    readonly isDispatchedAsRoot: boolean;
    readonly asDispatchedAsRoot: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'RotationForced' | 'DispatchedAsRoot';
  }

  /** @name PalletNodeAuthorizationEvent (172) */
  interface PalletNodeAuthorizationEvent extends Enum {
    readonly isNodeAdded: boolean;
    readonly asNodeAdded: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isNodeRemoved: boolean;
    readonly asNodeRemoved: {
      readonly peerId: OpaquePeerId;
    } & Struct;
    readonly isNodeSwapped: boolean;
    readonly asNodeSwapped: {
      readonly removed: OpaquePeerId;
      readonly added: OpaquePeerId;
    } & Struct;
    readonly isNodesReset: boolean;
    readonly asNodesReset: {
      readonly nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>;
    } & Struct;
    readonly isNodeClaimed: boolean;
    readonly asNodeClaimed: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isClaimRemoved: boolean;
    readonly asClaimRemoved: {
      readonly peerId: OpaquePeerId;
      readonly who: AccountId32;
    } & Struct;
    readonly isNodeTransferred: boolean;
    readonly asNodeTransferred: {
      readonly peerId: OpaquePeerId;
      readonly target: AccountId32;
    } & Struct;
    readonly isConnectionsAdded: boolean;
    readonly asConnectionsAdded: {
      readonly peerId: OpaquePeerId;
      readonly allowedConnections: Vec<OpaquePeerId>;
    } & Struct;
    readonly isConnectionsRemoved: boolean;
    readonly asConnectionsRemoved: {
      readonly peerId: OpaquePeerId;
      readonly allowedConnections: Vec<OpaquePeerId>;
    } & Struct;
    readonly type: 'NodeAdded' | 'NodeRemoved' | 'NodeSwapped' | 'NodesReset' | 'NodeClaimed' | 'ClaimRemoved' | 'NodeTransferred' | 'ConnectionsAdded' | 'ConnectionsRemoved';
  }

  /** @name PalletGrandpaEvent (173) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletSessionEvent (174) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletBridgeGrandpaEvent (175) */
  interface PalletBridgeGrandpaEvent extends Enum {
    readonly isUpdatedBestFinalizedHeader: boolean;
    readonly asUpdatedBestFinalizedHeader: {
      readonly number: u32;
      readonly hash_: H256;
      readonly grandpaInfo: BpHeaderChainHeaderFinalityInfo;
    } & Struct;
    readonly type: 'UpdatedBestFinalizedHeader';
  }

  /** @name BpHeaderChainHeaderFinalityInfo (176) */
  interface BpHeaderChainHeaderFinalityInfo extends Struct {
    readonly finalityProof: BpHeaderChainJustificationGrandpaJustification;
    readonly newVerificationContext: Option<BpHeaderChainAuthoritySet>;
  }

  /** @name BpHeaderChainAuthoritySet (177) */
  interface BpHeaderChainAuthoritySet extends Struct {
    readonly authorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly setId: u64;
  }

  /** @name PalletBridgeMessagesEvent (179) */
  interface PalletBridgeMessagesEvent extends Enum {
    readonly isMessageAccepted: boolean;
    readonly asMessageAccepted: {
      readonly laneId: BpMessagesLaneLegacyLaneId;
      readonly nonce: u64;
    } & Struct;
    readonly isMessagesReceived: boolean;
    readonly asMessagesReceived: BpMessagesReceivedMessages;
    readonly isMessagesDelivered: boolean;
    readonly asMessagesDelivered: {
      readonly laneId: BpMessagesLaneLegacyLaneId;
      readonly messages: BpMessagesDeliveredMessages;
    } & Struct;
    readonly type: 'MessageAccepted' | 'MessagesReceived' | 'MessagesDelivered';
  }

  /** @name BpMessagesReceivedMessages (180) */
  interface BpMessagesReceivedMessages extends Struct {
    readonly lane: BpMessagesLaneLegacyLaneId;
    readonly receiveResults: Vec<ITuple<[u64, BpMessagesReceptionResult]>>;
  }

  /** @name PalletMedchainBridgeMessageOutcome (181) */
  interface PalletMedchainBridgeMessageOutcome extends Enum {
    readonly isApplied: boolean;
    readonly isRejected: boolean;
    readonly asRejected: PalletMedchainBridgeFailReason;
    readonly type: 'Applied' | 'Rejected';
  }

  /** @name PalletMedchainBridgeFailReason (182) */
  interface PalletMedchainBridgeFailReason extends Enum {
    readonly isBadMessage: boolean;
    readonly isWrongOrigin: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isTooManyLeases: boolean;
    readonly isLapsed: boolean;
    readonly isBusy: boolean;
    readonly isPatientOfThisChain: boolean;
    readonly isWrongDestination: boolean;
    readonly type: 'BadMessage' | 'WrongOrigin' | 'UnknownOrganization' | 'OrganizationSuspended' | 'TooManyLeases' | 'Lapsed' | 'Busy' | 'PatientOfThisChain' | 'WrongDestination';
  }

  /** @name BpMessagesReceptionResult (185) */
  interface BpMessagesReceptionResult extends Enum {
    readonly isDispatched: boolean;
    readonly asDispatched: BpRuntimeMessagesMessageDispatchResult;
    readonly isInvalidNonce: boolean;
    readonly isTooManyUnrewardedRelayers: boolean;
    readonly isTooManyUnconfirmedMessages: boolean;
    readonly type: 'Dispatched' | 'InvalidNonce' | 'TooManyUnrewardedRelayers' | 'TooManyUnconfirmedMessages';
  }

  /** @name BpRuntimeMessagesMessageDispatchResult (186) */
  interface BpRuntimeMessagesMessageDispatchResult extends Struct {
    readonly unspentWeight: SpWeightsWeightV2Weight;
    readonly dispatchLevelResult: PalletMedchainBridgeMessageOutcome;
  }

  /** @name BpMessagesDeliveredMessages (187) */
  interface BpMessagesDeliveredMessages extends Struct {
    readonly begin: u64;
    readonly end: u64;
  }

  /** @name PalletPatientIdentityEvent (196) */
  interface PalletPatientIdentityEvent extends Enum {
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly patient: u64;
      readonly account: AccountId32;
    } & Struct;
    readonly isCommitmentUpdated: boolean;
    readonly asCommitmentUpdated: {
      readonly patient: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isPatientDeregistered: boolean;
    readonly asPatientDeregistered: {
      readonly patient: u64;
    } & Struct;
    readonly isDelegateAdded: boolean;
    readonly asDelegateAdded: {
      readonly patient: u64;
      readonly delegate: AccountId32;
      readonly permissions: u8;
    } & Struct;
    readonly isDelegateRemoved: boolean;
    readonly asDelegateRemoved: {
      readonly patient: u64;
      readonly delegate: AccountId32;
    } & Struct;
    readonly isRecoveryThresholdSet: boolean;
    readonly asRecoveryThresholdSet: {
      readonly patient: u64;
      readonly threshold: u8;
    } & Struct;
    readonly isKeyRotationOffered: boolean;
    readonly asKeyRotationOffered: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isKeyRotated: boolean;
    readonly asKeyRotated: {
      readonly patient: u64;
      readonly old: AccountId32;
      readonly new_: AccountId32;
    } & Struct;
    readonly isRecoveryVouched: boolean;
    readonly asRecoveryVouched: {
      readonly patient: u64;
      readonly guardian: AccountId32;
      readonly newAccount: AccountId32;
      readonly vouches: u32;
    } & Struct;
    readonly isRecoveryApproved: boolean;
    readonly asRecoveryApproved: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
      readonly claimableAt: u32;
    } & Struct;
    readonly isPatientRecovered: boolean;
    readonly asPatientRecovered: {
      readonly patient: u64;
      readonly old: AccountId32;
      readonly new_: AccountId32;
    } & Struct;
    readonly isRecoveryCancelled: boolean;
    readonly asRecoveryCancelled: {
      readonly patient: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isOrganizationRegistered: boolean;
    readonly asOrganizationRegistered: {
      readonly organization: u32;
      readonly admin: AccountId32;
      readonly kind: PalletPatientIdentityOrganizationKind;
      readonly roles: u8;
    } & Struct;
    readonly isOrganizationSuspended: boolean;
    readonly asOrganizationSuspended: {
      readonly organization: u32;
    } & Struct;
    readonly isOrganizationReinstated: boolean;
    readonly asOrganizationReinstated: {
      readonly organization: u32;
    } & Struct;
    readonly isOrganizationRolesSet: boolean;
    readonly asOrganizationRolesSet: {
      readonly organization: u32;
      readonly roles: u8;
    } & Struct;
    readonly isOperatorInvited: boolean;
    readonly asOperatorInvited: {
      readonly organization: u32;
      readonly operator: AccountId32;
    } & Struct;
    readonly isOperatorInvitationWithdrawn: boolean;
    readonly asOperatorInvitationWithdrawn: {
      readonly organization: u32;
      readonly operator: AccountId32;
    } & Struct;
    readonly isOperatorAdded: boolean;
    readonly asOperatorAdded: {
      readonly organization: u32;
      readonly operator: AccountId32;
    } & Struct;
    readonly isOperatorRemoved: boolean;
    readonly asOperatorRemoved: {
      readonly organization: u32;
      readonly operator: AccountId32;
    } & Struct;
    readonly isLinkAuthorized: boolean;
    readonly asLinkAuthorized: {
      readonly patient: u64;
      readonly organization: u32;
    } & Struct;
    readonly isLinkProposed: boolean;
    readonly asLinkProposed: {
      readonly patient: u64;
      readonly organization: u32;
    } & Struct;
    readonly isLinkEstablished: boolean;
    readonly asLinkEstablished: {
      readonly patient: u64;
      readonly organization: u32;
    } & Struct;
    readonly isLinkRemoved: boolean;
    readonly asLinkRemoved: {
      readonly patient: u64;
      readonly organization: u32;
      readonly by: PalletPatientIdentityLinkSide;
    } & Struct;
    readonly isPatientOnboarded: boolean;
    readonly asPatientOnboarded: {
      readonly account: AccountId32;
      readonly organization: u32;
    } & Struct;
    readonly isSponsorshipEnded: boolean;
    readonly asSponsorshipEnded: {
      readonly account: AccountId32;
      readonly organization: u32;
    } & Struct;
    readonly isEndpointSet: boolean;
    readonly asEndpointSet: {
      readonly organization: u32;
      readonly endpoint: Option<Bytes>;
    } & Struct;
    readonly type: 'PatientRegistered' | 'CommitmentUpdated' | 'PatientDeregistered' | 'DelegateAdded' | 'DelegateRemoved' | 'RecoveryThresholdSet' | 'KeyRotationOffered' | 'KeyRotated' | 'RecoveryVouched' | 'RecoveryApproved' | 'PatientRecovered' | 'RecoveryCancelled' | 'OrganizationRegistered' | 'OrganizationSuspended' | 'OrganizationReinstated' | 'OrganizationRolesSet' | 'OperatorInvited' | 'OperatorInvitationWithdrawn' | 'OperatorAdded' | 'OperatorRemoved' | 'LinkAuthorized' | 'LinkProposed' | 'LinkEstablished' | 'LinkRemoved' | 'PatientOnboarded' | 'SponsorshipEnded' | 'EndpointSet';
  }

  /** @name PalletPatientIdentityLinkSide (197) */
  interface PalletPatientIdentityLinkSide extends Enum {
    readonly isPatient: boolean;
    readonly isOrganization: boolean;
    readonly type: 'Patient' | 'Organization';
  }

  /** @name PalletConsentEvent (198) */
  interface PalletConsentEvent extends Enum {
    readonly isConsentGranted: boolean;
    readonly asConsentGranted: {
      readonly patient: u64;
      readonly grant: u32;
      readonly grantees: Vec<u32>;
      readonly expiresAt: Option<u32>;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly patient: u64;
      readonly grant: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentAmended: boolean;
    readonly asConsentAmended: {
      readonly patient: u64;
      readonly grant: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentExpired: boolean;
    readonly asConsentExpired: {
      readonly patient: u64;
      readonly grant: u32;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly patient: u64;
      readonly request: u32;
      readonly organization: u32;
      readonly expiresAt: u32;
    } & Struct;
    readonly isRequestApproved: boolean;
    readonly asRequestApproved: {
      readonly patient: u64;
      readonly request: u32;
      readonly grant: u32;
    } & Struct;
    readonly isRequestDenied: boolean;
    readonly asRequestDenied: {
      readonly patient: u64;
      readonly request: u32;
    } & Struct;
    readonly isRequestCancelled: boolean;
    readonly asRequestCancelled: {
      readonly patient: u64;
      readonly request: u32;
    } & Struct;
    readonly isRequestExpired: boolean;
    readonly asRequestExpired: {
      readonly patient: u64;
      readonly request: u32;
    } & Struct;
    readonly isEmergencyAccessOpened: boolean;
    readonly asEmergencyAccessOpened: {
      readonly patient: u64;
      readonly organization: u32;
      readonly operator: AccountId32;
      readonly reason: PalletConsentEmergencyReason;
      readonly expiresAt: u32;
    } & Struct;
    readonly isEmergencyAccessEnded: boolean;
    readonly asEmergencyAccessEnded: {
      readonly patient: u64;
      readonly organization: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isEmergencyAccessExpired: boolean;
    readonly asEmergencyAccessExpired: {
      readonly patient: u64;
      readonly organization: u32;
    } & Struct;
    readonly isEmergencyOptOutSet: boolean;
    readonly asEmergencyOptOutSet: {
      readonly patient: u64;
      readonly optOut: bool;
    } & Struct;
    readonly isConsentsCleared: boolean;
    readonly asConsentsCleared: {
      readonly patient: u64;
      readonly grants: u32;
      readonly requests: u32;
    } & Struct;
    readonly type: 'ConsentGranted' | 'ConsentRevoked' | 'ConsentAmended' | 'ConsentExpired' | 'AccessRequested' | 'RequestApproved' | 'RequestDenied' | 'RequestCancelled' | 'RequestExpired' | 'EmergencyAccessOpened' | 'EmergencyAccessEnded' | 'EmergencyAccessExpired' | 'EmergencyOptOutSet' | 'ConsentsCleared';
  }

  /** @name PalletEhrAnchorEvent (199) */
  interface PalletEhrAnchorEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: H256;
      readonly patient: u64;
      readonly custodian: u32;
      readonly category: PalletConsentCategory;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly record: H256;
      readonly patient: u64;
      readonly version: u32;
    } & Struct;
    readonly isBatchAnchored: boolean;
    readonly asBatchAnchored: {
      readonly batch: H256;
      readonly patient: u64;
      readonly custodian: u32;
      readonly category: PalletConsentCategory;
      readonly count: u32;
      readonly root: H256;
    } & Struct;
    readonly isRetracted: boolean;
    readonly asRetracted: {
      readonly anchor: PalletEhrAnchorAnchor;
      readonly patient: u64;
      readonly reason: PalletEhrAnchorRetractReason;
    } & Struct;
    readonly isAccessLogged: boolean;
    readonly asAccessLogged: {
      readonly patient: u64;
      readonly entry: PalletEhrAnchorAuditEntry;
      readonly head: H256;
    } & Struct;
    readonly isReleasesAttested: boolean;
    readonly asReleasesAttested: {
      readonly custodian: u32;
      readonly reader: u32;
      readonly evidence: H256;
      readonly decidedAt: u32;
      readonly count: u32;
      readonly notCoveredAtInclusion: u32;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordAmended' | 'BatchAnchored' | 'Retracted' | 'AccessLogged' | 'ReleasesAttested';
  }

  /** @name PalletEhrAnchorAuditEntry (200) */
  interface PalletEhrAnchorAuditEntry extends Struct {
    readonly index: u64;
    readonly anchor: PalletEhrAnchorAnchor;
    readonly accessor: u32;
    readonly basis: PalletEhrAnchorAccessBasis;
    readonly purpose: PalletConsentPurpose;
    readonly at: u32;
  }

  /** @name PalletMedchainBridgeEvent (201) */
  interface PalletMedchainBridgeEvent extends Enum {
    readonly isPeerSet: boolean;
    readonly asPeerSet: {
      readonly peer: H256;
    } & Struct;
    readonly isPeerAdded: boolean;
    readonly asPeerAdded: {
      readonly chain: H256;
      readonly slot: u8;
    } & Struct;
    readonly isPeerRemoving: boolean;
    readonly asPeerRemoving: {
      readonly chain: H256;
      readonly slot: u8;
    } & Struct;
    readonly isPeerRemoved: boolean;
    readonly asPeerRemoved: {
      readonly chain: H256;
      readonly slot: u8;
    } & Struct;
    readonly isLeasePeriodSet: boolean;
    readonly asLeasePeriodSet: {
      readonly period: u64;
    } & Struct;
    readonly isConsentExported: boolean;
    readonly asConsentExported: {
      readonly patient: u64;
      readonly export: u64;
      readonly to: PalletMedchainBridgeRemoteOrg;
      readonly validUntil: u64;
      readonly nonce: u64;
    } & Struct;
    readonly isExportRevoked: boolean;
    readonly asExportRevoked: {
      readonly patient: u64;
      readonly export: u64;
      readonly nonce: Option<u64>;
    } & Struct;
    readonly isHeartbeatSent: boolean;
    readonly asHeartbeatSent: {
      readonly chain: H256;
      readonly validUntil: u64;
      readonly nonce: u64;
    } & Struct;
    readonly isHeartbeatDeferred: boolean;
    readonly asHeartbeatDeferred: {
      readonly chain: H256;
    } & Struct;
    readonly isPendingRevokeSent: boolean;
    readonly asPendingRevokeSent: {
      readonly chain: H256;
      readonly export: u64;
      readonly nonce: u64;
    } & Struct;
    readonly isExportRefused: boolean;
    readonly asExportRefused: {
      readonly export: u64;
      readonly reason: PalletMedchainBridgeFailReason;
    } & Struct;
    readonly isExportEnded: boolean;
    readonly asExportEnded: {
      readonly patient: u64;
      readonly export: u64;
      readonly reason: PalletMedchainBridgeExportEnd;
      readonly nonce: Option<u64>;
    } & Struct;
    readonly isExportRekeyed: boolean;
    readonly asExportRekeyed: {
      readonly patient: u64;
      readonly export: u64;
      readonly account: AccountId32;
      readonly nonce: u64;
    } & Struct;
    readonly isRecordShared: boolean;
    readonly asRecordShared: {
      readonly record: H256;
      readonly nonce: u64;
      readonly chain: H256;
    } & Struct;
    readonly isAccessRequested: boolean;
    readonly asAccessRequested: {
      readonly request: u64;
      readonly organization: u32;
      readonly nonce: u64;
      readonly chain: H256;
    } & Struct;
    readonly isAccessAnswered: boolean;
    readonly asAccessAnswered: {
      readonly request: u64;
      readonly organization: u32;
      readonly answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason>;
    } & Struct;
    readonly isLeaseReceived: boolean;
    readonly asLeaseReceived: {
      readonly patient: AccountId32;
      readonly export: u64;
      readonly organization: u32;
      readonly validUntil: u64;
      readonly chain: H256;
    } & Struct;
    readonly isHeartbeatReceived: boolean;
    readonly asHeartbeatReceived: {
      readonly chain: H256;
      readonly validUntil: u64;
    } & Struct;
    readonly isLeaseRevoked: boolean;
    readonly asLeaseRevoked: {
      readonly patient: AccountId32;
      readonly export: u64;
      readonly chain: H256;
    } & Struct;
    readonly isRemoteRecordReceived: boolean;
    readonly asRemoteRecordReceived: {
      readonly record: H256;
      readonly custodian: PalletMedchainBridgeRemoteOrg;
      readonly version: u32;
    } & Struct;
    readonly isAccessRequestAnswered: boolean;
    readonly asAccessRequestAnswered: {
      readonly request: u64;
      readonly organization: u32;
      readonly answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason>;
    } & Struct;
    readonly isMessageApplied: boolean;
    readonly asMessageApplied: {
      readonly nonce: u64;
      readonly slot: u8;
    } & Struct;
    readonly isMessageRejected: boolean;
    readonly asMessageRejected: {
      readonly nonce: u64;
      readonly reason: PalletMedchainBridgeFailReason;
      readonly slot: u8;
    } & Struct;
    readonly isMessageFailed: boolean;
    readonly asMessageFailed: {
      readonly nonce: u64;
      readonly reason: PalletMedchainBridgeFailReason;
      readonly chain: H256;
    } & Struct;
    readonly type: 'PeerSet' | 'PeerAdded' | 'PeerRemoving' | 'PeerRemoved' | 'LeasePeriodSet' | 'ConsentExported' | 'ExportRevoked' | 'HeartbeatSent' | 'HeartbeatDeferred' | 'PendingRevokeSent' | 'ExportRefused' | 'ExportEnded' | 'ExportRekeyed' | 'RecordShared' | 'AccessRequested' | 'AccessAnswered' | 'LeaseReceived' | 'HeartbeatReceived' | 'LeaseRevoked' | 'RemoteRecordReceived' | 'AccessRequestAnswered' | 'MessageApplied' | 'MessageRejected' | 'MessageFailed';
  }

  /** @name PalletMedchainBridgeExportEnd (202) */
  interface PalletMedchainBridgeExportEnd extends Enum {
    readonly isPatientDeregistered: boolean;
    readonly isByGovernance: boolean;
    readonly isConsentEnded: boolean;
    readonly isNoRenewalSlot: boolean;
    readonly isRekeyNotSent: boolean;
    readonly isPeerRemoved: boolean;
    readonly type: 'PatientDeregistered' | 'ByGovernance' | 'ConsentEnded' | 'NoRenewalSlot' | 'RekeyNotSent' | 'PeerRemoved';
  }

  /** @name PalletConsentDenyReason (205) */
  interface PalletConsentDenyReason extends Enum {
    readonly isUnknownPatient: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNoGrant: boolean;
    readonly isNotYetValid: boolean;
    readonly isExpired: boolean;
    readonly isCategoryNotCovered: boolean;
    readonly isPurposeNotCovered: boolean;
    readonly isCustodianNotCovered: boolean;
    readonly isLeaseLapsed: boolean;
    readonly isNotFinal: boolean;
    readonly type: 'UnknownPatient' | 'UnknownOrganization' | 'OrganizationSuspended' | 'NoGrant' | 'NotYetValid' | 'Expired' | 'CategoryNotCovered' | 'PurposeNotCovered' | 'CustodianNotCovered' | 'LeaseLapsed' | 'NotFinal';
  }

  /** @name FrameSystemPhase (206) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (210) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (213) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (214) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (215) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (216) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (218) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (219) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (220) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (221) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (226) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletUtilityError (227) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletBalancesBalanceLock (229) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (230) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (233) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (236) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: MedchainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (239) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: MedchainRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name MedchainRuntimeRuntimeFreezeReason (240) */
  type MedchainRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (242) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (244) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (245) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (246) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletAtomicSwapError (248) */
  interface PalletAtomicSwapError extends Enum {
    readonly isAlreadyExist: boolean;
    readonly isInvalidProof: boolean;
    readonly isProofTooLarge: boolean;
    readonly isSourceMismatch: boolean;
    readonly isAlreadyClaimed: boolean;
    readonly isNotExist: boolean;
    readonly isClaimActionMismatch: boolean;
    readonly isDurationNotPassed: boolean;
    readonly type: 'AlreadyExist' | 'InvalidProof' | 'ProofTooLarge' | 'SourceMismatch' | 'AlreadyClaimed' | 'NotExist' | 'ClaimActionMismatch' | 'DurationNotPassed';
  }

  /** @name PalletSudoError (249) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletCollectiveVotes (252) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (253) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (255) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletConsortiumAuthored (256) */
  interface PalletConsortiumAuthored extends Struct {
    readonly block: u32;
    readonly slot: Option<u64>;
  }

  /** @name PalletConsortiumError (257) */
  interface PalletConsortiumError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'TooManyValidators' | 'TooFewValidators';
  }

  /** @name PalletNodeAuthorizationError (259) */
  interface PalletNodeAuthorizationError extends Enum {
    readonly isPeerIdTooLong: boolean;
    readonly isTooManyNodes: boolean;
    readonly isAlreadyJoined: boolean;
    readonly isNotExist: boolean;
    readonly isAlreadyClaimed: boolean;
    readonly isNotClaimed: boolean;
    readonly isNotOwner: boolean;
    readonly isPermissionDenied: boolean;
    readonly type: 'PeerIdTooLong' | 'TooManyNodes' | 'AlreadyJoined' | 'NotExist' | 'AlreadyClaimed' | 'NotClaimed' | 'NotOwner' | 'PermissionDenied';
  }

  /** @name PalletGrandpaStoredState (263) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (264) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (266) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name SpCoreCryptoKeyTypeId (274) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (275) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name BpRuntimeHeaderId (276) */
  interface BpRuntimeHeaderId extends ITuple<[u32, H256]> {}

  /** @name BpHeaderChainStoredHeaderData (277) */
  interface BpHeaderChainStoredHeaderData extends Struct {
    readonly number: u32;
    readonly stateRoot: H256;
  }

  /** @name PalletBridgeGrandpaStorageTypesStoredAuthoritySet (278) */
  interface PalletBridgeGrandpaStorageTypesStoredAuthoritySet extends Struct {
    readonly authorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly setId: u64;
  }

  /** @name PalletBridgeGrandpaError (280) */
  interface PalletBridgeGrandpaError extends Enum {
    readonly isInvalidJustification: boolean;
    readonly isInvalidAuthoritySet: boolean;
    readonly isOldHeader: boolean;
    readonly isUnsupportedScheduledChange: boolean;
    readonly isNotInitialized: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooManyAuthoritiesInSet: boolean;
    readonly isBridgeModule: boolean;
    readonly asBridgeModule: BpRuntimeOwnedBridgeModuleError;
    readonly isInvalidAuthoritySetId: boolean;
    readonly isFreeHeadersLimitExceded: boolean;
    readonly isBelowFreeHeaderInterval: boolean;
    readonly isHeaderOverflowLimits: boolean;
    readonly type: 'InvalidJustification' | 'InvalidAuthoritySet' | 'OldHeader' | 'UnsupportedScheduledChange' | 'NotInitialized' | 'AlreadyInitialized' | 'TooManyAuthoritiesInSet' | 'BridgeModule' | 'InvalidAuthoritySetId' | 'FreeHeadersLimitExceded' | 'BelowFreeHeaderInterval' | 'HeaderOverflowLimits';
  }

  /** @name BpRuntimeOwnedBridgeModuleError (281) */
  interface BpRuntimeOwnedBridgeModuleError extends Enum {
    readonly isHalted: boolean;
    readonly type: 'Halted';
  }

  /** @name BpMessagesInboundLaneData (282) */
  interface BpMessagesInboundLaneData extends Struct {
    readonly relayers: Vec<BpMessagesUnrewardedRelayer>;
    readonly lastConfirmedNonce: u64;
    readonly state: BpMessagesLaneLaneState;
  }

  /** @name BpMessagesUnrewardedRelayer (284) */
  interface BpMessagesUnrewardedRelayer extends Struct {
    readonly relayer: AccountId32;
    readonly messages: BpMessagesDeliveredMessages;
  }

  /** @name BpMessagesLaneLaneState (285) */
  interface BpMessagesLaneLaneState extends Enum {
    readonly isOpened: boolean;
    readonly isClosed: boolean;
    readonly type: 'Opened' | 'Closed';
  }

  /** @name BpMessagesOutboundLaneData (286) */
  interface BpMessagesOutboundLaneData extends Struct {
    readonly oldestUnprunedNonce: u64;
    readonly latestReceivedNonce: u64;
    readonly latestGeneratedNonce: u64;
    readonly state: BpMessagesLaneLaneState;
  }

  /** @name BpMessagesMessageKey (287) */
  interface BpMessagesMessageKey extends Struct {
    readonly laneId: BpMessagesLaneLegacyLaneId;
    readonly nonce: u64;
  }

  /** @name PalletBridgeMessagesError (289) */
  interface PalletBridgeMessagesError extends Enum {
    readonly isNotOperatingNormally: boolean;
    readonly isLanesManager: boolean;
    readonly asLanesManager: PalletBridgeMessagesLanesManagerLanesManagerError;
    readonly isMessageRejectedByPallet: boolean;
    readonly asMessageRejectedByPallet: BpMessagesVerificationError;
    readonly isTooManyMessagesInTheProof: boolean;
    readonly isInvalidMessagesProof: boolean;
    readonly isInvalidMessagesDeliveryProof: boolean;
    readonly isInvalidUnrewardedRelayersState: boolean;
    readonly isInsufficientDispatchWeight: boolean;
    readonly isReceptionConfirmation: boolean;
    readonly asReceptionConfirmation: PalletBridgeMessagesOutboundLaneReceptionConfirmationError;
    readonly isBridgeModule: boolean;
    readonly asBridgeModule: BpRuntimeOwnedBridgeModuleError;
    readonly type: 'NotOperatingNormally' | 'LanesManager' | 'MessageRejectedByPallet' | 'TooManyMessagesInTheProof' | 'InvalidMessagesProof' | 'InvalidMessagesDeliveryProof' | 'InvalidUnrewardedRelayersState' | 'InsufficientDispatchWeight' | 'ReceptionConfirmation' | 'BridgeModule';
  }

  /** @name PalletBridgeMessagesLanesManagerLanesManagerError (290) */
  interface PalletBridgeMessagesLanesManagerLanesManagerError extends Enum {
    readonly isInboundLaneAlreadyExists: boolean;
    readonly isOutboundLaneAlreadyExists: boolean;
    readonly isUnknownInboundLane: boolean;
    readonly isUnknownOutboundLane: boolean;
    readonly isClosedInboundLane: boolean;
    readonly isClosedOutboundLane: boolean;
    readonly isLaneDispatcherInactive: boolean;
    readonly type: 'InboundLaneAlreadyExists' | 'OutboundLaneAlreadyExists' | 'UnknownInboundLane' | 'UnknownOutboundLane' | 'ClosedInboundLane' | 'ClosedOutboundLane' | 'LaneDispatcherInactive';
  }

  /** @name BpMessagesVerificationError (291) */
  interface BpMessagesVerificationError extends Enum {
    readonly isEmptyMessageProof: boolean;
    readonly isHeaderChain: boolean;
    readonly asHeaderChain: BpHeaderChainHeaderChainError;
    readonly isInboundLaneStorage: boolean;
    readonly asInboundLaneStorage: BpRuntimeStorageProofStorageProofError;
    readonly isInvalidMessageWeight: boolean;
    readonly isMessagesCountMismatch: boolean;
    readonly isMessageStorage: boolean;
    readonly asMessageStorage: BpRuntimeStorageProofStorageProofError;
    readonly isMessageTooLarge: boolean;
    readonly isOutboundLaneStorage: boolean;
    readonly asOutboundLaneStorage: BpRuntimeStorageProofStorageProofError;
    readonly isStorageProof: boolean;
    readonly asStorageProof: BpRuntimeStorageProofStorageProofError;
    readonly isOther: boolean;
    readonly type: 'EmptyMessageProof' | 'HeaderChain' | 'InboundLaneStorage' | 'InvalidMessageWeight' | 'MessagesCountMismatch' | 'MessageStorage' | 'MessageTooLarge' | 'OutboundLaneStorage' | 'StorageProof' | 'Other';
  }

  /** @name BpHeaderChainHeaderChainError (292) */
  interface BpHeaderChainHeaderChainError extends Enum {
    readonly isUnknownHeader: boolean;
    readonly isStorageProof: boolean;
    readonly asStorageProof: BpRuntimeStorageProofStorageProofError;
    readonly type: 'UnknownHeader' | 'StorageProof';
  }

  /** @name BpRuntimeStorageProofStorageProofError (293) */
  interface BpRuntimeStorageProofStorageProofError extends Enum {
    readonly isUnableToGenerateTrieProof: boolean;
    readonly isInvalidProof: boolean;
    readonly isUnsortedEntries: boolean;
    readonly isUnavailableKey: boolean;
    readonly isEmptyVal: boolean;
    readonly isDecodeError: boolean;
    readonly isUnusedKey: boolean;
    readonly isStorageRootMismatch: boolean;
    readonly isStorageValueUnavailable: boolean;
    readonly isDuplicateNodes: boolean;
    readonly type: 'UnableToGenerateTrieProof' | 'InvalidProof' | 'UnsortedEntries' | 'UnavailableKey' | 'EmptyVal' | 'DecodeError' | 'UnusedKey' | 'StorageRootMismatch' | 'StorageValueUnavailable' | 'DuplicateNodes';
  }

  /** @name PalletBridgeMessagesOutboundLaneReceptionConfirmationError (294) */
  interface PalletBridgeMessagesOutboundLaneReceptionConfirmationError extends Enum {
    readonly isFailedToConfirmFutureMessages: boolean;
    readonly isEmptyUnrewardedRelayerEntry: boolean;
    readonly isNonConsecutiveUnrewardedRelayerEntries: boolean;
    readonly isTryingToConfirmMoreMessagesThanExpected: boolean;
    readonly type: 'FailedToConfirmFutureMessages' | 'EmptyUnrewardedRelayerEntry' | 'NonConsecutiveUnrewardedRelayerEntries' | 'TryingToConfirmMoreMessagesThanExpected';
  }

  /** @name PalletPatientIdentityPatientInfo (319) */
  interface PalletPatientIdentityPatientInfo extends Struct {
    readonly account: AccountId32;
    readonly commitment: H256;
    readonly registeredAt: u32;
    readonly delegates: Vec<ITuple<[AccountId32, u8]>>;
    readonly recoveryThreshold: u8;
    readonly links: u32;
    readonly deposit: u128;
  }

  /** @name PalletPatientIdentityOrganizationInfo (323) */
  interface PalletPatientIdentityOrganizationInfo extends Struct {
    readonly kind: PalletPatientIdentityOrganizationKind;
    readonly roles: u8;
    readonly status: PalletPatientIdentityOrganizationStatus;
    readonly admin: AccountId32;
    readonly operators: Vec<AccountId32>;
  }

  /** @name PalletPatientIdentityOrganizationStatus (324) */
  interface PalletPatientIdentityOrganizationStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Active' | 'Suspended';
  }

  /** @name PalletPatientIdentityLink (327) */
  interface PalletPatientIdentityLink extends Struct {
    readonly status: PalletPatientIdentityLinkStatus;
    readonly mrnCommitment: Option<H256>;
  }

  /** @name PalletPatientIdentityLinkStatus (328) */
  interface PalletPatientIdentityLinkStatus extends Enum {
    readonly isAwaitingOrganization: boolean;
    readonly isAwaitingPatient: boolean;
    readonly isActive: boolean;
    readonly type: 'AwaitingOrganization' | 'AwaitingPatient' | 'Active';
  }

  /** @name PalletPatientIdentityRecovery (329) */
  interface PalletPatientIdentityRecovery extends Struct {
    readonly newAccount: AccountId32;
    readonly vouchers: Vec<AccountId32>;
    readonly claimableAt: Option<u32>;
  }

  /** @name PalletPatientIdentitySponsorship (331) */
  interface PalletPatientIdentitySponsorship extends Struct {
    readonly organization: u32;
    readonly payer: AccountId32;
    readonly deposit: u128;
    readonly periodStart: u32;
    readonly used: u32;
  }

  /** @name PalletPatientIdentityDepositKey (333) */
  interface PalletPatientIdentityDepositKey extends Enum {
    readonly isRegistration: boolean;
    readonly isGrant: boolean;
    readonly asGrant: u32;
    readonly isExport: boolean;
    readonly asExport: u64;
    readonly type: 'Registration' | 'Grant' | 'Export';
  }

  /** @name PalletPatientIdentitySponsoredDeposit (334) */
  interface PalletPatientIdentitySponsoredDeposit extends Struct {
    readonly payer: AccountId32;
    readonly organization: u32;
    readonly reason: MedchainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name PalletPatientIdentityEndpointInfo (335) */
  interface PalletPatientIdentityEndpointInfo extends Struct {
    readonly url: Bytes;
    readonly depositor: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletPatientIdentityError (336) */
  interface PalletPatientIdentityError extends Enum {
    readonly isAlreadyPatient: boolean;
    readonly isNotPatient: boolean;
    readonly isUnknownPatient: boolean;
    readonly isNotAuthorized: boolean;
    readonly isAlreadyMember: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isNotOperator: boolean;
    readonly isNotAdmin: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isInvalidFlags: boolean;
    readonly isTooManyDelegates: boolean;
    readonly isNotDelegate: boolean;
    readonly isSelfDelegation: boolean;
    readonly isTooManyOperators: boolean;
    readonly isNotOrganizationOperator: boolean;
    readonly isTooManyLinks: boolean;
    readonly isLinkExists: boolean;
    readonly isNoLink: boolean;
    readonly isThresholdTooHigh: boolean;
    readonly isRecoveryNotEnabled: boolean;
    readonly isRecoveryConflict: boolean;
    readonly isAlreadyVouched: boolean;
    readonly isNoRecovery: boolean;
    readonly isInvalidNewKey: boolean;
    readonly isAlreadySponsored: boolean;
    readonly isNotSponsored: boolean;
    readonly isNotSponsor: boolean;
    readonly isSponsorLimitReached: boolean;
    readonly isNotNewKey: boolean;
    readonly isNotClaimableYet: boolean;
    readonly isAlreadyInvited: boolean;
    readonly isNotInvited: boolean;
    readonly isInvalidEndpoint: boolean;
    readonly isNoEndpoint: boolean;
    readonly type: 'AlreadyPatient' | 'NotPatient' | 'UnknownPatient' | 'NotAuthorized' | 'AlreadyMember' | 'UnknownOrganization' | 'NotOperator' | 'NotAdmin' | 'OrganizationSuspended' | 'AlreadySuspended' | 'NotSuspended' | 'InvalidFlags' | 'TooManyDelegates' | 'NotDelegate' | 'SelfDelegation' | 'TooManyOperators' | 'NotOrganizationOperator' | 'TooManyLinks' | 'LinkExists' | 'NoLink' | 'ThresholdTooHigh' | 'RecoveryNotEnabled' | 'RecoveryConflict' | 'AlreadyVouched' | 'NoRecovery' | 'InvalidNewKey' | 'AlreadySponsored' | 'NotSponsored' | 'NotSponsor' | 'SponsorLimitReached' | 'NotNewKey' | 'NotClaimableYet' | 'AlreadyInvited' | 'NotInvited' | 'InvalidEndpoint' | 'NoEndpoint';
  }

  /** @name PalletConsentPatientConsents (337) */
  interface PalletConsentPatientConsents extends Struct {
    readonly nextId: u32;
    readonly grants: Vec<PalletConsentGrant>;
    readonly requests: Vec<PalletConsentRequest>;
    readonly emergency: Vec<PalletConsentEmergencyAccess>;
    readonly emergencyOptOut: bool;
  }

  /** @name PalletConsentGrant (339) */
  interface PalletConsentGrant extends Struct {
    readonly id: u32;
    readonly grantees: Vec<u32>;
    readonly categories: u16;
    readonly purposes: u8;
    readonly custodians: Vec<u32>;
    readonly startsAt: u32;
    readonly expiresAt: Option<u32>;
    readonly deposit: u128;
  }

  /** @name PalletConsentRequest (344) */
  interface PalletConsentRequest extends Struct {
    readonly id: u32;
    readonly organization: u32;
    readonly requester: AccountId32;
    readonly categories: u16;
    readonly purposes: u8;
    readonly custodians: Vec<u32>;
    readonly duration: u32;
    readonly expiresAt: u32;
    readonly deposit: u128;
  }

  /** @name PalletConsentEmergencyAccess (347) */
  interface PalletConsentEmergencyAccess extends Struct {
    readonly organization: u32;
    readonly operator: AccountId32;
    readonly reason: PalletConsentEmergencyReason;
    readonly openedAt: u32;
    readonly expiresAt: u32;
  }

  /** @name PalletConsentError (350) */
  interface PalletConsentError extends Enum {
    readonly isUnknownGrant: boolean;
    readonly isUnknownRequest: boolean;
    readonly isTooManyGrants: boolean;
    readonly isTooManyRequests: boolean;
    readonly isTooManyEmergencyAccesses: boolean;
    readonly isInvalidScope: boolean;
    readonly isInvalidGrantees: boolean;
    readonly isInvalidWindow: boolean;
    readonly isRequestPending: boolean;
    readonly isRequestExpired: boolean;
    readonly isNotRequester: boolean;
    readonly isNoEmergencyRole: boolean;
    readonly isPatientOptedOut: boolean;
    readonly isEmergencyAccessOpen: boolean;
    readonly isNoEmergencyAccess: boolean;
    readonly isUnchanged: boolean;
    readonly type: 'UnknownGrant' | 'UnknownRequest' | 'TooManyGrants' | 'TooManyRequests' | 'TooManyEmergencyAccesses' | 'InvalidScope' | 'InvalidGrantees' | 'InvalidWindow' | 'RequestPending' | 'RequestExpired' | 'NotRequester' | 'NoEmergencyRole' | 'PatientOptedOut' | 'EmergencyAccessOpen' | 'NoEmergencyAccess' | 'Unchanged';
  }

  /** @name PalletEhrAnchorRecord (351) */
  interface PalletEhrAnchorRecord extends Struct {
    readonly patient: u64;
    readonly custodian: u32;
    readonly category: PalletConsentCategory;
    readonly format: PalletEhrAnchorFormat;
    readonly hash_: H256;
    readonly locator: Option<H256>;
    readonly version: u32;
    readonly retracted: Option<PalletEhrAnchorRetractReason>;
  }

  /** @name PalletEhrAnchorBatch (354) */
  interface PalletEhrAnchorBatch extends Struct {
    readonly patient: u64;
    readonly custodian: u32;
    readonly category: PalletConsentCategory;
    readonly count: u32;
    readonly root: H256;
    readonly retracted: Option<PalletEhrAnchorRetractReason>;
  }

  /** @name PalletEhrAnchorAuditHead (357) */
  interface PalletEhrAnchorAuditHead extends Struct {
    readonly head: H256;
    readonly count: u64;
  }

  /** @name PalletEhrAnchorError (358) */
  interface PalletEhrAnchorError extends Enum {
    readonly isRecordExists: boolean;
    readonly isBatchExists: boolean;
    readonly isUnknownRecord: boolean;
    readonly isUnknownBatch: boolean;
    readonly isNotCustodianRole: boolean;
    readonly isNotLinked: boolean;
    readonly isNotCustodian: boolean;
    readonly isRetracted: boolean;
    readonly isHashReused: boolean;
    readonly isInvalidBatchSize: boolean;
    readonly isIndexFull: boolean;
    readonly isTooManyVersions: boolean;
    readonly isNoGrant: boolean;
    readonly isGrantNotValid: boolean;
    readonly isCategoryNotCovered: boolean;
    readonly isPurposeNotCovered: boolean;
    readonly isCustodianNotCovered: boolean;
    readonly isNoEmergencyAccess: boolean;
    readonly isUnknownReader: boolean;
    readonly isAttestationInFuture: boolean;
    readonly isAttestationTooOld: boolean;
    readonly isNoReleases: boolean;
    readonly type: 'RecordExists' | 'BatchExists' | 'UnknownRecord' | 'UnknownBatch' | 'NotCustodianRole' | 'NotLinked' | 'NotCustodian' | 'Retracted' | 'HashReused' | 'InvalidBatchSize' | 'IndexFull' | 'TooManyVersions' | 'NoGrant' | 'GrantNotValid' | 'CategoryNotCovered' | 'PurposeNotCovered' | 'CustodianNotCovered' | 'NoEmergencyAccess' | 'UnknownReader' | 'AttestationInFuture' | 'AttestationTooOld' | 'NoReleases';
  }

  /** @name PalletMedchainBridgePeerInfo (359) */
  interface PalletMedchainBridgePeerInfo extends Struct {
    readonly slot: u8;
    readonly status: PalletMedchainBridgePeerStatus;
    readonly exports: u32;
    readonly pendingRevokes: u32;
    readonly sentUntil: u64;
    readonly liveUntil: u64;
  }

  /** @name PalletMedchainBridgePeerStatus (360) */
  interface PalletMedchainBridgePeerStatus extends Enum {
    readonly isActive: boolean;
    readonly isRemoving: boolean;
    readonly type: 'Active' | 'Removing';
  }

  /** @name PalletMedchainBridgeExport (362) */
  interface PalletMedchainBridgeExport extends Struct {
    readonly patient: u64;
    readonly account: AccountId32;
    readonly to: PalletMedchainBridgeRemoteOrg;
    readonly scope: PalletMedchainBridgeLeaseScope;
    readonly validUntil: u64;
    readonly deposit: u128;
    readonly leaseNonce: u64;
  }

  /** @name PalletMedchainBridgeLeaseScope (363) */
  interface PalletMedchainBridgeLeaseScope extends Struct {
    readonly categories: u16;
    readonly purposes: u8;
    readonly custodians: Vec<u32>;
    readonly expiresAt: Option<u64>;
  }

  /** @name PalletMedchainBridgeLease (367) */
  interface PalletMedchainBridgeLease extends Struct {
    readonly chain: H256;
    readonly organization: u32;
    readonly scope: PalletMedchainBridgeLeaseScope;
    readonly validUntil: u64;
  }

  /** @name PalletMedchainBridgeRemoteRecord (368) */
  interface PalletMedchainBridgeRemoteRecord extends Struct {
    readonly custodian: PalletMedchainBridgeRemoteOrg;
    readonly hash_: H256;
    readonly version: u32;
    readonly retracted: bool;
  }

  /** @name PalletMedchainBridgeError (369) */
  interface PalletMedchainBridgeError extends Enum {
    readonly isNoPeer: boolean;
    readonly isAmbiguousPeer: boolean;
    readonly isUnknownPeer: boolean;
    readonly isPeerNotActive: boolean;
    readonly isAlreadyPeer: boolean;
    readonly isSlotTaken: boolean;
    readonly isSlotOutOfRange: boolean;
    readonly isOwnChain: boolean;
    readonly isNotStarted: boolean;
    readonly isOutboundQueueFull: boolean;
    readonly isInvalidScope: boolean;
    readonly isInvalidWindow: boolean;
    readonly isTooManyExports: boolean;
    readonly isUnknownExport: boolean;
    readonly isUnknownRecord: boolean;
    readonly isNotCustodian: boolean;
    readonly isInvalidLeasePeriod: boolean;
    readonly type: 'NoPeer' | 'AmbiguousPeer' | 'UnknownPeer' | 'PeerNotActive' | 'AlreadyPeer' | 'SlotTaken' | 'SlotOutOfRange' | 'OwnChain' | 'NotStarted' | 'OutboundQueueFull' | 'InvalidScope' | 'InvalidWindow' | 'TooManyExports' | 'UnknownExport' | 'UnknownRecord' | 'NotCustodian' | 'InvalidLeasePeriod';
  }

  /** @name MedchainRuntimeRuntime (370) */
  type MedchainRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (371) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (375) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (378) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (381) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (383) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (384) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (385) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (386) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (391) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (392) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (394) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (397) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletPatientIdentityRuntimeApiPatientView (405) */
  interface PalletPatientIdentityRuntimeApiPatientView extends Struct {
    readonly id: u64;
    readonly account: AccountId32;
    readonly commitment: H256;
    readonly registeredAt: u64;
    readonly delegates: Vec<ITuple<[AccountId32, u8]>>;
    readonly recoveryThreshold: u8;
    readonly links: u32;
    readonly deposit: u128;
  }

  /** @name PalletPatientIdentityRuntimeApiOrganizationView (407) */
  interface PalletPatientIdentityRuntimeApiOrganizationView extends Struct {
    readonly id: u32;
    readonly kind: PalletPatientIdentityOrganizationKind;
    readonly roles: u8;
    readonly status: PalletPatientIdentityOrganizationStatus;
    readonly admin: AccountId32;
    readonly operators: Vec<AccountId32>;
  }

  /** @name PalletConsentCustodian (409) */
  interface PalletConsentCustodian extends Enum {
    readonly isLocal: boolean;
    readonly asLocal: u32;
    readonly isRemote: boolean;
    readonly asRemote: {
      readonly chain: H256;
      readonly organization: u32;
    } & Struct;
    readonly type: 'Local' | 'Remote';
  }

  /** @name PalletConsentAccessDecision (410) */
  interface PalletConsentAccessDecision extends Enum {
    readonly isGranted: boolean;
    readonly asGranted: {
      readonly grant: u32;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isEmergency: boolean;
    readonly asEmergency: {
      readonly reason: PalletConsentEmergencyReason;
      readonly openedAt: u64;
      readonly expiresAt: u64;
    } & Struct;
    readonly isDenied: boolean;
    readonly asDenied: PalletConsentDenyReason;
    readonly isLeased: boolean;
    readonly asLeased: {
      readonly chain: H256;
      readonly lease: u64;
      readonly validUntil: u64;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly type: 'Granted' | 'Emergency' | 'Denied' | 'Leased';
  }

  /** @name PalletConsentRuntimeApiConsentsView (411) */
  interface PalletConsentRuntimeApiConsentsView extends Struct {
    readonly patient: u64;
    readonly grants: Vec<PalletConsentRuntimeApiGrantView>;
    readonly requests: Vec<PalletConsentRuntimeApiRequestView>;
    readonly emergency: Vec<PalletConsentRuntimeApiEmergencyView>;
    readonly emergencyOptOut: bool;
  }

  /** @name PalletConsentRuntimeApiGrantView (413) */
  interface PalletConsentRuntimeApiGrantView extends Struct {
    readonly id: u32;
    readonly grantees: Vec<u32>;
    readonly categories: Vec<PalletConsentCategory>;
    readonly purposes: Vec<PalletConsentPurpose>;
    readonly custodians: Vec<u32>;
    readonly startsAt: u64;
    readonly expiresAt: Option<u64>;
  }

  /** @name PalletConsentRuntimeApiRequestView (415) */
  interface PalletConsentRuntimeApiRequestView extends Struct {
    readonly id: u32;
    readonly organization: u32;
    readonly requester: AccountId32;
    readonly categories: Vec<PalletConsentCategory>;
    readonly purposes: Vec<PalletConsentPurpose>;
    readonly custodians: Vec<u32>;
    readonly duration: u64;
    readonly expiresAt: u64;
  }

  /** @name PalletConsentRuntimeApiEmergencyView (417) */
  interface PalletConsentRuntimeApiEmergencyView extends Struct {
    readonly organization: u32;
    readonly operator: AccountId32;
    readonly reason: PalletConsentEmergencyReason;
    readonly openedAt: u64;
    readonly expiresAt: u64;
  }

  /** @name PalletEhrAnchorVerdict (418) */
  interface PalletEhrAnchorVerdict extends Enum {
    readonly isCurrent: boolean;
    readonly asCurrent: {
      readonly version: u32;
      readonly custodian: u32;
      readonly category: PalletConsentCategory;
    } & Struct;
    readonly isSuperseded: boolean;
    readonly asSuperseded: {
      readonly version: u32;
      readonly currentVersion: u32;
      readonly currentHash: H256;
    } & Struct;
    readonly isRetracted: boolean;
    readonly asRetracted: {
      readonly reason: PalletEhrAnchorRetractReason;
    } & Struct;
    readonly isInvalidProof: boolean;
    readonly isUnknown: boolean;
    readonly type: 'Current' | 'Superseded' | 'Retracted' | 'InvalidProof' | 'Unknown';
  }

  /** @name PalletEhrAnchorRuntimeApiRecordPage (421) */
  interface PalletEhrAnchorRuntimeApiRecordPage extends Struct {
    readonly total: u32;
    readonly entries_: Vec<PalletEhrAnchorRuntimeApiIndexEntry>;
    readonly next: Option<u32>;
  }

  /** @name PalletEhrAnchorRuntimeApiIndexEntry (423) */
  interface PalletEhrAnchorRuntimeApiIndexEntry extends Struct {
    readonly anchor: PalletEhrAnchorAnchor;
    readonly custodian: u32;
    readonly category: PalletConsentCategory;
    readonly version: u32;
    readonly count: u32;
    readonly retracted: Option<PalletEhrAnchorRetractReason>;
  }

  /** @name PalletMedchainBridgeRuntimeApiBridgeStatus (424) */
  interface PalletMedchainBridgeRuntimeApiBridgeStatus extends Struct {
    readonly thisChain: Option<H256>;
    readonly peer: Option<H256>;
    readonly leasePeriod: u64;
    readonly renewEvery: u32;
  }

  /** @name PalletMedchainBridgeRuntimeApiLeaseView (426) */
  interface PalletMedchainBridgeRuntimeApiLeaseView extends Struct {
    readonly chain: H256;
    readonly export: u64;
    readonly organization: u32;
    readonly scope: PalletMedchainBridgeRuntimeApiScopeView;
    readonly validUntil: u64;
  }

  /** @name PalletMedchainBridgeRuntimeApiScopeView (427) */
  interface PalletMedchainBridgeRuntimeApiScopeView extends Struct {
    readonly categories: Vec<PalletConsentCategory>;
    readonly purposes: Vec<PalletConsentPurpose>;
    readonly custodians: Vec<u32>;
    readonly expiresAt: Option<u64>;
  }

  /** @name PalletMedchainBridgeRuntimeApiExportView (429) */
  interface PalletMedchainBridgeRuntimeApiExportView extends Struct {
    readonly export: u64;
    readonly to: PalletMedchainBridgeRemoteOrg;
    readonly scope: PalletMedchainBridgeRuntimeApiScopeView;
    readonly validUntil: u64;
  }

  /** @name PalletMedchainBridgeRemoteVerdict (430) */
  interface PalletMedchainBridgeRemoteVerdict extends Enum {
    readonly isCurrent: boolean;
    readonly asCurrent: {
      readonly custodian: PalletMedchainBridgeRemoteOrg;
      readonly version: u32;
    } & Struct;
    readonly isMismatch: boolean;
    readonly asMismatch: {
      readonly custodian: PalletMedchainBridgeRemoteOrg;
      readonly version: u32;
    } & Struct;
    readonly isRetracted: boolean;
    readonly asRetracted: {
      readonly custodian: PalletMedchainBridgeRemoteOrg;
    } & Struct;
    readonly isUnknown: boolean;
    readonly type: 'Current' | 'Mismatch' | 'Retracted' | 'Unknown';
  }

  /** @name PalletMedchainBridgeRuntimeApiPeerView (432) */
  interface PalletMedchainBridgeRuntimeApiPeerView extends Struct {
    readonly chain: H256;
    readonly slot: u8;
    readonly status: PalletMedchainBridgePeerStatus;
    readonly exports: u32;
    readonly pendingRevokes: u32;
    readonly sentUntil: u64;
    readonly liveUntil: u64;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (433) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (434) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (436) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name MedchainRuntimeRuntimeError (440) */
  interface MedchainRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isAtomicSwap: boolean;
    readonly asAtomicSwap: PalletAtomicSwapError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isConsortium: boolean;
    readonly asConsortium: PalletConsortiumError;
    readonly isNodeAuthorization: boolean;
    readonly asNodeAuthorization: PalletNodeAuthorizationError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isBridgeGrandpa: boolean;
    readonly asBridgeGrandpa: PalletBridgeGrandpaError;
    readonly isBridgeMessages: boolean;
    readonly asBridgeMessages: PalletBridgeMessagesError;
    readonly isBridgeGrandpa1: boolean;
    readonly asBridgeGrandpa1: PalletBridgeGrandpaError;
    readonly isBridgeMessages1: boolean;
    readonly asBridgeMessages1: PalletBridgeMessagesError;
    readonly isBridgeGrandpa2: boolean;
    readonly asBridgeGrandpa2: PalletBridgeGrandpaError;
    readonly isBridgeMessages2: boolean;
    readonly asBridgeMessages2: PalletBridgeMessagesError;
    readonly isBridgeGrandpa3: boolean;
    readonly asBridgeGrandpa3: PalletBridgeGrandpaError;
    readonly isBridgeMessages3: boolean;
    readonly asBridgeMessages3: PalletBridgeMessagesError;
    readonly isBridgeGrandpa4: boolean;
    readonly asBridgeGrandpa4: PalletBridgeGrandpaError;
    readonly isBridgeMessages4: boolean;
    readonly asBridgeMessages4: PalletBridgeMessagesError;
    readonly isPatientIdentity: boolean;
    readonly asPatientIdentity: PalletPatientIdentityError;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentError;
    readonly isEhrAnchor: boolean;
    readonly asEhrAnchor: PalletEhrAnchorError;
    readonly isMedchainBridge: boolean;
    readonly asMedchainBridge: PalletMedchainBridgeError;
    readonly type: 'System' | 'Utility' | 'Balances' | 'AtomicSwap' | 'Sudo' | 'Council' | 'CouncilMembership' | 'Consortium' | 'NodeAuthorization' | 'Grandpa' | 'Session' | 'BridgeGrandpa' | 'BridgeMessages' | 'BridgeGrandpa1' | 'BridgeMessages1' | 'BridgeGrandpa2' | 'BridgeMessages2' | 'BridgeGrandpa3' | 'BridgeMessages3' | 'BridgeGrandpa4' | 'BridgeMessages4' | 'PatientIdentity' | 'Consent' | 'EhrAnchor' | 'MedchainBridge';
  }

} // declare module
