/**
 * Words that, opening a sentence, lean on an earlier sentence: personal and demonstrative pronouns
 * and discourse connectives. Written for newsdigest from English grammar (personal pronouns,
 * demonstratives, and the common adversative, additive and causal connectives of news prose).
 * Lower case; multi-word connectives are matched as a whole at the start of the sentence.
 */
export const ANAPHORIC_STARTS: readonly string[] = [
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'hers', 'its', 'their', 'theirs',
  'this', 'that', 'these', 'those', 'such',
];

export const CONNECTIVE_STARTS: readonly string[] = [
  'but', 'and', 'or', 'nor', 'so', 'yet', 'also', 'however', 'meanwhile', 'moreover', 'furthermore',
  'besides', 'still', 'instead', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence',
  'consequently', 'accordingly', 'additionally', 'otherwise', 'likewise', 'similarly', 'then',
  'too', 'indeed', 'anyway', 'rather', 'even so', 'in addition',
  'as a result', 'on the other hand', 'in turn', 'by contrast', 'in contrast', 'at the same time',
  'despite this', 'despite that', 'because of this', 'because of that', 'the latter', 'the former',
  'after that', 'before that', 'for his part', 'for her part', 'for their part', 'for its part',
];

/**
 * Common words that open a sentence. Found capitalised and glued to the end of another word
 * ("...with MoscowAnd while...") they show a sub-heading run into the paragraph by scraping.
 */
export const GLUED_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'and', 'but', 'while', 'as', 'in', 'on', 'at', 'after', 'before', 'when', 'for',
  'with', 'he', 'she', 'they', 'it', 'this', 'we', 'i', 'if', 'since', 'however',
];
