// Offsets are the contract's promise: every span in a digest is `text.slice(start, end)` of the
// input, whatever the input. Checked on arbitrary strings, on strings built from news-like pieces
// (quotes of every kind, CRLF, tabs, NBSP, zero-width spaces, emoji, numbers, names), and on the
// fixtures. The same input must also give byte-identical JSON twice.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { digest } from '../src/digest.js';
import type { Digest } from '../src/model/digest.js';
import { fixtureSlugs, readArticle } from '../fixtures/golden.mjs';

interface Checked {
  where: string;
  start: number;
  end: number;
  text: string;
}

/** Every [start, end) record of a digest with the text it claims to cover. */
function spansOf(d: Digest): Checked[] {
  const out: Checked[] = [];
  const add = (where: string, s: { start: number; end: number; text: string } | null) => {
    if (s) out.push({ where, start: s.start, end: s.end, text: s.text });
  };
  d.summary.forEach((s, i) => add(`summary[${i}]`, s));
  add('byline', d.byline);
  d.actors.forEach((a, i) => a.mentions.forEach((m, j) => add(`actors[${i}].mentions[${j}]`, m)));
  d.claims.forEach((c, i) => {
    add(`claims[${i}]`, { start: c.start, end: c.end, text: c.quote });
    add(`claims[${i}].speakerMention`, c.speakerMention);
    add(`claims[${i}].cue`, c.cue);
  });
  d.figures.forEach((f, i) => add(`figures[${i}]`, f));
  return out;
}

/** The offset problems of one digest of `text`, as readable lines (empty when all is well). */
function offsetProblems(text: string, d: Digest): string[] {
  const problems: string[] = [];
  const inBounds = (where: string, start: number, end: number) => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${where}: [${start}, ${end}) is not a range of a ${text.length}-character text`);
      return false;
    }
    return true;
  };
  for (const s of spansOf(d)) {
    if (inBounds(s.where, s.start, s.end) && text.slice(s.start, s.end) !== s.text) {
      problems.push(`${s.where}: text.slice(${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
    }
  }
  if (d.dateline && inBounds('dateline', d.dateline.start, d.dateline.end)) {
    const covered = text.slice(d.dateline.start, d.dateline.end);
    if (d.dateline.place !== null && !covered.includes(d.dateline.place)) {
      problems.push(`dateline: ${JSON.stringify(covered)} does not contain its place ${JSON.stringify(d.dateline.place)}`);
    }
  }
  for (const [i, diag] of d.diagnostics.entries()) {
    if (diag.start !== undefined || diag.end !== undefined) inBounds(`diagnostics[${i}]`, diag.start ?? -1, diag.end ?? -1);
  }
  if (d.source.chars !== text.length) problems.push(`source.chars is ${d.source.chars}, not ${text.length}`);
  return problems;
}

/** Digest twice: no throw, sound offsets, identical JSON. */
function checkInput(text: string): void {
  const first = digest(text);
  const problems = offsetProblems(text, first);
  if (problems.length) throw new Error(`input ${JSON.stringify(text)}:\n${problems.join('\n')}`);
  expect(JSON.stringify(digest(text))).toBe(JSON.stringify(first));
}

// Pieces of news copy, written for this test: the shapes that make offsets go wrong.
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', "''", '``'];
const SPACES = [' ', ' ', ' ', '\t', '\u00a0', '\u200b', '\u2009', '\r\n', '\n', '\n\n', '\r\n\r\n', '\r'];
const PUNCT = ['.', ',', ':', ';', '?', '!', '—', '–', '-', '(', ')', '...', '…'];
const WORDS = [
  'said', 'says', 'told reporters', 'according to', 'he said', 'she said', 'they said', 'officials said',
  'a person familiar with the matter', 'added', 'warned', 'Finance Minister', 'Gov.', 'Dr', 'the minister',
  'Ana Duarte', 'Duarte', 'Pieter van Aalst', "O'Neill", 'Jean-Luc', 'McAllister', 'Beijing', 'U.S.', 'EU',
  'the European Union', 'Reuters', 'Close', 'Advertisement', 'Share', 'By Jo Reyes', 'BRUSSELS (Reuters) -',
  '(CNN) —', 'NAIROBI, Kenya (AP) —', 'LONDON —', 'contributed to this report', 'Photo: Getty Images',
  'and', 'the', 'of', 'in', 'was', 'not', 'a', 'we', 'will',
];
const NUMBERS = [
  '8,000', '1.13', '$1.13bn', '£600m', '€9bn', '€ 2,5', '76%', '3.2 per cent', '10 or 15 percent',
  '35% to 40%', '40-50', 'thousands of', 'dozens of', 'more than 200', 'a 45-year-old', 'aged 9 and 13',
  '31.5 million tonnes', '12-mile', '2024', 'Oct. 14', 'July 1', 'second', '1st', 'G7', '0', '-3', '1e9',
  '½', '٣', '１２', '$', '%', 'bn', 'm',
];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇰🇪', '\u{1F4F0}', 'é', 'e\u0301', '中国', 'ß'];

const capitalised = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖ'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéü'), maxLength: 9 }))
  .map(([head, tail]) => head + tail);
const newsPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: capitalised },
);
const newsLike = fc.array(newsPiece, { maxLength: 120 }).map((pieces) => pieces.join(''));

/** Whole quotation sentences in the usual orders, glued with arbitrary separators. */
const name = fc.oneof(capitalised.map((s) => s), fc.constantFrom('Ana Duarte', 'he', 'she', 'the minister', 'a spokesperson'));
const clause = fc.array(fc.oneof(fc.constantFrom(...WORDS, ...NUMBERS), capitalised), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const [open, close] = [fc.constantFrom('"', '“', '‘', "'", '«'), fc.constantFrom('"', '”', '’', "'", '»', '')];
const quotation = fc.oneof(
  fc.tuple(open, clause, close, name).map(([o, c, e, n]) => `${o}${c},${e} ${n} said.`),
  fc.tuple(open, clause, close, name).map(([o, c, e, n]) => `${o}${c},${e} said ${n}.`),
  fc.tuple(name, open, clause, close).map(([n, o, c, e]) => `${n} said: ${o}${c}.${e}`),
  fc.tuple(open, clause, close, name, clause).map(([o, c, e, n, d]) => `${o}${c},${e} ${n} said, ${o}${d}.${e}`),
  fc.tuple(name, clause).map(([n, c]) => `${n} said ${c}, according to officials.`),
);
const separator = fc.constantFrom(' ', '\n\n', '\r\n', '\r\n\r\n', '\n', '\u00a0', '\t');
const article = fc
  .array(fc.tuple(fc.oneof(quotation, newsLike), separator), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** FUZZ_SCALE=10 runs ten times as many cases (a longer hunt than the test suite's). */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1));

describe('offsets: every span is text.slice(start, end), and digests are deterministic', () => {
  test.each([
    ['arbitrary code points', fc.string({ unit: 'binary', maxLength: 200 }), 150],
    ['arbitrary UTF-16 code units, lone surrogates included', anyCodeUnits, 100],
    ['news-like pieces', newsLike, 250],
    ['quotations in every order', article, 250],
  ] as const)('%s', (_name, arbitrary, numRuns) => {
    fc.assert(fc.property(arbitrary, (text) => checkInput(text)), { numRuns: numRuns * scale });
  });

  // The tokenizer learns words as it reads; what it read before must not change a digest.
  test('earlier digests do not change a later one', () => {
    const digestJson = (text: string) => JSON.stringify(digest(text));
    fc.assert(
      fc.property(newsLike, newsLike, (earlier, text) => {
        const alone = digestJson(text);
        digestJson(earlier);
        expect(digestJson(text)).toBe(alone);
      }),
      { numRuns: 150 * scale },
    );
  });

  // Inputs that once broke, or that sit on a boundary of the layout rules.
  test.each([
    ['QZ17-93...'], // read as three tokens the first time the tokenizer saw it, two after
    [''],
    [' '],
    ['\r\n\r\n'],
    ['\uFEFF"Yes," he said.'],
    ['"'],
    ['“unclosed quote that runs to the end'],
    ['Close\nClose\nShare'],
    ['WASHINGTON (AP) —'],
    ['(CNN) — '],
    ['By Jo Reyes\n\nBy Jo Reyes'],
    ['Headline here\nHeadline here\n\nLONDON — "Fine," she said.'],
    ['x'.repeat(200) + ' said "' + 'y'.repeat(90) + '"'],
    ['word '.repeat(1200) + '"end," he said.'],
    ['a'.repeat(3999) + '😀'.repeat(10) + ' b'],
    ['😀'.repeat(2500)],
    ['a' + '😀'.repeat(2500)],
    ['"It is 8,000 soldiers," said Ana Duarte, 45.\r\n\r\n“We paid $1.13bn,” he said.'],
  ])('fixed input %#', (text) => checkInput(text));

  // Lines built to make a backtracking pattern explode; each must still be read in a blink.
  test.each([
    ['By A' + 'andA'.repeat(750) + '!'], // the by-line pattern once took minutes on this
    ['By ' + 'Jo, '.repeat(750) + '!'],
    ['WASHINGTON' + ', Aa'.repeat(750) + ' (AP) x'],
    ['Photo ' + ')a'.repeat(1500)],
    ['"' + 'said '.repeat(600) + '\n\n' + '“a” '.repeat(750)],
    ['1,'.repeat(1500) + '000 people'],
    ['$' + '1.'.repeat(1500) + 'bn'],
  ])('hostile input %# is read in well under a second', (text) => {
    const t0 = performance.now();
    checkInput(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  test.each(fixtureSlugs())('fixture %s', (slug) => {
    const text = readArticle(slug);
    const d = digest(text);
    expect(offsetProblems(text, d)).toEqual([]);
    expect(JSON.stringify(digest(text))).toBe(JSON.stringify(d));
  });
});
