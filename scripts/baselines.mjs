// compromise's own extractors, scored beside newsdigest in `npm run eval` so that every accuracy
// figure has a baseline measured in the same run on the same texts.
import nlp from 'compromise';

const TYPES = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];

/** Actors as compromise alone finds them: one actor per mention, offsets from its own index. */
export function compromiseActors(text) {
  const doc = nlp(text);
  const actors = [];
  for (const [method, type] of TYPES) {
    for (const m of doc[method]().json({ offset: true })) {
      const { start, length } = m.offset;
      actors.push({ name: m.text, type, mentions: [{ start, end: start + length, text: text.slice(start, start + length) }] });
    }
  }
  return actors;
}

/** Figures as compromise alone reads them: numbers(), money() and percentages() values. */
export function compromiseFigures(text) {
  const doc = nlp(text);
  const figures = [];
  for (const m of doc.numbers().json()) figures.push({ value: m.number?.num ?? null, unit: null });
  for (const m of doc.money().json()) figures.push({ value: m.number?.num ?? null, unit: m.number?.unit ?? null });
  for (const m of doc.percentages().json()) figures.push({ value: m.number?.num ?? null, unit: 'percent' });
  return figures;
}
