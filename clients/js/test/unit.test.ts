// The helpers without a node: FHIR content hashes and batch trees against the vectors the Rust
// implementation shares (records/test-vectors/), scope and grant checks, the audit chain, and
// the hand-written RPC types against the runtime's metadata (metadata/medchain.scale).
import type { TypeDef } from '@polkadot/types-create/types';

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Metadata, TypeRegistry } from '@polkadot/types';
import { getTypeDef, TypeDefInfo } from '@polkadot/types-create';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

import { BatchTree, batchLeaf, buildScope, canonicalJson, CATEGORIES, contentHash, contentHashU8a, definitions, FhirHashError, GENESIS_HEAD, grantArgs, MAX_PROOF_ITEMS, nextAuditHead, PURPOSES, rpc, scope, ScopeError, types, verifyAuditChain, verifyInclusionProof } from '@medchain/api';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const vectorsDir = path.join(repo, 'records/test-vectors');

interface FhirVector { name: string; resource: string; hash?: string; canonical?: string; error?: string }

describe('FHIR content hashes', () => {
  const vectors = JSON.parse(fs.readFileSync(path.join(vectorsDir, 'fhir-hash.json'), 'utf8')) as FhirVector[];

  test(`every shared vector (${vectors.length}) hashes or is refused as Rust does`, () => {
    assert.ok(vectors.length > 50, 'the vectors cover the canonical form');
    const failures: string[] = [];
    for (const v of vectors) {
      try {
        const hash = contentHash(v.resource);
        if (v.hash !== hash) {
          failures.push(`${v.name}: expected ${v.hash ?? `error ${v.error}`}, got ${hash}`);
        } else if (v.canonical !== undefined && canonicalJson(v.resource) !== v.canonical) {
          failures.push(`${v.name}: canonical form ${canonicalJson(v.resource)}`);
        }
      } catch (error) {
        const kind = error instanceof FhirHashError ? error.kind : String(error);
        if (v.error !== kind) {
          failures.push(`${v.name}: expected ${v.hash ?? `error ${v.error}`}, refused as ${kind} (${(error as Error).message})`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('the vectors cover each kind of refusal', () => {
    const kinds = new Set(vectors.map((v) => v.error).filter(Boolean));
    assert.deepEqual([...kinds].sort(), ['json', 'notAResource', 'number']);
  });

  test('bytes hash as their UTF-8 text; invalid UTF-8 is refused', () => {
    const text = '{"resourceType":"Patient","name":[{"text":"Zoë"}]}';
    assert.equal(u8aToHex(contentHashU8a(new TextEncoder().encode(text))), contentHash(text));
    assert.throws(() => contentHash(new Uint8Array([0x7b, 0xff, 0x7d])), (e: FhirHashError) => e.kind === 'json');
  });

  test('the hash is BLAKE2b-256 of the canonical text', () => {
    const text = '{ "status": "final", "resourceType": "Observation" }';
    assert.equal(canonicalJson(text), '{"resourceType":"Observation","status":"final"}');
    assert.equal(contentHash(text), blake2AsHex('{"resourceType":"Observation","status":"final"}', 256));
  });
});

interface BatchVectors {
  trees: {
    count: number;
    members: { record: string; hash: string }[];
    root: string;
    proofs: { leafIndex: number; proof: string[] }[];
    refused: { why: string; leafIndex: number; record: string; hash: string; proof: string[] }[];
  }[];
}

describe('batch trees', () => {
  const file = path.join(vectorsDir, 'batch.json');
  const members = (n: number, salt = 0) => Array.from({ length: n }, (_, i) => ({
    hash: blake2AsHex(`content ${salt} ${i}`, 256),
    record: blake2AsHex(`record ${salt} ${i}`, 256)
  }));

  test('the trees Rust made (batch.json) are built and verified the same', () => {
    const { trees } = JSON.parse(fs.readFileSync(file, 'utf8')) as BatchVectors;
    assert.ok(trees.length > 10);
    let refused = 0;
    for (const t of trees) {
      const tree = new BatchTree(t.members);
      assert.equal(tree.count, t.count);
      assert.equal(tree.root(), t.root, `root of the tree of ${t.count}`);
      for (const p of t.proofs) {
        assert.deepEqual(tree.proof(p.leafIndex), p, `proof of leaf ${p.leafIndex} of ${t.count}`);
        const m = t.members[p.leafIndex];
        assert.ok(verifyInclusionProof({ count: t.count, hash: m.hash, leafIndex: p.leafIndex, proof: p.proof, record: m.record, root: t.root }));
      }
      for (const r of t.refused) {
        assert.equal(verifyInclusionProof({ count: t.count, root: t.root, ...r }), false, `tree of ${t.count}: ${r.why}`);
        refused++;
      }
    }
    assert.ok(refused > 50);
  });

  test('every member of trees of 1 to 70 members verifies; a member changed does not', () => {
    for (let n = 1; n <= 70; n++) {
      const list = members(n, n);
      const tree = new BatchTree(list);
      const root = tree.root();
      list.forEach((m, i) => {
        const { leafIndex, proof } = tree.proof(i);
        assert.ok(proof.length <= Math.ceil(Math.log2(n)), `a proof has at most ⌈log2 n⌉ hashes (n=${n})`);
        assert.ok(verifyInclusionProof({ count: n, hash: m.hash, leafIndex, proof, record: m.record, root }), `n=${n} i=${i}`);
        const other = list[(i + 1) % n];
        if (n > 1) {
          assert.equal(verifyInclusionProof({ count: n, hash: other.hash, leafIndex, proof, record: m.record, root }), false);
        }
      });
    }
  });

  test('an empty tree has the zero root; leaves are 65 bytes tagged 0x01', () => {
    assert.equal(new BatchTree([]).root(), `0x${'00'.repeat(32)}`);
    const leaf = batchLeaf(`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`);
    assert.equal(leaf.length, 65);
    assert.equal(leaf[0], 0x01);
    assert.throws(() => batchLeaf('0x1234', `0x${'22'.repeat(32)}`), /32 bytes/);
  });

  test('out-of-range leaves and over-long proofs are refused', () => {
    const list = members(5);
    const tree = new BatchTree(list);
    assert.throws(() => tree.proof(5), RangeError);
    assert.throws(() => tree.proof(-1), RangeError);
    const { proof } = tree.proof(0);
    const claim = { count: 5, hash: list[0].hash, leafIndex: 0, proof, record: list[0].record, root: tree.root() };
    assert.ok(verifyInclusionProof(claim));
    assert.equal(verifyInclusionProof({ ...claim, leafIndex: 5 }), false);
    assert.equal(verifyInclusionProof({ ...claim, count: 4 }), false);
    assert.equal(verifyInclusionProof({ ...claim, proof: [...proof, ...Array(MAX_PROOF_ITEMS).fill(`0x${'00'.repeat(32)}`)] }), false);
  });
});

describe('consent scopes and grants', () => {
  const refusedAs = (code: string) => (e: unknown) => e instanceof ScopeError && e.code === code;

  test('a scope is a set of known codes, in the runtime order', () => {
    assert.deepEqual(
      buildScope({ categories: ['Medications', 'laboratory', 'Laboratory'], custodians: [4, 2], purposes: ['research', 'Treatment'] }),
      { categories: ['Medications', 'Laboratory'], custodians: [4, 2], purposes: ['Treatment', 'Research'] }
    );
    assert.deepEqual(scope().categories('VitalSigns').purposes('Treatment').build(), { categories: ['VitalSigns'], custodians: [], purposes: ['Treatment'] });
  });

  test('what the runtime refuses is refused with its error', () => {
    assert.throws(() => scope().purposes('Treatment').build(), refusedAs('InvalidScope'));
    assert.throws(() => scope().categories('Laboratory').build(), refusedAs('InvalidScope'));
    assert.throws(() => scope().categories('Laboratory').purposes('Treatment').custodians(1, 2, 1).build(), refusedAs('InvalidScope'));
    assert.throws(() => scope().categories('Laboratory').purposes('Treatment').custodians(1, 2, 3).build({ maxCustodians: 2 }), refusedAs('InvalidScope'));
    assert.throws(() => buildScope({ categories: ['Lab'], purposes: ['Treatment'] }), refusedAs('InvalidScope'));
    assert.throws(() => buildScope({ categories: ['Laboratory'], custodians: [-1], purposes: ['Treatment'] }), refusedAs('InvalidScope'));
    const lab = scope().categories('Laboratory').purposes('Treatment');
    assert.throws(() => grantArgs({ grantees: [], scope: lab }), refusedAs('InvalidGrantees'));
    assert.throws(() => grantArgs({ grantees: [1, 1], scope: lab }), refusedAs('InvalidGrantees'));
    assert.throws(() => grantArgs({ grantees: [1, 2, 3], scope: lab }, { limits: { maxGrantees: 2 } }), refusedAs('InvalidGrantees'));
    assert.throws(() => grantArgs({ expiresAt: 10, grantees: [1], scope: lab }, { now: 10 }), refusedAs('InvalidWindow'));
    assert.throws(() => grantArgs({ expiresAt: 20, grantees: [1], scope: lab, startsAt: 20 }, { now: 10 }), refusedAs('InvalidWindow'));
    // A start in the past starts now.
    assert.throws(() => grantArgs({ expiresAt: 10, grantees: [1], scope: lab, startsAt: 5 }, { now: 10 }), refusedAs('InvalidWindow'));
    assert.deepEqual(grantArgs({ expiresAt: 11, grantees: [3], scope: lab }, { now: 10 }), [null, [3], { categories: ['Laboratory'], custodians: [], purposes: ['Treatment'] }, null, 11]);
  });
});

describe('audit chains', () => {
  const entries = [new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 9, 9]), new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0, 7])];
  const head1 = nextAuditHead(GENESIS_HEAD, entries[0]);
  const head2 = nextAuditHead(head1, entries[1]);

  test('the head folds each entry into the last', () => {
    assert.equal(head1, blake2AsHex(new Uint8Array([...new Uint8Array(32), ...entries[0]]), 256));
    assert.deepEqual(verifyAuditChain([{ entry: entries[0], head: head1 }, { entry: entries[1], head: head2 }], { count: 2, head: head2 }), { count: 2, head: head2, problem: undefined, valid: true });
    assert.equal(verifyAuditChain([], { count: 0, head: GENESIS_HEAD }).valid, true);
  });

  test('a missing, reordered or altered entry is found', () => {
    const onChain = { count: 2, head: head2 };
    assert.match(verifyAuditChain([{ entry: entries[0] }], onChain).problem ?? '', /1 entries, the chain counts 2/);
    assert.match(verifyAuditChain([{ entry: entries[1] }, { entry: entries[0] }], onChain).problem ?? '', /entry 0 .*has index 1/);
    const altered = Uint8Array.from(entries[1]);
    altered[8] ^= 1;
    assert.match(verifyAuditChain([{ entry: entries[0] }, { entry: altered }], onChain).problem ?? '', /the chain's head is/);
    assert.match(verifyAuditChain([{ entry: entries[0], head: head2 }, { entry: entries[1] }], onChain).problem ?? '', /reports head/);
  });
});

describe('the package against metadata/medchain.scale', () => {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, u8aToHex(fs.readFileSync(path.join(repo, 'metadata/medchain.scale'))));
  registry.setMetadata(metadata);
  registry.register(types);
  /** Our definitions as written (the registry holds codecs for some of them). */
  const ourDefinitions: Record<string, unknown> = Object.assign({}, ...Object.values(definitions).map((d) => d.types));
  const ourTypeDef = (name: string): TypeDef => getTypeDef(JSON.stringify(ourDefinitions[name]));
  const lookupNamed = (name: string): TypeDef => {
    const found = registry.lookup.types.find(({ id }) => registry.lookup.getName(id) === name);
    assert.ok(found, `no ${name} in the metadata`);
    return registry.lookup.getTypeDef(found.id);
  };

  /** A type's layout, with names resolved on both sides: equal layouts encode alike. */
  function shape (def: TypeDef, depth = 0): string {
    assert.ok(depth < 12, 'types nest too deep');
    const sub = (d: TypeDef | TypeDef[] | undefined): TypeDef[] => (Array.isArray(d) ? d : d ? [d] : []);
    switch (def.info) {
      case TypeDefInfo.Si:
        return shape(registry.lookup.getTypeDef(def.type as `Lookup${number}`), depth + 1);
      case TypeDefInfo.Plain: {
        if (ourDefinitions[def.type]) {
          return shape(ourTypeDef(def.type), depth + 1);
        }
        return ({ AccountId: 'AccountId32', Null: 'Null' } as Record<string, string>)[def.type] ?? def.type;
      }
      case TypeDefInfo.Null:
        return 'Null';
      case TypeDefInfo.Enum:
        return `enum{${sub(def.sub).map((s) => `${s.index ?? ''}:${s.name ?? ''}=${shape(s, depth + 1)}`).join(',')}}`;
      case TypeDefInfo.Struct:
        return `{${sub(def.sub).map((s) => `${s.name ?? ''}:${shape(s, depth + 1)}`).join(',')}}`;
      case TypeDefInfo.Tuple:
        return `(${sub(def.sub).map((s) => shape(s, depth + 1)).join(',')})`;
      case TypeDefInfo.Option:
      case TypeDefInfo.Vec:
        return `${TypeDefInfo[def.info]}<${shape(sub(def.sub)[0], depth + 1)}>`;
      case TypeDefInfo.VecFixed:
        return `[${shape(sub(def.sub)[0], depth + 1)};${def.length ?? ''}]`;
      default:
        return `${TypeDefInfo[def.info]}:${def.type}`;
    }
  }

  test('the vocabularies are the runtime\'s', () => {
    const variants = (name: string) => (lookupNamed(name).sub as TypeDef[]).map((v) => [v.index, v.name]);
    assert.deepEqual(variants('PalletConsentCategory'), CATEGORIES.map((c, i) => [i, c]));
    assert.deepEqual(variants('PalletConsentPurpose'), PURPOSES.map((p, i) => [i, p]));
  });

  test('every RPC answer type is laid out as the runtime API type it serialises', () => {
    const pairs: Record<string, string> = {
      MedchainAccessDecision: 'PalletConsentAccessDecision',
      MedchainAnchor: 'PalletEhrAnchorAnchor',
      MedchainAuditHead: 'PalletEhrAnchorAuditHead',
      MedchainBatch: 'PalletEhrAnchorBatch',
      MedchainBridgeStatus: 'PalletMedchainBridgeRuntimeApiBridgeStatus',
      MedchainCategory: 'PalletConsentCategory',
      MedchainConsentsView: 'PalletConsentRuntimeApiConsentsView',
      MedchainCustodian: 'PalletConsentCustodian',
      MedchainDenyReason: 'PalletConsentDenyReason',
      MedchainEmergencyReason: 'PalletConsentEmergencyReason',
      MedchainEmergencyView: 'PalletConsentRuntimeApiEmergencyView',
      MedchainExportView: 'PalletMedchainBridgeRuntimeApiExportView',
      MedchainFhirResource: 'PalletEhrAnchorFhirResource',
      MedchainFormat: 'PalletEhrAnchorFormat',
      MedchainGrantView: 'PalletConsentRuntimeApiGrantView',
      MedchainIndexEntry: 'PalletEhrAnchorRuntimeApiIndexEntry',
      MedchainLeaseView: 'PalletMedchainBridgeRuntimeApiLeaseView',
      MedchainOrganizationKind: 'PalletPatientIdentityOrganizationKind',
      MedchainOrganizationStatus: 'PalletPatientIdentityOrganizationStatus',
      MedchainOrganizationView: 'PalletPatientIdentityRuntimeApiOrganizationView',
      MedchainPatientView: 'PalletPatientIdentityRuntimeApiPatientView',
      MedchainPeerStatus: 'PalletMedchainBridgePeerStatus',
      MedchainPeerView: 'PalletMedchainBridgeRuntimeApiPeerView',
      MedchainPurpose: 'PalletConsentPurpose',
      MedchainRecord: 'PalletEhrAnchorRecord',
      MedchainRecordPage: 'PalletEhrAnchorRuntimeApiRecordPage',
      MedchainRemoteOrg: 'PalletMedchainBridgeRemoteOrg',
      MedchainRemoteVerdict: 'PalletMedchainBridgeRemoteVerdict',
      MedchainRequestView: 'PalletConsentRuntimeApiRequestView',
      MedchainRetractReason: 'PalletEhrAnchorRetractReason',
      MedchainScopeView: 'PalletMedchainBridgeRuntimeApiScopeView',
      MedchainVerdict: 'PalletEhrAnchorVerdict'
    };
    const defined = Object.keys(ourDefinitions).sort();
    assert.deepEqual(defined, Object.keys(pairs).sort(), 'every type has its runtime counterpart listed');
    const differ = Object.entries(pairs)
      .map(([ours, theirs]) => [ours, shape(ourTypeDef(ours)), shape(lookupNamed(theirs))])
      .filter(([, a, b]) => a !== b)
      .map(([name, a, b]) => `${name}:\n  ours    ${a}\n  runtime ${b}`);
    assert.deepEqual(differ, []);
  });

  test('every RPC method answers a type the runtime API method answers', () => {
    const apis: Record<string, [string, Record<string, string>]> = {
      bridge: ['MedchainBridgeApi', { exports: 'exports_of', leases: 'leases_of', peers: 'peers', status: 'status', verifyRecord: 'verify_remote_record', verifyRecordFrom: 'verify_remote_record_from' }],
      consent: ['ConsentApi', { checkAccess: 'check_access', consents: 'consents' }],
      identity: ['PatientIdentityApi', { organization: 'organization', organizationOf: 'organization_of', patient: 'patient', patientByAccount: 'patient_by_account' }],
      records: ['EhrAnchorApi', { auditHead: 'audit_head', batch: 'batch', ofPatient: 'records_of', record: 'record', verify: 'verify', verifyInBatch: 'verify_in_batch' }]
    };
    for (const [section, [apiName, methods]] of Object.entries(apis)) {
      assert.deepEqual(Object.keys(rpc[section]).sort(), Object.keys(methods).sort(), `${section}: every method mapped`);
      const runtimeApi = metadata.asLatest.apis.find((a) => a.name.toString() === apiName);
      assert.ok(runtimeApi, `runtime API ${apiName}`);
      for (const [method, runtimeMethod] of Object.entries(methods)) {
        const m: (typeof runtimeApi.methods)[number] | undefined = runtimeApi.methods.find((x) => x.name.toString() === runtimeMethod);
        assert.ok(m, `${apiName}.${runtimeMethod}`);
        const ours = shape(getTypeDef(rpc[section][method].type));
        const theirs = shape(registry.lookup.getTypeDef(m.output));
        assert.equal(ours, theirs, `${section}.${method} answers ${apiName}.${runtimeMethod}'s type`);
        // Every parameter but the block (`at`) is the runtime method's, in order.
        const params = rpc[section][method].params.filter((p) => !p.isHistoric);
        assert.deepEqual(
          params.map((p) => shape(getTypeDef(p.type))),
          m.inputs.map((i) => shape(registry.lookup.getTypeDef(i.type))),
          `${section}.${method}'s parameters`
        );
      }
    }
  });
});
