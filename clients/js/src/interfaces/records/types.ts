// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { MedchainCategory } from '@medchain/api/interfaces/consent';
import type { Enum, Option, Struct, Vec, u16, u32, u64 } from '@polkadot/types-codec';
import type { H256 } from '@polkadot/types/interfaces/runtime';

/** @name MedchainAnchor */
export interface MedchainAnchor extends Enum {
  readonly isRecord: boolean;
  readonly asRecord: H256;
  readonly isBatch: boolean;
  readonly asBatch: H256;
  readonly type: 'Record' | 'Batch';
}

/** @name MedchainAuditHead */
export interface MedchainAuditHead extends Struct {
  readonly head: H256;
  readonly count: u64;
}

/** @name MedchainBatch */
export interface MedchainBatch extends Struct {
  readonly patient: u64;
  readonly custodian: u32;
  readonly category: MedchainCategory;
  readonly count: u32;
  readonly root: H256;
  readonly retracted: Option<MedchainRetractReason>;
}

/** @name MedchainFhirResource */
export interface MedchainFhirResource extends Enum {
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

/** @name MedchainFormat */
export interface MedchainFormat extends Enum {
  readonly isFhirR4: boolean;
  readonly asFhirR4: MedchainFhirResource;
  readonly isHl7v2: boolean;
  readonly isCdaR2: boolean;
  readonly isDicom: boolean;
  readonly isPdf: boolean;
  readonly isOther: boolean;
  readonly asOther: u16;
  readonly type: 'FhirR4' | 'Hl7v2' | 'CdaR2' | 'Dicom' | 'Pdf' | 'Other';
}

/** @name MedchainIndexEntry */
export interface MedchainIndexEntry extends Struct {
  readonly anchor: MedchainAnchor;
  readonly custodian: u32;
  readonly category: MedchainCategory;
  readonly version: u32;
  readonly count: u32;
  readonly retracted: Option<MedchainRetractReason>;
}

/** @name MedchainRecord */
export interface MedchainRecord extends Struct {
  readonly patient: u64;
  readonly custodian: u32;
  readonly category: MedchainCategory;
  readonly format: MedchainFormat;
  readonly hash_: H256;
  readonly locator: Option<H256>;
  readonly version: u32;
  readonly retracted: Option<MedchainRetractReason>;
}

/** @name MedchainRecordPage */
export interface MedchainRecordPage extends Struct {
  readonly total: u32;
  readonly entries_: Vec<MedchainIndexEntry>;
  readonly next: Option<u32>;
}

/** @name MedchainRetractReason */
export interface MedchainRetractReason extends Enum {
  readonly isEnteredInError: boolean;
  readonly isPatientRequest: boolean;
  readonly isDuplicate: boolean;
  readonly isRetentionExpired: boolean;
  readonly type: 'EnteredInError' | 'PatientRequest' | 'Duplicate' | 'RetentionExpired';
}

/** @name MedchainVerdict */
export interface MedchainVerdict extends Enum {
  readonly isCurrent: boolean;
  readonly asCurrent: {
    readonly version: u32;
    readonly custodian: u32;
    readonly category: MedchainCategory;
  } & Struct;
  readonly isSuperseded: boolean;
  readonly asSuperseded: {
    readonly version: u32;
    readonly currentVersion: u32;
    readonly currentHash: H256;
  } & Struct;
  readonly isRetracted: boolean;
  readonly asRetracted: {
    readonly reason: MedchainRetractReason;
  } & Struct;
  readonly isInvalidProof: boolean;
  readonly isUnknown: boolean;
  readonly type: 'Current' | 'Superseded' | 'Retracted' | 'InvalidProof' | 'Unknown';
}

export type PHANTOM_RECORDS = 'records';
