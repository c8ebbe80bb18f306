import type { Actor, ActorType } from '../model/digest.js';
import type { Span } from '../model/span.js';
import type { Mention } from './actors-mentions.js';

/** Mentions of one real-world actor. */
interface Entity {
  type: ActorType;
  rule: string;
  canonical: string | null;
  mentions: Mention[];
}

const lower = (ws: string[]): string[] => ws.map((w) => w.toLowerCase());

/** Is `inner` a contiguous part of `outer` ("State Department" in "U.S. State Department")? */
function within(inner: string[], outer: string[]): boolean {
  const a = lower(inner);
  const b = lower(outer);
  for (let i = 0; i + a.length <= b.length; i++) {
    if (a.every((w, j) => w === b[i + j])) return true;
  }
  return false;
}

const initials = (ws: string[]): string =>
  ws.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

const longest = (e: Entity): string[] => e.mentions.reduce((a, m) => (m.words.length > a.length ? m.words : a), [] as string[]);

/** Group mentions into entities: gazetteer names by country, longer names first, then bare names. */
export function mergeMentions(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (m: Mention, type: ActorType, rule = m.rule): Entity => {
    const e: Entity = { type, rule, canonical: m.canonical, mentions: [m] };
    entities.push(e);
    return e;
  };
  for (const m of mentions) {
    if (!m.canonical && !(m.type === 'place')) continue;
    const key = `${m.type}:${m.canonical ?? m.words.join(' ').toLowerCase()}`;
    const e = byKey.get(key);
    if (e) e.mentions.push(m);
    else byKey.set(key, add(m, m.type ?? 'place'));
  }
  const named = mentions.filter((m) => !m.canonical && (m.type === 'person' || m.type === 'organization') && (m.words.length > 1 || m.rule !== 'acronym'));
  const longFirst = [...named].sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const m of longFirst) {
    if (m.words.length < 2 && m.rule === 'propn-run') continue;
    const e = entities.find((x) => x.type === m.type && !x.canonical && within(m.words, longest(x)));
    if (e && (m.type === 'organization' || m.words.length > 1 || sameSurname(m, e))) e.mentions.push(m);
    else if (m.words.length > 1 || m.type === 'organization') add(m, m.type as ActorType);
  }
  const assigned = new Set(entities.flatMap((e) => e.mentions));
  for (const m of mentions) {
    if (assigned.has(m) || m.parts) continue;
    const e = resolveShort(m, entities);
    if (e) e.mentions.push(m);
    else {
      const type = fallbackType(m);
      const same = entities.find((x) => x.type === type && !x.canonical && longest(x).join(' ').toLowerCase() === m.words.join(' ').toLowerCase());
      if (same) same.mentions.push(m);
      else if (type) add(m, type, m.type ? m.rule : `${m.rule}+${type === 'person' ? 'speaker' : 'context'}`);
    }
  }
  for (const m of mentions) if (m.parts) attachConfirmed(m, m.parts, entities);
  return entities;
}

/** Parts of a title-case headline run that repeat a name an entity already has ("Trump Praises X"). */
function attachConfirmed(m: Mention, parts: Span[], entities: Entity[]): void {
  const known = new Map<string, Entity>();
  for (const e of entities) for (const x of e.mentions) if (!x.parts) known.set(x.words.join(' ').toLowerCase(), e);
  for (let i = 0; i < parts.length;) {
    let matched = 0;
    for (let j = parts.length; j > i && !matched; j--) {
      const e = known.get(m.words.slice(i, j).join(' ').toLowerCase());
      if (!e) continue;
      const span = { start: parts[i].start, end: parts[j - 1].end, text: '' };
      const taken = e.mentions.some((x) => x.span.start < span.end && span.start < x.span.end);
      if (!taken) e.mentions.push({ ...m, span: { ...span, text: m.span.text.slice(span.start - m.span.start, span.end - m.span.start) }, words: m.words.slice(i, j), parts: null });
      matched = j - i;
    }
    i += matched || 1;
  }
}

const sameSurname = (m: Mention, e: Entity): boolean => {
  const full = longest(e);
  return full[full.length - 1] === m.words[0];
};

/** A one-word name: a known person's surname or given name, an organisation's acronym or first word. */
function resolveShort(m: Mention, entities: Entity[]): Entity | null {
  const w = m.words.join(' ');
  const candidates = (test: (e: Entity) => boolean): Entity | null => {
    const found = entities.filter((e) => !e.canonical && test(e));
    if (!found.length) return null;
    const before = (e: Entity): number => Math.max(-1, ...e.mentions.filter((x) => x.span.start < m.span.start).map((x) => x.span.start));
    return found.reduce((a, b) => (before(b) > before(a) ? b : a));
  };
  const persons = (e: Entity): boolean => e.type === 'person' && m.type !== 'organization';
  return (
    candidates((e) => persons(e) && longest(e).length > 1 && longest(e)[longest(e).length - 1] === w) ??
    candidates((e) => persons(e) && longest(e).length > 1 && within(m.words, longest(e))) ??
    candidates((e) => e.type === 'organization' && (e.mentions.some((x) => x.acronym === w) || (m.words.length === 1 && initials(longest(e)) === w))) ??
    candidates((e) => e.type === 'organization' && m.type === null && !m.modifier && longest(e)[0] === w && longest(e).length > 1)
  );
}

function fallbackType(m: Mention): ActorType | null {
  if (m.type) return m.type;
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
