#!/usr/bin/env node
// Part of the build, after tsc: the pipeline (dist/digest.js and every module it imports) as one
// script, and V8's code cache for it, so that a one-article run starts faster (one file to read
// instead of fifty modules, and functions compiled at build time instead of on first call).
// src/cli/load-digest.ts loads it, and falls back to dist/digest.js when it is missing or older.
//
// Each module becomes a CommonJS function in a small registry (TypeScript's own transpiler does
// the conversion). Anything the registry cannot express (dynamic import) leaves no bundle. The
// CommonJS code of wink-nlp and of its English model goes in too, under its package path
// ("wink-nlp/src/cache.js"); the model's JSON files stay outside and are required as before.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const BUNDLE = path.join(dist, 'digest-bundle.cjs');
const CACHE = path.join(dist, 'digest-bundle.cache');
const ENTRY = 'digest.js';

// Written for newsdigest: a short article in news style that runs every stage of the pipeline,
// so that the code cache holds the functions a real article needs.
const WARM_UP = `Ministers agree new river clean-up plan

LONDON (Newswire) - The government will spend £1.2 billion over five years to clean up
England's rivers, Environment Secretary Helen Marsh said on Tuesday.

"This is the largest investment of its kind in a generation," Marsh told reporters in London.
She said water companies would face fines of up to 10% of their turnover if they failed to act.

The opposition Labour Party called the plan "too little, too late". A senior official, who
asked not to be named, said thousands of sewage overflows were still unmonitored.

According to the Environment Agency, about 14% of rivers met good ecological standards in 2022,
down from 17% in 2016. The agency's chief executive, Tom Reed, 54, said the figures were stark.`;

/** Our modules reachable from the entry, each after those it imports. */
function moduleOrder(entry) {
  const order = [];
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const source = fs.readFileSync(path.join(dist, id), 'utf8');
    for (const m of source.matchAll(/^(?:import|export) (?:[^'"]* from )?'(\.[^']+)';$/gm)) visit(path.posix.join(path.posix.dirname(id), m[1]));
    order.push(id);
  };
  visit(entry);
  return order;
}

/** One module as a CommonJS function body; its relative imports name modules of the registry. */
function asFunctionBody(id) {
  const source = fs.readFileSync(path.join(dist, id), 'utf8').replaceAll('import.meta.url', '__moduleUrl');
  if (/\bimport\s*\(|\bimport\.meta\b/.test(source)) throw new Error(`${id}: dynamic import or import.meta other than its url`);
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  return outputText.replace(/require\("(\.[^"]+)"\)/g, (_, spec) => `require(${JSON.stringify(path.posix.join(path.posix.dirname(id), spec))})`);
}

const requireHere = createRequire(import.meta.url);
/** Packages whose CommonJS files are bundled: entry points by the name our modules require. */
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

/** "wink-nlp/src/cache.js" for a file of a bundled package; null for any other file. */
function packagePath(file) {
  for (const name of PACKAGES) {
    const root = path.dirname(requireHere.resolve(`${name}/package.json`));
    if (file.startsWith(root + path.sep)) return `${name}/${path.relative(root, file).split(path.sep).join('/')}`;
  }
  return null;
}

/**
 * The CommonJS files of the bundled packages reachable from their entry points and from every
 * .js file at the top of the model's dist/ (the parts src/nlp/wink-model.ts picks), each with its
 * relative requires rewritten to package paths.
 */
function packageModules() {
  const modules = new Map();
  const visit = (file) => {
    const key = packagePath(file);
    if (modules.has(key)) return;
    modules.set(key, '');
    const source = fs.readFileSync(file, 'utf8').replace(/\brequire\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g, (call, _, spec) => {
      const target = path.resolve(path.dirname(file), spec);
      if (!fs.existsSync(target)) return call;
      if (target.endsWith('.js')) visit(target);
      return `require(${JSON.stringify(packagePath(target))})`;
    });
    modules.set(key, source);
  };
  const modelDist = path.join(path.dirname(requireHere.resolve('wink-eng-lite-web-model/package.json')), 'dist');
  visit(requireHere.resolve('wink-nlp'));
  for (const f of fs.readdirSync(modelDist).sort()) if (f.endsWith('.js')) visit(path.join(modelDist, f));
  return modules;
}

function bundleSource() {
  const ours = moduleOrder(ENTRY).map((id) => `${JSON.stringify(id)}: function (exports, require, module, __moduleUrl) {\n${asFunctionBody(id)}\n},`);
  const theirs = [...packageModules()].map(([key, source]) => `${JSON.stringify(key)}: function (exports, require, module) {\n${source}\n},`);
  return `(function (requireOutside, distUrl) {
const defs = {
${ours.join('\n')}
${theirs.join('\n')}
};
const aliases = { 'wink-nlp': ${JSON.stringify(packagePath(requireHere.resolve('wink-nlp')))} };
const loaded = Object.create(null);
const requireFrom = (outside) => (spec) => {
  const id = aliases[spec] ?? spec;
  if (id in defs) return load(id);
  // A require made from a URL (createRequire) also finds the bundled package files.
  return id === 'node:module' ? { createRequire: (url) => requireFrom(outside.call(null, id).createRequire(url)) } : outside(id);
};
function load(id) {
  if (!loaded[id]) {
    const module = loaded[id] = { exports: {} };
    defs[id](module.exports, requireFrom(requireOutside), module, new URL(id, distUrl).href);
  }
  return loaded[id].exports;
}
return load(${JSON.stringify(ENTRY)});
})
`;
}

/** Runs the bundle on the warm-up article and returns V8's cache of the code compiled so far. */
function codeCache(source) {
  const script = new vm.Script(source, { filename: BUNDLE });
  const { digest } = script.runInThisContext()(createRequire(BUNDLE), pathToFileURL(dist + path.sep).href);
  digest(WARM_UP);
  return script.createCachedData();
}

fs.rmSync(BUNDLE, { force: true });
fs.rmSync(CACHE, { force: true });
try {
  const source = bundleSource();
  const cache = codeCache(source);
  fs.writeFileSync(BUNDLE, source);
  fs.writeFileSync(CACHE, cache);
} catch (err) {
  console.warn(`newsdigest build: no one-file bundle (${err.message}); the CLI loads the modules instead`);
}
