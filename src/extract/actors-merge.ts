import type { Actor, ActorType } from '../model/digest.js';
import type { Span } from '../model/span.js';
import type { Mention } from './actors-mentions.js';

/** Mentions of one real-world actor. */
interface Entity {
  type: ActorType;
  rule: string;
  canonical: string | null;
  mentions: Mention[];
  /** Words of its longest name, lower case. */
  full: string[];
  /** Sorted starts of its multi-word mentions: which entity a later bare surname follows. */
  starts: number[];
}

const key = (words: string[]): string => words.join(' ').toLowerCase();

/** Is `inner` a contiguous part of `outer` (both lower case)? */
function within(inner: string[], outer: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => w === outer[i + j])) return true;
  }
  return false;
}

const initials = (ws: string[]): string =>
  ws.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Entities with indexes by word, acronym and name, so that merging stays linear in the mentions. */
class Registry {
  readonly entities: Entity[] = [];
  private readonly byWord = new Map<string, Entity[]>();
  private readonly byAcronym = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();

  add(m: Mention, type: ActorType, rule = m.rule): Entity {
    const e: Entity = { type, rule, canonical: m.canonical, mentions: [], full: [], starts: [] };
    this.entities.push(e);
    this.attach(e, m);
    return e;
  }

  attach(e: Entity, m: Mention): void {
    e.mentions.push(m);
    const words = m.words.map((w) => w.toLowerCase());
    if (m.words.length > 1) e.starts.push(m.span.start);
    if (m.acronym) this.byAcronym.set(m.acronym, e);
    if (e.canonical || words.length <= e.full.length) return;
    e.full = words;
    this.byName.set(`${e.type}:${key(words)}`, e);
    for (const w of new Set(words)) {
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byWord.set(w, list);
    }
    if (e.type === 'organization' && m.words.length > 1) this.byAcronym.set(initials(m.words), e);
  }

  named(type: ActorType | null, words: string[]): Entity | undefined {
    return this.byName.get(`${type}:${key(words)}`);
  }

  acronym(word: string): Entity | undefined {
    return this.byAcronym.get(word);
  }

  /** Entities of a type whose longest name holds `words`, the one last named before `at` first. */
  holding(type: ActorType, words: string[], at: number, test: (e: Entity) => boolean = () => true): Entity | null {
    const lowered = words.map((w) => w.toLowerCase());
    // Look up by the word that the fewest entities share.
    const lists = lowered.map((w) => this.byWord.get(w) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const found = rarest.filter((e) => e.type === type && within(lowered, e.full) && test(e));
    if (!found.length) return null;
    return found.reduce((a, b) => (lastBefore(b.starts, at) > lastBefore(a.starts, at) ? b : a));
  }
}

/** The greatest of sorted `starts` below `at`, or -1. */
function lastBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) {
      best = starts[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Group mentions into entities: gazetteer names by country, longer names first, then bare names. */
export function mergeMentions(mentions: Mention[]): Entity[] {
  const registry = new Registry();
  const places = new Map<string, Entity>();
  const assigned = new Set<Mention>();
  for (const m of mentions) {
    if (!m.canonical && m.type !== 'place') continue;
    const id = `${m.type}:${m.canonical ?? key(m.words)}`;
    const e = places.get(id);
    if (e) e.mentions.push(m);
    else places.set(id, registry.add(m, m.type ?? 'place'));
    assigned.add(m);
  }
  const named = mentions.filter((m) => !m.canonical && !m.parts && (m.type === 'person' || m.type === 'organization') && (m.words.length > 1 || m.type === 'organization') && m.rule !== 'acronym');
  named.sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const m of named) {
    const type = m.type as ActorType;
    const e = registry.holding(type, m.words, m.span.start);
    if (e) registry.attach(e, m);
    else registry.add(m, type);
    assigned.add(m);
  }
  for (const e of registry.entities) e.starts.sort((a, b) => a - b);
  // Typed one-word names ("Senator Cruz") first, so that bare ones ("toward Cruz") can follow them.
  const rest = mentions.filter((m) => !assigned.has(m) && !m.parts);
  for (const m of [...rest.filter((x) => x.type), ...rest.filter((x) => !x.type)]) {
    const e = resolveShort(m, registry);
    if (e) {
      registry.attach(e, m);
      continue;
    }
    const type = fallbackType(m);
    if (!type) continue;
    const same = registry.named(type, m.words) ?? registry.named('organization', m.words) ?? registry.named('person', m.words) ?? registry.named('place', m.words);
    if (same) registry.attach(same, m);
    else registry.add(m, type, m.type ? m.rule : `${m.rule}+${type === 'person' ? 'speaker' : 'context'}`);
  }
  for (const e of registry.entities) {
    // A bare name the article also calls "carmaker X" or gives shares to is an organisation.
    if (e.type === 'person' && e.rule.startsWith('propn-run') && e.mentions.filter((m) => m.corporate).length * 2 >= e.mentions.length) e.type = 'organization';
  }
  const headlineRuns = mentions.filter((m) => m.parts);
  if (headlineRuns.length) {
    const known = new Map<string, Entity>();
    for (const e of registry.entities) for (const x of e.mentions) known.set(key(x.words), e);
    for (const m of headlineRuns) attachConfirmed(m, m.parts as Span[], known);
  }
  return registry.entities;
}

/** Parts of a title-case headline run that repeat a name an entity already has ("Trump Praises X"). */
function attachConfirmed(m: Mention, parts: Span[], known: Map<string, Entity>): void {
  for (let i = 0; i < parts.length;) {
    let matched = 0;
    for (let j = parts.length; j > i && !matched; j--) {
      const e = known.get(key(m.words.slice(i, j)));
      if (!e) continue;
      const span = { start: parts[i].start, end: parts[j - 1].end, text: '' };
      const taken = e.mentions.some((x) => x.span.start < span.end && span.start < x.span.end);
      if (!taken) e.mentions.push({ ...m, span: { ...span, text: m.span.text.slice(span.start - m.span.start, span.end - m.span.start) }, words: m.words.slice(i, j), parts: null });
      matched = j - i;
    }
    i += matched || 1;
  }
}

/** A one-word name: a known person's surname or given name, an organisation's acronym or first word. */
function resolveShort(m: Mention, registry: Registry): Entity | null {
  const at = m.span.start;
  const w = m.words.join(' ');
  const lower = w.toLowerCase();
  if (m.type !== 'organization') {
    const person =
      registry.holding('person', m.words, at, (e) => e.full.length > 1 && e.full[e.full.length - 1] === lower) ??
      registry.holding('person', m.words, at, (e) => e.full.length > 1);
    if (person) return person;
  }
  if (m.words.length === 1) {
    const org = registry.acronym(w);
    if (org) return org;
  }
  if (m.type !== null || m.modifier) return null;
  const same = registry.named('person', m.words) ?? registry.named('organization', m.words);
  if (same) return same;
  return registry.holding('organization', m.words, at, (e) => e.full.length > 1 && e.full[0] === lower);
}

function fallbackType(m: Mention): ActorType | null {
  if (m.type) return m.type;
  if (m.modifier) return null;
  if (m.corporate) return 'organization';
  // "to Muslims": a plural after a preposition is a group, not a place.
  if (m.located && !/[^s]s$/.test(m.span.text)) return 'place';
  if (m.speaking) return 'person';
  return null;
}

/** Salience: mentions, speaking, presence in the headline and the lead. */
function salience(e: Entity): number {
  const speaking = e.mentions.filter((m) => m.speaking).length;
  const headline = e.mentions.some((m) => m.headline) ? 3 : 0;
  const lead = e.mentions.some((m) => m.lead) ? 1 : 0;
  return e.mentions.length + 2 * speaking + headline + lead;
}

function toActor(e: Entity): Omit<Actor, 'id'> {
  const mentions = [...e.mentions].sort((a, b) => a.span.start - b.span.start);
  const fullest = mentions.reduce((a, m) => (m.words.length > a.words.length || (m.words.length === a.words.length && m.span.text.length > a.span.text.length) ? m : a));
  const name = e.canonical ?? fullest.span.text;
  const aliases = [...new Set(mentions.map((m) => m.span.text))].filter((s) => s !== name);
  return {
    name,
    type: e.type,
    aliases,
    role: e.type === 'person' ? mentions.find((m) => m.role)?.role ?? null : null,
    mentions: mentions.map((m) => m.span),
    salience: salience(e),
    rule: e.rule,
  };
}

/** Actors in salience order (ties: first mention first), with ids a1, a2, ... */
export function rankActors(entities: Entity[]): Actor[] {
  return entities
    .map(toActor)
    .sort((a, b) => b.salience - a.salience || a.mentions[0].start - b.mentions[0].start)
    .map((a, i) => ({ id: `a${i + 1}`, ...a }));
}
