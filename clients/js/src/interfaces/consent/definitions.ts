// `consent_*` (node: rpc/src/consent.rs, answered by the runtime API `ConsentApi`).
//
// Types here are the JSON shapes of the node's answers (serde, camelCase), laid out field for
// field and variant for variant as the Rust types are, so their SCALE encoding is also the
// runtime API's (the test suite compares both byte for byte).
import type { Definitions } from '@polkadot/types/types';

/** The block a method answers at; the node's best block when omitted. */
const at = { isHistoric: true, isOptional: true, name: 'at', type: 'BlockHash' };

export default {
  rpc: {
    checkAccess: {
      description: 'May `organization` access `category` of the patient controlling `patient` for `purpose` (for data held by `custodian`)? Without `at`, allowed only when the best and the finalized block agree; a node that stopped importing blocks answers error 2 (stale node).',
      params: [
        { name: 'patient', type: 'AccountId' },
        { name: 'organization', type: 'u32' },
        { name: 'category', type: 'MedchainCategory' },
        { name: 'purpose', type: 'MedchainPurpose' },
        { isOptional: true, name: 'custodian', type: 'Option<MedchainCustodian>' },
        at
      ],
      type: 'MedchainAccessDecision'
    },
    consents: {
      description: "A patient's grants, pending requests and break-glass accesses.",
      params: [{ name: 'patient', type: 'u64' }, at],
      type: 'MedchainConsentsView'
    }
  },
  types: {
    MedchainAccessDecision: {
      _enum: {
        Granted: { grant: 'u32', expiresAt: 'Option<u64>' },
        Emergency: { reason: 'MedchainEmergencyReason', openedAt: 'u64', expiresAt: 'u64' },
        Denied: 'MedchainDenyReason',
        Leased: { chain: 'H256', lease: 'u64', validUntil: 'u64', expiresAt: 'Option<u64>' }
      }
    },
    MedchainCategory: {
      _enum: [
        'Demographics', 'Conditions', 'Medications', 'Allergies', 'Laboratory', 'Imaging',
        'ClinicalNotes', 'Immunizations', 'VitalSigns', 'Genomics', 'MentalHealth',
        'SubstanceUse', 'SexualReproductiveHealth'
      ]
    },
    MedchainConsentsView: {
      patient: 'u64',
      grants: 'Vec<MedchainGrantView>',
      requests: 'Vec<MedchainRequestView>',
      emergency: 'Vec<MedchainEmergencyView>',
      emergencyOptOut: 'bool'
    },
    // In JSON a bare number (an organization of this chain) or `{ chain, organization }`;
    // `createApi` registers a codec that writes it so (see src/codecs.ts).
    MedchainCustodian: {
      _enum: {
        Local: 'u32',
        Remote: 'MedchainRemoteOrg'
      }
    },
    MedchainDenyReason: {
      _enum: [
        'UnknownPatient', 'UnknownOrganization', 'OrganizationSuspended', 'NoGrant',
        'NotYetValid', 'Expired', 'CategoryNotCovered', 'PurposeNotCovered',
        'CustodianNotCovered', 'LeaseLapsed', 'NotFinal'
      ]
    },
    MedchainEmergencyReason: {
      _enum: ['LifeThreatening', 'PatientIncapacitated', 'UrgentTreatment', 'PublicHealthEmergency']
    },
    MedchainEmergencyView: {
      organization: 'u32',
      operator: 'AccountId',
      reason: 'MedchainEmergencyReason',
      openedAt: 'u64',
      expiresAt: 'u64'
    },
    MedchainGrantView: {
      id: 'u32',
      grantees: 'Vec<u32>',
      categories: 'Vec<MedchainCategory>',
      purposes: 'Vec<MedchainPurpose>',
      custodians: 'Vec<u32>',
      startsAt: 'u64',
      expiresAt: 'Option<u64>'
    },
    MedchainPurpose: {
      _enum: ['Treatment', 'Payment', 'Operations', 'Research', 'PublicHealth', 'EmergencyTreatment']
    },
    MedchainRequestView: {
      id: 'u32',
      organization: 'u32',
      requester: 'AccountId',
      categories: 'Vec<MedchainCategory>',
      purposes: 'Vec<MedchainPurpose>',
      custodians: 'Vec<u32>',
      duration: 'u64',
      expiresAt: 'u64'
    }
  }
} as Definitions;
