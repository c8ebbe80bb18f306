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
  /** name, type and, when given, role ('' for none) and aliases the actor must have. */
  want: { name: string; type: string; role?: string; aliases?: string[] }[];
  /** names (or aliases) that must not be actors at all. */
  not?: string[];
  skip?: string;
}

const cases: Case[] = [
  {
    text: 'Manchester City won again, while flooding hit Sioux City and Quezon City. Officials in Kansas City said the roads were closed.',
    want: [{ name: 'Manchester City', type: 'organization' }, { name: 'Sioux City', type: 'place' }, { name: 'Quezon City', type: 'place' }, { name: 'Kansas City', type: 'place' }],
  },
  {
    text: 'Brightwave said its profits rose by a third, and Calder Energy said its output fell.',
    want: [{ name: 'Brightwave', type: 'organization' }, { name: 'Calder Energy', type: 'organization' }],
  },
  {
    text: 'Officials wrote to two of the men freed from Marrow Bay telling them they could not travel.',
    want: [{ name: 'Marrow Bay', type: 'place' }],
  },
  {
    text: 'The film was praised by critic Roger Ebert after its release, and the newspaper Les Echos reported its takings.',
    want: [{ name: 'Roger Ebert', type: 'person' }, { name: 'Les Echos', type: 'organization' }],
  },
  {
    text: 'Chase Rivers arrived later in the day.',
    want: [{ name: 'Chase Rivers', type: 'person' }],
    skip: 'a common first word and a plural surname read as a title ("Hiding Places"); kept for the false people it removes',
  },
  {
    text: 'Home Secretary Omar Lisle defended the plans. The Bill gives judges new powers, but Peers said this Bill would be rewritten. Bill Norris, a judge, disagreed.',
    want: [{ name: 'Omar Lisle', type: 'person' }, { name: 'Bill Norris', type: 'person' }],
    not: ['Bill', 'Peers'],
  },
  {
    text: 'The director Ana Ruiz made several films, including Cold Harbour, Night Ferry and Quiet Rivers. Ruiz lives in Lisbon.',
    want: [{ name: 'Ana Ruiz', type: 'person' }],
    not: ['Cold Harbour', 'Night Ferry', 'Quiet Rivers'],
  },
  {
    text: 'She adapted the story from her own play, Salt Roads, with Tom Hale in the lead. Hale said the role was demanding.',
    want: [{ name: 'Tom Hale', type: 'person' }],
    not: ['Salt Roads'],
  },
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
    text: 'She finished behind fellow Kenyan Ruth Wanjiru. Marta Lima said the race was fast, and Sporting Lisbon won 2-0.',
    want: [
      { name: 'Ruth Wanjiru', type: 'person', role: 'fellow Kenyan' },
      { name: 'Marta Lima', type: 'person' },
      { name: 'Sporting Lisbon', type: 'organization' },
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
      { name: 'Jana Holt', type: 'person', role: 'chief executive' },
    ],
  },
  {
    text: 'Halvorsen Brask said sales fell. Halvorsen Brask, the world’s largest maker of ferry engines, cut 300 jobs.',
    want: [{ name: 'Halvorsen Brask', type: 'organization' }],
  },
  {
    text: 'Quorvia said it would appeal. Quorvia said in a statement that the ruling was wrong.',
    want: [{ name: 'Quorvia', type: 'organization' }],
  },
  {
    text: 'A survey of 2,000 adults was published on Tuesday. Tandem found that most renters had moved twice.',
    want: [{ name: 'Tandem', type: 'organization' }],
  },
  {
    text: 'Kettering Athletic have signed a new striker. The deal was agreed late on Friday.',
    want: [{ name: 'Kettering Athletic', type: 'organization' }],
  },
  {
    text: 'Maria Lund, the party’s transport spokeswoman, said in a statement the plan had failed. Lund later resigned.',
    want: [{ name: 'Maria Lund', type: 'person', aliases: ['Lund'] }],
  },
  {
    text: 'Voters who back Daniel Frey are wary of the tax plan, and if Frey were elected he would cut it.',
    want: [{ name: 'Daniel Frey', type: 'person' }],
  },
  {
    text: 'But Mr. Okonjo found the committee divided, and Okonjo said the vote would wait.',
    want: [{ name: 'Okonjo', type: 'person' }],
  },
  {
    text: 'Women are paid less than men in most sectors, the study said. Staff are angry.',
    want: [],
    not: ['Women', 'Staff'],
  },
  {
    text: 'I’m not leaving, said Carla Rossi. Rossi, 61, has run the bakery since 1990.',
    want: [{ name: 'Carla Rossi', type: 'person' }],
    not: ['I’m'],
  },
  {
    text: 'Brightwater Asset Management said it had sold its stake.',
    want: [{ name: 'Brightwater Asset Management', type: 'organization' }],
  },
  {
    text: 'The host Jonah Pell said the award would go to Sunfield Capital Partners, and Pell thanked the jury.',
    want: [
      { name: 'Jonah Pell', type: 'person' },
      { name: 'Sunfield Capital Partners', type: 'organization' },
    ],
  },
  {
    text: 'The nominees Ada Lind, Ben Hale and director Omar Said met the press.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Omar Said', type: 'person', role: 'director' }],
    not: ['nominees'],
  },
  {
    text: 'Former Calderon Foods boss Dana Moss denied the charges. Calderon Foods said it would cooperate.',
    want: [{ name: 'Dana Moss', type: 'person' }, { name: 'Calderon Foods', type: 'organization' }],
  },
  {
    text: 'Officials at the State and Justice Departments met on Monday. A State Department spokesman said talks went well.',
    want: [
      { name: 'State Department', type: 'organization', aliases: ['State'] },
      { name: 'Justice Department', type: 'organization', aliases: ['Justice Departments'] },
    ],
  },
  {
    text: 'Doctors at the Calder Clinic and University Hospitals treated the victims.',
    want: [{ name: 'Calder Clinic', type: 'organization' }],
    not: ['Calder Clinic Hospital', 'University Hospital'],
  },
  {
    text: 'Ada Lind, an analyst at a Nairobi think tank, said the plan was sound.',
    want: [{ name: 'Ada Lind', type: 'person' }],
    not: ['Kenya'],
  },
  {
    text: 'Calder Mayor Unveils Bold New Housing Plan For Riverside District\n\nMayor Ines Varga unveiled a housing plan on Monday. Varga said rents would fall.',
    want: [{ name: 'Ines Varga', type: 'person', aliases: ['Varga'] }],
    not: ['Calder Mayor Unveils Bold New Housing Plan For Riverside District', 'Bold New Housing Plan For Riverside District', 'Riverside District'],
  },
  {
    text: 'Volunteers for the Ada Lind campaign knocked on doors. Lind said turnout would be high.',
    want: [{ name: 'Ada Lind', type: 'person', aliases: ['Lind'] }],
  },
  {
    text: 'Its regional director, Tomas Berg, said the grants would continue. The union’s secretary general, Ruth Achieng, disagreed.',
    want: [
      { name: 'Tomas Berg', type: 'person', role: 'regional director' },
      { name: 'Ruth Achieng', type: 'person', role: 'secretary general' },
    ],
  },
  {
    text: 'Brightloop’s managing partner, Omar Said, spoke first.',
    want: [{ name: 'Omar Said', type: 'person', role: 'managing partner' }],
  },
  {
    text: 'The mayor thanked the director, Ada Lind and Ben Hale for their work.',
    want: [{ name: 'Ada Lind', type: 'person', role: '' }],
  },
  {
    text: 'Epidemiologist Ines Brandt of the Calder Institute said cases would rise. Nurse Paul Otieno agreed.',
    want: [
      { name: 'Ines Brandt', type: 'person', role: 'Epidemiologist' },
      { name: 'Paul Otieno', type: 'person', role: 'Nurse' },
    ],
    not: ['Epidemiologist Ines Brandt', 'Nurse Paul Otieno'],
  },
  {
    text: 'Ministers signed the 1998 Lusaka Declaration and later the Harbour Pact, which Talvia never ratified.',
    want: [],
    not: ['Lusaka Declaration', 'Harbour Pact'],
  },
  {
    text: 'Two men were arrested, according to the Brayton County Sheriff’s Office. The Children’s Hospital treated the injured.',
    want: [
      { name: 'Brayton County Sheriff’s Office', type: 'organization' },
      { name: 'Children’s Hospital', type: 'organization' },
    ],
    not: ['Brayton County Sheriff'],
  },
  {
    text: 'Builders say costs are rising. In Marlow County, farmers lost their crops, and a Major League Baseball team cancelled a game.',
    want: [
      { name: 'Marlow County', type: 'place' },
      { name: 'Major League Baseball', type: 'organization' },
    ],
    not: ['Builders', 'League Baseball'],
  },
  {
    text: 'Larch Hill Partners agreed to buy AC Brenna. Larch Hill’s chief, Ada Lind, said Brenna would stay in the city.',
    want: [
      { name: 'Larch Hill Partners', type: 'organization', aliases: ['Larch Hill'] },
      { name: 'AC Brenna', type: 'organization', aliases: ['Brenna'] },
      { name: 'Ada Lind', type: 'person', role: 'chief' },
    ],
  },
  {
    text: 'The river rose near the town of Ashford on Sunday. Families slept at Ashford High School.',
    want: [{ name: 'Ashford', type: 'place' }, { name: 'Ashford High School', type: 'organization' }],
  },
  {
    text: 'Shares of Dornach Steel rose 3%, while Kelvar Stahl gained 4.1%. Analysts at Banca Orsetti were cautious.',
    want: [
      { name: 'Kelvar Stahl', type: 'organization' },
      { name: 'Banca Orsetti', type: 'organization' },
    ],
  },
  {
    text: 'Ada Lind gained 4% of the vote in the first round.',
    want: [{ name: 'Ada Lind', type: 'person' }],
  },
  {
    text: 'Brackwell Homes, one of the country’s largest builders, said it would cut 600 jobs.',
    want: [{ name: 'Brackwell Homes', type: 'organization' }],
  },
  {
    text: 'Miner Tarrow Gold said output fell. Rival Ines Varga mocked the plan, and rival Tomas Berg agreed.',
    want: [
      { name: 'Tarrow Gold', type: 'organization' },
      { name: 'Tomas Berg', type: 'person' },
    ],
    not: ['Miner Tarrow Gold'],
  },
  {
    text: 'The broadcaster defended its programme Night Ferry. The film, A Quiet Harbour, opens in May.',
    want: [],
    not: ['Night Ferry', 'Quiet Harbour'],
  },
  {
    text: 'The pupils’ robot, named "Silver Hope of Lagos," won two rounds, said the coach, Ngozi Ade.',
    want: [{ name: 'Ngozi Ade', type: 'person' }],
    not: ['Silver Hope', 'Silver Hope of Lagos'],
  },
  {
    text: 'The orchestra moved its gala to Brightwater Hall. Ruth Hall, its director, said tickets had sold out.',
    want: [{ name: 'Ruth Hall', type: 'person' }, { name: 'Brightwater Hall', type: 'place' }],
  },
  {
    text: 'Analyst Dana Whitlow of Brightline said sales fell. Peter Lund of Oslo disagreed.',
    want: [{ name: 'Dana Whitlow', type: 'person' }, { name: 'Brightline', type: 'organization' }, { name: 'Peter Lund', type: 'person' }],
  },
  {
    text: 'The deal was a blow to confidence in Ada Lind’s government, said Dutchman Pieter Smit. Crowds gathered at Calder’s main square.',
    want: [
      { name: 'Ada Lind', type: 'person' },
      { name: 'Pieter Smit', type: 'person', role: 'Dutchman' },
      { name: 'Calder', type: 'place' },
    ],
  },
  {
    text: 'New Peru sanctions bill stalls. Former Ohio Gov. Rick Dorne endorsed him, and Sen. Ada Brill (D-N.Y.) agreed. Ben Jordan said he would run.',
    want: [
      { name: 'Rick Dorne', type: 'person', role: 'Former Ohio Gov.' },
      { name: 'Ada Brill', type: 'person', role: 'Sen.' },
      { name: 'Ben Jordan', type: 'person' },
    ],
    not: ['New Peru', 'Ohio Gov. Rick Dorne', 'D-N', 'Jordan'],
  },
  {
    text: 'Conservative MP Ada Lind backed the conservative Calder Policy Forum, and Ines Varga will next play Tomas Berg in the final.',
    want: [
      { name: 'Ada Lind', type: 'person', role: 'Conservative MP' },
      { name: 'Tomas Berg', type: 'person' },
    ],
    not: ['Conservative MP Ada Lind'],
  },
  {
    text: 'Officials at the Swiss People’s Party on October 5 said the vote was lost.',
    want: [{ name: 'Swiss People’s Party', type: 'organization' }],
  },
  {
    text: 'Whether the Americans follow is unclear, the French said. The British public and the Kurds disagree.',
    want: [
      { name: 'United States', type: 'country', aliases: ['Americans'] },
      { name: 'France', type: 'country', aliases: ['French'] },
    ],
    not: ['British', 'Kurds'],
  },
  {
    text: 'The hosts won again. Calder 2 (Okafor 12, Lind 80) Port Ashvale 1 (Brandt 45) Merrow 0 (halftime 0-0).',
    want: [
      { name: 'Calder', type: 'organization' },
      { name: 'Port Ashvale', type: 'organization' },
      { name: 'Merrow', type: 'organization' },
    ],
  },
  {
    text: 'Two games are played on Sunday. Dunmore (4) v Kestrelby (13), kick-off at 1500.',
    want: [
      { name: 'Dunmore', type: 'organization' },
      { name: 'Kestrelby', type: 'organization' },
    ],
  },
  {
    text: 'Late goals lifted Chicago Hawks over the Boston Miners on Sunday.',
    want: [
      { name: 'Chicago Hawks', type: 'organization' },
      { name: 'Boston Miners', type: 'organization' },
    ],
  },
  {
    text: 'The leaders after three rounds were tight.\n201 Dale Brink 65 67 69\n203 Oscar Mwale 68 66 69',
    want: [
      { name: 'Dale Brink', type: 'person' },
      { name: 'Oscar Mwale', type: 'person' },
    ],
  },
  {
    text: 'Typhoon warnings went up across the Philippines, and Philippine ferries stayed in port.',
    want: [{ name: 'Philippines', type: 'country' }],
  },
  {
    text: 'Early voting in Georgia and Arizona broke records, and Georgia’s secretary of state said lines were long.',
    want: [{ name: 'Georgia', type: 'place' }, { name: 'Arizona', type: 'place' }],
  },
  {
    text: 'Georgia and Armenia agreed a border deal in Tbilisi, while Texas oil firms watched.',
    want: [{ name: 'Georgia', type: 'country' }],
  },
  {
    text: 'The Calder Chamber of Commerce said exports fell, and the House of Delegates passed the bill.',
    want: [{ name: 'Calder Chamber of Commerce', type: 'organization' }, { name: 'House of Delegates', type: 'organization' }],
    not: ['Commerce', 'Delegates'],
  },
  {
    text: 'BBC Radio 1 DJ Ama Boateng said the show would end, Channel 4 News reported.',
    want: [
      { name: 'BBC Radio 1', type: 'organization' },
      { name: 'Ama Boateng', type: 'person', role: 'DJ' },
      { name: 'Channel 4 News', type: 'organization' },
    ],
  },
  {
    text: 'Two officials left this week. The Chief Executive of Calder Hospitals Trust quit, and the Secretary of State for Rural Affairs said little.',
    want: [{ name: 'Calder Hospitals Trust', type: 'organization' }],
    not: ['Chief Executive of Calder Hospitals Trust', 'Secretary of State for Rural Affairs'],
  },
  {
    text: 'The report was leaked. The chairman of the Public Accounts Committee Sarah Rhodes MP said it was damning.',
    want: [{ name: 'Public Accounts Committee', type: 'organization' }, { name: 'Sarah Rhodes', type: 'person' }],
    not: ['Sarah Rhodes MP'],
  },
  {
    text: 'Games on Sunday are listed below.\n\nSUNDAY\'S GAMES DENVER AT CHICAGO BOSTON AT MIAMI',
    want: [
      { name: 'DENVER', type: 'organization' },
      { name: 'Chicago', type: 'place' },
      { name: 'BOSTON', type: 'organization' },
      { name: 'Miami', type: 'place' },
    ],
  },
  {
    text: 'It was a busy weekend. Boston beat Chicago 3-1 on Sunday, and Denver lost to Seattle. Fans in Boston celebrated.',
    want: [{ name: 'Chicago', type: 'organization' }, { name: 'Seattle', type: 'organization' }],
  },
  {
    text: 'The talks stalled. Adviser Samir el-Haddad said a deal was near, he told the daily Nova Gazeta, and Karim al-Nouri told Il Corriere newspaper the same.',
    want: [
      { name: 'Samir el-Haddad', type: 'person' },
      { name: 'Karim al-Nouri', type: 'person' },
      { name: 'Nova Gazeta', type: 'organization' },
      { name: 'Il Corriere', type: 'organization' },
    ],
  },
  {
    text: 'The cup is open to Southern African nations, and West African sides may join.',
    want: [],
    not: ['Southern African', 'West African'],
  },
  {
    text: 'In a video, Governor Dale Brink said his fellow Texan was ready to lead.',
    want: [{ name: 'Dale Brink', type: 'person' }],
    not: ['Texan'],
  },
  {
    text: 'At a town hall, Senators Ada Lind, Ben Hale and Carla Ruiz took questions.',
    want: [{ name: 'Ada Lind', type: 'person', role: '' }, { name: 'Carla Ruiz', type: 'person' }],
  },
  {
    text: 'Police in Ontario and Quebec warned drivers as the storm reached Winnipeg.',
    want: ['Ontario', 'Quebec', 'Winnipeg'].map((name) => ({ name, type: 'place' })),
  },
  {
    text: 'Shipments left Rotterdam for Yokohama, and traders said Busan would follow. Qingdao, Dalian and Tianjin reported delays.',
    want: ['Rotterdam', 'Yokohama', 'Busan', 'Qingdao', 'Dalian', 'Tianjin'].map((name) => ({ name, type: 'place' })),
  },
  {
    text: 'Protests spread from Hyderabad to Lucknow, and troops moved toward Kharkov and Dnipro overnight.',
    want: ['Hyderabad', 'Lucknow', 'Kharkov', 'Dnipro'].map((name) => ({ name, type: 'place' })),
  },
  {
    text: 'Hotels in Bavaria and Tuscany were full, flights to Bali sold out and Essen and Bonn, in North Rhine-Westphalia, were busy.',
    want: ['Bavaria', 'Tuscany', 'Bali', 'Essen', 'Bonn', 'North Rhine-Westphalia'].map((name) => ({ name, type: 'place' })),
  },
  {
    // A city that is also a given name stays out of the gazetteer: the person keeps it.
    text: 'Dana Hamilton, a lawyer, said the ruling was fair. Hamilton said she would appeal, and Charlotte agreed.',
    want: [{ name: 'Dana Hamilton', type: 'person', aliases: ['Hamilton'] }],
  },
  {
    // A capital that is also a given name is no metonym: "Victoria said" is the nurse, not Seychelles.
    text: 'Victoria Mensah, a nurse, said wards were full. Victoria said staff were tired, as fires spread across Victoria and New South Wales.',
    want: [{ name: 'Victoria Mensah', type: 'person' }, { name: 'New South Wales', type: 'place' }],
    not: ['Seychelles'],
  },
  {
    // A capital spelt like a common word ("Malé") is known only by its accents.
    text: 'Male and female staff were paid the same, the ministry said. Police in Malé arrested two men.',
    want: [{ name: 'Malé', type: 'place' }],
    not: ['Maldives', 'Male'],
  },
  {
    text: 'Tourists returned to Niagara Falls, and rangers closed parts of Kettle Canyon after the Mauna Loa Volcano erupted.',
    want: ['Niagara Falls', 'Kettle Canyon'].map((name) => ({ name, type: 'place' })),
  },
  // Titles of works, prizes and categories made of everyday words are no people.
  {
    text: 'The jury gave its documentary prize to Broken Promises, and the schools award went to Winning Moves, a series on chess. Lena Ortiz collected both.',
    want: [{ name: 'Lena Ortiz', type: 'person' }],
    not: ['Broken Promises', 'Winning Moves'],
  },
  {
    text: 'Viewers voted Simple Steps the best factual show, ahead of Open Kitchens and Burning Questions.',
    want: [],
    not: ['Simple Steps', 'Open Kitchens', 'Burning Questions'],
  },
  {
    text: 'The pre-school category went to Pre-School Story Time, made by Hanna Berg.',
    want: [{ name: 'Hanna Berg', type: 'person' }],
    not: ['Pre-School Story Time'],
  },
  {
    text: 'Critics praised Orchard Kitchens, a drama about a family restaurant, the quiz show Velvet Engines and the blog Eastern Journalism.',
    want: [],
    not: ['Orchard Kitchens', 'Velvet Engines', 'Eastern Journalism'],
  },
  // Lines of prizes and winners after dashes: runs may straddle lost line breaks.
  {
    text: 'The Calder Film Guild named its winners on Sunday. Lena Ortiz took the top prize.\n\nDocumentary - Salt Marsh Feature Calder Guild - Night Ferry\n\nBest Director - Lena Ortiz\n\nDefenders - Piet Kovacs, Ilir Dervani',
    want: [
      { name: 'Lena Ortiz', type: 'person' },
      { name: 'Calder Film Guild', type: 'organization' },
      { name: 'Piet Kovacs', type: 'person' },
      { name: 'Ilir Dervani', type: 'person' },
    ],
    not: ['Salt Marsh Feature Calder Guild', 'Salt Marsh', 'Night Ferry', 'Best Director'],
  },
  {
    text: '"It could happen Anywhere Else," said Mayor Ruth Ames, who called the vote Really Special.',
    want: [{ name: 'Ruth Ames', type: 'person' }],
    not: ['Anywhere Else', 'Really Special'],
  },
  {
    text: 'Rallies drew Latin American and Messianic Jewish voters, while Norma Jewish and Piet Norman campaigned in Ohio.',
    want: [{ name: 'Piet Norman', type: 'person' }, { name: 'Norma Jewish', type: 'person' }],
    not: ['Latin American', 'Messianic Jewish'],
  },
  {
    text: 'Wales chase a Grand Slam on Saturday, a week after the Super Bowl drew record ratings, said coach Ivor Price.',
    want: [{ name: 'Ivor Price', type: 'person' }, { name: 'Wales', type: 'country' }],
    not: ['Grand Slam', 'Super Bowl'],
  },
  // Names made of common words stay people: a given name ("Mark") or a name-like first word opens them.
  {
    text: 'A neighbour, Mark Rivers, said the river had burst its banks twice this year.',
    want: [{ name: 'Mark Rivers', type: 'person' }],
  },
  {
    text: 'Rescuers reached Pat Fields on Sunday; her neighbour Mel Rivers said the road had gone.',
    want: [{ name: 'Pat Fields', type: 'person' }, { name: 'Mel Rivers', type: 'person' }],
  },
  {
    text: 'The title went to Heron Fields, who beat the champion in straight sets. Fields said he was stunned.',
    want: [{ name: 'Heron Fields', type: 'person' }],
    skip: 'a name-like first word outside the given names before a plural surname reads as a title',
  },
  {
    text: 'Sandy Brooks told the inquiry she had warned managers in March, and the golfer Lena Rivers agreed.',
    want: [{ name: 'Sandy Brooks', type: 'person' }, { name: 'Lena Rivers', type: 'person' }],
  },
  // A body word ends an organisation whatever shape the words before it have.
  {
    text: 'The contractor hired a senior Air Force officer, and the Border Patrol opened an inquiry. Lt. Ana Morales of the Coast Guard Task Force said she was told nothing.',
    want: [
      { name: 'Air Force', type: 'organization' },
      { name: 'Border Patrol', type: 'organization' },
      { name: 'Ana Morales', type: 'person' },
    ],
  },
  // A place word opening a short name makes a place; a body word ending it still makes a body.
  {
    text: '"This could be anywhere," said Ruth Ames, the mayor of Fort Calder. Ferries to Port Ellery stopped, and the Port Ellery Harbour Authority said it would review safety with Lake Dunmore College.',
    want: [
      { name: 'Fort Calder', type: 'place' },
      { name: 'Port Ellery', type: 'place' },
      { name: 'Port Ellery Harbour Authority', type: 'organization' },
      { name: 'Lake Dunmore College', type: 'organization' },
      { name: 'Ruth Ames', type: 'person' },
    ],
  },
  // A firm's context outweighs the two-word shape of a person's name.
  {
    text: 'Halvor Dynamics was sued by Brandt Keller after its rival accused it of copying a design. The Pentagon later hired defence contractor Ostrow Lind.',
    want: [
      { name: 'Brandt Keller', type: 'organization' },
      { name: 'Ostrow Lind', type: 'organization' },
    ],
  },
  {
    text: 'The union backed Lena Brandt on its website, and contractor Alan Price, who built the depot, said he was owed money.',
    want: [
      { name: 'Lena Brandt', type: 'person' },
      { name: 'Alan Price', type: 'person' },
    ],
  },
  {
    text: 'Floods hit South Wales and Northern Kenya, while growers in South East Asia counted their losses.',
    want: ['South Wales', 'Northern Kenya', 'South East Asia'].map((name) => ({ name, type: 'place' })),
  },
  {
    text: 'The audit was done by Halvor & Keane, and the ratings came from Brandt & Lowe. The team moved to Mill Lane and then to Ashford Tower.',
    want: [
      { name: 'Halvor & Keane', type: 'organization' },
      { name: 'Brandt & Lowe', type: 'organization' },
      { name: 'Mill Lane', type: 'place' },
      { name: 'Ashford Tower', type: 'place' },
    ],
  },
  {
    text: 'Ada Lind & Sen. Ben Hale toured the plant, and ministers from Trinidad & Tobago joined them.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }],
    not: ['Ada Lind & Sen. Ben Hale', 'Trinidad & Tobago'],
  },
  {
    text: 'The plane last called the tower at about 3 A.M. local time, and searchers set out at 6 P.M., said Ruth Ames of the Calder Coast Guard.',
    want: [{ name: 'Ruth Ames', type: 'person' }, { name: 'Calder Coast Guard', type: 'organization' }],
    not: ['A.M.', 'P.M.', 'A.M', 'P.M'],
  },
  {
    text: 'Film studio Silver Gate entertainment has announced twelve new releases, said Ada Kim, president of Silver Gate.',
    want: [{ name: 'Silver Gate', type: 'organization' }, { name: 'Ada Kim', type: 'person' }],
  },
  {
    // A first paragraph full of names is no repeated headline when a verb in it is lower case.
    text: "Canada's Ines Varga and Maria Holt were no match for Ruth Ames at the Ashford Road Relays in Calder, Wales.\n\nVarga finished fourth.",
    want: [{ name: 'Ines Varga', type: 'person', aliases: ['Varga'] }, { name: 'Maria Holt', type: 'person' }, { name: 'Ruth Ames', type: 'person' }],
  },
  {
    text: 'Lind Beats Hale In Calder Final\n\nThe final was close.',
    want: [],
    not: ['Lind', 'Hale', 'Calder Final'],
  },
  {
    text: 'The firm spent more on R&D and IT last year, and its LCD screens now ship with GSM chips, said Ada Kim of Brightline Systems.',
    want: [{ name: 'Ada Kim', type: 'person' }, { name: 'Brightline Systems', type: 'organization' }],
    not: ['R&D', 'IT', 'LCD', 'GSM'],
  },
  {
    text: 'The survey by the CBI and the NHS found staff shortages, and the DJ Ana Ruiz said so on air.',
    want: [{ name: 'CBI', type: 'organization' }, { name: 'NHS', type: 'organization' }, { name: 'Ana Ruiz', type: 'person', role: 'DJ' }],
  },
  {
    text: 'The coach named his squad on Monday.\n\nForwards: Ada Lind (Calder Rovers), D Moss (Ashford Harriers), Ben van Hale (captain, Brinley Saints).\n\nBut Tom (Quist) said the Bank of England (Boe) should wait.',
    want: [{ name: 'Calder Rovers', type: 'organization' }, { name: 'Ashford Harriers', type: 'organization' }, { name: 'Brinley Saints', type: 'organization' }, { name: 'Ada Lind', type: 'person' }],
    not: ['Quist', 'Boe'],
  },
  {
    text: 'Sen. Ada Lind (Tex.) and Rep. Ben Hale (NY) voted against the bill.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }],
    not: ['Tex.'],
  },
  {
    text: 'Companies such as Brightwave, Halvor and Quillon already sell the service, as do stars such as Ada Lind. Tandem has cut its forecast, and Tandem\'s second-quarter profits fell.',
    want: [{ name: 'Brightwave', type: 'organization' }, { name: 'Halvor', type: 'organization' }, { name: 'Quillon', type: 'organization' }, { name: 'Ada Lind', type: 'person' }, { name: 'Tandem', type: 'organization' }],
  },
  {
    text: 'Critics such as Lind and Hale were unmoved. Moss has lost his seat, and Ward\'s annual salary rose.',
    want: [],
    not: ['Lind', 'Hale', 'Moss', 'Ward'],
  },
  {
    text: 'The board of Calder United met on Monday. United\'s shares fell, and United have rejected the bid.',
    want: [{ name: 'Calder United', type: 'organization', aliases: ['United'] }],
  },
  {
    text: 'The Calder Economics Minister said growth would slow, and the Commons Speaker called for order. Sports Minister Ada Lind agreed.',
    want: [{ name: 'Ada Lind', type: 'person', role: 'Sports Minister' }],
    not: ['Economics Minister', 'Commons Speaker', 'Calder Economics Minister'],
  },
  {
    text: 'Comedy Night Ferry topped the box office, ahead of the thriller Cold Harbour, starring Ada Lind, and the sitcom Salt Roads.',
    want: [{ name: 'Ada Lind', type: 'person' }],
    not: ['Comedy Night Ferry', 'Night Ferry', 'Cold Harbour', 'Salt Roads'],
  },
  {
    text: 'CWA President Ada Lind said the union would back her. Calder Steel Workers Secretary-Treasurer Ben Hale agreed. Profits rose, said Halvor Energy Chairman Tom Reyes.',
    want: [
      { name: 'Ada Lind', type: 'person', role: 'CWA President' }, { name: 'CWA', type: 'organization' },
      { name: 'Ben Hale', type: 'person' }, { name: 'Calder Steel Workers', type: 'organization' },
      { name: 'Tom Reyes', type: 'person' }, { name: 'Halvor Energy', type: 'organization' },
    ],
  },
  {
    text: 'Communications Minister Ada Lind and Armed Forces Minister Ben Hale met Calder Mayor Tom Reyes and BBC Political Editor Ruth Ames.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }, { name: 'Ruth Ames', type: 'person' }, { name: 'BBC', type: 'organization' }],
    not: ['Communications', 'BBC Political', 'Calder'],
  },
  {
    text: 'AC Milan face Real Madrid on Tuesday. Milan have won four in a row, and Madrid beat Valencia on Saturday. The match will be played in Milan on Wednesday, and Real are the favourites.',
    want: [{ name: 'AC Milan', type: 'organization', aliases: ['Milan'] }, { name: 'Real Madrid', type: 'organization', aliases: ['Madrid', 'Real'] }, { name: 'Milan', type: 'place' }],
  },
  // In a match report the club's town speaks for the club.
  { text: 'Real Madrid beat Valencia 3-1 on Sunday. Madrid said the referee had been unfair.', want: [{ name: 'Real Madrid', type: 'organization', aliases: ['Madrid'] }], not: ['Spain'] },
  {
    text: 'Chancellor Tom Hale flew to Calder. On top of the deal with Tanzania Mr Hale said more would follow, and MSPs said the plan recalled World War II.',
    want: [{ name: 'Tom Hale', type: 'person', aliases: ['Hale'] }, { name: 'Tanzania', type: 'country' }],
    not: ['Mr Hale', 'MSPs', 'World War II'],
  },
  {
    text: 'The study by the Calder Institute of Technology and Ashford State University appeared in the journal Marine Letters. The Department of Health and Human Services and the Center for Strategic and International Studies agreed.',
    want: [
      { name: 'Calder Institute of Technology', type: 'organization' }, { name: 'Ashford State University', type: 'organization' },
      { name: 'Marine Letters', type: 'organization' }, { name: 'Department of Health and Human Services', type: 'organization' },
      { name: 'Center for Strategic and International Studies', type: 'organization' },
    ],
  },
  {
    text: "Halvorsen's said sales rose, and Quarry's downgraded the bank. The head of Brindle's of Ashford spoke. Ada Lind's car was stolen, Lind's lawyers said, and Hale's injured ankle kept him out. The band played Drive My Car.",
    want: [{ name: "Halvorsen's", type: 'organization' }, { name: "Quarry's", type: 'organization' }, { name: "Brindle's", type: 'organization' }, { name: 'Ada Lind', type: 'person' }],
    not: ["Lind's", "Hale's", 'Central African Republic'],
  },
  {
    text: 'Shares in Calder Broadcasting rose after Brindle Asset Advisors bought a stake, and Quillon Labs said it would sell.',
    want: [{ name: 'Calder Broadcasting', type: 'organization' }, { name: 'Brindle Asset Advisors', type: 'organization' }, { name: 'Quillon Labs', type: 'organization' }],
  },
  {
    text: 'He met cabinet colleagues Foreign Secretary Ada Lind and World 5000m champion Ruth Ames, with two-time winner Tom Hale and in-form striker Ben Moss.',
    want: [
      { name: 'Ada Lind', type: 'person', role: 'Foreign Secretary' }, { name: 'Ruth Ames', type: 'person', role: 'World 5000m champion' },
      { name: 'Tom Hale', type: 'person', role: 'two-time winner' }, { name: 'Ben Moss', type: 'person' },
    ],
  },
  {
    text: '"Demand is strong," said Brindlecom\'s principal analyst Ada Lind. Quillon\'s chairman resigned.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Brindlecom', type: 'organization' }, { name: 'Quillon', type: 'organization' }],
  },
  {
    text: 'Investment bank Morgan Calder forecast growth, the rock band Franz Quill topped the chart, and the Ashford duo Ada Lind and Ben Hale won the pairs.',
    want: [{ name: 'Morgan Calder', type: 'organization' }, { name: 'Franz Quill', type: 'organization' }, { name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }],
  },
  {
    text: 'Night Ferry star Ada Lind won the award, and Salt Roads creator Ben Hale thanked the cast.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }],
    not: ['Night Ferry', 'Salt Roads'],
  },
  {
    text: 'Basketball star Michael Jordan said he would retire. Jordan said the decision was hard. King Abdullah of Jordan sent his congratulations, and Jordan said it would host the games.',
    want: [{ name: 'Michael Jordan', type: 'person', aliases: ['Jordan'] }, { name: 'Jordan', type: 'country' }],
  },
  {
    text: 'Things to know today.\n\n7. ELEVEN POLICE KILLED IN CALDER CAR BOMB ATTACK.\n\nShares in Brindle Music rose after the UAE said it would invest.',
    want: [{ name: 'Brindle Music', type: 'organization' }, { name: 'United Arab Emirates', type: 'country' }],
    not: ['Central African Republic'],
  },
  {
    text: 'Profits rose by a third, Quillon said on Monday. Analysts had expected less, but Quillon said demand was strong. Ada Lind runs the firm, and Lind said she was pleased.',
    want: [{ name: 'Quillon', type: 'organization' }, { name: 'Ada Lind', type: 'person', aliases: ['Lind'] }],
  },
  {
    text: 'The men ran further away, said Dofara and other witnesses.',
    want: [{ name: 'Dofara', type: 'person' }],
  },
  {
    text: 'The winger scored twice. "It was a good night," Zinhao said. Zinhao said he would stay.',
    want: [{ name: 'Zinhao', type: 'person' }],
    skip: 'a player known by one name, never named in full, reads as a body when he speaks',
  },
  {
    text: 'The Food and Drug Administration approved the pill, and the Health and Safety Executive said it would look at the plant.',
    want: [{ name: 'Food and Drug Administration', type: 'organization' }, { name: 'Health and Safety Executive', type: 'organization' }],
    not: ['Drug Administration', 'Safety Executive'],
  },
  {
    text: 'Ada Lind and Calder University signed a deal, and the House and Senate passed the bill.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Calder University', type: 'organization' }],
    not: ['Ada Lind and Calder University', 'House and Senate'],
  },
  {
    text: 'Officials at the State and Defense Departments said the talks had failed.',
    want: [{ name: 'State Department', type: 'organization' }, { name: 'Defense Department', type: 'organization' }],
  },
  {
    text: 'Marlowe said it would appeal the ruling. Bookmaker Grimbles said it had cut the odds.',
    want: [{ name: 'Marlowe', type: 'organization' }, { name: 'Grimbles', type: 'organization' }],
    not: ['Bookmaker Grimbles'],
  },
  {
    text: 'Veritas Mobile says it hopes to open ten stores, and Tarrow Phones posted an 18% jump in quarterly sales.',
    want: [{ name: 'Veritas Mobile', type: 'organization' }, { name: 'Tarrow Phones', type: 'organization' }],
  },
  {
    text: 'Ada Lind said it would appeal the ruling on her behalf. Tomas Varga said it would be hard to win.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Tomas Varga', type: 'person' }],
  },
  {
    text: 'The fire spread fast. Rob Tallis said he had seen smoke. Tiger Marlowe, 29, said he ran.',
    want: [{ name: 'Rob Tallis', type: 'person' }, { name: 'Tiger Marlowe', type: 'person' }],
    not: ['Tallis', 'Marlowe'],
  },
  {
    text: "Jan Hovorka, the firm's head of sales, said demand was strong. Orders rose in Jan and Feb.",
    want: [{ name: 'Jan Hovorka', type: 'person' }],
    not: ['Hovorka', 'Jan', 'Feb'],
  },
  {
    text: 'He toured with Ada "The Hammer" Lind in 1999. Lind said it was the best year of her life.',
    want: [{ name: 'Ada "The Hammer" Lind', type: 'person', aliases: ['Lind'] }],
    not: ['Ada', 'The Hammer', 'Hammer'],
  },
  {
    text: 'He spent a year with Calgary Forest before Ada Hale signed him. Fans gathered at the Brooklyn Bridge. Mother Teresa and Little Richard were honoured.',
    want: [{ name: 'Calgary Forest', type: 'organization' }, { name: 'Ada Hale', type: 'person' }, { name: 'Brooklyn Bridge', type: 'place' }, { name: 'Mother Teresa', type: 'person' }, { name: 'Little Richard', type: 'person' }],
  },
  {
    text: 'Shops on Madison Avenue and Victoria Street closed early. Ruth Hall said trade was slow.',
    want: [{ name: 'Madison Avenue', type: 'place' }, { name: 'Victoria Street', type: 'place' }, { name: 'Ruth Hall', type: 'person' }],
  },
  {
    text: 'Jeffrey Sachs, director of the institute, noted the risks. Ada Post said she agreed. The Denver Post disagreed.',
    want: [{ name: 'Jeffrey Sachs', type: 'person' }, { name: 'Ada Post', type: 'person' }, { name: 'Denver Post', type: 'organization' }],
  },
  {
    text: 'The co-head of aerospace group ACME Pierre Vautrin is to leave his post. The Downing Street Strategy Unit said so.',
    want: [{ name: 'ACME', type: 'organization' }, { name: 'Pierre Vautrin', type: 'person' }, { name: 'Downing Street Strategy Unit', type: 'organization' }],
    not: ['ACME Pierre Vautrin', 'Strategy Unit'],
  },
  {
    text: 'Her mother, Oak Ridge Elementary Principal Ruth Hale, was praised. Headmaster Ben Ortiz said so.',
    want: [{ name: 'Oak Ridge Elementary', type: 'organization' }, { name: 'Ruth Hale', type: 'person' }, { name: 'Ben Ortiz', type: 'person', role: 'Headmaster' }],
    not: ['Oak Ridge Elementary Principal Ruth Hale'],
  },
  {
    text: 'Liberals Elena Varga and Sonia Reyes joined the court. Moderator Ben Ortiz asked the questions.',
    want: [{ name: 'Elena Varga', type: 'person' }, { name: 'Sonia Reyes', type: 'person' }, { name: 'Ben Ortiz', type: 'person', role: 'Moderator' }],
    not: ['Liberals Elena Varga', 'Moderator Ben Ortiz'],
  },
  {
    text: 'Santa Barbara police said so. Bookmaker Ben Hale cut the odds. A.E. Dan Howard, a law professor, agreed. Salim Abu-Saleh was named.',
    want: [{ name: 'Ben Hale', type: 'organization' }, { name: 'A.E. Dan Howard', type: 'person' }],
    not: ['Barbara', 'A.E.', 'Dan Howard', 'Abu-Saleh'],
  },
  {
    text: 'He spoke at the funerals of both Ada Lind and Malcolm X. The film about him won praise. Later, John F. Hale spoke.',
    want: [{ name: 'Malcolm X', type: 'person' }, { name: 'John F. Hale', type: 'person' }],
    not: ['Malcolm X.'],
  },
  {
    text: "The actor, whose films include Calder's Day, Ada Lind and Night Ferry: The Return, spoke. Nominees for best film include Spain's Pedro Almodovar. He sang hits such as Come Tomorrow and Paper Moon.",
    want: [{ name: 'Pedro Almodovar', type: 'person' }, { name: 'Spain', type: 'country' }],
    not: ['Day', 'Ada Lind', 'Night Ferry', 'Come Tomorrow', 'Paper Moon'],
  },
  {
    text: 'April Fools pranks were popular this year, the survey found.',
    want: [],
    not: ['April Fools'],
  },
  {
    text: 'The theatre overlooks the River Lenne, and fans of R&B packed it.',
    want: [{ name: 'River Lenne', type: 'place' }],
    not: ['R&B'],
  },
  {
    text: 'The talks ended early. Rose Garden visits were cancelled.',
    want: [],
    not: ['Rose Garden'],
  },
  {
    text: "The star of hit musical Harbour Lights sang, and Ada Lind's single Paper Moon topped the chart.",
    want: [{ name: 'Ada Lind', type: 'person' }],
    not: ['Harbour Lights', 'Paper Moon'],
  },
  {
    text: 'General Harvest has posted a 9% jump in quarterly sales. General Varga said the troops would stay.',
    want: [{ name: 'General Harvest', type: 'organization' }, { name: 'Varga', type: 'person' }],
    not: ['Harvest'],
  },
  {
    text: "Tributes came from Ada Lind, Ben Hale and Oscar nominee Rita Moss. Tom Varga, Tandemco's chief executive, said sales rose.",
    want: [{ name: 'Rita Moss', type: 'person' }, { name: 'Tom Varga', type: 'person' }],
    not: ['Oscar'],
  },
  {
    text: 'The prize went to Ada Lind, Ben Hale and Ruth Moss, who thanked the judges.',
    want: [{ name: 'Ada Lind', type: 'person' }, { name: 'Ben Hale', type: 'person' }, { name: 'Ruth Moss', type: 'person' }],
  },
  {
    text: "Not a single Ashford Park resident was hurt. In the men's singles, Tomas Varga beat Ben Hale.",
    want: [{ name: 'Ashford Park', type: 'place' }, { name: 'Tomas Varga', type: 'person' }, { name: 'Ben Hale', type: 'person' }],
  },
  {
    text: 'Smith said it would appeal to voters in the north.',
    want: [{ name: 'Smith', type: 'person' }],
  },
  {
    text: 'Smith said it would cut both ways.',
    want: [{ name: 'Smith', type: 'person' }],
  },
  {
    text: 'Okafor said it would pay off in the long run.',
    want: [{ name: 'Okafor', type: 'person' }],
  },
  {
    text: 'Okafor said it would stand the test of time.',
    want: [{ name: 'Okafor', type: 'person' }],
  },
  {
    text: 'Okafor said it hopes to see changes.',
    want: [{ name: 'Okafor', type: 'person' }],
  },
  {
    text: 'Acme said it would appeal the ruling.',
    want: [{ name: 'Acme', type: 'organization' }],
  },
  {
    text: 'Nadal recorded a loss to Federer in the final on Sunday. Nadal said he was tired.',
    want: [{ name: 'Nadal', type: 'person' }],
  },
  {
    text: 'Lind posted a loss to Calder in the semi-final. Lind said she was tired.',
    want: [{ name: 'Lind', type: 'person' }],
  },
  {
    text: 'The firm hired Jane Doe as its new Sales and Marketing Executive last year. He met the Finance and Operations Executive, Jane Doe, on Monday.',
    want: [{ name: 'Jane Doe', type: 'person' }],
    not: ['Sales and Marketing Executive', 'Finance and Operations Executive'],
  },
  {
    text: 'The Health and Safety Executive said the site was unsafe.',
    want: [{ name: 'Health and Safety Executive', type: 'organization' }],
  },
  {
    text: 'Reporters asked General Butler about the raid.',
    want: [{ name: 'Butler', type: 'person', role: 'General' }],
    not: ['General Butler'],
  },
  {
    text: 'General Miles said the war was over.',
    want: [{ name: 'Miles', type: 'person', role: 'General' }],
    not: ['General Miles'],
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
        if (w.role !== undefined) expect(a?.role ?? '').toBe(w.role);
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

describe('numbered names', () => {
  test('stations that differ only by their number stay apart', () => {
    const actors = actorsOf(HEADLINE + 'She moved from Calder Radio 1 to Calder Radio 2 last year, and Calder Radio 2 said her show would start in May.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('Calder Radio 1');
    expect(names).toContain('Calder Radio 2');
  });
});
