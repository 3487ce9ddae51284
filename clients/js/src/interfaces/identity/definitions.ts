// `identity_*` (node: rpc/src/identity.rs, answered by the runtime API `PatientIdentityApi`).
// JSON shapes of the answers, laid out as the Rust types are (see consent/definitions.ts).
import type { Definitions } from '@polkadot/types/types';

/** The block a method answers at; the node's best block when omitted. */
const at = { isHistoric: true, isOptional: true, name: 'at', type: 'BlockHash' };

export default {
  rpc: {
    organization: {
      description: 'An organization by id, or null.',
      params: [{ name: 'organization', type: 'u32' }, at],
      type: 'Option<MedchainOrganizationView>'
    },
    organizationOf: {
      description: 'The organization an admin or operator account belongs to, or null.',
      params: [{ name: 'account', type: 'AccountId' }, at],
      type: 'Option<MedchainOrganizationView>'
    },
    patient: {
      description: 'A patient by id, or null.',
      params: [{ name: 'patient', type: 'u64' }, at],
      type: 'Option<MedchainPatientView>'
    },
    patientByAccount: {
      description: 'The patient an account controls, or null.',
      params: [{ name: 'account', type: 'AccountId' }, at],
      type: 'Option<MedchainPatientView>'
    }
  },
  types: {
    MedchainOrganizationKind: {
      _enum: ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Insurer', 'Research', 'DeviceVendor']
    },
    MedchainOrganizationStatus: {
      _enum: ['Active', 'Suspended']
    },
    MedchainOrganizationView: {
      id: 'u32',
      kind: 'MedchainOrganizationKind',
      // Flags: bit 0 EMERGENCY_ACCESS, bit 1 CUSTODIAN.
      roles: 'u8',
      status: 'MedchainOrganizationStatus',
      admin: 'AccountId',
      operators: 'Vec<AccountId>'
    },
    MedchainPatientView: {
      id: 'u64',
      account: 'AccountId',
      commitment: 'H256',
      registeredAt: 'u64',
      // Permission flags: bit 0 CONSENT, bit 1 IDENTITY, bit 2 RECOVERY.
      delegates: 'Vec<(AccountId, u8)>',
      recoveryThreshold: 'u8',
      links: 'u32',
      deposit: 'u128'
    }
  }
} as Definitions;
