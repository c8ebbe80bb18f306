#!/usr/bin/env node
// Rewrites fixtures/<slug>/digest.json and digest.txt from the built code in dist/.
// Run `npm run build` first; review the changes with `git diff fixtures/` before committing.
// With --check, writes nothing and exits 1 when a golden file is out of date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { digest, renderTerminal, renderJson } from '../dist/index.js';
import { fixtureSlugs, goldenOutputs, goldenPath } from '../fixtures/golden.mjs';

const check = process.argv.includes('--check');
let stale = 0;
for (const slug of fixtureSlugs()) {
  for (const [file, content] of Object.entries(goldenOutputs(slug, { digest, renderTerminal, renderJson }))) {
    const target = goldenPath(slug, file);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === content) continue;
    stale++;
    if (check) console.log(`out of date: fixtures/${slug}/${file}`);
    else {
      writeFileSync(target, content);
      console.log(`${before === null ? 'created' : 'updated'}: fixtures/${slug}/${file}`);
    }
  }
}
if (!stale) console.log('golden files are up to date');
if (check && stale) process.exitCode = 1;
