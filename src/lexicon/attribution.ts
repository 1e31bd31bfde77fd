/**
 * Cue lists for the attribution family (`quote-attribution`,
 * `pronoun-attribution`, `vague-attribution`, `anonymous-attribution`):
 * words that name a speaker, words that mark a quotation as a title rather
 * than speech, and the vague and anonymous attribution phrases news style
 * guides warn about. The verbs of saying are in `speech-verbs.ts`.
 *
 * Compiled for copydesk from the AP Stylebook's guidance on quotations,
 * attribution and anonymous sources, newsroom attribution guides (lists of
 * speech verbs and of "said" alternatives), Wikipedia's Manual of Style
 * "Words to watch" (unsupported attributions), the speech-verb list of the
 * corpustools quote extractor, and ordinary English usage; facts, not copied
 * text. Licence: MIT, like the rest of copydesk.
 *
 * All entries are lower case (the capitalised Bible books excepted, since a
 * reference is matched as written); the rules compare a token's `form` (lower case,
 * straight apostrophes, no final full stop: see `src/analysis/tokens.ts`).
 * The phrase tables are patterns of the phrase-pattern language
 * (`src/analysis/patterns.ts`), compiled with `anyCase`: `[ ]` holds the
 * phrase, `!a|b` before or after it a word that must not stand there, `?`
 * an optional slot, `@class` a list of `phraseClasses`.
 */

/** Personal pronouns that can stand as a speaker (`he said`, `they told`). */
export const speakerPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you'])

/** Pronouns `pronoun-attribution` resolves: a person, one of them. */
export const personPronouns: ReadonlySet<string> = new Set(['he', 'she'])

/**
 * Third-person pronouns that keep a named person in play (`his`, `her`),
 * by gender: `he said` keeps a man in play, not a woman. A map, not an
 * object: every word of a draft is looked up, and an object answered
 * `constructor` or `toString` with what every object inherits.
 */
export const chainPronouns: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['he', 'he'],
  ['his', 'he'],
  ['him', 'he'],
  ['himself', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
  ['herself', 'she']
])

/** Verbs that, with `by` and a person after them, credit a thought or a text to its author (`set forth by`, `put by`, `expressed by`). */
export const expressionVerbs: ReadonlySet<string> = new Set(['defined', 'described', 'expressed', 'formulated', 'phrased', 'put', 'set', 'stated', 'summed', 'worded'])

/**
 * Verbs of describing whose object, straight after them, is the words to
 * come, in a lead-in (`The harbour police described it in plain terms.`):
 * `expressionVerbs` in the past and present, less those whose object is as
 * often a thing moved or fixed (`put it down`, `set it aside`) or a fact
 * reported (`stated`, `defined`).
 */
export const leadInDescribingVerbs: ReadonlySet<string> = new Set(['described', 'describes', 'expressed', 'expresses', 'phrased', 'phrases', 'worded', 'summed', 'sums'])

/** Verbs of telling that name the words to come with `what` or `how` after their listener: `told them what …`. */
export const leadInTellingVerbs: ReadonlySet<string> = new Set(['told', 'tells'])

/** Objects of a describing verb in a lead-in: `described it`, `described the scene`. */
export const describedObjects: ReadonlySet<string> = new Set(['it', 'them', 'this', 'the', 'these', 'what', 'how'])

/** Listeners after a verb of telling in a lead-in: `told them what …`. */
export const leadInListeners: ReadonlySet<string> = new Set(['them', 'us', 'him', 'her', 'me', 'you'])

/** Pronouns for several people in view, which set up a line as `he` or `she` does (`They looked up.` then `“…”`). */
export const groupPronouns: ReadonlySet<string> = new Set(['they', 'them', 'their', 'themselves'])

/**
 * Words that may stand between a speaker and the verb: `he later said`,
 * `she has repeatedly said`, `Peskov also told`. Words ending in `-ly` are
 * allowed too.
 */
export const betweenSubjectAndVerb: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'once', 'again', 'previously', 'earlier', 'further', 'never', 'often', 'always', 'since',
  'has', 'had', 'have', 'would', 'will', 'could', 'might', 'may', 'can', 'did', 'does', 'do', 'had', 'just', 'even',
  'still', 'too', 'first', 'subsequently', 'twice', 'ultimately', 'sometimes', 'soon', 'not'
])

/** Forms of `be`: `he was told` is passive, not an attribution by him. */
export const beForms: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s'])

/**
 * Early Modern English forms that mark scripture, liturgy or an old text
 * quoted as an excerpt, not as speech a reporter heard (`whosoever
 * believeth in him`, `Thy kingdom come`). Written here from
 * the grammar of the King James Bible's English; verbs in `-eth` and
 * `-est` are told by pattern in `src/analysis/attribution.ts`.
 */
export const archaicWords: ReadonlySet<string> = new Set([
  'thee', 'thou', 'thy', 'thine', 'ye', 'hath', 'doth', 'hast', 'dost', 'shalt', 'unto', 'whosoever', 'whatsoever',
  'verily', 'saith', 'spake', 'begotten'
])

/**
 * The books of the Bible, as a reference names them before a chapter
 * (`Galatians 6:15`, `2 Corinthians 5:17`): a quotation ending in such a
 * reference is a text quoted from its source, not speech. Written here
 * from the Protestant canon's book names; kept as written (capitalised),
 * since a reference is. Books also used as names or words are in
 * `bibleBooksWithVerse`.
 */
export const bibleBooks: ReadonlySet<string> = new Set([
  'Genesis', 'Exodus', 'Leviticus', 'Deuteronomy', 'Chronicles', 'Nehemiah', 'Psalm', 'Psalms', 'Proverbs',
  'Ecclesiastes', 'Isaiah', 'Jeremiah', 'Lamentations', 'Ezekiel', 'Hosea', 'Obadiah', 'Nahum', 'Habakkuk',
  'Zephaniah', 'Haggai', 'Zechariah', 'Malachi', 'Romans', 'Corinthians', 'Galatians', 'Ephesians',
  'Philippians', 'Colossians', 'Thessalonians', 'Philemon', 'Hebrews', 'Revelation'
])

/**
 * Books whose names are also first names, teams or common words (`Mark 4`,
 * `Acts 2`, `Kings 3`): a reference to one needs a verse (`Mark 4:3`) or
 * the book's number before it (`1 Kings 3`, `2 Peter 1`).
 */
export const bibleBooksWithVerse: ReadonlySet<string> = new Set([
  'Numbers', 'Joshua', 'Judges', 'Ruth', 'Samuel', 'Kings', 'Ezra', 'Esther', 'Job', 'Daniel', 'Joel', 'Amos',
  'Jonah', 'Micah', 'Matthew', 'Mark', 'Luke', 'John', 'Acts', 'Timothy', 'Titus', 'James', 'Peter', 'Jude'
])

/** Words in `-eth` that are no archaic verbs (`teeth`, `Elizabeth`, `twentieth`). */
export const notArchaicEth: ReadonlySet<string> = new Set([
  'teeth', 'beneath', 'seth', 'beth', 'elizabeth', 'macbeth', 'kenneth', 'gareth', 'meredith'
])

/**
 * Nouns for a text or a saying that a colon introduces as an excerpt, not
 * as someone's speech (`The old shop adage still holds: “…”`, `The passage
 * reads: “…”`, `a verse familiar to all grammarians: “…”`). Written here.
 */
export const excerptNouns: ReadonlySet<string> = new Set([
  'adage', 'caption', 'chant', 'clause', 'entry', 'epitaph', 'excerpt', 'formula', 'gag', 'headline',
  'inscription', 'joke', 'line', 'lines', 'lyric', 'lyrics', 'maxim', 'motto', 'passage', 'phrase', 'poem',
  'prayer', 'proverb', 'quatrain', 'refrain', 'rhyme', 'saying', 'sign', 'slogan', 'stanza', 'text', 'verse',
  'words'
])

/**
 * Nouns that present what follows as specimens: a sentence ending in one
 * (`The small ads of one weekly gave us many samples.`, `The old radio
 * gag had endless variations.`) sets up the quotation after it as a sample, not as
 * anyone's speech. Kept narrow: a word as common at the end of narration
 * as `lines`, `words` or `letters` is not here. Written here.
 */
export const specimenNouns: ReadonlySet<string> = new Set([
  'example', 'examples', 'sample', 'samples', 'specimen', 'specimens', 'variation', 'variations', 'instance',
  'instances', 'headlines'
])

/**
 * Nouns for a kind of something: as the subject of the sentence before,
 * after `one` or `another` and before `of` (`One species of ambiguity
 * tries to baffle by repetition.`, `Another kind of blunder …`), the
 * sentence presents a kind by its specimen, and the quotation after it is
 * that specimen. Written here.
 */
export const kindNouns: ReadonlySet<string> = new Set(['kind', 'sort', 'type', 'species', 'variety', 'breed', 'brand', 'class', 'genre'])

/**
 * Nouns that, as the subject of a linking verb, name the quoted words after
 * it (`The question is “How are we to live?”`, `The answer was “…”`):
 * words mentioned, not speech reported. Written here.
 */
export const mentionNouns: ReadonlySet<string> = new Set(['answer', 'message', 'name', 'question', 'reply', 'rule', 'term', 'title', 'word'])

/**
 * Irregular past forms that end a dialogue tag after a quotation and its
 * comma, with any subject (`“…,” she bit out.`, `“…,” Ortiz shot back.`);
 * regular ones end in `-ed`. Written here from ordinary English usage.
 */
export const irregularTagVerbs: ReadonlyArray<string> = [
  'began', 'bit', 'broke', 'came', 'flung', 'forgot', 'gave', 'got', 'grew', 'kept', 'let', 'put', 'ran', 'rang',
  'sang', 'sank', 'saw', 'shot', 'slid', 'spat', 'spoke', 'stood', 'struck', 'swore', 'threw', 'took', 'went', 'wept',
  'wrote'
]

/**
 * Past forms that tell a beat of narration after a line of dialogue (`“…”
 * Benson looked up.`, `Her face turned pink.`, `He swung through the
 * gate.`) besides the regular `-ed` ones: the tags' irregular verbs, the
 * auxiliaries of the past and the commonest irregular verbs of movement
 * and gesture.
 */
export const beatVerbs: ReadonlySet<string> = new Set([
  ...irregularTagVerbs,
  'had', 'was', 'did', 'drew', 'felt', 'held', 'hung', 'led', 'left', 'lit', 'made', 'sat', 'shook', 'swung', 'told', 'said'
])

/**
 * Linking verbs: a quotation straight after one is the predicate of the
 * writer's sentence, someone's judgment (`The plan is “a recipe for
 * disaster.”`), so it needs a speaker where other quoted matter woven into
 * the sentence does not.
 */
export const linkingVerbs: ReadonlySet<string> = new Set([
  ...beForms,
  'am',
  'seem',
  'seems',
  'seemed',
  'remain',
  'remains',
  'remained',
  'become',
  'becomes',
  'became',
  'looks',
  'looked',
  'sounds',
  'sounded',
  'feels',
  'felt'
])

/**
 * Nouns for a person by role: a speaker that is not a name (`the minister
 * said`, `a spokeswoman told`). Plurals are matched by adding `s`.
 */
export const roleNouns: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'minister', 'secretary',
  'mayor', 'governor', 'president', 'premier', 'senator', 'official', 'officer', 'chief', 'director', 'manager',
  'chairman', 'chairwoman', 'chair', 'councillor', 'councilor', 'councilman', 'councilwoman', 'lawyer', 'attorney',
  'barrister', 'solicitor', 'judge', 'magistrate', 'witness', 'resident', 'neighbour', 'neighbor', 'teacher',
  'headteacher', 'headmaster', 'headmistress', 'principal', 'doctor', 'nurse', 'surgeon', 'physician', 'paramedic',
  'student', 'pupil', 'farmer', 'owner', 'worker', 'driver', 'coach', 'captain', 'player', 'striker', 'goalkeeper',
  'midfielder', 'defender', 'batsman', 'batter', 'bowler', 'umpire', 'referee', 'rider', 'runner', 'cyclist',
  'curator', 'researcher', 'scientist', 'professor', 'lecturer', 'economist', 'analyst', 'expert', 'engineer',
  'architect', 'author', 'writer', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'victim', 'survivor', 'suspect', 'defendant', 'accused',
  'prosecutor', 'detective', 'inspector', 'sergeant', 'constable', 'commissioner', 'superintendent', 'leader',
  'candidate', 'voter', 'founder', 'executive', 'ceo', 'head', 'pastor', 'priest', 'vicar', 'imam', 'rabbi',
  'bishop', 'activist', 'campaigner', 'protester', 'protestor', 'organiser', 'organizer', 'volunteer', 'employee',
  'colleague', 'friend', 'partner', 'patient', 'customer', 'shopper', 'passenger', 'pilot', 'soldier', 'commander',
  'general', 'colonel', 'diplomat', 'ambassador', 'envoy', 'negotiator', 'mediator', 'adviser', 'advisor', 'aide',
  'deputy', 'mp', 'mep', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'member',
  'dean', 'chancellor', 'provost', 'veteran', 'refugee', 'migrant', 'tenant', 'landlord', 'landlady', 'shopkeeper',
  'baker', 'fisherman', 'fishermen', 'miner', 'firefighter', 'guard', 'ranger', 'warden', 'chef', 'artist', 'singer',
  'actor', 'actress', 'producer', 'poet', 'novelist', 'journalist', 'reporter', 'editor', 'photographer', 'athlete',
  'fan', 'supporter', 'mourner', 'relative', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'uncle',
  'aunt', 'nephew', 'niece', 'cousin', 'child', 'children', 'parent', 'mum', 'mom', 'dad', 'widow', 'widower',
  'landowner', 'homeowner', 'trader', 'dealer', 'broker', 'banker', 'investor', 'shareholder', 'stockholder',
  'strategist', 'consultant',
  'planner', 'inspector', 'investigator', 'coroner', 'pathologist', 'clerk', 'cashier', 'waiter', 'waitress',
  'bartender', 'owner', 'operator', 'developer', 'contractor', 'builder', 'electrician', 'plumber', 'mechanic',
  'nun', 'monk', 'cardinal', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'prosecutors',
  'police', 'people', 'person', 'officials', 'authorities', 'staff', 'crew', 'guide', 'host', 'hostess', 'teammate',
  'opponent', 'rival', 'challenger', 'incumbent', 'nominee', 'delegate', 'envoy', 'official', 'lieutenant', 'major',
  'admiral', 'marshal', 'sheriff', 'deputy', 'trooper', 'agent', 'spy', 'whistleblower', 'insider',
  'treasurer', 'trustee', 'governor', 'commissioner', 'clerk', 'auditor', 'registrar', 'steward', 'deckhand',
  'skipper', 'cook', 'librarian', 'chaplain', 'midwife', 'carer', 'caretaker', 'janitor', 'porter', 'groundsman',
  'manageress', 'proprietor', 'entrepreneur', 'designer', 'programmer', 'officer', 'graduate', 'apprentice',
  'historian', 'librarian', 'physician', 'politician', 'technician', 'musician', 'guardian', 'civilian',
  'pedestrian', 'comedian', 'magician', 'statistician', 'mathematician', 'dietitian', 'pediatrician',
  'paediatrician', 'obstetrician', 'veterinarian', 'optician', 'beautician', 'custodian', 'academic', 'pa', 'ma',
  'papa', 'mama', 'grandpa', 'grandma', 'granny', 'traveler', 'traveller', 'visitor', 'tourist', 'pilgrim'
])

/**
 * Role nouns that are as often a modifier of the next noun (`the first
 * major change`, `a general strike`, `the chief reason`, `a rival bid`):
 * a person only as the head of their phrase (`the major said`, `the
 * general looked up`).
 */
export const modifierRoles: ReadonlySet<string> = new Set([
  'academic', 'accused', 'chief', 'deputy', 'executive', 'general', 'graduate', 'head', 'host', 'major', 'pilot',
  'principal', 'relative', 'representative', 'rival', 'veteran'
])

/**
 * Role nouns that name a business as readily as a person (`The developer,
 * Persimmon, said …`, `The owner, Calmac, said …`): beside such a role a
 * name of one word is the business's, as a person introduced so is named
 * in full.
 */
export const firmRoles: ReadonlySet<string> = new Set([
  'owner', 'operator', 'developer', 'contractor', 'subcontractor', 'builder', 'landlord', 'organiser', 'organizer',
  'partner', 'supplier', 'sponsor', 'buyer', 'seller', 'bidder', 'insurer', 'lender', 'retailer', 'manufacturer',
  'publisher', 'employer', 'carrier', 'provider', 'distributor', 'promoter', 'producer', 'broadcaster', 'landowner'
])

/**
 * Words that end the name of a club or a company (`Harwood Town`, `Leeds
 * United`, `Corbel Inc.`), compared in lower case without a full stop: the
 * name before them, used alone, is the body, not a person. The common last
 * words of British football clubs' names and the legal endings of company
 * names in the US and the UK; `Town` is also a surname, which
 * `bodyNames` allows for.
 */
export const bodyWords: ReadonlySet<string> = new Set([
  'afc', 'albion', 'athletic', 'co', 'corp', 'corporation', 'fc', 'inc', 'llc', 'ltd', 'plc', 'rovers', 'town',
  'united', 'wanderers'
])

/**
 * Words that end the name of an organisation (`Northwind Freight`,
 * `Kestrel Bank`, `Harrowgate Borough Council`, `Tasman Airways`): besides
 * `bodyWords`, the heads of public bodies' names (council, ministry,
 * department, agency, authority, commission), of parties, clubs and
 * associations, and the trading words that end companies' names in news
 * copy (bank, group, holdings, airways, freight, logistics, motors),
 * compared in lower case without a full stop. A capitalised run ending in
 * one, such as a sentence opening with it, names a body, not a person, and
 * an organisation speaks in quotation marks only through a person the copy
 * names (`the company said` after the words still attributes them). The
 * list is written for copydesk from the names of bodies in British,
 * American, Irish, Australian, New Zealand and Kenyan news; not `City`,
 * `Trust` or `Energy`, which end places and things as often.
 */
export const organisationWords: ReadonlySet<string> = new Set([
  ...bodyWords,
  'agency', 'airlines', 'airways', 'association', 'authority', 'bancorp', 'bank', 'club', 'commission', 'company',
  'council', 'department', 'federation', 'foundation', 'freight', 'group', 'holdings', 'institute', 'league',
  'logistics', 'ministry', 'motors', 'party', 'railways', 'society', 'union'
])

/**
 * Plurals of people that are no role nouns (`families`, `locals`,
 * `youths`): a subject `they` may stand for, as for the people in view.
 * With `peoplePluralEndings`, what keeps a plural subject from being read
 * as things (`thingsAntecedent`); written for copydesk.
 */
export const peoplePlurals: ReadonlySet<string> = new Set([
  'adults', 'allies', 'citizens', 'couples', 'crews', 'crowds', 'elders', 'families', 'folks', 'guests', 'households',
  'kids', 'locals', 'parents', 'peoples', 'relatives', 'rivals', 'teams', 'teens', 'twins', 'youths'
])

/**
 * Endings of plural nouns that are as often people as things (`commuters`,
 * `pensioners`, `survivors`, `residents`, `migrants`, `employees`,
 * `activists`, `civilians`): a plural subject with one is not read as
 * things (`thingsAntecedent`). Written for copydesk.
 */
export const peoplePluralEndings: ReadonlyArray<string> = ['ers', 'ors', 'ents', 'ants', 'ees', 'ists', 'ians', 'men', 'ren']

/** Plural role nouns: a group, never the antecedent of `he` or `she`. */
export const pluralRoles: ReadonlySet<string> = new Set([
  'spokespeople', 'spokesmen', 'spokeswomen', 'men', 'women', 'children', 'prosecutors', 'police', 'people',
  'officials', 'authorities', 'staff', 'crew', 'fishermen', 'researchers'
])

/**
 * Suffixes that mark a person noun not in the list (`virologist`,
 * `chairperson`, `businesswoman`). Not `-ian`: it makes adjectives too
 * (`humanitarian`, `Syrian`), so those people are listed.
 */
export const roleSuffixes: ReadonlyArray<string> = ['ologist', 'ist', 'person', 'woman', 'man']

/** Words ending in a role suffix that are not people. */
export const notRoles: ReadonlySet<string> = new Set([
  'list', 'mist', 'fist', 'wrist', 'twist', 'exist', 'assist', 'insist', 'persist', 'resist', 'consist', 'desist',
  'gist', 'whilst', 'amidst', 'midst', 'against', 'christian', 'median', 'meridian', 'asian', 'indian', 'russian',
  'german', 'roman', 'human', 'woman', 'man', 'can', 'than', 'an', 'plan', 'ban', 'scan', 'span', 'began', 'clan',
  'fan', 'pan', 'van', 'tan', 'japan', 'oman', 'german', 'iran', 'sudan', 'afghan', 'caravan', 'organ', 'slogan',
  'urban', 'suburban', 'ocean', 'clean', 'mean', 'lean', 'bean', 'dean', 'began', 'toucan', 'pecan', 'vegan',
  'ottoman', 'talisman', 'superman', 'walkman', 'layman', 'yeoman'
])

/**
 * Organisations and documents that speak in news copy (`the company said`,
 * `the report found`, `the ministry confirmed`).
 */
export const speakingBodies: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'agency', 'ministry', 'department', 'council', 'government', 'administration',
  'police', 'court', 'board', 'committee', 'union', 'party', 'campaign', 'club', 'team', 'office', 'bank', 'army',
  'military', 'navy', 'authority', 'authorities', 'regulator', 'watchdog', 'charity', 'trust', 'foundation',
  'university', 'school', 'hospital', 'service', 'embassy', 'consulate', 'commission', 'panel', 'jury', 'tribunal',
  'inquiry', 'review', 'report', 'study', 'survey', 'poll', 'audit', 'investigation', 'ruling', 'judgment',
  'judgement', 'verdict', 'letter', 'statement', 'memo', 'document', 'documents', 'filing', 'lawsuit', 'complaint',
  'indictment', 'affidavit', 'email', 'e-mail', 'post', 'tweet', 'message', 'note', 'paper', 'analysis',
  'assessment', 'research', 'researchers', 'study', 'findings', 'data', 'website', 'newspaper', 'broadcaster',
  'network', 'station', 'agency', 'organisation', 'organization', 'association', 'federation', 'league', 'body',
  'cabinet', 'parliament', 'senate', 'congress', 'assembly', 'kremlin', 'palace', 'spokesperson', 'manifesto',
  'sign', 'banner', 'placard', 'notice', 'label', 'plaque', 'inscription', 'caption', 'headline', 'citation',
  'summary', 'transcript', 'minutes', 'text', 'order', 'decree', 'warrant', 'brief', 'motion', 'petition',
  'prosecution', 'defence', 'defense', 'crown', 'claimant', 'plaintiff'
])

/**
 * Objects of a verb of saying that announce the words to come, not report
 * them (`asked the question …`, `told a forthright story`, `said something
 * which …`): the quotation that opens the next paragraph is what was said.
 */
export const announcingObjects: ReadonlySet<string> = new Set([
  'anecdote', 'answer', 'command', 'greeting', 'joke', 'message', 'prayer', 'question', 'remark', 'reply', 'something',
  'speech', 'story', 'tale', 'toast', 'warning', 'words'
])

/**
 * Sounds of a voice: a quotation whose next words make one of them their
 * subject (`“Hold your fire!” A voice called …`, `“…” A harsh cry floated
 * to him`) is credited to that voice, an unseen speaker the scene names.
 */
export const utteranceNouns: ReadonlySet<string> = new Set([
  'chorus', 'cries', 'cry', 'scream', 'screams', 'shout', 'shouts', 'voice', 'voices', 'whisper', 'whispers', 'yell', 'yells'
])

/** `the message from villagers`, `a plea from the family`: a noun of speech before `from` attributes. */
export const messageNouns: ReadonlySet<string> = new Set([
  'message', 'word', 'warning', 'plea', 'response', 'reply', 'verdict', 'view', 'call', 'cry', 'reaction', 'answer',
  'statement', 'appeal', 'promise', 'pledge', 'quote', 'quotes', 'comment', 'comments', 'remarks', 'tribute', 'greeting'
])

/**
 * Nouns for someone's words, the `messageNouns` and a few more: a sentence
 * pointing back at a quotation calls it one of these (`“…” Those were the
 * last words Ortiz heard from his brother.`), and words set apart before
 * their source are (`The words, from union lawyer Ana Ruiz, drew
 * cheers.`). Written here.
 */
export const wordsNouns: ReadonlySet<string> = new Set([...messageNouns, 'words', 'advice', 'farewell', 'question', 'boast', 'complaint'])

/**
 * Phrases that attribute on their own, outside the quotation: `according
 * to`, `quoted as saying`, `in remarks`.
 */
export const strongCuePhrases: ReadonlyArray<string> = ['[according to]', '[quoted as]', '[in remarks]', '[in testimony]', '[in the words of]']

/**
 * Verbs with which a speaker carries on what they said before (`He added
 * that …`, `Ortiz continued: …`): told of the person in the paragraph
 * after a quotation, they make that person its speaker. Written here.
 */
export const continuingVerbs: ReadonlySet<string> = new Set(['added', 'adds', 'continued', 'continues', 'went', 'goes'])

/** Phrases that attribute with a speaker before them: `she went on`, `as Smith put it`. */
export const weakCuePhrases: ReadonlyArray<string> = [
  '[went on]',
  '[goes on]',
  '[pointed out]',
  '[points out]',
  '[put it]',
  '[puts it]',
  '[summed up]',
  '[sums up]'
]

/** `in a statement`, `in her speech`: `in` + determiner + one of these. */
export const cueNouns: ReadonlySet<string> = new Set([
  'statement', 'interview', 'letter', 'email', 'e-mail', 'post', 'speech', 'tweet', 'address', 'memo', 'video',
  'testimony', 'op-ed', 'essay', 'column', 'blog', 'podcast', 'message', 'note', 'press', 'briefing', 'broadcast',
  'radio', 'televised', 'filing', 'report', 'submission', 'response', 'reply', 'remarks', 'comments', 'book',
  'memoir', 'sermon', 'eulogy', 'lecture', 'text', 'voicemail'
])

/** Determiners for `in a statement`, `in her speech`. */
export const cueDeterminers: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'one', 'another', 'written',
  'joint', 'short', 'brief', 'recent', 'separate', 'later'
])

/**
 * Words just before a quotation that make it a title, a label or a word
 * mentioned rather than speech: `the documentary ‘The A Word’`, `a sign
 * reading “Closed”`, `dubbed “the Beast”`.
 */
export const titleCues: ReadonlySet<string> = new Set([
  'film', 'movie', 'book', 'novel', 'memoir', 'song', 'single', 'album', 'track', 'show', 'series', 'programme',
  'program', 'play', 'musical', 'opera', 'podcast', 'documentary', 'episode', 'poem', 'essay', 'article', 'column',
  'headline', 'exhibition', 'exhibit', 'painting', 'sculpture', 'campaign', 'slogan', 'motto', 'hashtag', 'titled',
  'entitled', 'called', 'named', 'dubbed', 'so-called', 'nicknamed', 'known', 'term', 'phrase', 'word', 'words',
  'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'reading', 'read', 'reads', 'chanting', 'chanted',
  'chant', 'chants', 'label', 'labelled', 'labeled', 'branded', 'marked', 'stamped', 'headlined', 'operation',
  'app', 'game', 'brand', 'tagline', 'strapline', 'byline', 'caption', 'hymn', 'anthem', 'opus', 'report',
  'paper', 'study', 'bill', 'act', 'motion', 'scheme', 'initiative', 'policy', 'plan', 'project', 'festival',
  'tour', 'award', 'category', 'prize', 't-shirt', 'shirts', 't-shirts', 'slogans', 'graffiti', 'tattoo',
  'password', 'codename', 'code-named', 'translated', 'translates', 'meaning', 'means', 'spelled', 'spelt'
])

/** Small words a Title Case title keeps in lower case. */
export const titleSmallWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'of', 'in', 'on', 'at', 'to', 'by', 'with',
  'from', 'as', 'into', 'onto', 'over', 'upon', 'vs', 'via', 'per', 'de', 'la', 'le', 'du', 'von', 'van', 'der'
])

/**
 * Capitalised words that are not names: sentence starters and the calendar.
 * A capitalised word in this list never counts as a named speaker.
 */
export const notNames: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'after', 'before',
  'during', 'since', 'until', 'when', 'while', 'where', 'why', 'how', 'what', 'who', 'which', 'whose', 'as', 'but',
  'and', 'or', 'so', 'yet', 'if', 'though', 'although', 'because', 'once', 'then', 'there', 'here', 'now', 'still',
  'also', 'even', 'only', 'just', 'some', 'many', 'most', 'more', 'much', 'few', 'several', 'all', 'both', 'each',
  'every', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'last',
  'next', 'first', 'second', 'third', 'another', 'other', 'such', 'asked', 'despite', 'under', 'over', 'about',
  'among', 'between', 'against', 'across', 'through', 'throughout', 'inside', 'outside', 'near', 'like', 'unlike',
  'yes', 'well', 'however', 'meanwhile', 'instead', 'still', 'later', 'earlier', 'today', 'yesterday', 'tomorrow',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'q', 'a',
  'according', 'following', 'given', 'whether', 'overall', 'together', 'indeed', 'perhaps', 'already', 'almost',
  'nearly', 'about', 'around', 'up', 'down', 'out', 'off', 'back', 'again', 'too', 'very', 'never', 'always',
  'sometimes', 'often', 'usually', 'eventually', 'finally', 'initially', 'currently', 'recently', 'nobody', 'none',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nothing', 'everything', 'something', 'to', 'of', 'is',
  'was', 'are', 'were', 'be', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
  'must', 'might', 'shall', 'let', 'let’s', "let's", 'please', 'thank', 'thanks', 'oh', 'ah', 'mr', 'mrs', 'ms', 'dr'
])

/**
 * Lower-case words a speaker calls a person by (`“I was at the depot,
 * sir.”`, `“Get in, buddies.”`): set off by a comma inside quoted
 * words, they address someone, so the line is a turn of a conversation.
 * Words that are as often something else after a comma (`boys`, `dear`,
 * `folks`) are left out.
 */
export const addressTerms: ReadonlySet<string> = new Set([
  'sir', 'ma’am', "ma'am", 'madam', 'mister', 'buddy', 'buddies', 'pal', 'honey', 'darling', 'sweetheart', 'doc'
])

/** Prepositions of place: `in Damascus`, `across East Anglia` name a place, not a speaker. */
export const placePrepositions: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'around', 'throughout', 'via',
  'through', 'within', 'beyond', 'opposite'
])

/**
 * Prepositions that take a street or a road (`live on Lincoln Avenue`,
 * `drove along George Street`, `just off Victoria Road`): a run of names
 * ending in a kind of place after one is that place, even when the name
 * lists know its first word as a given name. Not among `placePrepositions`,
 * since alone they take people as often (`relied on Smith`, `up to Lee`).
 */
export const routePrepositions: ReadonlySet<string> = new Set(['on', 'onto', 'along', 'off', 'down', 'up', 'past'])

/**
 * Verbs whose particle `on`, `up` or `down` takes a person (`relied on
 * Della Street`, `rang up Lois Lane`), in their
 * common forms: after one, a route preposition (`routePrepositions`) is
 * that particle, and a given name before a kind of place (`Street`,
 * `Lane`) is a person's again. Verbs a street follows as often (`turned
 * down Main Street`, `walked up Elm Street`, `waited on Elm Street`) are
 * not among them, nor forms that are as often nouns before a place
 * (`calls on Elm Street`, `a ring`, `spies`, `a beat`).
 */
export const personParticleVerbs: ReadonlySet<string> = new Set(
  [
    ['rely', 'relies', 'relied', 'relying'],
    ['depend', 'depends', 'depended', 'depending'],
    ['count', 'counted', 'counting'],
    ['called', 'calling'],
    ['spied', 'spying'],
    ['cheat', 'cheats', 'cheated', 'cheating'],
    ['checked', 'checking'],
    ['dote', 'dotes', 'doted', 'doting'],
    ['prey', 'preys', 'preyed', 'preying'],
    ['pick', 'picks', 'picked', 'picking'],
    ['rang', 'rung', 'ringing'],
    ['phoned', 'phoning'],
    ['size', 'sizes', 'sized', 'sizing'],
    ['let', 'lets', 'letting']
  ].flat()
)

/** Word lists the phrase tables name as `@class`. */
export const phraseClasses = {
  /** Words before `critics say` that make it a noun phrase (`the critics say`, `their experts warned`). */
  determiner: ['the', 'these', 'those', 'both', 'two', 'three', 'four', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'such', 'same'],
  /** People a vague attribution leans on. */
  critics: ['critics', 'experts', 'observers', 'analysts', 'commentators', 'pundits', 'detractors', 'skeptics', 'sceptics', 'economists'],
  /** What they are said to do. */
  criticVerbs: [
    'say', 'said', 'argue', 'argued', 'believe', 'believed', 'claim', 'claimed', 'suggest', 'suggested', 'fear', 'feared', 'warn',
    'warned', 'contend', 'contended', 'insist', 'insisted', 'agree', 'agreed', 'note', 'noted', 'predict', 'predicted', 'maintain',
    'maintained'
  ]
}

/**
 * Vague attribution (`vague-attribution`): phrase patterns (see above).
 * Keep the most common forms; each needs a test.
 */
export const vaguePatterns: ReadonlyArray<string> = [
  // critics say, some experts warned, analysts believe
  '!@determiner [some|many|most|other|several|leading|outside|independent? @critics @criticVerbs]',
  // some say, many believe, others argue: present tense only; `some said`
  // after `dozens of residents gathered` is a partitive, not a weasel word
  '!of|for|to|with [some|many|most|others people? say|believe|argue|claim|feel|think|fear|suggest|contend|insist|maintain] !of|they|it|he|she|we|you|i',
  // some would argue, many would say
  '[some|many|others would|might|may say|argue|contend|suggest|claim]',
  // people say
  '!some|many|most|the|these|those|two|three|four|five|young|older|local|other|what|our|my|your|their [people say] !that|to|it|they|he|she|we|you|i|what|so|otherwise',
  // people are saying
  '!the|these|those|what|our|my|your|their [people are|were|keep|kept saying]',
  // it is believed, it has been reported, it is understood
  '[it is|was|has|had been? widely|generally|commonly|now? believed|thought|said|reported|claimed|alleged|understood|rumoured|rumored|feared|suspected] !by|to|in|on|at|of|as|for|with|nothing|and|or|but|how|when|where|why|what|out|up|off',
  // it is widely accepted, it is generally agreed
  '[it is|was|has been? widely|generally|commonly|universally accepted|known|assumed|agreed|acknowledged]',
  // it is expected that, it is hoped that
  '[it is|was|has been? widely|generally? expected|hoped|estimated] that',
  // is widely viewed as, are generally regarded as, often described as
  '[is|are|was|were|be|been|has|have|had? been? widely|generally|often|commonly|largely|broadly|popularly|universally seen|viewed|regarded|considered|described|recognised|recognized|acknowledged|believed|thought as|to?]',
  // is said to be, are thought to have
  '[is|are|was|were said|thought|believed|reputed|rumoured|rumored to]',
  // research shows, studies have shown, evidence suggests
  '!@determiner|this|that|whose|published|commissioned|own [research|studies|evidence|surveys has|have? shows|show|shown|suggests|suggest|suggested|proves|prove|proven|proved|indicates|indicate|indicated|finds|find|found|confirms|confirm|confirmed]',
  // according to reports, according to some
  '[according to media|press|news|local|unconfirmed|some|many? reports|some|many|critics|experts|observers|analysts|rumours|rumors|accounts]',
  // there are those who say
  '[there are|were those|people|some|many who say|believe|argue|claim|think|feel]',
  // many have argued, critics have long said
  '!@determiner [some|many|others|critics|experts|observers|commentators have|had long|often|repeatedly|widely? argued|said|claimed|suggested|warned|speculated|believed|feared|predicted|worried]'
]

/**
 * Anonymous sources (`anonymous-attribution`): the nouns of an anonymous
 * source, the words that may stand before them, and the phrases that grant
 * anonymity.
 */
export const anonymousHeads: ReadonlySet<string> = new Set(['source', 'sources', 'insider', 'insiders'])

/** `people familiar with`, `a person close to`: these heads need a qualifier. */
export const qualifiedHeads: ReadonlySet<string> = new Set([
  'person', 'people', 'official', 'officials', 'individual', 'individuals', 'figure', 'figures', 'aide', 'aides',
  'executive', 'executives', 'diplomat', 'diplomats', 'member', 'members', 'employee', 'employees', 'staffer', 'staffers'
])

/** Qualifiers that keep a source anonymous: `familiar with`, `close to`. */
export const anonymousQualifiers: ReadonlyArray<string> = [
  '[familiar with]',
  '[close to]',
  '[briefed on]',
  '[with knowledge of]',
  '[with direct knowledge of]',
  '[with first-hand knowledge of]',
  '[with firsthand knowledge of]',
  '[in the know]',
  '[involved in]',
  '[privy to]',
  '[aware of]'
]

/** Adjectives that mark any source noun as anonymous: `an unnamed official`. */
export const anonymousAdjectives: ReadonlySet<string> = new Set([
  'unnamed', 'anonymous', 'unidentified', 'undisclosed'
])

/** Phrases that grant anonymity outright. */
export const anonymityPhrases: ReadonlyArray<string> = [
  '[on condition of anonymity]',
  '[on the condition of anonymity]',
  '[speaking anonymously]',
  '[spoke anonymously]',
  '[requested anonymity]',
  '[asked for anonymity]',
  '[granted anonymity]',
  '[asked not to be named]',
  '[asked not to be identified]',
  '[declined to be named]',
  '[declined to be identified]',
  '[refused to be named]',
  '[did not want to be named]',
  '[did not want to be identified]',
  '[not authorised to speak]',
  '[not authorized to speak]',
  '[who cannot be named]',
  '[who could not be named]'
]

/**
 * Words that may stand in an anonymous source's noun phrase: `a senior
 * government source`, `two Western diplomatic sources`. Capitalised words
 * are allowed too (`a Downing Street source`).
 */
export const sourceModifiers: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'multiple', 'numerous', 'various', 'some', 'other',
  'senior', 'junior', 'high-ranking', 'top', 'government', 'administration', 'military', 'security', 'intelligence',
  'diplomatic', 'party', 'police', 'palace', 'industry', 'company', 'club', 'team', 'campaign', 'white', 'house',
  'official', 'informed', 'reliable', 'trusted', 'knowledgeable', 'well-placed', 'well-informed', 'local',
  'western', 'european', 'regional', 'federal', 'state', 'city', 'council', 'defence', 'defense', 'foreign',
  'ministry', 'cabinet', 'whitehall', 'unnamed', 'anonymous', 'unidentified', 'undisclosed', 'separate', 'close',
  'internal', 'legal', 'banking', 'market', 'trade', 'union', 'opposition', 'coalition', 'government-linked',
  'insider', 'familiar', 'more', 'other', 'additional', 'independent', 'second', 'third', 'another', 'same'
])

/** Nouns after `source` that make it a source of something, not a person: `source code`. */
export const notSourceNext: ReadonlySet<string> = new Set([
  'of', 'code', 'material', 'materials', 'text', 'texts', 'file', 'files', 'data', 'document', 'documents', 'water',
  'country', 'countries', 'language', 'rock', 'rocks', 'tree', 'image', 'images', 'its', 'their', 'his', 'her',
  'from', 'most', 'all', 'much', 'trading', 'dealing', 'dealings', 'information', 'knowledge', 'term', 'terms',
  'list', 'lists', 'and', 'or'
])

/** Words before `source` that make it a thing: `energy sources`, `their sources`. */
export const notSourceBefore: ReadonlySet<string> = new Set([
  'energy', 'power', 'water', 'food', 'protein', 'income', 'revenue', 'funding', 'light', 'heat', 'fuel', 'data',
  'open', 'main', 'primary', 'secondary', 'major', 'key', 'biggest', 'largest', 'single', 'important', 'renewable',
  'alternative', 'natural', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'journalistic', 'news', 
  'point', 'heat', 'carbon', 'emission', 'emissions', 'pollution', 'infection', 'outbreak', 'contamination'
])
