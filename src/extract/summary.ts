import type { Document } from '../model/document.js';
import type { Actor, Claim, Diagnostic, Figure, SummarySentence } from '../model/digest.js';

export interface SummaryOptions {
  sentences?: number;
  ratio?: number;
}

export interface Findings {
  actors: Actor[];
  claims: Claim[];
  figures: Figure[];
}

/** The chosen sentences, in article order. */
export function summarize(doc: Document, _findings: Findings, options: SummaryOptions = {}): { summary: SummarySentence[]; diagnostics: Diagnostic[] } {
  const n = options.sentences ?? 3;
  const summary = doc.sentences.slice(0, n).map((s) => ({ text: s.text, start: s.start, end: s.end, sentence: s.index }));
  return { summary, diagnostics: [] };
}
