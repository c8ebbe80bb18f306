/**
 * Context words that tell what a bare proper name is: verbs of speech (a speaker is a person or
 * an organisation), prepositions of place ("in Washington" is a place), connectors inside
 * multi-word names. Written for newsdigest. Lower case.
 */

/** Lemmas of verbs of speech, as the tagger lemmatises them. */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'announce', 'warn', 'claim', 'deny', 'argue', 'write', 'tweet',
  'insist', 'explain', 'note', 'ask', 'reply', 'respond', 'confirm', 'acknowledge', 'admit',
  'suggest', 'report', 'describe', 'urge', 'accuse', 'predict', 'estimate', 'believe', 'think',
]);

/** Prepositions after which a name is where something happened. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'via',
  'through',
]);

/** Prepositions that make even a multi-word name a place ("in New Delhi", unlike "to Ada Lind"). */
export const STRICT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'throughout']);

/** Nouns of settlements and areas before "of" and a name: "the town of Ashford" is a place. */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'county', 'province', 'region', 'district', 'suburb', 'port',
  'island', 'borough', 'municipality', 'state',
]);

/** Lower-case particles inside personal names: "de la Cruz", "bin Rashid", "van der Berg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'la', 'le', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'da', 'di',
  'du', 'dos', 'das', 'y', 'ben', 'abu', 'ter', 'st.',
]);

/** Broadcasters' name words that a number completes: "BBC Radio 4", "Channel 5". */
export const NUMBERED_NAME_WORDS: ReadonlySet<string> = new Set(['radio', 'channel']);

/** Lower-case words that join the parts of an organisation's or a title's name. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and', '&']);

/** Countries that share their name with a US state: the state where the story is American. */
export const COUNTRIES_NAMED_LIKE_US_STATES: ReadonlySet<string> = new Set(['Georgia']);

/** Words of direction before a people's adjective ("West African", "Southern European"): still a people. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** English prefixes written with a hyphen before a word ("Pre-School", "Anti-Fraud"): common, not a name. */
export const HYPHENATED_PREFIXES: ReadonlySet<string> = new Set([
  'pre', 'post', 'non', 'anti', 'co', 'mid', 're', 'ex', 'self', 'semi', 'multi', 'sub', 'super', 'inter',
  'cross', 'counter', 'over', 'under', 'mini', 'pro',
]);
