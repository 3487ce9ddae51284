// `bridge_*` (node: rpc/src/bridge.rs, answered by the runtime API `MedchainBridgeApi`).
// JSON shapes of the answers, laid out as the Rust types are (see consent/definitions.ts).
import type { Definitions } from '@polkadot/types/types';

/** The block a method answers at; the node's best block when omitted. */
const at = { isHistoric: true, isOptional: true, name: 'at', type: 'BlockHash' };

export default {
  rpc: {
    exports: {
      description: 'Consents a patient exported to peer chains (`to.chain` says where each lives).',
      params: [{ name: 'patient', type: 'u64' }, at],
      type: 'Vec<MedchainExportView>'
    },
    leases: {
      description: 'Leases held here on consents the patient (by key) gave on peer chains.',
      params: [{ name: 'patient', type: 'AccountId' }, at],
      type: 'Vec<MedchainLeaseView>'
    },
    peers: {
      description: 'The peer chains by slot: status, exports to each, heartbeats sent and received.',
      params: [at],
      type: 'Vec<MedchainPeerView>'
    },
    status: {
      description: "This chain's genesis hash, slot 0's peer, the lease period (ms) and heartbeat interval.",
      params: [at],
      type: 'MedchainBridgeStatus'
    },
    verifyRecord: {
      description: 'Check a copy of a record against the fingerprint a peer chain shared (any peer).',
      params: [{ name: 'record', type: 'H256' }, { name: 'hash', type: 'H256' }, at],
      type: 'MedchainRemoteVerdict'
    },
    verifyRecordFrom: {
      description: 'Check a copy of a record against the fingerprint peer `chain` shared.',
      params: [{ name: 'record', type: 'H256' }, { name: 'hash', type: 'H256' }, { name: 'chain', type: 'H256' }, at],
      type: 'MedchainRemoteVerdict'
    }
  },
  types: {
    MedchainBridgeStatus: {
      thisChain: 'Option<H256>',
      peer: 'Option<H256>',
      leasePeriod: 'u64',
      renewEvery: 'u32'
    },
    MedchainExportView: {
      export: 'u64',
      to: 'MedchainRemoteOrg',
      scope: 'MedchainScopeView',
      validUntil: 'u64'
    },
    MedchainLeaseView: {
      chain: 'H256',
      export: 'u64',
      organization: 'u32',
      scope: 'MedchainScopeView',
      validUntil: 'u64'
    },
    MedchainPeerStatus: {
      _enum: ['Active', 'Removing']
    },
    MedchainPeerView: {
      chain: 'H256',
      slot: 'u8',
      status: 'MedchainPeerStatus',
      exports: 'u32',
      pendingRevokes: 'u32',
      sentUntil: 'u64',
      liveUntil: 'u64'
    },
    MedchainRemoteOrg: {
      chain: 'H256',
      organization: 'u32'
    },
    MedchainRemoteVerdict: {
      _enum: {
        Current: { custodian: 'MedchainRemoteOrg', version: 'u32' },
        Mismatch: { custodian: 'MedchainRemoteOrg', version: 'u32' },
        Retracted: { custodian: 'MedchainRemoteOrg' },
        Unknown: 'Null'
      }
    },
    MedchainScopeView: {
      categories: 'Vec<MedchainCategory>',
      purposes: 'Vec<MedchainPurpose>',
      custodians: 'Vec<u32>',
      expiresAt: 'Option<u64>'
    }
  }
} as Definitions;
