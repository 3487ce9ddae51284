// The definitions @polkadot/typegen reads (`npm run typegen`): one module per medchain JSON-RPC
// namespace, each with its methods and the JSON shapes they answer with.
export { default as bridge } from './bridge/definitions.js';
export { default as consent } from './consent/definitions.js';
export { default as identity } from './identity/definitions.js';
export { default as records } from './records/definitions.js';
