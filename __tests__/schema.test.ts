// The published JSON Schema (schema/digest.schema.json) must accept every digest the pipeline
// writes and describe exactly the fields of the TypeScript contract (src/model/digest.ts).
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { digest } from '../src/digest.js';
import type { Actor, Claim, Diagnostic, Digest, Figure, SummarySentence } from '../src/model/digest.js';
import { fixtureSlugs, goldenPath, readArticle } from '../fixtures/golden.mjs';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
  $ref?: string;
  oneOf?: JsonSchema[];
}

const schema = JSON.parse(readFileSync(new URL('../schema/digest.schema.json', import.meta.url), 'utf8')) as JsonSchema;
// ajv is CommonJS: its class is both the module and its `default` export; NodeNext types see only the latter.
const ajv = new Ajv2020.default({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

function errorsOf(value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

const span = (text: string, start: number) => ({ start, end: start + text.length, text });

/**
 * A digest with every field of the contract present, optional ones included. Typed with
 * Required<...> so that `tsc` fails here when the contract gains or loses a field.
 */
const actor: Required<Actor> = {
  id: 'a1', name: 'Ana Duarte', type: 'person', aliases: ['Duarte'], role: 'Finance Minister',
  mentions: [span('Ana Duarte', 30)], salience: 0.8, rule: 'actor.person',
};
const claim: Required<Claim> = {
  kind: 'direct', quote: 'We are ready', start: 1, end: 13, speaker: 'Ana Duarte', speakerId: 'a1',
  speakerMention: span('Duarte', 16), cue: span('said', 23), anonymous: false, rule: 'claim.quote-said-x',
};
const figure: Required<Figure> = {
  text: '$2.5 billion', start: 40, end: 52, value: 2.5e9, unit: 'USD', kind: 'money', approximate: false,
  counted: null, rule: 'figure.money',
};
const sentence: Required<SummarySentence> = { text: '"We are ready," Duarte said.', start: 0, end: 28, sentence: 0 };
const diagnostic: Required<Diagnostic> = { severity: 'warning', message: 'quote without a speaker', rule: 'claim.orphan', start: 60, end: 70 };
const source: Required<Digest['source']> = {
  path: 'page.html', chars: 120, words: 20, sentences: 2, format: 'html', text: 'x'.repeat(120), published: '2025-03-04',
};
const dateline: Required<NonNullable<Digest['dateline']>> = { place: 'BRUSSELS', agency: 'Reuters', start: 0, end: 20 };
const sample: Required<Digest> = {
  schemaVersion: '1', id: 'doc-1', source, title: 'Ministers agree', dateline, byline: span('By Jo Reyes', 80),
  summary: [sentence], actors: [actor], claims: [claim], figures: [figure], diagnostics: [diagnostic],
};

/** The properties of an object schema, following a local $ref and taking the object branch of a oneOf. */
function objectSchema(node: JsonSchema): JsonSchema {
  if (node.$ref) return objectSchema(schema.$defs![node.$ref.replace('#/$defs/', '')]);
  const branch = node.oneOf?.find((s) => s.properties || s.$ref);
  return branch ? objectSchema(branch) : node;
}

const keysOf = (node: JsonSchema) => Object.keys(objectSchema(node).properties ?? {}).sort();
const top = schema.properties!;

describe('schema/digest.schema.json', () => {
  test('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  test('accepts the complete sample digest', () => {
    expect(errorsOf(sample)).toBe('');
  });

  test.each<[string, object, JsonSchema]>([
    ['digest', sample, schema],
    ['source', source, top.source],
    ['dateline', dateline, top.dateline],
    ['byline', sample.byline!, top.byline],
    ['summary sentence', sentence, top.summary.items!],
    ['actor', actor, top.actors.items!],
    ['actor mention', actor.mentions[0], objectSchema(top.actors.items!).properties!.mentions.items!],
    ['claim', claim, top.claims.items!],
    ['claim cue', claim.cue!, objectSchema(top.claims.items!).properties!.cue],
    ['figure', figure, top.figures.items!],
    ['diagnostic', diagnostic, top.diagnostics.items!],
  ])('lists exactly the fields of the TypeScript %s', (_name, value, node) => {
    expect(keysOf(node)).toEqual(Object.keys(value).sort());
  });

  // Each mutation of the sample must be refused.
  test.each<[string, (d: Record<string, any>) => void]>([
    ['another schema version', (d) => { d.schemaVersion = '2'; }],
    ['an unknown top-level field', (d) => { d.extra = true; }],
    ['a missing field', (d) => { delete d.figures; }],
    ['an unknown actor type', (d) => { d.actors[0].type = 'company'; }],
    ['an unknown claim kind', (d) => { d.claims[0].kind = 'partial'; }],
    ['an unknown figure kind', (d) => { d.figures[0].kind = 'date'; }],
    ['a negative offset', (d) => { d.figures[0].start = -1; }],
    ['a fractional offset', (d) => { d.claims[0].end = 12.5; }],
    ['a string value', (d) => { d.figures[0].value = '2.5bn'; }],
    ['an unknown diagnostic severity', (d) => { d.diagnostics[0].severity = 'error'; }],
    ['a span without text', (d) => { delete d.claims[0].cue.text; }],
    ['an extra field in a mention', (d) => { d.actors[0].mentions[0].type = 'PERSON'; }],
    ['a missing actor rule', (d) => { delete d.actors[0].rule; }],
    ['an unknown source format', (d) => { d.source.format = 'pdf'; }],
    ['a page without its extracted text', (d) => { delete d.source.text; }],
  ])('refuses %s', (_name, mutate) => {
    const broken = structuredClone(sample) as Record<string, any>;
    mutate(broken);
    expect(errorsOf(broken)).not.toBe('');
  });

  test('accepts the digest of a page read as HTML, with a fallback note', () => {
    const page = { published: '2025-03-04T09:00:00Z', fallback: 'page read as plain text: nesting deeper than 512' };
    const current = digest(readArticle(fixtureSlugs()[0]), { path: 'page.html', format: 'html', page });
    expect(errorsOf(JSON.parse(JSON.stringify(current)))).toBe('');
  });

  describe.each(fixtureSlugs())('fixture %s', (slug) => {
    test('golden digest.json is valid', () => {
      expect(errorsOf(JSON.parse(readFileSync(goldenPath(slug, 'digest.json'), 'utf8')))).toBe('');
    });
    test('current digest is valid', () => {
      const current = JSON.parse(JSON.stringify(digest(readArticle(slug), { id: slug, path: null })));
      expect(errorsOf(current)).toBe('');
    });
  });
});
