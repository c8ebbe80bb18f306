/**
 * Words that make a run of capitalised words an organisation when they head it ("State
 * Department", "Calder University", "Acme Corp"), and one-word institutions and parties.
 * Written for newsdigest from general knowledge of English-language news copy. Lower case.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'bureau', 'agency', 'administration', 'service', 'services',
  'commission', 'committee', 'council', 'board', 'authority', 'institute', 'institution', 'center',
  'centre', 'foundation', 'fund', 'trust', 'society', 'association', 'federation', 'confederation',
  'union', 'league', 'alliance', 'coalition', 'organization', 'organisation', 'university', 'college',
  'school', 'elementary', 'academy', 'hospital', 'clinic', 'church', 'party', 'parliament', 'congress', 'senate',
  'assembly', 'court', 'tribunal', 'government', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'corps', 'patrol',
  'bank', 'exchange', 'group', 'company', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd',
  'limited', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'holdings', 'partners', 'industries', 'airlines',
  'airways', 'motors', 'systems', 'technologies', 'pharmaceuticals', 'energy', 'oil', 'petroleum',
  'media', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian',
  'radio', 'television', 'tv', 'network', 'press', 'studios', 'records', 'club', 'fc', 'team',
  'initiative', 'program', 'programme', 'project', 'network', 'studies', 'research', 'laboratory',
  'laboratories', 'council', 'cabinet', 'secretariat', 'directorate', 'command', 'brigade', 'movement',
  'front', 'mission', 'reserve', 'treasury', 'equity', 'sachs', 'railways', 'telecom', 'bancorp',
  'newsroom', 'newsdesk', 'chamber', 'house', 'unit',
  'securities', 'capital', 'investments', 'insurance', 'motor', 'steel', 'mining', 'chemicals',
  'management', 'communications', 'telecommunications', 'electronics', 'software', 'foods', 'brewery',
  'entertainment', 'pictures', 'publishing', 'logistics', 'shipping', 'realty', 'ventures',
  'broadcasting', 'networks', 'solutions', 'consulting', 'advisors', 'advisers', 'associates', 'trading',
  'construction', 'engineering', 'aerospace', 'automotive', 'pharma', 'biotech', 'labs', 'therapeutics',
  'brands', 'beverages', 'stores', 'hotels', 'resorts', 'music',
]);

/** Organisation heads that are also surnames: after a lone given name they end a person's name ("Jeffrey Sachs", "Ada Post"). */
export const SURNAME_HEADS: ReadonlySet<string> = new Set(['sachs', 'post', 'house', 'press', 'guardian']);

/** Last words of club names ("Calder United"): organisations only when they end the name. */
export const TEAM_SUFFIXES: ReadonlySet<string> = new Set([
  'united', 'rovers', 'wanderers', 'athletic', 'athletico', 'albion', 'hotspur', 'rangers', 'celtic',
  'county', 'dynamo', 'sporting',
]);

/** Names that are organisations on their own (legislatures, parties, alliances), by their usual forms. */
const INSTITUTION_FORMS: string[][] = [
  ['Parliament'], ['Congress'], ['Senate'], ['Commons', 'House of Commons'], ['House of Lords', 'Lords'],
  ['Pentagon'], ['White House'], ['Labour', 'Labour Party', 'Labor Party'],
  ['Tories', 'Tory', 'Conservatives', 'Conservative Party', 'Tory Party'],
  ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'Liberal Democrat'], ['Democrats', 'Democratic Party'],
  ['Republicans', 'Republican Party', 'GOP'], ['Taliban'], ['Hamas'], ['Hezbollah'],
  ['NATO', 'Nato'], ['United Nations', 'UN', 'U.N.'], ['European Union', 'EU', 'E.U.'],
  ['European Commission'], ['Interpol'], ['OPEC', 'Opec'], ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'], ['World Bank'], ['BBC'], ['CNN'], ['Reuters'],
  ['Associated Press', 'AP'], ['Islamic State', 'ISIS', 'ISIL'], ['al-Qaeda', 'al Qaeda', 'Al Qaeda'], ['Red Cross', 'International Committee of the Red Cross', 'ICRC'], ['Agence France-Presse', 'AFP'], ['Politico'],
];

/** Lower-case form -> canonical name. */
export const INSTITUTIONS: ReadonlyMap<string, string> = new Map(
  INSTITUTION_FORMS.flatMap((forms) => forms.map((f) => [f.toLowerCase(), forms[0]] as [string, string])),
);

/** Common nouns that introduce an organisation's name ("carmaker Acme", "the drinks group Halvor"). */
export const ORGANISATION_INTRODUCERS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'carrier',
  'retailer', 'supermarket', 'chain', 'maker', 'manufacturer', 'producer', 'supplier', 'giant', 'rival',
  'operator', 'broker', 'brokerage', 'broadcaster', 'newspaper', 'paper', 'magazine', 'website', 'site',
  'network', 'conglomerate', 'brand', 'label', 'publisher', 'charity', 'club', 'side', 'team', 'party',
  'union', 'agency', 'regulator', 'watchdog', 'startup', 'start-up', 'subsidiary', 'unit', 'fund',
  'consultancy', 'consultants', 'accountants', 'pollster', 'studio', 'developer', 'utility', 'miner',
  'steelmaker', 'drugmaker', 'chipmaker', 'housebuilder', 'refiner', 'daily', 'weekly', 'tabloid',
  'contractor', 'journal', 'band', 'orchestra', 'choir', 'bookmaker', 'portal',
]);

/** Introducers that never stand before a person, so that a given name after them opens a firm's or a band's name ("bank Morgan Calder", "band Franz Ferdinand"). */
export const ORGANISATION_ONLY_INTRODUCERS: ReadonlySet<string> = new Set([
  'band', 'orchestra', 'choir', 'bank', 'firm', 'company', 'carmaker', 'airline',
  'retailer', 'lender', 'insurer', 'brokerage', 'newspaper', 'magazine', 'journal',
]);

/** Nouns of the press after a title ("told La Gazzetta newspaper"): the name is the publication. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'website', 'radio', 'television', 'channel',
]);

/** Nouns heading a description that only fits a firm or body (", the world's largest carmaker"). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'carrier',
  'retailer', 'supermarket', 'chain', 'manufacturer', 'conglomerate', 'newspaper', 'magazine', 'website',
  'charity', 'club', 'party', 'union', 'agency', 'regulator', 'watchdog', 'startup', 'start-up',
  'subsidiary', 'utility', 'brand', 'label', 'studio', 'consultancy', 'brokerage', 'organisation',
  'organization', 'institute', 'university', 'network', 'broadcaster', 'operator', 'exporter', 'producer',
  'maker', 'supplier', 'distributor', 'developer', 'publisher', 'builder', 'housebuilder', 'steelmaker',
  'miner', 'refiner', 'drugmaker', 'chipmaker',
]);

/** Verbs a bare name only does as an organisation ("Tandem found", "Acme acquired"). Lemmas. */
export const ORGANISATION_ACTIONS: ReadonlySet<string> = new Set([
  'find', 'publish', 'acquire', 'manufacture', 'employ', 'hire', 'invest', 'recall', 'merge', 'list',
]);

/** Verbs of a game's result: a town that wins or loses one is its team ("Calder beat Ashford"). Lemmas. */
export const GAME_RESULTS: ReadonlySet<string> = new Set([
  'beat', 'defeat', 'lose', 'win', 'draw', 'tie', 'edge', 'rout', 'thrash', 'trounce', 'outscore', 'overcome', 'clinch',
]);

/** Introducers said of people too ("rival Ada Lind"): they make an organisation of a one-word name only. */
export const PERSONAL_INTRODUCERS: ReadonlySet<string> = new Set(['rival']);

/** Words for a kind of firm that never name a person's job, so that one opening a sentence introduces a firm ("Miner Acme Gold said"). */
export const FIRM_OPENERS: ReadonlySet<string> = new Set([
  'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'retailer', 'supermarket', 'miner', 'steelmaker',
  'drugmaker', 'chipmaker', 'housebuilder', 'refiner', 'conglomerate', 'brewer', 'telecoms', 'utility',
  'bookmaker',
]);

/** Verbs of a share price: "Acme rose 3%" names a listed company, not a person. */
export const MARKET_MOVES: ReadonlySet<string> = new Set([
  'rise', 'fall', 'gain', 'climb', 'drop', 'slip', 'jump', 'slump', 'surge', 'tumble', 'dip', 'soar',
  'plunge', 'sink', 'rally', 'edge',
]);

/** Club prefixes before a town's name ("FC Calder"): the town word alone names the club. */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'fc', 'afc', 'ac', 'as', 'sc', 'cf', 'rc', 'ss', 'sv', 'vfl', 'vfb', 'fk', 'sk', 'real', 'inter', 'atletico',
  'dynamo', 'dinamo', 'olympique', 'borussia', 'sporting',
]);

/**
 * Plural forms of the verb after a name the team or firm agrees with ("Calder United have", "Acme are");
 * not "were", which is also the subjunctive ("if Smith were elected").
 */
export const PLURAL_AGREEMENT: ReadonlySet<string> = new Set(['have', 'are']);

/** Words after a possessive that only organisations have ("Acme's shares", "Acme's chief executive"). */
export const CORPORATE_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'profits', 'profit', 'shareholders', 'stock', 'revenues', 'revenue', 'earnings',
  'subsidiary', 'subsidiaries', 'takeover', 'ceo', 'turnover', 'share price', 'market value',
  'analyst', 'analysts', 'economist', 'economists', 'executive', 'executives', 'chairman', 'board',
  'customers', 'factory', 'factories', 'plant', 'plants', 'products', 'stores', 'sales',
]);

/** Verbs of a body's plans after "said it would" ("Acme said it would appeal"), which "it" meaning no one rarely takes. Lemmas; written for newsdigest. */
export const CORPORATE_PLANS: ReadonlySet<string> = new Set([
  'appeal', 'sell', 'buy', 'acquire', 'launch', 'invest', 'hire', 'expand', 'cooperate', 'comply', 'contest',
  'reduce', 'raise', 'pay', 'accept', 'stop', 'seek', 'challenge', 'fight', 'review', 'withdraw', 'offer',
  'supply', 'build', 'shed', 'scrap', 'suspend', 'appoint', 'resume', 'merge', 'refund', 'compensate', 'axe',
  'relocate', 'recall', 'sue', 'file', 'lodge', 'publish', 'restructure', 'cut', 'close', 'shut', 'field',
  'stand', 'campaign', 'broadcast', 'air', 'ship', 'employ', 'lay', 'outsource', 'investigate',
]);

/** Verbs of intent a body says of itself ("Acme says it hopes to", "it plans to"). Lemmas. */
export const INTENT_LEMMAS: ReadonlySet<string> = new Set(['hope', 'plan', 'intend', 'aim', 'expect']);

/** Verbs of reporting a firm's results ("Acme posted a loss"). Lemmas. */
export const RESULT_VERBS: ReadonlySet<string> = new Set(['report', 'post', 'announce', 'book', 'record', 'unveil', 'forecast']);

/** A firm's results, the object of a verb of reporting them ("reported a 5% rise in sales"). */
export const CORPORATE_RESULTS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'earnings', 'turnover', 'dividend', 'dividends',
]);
