// A patient's access audit trail: recompute the hash chain from its `EhrAnchor.AccessLogged`
// events and compare it with the head the chain keeps (`records_auditHead`).
//
// pallet-ehr-anchor folds every accepted access into the patient's chain:
// `head_n = BLAKE2b-256(head_{n-1} ‖ SCALE(entry_n))`, `head_0 = 0x00…00`, where
// `entry = { index, anchor, accessor, basis, purpose, at }` is the event's `entry` field. A
// missing, altered, reordered or inserted entry gives another head or count.
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';

import { u8aConcat, u8aEq, u8aToBn, u8aToHex, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

import type { Bytes32 } from './batch.js';

/** The head of an empty chain. */
export const GENESIS_HEAD: `0x${string}` = u8aToHex(new Uint8Array(32));
/** The audit chain's hash: BLAKE2b-256. */
const HASH_BITS = 256;
/** Bytes of an entry's leading `index: u64`. */
const INDEX_BYTES = 8;
/** Blocks whose events are fetched at once while scanning. */
const SCAN_CONCURRENCY = 8;

/** One `AccessLogged` event of the patient: the entry (SCALE bytes or its codec) and the head it reported. */
export interface AuditEvent {
  entry: Uint8Array | Codec;
  head?: Bytes32;
  /** The block the event is in, if known (for reports). */
  block?: number;
}

/** What the recomputation found. */
export interface AuditVerification {
  /** The recomputed chain has the on-chain head and count, and every event's head. */
  valid: boolean;
  /** The recomputed head and count. */
  head: `0x${string}`;
  count: number;
  /** The first problem, if any. */
  problem?: string;
}

function toU8a (value: Uint8Array | Bytes32 | Codec): Uint8Array {
  return typeof value === 'object' && 'toU8a' in value ? value.toU8a() : u8aToU8a(value as string | Uint8Array);
}

/** `BLAKE2b-256(head ‖ SCALE(entry))`. */
export function nextAuditHead (head: Bytes32, entry: Uint8Array | Codec): `0x${string}` {
  return u8aToHex(blake2AsU8a(u8aConcat(toU8a(head), toU8a(entry)), HASH_BITS));
}

/**
 * Recompute the chain from `events` (all of the patient's `AccessLogged` events, in chain order)
 * and compare it with `onChain` (`api.rpc.records.auditHead(patient)` at the block after the
 * last event, or any later one).
 */
export function verifyAuditChain (
  events: AuditEvent[],
  onChain: { head: Bytes32; count: number | bigint | { toString: () => string } }
): AuditVerification {
  let head: `0x${string}` = GENESIS_HEAD;
  let problem: string | undefined;
  events.forEach((event, position) => {
    const entry = toU8a(event.entry);
    const index = u8aToBn(entry.subarray(0, INDEX_BYTES));
    if (!problem && !index.eqn(position)) {
      problem = `entry ${position}${event.block === undefined ? '' : ` (block ${event.block})`} has index ${index.toString()}`;
    }
    head = nextAuditHead(head, entry);
    if (!problem && event.head !== undefined && !u8aEq(toU8a(event.head), toU8a(head))) {
      problem = `entry ${position}${event.block === undefined ? '' : ` (block ${event.block})`} reports head ${u8aToHex(toU8a(event.head))}, the chain so far gives ${head}`;
    }
  });
  const count = events.length;
  const expectedCount = BigInt(onChain.count.toString());
  const expectedHead = u8aToHex(toU8a(onChain.head));
  if (!problem && BigInt(count) !== expectedCount) {
    problem = `${count} entries, the chain counts ${expectedCount}`;
  }
  if (!problem && head !== expectedHead) {
    problem = `the entries lead to ${head}, the chain's head is ${expectedHead}`;
  }
  return { count, head, problem, valid: problem === undefined };
}

/**
 * The patient's `AccessLogged` events in blocks `from` to `to` (inclusive), read from the node
 * (which must still hold those blocks' state: an archive node for old ones).
 */
export async function auditEventsOf (
  api: ApiPromise,
  patient: number | bigint,
  { from, to }: { from: number; to: number }
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let start = from; start <= to; start += SCAN_CONCURRENCY) {
    const numbers = Array.from({ length: Math.min(SCAN_CONCURRENCY, to - start + 1) }, (_, i) => start + i);
    const blocks = await Promise.all(numbers.map(async (block) => {
      const hash = await api.rpc.chain.getBlockHash(block);
      return { block, records: await api.query.system.events.at(hash) };
    }));
    for (const { block, records } of blocks) {
      for (const { event } of records) {
        if (api.events.ehrAnchor.AccessLogged.is(event) && event.data.patient.toBigInt() === BigInt(patient)) {
          events.push({ block, entry: event.data.entry, head: event.data.head });
        }
      }
    }
  }
  return events;
}

/**
 * Collect the patient's audit events from block `from` (default 1: the whole chain) to `to`
 * (default: the best block) and check them against the chain's head at `to`.
 */
export async function verifyPatientAuditTrail (
  api: ApiPromise,
  patient: number | bigint,
  { from = 1, to }: { from?: number; to?: number } = {}
): Promise<AuditVerification & { events: AuditEvent[] }> {
  const last = to ?? (await api.rpc.chain.getHeader()).number.toNumber();
  const at = await api.rpc.chain.getBlockHash(last);
  const [events, onChain] = await Promise.all([
    auditEventsOf(api, patient, { from, to: last }),
    api.rpc.records.auditHead(patient, at)
  ]);
  return { ...verifyAuditChain(events, onChain), events };
}
