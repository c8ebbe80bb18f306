/**
 * Quotation marks of English-language (and quoted European) news text. Written for newsdigest from
 * the Unicode punctuation classes Pi/Pf and the common typewriter marks.
 */

/** Marks that only ever open a double-level quotation. */
export const DOUBLE_OPENERS = ['“', '„', '«', '‟'];
/** Marks that only ever close a double-level quotation. */
export const DOUBLE_CLOSERS = ['”', '»'];
/** Marks that open or close depending on the characters around them. */
export const DOUBLE_AMBIGUOUS = ['"', '″'];
/** Single marks: quotes when paired, apostrophes otherwise. */
export const SINGLE_OPENERS = ['‘', '‹'];
export const SINGLE_CLOSERS = ['’', '›'];
export const SINGLE_AMBIGUOUS = ["'"];

/**
 * Short words the title of a work leaves in lower case ("Legend in the Coal Fields"): a quoted
 * phrase capitalised but for these is a title or a nickname, not speech. Written for newsdigest
 * from common English title case.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'nor', 'but', 'as', 'vs']);
