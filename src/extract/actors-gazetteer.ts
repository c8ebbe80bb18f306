import type { Token } from '../model/document.js';
import { CITIES, COUNTRIES, PEOPLES, PROVINCES, REGIONS, SEATS_OF_GOVERNMENT, US_STATES } from '../lexicon/countries.js';
import { INSTITUTIONS } from '../lexicon/organisation-words.js';

/** What a gazetteer phrase names: a country (by its name or short form), its capital, a demonym, a region. */
export type PlaceKind = 'country' | 'capital' | 'seat' | 'demonym' | 'region';

export interface PlaceHit {
  /** Canonical name: the country for country, capital and demonym; the region itself otherwise. */
  name: string;
  kind: PlaceKind;
  /** A city or a US state rather than a continent or a sea. */
  town: boolean;
  /** Number of tokens the phrase covers. */
  length: number;
}

const MAX_PHRASE_TOKENS = 6;

/** Lower case, straight apostrophes, single spaces, no leading "the". */
export const phraseKey = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();

interface Entry {
  name: string;
  kind: PlaceKind;
  town: boolean;
  /** An upper-case short form ("CAR", "UAE"): only the same letters in capitals name it, not "Car". */
  capitals: boolean;
}

function buildIndex(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const put = (phrase: string, name: string, kind: PlaceKind, town = false): void => {
    const key = phraseKey(phrase);
    if (!index.has(key)) index.set(key, { name, kind, town, capitals: /^[A-Z][A-Z.&]+$/.test(phrase) });
  };
  for (const c of COUNTRIES) {
    put(c.name, c.name, 'country');
    for (const s of c.shortForms) put(s, c.name, 'country');
  }
  for (const [seat, country] of Object.entries(SEATS_OF_GOVERNMENT)) put(seat, country, 'seat');
  for (const c of COUNTRIES) for (const s of c.capitals) put(s, c.name, 'capital');
  for (const r of REGIONS) put(r, r, 'region');
  for (const r of [...US_STATES, ...PROVINCES, ...CITIES]) put(r, r, 'region', true);
  for (const c of COUNTRIES) for (const s of c.demonyms) put(s, c.name, 'demonym');
  for (const p of PEOPLES) put(p, p, 'demonym');
  return index;
}

const INDEX = buildIndex();
/** First words of every phrase: most tokens are rejected by one look-up. */
const FIRST_WORDS = new Set([...INDEX.keys()].map(firstWord));

function firstWord(key: string): string {
  return key.split(/[\s-]/, 1)[0];
}

/** The longest gazetteer phrase starting at `tokens[i]` and ending within `limit`, if any. */
export function placeAt(text: string, tokens: Token[], i: number, limit = tokens.length): PlaceHit | null {
  if (!FIRST_WORDS.has(firstWord(tokens[i].text.toLowerCase().replace(/[’‘]/g, "'")))) return null;
  const last = Math.min(limit, i + MAX_PHRASE_TOKENS) - 1;
  for (let j = last; j >= i; j--) {
    const phrase = text.slice(tokens[i].start, tokens[j].end);
    const hit = INDEX.get(phraseKey(phrase));
    if (hit && (!hit.capitals || (phrase === phrase.toUpperCase() && !shoutedAround(tokens, i, j)))) return { name: hit.name, kind: hit.kind, town: hit.town, length: j - i + 1 };
  }
  return null;
}

/** "TURKEY CAR BOMB ATTACK": capitals beside a short form make it a shouted word, not the short form. */
function shoutedAround(tokens: Token[], i: number, j: number): boolean {
  const shouted = (t: Token | undefined): boolean => !!t && /^\p{Lu}{3,}$/u.test(t.text);
  return shouted(tokens[i - 1]) || shouted(tokens[j + 1]);
}

/** Is the word a demonym, singular or plural ("Briton", "Britons")? */
export function isDemonym(word: string): boolean {
  const key = phraseKey(word);
  const exact = INDEX.get(key);
  // "Philippines" is a country although "Philippine" is a demonym.
  if (exact) return exact.kind === 'demonym';
  return INDEX.get(key.replace(/s$/, ''))?.kind === 'demonym';
}

/** The canonical name of an institution or party ("Tory" -> "Tories"), or null. */
export function institutionName(phrase: string): string | null {
  return INSTITUTIONS.get(phraseKey(phrase)) ?? null;
}

/** The country whose people a word names ("Americans", "French"), or null; peoples without a state give null. */
export function countryOfPeople(word: string): string | null {
  const key = phraseKey(word);
  const hit = INDEX.get(key) ?? INDEX.get(key.replace(/s$/, ''));
  return hit?.kind === 'demonym' && phraseKey(hit.name) !== key && phraseKey(hit.name) !== key.replace(/s$/, '') ? hit.name : null;
}
