import { createRequire } from 'node:module';
import { readCoreParts } from './wink-core.js';

/**
 * wink's English model, assembled from its parts for a faster start. Its core is read from files
 * the build prepares (see wink-core.ts), and two things are left out:
 * - its sentiment machine: the package's entry point loads a 400 KB sentiment model that nothing
 *   here reads, and wink builds every machine it is given, whatever the pipe (so an empty machine
 *   stands in for it, and sentiment stays out of the pipe);
 * - the deep copy its core loader makes of the model (a JSON round trip of 3 MB, ~25 ms): the core
 *   is read once per process here, so what is read is used as it is.
 * `readCore` does what the package's core loader does (version pinned in package.json).
 */
const requirePart = createRequire(import.meta.url);
const part = (name: string) => requirePart(`wink-eng-lite-web-model/dist/${name}`);
const EMPTY_MACHINE = JSON.stringify([0, 0, {}, {}, {}, {}]);

/**
 * The package's loader of the custom-entity machines stringifies its own cached copy on every call,
 * so each fresh pipeline would get them escaped once more: the string doubles with each pipeline
 * until a long batch dies of a RangeError. It is called once here and its answer reused.
 */
function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

interface Feature { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }
interface CoreModel {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
}

function indexOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

function readCore(): CoreModel {
  const { json, lexicon, xpansions, lexemes, lexemeHash } = readCoreParts();
  const model = { ...json, lexicon, xpansions } as unknown as CoreModel;
  const { packing, features, pos } = model;
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].hash = indexOf(features[f].list);
      features[f].intrinsicSize = features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.hash = lexemeHash;
  features.lexeme.intrinsicSize = features.lexeme.index = lexemes.length;
  const clusters = features.posClusters.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  return model;
}

export const model = {
  core: readCore,
  sbd: part('load-sbd-model.js'),
  pos: part('load-pos-model.js'),
  ner: part('load-ner-model.js'),
  negation: part('load-negation-model.js'),
  metaCER: once(part('load-cer-meta-model.js') as () => { machines: string; transformers: unknown[] }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  featureFn: part('feature.js'),
  addons: { stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined },
};
