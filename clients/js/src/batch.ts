// Batch anchors: the Merkle tree of a batch, its root and inclusion proofs, built and checked
// exactly as the runtime checks them (`records_verifyInBatch`, `EhrAnchorApi::verify_in_batch`).
//
// The tree is `binary-merkle-tree`'s (the crate BEEFY uses) with BLAKE2b-256, over the leaves
// `0x01 ‖ record id ‖ content hash` in the custodian's order (pallet-ehr-anchor `batch_leaf`):
// - each leaf is hashed; each row pairs its nodes left to right and hashes `left ‖ right`;
//   the last node of a row of odd length is promoted to the next row as it is; the single node
//   left is the root (an empty tree's root is 32 zero bytes);
// - a proof is the sibling hashes from the leaf up, with nothing for a row where the node was
//   promoted;
// - a verifier folds the proof into the leaf's hash, putting the sibling on the left when the
//   position is odd or is the last of the row's width, then halves position and width.
// records/test-vectors/batch.json holds trees, roots and proofs that Rust's `BatchTree` made.
import { u8aConcat, u8aEq, u8aToHex, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** Prefix of a leaf's preimage: 65 bytes, so no inner node (64 bytes) can pass for a leaf. */
export const LEAF_TAG = 0x01;
/** Most hashes the runtime reads in a proof (the node refuses longer ones outright). */
export const MAX_PROOF_ITEMS = 32;
/** The hash of the tree: BLAKE2b-256. */
const HASH_BITS = 256;
/** A hash's length in bytes. */
const HASH_BYTES = 32;

/** 32 bytes as `0x…` hex, a `Uint8Array`, or anything with `toU8a()` (an `H256`). */
export type Bytes32 = string | Uint8Array | { toU8a: () => Uint8Array };

/** What a verifier needs to check one batch member (`records_verifyInBatch`). */
export interface InclusionProof {
  leafIndex: number;
  /** Sibling hashes from the leaf up, as `0x…` hex. */
  proof: `0x${string}`[];
}

/** One member of a batch: a record id and its content hash. */
export interface BatchMember {
  record: Bytes32;
  hash: Bytes32;
}

function bytes32 (value: Bytes32, what: string): Uint8Array {
  const u8a = typeof value === 'object' && 'toU8a' in value ? value.toU8a() : u8aToU8a(value);
  if (u8a.length !== HASH_BYTES) {
    throw new Error(`${what}: expected 32 bytes, got ${u8a.length}`);
  }
  return u8a;
}

const hash = (data: Uint8Array): Uint8Array => blake2AsU8a(data, HASH_BITS);

/** The preimage of a batch leaf: `0x01 ‖ record ‖ hash` (65 bytes). */
export function batchLeaf (record: Bytes32, contentHash: Bytes32): Uint8Array {
  return u8aConcat([LEAF_TAG], bytes32(record, 'record id'), bytes32(contentHash, 'content hash'));
}

/**
 * `binary_merkle_tree::merkelize` over the leaf hashes, collecting the proof of the leaf at
 * `position` (if given) as its `ProofCollection` visitor does.
 */
function merkelize (leafHashes: Uint8Array[], position?: number): { root: Uint8Array; proof: Uint8Array[] } {
  const proof: Uint8Array[] = [];
  let row = leafHashes;
  let pos = position;
  for (let level = 0; ; level++) {
    if (level > 0 && pos !== undefined) {
      pos = Math.floor(pos / 2);
    }
    const next: Uint8Array[] = [];
    for (let i = 0, index = 0; ; i += 2, index += 2) {
      const a = row[i];
      const b = row[i + 1];
      if (pos === index && b !== undefined) {
        proof.push(b);
      }
      if (pos === index + 1 && a !== undefined) {
        proof.push(a);
      }
      if (a !== undefined && b !== undefined) {
        next.push(hash(u8aConcat(a, b)));
      } else if (a !== undefined && next.length > 0) {
        // An odd node out is promoted to the next row.
        next.push(a);
      } else if (a !== undefined) {
        return { proof, root: a };
      } else {
        break;
      }
    }
    if (next.length === 0) {
      return { proof, root: new Uint8Array(HASH_BYTES) };
    }
    row = next;
  }
}

/** The Merkle tree of one batch anchor: its members in the custodian's order. */
export class BatchTree {
  readonly #leafHashes: Uint8Array[];

  constructor (members: Iterable<BatchMember>) {
    this.#leafHashes = [...members].map(({ hash: h, record }) => hash(batchLeaf(record, h)));
  }

  /** Leaves in the tree: the batch's `count`. */
  get count (): number {
    return this.#leafHashes.length;
  }

  /** The root to anchor (`EhrAnchor.anchor_batch(batch, patient, category, count, root)`). */
  root (): `0x${string}` {
    return u8aToHex(merkelize(this.#leafHashes).root);
  }

  /** The inclusion proof of the member at `leafIndex`. */
  proof (leafIndex: number): InclusionProof {
    if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= this.count) {
      throw new RangeError(`leaf ${leafIndex} is not in a batch of ${this.count}`);
    }
    return { leafIndex, proof: merkelize(this.#leafHashes, leafIndex).proof.map((p) => u8aToHex(p)) };
  }
}

/** A claim that `record` with content `hash` is leaf `leafIndex` of a batch with `root` and `count`. */
export interface InclusionClaim {
  root: Bytes32;
  count: number;
  leafIndex: number;
  record: Bytes32;
  hash: Bytes32;
  proof: Bytes32[];
}

/**
 * Whether the proof leads to the root: the runtime's check (`binary_merkle_tree::verify_proof`
 * over `batch_leaf(record, hash)`, at most {@link MAX_PROOF_ITEMS} hashes). The root and count
 * are the batch's (`api.rpc.records.batch(id)`); a retracted batch still verifies here, but
 * the chain answers `retracted`.
 */
export function verifyInclusionProof ({ count, hash: contentHash, leafIndex, proof, record, root }: InclusionClaim): boolean {
  if (proof.length > MAX_PROOF_ITEMS || !Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= count) {
    return false;
  }
  let computed = hash(batchLeaf(record, contentHash));
  let position = leafIndex;
  let width = count;
  for (const item of proof) {
    const sibling = bytes32(item, 'proof item');
    computed = position % 2 === 1 || position + 1 === width
      ? hash(u8aConcat(sibling, computed))
      : hash(u8aConcat(computed, sibling));
    position = Math.floor(position / 2);
    width = Math.floor((width - 1) / 2) + 1;
  }
  return u8aEq(bytes32(root, 'root'), computed);
}
