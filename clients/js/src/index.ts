// @medchain/api: medchain for wallets and web apps, on @polkadot/api.
//
// Importing the package types `api.tx`, `api.query`, `api.consts`, `api.events`,
// `api.errors`, `api.call` and `api.rpc` for medchain's runtime (generated from its metadata,
// see src/interfaces/ and `npm run typegen`).
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';
import './interfaces/registry.js';

export { createApi, DEFAULT_ENDPOINT } from './api.js';
/** Re-exported so an app needs no other import to connect and sign. */
export { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
export { rpc, types } from './definitions.js';
/** The definitions typegen reads, by RPC namespace: `{ rpc, types }` as @polkadot/types defines them. */
export * as definitions from './interfaces/definitions.js';
export { MedchainCustodian } from './codecs.js';
export { metadataDigest } from './metadata-hash.js';
export { buildScope, CATEGORIES, checkGrant, consentLimits, grantArgs, MAX_CODES, PURPOSES, scope, ScopeBuilder, ScopeError, SENSITIVE_CATEGORIES } from './scope.js';
export type { Category, ConsentLimits, GrantArgs, GrantInput, Purpose, Scope, ScopeErrorCode } from './scope.js';
export { canonicalJson, contentHash, contentHashU8a, FhirHashError, MAX_NESTING } from './fhir.js';
export type { FhirHashErrorKind } from './fhir.js';
export { BatchTree, batchLeaf, LEAF_TAG, MAX_PROOF_ITEMS, verifyInclusionProof } from './batch.js';
export type { BatchMember, Bytes32, InclusionClaim, InclusionProof } from './batch.js';
export { auditEventsOf, GENESIS_HEAD, nextAuditHead, verifyAuditChain, verifyPatientAuditTrail } from './audit.js';
export type { AuditEvent, AuditVerification } from './audit.js';
export type * from './interfaces/types.js';
