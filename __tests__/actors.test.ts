import { describe, expect, test } from '@jest/globals';
import { readDocument } from '../src/digest.js';
import { findActors } from '../src/extract/actors.js';
import type { Actor } from '../src/model/digest.js';

const actorsOf = (text: string): Actor[] => findActors(readDocument(text));
/** A one-paragraph text would be read as a headline: give each case a plain headline first. */
const HEADLINE = 'Talks go on\n\n';
const find = (actors: Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name) ?? actors.find((a) => a.aliases.includes(name));

interface Case {
  text: string;
  /** name, type and, when given, role and aliases the actor must have. */
  want: { name: string; type: string; role?: string; aliases?: string[] }[];
  /** names (or aliases) that must not be actors at all. */
  not?: string[];
  skip?: string;
}

const cases: Case[] = [
  {
    text: 'Foreign Secretary Priya Raman said on Monday that talks would resume. Raman spoke in Geneva.',
    want: [{ name: 'Priya Raman', type: 'person', role: 'Foreign Secretary', aliases: ['Raman'] }],
    not: ['Foreign Secretary', 'Monday'],
  },
  {
    text: 'Indonesian Trade Ministry spokeswoman Dewi Kartika told reporters the ban would stay.',
    want: [
      { name: 'Dewi Kartika', type: 'person', role: 'Indonesian Trade Ministry spokeswoman' },
      { name: 'Indonesian Trade Ministry', type: 'organization' },
    ],
  },
  {
    text: 'Tomas Varga, director of the Institute for Regional and Energy Studies at Danube University, said prices would rise.',
    want: [
      { name: 'Tomas Varga', type: 'person', role: 'director of the Institute for Regional and Energy Studies at Danube University' },
      { name: 'Institute for Regional and Energy Studies', type: 'organization' },
      { name: 'Danube University', type: 'organization' },
    ],
  },
  {
    text: 'The Centre for Housing and Urban Policy (CHUP) published the figures. A CHUP researcher said rents had doubled.',
    want: [{ name: 'Centre for Housing and Urban Policy', type: 'organization', aliases: ['CHUP'] }],
  },
  {
    text: 'Tehran said it would respond. Officials in Tehran gave no details, while Iran’s allies stayed quiet.',
    want: [{ name: 'Iran', type: 'country', aliases: ['Tehran'] }],
    not: ['Officials'],
  },
  {
    text: 'The U.S. and Britain signed the pact. The US wants more, and the UK agreed.',
    want: [
      { name: 'United States', type: 'country', aliases: ['U.S.', 'US'] },
      { name: 'United Kingdom', type: 'country', aliases: ['Britain', 'UK'] },
    ],
  },
  {
    text: 'Mr. Okafor, 52, arrived late. Dr Helen Marsh and Ms Leila Haddad met Sean O’Brien and Maria de la Cruz.',
    want: [
      { name: 'Okafor', type: 'person' },
      { name: 'Helen Marsh', type: 'person' },
      { name: 'Leila Haddad', type: 'person' },
      { name: 'Sean O’Brien', type: 'person' },
      { name: 'Maria de la Cruz', type: 'person' },
    ],
    not: ['Mr. Okafor', 'Dr Helen Marsh'],
  },
  {
    text: 'Crown Prince Khalid bin Salman met Premier Li Wei in Riyadh. Li praised the visit.',
    want: [
      { name: 'Khalid bin Salman', type: 'person', role: 'Crown Prince' },
      { name: 'Li Wei', type: 'person', role: 'Premier', aliases: ['Li'] },
    ],
  },
  {
    text: 'Senator Anna Brooks and Governor Tom Brooks disagreed. Anna Brooks said the bill was dead.',
    want: [
      { name: 'Anna Brooks', type: 'person' },
      { name: 'Tom Brooks', type: 'person' },
    ],
  },
  {
    text: 'Advertisement\n\nThe Labour Party lost ground to the Conservatives, and the Supreme Court will rule in March.',
    want: [
      { name: 'Labour Party', type: 'organization' },
      { name: 'Conservatives', type: 'organization' },
      { name: 'Supreme Court', type: 'organization' },
    ],
    not: ['Advertisement', 'March'],
  },
  {
    text: 'Experts say the Olympic Games and the Paris Agreement matter. However, Wednesday was calm.',
    want: [],
    not: ['Experts', 'Olympic Games', 'Paris Agreement', 'However', 'Wednesday'],
  },
  {
    text: 'The story appeared in “Quiet Harbour Nights” last year.',
    want: [],
    not: ['Quiet Harbour Nights'],
  },
  {
    text: 'Northfield 3 Eastbrook 1\nKellerton 2 (Marsh 12, Tobin 77) Westgate 0',
    want: [
      { name: 'Northfield', type: 'organization' },
      { name: 'Kellerton', type: 'organization' },
      { name: 'Marsh', type: 'person' },
    ],
  },
  {
    text: 'The singer is survived by his widow Carla Moreno and their children Ines, Tomas and Luz.',
    want: [
      { name: 'Carla Moreno', type: 'person', role: 'widow' },
      { name: 'Ines', type: 'person' },
      { name: 'Tomas', type: 'person' },
      { name: 'Luz', type: 'person' },
    ],
  },
  {
    text: 'Shares in carmaker Volkar rose after Brandt Halvorsen said Volkar’s profits had doubled. Fans gathered at Riverside Arena.',
    want: [
      { name: 'Volkar', type: 'organization' },
      { name: 'Brandt Halvorsen', type: 'person' },
      { name: 'Riverside Arena', type: 'place' },
    ],
  },
  {
    text: 'The new Zentra X500 phone went on sale, said Rep. Dana Cole, R-Ohio.',
    want: [{ name: 'Dana Cole', type: 'person', role: 'Rep.' }],
    not: ['Zentra X500', 'R-Ohio'],
  },
  {
    text: 'Lena Park, Co-founder of Brightloop, spoke first. A State Department Spokesperson declined to comment, and a manager at Quellit said nothing.',
    want: [
      { name: 'Lena Park', type: 'person', role: 'Co-founder of Brightloop' },
      { name: 'Brightloop', type: 'organization' },
      { name: 'State Department', type: 'organization' },
      { name: 'Quellit', type: 'organization' },
    ],
    not: ['State Department Spokesperson'],
  },
  {
    text: 'She finished behind fellow Kenyan Ruth Wanjiru. Marta Lima said the race was fast, and Rapid Vienna won 2-0.',
    want: [
      { name: 'Ruth Wanjiru', type: 'person', role: 'fellow Kenyan' },
      { name: 'Marta Lima', type: 'person' },
      { name: 'Rapid Vienna', type: 'organization' },
    ],
    not: ['Kenyan Ruth Wanjiru', 'Peru'],
  },
  {
    text: 'Under Dana R. Whitfield\'s plan, African-Americans in Raleigh, N.C., would pay less, a New York Democrat said.',
    want: [
      { name: 'Dana R. Whitfield', type: 'person' },
      { name: 'N.C.', type: 'place' },
    ],
    not: ['Dana R. Whitfield\'s', 'African-Americans', 'New York Democrat'],
  },
  {
    text: 'Ri Song-chol met Chan Wai-man in a Seoul-based office. Later, Ri said the US-led talks had failed.',
    want: [
      { name: 'Ri Song-chol', type: 'person', aliases: ['Ri'] },
      { name: 'Chan Wai-man', type: 'person' },
      { name: 'United States', type: 'country', aliases: ['US'] },
    ],
    not: ['Seoul-based'],
  },
  {
    text: 'Finance Minister Ravi Menon said inflation would ease.',
    want: [{ name: 'Ravi Menon', type: 'person', role: 'Finance Minister' }],
    not: ['Finance Minister Ravi Menon'],
  },
  {
    text: 'Acme Widgets Inc said profits rose, and the company’s chief executive, Jana Holt, said demand was strong.',
    want: [
      { name: 'Acme Widgets Inc', type: 'organization' },
      { name: 'Jana Holt', type: 'person' },
    ],
    skip: 'an appositive after a possessive description is not read as a role yet',
  },
];

describe('findActors', () => {
  for (const c of cases) {
    const run = c.skip ? test.skip : test;
    run(c.text.slice(0, 60), () => {
      const actors = actorsOf(HEADLINE + c.text);
      for (const w of c.want) {
        const a = find(actors, w.name);
        expect(a?.type).toBe(w.type);
        if (w.role) expect(a?.role).toBe(w.role);
        for (const alias of w.aliases ?? []) expect(a?.aliases).toContain(alias);
      }
      const names = actors.flatMap((a) => [a.name, ...a.aliases]);
      for (const n of c.not ?? []) expect(names).not.toContain(n);
    });
  }
});

describe('mentions and ranking', () => {
  const text = 'Kenya protests grow\n\nNAIROBI (Reuters) - Kenyan President Samuel Otieno said on Tuesday that Kenya would hold talks. Otieno spoke after protests spread.\n\nKenya’s opposition said it would march.';

  test('every mention is an exact name span, headline included', () => {
    const actors = actorsOf(text);
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const otieno = find(actors, 'Samuel Otieno');
    expect(otieno?.mentions.map((m) => m.text)).toEqual(['Samuel Otieno', 'Otieno']);
    const kenya = find(actors, 'Kenya');
    expect(kenya?.mentions.length).toBe(3);
    expect(kenya?.mentions[0].start).toBe(0);
  });

  test('ids follow salience order', () => {
    const actors = actorsOf(text);
    actors.forEach((a, i) => expect(a.id).toBe(`a${i + 1}`));
    for (let i = 1; i < actors.length; i++) expect(actors[i - 1].salience).toBeGreaterThanOrEqual(actors[i].salience);
    expect(actors[0].name).toBe('Kenya');
  });

  test('an empty article has no actors', () => {
    expect(actorsOf('')).toEqual([]);
  });
});
