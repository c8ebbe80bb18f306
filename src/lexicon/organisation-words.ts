/**
 * Words that make a run of capitalised words an organisation when they head it ("State
 * Department", "Georgetown University", "Acme Corp"), and one-word institutions and parties.
 * Written for newsdigest from general knowledge of English-language news copy. Lower case.
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'bureau', 'agency', 'administration', 'service', 'services',
  'commission', 'committee', 'council', 'board', 'authority', 'institute', 'institution', 'center',
  'centre', 'foundation', 'fund', 'trust', 'society', 'association', 'federation', 'confederation',
  'union', 'league', 'alliance', 'coalition', 'organization', 'organisation', 'university', 'college',
  'school', 'academy', 'hospital', 'clinic', 'church', 'party', 'parliament', 'congress', 'senate',
  'assembly', 'court', 'tribunal', 'government', 'police', 'army', 'navy', 'forces', 'guard', 'corps',
  'bank', 'exchange', 'group', 'company', 'co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd',
  'limited', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'holdings', 'partners', 'industries', 'airlines',
  'airways', 'motors', 'systems', 'technologies', 'pharmaceuticals', 'energy', 'oil', 'petroleum',
  'media', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian',
  'radio', 'television', 'tv', 'network', 'press', 'studios', 'records', 'club', 'fc', 'team',
  'initiative', 'program', 'programme', 'project', 'network', 'studies', 'research', 'laboratory',
  'laboratories', 'council', 'cabinet', 'secretariat', 'directorate', 'command', 'brigade', 'movement',
  'front', 'mission', 'reserve', 'treasury', 'equity', 'sachs', 'railways', 'telecom', 'bancorp',
  'securities', 'capital', 'investments', 'insurance', 'motor', 'steel', 'mining', 'chemicals',
]);

/** Names that are organisations on their own: legislatures and parties. */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'parliament', 'congress', 'senate', 'commons', 'lords', 'pentagon', 'white house',
  'labour', 'tories', 'tory', 'conservatives', 'liberal democrats', 'lib dems', 'lib dem', 'democrats',
  'republicans', 'gop', 'taliban', 'hamas', 'hezbollah', 'nato', 'un', 'u.n.', 'eu', 'e.u.',
  'european union', 'united nations', 'european commission', 'interpol', 'opec', 'who', 'imf',
  'world bank', 'bbc', 'cnn', 'reuters', 'associated press', 'afp', 'politico',
]);
