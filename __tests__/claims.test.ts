import { describe, expect, test } from '@jest/globals';
import { analyse, tokenize } from '../src/nlp/wink.js';
import { findClaims } from '../src/extract/claims.js';
import type { Document } from '../src/model/document.js';
import { withSentencesMended } from '../src/model/sentences.js';
import type { Actor, Claim } from '../src/model/digest.js';
import type { Span } from '../src/model/span.js';

/** A document whose body is `text`, one paragraph per line, its sentences mended as the pipeline does. */
function documentOf(text: string): Document {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  const { sentences, tokens, entities } = analyse(text, paragraphs);
  return withSentencesMended({ text, paragraphs, sentences, tokens, entities, title: null, dateline: null, byline: null, furniture: [], titleTokens: [] });
}

/** A person actor for every full name given, with mentions wherever the name or its surname occurs. */
function actorsOf(text: string, names: string[], organisations: string[] = [], countries: string[] = []): Actor[] {
  const bodies = [...organisations, ...countries].map((name, i) => {
    const mentions: Span[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `o${i}`, name, type: i < organisations.length ? ('organization' as const) : ('country' as const), aliases: [], role: null, mentions, salience: 1, rule: 'test' };
  });
  return [...bodies, ...names.map((name, i) => {
    const mentions: Span[] = [];
    for (const form of [name, name.split(' ').pop() as string]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (!mentions.some((m) => m.start <= at && at < m.end)) mentions.push({ start: at, end: at + form.length, text: form });
      }
    }
    return { id: `a${i}`, name, type: 'person' as const, aliases: [], role: null, mentions, salience: 1, rule: 'test' };
  })];
}

interface Row {
  text: string;
  /** Expected claims as [kind, speaker, quote]; a quote is matched exactly. */
  claims: [Claim['kind'], string | null, string][];
  people?: string[];
  organisations?: string[];
  countries?: string[];
  anonymous?: boolean;
  /** Expected speaker mentions, one per claim, when the row checks them. */
  mentions?: (string | null)[];
  skip?: string;
}

const rows: Row[] = [
  { text: '"We will not back down," Mayor Ellen Park said on Monday.', claims: [['direct', 'Ellen Park', 'We will not back down,']] },
  { text: '"The bridge is safe," said Tom Reyes, the city engineer.', claims: [['direct', 'Tom Reyes', 'The bridge is safe,']] },
  { text: 'Governor Lisa Tran said: "We have the votes."', claims: [['direct', 'Lisa Tran', 'We have the votes.']] },
  {
    text: '"The talks were useful," Omar Haddad said, "but nothing is agreed."',
    claims: [['direct', 'Omar Haddad', 'The talks were useful,'], ['direct', 'Omar Haddad', 'but nothing is agreed.']],
  },
  {
    text: 'Chief executive Maria Lopez spoke to investors on Tuesday. "Sales fell. Costs rose," she said.',
    people: ['Maria Lopez'],
    claims: [['direct', 'Maria Lopez', 'Sales fell. Costs rose,']],
  },
  {
    text: '“The plan is dead,” Karl Weber said.\n“We will start again next year.”',
    claims: [['direct', 'Karl Weber', 'The plan is dead,'], ['direct', 'Karl Weber', 'We will start again next year.']],
  },
  {
    text: 'Nadia Petrov said: “The harvest was poor this year.\n“Farmers will need help before the winter.”',
    claims: [['direct', 'Nadia Petrov', 'The harvest was poor this year.'], ['direct', 'Nadia Petrov', 'Farmers will need help before the winter.']],
  },
  {
    text: 'Film critic Sam Ortiz called the film’s ending “lazy” and its music “forgettable.”',
    claims: [['direct', 'Sam Ortiz', 'lazy'], ['direct', 'Sam Ortiz', 'forgettable.']],
  },
  { text: 'The minister said the new rules would take effect in March.', claims: [['indirect', 'minister', 'the new rules would take effect in March.']] },
  { text: 'Anna Berg said that prices would keep rising through the summer.', claims: [['indirect', 'Anna Berg', 'prices would keep rising through the summer.']] },
  { text: 'Anna Berg told her she would stay on as treasurer.', claims: [['indirect', 'Anna Berg', 'she would stay on as treasurer.']] },
  { text: 'Prices will keep rising through the summer, Anna Berg said.', claims: [['indirect', 'Anna Berg', 'Prices will keep rising through the summer']] },
  { text: 'Jon Bell told reporters the company had no plans to sell.', claims: [['indirect', 'Jon Bell', 'the company had no plans to sell.']] },
  { text: 'According to Rita Shah, the factory will close in June.', claims: [['indirect', 'Rita Shah', 'the factory will close in June.']] },
  { text: 'The factory will close in June, according to Rita Shah.', claims: [['indirect', 'Rita Shah', 'The factory will close in June']] },
  {
    text: 'The army moved north, according to a defence official who spoke on condition of anonymity.',
    anonymous: true,
    claims: [['indirect', 'defence official', 'The army moved north']],
  },
  { text: 'Officials said the road would reopen on Friday.', anonymous: true, claims: [['indirect', 'Officials', 'the road would reopen on Friday.']] },
  { text: 'Experts say the drought will last another year.', anonymous: true, claims: [['indirect', 'Experts', 'the drought will last another year.']] },
  {
    text: 'Lee Moon, a professor at Hanseo University, said the deal would not last.',
    claims: [['indirect', 'Lee Moon', 'the deal would not last.']],
  },
  {
    text: '“It was a mistake,” Wendy Clarke said.\nClarke added that she would not resign.',
    people: ['Wendy Clarke'],
    claims: [['direct', 'Wendy Clarke', 'It was a mistake,'], ['indirect', 'Wendy Clarke', 'she would not resign.']],
  },
  { text: '«Nous restons ici», said Pierre Dubois.', claims: [['direct', 'Pierre Dubois', 'Nous restons ici']] },
  { text: "''It is over,'' said Judge Amy Lund.", claims: [['direct', 'Amy Lund', 'It is over,']] },
  { text: '"It\'s all about the \'little guy\' now," Mark Hale said.', claims: [['direct', 'Mark Hale', "It's all about the 'little guy' now,"]] },
  {
    text: '"We watched “The Long Goodbye” twice," said Dana Cole.',
    claims: [['direct', 'Dana Cole', 'We watched “The Long Goodbye” twice,']],
  },
  {
    text: 'Senator Ruth Adler mocked the proposal, saying it “would not survive a week.”',
    claims: [['direct', 'Ruth Adler', 'would not survive a week.']],
  },
  { text: '“HOST: Where were you that night?”', claims: [['direct', 'Host', 'HOST: Where were you that night?']] },
  { text: 'The firm expects “aggressive” rate cuts next year, the bank’s chief economist Tom Price said.', claims: [['indirect', 'Tom Price', 'The firm expects “aggressive” rate cuts next year'], ['direct', 'Tom Price', 'aggressive']] },
  {
    text: 'Senator Harry Stone has branded the bill a “gift to polluters.”',
    people: ['Harry Stone'],
    claims: [['direct', 'Harry Stone', 'gift to polluters.']],
  },
  {
    text: 'Mayor Ana Ruiz has spent weeks on what aides call the “listening tour” of the city.',
    people: ['Ana Ruiz'],
    claims: [['direct', 'aides', 'listening tour']],
    skip: 'the tagger reads "call" after "aides" as a noun, so the sentence subject takes the quote',
  },
  {
    text: 'Mayor Ana Ruiz has spent weeks on the “listening tour” her critics mock.',
    people: ['Ana Ruiz'],
    claims: [],
    skip: 'a quote in a sentence led by a named person is taken for her words',
  },
  { text: '"Turnout will be low," Ohio-based pollster Kay Nolan said.', claims: [['direct', 'Kay Nolan', 'Turnout will be low,']] },
  {
    text: '"The vote is close," said Brandt College economist Leo Marsh.',
    claims: [['direct', 'Leo Marsh', 'The vote is close,']],
  },
  { text: '“Sales will recover,“ said Ivy Chen, the store manager.', claims: [['direct', 'Ivy Chen', 'Sales will recover,']] },
  { text: 'The band played “Old Road“ twice.', claims: [] },
  {
    text: 'Councillor Mara Quist criticized the new parking fees downtown.',
    claims: [['indirect', 'Mara Quist', 'the new parking fees downtown.']],
  },
  { text: 'Councillor Mara Quist was criticized by shop owners for the parking fees.', claims: [] },
  { text: 'Councillor Mara Quist compared the parking fees to a tax on shoppers.', claims: [] },
  {
    text: 'A state audit found the agency had overspent by millions.',
    claims: [['indirect', 'state audit', 'the agency had overspent by millions.']],
  },
  { text: 'The two unions must find a way the talks can resume.', claims: [] },
  {
    text: 'Mayor Lena Ortiz said the city acted after its own audit found “troubling gaps” in the books.',
    claims: [['indirect', 'Lena Ortiz', 'the city acted after its own audit found “troubling gaps” in the books.'], ['direct', 'Lena Ortiz', 'troubling gaps']],
  },
  { text: 'The vote shows how divided the town has become.', claims: [] },
  {
    text: 'Although turnout fell, elected officials from both parties say the new rules worked.',
    claims: [['indirect', 'elected officials from both parties', 'the new rules worked.']],
  },
  {
    text: 'Governor Ray Oduya said at a town hall in Dayton, Ohio, that the plant would stay open.',
    claims: [['indirect', 'Ray Oduya', 'the plant would stay open.']],
  },
  { text: 'Striking nurses marched past the hospital on Monday.', claims: [] },
  { text: '“We finally made it!” beamed Rosa Kemp as the ferry docked.', claims: [['direct', 'Rosa Kemp', 'We finally made it!']] },
  {
    text: 'Coach Eli Ward spoke after the game. "We were tired," he went on.',
    people: ['Eli Ward'],
    claims: [['direct', 'Eli Ward', 'We were tired,']],
  },
  { text: '“Moonlight Harbor,” opened the festival on Friday.', claims: [] },
  { text: '"Fresh bread," read the sign, "every morning."', claims: [] },
  {
    text: 'Engineers rejected Governor Lena Park’s claim that the bridge was safe to use.',
    claims: [['indirect', 'Engineers', 'Governor Lena Park’s claim that the bridge was safe to use.'], ['indirect', 'Lena Park', 'the bridge was safe to use.']],
  },
  { text: 'The claim that the bridge was unsafe spread quickly online.', claims: [] },
  { text: 'Engineers rejected Governor Lena Park’s claim about the bridge.', claims: [['indirect', 'Engineers', 'Governor Lena Park’s claim about the bridge.']] },
  { text: 'Norway branded the plan a “reckless gamble with our fish.”', claims: [['direct', 'Norway', 'reckless gamble with our fish.']] },
  { text: 'Oslo-based Nordvik branded goods sell well in “big city” stores.', claims: [] },
  {
    text: 'Dozens of tenants met the landlord on Monday. Some said the repairs had never been made.',
    claims: [['indirect', 'Some', 'the repairs had never been made.']],
  },
  { text: 'Some of the repairs had never been made, the tenants found.', claims: [] },
  {
    text: 'The poll asked renters about costs. About 6 in 10 say they spend half their income on rent.',
    claims: [['indirect', '6 in 10', 'they spend half their income on rent.']],
  },
  {
    text: 'The plant employed 300 people. Most of them said they had expected the closure.',
    claims: [['indirect', 'Most of them', 'they had expected the closure.']],
  },
  { text: 'Most of them left the plant before noon.', claims: [] },
  {
    text: 'The hearing was short.\nOkafor: "We will appeal." Brandt: "We will not."',
    claims: [['direct', 'Okafor', 'We will appeal.'], ['direct', 'Brandt', 'We will not.']],
  },
  { text: 'Update: the ferry now leaves at noon.', claims: [] },
  { text: 'Ana Lima, a self-described centrist, won the seat in 2019.', claims: [] },
  {
    text: 'Two barns burned overnight, according to the Marlow County Sheriff’s Office.',
    organisations: ['Marlow County Sheriff'],
    claims: [['indirect', 'Marlow County Sheriff', 'Two barns burned overnight']],
  },
  { text: 'The Attorney General’s Office said the inquiry was closed.', claims: [['indirect', 'Attorney General’s Office', 'the inquiry was closed.']] },
  {
    text: 'At the school gym, which volunteers turned into a shelter, Rosa Vidal, 52, sat with her son.\n“We lost everything,” she said.',
    people: ['Rosa Vidal', 'Tom Hale'],
    claims: [['direct', 'Rosa Vidal', 'We lost everything,']],
  },
  {
    text: 'Engineer Tom Hale of Brook University in Leeds said the dams were old. Repairs have been delayed for years, he said.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the dams were old.'], ['indirect', 'Tom Hale', 'Repairs have been delayed for years']],
  },
  {
    text: 'A person familiar with the talks between the union and the owners said a deal was close.',
    anonymous: true,
    claims: [['indirect', 'person familiar with the talks', 'a deal was close.']],
  },
  {
    text: 'The river crested at 20 feet on Sunday, forecasters said.',
    anonymous: true,
    claims: [['indirect', 'forecasters', 'The river crested at 20 feet on Sunday']],
  },
  {
    text: 'The Alder Bank cut rates in May. The ministry said Thursday it had opened a hotline.',
    organisations: ['Alder Bank'],
    claims: [['indirect', 'ministry', 'it had opened a hotline.']],
  },
  {
    text: 'Ministry of Transport officials met on Monday. The ministry said the line would reopen in June.',
    organisations: ['Ministry of Transport'],
    claims: [['indirect', 'Ministry of Transport', 'the line would reopen in June.']],
  },
  {
    text: 'Brightwater Foods said last month that orders had fallen by 12%.',
    claims: [['indirect', 'Brightwater Foods', 'orders had fallen by 12%.']],
  },
  {
    text: 'Nine of 18 clubs are foreign-owned, according to a count by the newspaper Daily Ledger.',
    organisations: ['Daily Ledger'],
    claims: [['indirect', 'Daily Ledger', 'Nine of 18 clubs are foreign-owned']],
  },
  {
    text: 'Acme Corp agreed to buy the club for 40 million pounds ($52 million), the club announced on Monday, ending a long search.',
    organisations: ['Acme Corp'],
    claims: [['indirect', 'Acme Corp', 'Acme Corp agreed to buy the club for 40 million pounds ($52 million)']],
    skip: '"the club" refers back to the latest organisation, the buyer, not to the club bought',
  },
  {
    text: 'Rain fell all night ($2 million in damage), the agency said on Monday, citing early reports.',
    claims: [['indirect', 'agency', 'Rain fell all night ($2 million in damage)']],
  },
  {
    text: 'An associate of former oil boss Ivan Petrov told the court that the charges were false.',
    people: ['Ivan Petrov'],
    claims: [['indirect', 'associate of former oil boss Ivan Petrov', 'the charges were false.']],
  },
  {
    text: 'Exports rose sharply in May, the Northern Chamber of Commerce said.',
    claims: [['indirect', 'Northern Chamber of Commerce', 'Exports rose sharply in May']],
  },
  {
    text: 'Maria Lund chaired the meeting. Tom Reyes spoke first.\n“We agreed on the budget,” she said.',
    people: ['Maria Lund', 'Tom Reyes'],
    claims: [['direct', 'Maria Lund', 'We agreed on the budget,']],
  },
  {
    text: 'Nora Kell said she feared higher fares. "Nobody asked us," the 41-year-old nurse told reporters.',
    people: ['Nora Kell'],
    claims: [['indirect', 'Nora Kell', 'she feared higher fares.'], ['direct', 'Nora Kell', 'Nobody asked us,']],
  },
  {
    text: 'A person close to the campaign said the drop in support was caused by the emails.',
    anonymous: true,
    claims: [['indirect', 'person close to the campaign', 'the drop in support was caused by the emails.']],
  },
  // Requests and promises: a noun phrase or an infinitive is what a person asked for or promised.
  {
    text: 'Senator Hana Ito called for an independent inquiry into the contracts.',
    people: ['Hana Ito'],
    claims: [['indirect', 'Hana Ito', 'an independent inquiry into the contracts']],
  },
  {
    text: 'At the rally, Paul Mensah urged voters to reject the new levy.',
    people: ['Paul Mensah'],
    claims: [['indirect', 'Paul Mensah', 'voters to reject the new levy']],
  },
  {
    text: 'Greta Holm vowed to appeal the ruling and promised that the clinic would stay open.',
    people: ['Greta Holm'],
    claims: [['indirect', 'Greta Holm', 'to appeal the ruling and promised that the clinic would stay open'], ['indirect', 'Greta Holm', 'the clinic would stay open.']],
  },
  {
    text: 'Ivo Petrov, who has proposed closing the old mine, said the town needed new jobs.',
    people: ['Ivo Petrov'],
    claims: [['indirect', 'Ivo Petrov', 'closing the old mine'], ['indirect', 'Ivo Petrov', 'the town needed new jobs.']],
  },
  {
    text: 'The fund was set up by Nina Brandt, who said she wanted to help young farmers.',
    people: ['Nina Brandt'],
    claims: [['indirect', 'Nina Brandt', 'she wanted to help young farmers.']],
  },
  // Subjects of a reported clause: a gerund, a plural possessive, a relative clause; descriptions with "its" or "whose".
  {
    text: 'Dr. Amal Saeed said raising the fee would hurt poorer patients.',
    people: ['Amal Saeed'],
    claims: [['indirect', 'Amal Saeed', 'raising the fee would hurt poorer patients.']],
  },
  {
    text: 'Ruth Ngata said the Harrises’ farm had flooded twice.',
    people: ['Ruth Ngata'],
    claims: [['indirect', 'Ruth Ngata', 'the Harrises’ farm had flooded twice.']],
  },
  {
    text: 'Kofi Boateng said workers who strike would lose a day of pay.',
    people: ['Kofi Boateng'],
    claims: [['indirect', 'Kofi Boateng', 'workers who strike would lose a day of pay.']],
  },
  {
    text: 'Lena Berg, its chief executive, said the firm would cut 200 jobs.',
    people: ['Lena Berg'],
    claims: [['indirect', 'Lena Berg', 'the firm would cut 200 jobs.']],
  },
  {
    text: 'Sam Oduya, whose bid was rejected last year, said the process was unfair.',
    people: ['Sam Oduya'],
    claims: [['indirect', 'Sam Oduya', 'the process was unfair.']],
  },
  { text: 'The station began airing the ads in May, a month before the vote.', claims: [] },
  // Between the source and "said": a lone adverb, a dashed aside; after it, where it was said.
  {
    text: 'Omar Said, though, said the mill would reopen in spring.',
    people: ['Omar Said'],
    claims: [['indirect', 'Omar Said', 'the mill would reopen in spring.']],
  },
  {
    text: 'The judge -- who had been criticised over the delays -- said she regretted the error.',
    claims: [['indirect', 'judge', 'she regretted the error.']],
  },
  {
    text: 'Delta Seeds said in a statement on Friday it had recalled two batches.',
    organisations: ['Delta Seeds'],
    claims: [['indirect', 'Delta Seeds', 'it had recalled two batches.']],
  },
  { text: 'Kim Sato spoke in the hall on Friday.', people: ['Kim Sato'], claims: [] },
  {
    text: 'Lars Olsen went on to say the harbour would need dredging.',
    people: ['Lars Olsen'],
    claims: [['indirect', 'Lars Olsen', 'the harbour would need dredging.']],
  },
  {
    text: 'Fans waved a banner that said “Bring back the manager.”',
    claims: [['direct', 'banner', 'Bring back the manager.']],
  },
  {
    text: 'Anna Kowal made it clear that the clinic would not close.',
    people: ['Anna Kowal'],
    claims: [['indirect', 'Anna Kowal', 'the clinic would not close.']],
  },
  { text: 'The board failed to make clear that the fees would rise.', claims: [] },
  { text: 'The bakery made bread for the whole village.', claims: [] },
  { text: 'The ferry went on to sail for another decade.', claims: [] },
  { text: 'He repaired the banner that hung over the gate.', claims: [] },
  // Frames of a quotation: "as X put it", "began by saying", a participle after a sourceless relative clause.
  {
    text: 'The plan was, as Councillor Ada Mensah put it, “a bridge to nowhere.”',
    people: ['Ada Mensah'],
    claims: [['direct', 'Ada Mensah', 'a bridge to nowhere.']],
  },
  {
    text: 'Coach Ben Hale began by saying the team “never gave up.”',
    people: ['Ben Hale'],
    claims: [['direct', 'Ben Hale', 'never gave up.']],
  },
  {
    text: 'Rita Vance sued a builder who said he was owed money, saying, “He never finished the roof.”',
    people: ['Rita Vance'],
    claims: [['indirect', 'builder', 'he was owed money'], ['direct', 'Rita Vance', 'He never finished the roof.']],
  },
  // A contracted "is" before the cue, an adverb the tagger read as a verb, "read" with nothing after it.
  {
    text: 'Ivan Roe toured the port. He’s claiming that the ferry plan is “a disaster for the town.”',
    people: ['Ivan Roe'],
    claims: [['indirect', 'Ivan Roe', 'the ferry plan is “a disaster for the town.”'], ['direct', 'Ivan Roe', 'a disaster for the town.']],
  },
  {
    text: '“The harbor has lost its fleet,” the Gazette wrote. “But its fortunes have turned,” it further wrote.',
    organisations: ['Gazette'],
    claims: [['direct', 'Gazette', 'The harbor has lost its fleet,'], ['direct', 'Gazette', 'But its fortunes have turned,']],
  },
  { text: '“We are closed for the winter,” the notice on the door read.', claims: [['direct', 'notice on the door', 'We are closed for the winter,']] },
  { text: 'She read the report on the train and said nothing.', claims: [] },
  // "ruled that", a body's relative clause, a source named with a possessive pronoun.
  {
    text: 'The appeals panel then ruled that the fine was “grossly unfair” to the growers.',
    claims: [['indirect', 'appeals panel', 'the fine was “grossly unfair” to the growers.'], ['direct', 'appeals panel', 'grossly unfair']],
  },
  {
    text: 'Reporters checked with the Harbor Police Department which reported “1,204 thefts” last year.',
    organisations: ['Harbor Police Department'],
    claims: [['direct', 'Harbor Police Department', '1,204 thefts']],
  },
  {
    text: 'The Ortiz family saw the footage on Monday, according to their lawyers, and said they had “more doubts than ever.”',
    claims: [['indirect', 'their lawyers', 'The Ortiz family saw the footage on Monday'], ['direct', 'their lawyers', 'more doubts than ever.']],
  },
  // "began by saying" after another verb of the subject, "going on to say" after a comma.
  {
    text: 'Judge Ada Mensah appeared on the radio on Friday and began by saying she would “never” discuss a live case.',
    people: ['Ada Mensah'],
    claims: [['indirect', 'Ada Mensah', 'she would “never” discuss a live case.'], ['direct', 'Ada Mensah', 'never']],
  },
  {
    text: '“The port is a mess,” Ivan Roe said, going on to say that the city had spent “years ignoring the docks.”',
    people: ['Ivan Roe'],
    claims: [['direct', 'Ivan Roe', 'The port is a mess,'], ['indirect', 'Ivan Roe', 'the city had spent'], ['direct', 'Ivan Roe', 'years ignoring the docks.']],
  },
  // A participle after a time word: opening the sentence it speaks for the main clause's subject;
  // after a quotation that opens the sentence, for the subject right after it.
  {
    text: 'After saying her left knee was “so painful I could hardly walk,” Nora Lind was taken to the clinic.',
    people: ['Nora Lind'],
    claims: [['indirect', 'Nora Lind', 'her left knee was “so painful I could hardly walk,”'], ['direct', 'Nora Lind', 'so painful I could hardly walk,']],
  },
  {
    text: '“Stay with me,” Nora Lind sings to the crowd before asking them, “Where do we go from here?”',
    people: ['Nora Lind'],
    claims: [['direct', 'Nora Lind', 'Stay with me,'], ['direct', 'Nora Lind', 'Where do we go from here?']],
  },
  { text: 'After saying goodbye to the crew, the captain left the ship.', claims: [] },
  // A colon after a noun of speech frames the quotation for the clause's subject.
  {
    text: 'My aunt got so upset that Nora Lind had to change her answer: “Of course I believe you.”',
    people: ['Nora Lind'],
    claims: [['direct', 'Nora Lind', 'Of course I believe you.']],
  },
  {
    text: 'The Ledger profiled a nurse. The piece used one of her lines as its headline: “Nobody listens to us.”',
    claims: [['direct', 'piece', 'Nobody listens to us.']],
  },
  { text: 'The club had only one rule for guests: “No phones at the table.”', claims: [] },
  // A participle after a comma reports a clause without "that"; "called X a Y" judges X.
  {
    text: 'Judge Ada Mensah rejected the request to unseal the file, saying the court had no business in the dispute.',
    people: ['Ada Mensah'],
    claims: [['indirect', 'Ada Mensah', 'the request to unseal the file'], ['indirect', 'Ada Mensah', 'the court had no business in the dispute.']],
  },
  { text: 'The captain waved from the bridge, saying goodbye.', claims: [] },
  {
    text: 'Senator Ana Lima called her vote for the war a mistake.',
    people: ['Ana Lima'],
    claims: [['indirect', 'Ana Lima', 'her vote for the war a mistake.']],
  },
  {
    text: 'The Reyes campaign called the charges unfounded.',
    claims: [['indirect', 'Reyes campaign', 'the charges unfounded.']],
  },
  { text: 'The band leader called local officials to the stage.', claims: [] },
  { text: 'Neighbors called the police on Monday night.', claims: [] },
  // A closing mark opening a paragraph before an ellipsis opens the quotation.
  {
    text: 'Nora Vance wrote about the race.\n” … he gave a calm speech his rivals might have envied,” Vance wrote.',
    people: ['Nora Vance'],
    claims: [['direct', 'Nora Vance', '… he gave a calm speech his rivals might have envied,']],
  },
  // The farmers claimed, not Roe: "by claiming" after "accused ... of" is the accused's saying.
  {
    text: 'Ivan Roe accused rival farmers of spreading fear by claiming the river was poisoned.',
    people: ['Ivan Roe'],
    claims: [['indirect', 'Ivan Roe', 'rival farmers of spreading fear by claiming the river was poisoned.'], ['indirect', 'rival farmers', 'the river was poisoned.']],
  },
  { text: 'The crew put the new roof on in two days.', claims: [] },
  // A request runs on through a quotation inside it to the end of its clause; the quotation is its own claim too.
  {
    text: 'Bishop Anne Kerr urged parents to build a “culture of trust” in their schools, saying the town needed it.',
    people: ['Anne Kerr'],
    claims: [
      ['indirect', 'Anne Kerr', 'parents to build a “culture of trust” in their schools'],
      ['direct', 'Anne Kerr', 'culture of trust'],
      ['indirect', 'Anne Kerr', 'the town needed it.'],
    ],
  },
  {
    text: 'Union leader Sam Pike called for a safety code that “puts workers first.”',
    people: ['Sam Pike'],
    claims: [['indirect', 'Sam Pike', 'a safety code that “puts workers first.”'], ['direct', 'Sam Pike', 'puts workers first.']],
  },
  // A dash opens an aside that ends the request; a cue inside the aside frames the quotation after it (and reports
  // the aside: the engineer said a delay could cost lives).
  {
    text: 'Senator Ada Brill urged the board to fund repairs to the dam -- a delay the engineer Tom Hale said could “cost lives” next spring.',
    people: ['Ada Brill', 'Tom Hale'],
    claims: [['indirect', 'Ada Brill', 'the board to fund repairs to the dam'], ['indirect', 'Tom Hale', 'a delay the engineer Tom Hale said could “cost lives” next spring'], ['direct', 'Tom Hale', 'cost lives']],
  },
  // A reported clause that breaks off before a quotation takes it in; a finished one leaves it to the direct claim.
  {
    text: 'Mayor Jane Okafor said the council must be “a partner in this work.”',
    people: ['Jane Okafor'],
    claims: [['indirect', 'Jane Okafor', 'the council must be “a partner in this work.”'], ['direct', 'Jane Okafor', 'a partner in this work.']],
  },
  {
    text: 'Mayor Jane Okafor said the plan was sound, “and we will build it.”',
    people: ['Jane Okafor'],
    claims: [['indirect', 'Jane Okafor', 'the plan was sound'], ['direct', 'Jane Okafor', 'and we will build it.']],
  },
  {
    text: 'Mayor Jane Okafor said the city knows the expectation that “we will finish on time.”',
    people: ['Jane Okafor'],
    claims: [['indirect', 'Jane Okafor', 'the city knows the expectation that'], ['direct', 'Jane Okafor', 'we will finish on time.']],
  },
  // A reported clause may open with its condition; "when asked" with no clause after it reports nothing.
  {
    text: 'Senator Ada Brill said if elected she would cut the sales tax.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'if elected she would cut the sales tax.']],
  },
  {
    text: 'Mayor Tom Hale said when the bridge reopens, tolls will double.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'when the bridge reopens, tolls will double.']],
  },
  { text: 'Mayor Tom Hale spoke when the bridge reopened.', people: ['Tom Hale'], claims: [] },
  // A participle the tagger read as an adjective still promises; a quantifier after the subject keeps it.
  {
    text: 'Mayor Tom Hale unveiled his budget on Monday, promising to lift parking fees.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'to lift parking fees']],
  },
  {
    text: 'Senator Jeff Moss and Senator Bob Nunez both suggested that the deal could be reopened.',
    people: ['Jeff Moss', 'Bob Nunez'],
    claims: [['indirect', 'Bob Nunez', 'the deal could be reopened.']],
  },
  { text: 'The team won all games that season.', claims: [] },
  // Doubt voiced about a question is said; a person questioned is not. An echoed statement is said again.
  {
    text: 'Delegates questioned how the governor could break her pledge.',
    claims: [['indirect', 'Delegates', 'how the governor could break her pledge.']],
  },
  { text: 'Police questioned the driver for two hours.', claims: [] },
  {
    text: 'Governor Lena Ortiz echoed warnings by farmers that the river was drying up.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'warnings by farmers that the river was drying up.']],
  },
  { text: 'Her voice echoed through the empty hall.', claims: [] },
  // A document dated by a participle after it is still the source ("a report released last year").
  {
    text: 'A state report released last year found that the river was polluted.',
    claims: [['indirect', 'state report', 'the river was polluted.']],
  },
  // A scene set before the subject ("In his speech,") is not what was said; a clause before it is.
  { text: 'In his speech, Mayor Tom Hale called for increased spending on roads.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'increased spending on roads']] },
  { text: 'In a statement on Friday, Mayor Tom Hale said.', people: ['Tom Hale'], claims: [] },
  { text: 'The bridge is safe, Mayor Tom Hale said.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'The bridge is safe']] },
  { text: 'But when the council cut the funds two years later, Mayor Tom Hale said.', people: ['Tom Hale'], claims: [] },
  {
    text: 'If the rain continues the river will flood, Mayor Tom Hale said.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'If the rain continues the river will flood']],
  },
  // A plural-looking "noun" between a name and a subject pronoun is the verb.
  {
    text: 'Attorney General Lena Ortiz spoke in Ohio. Ortiz notes they were appointed before she took office.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'they were appointed before she took office.']],
  },
  { text: 'The Ortiz files they sent were lost.', claims: [] },
  // "told/warned X to ..." is an order or a warning; "told X that" stays a reported clause.
  {
    text: 'Governor Lena Ortiz told her advisers to draft a new budget without the legislature.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'her advisers to draft a new budget without the legislature']],
  },
  {
    text: 'Governor Lena Ortiz warned residents to stay away from the river.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'residents to stay away from the river']],
  },
  { text: 'Governor Lena Ortiz was told to wait outside.', people: ['Lena Ortiz'], claims: [] },
  // "pointed to X as ..." offers evidence; pointing at a thing says nothing.
  {
    text: 'Senator Ada Brill pointed to the rising cost of housing as proof that the plan had failed.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'the rising cost of housing as proof that the plan had failed.']],
  },
  { text: 'The guide Tom Hale pointed to the old tower on the hill.', people: ['Tom Hale'], claims: [] },
  // An aside opening with "as" in mid-sentence sources the whole sentence; "as everyone knows" reports nothing.
  {
    text: 'The island, as Mayor Tom Hale pointed out, rarely gets two storms in a row.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'The island, as Mayor Tom Hale pointed out, rarely gets two storms in a row.']],
  },
  { text: 'The island, as everyone knows, is small.', claims: [] },
  // An adverb set off after an opening phrase does not hide the subject.
  {
    text: 'On Thursday, however, Mayor Tom Hale spoke to a crowd of builders, promising to cut fees.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'to cut fees']],
  },
  // A noun phrase a verb of speech states is what was said; a passive or an object given to someone is not.
  {
    text: 'Mayor Tom Hale has acknowledged the scale of the housing crisis.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the scale of the housing crisis.']],
  },
  {
    text: 'Mayor Tom Hale confirmed the closure of the plant, which employs 300 people.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the closure of the plant']],
  },
  { text: 'Mayor Tom Hale denied entry to the reporters.', people: ['Tom Hale'], claims: [] },
  { text: 'Mayor Tom Hale was denied a permit.', people: ['Tom Hale'], claims: [] },
  { text: 'Mayor Tom Hale was denied a building permit.', people: ['Tom Hale'], claims: [], skip: 'a noun in -ing ("building") is read as the verb of a reported clause' },
  // A country's call is a stance; a purpose ("to urge") and a passive ("was urged to") are no requests.
  { text: 'Norway called for a ceasefire in the region.', countries: ['Norway'], claims: [] },
  { text: 'Two envoys flew to Lagos to urge the government to release the journalists.', claims: [] },
  { text: 'Mayor Dan Ruiz was urged to resign by his own party.', people: ['Dan Ruiz'], claims: [] },
  { text: 'The proposed tax on sugar would raise little money.', claims: [] },
  // A finding in the perfect still reports its clause; one after its clause needs a document, a body or a name as source.
  {
    text: 'The Harbour Ledger has learned the mayor was taken to a private clinic.',
    organisations: ['The Harbour Ledger'],
    claims: [['indirect', 'The Harbour Ledger', 'the mayor was taken to a private clinic.']],
  },
  {
    text: 'Rents in the old town have doubled since 2015, other studies have shown.',
    claims: [['indirect', 'other studies', 'Rents in the old town have doubled since 2015']],
  },
  {
    text: 'Fares on the night buses rose by a third, a review of city accounts shows.',
    claims: [['indirect', 'review of city accounts', 'Fares on the night buses rose by a third']],
  },
  { text: 'Divided over the budget, the leaders found little common ground.', claims: [] },
  { text: 'Late in the evening, the two friends found the door was locked.', claims: [], skip: 'what people find, with a clause after the verb, is read as a finding' },
  // Speaking of or about a topic says it; speaking to someone or against a backdrop says nothing.
  { text: 'Judge Ana Ruiz spoke of the long fight for fair housing.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'the long fight for fair housing.']] },
  { text: 'Mayor Tom Hale spoke out forcefully against the new bridge toll.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'the new bridge toll.']] },
  { text: 'Senator Ada Brill has talked about raising the minimum wage.', people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'raising the minimum wage.']] },
  { text: 'Mayor Tom Hale spoke to reporters outside the court.', people: ['Tom Hale'], claims: [] },
  { text: 'Mayor Tom Hale spoke against a backdrop of flags.', people: ['Tom Hale'], claims: [] },
  { text: 'Speaking of taxes, the town has the lowest rates in the state.', claims: [] },
  // Voicing a feeling about something says it; condolences to someone say nothing of a topic.
  {
    text: 'Several council members expressed deep concern about the cost of the new stadium.',
    claims: [['indirect', 'Several council members', 'the cost of the new stadium.']],
  },
  {
    text: 'Senator Ada Brill voiced doubts that the bridge would open on time.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'the bridge would open on time.']],
  },
  { text: 'Mayor Tom Hale expressed his condolences to the family.', people: ['Tom Hale'], claims: [] },
  { text: 'The courier expressed the parcels to Leeds overnight.', claims: [] },
  // A name's parenthesis and a description, or a comma before "has sharply", still lead to the speaker.
  {
    text: 'Rep. Ada Brill (D), chair of the transport panel, said the tunnel would be finished by 2030.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'the tunnel would be finished by 2030.']],
  },
  {
    text: 'Mayor Tom Hale, in particular, has sharply criticized the new parking fees.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the new parking fees.']],
  },
  {
    text: 'Governor Lena Ortiz called Friday for an inquiry into the flooding.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'an inquiry into the flooding']],
  },
  // "called X a Y" past the object's own modifiers; a time after the object names nothing.
  {
    text: 'Senator Ada Brill called her vote in favor of the bill a mistake.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'her vote in favor of the bill a mistake.']],
  },
  { text: 'Mayor Tom Hale called the police to the house a day later.', people: ['Tom Hale'], claims: [] },
  { text: 'Tom Hale, a local builder, has been called a genius by his clients.', people: ['Tom Hale'], claims: [] },
  // "As X said, ..." and "..., as X said." source the main clause.
  {
    text: 'As many tax lawyers have pointed out, the mayor is free to publish his returns.',
    claims: [['indirect', 'many tax lawyers', 'the mayor is free to publish his returns.']],
  },
  {
    text: 'The ferry had no working radio, as the coast guard has said.',
    claims: [['indirect', 'coast guard', 'The ferry had no working radio']],
  },
  { text: 'As the mayor arrived, the crowd cheered.', claims: [] },
  // A judgement ends before a participle that quotes the judge.
  {
    text: 'Mayor Tom Hale attacked the governor for her support of the toll, saying, "She has no plan at all."',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the governor for her support of the toll'], ['direct', 'Tom Hale', 'She has no plan at all.']],
  },
  // A progressive is no passive; a promise may be negated; blame judges its object.
  {
    text: 'Senator Ada Brill is calling for a full audit of the port authority.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'a full audit of the port authority']],
  },
  {
    text: 'Opposition leaders are slamming the mayor for his handling of the floods.',
    claims: [['indirect', 'Opposition leaders', 'the mayor for his handling of the floods.']],
  },
  {
    text: 'Governor Lena Ortiz vowed not to raise the sales tax again.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'not to raise the sales tax again']],
  },
  {
    text: 'Mayor Tom Hale blamed the delays on a shortage of engineers.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the delays on a shortage of engineers.']],
  },
  { text: 'Mayor Tom Hale was blamed for the delays by several residents.', people: ['Tom Hale'], claims: [] },
  // Passive frames name the speaker as their subject; "insisted on" asks for something.
  {
    text: 'Mayor Tom Hale was quoted as saying the bridge would reopen in May.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the bridge would reopen in May.']],
  },
  {
    text: 'The finance minister is reported to have said the talks had failed.',
    claims: [['indirect', 'finance minister', 'the talks had failed.']],
  },
  {
    text: 'Mayor Tom Hale insisted on a recount of the ballots in the third ward.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'a recount of the ballots in the third ward']],
  },
  // A bare form after a plural ("records show/NOUN") is its verb before a clause, an object or the clause end.
  { text: 'The documents show that the mayor knew about the cracks.', claims: [['indirect', 'documents', 'the mayor knew about the cracks.']] },
  { text: 'The city sold the ferry to a private firm in 2010, records show.', claims: [['indirect', 'records', 'The city sold the ferry to a private firm in 2010']] },
  { text: 'The reports show the council made a major change to its plans.', claims: [['indirect', 'reports', 'the council made a major change to its plans.']] },
  { text: 'The workers rights claim was rejected by the court.', claims: [] },
  { text: 'Mayor Tom Hale insisted on paying for the meal.', people: ['Tom Hale'], claims: [], skip: 'a gerund after "insisted on" may be an act, not a demand' },
  // A description set off by commas may be a participle's phrase or a subordinate clause with verbs of its own.
  {
    text: 'Two officials familiar with the case, speaking on condition of anonymity because they were not allowed to discuss it, said the server was secure.',
    claims: [['indirect', 'Two officials familiar with the case', 'the server was secure.']],
    anonymous: true,
  },
  {
    text: 'Senator Ada Brill, after the report came out in March, initially said there was no problem.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'there was no problem.']],
  },
  {
    text: 'Rep. Ada Brill (D-Va.), ranking member of the panel, said she fully supports the compromise.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'she fully supports the compromise.']],
  },
  // "called out X for Y" judges X; calling someone out to a place does not.
  {
    text: 'Senator Ada Brill called out her rival for skipping the flood hearings.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'her rival for skipping the flood hearings.']],
  },
  { text: 'The coach called out the names of the new players.', claims: [], skip: 'reading names aloud is read as a judgement of them' },
  // The subject a participle's phrase describes speaks; "some say/NOUN they"; "for/SCONJ" inside a reported subject.
  {
    text: 'Residents trying to save the old library say they have collected 5,000 signatures.',
    claims: [['indirect', 'Residents', 'they have collected 5,000 signatures.']],
  },
  { text: 'Some say they hear echoes of the old feud in the new rules.', claims: [['indirect', 'Some', 'they hear echoes of the old feud in the new rules.']] },
  {
    text: 'Two officials said the conviction of the former mayor for mishandling public funds is casting a shadow over the race.',
    claims: [['indirect', 'Two officials', 'the conviction of the former mayor for mishandling public funds is casting a shadow over the race.']],
  },
  { text: 'The mayor visited workers building the bridge and said the work was slow.', claims: [['indirect', 'mayor', 'the work was slow.']] },
  {
    text: 'Organizers of the push to close the landfill said they had collected 5,000 signatures.',
    claims: [['indirect', 'Organizers of the push', 'they had collected 5,000 signatures.']],
  },
  {
    text: 'The aides, led by campaign manager Ana Ruiz, told donors that they did not expect to win Iowa.',
    people: ['Ana Ruiz'],
    claims: [['indirect', 'aides', 'they did not expect to win Iowa.']],
  },
  // Defending, touting, outlining and laying out give an account of their object; laying a wreath does not.
  {
    text: 'Governor Lena Ortiz laid out her plan to rebuild the harbour wall.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'her plan to rebuild the harbour wall.']],
  },
  { text: 'Governor Lena Ortiz laid a wreath at the harbour memorial.', people: ['Lena Ortiz'], claims: [] },
  {
    text: 'Mayor Tom Hale defended his decision to close the central library.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'his decision to close the central library.']],
  },
  {
    text: 'Governor Lena Ortiz touted her record of balancing the state budget.',
    people: ['Lena Ortiz'],
    claims: [['indirect', 'Lena Ortiz', 'her record of balancing the state budget.']],
  },
  // A verb of speech may take its topic after a preposition; a passive or a place takes none.
  {
    text: 'The central bank governor warned of a sharp slowdown in lending.',
    claims: [['indirect', 'central bank governor', 'a sharp slowdown in lending']],
  },
  {
    text: 'Mayor Tom Hale commented on the ruling after the hearing.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the ruling after the hearing']],
  },
  { text: 'Mayor Tom Hale was warned about the cracks last year.', people: ['Tom Hale'], claims: [] },
  { text: 'Mayor Tom Hale wrote on the back of an envelope.', people: ['Tom Hale'], claims: [] },
  // Recalling, revealing, mentioning ... state their object; an infinitive states nothing yet.
  {
    text: 'Mayor Tom Hale recalled the long fight to save the harbour wall.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the long fight to save the harbour wall.']],
  },
  { text: 'The new rules require companies to disclose their tax bills.', claims: [] },
  // "according to" after a conjunction or before a described author; "as reported by"; an aside after the verb.
  {
    text: 'Some families would pay more under the plan, according to an analysis by Ada Brill, a former tax aide now teaching at a university.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'Some families would pay more under the plan']],
  },
  {
    text: 'But according to reports in the local media, the mayor could not convince his own family.',
    claims: [['indirect', 'reports', 'the mayor could not convince his own family.']],
  },
  {
    text: 'As reported by the Harbour Ledger, the mayor was warned about the cracks twice.',
    organisations: ['Harbour Ledger'],
    claims: [['indirect', 'Harbour Ledger', 'the mayor was warned about the cracks twice.']],
  },
  {
    text: 'The auditor described, in blistering terms, a set of practices that left the accounts open to fraud.',
    claims: [['indirect', 'auditor', 'a set of practices that left the accounts open to fraud.']],
  },
  { text: 'As reported earlier, the bridge will close in May.', claims: [] },
  // "many of whom say": a share of the people named before speaks.
  {
    text: 'The bill angered the families of the victims, many of whom say the claims are unfounded.',
    claims: [['indirect', 'families of the victims', 'the claims are unfounded.']],
  },
  // Negatives: scare quotes, titles, nicknames, beliefs, questions from the press.
  { text: 'The so-called “peace dividend” never arrived.', claims: [] },
  { text: 'She starred in “The Long Road Home” last year.', claims: [] },
  { text: 'Dwayne “The Rock” Johnson arrived late.', claims: [] },
  { text: 'Carver Motors is recalling nearly 90,000 pickups over a brake fault.', organisations: ['Carver Motors'], claims: [] },
  { text: 'The sprinter Ola Berg showed that he is a real medal contender by winning the 400m.', people: ['Ola Berg'], claims: [] },
  { text: 'When border agents find the tunnels, they seal them with concrete.', claims: [] },
  { text: 'New polls show that few voters care about the issue.', claims: [['indirect', 'New polls', 'few voters care about the issue.']] },
  { text: 'Ada Lind told WNRT’s “Morning Hour” that the bill would pass.', people: ['Ada Lind'], claims: [['indirect', 'Ada Lind', 'the bill would pass.']] },
  { text: '“We have the votes,” Lind said on Channel 9’s “Sunday Report.”', people: ['Ada Lind'], claims: [['direct', 'Ada Lind', 'We have the votes,']] },
  { text: 'He made the remarks on this weekend’s broadcast of “Capitol Week,” the station said.', claims: [['indirect', 'station', 'He made the remarks on this weekend’s broadcast of “Capitol Week,”']] },
  { text: 'Lisbon signed a fishing pact “without limits” with Oslo.', claims: [] },
  { text: 'The mayor hopes to reopen the park by June.', claims: [] },
  { text: 'A week before the vote, the candidates began making their final pitches on radio.', claims: [] },
  { text: 'The council may now find it harder to raise rents on its estates.', claims: [] },
  { text: 'The first quarter showed annual growth of 6.3% in exports.', claims: [] },
  { text: 'Residents believe the water is unsafe.', claims: [] },
  { text: '“Will you resign?” a reporter asked.', claims: [] },
  { text: 'The company announced a new phone.', claims: [] },
  { text: 'The minister has been denied entry to the country.', claims: [] },
  // Subjects and clauses the tagger misreads: a capitalised "adverb" before the verb, a past tense read as a noun,
  // a hyphened word read as a verb inside a description, a count by a fraction.
  { text: 'Merrily said he has worked with both parties on the housing bill.', claims: [['indirect', 'Merrily', 'he has worked with both parties on the housing bill.']] },
  { text: 'Now tell us the truth about the budget.', claims: [] },
  { text: 'Gov. Tom Hale, a Republican, said the family deserved better.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'the family deserved better.']] },
  { text: 'Ana Lima, a founder of the center-left policy group, said the plan would fail.', people: ['Ana Lima'], claims: [['indirect', 'Ana Lima', 'the plan would fail.']] },
  { text: 'Nearly a third say they do not trust the council.', claims: [['indirect', 'third', 'they do not trust the council.']] },
  // A relative clause with an auxiliary inside the subject; a condition whose clause opens with a pronoun.
  { text: 'Residents who have fought the plant for years say it could still be stopped.', claims: [['indirect', 'Residents', 'it could still be stopped.']] },
  { text: 'Tom Hale said if elected mayor he would cut bus fares.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'if elected mayor he would cut bus fares.']] },
  // "referring to" after a comma or an auxiliary says whom or what the speaker meant; a term or a patient referred says nothing.
  {
    text: '“The key was the timing,” Tom Hale said, referring to the two new resorts.',
    people: ['Tom Hale'],
    claims: [['direct', 'Tom Hale', 'The key was the timing,'], ['indirect', 'Tom Hale', 'the two new resorts.']],
  },
  { text: 'The term refers to a group of undecided voters.', claims: [] },
  { text: 'Patients referred to the clinic were treated within a week.', claims: [] },
  // A possessive pronoun opens the source as an article does; "as X noted" may follow a conjunction.
  { text: 'The senator will stay in the race until the convention, his top aide said.', claims: [['indirect', 'his top aide', 'The senator will stay in the race until the convention']] },
  { text: 'But as Ada Brill noted, those voters will give the mayor a second look.', people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'those voters will give the mayor a second look.']] },
  // A noun of statement owned by a possessive pronoun reports its "that" clause, a promise or a call its infinitive;
  // a claim nobody owns, a claim to an estate and a suggestion box report nothing.
  {
    text: 'Mayor Tom Hale opened the session.\nThe councillors distanced themselves from his suggestion that the judge was biased.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the judge was biased.']],
  },
  {
    text: 'Senator Ada Brill spoke for an hour.\nVoters cheered her promise to build a new bridge over the river.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'to build a new bridge over the river']],
  },
  // A noun of statement reports its topic after "about" or "on", up to the sentence's own verb; a day after "on" is no topic.
  {
    text: 'Senator Ada Brill spoke for an hour.\nVoters cheered her remarks about the new tax rules for farmers, which rivals mocked.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'the new tax rules for farmers']],
  },
  { text: "It is hard to judge Venezuela's claims about the size of its oil reserves, experts say.", claims: [['indirect', 'experts', "It is hard to judge Venezuela's claims about the size of its oil reserves"], ['indirect', 'Venezuela', 'the size of its oil reserves']] },
  { text: 'Senator Ada Brill spoke for an hour.\nHer comments on Monday drew anger from rivals.', people: ['Ada Brill'], claims: [] },
  // "make" and a noun of statement speak as the verb would; a call to someone, or a case with nothing after it, reports nothing.
  { text: 'The security council on Friday made a strong condemnation of the missile test and pledged new sanctions.', claims: [['indirect', 'security council', 'the missile test']] },
  { text: 'The two leaders made little secret of their disagreements over the budget.', claims: [['indirect', 'two leaders', 'their disagreements over the budget']] },
  { text: 'Ada Brill has previously made the case for a new bridge during campaign stops.', people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'a new bridge during campaign stops']] },
  { text: 'She made a call to the police. He made the case well. The firm made a statement.', claims: [] },
  // A reporting verb in -s the tagger reads as a noun, after a name opening its clause.
  { text: 'It is astounding that Hale demands accountability from the council, yet refuses to publish his own accounts.', claims: [['indirect', 'Hale', 'accountability from the council, yet refuses to publish his own accounts']] },
  { text: 'The Calder claims office handles such cases.', claims: [], skip: 'the tagger reads "claims" after a name as a verb, so the name speaks' },
  { text: 'Hale reports show strong growth, analysts said.', claims: [['indirect', 'analysts', 'Hale reports show strong growth']], skip: 'the tagger reads "reports" after a name as a verb, so two more claims appear' },
  // A stance is taken in words: not a vote on a bill or a bid, nor one denied; "neither ... nor" refuses to say.
  { text: 'The Senate rejected the bill 52-48. Shareholders rejected the merger at the meeting.', claims: [] },
  { text: 'Ada Hale, a Republican who has not endorsed a candidate, spoke on Monday.', people: ['Ada Hale'], claims: [] },
  { text: 'Anna Varga would neither confirm nor deny that she had met the minister.', people: ['Anna Varga'], claims: [] },
  { text: 'Ada Hale made no announcement about the merger on Friday, but she made no secret of her plans to run for governor.', people: ['Ada Hale'], claims: [['indirect', 'Ada Hale', 'her plans to run for governor']] },
  // "his promises/VERB to": after "his" the tagger's verb is the noun; the infinitive ends at its clause. A day may precede a topic.
  { text: 'Senator Ada Brill spoke on Monday.\nHer promises to cut taxes notwithstanding, analysts expect the deficit to grow.', people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'to cut taxes notwithstanding']] },
  { text: "Senator Ada Brill spoke on Monday.\nBrill's comments Tuesday on the shooting of a teenager came as protests grew.", people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'the shooting of a teenager']] },
  // The question put to a speaker is not what he said.
  {
    text: 'Tom Hale met Ada Lind on Thursday. Asked on television who leads the party in his view, Hale said: “I would say Ada for the time being and maybe for a long time,” he said.',
    people: ['Tom Hale', 'Ada Lind'],
    claims: [['direct', 'Tom Hale', 'I would say Ada for the time being and maybe for a long time,']],
  },
  { text: 'Asked if the mayor was honest, 46 percent of voters said no.', claims: [] },
  { text: 'The claim that the earth is flat has been debunked.', claims: [] },
  { text: 'Her claim to the estate was rejected by the court.', claims: [] },
  { text: 'Staff left a note in the suggestion box.', claims: [] },
  // "he" and "his" stand for one person, not for a share of voters quoted before.
  {
    text: 'A poll found that 74 percent of voters said the senator should resign.\nContrary to his claim that voters would forget, the scandal has grown.',
    claims: [['indirect', 'poll', '74 percent of voters said the senator should resign.'], ['indirect', '74 percent of voters', 'the senator should resign.'], ['indirect', null, 'voters would forget, the scandal has grown.']],
  },
  // ... but a singular description ending in "s" is one person.
  { text: 'The boss said the plan would work. He said it was cheap.', claims: [['indirect', 'boss', 'the plan would work.'], ['indirect', 'boss', 'it was cheap.']] },
  { text: 'The actress said the film was long. She said it was worth it.', claims: [['indirect', 'actress', 'the film was long.'], ['indirect', 'actress', 'it was worth it.']] },
  // A poll opening the sentence with "in" reports the clause after it (past a participle dating it); one closing it is left alone.
  { text: 'In the latest poll, conducted in May, the mayor led her rival by eight points.', claims: [['indirect', 'latest poll', 'the mayor led her rival by eight points.']] },
  { text: 'But in a new survey of city voters, the bridge toll was the top concern.', claims: [['indirect', 'new survey of city voters', 'the bridge toll was the top concern.']] },
  { text: 'The mayor took just 6 percent of the vote in a new survey.', claims: [] },
  { text: 'In the meantime, the council will meet on Tuesday.', claims: [] },
  // "advisers to X" speak for themselves, set off mid-sentence too.
  {
    text: 'But in recent days, advisers to the senator say, the mayor has grown weary of the council.',
    claims: [['indirect', 'advisers to the senator', 'But in recent days, advisers to the senator say, the mayor has grown weary of the council.']],
  },
  {
    text: 'Senator Ada Brill spoke on Monday.\nTwo advisers to Ms. Brill said the bill would pass.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Two advisers to Ms. Brill', 'the bill would pass.']],
  },
  // A relative clause describing the description before it; a name before a relative clause is still the speaker.
  {
    text: 'Jane Roe, a developer and spokeswoman for the Harbor Builders Coalition, which is made up of investors, said the report was flawed.',
    people: ['Jane Roe'],
    organisations: ['Harbor Builders Coalition'],
    claims: [['indirect', 'Jane Roe', 'the report was flawed.']],
  },
  {
    text: 'Reached on Tuesday, Tom Hale, who runs the ferry, said fares would rise.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'fares would rise.']],
  },
  // "As many experts, including X, have pointed out," an aside before the main clause.
  {
    text: 'As many tax experts, including Mr. Hale, have pointed out, the governor is free to veto the bill.',
    people: ['Tom Hale'],
    claims: [['indirect', 'many tax experts', 'the governor is free to veto the bill.']],
  },
  // "appeared to suggest", "seemed to say": the subject of the verb before the infinitive speaks.
  { text: 'Mayor Tom Hale appeared to suggest that the bridge would close.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'the bridge would close.']] },
  { text: 'The ferry appeared to list badly in the storm.', claims: [] },
  // A verb form in -s the tagger reads as a plural noun after a singular subject; a compound noun or a reduced relative is not one.
  { text: 'The port authority claims the new cranes were badly built.', claims: [['indirect', 'port authority', 'the new cranes were badly built.']] },
  { text: 'The insurance claims the firm filed were rejected.', claims: [] },
  { text: 'The interests of member states trump everything else.', claims: [] },
  // "according to": a graded adjective inside the source, an aside between subject and verb, a description after the source.
  { text: 'Fares would rise by 8 percent, according to the most recent estimate.', claims: [['indirect', 'most recent estimate', 'Fares would rise by 8 percent']] },
  { text: 'Fundraising, according to the campaign, has surged this month.', claims: [['indirect', 'campaign', 'Fundraising, according to the campaign, has surged this month.']] },
  {
    text: 'The contract covers about 100 workers, according to the Dock Workers Guild, one of the unions representing the staff.',
    organisations: ['Dock Workers Guild'],
    claims: [['indirect', 'Dock Workers Guild', 'The contract covers about 100 workers']],
  },
  // Subjects: "those surveyed", a count set off after an opening phrase, a name before a relative clause holding commas,
  // a description quoting inside its participle.
  { text: 'By big margins, those surveyed say the economy should come first.', claims: [['indirect', 'those surveyed', 'the economy should come first.']] },
  { text: 'Among likely voters, about two-thirds, 67 percent, say they will back the mayor.', claims: [['indirect', 'two-thirds', 'they will back the mayor.']] },
  {
    text: 'Senator Jane Doe, who was to travel to Leeds, England, on Friday to promote the plan, said the talks had stalled.',
    people: ['Jane Doe'],
    claims: [['indirect', 'Jane Doe', 'the talks had stalled.']],
  },
  {
    text: 'Tom Hale, citing “the unique pull of the brand,” said the firm could win.',
    people: ['Tom Hale'],
    claims: [['direct', 'Tom Hale', 'the unique pull of the brand,'], ['indirect', 'Tom Hale', 'the firm could win.']],
  },
  { text: 'Club owner Tom Hale, 74, who bought the club in 1998, told reporters he had few regrets.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'he had few regrets.']] },
  // An -ing form read as a noun after a comma and before "that" is a participle of speech; one before a preposition is not.
  {
    text: 'Tom Hale opened the fair on Sunday, joking that the rain had been ordered by his rivals.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the rain had been ordered by his rivals.']],
  },
  { text: 'The mayor cut the ribbon, smiling at the crowd.', claims: [] },
  // An aside between dashes may hold commas; one with a verb of its own is a clause, not a description.
  {
    text: 'In recent days, council leaders — and, in particular, Mayor Tom Hale — insisted that any deal include a fare freeze.',
    people: ['Tom Hale'],
    claims: [['indirect', 'council leaders', 'any deal include a fare freeze.']],
  },
  // A cue inside a relative clause whose verb follows it: what was said runs from the relative pronoun.
  { text: 'He worked for a charity that prosecutors said was a front for smugglers.', claims: [['indirect', 'prosecutors', 'that prosecutors said was a front for smugglers']] },
  { text: 'She gave the speech, which even critics say was the best of her campaign.', claims: [['indirect', 'critics', 'which even critics say was the best of her campaign']] },
  {
    text: 'Ana Lima has helped clubs adapt to what she said is growing demand for pools.',
    people: ['Ana Lima'],
    claims: [['indirect', 'Ana Lima', 'what she said is growing demand for pools']],
  },
  // A transcript line opens with its speaker's name in capitals; a page label in capitals names no one.
  {
    text: 'Governor Ada Brill joined the host on Sunday.\nBRILL: Well, I think the whole state needs to pull together.\nUPDATE: The governor later issued a statement.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'Well, I think the whole state needs to pull together.']],
  },
  // Questioning a quality or an act casts doubt on it; questioning a person examines them.
  { text: 'Mayor Tom Hale is once again questioning the integrity of the ballot count.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'the integrity of the ballot count.']] },
  { text: 'Police questioned the driver of the van for an hour.', claims: [] },
  // Raising a question or a concern voices it; raising money does not.
  { text: 'Mayor Tom Hale raised concerns that the bridge would not open on time.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'the bridge would not open on time.']] },
  { text: 'The charity raised money for the victims of the flood.', claims: [] },
  // Endorsing and rejecting are stances taken in words, by someone who can speak.
  { text: "The state's largest teachers union endorsed Ana Ruiz for governor on Thursday.", people: ['Ana Ruiz'], claims: [['indirect', "state's largest teachers union", 'Ana Ruiz for governor on Thursday.']] },
  { text: 'A federal judge rejected the request to delay the trial.', claims: [['indirect', 'federal judge', 'the request to delay the trial.']] },
  { text: 'The budget plan rejected on Monday would have cut school funding.', claims: [] },
  { text: "The patient's body rejected the new kidney.", claims: [] },
  { text: 'The minister has rejected calls to “pause” the reform.', claims: [] },
  // "points out" and "pointing out" report as "pointed out" does; a score's points say nothing.
  { text: 'The audit also points out that the agency spent its budget twice.', claims: [['indirect', 'audit', 'the agency spent its budget twice.']] },
  { text: 'Senator Ana Ruiz is pointing out that the bridge was never inspected.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'the bridge was never inspected.']] },
  { text: 'The team won by four points out of a possible thirty.', claims: [] },
  // Leaked documents show: a participle opening the sentence describes the finder.
  { text: 'Leaked documents show that the firm paid no tax for a decade.', claims: [['indirect', 'documents', 'the firm paid no tax for a decade.']] },
  { text: 'Stolen cars were found in the river.', claims: [] },
  // "to discuss", "to dismiss": an infinitive in -ss is a verb, not a plural noun after "to".
  { text: 'The mayor urged the council to discuss the budget before the vote.', claims: [['indirect', 'mayor', 'the council to discuss the budget before the vote']] },
  { text: 'According to sources, the talks will resume on Monday.', claims: [['indirect', 'sources', 'the talks will resume on Monday.']] },
  // A request to an object pronoun ("urged them to"), and one made in a letter sent to its addressee.
  { text: 'The mayor urged them not to travel before the storm passes.', claims: [['indirect', 'mayor', 'them not to travel before the storm passes']] },
  { text: 'Ana Ruiz urges her husband to stay in the car.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'her husband to stay in the car']] },
  { text: 'The parents sent a letter to the school board urging them to reconsider the closure.', claims: [['indirect', 'parents', 'them to reconsider the closure']] },
  { text: 'A group of doctors sent a letter to the dean, calling for his immediate dismissal.', claims: [['indirect', 'group of doctors', 'his immediate dismissal']] },
  // Encouraging or ordering someone to act is a request when someone who can speak makes it; things persuade too.
  { text: 'Senator Ana Ruiz has encouraged European allies to raise their defense spending.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'European allies to raise their defense spending']] },
  { text: 'The judge ordered the city to release the video within ten days.', claims: [['indirect', 'judge', 'the city to release the video within ten days']] },
  { text: 'Low interest rates encouraged families to borrow more.', claims: [] },
  { text: 'The tax made fuel dearer. It encouraged people to drive less.', claims: [] },
  { text: 'The army ordered 50 new helicopters from the firm.', claims: [] },
  { text: 'The governor ordered an investigation into the shooting.', claims: [] },
  { text: 'Critics argue that trading prisoners encourages others to take hostages.', claims: [['indirect', 'Critics', 'trading prisoners encourages others to take hostages.']], skip: 'the gerund subject is tagged a noun and taken for a speaker' },
  // "weighed in on/about" speaks of a topic, "weighs" alone does not; a day may stand before the topic.
  { text: 'Other officials weighed in Friday about whether the footage should be released.', claims: [['indirect', 'Other officials', 'the footage should be released.']] },
  { text: 'Senator Ana Ruiz spoke out Tuesday about the death of a man in police custody.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'the death of a man in police custody.']] },
  { text: 'The baby weighs about three kilos.', claims: [] },
  { text: 'The council is weighing options for the site.', claims: [] },
  { text: 'Two other senators echo her concerns about the program.', claims: [['indirect', 'Two other senators', 'her concerns about the program.']] },
  // An apology is said, and names what it is for.
  { text: 'The senator apologized for his remarks about the flood victims.', claims: [['indirect', 'senator', 'his remarks about the flood victims']] },
  { text: 'The airline apologized to passengers on Friday.', claims: [] },
  // "who has both endorsed ... and criticized ...": the correlative stands between the relative pronoun and its verbs.
  {
    text: 'The plan was drafted under Mayor Tom Hale, who has both endorsed its aims and criticized its cost to renters.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'its cost to renters.']],
  },
  {
    text: 'Mayor Tom Hale, who has both endorsed the new budget and criticized its cost to renters, spoke on Tuesday.',
    people: ['Tom Hale'],
    claims: [['indirect', 'Tom Hale', 'the new budget'], ['indirect', 'Tom Hale', 'its cost to renters']],
    skip: 'the second judgement runs on past the relative clause into the main verb',
  },
  // Negative: "both" opening the sentence is part of its subject, and meeting says nothing.
  { text: 'Both leaders met in Geneva on Monday.', claims: [] },
  // A time phrase after a verb that states its object only dates the saying.
  { text: 'The plant will close in March, a spokesman confirmed Monday morning.', claims: [['indirect', 'spokesman', 'The plant will close in March']] },
  // A clause before a described source that trails the sentence.
  {
    text: 'The senator will stay in the race until June, a spokeswoman, Ana Lima, said on Saturday.',
    people: ['Ana Lima'],
    claims: [['indirect', 'Ana Lima', 'The senator will stay in the race until June']],
  },
  { text: 'In the morning, Ana Lima, a spokeswoman, said nothing.', people: ['Ana Lima'], claims: [] },
  // A participle after a comma shares the subject of a sentence that opens with a long phrase.
  {
    text: 'In a widely read column on the day before the debate, two speechwriters urged her to use the line again, arguing that it rattled her rival.',
    claims: [['indirect', 'two speechwriters', 'her to use the line again'], ['indirect', 'two speechwriters', 'it rattled her rival.']],
  },
];

/** Speakers: each claim keeps the speaker of its own cue, and the mention local to it. */
const speakerRows: Row[] = [
  // A reported clause ends where a second attribution takes over.
  {
    text: 'Former governor Ann Brody said the voting rules should be updated, but she said the debate should wait until next year.',
    people: ['Ann Brody'],
    claims: [['indirect', 'Ann Brody', 'the voting rules should be updated'], ['indirect', 'Ann Brody', 'the debate should wait until next year.']],
    mentions: ['Former governor Ann Brody', 'she'],
  },
  {
    text: 'Police chief Sam Ortiz said the footage was unclear, though he noted that two witnesses saw a gun.',
    people: ['Sam Ortiz'],
    claims: [['indirect', 'Sam Ortiz', 'the footage was unclear'], ['indirect', 'Sam Ortiz', 'two witnesses saw a gun.']],
    mentions: ['Police chief Sam Ortiz', 'he'],
  },
  {
    text: 'Sam Ortiz said the bridge would close in May — and Ann Brody warned that the ferry could not cope.',
    people: ['Sam Ortiz', 'Ann Brody'],
    claims: [['indirect', 'Sam Ortiz', 'the bridge would close in May'], ['indirect', 'Ann Brody', 'the ferry could not cope.']],
  },
  // A relative pronoun is the subject of its cue: the mention local to the claim, its antecedent the speaker.
  {
    text: 'The strike was backed by a nurse who said the wards had been short of staff for years.',
    claims: [['indirect', 'nurse', 'the wards had been short of staff for years.']],
    mentions: ['who'],
  },
  {
    text: 'Aid groups turned to the Harbor Trust, which reported that 4,000 families had lost power.',
    organisations: ['Harbor Trust'],
    claims: [['indirect', 'Harbor Trust', '4,000 families had lost power.']],
    mentions: ['which'],
  },
  { text: 'Sam Ortiz, who chairs the board, said the plan was sound.', people: ['Sam Ortiz'], claims: [['indirect', 'Sam Ortiz', 'the plan was sound.']], mentions: ['Sam Ortiz'] },
  // The object of a preposition is no subject: the phrase before its participle or relative pronoun is.
  {
    text: 'A Harbor Institute survey released in early May found that most renters spend half their income on housing.',
    claims: [['indirect', 'Harbor Institute survey', 'most renters spend half their income on housing.']],
    mentions: ['A Harbor Institute survey'],
  },
  {
    text: 'Residents living near the old mill said the river had turned brown overnight.',
    claims: [['indirect', 'Residents', 'the river had turned brown overnight.']],
  },
  {
    text: 'The bill was drafted by Senator Ruth Adler, who in 2019 said the tax was unfair.',
    people: ['Ruth Adler'],
    claims: [['indirect', 'Ruth Adler', 'the tax was unfair.']],
    mentions: ['who'],
  },
  { text: 'Two officials in Marlow said the bridge would reopen.', claims: [['indirect', 'Two officials in Marlow', 'the bridge would reopen.']] },
  { text: 'Analysts at Harbor Bank said rates would fall.', organisations: ['Harbor Bank'], claims: [['indirect', 'Harbor Bank', 'rates would fall.']] },
  // A question or an exclamation ends the tagger's sentence inside the quote; the attribution follows.
  {
    text: '“Does anybody know what the plan is?” Dana Reed asked. “Neither do I.”',
    people: ['Dana Reed'],
    claims: [['direct', 'Dana Reed', 'Does anybody know what the plan is?'], ['direct', 'Dana Reed', 'Neither do I.']],
    mentions: ['Dana Reed', 'Dana Reed'],
  },
  {
    text: '“We will appeal,” Dana Reed said. “Why is this not proof the bank is too big?” Tom Lowe demanded.',
    people: ['Dana Reed', 'Tom Lowe'],
    claims: [['direct', 'Dana Reed', 'We will appeal,'], ['direct', 'Tom Lowe', 'Why is this not proof the bank is too big?']],
  },
  { text: '“Is the town ready?” The question hangs over every meeting.', claims: [] },
  // A bracketed note after the name ("(D-Ohio)") does not hide it from its descriptions.
  {
    text: '“We will not wait,” Rep. Jim Ford (R-Ohio), a panel member, said in an interview. “Nobody will.”',
    people: ['Jim Ford'],
    claims: [['direct', 'Jim Ford', 'We will not wait,'], ['direct', 'Jim Ford', 'Nobody will.']],
    mentions: ['Rep. Jim Ford', 'Rep. Jim Ford'],
  },
  // A quote-only paragraph after a sentence about another person is that person's.
  {
    text: '“We will not wait,” Tom Lowe said.\nOn Sunday, Senator Ana Ruiz named housing as the main worry of young voters.\n“They are tired of waiting.”',
    people: ['Tom Lowe', 'Ana Ruiz'],
    claims: [['direct', 'Tom Lowe', 'We will not wait,'], ['direct', 'Ana Ruiz', 'They are tired of waiting.']],
    mentions: ['Tom Lowe', 'Senator Ana Ruiz'],
  },
  // ... but a person something happens to is a topic, and the quote stays with the speaker before.
  {
    text: '“We are following every lead,” Police Chief Ana Ruiz said.\nJohn Doe was found dead in his flat on Sunday.\n“There were no signs of a struggle.”',
    people: ['Ana Ruiz', 'John Doe'],
    claims: [['direct', 'Ana Ruiz', 'We are following every lead,'], ['direct', 'Ana Ruiz', 'There were no signs of a struggle.']],
  },
  {
    text: 'Mayor Ana Ruiz said Jones lied and added that she would sue the firm.',
    people: ['Ana Ruiz', 'Ben Jones'],
    claims: [['indirect', 'Ana Ruiz', 'Jones lied and added that she would sue the firm.'], ['indirect', 'Ana Ruiz', 'she would sue the firm.']],
  },
  {
    text: 'Mayor Ana Ruiz said Jones lied and added that she would sue the firm.',
    people: ['Ana Ruiz', 'Ben Jones'],
    claims: [['indirect', 'Ana Ruiz', 'Jones lied'], ['indirect', 'Ana Ruiz', 'she would sue the firm.']],
    skip: 'the first reported clause runs on over "and added", the same speaker\'s second cue',
  },
  {
    text: '“We will not wait,” Tom Lowe said.\nThe council rejected the request on Monday.\n“It is a disgrace.”',
    people: ['Tom Lowe'],
    claims: [['direct', 'Tom Lowe', 'We will not wait,'], ['indirect', 'council', 'the request on Monday.'], ['direct', 'Tom Lowe', 'It is a disgrace.']],
  },
  // A participle after a comma shares the subject that opens its clause, not a place described before it.
  {
    text: 'Senator Ana Ruiz spoke on Tuesday about the flooding in Marlow, Ohio, arguing that the levees had failed.',
    people: ['Ana Ruiz'],
    claims: [['indirect', 'Ana Ruiz', 'the levees had failed.']],
  },
  {
    text: 'Ana Lima, the union leader, said the strike would go on, adding that talks would resume.',
    people: ['Ana Lima'],
    claims: [['indirect', 'Ana Lima', 'the strike would go on'], ['indirect', 'Ana Lima', 'talks would resume.']],
    skip: 'the first clause runs on over "adding that ..." (ending it there loses more matches than it gains)',
  },
  {
    text: 'Ana Lima said she felt the rules were unfair because “nobody reads them,” she said.',
    people: ['Ana Lima'],
    claims: [['indirect', 'Ana Lima', 'she felt the rules were unfair because']],
    skip: 'a clause before "she said" that holds its own "Lima said" is still reported again (dropping it loses the nested sources PolNeAR marks)',
  },
  // A cue inside a dashed aside reports up to the closing dash.
  {
    text: 'Tom Lowe — who said the levy was unfair — voted for it on Monday.',
    people: ['Tom Lowe'],
    claims: [['indirect', 'Tom Lowe', 'the levy was unfair']],
    mentions: ['who'],
  },
  { text: 'Tom Lowe said the levy — a tax on boats — was unfair.', people: ['Tom Lowe'], claims: [['indirect', 'Tom Lowe', 'the levy — a tax on boats — was unfair.']] },
  {
    text: 'While Tom Lowe conceded the levy was unpopular, Ana Ruiz noted that it had paid for the new pier.',
    people: ['Tom Lowe', 'Ana Ruiz'],
    claims: [['indirect', 'Tom Lowe', 'the levy was unpopular'], ['indirect', 'Ana Ruiz', 'it had paid for the new pier.']],
  },
  {
    text: 'While a judge found the levy unlawful, his ruling was overturned on appeal.',
    claims: [['indirect', 'judge', 'the levy unlawful']],
    skip: 'a cue in a fronted "While ..." clause reports on into the main clause (ending it there loses PolNeAR matches held by the longer clause)',
  },
  // A verb joined to the cue by "and" may bring a subject of its own after an earlier cue.
  {
    text: 'When Ana Ruiz mentioned the budget, Tom Lowe laughed and said the city was broke.',
    people: ['Ana Ruiz', 'Tom Lowe'],
    claims: [['indirect', 'Tom Lowe', 'the city was broke.']],
  },
  {
    text: 'When Ana Ruiz said the budget was short, Tom Lowe laughed and said the city was broke.',
    people: ['Ana Ruiz', 'Tom Lowe'],
    claims: [['indirect', 'Ana Ruiz', 'the budget was short'], ['indirect', 'Tom Lowe', 'the city was broke.']],
  },
  {
    text: 'Ana Ruiz told reporters the port would close, then she paused and said it might reopen in May.',
    people: ['Ana Ruiz'],
    claims: [['indirect', 'Ana Ruiz', 'the port would close, then she paused and said it might reopen in May.'], ['indirect', 'Ana Ruiz', 'it might reopen in May.']],
    mentions: ['Ana Ruiz', 'she'],
  },
  { text: 'Tom Lowe said the city was broke and added that taxes would rise.', people: ['Tom Lowe'], claims: [['indirect', 'Tom Lowe', 'the city was broke and added that taxes would rise.'], ['indirect', 'Tom Lowe', 'taxes would rise.']] },
  // Two subjects joined by "and" both open the clause a later participle shares.
  {
    text: 'The Ledger and the Harbor Times filed a motion to unseal the records, arguing the public had a right to see them.',
    organisations: ['Ledger', 'Harbor Times'],
    claims: [['indirect', 'Harbor Times', 'the public had a right to see them.']],
    mentions: ['The Ledger and the Harbor Times'],
  },
  // "what critics called": the question word is no part of the speaker.
  {
    text: 'The mayor defended the plan against what local critics called a “land grab” by developers.',
    claims: [['direct', 'local critics', 'land grab']],
    mentions: ['local critics'],
  },
  // A pronoun inside its subject's clause stands for that subject, named or not.
  {
    text: 'The Harbor Trust pledged to fight the plan. It said the levy was unfair, and the city council hit back at what it called “scaremongering.”',
    organisations: ['Harbor Trust'],
    claims: [['indirect', 'Harbor Trust', 'the levy was unfair'], ['direct', 'city council', 'scaremongering.']],
    skip: 'a pronoun inside its clause is resolved only to a named subject ("the city council" is not one)',
  },
  {
    text: 'Brightwater Foods attacked what it called “a reckless tax” on bread.',
    claims: [['direct', 'Brightwater Foods', 'a reckless tax']],
    mentions: ['it'],
  },
  {
    text: 'The tide gauges were replaced last year. “The readings were wrong,” it said.',
    claims: [['direct', null, 'The readings were wrong,']],
  },
  // "Having said that" names no one: the claim belongs to the speaker of the clause after it.
  {
    text: 'Having said that, there are some economists who argue that the levy should be scrapped.',
    claims: [['indirect', 'some economists', 'the levy should be scrapped.']],
    mentions: ['who'],
  },
  // Negatives: an aside, a subject inside the clause and a conjunction between subjects keep one clause.
  { text: 'The plan, Sam Ortiz said, is sound.', people: ['Sam Ortiz'], claims: [['indirect', 'Sam Ortiz', 'The plan, Sam Ortiz said, is sound.']] },
  {
    text: 'Sam Ortiz said the council and the mayor agreed that the plan was sound.',
    people: ['Sam Ortiz'],
    claims: [['indirect', 'Sam Ortiz', 'the council and the mayor agreed that the plan was sound.']],
  },
  // A title before the name ("state Sen.") is no verb "state"; a bracketed note may follow the name; a nickname is part of it.
  { text: '"The budget is late again," state Sen. Rosa Kemp said.', people: ['Rosa Kemp'], claims: [['direct', 'Rosa Kemp', 'The budget is late again,']] },
  {
    text: '"This is our year!" the governor\'s niece, Rep. Ana Ruiz (D-Fresno), shouted to the crowd.',
    people: ['Ana Ruiz'],
    claims: [['direct', 'Ana Ruiz', 'This is our year!']],
  },
  { text: '"We will win," Tomas "Tommy" Vega said.', people: ['Tomas Vega'], claims: [['direct', 'Tomas Vega', 'We will win,']] },
  // Negatives: a nickname alone is no quotation; the verb "state" after its subject still reports.
  { text: 'Tomas "Tommy" Vega arrived at the stadium early.', people: ['Tomas Vega'], claims: [] },
  { text: 'The rules state that every member must vote in person.', claims: [['indirect', 'rules', 'every member must vote in person.']] },
  // A noun phrase a study or a document finds is its finding; what police or a person find is an act.
  { text: 'A 2019 study found 14 cases of ballot fraud out of 20 million votes.', claims: [['indirect', '2019 study', '14 cases of ballot fraud out of 20 million votes.']] },
  {
    text: 'A study by economist Ada Brill found errors in most of the tax forms.',
    people: ['Ada Brill'],
    claims: [['indirect', 'Ada Brill', 'errors in most of the tax forms.']],
  },
  { text: 'Police found a body near the river on Sunday.', claims: [] },
  { text: 'Investigators found 40 kilograms of cocaine in the truck.', claims: [] },
  { text: 'The report was found in a drawer at the town hall.', claims: [] },
  // Polling averages and results publish findings; a name after a bare "show" is found only by a common noun.
  { text: 'Polling averages show Jones with a narrow lead in the state.', claims: [['indirect', 'Polling averages', 'Jones with a narrow lead in the state.']] },
  { text: 'Early results show the incumbent trailing in three districts.', claims: [['indirect', 'Early results', 'the incumbent trailing in three districts.']] },
  { text: 'The averages rose sharply last year.', claims: [] },
  { text: 'The Fox News show Hannity aired at nine.', claims: [] },
  // A subject holding a relative clause speaks past the clause's object.
  { text: 'The doctor who signed the letter called Smith a fraud.', people: ['Tom Smith'], claims: [['indirect', 'doctor', 'Smith a fraud.']] },
  { text: 'Officials who reviewed the documents said the plan was flawed.', claims: [['indirect', 'Officials', 'the plan was flawed.']] },
  { text: 'The driver who hit the cyclist called an ambulance.', claims: [] },
  { text: 'A man who sold the house said nothing.', claims: [] },
  // A finder after its finding may hold an adverb before a participle; an adverb before the verb stays out.
  {
    text: 'Sales rose by 4 percent last quarter, an analysis of newly released company filings shows.',
    claims: [['indirect', 'analysis of newly released company filings', 'Sales rose by 4 percent last quarter']],
  },
  { text: 'The council narrowly passed the budget on Monday.', claims: [] },
  // Calling an object something: the object may hold a possessive; a call made a week ago names nothing.
  {
    text: "Republicans called the vote and the demand for Smith's testimony a cynical ploy aimed at embarrassing the mayor.",
    claims: [['indirect', 'Republicans', "the vote and the demand for Smith's testimony a cynical ploy aimed at embarrassing the mayor."]],
  },
  { text: "He called his sister's lawyer a week ago.", claims: [] },
  // "with" a poll showing something: the poll's finding; a participle inside the subject or a person's showing finds nothing.
  { text: 'The race is tight, with a new poll showing the senator ahead by 3 points.', claims: [['indirect', 'new poll', 'the senator ahead by 3 points.']] },
  { text: 'A video showing the crash was posted online.', claims: [] },
  { text: 'A new poll showing the senator ahead was released Friday.', claims: [] },
  { text: 'The race is tight, with the senator showing strength in the suburbs.', claims: [] },
  { text: 'The museum is showing a film about the war.', claims: [] },
  // Data or results from a source show what they found; a show that someone cancelled shows nothing.
  {
    text: 'Data from the 2019 labour force survey show that women held about 30 percent of the jobs.',
    claims: [['indirect', 'Data', 'women held about 30 percent of the jobs.']],
  },
  { text: "Results from the state's largest county show that turnout rose sharply in the suburbs.", claims: [['indirect', 'Results', 'turnout rose sharply in the suburbs.']] },
  { text: 'Fans of the talk show that the network cancelled were upset.', claims: [] },
  { text: 'Fans of the talk show that aired last year were upset.', claims: [] },
  // People described as close to someone speak for themselves, unnamed.
  {
    text: 'The mayor has not named a successor. Those close to him say that, in addition to Lee, he would consider two aides.',
    claims: [['indirect', 'Those close to him', 'in addition to Lee, he would consider two aides.']],
    anonymous: true,
  },
  { text: 'Aides close to Rosa Kemp say she will run again.', people: ['Rosa Kemp'], claims: [['indirect', 'Aides close to Rosa Kemp', 'she will run again.']], anonymous: true },
  // Negative: standing close to someone says nothing.
  { text: 'The guards stood close to him during the speech.', claims: [] },
  // A short date may open the sentence without a comma before the subject of a participle's frame.
  {
    text: 'On September 27 the agency closed its review by announcing that the mayor’s claim was false.',
    claims: [['indirect', 'agency', 'the mayor’s claim was false.']],
  },
  { text: 'On Tuesday the council ended the debate by noting that the budget was late.', claims: [['indirect', 'council', 'the budget was late.']] },
  // Negative: nothing reported after a date.
  { text: 'On May 3 the council closed the bridge by the river.', claims: [] },
  // A heading set in quotation marks on its own line and a transcript's bracketed note are no speech.
  {
    text: '"We will keep going," Lee said. "Nobody can stop us now."\n\'Legend in the Hills.\'\nThe mine closed in May.',
    people: ['Ana Lee'],
    claims: [['direct', 'Ana Lee', 'We will keep going,'], ['direct', 'Ana Lee', 'Nobody can stop us now.']],
  },
  { text: 'PARK: We need more buses, and —.\n"(CROSSTALK.)"\nThe debate ran long.', claims: [] },
  // Negative of the negative: a title-cased quote after a cue is still speech.
  { text: 'Lee said: "We Will Win."', people: ['Ana Lee'], claims: [['direct', 'Ana Lee', 'We Will Win.']] },
  // An object after the verb is no inverted speaker; finding oneself somewhere is no finding.
  { text: 'One after another, mining firms, including Acme, declared bankruptcy.', claims: [] },
  { text: 'Farmers in the valley find themselves short of water again.', claims: [] },
  { text: 'The bridge is safe, said police.', claims: [['indirect', 'police', 'The bridge is safe']] },
  // An organisation's call is something said, as a described speaker's is; a country's is a stance (above).
  { text: 'In July, the Teachers Union called for a moratorium on new charter schools.', organisations: ['Teachers Union'], claims: [['indirect', 'Teachers Union', 'a moratorium on new charter schools']] },
  { text: 'Fellow council members are urging the mayor to veto the budget.', claims: [['indirect', 'Fellow council members', 'the mayor to veto the budget']] },
  // Negative: a promise inside a clause whose object is the noun before it ("the homes the government promised to build").
  { text: 'Starts fell far short of the 300,000 homes a year the government has promised to deliver by 2029.', claims: [] },
  { text: 'Last week the mayor promised to cut bus fares.', claims: [['indirect', 'mayor', 'to cut bus fares']] },
  // Negative: verbs joined to an infinitive of purpose are purposes too.
  { text: 'Two envoys met the minister to raise concerns and urge the government to free the journalists.', claims: [] },
  // Negatives: declining to comment or to answer says nothing.
  { text: 'A spokeswoman for the firm declined to comment on the report.', claims: [] },
  { text: 'The mayor declined to say whether she would run again.', claims: [] },
  { text: 'The company did not respond to a request for comment.', claims: [] },
  // The one judged for a saying speaks it: the object before "for" + a gerund of speech, or an accused before "of ... by".
  {
    text: 'The minister accused some critics of "woolly thinking" by claiming the new tax would ruin small farms.',
    claims: [['direct', 'minister', 'woolly thinking'], ['indirect', 'some critics', 'the new tax would ruin small farms.']],
  },
  {
    text: 'In 2012 Ana Ruiz slammed Tom Hale as aloof and out-of-touch for suggesting that city drivers "pay their way," and bragged about her mother teaching her how to fish.',
    people: ['Ana Ruiz', 'Tom Hale'],
    claims: [['indirect', 'Ana Ruiz', 'Tom Hale as aloof and out-of-touch'], ['direct', 'Tom Hale', 'pay their way,'], ['indirect', 'Ana Ruiz', 'her mother teaching her how to fish']],
  },
  {
    text: 'The governor praised the mayor for saying the city would not raise taxes.',
    claims: [['indirect', 'governor', 'the mayor for saying the city would not raise taxes.'], ['indirect', 'mayor', 'the city would not raise taxes.']],
  },
  // With no predicate of the judgement before "for", the reason stays in the judge's claim; a claim in it is the one judged's too.
  {
    text: 'Lind criticised the mayor for saying taxes would rise.',
    claims: [['indirect', 'Lind', 'the mayor for saying taxes would rise.'], ['indirect', 'mayor', 'taxes would rise.']],
  },
  { text: 'Lind criticised the mayor for saying nothing about taxes.', claims: [['indirect', 'Lind', 'the mayor for saying nothing about taxes.']] },
  { text: 'Lind slammed the report for saying nothing about costs.', claims: [['indirect', 'Lind', 'the report for saying nothing about costs.']] },
  // Negatives: a reason that is no saying stays in the judgement; "by" after another judging verb is the subject's means.
  { text: 'Ana Ruiz criticized Tom Hale for voting against the new budget.', people: ['Ana Ruiz', 'Tom Hale'], claims: [['indirect', 'Ana Ruiz', 'Tom Hale for voting against the new budget.']] },
  { text: 'The senator defended the plan by saying it would create jobs.', claims: [['indirect', 'senator', 'the plan by saying it would create jobs.']] },
  // A profile a publication ran names its subject in its own words; "naming" alone names no one's words.
  {
    text: 'She was profiled in the Valley Courier, which ran a long article on her naming her the "quiet kingmaker" of state politics.',
    organisations: ['Valley Courier'],
    claims: [['direct', 'Valley Courier', 'quiet kingmaker']],
  },
  { text: 'The council is naming the new park after a local nurse.', claims: [] },
  { text: 'The club unveiled its new kit, naming it "the Ferry".', claims: [] },
  // Negatives: doubts raised by events are nobody's words; people raising them speak.
  { text: 'Her recent struggles have raised questions about whether she can finish the race.', claims: [] },
  { text: 'The delays raised concerns that the bridge would not open on time.', claims: [] },
  { text: 'The errors raised questions about whether the vote was fair.', claims: [] },
  { text: 'Such disasters raised questions about whether the dam was safe.', claims: [] },
  // Only the head noun may voice a doubt: a name modifying it does not.
  { text: "Monday's vote raised questions about whether the deal would survive.", claims: [] },
  { text: 'Critics raised questions about whether the vote was fair.', claims: [['indirect', 'Critics', 'the vote was fair.']] },
  { text: 'Parents and teachers raised concerns that the school would close.', claims: [['indirect', 'Parents and teachers', 'the school would close.']] },
  // The "that" after a comma and a participle is the participle's, not the first verb's.
  {
    text: 'Ana Ruiz mentioned the vote, joking that she had lost her glasses.',
    people: ['Ana Ruiz'],
    claims: [['indirect', 'Ana Ruiz', 'she had lost her glasses.']],
  },
  // Negative of the negative: a participle outside the lexicon leaves the "that" to the verb before it.
  { text: 'The review board ruled on Friday, reasoning that the rule was clear.', claims: [['indirect', 'review board', 'the rule was clear.']] },
  // "about" before a quantity opens the reported clause's subject.
  { text: 'The budget office said about half of the rise in its forecast reflected lower tax revenue.', claims: [['indirect', 'budget office', 'about half of the rise in its forecast reflected lower tax revenue.']] },
  // A subject described at length by a participle's phrase, past commas, still speaks.
  {
    text: 'But many farmers interviewed at markets in the county this week, including Mr. Hale, said they had no problem with the new rules.',
    claims: [['indirect', 'many farmers', 'they had no problem with the new rules.']],
  },
  // Negative: after a main verb the commas set off no description of the subject.
  { text: 'Many farmers sold their land last year, and, as a rule, said nothing.', claims: [] },
  // An inverted "said Lind," after the subject's description names the speaker; the subject does not speak.
  { text: 'The bill passed by the Senate last week, said Lind, is flawed.', claims: [['indirect', 'Lind', 'The bill passed by the Senate last week']] },
  // A time's lead-in before "after" or "as" sets the scene; it is not what was reported. "at least" opens a subject.
  {
    text: 'Friday morning, as the parade rolled through the town, the Ledger reported at least six planes filled the skies with messages.',
    organisations: ['Ledger'],
    claims: [['indirect', 'Ledger', 'at least six planes filled the skies with messages.']],
  },
  { text: 'Minutes after the voting began, the delegation chairman announced four votes for the mayor.', claims: [] },
  { text: 'Shortly after the ruling, Ana Ruiz announced her resignation.', people: ['Ana Ruiz'], claims: [] },
  // A quoted transcript line's label is the person of that surname, or a name written as names are.
  { text: 'Ada Okafor spoke to the station on Friday.\n"OKAFOR: Well, look, we will not back down on this."', people: ['Ada Okafor'], claims: [['direct', 'Ada Okafor', 'OKAFOR: Well, look, we will not back down on this.']] },
  { text: 'The senator was asked about the bill.\n"OKAFOR: Well, look, we will not back down on this."', claims: [['direct', 'Okafor', 'OKAFOR: Well, look, we will not back down on this.']] },  // A quantifier floated after a list of names with their parentheses.
  {
    text: 'Reps. Ada Moore (D-Ore.), Tom Reed (D-Ohio) and Lee Park (D-N.J.) all suggested that the fees could be illegal.',
    people: ['Ada Moore', 'Tom Reed', 'Lee Park'],
    claims: [['indirect', 'Lee Park', 'the fees could be illegal.']],
  },
  // An aside between the verb and its "that"; a verb of the aside's own ends the search.
  { text: 'Several economists cautioned, as did the governor\'s office itself, that the forecast might change after the vote.', claims: [['indirect', 'Several economists', 'the forecast might change after the vote.']] },
  { text: 'Reed said, in a letter to the board, that the plan would fail.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'the plan would fail.']] },
  { text: 'The bankers left, carrying the files that the auditors wanted.', claims: [] },
  // "continues to insist that": the subject of the verb of a saying's course speaks; an event that starts to reveal does not.
  { text: 'The senator continues to insist, most recently in a radio interview, that he wants to release the files.', claims: [['indirect', 'senator', 'he wants to release the files.']] },
  { text: 'Dr. Ruiz began to argue that the ward was understaffed.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'the ward was understaffed.']] },
  { text: 'As the crowd began to chant, the prices continued to rise.', claims: [] },
  { text: 'The hearing will start to reveal the true cost of the storm.', claims: [] },
  // ", adding that ..." after a quotation whose comma stands inside the closing mark shares the frame before it.
  {
    text: 'In a statement, the utility said: "The outage was caused by a storm," adding that crews would work through the night.',
    claims: [['direct', 'utility', 'The outage was caused by a storm,'], ['indirect', 'utility', 'crews would work through the night.']],
  },
  { text: 'Fans waved a banner reading "Go home," waving flags at the riders.', claims: [] },
  // A relative clause of speech voicing a document: "which notes/NOUN that".
  { text: 'Instead, the report -- which notes that 40 schools would lose funding if the plan passed -- should alarm parents.', claims: [['indirect', 'report', '40 schools would lose funding if the plan passed']] },
  { text: 'She hired a lawyer who reports directly to the board.', claims: [] },
  // A gerund object of a verb of speech is the statement or the proposal; a chart's "suggested" with a noun is not.
  { text: 'Ms. Diaz suggested looking at the city\'s own budget before raising fares.', people: ['Ana Diaz'], claims: [['indirect', 'Ana Diaz', 'looking at the city\'s own budget before raising fares']] },
  { text: 'Although Mayor Reed has admitted using the fund for travel, he does not defend it.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'using the fund for travel']] },
  { text: 'The coach denied ever taking money from the agents.', claims: [['indirect', 'coach', 'ever taking money from the agents.']] },
  { text: 'The chart suggested rising prices.', claims: [] },
  { text: 'A report mentioning rising costs was shelved.', claims: [] },  // A participle of speech after a main clause opened by a participle's phrase shares the main clause's subject.
  { text: 'Stung by the criticism, Reed revised his budget, promising to spend more on parks.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'to spend more on parks']] },
  // A place after the opening phrase's comma is no subject: no verb follows it.
  { text: 'Speaking at a town hall in Salem, Oregon, the mayor backed the plan, saying it would pass.', claims: [['indirect', 'mayor', 'it would pass.']] },
  // A participle of speech opening the sentence speaks for the main clause's subject, up to the comma.
  {
    text: 'Claiming the protest is designed to intimidate the jury, Reed told reporters that he would not back down.',
    people: ['Tom Reed'],
    claims: [['indirect', 'Tom Reed', 'the protest is designed to intimidate the jury'], ['indirect', 'Tom Reed', 'he would not back down.']],
  },
  { text: 'Arguing that the law was unfair, the union sued the state.', claims: [['indirect', 'union', 'the law was unfair']] },
  { text: 'Saying goodbye to the crew, the captain left the ship.', claims: [] },
  { text: 'Writing for a panel that all agreed the mayor won, Ada Brill noted that the race was close.', people: ['Ada Brill'], claims: [['indirect', 'Ada Brill', 'the race was close.']] },  // "urge" with a thing's noun and no infinitive asks for the thing; a listener with no infinitive is asked nothing.
  { text: 'The union urged a boycott of the games.', claims: [['indirect', 'union', 'a boycott of the games']] },
  { text: 'The governor urged voters on Friday.', claims: [] },
  { text: 'The mayor told a crowd on Friday that taxes would fall.', claims: [['indirect', 'mayor', 'taxes would fall.']] },
  // Speech heard, seen or caught in a passive is the subject's own.
  { text: 'Ana Ruiz can be heard yelling to the officers that her son was unarmed.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'her son was unarmed.']] },
  { text: 'The mayor was caught saying the budget was a mess.', claims: [['indirect', 'mayor', 'the budget was a mess.']] },
  { text: 'Fans heard shouting filled the hall.', claims: [] },  // A block quotation: "X added:" closing its paragraph, then a paragraph without quotation marks.
  {
    text: 'The governor added:\nIt is typical of the mayor. She knows nothing, but the talking never stops.\nThe vote is on Monday.',
    claims: [['direct', 'governor', 'It is typical of the mayor. She knows nothing, but the talking never stops.']],
  },
  { text: 'The plan includes:\nNew roads, new bridges and two schools.', claims: [] },
  { text: 'The mayor said:\n"We won the vote."', claims: [['direct', 'mayor', 'We won the vote.']] },  // Subjects set off in ways the rules missed: an age after "then", an intensive pronoun, a share in per cent,
  // a pronoun joined to a name, a stray comma after a bracketed note, a relative clause before the verb.
  { text: 'Mr. Hale, then 38, said he was advised to find a deputy.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'he was advised to find a deputy.']] },
  { text: 'Ruiz, now a senator, said the bill would pass.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'the bill would pass.']] },
  { text: 'The minister, now 70, said little.', claims: [] },
  { text: 'The firm itself said the deal was on.', claims: [['indirect', 'firm', 'the deal was on.']] },
  { text: 'On economic issues, 42% say they are liberal.', claims: [['indirect', '42%', 'they are liberal.']] },
  { text: 'It is not only about big audiences, he and Mr. Allen said.', people: ['Tom Allen'], claims: [['indirect', 'Tom Allen', 'It is not only about big audiences']] },
  { text: 'Sen. Tom Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'he had not read the plan.']] },
  { text: 'But many union members who came to the capital to protest the vote say they will back the strike.', claims: [['indirect', 'many union members', 'they will back the strike.']] },
  { text: 'The union members who met the mayor on Friday left the hall in silence.', claims: [] },
  // Verbs joined after a floated quantifier or a comma and "then" share the subject.
  {
    text: 'Hale, Ruiz and Park have all described their fees as routine and say they are no longer giving speeches.',
    people: ['Tom Hale', 'Ana Ruiz', 'Lee Park'],
    claims: [['indirect', 'Lee Park', 'their fees as routine'], ['indirect', 'Lee Park', 'they are no longer giving speeches.']],
  },
  { text: 'Hale jokingly offered the man a job, then says he will welcome advice from anyone.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'he will welcome advice from anyone.']] },  // An infinitive whose base form ends in -s ("to focus") is no plural noun; "to sources" still is.
  { text: 'Reed revised his plan, promising to focus more of its benefits on workers.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'to focus more of its benefits on workers']] },
  { text: 'The mayor said residents had spoken to sources close to the council.', claims: [['indirect', 'mayor', 'residents had spoken to sources close to the council.']] },
  // A request after a verb of a saying's course is asked all the same; an infinitive of purpose asks nothing.
  { text: 'Small groups of protesters continued to call for more information about the shooting.', claims: [['indirect', 'Small groups of protesters', 'more information about the shooting']] },
  { text: 'The senator began to urge voters to support the plan.', claims: [['indirect', 'senator', 'voters to support the plan']] },
  { text: 'The envoy flew to Paris to call for a ceasefire in the region.', claims: [] },  // A gerund object of "reported" and "recalled"; a report of a noun stays nothing.
  { text: 'Mr. Hale reported raising and spending about 9 million dollars during the month.', people: ['Tom Hale'], claims: [['indirect', 'Tom Hale', 'raising and spending about 9 million dollars during the month']] },
  { text: 'Ruiz, who recalled taking the service lift up to the suite, said the project stalled.', people: ['Ana Ruiz'], claims: [['indirect', 'Ana Ruiz', 'taking the service lift up to the suite'], ['indirect', 'Ana Ruiz', 'the project stalled.']] },
  { text: 'The firm reported strong sales in the quarter.', claims: [] },
  // "who he claims has been unfair": the speaker inside a relative clause, as with "that" and "which".
  { text: 'Tom Hale skipped the debate. His ire was aimed at the moderator, Ana Ruiz, who he claims has been unfair to him.', people: ['Tom Hale', 'Ana Ruiz'], claims: [['indirect', 'Tom Hale', 'who he claims has been unfair to him']] },
  // An irregular participle before "by" describes the subject; a time phrase may stand before the request's infinitive.
  { text: 'Sullivan, struck by her story, told her she clearly did not need any notes.', people: ['Amy Sullivan'], claims: [['indirect', 'Amy Sullivan', 'she clearly did not need any notes.']] },
  { text: 'Harman urged Obama last year not to close the prison until there was a plan.', people: ['Jane Harman'], claims: [['indirect', 'Jane Harman', 'Obama last year not to close the prison until there was a plan']] },  // A participle describing the occasion of a saying ("at a news conference announcing that") speaks for its speaker.
  {
    text: '"We will get there," the minister said at a news conference announcing that her department was suing the state.',
    claims: [['direct', 'minister', 'We will get there,'], ['indirect', 'minister', 'her department was suing the state.']],
  },
  { text: '"I like to break news," said Palmer, a native who broke into Capitol reporting covering lobbyists for the Times.', people: ['Ann Palmer'], claims: [['direct', 'Ann Palmer', 'I like to break news,']] },  // The owner of a reply speaks in "his response was to say ..."; a duty ("her job is to tell") says nothing yet.
  { text: 'Tom Reed was pressed about jobs. His best response was to say he would stop more firms from leaving.', people: ['Tom Reed'], claims: [['indirect', 'Tom Reed', 'he would stop more firms from leaving.']] },
  { text: "The mayor's reaction was to insist that the budget was sound.", claims: [['indirect', 'mayor', 'the budget was sound.']] },
  { text: 'Her job is to tell the public that the water is safe.', claims: [] },  // A promise dated before its infinitive; an aside of speech may name the document it was made in.
  { text: "The mayor's campaign vowed Tuesday to remain in the fight through the June primary.", claims: [['indirect', "mayor's campaign", 'Tuesday to remain in the fight through the June primary']] },
  {
    text: 'If she wins the race, Ruiz suggested in a tweet, women will not be punished for their choices.',
    people: ['Ana Ruiz'],
    claims: [['indirect', 'Ana Ruiz', 'If she wins the race, Ruiz suggested in a tweet, women will not be punished for their choices.']],
  },
  { text: 'Besides China, Vietnam and Taiwan have claims in the area, and tensions are rising.', claims: [] },
];

describe('findClaims', () => {
  for (const row of [...rows, ...speakerRows]) {
    const run = row.skip ? test.skip : test;
    run(row.text, () => {
      const doc = documentOf(row.text);
      const { claims } = findClaims(doc, actorsOf(row.text, row.people ?? [], row.organisations ?? [], row.countries ?? []));
      expect(claims.map((c) => [c.kind, c.speaker, c.quote])).toEqual(row.claims);
      for (const c of claims) {
        expect(row.text.slice(c.start, c.end)).toBe(c.quote);
        if (c.speakerMention) expect(row.text.slice(c.speakerMention.start, c.speakerMention.end)).toBe(c.speakerMention.text);
        if (row.anonymous !== undefined) expect(c.anonymous).toBe(row.anonymous);
      }
      if (row.mentions) expect(claims.map((c) => c.speakerMention?.text ?? null)).toEqual(row.mentions);
    });
  }
});

describe('headlines', () => {
  /** A document whose first line is its headline and the rest its body. */
  function withHeadline(headline: string, body: string): Document {
    const text = `${headline}\n${body}`;
    const doc = documentOf(text);
    const title = { start: 0, end: headline.length, text: headline };
    const paragraphs = doc.paragraphs.filter((p) => p.start > headline.length);
    const { sentences, tokens, entities } = analyse(text, paragraphs);
    return { ...doc, paragraphs, sentences, tokens, entities, title, titleTokens: tokenize(text, title) };
  }
  const cases: [string, [Claim['kind'], string | null, string][], string[]?][] = [
    ['Port Chief Says Strike Will End by Friday', [['indirect', 'Port Chief', 'Strike Will End by Friday']]],
    ['Strike at the Port Enters Its Third Week', []],
    ['Port Workers Hope for a Deal', []],
    ['Okafor: Ferry Fares Will Rise in May', [['indirect', 'Okafor', 'Ferry Fares Will Rise in May']]],
    ['The Latest: Ferry fares rise in May', []],
    ['EXCLUSIVE: Ferry Fares Will Rise in May', []],
    // A short acronym or a misread word may open the name; a question states nothing.
    ['NY Harbour Board: Ferry Fares Will Rise in May', [['indirect', 'NY Harbour Board', 'Ferry Fares Will Rise in May']]],
    ['Ada Brill: Reformer or career politician?', []],
    ['The Latest: Ferry fares will rise in May', []],
    // A person's request in a headline is what the person said.
    ['Governor Hale urges residents to leave the coast', [['indirect', 'Tom Hale', 'residents to leave the coast']], ['Tom Hale']],
    ['Storm warnings urge residents to leave the coast', []],
    // A headline's judging verb in -s the tagger read as a noun.
    ['Mayor Hale slams council over bridge delays', [['indirect', 'Tom Hale', 'council over bridge delays']], ['Tom Hale']],
    ['Airport reports record numbers', []],
    // A headline in title case keeps its infinitive; a surname of the article's person or a title may ask.
    ['Railing Against Tax Plan, Hale Vows To Cut Breaks For Developers', [['indirect', 'Tom Hale', 'To Cut Breaks For Developers']], ['Tom Hale']],
    ['Lawmaker urges retaliation on Russia', [['indirect', 'Lawmaker', 'retaliation on Russia']]],
    ['Storm Warnings Urge Residents To Leave', []],
  ];
  for (const [headline, expected, people] of cases) {
    test(headline, () => {
      const doc = withHeadline(headline, 'Dock workers walked out on Monday over pay.');
      const { claims } = findClaims(doc, actorsOf(doc.text, people ?? []));
      expect(claims.map((c) => [c.kind, c.speaker, c.quote])).toEqual(expected);
      for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
    });
  }
});

describe('quotation marks', () => {
  test('an unbalanced mark gives a diagnostic with its position and no runaway claim', () => {
    const text = 'The chairman said "the deal is off and nobody will be paid.\nMarkets fell sharply on the news.';
    const { claims, diagnostics } = findClaims(documentOf(text), []);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].start).toBe(text.indexOf('"'));
    expect(claims.every((c) => c.end <= text.indexOf('\n'))).toBe(true);
  });

  test('a stray closing mark is reported, not paired across the text', () => {
    const text = 'Stocks rose." Analysts said the rally would fade.';
    const { claims, diagnostics } = findClaims(documentOf(text), []);
    expect(diagnostics.map((d) => d.start)).toEqual([text.indexOf('"')]);
    expect(claims.map((c) => c.kind)).toEqual(['indirect']);
  });

  test('hostile input stays fast', () => {
    const text = '"a '.repeat(20000) + 'said he.';
    const t0 = performance.now();
    findClaims(documentOf(text), []);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('a pronoun with no one to stand for', () => {
  test('leaves the speaker unknown and says so', () => {
    const text = '"The water came up in minutes," she said.';
    const { claims, diagnostics } = findClaims(documentOf(text), []);
    expect(claims.map((c) => [c.speaker, c.speakerMention?.text])).toEqual([[null, 'she']]);
    expect(diagnostics.map((d) => d.rule)).toContain('claims.unresolved-pronoun');
  });
});
