// The metadata digest offline signers check (RFC 78, `CheckMetadataHash` in mode 1): the
// merkleized metadata's root, over the chain's V15 metadata and its token's decimals and symbol.
// A wallet signs with `{ mode: 1, metadataHash: await metadataDigest(api) }`; a runtime built with
// the `metadata-hash` feature refuses the transaction unless its own digest is the same.
import type { ApiPromise } from '@polkadot/api';

import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { u8aToHex } from '@polkadot/util';

/** The metadata version the digest is defined over (RFC 78 needs V15 or later). */
const METADATA_VERSION = 15;

/** The chain's metadata digest for `CheckMetadataHash` (32 bytes as `0x…` hex). */
export async function metadataDigest (api: ApiPromise): Promise<`0x${string}`> {
  const [metadata, properties] = await Promise.all([
    api.call.metadata.metadataAtVersion(METADATA_VERSION),
    api.rpc.system.properties()
  ]);
  if (metadata.isNone) {
    throw new Error(`the runtime has no V${METADATA_VERSION} metadata`);
  }
  const decimals = properties.tokenDecimals.unwrapOr([])[0];
  const tokenSymbol = properties.tokenSymbol.unwrapOr([])[0];
  if (decimals === undefined || tokenSymbol === undefined) {
    throw new Error('the chain properties name no token decimals or symbol');
  }
  const merkleized = merkleizeMetadata(metadata.unwrap().toU8a(true), {
    decimals: decimals.toNumber(),
    tokenSymbol: tokenSymbol.toString()
  });
  return u8aToHex(merkleized.digest());
}
