/**
 * Currency symbols, ISO 4217 codes and currency names, each mapped to its ISO 4217 code
 * (BTC is the de facto code of bitcoin). Written for newsdigest from ISO 4217 and news usage.
 */

/** Symbols and prefixed symbols written before (or after) the amount. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'usd$': 'USD', 'c$': 'CAD', 'ca$': 'CAD', 'cad$': 'CAD', 'a$': 'AUD',
  'au$': 'AUD', 'hk$': 'HKD', 'nz$': 'NZD', 's$': 'SGD', 'r$': 'BRL', 'nt$': 'TWD', 'mx$': 'MXN',
  '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₾': 'GEL',
  '₦': 'NGN', '₪': 'ILS', '₱': 'PHP', '₴': 'UAH', '฿': 'THB', '₫': 'VND', '₿': 'BTC',
};

/** ISO 4217 codes as written in text ("USD 17.8 million", "15 rmb"); "rmb" is the yuan's name. */
export const CURRENCY_CODES: Record<string, string> = {
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', inr: 'INR', cad: 'CAD',
  aud: 'AUD', chf: 'CHF', hkd: 'HKD', nzd: 'NZD', sgd: 'SGD', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  rub: 'RUB', brl: 'BRL', zar: 'ZAR', mxn: 'MXN', krw: 'KRW', try: 'TRY', aed: 'AED', sar: 'SAR',
};

/**
 * Currency names after the amount, longest first when matched. "pounds" is money only with a
 * scale word or "sterling" (otherwise it is a weight); see figures.ts.
 */
export const CURRENCY_NAMES: Record<string, string> = {
  'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
  'canadian dollar': 'CAD', 'canadian dollars': 'CAD', 'australian dollar': 'AUD',
  'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD', 'taiwan dollars': 'TWD', dollar: 'USD', dollars: 'USD',
  euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
  'chinese yuan': 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', 'swiss francs': 'CHF',
  'swiss franc': 'CHF', 'turkish lira': 'TRY', lira: 'TRY', roubles: 'RUB', rubles: 'RUB',
  rand: 'ZAR', naira: 'NGN', shekels: 'ILS', dirhams: 'AED', riyals: 'SAR', won: 'KRW',
  pesos: 'MXN', 'mexican pesos': 'MXN', pesetas: 'ESP', 'dutch guilders': 'NLG', guilders: 'NLG',
  bitcoin: 'BTC', bitcoins: 'BTC', hryvnias: 'UAH', kuai: 'CNY',
  // Currencies named with their country's adjective ("shillings" alone may be any of several).
  'kenyan shillings': 'KES', 'kenya shillings': 'KES', 'ugandan shillings': 'UGX',
  'tanzanian shillings': 'TZS', 'somali shillings': 'SOS', 'pakistani rupees': 'PKR',
  'sri lankan rupees': 'LKR', 'nepalese rupees': 'NPR', 'indian rupees': 'INR', 'egyptian pounds': 'EGP',
  'lebanese pounds': 'LBP', 'syrian pounds': 'SYP', 'sudanese pounds': 'SDG', 'japanese yen': 'JPY',
  'south african rand': 'ZAR', 'nigerian naira': 'NGN', 'ghanaian cedis': 'GHS', cedis: 'GHS',
  'ethiopian birr': 'ETB', birr: 'ETB', 'swedish kronor': 'SEK', 'swedish crowns': 'SEK',
  'norwegian kroner': 'NOK', 'norwegian crowns': 'NOK', 'danish kroner': 'DKK', 'danish crowns': 'DKK',
  'czech crowns': 'CZK', 'czech korunas': 'CZK', 'icelandic kronur': 'ISK', 'brazilian reais': 'BRL',
  reais: 'BRL', 'argentine pesos': 'ARS', 'chilean pesos': 'CLP', 'colombian pesos': 'COP',
  'philippine pesos': 'PHP', 'indonesian rupiah': 'IDR', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB',
  zlotys: 'PLN', zloty: 'PLN', forints: 'HUF', forint: 'HUF', 'russian roubles': 'RUB',
  'russian rubles': 'RUB', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'iranian rials': 'IRR',
  'moroccan dirhams': 'MAD', 'uae dirhams': 'AED', 'israeli shekels': 'ILS', 'new shekels': 'ILS',
  'bangladeshi taka': 'BDT', taka: 'BDT', 'vietnamese dong': 'VND', 'south korean won': 'KRW',
  'korean won': 'KRW', 'hong kong dollar': 'HKD', 'singapore dollar': 'SGD', 'new taiwan dollars': 'TWD',
  'zimbabwe dollars': 'ZWL', 'jamaican dollars': 'JMD', 'kenyan shilling': 'KES',
  // Names of one currency only ("kroner" alone may be Danish or Norwegian).
  kronor: 'SEK', krona: 'SEK', kronur: 'ISK', koruna: 'CZK', korunas: 'CZK', hryvnia: 'UAH', lari: 'GEL',
};

/** Names that are money only with a scale word or a qualifier: "420 million pounds". */
export const AMBIGUOUS_CURRENCY_NAMES: Record<string, string> = { pound: 'GBP', pounds: 'GBP' };

/** Minor units kept as their own unit: the value stays as written ("50 cents"). */
export const MINOR_UNITS: Record<string, string> = { cent: 'cents', cents: 'cents', pence: 'pence', p: 'pence' };

/** A scale glued to a code: "45 MUSD" is forty-five million US dollars. */
export const SCALED_CODE_PREFIX: Record<string, number> = { m: 1e6, k: 1e3, b: 1e9 };
