import { describe, expect, test } from '@jest/globals';
import { digest, readDocument } from '../src/digest.js';
import { lede, summarize, unresolvedStart, type Findings } from '../src/extract/summary.js';
import { score, sentenceFeatures } from '../src/extract/summary-rank.js';
import type { Actor, Claim, Figure } from '../src/model/digest.js';

const NONE: Findings = { actors: [], claims: [], figures: [] };

const FLOODS = `Floods force thousands from homes in northern river towns

Heavy rain has forced more than 4,000 people from their homes in three northern river towns, emergency officials said on Monday.

Click here to read more about our flood coverage and sign up for alerts.

The River Ouse burst its banks at dawn, flooding the town centre of Selby and cutting the main road to York.

Have you been affected by the floods?

Emergency officials said rescue crews had pulled 35 people from cars and houses overnight.

He said the crews had worked through the night.

The Environment Agency has issued 12 severe flood warnings for the river towns, meaning there is a danger to life.

Forecasters expect more heavy rain across the northern river towns on Wednesday, when river levels may rise again.`;

const QUESTION = 'Have you been affected by the floods?';
const JUNK = 'Click here to read more about our flood coverage and sign up for alerts.';
const DANGLING = 'He said the crews had worked through the night.';

function chosen(text: string, options = {}): string[] {
  return summarize(readDocument(text), NONE, options).summary.map((s) => s.text);
}

describe('unresolvedStart', () => {
  const cases: [string, boolean][] = [
    ['He said the talks would resume on Friday.', true],
    ['She declined to comment.', true],
    ['They were released on bail.', true],
    ['It was not clear who fired first.', true],
    ['This is the third strike this year.', true],
    ['But the union rejected the offer.', true],
    ['Also on Tuesday, the court heard from a second witness.', true],
    ['However, the minister said no decision had been taken.', true],
    ['“But we will not give up,” the mayor said.', true],
    ['As a result, the airport closed for six hours.', true],
    ['In addition, the company will cut 200 jobs.', true],
    ['“We have waited long enough,” she said on Monday.', true],
    ['“Nobody saw the flood coming,” said he, shaking his head.', true],
    // Negatives: self-contained openings.
    ['The union rejected the offer on Tuesday.', false],
    ['Hebrew University researchers published the study.', false],
    ['Italy’s prime minister said the talks had failed.', false],
    ['Theresa May spoke to reporters outside Downing Street.', false],
    ['Butter prices rose by 12% in March.', false],
    ['In Paris, thousands marched against the pension reform.', false],
    ['There were no reports of injuries.', false],
    ['“We have waited long enough,” the mayor said on Monday.', false],
    ['The mayor said she would appeal.', false],
    ['', false],
  ];
  test.each(cases)('%s -> %s', (sentence, expected) => {
    expect(unresolvedStart(sentence)).toBe(expected);
  });
});

describe('summarize', () => {
  test('three sentences by default, in article order, offsets into the text', () => {
    const doc = readDocument(FLOODS);
    const { summary } = summarize(doc, NONE);
    expect(summary).toHaveLength(3);
    expect(summary.map((s) => s.start)).toEqual([...summary.map((s) => s.start)].sort((a, b) => a - b));
    for (const s of summary) expect(FLOODS.slice(s.start, s.end)).toBe(s.text);
  });

  const never: [string, string][] = [
    ['the headline', 'Floods force thousands from homes in northern river towns'],
    ['a question to the reader', QUESTION],
    ['a scraping junk line', JUNK],
    ['a sentence opening on an unresolved pronoun', DANGLING],
  ];
  test.each(never)('never picks %s', (_label, sentence) => {
    for (const n of [1, 3, 5, 8]) expect(chosen(FLOODS, { sentences: n })).not.toContain(sentence);
  });

  const inserted: [string, string][] = [
    ['a photo caption', 'Rescue crews wade through flood water in Selby on Monday morning'],
    ['a caption with a credit', 'A resident is carried to safety in Selby on Monday (Getty Images)'],
    ['a byline', 'By Sarah Jones, Home Affairs Correspondent'],
    ['a dateline alone', 'YORK, England (Reuters) -'],
    ['a share prompt', 'Share this story with your friends on Facebook and Twitter.'],
    ['a link', 'Read the latest flood warnings at https://example.org/floods.'],
    ['a question in quotes', '"Where are we supposed to go now?"'],
    ['a sub-heading glued to the text', 'Towns brace for more rainThe River Ouse is expected to peak again late on Wednesday night.'],
  ];
  test.each(inserted)('never picks %s placed after the lead', (_label, line) => {
    const text = FLOODS.replace('\n\nClick here', `\n\n${line}\n\nClick here`);
    for (const n of [1, 3, 8]) expect(chosen(text, { sentences: n }).join('\n')).not.toContain(line.slice(0, 25));
  });

  test('the headline repeated in the body is never chosen', () => {
    const repeated = FLOODS.replace('\n\nHeavy rain', '\n\nFloods force thousands from homes in northern river towns.\n\nHeavy rain');
    for (const n of [1, 3, 8]) expect(chosen(repeated, { sentences: n }).join(' ')).not.toMatch(/^Floods force|\. Floods force/);
  });

  test('length by sentences or by ratio; never longer than the self-contained sentences allow', () => {
    expect(chosen(FLOODS, { sentences: 1 })).toHaveLength(1);
    expect(chosen(FLOODS, { sentences: 5 })).toHaveLength(5);
    expect(chosen(FLOODS, { ratio: 0.5 })).toHaveLength(4);
    expect(chosen(FLOODS, { ratio: 0.01 })).toHaveLength(1);
    expect(chosen(FLOODS, { sentences: 3, ratio: 0.6 })).toHaveLength(5);
    expect(chosen(FLOODS, { sentences: 0 })).toHaveLength(0);
    expect(chosen(FLOODS, { sentences: 8 })).toHaveLength(5);
  });

  test('a lead that the tagger splits after a party tag is chosen whole', () => {
    const text = 'Senator backs levy\n\nSen. Ada Reyes (D-Ore.) said she would back a levy on short-term lets to fund housing.\n\nThe bill goes to a vote next week. Landlords oppose it.';
    expect(chosen(text, { sentences: 1 })[0]).toMatch(/^Sen\. Ada Reyes \(D-Ore\.\) said she would back a levy/);
  });

  test('the lead is chosen for a short summary', () => {
    expect(chosen(FLOODS, { sentences: 2 })[0]).toMatch(/^Heavy rain has forced/);
  });

  test('a near-duplicate of a chosen sentence gives way', () => {
    const text = `Council approves new tram line for the city centre

The city council approved a new tram line through the city centre on Thursday after a two-year debate.

The city council on Thursday approved the new tram line through the city centre after two years of debate.

Construction of the four-mile line is due to start next spring and will cost about £90 million.

Shop owners on the route said they feared months of disruption during the works.`;
    const picked = chosen(text, { sentences: 2 });
    expect(picked.filter((s) => s.includes('approved')).length).toBe(1);
  });

  test('with nothing self-contained, one dangling sentence is taken and reported', () => {
    const sentence = 'They said the bridge would stay closed until the end of the month for urgent repairs.';
    const text = `Bridge to stay shut\n\n${sentence}\n\nWhat do you think?`;
    const { summary, diagnostics } = summarize(readDocument(text), NONE);
    expect(summary.map((s) => s.text)).toEqual([sentence]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', rule: 'summary-unresolved-start' })]);
  });

  test('no diagnostic when every chosen sentence stands alone', () => {
    expect(summarize(readDocument(FLOODS), NONE).diagnostics).toEqual([]);
  });

  test('an empty body gives an empty summary', () => {
    expect(chosen('')).toEqual([]);
  });

  test('no sentence that starts half-way through a quotation, or carries one on unattributed', () => {
    const text = [
      'Port reopens after strike',
      'The port of Calder reopened on Monday after a nine-day strike by dock workers over pay.',
      '"We lost a great deal of money in those nine days. It was a very hard week for every firm at the port. We are glad the strike is over," said Ada Lind, who runs a shipping firm at the port.',
      'Union leaders said the deal would raise the wages of dock workers by 6% over two years.',
      '"The members voted for the new pay deal by a wide margin at a meeting on Sunday.',
      '"We will watch the company closely to see that it keeps its word on pay and hours," said union leader Tom Hale.',
      'The strike had left more than 300 ships waiting at anchor off the coast of Calder.',
    ].join('\n\n');
    const summary = digest(text, { sentences: 4 }).summary.map((s) => s.text);
    expect(summary).toHaveLength(4);
    for (const unnamed of ['"We lost', 'It was a very hard week', 'We are glad', '"The members']) expect(summary.some((s) => s.startsWith(unnamed))).toBe(false);
    expect(summary.some((s) => s.startsWith('"We will watch'))).toBe(true);
  });
});

describe('findings', () => {
  const doc = readDocument(FLOODS);
  const at = (needle: string) => {
    const start = FLOODS.indexOf(needle);
    return { start, end: start + needle.length, text: needle };
  };
  const sentenceOf = (needle: string) => doc.sentences.findIndex((s) => s.text.includes(needle));
  const agency: Actor = {
    id: 'environment-agency', name: 'Environment Agency', type: 'organization', aliases: [], role: null,
    mentions: [at('Environment Agency')], salience: 1, rule: 'test',
  };
  const warnings: Figure = { ...at('12 severe flood warnings'), value: 12, unit: 'warnings', kind: 'count', approximate: false, counted: null, rule: 'test' };
  const quote: Claim = {
    kind: 'direct', quote: 'worked through the night', ...at('the crews had worked through the night'), speaker: null, speakerId: null,
    speakerMention: null, cue: null, anonymous: false, rule: 'test',
  };

  test('salient actors and figures raise the sentences that hold them', () => {
    const plain = sentenceFeatures(doc, NONE).features;
    const rich = sentenceFeatures(doc, { actors: [agency], claims: [], figures: [warnings] }).features;
    const i = sentenceOf('Environment Agency');
    expect(rich[i].actors).toBe(1);
    expect(rich[i].figures).toBe(1);
    expect(score(rich[i])).toBeGreaterThan(score(plain[i]));
    expect(rich[sentenceOf('River Ouse')].actors).toBe(0);
  });

  test('direct quotation found by the claims counts as quoted text', () => {
    const features = sentenceFeatures(doc, { actors: [], claims: [quote], figures: [] }).features;
    expect(features[sentenceOf('through the night')].quoted).toBeGreaterThan(0.5);
    expect(features[sentenceOf('River Ouse')].quoted).toBe(0);
  });
});

describe('lede', () => {
  test('one self-contained sentence', () => {
    const s = lede(readDocument(FLOODS), NONE);
    expect(s?.text).toMatch(/^Heavy rain has forced/);
  });
});
