// The hooks registered by ts-loader.mjs: resolve `./x.js` to `./x.ts` when only the
// TypeScript source exists, and load `.ts` files as ES modules with their types stripped.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export async function resolve(specifier, context, next) {
	if (specifier.startsWith('.') && context.parentURL?.endsWith('.ts')) {
		const url = new URL(specifier, context.parentURL);
		const path = fileURLToPath(url);
		for (const candidate of [path.replace(/\.js$/, '.ts'), `${path}.ts`, `${path}/index.ts`]) {
			if (!existsSync(path) && existsSync(candidate)) {
				return { shortCircuit: true, url: new URL(`file://${candidate}`).href };
			}
		}
	}
	return next(specifier, context);
}

export async function load(url, context, next) {
	if (!url.endsWith('.ts')) {
		return next(url, context);
	}
	const source = await readFile(fileURLToPath(url), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
		fileName: fileURLToPath(url)
	});
	return { format: 'module', shortCircuit: true, source: outputText };
}
