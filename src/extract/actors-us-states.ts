// "Georgia" in a story about American elections is the state, not the country.
import { COUNTRIES, US_STATES } from '../lexicon/countries.js';
import { COUNTRIES_NAMED_LIKE_US_STATES } from '../lexicon/actor-context.js';
import type { Mention } from './actors-mentions.js';

const usStates = new Set(US_STATES);

/**
 * A country mention named like a US state becomes the state (a place) when the article names
 * other US states and never the country by its capital ("Tbilisi") or seat.
 */
export function readUsStates(mentions: Mention[]): Mention[] {
  const american = mentions.some((m) => m.canonical !== null && usStates.has(m.canonical));
  if (!american) return mentions;
  // The country's capital named anywhere ("in Tbilisi") keeps the country reading.
  const countryOnly = (name: string): boolean => {
    const capitals = new Set(COUNTRIES.find((c) => c.name === name)?.capitals ?? []);
    return mentions.some((m) => (m.canonical === name && m.rule !== 'gazetteer-country') || capitals.has(m.words.join(' ')));
  };
  return mentions.map((m) =>
    m.type === 'country' && m.canonical !== null && COUNTRIES_NAMED_LIKE_US_STATES.has(m.canonical) && !countryOnly(m.canonical)
      ? { ...m, type: 'place', rule: 'us-state' }
      : m,
  );
}
