// Connecting to a medchain node with medchain's RPC definitions and types.
import type { ApiOptions } from '@polkadot/api/types';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';

import { ApiPromise, WsProvider } from '@polkadot/api';

import { rpc, types } from './definitions.js';

/** Where a node started with `medchain-node --dev` answers. */
export const DEFAULT_ENDPOINT = 'ws://127.0.0.1:9944';

/**
 * An `ApiPromise` for the medchain node at `endpoint` (a `ws://` or `wss://` URL, or a provider
 * of your own), with `api.rpc.consent`, `.records`, `.identity` and `.bridge` and their types.
 * Everything else (calls, storage, events, errors, constants, runtime APIs) comes from the
 * chain's metadata, typed by the generated augmentation this package imports.
 *
 * Fails (rather than retrying forever) when the node cannot be reached at first; once
 * connected, the provider reconnects by itself. Call `api.disconnect()` when done.
 */
export async function createApi (
  endpoint: string | ProviderInterface = DEFAULT_ENDPOINT,
  options: Omit<ApiOptions, 'provider'> = {}
): Promise<ApiPromise> {
  const provider = typeof endpoint === 'string' ? new WsProvider(endpoint) : endpoint;
  try {
    return await ApiPromise.create({
      noInitWarn: true,
      throwOnConnect: true,
      ...options,
      provider,
      rpc: { ...rpc, ...options.rpc },
      types: { ...types, ...options.types }
    });
  } catch (error) {
    await provider.disconnect().catch(() => undefined);
    const where = typeof endpoint === 'string' ? endpoint : 'the provider';
    throw new Error(`cannot connect to the medchain node at ${where}: ${(error as Error).message}`);
  }
}
