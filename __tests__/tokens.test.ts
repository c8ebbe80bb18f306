import { describe, expect, test } from '@jest/globals';
import { analyse } from '../src/nlp/wink.js';
import { Tokens } from '../src/model/tokens.js';

const text = 'The harbour authority said on Tuesday that 40 ferries were cancelled. Passengers waited for hours.';
const { tokens, sentences } = analyse(text, [{ start: 0, end: text.length, text }]);
const all = tokens.slice(0, tokens.length);

describe('the compact token store reads like an array of tokens', () => {
  test.each([
    { name: 'before the first token', i: -1 },
    { name: 'past the last token', i: all.length },
    { name: 'a fraction', i: 1.5 },
    { name: 'not a number', i: Number.NaN },
  ])('$name gives no token', ({ i }) => {
    expect(tokens.get(i)).toBeUndefined();
  });

  test('every token is its own text, sentence and index', () => {
    all.forEach((t, i) => {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.index).toBe(i);
      expect(t.sentence).toBe(sentences.findIndex((s) => s.tokenStart <= i && i < s.tokenEnd));
    });
  });

  test.each([
    { offset: text.indexOf('40'), word: '40' },
    { offset: text.indexOf('Passengers'), word: 'Passengers' },
    { offset: text.indexOf('arbour'), word: null },
    { offset: text.length + 5, word: null },
  ])('the token starting at $offset is $word', ({ offset, word }) => {
    const i = tokens.indexStartingAt(offset);
    expect(i < 0 ? null : tokens.get(i).text).toBe(word);
  });

  test('overridden sentences and tags leave the rest as it was', () => {
    const one = tokens.withSentences(new Int32Array(tokens.length)).withTags((i) => (i === 0 ? 'X' : tokens.posAt(i)));
    expect(one.slice(0, one.length).map((t) => t.sentence)).toEqual(all.map(() => 0));
    expect(one.get(0).pos).toBe('X');
    expect(one.slice(1, one.length)).toEqual(all.slice(1).map((t) => ({ ...t, sentence: 0 })));
    expect(tokens.get(0).pos).toBe(all[0].pos);
  });

  test('a store built from tokens gives them back', () => {
    expect(Tokens.of(text, all).slice(0, all.length)).toEqual(all);
  });

  test('a store longer than the chunks it keeps gives the same tokens when read again', () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i}`);
    const long = words.join(' ');
    let at = 0;
    const many = words.map((w, i) => {
      const t = { start: at, end: at + w.length, text: w, index: i, pos: 'NOUN' as const, lemma: w, sentence: i >> 5 };
      at += w.length + 1;
      return t;
    });
    const store = Tokens.of(long, many);
    const order = [0, 39_999, 20_000, 0, 1_024, 39_999, 5];
    expect(order.map((i) => store.get(i))).toEqual(order.map((i) => many[i]));
  });
});
