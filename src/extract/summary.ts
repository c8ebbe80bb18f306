import type { Document } from '../model/document.js';
import type { Diagnostic, SummarySentence } from '../model/digest.js';
import { ineligibilities } from './summary-candidates.js';
import { score, sentenceFeatures, type Findings } from './summary-rank.js';
import { choose, type Candidate } from './summary-select.js';
import { startsInsideQuotation, unresolvedStart } from './summary-starts.js';

export { unresolvedStart };
export type { Findings };

export interface SummaryOptions {
  sentences?: number;
  ratio?: number;
}

const DEFAULT_SENTENCES = 3;

/**
 * The chosen sentences, in article order: ranked by position-aware centrality, the headline and
 * the findings; junk, questions and the headline left out; near-duplicates and sentences that
 * open on an unresolved pronoun or connective, or inside a quotation, passed over.
 */
export function summarize(doc: Document, findings: Findings, options: SummaryOptions = {}): { summary: SummarySentence[]; diagnostics: Diagnostic[] } {
  const count = summaryLength(doc.sentences.length, options);
  if (!count) return { summary: [], diagnostics: [] };
  const { features, vectors } = sentenceFeatures(doc, findings);
  const reasons = ineligibilities(doc);
  const midQuote = startsInsideQuotation(doc.sentences, findings.claims);
  const candidates: Candidate[] = doc.sentences.map((s, i) => ({
    index: i,
    score: score(features[i]),
    eligible: reasons[i] === null,
    dangling: midQuote[i] || unresolvedStart(s.text),
  }));
  const summary = choose(candidates, vectors, count).map((i) => {
    const s = doc.sentences[i];
    return { text: s.text, start: s.start, end: s.end, sentence: s.index };
  });
  return { summary, diagnostics: danglingNote(summary) };
}

/**
 * One sentence for narrow displays: the earliest sentence of the default summary, which is the lead
 * unless the lead is junk, a fragment or leans on the headline.
 */
export function lede(doc: Document, findings: Findings): SummarySentence | null {
  return summarize(doc, findings).summary[0] ?? null;
}

/**
 * `ratio` of the article (at least one sentence) when given, else `sentences`, else three. The ratio
 * wins because callers tend to fill `sentences` with its default.
 */
function summaryLength(available: number, options: SummaryOptions): number {
  const wanted = options.ratio !== undefined ? Math.max(1, Math.round(options.ratio * available)) : options.sentences ?? DEFAULT_SENTENCES;
  return Math.max(0, Math.min(available, Math.floor(wanted)));
}

function danglingNote(summary: SummarySentence[]): Diagnostic[] {
  const left = summary.filter((s) => unresolvedStart(s.text));
  if (!left.length) return [];
  return [{
    severity: 'info',
    message: `${left.length} summary sentence(s) open on a pronoun or connective: no self-contained sentence could be chosen`,
    rule: 'summary-unresolved-start',
    start: left[0].start,
    end: left[0].end,
  }];
}
