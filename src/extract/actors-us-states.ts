// "Georgia" in a story about American elections is the state, not the country.
import { COUNTRIES, US_STATES } from '../lexicon/countries.js';
import { COUNTRIES_NAMED_LIKE_US_STATES } from '../lexicon/actor-context.js';
import { copyMention, type Mention } from './actors-mentions.js';

const usStates = new Set(US_STATES);

/**
 * A country mention named like a US state becomes the state (a place) when the article names
 * other US states and never the country by its capital ("Tbilisi") or seat.
 */
export function readUsStates(mentions: Mention[]): Mention[] {
  const american = mentions.some((m) => m.canonical !== null && usStates.has(m.canonical));
  if (!american) return mentions;
  const countries = countriesNamedElsewhere(mentions);
  return mentions.map((m) =>
    m.type === 'country' && m.canonical !== null && COUNTRIES_NAMED_LIKE_US_STATES.has(m.canonical) && !countries.has(m.canonical)
      ? copyMention(m, { type: 'place', rule: 'us-state' })
      : m,
  );
}

/** State-like country names that the article also gives as a country: by its capital ("in Tbilisi") or seat. */
function countriesNamedElsewhere(mentions: Mention[]): Set<string> {
  const capitalOf = new Map<string, string>();
  for (const name of COUNTRIES_NAMED_LIKE_US_STATES) for (const capital of COUNTRIES.find((c) => c.name === name)?.capitals ?? []) capitalOf.set(capital, name);
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.canonical !== null && COUNTRIES_NAMED_LIKE_US_STATES.has(m.canonical) && m.rule !== 'gazetteer-country') named.add(m.canonical);
    const country = capitalOf.get(m.words.join(' '));
    if (country) named.add(country);
  }
  return named;
}
