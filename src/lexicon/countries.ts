/**
 * Countries: every UN member state (plus the two observer states and a few widely reported
 * territories), with common short forms, capitals (and other seats of government used as
 * metonyms) and demonyms. Written for newsdigest from the UN member-state list and general
 * knowledge. Row format: "Name|short forms|capitals and seats|demonyms" (lists comma-separated).
 * A capital that is also a common given name and seldom the state's metonym ("Victoria") is left out;
 * one spelt like a common English word keeps only its accented form ("Malé").
 */
const ROWS = `
Afghanistan||Kabul|Afghan
Albania||Tirana|Albanian
Algeria||Algiers|Algerian
Andorra||Andorra la Vella|Andorran
Angola||Luanda|Angolan
Antigua and Barbuda|Antigua|Saint John's|Antiguan
Argentina||Buenos Aires|Argentine,Argentinian
Armenia||Yerevan|Armenian
Australia||Canberra|Australian
Austria||Vienna|Austrian
Azerbaijan||Baku|Azerbaijani
Bahamas|The Bahamas|Nassau|Bahamian
Bahrain||Manama|Bahraini
Bangladesh||Dhaka|Bangladeshi
Barbados||Bridgetown|Barbadian
Belarus||Minsk|Belarusian
Belgium||Brussels|Belgian
Belize||Belmopan|Belizean
Benin||Porto-Novo|Beninese
Bhutan||Thimphu|Bhutanese
Bolivia||La Paz,Sucre|Bolivian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Botswana||Gaborone|Botswanan
Brazil||Brasilia,Brasília|Brazilian
Brunei||Bandar Seri Begawan|Bruneian
Bulgaria||Sofia|Bulgarian
Burkina Faso||Ouagadougou|Burkinabe
Burundi||Gitega|Burundian
Cabo Verde|Cape Verde|Praia|Cape Verdean
Cambodia||Phnom Penh|Cambodian
Cameroon||Yaounde,Yaoundé|Cameroonian
Canada||Ottawa|Canadian
Central African Republic|CAR|Bangui|Central African
Chad||N'Djamena|Chadian
Chile||Santiago|Chilean
China|PRC,People's Republic of China,Mainland China|Beijing,Peking|Chinese
Colombia||Bogota,Bogotá|Colombian
Comoros||Moroni|Comorian
Congo|Republic of the Congo,Congo-Brazzaville|Brazzaville|Congolese
Costa Rica||San Jose,San José|Costa Rican
Cote d'Ivoire|Ivory Coast,Côte d'Ivoire|Yamoussoukro,Abidjan|Ivorian
Croatia||Zagreb|Croatian
Cuba||Havana|Cuban
Cyprus||Nicosia|Cypriot
Czech Republic|Czechia|Prague|Czech
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Kinshasa|
Denmark||Copenhagen|Danish,Dane
Djibouti||Djibouti City|Djiboutian
Dominica||Roseau|Dominican
Dominican Republic||Santo Domingo|
Ecuador||Quito|Ecuadorian
Egypt||Cairo|Egyptian
El Salvador||San Salvador|Salvadoran
Equatorial Guinea||Malabo|Equatoguinean
Eritrea||Asmara|Eritrean
Estonia||Tallinn|Estonian
Eswatini|Swaziland|Mbabane|Swazi
Ethiopia||Addis Ababa|Ethiopian
Fiji||Suva|Fijian
Finland||Helsinki|Finnish,Finn
France||Paris|French,Frenchman,Frenchwoman
Gabon||Libreville|Gabonese
Gambia|The Gambia|Banjul|Gambian
Georgia||Tbilisi|Georgian
Germany||Berlin|German
Ghana||Accra|Ghanaian
Greece||Athens|Greek
Grenada||St. George's|Grenadian
Guatemala||Guatemala City|Guatemalan
Guinea||Conakry|Guinean
Guinea-Bissau||Bissau|Bissau-Guinean
Guyana||Georgetown|Guyanese
Haiti||Port-au-Prince|Haitian
Honduras||Tegucigalpa|Honduran
Hungary||Budapest|Hungarian
Iceland||Reykjavik|Icelandic
India||New Delhi|Indian
Indonesia||Jakarta|Indonesian
Iran|Islamic Republic of Iran|Tehran,Teheran|Iranian
Iraq||Baghdad|Iraqi
Ireland|Republic of Ireland,Eire|Dublin|Irish,Irishman,Irishwoman
Israel||Jerusalem|Israeli
Italy||Rome|Italian
Jamaica||Kingston|Jamaican
Japan||Tokyo|Japanese
Jordan||Amman|Jordanian
Kazakhstan||Astana|Kazakh
Kenya||Nairobi|Kenyan
Kiribati||Tarawa|
Kuwait||Kuwait City|Kuwaiti
Kyrgyzstan||Bishkek|Kyrgyz
Laos|Lao PDR|Vientiane|Lao,Laotian
Latvia||Riga|Latvian
Lebanon||Beirut|Lebanese
Lesotho||Maseru|Basotho
Liberia||Monrovia|Liberian
Libya||Tripoli|Libyan
Liechtenstein||Vaduz|
Lithuania||Vilnius|Lithuanian
Luxembourg||Luxembourg City|Luxembourgish
Madagascar||Antananarivo|Malagasy
Malawi||Lilongwe|Malawian
Malaysia||Kuala Lumpur,Putrajaya|Malaysian
Maldives||Malé|Maldivian
Mali||Bamako|Malian
Malta||Valletta|Maltese
Marshall Islands||Majuro|Marshallese
Mauritania||Nouakchott|Mauritanian
Mauritius||Port Louis|Mauritian
Mexico||Mexico City|Mexican
Micronesia||Palikir|Micronesian
Moldova||Chisinau|Moldovan
Monaco|||Monegasque
Mongolia||Ulaanbaatar,Ulan Bator|Mongolian
Montenegro||Podgorica|Montenegrin
Morocco||Rabat|Moroccan
Mozambique||Maputo|Mozambican
Myanmar|Burma|Naypyidaw,Naypyitaw|Burmese
Namibia||Windhoek|Namibian
Nauru|||Nauruan
Nepal||Kathmandu|Nepali,Nepalese
Netherlands|Holland,The Netherlands|Amsterdam,The Hague|Dutch,Dutchman,Dutchwoman
New Zealand||Wellington|New Zealander
Nicaragua||Managua|Nicaraguan
Niger||Niamey|Nigerien
Nigeria||Abuja|Nigerian
North Korea|DPRK,Democratic People's Republic of Korea|Pyongyang|North Korean
North Macedonia|Macedonia|Skopje|Macedonian
Norway||Oslo|Norwegian
Oman||Muscat|Omani
Pakistan||Islamabad|Pakistani
Palau||Ngerulmud|Palauan
Panama||Panama City|Panamanian
Papua New Guinea|PNG|Port Moresby|Papua New Guinean
Paraguay||Asuncion,Asunción|Paraguayan
Peru||Lima|Peruvian
Philippines|The Philippines|Manila|Philippine,Filipino
Poland||Warsaw|Polish,Pole
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari
Romania||Bucharest|Romanian
Russia|Russian Federation|Moscow|Russian
Rwanda||Kigali|Rwandan
Saint Kitts and Nevis|St Kitts and Nevis|Basseterre|
Saint Lucia|St Lucia|Castries|Saint Lucian
Saint Vincent and the Grenadines|St Vincent|Kingstown|Vincentian
Samoa||Apia|Samoan
San Marino|||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Sao Tome|
Saudi Arabia|Saudi,KSA|Riyadh|Saudi
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian,Serb
Seychelles|||Seychellois
Sierra Leone||Freetown|Sierra Leonean
Singapore|||Singaporean
Slovakia||Bratislava|Slovak
Slovenia||Ljubljana|Slovenian
Solomon Islands||Honiara|
Somalia||Mogadishu|Somali
South Africa||Pretoria,Cape Town|South African
South Korea|Republic of Korea,ROK,Korea|Seoul|South Korean
South Sudan||Juba|South Sudanese
Spain||Madrid|Spanish,Spaniard
Sri Lanka||Colombo|Sri Lankan
Sudan||Khartoum|Sudanese
Suriname||Paramaribo|Surinamese
Sweden||Stockholm|Swedish,Swede
Switzerland||Bern,Berne|Swiss
Syria||Damascus|Syrian
Tajikistan||Dushanbe|Tajik
Tanzania||Dodoma|Tanzanian
Thailand||Bangkok|Thai
Timor-Leste|East Timor|Dili|Timorese
Togo||Lome,Lomé|Togolese
Tonga||Nuku'alofa|Tongan
Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian
Tunisia||Tunis|Tunisian
Turkey|Turkiye,Türkiye|Ankara|Turkish,Turk
Turkmenistan||Ashgabat|Turkmen
Tuvalu||Funafuti|Tuvaluan
Uganda||Kampala|Ugandan
Ukraine||Kyiv,Kiev|Ukrainian
United Arab Emirates|UAE,Emirates|Abu Dhabi|Emirati
United Kingdom|UK,U.K.,Britain,Great Britain|London|British,Briton
United States|US,U.S.,USA,U.S.A.,America,United States of America|Washington|American
Uruguay||Montevideo|Uruguayan
Uzbekistan||Tashkent|Uzbek
Vanuatu||Port Vila|
Venezuela||Caracas|Venezuelan
Vietnam|Viet Nam|Hanoi|Vietnamese
Yemen||Sanaa,Sana'a|Yemeni
Zambia||Lusaka|Zambian
Zimbabwe||Harare|Zimbabwean
Vatican|Holy See,Vatican City||
Palestine|State of Palestine,Palestinian territories|Ramallah|Palestinian
Taiwan|Republic of China|Taipei|Taiwanese
Kosovo||Pristina|Kosovar
England|||English,Englishman,Englishwoman
Scotland||Edinburgh|Scottish,Scot,Scotsman,Scotswoman
Wales||Cardiff|Welsh,Welshman,Welshwoman
Northern Ireland||Belfast|
Hong Kong|||
`;

export interface CountryEntry {
  name: string;
  shortForms: string[];
  capitals: string[];
  demonyms: string[];
}

const list = (s: string | undefined): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);

export const COUNTRIES: CountryEntry[] = ROWS.trim().split('\n').map((row) => {
  const [name, shortForms, capitals, demonyms] = row.split('|');
  return { name, shortForms: list(shortForms), capitals: list(capitals), demonyms: list(demonyms) };
});

/**
 * Regions, continents and geographic areas that are places, never states. Written for newsdigest
 * from general knowledge: continents and their parts, seas and straits in the news, disputed and
 * breakaway territories, and well-known regions, islands and mountain ranges. Names that are also
 * companies, products, teams or given names ("Amazon", "Java", "Rockies", "Brittany", "Munster") are left out.
 */
export const REGIONS: string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Balkans', 'Caucasus', 'Scandinavia',
  'Caribbean', 'Pacific', 'Atlantic', 'Arctic', 'Antarctica', 'Mediterranean', 'Baltic', 'Sahel',
  'Korean Peninsula', 'Gaza', 'Gaza Strip', 'West Bank', 'Crimea', 'Donbas', 'Kashmir', 'Tibet',
  'Xinjiang', 'Siberia', 'Sahara', 'Horn of Africa', 'Southeast Asia', 'South Asia', 'Central Asia',
  'East Asia', 'Eastern Europe', 'Western Europe', 'Indo-Pacific', 'South China Sea', 'Black Sea',
  'Red Sea', 'Taiwan Strait', 'Silicon Valley', 'Wall Street', 'West Indies', 'North Sea', 'South West', 'South East', 'North West', 'North East',
  'Midlands', 'Middle America', 'Midwest', 'Deep South',
  // Parts of continents and wider areas.
  'Antarctic', 'Eurasia', 'Oceania', 'Australasia', 'Sub-Saharan Africa', 'North Africa', 'West Africa',
  'East Africa', 'Southern Africa', 'Central Africa', 'Maghreb', 'Levant', 'Central Europe',
  'Northern Europe', 'Southern Europe', 'Northeast Asia', 'Asia-Pacific', 'Pacific Northwest',
  'New England', 'Appalachia', 'Rust Belt', 'Sun Belt', 'Bible Belt', 'West Coast', 'East Coast',
  'Gulf of Mexico', 'Gulf of Aden', 'Strait of Hormuz', 'Bosphorus', 'Himalayas', 'Alps', 'Andes',
  'Urals', 'Iberian Peninsula', 'Arabian Peninsula',
  // Disputed, breakaway and occupied territories.
  'Golan', 'Golan Heights', 'Sinai', 'Negev', 'Galilee', 'Nagorno-Karabakh', 'Karabakh', 'Abkhazia',
  'South Ossetia', 'Transnistria', 'Western Sahara', 'Kurdistan', 'Iraqi Kurdistan',
  // Well-known regions, islands and provinces of other states.
  'Chechnya', 'Dagestan', 'Kaliningrad', 'Zaporizhzhia', 'Kherson', 'Bavaria', 'Saxony', 'Catalonia',
  'Basque Country', 'Andalusia', 'Galicia', 'Flanders', 'Wallonia', 'Lombardy', 'Tuscany', 'Sicily',
  'Sardinia', 'Corsica', 'Normandy', 'Provence', 'Alsace', 'Silesia', 'Transylvania', 'Lapland',
  'Greenland', 'Faroe Islands', 'Isle of Man', 'Gibraltar', 'Patagonia', 'Yucatan', 'Chiapas',
  'Sinaloa', 'Michoacan', 'Baja California', 'Darfur', 'Tigray', 'Amhara', 'Oromia', 'Balochistan',
  'Baluchistan', 'Sindh', 'Khyber Pakhtunkhwa', 'Waziristan', 'Aceh', 'Papua', 'West Papua', 'Bali',
  'Sumatra', 'Borneo', 'Sulawesi', 'Mindanao', 'Luzon', 'Okinawa', 'Hokkaido', 'Fukushima',
  'Rakhine', 'Jeju', 'Niger Delta',
];

/** Seats of government that news copy uses for the state itself ("the Kremlin said"). */
export const SEATS_OF_GOVERNMENT: Record<string, string> = {
  Kremlin: 'Russia', 'Downing Street': 'United Kingdom', Whitehall: 'United Kingdom', Elysee: 'France',
  'Élysée': 'France', Zhongnanhai: 'China', 'Blue House': 'South Korea',
};

/** Adjectives of peoples beyond one state ("African", "Latino") or within one ("Texan"): never actors themselves. */
export const PEOPLES: string[] = [
  'African', 'European', 'Asian', 'Arab', 'Latino', 'Latina', 'Hispanic', 'Scandinavian', 'Balkan',
  'Caucasian', 'Kurdish', 'Kurd', 'Pashtun', 'Uighur', 'Uyghur', 'Rohingya', 'Tamil', 'Berber', 'Slav',
  'Jewish', 'Muslim', 'Catholic', 'Protestant', 'Sunni', 'Shiite', 'Shia', 'Hindu', 'Sikh',
  // People of a US state ("his fellow Texan"); names that are also publications' are left out
  // ("The New Yorker", "The Oregonian", "The Oklahoman", "The Tennessean").
  'Texan', 'Californian', 'Floridian', 'Virginian', 'Ohioan', 'Michigander', 'Minnesotan', 'Arizonan',
  'Coloradan', 'Iowan', 'Kansan', 'Kentuckian', 'Louisianan', 'Marylander', 'Nevadan', 'Utahn',
  'Vermonter', 'Wisconsinite', 'Alaskan', 'Alabamian', 'Pennsylvanian', 'Missourian', 'Nebraskan',
];

/** US states and the federal district, places in their own right. Written for newsdigest. */
export const US_STATES: string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin',
  'Wyoming', 'D.C.', 'Washington D.C.', 'Washington, D.C.', 'District of Columbia', 'Puerto Rico',
  // Abbreviations of news-agency style.
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.',
  'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.',
  'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.',
  'Va.', 'Vt.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];

/**
 * Provinces, states and territories of federal states whose news names them alone ("in Ontario"),
 * places in their own right. Written for newsdigest from general knowledge: those of Canada,
 * Australia, India, China and Germany ("Victoria" and "Hesse" are left out as personal names).
 */
export const PROVINCES: string[] = [
  // Canada.
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Newfoundland and Labrador',
  'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Québec', 'Saskatchewan',
  'Northwest Territories', 'Nunavut', 'Yukon',
  // Australia.
  'New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Western Australia',
  'Australian Capital Territory', 'Northern Territory',
  // India.
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur',
  'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Orissa', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu',
  'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Jammu and Kashmir', 'Ladakh',
  'Puducherry', 'Andaman and Nicobar Islands',
  // China: provinces, autonomous regions and special administrative regions.
  'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei',
  'Hunan', 'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi',
  'Sichuan', 'Yunnan', 'Zhejiang', 'Guangxi', 'Inner Mongolia', 'Ningxia', 'Macau', 'Macao',
  // Germany.
  'Baden-Wurttemberg', 'Baden-Württemberg', 'Brandenburg', 'Lower Saxony', 'Mecklenburg-Western Pomerania',
  'North Rhine-Westphalia', 'Rhineland-Palatinate', 'Saarland', 'Saxony-Anhalt', 'Schleswig-Holstein',
  'Thuringia',
];

/**
 * Cities that are not capitals, often datelines. Written for newsdigest from general knowledge by
 * one rule: cities of roughly a million people or more anywhere, and the largest cities (roughly
 * 250,000 or more) of the US, Canada, the UK, Ireland, Australia, New Zealand, South Africa, India,
 * Germany, France, Italy and Spain, with older spellings news still uses ("Bombay", "Rangoon").
 * Left out, so that the context decides ("in Austin" is a place without the gazetteer): names that
 * are also common words or personal names ("Reading", "Nice", "Austin", "Charlotte", "Hamilton",
 * "Lincoln", "Florence", "Adelaide"), and cities under a million people whose bare name is also
 * that of a leading football club ("Dortmund", "Lyon", "Southampton"), which sports copy means.
 */
export const CITIES: string[] = [
  // United States.
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Francisco',
  'Boston', 'Seattle', 'Miami', 'Atlanta', 'Dallas', 'Detroit', 'Denver', 'Las Vegas', 'New Orleans',
  'St Louis', 'St. Louis', 'San Diego', 'Pittsburgh', 'Cleveland', 'Baltimore', 'San Antonio',
  'Jacksonville', 'Fort Worth', 'Columbus', 'Indianapolis', 'Oklahoma City', 'Nashville', 'El Paso',
  'Portland', 'Memphis', 'Louisville', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento',
  'Kansas City', 'Omaha', 'Colorado Springs', 'Raleigh', 'Long Beach', 'Virginia Beach', 'Oakland',
  'Minneapolis', 'Tulsa', 'Tampa', 'Bakersfield', 'Wichita', 'Honolulu', 'Anaheim', 'Corpus Christi',
  'Newark', 'Santa Ana', 'Cincinnati', 'Greensboro', 'Jersey City', 'Plano', 'Chula Vista', 'Toledo',
  'Fort Wayne', 'Reno', 'Lubbock', 'Laredo', 'Winston-Salem', 'Scottsdale', 'Boise', 'Spokane',
  'Baton Rouge', 'Richmond', 'Hialeah', 'Salt Lake City', 'Des Moines', 'Brooklyn',
  'Manhattan', 'Queens', 'the Bronx', 'Hollywood',
  // Canada.
  'Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Mississauga',
  'Brampton', 'Quebec City', 'Halifax', 'Saskatoon', 'Gatineau', 'Burnaby',
  // United Kingdom and Ireland.
  'Birmingham', 'Manchester', 'Glasgow', 'Oxford', 'Cambridge', 'Sheffield', 'Bristol', 'Nottingham',
  'Newcastle upon Tyne', 'Stoke-on-Trent', 'Wolverhampton', 'Milton Keynes', 'York', 'Londonderry',
  'Cork', 'Limerick', 'Galway',
  // Australia, New Zealand and South Africa.
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Gold Coast', 'Wollongong', 'Hobart', 'Geelong',
  'Townsville', 'Auckland', 'Christchurch', 'Dunedin', 'Johannesburg', 'Durban', 'Soweto',
  'Port Elizabeth', 'Gqeberha', 'Bloemfontein', 'Pietermaritzburg',
  // India.
  'Mumbai', 'Bombay', 'Delhi', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bangalore', 'Bengaluru',
  'Hyderabad', 'Ahmedabad', 'Pune', 'Surat', 'Jaipur', 'Lucknow', 'Kanpur', 'Nagpur', 'Indore',
  'Thane', 'Bhopal', 'Visakhapatnam', 'Patna', 'Vadodara', 'Ghaziabad', 'Ludhiana', 'Agra', 'Nashik',
  'Faridabad', 'Meerut', 'Rajkot', 'Varanasi', 'Srinagar', 'Amritsar', 'Allahabad', 'Prayagraj',
  'Ranchi', 'Coimbatore', 'Guwahati', 'Chandigarh', 'Noida', 'Gurgaon', 'Gurugram', 'Mysore', 'Kochi',
  'Thiruvananthapuram', 'Bhubaneswar', 'Jammu', 'Madurai', 'Raipur', 'Jodhpur',
  // Germany, France, Italy and Spain.
  'Munich', 'Hamburg', 'Cologne', 'Dusseldorf', 'Düsseldorf', 'Essen', 'Wuppertal', 'Bonn', 'Münster',
  'Mannheim', 'Wiesbaden', 'Aachen', 'Chemnitz', 'Milan', 'Naples', 'Turin', 'Venice', 'Barcelona',
  'Seville', 'Murcia', 'Palma', 'Bilbao', 'Alicante', 'Vigo',
  // Elsewhere in Europe.
  'Geneva', 'Zurich', 'Rotterdam', 'Thessaloniki', 'Istanbul', 'Izmir', 'Bursa', 'Adana', 'Gaziantep',
  'Konya', 'Antalya', 'Diyarbakir', 'St Petersburg', 'St. Petersburg', 'Novosibirsk', 'Yekaterinburg',
  'Kazan', 'Nizhny Novgorod', 'Chelyabinsk', 'Samara', 'Omsk', 'Rostov-on-Don', 'Ufa', 'Krasnoyarsk',
  'Voronezh', 'Volgograd', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Dnipro', 'Donetsk', 'Luhansk',
  'Mariupol',
  // Middle East and Central Asia.
  'Dubai', 'Sharjah', 'Jeddah', 'Mecca', 'Dammam', 'Tel Aviv', 'Haifa', 'Gaza City',
  'Hebron', 'Bethlehem', 'Aleppo', 'Homs', 'Mosul', 'Basra', 'Erbil', 'Kirkuk', 'Najaf',
  'Sulaymaniyah', 'Mashhad', 'Isfahan', 'Karaj', 'Shiraz', 'Tabriz', 'Qom', 'Ahvaz', 'Aden',
  'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Almaty', 'Shymkent',
  // South Asia.
  'Karachi', 'Lahore', 'Faisalabad', 'Rawalpindi', 'Gujranwala', 'Peshawar', 'Multan', 'Quetta',
  'Chittagong', 'Chattogram', 'Khulna',
  // East and Southeast Asia.
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Tianjin', 'Chongqing', 'Chengdu', 'Nanjing',
  'Hangzhou', "Xi'an", 'Xian', 'Shenyang', 'Harbin', 'Dalian', 'Qingdao', 'Jinan', 'Zhengzhou',
  'Changsha', 'Kunming', 'Dongguan', 'Foshan', 'Suzhou', 'Xiamen', 'Fuzhou', 'Hefei', 'Nanchang',
  'Nanning', 'Guiyang', 'Lanzhou', 'Taiyuan', 'Shijiazhuang', 'Changchun', 'Urumqi', 'Ningbo', 'Wuxi',
  'Osaka', 'Yokohama', 'Nagoya', 'Sapporo', 'Kobe', 'Kyoto', 'Fukuoka', 'Kawasaki', 'Hiroshima',
  'Sendai', 'Busan', 'Pusan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Kaohsiung', 'Taichung',
  'Tainan', 'Ho Chi Minh City', 'Saigon', 'Haiphong', 'Da Nang', 'Yangon', 'Rangoon', 'Mandalay',
  'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Palembang', 'Makassar', 'Quezon City', 'Davao', 'Cebu',
  // Africa.
  'Lagos', 'Kano', 'Ibadan', 'Port Harcourt', 'Benin City', 'Kaduna', 'Kumasi', 'Mombasa',
  'Dar es Salaam', 'Lubumbashi', 'Mbuji-Mayi', 'Goma', 'Douala', 'Cotonou', 'Omdurman', 'Alexandria',
  'Giza', 'Casablanca', 'Marrakesh', 'Marrakech', 'Fez', 'Tangier', 'Oran', 'Benghazi', 'Misrata',
  'Hargeisa',
  // Latin America.
  'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Fortaleza', 'Manaus', 'Curitiba',
  'Recife', 'Porto Alegre', 'Belem', 'Belém', 'Goiania', 'Campinas', 'Guadalajara', 'Monterrey',
  'Puebla', 'Tijuana', 'Ciudad Juarez', 'Ciudad Juárez', 'Culiacan', 'Cancun', 'Medellin', 'Medellín',
  'Cali', 'Barranquilla', 'Cartagena', 'Maracaibo', 'Guayaquil', 'Arequipa', 'Santa Cruz', 'El Alto',
  'Cochabamba',
];

/** Last words that make a name a place: "North Sea", "Calder Arena", "Ashford Province". */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'mount', 'hills', 'valley', 'desert',
  'island', 'islands', 'strait', 'bay', 'peninsula', 'province', 'region', 'district', 'street',
  'avenue', 'road', 'square', 'park', 'stadium', 'arena', 'airport', 'bridge', 'palace', 'canal',
  'coast', 'beach', 'harbour', 'harbor', 'oval', 'field', 'gardens', 'heights', 'plaza', 'boulevard',
  'county', 'hall', 'theatre', 'theater', 'cathedral', 'abbey', 'castle', 'chapel', 'falls', 'plateau',
  'basin', 'delta', 'canyon', 'glacier', 'volcano', 'reef', 'atoll', 'gorge', 'lagoon', 'estuary', 'fjord',
  'archipelago', 'lane', 'tower',
]);

/** Place heads that are no surname: "Victoria Street" and "Madison Avenue" are places even after a given name ("Ruth Hall" is a person). */
export const PLACE_ONLY_HEADS: ReadonlySet<string> = new Set([
  'street', 'avenue', 'road', 'boulevard', 'square', 'plaza', 'airport', 'stadium', 'canal',
  'harbour', 'harbor', 'district', 'province', 'region', 'county', 'ocean', 'sea', 'river', 'island',
  'islands', 'valley', 'desert', 'gardens', 'palace', 'cathedral', 'strait', 'peninsula', 'canyon', 'theatre', 'theater',
]);

/** First words that make a short name a place: "Fort Worth", "Port Said", "Mount Kenya", "Lake Como", "River Severn". */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['fort', 'ft', 'port', 'mount', 'mt', 'lake', 'cape', 'isle', 'river']);
