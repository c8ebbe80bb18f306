import type { Document } from '../model/document.js';
import type { Actor, Claim, Diagnostic } from '../model/digest.js';

/** Direct, partial and indirect quotes with their speakers. */
export function findClaims(_doc: Document, _actors: Actor[]): { claims: Claim[]; diagnostics: Diagnostic[] } {
  return { claims: [], diagnostics: [] };
}
