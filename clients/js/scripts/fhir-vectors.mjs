// Fills in and checks the expected values of records/test-vectors/fhir-hash.json, the vectors the
// Rust (records/tests/vectors.rs) and JavaScript (test/unit.test.ts) tests share.
//
//   node scripts/fhir-vectors.mjs [path/to/medchain-node]   (default: $MEDCHAIN_NODE, else
//                                                             ~/.cache/medchain/target/release/medchain-node)
//
// Each entry has a `name` and a `resource` (the JSON text, as a string: canonicalisation starts
// from the text), and either `hash` and `canonical` (the canonical form, which hashes to
// `hash`), or `error`: the kind of refusal (`json`, `notAResource`, `number`). To add a vector,
// add `{ "name", "resource" }` and run this script: it takes the answer of the Rust reference
// implementation (`medchain-node hash-record`, i.e. `medchain_records::content_hash`), and the
// canonical form from this package if it hashes to Rust's answer. Entries that have answers are
// checked against both implementations; the script exits 1 on any disagreement.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { canonicalJson, contentHash } from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(root, '../../records/test-vectors/fhir-hash.json');
const node = process.argv[2] ?? process.env.MEDCHAIN_NODE ?? path.join(os.homedir(), '.cache/medchain/target/release/medchain-node');

/** `hash-record`'s error messages (records/src/lib.rs `HashError`'s Display) and their kinds. */
const KINDS = [
  ['not valid JSON', 'json'],
  ['not a FHIR resource', 'notAResource'],
  ['has no canonical form', 'number']
];

/** What Rust answers for `resource`: `{ hash }` or `{ error }`. */
function rust (resource) {
  const run = spawnSync(node, ['hash-record', '-'], { encoding: 'utf8', input: resource });
  if (run.error) {
    throw new Error(`running ${node}: ${run.error.message}`);
  }
  if (run.status === 0) {
    return { hash: run.stdout.trim().split(' ')[0] };
  }
  const kind = KINDS.find(([text]) => run.stderr.includes(text));
  if (!kind) {
    throw new Error(`unexpected answer of ${node} (exit ${run.status}): ${run.stderr}`);
  }
  return { error: kind[1] };
}

/** What this package answers: `{ hash, canonical }` or `{ error }`. */
function ours (resource) {
  try {
    return { canonical: canonicalJson(resource), hash: contentHash(resource) };
  } catch (error) {
    return { error: error.kind ?? String(error) };
  }
}

const vectors = JSON.parse(fs.readFileSync(file, 'utf8'));
const disagreements = [];
let added = 0;
const updated = vectors.map((vector) => {
  const { name, resource } = vector;
  const fromRust = rust(resource);
  const js = ours(resource);
  let expected = vector;
  if (vector.hash === undefined && vector.error === undefined) {
    added++;
    expected = fromRust.hash
      ? { name, resource, hash: fromRust.hash, ...(js.hash === fromRust.hash ? { canonical: js.canonical } : {}) }
      : { name, resource, error: fromRust.error };
  }
  for (const [who, answer] of [['Rust', fromRust], ['@medchain/api', js]]) {
    if (answer.hash !== expected.hash || answer.error !== expected.error) {
      disagreements.push(`${name}: expected ${JSON.stringify(expected.hash ?? expected.error)}, ${who} gives ${JSON.stringify(answer.hash ?? answer.error)}`);
    }
  }
  if (expected.canonical !== undefined && js.canonical !== expected.canonical) {
    disagreements.push(`${name}: expected canonical ${expected.canonical}, @medchain/api gives ${js.canonical}`);
  }
  return expected;
});
fs.writeFileSync(file, `${JSON.stringify(updated, null, 2)}\n`);
console.log(`${updated.length} vectors (${added} new) in ${path.relative(process.cwd(), file)}, checked with ${node}`);
if (disagreements.length) {
  console.error(`${disagreements.length} disagreements:\n  ${disagreements.join('\n  ')}`);
  process.exit(1);
}
