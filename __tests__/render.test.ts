import { describe, expect, test } from '@jest/globals';
import type { Actor, Claim, Digest, Figure } from '../src/model/digest.js';
import { renderJson, renderJsonPieces } from '../src/render/json.js';
import { renderTerminal } from '../src/render/terminal.js';

function digestWith(parts: Partial<Digest>): Digest {
  return {
    schemaVersion: '1',
    source: { path: 'article.txt', chars: 0, words: 0, sentences: 0, format: 'text' },
    title: null, dateline: null, byline: null,
    summary: [], actors: [], claims: [], figures: [], diagnostics: [],
    ...parts,
  };
}

const figure = (i: number): Figure => ({ text: `${i} homes`, start: 0, end: 0, value: i, unit: 'homes', kind: 'count', approximate: false, counted: 'homes', rule: 'test' });
const actor = (i: number): Actor => ({ id: `a${i}`, name: `Person ${i}`, type: 'person', aliases: [], role: null, mentions: [], salience: 0, rule: 'test' });
const claim = (i: number): Claim => ({ kind: 'direct', quote: `words ${i}`, start: 0, end: 0, speaker: 'Person 1', speakerId: 'a1', speakerMention: null, cue: null, anonymous: false, rule: 'test' });

describe('the terminal digest of a huge article', () => {
  test('hundreds of thousands of figures and actors render (no argument spread into Math.max)', () => {
    const many = 300_000;
    const text = renderTerminal(digestWith({
      figures: Array.from({ length: many }, (_, i) => figure(i)),
      actors: Array.from({ length: many }, (_, i) => actor(i)),
    }));
    expect(text).toContain('299,999');
    expect(text).toContain('Person 299999');
  });

  test('many claims by one speaker stay in one group', () => {
    const text = renderTerminal(digestWith({ actors: [actor(1)], claims: Array.from({ length: 50_000 }, (_, i) => claim(i)) }));
    expect(text.match(/^ {2}Person 1$/gm)).toHaveLength(1);
  });

  test('a partial quote inside a statement of the same speaker is shown once, in the statement', () => {
    const statement: Claim = { ...claim(0), kind: 'indirect', quote: 'the plan was “sound” and fair', start: 10, end: 39 };
    const partial: Claim = { ...claim(1), quote: 'sound', start: 23, end: 28 };
    const alone: Claim = { ...claim(2), quote: 'We will build it', start: 50, end: 66 };
    const text = renderTerminal(digestWith({ actors: [actor(1)], claims: [statement, partial, alone] }));
    expect(text).toContain('the plan was “sound” and fair');
    expect(text).not.toContain('“sound”\n');
    expect(text).toContain('“We will build it”');
  });
});

describe('the JSON digest written in pieces', () => {
  const cases: [string, Digest][] = [
    ['empty lists', digestWith({})],
    ['one of each, with nested objects and nulls', digestWith({ actors: [actor(1)], claims: [claim(1)], figures: [figure(1)], dateline: { place: 'PARIS', agency: null, start: 0, end: 5 } })],
    ['control characters escaped in every piece', digestWith({ title: 'A\u0085B\u007f', claims: [{ ...claim(2), quote: 'x\u009by' }] })],
  ];
  test.each(cases)('%s: the pieces join to JSON.stringify with two-space indent', (_, d) => {
    const pieces = [...renderJsonPieces(d)];
    expect(pieces.join('')).toBe(renderJson(d));
    expect(JSON.parse(renderJson(d))).toEqual(JSON.parse(JSON.stringify(d)));
    expect(renderJson(d)).toBe(JSON.stringify(d, null, 2).replace(/[\u007f-\u009f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n');
  });
  test('no piece holds more than one list item', () => {
    const d = digestWith({ figures: Array.from({ length: 1000 }, (_, i) => figure(i)) });
    expect(Math.max(...[...renderJsonPieces(d)].map((p) => p.length))).toBeLessThan(400);
  });
});
