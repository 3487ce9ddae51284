// Codecs whose JSON is the node's. @polkadot/api sends a JSON-RPC parameter as its codec's
// `toJSON()`, which for an enum is `"Laboratory"` (a unit-only enum), `{ "unknown": null }` (a
// unit variant of another enum) or `{ "local": 5 }`; the node's JSON (serde, camelCase) is
// `"laboratory"`, `"unknown"` and, for a custodian, a bare `5` or
// `{ "chain": "0x…", "organization": 5 }`. These codecs encode (SCALE) and decode exactly as
// the definitions they replace and differ only in `toJSON()`, so that parameters reach the
// node in its form and answers print as the node wrote them.
import type { AnyJson, CodecClass, Registry } from '@polkadot/types/types';

import { Enum, Null } from '@polkadot/types-codec';
import { isNumber, isObject, stringCamelCase } from '@polkadot/util';

import * as modules from './interfaces/definitions.js';

/** A unit-only enum whose JSON is its variant in camelCase, as serde's `rename_all`. */
function camelCaseEnum (variants: string[]): CodecClass<Enum> {
  return class extends Enum.with(variants) {
    override toJSON (): string {
      return stringCamelCase(this.type);
    }
  };
}

/** An enum with data, whose unit variants are JSON strings and others `{ variant: value }`. */
function serdeEnum (variants: Record<string, unknown>): CodecClass<Enum> {
  // Inline struct variants as type strings (`{"grant":"u32",…}`), as the registry reads them.
  const types = Object.fromEntries(
    Object.entries(variants).map(([name, type]) => [name, typeof type === 'string' ? type : JSON.stringify(type)])
  );
  return class extends Enum.with(types) {
    override toJSON (): AnyJson {
      const variant = stringCamelCase(this.type);
      return this.value instanceof Null ? variant : { [variant]: this.value.toJSON() };
    }
  };
}

/**
 * A custodian: an organization of this chain (`{ Local: id }`, or a bare number) or of another
 * chain (`{ Remote: { chain, organization } }`, or `{ chain, organization }`). Its JSON is the
 * node's untagged form.
 */
export class MedchainCustodian extends Enum.with({ Local: 'u32', Remote: 'MedchainRemoteOrg' }) {
  constructor (registry: Registry, value?: unknown, index?: number) {
    super(registry, MedchainCustodian.tagged(value), index);
  }

  /** The tagged form of the shorthands. */
  static tagged (value: unknown): unknown {
    if (isNumber(value)) {
      return { Local: value };
    }
    if (isObject(value) && 'chain' in value && 'organization' in value) {
      return { Remote: value };
    }
    return value;
  }

  override toJSON (): AnyJson {
    return this.type === 'Local'
      ? (this.value as unknown as { toNumber: () => number }).toNumber()
      : this.value.toJSON();
  }
}

/** Every enum of the definitions, with the node's JSON. */
export const codecs: Record<string, CodecClass> = {
  ...Object.fromEntries(
    Object.values(modules)
      .flatMap(({ types }) => Object.entries(types))
      .map(([name, def]) => [name, (def as { _enum?: unknown })._enum] as const)
      .filter(([, variants]) => variants !== undefined)
      .map(([name, variants]) => [name, Array.isArray(variants) ? camelCaseEnum(variants as string[]) : serdeEnum(variants as Record<string, unknown>)])
  ),
  MedchainCustodian
};
