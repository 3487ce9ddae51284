// The content hash of a FHIR R4 JSON resource, byte for byte as `medchain-records`
// (`medchain_records::content_hash`, `medchain-node hash-record`) computes it: BLAKE2b-256 of the
// resource's canonical form (docs/records.md, "Canonical content hashes"):
//
// 1. Parse the JSON. It must be an object with a string `resourceType`.
// 2. Remove `meta.versionId` and `meta.lastUpdated`; remove `meta` if that leaves it empty.
// 3. Serialise with the JSON Canonicalization Scheme (RFC 8785): no whitespace, members sorted
//    by the UTF-16 code units of their names, strings escaped only where JSON requires, numbers
//    as ECMAScript prints the IEEE-754 double.
//
// The Rust side parses with serde_json, which refuses some texts `JSON.parse` takes; this
// module refuses them too, so that a text either hashes the same on both sides or is refused on
// both: unpaired UTF-16 surrogates (serde_json: "lone leading surrogate in hex escape"; a Rust
// string cannot hold one) and nesting deeper than serde_json's recursion limit.
// records/test-vectors/fhir-hash.json holds the vectors both sides are tested against.
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

/** Why a text has no content hash (the Rust `HashError` variants). */
export type FhirHashErrorKind =
  /** Not JSON (as serde_json parses it). */
  | 'json'
  /** JSON, but not an object with a string `resourceType`. */
  | 'notAResource'
  /** A number with no canonical form: outside the range of an IEEE-754 double. */
  | 'number';

/** A text that cannot be hashed, and why. */
export class FhirHashError extends Error {
  constructor (readonly kind: FhirHashErrorKind, message: string) {
    super(message);
    this.name = 'FhirHashError';
  }
}

/**
 * The deepest nesting of arrays and objects serde_json parses, the resource itself counting as
 * one: its recursion limit is 128, and it refuses a document once 128 levels are open.
 */
export const MAX_NESTING = 127;

/** The length of a content hash: BLAKE2b-256. */
const HASH_BITS = 256;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (not an array, not null). */
function isObject (value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `s` has a UTF-16 surrogate that is not half of a pair. */
function hasLoneSurrogate (s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/**
 * The string `medchain-records` refuses anywhere in a resource: with serde_json's
 * `arbitrary_precision` it would turn `{"$serde_json::private::Number": "1.50"}` into a number.
 */
const SERDE_NUMBER_TOKEN = '$serde_json::private::Number';

/** Refuse what serde_json would not have parsed: lone surrogates, too deep a nesting, its token. */
function checkParsed (value: Json, depth: number): void {
  if (typeof value === 'string') {
    if (value === SERDE_NUMBER_TOKEN) {
      throw new FhirHashError('json', `the string ${JSON.stringify(SERDE_NUMBER_TOKEN)} is reserved`);
    }
    if (hasLoneSurrogate(value)) {
      throw new FhirHashError('json', 'not valid JSON: a string holds an unpaired UTF-16 surrogate');
    }
    return;
  }
  if (typeof value !== 'object' || value === null) {
    return;
  }
  if (depth > MAX_NESTING) {
    throw new FhirHashError('json', `not valid JSON: nested deeper than ${MAX_NESTING} levels`);
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      checkParsed(item, depth + 1);
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      checkParsed(key, depth);
      checkParsed(item, depth + 1);
    }
  }
}

/** Parse `text` as serde_json would. */
function parse (text: string | Uint8Array): Json {
  let source: string;
  if (typeof text === 'string') {
    source = text;
  } else {
    try {
      // A byte order mark stays, as Rust's `read_to_string` keeps it (and JSON refuses it).
      source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
    } catch {
      throw new FhirHashError('json', 'not valid JSON: not UTF-8');
    }
  }
  let value: Json;
  try {
    value = JSON.parse(source) as Json;
  } catch (error) {
    throw new FhirHashError('json', `not valid JSON: ${(error as Error).message}`);
  }
  checkParsed(value, 1);
  return value;
}

/** A string as RFC 8785 writes it: only `"`, `\` and control characters escaped. */
function writeString (s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x08: out += '\\b'; break;
      case 0x09: out += '\\t'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0c: out += '\\f'; break;
      case 0x0d: out += '\\r'; break;
      default:
        out += c < 0x20 ? `\\u${c.toString(16).padStart(4, '0')}` : s[i];
    }
  }
  return `${out}"`;
}

/** A number as ECMAScript's `Number.prototype.toString` prints it (`-0` as `0`). */
function writeNumber (x: number): string {
  if (!Number.isFinite(x)) {
    throw new FhirHashError('number', 'a number outside the range of an IEEE-754 double has no canonical form');
  }
  return x === 0 ? '0' : String(x);
}

/** An object's members sorted by the UTF-16 code units of their names (`Array.sort`'s order). */
function writeObject (members: [string, Json][]): string {
  const sorted = members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${sorted.map(([k, v]) => `${writeString(k)}:${writeValue(v)}`).join(',')}}`;
}

function writeValue (value: Json): string {
  if (value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'boolean': return value ? 'true' : 'false';
    case 'number': return writeNumber(value);
    case 'string': return writeString(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(writeValue).join(',')}]`;
  }
  return writeObject(Object.entries(value));
}

/**
 * medchain's canonical form of a FHIR R4 JSON resource (the same text as
 * `medchain_records::canonical_json`). Throws {@link FhirHashError} for what Rust refuses.
 */
export function canonicalJson (resource: string | Uint8Array): string {
  const value = parse(resource);
  if (!isObject(value) || typeof value.resourceType !== 'string') {
    throw new FhirHashError('notAResource', 'not a FHIR resource: expected an object with a string "resourceType"');
  }
  const members = Object.entries(value).flatMap(([key, item]): [string, Json][] => {
    if (key !== 'meta' || !isObject(item)) {
      return [[key, item]];
    }
    // A server's bookkeeping, which changes when the content does not.
    const meta = Object.entries(item).filter(([k]) => k !== 'versionId' && k !== 'lastUpdated');
    return meta.length ? [[key, Object.fromEntries(meta)]] : [];
  });
  return writeObject(members);
}

/** A FHIR R4 JSON resource's content hash (32 bytes): BLAKE2b-256 of its canonical form. */
export function contentHashU8a (resource: string | Uint8Array): Uint8Array {
  return blake2AsU8a(new TextEncoder().encode(canonicalJson(resource)), HASH_BITS);
}

/** A FHIR R4 JSON resource's content hash as `0x…` hex, as `medchain-node hash-record` prints it. */
export function contentHash (resource: string | Uint8Array): `0x${string}` {
  return u8aToHex(contentHashU8a(resource));
}
