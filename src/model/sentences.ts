import type { Document, Sentence } from './document.js';

/** A mended sentence stays below this length, so text without full stops is not one huge sentence. */
const MAX_MENDED_CHARS = 2000;

/**
 * Sentences the tagger split too early are joined back: one that opens with a closing parenthesis,
 * a comma ("Rep. Jane Doe (D-Va.) | , a member of ..."), a dash or a lower-case word ("...?" said Jane Doe.), or that follows an unclosed parenthesis
 * ("Rep. Jane Doe (R-S.C.) said"), goes on from the one before it in its paragraph.
 */
export function withSentencesMended(doc: Document): Document {
  const sentences: Sentence[] = [];
  const sentence = doc.tokens.columns.sentence.slice();
  for (const s of doc.sentences) {
    const last = sentences[sentences.length - 1];
    const first = doc.tokens.get(s.tokenStart);
    const carriesOn = last !== undefined && last.paragraph === s.paragraph && s.end - last.start <= MAX_MENDED_CHARS && (/^[),;\u2014\u2015\p{Ll}]/u.test(first.text) || opensParenthesis(last.text));
    // Written out field by field: a spread copy would give sentences a second hidden class.
    const target = carriesOn
      ? { start: last.start, end: s.end, text: doc.text.slice(last.start, s.end), index: last.index, paragraph: last.paragraph, tokenStart: last.tokenStart, tokenEnd: s.tokenEnd }
      : { start: s.start, end: s.end, text: s.text, index: sentences.length, paragraph: s.paragraph, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd };
    if (carriesOn) sentences[sentences.length - 1] = target;
    else sentences.push(target);
    sentence.fill(target.index, s.tokenStart, s.tokenEnd);
  }
  return { ...doc, sentences, tokens: doc.tokens.withSentences(sentence) };
}

function opensParenthesis(sentence: string): boolean {
  return (sentence.match(/\(/g)?.length ?? 0) > (sentence.match(/\)/g)?.length ?? 0);
}
