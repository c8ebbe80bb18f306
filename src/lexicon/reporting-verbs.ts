/**
 * Verbs that report speech or writing, with their inflected forms. Written for newsdigest from
 * general knowledge of English news style ("said", "told reporters", "tweeted", ...).
 * Beliefs and intentions ("thinks", "hopes", "plans") are deliberately absent: they are not speech.
 */

/** Verbs that introduce a reported statement, direct or indirect. Lemma -> inflected forms. */
export const SPEECH_VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  state: ['state', 'states', 'stated', 'stating'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  report: ['report', 'reports', 'reported', 'reporting'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  maintain: ['maintain', 'maintains', 'maintained'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded'],
  answer: ['answered'],
  comment: ['comment', 'comments', 'commented'],
  remark: ['remark', 'remarks', 'remarked'],
  observe: ['observe', 'observes', 'observed'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  estimate: ['estimate', 'estimates', 'estimated'],
  forecast: ['forecast', 'forecasts', 'forecasted'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  boast: ['boast', 'boasts', 'boasted'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  quip: ['quip', 'quips', 'quipped'],
  lament: ['lament', 'laments', 'lamented'],
  counter: ['countered'],
  retort: ['retort', 'retorts', 'retorted'],
  recount: ['recount', 'recounts', 'recounted'],
  inform: ['inform', 'informs', 'informed'],
  remind: ['remind', 'reminds', 'reminded'],
  assure: ['assure', 'assures', 'assured'],
  mention: ['mention', 'mentions', 'mentioned'],
  indicate: ['indicate', 'indicates', 'indicated'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  repeat: ['repeat', 'repeats', 'repeated'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  scream: ['screams', 'screamed', 'screaming'],
  chant: ['chant', 'chants', 'chanted', 'chanting'],
  cry: ['cried'],
  sing: ['sings', 'sang', 'singing'],
  exhort: ['exhorted', 'exhorts'],
  whisper: ['whispered', 'whispers'],
  charge: ['charged'],
  hint: ['hinted'],
  brag: ['bragged'],
  scoff: ['scoffed'],
  muse: ['mused'],
  continue: ['continued'],
  begin: ['began'],
  agree: ['agreed'],
  point: ['pointed', 'points', 'point', 'pointing'],
  affirm: ['affirm', 'affirms', 'affirmed'],
  advise: ['advise', 'advises', 'advised'],
  concur: ['concurred'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed'],
  reason: ['reasoned'],
  speculate: ['speculate', 'speculates', 'speculated'],
  specify: ['specified'],
  blog: ['blogged'],
  email: ['emailed'],
  text: ['texted'],
  // "read" reports only with nothing after it ("the letter read:", "..., the sign read.").
  read: ['reads', 'read'],
  put: ['put', 'puts'],
  make: ['make', 'makes', 'made', 'making'],
  propose: ['propose', 'proposes', 'proposed', 'proposing'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  recommend: ['recommend', 'recommends', 'recommended', 'recommending'],
  threaten: ['threaten', 'threatens', 'threatened', 'threatening'],
  // Requests only, with a listener and an infinitive ("encouraged voters to register", "ordered the
  // agency to release the files"), from someone who can speak (see PERSUADING_LEMMAS).
  encourage: ['encourage', 'encourages', 'encouraged', 'encouraging'],
  order: ['order', 'orders', 'ordered', 'ordering'],
  apologize: ['apologize', 'apologizes', 'apologized', 'apologizing', 'apologise', 'apologises', 'apologised', 'apologising'],
};

/**
 * Speech acts of asking for or promising something, whose content may be a noun phrase or an
 * infinitive rather than a clause ("demanded a recount", "vowed to appeal", "urged voters to stay
 * home"). Lemma -> what follows the verb: `object` a noun phrase or an infinitive, `infinitive` only
 * "to" and a verb, `listener-infinitive` a listener then "to" and a verb. "call for" and "call on"
 * are the verb "call" with its particle; so is "insist on". Written for newsdigest.
 */
export const REQUEST_LEMMAS: Record<string, 'object' | 'infinitive' | 'listener-infinitive'> = {
  'call for': 'object',
  'insist on': 'object',
  propose: 'object',
  demand: 'object',
  recommend: 'object',
  vow: 'infinitive',
  pledge: 'infinitive',
  promise: 'infinitive',
  threaten: 'infinitive',
  'call on': 'listener-infinitive',
  urge: 'listener-infinitive',
  // "told aides to draft a plan", "warned voters to stay home": an order or a warning to someone.
  tell: 'listener-infinitive',
  warn: 'listener-infinitive',
  encourage: 'listener-infinitive',
  order: 'listener-infinitive',
};

/** Particles that turn a verb into a request ("called for", "called on ... to", "insisted on"). */
export const REQUEST_PARTICLES: Record<string, string[]> = { call: ['for', 'on'], insist: ['on'] };

/** Particles that turn a verb into a judgement or an account of its object ("called out the mayor for ...", "laid out a plan"). */
export const JUDGING_PARTICLES: Record<string, string[]> = { call: ['out'], lay: ['out'] };

/**
 * Verbs of speaking whose content is the topic after a preposition ("spoke of the legacy of
 * racism", "talked about housing", "spoke out against the ban"); without one they report nothing
 * ("spoke to reporters"). Written for newsdigest.
 */
export const TOPIC_VERBS: Record<string, string[]> = {
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  talk: ['talk', 'talks', 'talked', 'talking'],
  // Only with its particle ("weighed in on the ruling"; "weighs about 90 kilos" says nothing).
  weigh: ['weigh', 'weighs', 'weighed', 'weighing'],
};

/** Topic verbs that speak only with their particle, which opens the topic prepositions after "out" too. */
export const TOPIC_PARTICLES: Record<string, string> = { weigh: 'in' };

/**
 * Verbs of speech whose topic may follow a preposition instead of a clause ("warned of a recession",
 * "complained about the noise", "commented on the ruling"). Lemma -> prepositions. Written for newsdigest.
 */
export const SPEECH_TOPICS: Record<string, string[]> = {
  warn: ['of', 'about', 'against'],
  complain: ['about', 'of'],
  boast: ['about', 'of'],
  brag: ['about', 'of'],
  joke: ['about'],
  write: ['about', 'of'],
  testify: ['about'],
  tweet: ['about'],
  comment: ['on', 'about'],
  remark: ['on', 'about'],
  lament: ['about'],
  caution: ['against', 'about'],
  apologize: ['for'],
};

/** Prepositions that open the topic of a verb of speaking; "against" only after "out" ("spoke out against", not "spoke against a backdrop"). */
export const TOPIC_PREPOSITIONS = ['of', 'about'];
export const OUT_TOPIC_PREPOSITIONS = ['against', 'on'];

/**
 * Verbs that voice a feeling or a view, whose content follows the feeling's noun ("expressed deep
 * concern about the policy", "voiced doubts that the plan would work"). Written for newsdigest.
 */
export const VOICING_VERBS: Record<string, string[]> = {
  express: ['express', 'expresses', 'expressed', 'expressing'],
  voice: ['voice', 'voices', 'voiced', 'voicing'],
  // Only with a noun of doubt or objection ("raised questions about", not "raised money for").
  raise: ['raise', 'raises', 'raised', 'raising'],
};

/** Nouns of doubt or objection that "raise" voices ("raised concerns that the plan would fail"). Written for newsdigest. */
export const RAISED_NOUNS = ['question', 'questions', 'concern', 'concerns', 'doubt', 'doubts', 'objection', 'objections', 'alarm', 'fears', 'worries'];

/** Words that open what a feeling is about, after its noun; "expressed condolences to" gives none. */
export const VOICING_OPENERS = ['about', 'over', 'at', 'that', 'for', 'regarding'];

/** Verbs that frame a quoted word or phrase without reporting a clause ("called it 'reckless'"). */
export const DESCRIBING_VERBS: Record<string, string[]> = {
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  dub: ['dub', 'dubs', 'dubbed'],
  // Only the participle: "was named chairman", "a man named Doe" name no one's words.
  name: ['naming'],
  label: ['label', 'labels', 'labeled', 'labelled'],
  term: ['termed'],
  praise: ['praised', 'praises', 'praising'],
  criticise: ['criticised', 'criticized', 'criticises', 'criticizes', 'criticising', 'criticizing'],
  accuse: ['accuse', 'accused', 'accuses', 'accusing'],
  cite: ['cited', 'cites', 'citing'],
  condemn: ['condemned', 'condemns', 'condemning'],
  blast: ['blasted', 'blasts', 'blasting'],
  slam: ['slammed', 'slams', 'slamming'],
  dismiss: ['dismissed', 'dismisses'],
  brand: ['branded', 'brands'],
  liken: ['likened', 'likens'],
  compare: ['compared', 'compares'],
  laud: ['lauded', 'lauds'],
  hail: ['hailed', 'hails'],
  decry: ['decried', 'decries'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  scold: ['scolded'],
  mock: ['mocked', 'mocks', 'mocking'],
  blame: ['blamed', 'blames', 'blaming'],
  defend: ['defended', 'defends', 'defending'],
  tout: ['touted', 'touts', 'touting'],
  outline: ['outlined', 'outlines', 'outlining'],
  lay: ['laid', 'lays', 'laying'],
  attack: ['attacked'],
  characterize: ['characterized', 'characterised', 'characterizes'],
  reference: ['referenced', 'references'],
  rate: ['rated'],
  expect: ['expects', 'expected'],
  echo: ['echoed', 'echoes', 'echo', 'echoing'],
  question: ['questioned', 'questions', 'questioning'],
  // Only with "to" after a comma or an auxiliary ("..., referring to the two resorts", "was referring to");
  // "the term refers to" and "patients referred to a clinic" say nothing.
  refer: ['referring'],
  // Endorsing and rejecting are public stances taken in words ("the union endorsed Doe", "the judge rejected that argument").
  // Only someone who can speak takes one (see STANCE_LEMMAS).
  endorse: ['endorse', 'endorses', 'endorsed', 'endorsing'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
};

/**
 * Describing verbs whose object is itself what was said ("criticized the new fuel tax"); naming and
 * comparing verbs ("called", "compared") are left out. Written for newsdigest.
 */
export const JUDGING_LEMMAS = [
  'describe', 'praise', 'criticise', 'accuse', 'cite', 'condemn', 'blast', 'slam', 'dismiss', 'decry',
  'denounce', 'scold', 'mock', 'blame', 'defend', 'tout', 'outline', 'lay out', 'attack', 'call out', 'refer to', 'laud', 'hail', 'characterize', 'reference', 'echo',
  'endorse', 'reject',
];

/**
 * Verbs that voice a doubt: they report only the question they raise ("questioned whether the plan
 * would work"), not a person they examine ("police questioned the driver"). Written for newsdigest.
 */
export const DOUBTING_LEMMAS = ['question'];

/**
 * Verbs of speech whose noun-phrase object is itself the statement when no clause follows
 * ("denied the charges", "acknowledged the scale of the problem"). Written for newsdigest.
 */
export const STATED_OBJECT_LEMMAS = ['deny', 'acknowledge', 'admit', 'confirm', 'note', 'explain', 'recall', 'reveal', 'disclose', 'reiterate', 'predict', 'mention'];

/** Verbs that offer their object as evidence when "as" follows it ("pointed to the vote as proof"). Written for newsdigest. */
export const EVIDENCE_PHRASES = ['point to'];

/** Judging verbs that judge a direct object only ("echoed the warning", not "echoed through the hall"). Written for newsdigest. */
export const OBJECT_ONLY_LEMMAS = ['echo'];

/**
 * Naming verbs that judge their object when a predicate follows it ("called the plan a disgrace",
 * "branded the charges false"), not when they only name or summon ("called the police"). Written for newsdigest.
 */
export const NAMING_LEMMAS = ['call', 'label', 'brand', 'term'];

/** Verbs that report a finding only when a "that" clause follows ("a study found that ..."). */
export const FINDING_VERBS: Record<string, string[]> = {
  find: ['find', 'finds', 'found'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  conclude: ['concluded'],
  learn: ['learned', 'learnt'],
  // "rules" is more often the noun ("rules that could close plants").
  rule: ['ruled'],
};

/**
 * Nouns of statement whose "that" clause is what was said ("the senator's claim that ...").
 * Written for newsdigest.
 */
export const SPEECH_NOUNS = [
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'statement', 'warning',
  'warnings', 'insistence', 'argument', 'suggestion', 'accusation', 'accusations', 'charge', 'charges',
  'remark', 'remarks', 'comment', 'comments', 'announcement', 'promise', 'pledge', 'vow', 'prediction',
  'admission', 'denial', 'contention', 'boast', 'complaint', 'acknowledgment', 'acknowledgement',
];

/**
 * Nouns of statement whose topic after "about" or "on" is what was said ("his comments about the
 * budget", "the country's claims about its test"). Written for newsdigest.
 */
export const TOPIC_SPEECH_NOUNS = [
  'claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'statements', 'warning', 'warnings',
  'allegation', 'allegations', 'accusation', 'accusations', 'complaint', 'complaints',
];

/**
 * Nouns of statement that "make" turns into a speech act, with the words that open what was said
 * ("made a strong condemnation of the test", "made the case for a new tax", "made no secret of her
 * doubts", "made an appeal for calm"). Written for newsdigest.
 */
export const MADE_SPEECH_NOUNS: Record<string, string[]> = {
  condemnation: ['of'], criticism: ['of'], defence: ['of'], defense: ['of'], case: ['for', 'against'], secret: ['of'],
  appeal: ['for'], plea: ['for'], call: ['for'], argument: ['for', 'against', 'that'], accusation: ['that', 'against'],
  announcement: ['that', 'about', 'on'], statement: ['that', 'about', 'on'], promise: ['that', 'of'], pledge: ['that', 'of'],
};

/**
 * Nouns of statement whose infinitive is what was promised or asked ("his promise to build a wall",
 * "her call to unite the party"). Written for newsdigest.
 */
export const INFINITIVE_SPEECH_NOUNS = ['promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'call', 'calls', 'threat', 'threats', 'demand', 'demands', 'claim'];

/**
 * Nouns that name words said or written, closing a clause before a colon and a quotation ("changed
 * my answer: ...", "ran it as its headline: ..."). Written for newsdigest.
 */
export const FRAMING_NOUNS = [
  'answer', 'reply', 'response', 'retort', 'message', 'words', 'headline', 'quote', 'slogan', 'motto',
  'verdict', 'statement', 'comment', 'remark', 'warning', 'advice', 'caption', 'tweet', 'post', 'plea',
];

/** Verbs of asking: a quote they frame is a question, not a statement, when a reporter asks it. */
export const QUESTION_VERBS: Record<string, string[]> = {
  ask: ['ask', 'asks', 'asked', 'asking'],
  wonder: ['wondered'],
  inquire: ['inquired', 'enquired'],
};

/** Verbs after which the first noun phrase is the listener, not the content ("told reporters that"). */
export const LISTENER_VERBS = ['tell', 'inform', 'assure', 'warn', 'urge', 'advise', 'remind'];

/** Multi-word cues whose source follows them. */
export const ACCORDING_TO = ['according to'];

/** Verbs that frame a quotation ("'Well,' she began") but report nothing without one ("began making calls"). Lemmas. */
export const QUOTE_FRAMING_LEMMAS = ['begin', 'continue'];

/**
 * Verbs of speech whose gerund object is the statement or the proposal ("admitted using the fund",
 * "denied taking the money", "suggested looking at the budget", "reported raising $9 million"). Written for newsdigest.
 */
export const GERUND_OBJECT_LEMMAS = ['admit', 'deny', 'acknowledge', 'mention', 'suggest', 'report', 'recall'];

/** Verbs of asking whose bare object, with no infinitive, is what is asked for ("urged restraint"). Written for newsdigest. */
export const THING_REQUEST_LEMMAS = ['urge'];

/** Nouns of a reply whose owner speaks in "his response was to say ..." ("Her answer was to insist that ..."). Written for newsdigest. */
export const RESPONSE_NOUNS = ['response', 'responses', 'reaction', 'reactions', 'answer', 'answers', 'reply', 'replies', 'retort'];

/**
 * Judging verbs that report a stance only when someone who can speak takes it ("the union endorsed
 * Doe", "the judge rejected the request"), not a thing ("the plan rejected on Monday"). Written for newsdigest.
 */
export const STANCE_LEMMAS = ['endorse', 'reject'];

/**
 * What one rejects in words: arguments, charges, asks and offers ("rejected the claim", "rejected
 * calls to resign", "rejected his offer"); a bill, a bid or a merger is turned down by a vote or a
 * decision. Written for newsdigest.
 */
export const REJECTED_NOUNS = [
  'argument', 'arguments', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'charge',
  'charges', 'criticism', 'criticisms', 'suggestion', 'suggestions', 'notion', 'idea', 'ideas', 'assertion',
  'assertions', 'characterization', 'characterisation', 'comparison', 'comparisons', 'request', 'requests',
  'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'report', 'reports', 'premise',
  'theory', 'view', 'views', 'account', 'version', 'interpretation', 'conclusion', 'conclusions', 'finding',
  'findings', 'label', 'description', 'rumours', 'rumors', 'speculation', 'complaint', 'complaints',
  'offer', 'offers', 'invitation', 'invitations', 'overture', 'overtures',
];

/**
 * Requests that things as well as people make ("low rates encouraged families to borrow", "the
 * rules order firms to report"): speech only from someone who can speak, and only as a request
 * (no clause and no object of their own). Written for newsdigest.
 */
export const PERSUADING_LEMMAS = ['encourage', 'order'];
