/**
 * Capitalised words that are not actors: days, months, scraping junk, and head words of events,
 * products, laws and works. Written for newsdigest. Lower case.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'christmas', 'easter', 'ramadan', 'today', 'tonight', 'yesterday', 'tomorrow',
  'close', 'advertisement', 'share', 'tweet', 'email', 'print', 'comments', 'menu', 'subscribe',
  'sign', 'log', 'read', 'more', 'related', 'watch', 'video', 'photo', 'image', 'getty', 'images',
  'i', 'god', 'internet', 'web', 'covid', 'covid-19', 'coronavirus', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'est', 'edt',
  'et', 'pt', 'utc', 'ok', 'tv', 'no', 'yes', 'oh', 'id', 'ids', 'suv', 'suvs', 'gdp', 'ipo', 'ceo',
  'cfo', 'dvd', 'pc', 'pcs', 'hiv', 'aids', 'cctv', 'atm', 'vat', 'sms', 'pdf', 'faq', 'usb', 'gps', 'ftse',
]);

/**
 * Upper-case abbreviations of things, not bodies: technology, money, medicine and the calendar
 * ("IT", "R&D", "FDI", "A.D."). Only an all-capitals word is checked, so "Ai" or "Sim" as names stay.
 * Written for newsdigest. Lower case, without a final full stop.
 */
export const THING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'it', 'cd', 'cds', 'pda', 'pdas', 'os', 'rss', 'mms', 'lan', 'wan', 'html', 'http', 'www', 'url', 'urls',
  'ie', 'isp', 'isps', 'dsl', 'adsl', 'cpu', 'lcd', 'hd', 'hdtv', 'gsm', 'sim', 'pin', 'vr', 'ui', 'api',
  'dos', 'ram', 'rom', 'cd-rom', 'fdi', 'r&d', 'm&a', 'ipos', 'ceos', 'cpi', 'rpi', 'gnp', 'eps', 'ebitda',
  'lng', 'lpg', 'co2', 'vip', 'vips', 'q&a', 'diy', 'dna', 'mri', 'ivf', 'bse', 'sars', 'mrsa',
  'tb', 'adhd', 'ptsd', 'bmi', 'icu', 'gp', 'wmd', 'ied', 'ieds', 'icbm', 'ufo', 'ufos', 'a.d', 'b.c',
  'gcse', 'gcses', 'asbo', 'asbos', 'dui', 'r&b', 'isbn', 'dvds',
]);

/** A run ending in one of these names an event, a law, a product or a work, not an actor. */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'cup', 'championship', 'championships', 'games', 'olympics', 'open', 'tournament', 'series',
  'trophy', 'prize', 'award', 'awards', 'festival', 'war', 'summit', 'conference', 'act', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'amendment',
  'declaration', 'pact', 'charter', 'communique', 'manifesto', 'memorandum', 'resolution',
  'constitution', 'day', 'week', 'year', 'eve', 'show', 'album', 'film', 'book', 'iphone', 'ipad',
  'windows', 'index', 'plan', 'strategy', 'doctrine', 'revolution', 'election', 'elections',
  'crisis', 'rally', 'marathon', 'lecture', 'lectures', 'speech', 'debate', 'hearing', 'report', 'grand prix', 'derby', 'league cup', 'world cup',
  'bowl', 'slam',
]);

/** Unnamed collectives that open sentences capitalised ("Officials said"): groups, never names. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'witnesses', 'critics', 'rebels', 'experts', 'analysts', 'residents', 'police',
  'troops', 'soldiers', 'protesters', 'demonstrators', 'authorities', 'investigators', 'prosecutors',
  'lawmakers', 'legislators', 'diplomats', 'sources', 'doctors', 'scientists', 'researchers',
  'economists', 'traders', 'dealers', 'investors', 'voters', 'supporters', 'opponents', 'militants',
  'insurgents', 'fighters', 'activists', 'villagers', 'students', 'workers', 'farmers', 'fans',
  'players', 'people', 'observers', 'ministers', 'leaders', 'sales', 'shares', 'prices', 'markets',
  'polls', 'reports', 'surveys', 'figures', 'officers', 'delegates', 'members', 'parents', 'citizens',
  'developers', 'builders', 'buyers', 'landlords', 'tenants', 'homeowners', 'retailers', 'manufacturers',
  'exporters', 'importers', 'producers', 'employers', 'employees', 'unions', 'patients', 'consumers',
  'shoppers', 'passengers', 'lenders', 'insurers', 'regulators', 'donors', 'auditors', 'bankers',
  'executives', 'rescuers', 'volunteers', 'negotiators', 'campaigners', 'peers',
]);

/** Nouns that introduce the title of a work: "the documentary Night Ferry", "its programme Fear Street". */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'programme', 'series', 'sitcom', 'drama', 'documentary', 'album', 'song', 'book',
  'novel', 'memoir', 'biography', 'musical', 'opera', 'painting', 'sculpture', 'exhibition', 'podcast',
  'comedy', 'thriller', 'biopic', 'sequel', 'prequel', 'remake', 'blockbuster', 'cartoon', 'soap', 'track',
  'ballad', 'anthem', 'adaptation', 'epic', 'western', 'satire', 'animation', 'hit',
]);

/** Nouns of works that name one only right before its title ("her single Night Ferry"), not in a list ("the men's singles, Ada Lind ..."). */
export const TITLE_ONLY_WORK_NOUNS: ReadonlySet<string> = new Set(['single']);

