import type { Actor, ActorType } from '../model/digest.js';
import type { Span } from '../model/span.js';
import { copyMention, SHARED_HEAD_RULE, type Mention } from './actors-mentions.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { CLUB_PREFIXES, TEAM_SUFFIXES } from '../lexicon/organisation-words.js';

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
  /** Words under which the registry lists it. */
  listed: Set<string>;
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

/** How a one-word mention can name a longer name: its surname, any of its words, an organisation's first word. */
type ShortKind = 'person-last' | 'person-any' | 'organization-first' | 'club-last';

/** Longer names that a one-word mention can stand for: the starts of their multi-word mentions, in order. */
interface ShortSlot {
  /** The entity to take when none was named before the mention: the first indexed. */
  first: Entity;
  starts: number[];
  owners: Entity[];
}

/** Entities with indexes by word, acronym and name, so that merging stays linear in the mentions. */
class Registry {
  readonly entities: Entity[] = [];
  private readonly byWord = new Map<string, Entity[]>();
  private readonly byAcronym = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  /** Built once the longer names are all known; null before. */
  private short: Map<string, ShortSlot> | null = null;
  /** While the index is first built, starts are appended and sorted at the end. */
  private building = true;

  add(m: Mention, type: ActorType, rule = m.rule): Entity {
    const e: Entity = { type, rule, canonical: m.canonical, mentions: [], full: [], starts: [], listed: new Set() };
    this.entities.push(e);
    this.attach(e, m);
    // "the State and Justice Departments": a name completed from a shared head is an ordinary name
    // that later mentions ("the State Department") find; gazetteer forms are not.
    if (e.canonical && m.rule === SHARED_HEAD_RULE) this.index(e, e.canonical.split(' '));
    return e;
  }

  attach(e: Entity, m: Mention): void {
    e.mentions.push(m);
    if (m.words.length > 1) e.starts.push(m.span.start);
    if (m.acronym) this.byAcronym.set(m.acronym, e);
    const grew = !e.canonical && this.index(e, m.words);
    // A longer name met late still makes its entity the last one named at this point.
    if (this.short && m.words.length > 1 && !grew) for (const w of new Set(e.full)) this.enterShort(w, e, [m.span.start]);
  }

  /** List the entity under a longer name; false when it has one at least as long. */
  private index(e: Entity, names: string[]): boolean {
    const words = names.map((w) => w.toLowerCase());
    if (words.length <= e.full.length) return false;
    e.full = words;
    this.byName.set(`${e.type}:${key(words)}`, e);
    for (const w of new Set(words)) {
      if (e.listed.has(w)) continue;
      e.listed.add(w);
      const list = this.byWord.get(w) ?? [];
      list.push(e);
      this.byWord.set(w, list);
    }
    if (e.type === 'organization' && names.length > 1) this.byAcronym.set(initials(names), e);
    if (this.short) for (const w of new Set(words)) this.enterShort(w, e, e.starts);
    return true;
  }

  /** Index the longer names by the words a one-word mention may use; their starts must be sorted. */
  freezeLongNames(): void {
    this.short = new Map();
    for (const [w, list] of this.byWord) for (const e of list) this.enterShort(w, e, e.starts);
    for (const slot of this.short.values()) {
      const order = slot.starts.map((start, i) => ({ start, e: slot.owners[i] })).sort((a, b) => a.start - b.start);
      slot.starts = order.map((x) => x.start);
      slot.owners = order.map((x) => x.e);
    }
    this.building = false;
  }

  /** File the entity under the keys `w` opens for it, with the given starts of its mentions. */
  private enterShort(w: string, e: Entity, starts: number[]): void {
    const full = e.full;
    if (full.length < 2 || !full.includes(w) || !this.short) return;
    const kinds: ShortKind[] = [];
    if (e.type === 'person') kinds.push(...(full[full.length - 1] === w ? ['person-last' as const] : []), 'person-any');
    // "FC Calder" is "Calder" as "Calder United" is; "Real Calder" is "Real" too.
    const opening = CLUB_PREFIXES.has(full[0]) ? full[1] : full[0];
    if (e.type === 'organization' && (opening === w || full[0] === w)) kinds.push('organization-first');
    // "Calder United" is "United" to its followers.
    if (e.type === 'organization' && full.length === 2 && full[1] === w && TEAM_SUFFIXES.has(w)) kinds.push('club-last');
    for (const kind of kinds) {
      const id = `${kind}:${w}`;
      const slot = this.short.get(id) ?? { first: e, starts: [], owners: [] };
      this.short.set(id, slot);
      for (const start of starts) {
        const at = this.building ? slot.starts.length : lastBelow(slot.starts, start) + 1;
        slot.starts.splice(at, 0, start);
        slot.owners.splice(at, 0, e);
      }
    }
  }

  /** The longer name a one-word mention at `at` stands for: the one last named before it, else the first. */
  latest(kind: ShortKind, word: string, at: number): Entity | null {
    const slot = this.short?.get(`${kind}:${word}`);
    if (!slot) return null;
    const i = lastBelow(slot.starts, at);
    return i >= 0 ? slot.owners[i] : slot.first;
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

/** The index of the greatest of sorted `starts` below `at`, or -1. */
function lastBelow(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The greatest of sorted `starts` below `at`, or -1. */
function lastBefore(starts: number[], at: number): number {
  const i = lastBelow(starts, at);
  return i >= 0 ? starts[i] : -1;
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
  // Organisations before people of the same length, so that a name typed only by its length can join one.
  const orgFirst = (m: Mention): number => (m.type === 'organization' ? 0 : 1);
  named.sort((a, b) => b.words.length - a.words.length || orgFirst(a) - orgFirst(b) || a.span.start - b.span.start);
  for (const m of named) {
    const type = m.type as ActorType;
    const e = registry.holding(type, m.words, m.span.start) ?? shortOrganisation(m, registry);
    if (e) registry.attach(e, m);
    else registry.add(m, type);
    assigned.add(m);
  }
  for (const e of registry.entities) e.starts.sort((a, b) => a - b);
  registry.freezeLongNames();
  // Typed one-word names ("Senator Varga") first, so that bare ones ("toward Varga") can follow them.
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
    if (e.type === 'person' && e.rule.startsWith('propn-run') && soundsCorporate(e)) {
      e.type = 'organization';
      e.rule = 'corporate-context';
    } else if (speaksButNeverNamed(e)) {
      e.type = 'organization';
      e.rule = 'lone-speaker';
    }
  }
  const entities = peopleTakeTheirSurnames(clubsTakeTheirTowns(registry.entities));
  const headlineRuns = mentions.filter((m) => m.parts);
  if (headlineRuns.length) {
    const known = new Map<string, Entity>();
    for (const e of entities) for (const x of e.mentions) known.set(key(x.words), e);
    for (const m of headlineRuns) attachConfirmed(m, m.parts as Span[], known);
  }
  return entities;
}

/**
 * "Ada Jordan ... Jordan said": a country's or a capital's name alone that is the surname of a
 * person the article names in full is that person, unless it is where something is ("in Jordan").
 */
function peopleTakeTheirSurnames(entities: Entity[]): Entity[] {
  const people = new Map<string, Entity>();
  // Named by a given name or given a role: "Nazi Germany" or "Stade de France" taken for a person keep their places.
  const named = (e: Entity): boolean => GIVEN_NAMES.has(e.full[0]) || e.mentions.some((m) => m.role);
  for (const e of entities) if (e.type === 'person' && e.full.length > 1 && named(e)) people.set(e.full[e.full.length - 1], e);
  if (!people.size) return entities;
  // Only where the name speaks or acts as a capital would: "King Abdullah of Jordan" keeps the country.
  const person = (m: Mention): Entity | undefined =>
    m.words.length === 1 && !m.located && m.canonical && (m.speaking || m.rule === 'capital-metonym') ? people.get(m.words[0].toLowerCase()) : undefined;
  for (const e of entities) {
    if (e.type !== 'country' && e.type !== 'place') continue;
    for (const m of e.mentions) person(m)?.mentions.push(m);
    e.mentions = e.mentions.filter((m) => !person(m));
  }
  return entities.filter((e) => e.mentions.length > 0);
}

/**
 * "AC Calder", "Real Calder": where the article names a club by a prefix and its town, the town
 * named alone is the club ("Calder's front line", "Calder beat them"), unless it is where something
 * is ("in Calder"). A town left with no mention of its own goes.
 */
function clubsTakeTheirTowns(entities: Entity[]): Entity[] {
  const clubs = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'organization' && e.full.length === 2 && CLUB_PREFIXES.has(e.full[0])) clubs.set(e.full[1], e);
  if (!clubs.size) return entities;
  for (const e of entities) {
    if (e.type !== 'place' && e.type !== 'country') continue;
    const club = (m: Mention): Entity | undefined => (m.words.length === 1 && !m.located ? clubs.get(m.words[0].toLowerCase()) : undefined);
    for (const m of e.mentions) club(m)?.mentions.push(m);
    e.mentions = e.mentions.filter((m) => !club(m));
  }
  return entities.filter((e) => e.mentions.length > 0);
}

/**
 * A bare name the article also calls "carmaker X" or gives shares to is an organisation: a third of
 * its mentions suffice when none gives it a role and it does not start with a known given name, a
 * majority otherwise; never when a title or honorific makes one of its mentions a person. A verb
 * suiting a firm ("Acme have") counts for a one-word name only.
 */
function soundsCorporate(e: Entity): boolean {
  const lone = e.full.length === 1;
  const corporate = e.mentions.filter((m) => m.corporate || (lone && m.firmLike)).length;
  if (!corporate || e.mentions.some((m) => m.type === 'person' && m.rule !== 'propn-run')) return false;
  const share = corporate / e.mentions.length;
  return GIVEN_NAMES.has(e.full[0]) || e.mentions.some((m) => m.role) ? share > 0.5 : share >= 1 / 3;
}

/**
 * "Gazprom said", "Acme told reporters": a lone word taken for a person only because it speaks,
 * which the article never names in full, by a given name, a title or a role, is a body: news copy
 * introduces a person by full name before the surname speaks alone. Named twice at least, so that a
 * surname in a short item ("said Hale and other witnesses") stays a person; not a plural ("Organisers").
 */
function speaksButNeverNamed(e: Entity): boolean {
  if (e.type !== 'person' || e.rule !== 'propn-run+speaker' || e.full.length !== 1 || e.mentions.length < 2) return false;
  const word = e.full[0];
  return !GIVEN_NAMES.has(word) && !/s$/.test(word) && e.mentions.every((m) => m.words.length === 1 && !m.role && m.type !== 'person');
}

/** Parts of a title-case headline run that repeat a name an entity already has ("Varga Praises X"). */
function attachConfirmed(m: Mention, parts: Span[], known: Map<string, Entity>): void {
  for (let i = 0; i < parts.length;) {
    let matched = 0;
    for (let j = parts.length; j > i && !matched; j--) {
      const e = known.get(key(m.words.slice(i, j)));
      if (!e) continue;
      const span = { start: parts[i].start, end: parts[j - 1].end, text: '' };
      const taken = e.mentions.some((x) => x.span.start < span.end && span.start < x.span.end);
      if (!taken) e.mentions.push(copyMention(m, { span: { start: span.start, end: span.end, text: m.span.text.slice(span.start - m.span.start, span.end - m.span.start) }, words: m.words.slice(i, j), parts: null }));
      matched = j - i;
    }
    i += matched || 1;
  }
}

/**
 * "Cedar Hill" besides "Cedar Hill Partners" or a "Cedar Hill" known as a firm: a name taken for a
 * person only because it has two words is the organisation it opens, unless it starts with a given
 * name ("Ada Lind").
 */
function shortOrganisation(m: Mention, registry: Registry): Entity | null {
  if (m.type !== 'person' || m.rule !== 'propn-run' || m.role || GIVEN_NAMES.has(m.words[0].toLowerCase())) return null;
  const opens = (e: Entity): boolean => m.words.every((w, i) => e.full[i] === w.toLowerCase());
  return registry.holding('organization', m.words, m.span.start, opens);
}

/** A one-word name: a known person's surname or given name, an organisation's acronym or first word. */
function resolveShort(m: Mention, registry: Registry): Entity | null {
  const at = m.span.start;
  const w = m.words.join(' ');
  const lower = w.toLowerCase();
  const one = m.words.length === 1;
  if (m.type !== 'organization') {
    const person = one
      ? registry.latest('person-last', lower, at) ?? registry.latest('person-any', lower, at)
      : registry.holding('person', m.words, at, (e) => e.full.length > 1);
    if (person) return person;
  }
  if (m.words.length === 1) {
    const org = registry.acronym(w);
    if (org) return org;
  }
  if (m.type !== null || m.modifier) return null;
  const same = registry.named('person', m.words) ?? registry.named('organization', m.words);
  if (same) return same;
  if (!one) return null;
  const org = registry.latest('organization-first', lower, at) ?? registry.latest('club-last', lower, at);
  // "the town of Ashford" before "Ashford High School" is named: the town, not the school.
  return org && m.located && !org.starts.some((start) => start < at) ? null : org;
}

function fallbackType(m: Mention): ActorType | null {
  if (m.type) return m.type;
  // "studio Lions Gate entertainment": a firm's context outweighs the noun a longer name qualifies.
  if (m.corporate && m.words.length > 1) return 'organization';
  if (m.modifier) return null;
  if (m.corporate || (m.firmLike && m.words.length === 1)) return 'organization';
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
