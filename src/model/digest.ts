import type { Span } from './span.js';

/** The JSON contract. Additive changes keep the version; any other change bumps it. */
export const SCHEMA_VERSION = '1';

export type ActorType = 'person' | 'organization' | 'country' | 'place' | 'group';

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  role: string | null;
  mentions: Span[];
  salience: number;
  rule: string;
}

export interface Claim {
  kind: 'direct' | 'indirect';
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  anonymous: boolean;
  rule: string;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'age';

export interface Figure {
  text: string;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  kind: FigureKind;
  approximate: boolean;
  counted: string | null;
  rule: string;
}

export interface SummarySentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in the article body. */
  sentence: number;
}

export interface Diagnostic {
  severity: 'info' | 'warning';
  message: string;
  rule: string;
  start?: number;
  end?: number;
}

export interface Source {
  path: string | null;
  chars: number;
  words: number;
  sentences: number;
  /** "html": offsets index `text`, the article extracted from the page, not the page itself. */
  format: 'text' | 'html';
  text?: string;
  published?: string | null;
}

export interface Digest {
  schemaVersion: typeof SCHEMA_VERSION;
  id?: string;
  source: Source;
  title: string | null;
  dateline: { place: string | null; agency: string | null; start: number; end: number } | null;
  byline: Span | null;
  summary: SummarySentence[];
  actors: Actor[];
  claims: Claim[];
  figures: Figure[];
  diagnostics: Diagnostic[];
}
