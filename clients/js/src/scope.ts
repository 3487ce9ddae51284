// Consent scopes and grants, checked the way pallet-consent checks them (pallets/consent/src/
// scope.rs, grants.rs), so an app refuses in the form what the chain would refuse after fees:
//
// - a scope lists at least one category and one purpose (a set: a code listed twice counts
//   once), names no custodian twice, at most `MaxCustodians` of them, each a registered
//   organization (a suspended one may be named); no custodians means any custodian;
// - a grant names one to `MaxGrantees` distinct active organizations, and its window ends
//   after it starts (a start before the current block starts now).
// The sensitive categories (mental health, substance use, sexual & reproductive health) are
// covered only when listed, and never by break-glass access.
import type { ApiPromise } from '@polkadot/api';

/** The data categories, in the runtime's order (pallet-consent `Category`). */
export const CATEGORIES = [
  'Demographics', 'Conditions', 'Medications', 'Allergies', 'Laboratory', 'Imaging',
  'ClinicalNotes', 'Immunizations', 'VitalSigns', 'Genomics', 'MentalHealth', 'SubstanceUse',
  'SexualReproductiveHealth'
] as const;
/** A data category. */
export type Category = typeof CATEGORIES[number];
/** The sensitive classes (HL7 PSY, ETH, SEX): covered only when a grant names them. */
export const SENSITIVE_CATEGORIES: readonly Category[] = ['MentalHealth', 'SubstanceUse', 'SexualReproductiveHealth'];

/** The purposes of use, in the runtime's order (HL7 v3 PurposeOfUse; pallet-consent `Purpose`). */
export const PURPOSES = ['Treatment', 'Payment', 'Operations', 'Research', 'PublicHealth', 'EmergencyTreatment'] as const;
/** A purpose of use. */
export type Purpose = typeof PURPOSES[number];

/** Most codes a scope's category or purpose list holds (pallet-consent `MaxCodes`). */
export const MAX_CODES = 16;
/** Largest organization id (`OrganizationId` is a `u32`). */
const MAX_ORGANIZATION_ID = 0xffff_ffff;

/** The runtime's bounds on scopes and grants (`api.consts.consent`). */
export interface ConsentLimits {
  maxCustodians: number;
  maxGrantees: number;
}

/** The runtime error a refused scope or grant would get, and why. */
export type ScopeErrorCode = 'InvalidScope' | 'InvalidGrantees' | 'InvalidWindow' | 'UnknownOrganization' | 'OrganizationSuspended';

/** A scope or grant the chain would refuse. `code` is the runtime error it would get. */
export class ScopeError extends Error {
  constructor (readonly code: ScopeErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'ScopeError';
  }
}

/** What a grant or request covers, as `api.tx.consent.grant` and `requestAccess` take it. */
export interface Scope {
  categories: Category[];
  purposes: Purpose[];
  /** Only data these organizations hold; empty: any custodian. */
  custodians: number[];
}

/** `code` as one of `codes`, matched without regard to case (`laboratory`, `Laboratory`). */
function known<T extends string> (codes: readonly T[], code: string, what: string): T {
  const found = codes.find((c) => c.toLowerCase() === String(code).toLowerCase());
  if (!found) {
    throw new ScopeError('InvalidScope', `unknown ${what} ${JSON.stringify(code)}; one of ${codes.join(', ')}`);
  }
  return found;
}

/** `codes` as a set, in the runtime's order. */
function codeSet<T extends string> (all: readonly T[], codes: Iterable<string>, what: string): T[] {
  const listed = new Set([...codes].map((c) => known(all, c, what)));
  return all.filter((c) => listed.has(c));
}

function organizationIds (ids: Iterable<number>, what: string): number[] {
  return [...ids].map((id) => {
    if (!Number.isInteger(id) || id < 0 || id > MAX_ORGANIZATION_ID) {
      throw new ScopeError(what === 'grantee' ? 'InvalidGrantees' : 'InvalidScope', `${what} ${id} is not an organization id`);
    }
    return id;
  });
}

/** The first value listed twice, if any. */
function duplicate (values: number[]): number | undefined {
  return values.find((v, i) => values.indexOf(v) !== i);
}

/**
 * A scope from its parts, or a {@link ScopeError} where the chain would refuse it. `limits`
 * defaults to no bound on custodians; pass the chain's ({@link consentLimits}).
 */
export function buildScope (
  { categories, custodians = [], purposes }: { categories: Iterable<Category | string>; purposes: Iterable<Purpose | string>; custodians?: Iterable<number> },
  limits: Partial<ConsentLimits> = {}
): Scope {
  const scope = {
    categories: codeSet(CATEGORIES, categories, 'category'),
    custodians: organizationIds(custodians, 'custodian'),
    purposes: codeSet(PURPOSES, purposes, 'purpose')
  };
  if (!scope.categories.length) {
    throw new ScopeError('InvalidScope', 'a scope covers at least one category');
  }
  if (!scope.purposes.length) {
    throw new ScopeError('InvalidScope', 'a scope covers at least one purpose');
  }
  const twice = duplicate(scope.custodians);
  if (twice !== undefined) {
    throw new ScopeError('InvalidScope', `custodian ${twice} is named twice`);
  }
  if (limits.maxCustodians !== undefined && scope.custodians.length > limits.maxCustodians) {
    throw new ScopeError('InvalidScope', `a scope names at most ${limits.maxCustodians} custodians, not ${scope.custodians.length}`);
  }
  return scope;
}

/** A scope, built a part at a time: `scope().categories('Laboratory').purposes('Treatment').build()`. */
export class ScopeBuilder {
  readonly #categories: string[] = [];
  readonly #purposes: string[] = [];
  readonly #custodians: number[] = [];

  categories (...categories: Category[]): this {
    this.#categories.push(...categories);
    return this;
  }

  purposes (...purposes: Purpose[]): this {
    this.#purposes.push(...purposes);
    return this;
  }

  /** Only data these organizations hold (by default: any custodian). */
  custodians (...organizations: number[]): this {
    this.#custodians.push(...organizations);
    return this;
  }

  build (limits: Partial<ConsentLimits> = {}): Scope {
    return buildScope({ categories: this.#categories, custodians: this.#custodians, purposes: this.#purposes }, limits);
  }
}

/** Start a {@link ScopeBuilder}. */
export function scope (): ScopeBuilder {
  return new ScopeBuilder();
}

/** A grant as a wallet assembles it. */
export interface GrantInput {
  grantees: number[];
  scope: Scope | ScopeBuilder;
  /** First block of access (default: the block it is included in). */
  startsAt?: number;
  /** First block without access (default: until revoked). */
  expiresAt?: number;
  /** The patient a delegate acts for (default: the signer is the patient). */
  onBehalfOf?: number | bigint;
}

/** The arguments of `api.tx.consent.grant(onBehalfOf, grantees, scope, startsAt, expiresAt)`. */
export type GrantArgs = [number | bigint | null, number[], Scope, number | null, number | null];

/**
 * `api.tx.consent.grant`'s arguments for `grant`, or a {@link ScopeError} where the chain would
 * refuse it. `now` is the block the grant is expected to execute in (the best block + 1), for the
 * window check; without it the window is checked only for its order.
 */
export function grantArgs (grant: GrantInput, { limits = {}, now }: { limits?: Partial<ConsentLimits>; now?: number } = {}): GrantArgs {
  const grantees = organizationIds(grant.grantees, 'grantee');
  if (!grantees.length) {
    throw new ScopeError('InvalidGrantees', 'a grant names at least one organization');
  }
  const twice = duplicate(grantees);
  if (twice !== undefined) {
    throw new ScopeError('InvalidGrantees', `organization ${twice} is named twice`);
  }
  if (limits.maxGrantees !== undefined && grantees.length > limits.maxGrantees) {
    throw new ScopeError('InvalidGrantees', `a grant names at most ${limits.maxGrantees} organizations, not ${grantees.length}`);
  }
  const built = grant.scope instanceof ScopeBuilder ? grant.scope.build(limits) : buildScope(grant.scope, limits);
  const start = Math.max(grant.startsAt ?? now ?? 0, now ?? 0);
  if (grant.expiresAt !== undefined && grant.expiresAt <= start) {
    throw new ScopeError('InvalidWindow', `the grant would expire at block ${grant.expiresAt}, not after its start at block ${start}`);
  }
  return [grant.onBehalfOf ?? null, grantees, built, grant.startsAt ?? null, grant.expiresAt ?? null];
}

/** The chain's bounds on scopes and grants. */
export function consentLimits (api: ApiPromise): ConsentLimits {
  return {
    maxCustodians: api.consts.consent.maxCustodians.toNumber(),
    maxGrantees: api.consts.consent.maxGrantees.toNumber()
  };
}

/**
 * {@link grantArgs} checked against the chain as well: its bounds, its next block, and that
 * every grantee is a registered active organization and every custodian a registered one.
 */
export async function checkGrant (api: ApiPromise, grant: GrantInput): Promise<GrantArgs> {
  const header = await api.rpc.chain.getHeader();
  const args = grantArgs(grant, { limits: consentLimits(api), now: header.number.toNumber() + 1 });
  const [, grantees, { custodians }] = args;
  const organizations = await Promise.all(
    [...grantees, ...custodians].map((id) => api.rpc.identity.organization(id, header.hash))
  );
  organizations.forEach((org, i) => {
    const id = i < grantees.length ? grantees[i] : custodians[i - grantees.length];
    if (org.isNone) {
      throw new ScopeError('UnknownOrganization', `organization ${id} is not registered`);
    }
    if (i < grantees.length && org.unwrap().status.isSuspended) {
      throw new ScopeError('OrganizationSuspended', `organization ${id} is suspended`);
    }
  });
  return args;
}
