// @polkadot/api and @medchain/api against a real medchain node ($MEDCHAIN_WS, default
// ws://127.0.0.1:9944, a `medchain-node --dev`: Alice is sudo and the council's one seat).
//
// Every test makes its own accounts (derived for this run), so the suite can run again on the
// same node. Tests run concurrently; each account signs in one test only (Alice: set-up, then
// governance; the organizations' keys serialise through `submit`), so nonces never collide.
//
// - metadata alone (a plain ApiPromise, no custom types) decodes every call, event, storage
//   item, error and constant of medchain's and the governance pallets, and calls every runtime
//   API method of medchain's runtime APIs;
// - wallets sign consent and anchor extrinsics with sr25519 and ed25519 keys, mortal eras and
//   `CheckMetadataHash` off, on with the chain's digest, and on with a wrong one (refused);
// - a patient's wallet sees an access request, a break-glass access and a grant expiring;
// - medchain's JSON-RPC methods answer through @medchain/api's definitions, byte for byte what
//   the runtime APIs answer, and JSON as the node writes it;
// - batch proofs built here are accepted by the node, tampered ones refused by both;
// - a patient's audit chain recomputed from events matches the chain's head;
// - the council proposes, votes, closes and executes motions, a validator sets its session
//   keys and the validator list changes, all with no custom types (issue 12).
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Codec } from '@polkadot/types/types';

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { ApiPromise as PlainApi, WsProvider } from '@polkadot/api';
import { BN, stringCamelCase, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, randomAsHex } from '@polkadot/util-crypto';

import { BatchTree, checkGrant, contentHash, createApi, grantArgs, metadataDigest, scope, ScopeError, verifyAuditChain, verifyInclusionProof, verifyPatientAuditTrail } from '@medchain/api';

import { account, CHAIN_TIMEOUT_MS, dev, ENDPOINT, eventNames, eventsNamed, finalized, type Included, submit, succeed, untilBlock } from './helpers.js';

/** Mortality wallets give transactions, in blocks (polkadot.js apps' default). */
const MORTAL_PERIOD = 64;
/** Tokens each account of the run gets: far more than the deposits and fees it pays (< 1). */
const FUNDING_TOKENS = 100n;
/** `OrganizationRoles`: EMERGENCY_ACCESS | CUSTODIAN. */
const HOSPITAL_ROLES = 0b11;
/** How long the expiring grant lasts, in blocks after the best block when it is signed. */
const EXPIRING_GRANT_BLOCKS = 4;
/** The duration an access request asks for, in blocks. */
const REQUESTED_BLOCKS = 100;
/** Members of the batch trees anchored: one leaf, even and odd widths, past a power of two. */
const BATCH_SIZES = [1, 2, 3, 5, 8, 17, 33];
/** The pallets whose metadata must decode: medchain's and the governance ones. */
const PALLETS = ['PatientIdentity', 'Consent', 'EhrAnchor', 'MedchainBridge', 'Consortium', 'Council', 'CouncilMembership', 'NodeAuthorization', 'Session', 'Sudo'];
/** medchain's runtime APIs: every method is called. */
const MEDCHAIN_APIS = ['PatientIdentityApi', 'ConsentApi', 'EhrAnchorApi', 'MedchainBridgeApi'];
/** Read-only methods of the standard runtime APIs governance tools use, called too. */
const GOVERNANCE_API_METHODS: Record<string, string[]> = {
  AuraApi: ['slot_duration', 'authorities'],
  GrandpaApi: ['grandpa_authorities', 'current_set_id'],
  SessionKeys: ['decode_session_keys']
};
/** Longest the whole suite may take: its tests run concurrently and need about 2 minutes. */
const SUITE_TIMEOUT_MS = 6 * CHAIN_TIMEOUT_MS;
/** Largest proof the node takes: more is refused as invalid parameters. */
const MAX_PROOF_ITEMS = 32;

interface Ctx {
  api: ApiPromise;
  plain: ApiPromise;
  /** Raw JSON-RPC, for answers as the node writes them. */
  raw: WsProvider;
  alice: KeyringPair;
  hospital: KeyringPair;
  clinic: KeyringPair;
  /** Organization ids of the hospital (custodian, emergency role) and the clinic. */
  H: number;
  C: number;
  /** Patient 1: linked to the hospital, grants the clinic laboratory data for treatment. */
  p1: KeyringPair;
  p1Id: number;
  /** p1's link and grant: the grant's id and the block it is in. */
  p1Ready: Promise<{ grant: number; block: number }>;
  /** The patient whose wallet subscribes to events. */
  p3: KeyringPair;
  p3Id: number;
  /** Accounts of the wallet-signing test: an sr25519 and an ed25519 patient. */
  pSr: KeyringPair;
  pEd: KeyringPair;
  /** Governance: a validator candidate with session keys, a second council seat. */
  validator: KeyringPair;
  member: KeyringPair;
  /** The first block of this run. */
  start: number;
}

const ctx = {} as Ctx;

/** The `field` of the first event `name` in `included`. */
function field (included: Included, name: string, index = 0): Codec {
  const [record] = eventsNamed(included, name);
  assert.ok(record, `no ${name} in ${eventNames(included).join(', ')}`);
  return record.event.data[index];
}

async function setup (): Promise<void> {
  ctx.api = await createApi(ENDPOINT);
  // A plain @polkadot/api, as polkadot.js apps connects: no definitions, no types.
  ctx.plain = await PlainApi.create({ noInitWarn: true, provider: new WsProvider(ENDPOINT), throwOnConnect: true });
  ctx.raw = new WsProvider(ENDPOINT);
  await ctx.raw.isReady;
  const { api } = ctx;
  const ss58 = api.registry.chainSS58;
  ctx.alice = dev('Alice', ss58);
  ctx.hospital = account('hospital', 'sr25519', ss58);
  ctx.clinic = account('clinic', 'sr25519', ss58);
  ctx.p1 = account('patient-1', 'sr25519', ss58);
  ctx.p3 = account('patient-3', 'sr25519', ss58);
  ctx.pSr = account('patient-sr25519', 'sr25519', ss58);
  ctx.pEd = account('patient-ed25519', 'ed25519', ss58);
  ctx.validator = account('validator', 'sr25519', ss58);
  ctx.member = account('council-member', 'sr25519', ss58);
  ctx.start = (await api.rpc.chain.getHeader()).number.toNumber();
  const funding = FUNDING_TOKENS * 10n ** BigInt(api.registry.chainDecimals[0]);
  const funded = [ctx.hospital, ctx.clinic, ctx.p1, ctx.p3, ctx.pSr, ctx.pEd, ctx.validator, ctx.member];
  const org = (admin: KeyringPair, kind: 'Hospital' | 'Clinic', roles: number) => api.tx.patientIdentity.registerOrganization(admin.address, kind, roles);
  // One block: Alice's transfers, then (next nonce) her sudo registering both organizations.
  const [, registered] = await Promise.all([
    succeed(api, api.tx.utility.batchAll(funded.map((a) => api.tx.balances.transferKeepAlive(a.address, funding))), ctx.alice),
    succeed(api, api.tx.sudo.sudo(api.tx.utility.batchAll([org(ctx.hospital, 'Hospital', HOSPITAL_ROLES), org(ctx.clinic, 'Clinic', 0)])), ctx.alice)
  ]);
  const ids = eventsNamed(registered, 'patientIdentity.OrganizationRegistered').map(({ event }) => [event.data[1].toString(), Number(event.data[0].toString())]);
  const idOf = Object.fromEntries(ids) as Record<string, number>;
  ctx.H = idOf[ctx.hospital.address];
  ctx.C = idOf[ctx.clinic.address];
  assert.ok(ctx.H !== undefined && ctx.C !== undefined, `organizations registered: ${JSON.stringify(ids)}`);
  const register = (p: KeyringPair) => succeed(api, api.tx.patientIdentity.registerPatient(randomAsHex(32)), p);
  const [r1, r3] = await Promise.all([register(ctx.p1), register(ctx.p3)]);
  ctx.p1Id = Number(field(r1, 'patientIdentity.PatientRegistered').toString());
  ctx.p3Id = Number(field(r3, 'patientIdentity.PatientRegistered').toString());
  // Patient 1 lets the hospital anchor their records and grants the clinic laboratory data.
  ctx.p1Ready = succeed(api, api.tx.utility.batchAll([
    api.tx.patientIdentity.approveLink(null, ctx.H),
    api.tx.consent.grant(...grantArgs({ grantees: [ctx.C], scope: scope().categories('Laboratory').purposes('Treatment') }))
  ]), ctx.p1).then((done) => ({ block: done.blockNumber, grant: Number(field(done, 'consent.ConsentGranted', 1).toString()) }));
  ctx.p1Ready.catch(() => undefined);
}

describe(`medchain node at ${ENDPOINT}`, { concurrency: true, timeout: SUITE_TIMEOUT_MS }, () => {
  before(setup, { timeout: 3 * CHAIN_TIMEOUT_MS });
  after(async () => {
    await ctx.api?.disconnect();
    await ctx.plain?.disconnect();
    await ctx.raw?.disconnect();
  });

  /** The metadata of the listed pallets, from the plain API. */
  const pallets = () => ctx.plain.runtimeMetadata.asLatest.pallets.filter((p) => PALLETS.includes(p.name.toString()));
  const variantCount = (typeId: Codec | undefined) =>
    typeId ? ctx.plain.registry.lookup.getSiType(typeId as never).def.asVariant.variants.length : 0;

  test('metadata alone: every call of medchain\'s and the governance pallets encodes and decodes', () => {
    const { plain } = ctx;
    assert.deepEqual(pallets().map((p) => p.name.toString()).sort(), [...PALLETS].sort());
    let calls = 0;
    for (const pallet of pallets()) {
      const section = stringCamelCase(pallet.name);
      const fns = Object.values(plain.tx[section] ?? {});
      assert.equal(fns.length, variantCount(pallet.calls.unwrapOr(undefined)?.type), `${section}: every call decorated`);
      for (const fn of fns) {
        const args = fn.meta.args.map((a) => plain.registry.createType(a.type.toString()));
        const call = fn(...args);
        const decoded = plain.registry.createType('Call', call.method.toU8a());
        assert.equal(decoded.toHex(), call.method.toHex(), `${section}.${fn.meta.name.toString()}`);
        assert.equal(`${decoded.section}.${decoded.method}`, `${section}.${stringCamelCase(fn.meta.name)}`);
        calls++;
      }
    }
    assert.ok(calls > 60, `${calls} calls`);
  });

  test('metadata alone: every event, error and constant decodes', () => {
    const { plain } = ctx;
    const { registry } = plain;
    let events = 0;
    let errors = 0;
    let constants = 0;
    for (const pallet of pallets()) {
      const section = stringCamelCase(pallet.name);
      const decorated = Object.values(plain.events[section] ?? {});
      assert.equal(decorated.length, variantCount(pallet.events.unwrapOr(undefined)?.type), `${section}: every event decorated`);
      for (const ev of decorated) {
        const fields = ev.meta.fields.map((f) => registry.createType(registry.createLookupType(f.type)).toU8a());
        const bytes = u8aConcat(new Uint8Array([pallet.index.toNumber(), ev.meta.index.toNumber()]), ...fields);
        const event = registry.createType('Event', bytes);
        assert.ok(ev.is(event), `${section}.${ev.meta.name.toString()}`);
        assert.equal(event.toHex(), u8aToHex(bytes));
        assert.equal(event.data.length, fields.length);
        events++;
      }
      const errorType = pallet.errors.unwrapOr(undefined)?.type;
      for (let index = 0; index < variantCount(errorType); index++) {
        const found = registry.findMetaError({ error: new Uint8Array([index, 0, 0, 0]), index: new BN(pallet.index.toNumber()) });
        assert.equal(found.section, section);
        const dispatchError = registry.createType('DispatchError', { Module: { error: [index, 0, 0, 0], index: pallet.index } });
        assert.ok(plain.errors[section][found.name].is(dispatchError.asModule), `${section}.${found.name}`);
        errors++;
      }
      for (const { name, type } of pallet.constants) {
        const constant = plain.consts[section][stringCamelCase(name)];
        const again = registry.createType(registry.createLookupType(type), constant.toU8a());
        assert.equal(again.toHex(), constant.toHex(), `${section}.${name.toString()}`);
        constants++;
      }
    }
    assert.ok(events > 60 && errors > 60 && constants > 20, `${events} events, ${errors} errors, ${constants} constants`);
  });

  test('metadata alone: every storage item\'s types resolve, plain values and map entries decode', async () => {
    const { plain } = ctx;
    const { registry } = plain;
    let items = 0;
    let entries = 0;
    for (const pallet of pallets()) {
      const section = stringCamelCase(pallet.name);
      for (const item of pallet.storage.unwrapOr(undefined)?.items ?? []) {
        const name = stringCamelCase(item.name);
        const entry = plain.query[section][name];
        assert.ok(entry, `${section}.${name} decorated`);
        const type = entry.creator.meta.type;
        const what = `${section}.${name}`;
        /** A value as stored: an optional item's answer is an `Option` of it. */
        const stored = (value: Codec): Codec | undefined => {
          if (!entry.creator.meta.modifier.isOptional) {
            return value;
          }
          const option = value as unknown as { isSome: boolean; unwrap: () => Codec };
          return option.isSome ? option.unwrap() : undefined;
        };
        if (type.isPlain) {
          const value = stored(await entry() as Codec);
          if (value) {
            const again = registry.createType(registry.createLookupType(type.asPlain), value.toU8a());
            assert.equal(again.toHex(), value.toHex(), what);
          }
        } else {
          const map = type.asMap;
          registry.createType(registry.createLookupType(map.value));
          const key = registry.createType(registry.createLookupType(map.key));
          const args = map.hashers.length > 1 ? [...(key as unknown as Codec[])] : [key];
          assert.ok(entry.key(...args).length > 32, `${what}: a key`);
          const page = await entry.entriesPaged({ args: [], pageSize: 3 });
          for (const [storageKey, answer] of page) {
            assert.equal(storageKey.args.length, map.hashers.length, what);
            const value = stored(answer as Codec);
            assert.ok(value, `${what}: an entry has a value`);
            const again = registry.createType(registry.createLookupType(map.value), value.toU8a());
            assert.equal(again.toHex(), value.toHex(), what);
            entries++;
          }
        }
        items++;
      }
    }
    assert.ok(items > 40 && entries > 10, `${items} items, ${entries} map entries`);
  });

  test('metadata alone: every method of medchain\'s runtime APIs is callable with api.call', async () => {
    const { plain } = ctx;
    const { registry } = plain;
    const apis = plain.runtimeMetadata.asLatest.apis;
    let called = 0;
    let expected = 0;
    const wanted = [...MEDCHAIN_APIS.map((name) => [name, undefined] as const), ...Object.entries(GOVERNANCE_API_METHODS)];
    for (const [name, only] of wanted) {
      const runtimeApi = apis.find((a) => a.name.toString() === name);
      assert.ok(runtimeApi, `runtime API ${name}`);
      const methods = runtimeApi.methods.filter((m) => !only || only.includes(m.name.toString()));
      expected += only ? only.length : methods.length;
      for (const method of methods) {
        const fn = plain.call[stringCamelCase(name)]?.[stringCamelCase(method.name)];
        assert.ok(fn, `api.call.${stringCamelCase(name)}.${stringCamelCase(method.name)}`);
        const args = method.inputs.map((i) => registry.createType(registry.createLookupType(i.type)));
        const result = await fn(...args);
        const again = registry.createType(registry.createLookupType(method.output), result.toU8a());
        assert.equal(again.toHex(), result.toHex(), `${name}.${method.name.toString()}`);
        called++;
      }
      if (!only) {
        assert.equal(runtimeApi.methods.length, Object.keys(plain.call[stringCamelCase(name)]).length);
      }
    }
    assert.equal(called, expected);
  });

  test('wallets sign with sr25519 and ed25519, mortal eras and CheckMetadataHash off, on and wrong', async () => {
    const { api, pEd, pSr } = ctx;
    const digest = await metadataDigest(api);
    const era = { era: MORTAL_PERIOD };
    const on = { ...era, metadataHash: digest, mode: 1 };
    const off = { ...era, mode: 0 };

    // A wrong digest: the node refuses the transaction and nothing changes.
    const wrong = { ...era, metadataHash: blake2AsHex('not the metadata', 256), mode: 1 };
    const balance = (await api.query.system.account(pEd.address)).data.free.toBigInt();
    await assert.rejects(
      submit(api, api.tx.patientIdentity.registerPatient(randomAsHex(32)), pEd, wrong),
      (error: Error) => {
        assert.doesNotMatch(error.message, /CannotLookup/, 'the runtime cannot check metadata hashes: it was built without its `metadata-hash` feature');
        // The runtime signs over its own digest, so the signature does not verify.
        assert.match(error.message, /1010|bad signature|BadProof/i);
        return true;
      }
    );
    assert.equal((await api.rpc.system.accountNextIndex(pEd.address)).toNumber(), 0, 'nonce unchanged');
    assert.ok((await api.rpc.identity.patientByAccount(pEd.address)).isNone, 'not registered');
    assert.equal((await api.query.system.account(pEd.address)).data.free.toBigInt(), balance, 'no fee paid');

    /** The included extrinsic of `done`: signed by `who`, mortal for MORTAL_PERIOD, in `mode`. */
    const inspect = async (done: Included, who: KeyringPair, mode: number) => {
      const { block } = await api.rpc.chain.getBlock(done.blockHash);
      const ext = block.extrinsics.find((e) => e.hash.toHex() === done.txHash);
      assert.ok(ext?.isSigned, 'the extrinsic is in its block, signed');
      assert.equal(ext.signer.toString(), who.address);
      assert.ok(ext.era.isMortalEra, 'mortal');
      assert.equal(ext.era.asMortalEra.period.toNumber(), MORTAL_PERIOD);
      assert.equal(ext.mode.toNumber(), mode, 'CheckMetadataHash mode');
      const signature = (ext.inner.signature as unknown as { multiSignature: { type: string } }).multiSignature;
      assert.equal(signature.type, who.type === 'ed25519' ? 'Ed25519' : 'Sr25519');
    };

    // Registration: ed25519 with the metadata digest, sr25519 without.
    const [edReg, srReg] = await Promise.all([
      succeed(api, api.tx.patientIdentity.registerPatient(randomAsHex(32)), pEd, on),
      succeed(api, api.tx.patientIdentity.registerPatient(randomAsHex(32)), pSr, off)
    ]);
    await inspect(edReg, pEd, 1);
    await inspect(srReg, pSr, 0);
    const edId = field(edReg, 'patientIdentity.PatientRegistered');
    assert.ok((await api.rpc.identity.patientByAccount(pEd.address)).unwrap().id.eq(edId));

    // Grants, signed the other way round; the scope built and checked against the chain first.
    const labForTreatment = scope().categories('Laboratory').purposes('Treatment');
    const [edGrant, srGrant] = await Promise.all([
      checkGrant(api, { grantees: [ctx.C], scope: labForTreatment }).then((args) => succeed(api, api.tx.consent.grant(...args), pEd, off)),
      checkGrant(api, { grantees: [ctx.C], scope: scope().categories('Imaging').purposes('Research') }).then((args) => succeed(api, api.tx.consent.grant(...args), pSr, on))
    ]);
    await inspect(edGrant, pEd, 0);
    await inspect(srGrant, pSr, 1);

    // Revocations.
    const [edRevoke, srRevoke] = await Promise.all([
      succeed(api, api.tx.consent.revoke(null, Number(field(edGrant, 'consent.ConsentGranted', 1).toString())), pEd, on),
      succeed(api, api.tx.consent.revoke(null, Number(field(srGrant, 'consent.ConsentGranted', 1).toString())), pSr, off)
    ]);
    assert.deepEqual(eventsNamed(edRevoke, 'consent.ConsentRevoked').length, 1);
    assert.deepEqual(eventsNamed(srRevoke, 'consent.ConsentRevoked').length, 1);
    await inspect(edRevoke, pEd, 1);
    assert.equal((await api.rpc.consent.consents(edId.toString())).grants.length, 0);

    // An anchor, signed by the custodian's operator with the digest.
    await ctx.p1Ready;
    const record = randomAsHex(32);
    const hash = contentHash('{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"valueQuantity":{"value":6.1,"unit":"%"}}');
    const anchored = await succeed(api, api.tx.ehrAnchor.anchor(record, ctx.p1Id, 'Laboratory', { FhirR4: 'Observation' }, hash, null), ctx.hospital, on);
    await inspect(anchored, ctx.hospital, 1);
    assert.equal(field(anchored, 'ehrAnchor.RecordAnchored').toHex(), record);
    const verdict = await api.rpc.records.verify(record, hash, anchored.blockHash);
    assert.ok(verdict.isCurrent && verdict.asCurrent.custodian.eqn(ctx.H), verdict.toString());
  });

  test('a patient\'s wallet sees an access request, a break-glass access and a grant expiring', async () => {
    const { api, hospital, p3, p3Id } = ctx;
    const seen: Record<string, Codec[] | undefined> = {};
    const unsubscribe = await api.query.system.events((records) => {
      for (const { event } of records) {
        // Each of these events names the patient first.
        if (event.section === 'consent' && ['AccessRequested', 'EmergencyAccessOpened', 'ConsentExpired'].includes(event.method) && event.data[0].toString() === String(p3Id)) {
          seen[event.method] = [...event.data];
        }
      }
    });
    try {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      const [requested, opened, granted] = await Promise.all([
        succeed(api, api.tx.consent.requestAccess(p3Id, scope().categories('Laboratory').purposes('Treatment').build(), REQUESTED_BLOCKS), hospital),
        succeed(api, api.tx.consent.breakGlass(p3Id, 'LifeThreatening'), hospital),
        succeed(api, api.tx.consent.grant(...grantArgs({ expiresAt: best + EXPIRING_GRANT_BLOCKS, grantees: [ctx.C], scope: scope().categories('VitalSigns').purposes('Treatment') })), p3)
      ]);
      const grant = field(granted, 'consent.ConsentGranted', 1).toString();
      await untilBlock(api, 'the request, break-glass and expiry events', async () =>
        seen.AccessRequested && seen.EmergencyAccessOpened && seen.ConsentExpired ? true : undefined);
      // AccessRequested { patient, request, organization, expires_at }
      assert.equal(seen.AccessRequested?.[2].toString(), String(ctx.H));
      assert.equal(seen.AccessRequested?.[1].toString(), field(requested, 'consent.AccessRequested', 1).toString());
      // EmergencyAccessOpened { patient, organization, operator, reason, expires_at }
      assert.equal(seen.EmergencyAccessOpened?.[1].toString(), String(ctx.H));
      assert.equal(seen.EmergencyAccessOpened?.[2].toString(), hospital.address);
      assert.equal(seen.EmergencyAccessOpened?.[3].toString(), 'LifeThreatening');
      assert.equal(field(opened, 'consent.EmergencyAccessOpened', 3).toString(), 'LifeThreatening');
      // ConsentExpired { patient, grant }
      assert.equal(seen.ConsentExpired?.[1].toString(), grant);
      // What the wallet shows now: the request and the break-glass access, not the grant.
      const view = await api.rpc.consent.consents(p3Id);
      assert.equal(view.requests.length, 1);
      assert.ok(view.requests[0].organization.eqn(ctx.H) && view.requests[0].duration.eqn(REQUESTED_BLOCKS));
      assert.equal(view.emergency.length, 1);
      assert.ok(view.emergency[0].reason.isLifeThreatening);
      assert.equal(view.grants.length, 0);
      const emergency = await api.rpc.consent.checkAccess(p3.address, ctx.H, 'VitalSigns', 'EmergencyTreatment', null, await api.rpc.chain.getBlockHash());
      assert.ok(emergency.isEmergency, emergency.toString());
    } finally {
      unsubscribe();
    }
  });

  test('medchain\'s JSON-RPC methods answer through the definitions, as the runtime APIs do', async () => {
    const { api, p1, p1Id } = ctx;
    const { block, grant } = await ctx.p1Ready;
    await finalized(api, block);
    // Allowed and denied, at the best block (which the finalized block now agrees with).
    const granted = await api.rpc.consent.checkAccess(p1.address, ctx.C, 'Laboratory', 'Treatment');
    assert.ok(granted.isGranted && granted.asGranted.grant.eqn(grant), granted.toString());
    const denied = async (expected: string, patient: string, organization: number, category: 'Laboratory' | 'Imaging', purpose: 'Treatment' | 'Research', at?: string) => {
      // (An `undefined` argument would be sent as a block hash of zeros: leave it out.)
      const d = at ? await api.rpc.consent.checkAccess(patient, organization, category, purpose, null, at) : await api.rpc.consent.checkAccess(patient, organization, category, purpose);
      assert.ok(d.isDenied, `${expected}: ${d.toString()}`);
      assert.equal(d.asDenied.type, expected);
    };
    await Promise.all([
      denied('CategoryNotCovered', p1.address, ctx.C, 'Imaging', 'Treatment'),
      denied('PurposeNotCovered', p1.address, ctx.C, 'Laboratory', 'Research'),
      denied('NoGrant', p1.address, ctx.H, 'Laboratory', 'Treatment'),
      denied('UnknownPatient', account('nobody').address, ctx.C, 'Laboratory', 'Treatment'),
      denied('UnknownOrganization', p1.address, 0xffff_fff0, 'Laboratory', 'Treatment')
    ]);
    // Custodians: this chain's (tagged or a bare number) and another chain's; the grant names none.
    for (const custodian of [{ Local: ctx.H }, ctx.H, { chain: api.genesisHash.toHex(), organization: ctx.H }]) {
      const d = await api.rpc.consent.checkAccess(p1.address, ctx.C, 'Laboratory', 'Treatment', custodian as never);
      assert.ok(d.isGranted, `custodian ${JSON.stringify(custodian)}: ${d.toString()}`);
    }
    // As of the block before the grant.
    const before = await api.rpc.chain.getBlockHash(block - 1);
    await denied('NoGrant', p1.address, ctx.C, 'Laboratory', 'Treatment', before.toHex());

    // Each answer is the runtime API's, byte for byte, and the node's JSON.
    const at = await api.rpc.chain.getBlockHash();
    const call = (await api.at(at)).call;
    const raw = (method: string, ...params: unknown[]) => ctx.raw.send<unknown>(method, [...params, at.toHex()]);
    const same = async (what: string, ours: Promise<Codec>, runtime: Promise<Codec>, json?: Promise<unknown>) => {
      const [a, b, j] = await Promise.all([ours, runtime, json]);
      assert.equal(a.toHex(), b.toHex(), `${what}: the runtime API's answer`);
      if (json !== undefined) {
        assert.deepEqual(a.toJSON(), j, `${what}: the node's JSON`);
      }
      return a;
    };
    const record = randomAsHex(32);
    await Promise.all([
      same('consent.checkAccess', api.rpc.consent.checkAccess(p1.address, ctx.C, 'Laboratory', 'Treatment', null, at), call.consentApi.checkAccess(p1.address, ctx.C, 'Laboratory', 'Treatment', null), raw('consent_checkAccess', p1.address, ctx.C, 'laboratory', 'treatment', null)),
      same('consent.consents', api.rpc.consent.consents(p1Id, at), call.consentApi.consents(p1Id), raw('consent_consents', p1Id)),
      same('identity.patientByAccount', api.rpc.identity.patientByAccount(p1.address, at), call.patientIdentityApi.patientByAccount(p1.address), raw('identity_patientByAccount', p1.address)),
      same('identity.patient', api.rpc.identity.patient(p1Id, at), call.patientIdentityApi.patient(p1Id), raw('identity_patient', p1Id)),
      same('identity.organization', api.rpc.identity.organization(ctx.H, at), call.patientIdentityApi.organization(ctx.H), raw('identity_organization', ctx.H)),
      same('identity.organizationOf', api.rpc.identity.organizationOf(ctx.clinic.address, at), call.patientIdentityApi.organizationOf(ctx.clinic.address), raw('identity_organizationOf', ctx.clinic.address)),
      same('records.auditHead', api.rpc.records.auditHead(p1Id, at), call.ehrAnchorApi.auditHead(p1Id), raw('records_auditHead', p1Id)),
      same('records.ofPatient', api.rpc.records.ofPatient(p1Id, 0, 10, at), call.ehrAnchorApi.recordsOf(p1Id, 0, 10), raw('records_ofPatient', p1Id, 0, 10)),
      same('records.record', api.rpc.records.record(record, at), call.ehrAnchorApi.record(record), raw('records_record', record)),
      same('records.verify', api.rpc.records.verify(record, record, at), call.ehrAnchorApi.verify(record, record), raw('records_verify', record, record)),
      same('bridge.status', api.rpc.bridge.status(at), call.medchainBridgeApi.status(), raw('bridge_status')),
      same('bridge.exports', api.rpc.bridge.exports(p1Id, at), call.medchainBridgeApi.exportsOf(p1Id), raw('bridge_exports', p1Id)),
      same('bridge.leases', api.rpc.bridge.leases(p1.address, at), call.medchainBridgeApi.leasesOf(p1.address), raw('bridge_leases', p1.address)),
      same('bridge.peers', api.rpc.bridge.peers(at), call.medchainBridgeApi.peers(), raw('bridge_peers')),
      same('bridge.verifyRecord', api.rpc.bridge.verifyRecord(record, record, at), call.medchainBridgeApi.verifyRemoteRecord(record, record), raw('bridge_verifyRecord', record, record)),
      same('bridge.verifyRecordFrom', api.rpc.bridge.verifyRecordFrom(record, record, record, at), call.medchainBridgeApi.verifyRemoteRecordFrom(record, record, record), raw('bridge_verifyRecordFrom', record, record, record))
    ]);
    // What they say.
    const patient = (await api.rpc.identity.patientByAccount(p1.address)).unwrap();
    assert.ok(patient.id.eqn(p1Id) && patient.links.eqn(1));
    const hospital = (await api.rpc.identity.organization(ctx.H)).unwrap();
    assert.ok(hospital.kind.isHospital && hospital.roles.eqn(HOSPITAL_ROLES) && hospital.status.isActive);
    assert.equal(hospital.admin.toString(), ctx.hospital.address);
    assert.ok((await api.rpc.identity.organizationOf(ctx.clinic.address)).unwrap().id.eqn(ctx.C));
    const consents = await api.rpc.consent.consents(p1Id);
    assert.deepEqual(consents.grants.map((g) => g.categories.map((c) => c.type)), [['Laboratory']]);
    assert.ok((await api.rpc.bridge.status()).thisChain.unwrap().eq(api.genesisHash));
    assert.ok((await api.rpc.records.verify(record, record)).isUnknown);
    // A proof longer than any batch needs is refused outright.
    await assert.rejects(api.rpc.records.verifyInBatch(record, record, record, 0, Array(MAX_PROOF_ITEMS + 1).fill(record)), /at most 32/);
  });

  test('batch proofs built here are accepted by records_verifyInBatch; tampered ones refused by both', async () => {
    const { api, p1Id } = ctx;
    await ctx.p1Ready;
    const batches = BATCH_SIZES.map((n) => {
      const members = Array.from({ length: n }, (_, i) => ({
        hash: contentHash(`{"resourceType":"Observation","status":"final","code":{"text":"glucose"},"valueQuantity":{"value":${5 + i / 10},"unit":"mmol/L"}}`),
        record: randomAsHex(32)
      }));
      return { id: randomAsHex(32), members, tree: new BatchTree(members) };
    });
    const done = await succeed(api, api.tx.utility.batchAll(batches.map((b) =>
      api.tx.ehrAnchor.anchorBatch(b.id, p1Id, 'Laboratory', b.tree.count, b.tree.root()))), ctx.hospital);
    assert.equal(eventsNamed(done, 'ehrAnchor.BatchAnchored').length, batches.length);
    const at = done.blockHash;
    let accepted = 0;
    let refused = 0;
    await Promise.all(batches.map(async ({ id, members, tree }) => {
      const onChain = (await api.rpc.records.batch(id, at)).unwrap();
      assert.equal(onChain.root.toHex(), tree.root());
      assert.ok(onChain.count.eqn(tree.count) && onChain.custodian.eqn(ctx.H));
      const root = onChain.root;
      await Promise.all(members.map(async (m, i) => {
        const { leafIndex, proof } = tree.proof(i);
        const claim = { count: tree.count, hash: m.hash, leafIndex, proof, record: m.record, root };
        const verdict = await api.rpc.records.verifyInBatch(id, m.record, m.hash, leafIndex, proof, at);
        assert.ok(verdict.isCurrent && verdict.asCurrent.version.eqn(1), `${tree.count}/${i}: ${verdict.toString()}`);
        assert.ok(verifyInclusionProof(claim));
        accepted++;
        const flipped = proof.map((p, j) => (j === 0 ? u8aToHex(Uint8Array.from(Buffer.from(p.slice(2), 'hex'), (b, k) => (k === 31 ? b ^ 1 : b))) : p));
        const tampered = [
          ...(proof.length ? [{ ...claim, proof: flipped }] : []),
          { ...claim, hash: blake2AsHex(m.hash, 256) },
          ...(tree.count > 1 ? [{ ...claim, leafIndex: (i + 1) % tree.count }] : [])
        ];
        for (const t of tampered) {
          const v = await api.rpc.records.verifyInBatch(id, t.record, t.hash, t.leafIndex, t.proof, at);
          assert.ok(v.isInvalidProof, `${tree.count}/${i}: ${v.toString()}`);
          assert.equal(verifyInclusionProof(t), false);
          refused++;
        }
      }));
    }));
    assert.equal(accepted, BATCH_SIZES.reduce((a, b) => a + b, 0));
    assert.ok(refused > accepted * 2);
    const page = await api.rpc.records.ofPatient(p1Id, 0, 256);
    const anchored = new Set(page.entries_.map((e) => e.anchor.toHex()));
    assert.ok(batches.every(({ id }) => [...anchored].some((a) => a.endsWith(id.slice(2)))), 'the batches are in the patient\'s record index');
  });

  test('a patient\'s audit chain recomputed from AccessLogged events is the chain\'s head', async () => {
    const { api, clinic, p1Id } = ctx;
    const { grant } = await ctx.p1Ready;
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    const record = randomAsHex(32);
    const hash = contentHash('{"resourceType":"DiagnosticReport","status":"final","code":{"text":"lipid panel"}}');
    await succeed(api, api.tx.ehrAnchor.anchor(record, p1Id, 'Laboratory', { FhirR4: 'DiagnosticReport' }, hash, null), ctx.hospital);
    const read = () => api.tx.ehrAnchor.logAccess({ Record: record }, { Grant: grant }, 'Treatment');
    const first = await succeed(api, api.tx.utility.batchAll([read(), read()]), clinic);
    const second = await succeed(api, read(), clinic);
    assert.equal(eventsNamed(first, 'ehrAnchor.AccessLogged').length + eventsNamed(second, 'ehrAnchor.AccessLogged').length, 3);
    // A read the grant does not cover is refused and leaves the chain as it was.
    const refused = await submit(api, api.tx.ehrAnchor.logAccess({ Record: record }, { Grant: grant }, 'Research'), clinic);
    assert.equal(refused.error, 'ehrAnchor.PurposeNotCovered');

    const trail = await verifyPatientAuditTrail(api, p1Id, { from, to: refused.blockNumber });
    assert.ok(trail.valid, trail.problem);
    assert.equal(trail.count, 3);
    const head = await api.rpc.records.auditHead(p1Id, refused.blockHash);
    assert.equal(trail.head, head.head.toHex());
    assert.ok(head.count.eqn(3));
    assert.deepEqual(trail.events.map((e) => e.block), [first.blockNumber, first.blockNumber, second.blockNumber]);
    const entries = trail.events.map(({ entry }) => api.createType('PalletEhrAnchorAuditEntry', entry));
    assert.deepEqual(entries.map((e) => e.index.toNumber()), [0, 1, 2]);
    assert.ok(entries.every((e) => e.accessor.eqn(ctx.C) && e.basis.isGrant && e.basis.asGrant.eqn(grant) && e.purpose.isTreatment));
    // A trail with an entry left out, or two swapped, does not lead to the head.
    const [e0, e1, e2] = trail.events;
    assert.equal(verifyAuditChain([e0, e2], head).valid, false);
    assert.equal(verifyAuditChain([e1, e0, e2], head).valid, false);
  });

  test('the council proposes, votes, closes and executes motions; a validator sets session keys; all with no custom types', async () => {
    const { alice, member, plain, validator } = ctx;
    const { registry } = plain;
    const alone = { W: account('validator-without-keys', 'sr25519', registry.chainSS58) };
    const seen: string[] = [];
    const unsubscribe = await plain.query.system.events((records) => {
      for (const { event } of records) {
        if (['consortium', 'session', 'council', 'councilMembership'].includes(event.section)) {
          seen.push(`${event.section}.${event.method}`);
        }
      }
    });
    try {
      // Session keys: made by the validator's node for its account, registered by the account.
      // (polkadot.js has no definition of this Substrate method: a raw JSON-RPC call, as apps' RPC page makes.)
      const made = await ctx.raw.send<{ keys: string; proof: string }>('author_rotateKeysWithOwner', [u8aToHex(validator.publicKey)]);
      const decoded = await plain.call.sessionKeys.decodeSessionKeys(made.keys);
      assert.deepEqual(decoded.unwrap().map(([, type]) => type.toU8a()).map((t) => Buffer.from(t).toString()), ['aura', 'gran']);
      const motion = (threshold: number, proposal: ReturnType<typeof plain.tx.consortium.addValidator>) =>
        plain.tx.council.propose(threshold, proposal, proposal.encodedLength);
      // Someone else registering those keys is refused; the seat in the council is added while
      // Alice is its only member (a motion of one vote executes at once), with a validator that
      // has no session keys, so the active set stays as it is.
      const [stolen, set, first] = await Promise.all([
        submit(plain, plain.tx.session.setKeys(made.keys, made.proof), member),
        succeed(plain, plain.tx.session.setKeys(made.keys, made.proof), validator),
        succeed(plain, motion(1, plain.tx.utility.batchAll([plain.tx.councilMembership.addMember(member.address), plain.tx.consortium.addValidator(alone.W.address)])), alice)
      ]);
      assert.equal(stolen.error, 'session.InvalidProof');
      assert.ok((await plain.query.session.nextKeys(member.address)).isNone, 'no keys for the thief');
      assert.ok(eventNames(set).includes('system.ExtrinsicSuccess'));
      assert.equal((await plain.query.session.nextKeys(validator.address)).unwrap().toHex(), made.keys);
      const executed = eventsNamed(first, 'council.Executed');
      assert.equal(executed.length, 1);
      assert.ok((executed[0].event.data[1] as unknown as { isOk: boolean }).isOk, executed[0].event.data[1].toString());
      assert.ok(eventNames(first).includes('councilMembership.MemberAdded') && eventNames(first).includes('consortium.ValidatorAdded'));
      assert.deepEqual((await plain.query.council.members()).map(String).sort(), [alice.address, member.address].sort());
      assert.ok((await plain.query.consortium.validators()).map(String).includes(alone.W.address));

      // Two seats: a motion needs both votes (more than two thirds). Propose, vote, close.
      const undo = plain.tx.utility.batchAll([plain.tx.consortium.removeValidator(alone.W.address), plain.tx.councilMembership.removeMember(member.address)]);
      const proposed = await succeed(plain, motion(2, undo), alice);
      const { event } = eventsNamed(proposed, 'council.Proposed')[0];
      assert.ok(plain.events.council.Proposed.is(event));
      const { proposalHash: hash, proposalIndex: index, threshold } = event.data;
      assert.ok(threshold.eqn(2));
      const [early] = await Promise.all([
        submit(plain, plain.tx.council.close(hash, index, { proofSize: 0, refTime: 0 }, undo.encodedLength), alice),
        succeed(plain, plain.tx.council.vote(hash, index, true), member)
      ]);
      assert.equal(early.error, 'council.TooEarly');
      await succeed(plain, plain.tx.council.vote(hash, index, true), alice);
      const votes = (await plain.query.council.voting(hash)).unwrap();
      assert.equal(votes.ayes.length, 2);
      const { weight } = await plain.call.transactionPaymentCallApi.queryCallInfo(undo, undo.encodedLength);
      const closed = await succeed(plain, plain.tx.council.close(hash, index, weight, undo.encodedLength), alice);
      for (const name of ['council.Closed', 'council.Approved', 'council.Executed', 'consortium.ValidatorRemoved', 'councilMembership.MemberRemoved']) {
        assert.ok(eventNames(closed).includes(name), `${name} in ${eventNames(closed).join(', ')}`);
      }
      assert.ok((eventsNamed(closed, 'council.Executed')[0].event.data[1] as unknown as { isOk: boolean }).isOk);
      assert.deepEqual((await plain.query.council.members()).map(String), [alice.address]);
      assert.ok(!(await plain.query.consortium.validators()).map(String).includes(alone.W.address));

      // Following validator changes: each change forced a session rotation; the active set is
      // still Alice's, whose last authored block the consortium pallet notes.
      await untilBlock(plain, 'a new session after the validator changes', async () => (seen.includes('session.NewSession') ? true : undefined));
      assert.ok(seen.includes('consortium.ValidatorAdded') && seen.includes('consortium.ValidatorRemoved'), seen.join(', '));
      assert.deepEqual((await plain.query.session.validators()).map(String), [alice.address]);
      const authored = await plain.query.consortium.lastAuthored(alice.address);
      assert.ok(authored.isSome, 'Alice authored a block');
    } finally {
      unsubscribe();
    }
  });

  test('what the scope builder refuses, the runtime refuses too (dry run)', async () => {
    const { api, p1 } = ctx;
    await ctx.p1Ready;
    const dryRun = async (args: Parameters<typeof api.tx.consent.grant>) => {
      const result = await api.tx.consent.grant(...args).dryRun(p1);
      assert.ok(result.isOk, `valid as a transaction: ${result.toString()}`);
      const outcome = result.asOk;
      return outcome.isOk ? 'Ok' : outcome.asErr.isModule ? api.registry.findMetaError(outcome.asErr.asModule).name : outcome.asErr.type;
    };
    const lab = { categories: ['Laboratory'], custodians: [], purposes: ['Treatment'] };
    const cases: [string, Parameters<typeof api.tx.consent.grant>, () => unknown][] = [
      ['InvalidScope', [null, [ctx.C], { ...lab, categories: [] }, null, null], () => scope().purposes('Treatment').build()],
      ['InvalidScope', [null, [ctx.C], { ...lab, purposes: [] }, null, null], () => scope().categories('Laboratory').build()],
      ['InvalidScope', [null, [ctx.C], { ...lab, custodians: [ctx.H, ctx.H] }, null, null], () => scope().categories('Laboratory').purposes('Treatment').custodians(ctx.H, ctx.H).build()],
      ['InvalidGrantees', [null, [], lab, null, null], () => grantArgs({ grantees: [], scope: lab as never })],
      ['InvalidGrantees', [null, [ctx.C, ctx.C], lab, null, null], () => grantArgs({ grantees: [ctx.C, ctx.C], scope: lab as never })],
      ['InvalidWindow', [null, [ctx.C], lab, 1_000_000, 1_000_000], () => grantArgs({ expiresAt: 1_000_000, grantees: [ctx.C], scope: lab as never, startsAt: 1_000_000 })]
    ];
    for (const [error, args, build] of cases) {
      assert.throws(build, (e: unknown) => e instanceof ScopeError && e.code === error, `the builder refuses (${error})`);
      assert.equal(await dryRun(args), error);
    }
    // An organization that does not exist: refused by the chain check and the runtime.
    await assert.rejects(checkGrant(api, { grantees: [0xffff_fff0], scope: scope().categories('Laboratory').purposes('Treatment') }), (e: unknown) => e instanceof ScopeError && e.code === 'UnknownOrganization');
    assert.equal(await dryRun([null, [0xffff_fff0], lab as never, null, null]), 'UnknownOrganization');
    // What it accepts, the runtime accepts.
    assert.equal(await dryRun(await checkGrant(api, { grantees: [ctx.C], scope: scope().categories('Allergies').purposes('Treatment').custodians(ctx.H) })), 'Ok');
  });
});
