// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { MedchainCategory, MedchainPurpose } from '@medchain/api/interfaces/consent';
import type { Enum, Option, Struct, Vec, u32, u64, u8 } from '@polkadot/types-codec';
import type { H256 } from '@polkadot/types/interfaces/runtime';

/** @name MedchainBridgeStatus */
export interface MedchainBridgeStatus extends Struct {
  readonly thisChain: Option<H256>;
  readonly peer: Option<H256>;
  readonly leasePeriod: u64;
  readonly renewEvery: u32;
}

/** @name MedchainExportView */
export interface MedchainExportView extends Struct {
  readonly export: u64;
  readonly to: MedchainRemoteOrg;
  readonly scope: MedchainScopeView;
  readonly validUntil: u64;
}

/** @name MedchainLeaseView */
export interface MedchainLeaseView extends Struct {
  readonly chain: H256;
  readonly export: u64;
  readonly organization: u32;
  readonly scope: MedchainScopeView;
  readonly validUntil: u64;
}

/** @name MedchainPeerStatus */
export interface MedchainPeerStatus extends Enum {
  readonly isActive: boolean;
  readonly isRemoving: boolean;
  readonly type: 'Active' | 'Removing';
}

/** @name MedchainPeerView */
export interface MedchainPeerView extends Struct {
  readonly chain: H256;
  readonly slot: u8;
  readonly status: MedchainPeerStatus;
  readonly exports: u32;
  readonly pendingRevokes: u32;
  readonly sentUntil: u64;
  readonly liveUntil: u64;
}

/** @name MedchainRemoteOrg */
export interface MedchainRemoteOrg extends Struct {
  readonly chain: H256;
  readonly organization: u32;
}

/** @name MedchainRemoteVerdict */
export interface MedchainRemoteVerdict extends Enum {
  readonly isCurrent: boolean;
  readonly asCurrent: {
    readonly custodian: MedchainRemoteOrg;
    readonly version: u32;
  } & Struct;
  readonly isMismatch: boolean;
  readonly asMismatch: {
    readonly custodian: MedchainRemoteOrg;
    readonly version: u32;
  } & Struct;
  readonly isRetracted: boolean;
  readonly asRetracted: {
    readonly custodian: MedchainRemoteOrg;
  } & Struct;
  readonly isUnknown: boolean;
  readonly type: 'Current' | 'Mismatch' | 'Retracted' | 'Unknown';
}

/** @name MedchainScopeView */
export interface MedchainScopeView extends Struct {
  readonly categories: Vec<MedchainCategory>;
  readonly purposes: Vec<MedchainPurpose>;
  readonly custodians: Vec<u32>;
  readonly expiresAt: Option<u64>;
}

export type PHANTOM_BRIDGE = 'bridge';
