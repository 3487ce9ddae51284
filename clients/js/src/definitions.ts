// medchain's JSON-RPC definitions and the types they use, as @polkadot/api takes them
// (`ApiOptions.rpc` and `ApiOptions.types`), for apps that build their own ApiPromise.
import type { DefinitionRpc, DefinitionRpcSub, RegistryTypes } from '@polkadot/types/types';

import { codecs } from './codecs.js';
import * as modules from './interfaces/definitions.js';

/** The RPC namespaces the node serves: `consent_*`, `records_*`, `identity_*`, `bridge_*`. */
export const rpc: Record<string, Record<string, DefinitionRpc | DefinitionRpcSub>> = Object.fromEntries(
  Object.entries(modules).map(([section, { rpc }]) => [section, rpc ?? {}])
);

/**
 * The types of those methods' parameters and answers: the definitions typegen reads, with
 * codecs whose `toJSON()` writes what the node's JSON-RPC parser expects (camelCase enum
 * variants, a custodian as a bare number or `{ chain, organization }`).
 */
export const types: RegistryTypes = {
  ...Object.assign({}, ...Object.values(modules).map(({ types }) => types)),
  ...codecs
};
