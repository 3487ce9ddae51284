// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Enum, Struct, Vec, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId, H256 } from '@polkadot/types/interfaces/runtime';

/** @name MedchainOrganizationKind */
export interface MedchainOrganizationKind extends Enum {
  readonly isHospital: boolean;
  readonly isClinic: boolean;
  readonly isLaboratory: boolean;
  readonly isPharmacy: boolean;
  readonly isInsurer: boolean;
  readonly isResearch: boolean;
  readonly isDeviceVendor: boolean;
  readonly type: 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Insurer' | 'Research' | 'DeviceVendor';
}

/** @name MedchainOrganizationStatus */
export interface MedchainOrganizationStatus extends Enum {
  readonly isActive: boolean;
  readonly isSuspended: boolean;
  readonly type: 'Active' | 'Suspended';
}

/** @name MedchainOrganizationView */
export interface MedchainOrganizationView extends Struct {
  readonly id: u32;
  readonly kind: MedchainOrganizationKind;
  readonly roles: u8;
  readonly status: MedchainOrganizationStatus;
  readonly admin: AccountId;
  readonly operators: Vec<AccountId>;
}

/** @name MedchainPatientView */
export interface MedchainPatientView extends Struct {
  readonly id: u64;
  readonly account: AccountId;
  readonly commitment: H256;
  readonly registeredAt: u64;
  readonly delegates: Vec<ITuple<[AccountId, u8]>>;
  readonly recoveryThreshold: u8;
  readonly links: u32;
  readonly deposit: u128;
}

export type PHANTOM_IDENTITY = 'identity';
