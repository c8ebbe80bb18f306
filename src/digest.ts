import type { Document } from './model/document.js';
import { SCHEMA_VERSION, type Diagnostic, type Digest } from './model/digest.js';
import { layout } from './input/furniture.js';
import { analyse, tokenize } from './nlp/wink.js';
import { withSentencesMended } from './model/sentences.js';
import { findActors } from './extract/actors.js';
import { findClaims } from './extract/claims.js';
import { findFigures } from './extract/figures.js';
import { summarize, type SummaryOptions } from './extract/summary.js';

export interface DigestOptions extends SummaryOptions {
  id?: string;
  path?: string | null;
  format?: 'text' | 'html';
  /** For a page: its publication date, and why it was read without a DOM when it was. */
  page?: { published: string | null; fallback: string | null };
}

/** The whole pipeline: text in, digest out. Offsets in the digest index into `text`. */
export function digest(text: string, options: DigestOptions = {}): Digest {
  const doc = readDocument(text);
  const actors = findActors(doc);
  const { claims, diagnostics: claimNotes } = findClaims(doc, actors);
  const figures = findFigures(doc);
  const { summary, diagnostics: summaryNotes } = summarize(doc, { actors, claims, figures }, options);
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id !== undefined ? { id: options.id } : {}),
    source: {
      path: options.path ?? null,
      chars: text.length,
      words: countWords(doc),
      sentences: doc.sentences.length,
      format: options.format ?? 'text',
      ...(options.format === 'html' ? { text, published: options.page?.published ?? null } : {}),
    },
    title: doc.title?.text ?? null,
    dateline: doc.dateline && { place: doc.dateline.place, agency: doc.dateline.agency, start: doc.dateline.start, end: doc.dateline.end },
    byline: doc.byline,
    summary,
    actors,
    claims,
    figures,
    diagnostics: [
      ...(options.page?.fallback ? [{ severity: 'warning' as const, message: options.page.fallback, rule: 'input.html-fallback' }] : []),
      ...furnitureNotes(doc),
      ...claimNotes,
      ...summaryNotes,
    ],
  };
}

/** Tokens that are words, counted without building the tokens. */
function countWords(doc: Document): number {
  let n = 0;
  for (let i = 0; i < doc.tokens.length; i++) if (doc.tokens.posAt(i) !== 'PUNCT' && doc.tokens.posAt(i) !== 'SYM') n++;
  return n;
}

/** What the layout set aside (besides headline, dateline and by-line, which have fields of their own). */
function furnitureNotes(doc: Document): Diagnostic[] {
  return doc.furniture
    .filter((f) => f.kind !== 'title' && f.kind !== 'dateline' && f.kind !== 'byline')
    .map((f) => ({ severity: 'info', message: `a line of page furniture (${f.end - f.start} characters) was set aside`, rule: `layout.${f.kind}`, start: f.start, end: f.end }));
}

/** Layout (headline, dateline, furniture, paragraphs), then sentences and tokens of the body. */
export function readDocument(text: string): Document {
  const parts = layout(text);
  const { sentences, tokens, entities } = analyse(text, parts.paragraphs);
  const titleTokens = parts.title ? tokenize(text, parts.title) : [];
  return withSentencesMended({ text, ...parts, sentences, tokens, entities, titleTokens });
}
