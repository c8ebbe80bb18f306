/**
 * Units of measure as written in news copy, mapped to one canonical name, and the words that
 * make a percentage. Written for newsdigest from SI, imperial and US customary units and the
 * abbreviations of news style guides. Keys are lower-case tokens joined by single spaces
 * ("km / h" is how "km/h" is tokenised).
 */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'miles', miles: 'miles', metre: 'metres', metres: 'metres', meter: 'metres', meters: 'metres',
  cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm',
  ft: 'feet', foot: 'feet', feet: 'feet', inch: 'inches', inches: 'inches', yard: 'yards', yards: 'yards',
  acre: 'acres', acres: 'acres', hectare: 'hectares', hectares: 'hectares', ha: 'hectares',
  'square km': 'square km', 'square kilometres': 'square km', 'square kilometers': 'square km',
  km2: 'square km', 'sq km': 'square km', 'square miles': 'square miles', 'sq miles': 'square miles',
  'square metres': 'square metres', 'square meters': 'square metres', m2: 'square metres',
  'square feet': 'square feet', 'sq ft': 'square feet',
  tonne: 'tonnes', tonnes: 'tonnes', ton: 'tons', tons: 'tons', 'metric tons': 'tonnes',
  'metric tonnes': 'tonnes', kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg',
  kilos: 'kg', gram: 'grams', grams: 'grams', g: 'grams', mg: 'mg', milligrams: 'mg',
  lb: 'pounds', lbs: 'pounds', ounce: 'ounces', ounces: 'ounces', oz: 'ounces',
  litre: 'litres', litres: 'litres', liter: 'litres', liters: 'litres', l: 'litres', ml: 'ml',
  millilitres: 'ml', milliliters: 'ml', gallon: 'gallons', gallons: 'gallons', barrel: 'barrels',
  barrels: 'barrels', bpd: 'barrels', 'cubic metres': 'cubic metres', 'cubic meters': 'cubic metres',
  teaspoon: 'teaspoons', teaspoons: 'teaspoons', tablespoons: 'tablespoons', cups: 'cups',
  degree: 'degrees', degrees: 'degrees', '°': 'degrees', '° c': 'degrees Celsius', '° f': 'degrees Fahrenheit',
  'degrees celsius': 'degrees Celsius', 'degrees centigrade': 'degrees Celsius',
  'degrees fahrenheit': 'degrees Fahrenheit', 'degrees c': 'degrees Celsius', 'degrees f': 'degrees Fahrenheit',
  mph: 'mph', 'miles an hour': 'mph', 'miles per hour': 'mph', 'km / h': 'km/h', kph: 'km/h',
  kmph: 'km/h', 'km / hr': 'km/h', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h',
  'kilometres an hour': 'km/h', knots: 'knots',
  kbps: 'kbps', mbps: 'Mbps', gbps: 'Gbps', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB',
  megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB', bit: 'bits', bits: 'bits',
  kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', megawatts: 'MW',
  gigawatts: 'GW', kilowatts: 'kW', watts: 'watts', volts: 'volts', calories: 'calories',
  kcal: 'calories', hz: 'Hz', mhz: 'MHz', ghz: 'GHz', rad: 'radians', radians: 'radians',
};

/** Durations: measures too ("two weeks", "a 40-year career"), and the units of ages. */
export const TIME_UNITS: Record<string, string> = {
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours',
  hours: 'hours', day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', month: 'months',
  months: 'months', year: 'years', years: 'years', decade: 'decades', decades: 'decades',
  century: 'centuries', centuries: 'centuries',
};

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: string[] = [
  '%', 'per cent', 'percent', 'percents', 'pct', 'percentage points', 'percentage point',
  'percentage', 'per cent of', 'pc',
];

/** Rates kept inside a figure's text: "300,000 barrels a day", "$12bn a year", "$2 per share". */
export const RATE_PHRASES: string[] = [
  'a day', 'a year', 'a month', 'a week', 'an hour', 'per day', 'per year', 'per month', 'per week',
  'per hour', 'per share', 'per head', 'per person', 'per capita', 'per annum', 'a head', 'each',
  'apiece', 'a share', 'per barrel', 'a barrel', 'a dozen',
];
