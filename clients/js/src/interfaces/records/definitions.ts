// `records_*` (node: rpc/src/records.rs, answered by the runtime API `EhrAnchorApi`).
// JSON shapes of the answers, laid out as the Rust types are (see consent/definitions.ts).
import type { Definitions } from '@polkadot/types/types';

/** The block a method answers at; the node's best block when omitted. */
const at = { isHistoric: true, isOptional: true, name: 'at', type: 'BlockHash' };

export default {
  rpc: {
    auditHead: {
      description: "The head and length of a patient's access audit chain.",
      params: [{ name: 'patient', type: 'u64' }, at],
      type: 'MedchainAuditHead'
    },
    batch: {
      description: 'A batch anchor, or null.',
      params: [{ name: 'batch', type: 'H256' }, at],
      type: 'Option<MedchainBatch>'
    },
    ofPatient: {
      description: "Up to `limit` (at most 256) entries of a patient's record index from position `from`.",
      params: [{ name: 'patient', type: 'u64' }, { name: 'from', type: 'u32' }, { name: 'limit', type: 'u32' }, at],
      type: 'MedchainRecordPage'
    },
    record: {
      description: 'An individually anchored record, or null.',
      params: [{ name: 'record', type: 'H256' }, at],
      type: 'Option<MedchainRecord>'
    },
    verify: {
      description: 'Is `hash` the current version of `record`?',
      params: [{ name: 'record', type: 'H256' }, { name: 'hash', type: 'H256' }, at],
      type: 'MedchainVerdict'
    },
    verifyInBatch: {
      description: "The same for a record in batch `batch`, proven by its leaf index and the sibling hashes from the leaf up (at most 32); `invalidProof` when they do not lead to the batch's root.",
      params: [
        { name: 'batch', type: 'H256' },
        { name: 'record', type: 'H256' },
        { name: 'hash', type: 'H256' },
        { name: 'leafIndex', type: 'u32' },
        { name: 'proof', type: 'Vec<H256>' },
        at
      ],
      type: 'MedchainVerdict'
    }
  },
  types: {
    MedchainAnchor: {
      _enum: { Record: 'H256', Batch: 'H256' }
    },
    MedchainAuditHead: {
      head: 'H256',
      count: 'u64'
    },
    MedchainBatch: {
      patient: 'u64',
      custodian: 'u32',
      category: 'MedchainCategory',
      count: 'u32',
      root: 'H256',
      retracted: 'Option<MedchainRetractReason>'
    },
    MedchainFhirResource: {
      _enum: [
        'AllergyIntolerance', 'Bundle', 'CarePlan', 'Composition', 'Condition',
        'DiagnosticReport', 'DocumentReference', 'Encounter', 'FamilyMemberHistory',
        'ImagingStudy', 'Immunization', 'MedicationAdministration', 'MedicationDispense',
        'MedicationRequest', 'MedicationStatement', 'MolecularSequence', 'Observation',
        'Patient', 'Procedure', 'QuestionnaireResponse', 'ServiceRequest', 'Specimen'
      ]
    },
    MedchainFormat: {
      _enum: {
        FhirR4: 'MedchainFhirResource',
        Hl7v2: 'Null',
        CdaR2: 'Null',
        Dicom: 'Null',
        Pdf: 'Null',
        Other: 'u16'
      }
    },
    MedchainIndexEntry: {
      anchor: 'MedchainAnchor',
      custodian: 'u32',
      category: 'MedchainCategory',
      version: 'u32',
      count: 'u32',
      retracted: 'Option<MedchainRetractReason>'
    },
    MedchainRecord: {
      // `hash` is a member of every codec (the hash of its encoding): the field is `hash_`.
      _alias: { hash_: 'hash' },
      patient: 'u64',
      custodian: 'u32',
      category: 'MedchainCategory',
      format: 'MedchainFormat',
      hash_: 'H256',
      locator: 'Option<H256>',
      version: 'u32',
      retracted: 'Option<MedchainRetractReason>'
    },
    MedchainRecordPage: {
      // `entries` is a member of every struct (a `Map`): the field is `entries_`.
      _alias: { entries_: 'entries' },
      total: 'u32',
      entries_: 'Vec<MedchainIndexEntry>',
      next: 'Option<u32>'
    },
    MedchainRetractReason: {
      _enum: ['EnteredInError', 'PatientRequest', 'Duplicate', 'RetentionExpired']
    },
    MedchainVerdict: {
      _enum: {
        Current: { version: 'u32', custodian: 'u32', category: 'MedchainCategory' },
        Superseded: { version: 'u32', currentVersion: 'u32', currentHash: 'H256' },
        Retracted: { reason: 'MedchainRetractReason' },
        InvalidProof: 'Null',
        Unknown: 'Null'
      }
    }
  }
} as Definitions;
