/**
 * Confusable words for the `homophone` rule: for each pair, the written
 * form, the intended form, the context cues that show the written one is the
 * slip, and sentences both ways.
 *
 * Compiled for copydesk from English usage guides (AP and Guardian style
 * entries, Merriam-Webster usage notes), the confusion pairs of LanguageTool
 * (`confusion_sets.txt` and its published precision and recall), Harper's
 * confusable-word rules and proselint's phrase lists, then checked for false
 * alarms against the Brown Corpus; facts, not copied text. The cue lists and
 * the example sentences are our own. Licence: MIT, like the rest of
 * copydesk.
 *
 * Patterns use the phrase-pattern language of `src/analysis/patterns.ts`: `_` is the
 * word checked (`_:a|b` only those written forms), `@class` one of the word
 * lists below, `?` optional, `$` the end of a clause, `^` the start of the
 * sentence, `!` none of, `=Word` exact case. No pair flags its word bare:
 * every pattern names a cue, because a context-free flag is wrong up to a
 * quarter of the time.
 *
 * `row` is the row of the research notes' table (RULES.md §1.2); pairs
 * without one came from the issue.
 */

/** A cue: a pattern, patterns that cancel it, and the note to show when it fires. */
export interface Cue {
  readonly when: string
  readonly unless?: ReadonlyArray<string>
  /** Replaces the pair's note for this cue. */
  readonly note?: string
  /** Also check a capitalised form mid-sentence (`Capital Hill`, `Chinese Premiere Li`). */
  readonly capitals?: boolean
  /** Stay quiet when one of these words (lower case) comes earlier in the sentence (`if … higher then`). */
  readonly keepAfter?: ReadonlyArray<string>
}

export interface Confusable {
  /** Row in RULES.md §1.2. */
  readonly row?: number
  /** The confusion set, members sorted and joined by `/` (default: the first written and intended forms). */
  readonly set?: string
  /** Written form (lower case) → intended form. */
  readonly forms: Readonly<Record<string, string>>
  /** Flag a form when one of these matches around it. */
  readonly flag: ReadonlyArray<string | Cue>
  /** Never flag when one of these matches. */
  readonly keep?: ReadonlyArray<string>
  /** Never flag in a sentence holding one of these words (lower case). */
  readonly keepInSentence?: ReadonlyArray<string>
  /** Why, in one or two sentences. */
  readonly note: string
  /** Check lower-case forms only (`capitol`, but not a sentence-initial `Capitol`). */
  readonly lowerOnly?: boolean
  /**
   * Sentences for the tests: in `flag`, `{written>intended}` marks the one
   * finding; `keep` sentences must give none.
   */
  readonly examples: {readonly flag: ReadonlyArray<string>; readonly keep: ReadonlyArray<string>}
}

/** Word lists that patterns name as `@class`; lower case, straight apostrophes. */
export const classes = {
  // Small grammatical classes.
  det: ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'no', 'any', 'every', 'each', 'another'],
  poss: ['his', 'her', 'its', 'their', 'our', 'my', 'your'],
  modal: [
    'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', "won't", "wouldn't",
    "can't", 'cannot', "couldn't", "mightn't", "mustn't", "shouldn't", "shan't", "don't", "doesn't", "didn't", "i'll",
    "you'll", "he'll", "she'll", "we'll", "they'll", "it'll", "who'll", "that'll"
  ],
  be: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"],
  objpron: ['me', 'him', 'us', 'them', 'you'],
  subjpron: ['i', 'you', 'he', 'she', 'we', 'they', 'it'],
  finiteVerb: [
    'have', 'has', 'had', 'were', 'are', 'was', 'is', 'voted', 'said', 'say', 'says', 'will', 'would', 'include',
    'includes', 'included', 'approved', 'rejected', 'agreed', 'fell', 'rose', 'grew', 'dropped', 'climbed', 'jumped',
    'plunged', 'soared', 'reported', 'announced', 'complained', 'warned', 'told', 'called', 'demanded', 'wanted', 'went'
  ],

  // affect ↔ effect
  effectAdj: [
    'adverse', 'side', 'knock-on', 'ripple', 'chilling', 'domino', 'net', 'desired', 'opposite', 'lasting', 'profound',
    'significant', 'negative', 'positive', 'devastating', 'detrimental', 'dramatic', 'long-term', 'greenhouse',
    'butterfly', 'cumulative', 'immediate', 'major', 'huge', 'real', 'serious', 'minimal', 'special', 'sound', 'visual',
    'marginal', 'measurable', 'noticeable', 'lingering', 'overall', 'calming', 'cooling', 'warming', 'trickle-down',
    'unintended', 'unexpected', 'beneficial', 'harmful', 'little', 'no', 'an', 'any', 'deterrent', 'halo', 'placebo',
    'spillover', 'wealth'
  ],
  affectObj: [
    'outcome', 'outcomes', 'result', 'results', 'vote', 'votes', 'voters', 'election', 'elections', 'economy', 'market',
    'markets', 'price', 'prices', 'people', 'residents', 'families', 'businesses', 'workers', 'health', 'decision',
    'decisions', 'lives', 'ability', 'quality', 'value', 'values', 'rates', 'budget', 'patients', 'children',
    'students', 'customers', 'everyone', 'anyone', 'many', 'millions', 'thousands', 'hundreds', 'communities', 'region',
    'country', 'operations', 'production', 'supply', 'sales', 'travel', 'services', 'flights', 'performance', 'mood',
    'relations', 'ties', 'investors', 'consumers', 'growth', 'jobs', 'livelihoods', 'safety', 'security', 'ratings',
    'chances', 'how', 'whether', 'me', 'him', 'us', 'them', 'you', 'morale', 'trade', 'turnout', 'earnings', 'profits',
    'revenue', 'demand', 'timeline', 'timetable', 'schedule', 'deadline'
  ],
  affectedBy: [
    'those', 'people', 'residents', 'areas', 'communities', 'families', 'households', 'businesses', 'everyone',
    'anyone', 'customers', 'passengers', 'patients', 'workers', 'students', 'children', 'voters', 'homes',
    'properties', 'towns', 'villages', 'regions', 'countries', 'badly', 'worst', 'adversely', 'severely', 'directly',
    'negatively', 'disproportionately', 'seriously', 'deeply', 'hardest', 'most', 'greatly', 'profoundly'
  ],
  affectAdverb: [
    'adversely', 'negatively', 'positively', 'directly', 'disproportionately', 'severely', 'badly', 'seriously',
    'significantly', 'greatly', 'deeply', 'profoundly', 'materially', 'dramatically', 'indirectly', 'unduly'
  ],

  // its ↔ it's, there ↔ their ↔ they're, you're ↔ your
  itsAdj: [
    'unclear', 'clear', 'likely', 'unlikely', 'important', 'possible', 'impossible', 'hard', 'difficult', 'easy',
    'vital', 'essential', 'crucial', 'necessary', 'obvious', 'unfair', 'fair', 'good', 'bad', 'great', 'sad', 'strange',
    'odd', 'ironic', 'true', 'understood', 'expected', 'thought', 'believed', 'estimated', 'reported', 'feared'
  ],
  clauseWord: ['that', 'whether', 'if', 'to', 'how', 'why', 'what', 'when', 'who'],
  possCue: [
    'of', 'for', 'with', 'about', 'by', 'on', 'into', 'to', 'at', 'under', 'through', 'against', 'toward', 'towards',
    'within', 'without', 'across', 'during', 'lost', 'lose', 'losing', 'risk', 'risked', 'risking', 'cast', 'casting',
    'raise', 'raised', 'raising', 'did', 'do', 'doing', 'made', 'make', 'making', 'took', 'take', 'taking', 'protect',
    'protected', 'defend', 'defended', 'support', 'supported', 'save', 'saved', 'sold', 'sell', 'kept', 'keep',
    'spent', 'spend', 'paid', 'pay', 'voiced', 'voice', 'fled', 'flee', 'rebuild', 'rebuilt', 'feed', 'fed', 'visit',
    'visited', 'miss', 'missed', 'express', 'expressed', 'share', 'shared', 'thank', 'thanked', 'left', 'abandoned',
    'changed', 'change', 'evacuated', 'burying', 'buried', 'mourn', 'mourned', 'hug', 'hugged', 'tell', 'told'
  ],
  itsPrep: [
    'of', 'in', 'on', 'by', 'from', 'with', 'into', 'at', 'under', 'through', 'about', 'to', 'over', 'against',
    'toward', 'towards', 'within', 'without', 'across', 'during', 'onto', 'upon'
  ],
  possNoun: [
    'own', 'homes', 'home', 'lives', 'jobs', 'job', 'children', 'kids', 'families', 'family', 'parents', 'best',
    'votes', 'vote', 'money', 'businesses', 'business', 'support', 'concerns', 'views', 'voices', 'seats', 'seat',
    'rights', 'land', 'country', 'community', 'communities', 'friends', 'loved', 'bodies', 'hands', 'heads', 'minds',
    'names', 'stories', 'savings', 'belongings', 'possessions', 'livelihoods', 'mothers', 'fathers', 'daughters',
    'sons', 'wives', 'husbands', 'members', 'fans', 'supporters', 'hopes', 'fears', 'demands', 'share', 'anger',
    'frustration', 'experiences', 'careers', 'colleagues', 'neighbours', 'neighbors', 'leaders', 'representatives',
    'party', 'government', 'plans', 'case', 'cars', 'houses', 'pets', 'crops', 'animals', 'lawyers', 'lawyer', 'leader',
    'team', 'side', 'ancestors', 'sympathies', 'condolences', 'gratitude', 'thanks', 'dead', 'relatives', 'villages',
    'farms', 'shops', 'credit', 'future', 'history', 'staff', 'shareholders', 'employees', 'customers', 'users',
    'citizens', 'ballots', 'taxes', 'bills', 'rent', 'wages', 'pensions', 'debts'
  ],
  itsNoun: [
    'members', 'shareholders', 'employees', 'staff', 'officials', 'leaders', 'users', 'customers', 'citizens',
    'residents', 'founders', 'founder', 'owners', 'owner', 'executives', 'board', 'share', 'shares', 'stock',
    'profits', 'revenue', 'sales', 'headquarters', 'website', 'population', 'economy', 'budget', 'troops', 'forces',
    'army', 'allies', 'partners', 'neighbours', 'neighbors', 'players', 'fans', 'leader', 'chief', 'president',
    'workers', 'drivers'
  ],
  thereAdverbCue: [
    'over', 'out', 'here', 'in', 'up', 'down', 'back', 'get', 'got', 'gets', 'getting', 'go', 'goes', 'went', 'gone',
    'going', 'be', 'been', 'stay', 'stayed', 'stays', 'live', 'lives', 'lived', 'living', 'from', 'right', 'still',
    'sitting', 'standing', 'stood', 'sat', 'work', 'works', 'worked', 'working', 'happen', 'happened', 'arrive',
    'arrived', 'arriving', 'move', 'moved', 'travel', 'travelled', 'traveled', 'stop', 'stopped', 'died', 'die',
    'born', 'buried', 'held', 'built', 'somewhere', 'anywhere', 'nowhere'
  ],
  thereVerb: ['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"],
  thereModal: ['will', 'would', 'could', 'should', 'may', 'might', 'must', 'has', 'have', 'had', "won't", "wouldn't", "couldn't"],
  thereBe: ['be', 'been', 'remain', 'appear', 'seem'],
  youreTo: ['going', 'supposed', 'allowed', 'able', 'expected', 'required', 'likely', 'due', 'meant'],

  // then ↔ than
  comparative: [
    'more', 'less', 'fewer', 'better', 'worse', 'greater', 'larger', 'smaller', 'bigger', 'higher', 'lower', 'longer',
    'shorter', 'faster', 'slower', 'older', 'younger', 'stronger', 'weaker', 'cheaper', 'costlier', 'easier', 'harder',
    'wider', 'deeper', 'richer', 'poorer', 'safer', 'riskier', 'tougher', 'heavier', 'lighter', 'closer', 'busier',
    'warmer', 'colder', 'hotter', 'louder', 'broader', 'clearer', 'happier', 'healthier', 'newer', 'quicker',
    'steeper', 'sharper', 'tighter', 'wealthier', 'bolder', 'deadlier', 'likelier', 'smarter', 'further', 'farther',
    'wetter', 'drier', 'thinner', 'taller', 'lesser', 'stricter', 'nicer', 'greener'
  ],
  thanNext: [
    'ever', 'expected', 'usual', 'anticipated', 'planned', 'predicted', 'forecast', 'hoped', 'thought', 'normal',
    'needed', 'necessary', 'required', 'originally', 'previously', 'a', 'an', 'the', 'any', 'anyone', 'anything',
    'anybody', 'anywhere', 'most', 'many', 'half', 'double', 'twice', 'triple', 'one', 'two', 'three', 'four', 'five',
    'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'average',
    'before', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'those', 'these', 'he', 'she', 'they', 'we', 'i',
    'people', 'other', 'others', 'estimated', 'reported', 'budgeted', 'promised', 'imagined', 'feared', 'officials',
    'experts', 'analysts', 'economists', 'rivals', 'competitors', 'men', 'women', 'everyone', 'usually', 'once', 'last'
  ],

  // loose ↔ lose
  loseObj: [
    'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'weight', 'money', 'control', 'power', 'seat',
    'seats', 'election', 'elections', 'vote', 'votes', 'majority', 'lives', 'life', 'jobs', 'job', 'ground', 'track',
    'faith', 'hope', 'heart', 'interest', 'touch', 'sight', 'patience', 'momentum', 'support', 'confidence', 'out',
    'everything', 'anything', 'nothing', 'sleep', 'count', 'face', 'access', 'customers', 'business', 'millions',
    'billions', 'thousands', 'points', 'games', 'matches', 'value', 'both', 'another', 'one', 'two', 'more', 'half',
    'funding', 'benefits', 'market', 'sponsors', 'readers', 'viewers', 'members'
  ],

  // principal ↔ principle
  inPrincipleCue: [
    'agreed', 'agree', 'agrees', 'agreeing', 'approved', 'approve', 'approves', 'accepted', 'accept', 'accepts',
    'backed', 'back', 'backs', 'supported', 'support', 'supports', 'deal', 'agreement', 'plan', 'yes', 'objection',
    'objections', 'opposed', 'oppose', 'opposes', 'fine', 'works', 'work', 'sound', 'possible', 'okay', 'welcome',
    'welcomed', 'welcomes', 'endorsed', 'endorse', 'endorses', 'approval', 'decision', 'signed', 'consented',
    'settled', 'accord', 'only', 'least', 'even', 'correct', 'right', 'sensible', 'acceptable'
  ],
  onPrincipleCue: [
    'resigned', 'resign', 'resigns', 'quit', 'quits', 'refused', 'refuse', 'refuses', 'objected', 'object', 'objects',
    'opposed', 'oppose', 'opposes', 'voted', 'vote', 'votes', 'stood', 'stand', 'stands', 'acted', 'act', 'declined',
    'decline', 'abstained', 'abstain', 'resisted', 'resist', 'boycotted', 'boycott', 'it', 'this', 'that', 'them'
  ],
  principleAdj: [
    'guiding', 'basic', 'core', 'founding', 'moral', 'democratic', 'fundamental', 'ethical', 'constitutional',
    'religious', 'underlying', 'overarching', 'cardinal'
  ],
  principleOf: [
    'democracy', 'justice', 'law', 'faith', 'fairness', 'equality', 'journalism', 'science', 'economics', 'freedom',
    'liberty', 'physics', 'accounting', 'design', 'government', 'natural', 'international', 'transparency'
  ],
  principalNoun: [
    'reason', 'reasons', 'concern', 'concerns', 'role', 'suspect', 'investigator', 'investigators', 'author', 'authors',
    'owner', 'owners', 'economist', 'adviser', 'advisor', 'architect', 'cause', 'goal', 'aim', 'source', 'sources',
    'shareholder', 'shareholders', 'dancer', 'cellist', 'violinist', 'player', 'players', 'partner', 'partners',
    'beneficiary', 'beneficiaries', 'sponsor', 'negotiator', 'organizer', 'organiser', 'witness', 'character',
    'characters', 'objective', 'obstacle', 'driver', 'drivers', 'factor', 'target', 'export', 'exports', 'ingredient',
    'opponent', 'rival', 'city', 'office', 'offices', 'residence', 'speaker', 'challenge'
  ],

  // complement ↔ compliment
  complimentCue: [
    'backhanded', 'left-handed', 'highest', 'sincere', 'sincerest', 'greatest', 'biggest', 'pay', 'pays', 'paid',
    'paying', 'return', 'returns', 'returned', 'returning', 'fishing', 'flattering', 'lavish', 'glowing', 'rare',
    'personal'
  ],
  payCue: ['pay', 'pays', 'paid', 'paying', 'return', 'returns', 'returned', 'returning'],
  freebie: [
    'tickets', 'ticket', 'drinks', 'drink', 'breakfast', 'meals', 'meal', 'passes', 'pass', 'copies', 'copy', 'food',
    'wifi', 'wi-fi', 'parking', 'upgrade', 'upgrades', 'shuttle', 'coffee', 'champagne', 'admission', 'entry', 'snacks',
    'lunch', 'dinner', 'toiletries', 'bottle', 'samples', 'sample', 'hotel', 'rooms', 'room', 'seats'
  ],
  complementaryNoun: [
    'medicine', 'medicines', 'therapies', 'therapy', 'colours', 'colors', 'colour', 'color', 'skills', 'skill',
    'strengths', 'approach', 'approaches', 'roles', 'goals', 'angles', 'dna', 'rna', 'strand', 'strands', 'assets',
    'expertise', 'talents', 'pieces', 'relationship'
  ],

  // council ↔ counsel
  counselSpeech: [
    'said', 'says', 'told', 'argued', 'argues', 'asked', 'claimed', 'contended', 'questioned', 'objected', 'suggested',
    'submitted', 'insisted', 'added', 'noted', 'replied', 'responded', 'conceded', 'urged', 'for', 'representing',
    'acting'
  ],
  counselFor: [
    'defendant', 'defendants', 'defence', 'defense', 'prosecution', 'plaintiff', 'plaintiffs', 'accused', 'claimant',
    'claimants', 'crown', 'state', 'respondent', 'appellant', 'inquiry'
  ],
  lawyerAdj: [
    'general', 'defence', 'defense', 'legal', 'special', 'senior', 'junior', 'independent', 'outside', 'in-house',
    'opposing', 'deputy', 'associate', 'county', 'chief', 'lead', 'trial', 'appellate'
  ],

  // reign → rein
  reinObj: [
    'spending', 'costs', 'cost', 'inflation', 'borrowing', 'prices', 'expenses', 'expectations', 'debt', 'deficit',
    'deficits', 'excesses', 'lending', 'emissions', 'speculation', 'budget', 'budgets', 'benefits', 'bonuses', 'pay',
    'wages', 'salaries', 'subsidies', 'fees', 'rents', 'rent', 'militias', 'loyalists', 'hardliners', 'dissent',
    'excess', 'ambitions', 'enthusiasm', 'appetite', 'growth', 'powers', 'rhetoric', 'tempers', 'abuses',
    'overspending', 'waste', 'imports', 'migration', 'immigration', 'outflows', 'volatility', 'losses',
    'misinformation', 'disinformation', 'profiteering'
  ],
  reinsVerb: [
    'take', 'takes', 'took', 'taken', 'taking', 'hand', 'hands', 'handed', 'handing', 'hold', 'holds', 'held', 'holding',
    'seize', 'seized', 'seizes', 'seizing', 'grab', 'grabbed', 'grabbing', 'pass', 'passed', 'passing', 'tighten',
    'tightened', 'tightening', 'tightens', 'loosen', 'loosened', 'loosening', 'loosens', 'over', 'given', 'give',
    'gave', 'giving', 'assume', 'assumed', 'assuming', 'assumes', 'relinquish', 'relinquished', 'relinquishing',
    'cede', 'ceded', 'ceding', 'keep', 'kept', 'keeping', 'pull', 'pulled', 'pulling', 'retain', 'retained',
    'retaining', 'inherit', 'inherited', 'inheriting'
  ],

  // peak → peek, peak/peek → pique
  takeLook: [
    'take', 'takes', 'took', 'taken', 'taking', 'have', 'had', 'get', 'got', 'grab', 'grabbed', 'steal', 'stole',
    'stolen', 'sneak', 'sneaked', 'snuck', 'give', 'gave', 'given', 'gives', 'giving', 'offer', 'offers', 'offered',
    'offering', 'allow', 'allowed', 'allows'
  ],
  peekAdj: ['quick', 'brief', 'first', 'rare', 'closer', 'little', 'sly', 'furtive', 'cheeky', 'sneak', 'exclusive', 'secret', 'quiet'],
  peekPlace: [
    'window', 'windows', 'curtain', 'curtains', 'keyhole', 'door', 'doorway', 'gap', 'crack', 'cracks', 'blinds',
    'fence', 'hole', 'letterbox', 'shutters', 'hedge', 'screen'
  ],
  piqueWhose: [
    'public', 'investor', 'investors', 'buyer', 'buyers', 'reader', 'readers', 'voter', 'voters', 'international',
    'widespread', 'renewed', 'new', 'my', 'his', 'her', 'their', 'our', 'your', 'its', 'the', 'some', 'much',
    "people's", "investors'", 'fresh', 'collector', 'collectors', 'viewer', 'viewers', 'media', 'police'
  ],
  notRate: [
    'rate', 'rates', 'payment', 'payments', 'income', 'costs', 'cost', 'expense', 'expenses', 'bill', 'bills',
    'burden', 'charges', 'levels', 'level'
  ],

  // pour → pore
  poreObj: [
    'every', 'each', 'bank', 'financial', 'court', 'thousands', 'hundreds', 'old', 'police', 'medical', 'legal',
    'census', 'election', 'phone', 'tax', 'company', 'government', 'budget', 'his', 'her', 'their', 'its', 'our', 'the',
    'a', 'fine', 'internal', 'leaked', 'new', 'historical', 'archival', 'these', 'those', 'pages'
  ],
  poreNoun: [
    'documents', 'records', 'files', 'details', 'data', 'evidence', 'emails', 'e-mails', 'transcripts', 'reports',
    'report', 'papers', 'accounts', 'books', 'minutes', 'statements', 'footage', 'maps', 'contracts', 'texts',
    'letters', 'pages', 'results', 'figures', 'numbers', 'spreadsheets', 'filings', 'notes', 'archives', 'manuscripts',
    'photos', 'photographs', 'images', 'plans', 'polls', 'menu', 'statistics', 'text', 'draft', 'drafts', 'print',
    'ledgers', 'returns', 'receipts', 'invoices', 'documentation', 'dossier', 'dossiers', 'testimony', 'diaries',
    'submissions', 'applications', 'entries', 'scripts', 'transcript', 'records', 'accounts', 'archive'
  ],

  // lead → led
  leadAux: [
    'has', 'have', 'had', 'having', "hasn't", "haven't", "hadn't", "i've", "we've", "they've", "you've", 'was', 'were',
    'is', 'are', 'been', 'being', 'be', "wasn't", "weren't", "isn't", "aren't"
  ],
  leadNext: [
    'by', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'astray', 'away', 'into',
    'efforts', 'calls', 'protests'
  ],
  misledCue: [
    'was', 'were', 'been', 'be', 'being', 'is', 'are', 'am', 'feel', 'felt', 'feels', 'get', 'got', 'gets', 'getting',
    'deliberately', 'badly', 'seriously', 'completely'
  ],

  // whose ↔ who's
  whoseNoun: [
    'own', 'turn', 'fault', 'idea', 'car', 'name', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'parents',
    'children', 'kids', 'responsibility', 'brother', 'sister', 'body', 'money', 'side', 'death', 'house', 'dog',
    'decision', 'book', 'album'
  ],
  whoseNext: ['been', 'gonna', 'coming', 'got', 'responsible', 'afraid', 'there', 'not', 'going', 'behind'],

  // breath ↔ breathe
  breatheCue: [
    'to', 'let', 'help', 'helps', 'helped', 'helping', 'cannot', 'could', 'can', 'will', 'would', 'should', 'must',
    'might', 'may', 'do', 'does', 'did', "can't", "couldn't", "won't", "don't", "didn't", "doesn't", 'not'
  ],
  breatheNext: [
    'easier', 'easy', 'again', 'deeply', 'in', 'out', 'new', 'life', 'fresh', 'freely', 'normally', 'properly',
    'without', 'through', 'a', 'air', 'down', 'heavily', 'hard', 'more', 'slowly', 'clean', 'the', 'smoke', 'toxic',
    'polluted', 'dust', 'fumes'
  ],
  breathDet: [
    'a', 'the', 'his', 'their', 'my', 'its', 'our', 'your', 'last', 'deep', 'every', 'each', 'fresh', 'long', 'sharp',
    'single', 'bad', 'short', 'first', 'final', 'shallow', 'whose', 'of', 'another', 'collective', 'audible', 'dying',
    'second', 'quick', 'big'
  ],

  // discreet ↔ discrete, stationary ↔ stationery
  discreteNoun: [
    'units', 'categories', 'steps', 'variables', 'events', 'components', 'elements', 'packages', 'groups', 'values',
    'segments', 'entities', 'parts', 'pieces', 'stages', 'phases', 'sections', 'blocks', 'chunks', 'items', 'modules',
    'points', 'classes', 'layers', 'functions', 'sets', 'tasks', 'zones', 'packets', 'quantities', 'amounts',
    'outcomes', 'intervals', 'periods', 'levels', 'mathematics', 'math', 'graphics', 'signals'
  ],
  discreetNoun: [
    'talks', 'inquiries', 'enquiries', 'inquiry', 'enquiry', 'manner', 'way', 'approach', 'conversation',
    'conversations', 'affair', 'meeting', 'word', 'exit', 'distance', 'presence', 'silence', 'diplomacy', 'lobbying',
    'contacts', 'tattoo', 'tattoos', 'glance', 'nod', 'entrance', 'chat', 'discussions', 'negotiations',
    'backchannel', 'back-channel', 'overtures', 'advances', 'hint', 'reminder'
  ],
  stationeryNoun: [
    'shop', 'shops', 'store', 'stores', 'supplies', 'supply', 'cupboard', 'cabinet', 'firm', 'items', 'cupboards',
    'retailer', 'retailers', 'chain', 'aisle', 'drawer', 'budget', 'department', 'suppliers', 'supplier', 'brand',
    'costs', 'orders'
  ],
  stationaryNoun: [
    'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'lorry', 'lorries', 'bus', 'van', 'train', 'target',
    'targets', 'front', 'object', 'objects', 'traffic', 'bike', 'bikes', 'bicycle', 'bicycles', 'position', 'engine',
    'engines', 'phase', 'queue', 'source', 'sources', 'satellite', 'orbit'
  ],
  stationaryCue: [
    'remain', 'remained', 'remains', 'stay', 'stayed', 'stays', 'staying', 'sat', 'largely', 'almost', 'completely',
    'relatively', 'fairly', 'mostly', 'virtually', 'totally', 'perfectly', 'entirely'
  ],
  stationeryGoods: ['paper', 'pens', 'pencils', 'envelopes', 'cards', 'books', 'toys', 'gifts', 'notebooks', 'ink', 'printing', 'art', 'craft', 'crafts', 'magazines', 'newspapers', 'sweets'],

  // elicit ↔ illicit
  illicitNoun: [
    'drugs', 'drug', 'trade', 'trafficking', 'affair', 'affairs', 'activity', 'activities', 'substance', 'substances',
    'funds', 'money', 'weapons', 'arms', 'goods', 'market', 'markets', 'relationship', 'relationships', 'financial',
    'flows', 'cash', 'payments', 'cigarettes', 'alcohol', 'tobacco', 'mining', 'logging', 'gold', 'imports', 'exports',
    'sex', 'deals', 'fentanyl', 'opioids', 'narcotics', 'wildlife', 'timber', 'fishing', 'profits', 'gains', 'proceeds',
    'content', 'images', 'use', 'sales', 'workers', 'migrants', 'border', 'crossings', 'networks', 'information', 'support'
  ],
  elicitObj: [
    'response', 'responses', 'reaction', 'reactions', 'comment', 'comments', 'confession', 'confessions', 'sympathy',
    'laughter', 'gasps', 'cheers', 'applause', 'answers', 'answer', 'feedback', 'testimony', 'interest', 'tears',
    'outrage', 'concern', 'concessions', 'details', 'views', 'opinions', 'admissions', 'admission', 'boos', 'groans',
    'praise', 'criticism', 'ideas', 'memories', 'emotions', 'empathy', 'loyalty', 'offers', 'bids'
  ],
  elicitBare: ['sympathy', 'laughter', 'gasps', 'cheers', 'applause', 'outrage', 'tears', 'boos', 'groans', 'praise', 'empathy', 'confessions', 'feedback'],

  // allude → elude
  eludeObj: [
    'police', 'capture', 'arrest', 'detection', 'authorities', 'pursuers', 'security', 'investigators', 'officers',
    'troops', 'soldiers', 'guards', 'border', 'the', 'his', 'her', 'their', 'them', 'him', 'us', 'justice',
    'prosecutors', 'agents', 'marshals', 'detectives', 'explanation', 'definition'
  ],

  // tow → toe
  lineAdj: [
    'party', 'company', 'government', 'official', 'hard', 'kremlin', 'administration', 'republican', 'democratic',
    'conservative', 'labour', 'tory', 'establishment', 'corporate', 'union', 'management', 'beijing', 'moscow', 'club',
    'team'
  ],

  // insure ↔ ensure
  ensureNext: [
    'safety', 'compliance', 'fairness', 'accountability', 'stability', 'access', 'transparency', 'continuity',
    'success', 'survival', 'security', 'integrity', 'accuracy', 'quality', 'consistency', 'peace', 'order', 'justice',
    'sustainability', 'equality', 'privacy', 'independence', 'victory'
  ],
  thatStart: [
    'the', 'a', 'an', 'all', 'every', 'no', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'their',
    'his', 'its', 'people', 'everyone', 'nobody', 'children', 'voters', 'patients', 'staff', 'residents', 'any', 'each',
    'both', 'those', 'these', 'this'
  ],
  insureRisk: [
    'flood', 'floods', 'flooding', 'fire', 'fires', 'theft', 'loss', 'losses', 'damage', 'accidents', 'accident',
    'injury', 'injuries', 'death', 'illness', 'liability', 'cyberattacks', 'default', 'defaults', 'hurricanes',
    'hurricane', 'storms', 'storm', 'earthquakes', 'earthquake', 'subsidence', 'burglary', 'malpractice',
    'disability', 'crop', 'hail', 'drought', 'wildfire', 'wildfires', 'cancellation'
  ],

  // forego → forgo
  forgoObj: [
    'salary', 'salaries', 'pay', 'raise', 'rise', 'bonus', 'bonuses', 'fee', 'fees', 'pension', 'right', 'rights',
    'meal', 'meals', 'trial', 'appeal', 'opportunity', 'vote', 'payment', 'payments', 'compensation', 'dividend',
    'dividends', 'interest', 'profits', 'luxury', 'luxuries', 'sleep', 'holiday', 'holidays', 'vacation', 'chance',
    'claim', 'claims', 'ceremony', 'tradition', 'traditional', 'celebration', 'celebrations', 'formalities',
    'revenue', 'income', 'treatment', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'any', 'some', 'part'
  ],

  // flaunt → flout
  flaunted: [
    'rule', 'rules', 'law', 'laws', 'regulations', 'regulation', 'ban', 'bans', 'restrictions', 'lockdown',
    'sanctions', 'orders', 'convention', 'conventions', 'ceasefire', 'guidelines', 'curfew', 'ruling', 'rulings',
    'injunction', 'embargo', 'norms', 'protocol', 'protocols', 'treaty', 'agreement', 'requirements', 'limits', 'code',
    'conditions', 'mandate', 'mandates', 'warnings', 'resolutions', 'resolution', 'directive', 'directives', 'policy',
    'policies', 'etiquette', 'restriction', 'limit', 'deadline', 'terms'
  ],
  ruleAdj: [
    'the', 'a', 'his', 'her', 'their', 'its', 'our', 'international', 'federal', 'local', 'state', 'health', 'traffic',
    'planning', 'lockdown', 'covid', 'covid-19', 'safety', 'election', 'campaign', 'building', 'court', 'house',
    'party', 'basic', 'strict', 'existing', 'national', 'eu', 'these', 'those', 'such', 'environmental', 'labor',
    'labour', 'financial', 'tax', 'zoning', 'parking', 'ethics', 'competition', 'antitrust', 'sanitary', 'un', "un's"
  ],

  // premier ↔ premiere
  premiereCue: [
    'film', 'movie', 'world', 'season', 'series', 'show', 'opera', 'gala', 'theatrical', 'cinema', 'documentary',
    'red-carpet', 'broadway', 'festival', 'ballet', 'musical', 'album', 'episode'
  ],
  premierWhen: ['on', 'at', 'in', 'next', 'this', 'tonight', 'later', 'tomorrow', 'soon', 'exclusively', 'worldwide'],
  premierTitle: [
    'chinese', 'state', 'provincial', 'former', 'then', 'quebec', 'ontario', 'alberta', 'vice', 'deputy', 'acting',
    'incoming', 'outgoing', 'soviet', 'russian', 'japanese', 'indian', 'australian', 'canadian', 'western',
    'queensland', 'victorian', 'tasmanian'
  ],

  // roll ↔ role
  roleAdj: [
    'key', 'major', 'central', 'pivotal', 'leading', 'big', 'bigger', 'important', 'crucial', 'vital', 'significant',
    'starring', 'lead', 'supporting', 'title', 'minor', 'active', 'larger', 'greater', 'decisive', 'critical', 'huge',
    'small', 'smaller', 'prominent', 'instrumental', 'unique', 'constructive', 'positive', 'negative', 'no', 'little',
    'direct', 'indirect', 'outsized', 'cameo', 'useful', 'meaningful', 'substantial', 'limited', 'the', 'a', 'an',
    'his', 'her', 'their', 'its', 'our', 'any', 'some', 'very', 'more', 'less', 'much', 'such', 'similar', 'different',
    'new', 'dual', 'double', 'defining', 'unexpected', 'stabilising', 'stabilizing'
  ],
  playVerb: ['play', 'plays', 'played', 'playing', 'reprise', 'reprises', 'reprised', 'reprising'],
  rollCue: ['title', 'starring', 'supporting', 'cameo', 'gender', 'leadership', 'advisory', 'ceremonial', 'expanded', 'dual', 'defining', 'breakout'],

  // aid → aide
  aideTitle: [
    'senior', 'top', 'former', 'close', 'presidential', 'kremlin', 'congressional', 'campaign', 'personal', 'longtime',
    'long-time', 'trusted', 'ministerial', 'legislative', 'mayoral', 'veteran', 'ex', 'loyal', 'parliamentary',
    'palace', 'gubernatorial', 'junior'
  ],
  aideNext: [
    'said', 'says', 'told', 'who', 'confirmed', 'added', 'wrote', 'described', 'later', 'testified', 'recalled',
    'denied', 'insisted', 'admitted', 'claimed', 'warned'
  ],
  aideBoss: [
    'president', 'prime', 'minister', 'mayor', 'governor', 'king', 'queen', 'chancellor', 'senator', 'secretary',
    'leader', 'general', 'chief', 'premier', 'former', 'then', 'speaker', 'sheikh', 'prince', 'princess', 'ayatollah',
    'defence', 'defense', 'foreign', 'interior', 'finance', 'justice', 'home'
  ],

  // navel → naval, gorilla → guerrilla
  navalNoun: [
    'base', 'bases', 'ship', 'ships', 'vessel', 'vessels', 'officer', 'officers', 'forces', 'force', 'academy',
    'blockade', 'fleet', 'fleets', 'drills', 'exercises', 'power', 'commander', 'commanders', 'station', 'warfare',
    'operations', 'patrol', 'patrols', 'command', 'chief', 'history', 'architect', 'aviation', 'air', 'battle', 'battles',
    'dockyard', 'yard', 'shipyard', 'mission', 'missions', 'presence', 'deployment', 'escort', 'escorts', 'task',
    'strength', 'buildup', 'build-up', 'capabilities', 'assets', 'personnel', 'intelligence', 'hospital', 'reserve'
  ],
  guerrillaNoun: [
    'war', 'wars', 'warfare', 'fighters', 'fighter', 'tactics', 'attack', 'attacks', 'campaign', 'movement',
    'insurgents', 'insurgency', 'army', 'armies', 'forces', 'force', 'leader', 'leaders', 'commander', 'commanders',
    'band', 'bands', 'marketing', 'gardening', 'gardeners', 'unit', 'units', 'raids', 'raid', 'activity', 'activities',
    'struggle', 'organisation', 'organization', 'organisations', 'organizations', 'ambush', 'ambushes', 'camp',
    'camps', 'stronghold', 'strongholds', 'radio', 'theatre', 'theater', 'filmmaking', 'art', 'artists', 'protest',
    'protests'
  ],
  guerrillaAdj: ['marxist', 'leftist', 'communist', 'maoist', 'islamist', 'kurdish', 'urban', 'rebel', 'armed', 'rural', 'separatist', 'jungle'],

  // eminent → imminent
  imminentNoun: [
    'threat', 'threats', 'danger', 'dangers', 'attack', 'attacks', 'collapse', 'invasion', 'arrival', 'risk',
    'departure', 'release', 'death', 'eviction', 'strike', 'strikes', 'launch', 'return', 'announcement', 'war',
    'closure', 'default', 'bankruptcy', 'demise', 'ruling', 'arrest', 'arrests', 'offensive', 'disaster',
    'catastrophe', 'famine', 'recession', 'shutdown', 'resignation', 'eruption', 'landfall', 'deportation',
    'execution', 'assault', 'dissolution', 'downfall', 'takeover', 'sale', 'layoffs', 'breakdown', 'failure',
    'extinction', 'crisis', 'crises', 'emergency', 'showdown'
  ],

  // adverse → averse
  averseMod: ['risk', 'conflict', 'change', 'debt', 'loss', 'tax', 'publicity', 'media'],
  averseAfter: [
    'and', 'or', 'to', 'but', 'when', 'as', 'because', 'than', 'investors', 'investor', 'banks', 'buyers', 'people',
    'voters', 'approach', 'culture', 'nature', 'attitude', 'mindset', 'stance', 'savers', 'managers', 'leaders',
    'regulators', 'officials', 'institutions', 'firms', 'companies', 'by'
  ],
  averseNext: [
    'the', 'risk', 'risks', 'risk-taking', 'change', 'changes', 'compromise', 'taking', 'using', 'spending',
    'borrowing', 'paying', 'publicity', 'criticism', 'confrontation', 'debt', 'conflict', 'innovation', 'hard', 'new',
    'making', 'doing', 'hiring', 'working', 'a', 'an'
  ],
  adverseTo: [
    'interests', 'interest', 'health', 'safety', 'rights', 'welfare', 'environment', 'public', 'economy', 'company',
    'national', 'claimant', 'defendant', 'plaintiff', 'party', 'parties'
  ],

  // boarder → border
  borderNoun: [
    'crossing', 'crossings', 'patrol', 'patrols', 'wall', 'security', 'control', 'controls', 'guard', 'guards',
    'town', 'towns', 'dispute', 'disputes', 'agent', 'agents', 'fence', 'fences', 'region', 'regions', 'area',
    'areas', 'checkpoint', 'checkpoints', 'checks', 'force', 'forces', 'police', 'closure', 'closures', 'city', 'post',
    'posts', 'village', 'villages', 'province', 'provinces', 'state', 'states', 'officials', 'officers', 'protection',
    'enforcement', 'clashes', 'skirmish', 'skirmishes', 'tensions', 'war', 'conflict', 'crisis', 'zone', 'zones',
    'policy', 'policies', 'restrictions', 'surge', 'wait', 'queues', 'line', 'lines', 'demarcation', 'troops'
  ],
  borderCue: [
    'across', 'along', 'cross', 'crossed', 'crossing', 'crosses', 'near', 'over', 'reopened', 'closed', 'reopen',
    'close', 'sealed', 'seal', 'shut', 'southern', 'northern', 'eastern', 'western', 'porous', 'shared'
  ],

  // wave ↔ waive
  waiveObj: [
    'fee', 'fees', 'right', 'rights', 'requirement', 'requirements', 'immunity', 'charges', 'charge', 'extradition',
    'tariffs', 'tariff', 'penalty', 'penalties', 'rule', 'rules', 'debt', 'debts', 'interest', 'claim', 'claims',
    'jury', 'privilege', 'restrictions', 'age', 'limits', 'limit', 'deadline', 'fine', 'fines', 'payment', 'payments',
    'conditions', 'condition', 'quota', 'quotas', 'duties', 'duty', 'copay', 'co-pays', 'copays', 'deductible',
    'deductibles', 'tuition', 'rent', 'confidentiality', 'anonymity', 'hearing', 'hearings', 'objection',
    'objections', 'liability', 'clause', 'clauses', 'sovereign', 'late', 'environmental', 'import', 'export'
  ],
  waveObj: ['flag', 'flags', 'hand', 'hands', 'banner', 'banners', 'placard', 'placards', 'arms', 'arm', 'handkerchief', 'scarf', 'scarves', 'sign', 'signs', 'fist', 'fists', 'wand', 'baton'],
  waveBare: ['flags', 'banners', 'placards', 'hands', 'handkerchiefs', 'scarves', 'fists'],

  // site ↔ cite ↔ sight
  citeNoun: [
    'concerns', 'concern', 'reasons', 'reason', 'sources', 'source', 'study', 'studies', 'report', 'reports',
    'statistics', 'figures', 'data', 'evidence', 'polls', 'poll', 'research', 'examples', 'example', 'fears', 'cases',
    'precedent', 'precedents', 'survey', 'surveys', 'article', 'articles', 'passage', 'scripture', 'lack', 'costs',
    'privacy', 'delays', 'problems', 'pressure', 'grounds', 'findings', 'testimony', 'rulings', 'ruling', 'statute'
  ],
  citeAdj: [
    'personal', 'family', 'health', 'security', 'safety', 'privacy', 'national', 'budget', 'budgetary', 'scheduling',
    'financial', 'legal', 'medical', 'unnamed', 'anonymous', 'internal', 'official', 'government', 'rising',
    'declining', 'low', 'high', 'poor', 'several', 'two', 'three', 'many', 'numerous', 'various', 'new', 'recent'
  ],
  citeSubj: [
    'he', 'she', 'they', 'we', 'i', 'officials', 'critics', 'analysts', 'experts', 'police', 'lawyers', 'prosecutors',
    'who', 'which', 'researchers', 'economists', 'authors', 'ministers', 'ministry', 'judge', 'court', 'campaigners',
    'residents', 'opponents', 'supporters'
  ],
  siteNoun: [
    'construction', 'building', 'archaeological', 'archeological', 'burial', 'camp', 'launch', 'landfill', 'crash',
    'polling', 'heritage', 'nuclear', 'memorial', 'job', 'disposal', 'dump', 'drilling', 'mining', 'factory', 'blast',
    'bomb', 'accident', 'disaster', 'excavation', 'dig', 'waste', 'storage', 'demolition', 'camping', 'caravan',
    'festival', 'rally', 'protest'
  ],

  // pedal → peddle
  peddleObj: [
    'drugs', 'lies', 'misinformation', 'disinformation', 'conspiracy', 'influence', 'propaganda', 'falsehoods',
    'myths', 'fake', 'false', 'rumours', 'rumors', 'theories', 'nonsense', 'narratives', 'narrative', 'hate', 'fear',
    'wares', 'goods', 'counterfeit', 'snake', 'conspiracies', 'pseudoscience', 'quack', 'fantasies', 'fiction',
    'untruths', 'smears', 'gossip', 'junk', 'bogus', 'cures', 'remedies', 'the', 'a', 'an', 'his', 'her', 'their',
    'its', 'dangerous', 'baseless', 'debunked', 'unproven', 'racist', 'antisemitic', 'extremist', 'populist',
    'discredited', 'same', 'this', 'that'
  ],
  pedalObj: ['bike', 'bikes', 'bicycle', 'bicycles', 'car', 'cars', 'boat', 'boats', 'machine', 'cart', 'rickshaw', 'pedals', 'tricycle', 'pedalo'],

  // hoards → hordes, breech → breach
  hordeNoun: [
    'fans', 'people', 'tourists', 'reporters', 'protesters', 'protestors', 'migrants', 'shoppers', 'supporters',
    'journalists', 'photographers', 'visitors', 'holidaymakers', 'students', 'rioters', 'zombies', 'locusts',
    'followers', 'admirers', 'spectators', 'onlookers', 'demonstrators', 'refugees', 'soldiers', 'troops', 'fighters',
    'children', 'volunteers', 'customers', 'passengers', 'commuters', 'revellers', 'revelers', 'teenagers',
    'paparazzi', 'bargain', 'sightseers', 'day-trippers', 'invaders', 'attackers', 'hooligans', 'bots', 'trolls',
    'mosquitoes', 'families', 'workers', 'buyers', 'investors', 'voters', 'pilgrims', 'shoppers', 'media'
  ],
  breachObj: [
    'contract', 'contracts', 'security', 'trust', 'peace', 'protocol', 'duty', 'privacy', 'confidence', 'rules',
    'regulations', 'sanctions', 'law', 'code', 'conduct', 'ceasefire', 'truce', 'agreement', 'agreements', 'treaty',
    'bail', 'etiquette', 'standards', 'obligations', 'policy', 'guidelines', 'ethics', 'international', 'human',
    'data', 'planning', 'conditions', 'terms', 'warranty', 'covenant', 'copyright', 'fiduciary', 'statutory',
    'parliamentary', 'ministerial', 'lockdown', 'covid', 'health', 'safety', 'promise', 'promises', 'faith',
    'professional', 'privilege', 'licence', 'license', 'injunction', 'order', 'orders', 'rule', 'regulation', 'un', 'eu'
  ],
  breachMod: [
    'data', 'security', 'privacy', 'ceasefire', 'contract', 'ethics', 'ethical', 'rules', 'sanctions', 'bail', 'covid',
    'lockdown', 'protocol', 'treaty', 'trust', 'levee', 'dam', 'major', 'serious', 'massive', 'alleged', 'apparent',
    'clear', 'flagrant', 'material', 'technical', 'cyber', 'first'
  ],

  // accept ↔ except, advice ↔ advise
  everyone: [
    'everyone', 'everybody', 'everything', 'anyone', 'anybody', 'anything', 'nobody', 'nothing', 'nowhere',
    'anywhere', 'everywhere', 'none', 'all', 'something', 'somebody', 'someone'
  ],
  exceptNext: [
    'the', 'a', 'an', 'one', 'two', 'three', 'some', 'those', 'these', 'him', 'her', 'them', 'me', 'us', 'his',
    'their', 'its', 'our', 'occasional', 'rare', 'minor', 'emergencies', 'emergency'
  ],
  acceptObj: [
    'responsibility', 'blame', 'defeat', 'offer', 'offers', 'result', 'results', 'outcome', 'deal', 'bribes', 'bribe',
    'money', 'donations', 'donation', 'payment', 'payments', 'cash', 'apology', 'refugees', 'nomination', 'award',
    'invitation', 'job', 'position', 'post', 'proposal', 'proposals', 'terms', 'verdict', 'ruling', 'decision',
    'resignation', 'challenge', 'gifts', 'gift', 'bid', 'settlement', 'plea', 'reality', 'liability', 'cuts', 'asylum',
    'migrants', 'applications', 'credit', 'cards', 'criticism', 'compromise', 'ceasefire', 'changes', 'help', 'aid',
    'advice', 'loss', 'losses', 'role'
  ],
  exceptCue: [
    'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', "won't", "wouldn't", "can't", 'cannot',
    "couldn't", "don't", "doesn't", "didn't", 'not', 'never', 'refused', 'refuse', 'refuses', 'refusing', 'willing',
    'unwilling', 'ready', 'reluctant'
  ],
  adviseWho: [
    'me', 'him', 'us', 'them', 'you', 'against', 'that', 'people', 'residents', 'anyone', 'everyone', 'customers',
    'patients', 'travellers', 'travelers', 'caution', 'the', 'clients', 'investors', 'parents', 'drivers', 'motorists',
    'passengers', 'visitors', 'voters', 'members', 'staff', 'readers', 'families', 'governments', 'ministers',
    'whether', 'on', 'companies', 'firms'
  ],
  adviseSubj: ['i', 'we', 'they', 'doctors', 'experts', 'officials', 'police', 'authorities', 'lawyers', 'analysts', 'scientists'],
  adviceCue: [
    'a', 'an', 'the', 'my', 'your', 'his', 'our', 'their', 'its', 'some', 'any', 'no', 'expert', 'legal', 'medical',
    'professional', 'financial', 'sound', 'bad', 'good', 'conflicting', 'official', 'travel', 'practical', 'useful',
    'helpful', 'wise', 'free', 'investment', 'health', 'safety', 'careers', 'career', 'parenting', 'seek', 'seeks',
    'sought', 'seeking', 'take', 'took', 'taking', 'takes', 'give', 'gave', 'giving', 'gives', 'offered', 'offering',
    'asked', 'asking', 'follow', 'followed', 'following', 'ignore', 'ignored', 'ignoring', 'heed', 'heeded',
    'heeding', 'government', 'scientific', 'independent', 'written', 'specialist', 'much', 'further', 'dietary',
    'nutritional', 'tax', 'pension', 'mortgage', 'debt', 'of', 'contrary', 'against'
  ],

  // past ↔ passed
  pastNext: [
    'away', 'on', 'through', 'by', 'down', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'unanimously',
    'muster', 'overwhelmingly', 'narrowly', 'easily', 'comfortably', 'legislation', 'laws', 'law', 'bills', 'bill',
    'measures', 'measure', 'motions', 'motion', 'resolutions', 'resolution', 'budgets', 'budget', 'tests', 'test',
    'exams', 'exam', 'inspection', 'inspections', 'quietly', 'peacefully', 'suddenly', 'unexpectedly'
  ],
  pastNoun: [
    'few', 'week', 'weeks', 'year', 'years', 'decade', 'decades', 'month', 'months', 'century', 'experience', 'record',
    'records', 'mistakes', 'failures', 'successes', 'glories', 'lives', 'life', 'governments', 'presidents',
    'elections', 'behaviour', 'behavior', 'conduct', 'comments', 'remarks', 'statements'
  ],
  awaySubject: [
    'he', 'she', 'they', 'who', 'mother', 'father', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister',
    'grandmother', 'grandfather', 'mum', 'mom', 'dad', 'friend', 'founder', 'owner', 'recently', 'sadly', 'peacefully',
    'suddenly', 'unexpectedly'
  ],
  billNoun: ['bill', 'law', 'motion', 'measure', 'amendment', 'legislation', 'resolution', 'budget', 'ordinance', 'referendum', 'proposal', 'proposition'],
  passedHow: ['unanimously', 'overwhelmingly', 'narrowly', 'easily', 'comfortably', 'handily'],
  timeNoun: [
    'few', 'week', 'weeks', 'year', 'years', 'decade', 'decades', 'month', 'months', 'day', 'days', 'century',
    'centuries', 'season', 'seasons', 'weekend', 'hour', 'hours', 'fortnight', 'quarter', 'summer', 'winter',
    'generation', 'term', 'session'
  ],
  goPast: [
    'walked', 'walk', 'walks', 'walking', 'drove', 'drive', 'drives', 'driving', 'driven', 'ran', 'runs', 'running',
    'rushed', 'rush', 'rushing', 'flew', 'fly', 'flying', 'flies', 'sped', 'speeding', 'marched', 'march', 'marching',
    'swept', 'sweep', 'sweeping', 'strolled', 'jogged', 'cycled', 'raced', 'racing', 'streamed', 'filed', 'hurried',
    'wandered', 'zoomed', 'slipped', 'crept', 'sailed', 'edged', 'glanced', 'looked', 'looking', 'pushed', 'pushing'
  ],
  pastPoint: ['midnight', 'noon', 'retirement', 'caring', 'due', 'sell-by', 'expiry', 'dawn', 'dusk', 'bedtime'],
  pastBeCue: ['is', 'was', 'were', 'are', "it's", "that's", 'well', 'just', 'long', 'way', 'already', 'now', 'slightly'],

  // weather ↔ whether
  wonder: [
    'decide', 'decided', 'decides', 'deciding', 'determine', 'determined', 'determines', 'determining', 'unclear',
    'unsure', 'uncertain', 'wonder', 'wondered', 'wonders', 'wondering', 'ask', 'asked', 'asks', 'asking', 'know',
    'knew', 'knows', 'question', 'questioned', 'questions', 'debate', 'debated', 'debating', 'consider', 'considered',
    'considering', 'doubt', 'doubted', 'doubts', 'matter', 'matters', 'assess', 'assessed', 'assessing',
    'investigate', 'investigating', 'investigated', 'examine', 'examining', 'examined', 'establish', 'sure',
    'unknown', 'regardless', 'irrespective', 'discuss', 'discussed', 'discussing', 'weigh', 'weighing', 'weighed',
    'decision', 'choice', 'undecided', 'explain', 'judge', 'vote', 'voted', 'voting'
  ],
  whetherNext: [
    'to', 'or', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'there', 'his', 'her', 'their',
    'its', 'our', 'any', 'anyone', 'these', 'those', 'such', 'that'
  ],
  weatherWords: [
    'forecast', 'forecasts', 'conditions', 'system', 'systems', 'event', 'events', 'front', 'patterns', 'service',
    'report', 'reports', 'warning', 'warnings', 'data', 'station', 'stations', 'map', 'maps', 'radar', 'alert', 'alerts'
  ],
  weatherAdj: [
    'bad', 'severe', 'extreme', 'inclement', 'wintry', 'stormy', 'poor', 'hot', 'cold', 'wet', 'dry', 'fine', 'good',
    'warm', 'freezing', 'harsh', 'cloudy', 'sunny', 'windy', 'mild', 'calm', 'rough', 'unseasonable', 'unsettled',
    'winter', 'summer', 'spring', 'autumn', 'fall', 'foul', 'hostile', 'humid', 'icy', 'snowy', 'rainy', 'glorious',
    'dismal', 'miserable', 'fair'
  ],
  weatherNext: [
    'forecast', 'forecasts', 'conditions', 'warning', 'warnings', 'event', 'events', 'patterns', 'pattern', 'service',
    'system', 'systems', 'map', 'maps', 'front', 'fronts', 'station', 'stations', 'data', 'alert', 'alerts', 'report',
    'reports', 'forecaster', 'forecasters', 'permitting', 'hit', 'has', 'had', 'is', 'was', 'will', 'caused', 'forced',
    'delayed', 'grounded', 'disrupted', 'made', 'balloon', 'radar', 'satellite', 'agency', 'office', 'bureau',
    'experts', 'models', 'watchers', 'delays', 'disruption', 'damage', 'closed', 'continues', 'returned', 'turned',
    'improved', 'cleared', 'hampered', 'prevented', 'slowed', 'kept'
  ],

  // to ↔ too
  tooCue: [
    'is', 'was', 'were', 'are', 'be', 'been', 'being', "it's", "that's", "isn't", "wasn't", "aren't", "weren't", 'not',
    'all', 'become', 'became', 'becomes', 'becoming', 'got', 'getting', 'grown', 'grew', 'seem', 'seems', 'seemed',
    'feel', 'felt', 'feels', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'proved', 'proving', 'remain',
    'remained', 'remains', 'came', 'come', 'arrived', 'arrives', 'way'
  ],
  tooAdj: [
    'much', 'many', 'late', 'early', 'soon', 'often', 'big', 'small', 'little', 'young', 'old', 'long', 'high', 'low',
    'expensive', 'close', 'busy', 'hard', 'difficult', 'dangerous', 'risky', 'weak', 'strong', 'slow', 'fast', 'far',
    'tired', 'afraid', 'scared', 'hot', 'cold', 'heavy', 'costly', 'complex', 'complicated', 'large', 'quick', 'few',
    'short', 'thin', 'tight', 'loud', 'strict', 'harsh', 'soft', 'easy', 'severe', 'ill', 'sick', 'poor', 'rich',
    'fragile', 'ambitious', 'optimistic', 'pessimistic', 'quiet', 'good', 'bad', 'wide', 'narrow', 'deep', 'shallow',
    'generous', 'cautious', 'timid', 'aggressive', 'eager', 'keen', 'slowly', 'quickly', 'frightened', 'embarrassed',
    'ashamed', 'proud', 'sensitive', 'vague', 'broad', 'rigid', 'lenient'
  ],
  tooEnd: ['to', 'for', 'and', 'but', 'or', 'because', 'so', 'in', 'at', 'now', 'already', 'though', 'anyway', 'either'],
  toVerbCue: [
    'want', 'wants', 'wanted', 'wanting', 'going', 'have', 'has', 'had', 'need', 'needs', 'needed', 'able', 'unable',
    'used', 'try', 'tries', 'tried', 'trying', 'plan', 'plans', 'planned', 'planning', 'hope', 'hopes', 'hoped',
    'hoping', 'expect', 'expects', 'expected', 'decide', 'decided', 'decides', 'refused', 'refuse', 'refuses',
    'agreed', 'agree', 'agrees', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'continue', 'continued',
    'continues', 'likely', 'unlikely', 'set', 'about', 'ought', 'seem', 'seems', 'seemed', 'forced', 'asked',
    'allowed', 'told', 'urged', 'helped', 'help', 'order', 'ordered', 'vowed', 'promised', 'pledged', 'threatened',
    'failed', 'managed', 'chose', 'choose', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'wish', 'wishes',
    'wished', 'prepared', 'preparing', 'ready', 'willing', 'eager', 'keen', 'due', 'supposed', 'sure', 'certain',
    'bound'
  ],
  baseVerb: [
    'be', 'go', 'do', 'make', 'take', 'get', 'see', 'have', 'pay', 'help', 'keep', 'give', 'find', 'win', 'vote',
    'leave', 'stay', 'work', 'buy', 'sell', 'raise', 'build', 'stop', 'meet', 'hold', 'run', 'play', 'show', 'say',
    'tell', 'ask', 'use', 'bring', 'put', 'let', 'become', 'face', 'avoid', 'protect', 'ensure', 'reach', 'return',
    'continue', 'start', 'begin', 'speak', 'talk', 'visit', 'travel', 'spend', 'save', 'fight', 'push', 'join',
    'attend', 'accept', 'allow', 'create', 'improve', 'address', 'achieve', 'announce', 'consider', 'decide', 'deal',
    'explain', 'hire', 'offer', 'provide', 'reduce', 'remain', 'replace', 'review', 'share', 'sign', 'support',
    'understand', 'wait', 'watch', 'write', 'learn', 'die', 'lose', 'eat', 'sleep', 'answer', 'apologise', 'apologize',
    'approve', 'arrest', 'block', 'borrow', 'challenge', 'change', 'charge', 'check', 'choose', 'claim', 'comment',
    'confirm', 'contact', 'cover', 'defend', 'deliver', 'deny', 'discuss', 'draw', 'drive', 'drop', 'enter', 'escape',
    'expand', 'extend', 'fill', 'fix', 'follow', 'force', 'form', 'gain', 'grow', 'hit', 'identify', 'include',
    'increase', 'invest', 'investigate', 'kill', 'launch', 'lift', 'limit', 'look', 'manage', 'move', 'negotiate',
    'obtain', 'oppose', 'pass', 'pick', 'prevent', 'produce', 'prove', 'publish', 'pursue', 'read', 'receive',
    'recover', 'refuse', 'reject', 'release', 'remove', 'repair', 'report', 'resign', 'resolve', 'respond', 'restore',
    'retire', 'reveal', 'search', 'seek', 'send', 'serve', 'settle', 'shut', 'solve', 'spread', 'strike', 'submit',
    'survive', 'testify', 'think', 'throw', 'train', 'treat', 'trust', 'turn', 'wear', 'withdraw', 'worry', 'sit',
    'stand', 'walk', 'call', 'cut', 'pull', 'rebuild', 'recruit', 'reform', 'regain', 'remember', 'rescue', 'restart',
    'rethink'
  ],
  toDetCue: [
    'according', 'next', 'thanks', 'similar', 'listen', 'listened', 'listening', 'compared', 'opposed', 'due',
    'close', 'prior', 'contrary', 'relative', 'owing', 'subject'
  ]
} as const satisfies Readonly<Record<string, ReadonlyArray<string>>>

/** The pairs, in the order of the research notes' table, then the issue's additions. */
export const confusables: ReadonlyArray<Confusable> = [
  {
    row: 1,
    forms: {capitol: 'capital', capitols: 'capitals'},
    lowerOnly: true,
    flag: [
      {
        when: 'captured|recaptured|retook|retaken|retake|recapture|capture|besieged|shelled|encircled|liberated|bombarded|overran|overrun|surrounded|seized @det|@poss? _',
        note: '`capitol` is the building a legislature meets in; a city that is captured or besieged is a `capital`.'
      },
      '_ city|cities|gains|gain|punishment|letter|letters|markets|market|flight|expenditure|expenditures|spending|investment|investments|reserves|ratio|requirements|controls|offence|offense|crime|crimes|costs|outlay|allowance|allowances|buffer|injection|projects|improvements',
      '_ of @Name',
      '_ fell|falls to'
    ],
    keep: [
      'state|u.s.|=US|statehouse|national _',
      '_ building|buildings|dome|grounds|hill|police|rotunda|steps|riot|rioters|siege|complex|lawn|architect|visitor|visitors|attack|insurrection|square|plaza'
    ],
    note: '`capitol` is the building a legislature meets in; a seat of government, and money put to work, are `capital`.',
    examples: {
      flag: [
        'Rebels captured the {capitol>capital} back in May.',
        'Kyiv is the {capitol>capital} of Ukraine.',
        'The {capitol>capital} gains tax rose again.',
        'The army retook the {capitols>capitals} of both provinces.',
        'The {capitol>capital} fell to the rebels on Sunday.'
      ],
      keep: [
        'The state capitol was evacuated on Tuesday.',
        'Protesters gathered on Capitol Hill.',
        'Police cleared the capitol building.',
        'Rioters stormed the Capitol on Jan. 6.',
        'She works at the capitol.',
        'He was sworn in at the capitol in Austin.'
      ]
    }
  },
  {
    row: 2,
    forms: {capital: 'capitol'},
    keepInSentence: ['canberra', 'australia', 'australian', 'act'],
    flag: [
      {when: '_ =Hill', capitals: true, note: 'The hill in Washington is named for the building: `Capitol Hill`.'},
      'u.s.|=US|state|statehouse _ building|dome|rotunda|police|grounds|steps|lawn|complex|rioters|riot|attack|insurrection',
      'the _ dome|rotunda'
    ],
    note: 'The building a legislature meets in is a `capitol`; the city is the `capital`.',
    examples: {
      flag: ['Staff on {Capital>Capitol} Hill worked late.', 'The state {capital>capitol} building was closed.', 'Crowds filled the {capital>capitol} rotunda.'],
      keep: ["Ukraine's capital, Kyiv, was shelled.", 'Capital One reported earnings.', 'The capital building boom slowed.', 'Parliament House sits on Capital Hill in Canberra.']
    }
  },
  {
    row: 3,
    forms: {affect: 'effect', affects: 'effects'},
    flag: [
      {
        when: '@effectAdj _:affect',
        unless: ['_ the|a|an|his|her|their|its|our|my|your|voters|people|how|whether|them|him|us|me|you'],
        note: 'After an article or adjective the noun is needed: a result is an `effect`; `affect` is the verb.'
      },
      {when: 'the _ of|on', note: 'After an article the noun is needed: a result is an `effect`; `affect` is the verb.'},
      {when: 'take|takes|took|taken|taking|into _:affect', note: 'A rule takes `effect` and comes into `effect`; `affect` is the verb.'},
      {when: '@be|remain|remains|remained|remaining|stay|stays|stayed|still|now|already|currently|put|full in _:affect', note: 'A rule in force is in `effect`; `affect` is the verb.'},
      {when: 'to that|this _:affect', note: 'The idiom is `to that effect`; `affect` is the verb.'},
      {when: 'to the same _:affect', note: 'The idiom is `to the same effect`; `affect` is the verb.'},
      {when: 'to good|great|little|no|devastating|deadly|comic|dramatic|maximum|full|powerful _:affect', note: 'The idiom is `to good effect`; `affect` is the verb.'},
      {when: 'side|special|knock-on|long-term|adverse|harmful|lasting|unintended|negative|positive _:affects', unless: ['_ the|a|an|his|her|their|its|our|my|your|voters|people|how|whether|them|him|us|me|you|all|many|everyone'], note: 'Results are `effects`; `affects` is the verb.'}
    ],
    keep: ["flat|blunted|restricted|emotional|depressed|inappropriate|labile|bright|patient's _"],
    note: 'A result is an `effect`; `affect` is the verb (to influence).',
    examples: {
      flag: [
        'The cuts had a knock-on {affect>effect} on jobs.',
        'The ban takes {affect>effect} on Monday.',
        'The curfew remains in {affect>effect}.',
        'Side {affects>effects} were mild.',
        'He said something to that {affect>effect}.',
        'The {affect>effect} of the storm was severe.',
        'The cuts had little {affect>effect}.'
      ],
      keep: ['The cuts will affect voters.', 'Doctors noted a flat affect.', 'The rule does not affect anyone.', 'Little affects him.', 'No change will affect the vote.']
    }
  },
  {
    row: 4,
    forms: {effect: 'affect', effects: 'affects', effected: 'affected', effecting: 'affecting'},
    flag: [
      {when: '@modal|to|not|never|also|@affectAdverb _:effect @det? @affectObj', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'},
      {when: 'it|this|which|that|who|he|she _:effects @det? whole|entire|local|global|national|wider|world|city|state? @affectObj', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'},
      {when: '@affectedBy _:effected|effecting', note: 'People and places hit by something are `affected`; `effected` means brought about.'},
      {when: '_:effected|effecting @affectObj', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'},
      {when: '@affectAdverb _:effect|effects|effected|effecting', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'}
    ],
    keep: ['_ change|changes|a|an|reform|reforms|repairs|transfer|transfers|release|rescue|cure|cures|savings|improvements|peace|compromise|entry|escape|settlement|merger|takeover|repatriation|withdrawal'],
    note: 'To influence something is to `affect` it; to `effect` is to bring about.',
    examples: {
      flag: [
        'The ruling will {effect>affect} voters in March.',
        'It {effects>affects} the whole economy.',
        'Those {effected>affected} by the floods got help.',
        'The worst {effected>affected} areas lie to the north.',
        'The strike could adversely {effect>affect} flights.'
      ],
      keep: ['The plan will effect change.', 'Doctors hope to effect a cure.', 'The law takes effect in May.', 'The effects of the war linger.', 'Officials effected the transfer on Monday.']
    }
  },
  {
    set: "it's/its",
    row: 5,
    forms: {its: "it's"},
    flag: [
      {when: '_ #VBN|#VBG $|#IN|#DT|#TO|#RB|#PRP', unless: ['_ own', '_ * @itsNoun'], note: '`its` is the possessive; before a verb the contraction of “it is” or “it has” is `it’s`.'},
      {when: '_ #RB #JJ|#VBN|#VBG|#IN|#DT $|#IN|#TO|#DT', unless: ['_ own|very|most|more|less|least|so-called|now|then|once'], note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ in|on|at|for|with|like|about|from|by|as|to|because|that|he|she|they|we|i|you|me|him|them|us|it', note: '`its` is the possessive and needs a noun; “it is” is `it’s`.'},
      {when: '_ #JJ $', unless: ['_ own|best|worst|all|most'], note: '`its` is the possessive and needs a noun; “it is” is `it’s`.'},
      {when: '_ been|gonna|got|because', note: '`its` is the possessive; before a verb the contraction of “it is” or “it has” is `it’s`.'},
      {when: '_ =a|=an|the|=no', note: '`its` is the possessive and cannot come before an article; “it is” is `it’s`.'},
      {when: '_ not|also|never|always|so|too', unless: ['_ not inconsiderable|insignificant|negligible|unimportant|insubstantial|unsubstantial|unreasonable|uncontroversial|unusual|unfamiliar|unrelated|unhelpful'], note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ going|about|up to', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ @itsAdj @clauseWord', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ worth @ing|it', note: '`its` is the possessive; “it is worth” is `it’s worth`.'},
      {when: '^ _ time to|for|$|now', note: '`its` is the possessive; “it is time” is `it’s time`.'},
      {when: '^ _ my|your|our|their|his|her|what|how|why|here|there|ok|okay', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '^ _ over $', note: '`its` is the possessive; “it is over” is `it’s over`.'}
    ],
    note: '`its` is the possessive; “it is” and “it has” are `it’s`.',
    examples: {
      flag: [
        '“{Its>It’s} been a hard year,” she said.',
        'He said {its>it’s} a mistake.',
        'Officials said {its>it’s} not clear who fired first.',
        '{Its>It’s} unclear whether the deal will hold.',
        '{Its>It’s} time to act.',
        'The mayor said {its>it’s} going to be close.',
        'He said {its>it’s} worth waiting for.'
      ],
      keep: [
        'The company cut its own forecast.',
        'Its chief executive resigned.',
        'The party held its first vote.',
        'The army and its allies advanced.',
        'Its time in office was short.',
        'The firm and its lawyers declined to comment.',
        'The union said its members would strike.',
        'The city and its now defunct tram line.',
        'The team gave its all.',
        'Its so-called reforms failed.',
        'The state imposed its will on the region.'
      ]
    }
  },
  {
    row: 6,
    forms: {"it's": 'its'},
    flag: [
      {when: '#VB*|#IN|#CC _ #JJ? #NN|#NNS #VBD|#VBZ|#MD|#VBP|#IN', unless: ['_ time|fun|news|nothing|something|everything|anything|someone|no|one|all|part|me|him|us|them|hard|easy|true|right|worth|like|about|because|not|so|too|very|that|this|what|up|out|down|over|off|on|in|for|been|being|my|your|his|her|our|their|a|an|the|still|just|only|also|getting|going|raining|snowing|night|day|morning|christmas|spring|summer|winter|autumn|fall|noon|midnight|business|home|enough|money|luck|war|love|life|crime|friday|monday|tuesday|wednesday|thursday|saturday|sunday|dark|late|early|cold|hot|warm|obvious|clear|possible|important|@ing|@num'], note: '`it’s` means “it is”; before a noun the possessive `its` is needed.'},
      {when: 'of|in|on|by|from|with|into|at|through|about|over|against|toward|towards|within|across|during|upon|under _ #JJ? #NN|#NNS', unless: ['_ time|no|own|nothing|all|@ing|not|a|the|been|very|so|too|just|only|still|hard|easy|clear|likely|true|worth|about|like|over|what|because'], note: 'After a preposition the possessive is needed: `its`, without an apostrophe; `it’s` means “it is”.'},
      {when: '_ own', note: '`it’s` means “it is”; the possessive, as in `its own`, has no apostrophe.'},
      {
        when: '@itsPrep _ *',
        unless: ['_ a|an|the|been|not|time|just|only|still|also|all|so|too|very|hard|easy|clear|likely|unclear|possible|important|worth|about|like|over|now|going|gonna|got|no|never|always|what|because|true|up|impossible|difficult|my|your|our|his|her|their|this|that|there|here|getting|becoming|being|done|said|called|known|seen|used|made|taken|given|set|thought|expected|unlikely|already|really|quite|far|almost|nearly|@ing'],
        note: 'After a preposition the possessive is needed: `its`, without an apostrophe; `it’s` means “it is”.'
      },
      {when: '_ @itsNoun @finiteVerb', note: '`it’s` means “it is”; before a noun the possessive `its` is needed.'}
    ],
    note: '`it’s` means “it is” or “it has”; the possessive is `its`.',
    examples: {
      flag: ['The company cut {it’s>its} own forecast.', 'The town is proud of {it’s>its} history.', 'To {it’s>its} credit, the board listened.', 'The union said {it’s>its} members voted to strike.'],
      keep: ['It’s worth noting that turnout fell.', 'It’s over, he said.', 'Whatever it’s called, it works.', 'It looks like it’s going to rain.', 'He said it’s a hard year.', 'It’s members who decide.', 'The mood is tense, and it’s getting worse.']
    }
  },
  {
    set: "their/there/they're",
    row: 7,
    forms: {their: 'there', "their's": "there's"},
    flag: [
      {when: '_:their #VBD|#VBZ', unless: ['_ own|@possNoun'], note: '`their` is the possessive; “a thing exists” takes `there` (`there was`).'},
      {when: '_:their #MD #VB|#RB', unless: ['_ own|@possNoun'], note: '`their` is the possessive; “a thing exists” takes `there` (`there will be`).'},
      {when: '#VB*|#RB _:their $|#IN', unless: ['_ own|@possNoun|not', '_ #NN*'], note: '`their` is the possessive and needs a noun; the place is `there`.'},
      {when: '_:their @thereVerb', note: '`their` is the possessive; “a thing exists” takes `there` (`there is`, `there are`).'},
      {when: '_:their @thereModal @thereBe', note: '`their` is the possessive; “a thing exists” takes `there` (`there will be`).'},
      {when: '_:their seems|seem|appears|appear|used to', note: '`their` is the possessive; “a thing exists” takes `there`.'},
      {when: '@thereAdverbCue _:their .|,|;|!|?|)|”|"', note: '`their` is the possessive and needs a noun; the place is `there`.'},
      {when: "_:their's @det|nothing|something|been|always|never|still|only|just|also|not|more|plenty|little|enough|going|got", note: '“There is” is `there’s`; `their` is the possessive.'}
    ],
    note: '`their` is the possessive; the place, and “there is”, take `there`.',
    examples: {
      flag: [
        '{Their>There} are no plans to reopen the mine.',
        'He said {their>there} will be an inquiry.',
        'Officials said {their>there} were 12 victims.',
        'We drove over {their>there}.',
        '{Their>There} used to be a bakery on the corner.',
        "He said {their's>there's} no money left."
      ],
      keep: ['Their car is parked outside.', 'They made up their own minds.', 'Their will to fight is strong.', 'Voters gave their verdict.', 'Their IS fighters retreated.', 'Their might has faded.']
    }
  },
  {
    set: "their/there/they're",
    forms: {their: "they're"},
    flag: [
      {when: 'that|said|say|says|think|thinks|because|if|when|unless|hope|know|knows|and|but|so|as|where|while _ #VBG #TO|#IN|#DT|#RB|#PRP|$', unless: ['_ being|during|according|following|including|morning|evening|building|meeting|feeling|wedding|funding|spending|clothing|holdings|earnings|savings|findings|belongings|surroundings|offspring|ceiling|painting|writing|training|ruling|rating|hearing|setting|timing|thinking|standing|housing|shipping|lending|pricing|planning|rankings|warnings|readings|dealings|proceedings|teaching|teachings|beginnings|feelings|paintings|writings|buildings|meetings|winnings|bearing|landing|parking|ending|opening|opening|going'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: 'that|said|say|says|think|thinks|because|if|when|unless|and|but|so|where|while _ #RB #JJ|#VBG|#VBN|#IN|$', unless: ['_ own|very|most|more|less|least|so-called|now|then|once|only|first|last|next|long|best|recently|newly|early|late|former|chief|main|main|eventual|@num'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: '_ not|afraid|aware|gonna', unless: ['_ not @ing', '@itsPrep _'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: '_ able|allowed|supposed|expected|going|about|likely|unlikely|willing|unwilling|trying|planning|hoping|due to @baseVerb', note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: 'maybe|perhaps|probably|think|thinks|hope|hopes|sure|because _ right|wrong|correct $', note: '`their` is the possessive; “they are right” is `they’re right`.'}
    ],
    note: '`their` is the possessive; “they are” is `they’re`.',
    examples: {
      flag: ['“Maybe {their>they’re} right,” she said.', 'Officials said {their>they’re} not worried.', 'Workers say {their>they’re} going to strike.', 'Tenants said {their>they’re} afraid to complain.'],
      keep: ['It is their right.', 'He attacked them for their not backing him.', 'They gave their all.', 'Their not-for-profit arm grew.', 'Their going to the press angered him.', 'Their likely successor is Jones.', 'Their ready meals sold well.']
    }
  },
  {
    set: "their/there/they're",
    forms: {there: "they're"},
    flag: [
      {when: 'that|said|say|says|think|thinks|because|if|when|unless|hope|and|but|so|where|while _ #VBG #TO|#IN|#DT|#RB|#PRP|$', unless: ['_ being|going|according|following|including|remaining|missing|left|nothing|anything|something|coming|waiting|lying|standing|sitting|living|working|seeming|appearing|existing|building'], note: '`there` is the place; “they are” is `they’re`.'},{when: '_ going|planning|trying|hoping|about|able|allowed|supposed|expected|due to @baseVerb', unless: ['_ * to be'], note: '`there` is the place; “they are” is `they’re`.'}],
    note: '`there` is the place; “they are” is `they’re`.',
    examples: {
      flag: ['Workers say {there>they’re} going to strike.', 'Residents said {there>they’re} trying to leave.'],
      keep: ['Is there going to be a vote?', 'There is going to be a vote.', 'Is there about to be a deal?']
    }
  },
  {
    set: "their/there/they're",
    row: 8,
    forms: {there: 'their'},
    flag: [
      {when: '#IN|#VBD|#VB|#VBZ|#VBP|#VBG|#VBN _ #JJ? #NNS|#NN $|#IN|#VBD|#VBZ|#VBP|#MD|#CC|#TO', unless: ['from|out|here|up|down|over|in|get|got|gets|getting|been|back|be|is|are|was|were|am|go|goes|went|gone|going|stay|stayed|stays|live|lived|lives|living|sat|stood|left|arrived|remain|remained|remains|seem|seems|seemed|exist|exists|existed|than|whether|if|that|as|because|until|while|since|where|when|so|for|of|like|near|right|come|came|comes|coming|before|after|about|be|being|appear|appears|appeared|put|keep|kept _', '_ yesterday|today|tomorrow|tonight|now|again|later|anymore|once|twice|too|ever|either|either|alone|instead|someday|sometime|sometimes|once|lately|first|last|last|somewhere|anyway|all|both|each|none|nobody|everyone|everybody|anyone|anybody|someone|somebody|nothing|something|anything|everything|much|more|less|enough|one|two|three|@num|any|many|few|some|no|such|this|that|these|those|at|the|a|an|year|years|day|days|week|weeks|month|months|time|times|night|nights|morning|evening|afternoon|hour|hours|minute|minutes|season|summer|winter|spring|autumn|fall|period|moment|while|long'], note: 'Before a noun the possessive `their` is needed, not the place word `there`.'},
      {when: '_ own', note: '`there` is the place; the possessive, as in `their own`, is `their`.'},
      {
        when: '@possCue _ @possNoun',
        unless: ['from|out|here|up|down|over|in|get|got|been|back _'],
        note: 'After a preposition or a verb that needs an object, the possessive `their` is needed, not the place word `there`.'
      },
      {
        when: 'on|made|make|making|makes|found|find|finding|finds|wound|wind|worked|work|working|fought|fight|pushed|pushing|paid|pay|paying|picked|pick|elbowed|forced|force|forcing|felt|feeling|lost|lose|losing _ way',
        unless: ['_ way back|before|after|too|ahead|out|up|down|over|off|beyond|more|past'],
        note: 'The idiom is `their way`; `there` is the place.'
      }
    ],
    note: '`there` is the place; the possessive is `their`.',
    examples: {
      flag: [
        'They made up {there>their} own minds.',
        'Many lost {there>their} homes in the flood.',
        'Voters cast {there>their} ballots early.',
        'The players made {there>their} way to the stadium.',
        'Parents worry about {there>their} children.'
      ],
      keep: ['There are no plans.', 'We got there first.', 'From there children walk to school.', 'Out there families are struggling.', 'There, there, she said.', 'They went there way back in 1990.', 'They lived there years ago.']
    }
  },
  {
    set: "their/there/they're",
    row: 9,
    forms: {"they're": 'their'},
    flag: [
      {when: '#IN|#VBD|#VB|#VBZ|#VBP _ #JJ? #NNS|#NN #VBD|#VBZ|#VBP|#MD|$|#IN|#CC', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|both|still|just|only|also|now|so|too|very|going|getting|being|afraid|aware|sure|able|likely|ready|worth|about|like|out|up|in|on|off|over|back|@ing|a|an|the|no|@num'], note: '`they’re` means “they are”; before a noun the possessive `their` is needed.'},
      {when: '_ own', note: '`they’re` means “they are”; the possessive, as in `their own`, is `their`.'},
      {when: '@possCue _ @possNoun', unless: ['for _'], note: '`they’re` means “they are”; after a preposition or a verb that needs an object the possessive `their` is needed.'}
    ],
    note: '`they’re` means “they are”; the possessive is `their`.',
    examples: {
      flag: ['They made up {they’re>their} own minds.', 'Residents lost {they’re>their} homes.'],
      keep: ['They’re leaving on Friday.', 'They’re children, not criminals.', 'She said they’re ready.']
    }
  },
  {
    set: 'than/then',
    row: 10,
    forms: {then: 'than'},
    flag: [
      {when: '#JJR|#RBR _ #PRP|#DT|#NNS|#NN|#NNP|#CD|#VBN|#PRP$|#JJ|#JJS|#RB|#VBG', unless: ['each|the|one|an|another other _', '_ that|because|when|after|before|in|on|at|as|and|but|or|so|there|again|now|later|today|he|she|they|we|i|it|you|is|was|are|were|became|becomes|come|came|comes|went|goes|go|the|this|these|those|his|her|their|our|its|my|your|a|an|some|all|any|many|most|each|every|no'], keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`less than you`); `then` is about time.'},
      {when: 'more|less|fewer|rather|other|better|worse|bigger|larger|smaller|greater|higher|lower|longer|shorter|older|younger _ #PRP|#CD|#DT #NN|#NNS|$|,', unless: ['each|the|one|an|another other _', '_ he|she|they|we|i|it|you|there|this|that|the|a|an|his|her|their|our|its|my|your'], keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than`; `then` is about time.'},
      {
        when: '@comparative _ @thanNext|@num|@money',
        unless: ['each|the|one|an|another other _', '_ that'],
        keepAfter: ['if', 'once', 'unless', 'until'],
        note: 'A comparison takes `than` (`more than`, `higher than`); `then` is about time.'
      },
      {when: 'rather _ *', note: 'The phrase is `rather than`; `then` is about time.'},
      {when: 'other _ *', unless: ['each|the|one|an|another other _'], note: 'The phrase is `other than`; `then` is about time.'},
      {when: 'earlier|later _ expected|planned|thought|anticipated|forecast|scheduled|predicted|hoped|usual|normal|intended|originally|first', note: 'A comparison takes `than` (`later than expected`); `then` is about time.'},
      {when: 'sooner _ later', note: 'The phrase is `sooner than later`; `then` is about time.'}
    ],
    note: 'A comparison takes `than`; `then` is about time.',
    examples: {
      flag: [
        'Turnout was higher {then>than} expected.',
        'The storm killed more {then>than} 40 people.',
        'She would rather {then>than} resign.',
        'Nobody other {then>than} the mayor knew.',
        'The vote came later {then>than} planned.',
        'Prices are lower {then>than} a year ago.',
        'It was worse {then>than} anyone feared.'
      ],
      keep: [
        'And then the lights went out.',
        'Back then, few people owned cars.',
        'Since then, prices have risen.',
        'Prices were higher then than now.',
        'They greeted each other then left.',
        'Prices were higher then because of the war.',
        'Five days later then-President Obama arrived.',
        'Things were better then, she said.',
        'If turnout is higher then the party wins.'
      ]
    }
  },
  {
    set: 'than/then',
    row: 11,
    forms: {than: 'then'},
    flag: [
      {when: ', _ #PRP|#NNP|#DT #VBD|#VBZ|#MD|#VBP|#NN|#NNS', unless: ['@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * ,? _', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * * ,? _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * , _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * * , _'], note: 'A next step in time is `then`; `than` compares.'},
      {when: 'and|but|or|even|only _ #VBD|#VBZ|#MD|#VBP|#RB', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * and|but|or|even|only _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * and|but|or|even|only _', '@comparative|more|less|rather|other|else|#JJR|#RBR and|but|or|even|only _'], note: 'A next step in time is `then`; `than` compares.'},
      {when: 'since|until|till|til _', note: '`since then` and `until then` are about time: `then`; `than` compares.'},
      {when: 'back _ ,|.|$|when|there|he|she|they|we|i|it', note: '`back then` is about time: `then`; `than` compares.'},
      {when: 'now and _', note: 'The phrase is `now and then`; `than` compares.'},
      {when: 'but|and _ again', note: 'The phrase is `then again`; `than` compares.'},
      {when: 'and|just _ @subjpron|there|later|came|went|left|began|started|the|a|an', note: 'A next step in time is `then`; `than` compares.'},
      {when: '^ _ ,|@subjpron|there|the|again|came|later', note: 'A sentence cannot open with `than`; the next step in time is `then`.'}
    ],
    note: '`then` is about time; `than` compares.',
    examples: {
      flag: ['Since {than>then}, prices have risen.', 'Back {than>then}, few people owned cars.', 'She paused and {than>then} left.', '{Than>Then} he called the police.', 'It rains now and {than>then}.'],
      keep: ['Turnout was higher than expected.', 'She would rather resign than apologise.', 'More than 40 died.', 'It was more a warning than a threat.', 'He looked more to the back than the front.']
    }
  },
  {
    row: 12,
    forms: {loose: 'lose', loosing: 'losing', looses: 'loses'},
    flag: [
      {when: 'to|@modal|not|never _:loose @loseObj', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '_:loosing|looses @loseObj', note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '@be _:loosing', note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'}
    ],
    note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.',
    examples: {
      flag: ['The party could {loose>lose} its majority.', 'He is expected to {loose>lose} the election.', 'The firm is {loosing>losing} money.', 'She {looses>loses} her seat if turnout falls.', 'They will {loose>lose} their jobs.'],
      keep: ['A dog was on the loose.', 'He cut loose from the pack.', 'The screws came loose.', 'Loose change was found.', 'They could break loose at any time.', 'They tied up loose ends.']
    }
  },
  {
    row: 13,
    forms: {lose: 'loose', 'lose-fitting': 'loose-fitting'},
    flag: [
      {when: 'on the _:lose', note: 'A thing running free is on the `loose`; `lose` is the verb.'},
      {when: 'let|set|cut|cuts|broke|break|breaks|breaking|broken|came|come|comes|coming|shook|shaken|worked|working|turned|turn _:lose !@det|@poss|@loseObj', note: 'Free or unfastened is `loose`; `lose` is the verb.'},
      {when: '_:lose-fitting', note: 'Not tight is `loose`: `loose-fitting`.'},
      {when: '_:lose ends|cannon|cannons', unless: ['to|@modal _'], note: 'The idioms are `loose ends` and `loose cannon`; `lose` is the verb.'},
      {when: '@det|spare|some _:lose change', note: 'Coins are `loose change`; `lose` is the verb.'}
    ],
    note: 'Free or not tight is `loose`; `lose` is the verb.',
    examples: {
      flag: ['A gunman is on the {lose>loose}.', 'The dogs broke {lose>loose} overnight.', 'He wore a {lose-fitting>loose-fitting} jacket.', 'He is a {lose>loose} cannon.', 'She tied up {lose>loose} ends.', 'He found some {lose>loose} change.'],
      keep: ['They could lose the vote.', 'We cannot let them lose hope.', 'Lose weight fast, the ads say.', 'They might lose ground.', 'Teams that break lose points.', 'Players in turn lose money.']
    }
  },
  {
    row: 14,
    forms: {principal: 'principle', principals: 'principles'},
    flag: [
      {when: '@inPrincipleCue in _:principal', note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: '^ in _:principal', note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: ', in _:principal ,', note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: '@onPrincipleCue on _:principal', note: 'A stand taken on a rule of conduct is taken on `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: 'matter|matters|point|points|man|woman|people|question|issue|issues of _:principal', note: 'A rule or belief is a `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: '_:principals of @principleOf', note: 'Rules or beliefs are `principles`; `principals` are head teachers or lead parties.'},
      {when: '@principleAdj _', note: 'A rule or belief is a `principle`; a `principal` is a head teacher or a sum of money.'}
    ],
    keep: ['_ and|amount|amounts|payment|payments|repayment|repayments|balance|sum|owed|outstanding|plus|investor|investors|investigator|investigators|dancer|residence|office|offices|officer|officers|deputy|secretary|owner|shareholder'],
    note: 'A rule or belief is a `principle`; a `principal` is a head teacher, a lead party or a sum of money.',
    examples: {
      flag: ['The council agreed in {principal>principle} to the plan.', 'She resigned on {principal>principle}.', 'It is a matter of {principal>principle}.', 'He defended the {principals>principles} of democracy.', 'Our guiding {principal>principle} is fairness.', 'In {principal>principle}, the deal is done.'],
      keep: ['The school’s principal resigned.', 'Payments of principal and interest resumed.', 'The principal investigator left.', 'He repaid $5m in principal.', 'The principal dancer was injured.', 'Interest accrues on principal.']
    }
  },
  {
    row: 15,
    forms: {principle: 'principal', principles: 'principals'},
    flag: [
      {when: 'vice|assistant|deputy|head|school|acting|interim|elementary|headteacher _', note: 'The head of a school is its `principal`; a `principle` is a rule or belief.'},
      {when: '@det _:principle @principalNoun', note: 'Main or chief is `principal`; a `principle` is a rule or belief.'}
    ],
    note: 'The head of a school, and anything main or chief, is `principal`; a `principle` is a rule or belief.',
    examples: {
      flag: ['The assistant {principle>principal} resigned.', 'The {principle>principal} reason was cost.', 'He is the {principle>principal} suspect.', 'Its {principle>principal} owner is a bank.'],
      keep: ['It is a guiding principle.', 'The first principle of the scheme is fairness.', 'The principle of free speech matters.', 'In principle the plan works.']
    }
  },
  {
    row: 16,
    forms: {complement: 'compliment', complements: 'compliments', complemented: 'complimented', complementing: 'complimenting', complementary: 'complimentary'},
    flag: [
      {when: '@complimentCue _:complement|complements', note: 'Praise is a `compliment`; a `complement` completes or goes well with something.'},
      {when: '@payCue @objpron|@det @det? _:complement|complements', unless: ['_ of'], note: 'Praise is a `compliment`; a `complement` completes or goes well with something.'},
      {when: '_:complemented|complement|complements|complementing @objpron|her on|for', note: 'To praise someone is to `compliment` them; to `complement` is to complete or go well with.'},
      {when: '_:complementary @freebie', note: 'Free of charge is `complimentary`; `complementary` means completing each other.'},
      {when: 'with|courtesy the? _:complements of', note: 'Given free is `with the compliments of`; `complements` complete something.'}
    ],
    note: 'Praise is a `compliment` and free is `complimentary`; a `complement` completes or goes well with something.',
    examples: {
      flag: ['She paid him a {complement>compliment}.', 'It was a backhanded {complement>compliment}.', 'He {complemented>complimented} her on the speech.', 'Guests got {complementary>complimentary} tickets.', 'He returned the {complement>compliment}.'],
      keep: ['The wine complements the menu.', 'A full complement of troops arrived.', 'The two skills are complementary.', 'The sauce is a complement to the fish.', 'The unit returned its complement of 40 men.']
    }
  },
  {
    row: 17,
    forms: {compliment: 'complement', compliments: 'complements', complimented: 'complemented', complimenting: 'complementing', complimentary: 'complementary'},
    flag: [
      {when: 'full _:compliment of|$', note: 'A full set is a `full complement`; a `compliment` is praise.'},
      {when: '_ each|one other|another well|perfectly|nicely|neatly', note: 'Things that go well together `complement` each other; to `compliment` is to praise.'},
      {when: 'natural|ideal|useful _:compliment to', note: 'Something that goes well with another is a `complement` to it; a `compliment` is praise.'},
      {when: '_:complimentary @complementaryNoun', note: 'Completing each other is `complementary`; `complimentary` means praising or free.'},
      {when: '_:complimentary and alternative', note: 'The term is `complementary and alternative medicine`; `complimentary` means praising or free.'}
    ],
    note: 'To go well with is to `complement`; a `compliment` is praise.',
    examples: {
      flag: ['A full {compliment>complement} of staff was on duty.', 'The two players {compliment>complement} each other well.', 'The bridge is a natural {compliment>complement} to the road.', 'They have {complimentary>complementary} skills.'],
      keep: ['She complimented him on the speech.', 'Guests got complimentary tickets.', 'They complimented each other.', 'It was a nice compliment to the chef.']
    }
  },
  {
    row: 18,
    forms: {council: 'counsel'},
    flag: [
      {when: 'legal _', note: 'A lawyer, or legal advice, is `counsel`; a `council` is a body that meets and decides.'},
      {when: 'defence|defense|independent|special|opposing|senior _ @counselSpeech', note: 'A lawyer is `counsel`; a `council` is a body that meets and decides.'},
      {when: '_ for the @counselFor', note: 'The lawyer for a side is its `counsel`; a `council` is a body that meets and decides.'},
      {when: 'seek|seeks|sought|seeking legal? _ $|from|and|before', note: 'Advice is `counsel`; a `council` is a body that meets and decides.'},
      {when: "=King's|=Queen's|=Kings|=Queens _", capitals: true, note: 'The rank of senior barrister is `King’s Counsel`; a `council` is a body that meets and decides.'},
      {when: '@modal|to _ against|caution|patience|restraint', note: 'To advise is to `counsel`; a `council` is a body that meets and decides.'}
    ],
    note: 'A lawyer, and advice, is `counsel`; a `council` is a body that meets and decides.',
    examples: {
      flag: ['Her legal {council>counsel} advised silence.', 'Defence {council>counsel} argued the case was weak.', 'He sought {council>counsel} from friends.', 'She is {council>counsel} for the defendant.', 'The barrister was made King’s {Council>Counsel}.', 'Advisers would {council>counsel} against haste.'],
      keep: ['The city council voted on Monday.', 'The Security Council met.', 'The Defence Council approved the plan.', 'She sought council approval for the plan.', 'He applied to council for permission.', 'The Legal Council met.']
    }
  },
  {
    row: 19,
    forms: {counsel: 'council', counsels: 'councils'},
    flag: [
      {when: 'city|town|parish|borough|village _', note: 'A local governing body is a `council`; `counsel` is a lawyer or advice.'},
      {when: '_ tax|taxes|estate|estates|chamber|chambers|elections|seat|seats|housing|flat|flats|house|houses', unless: ['@lawyerAdj _'], note: 'A local governing body is a `council`; `counsel` is a lawyer or advice.'},
      {when: '@det|local _ member|members|leader|leaders|meeting|meetings|officers|workers|candidate|candidates|tenants|budget|offices|staff|vote', unless: ['@det @lawyerAdj _'], note: 'A local governing body is a `council`; `counsel` is a lawyer or advice.'},
      {when: '=Security _', capitals: true, note: 'The United Nations body is the `Security Council`; `counsel` is a lawyer or advice.'}
    ],
    note: 'A governing body is a `council`; `counsel` is a lawyer or advice.',
    examples: {
      flag: ['The city {counsel>council} voted 5-2.', 'A {counsel>council} member resigned.', 'The UN Security {Counsel>Council} met.', 'Residents pay {counsel>council} tax.'],
      keep: ['The company’s general counsel resigned.', 'County counsel advised the board.', 'Defence counsel argued the case.', 'He sought counsel from friends.', 'She will counsel patience.', 'Therapists counsel members of the team.']
    }
  },
  {
    row: 20,
    forms: {reign: 'rein', reigns: 'reins', reigned: 'reined', reigning: 'reining'},
    flag: [
      {when: 'free _:reign|reigns', note: 'The idiom is `free rein`, from loosening a horse’s reins; a `reign` is a monarch’s rule.'},
      {when: '_ in @det? @reinObj', note: 'To restrain is to `rein in`, from a rider’s reins; to `reign` is to rule.'},
      {when: '@reinsVerb the|@poss _:reigns', note: 'Control is held by the `reins`, as of a horse; a `reign` is a monarch’s rule.'},
      {when: 'the _:reigns of power|government|office|leadership', note: 'Control is held by the `reins`, as of a horse; a `reign` is a monarch’s rule.'}
    ],
    note: 'Control is held by the `reins` (`free rein`, `rein in`); to `reign` is to rule.',
    examples: {
      flag: ['The manager gave her free {reign>rein}.', 'Ministers vowed to {reign>rein} in spending.', 'She took the {reigns>reins} last year.', 'The bank {reigned>reined} in lending.', 'He handed over the {reigns>reins} of power.'],
      keep: ['The queen’s reign lasted 70 years.', 'She reigned in Spain for a decade.', 'The reigning champion lost.', 'During the reigns of the last three kings.', 'The reign of terror ended.', 'Chaos reigned in the tech world.']
    }
  },
  {
    row: 21,
    forms: {peak: 'peek', peaks: 'peeks', peaked: 'peeked', peaking: 'peeking'},
    flag: [
      {when: 'sneak _:peak|peaks', note: 'A quick look is a `peek`; a `peak` is a summit or high point.'},
      {when: '@takeLook a|an|another @peekAdj? _:peak|peaks', unless: ['_ in|of|on'], note: 'A quick look is a `peek`; a `peak` is a summit or high point.'},
      {when: '_:peaked|peaking inside|behind', note: 'To look quickly is to `peek`; to `peak` is to reach a high point.'},
      {when: 'to|@modal _:peak inside|behind', note: 'To look quickly is to `peek`; to `peak` is to reach a high point.'},
      {when: '_ through|into|out|from|under|over @det? @peekPlace', note: 'To look quickly is to `peek`; to `peak` is to reach a high point.'}
    ],
    note: 'A quick look is a `peek`; a `peak` is a summit or high point.',
    examples: {
      flag: ['Fans got a sneak {peak>peek} at the album.', 'She took a quick {peak>peek} at the file.', 'Children {peaked>peeked} inside the tent.', 'He {peaked>peeked} through the curtains.'],
      keep: ['Prices peaked at 9% in May.', 'Peak season starts in June.', 'Inflation peaked over the summer.', 'The climbers reached a peak at dawn.', 'Infections may peak into next week.', 'The peak behind the village is snowy.']
    }
  },
  {
    row: 22,
    forms: {peak: 'pique', peaked: 'piqued', peaking: 'piquing', peaks: 'piques', peek: 'pique', peeked: 'piqued', peeking: 'piquing', peeks: 'piques'},
    flag: [
      {when: '_:peaked|peeked|peaking|peeking|peeks|peek @piqueWhose? @piqueWhose? interest|curiosity !@notRate', note: 'To arouse interest is to `pique` it; to `peak` is to reach a high point.'},
      {when: 'to|@modal _:peak @piqueWhose @piqueWhose? interest|curiosity !@notRate', note: 'To arouse interest is to `pique` it; to `peak` is to reach a high point.'},
      {when: '_:peaks @piqueWhose @piqueWhose? interest|curiosity !@notRate', note: 'To arouse interest is to `pique` it; to `peak` is to reach a high point.'}
    ],
    note: 'To arouse interest is to `pique` it; to `peak` is to reach a high point.',
    examples: {
      flag: ['The sale {peaked>piqued} the interest of buyers.', 'The case {peaked>piqued} public interest.', 'The film is sure to {peak>pique} your curiosity.', 'The trailer {peeked>piqued} my interest.'],
      keep: ['Interest rates peaked in 2023.', 'The bank peaked interest rates at 5%.', 'Peak interest came in May.', 'Mortgage costs will peak this year.']
    }
  },
  {
    row: 23,
    forms: {pour: 'pore', poured: 'pored', pouring: 'poring', pours: 'pores'},
    flag: [
      {when: '_ over @poreObj? @poreObj? @poreNoun', note: 'To study closely is to `pore over`; to `pour` is to make liquid flow.'},
      {when: '_ over hundreds|thousands|dozens|reams|stacks|piles|boxes|pages|years|months of', unless: ['_ over * of water|rain|rainwater|concrete|lava|mud|fuel|oil|sewage'], note: 'To study closely is to `pore over`; to `pour` is to make liquid flow.'}
    ],
    note: 'To study closely is to `pore over`; to `pour` is to make liquid flow.',
    examples: {
      flag: ['Lawyers {poured>pored} over the documents.', 'Investigators are {pouring>poring} over bank records.', 'She {pours>pores} over the data each morning.', 'Reporters {pour>pore} over the fine print.'],
      keep: ['Water poured over the dam.', 'Pour the sauce over the rice.', 'Tributes poured in.', 'Crowds poured over the border.']
    }
  },
  {
    row: 24,
    forms: {lead: 'led', mislead: 'misled'},
    flag: [
      {
        when: '@leadAux _:lead @leadNext',
        unless: ['is|are|was|were|be|been|being _ the|a|an|his|her|their|its|our|my|your|efforts|calls|protests|away|into'],
        note: 'The past tense and participle of `lead` is `led`; `lead` is also the metal.'
      },
      {when: '@misledCue _:mislead', note: 'The past participle of `mislead` is `misled`.'}
    ],
    note: 'The past tense and participle of `lead` is `led`.',
    examples: {
      flag: ['The talks have {lead>led} to a deal.', 'The team was {lead>led} by its captain.', 'She has {lead>led} the party since 2019.', 'Voters were {mislead>misled} about the costs.', 'They had {lead>led} the polls for months.'],
      keep: ['She will lead the party.', 'The pipes are lead.', 'Lead poisoning is rare.', 'The team took the lead.', 'Pipes that have lead in them leak.', 'There are lead pipes in old homes.']
    }
  },
  {
    row: 25,
    forms: {whose: "who's"},
    flag: [
      {when: '_ @whoseNext|=the|=a|=an', unless: ['_ going rate|concern|price'], note: '`whose` is the possessive; “who is” and “who has” are `who’s`.'},
      {when: '_ to blame', note: '`whose` is the possessive; “who is to blame” is `who’s to blame`.'},
      {when: '_ in charge', note: '`whose` is the possessive; “who is in charge” is `who’s in charge`.'},
      {when: '_ really|always|never|still|also been|going|got', note: '`whose` is the possessive; “who is” is `who’s`.'}
    ],
    note: '`whose` is the possessive; “who is” and “who has” are `who’s`.',
    examples: {
      flag: ['It is unclear {whose>who’s} to blame.', 'We know {whose>who’s} been paying.', 'Guess {whose>who’s} coming to dinner.', 'Ask {whose>who’s} in charge.', 'The man {whose>who’s} the favourite withdrew.'],
      keep: ['The man whose car was stolen spoke.', 'Whose turn is it?', 'A senator whose running mate quit.', 'A firm whose going rate is high.', 'A singer whose next album is due.', 'A nation whose still growing economy slowed.']
    }
  },
  {
    row: 26,
    forms: {"who's": 'whose'},
    flag: [{when: '_ @whoseNoun !of|to|and|at|in|with|on|now|again|alone|safe|sick|ill|free', note: '`who’s` means “who is”; the possessive is `whose`.'}],
    note: '`who’s` means “who is” or “who has”; the possessive is `whose`.',
    examples: {
      flag: ['The man {who’s>whose} car was stolen spoke.', 'It is unclear {who’s>whose} fault it was.', '{Who’s>Whose} idea was this?', 'A woman {who’s>whose} son died spoke.'],
      keep: ['Who’s running for mayor?', 'Who’s been paying?', 'A man who’s father of two spoke.', 'Who’s home tonight?', 'A woman who’s mother to three spoke.', 'A player who’s team captain spoke.']
    }
  },
  {
    row: 27,
    forms: {breath: 'breathe'},
    flag: [
      {when: '@breatheCue _ $|@breatheNext', unless: ['breath to _'], note: 'The verb is `breathe`; `breath` is the noun.'},
      {when: 'let|help|helps|helped|helping|make|made|making @objpron|her _ $|@breatheNext', note: 'The verb is `breathe`; `breath` is the noun.'},
      {when: '_ easier|easy|freely|deeply|normally|heavily', unless: ['@breathDet|of|deep|catch|hold|held|holding|took|take|taking|caught|her|fresh _'], note: 'The verb is `breathe`; `breath` is the noun.'},
      {when: '_ a sigh', note: 'To let out a sigh is to `breathe a sigh`; `breath` is the noun.'}
    ],
    note: 'The verb is `breathe`; `breath` is the noun.',
    examples: {
      flag: ['Patients struggled to {breath>breathe}.', 'Investors can {breath>breathe} easier now.', 'Residents will {breath>breathe} a sigh of relief.', 'The deal could {breath>breathe} new life into the town.', 'Doctors let her {breath>breathe} again.'],
      keep: ['She took a deep breath.', 'He was out of breath.', 'A breath of fresh air.', 'From breath to breath, he fought.', 'With each breath easier, she went on.', 'Sweat and breath fogged the glass.']
    }
  },
  {
    row: 28,
    forms: {breathe: 'breath', breathes: 'breaths'},
    flag: [
      {when: '@breathDet _:breathe', note: 'The noun is `breath`; `breathe` is the verb.'},
      {when: 'deep|few|several|shallow|long|short|ragged|final|last _:breathes', note: 'The noun is `breaths`; `breathes` is the verb.'},
      {when: '_ of fresh|life|air', note: 'The noun is `breath` (`a breath of fresh air`); `breathe` is the verb.'}
    ],
    note: 'The noun is `breath`; `breathe` is the verb.',
    examples: {
      flag: ['She took a deep {breathe>breath}.', 'He was out of {breathe>breath}.', 'The change is a {breathe>breath} of fresh air.', 'He drew his last {breathe>breath} at home.', 'Take several deep {breathes>breaths}.'],
      keep: ['Patients struggled to breathe.', 'Let her breathe.', 'Investors can breathe easier.', 'She breathes deeply.']
    }
  },
  {
    row: 29,
    forms: {discreet: 'discrete'},
    flag: [{when: '_ @discreteNoun', note: 'Separate and distinct is `discrete`; `discreet` means tactful or unobtrusive.'}],
    note: 'Separate and distinct is `discrete`; `discreet` means tactful or unobtrusive.',
    examples: {
      flag: ['The data fall into {discreet>discrete} categories.', 'The work is split into {discreet>discrete} stages.'],
      keep: ['She made discreet inquiries.', 'The staff were discreet.']
    }
  },
  {
    row: 30,
    forms: {discrete: 'discreet', discretely: 'discreetly'},
    flag: [
      {when: '_:discrete @discreetNoun', note: 'Tactful or unobtrusive is `discreet`; `discrete` means separate and distinct.'},
      {when: 'been|be|being|was|were|is|are _:discrete about', note: 'Tactful or unobtrusive is `discreet`; `discrete` means separate and distinct.'},
      {when: 'remain|remained|remains|stay|stayed|stays|very|extremely|quite|ever|always _:discrete $|about', note: 'Tactful or unobtrusive is `discreet`; `discrete` means separate and distinct.'},
      {when: 'quietly|politely|very|most and? _:discretely', note: 'Tactfully is `discreetly`; `discretely` means separately.'}
    ],
    note: 'Tactful or unobtrusive is `discreet`; `discrete` means separate and distinct.',
    examples: {
      flag: ['Aides held {discrete>discreet} talks in Oman.', 'The bank made {discrete>discreet} inquiries.', 'Staff remained {discrete>discreet} about the guests.', 'She left quietly and {discretely>discreetly}.'],
      keep: ['The data fall into discrete categories.', 'Two discrete events were linked.', 'The signal is discrete.']
    }
  },
  {
    row: 31,
    forms: {stationary: 'stationery'},
    flag: [
      {when: '_ @stationeryNoun', note: 'Paper, pens and envelopes are `stationery`; `stationary` means not moving.'},
      {when: 'office|school|wedding|personalised|personalized|printed|headed _', unless: ['_ @stationaryNoun'], note: 'Paper, pens and envelopes are `stationery`; `stationary` means not moving.'},
      {when: '@stationeryGoods and _', unless: ['_ @stationaryNoun'], note: 'Paper, pens and envelopes are `stationery`; `stationary` means not moving.'}
    ],
    note: 'Paper, pens and envelopes are `stationery`; `stationary` means not moving.',
    examples: {
      flag: ['The {stationary>stationery} shop closed.', 'Staff took office {stationary>stationery} home.', 'They sold books and {stationary>stationery}.'],
      keep: ['A stationary car was hit.', 'Prices remained stationary.', 'The car was parked and stationary.', 'Both moving and stationary targets were hit.']
    }
  },
  {
    row: 32,
    forms: {stationery: 'stationary'},
    flag: [
      {when: '@stationaryCue _', note: 'Not moving is `stationary`; `stationery` is paper and pens.'},
      {when: '_ @stationaryNoun', note: 'Not moving is `stationary`; `stationery` is paper and pens.'}
    ],
    note: 'Not moving is `stationary`; `stationery` is paper and pens.',
    examples: {
      flag: ['The lorry hit a {stationery>stationary} car.', 'Prices remained {stationery>stationary} in May.'],
      keep: ['The stationery shop closed.', 'The gift was stationery.', 'The remaining stationery was donated.']
    }
  },
  {
    row: 33,
    forms: {elicit: 'illicit'},
    flag: [{when: '_ @illicitNoun', unless: ['to|@modal _'], note: 'Illegal is `illicit`; to `elicit` is to draw out (`elicit a response`).'}],
    note: 'Illegal is `illicit`; to `elicit` is to draw out.',
    examples: {
      flag: ['Police seized {elicit>illicit} drugs.', 'The {elicit>illicit} trade in ivory grew.', 'He admitted an {elicit>illicit} affair.'],
      keep: ['The post failed to elicit a response.', 'Questions to elicit information.']
    }
  },
  {
    row: 34,
    forms: {illicit: 'elicit'},
    flag: [
      {when: 'to _ @det|@objpron', unless: ['_ @det? @illicitNoun'], note: 'To draw out a response is to `elicit` it; `illicit` means illegal.'},
      {when: 'to _ @elicitBare', note: 'To draw out a response is to `elicit` it; `illicit` means illegal.'},
      {when: '@modal|failed|designed|meant|intended|hoped|tried|sought _ @det? @elicitObj', note: 'To draw out a response is to `elicit` it; `illicit` means illegal.'},
      {when: '_ a|an @elicitObj', note: 'To draw out a response is to `elicit` it; `illicit` means illegal.'}
    ],
    note: 'To draw out a response is to `elicit` it; `illicit` means illegal.',
    examples: {
      flag: ['The appeal failed to {illicit>elicit} a response.', 'The remark did {illicit>elicit} laughter.', 'Officers tried to {illicit>elicit} a confession.'],
      keep: ['Police seized illicit drugs.', 'He turned to illicit trade.', 'Access to illicit funds.', 'Links to illicit support networks.', 'Access to illicit information.']
    }
  },
  {
    row: 35,
    forms: {allude: 'elude', alluded: 'eluded', alludes: 'eludes', alluding: 'eluding'},
    flag: [{when: '_ @eludeObj', unless: ['_ to'], note: 'To escape is to `elude`; to `allude` is to refer to indirectly (`allude to`).'}],
    note: 'To escape is to `elude`; to `allude` is to refer to indirectly.',
    examples: {
      flag: ['The suspect {alluded>eluded} police for weeks.', 'He has {alluded>eluded} capture since May.'],
      keep: ['She alluded to the scandal.', 'He alludes to it often.']
    }
  },
  {
    row: 36,
    forms: {elude: 'allude', eluded: 'alluded', eludes: 'alludes', eluding: 'alluding'},
    flag: [{when: '_ to', note: 'To refer to indirectly is to `allude to`; to `elude` is to escape.'}],
    note: 'To refer to indirectly is to `allude to`; to `elude` is to escape.',
    examples: {
      flag: ['She {eluded>alluded} to the scandal.', 'The minister {eludes>alludes} to it often.'],
      keep: ['The suspect eluded capture.', 'Victory eluded them.']
    }
  },
  {
    row: 37,
    forms: {tow: 'toe', towed: 'toed', towing: 'toeing', tows: 'toes'},
    flag: [{when: '_ the @lineAdj? line', unless: ['_ the line of'], note: 'To conform is to `toe the line`, as runners put a toe to the mark; to `tow` is to pull.'}],
    note: 'To conform is to `toe the line`; to `tow` is to pull.',
    examples: {
      flag: ['MPs {towed>toed} the party line.', 'He refused to {tow>toe} the line.', 'Ministers are {towing>toeing} the government line.'],
      keep: ['A truck towed the car away.', 'Tugs tow the ship to port.']
    }
  },
  {
    row: 38,
    forms: {baited: 'bated'},
    flag: [{when: '_ breath', note: 'The phrase is `bated breath` (held, from “abated”); `baited` means with bait.'}],
    note: 'The phrase is `bated breath`; `baited` means with bait.',
    examples: {
      flag: ['Fans waited with {baited>bated} breath.'],
      keep: ['A baited hook was found.', 'Police baited the trap.']
    }
  },
  {
    row: 39,
    forms: {hone: 'home', honed: 'homed', hones: 'homes', honing: 'homing'},
    flag: [{when: '_ in on', note: 'To close in on a target is to `home in on` it; to `hone` is to sharpen.'}],
    note: 'To close in on a target is to `home in on` it; to `hone` is to sharpen.',
    examples: {
      flag: ['Investigators {honed>homed} in on the suspect.', 'The report {hones>homes} in on costs.'],
      keep: ['She honed her skills abroad.', 'He is honing his speech.']
    }
  },
  {
    row: 40,
    forms: {insure: 'ensure', insured: 'ensured', insures: 'ensures', insuring: 'ensuring'},
    flag: [
      {when: '_:insure|insured|insures that @thatStart', note: 'To make sure is to `ensure`; to `insure` is to cover against loss.'},
      {when: '_ the|its|their|our|his|her|public|national|long-term|financial|food|energy|regional|economic @ensureNext', note: 'To make sure is to `ensure`; to `insure` is to cover against loss.'},
      {when: '_ @ensureNext', note: 'To make sure is to `ensure`; to `insure` is to cover against loss.'}
    ],
    note: 'To make sure is to `ensure`; to `insure` is to cover against loss.',
    examples: {
      flag: ['Police will {insure>ensure} that the march is peaceful.', 'Officials must {insure>ensure} the safety of voters.', 'The law {insures>ensures} fairness.', 'Guards {insured>ensured} that nobody left.'],
      keep: ['She insured the house for $2m.', 'They insure against flood damage.', 'The car was insured.', 'He insured that property last year.', 'Insurers insure safe drivers cheaply.']
    }
  },
  {
    row: 41,
    forms: {ensure: 'insure', ensured: 'insured', ensures: 'insures', ensuring: 'insuring'},
    flag: [
      {when: '_ against @insureRisk', note: 'To cover against loss is to `insure`; to `ensure` is to make sure.'},
      {when: '_ @det * against @insureRisk', note: 'To cover against loss is to `insure`; to `ensure` is to make sure.'},
      {when: '_:ensured for @money', note: 'Cover for a sum is `insured for`; to `ensure` is to make sure.'}
    ],
    note: 'To cover against loss is to `insure`; to `ensure` is to make sure.',
    examples: {
      flag: ['Owners can {ensure>insure} against flood damage.', 'The painting was {ensured>insured} for $2m.', 'Farmers {ensure>insure} their crops against drought.'],
      keep: ['Police will ensure that the march is peaceful.', 'Steps to ensure against fraud.']
    }
  },
  {
    row: 42,
    forms: {forego: 'forgo', foregoes: 'forgoes', foregoing: 'forgoing', forewent: 'forwent'},
    flag: [
      {when: '_:forego|foregoes|forewent @forgoObj', note: 'To go without is to `forgo`; to `forego` is to go before (`foregone conclusion`).'},
      {when: 'to|@modal|agreed|agree|chose|choose|decided|decide|opted|opt|willing|plans|plan _:forego', note: 'To go without is to `forgo`; to `forego` is to go before (`foregone conclusion`).'},
      {when: '_:foregoing @forgoObj', unless: ['the|of|in _'], note: 'To go without is to `forgo`; to `forego` is to go before (`the foregoing`).'}
    ],
    note: 'To go without is to `forgo`; to `forego` is to go before.',
    examples: {
      flag: ['The chief executive will {forego>forgo} his bonus.', 'Players agreed to {forego>forgo} pay.', 'She is {foregoing>forgoing} a salary this year.'],
      keep: ['The result was a foregone conclusion.', 'In the foregoing pages, we saw.', 'The foregoing analysis is sound.']
    }
  },
  {
    row: 43,
    forms: {flaunt: 'flout', flaunted: 'flouted', flaunting: 'flouting', flaunts: 'flouts'},
    flag: [{when: '_ @ruleAdj? @ruleAdj? @flaunted', note: 'To defy a rule is to `flout` it; to `flaunt` is to show off.'}],
    note: 'To defy a rule is to `flout` it; to `flaunt` is to show off.',
    examples: {
      flag: ['Drivers {flaunted>flouted} the ban.', 'The party {flaunted>flouted} lockdown rules.', 'Firms {flaunt>flout} the law with impunity.', 'They are {flaunting>flouting} international law.'],
      keep: ['He flaunted his wealth.', 'She flaunts her medals.']
    }
  },
  {
    row: 44,
    forms: {premier: 'premiere', premiers: 'premieres'},
    flag: [
      {when: '@premiereCue _', unless: ['_ league|=League|division|minister|ministers'], note: 'A first showing is a `premiere`; a `premier` is a head of government.'},
      {
        when: 'will|shall|would|to|set|due|scheduled _:premier @premierWhen',
        unless: ['promoted|appointed|elected|elevated|named|rise|rose|risen|return|returned|succeed|succeeded to _', '_ in @num'],
        note: 'To show for the first time is to `premiere`; a `premier` is a head of government.'
      }
    ],
    note: 'A first showing is a `premiere`; a `premier` is a head of government.',
    examples: {
      flag: ['The film had its world {premier>premiere} in Cannes.', 'The season {premier>premiere} drew 9 million viewers.', 'The series will {premier>premiere} on Friday.'],
      keep: ['Premier Li Qiang visited Berlin.', 'He was promoted to premier in 2020.', 'The Premier League resumed.', 'The former premier died.']
    }
  },
  {
    row: 45,
    forms: {premiere: 'premier', premieres: 'premiers'},
    flag: [
      {when: '@premierTitle _ @Name', capitals: true, note: 'A head of government is a `premier`; a `premiere` is a first showing.'},
      {when: '_ =League', capitals: true, note: 'The league is the `Premier League`; a `premiere` is a first showing.'}
    ],
    note: 'A head of government is a `premier`; a `premiere` is a first showing.',
    examples: {
      flag: ['Chinese {Premiere>Premier} Li Qiang visited Berlin.', 'He played in the {Premiere>Premier} League.'],
      keep: ['The film had its world premiere.', 'Adobe Premiere Pro crashed.']
    }
  },
  {
    row: 46,
    forms: {roll: 'role', rolls: 'roles'},
    flag: [
      {when: '@playVerb @roleAdj? @roleAdj? @roleAdj? _', note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.'},
      {when: '_ model|models|reversal|reversals|player|players|play', note: 'The phrases are `role model` and `role reversal`; a `roll` is bread, a list or a turn over.'},
      {when: '@rollCue _', unless: ['_ of|out|call'], note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.'}
    ],
    note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.',
    examples: {
      flag: ['She played a key {roll>role} in the talks.', 'He is a {roll>role} model for young players.', 'The title {roll>role} went to a newcomer.', 'China plays a central {roll>role}.'],
      keep: ['The team is on a roll.', 'The vaccine roll-out began.', 'Officials took a roll call.', 'He played a drum roll.', 'She ate a sausage roll.', 'They played rock and roll.']
    }
  },
  {
    row: 47,
    forms: {role: 'roll', roles: 'rolls', 'role-out': 'roll-out', 'role-call': 'roll-call'},
    flag: [
      {when: '_:role call|calls', note: 'A call of names is a `roll call`; a `role` is a part played.'},
      {when: '_:role-out|role-call', note: 'The nouns are `roll-out` and `roll call`; a `role` is a part played.'},
      {when: 'to|@modal _:role out|back', note: 'To launch is to `roll out` and to reverse is to `roll back`; a `role` is a part played.'},
      {when: '@be|still|stayed on a _:role $|and|after|since|now|lately|recently|this', note: 'A run of success is being `on a roll`; a `role` is a part played.'}
    ],
    note: 'A run of success, a list and bread are a `roll`; a `role` is a part played.',
    examples: {
      flag: ['Officials took a {role>roll} call.', 'The state will {role>roll} out the vaccine.', 'The team is on a {role>roll}.', 'The {role-out>roll-out} was slow.'],
      keep: ['He is a role model.', 'She took on a role as adviser.', 'A role out of the spotlight suited him.', 'She returned to a role back home.']
    }
  },
  {
    row: 48,
    forms: {aid: 'aide', aids: 'aides'},
    lowerOnly: true,
    flag: [
      {when: '@aideTitle _ @aideNext', note: 'An assistant is an `aide`; `aid` is help.'},
      {when: '@aideTitle _ to the|a? @aideBoss', note: 'An assistant is an `aide`; `aid` is help.'}
    ],
    note: 'An assistant is an `aide`; `aid` is help.',
    examples: {
      flag: ['A senior {aid>aide} said the talks stalled.', 'Two former {aids>aides} testified on Monday.', 'A close {aid>aide} to the president resigned.'],
      keep: ['Military aid to Ukraine rose.', 'Former aid workers spoke.', 'Top aid donors met in Paris.', 'The top aid to Ukraine came from the US.', 'Top aid was food.']
    }
  },
  {
    row: 49,
    forms: {ordinance: 'ordnance'},
    flag: [
      {when: 'unexploded|explosive|live|artillery|naval _', note: 'Munitions are `ordnance`; an `ordinance` is a local law.'},
      {when: '_ disposal|depot|depots|factory|factories|survey|technicians|experts', note: 'Munitions are `ordnance`; an `ordinance` is a local law.'}
    ],
    note: 'Munitions are `ordnance`; an `ordinance` is a local law.',
    examples: {
      flag: ['Farmers still find unexploded {ordinance>ordnance}.', 'An {ordinance>ordnance} disposal team was called.'],
      keep: ['The city passed a noise ordinance.', 'The ordinance takes effect in May.']
    }
  },
  {
    row: 50,
    forms: {navel: 'naval'},
    flag: [{when: '_ @navalNoun', note: 'To do with a navy is `naval`; a `navel` is a belly button.'}],
    note: 'To do with a navy is `naval`; a `navel` is a belly button.',
    examples: {
      flag: ['The {navel>naval} base was attacked.', 'China held {navel>naval} drills.'],
      keep: ['She ate a navel orange.', 'Endless navel-gazing.']
    }
  },
  {
    row: 50,
    forms: {naval: 'navel', 'naval-gazing': 'navel-gazing'},
    flag: [
      {when: '_:naval-gazing', note: 'Self-absorption is `navel-gazing`, from a belly button; `naval` is to do with a navy.'},
      {when: '_:naval gazing|gaze', note: 'Self-absorption is `navel-gazing`, from a belly button; `naval` is to do with a navy.'}
    ],
    note: 'Self-absorption is `navel-gazing`; `naval` is to do with a navy.',
    examples: {
      flag: ['Critics called it {naval-gazing>navel-gazing}.', 'Enough {naval>navel} gazing.'],
      keep: ['The naval base was attacked.']
    }
  },
  {
    row: 51,
    forms: {gorilla: 'guerrilla', gorillas: 'guerrillas'},
    flag: [
      {when: '_:gorilla @guerrillaNoun', note: 'An irregular fighter is a `guerrilla`; a `gorilla` is an ape.'},
      {when: '@guerrillaAdj _', note: 'An irregular fighter is a `guerrilla`; a `gorilla` is an ape.'}
    ],
    keepInSentence: ['zoo', 'zoos', 'ape', 'apes', 'primate', 'primates', 'silverback', 'conservation', 'wildlife', 'mountain', 'species', 'rangers'],
    note: 'An irregular fighter is a `guerrilla`; a `gorilla` is an ape.',
    examples: {
      flag: ['The army fought a {gorilla>guerrilla} war.', 'Marxist {gorillas>guerrillas} seized the town.', 'They used {gorilla>guerrilla} tactics.'],
      keep: ['The zoo’s gorilla gave birth.', 'A gorilla band roamed the mountain forest.', 'Gorilla numbers rose.']
    }
  },
  {
    row: 52,
    forms: {statue: 'statute', statues: 'statutes'},
    flag: [
      {when: '_ of limitations|limitation', note: 'A written law is a `statute` (`statute of limitations`); a `statue` is a sculpture.'},
      {when: '_:statue book|books', note: 'A written law is a `statute` (`the statute book`); a `statue` is a sculpture.'}
    ],
    note: 'A written law is a `statute`; a `statue` is a sculpture.',
    examples: {
      flag: ['The {statue>statute} of limitations has expired.', 'The law is still on the {statue>statute} book.'],
      keep: ['The Statue of Liberty reopened.', 'A statue of the king fell.']
    }
  },
  {
    row: 53,
    forms: {marshal: 'martial', 'court-marshal': 'court-martial', 'court-marshalled': 'court-martialled', 'court-marshaled': 'court-martialed', marshalled: 'martialled', marshaled: 'martialed'},
    flag: [
      {when: '_:marshal law|arts|art', note: 'Military rule is `martial law`, and fighting sports are `martial arts`; a `marshal` is an officer.'},
      {when: '_:court-marshal|court-marshalled|court-marshaled', note: 'A military trial is a `court-martial`; a `marshal` is an officer.'},
      {when: 'court _', unless: ['_ said|says|told|who|service|services|office'], note: 'A military trial is a `court-martial`; a `marshal` is an officer.'}
    ],
    note: 'Military rule is `martial law` and a military trial a `court-martial`; a `marshal` is an officer.',
    examples: {
      flag: ['The junta declared {marshal>martial} law.', 'He faces a {court-marshal>court-martial}.', 'She teaches {marshal>martial} arts.', 'He was court {marshalled>martialled} in 2019.'],
      keep: ['A federal marshal testified.', 'Field Marshal Montgomery arrived.', 'Officials marshalled support.', 'The fire marshal said the cause was unclear.']
    }
  },
  {
    row: 53,
    forms: {martial: 'marshal', martials: 'marshals'},
    flag: [{when: 'fire|field|air|federal|provost|sky|deputy|grand|chief|u.s.|=US _', unless: ['_ law|arts|art|artist|artists|music|spirit|prowess|tradition|traditions|discipline'], note: 'An officer, as in `fire marshal`, is a `marshal`; `martial` means military.'}],
    note: 'An officer is a `marshal`; `martial` means military.',
    examples: {
      flag: ['The fire {martial>marshal} closed the hall.', 'A federal {martial>marshal} testified.'],
      keep: ['The junta declared martial law.', 'She teaches martial arts.', 'The army imposed martial law.']
    }
  },
  {
    row: 54,
    forms: {imminent: 'eminent'},
    flag: [{when: '_ domain', note: 'The power to take land is `eminent domain`; `imminent` means about to happen.'}],
    note: 'The power to take land is `eminent domain`; `imminent` means about to happen.',
    examples: {
      flag: ['The city used {imminent>eminent} domain.'],
      keep: ['An imminent attack was feared.']
    }
  },
  {
    row: 54,
    forms: {eminent: 'imminent'},
    flag: [{when: '_ humanitarian|military|economic|financial|political|nuclear|environmental|public|health|legal|constitutional|security? @imminentNoun', note: 'About to happen is `imminent`; `eminent` means distinguished.'}],
    note: 'About to happen is `imminent`; `eminent` means distinguished.',
    examples: {
      flag: ['Officials warned of an {eminent>imminent} attack.', 'The plant faces {eminent>imminent} closure.'],
      keep: ['An eminent scientist spoke.', 'The city used eminent domain.']
    }
  },
  {
    row: 55,
    forms: {adverse: 'averse', 'risk-adverse': 'risk-averse', 'conflict-adverse': 'conflict-averse', 'change-adverse': 'change-averse', 'debt-adverse': 'debt-averse', 'loss-adverse': 'loss-averse', 'tax-adverse': 'tax-averse'},
    flag: [
      {when: '_:risk-adverse|conflict-adverse|change-adverse|debt-adverse|loss-adverse|tax-adverse', note: 'Unwilling is `averse` (`risk-averse`); `adverse` means harmful.'},
      {when: '@averseMod _:adverse $|@averseAfter', note: 'Unwilling is `averse` (`risk-averse`); `adverse` means harmful.'},
      {when: 'not|hardly|never|bit|remotely _:adverse to', unless: ['_ to @det? @adverseTo'], note: 'Unwilling is `averse to`; `adverse` means harmful.'},
      {when: '@be _:adverse to @averseNext', unless: ['_ to @det? @adverseTo'], note: 'Unwilling is `averse to`; `adverse` means harmful.'}
    ],
    note: 'Unwilling is `averse`; `adverse` means harmful or unfavourable.',
    examples: {
      flag: ['Investors are {risk-adverse>risk-averse}.', 'She is not {adverse>averse} to a fight.', 'Banks are risk {adverse>averse}.', 'The board is {adverse>averse} to change.'],
      keep: ['Adverse weather delayed flights.', 'The drug had adverse effects.', 'The ruling was adverse to the interests of the company.', 'Climate change adverse effects were studied.']
    }
  },
  {
    row: 56,
    forms: {boarder: 'border', boarders: 'borders'},
    flag: [
      {when: '_:boarder @borderNoun', note: 'The line between countries is a `border`; a `boarder` is a lodger or boarding pupil.'},
      {when: '@borderCue the _:boarder|boarders', note: 'The line between countries is a `border`; a `boarder` is a lodger or boarding pupil.'}
    ],
    note: 'The line between countries is a `border`; a `boarder` is a lodger or boarding pupil.',
    examples: {
      flag: ['The {boarder>border} crossing reopened.', 'Migrants crossed the {boarder>border} at night.', 'The army sealed the {boarders>borders}.'],
      keep: ['Boarders at the school went home.', 'A boarder paid rent.']
    }
  },
  {
    row: 57,
    forms: {wreck: 'wreak', wrecked: 'wreaked', wrecking: 'wreaking', wrecks: 'wreaks', reek: 'wreak', reeked: 'wreaked', reeking: 'wreaking', reeks: 'wreaks'},
    flag: [{when: '_ havoc', note: 'To cause damage is to `wreak havoc`; to `wreck` is to destroy and to `reek` is to stink.'}],
    note: 'To cause damage is to `wreak havoc`.',
    examples: {
      flag: ['The storm {wrecked>wreaked} havoc on the coast.', 'Floods could {reek>wreak} havoc.', 'Hackers are {wrecking>wreaking} havoc.'],
      keep: ['The crash wrecked the car.', 'The room reeked of smoke.']
    }
  },
  {
    row: 58,
    forms: {wave: 'waive', waved: 'waived', waves: 'waives', waving: 'waiving'},
    flag: [
      {when: '_ @det? parking|entry|late|application|licence|license|licensing|visa|registration|tuition|admission|court|legal|filing|exit|customs|import|export|user|service|booking|transfer? @waiveObj', unless: ['_ @det? @waiveObj @waveObj'], note: 'To give up a right or charge is to `waive` it; to `wave` is to move a hand.'},
      {when: '@waiveObj @be _:waved', note: 'To give up a right or charge is to `waive` it; to `wave` is to move a hand.'}
    ],
    keep: ['@det|new|first|second|third|next|heat|cold _'],
    note: 'To give up a right or charge is to `waive` it; to `wave` is to move a hand.',
    examples: {
      flag: ['The bank {waved>waived} the fee.', 'He agreed to {wave>waive} his right to a jury.', 'Fees were {waved>waived} for veterans.', 'Ministers are {waving>waiving} the tariffs.'],
      keep: ['Fans waved flags.', 'She waved goodbye.', 'A new wave of fees hit.', 'A heat wave hit.', 'She waved her right hand.', 'He waved a licence at the officer.']
    }
  },
  {
    row: 58,
    forms: {waive: 'wave', waived: 'waved', waives: 'waves', waiving: 'waving'},
    flag: [
      {when: '_ goodbye|farewell', note: 'To move a hand is to `wave`; to `waive` is to give up a right or charge.'},
      {when: '_ @det @waveObj', note: 'To move a hand or flag is to `wave`; to `waive` is to give up a right or charge.'},
      {when: '_ @waveBare', note: 'To move a hand or flag is to `wave`; to `waive` is to give up a right or charge.'}
    ],
    note: 'To move a hand or flag is to `wave`; to `waive` is to give up a right or charge.',
    examples: {
      flag: ['She {waived>waved} goodbye.', 'Fans {waived>waved} flags.', 'He {waived>waved} his hand.'],
      keep: ['The bank waived the fee.', 'Fees were waived at the hearing.', 'The UN waived arms restrictions.']
    }
  },
  {
    row: 59,
    forms: {site: 'cite', sited: 'cited', sites: 'cites', siting: 'citing'},
    flag: [
      {when: 'to|@modal|often|also|repeatedly|frequently|commonly _:site @det? @citeNoun', note: 'To quote as evidence is to `cite`; a `site` is a place.'},
      {when: '_:sited|siting @det @citeNoun', note: 'To quote as evidence is to `cite`; to `site` is to place.'},
      {when: '@citeSubj _:sited|sites|site @citeNoun', note: 'To quote as evidence is to `cite`; a `site` is a place.'},
      {when: '_:sited|siting @citeAdj reasons|concerns|grounds|issues|commitments|pressures|sources|officials|figures|data|studies', unless: ['@det|local|planning|wind|zoning|for _'], note: 'To quote as evidence is to `cite`; to `site` is to place.'},
      {when: '_:siting|sited national security', note: 'To quote as evidence is to `cite`; to `site` is to place.'}
    ],
    note: 'To quote as evidence is to `cite`; a `site` is a place.',
    examples: {
      flag: ['Officials {sited>cited} concerns about safety.', 'Critics often {site>cite} the report.', 'He left, {siting>citing} personal reasons.', 'She {sited>cited} a study from 2019.'],
      keep: ['The plant was sited near the river.', 'Police visited the site of the attack.', 'Siting concerns for wind farms grew.', 'They plan to site the depot near the port.', 'The company sited the plant near the border.', 'The site security team left.']
    }
  },
  {
    row: 59,
    forms: {sight: 'site', sights: 'sites'},
    flag: [
      {when: '@siteNoun _', unless: ['_ for|of|to'], note: 'A place where something is or happens is a `site`; `sight` is vision or something seen.'},
      {when: 'web _', note: 'A place on the internet is a `site` (`website`); `sight` is vision or something seen.'}
    ],
    note: 'A place where something is or happens is a `site`; `sight` is vision.',
    examples: {
      flag: ['Workers at the construction {sight>site} struck.', 'Police sealed the crash {sight>site}.', 'The burial {sights>sites} were mapped.'],
      keep: ['It was a sight for sore eyes.', 'The building came into sight.', 'There was no end in sight.', 'The rifle’s shooting sight was bent.']
    }
  },
  {
    row: 59,
    forms: {site: 'sight'},
    flag: [
      {when: 'out of _ $|and', note: 'What can be seen is in `sight` (`out of sight`); a `site` is a place.'},
      {when: 'end in _', note: 'The phrase is `no end in sight`; a `site` is a place.'},
      {when: 'in plain _', note: 'The phrase is `in plain sight`; a `site` is a place.'},
      {when: 'catch|caught|catching|lose|lost|losing _ of', note: 'The phrases are `catch sight of` and `lose sight of`; a `site` is a place.'},
      {when: 'line of _', note: 'The phrase is `line of sight`; a `site` is a place.'},
      {when: 'at first _', note: 'The phrase is `at first sight`; a `site` is a place.'}
    ],
    note: 'What can be seen is `sight`; a `site` is a place.',
    examples: {
      flag: ['There is no end in {site>sight}.', 'They lost {site>sight} of the goal.', 'The gun was in plain {site>sight}.', 'It was love at first {site>sight}.'],
      keep: ['Crews left the site.', 'They moved out of the site.', 'A site of special interest.']
    }
  },
  {
    row: 60,
    forms: {pedal: 'peddle', pedals: 'peddles', pedalled: 'peddled', pedaled: 'peddled', pedalling: 'peddling', pedaling: 'peddling'},
    flag: [{when: '_ @peddleObj', unless: ['soft _', '_ @det? @pedalObj', '_ @det? hard|harder|faster|slowly|uphill|home|away|back|furiously'], note: 'To sell, or to spread an idea, is to `peddle`; to `pedal` is to work pedals.'}],
    note: 'To sell, or to spread an idea, is to `peddle`; to `pedal` is to work pedals.',
    examples: {
      flag: ['He was jailed for {pedalling>peddling} drugs.', 'The site {pedals>peddles} conspiracy theories.', 'They {pedaled>peddled} misinformation online.'],
      keep: ['She pedalled the bike uphill.', 'He pedals to work.', 'Riders pedalled hard.']
    }
  },
  {
    row: 61,
    forms: {hoards: 'hordes', hoard: 'horde'},
    flag: [{when: '_ of @hordeNoun', note: 'A large crowd is a `horde`; a `hoard` is a stored collection.'}],
    note: 'A large crowd is a `horde`; a `hoard` is a stored collection.',
    examples: {
      flag: ['{Hoards>Hordes} of fans greeted the team.', 'A {hoard>horde} of reporters waited.'],
      keep: ['A hoard of gold coins was found.', 'Squirrels hoard nuts.']
    }
  },
  {
    row: 62,
    forms: {breech: 'breach', breeches: 'breaches', breeched: 'breached'},
    flag: [
      {when: '_:breech|breeches of @det? @breachObj', note: 'A broken rule or wall is a `breach`; a `breech` is the back of a gun barrel or a birth position.'},
      {when: '@breachMod _:breech|breeches', note: 'A broken rule or wall is a `breach`; a `breech` is the back of a gun barrel or a birth position.'},
      {when: 'in _:breech of', note: 'Breaking a rule is being `in breach of` it; a `breech` is the back of a gun barrel.'},
      {when: '_:breeched @det? @breachObj', note: 'To break a rule or wall is to `breach` it; a `breech` is the back of a gun barrel.'}
    ],
    note: 'A broken rule or wall is a `breach`; a `breech` is the back of a gun barrel or a birth position.',
    examples: {
      flag: ['He was sued for {breech>breach} of contract.', 'The data {breech>breach} hit millions.', 'The club is in {breech>breach} of the rules.', 'Troops {breeched>breached} the ceasefire.'],
      keep: ['The baby was in a breech position.', 'A breech birth is rare.', 'He wore riding breeches.', 'The breech of the rifle jammed.']
    }
  },
  // The issue's pairs beyond the research notes' table.
  {
    forms: {accept: 'except'},
    flag: [
      {when: '@everyone ,? _ for', note: 'Leaving something out is `except for`; to `accept` is to receive or agree.'},
      {when: ', _ for @exceptNext|@num', note: 'Leaving something out is `except for`; to `accept` is to receive or agree.'},
      {when: '^ _ for @exceptNext|@num', note: 'Leaving something out is `except for`; to `accept` is to receive or agree.'}
    ],
    note: 'Leaving something out is `except`; to `accept` is to receive or agree.',
    examples: {
      flag: ['Everyone {accept>except} for the mayor voted.', 'All roads were open, {accept>except} for the bridge.', '{Accept>Except} for two ministers, the cabinet stayed.'],
      keep: ['Nobody will accept for now.', 'They accept for review all papers.', 'We all accept that.']
    }
  },
  {
    forms: {except: 'accept', excepted: 'accepted', excepts: 'accepts', excepting: 'accepting'},
    flag: [
      {when: '@exceptCue _ @det? @acceptObj', unless: ['_ @det? @acceptObj of'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      {when: '_:excepted|excepts|excepting @det @acceptObj', note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'}
    ],
    note: 'To receive or agree is to `accept`; `except` leaves something out.',
    examples: {
      flag: ['He refused to {except>accept} the result.', 'The party will {except>accept} the offer.', 'She {excepted>accepted} the nomination.', 'We cannot {except>accept} responsibility.'],
      keep: ['Everyone except the mayor voted.', 'All roads were open except the bridge.', 'Nobody except her accepted the offer.']
    }
  },
  {
    forms: {advice: 'advise'},
    flag: [
      {when: '@modal|@adviseSubj _ @adviseWho', unless: ['@adviseSubj _ the|that|on|whether|of'], note: 'The verb is `advise`; `advice` is the noun.'},
      {when: 'to _ me|him|us|them|you', note: 'The verb is `advise`; `advice` is the noun.'}
    ],
    keep: ['@adviceCue _'],
    note: 'The verb is `advise`; `advice` is the noun.',
    examples: {
      flag: ['Police {advice>advise} drivers to stay home.', 'We would {advice>advise} caution.', 'Doctors {advice>advise} against travel.', 'Lawyers will {advice>advise} them.'],
      keep: ['Contrary to advice against travel, they flew.', 'According to advice that she received.', 'He ignored the advice of his lawyers.', 'They took advice from experts.', 'Listen to advice people give.']
    }
  },
  {
    forms: {advise: 'advice'},
    flag: [
      {when: '@adviceCue _', unless: ['to|will|would|can|could|may|might|must|should|and|or|not|never|also|once|her|them|him|us|me|i|you|he|she|we|they|it _'], note: 'The noun is `advice`; `advise` is the verb.'}
    ],
    note: 'The noun is `advice`; `advise` is the verb.',
    examples: {
      flag: ['He ignored the {advise>advice} of his lawyers.', 'They sought legal {advise>advice}.', 'Residents should follow official {advise>advice}.', 'It was good {advise>advice}.'],
      keep: ['Doctors advise against travel.', 'We would advise caution.', 'Lawyers will advise them.', 'Officials advise that roads are icy.', 'Let her advise the board.']
    }
  },
  {
    forms: {past: 'passed'},
    flag: [
      {
        when: "has|have|had|having|hasn't|haven't|hadn't|i've|we've|they've|you've|which|that _ @pastNext",
        unless: ['_ the|a|an|its|their|his|her|our @pastNoun'],
        note: 'The past tense and participle of `pass` is `passed`; `past` is the adjective and preposition.'
      },
      {when: "has|have|had|hasn't|haven't|hadn't _ their|its|his|her|the peak|prime|sell-by|best", note: 'The past tense and participle of `pass` is `passed`; `past` is the adjective and preposition.'},
      {when: '@awaySubject|@Name _ away', note: 'To die is to have `passed away`; `past` is the adjective and preposition.'},
      {when: '@billNoun _ @passedHow', note: 'A bill that is approved is `passed`; `past` is the adjective and preposition.'}
    ],
    note: 'The past tense and participle of `pass` is `passed`.',
    examples: {
      flag: ['The Senate has {past>passed} the bill.', 'She {past>passed} away on Sunday.', 'The bill {past>passed} unanimously.', 'Prices have {past>passed} their peak.', 'He had {past>passed} the test.'],
      keep: ['In the past few years, prices rose.', 'They had past convictions.', 'We have past experience of this.', 'It is past midnight.', 'He walked past the house.', 'Have past mistakes been repeated?', 'They have had the past few weeks.']
    }
  },
  {
    forms: {passed: 'past'},
    flag: [
      {when: 'the|these|this _ few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|@num? @timeNoun', note: 'Time gone by is `past` (`the past few years`); `passed` is the verb.'},
      {when: '@goPast _ @det|@objpron|@Name', note: 'Beyond is `past` (`walked past the house`); `passed` is the verb.'},
      {when: '@pastBeCue _ @pastPoint', note: 'Beyond is `past` (`past midnight`); `passed` is the verb.'}
    ],
    note: 'Time gone by and beyond are `past`; `passed` is the verb.',
    examples: {
      flag: ['In the {passed>past} few years, prices rose.', 'He walked {passed>past} the house.', 'It was well {passed>past} midnight.', 'Over the {passed>past} decade, rents doubled.'],
      keep: ['The bill passed the Senate.', 'Years passed.', 'He passed the ball.', 'The torch was passed to her.', 'She passed away.', 'Time has passed the point of no return.', 'It has passed its peak.']
    }
  },
  {
    forms: {weather: 'whether'},
    flag: [
      {when: '_ or not', note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      {
        when: '@wonder _ @whetherNext',
        unless: ['_ @whetherNext? @weatherWords', '_ @whetherNext * @weatherWords'],
        note: '`whether` introduces a choice or question; `weather` is rain and sun.'
      },
      {when: '^ _ or', note: '`whether` introduces a choice; `weather` is rain and sun.'},
      {when: 'as to _', note: '`whether` introduces a question; `weather` is rain and sun.'}
    ],
    note: '`whether` introduces a choice or question; `weather` is rain and sun.',
    examples: {
      flag: ['Voters will decide {weather>whether} to approve it.', 'It is unclear {weather>whether} the deal will hold.', '{Weather>Whether} or not he runs, the party is split.', 'She asked {weather>whether} it was safe.'],
      keep: ['Bad weather delayed flights.', 'Officials will check weather forecasts.', 'They know weather patterns well.', 'Pilots assessed weather conditions.', 'Nobody asked the weather service.', 'They considered the weather forecast.']
    }
  },
  {
    forms: {whether: 'weather'},
    flag: [
      {when: 'the _ !or|to|not', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: '@weatherAdj _ @weatherNext|$', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: '_ forecast|forecasts|conditions|warning|warnings|service|permitting|forecaster|forecasters|station|stations|patterns|front|radar|satellite|balloon|alert|alerts', note: 'Rain and sun are `weather`; `whether` introduces a choice.'}
    ],
    note: 'Rain and sun are `weather`; `whether` introduces a choice.',
    examples: {
      flag: ['Bad {whether>weather} delayed flights.', 'The {whether>weather} turned cold.', 'Flights resume, {whether>weather} permitting.', 'The {whether>weather} forecast is grim.'],
      keep: ['It is unclear whether the deal will hold.', 'It will be hot whether or not it rains.', 'It was cold, whether in town or not.', 'It will be warm whether today or tomorrow.', 'Good or bad, whether she wins matters.']
    }
  },
  {
    set: 'to/too',
    forms: {to: 'too'},
    flag: [
      {when: '#VB*|#NN*|#PRP|#RB|#JJ|, _ #JJ|#RB $|to|and|or|but|for', unless: ['_ date|now|here|there|home|back|this|that|then|again|together|bed|school|church|town|work|sea|order|court|light|life|death|pieces|one|two|@num|me|him|us|them|you|it|what|which|whom|where|how|everyone|everybody|anyone|nothing|something|anything|all|both|each|far|late|early|above|below|above|blame|hand|heart|dinner|lunch|breakfast|mind|market|power|office|prison|jail|bay|hospital|college|camp|sleep|rest|trial|scale|hell|heaven|zero|nil|none|date|most|few|many|much|more|less|same|own|best|worst|following|other|others|west|east|north|south|left|right|front|rear|top|bottom|center|centre|side|bear|fruition|wit|boot|spare', 'up|down|close|next|according|due|prior|thanks|owing|able|going|used|about|ought|have|has|had|want|wants|wanted|need|needs|needed|try|tried|trying|like|likes|liked|seem|seems|seemed|appear|appears|appeared|refer|referred|back|from|face _'], note: '“Excessively” and “also” are `too`; `to` is the preposition.'},
      {when: '_ much|many|few|little|late|soon|far|often|long|early|bad|hard|small|big|high|low|close|expensive|busy|easy|difficult|weak|strong|young|old|tired|sick|good|great|slow|fast|short|large|heavy|dangerous|risky|costly|complex|complicated|quickly|slowly|fast|loud|quiet|large|narrow|wide|hot|cold|thin|thick|tight|loose|rich|poor|small to|$|and|or|but|,|for|of|in|at|on|with', unless: ['from|up|close|next|due|prior|according|came|come|comes|coming|went|go|going|goes|got|get|gone|returned|return|returned|shifted|moved|moving|changed|turned|slipped|fell|rose|grew|drifted|been|refer|referred|lead|led|added|add|attributed|attribute|compared|tend|tends|tended|contributes|contributed|belong|belongs|belonged|listen|listened|look|looked|looking|talk|talked|switched|back|fast-forward|way|dropped|drop|jump|jumped|pay|paid|head|headed|from|points|point|pointed|relates|related|limited|restricted|close|closer|similar|equal|shown|nearer|nearest _', '_ * #NN*'], note: '“Excessively” is `too` (`too late`, `too many`); `to` is the preposition.'},
      {when: '@tooCue _ @tooAdj $|@tooEnd', unless: ['came|come|comes|coming _ much|little|nothing'], note: '“Excessively” is `too` (`too late`, `too many`); `to` is the preposition.'},
      {when: 'far _ many|much|few|long|late|early|often|big|small|high|low|little|slow|fast|soon', note: '“Excessively” is `too` (`far too many`); `to` is the preposition.'},
      {when: '^ me|him|us|them|you _ .|!|?|,', note: '“Also” is `too` (`me too`); `to` is the preposition.'}
    ],
    note: '“Excessively” and “also” are `too`; `to` is the preposition.',
    examples: {
      flag: ['It is {to>too} late to change the plan.', 'There were far {to>too} many delays.', '“Me {to>too},” she said.', 'The rent is {to>too} high for most.', 'The plan was {to>too} costly.'],
      keep: ['The delay is to late 2025.', 'The deal went to the wire.', 'He gave it to them.', 'The choice is to many voters a simple one.', 'It never came to much.', 'He moved the date to late May.', 'That is the way to high ground.']
    }
  },
  {
    set: 'to/too',
    forms: {too: 'to'},
    flag: [
      {when: '_ #VB|#DT|#PRP$|#NNP', unless: ['_ much|many|few|little|late|long|far|well|soon|bad|good|often|hard|fast|easy|busy|early|all|such|that|this|more|less|both|either|any|some|no|each|every|another|big|small|high|low|close|old|young|good|great|quick|slow|young|strong|weak|short|heavy|light', '^|,|and|but|me|him|us|them|you|it|this|that|as|was|is|are|were|be|been|being|far|much|all|just|only|also|way|not|none|simply|perhaps|maybe|probably|surely|certainly|clearly|obviously|too _'], note: 'The preposition and infinitive marker is `to`; `too` means excessively or also.'},
      {when: '@toVerbCue _ @baseVerb', note: 'Before a verb the infinitive marker is `to` (`want to go`); `too` means excessively or also.'},
      {when: '@toDetCue _ @det|@Name|@objpron', note: 'The preposition is `to` (`according to`, `next to`); `too` means excessively or also.'}
    ],
    note: 'The preposition and infinitive marker is `to`; `too` means excessively or also.',
    examples: {
      flag: ['They want {too>to} go home.', 'Officials plan {too>to} cut costs.', 'According {too>to} the report, sales fell.', 'The shop is next {too>to} the station.', 'He has {too>to} pay the fine.'],
      keep: ['He had too many cars.', 'She wanted it too.', 'They were going too fast.', 'It is too late.', 'I want that too, she said.', 'Prices had risen too.']
    }
  },
  {
    set: "you're/your",
    forms: {your: "you're"},
    flag: [
      {when: '_ #VBG #TO|#IN|#DT|#RB|#PRP|#PRP$|$', unless: ['_ being|during|according|following|including|morning|evening|building|meeting|feeling|wedding|funding|spending|clothing|holdings|earnings|savings|findings|belongings|surroundings|ceiling|painting|writing|training|ruling|rating|hearing|setting|timing|thinking|standing|housing|shipping|planning|teaching|beginning|feelings|bearing|landing|parking|ending|opening|understanding|upbringing|offering|offerings|calling|blessing|blessings|suffering|sufferings|doing|wellbeing|well-being|learning|reading|dressing|cooking|driving|handwriting|swimming|singing|acting|banking'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ #RB #JJ|#VBG|#VBN|#IN|#DT|$', unless: ['_ own|very|most|more|less|least|so-called|now|then|once|only|first|last|next|long|best|newly|early|late|former|well|ever|much|far|@num'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '^|if|because|when|that|said|think|and|but|so|unless|hope _ right|wrong|correct|welcome|kidding|joking|mistaken|fired|invited|done|finished|sure|late|early|lucky|safe|free|fine|wrong|crazy|mad|right $|,|about|that|to|in|on|for|and|but|#IN', unless: ['_ right|left arm|hand|eye|leg|foot|side|wing|shoulder|knee|ear|mind', 'for|thanks|warm|thank|and|of|in|on|at|to|with|from|by _'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ #VBN #IN|#TO|#DT|#RB|$', unless: ['_ own|@possNoun|beloved|loved|chosen|preferred|intended|proposed|selected|stated|used|elected|assigned|given|preferred|dedicated|appointed|required|requested|desired|detailed|registered|limited|personalized|personalised|interested|informed|written|printed|fixed|estimated|expected|damaged'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ not|so|too|gonna|=a|=an|the|probably|definitely|absolutely', note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ welcome $', unless: ['for|thanks|warm|thank|and _'], note: '`your` is the possessive; “you are welcome” is `you’re welcome`.'},
      {when: '_ @youreTo to', note: '`your` is the possessive; “you are” is `you’re`.'}
    ],
    note: '`your` is the possessive; “you are” is `you’re`.',
    examples: {
      flag: ['“{Your>You’re} not welcome here,” he said.', 'If {your>you’re} going to vote, bring ID.', '“{Your>You’re} welcome,” she said.', 'He said {your>you’re} the best candidate.', 'Now {your>you’re} supposed to wait.'],
      keep: ['Your support helps us.', 'Your donation matters.', 'Thanks for your welcome.', 'Is this your very own car?', 'Your right to vote matters.', 'Your so-called friends left.']
    }
  },
  {
    set: "you're/your",
    forms: {"you're": 'your'},
    flag: [
      {when: '#IN|#VBD|#VB|#VBZ|#VBP|#VBG _ #JJ? #NNS|#NN $|#VBD|#VBZ|#VBP|#MD|#IN|#CC', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|still|just|only|also|now|so|too|very|going|getting|being|afraid|aware|sure|able|likely|ready|worth|about|like|out|up|in|on|off|over|back|fired|late|early|@ing|a|an|the|no|@num|one|nothing|something|anything|everything|someone|somebody|dead|kidding|joking|mistaken|lucky|safe|crazy|mad|old|young|wanted|needed|married|single|alive|responsible|finished|involved|interested|invited|lost|stuck|talking|trying|doing|making|taking|looking|telling|saying|thinking|asking|hired|paying|working|winning|losing'], note: '`you’re` means “you are”; before a noun the possessive `your` is needed.'},
      {when: '^ _ #NN|#NNS #VBD|#VBZ|#VBP|#MD', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|still|just|only|also|now|so|too|very|going|getting|being|@ing|a|an|the|no|one|nothing|something|dead|kidding|lucky|safe|crazy|mad|old|young|fired|late|early|out|up|in|on|off|over|back|about|like'], note: '`you’re` means “you are”; before a noun the possessive `your` is needed.'},
      {when: '_ own', note: '`you’re` means “you are”; the possessive, as in `your own`, is `your`.'},
      {when: '@possCue _ @possNoun', note: '`you’re` means “you are”; after a preposition or a verb that needs an object the possessive `your` is needed.'}
    ],
    note: '`you’re` means “you are”; the possessive is `your`.',
    examples: {
      flag: ['Make up {you’re>your} own mind.', 'Thank you for {you’re>your} support.'],
      keep: ['You’re welcome.', 'You’re going to vote.', 'If you’re in, you’re in.']
    }
  }
]
