import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse } from '../src/nlp/wink.js';
import { model } from '../src/nlp/wink-model.js';

/** Text, tag and lemma of every token of `text`, read as one paragraph. */
function tagged(text: string): string[] {
  const { tokens } = analyse(text, [{ start: 0, end: text.length, text }]);
  return tokens.slice(0, tokens.length).map((t) => `${t.text}/${t.pos}/${t.lemma}`);
}

/** The n-th made-up capitalised word: letters only, so the tokenizer keeps it whole and learns it. */
function madeUpWord(n: number): string {
  let word = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) word = String.fromCharCode(97 + ((k - 1) % 26)) + word;
  return `Zq${word}`;
}

describe('analysis does not depend on what was read before', () => {
  const cases = [
    { name: 'known words', text: 'The minister said on Tuesday that the bridge would reopen in May.' },
    { name: 'a possessive the tokenizer could learn', text: "Standard & Poor's, the rating agency, cut the city's score." },
    { name: 'words the model has never seen', text: 'Zorblax Quentari, the Vexmoor envoy, told Trelwick reporters the talks had stalled.' },
    { name: 'no words at all', text: '...' },
  ];
  const before = new Map<string, string[]>();
  beforeAll(() => {
    for (const { text } of cases) before.set(text, tagged(text));
    // Enough new words that the pipeline starts afresh at least once in between.
    tagged(Array.from({ length: 60_000 }, (_, i) => madeUpWord(i)).join(' ') + '.');
  });

  test.each(cases)('$name: the same tokens before and after reading 60,000 unknown words', ({ text }) => {
    expect(tagged(text)).toEqual(before.get(text));
  });
});

describe('a fresh pipeline gets the model as it was', () => {
  // The package's own loader escaped its custom-entity machines once more on every call: after
  // ~20 fresh pipelines (a batch of some ten thousand articles) the string outgrew V8's limit.
  test('the custom-entity machines are the same on every call', () => {
    const first = model.metaCER().machines;
    for (let i = 0; i < 5; i++) expect(model.metaCER().machines).toBe(first);
    expect(() => JSON.parse(first)).not.toThrow();
    expect(typeof JSON.parse(first)).not.toBe('string');
  });
});

describe('a contraction the tokenizer leaves whole', () => {
  // wink splits "cannot" into "can" + "not" inside a sentence but gives no lemma when it ends one.
  test.each([
    { text: 'The ferry cannot.', token: 'cannot/AUX/cannot' },
    { text: 'She said the council cannot.', token: 'cannot/AUX/cannot' },
  ])('$text reads with the word as its own lemma', ({ text, token }) => {
    expect(tagged(text)).toContain(token);
  });
});
