import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Pipeline = typeof import('../digest.js');

const DIST = new URL('../', import.meta.url);
const BUNDLE = new URL('digest-bundle.cjs', DIST);
const CACHE = new URL('digest-bundle.cache', DIST);
const ENTRY = new URL('digest.js', DIST);

/**
 * The pipeline, from the one-file bundle the build makes (scripts/bundle.mjs) with V8's code
 * cache, which starts faster than its fifty modules; from the modules themselves when the bundle
 * is missing or older than them (a build by tsc alone). A cache V8 rejects (another Node) only
 * costs the compilation it would have saved.
 */
export async function loadDigest(): Promise<Pipeline> {
  return bundled() ?? import('../digest.js');
}

function bundled(): Pipeline | null {
  const bundle = modified(BUNDLE);
  const cache = modified(CACHE);
  if (bundle === null || cache === null || bundle < (modified(ENTRY) ?? Infinity)) return null;
  const filename = fileURLToPath(BUNDLE);
  const script = new Script(readFileSync(BUNDLE, 'utf8'), { filename, cachedData: readFileSync(CACHE) });
  return script.runInThisContext()(createRequire(filename), DIST.href) as Pipeline;
}

function modified(file: URL): number | null {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;
}
