import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';

/**
 * The core of wink's English model (its lexicon of 87,000 words), prepared once by the build so
 * that a process reads it without parsing 3 MB of JSON and without building an 87,000-key object:
 * the packed lexicon as raw 32-bit words, the word list alone (a JSON array of strings), and the
 * word -> index hash as an open-addressing table consulted on demand. When the prepared files are
 * missing or were made from another version of the model, the model's own JSON is read instead.
 */
const requireModel = createRequire(import.meta.url);
const MODEL_PACKAGE = 'wink-eng-lite-web-model';
const CORE_JSON = `${MODEL_PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`;
const PREPARED = new URL('./wink-core/', import.meta.url);

/** The model's JSON as wink ships it, but for its lexicon and expansions. */
interface CoreRest {
  features: Record<string, { list: string[] }>;
  [rest: string]: unknown;
}
/** The lexicon and its expansions are base64 text in the JSON. */
interface CoreJson extends CoreRest {
  lexicon: string;
  xpansions: string;
}

/** The parts of the core that are costly to read, decoded; `json` is the rest as wink ships it. */
export interface CoreParts {
  json: CoreRest;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  lexemes: string[];
  lexemeHash: Record<string, number>;
}

/** Identifies the model and the byte order the prepared files were made for. */
function stamp(): string {
  return `${(requireModel(`${MODEL_PACKAGE}/package.json`) as { version: string }).version} ${endianness()}`;
}

/** The core, from the prepared files when they are there and current, else from the model's JSON. */
export function readCoreParts(): CoreParts {
  const meta = new URL('meta.json', PREPARED);
  if (existsSync(meta)) {
    const { stamp: madeFor, ...json } = JSON.parse(readFileSync(meta, 'utf8')) as CoreRest & { stamp: string };
    if (madeFor === stamp()) return readPrepared(json);
  }
  return fromJson(requireModel(CORE_JSON) as CoreJson);
}

function readPrepared(json: CoreRest): CoreParts {
  const lexemes = JSON.parse(readFileSync(new URL('lexemes.json', PREPARED), 'utf8')) as string[];
  json.features.lexeme.list = lexemes;
  const table = words32(readFileSync(new URL('lexeme-table.bin', PREPARED)));
  return {
    json,
    lexicon: words32(readFileSync(new URL('lexicon.bin', PREPARED))),
    xpansions: words32(readFileSync(new URL('xpansions.bin', PREPARED))),
    lexemes,
    lexemeHash: tableHash(table, lexemes),
  };
}

function fromJson(core: CoreJson): CoreParts {
  const { lexicon, xpansions, ...json } = core;
  const lexemes = core.features.lexeme.list;
  const lexemeHash: Record<string, number> = Object.create(null);
  for (let k = 0; k < lexemes.length; k++) lexemeHash[lexemes[k]] = k;
  return { json, lexicon: words32(Buffer.from(lexicon, 'base64')), xpansions: words32(Buffer.from(xpansions, 'base64')), lexemes, lexemeHash };
}

/** Writes the prepared files beside this module (run by the build). */
export function writePreparedCore(): void {
  const core = requireModel(CORE_JSON) as CoreJson;
  const lexemes = core.features.lexeme.list;
  const { lexicon, xpansions, ...json } = core;
  const rest = { ...json, features: { ...json.features, lexeme: { ...json.features.lexeme, list: [] } }, stamp: stamp() };
  mkdirSync(PREPARED, { recursive: true });
  writeFileSync(new URL('meta.json', PREPARED), JSON.stringify(rest));
  writeFileSync(new URL('lexemes.json', PREPARED), JSON.stringify(lexemes));
  writeFileSync(new URL('lexeme-table.bin', PREPARED), buildTable(lexemes));
  writeFileSync(new URL('lexicon.bin', PREPARED), Buffer.from(lexicon, 'base64'));
  writeFileSync(new URL('xpansions.bin', PREPARED), Buffer.from(xpansions, 'base64'));
}

function words32(bytes: Buffer): Uint32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
}

/** FNV-1a over UTF-16 code units: the same at build time and at run time. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Open addressing, linear probing, at most half full; a slot holds index + 1 (0 is empty). */
function buildTable(words: string[]): Uint32Array {
  const table = new Uint32Array(2 ** Math.ceil(Math.log2(words.length * 2 + 1)));
  const mask = table.length - 1;
  for (let k = 0; k < words.length; k++) {
    let slot = hashOf(words[k]) & mask;
    // A repeated word keeps its last index, as an object filled in order would.
    while (table[slot] !== 0 && words[table[slot] - 1] !== words[k]) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  }
  return table;
}

function find(table: Uint32Array, words: string[], word: string): number | undefined {
  const mask = table.length - 1;
  for (let slot = hashOf(word) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    if (words[table[slot] - 1] === word) return table[slot] - 1;
  }
  return undefined;
}

/**
 * The word -> index hash wink reads, writes (words it learns) and we delete from (words it
 * forgets): a plain object, as wink's others are, whose prototype looks a word missing from it up
 * in the table and keeps it on the object for the next time; learnt words are set on it.
 */
function tableHash(table: Uint32Array, words: string[]): Record<string, number> {
  const lookUp = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, key, hash: Record<string, number>) {
      const index = typeof key === 'string' ? find(table, words, key) : undefined;
      if (index !== undefined) Object.defineProperty(hash, key, { value: index, writable: true, enumerable: true, configurable: true });
      return index;
    },
  });
  return Object.create(lookUp) as Record<string, number>;
}
