/**
 * Page furniture that scraping leaves in article text. Written for newsdigest from the shapes seen
 * on English-language news sites (menus, share bars, newsletter prompts, captions, credits).
 * Each pattern must match a whole line (after trimming).
 */
export const JUNK_LINES: RegExp[] = [
  /^(close|share|share this|share on \w+|tweet|email|print|save|copy link|comments?|menu|search|skip to (main )?content|advertisement|ad|sponsored|related|related (articles|stories|content)|read more|more|see more|most read|most popular|trending( now)?|top stories|watch|listen|play|video|image|photo|getty images|reuters|ap photo|back to top|loading\.*|subscribe|sign in|log in|register|home|next|previous|continue reading|story continues below( advertisement)?)[.:!]?$/i,
  /^(follow|like) us on \w+/i,
  /^(sign up|subscribe)\b.{0,120}(newsletter|inbox|email|updates)/i,
  /^(get|receive) (our|the) .{0,60}newsletter/i,
  /^(this|we use) cookies?\b/i,
  /^(accept|reject|manage) (all )?cookies/i,
  /^(photo|image|picture|video|file photo|credit|caption)\s*[:|]/i,
  // A caption that ends with its credit: "The bridge at dusk. Image: City Archive."
  /[.)]\s+(image|photo|picture|photograph|credit|source)s?:\s[^.:]{1,80}\.?$/i,
  /^(abstract|full text|summary|transcript|editor'?s note|correction)\.?:?$/i,
  /^\(?(photo|image|picture)s? (by|courtesy of)\b/i,
  /^[^.]{0,80}\((getty images|ap photo[^)]*|reuters[^)]*|afp[^)]*|epa[^)]*|shutterstock)\)$/i,
  /^.{0,80}\b(contributed|contributed reporting) to this (report|story)\.?$/i,
  /^(copyright|©)\s.{0,120}$/i,
  /^all rights reserved\.?$/i,
  /^(updated|published|posted|last updated)\b.{0,60}\d.{0,40}$/i,
  /^\d+\s*(min(ute)?s?|hours?)\s*(read|ago)$/i,
];

/** A line that introduces a list of links to other stories; the link headlines under it are furniture too. */
export const RELATED_MARKER =
  /^(related|related (stories|articles|coverage|content|links|topics|reading)|more on this( story| topic)?|see also|also read|read also|recommended( for you)?|you may also like|further reading|more from [\w ]{1,30})\s*:?$/i;

const WEEKDAY = '(mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const CALENDAR_DATE = `(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

/** A line that is only a date ("Tuesday, June 19, 2018", "2016-01-23"). */
export const DATE_LINE = new RegExp(`^(${WEEKDAY},?\\s+)?${CALENDAR_DATE}(\\s+\\d{1,2}:\\d{2}.{0,12})?$`, 'i');

/** A weekday and a date glued in front of the first sentence ("Thursday, May 7, 2015 On Tuesday, ..."). */
export const LEADING_DATE = new RegExp(`^${WEEKDAY},?\\s+${CALENDAR_DATE}\\s+`, 'i');

/**
 * "By Jane Doe", "By Jane Doe and John Roe, Associated Press". "and" and "&" need spaces around
 * them: glued to a name ("AandB") they made the pattern backtrack exponentially.
 */
export const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}((\s*,\s*((and|&)\s+)?|\s+(and|&)\s+)\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,4}\s*$/u;

/** News agencies as they appear in datelines, with the canonical short name. */
export const AGENCIES: Record<string, string> = {
  AP: 'AP', 'Associated Press': 'AP', Reuters: 'Reuters', AFP: 'AFP', 'Agence France-Presse': 'AFP',
  CNN: 'CNN', UPI: 'UPI', Bloomberg: 'Bloomberg', 'dpa': 'dpa', Xinhua: 'Xinhua', 'PA': 'PA', 'BBC': 'BBC',
};
