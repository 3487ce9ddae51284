// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

export * from './bridge/types.js';
export * from './consent/types.js';
export * from './identity/types.js';
export * from './records/types.js';

export type PHANTOM_GENERATED = 'generated';
