// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { MedchainRemoteOrg } from '@medchain/api/interfaces/bridge';
import type { Enum, Option, Struct, Vec, bool, u32, u64 } from '@polkadot/types-codec';
import type { AccountId, H256 } from '@polkadot/types/interfaces/runtime';

/** @name MedchainAccessDecision */
export interface MedchainAccessDecision extends Enum {
  readonly isGranted: boolean;
  readonly asGranted: {
    readonly grant: u32;
    readonly expiresAt: Option<u64>;
  } & Struct;
  readonly isEmergency: boolean;
  readonly asEmergency: {
    readonly reason: MedchainEmergencyReason;
    readonly openedAt: u64;
    readonly expiresAt: u64;
  } & Struct;
  readonly isDenied: boolean;
  readonly asDenied: MedchainDenyReason;
  readonly isLeased: boolean;
  readonly asLeased: {
    readonly chain: H256;
    readonly lease: u64;
    readonly validUntil: u64;
    readonly expiresAt: Option<u64>;
  } & Struct;
  readonly type: 'Granted' | 'Emergency' | 'Denied' | 'Leased';
}

/** @name MedchainCategory */
export interface MedchainCategory extends Enum {
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

/** @name MedchainConsentsView */
export interface MedchainConsentsView extends Struct {
  readonly patient: u64;
  readonly grants: Vec<MedchainGrantView>;
  readonly requests: Vec<MedchainRequestView>;
  readonly emergency: Vec<MedchainEmergencyView>;
  readonly emergencyOptOut: bool;
}

/** @name MedchainCustodian */
export interface MedchainCustodian extends Enum {
  readonly isLocal: boolean;
  readonly asLocal: u32;
  readonly isRemote: boolean;
  readonly asRemote: MedchainRemoteOrg;
  readonly type: 'Local' | 'Remote';
}

/** @name MedchainDenyReason */
export interface MedchainDenyReason extends Enum {
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

/** @name MedchainEmergencyReason */
export interface MedchainEmergencyReason extends Enum {
  readonly isLifeThreatening: boolean;
  readonly isPatientIncapacitated: boolean;
  readonly isUrgentTreatment: boolean;
  readonly isPublicHealthEmergency: boolean;
  readonly type: 'LifeThreatening' | 'PatientIncapacitated' | 'UrgentTreatment' | 'PublicHealthEmergency';
}

/** @name MedchainEmergencyView */
export interface MedchainEmergencyView extends Struct {
  readonly organization: u32;
  readonly operator: AccountId;
  readonly reason: MedchainEmergencyReason;
  readonly openedAt: u64;
  readonly expiresAt: u64;
}

/** @name MedchainGrantView */
export interface MedchainGrantView extends Struct {
  readonly id: u32;
  readonly grantees: Vec<u32>;
  readonly categories: Vec<MedchainCategory>;
  readonly purposes: Vec<MedchainPurpose>;
  readonly custodians: Vec<u32>;
  readonly startsAt: u64;
  readonly expiresAt: Option<u64>;
}

/** @name MedchainPurpose */
export interface MedchainPurpose extends Enum {
  readonly isTreatment: boolean;
  readonly isPayment: boolean;
  readonly isOperations: boolean;
  readonly isResearch: boolean;
  readonly isPublicHealth: boolean;
  readonly isEmergencyTreatment: boolean;
  readonly type: 'Treatment' | 'Payment' | 'Operations' | 'Research' | 'PublicHealth' | 'EmergencyTreatment';
}

/** @name MedchainRequestView */
export interface MedchainRequestView extends Struct {
  readonly id: u32;
  readonly organization: u32;
  readonly requester: AccountId;
  readonly categories: Vec<MedchainCategory>;
  readonly purposes: Vec<MedchainPurpose>;
  readonly custodians: Vec<u32>;
  readonly duration: u64;
  readonly expiresAt: u64;
}

export type PHANTOM_CONSENT = 'consent';
