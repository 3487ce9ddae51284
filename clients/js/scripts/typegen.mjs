// Generates src/interfaces/ from the runtime's metadata with @polkadot/typegen, or checks
// that the committed files are what generation gives today (the drift check).
//
//   node scripts/typegen.mjs           regenerate src/interfaces/ in place
//   node scripts/typegen.mjs --check   regenerate into a temporary directory and fail (exit 1)
//                                      if any file differs from the committed one
//
// Input: ../../metadata/medchain.scale, the runtime's `RuntimeMetadataPrefixed` (V15: magic
// "meta", then version 15), as `Metadata_metadata_at_version(15)` returns it without the
// Option tag and length prefix. Typegen wants the hex of those bytes as the `result` of a
// JSON-RPC answer in a file, so this script writes one beside the output.
//
// The definitions (src/interfaces/**/definitions.ts) are the input typegen reads besides the
// metadata; everything else under src/interfaces/ is generated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const metadataFile = path.resolve(root, '../../metadata/medchain.scale');
const interfaces = path.join(root, 'src/interfaces');
const typegen = path.join(root, 'node_modules/@polkadot/typegen/scripts');
const loader = path.join(root, 'scripts/ts-loader.mjs');
/** The import path generated files use for our own definitions. */
const PACKAGE = '@medchain/api/interfaces';
/** "meta" followed by metadata version 15, the version typegen needs for runtime APIs. */
const MAGIC_V15 = '6d6574610f';

const check = process.argv.includes('--check');

/**
 * Words a TypeScript parameter cannot be named. Typegen renames them in events (`export_`) but
 * not in calls, and medchain's bridge has calls with an argument named `export`.
 */
const RESERVED = ['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if',
  'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true',
  'try', 'typeof', 'var', 'void', 'while', 'with', 'yield'];

/**
 * Typegen names the runtime's call type `RuntimeCall` for the runtimes it knows (polkadot,
 * kusama, …) and leaves others' (`MedchainRuntimeRuntimeCall`) as a name nothing declares:
 * alias it the same way.
 */
function aliasRuntimeCall (file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!/\b\w+RuntimeRuntimeCall\b/.test(text)) {
    return;
  }
  const fixed = text
    .replace(/\b\w+RuntimeRuntimeCall\b/g, 'RuntimeCall')
    .replace(/^import type \{ ([^}]*) \} from '@polkadot\/types\/interfaces\/runtime';$/m, (_, names) =>
      `import type { ${[...new Set([...names.split(', '), 'RuntimeCall'])].sort().join(', ')} } from '@polkadot/types/interfaces/runtime';`);
  fs.writeFileSync(file, fixed);
}

/** Rename reserved parameter names in the generated call signatures, as typegen does for events. */
function renameReservedParameters (file) {
  const signature = /^\s+\w+: Augmented(Submittable|Call)</;
  const parameter = new RegExp(`(\\(|, )(${RESERVED.join('|')})(: )`, 'g');
  const text = fs.readFileSync(file, 'utf8');
  const fixed = text.split('\n')
    .map((line) => (signature.test(line) ? line.replace(parameter, '$1$2_$3') : line))
    .join('\n');
  fs.writeFileSync(file, fixed);
}

/** Every file under `dir`, as paths relative to it. */
function listFiles(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

const isDefinitions = (file) => path.basename(file) === 'definitions.ts';

/** Run a typegen command-line tool in `cwd` (typegen resolves its paths from there). */
function run(tool, args, cwd) {
  const { status, stderr } = spawnSync(process.execPath, ['--import', loader, path.join(typegen, tool), ...args], {
    cwd,
    encoding: 'utf8',
    // typegen logs every file it writes on stdout; keep its warnings and errors only.
    stdio: ['ignore', 'ignore', 'pipe']
  });
  // Our `identity` module (the `identity_*` RPC namespace) replaces the one @polkadot/types has
  // for the identity pallet, which medchain does not have: expected, not worth a line.
  const noise = /^Override found for identity in user types, ignoring in @polkadot\/types$/;
  const lines = stderr.split('\n').filter((l) => l.trim() && !noise.test(l));
  if (lines.length) {
    console.error(lines.join('\n'));
  }
  if (status !== 0) {
    throw new Error(`${tool} failed (exit ${status})`);
  }
}

function generate(workDir) {
  const bytes = fs.readFileSync(metadataFile);
  if (!bytes.subarray(0, 5).equals(Buffer.from(MAGIC_V15, 'hex'))) {
    throw new Error(`${metadataFile}: not V15 metadata (expected it to start with 0x${MAGIC_V15})`);
  }
  fs.writeFileSync(path.join(workDir, 'metadata.json'), JSON.stringify({ result: `0x${bytes.toString('hex')}` }));
  const out = 'src/interfaces';
  run('polkadot-types-from-defs.mjs', ['--package', PACKAGE, '--input', out, '--endpoint', 'metadata.json'], workDir);
  run('polkadot-types-from-chain.mjs', ['--package', PACKAGE, '--output', out, '--endpoint', 'metadata.json', '--strict'], workDir);
  for (const file of ['augment-api-tx.ts', 'augment-api-runtime.ts']) {
    renameReservedParameters(path.join(workDir, out, file));
    aliasRuntimeCall(path.join(workDir, out, file));
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'medchain-typegen-'));
try {
  const out = path.join(work, 'src/interfaces');
  fs.mkdirSync(out, { recursive: true });
  for (const file of listFiles(interfaces).filter(isDefinitions)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.copyFileSync(path.join(interfaces, file), path.join(out, file));
  }
  generate(work);
  const generated = listFiles(out);
  if (check) {
    const committed = listFiles(interfaces);
    const problems = [];
    for (const file of generated) {
      if (!committed.includes(file)) {
        problems.push(`missing: src/interfaces/${file}`);
      } else if (!fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(interfaces, file)))) {
        problems.push(`differs: src/interfaces/${file}`);
      }
    }
    for (const file of committed.filter((f) => !generated.includes(f))) {
      problems.push(`not generated (stale?): src/interfaces/${file}`);
    }
    if (problems.length) {
      console.error(`The generated types are not current with metadata/medchain.scale and the definitions:\n  ${problems.join('\n  ')}\nRun \`npm run typegen\` and commit src/interfaces/.`);
      process.exit(1);
    }
    console.log(`src/interfaces/ is current: ${generated.length} files match metadata/medchain.scale`);
  } else {
    for (const file of listFiles(interfaces).filter((f) => !isDefinitions(f))) {
      fs.rmSync(path.join(interfaces, file));
    }
    for (const file of generated.filter((f) => !isDefinitions(f))) {
      fs.mkdirSync(path.dirname(path.join(interfaces, file)), { recursive: true });
      fs.copyFileSync(path.join(out, file), path.join(interfaces, file));
    }
    console.log(`generated ${generated.length} files in src/interfaces/ from metadata/medchain.scale`);
  }
} finally {
  fs.rmSync(work, { force: true, recursive: true });
}
