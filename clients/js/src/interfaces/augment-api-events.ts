// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { OpaquePeerId } from '@polkadot/types/interfaces/imOnline';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { BpHeaderChainHeaderFinalityInfo, BpMessagesDeliveredMessages, BpMessagesLaneLegacyLaneId, BpMessagesReceivedMessages, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, MedchainRuntimeRuntimeHoldReason, PalletAtomicSwapPendingSwap, PalletBalancesUnexpectedKind, PalletConsentCategory, PalletConsentDenyReason, PalletConsentEmergencyReason, PalletEhrAnchorAnchor, PalletEhrAnchorAuditEntry, PalletEhrAnchorRetractReason, PalletMedchainBridgeExportEnd, PalletMedchainBridgeFailReason, PalletMedchainBridgeRemoteOrg, PalletPatientIdentityLinkSide, PalletPatientIdentityOrganizationKind, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    atomicSwap: {
      /**
       * Swap created.
       **/
      NewSwap: AugmentedEvent<ApiType, [account: AccountId32, proof: U8aFixed, swap: PalletAtomicSwapPendingSwap], { account: AccountId32, proof: U8aFixed, swap: PalletAtomicSwapPendingSwap }>;
      /**
       * Swap cancelled.
       **/
      SwapCancelled: AugmentedEvent<ApiType, [account: AccountId32, proof: U8aFixed], { account: AccountId32, proof: U8aFixed }>;
      /**
       * Swap claimed. The last parameter indicates whether the execution succeeds.
       **/
      SwapClaimed: AugmentedEvent<ApiType, [account: AccountId32, proof: U8aFixed, success: bool], { account: AccountId32, proof: U8aFixed, success: bool }>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: MedchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    bridgeGrandpa: {
      /**
       * Best finalized chain header has been updated to the header with given number and hash.
       **/
      UpdatedBestFinalizedHeader: AugmentedEvent<ApiType, [number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo], { number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo }>;
    };
    bridgeGrandpa1: {
      /**
       * Best finalized chain header has been updated to the header with given number and hash.
       **/
      UpdatedBestFinalizedHeader: AugmentedEvent<ApiType, [number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo], { number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo }>;
    };
    bridgeGrandpa2: {
      /**
       * Best finalized chain header has been updated to the header with given number and hash.
       **/
      UpdatedBestFinalizedHeader: AugmentedEvent<ApiType, [number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo], { number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo }>;
    };
    bridgeGrandpa3: {
      /**
       * Best finalized chain header has been updated to the header with given number and hash.
       **/
      UpdatedBestFinalizedHeader: AugmentedEvent<ApiType, [number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo], { number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo }>;
    };
    bridgeGrandpa4: {
      /**
       * Best finalized chain header has been updated to the header with given number and hash.
       **/
      UpdatedBestFinalizedHeader: AugmentedEvent<ApiType, [number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo], { number: u32, hash_: H256, grandpaInfo: BpHeaderChainHeaderFinalityInfo }>;
    };
    bridgeMessages: {
      /**
       * Message has been accepted and is waiting to be delivered.
       **/
      MessageAccepted: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, nonce: u64], { laneId: BpMessagesLaneLegacyLaneId, nonce: u64 }>;
      /**
       * Messages in the inclusive range have been delivered to the bridged chain.
       **/
      MessagesDelivered: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages], { laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages }>;
      /**
       * Messages have been received from the bridged chain.
       **/
      MessagesReceived: AugmentedEvent<ApiType, [BpMessagesReceivedMessages]>;
    };
    bridgeMessages1: {
      /**
       * Message has been accepted and is waiting to be delivered.
       **/
      MessageAccepted: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, nonce: u64], { laneId: BpMessagesLaneLegacyLaneId, nonce: u64 }>;
      /**
       * Messages in the inclusive range have been delivered to the bridged chain.
       **/
      MessagesDelivered: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages], { laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages }>;
      /**
       * Messages have been received from the bridged chain.
       **/
      MessagesReceived: AugmentedEvent<ApiType, [BpMessagesReceivedMessages]>;
    };
    bridgeMessages2: {
      /**
       * Message has been accepted and is waiting to be delivered.
       **/
      MessageAccepted: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, nonce: u64], { laneId: BpMessagesLaneLegacyLaneId, nonce: u64 }>;
      /**
       * Messages in the inclusive range have been delivered to the bridged chain.
       **/
      MessagesDelivered: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages], { laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages }>;
      /**
       * Messages have been received from the bridged chain.
       **/
      MessagesReceived: AugmentedEvent<ApiType, [BpMessagesReceivedMessages]>;
    };
    bridgeMessages3: {
      /**
       * Message has been accepted and is waiting to be delivered.
       **/
      MessageAccepted: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, nonce: u64], { laneId: BpMessagesLaneLegacyLaneId, nonce: u64 }>;
      /**
       * Messages in the inclusive range have been delivered to the bridged chain.
       **/
      MessagesDelivered: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages], { laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages }>;
      /**
       * Messages have been received from the bridged chain.
       **/
      MessagesReceived: AugmentedEvent<ApiType, [BpMessagesReceivedMessages]>;
    };
    bridgeMessages4: {
      /**
       * Message has been accepted and is waiting to be delivered.
       **/
      MessageAccepted: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, nonce: u64], { laneId: BpMessagesLaneLegacyLaneId, nonce: u64 }>;
      /**
       * Messages in the inclusive range have been delivered to the bridged chain.
       **/
      MessagesDelivered: AugmentedEvent<ApiType, [laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages], { laneId: BpMessagesLaneLegacyLaneId, messages: BpMessagesDeliveredMessages }>;
      /**
       * Messages have been received from the bridged chain.
       **/
      MessagesReceived: AugmentedEvent<ApiType, [BpMessagesReceivedMessages]>;
    };
    consent: {
      /**
       * An organization asked a patient for access.
       **/
      AccessRequested: AugmentedEvent<ApiType, [patient: u64, request: u32, organization: u32, expiresAt: u32], { patient: u64, request: u32, organization: u32, expiresAt: u32 }>;
      /**
       * A patient amended a grant.
       **/
      ConsentAmended: AugmentedEvent<ApiType, [patient: u64, grant: u32, by: AccountId32], { patient: u64, grant: u32, by: AccountId32 }>;
      /**
       * A grant reached its expiry and was removed.
       **/
      ConsentExpired: AugmentedEvent<ApiType, [patient: u64, grant: u32], { patient: u64, grant: u32 }>;
      /**
       * A patient granted organizations access.
       **/
      ConsentGranted: AugmentedEvent<ApiType, [patient: u64, grant: u32, grantees: Vec<u32>, expiresAt: Option<u32>, by: AccountId32], { patient: u64, grant: u32, grantees: Vec<u32>, expiresAt: Option<u32>, by: AccountId32 }>;
      /**
       * A patient revoked a grant; checks refuse it from the next block.
       **/
      ConsentRevoked: AugmentedEvent<ApiType, [patient: u64, grant: u32, by: AccountId32], { patient: u64, grant: u32, by: AccountId32 }>;
      /**
       * A deregistered patient's grants and requests were removed.
       **/
      ConsentsCleared: AugmentedEvent<ApiType, [patient: u64, grants: u32, requests: u32], { patient: u64, grants: u32, requests: u32 }>;
      /**
       * Break-glass access was ended early by the patient side or the organization.
       **/
      EmergencyAccessEnded: AugmentedEvent<ApiType, [patient: u64, organization: u32, by: AccountId32], { patient: u64, organization: u32, by: AccountId32 }>;
      /**
       * Break-glass access ran out.
       **/
      EmergencyAccessExpired: AugmentedEvent<ApiType, [patient: u64, organization: u32], { patient: u64, organization: u32 }>;
      /**
       * Break-glass access was opened: the patient is being told.
       **/
      EmergencyAccessOpened: AugmentedEvent<ApiType, [patient: u64, organization: u32, operator: AccountId32, reason: PalletConsentEmergencyReason, expiresAt: u32], { patient: u64, organization: u32, operator: AccountId32, reason: PalletConsentEmergencyReason, expiresAt: u32 }>;
      /**
       * A patient opted out of (or back into) break-glass access.
       **/
      EmergencyOptOutSet: AugmentedEvent<ApiType, [patient: u64, optOut: bool], { patient: u64, optOut: bool }>;
      /**
       * The patient approved a request; `grant` is the grant it created.
       **/
      RequestApproved: AugmentedEvent<ApiType, [patient: u64, request: u32, grant: u32], { patient: u64, request: u32, grant: u32 }>;
      /**
       * The organization withdrew its request.
       **/
      RequestCancelled: AugmentedEvent<ApiType, [patient: u64, request: u32], { patient: u64, request: u32 }>;
      /**
       * The patient denied a request.
       **/
      RequestDenied: AugmentedEvent<ApiType, [patient: u64, request: u32], { patient: u64, request: u32 }>;
      /**
       * A request lapsed unanswered.
       **/
      RequestExpired: AugmentedEvent<ApiType, [patient: u64, request: u32], { patient: u64, request: u32 }>;
    };
    consortium: {
      /**
       * The council dispatched a call as root.
       **/
      DispatchedAsRoot: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The council forced the next two session rotations.
       **/
      RotationForced: AugmentedEvent<ApiType, []>;
      /**
       * The council added a validator; it validates from two blocks on if it has session keys.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * The council removed a validator; it stops validating two blocks on.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
    };
    ehrAnchor: {
      /**
       * An organization read a record under `entry.basis`; `head` is the patient's new audit
       * chain head, `BLAKE2b-256(previous head ‖ SCALE(entry))`.
       **/
      AccessLogged: AugmentedEvent<ApiType, [patient: u64, entry: PalletEhrAnchorAuditEntry, head: H256], { patient: u64, entry: PalletEhrAnchorAuditEntry, head: H256 }>;
      /**
       * A custodian anchored a batch of `count` records.
       **/
      BatchAnchored: AugmentedEvent<ApiType, [batch: H256, patient: u64, custodian: u32, category: PalletConsentCategory, count: u32, root: H256], { batch: H256, patient: u64, custodian: u32, category: PalletConsentCategory, count: u32, root: H256 }>;
      /**
       * A custodian amended a record: `version` is its new version.
       **/
      RecordAmended: AugmentedEvent<ApiType, [record: H256, patient: u64, version: u32], { record: H256, patient: u64, version: u32 }>;
      /**
       * A custodian anchored a record (version 1).
       **/
      RecordAnchored: AugmentedEvent<ApiType, [record: H256, patient: u64, custodian: u32, category: PalletConsentCategory], { record: H256, patient: u64, custodian: u32, category: PalletConsentCategory }>;
      /**
       * An operator of `custodian` recorded `count` releases to `reader`, whose consent was
       * checked at block `decided_at`: the `count` `AccessLogged` events just before this
       * one. `evidence` is the BLAKE2b-256 hash of the reader's signed client assertion, which
       * the custodian keeps. `not_covered_at_inclusion` of the entries were no longer covered
       * when this block recorded them (their basis no longer covered the read, or the reader
       * was suspended): `log_access`'s consent check would have refused them.
       **/
      ReleasesAttested: AugmentedEvent<ApiType, [custodian: u32, reader: u32, evidence: H256, decidedAt: u32, count: u32, notCoveredAtInclusion: u32], { custodian: u32, reader: u32, evidence: H256, decidedAt: u32, count: u32, notCoveredAtInclusion: u32 }>;
      /**
       * A custodian withdrew a record or batch.
       **/
      Retracted: AugmentedEvent<ApiType, [anchor: PalletEhrAnchorAnchor, patient: u64, reason: PalletEhrAnchorRetractReason], { anchor: PalletEhrAnchorAnchor, patient: u64, reason: PalletEhrAnchorRetractReason }>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    medchainBridge: {
      /**
       * The peer answered an access request.
       **/
      AccessAnswered: AugmentedEvent<ApiType, [request: u64, organization: u32, answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason>], { request: u64, organization: u32, answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason> }>;
      /**
       * An access request from the peer was answered by this chain's exports.
       **/
      AccessRequestAnswered: AugmentedEvent<ApiType, [request: u64, organization: u32, answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason>], { request: u64, organization: u32, answer: Result<ITuple<[u64, u64]>, PalletConsentDenyReason> }>;
      /**
       * An access request was sent to `chain`.
       **/
      AccessRequested: AugmentedEvent<ApiType, [request: u64, organization: u32, nonce: u64, chain: H256], { request: u64, organization: u32, nonce: u64, chain: H256 }>;
      /**
       * A consent was exported; its lease is on its way.
       **/
      ConsentExported: AugmentedEvent<ApiType, [patient: u64, export_: u64, to: PalletMedchainBridgeRemoteOrg, validUntil: u64, nonce: u64], { patient: u64, export: u64, to: PalletMedchainBridgeRemoteOrg, validUntil: u64, nonce: u64 }>;
      /**
       * An export ended without its patient revoking it: its deposit was returned, and a
       * `Revoke` sent to the peer when one is needed and the lane had room (`nonce`).
       **/
      ExportEnded: AugmentedEvent<ApiType, [patient: u64, export_: u64, reason: PalletMedchainBridgeExportEnd, nonce: Option<u64>], { patient: u64, export: u64, reason: PalletMedchainBridgeExportEnd, nonce: Option<u64> }>;
      /**
       * The peer refused an export; it was removed and its deposit returned.
       **/
      ExportRefused: AugmentedEvent<ApiType, [export_: u64, reason: PalletMedchainBridgeFailReason], { export: u64, reason: PalletMedchainBridgeFailReason }>;
      /**
       * The patient's key changed (rotation or recovery): the export now names `account`,
       * and a lease for it was sent (`nonce`) with a revocation of the old key's.
       **/
      ExportRekeyed: AugmentedEvent<ApiType, [patient: u64, export_: u64, account: AccountId32, nonce: u64], { patient: u64, export: u64, account: AccountId32, nonce: u64 }>;
      /**
       * An export was revoked; it no longer applies here, and a `Revoke` was sent when
       * the lane had room (`nonce`).
       **/
      ExportRevoked: AugmentedEvent<ApiType, [patient: u64, export_: u64, nonce: Option<u64>], { patient: u64, export: u64, nonce: Option<u64> }>;
      /**
       * A heartbeat could not be sent (lane full); retried next block. Leases lapse on the
       * peer meanwhile if this lasts, the safe direction.
       **/
      HeartbeatDeferred: AugmentedEvent<ApiType, [chain: H256], { chain: H256 }>;
      /**
       * A heartbeat from `chain`: every lease from it is valid here until `valid_until`.
       **/
      HeartbeatReceived: AugmentedEvent<ApiType, [chain: H256, validUntil: u64], { chain: H256, validUntil: u64 }>;
      /**
       * A heartbeat went to `chain`: every lease from here is valid there until
       * `valid_until`.
       **/
      HeartbeatSent: AugmentedEvent<ApiType, [chain: H256, validUntil: u64, nonce: u64], { chain: H256, validUntil: u64, nonce: u64 }>;
      /**
       * Governance set the lease period (ms).
       **/
      LeasePeriodSet: AugmentedEvent<ApiType, [period: u64], { period: u64 }>;
      /**
       * A lease arrived from `chain` (or was replaced).
       **/
      LeaseReceived: AugmentedEvent<ApiType, [patient: AccountId32, export_: u64, organization: u32, validUntil: u64, chain: H256], { patient: AccountId32, export: u64, organization: u32, validUntil: u64, chain: H256 }>;
      /**
       * A lease was revoked by the patient's chain.
       **/
      LeaseRevoked: AugmentedEvent<ApiType, [patient: AccountId32, export_: u64, chain: H256], { patient: AccountId32, export: u64, chain: H256 }>;
      /**
       * An inbound message (on `slot`'s lane) was applied.
       **/
      MessageApplied: AugmentedEvent<ApiType, [nonce: u64, slot: u8], { nonce: u64, slot: u8 }>;
      /**
       * `chain` could not apply the message with this nonce (sent from here).
       **/
      MessageFailed: AugmentedEvent<ApiType, [nonce: u64, reason: PalletMedchainBridgeFailReason, chain: H256], { nonce: u64, reason: PalletMedchainBridgeFailReason, chain: H256 }>;
      /**
       * An inbound message could not be applied; the sender is told when it can be.
       **/
      MessageRejected: AugmentedEvent<ApiType, [nonce: u64, reason: PalletMedchainBridgeFailReason, slot: u8], { nonce: u64, reason: PalletMedchainBridgeFailReason, slot: u8 }>;
      /**
       * Governance added a peer chain in `slot`, its light client started.
       **/
      PeerAdded: AugmentedEvent<ApiType, [chain: H256, slot: u8], { chain: H256, slot: u8 }>;
      /**
       * A removed peer's state is gone and its slot is free.
       **/
      PeerRemoved: AugmentedEvent<ApiType, [chain: H256, slot: u8], { chain: H256, slot: u8 }>;
      /**
       * Governance removed a peer: nothing from it is accepted, and its state here is
       * being cleared.
       **/
      PeerRemoving: AugmentedEvent<ApiType, [chain: H256, slot: u8], { chain: H256, slot: u8 }>;
      /**
       * Governance set the bridged chain of slot 0 (`set_peer`).
       **/
      PeerSet: AugmentedEvent<ApiType, [peer: H256], { peer: H256 }>;
      /**
       * A revocation the lane had refused was sent.
       **/
      PendingRevokeSent: AugmentedEvent<ApiType, [chain: H256, export_: u64, nonce: u64], { chain: H256, export: u64, nonce: u64 }>;
      /**
       * A record reference was sent to `chain`.
       **/
      RecordShared: AugmentedEvent<ApiType, [record: H256, nonce: u64, chain: H256], { record: H256, nonce: u64, chain: H256 }>;
      /**
       * A record reference arrived.
       **/
      RemoteRecordReceived: AugmentedEvent<ApiType, [record: H256, custodian: PalletMedchainBridgeRemoteOrg, version: u32], { record: H256, custodian: PalletMedchainBridgeRemoteOrg, version: u32 }>;
    };
    nodeAuthorization: {
      /**
       * The given claim was removed by its owner.
       **/
      ClaimRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The allowed connections were added to a node.
       **/
      ConnectionsAdded: AugmentedEvent<ApiType, [peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId>], { peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId> }>;
      /**
       * The allowed connections were removed from a node.
       **/
      ConnectionsRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId>], { peerId: OpaquePeerId, allowedConnections: Vec<OpaquePeerId> }>;
      /**
       * The given well known node was added.
       **/
      NodeAdded: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The given node was claimed by a user.
       **/
      NodeClaimed: AugmentedEvent<ApiType, [peerId: OpaquePeerId, who: AccountId32], { peerId: OpaquePeerId, who: AccountId32 }>;
      /**
       * The given well known node was removed.
       **/
      NodeRemoved: AugmentedEvent<ApiType, [peerId: OpaquePeerId], { peerId: OpaquePeerId }>;
      /**
       * The given well known nodes were reset.
       **/
      NodesReset: AugmentedEvent<ApiType, [nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>>], { nodes: Vec<ITuple<[OpaquePeerId, AccountId32]>> }>;
      /**
       * The given well known node was swapped; first item was removed,
       * the latter was added.
       **/
      NodeSwapped: AugmentedEvent<ApiType, [removed: OpaquePeerId, added: OpaquePeerId], { removed: OpaquePeerId, added: OpaquePeerId }>;
      /**
       * The node was transferred to another account.
       **/
      NodeTransferred: AugmentedEvent<ApiType, [peerId: OpaquePeerId, target: AccountId32], { peerId: OpaquePeerId, target: AccountId32 }>;
    };
    patientIdentity: {
      /**
       * A patient's identity commitment changed.
       **/
      CommitmentUpdated: AugmentedEvent<ApiType, [patient: u64, by: AccountId32], { patient: u64, by: AccountId32 }>;
      /**
       * A patient named a delegate (or changed a delegate's permissions).
       **/
      DelegateAdded: AugmentedEvent<ApiType, [patient: u64, delegate: AccountId32, permissions: u8], { patient: u64, delegate: AccountId32, permissions: u8 }>;
      /**
       * A patient removed a delegate.
       **/
      DelegateRemoved: AugmentedEvent<ApiType, [patient: u64, delegate: AccountId32], { patient: u64, delegate: AccountId32 }>;
      /**
       * An organization's admin published its gateway endpoint, replaced it, or withdrew it
       * (`None`).
       **/
      EndpointSet: AugmentedEvent<ApiType, [organization: u32, endpoint: Option<Bytes>], { organization: u32, endpoint: Option<Bytes> }>;
      /**
       * A patient's identity moved to a new key (offered by the patient, claimed by the key).
       **/
      KeyRotated: AugmentedEvent<ApiType, [patient: u64, old: AccountId32, new_: AccountId32], { patient: u64, old: AccountId32, new_: AccountId32 }>;
      /**
       * A patient offered its identity to a new key, which must claim it (`claim_identity`).
       **/
      KeyRotationOffered: AugmentedEvent<ApiType, [patient: u64, newAccount: AccountId32], { patient: u64, newAccount: AccountId32 }>;
      /**
       * The patient side approved a link the organization has yet to complete.
       **/
      LinkAuthorized: AugmentedEvent<ApiType, [patient: u64, organization: u32], { patient: u64, organization: u32 }>;
      /**
       * Both sides agreed: the link is active.
       **/
      LinkEstablished: AugmentedEvent<ApiType, [patient: u64, organization: u32], { patient: u64, organization: u32 }>;
      /**
       * The organization proposed a link the patient has yet to approve.
       **/
      LinkProposed: AugmentedEvent<ApiType, [patient: u64, organization: u32], { patient: u64, organization: u32 }>;
      /**
       * A link or link proposal was removed.
       **/
      LinkRemoved: AugmentedEvent<ApiType, [patient: u64, organization: u32, by: PalletPatientIdentityLinkSide], { patient: u64, organization: u32, by: PalletPatientIdentityLinkSide }>;
      /**
       * A key accepted an invitation and became an operator.
       **/
      OperatorAdded: AugmentedEvent<ApiType, [organization: u32, operator: AccountId32], { organization: u32, operator: AccountId32 }>;
      /**
       * The admin withdrew an invitation the key had not accepted.
       **/
      OperatorInvitationWithdrawn: AugmentedEvent<ApiType, [organization: u32, operator: AccountId32], { organization: u32, operator: AccountId32 }>;
      /**
       * An organization's admin invited a key to become an operator.
       **/
      OperatorInvited: AugmentedEvent<ApiType, [organization: u32, operator: AccountId32], { organization: u32, operator: AccountId32 }>;
      /**
       * An organization's admin removed an operator.
       **/
      OperatorRemoved: AugmentedEvent<ApiType, [organization: u32, operator: AccountId32], { organization: u32, operator: AccountId32 }>;
      /**
       * Governance registered an organization.
       **/
      OrganizationRegistered: AugmentedEvent<ApiType, [organization: u32, admin: AccountId32, kind: PalletPatientIdentityOrganizationKind, roles: u8], { organization: u32, admin: AccountId32, kind: PalletPatientIdentityOrganizationKind, roles: u8 }>;
      /**
       * Governance reinstated an organization.
       **/
      OrganizationReinstated: AugmentedEvent<ApiType, [organization: u32], { organization: u32 }>;
      /**
       * Governance changed an organization's roles.
       **/
      OrganizationRolesSet: AugmentedEvent<ApiType, [organization: u32, roles: u8], { organization: u32, roles: u8 }>;
      /**
       * Governance suspended an organization.
       **/
      OrganizationSuspended: AugmentedEvent<ApiType, [organization: u32], { organization: u32 }>;
      /**
       * A patient deregistered; their links, grants and requests are gone.
       **/
      PatientDeregistered: AugmentedEvent<ApiType, [patient: u64], { patient: u64 }>;
      /**
       * An organization onboarded a key: it pays the key's patient transactions and deposits.
       **/
      PatientOnboarded: AugmentedEvent<ApiType, [account: AccountId32, organization: u32], { account: AccountId32, organization: u32 }>;
      /**
       * The new key claimed a recovered identity: the identity moved to it.
       **/
      PatientRecovered: AugmentedEvent<ApiType, [patient: u64, old: AccountId32, new_: AccountId32], { patient: u64, old: AccountId32, new_: AccountId32 }>;
      /**
       * A patient registered.
       **/
      PatientRegistered: AugmentedEvent<ApiType, [patient: u64, account: AccountId32], { patient: u64, account: AccountId32 }>;
      /**
       * Enough guardians vouched: `new_account` may claim the identity from `claimable_at`,
       * unless the patient's key or a delegate cancels first.
       **/
      RecoveryApproved: AugmentedEvent<ApiType, [patient: u64, newAccount: AccountId32, claimableAt: u32], { patient: u64, newAccount: AccountId32, claimableAt: u32 }>;
      /**
       * The patient's key or a delegate cancelled a key change in progress.
       **/
      RecoveryCancelled: AugmentedEvent<ApiType, [patient: u64, by: AccountId32], { patient: u64, by: AccountId32 }>;
      /**
       * A patient set how many guardians must vouch for a recovery.
       **/
      RecoveryThresholdSet: AugmentedEvent<ApiType, [patient: u64, threshold: u8], { patient: u64, threshold: u8 }>;
      /**
       * A guardian vouched for moving a patient to `new_account`.
       **/
      RecoveryVouched: AugmentedEvent<ApiType, [patient: u64, guardian: AccountId32, newAccount: AccountId32, vouches: u32], { patient: u64, guardian: AccountId32, newAccount: AccountId32, vouches: u32 }>;
      /**
       * A sponsorship ended; deposits already held for the patient's records stay held.
       **/
      SponsorshipEnded: AugmentedEvent<ApiType, [account: AccountId32, organization: u32], { account: AccountId32, organization: u32 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
  } // AugmentedEvents
} // declare module
