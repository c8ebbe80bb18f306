/**
 * Units of measure as written in news copy, mapped to the unit word of the figure, and the words
 * that make a percentage. A spelled-out unit keeps its own spelling in the plural ("kilometers",
 * "metres"); abbreviations keep the usual abbreviation ("km", "kg"). Written for newsdigest from
 * SI, imperial and US customary units and the abbreviations of news style guides. Keys are
 * lower-case tokens joined by single spaces ("km / h" is how "km/h" is tokenised).
 */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometre: 'kilometres', kilometres: 'kilometres', kilometer: 'kilometers', kilometers: 'kilometers',
  mile: 'miles', miles: 'miles', metre: 'metres', metres: 'metres', meter: 'meters', meters: 'meters',
  cm: 'cm', centimetre: 'centimetres', centimetres: 'centimetres', centimeter: 'centimeters', centimeters: 'centimeters',
  mm: 'mm', millimetre: 'millimetres', millimetres: 'millimetres', millimeter: 'millimeters', millimeters: 'millimeters',
  ft: 'feet', foot: 'feet', feet: 'feet', inch: 'inches', inches: 'inches', yard: 'yards', yards: 'yards',
  acre: 'acres', acres: 'acres', hectare: 'hectares', hectares: 'hectares', ha: 'hectares',
  'square km': 'square km', 'square kilometres': 'square kilometres', 'square kilometers': 'square kilometers',
  km2: 'square km', 'sq km': 'square km', 'square miles': 'square miles', 'sq miles': 'square miles',
  'square metres': 'square metres', 'square meters': 'square meters', m2: 'square metres',
  'square feet': 'square feet', 'sq ft': 'square feet',
  // Singular forms before a noun: "a 240,000 square meter park".
  'square meter': 'square meters', 'square metre': 'square metres', 'square foot': 'square feet',
  'square mile': 'square miles', 'square kilometre': 'square kilometres', 'square kilometer': 'square kilometers',
  'cubic meter': 'cubic meters', 'cubic metre': 'cubic metres',
  tonne: 'tonnes', tonnes: 'tonnes', ton: 'tons', tons: 'tons', 'metric tons': 'tonnes',
  'metric tonnes': 'tonnes', kg: 'kg', kgs: 'kg', kilogram: 'kilograms', kilograms: 'kilograms', kilo: 'kilos',
  kilos: 'kilos', gram: 'grams', grams: 'grams', g: 'grams', mg: 'mg', milligrams: 'milligrams',
  lb: 'pounds', lbs: 'pounds', pound: 'pounds', pounds: 'pounds', ounce: 'ounces', ounces: 'ounces', oz: 'ounces',
  litre: 'litres', litres: 'litres', liter: 'liters', liters: 'liters', l: 'litres', ml: 'ml',
  millilitres: 'millilitres', milliliters: 'milliliters', gallon: 'gallons', gallons: 'gallons', barrel: 'barrels',
  barrels: 'barrels', bpd: 'barrels', 'cubic metres': 'cubic metres', 'cubic meters': 'cubic meters',
  teaspoon: 'teaspoons', teaspoons: 'teaspoons', tablespoons: 'tablespoons', cups: 'cups',
  degree: 'degrees', degrees: 'degrees', '°': 'degrees', '° c': 'degrees Celsius', '° f': 'degrees Fahrenheit',
  'degrees celsius': 'degrees Celsius', 'degrees centigrade': 'degrees Celsius',
  'degrees fahrenheit': 'degrees Fahrenheit', 'degrees c': 'degrees Celsius', 'degrees f': 'degrees Fahrenheit',
  mph: 'mph', 'miles an hour': 'miles an hour', 'miles per hour': 'miles per hour', 'km / h': 'km/h', kph: 'km/h',
  kmph: 'km/h', 'km / hr': 'km/h', 'kilometres per hour': 'kilometres per hour', 'kilometers per hour': 'kilometers per hour',
  'kilometres an hour': 'kilometres an hour', knots: 'knots',
  kbps: 'kbps', mbps: 'Mbps', gbps: 'Gbps', kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB',
  megabytes: 'megabytes', gigabytes: 'gigabytes', terabytes: 'terabytes', bits: 'bits',
  kw: 'kW', mw: 'MW', gw: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', megawatts: 'megawatts',
  gigawatts: 'gigawatts', kilowatts: 'kilowatts', watts: 'watts', volts: 'volts', calories: 'calories',
  kcal: 'kcal', hz: 'Hz', mhz: 'MHz', ghz: 'GHz', rad: 'radians', radians: 'radians',
};

/**
 * Plural nouns that follow a race distance ("the 400m hurdles", "800m runners", "200m titles"):
 * after them a glued "m" is metres; before other plurals it is millions ("50m passengers").
 */
export const DISTANCE_EVENT_NOUNS: string[] = [
  'hurdles', 'heats', 'titles', 'runners', 'finals', 'records', 'races', 'medals', 'events', 'relays',
  'sprints', 'sprinters', 'champions', 'specialists', 'swimmers', 'times', 'semi-finals', 'semifinals',
];

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
