// What the chain tests share: the node to talk to, fresh accounts, and submitting an
// extrinsic the way a wallet does (sign, submit, watch until it is in a block) with the
// result's events and error decoded.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { EventRecord } from '@polkadot/types/interfaces';

import { Keyring } from '@polkadot/keyring';
import { DEV_PHRASE } from '@polkadot/keyring/defaults';

/** The node under test: `$MEDCHAIN_WS`, else a `medchain-node --dev` on the default port. */
export const ENDPOINT = process.env.MEDCHAIN_WS ?? 'ws://127.0.0.1:9944';

/** Longest wait for an extrinsic to reach a block: ten 6-second slots. */
export const INCLUSION_TIMEOUT_MS = 60_000;
/** Longest wait for a chain condition (events, finality) in a test. */
export const CHAIN_TIMEOUT_MS = 90_000;

/** A name for this run, so that re-running the suite on the same node makes new accounts. */
export const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A fresh account of this run, derived from the development phrase (hard derivation). */
export function account (role: string, type: 'sr25519' | 'ed25519' = 'sr25519', ss58Format?: number): KeyringPair {
  return new Keyring({ ss58Format, type }).addFromUri(`${DEV_PHRASE}//medchain-js//${RUN}//${role}`);
}

/** A well-known development account (`//Alice`, ...). */
export function dev (name: string, ss58Format?: number): KeyringPair {
  return new Keyring({ ss58Format, type: 'sr25519' }).addFromUri(`//${name}`);
}

/** An extrinsic in a block, its events, and the error it failed with, if it did. */
export interface Included {
  blockHash: string;
  blockNumber: number;
  txHash: string;
  events: EventRecord[];
  /** `Pallet.Error` of a failed dispatch (or of a failed call a batch or motion reports). */
  error?: string;
}

/**
 * Signers with a submission under way: the next waits until the pool has it, then takes the
 * next nonce from `system_accountNextIndex`, which counts the pool. (@polkadot/api on its own
 * takes the nonce of the chain state, so two transactions of one signer in flight would
 * collide.)
 */
const busy = new Map<string, Promise<unknown>>();

/** `section.method` of every event of `included`. */
export function eventNames (included: Included): string[] {
  return included.events.map(({ event }) => `${event.section}.${event.method}`);
}

/** The events of `included` named `section.method`. */
export function eventsNamed (included: Included, name: string): EventRecord[] {
  return included.events.filter(({ event }) => `${event.section}.${event.method}` === name);
}

/** A `DispatchError` as `Pallet.Error` (or its kind). */
export function describeError (api: ApiPromise, error: any): string {
  if (error.isModule) {
    const { name, section } = api.registry.findMetaError(error.asModule);
    return `${section}.${name}`;
  }
  return error.type ?? error.toString();
}

/**
 * Sign `tx` with `signer` (options as a wallet passes them: era, mode, metadataHash, …),
 * submit it and wait until it is in a block. Rejects if the node refuses it; resolves with the
 * dispatch error (`error`) if it was included but failed.
 */
export async function submit (
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: Record<string, unknown> = {}
): Promise<Included> {
  const previous = busy.get(signer.address) ?? Promise.resolve();
  let release!: () => void;
  const turn = new Promise<void>((resolve) => { release = resolve; });
  busy.set(signer.address, previous.then(() => turn));
  await previous.catch(() => undefined);
  let nonce: number;
  try {
    nonce = options.nonce !== undefined ? Number(options.nonce) : (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  } catch (error) {
    release();
    throw error;
  }
  return new Promise<Included>((resolve, reject) => {
    const timer = setTimeout(() => {
      release();
      reject(new Error(`${tx.method.section}.${tx.method.method} not in a block within ${INCLUSION_TIMEOUT_MS} ms`));
    }, INCLUSION_TIMEOUT_MS);
    let unsubscribe: (() => void) | undefined;
    tx.signAndSend(signer, { ...options, nonce }, (result) => {
      const { dispatchError, events, status, txHash } = result;
      // The pool has it (or it is in a block): the signer's next nonce counts it.
      if (status.isReady || status.isInBlock || status.isFuture) {
        release();
      }
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer);
        release();
        unsubscribe?.();
        reject(new Error(`${tx.method.section}.${tx.method.method}: ${status.type}`));
      }
      if (status.isInBlock) {
        clearTimeout(timer);
        unsubscribe?.();
        const blockHash = status.asInBlock.toHex();
        api.rpc.chain.getHeader(blockHash).then((header) => {
          const failure = dispatchError
            ?? events.map(({ event }) => event).find((e) => api.events.utility.BatchInterrupted.is(e))?.data[1];
          resolve({
            blockHash,
            blockNumber: header.number.toNumber(),
            error: failure ? describeError(api, failure) : undefined,
            events,
            txHash: txHash.toHex()
          });
        }, reject);
      }
    }).then((u) => { unsubscribe = u; }, (error: Error) => {
      clearTimeout(timer);
      release();
      reject(error);
    });
  });
}

/** Submit and require success: the included extrinsic, or a failure naming its error. */
export async function succeed (
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: Record<string, unknown> = {}
): Promise<Included> {
  const included = await submit(api, tx, signer, options);
  if (included.error) {
    throw new Error(`${tx.method.section}.${tx.method.method} failed: ${included.error}`);
  }
  return included;
}

/** Resolve once `check` returns something other than undefined (checked at every new block). */
export async function untilBlock<T> (api: ApiPromise, what: string, check: () => Promise<T | undefined>, timeoutMs = CHAIN_TIMEOUT_MS): Promise<T> {
  const found = await check();
  if (found !== undefined) {
    return found;
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let unsubscribe: (() => void) | undefined;
    const finish = (fn: () => void): void => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        unsubscribe?.();
        fn();
      }
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
    api.rpc.chain.subscribeNewHeads(() => {
      check().then((value) => value !== undefined && finish(() => resolve(value)), (error) => finish(() => reject(error)));
    }).then((u) => {
      unsubscribe = u;
      if (done) {
        u();
      }
    }, (error) => finish(() => reject(error)));
  });
}

/** Wait until block `number` is finalized. */
export async function finalized (api: ApiPromise, number: number): Promise<void> {
  await untilBlock(api, `block #${number} finalized`, async () => {
    const head = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
    return head.number.toNumber() >= number ? true : undefined;
  });
}
