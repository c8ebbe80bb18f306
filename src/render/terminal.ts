import type { Actor, Claim, Digest, Figure } from '../model/digest.js';
import { displayWidth, oneLine as clean, pad, truncate, wrap } from './text.js';

/** Colour functions; the renderer never decides whether colour is on. */
export interface Style {
  title: (s: string) => string;
  heading: (s: string) => string;
  name: (s: string) => string;
  quote: (s: string) => string;
  number: (s: string) => string;
  dim: (s: string) => string;
  warn: (s: string) => string;
}

const same = (s: string): string => s;
export const PLAIN: Style = { title: same, heading: same, name: same, quote: same, number: same, dim: same, warn: same };

export interface TerminalOptions {
  width?: number;
  style?: Style;
}

/** The digest as calm, aligned terminal text. Pure: the same digest gives the same string. */
export function renderTerminal(digest: Digest, options: TerminalOptions = {}): string {
  const width = options.width ?? 80;
  const st = options.style ?? PLAIN;
  const warnings = digest.diagnostics.filter((d) => d.severity === 'warning');
  const notes = warnings.flatMap((d) => wrap(clean(`${d.message}${d.start !== undefined ? ` (at ${d.start})` : ''}`), width, '  ').map(st.warn));
  // Sections are joined with concat: push(...rows) overflows the stack on a list of 100,000 rows.
  const out = header(digest, width, st).concat(
    section('SUMMARY', digest.summary.length ? digest.summary.flatMap((s) => wrap(clean(s.text), width, '  ')) : [st.dim('  (no sentences)')], st),
    section('ACTORS', actors(digest.actors, width, st), st),
    section('CLAIMS', claims(digest.claims, digest.actors, width, st), st),
    section('FIGURES', figures(digest.figures, width, st), st),
    notes.length ? section('NOTES', notes, st) : [],
  );
  return out.join('\n') + '\n';
}

function section(heading: string, rows: string[], st: Style): string[] {
  return ['', st.heading(heading)].concat(rows);
}

function header(d: Digest, width: number, st: Style): string[] {
  const lines = d.title ? wrap(clean(d.title), width).map(st.title) : [st.title(clean(d.source.path ?? 'Untitled article'))];
  const facts: string[] = [];
  if (d.dateline) facts.push([d.dateline.place, d.dateline.agency && `(${d.dateline.agency})`].filter(Boolean).join(' '));
  if (d.byline) facts.push(clean(d.byline.text));
  facts.push(`${d.source.words} words`, `${d.source.sentences} sentences`);
  lines.push(st.dim(truncate(facts.map(clean).join(' · '), width)));
  return lines;
}

function actors(list: Actor[], width: number, st: Style): string[] {
  if (!list.length) return [st.dim('  (none found)')];
  const typeWidth = 12;
  const countWidth = 11;
  const nameWidth = Math.max(6, Math.min(24, width - 2 - 2 - typeWidth - 2 - countWidth, widest(list, (a) => clean(a.name))));
  // The role column takes what is left, and goes when too little is left to read.
  const roleWidth = width - 2 - nameWidth - 2 - typeWidth - 2 - countWidth - 2;
  return list.map((a) => {
    const role = [a.role ?? '', a.aliases.length ? `also ${a.aliases.join(', ')}` : ''].filter(Boolean).join(' · ');
    const count = `${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`;
    const cells = ['  ' + st.name(pad(truncate(clean(a.name), nameWidth), nameWidth)), pad(a.type, typeWidth)];
    if (roleWidth >= 8) cells.push(st.dim(pad(truncate(clean(role), roleWidth), roleWidth)));
    cells.push(count.padStart(countWidth));
    return cells.join('  ').trimEnd();
  });
}

function claims(list: Claim[], all: Actor[], width: number, st: Style): string[] {
  if (!list.length) return [st.dim('  (none found)')];
  const groups = new Map<string, Claim[]>();
  for (const c of list) {
    const key = c.speaker ?? '(speaker unknown)';
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const actorById = new Map(all.map((a) => [a.id, a]));
  const out: string[] = [];
  for (const [speaker, items] of groups) {
    const actor = items[0].speakerId ? actorById.get(items[0].speakerId) : undefined;
    const name = truncate(clean(speaker), width - 2);
    const room = width - 2 - displayWidth(name) - 4;
    const note = items[0].anonymous ? '(unnamed source)' : actor?.role ? `(${clean(actor.role)})` : '';
    const shown = note && room >= 8 ? '  ' + truncate(note, room) : '';
    out.push('  ' + st.name(name) + (items[0].anonymous ? st.warn(shown) : st.dim(shown)));
    const inside = quotesInsideStatements(items);
    for (const c of items.filter((c) => !inside.has(c))) {
      const text = c.kind === 'direct' ? `“${clean(c.quote)}”` : `${clean(c.quote)}`;
      const marked = wrap(text, width, '    ');
      for (const l of marked) out.push(c.kind === 'direct' ? st.quote(l) : l);
    }
  }
  return out;
}

/**
 * Partial quotes that lie inside one of the speaker's statements ("the plan was “sound”"), which
 * already shows them: the terminal does not repeat them (the JSON keeps both). One sweep by start.
 */
function quotesInsideStatements(items: Claim[]): Set<Claim> {
  const inside = new Set<Claim>();
  let reach = -1;
  // At one start, statements come first: they may hold a quote that starts with them.
  const byStart = [...items].sort((a, b) => a.start - b.start || (a.kind === 'indirect' ? -1 : 1));
  for (const c of byStart) {
    if (c.kind === 'indirect') reach = Math.max(reach, c.end);
    else if (c.end <= reach) inside.add(c);
  }
  return inside;
}

function figures(list: Figure[], width: number, st: Style): string[] {
  if (!list.length) return [st.dim('  (none found)')];
  const what = (f: Figure): string => clean([f.counted && f.counted !== f.unit ? f.counted : '', f.approximate ? 'approximate' : ''].filter(Boolean).join(', '));
  const valueWidth = Math.min(16, widest(list, valueText));
  const unitWidth = Math.min(14, widest(list, unitText));
  const whatWidth = Math.min(28, widest(list, what));
  const rest = width - 2 - valueWidth - 2 - unitWidth - 2 - whatWidth - 2;
  return list.map((f) => {
    const cells = ['  ' + st.number(pad(valueText(f), valueWidth)), pad(truncate(unitText(f), unitWidth), unitWidth)];
    if (rest >= 12) cells.push(pad(truncate(what(f), whatWidth), whatWidth), st.dim(truncate(`“${clean(f.text)}”`, rest)));
    else cells.push(st.dim(truncate(`“${clean(f.text)}”`, Math.max(8, width - 2 - valueWidth - 2 - unitWidth - 2))));
    return cells.join('  ').trimEnd();
  });
}

/** The longest text of a column, in a loop: spreading a long list into Math.max overflows the stack. */
function widest<T>(list: T[], text: (item: T) => string): number {
  let max = 0;
  for (const item of list) max = Math.max(max, text(item).length);
  return max;
}

const unitText = (f: Figure): string => clean(f.unit ?? '');

function valueText(f: Figure): string {
  if (f.value === null) return '?';
  const n = f.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return (f.approximate ? '≈ ' : '') + (f.kind === 'percent' ? `${n}%` : n);
}
