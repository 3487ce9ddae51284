// A Node module hook that lets @polkadot/typegen's command-line tools import the TypeScript
// files they expect (`definitions.ts`, `lookup.ts`): it strips types with the TypeScript
// compiler this package already depends on, so no ts-node/tsx is needed. Node 20 has no
// type stripping of its own. Used as `node --import ./scripts/ts-loader.mjs <typegen script>`.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
