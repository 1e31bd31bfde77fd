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

import {strongSpeechVerbs} from '../../src/lexicon/speech-verbs.js'
import {placeTitleWords} from '../../src/lexicon/title-words.js'
import type {ClauseCheck} from './clause.js'

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
  /**
   * Flag even a word the model is sure of: for a cue whose match is not
   * grammatical in any register (`to` before a modal, `they where`), where
   * the model, which has seen few such slips, would veto it (default: `false`).
   */
  readonly firm?: boolean
  /**
   * A check of the whole clause that must hold too (`clause.ts`): `verbSlot`, the word stands where its clause's
   * only finite verb must go; `afterThan`, after `than` before a noun phrase with no verb of its own; `fronted`, after a
   * phrase put first, before a subject with no verb of its own; `frontedParticiple`, the same after a participle and
   * what it takes put first; `sharedSubject`, after `, and` or `, or`, a second verb of a subject whose first verb is
   * `were`; `ifClause`, after `if` and a subject, before a comma and a main clause with a modal; `reducedRelative`,
   * `verbSlot` after a plural noun and a participle the tagger may read as a past tense (default: none).
   */
  readonly clause?: ClauseCheck
  /**
   * Flag even where one of the pair's `keep` patterns matches: for a cue whose clause check reads more than those
   * patterns do (`where used` kept as a place clause with its verb left out, unless the clause has no other place for
   * a verb) (default: `false`).
   */
  readonly overKeep?: boolean
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

  // farther ↔ further: verbs of saying, after which `further` is “more” (`argued further that`), from the shared lexicon.
  speech: [...strongSpeechVerbs],

  // personal ↔ personnel: nouns of a person's own life, which staff (`personnel`) do not qualify.
  personalNoun: [
    'differences', 'relationships', 'relationship', 'abuse',
    'dilemma', 'illustration', 'qualities', 'familiarity', 'effects', 'value', 'values', 'income', 'rebuff', 'advantage', 'liberty', 'liberties', 'freedom', 'freedoms', 'hardship',
    'experiences', 'experimentation', 'salvation', 'sacrifice', 'sympathies', 'sympathy', 'feelings', 'feeling',
    'beliefs', 'belief', 'faith', 'taste', 'tastes', 'preference', 'preferences', 'integrity', 'honor', 'honour',
    'pride', 'gain', 'wealth', 'fortune', 'debt', 'debts', 'bankruptcy', 'appeal', 'charm', 'magnetism', 'letter',
    'letters', 'diary', 'memoir', 'story', 'stories', 'growth', 'ambition', 'ambitions', 'friendship', 'friends',
    'responsibilities', 'religious', 'spiritual', 'myth-making', 'identity', 'vendetta', 'grudge', 'insult', 'insults',
    'loss', 'losses', 'tragedy', 'grief', 'happiness', 'fulfilment', 'fulfillment', 'satisfaction', 'style', 'appearance',
    'savings', 'wealth', 'fortunes', 'conduct', 'morality', 'conscience', 'convictions', 'conviction', 'attention',
    'favour', 'favor', 'favours', 'favors', 'loyalty', 'animosity', 'enmity', 'rivalry', 'hygiene', 'injury', 'injuries'
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

  // capitol → capital: kinds of money put to work (`working capital`).
  capitalMoney: [
    'working', 'equity', 'investment', 'foreign', 'external', 'share', 'venture', 'human', 'overhead', 'long-term', 'fixed',
    'private', 'risk', 'seed', 'circulating', 'total', 'basic', 'operating', 'borrowed', 'paid-in', 'authorized', 'authorised',
    'loan', 'debt', 'social', 'starting', 'start-up'
  ],

  // meat → meet: helpers a bare verb follows (no `do`, whose `Does meat …` asks about food, nor `may`, a month).
  meetModal: [
    'will', 'would', 'could', 'can', 'cannot', 'should', 'must', 'might', 'shall', "won't", "wouldn't", "couldn't", "can't",
    "shouldn't", "mustn't", "he'd", "she'd", "they'd", "we'd", "i'd", "you'd", "he'll", "she'll", "they'll", "we'll", "i'll",
    "you'll"
  ],

  // coarse ↔ course: what is rough (`coarse sand`).
  coarseNoun: [
    'sand', 'salt', 'hair', 'grain', 'grains', 'gravel', 'texture', 'language', 'humor', 'humour', 'fabric', 'fibres', 'fibers',
    'wool', 'cloth', 'jokes', 'voice', 'features', 'powder', 'grind', 'sandpaper', 'mesh', 'filter', 'skin', 'beard', 'grass',
    'linen', 'cotton', 'bread', 'meal', 'flour', 'stone', 'gravel', 'particles', 'material', 'weave', 'thread', 'manners'
  ],

  // principal ↔ principle
  inPrincipleCue: [
    'agreed', 'agree', 'agrees', 'agreeing', 'approved', 'approve', 'approves', 'accepted', 'accept', 'accepts',
    'backed', 'back', 'backs', 'supported', 'support', 'supports', 'deal', 'agreement', 'plan', 'yes', 'objection',
    'objections', 'opposed', 'oppose', 'opposes', 'fine', 'works', 'work', 'sound', 'possible', 'okay', 'welcome',
    'welcomed', 'welcomes', 'endorsed', 'endorse', 'endorses', 'approval', 'decision', 'signed', 'consented',
    'settled', 'accord', 'only', 'least', 'even', 'correct', 'right', 'sensible', 'acceptable', 'committed', 'concur',
    'concurs', 'concurred'
  ],
  onPrincipleCue: [
    'resigned', 'resign', 'resigns', 'quit', 'quits', 'refused', 'refuse', 'refuses', 'objected', 'object', 'objects',
    'opposed', 'oppose', 'opposes', 'voted', 'vote', 'votes', 'stood', 'stand', 'stands', 'acted', 'act', 'declined',
    'decline', 'abstained', 'abstain', 'resisted', 'resist', 'boycotted', 'boycott', 'it', 'this', 'that', 'them'
  ],
  principleAdj: [
    'guiding', 'basic', 'core', 'founding', 'moral', 'democratic', 'fundamental', 'ethical', 'constitutional',
    'religious', 'underlying', 'overarching', 'cardinal', 'unifying', 'creative', 'jurisdictional', 'juridical',
    'accounting', 'scientific', 'mathematical', 'philosophical', 'aesthetic', 'conservation', 'organizing', 'organising',
    'editorial', 'management', 'cost-accounting', 'engineering'
  ],
  principleOf: [
    'democracy', 'justice', 'law', 'faith', 'fairness', 'equality', 'journalism', 'science', 'economics', 'freedom',
    'liberty', 'physics', 'accounting', 'design', 'government', 'natural', 'international', 'transparency'
  ],
  // What a principal heads or is the capital of (`the principal of Lincoln High`, `the principal of the loan`).
  principalOf: [
    'school', 'schools', 'academy', 'academies', 'college', 'colleges', 'high', 'elementary', 'institute', 'seminary',
    'conservatory', 'grammar', 'primary', 'secondary', 'junior', 'senior', 'middle', 'parochial', 'loan', 'loans', 'bond',
    'bonds', 'mortgage', 'mortgages', 'debt', 'debts', 'note', 'notes', 'security', 'securities', 'investment',
    'investments', 'deposit', 'deposits', 'firm', 'firms', 'company', 'companies', 'partnership', 'agency', 'account',
    'accounts', 'fund', 'funds', 'trust', 'trusts', 'estate'
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
  rollCue: [
    'title', 'starring', 'supporting', 'cameo', 'gender', 'leadership', 'advisory', 'ceremonial', 'expanded', 'dual', 'defining', 'breakout',
    'pivotal', 'crucial', 'decisive', 'instrumental', 'influential', 'prominent', 'secondary', 'traditional', 'parental'
  ],
  // Who or what has a part to play (`the role of the church`).
  roleOwner: [
    'therapist', 'teacher', 'teachers', 'state', 'states', 'government', 'governments', 'church', 'churches', 'school',
    'schools', 'family', 'families', 'press', 'court', 'courts', 'president', 'congress', 'legislature', 'parent', 'parents',
    'father', 'mother', 'individual', 'citizen', 'citizens', 'artist', 'writer', 'critic', 'university', 'universities',
    'military', 'army', 'police', 'public', 'private', 'federal', 'women', 'men', 'literary', 'religion', 'religious'
  ],

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
    'wandered', 'zoomed', 'slipped', 'crept', 'sailed', 'edged', 'glanced', 'looked', 'looking', 'pushed', 'pushing',
    'strode', 'striding', 'rode', 'riding', 'whizzed', 'whizzing', 'brushed', 'brushing', 'ambled', 'drifted', 'drifting',
    'creeping', 'strolling', 'hurrying', 'wandering', 'zooming'
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
  ],

  // of ↔ off: words that stand alone for a part or a number of a whole (a quantifier or a numeral with its noun left
  // out, English grammar's partitive `some of the`, `six of them`, `much of it`). Not fractions and shares (`half`,
  // `a third`, `20%`), which also name a cut off a price (`half off the fare`), nor ordinals and superlatives, which
  // also name who comes off first (`the first off the plane`).
  partitive: [
    'all', 'some', 'many', 'much', 'most', 'several', 'few', 'any', 'each', 'either', 'neither', 'none', 'both', 'one',
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
    'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'
  ],

  // of ↔ off: nouns that head an `of` phrase (`the aim of`, `members of`) and are rarely followed by `off`
  // (not `day`, `time`, `way`, `top`, `head` or `half`: `a day off`, `the top off the bottle`, `half off the price`).
  ofNoun: [
    'absence', 'abundance', 'acceptance', 'accordance', 'adoption', 'advantage', 'aftermath', 'aim', 'analysis',
    'anniversary', 'application', 'appointment', 'approval', 'aspect', 'aspects', 'assessment', 'awareness',
    'beginning', 'behalf', 'benefit', 'benefits', 'bunch', 'cause', 'causes', 'chairman', 'chance', 'chances',
    'collection', 'combination', 'completion', 'concept', 'condition', 'conditions', 'consequence', 'consequences',
    'construction', 'creation', 'criticism', 'decision', 'decisions', 'definition', 'degree',
    'description', 'destruction', 'development', 'director', 'discovery', 'distribution', 'dozens', 'education',
    'effect', 'effects', 'end', 'evidence', 'examination', 'example', 'existence', 'extent', 'fact', 'failure',
    'form', 'forms', 'freedom', 'function', 'future', 'history', 'hundreds', 'idea', 'ideas', 'importance',
    'impression', 'interpretation', 'introduction', 'kind', 'kinds', 'lack', 'laws', 'leaders', 'length', 'level',
    'levels', 'majority', 'management', 'manner', 'matter', 'meaning', 'measurement', 'measurements', 'member',
    'members', 'memory', 'method', 'methods', 'middle', 'millions', 'minister', 'name', 'names', 'nature', 'need',
    'needs', 'number', 'numbers', 'origin', 'outcome', 'owner', 'owners', 'part', 'parts', 'percentage', 'period',
    'plenty', 'portion', 'portions', 'possibility', 'president', 'principle', 'process', 'production', 'proportion',
    'prospect', 'purpose', 'quality', 'quantity', 'reason', 'rest', 'result', 'results', 'review', 'role',
    'scope', 'secretary', 'sense', 'series', 'shortage', 'size', 'source', 'sources', 'spirit', 'status', 'study',
    'studies', 'subject', 'success', 'sum', 'survey', 'symbol', 'symbols', 'teachings', 'terms', 'theory',
    'thousands', 'total', 'type', 'types', 'understanding', 'use', 'value', 'variety', 'version', 'victim',
    'victims', 'volume', 'whole', 'joy', 'appeal', 'mystery', 'threat', 'threats', 'standard', 'standards', 'efforts',
    'feelings', 'phase', 'danger', 'dangers', 'lure', 'virtue', 'fear', 'fears', 'love', 'pride', 'art', 'science',
    'knowledge', 'language', 'problem', 'problems', 'question', 'questions', 'issue', 'issues', 'thought', 'thoughts',
    'truth', 'soul', 'goal', 'goals', 'topic'
  ],
  // What can follow `of` but not `off` after an `ofNoun` (`the aim off the`, `members off staff`).
  ofNext: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'which', 'whom', 'all', 'some', 'such', 'both', 'each', 'every', 'many', 'several', 'any'],
  // Verbs that move a thing `off` another (`take the lid off the jar`, `guide the wheels off the rails`): their object
  // may stand a few words before `off`, and the tagger may read the verb as a noun.
  offVerb: [
    'take', 'takes', 'took', 'taken', 'taking', 'put', 'puts', 'putting', 'get', 'gets', 'got', 'getting', 'keep',
    'keeps', 'kept', 'keeping', 'knock', 'knocks', 'knocked', 'knocking', 'pull', 'pulls', 'pulled', 'pulling', 'push',
    'pushes', 'pushed', 'pushing', 'throw', 'throws', 'threw', 'thrown', 'throwing', 'wipe', 'wipes', 'wiped', 'wiping',
    'brush', 'brushed', 'brushing', 'shake', 'shook', 'shaken', 'shaking', 'guide', 'guides', 'guided', 'guiding',
    'drive', 'drove', 'driven', 'driving', 'chase', 'chased', 'blow', 'blew', 'blown', 'lift', 'lifted', 'cut', 'cuts',
    'peel', 'peeled', 'strip', 'stripped', 'scrape', 'scraped', 'wash', 'washed', 'kick', 'kicked', 'move', 'moved',
    'slide', 'slid', 'drag', 'dragged', 'rip', 'ripped', 'tear', 'tore', 'torn', 'force', 'forced', 'carry', 'carried',
    'bring', 'brought', 'send', 'sent', 'rinse', 'rinsed', 'shave', 'shaved', 'clear', 'cleared'
  ],
  // of ↔ off: nouns for a person by office or by kin, the ones of `roleNouns` (src/lexicon/attribution.ts, the
  // project's list of speakers named by role) that name whose or what a person is (`the mayor of`, `the daughter of`)
  // and are rarely themselves off anything. Not those a person gets on or off (`captain`, `pilot`, `driver`,
  // `passenger`, `player`, `crew`), nor the plain `man`, `woman`, `people`, nor `chair`, a seat, or `head`, which a
  // flower, a pin and a statue have (`pluck the head off a flower`).
  officeKin: [
    'mayor', 'governor', 'president', 'premier', 'senator', 'minister', 'secretary', 'director', 'directors',
    'manager', 'chairman', 'chairwoman', 'councillor', 'councilor', 'chief', 'leader', 'leaders', 'founder',
    'founders', 'executive', 'ceo', 'dean', 'chancellor', 'provost', 'principal', 'headteacher', 'headmaster',
    'headmistress', 'superintendent', 'commissioner', 'treasurer', 'trustee', 'trustees', 'registrar', 'auditor',
    'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'editor', 'owner', 'owners', 'proprietor',
    'member', 'members', 'deputy', 'sheriff', 'bishop', 'pastor', 'vicar', 'rabbi', 'imam', 'professor', 'curator',
    'father', 'mother', 'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'brother', 'brothers', 'sister',
    'sisters', 'widow', 'widower', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'granddaughters',
    'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'parent', 'parents'
  ],
  // of ↔ off: plural nouns for the people of a place, a body or a cause, named by where they live or what they hold
  // or think (`residents of the town`, `critics of the plan`, `shareholders of both banks`), who are rarely themselves
  // off anything. Not those a person gets on or off (`passengers`, `players`, `crew`), nor those a person is kept or
  // laid off (`workers`, `staff`, `fans`, `pupils`).
  groupOf: [
    'residents', 'inhabitants', 'citizens', 'critics', 'opponents', 'supporters', 'shareholders', 'stakeholders',
    'voters', 'taxpayers', 'ratepayers', 'constituents', 'parishioners', 'relatives', 'descendants', 'admirers'
  ],
  // of ↔ off: nouns for a body that a number of members makes up, whose size a number after `of` gives (`a crowd of
  // 4,500`, `a village of 300 people`, `a fleet of 40 buses`): the people who gather or live in one place, a body that
  // moves or works as one, and a herd or a flock. Not those a person is laid or kept off (`staff`, `workforce`, `crew`),
  // nor `field` or `party`, which a person comes off (`off the field`).
  bodyOf: [
    'crowd', 'crowds', 'audience', 'congregation', 'population', 'community', 'town', 'village', 'hamlet', 'city',
    'fleet', 'convoy', 'herd', 'flock', 'team', 'squad', 'army', 'delegation', 'breakaway', 'peloton'
  ],
  // Verbs that send a person off somewhere (`voted the chairman off the board`, `ordered the manager off the pitch`,
  // `booed the mayor off the stage`, `turned voters off the party`, `struck residents off the register`, `weaned his son
  // off two drugs`), beside the verbs that move things (`offVerb`).
  sendOffVerb: [
    'vote', 'votes', 'voted', 'voting', 'order', 'orders', 'ordered', 'ordering', 'kicks', 'kicking', 'sends', 'sending',
    'call', 'calls', 'called', 'calling', 'bump', 'bumped', 'boot', 'booted', 'wave', 'waved', 'warn', 'warned', 'scare',
    'scared', 'frighten', 'frightened', 'help', 'helped', 'usher', 'ushered', 'escort', 'escorted', 'haul', 'hauled',
    'lure', 'lured', 'let', 'lets', 'drop', 'dropped', 'shove', 'shoved', 'jostle', 'jostled', 'boo', 'booed', 'jeer',
    'jeered', 'heckle', 'heckled', 'laugh', 'laughed', 'hound', 'hounded', 'shout', 'shouted', 'chase', 'chases',
    'chasing', 'ban', 'banned', 'bar', 'barred', 'lead', 'led', 'walk', 'walked', 'march', 'marched', 'talk', 'talked',
    'turn', 'turns', 'turned', 'turning', 'strike', 'strikes', 'struck', 'purge', 'purged', 'rescue', 'rescued', 'pluck',
    'plucked', 'wean', 'weaned', 'weaning', 'fend', 'fended', 'disperse', 'dispersed'
  ],
  // of ↔ off: plural nouns of count, and measures of weight or volume, that stand before what they count or measure
  // (`hundreds of birdwatchers`, `4,000 tonnes of grain`). Not `scores` (a match's), nor lengths and times, which also name how far
  // or how long a thing is off something (`two miles off the coast`, `six weeks off work`).
  countOf: ['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens', 'tens'],
  measureOf: ['tonnes', 'tons', 'litres', 'liters', 'gallons', 'barrels'],
  // Verbs that take money or goods off a person or a price (`made millions off investors`, `saved hundreds off bills`,
  // `won thousands off bookmakers`), beside the verbs that move things (`offVerb`).
  gainOffVerb: [
    'make', 'makes', 'made', 'making', 'earn', 'earns', 'earned', 'earning', 'win', 'wins', 'won', 'winning', 'save',
    'saves', 'saved', 'saving', 'shaves', 'shaving', 'slash', 'slashed', 'trim', 'trimmed', 'lop', 'lopped', 'chop',
    'chopped', 'shed', 'sheds', 'shedding', 'claw', 'clawed', 'steal', 'stole', 'stolen', 'scam', 'scammed', 'swindle',
    'swindled', 'con', 'conned', 'fleece', 'fleeced', 'cheat', 'cheated', 'borrow', 'borrowed', 'buy', 'bought', 'collect',
    'collected', 'raise', 'raised', 'profit', 'profited', 'rake', 'raked', 'squeeze', 'squeezed', 'extract', 'extracted',
    'gain', 'gained', 'net', 'netted', 'skim', 'skimmed', 'wipes', 'wiping', 'knocks', 'lose', 'lost', 'losing'
  ],
  // Verbs that take no thing off another (`be`, `become`, `see`, `follow`, `support` …): a noun phrase after one is
  // their object, and `off` after it is the noun's complement (`forms the basis of the`, `was that old handmaiden of
  // disaster`), not where the verb moves it from.
  stillVerb: [
    'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'see', 'sees',
    'saw', 'seen', 'seeing', 'examine', 'examines', 'examined', 'examining', 'study', 'studies', 'studied', 'studying',
    'consider', 'considers', 'considered', 'considering', 'describe', 'describes', 'described', 'describing', 'discuss',
    'discusses', 'discussed', 'discussing', 'explain', 'explains', 'explained', 'explaining', 'support', 'supports',
    'supported', 'supporting', 'follow', 'follows', 'followed', 'following', 'govern', 'governs', 'governed',
    'governing', 'form', 'forms', 'formed', 'forming', 'represent', 'represents', 'represented', 'representing',
    'include', 'includes', 'included', 'including', 'reflect', 'reflects', 'reflected', 'reflecting'
  ],
  // Places and things a thing stands or comes `off` (`the water off the coast`, `a road off the highway`): before or after `off`.
  offPlace: [
    'room', 'rooms', 'farm', 'bar', 'hall', 'corridor', 'office', 'store', 'shop', 'restaurant', 'hotel', 'house', 'home',
    'building', 'lot', 'park', 'ranch', 'camp', 'area', 'town', 'village', 'suburb', 'district', 'lane', 'alley', 'path',
    'trail', 'lobby', 'kitchen', 'street', 'road', 'roads', 'island', 'islands', 'ship', 'ships', 'boat', 'boats', 'vessel',
    'vessels', 'water', 'waters', 'coast', 'coasts', 'coastline', 'shore', 'shores', 'cape', 'peninsula', 'port', 'harbor',
    'harbour', 'bay', 'beach', 'beaches', 'mainland', 'tip', 'sea', 'seas', 'strait', 'straits', 'gulf', 'reef', 'reefs',
    'rocks', 'point', 'highway', 'motorway', 'avenue', 'route', 'exit', 'runway', 'pitch', 'field', 'court', 'stage',
    'camera', 'record', 'air', 'grid', 'radar', 'map', 'list', 'table', 'books', 'menu', 'ground', 'floor', 'rails',
    'track', 'hook', 'shelf', 'wall', 'mark', 'bench', 'pile', 'rack', 'price', 'bill', 'top', 'edge', 'end', 'side',
    'deck', 'bridge', 'roof', 'cliff', 'ledge', 'platform', 'train', 'bus', 'plane', 'horse', 'bed', 'chair', 'couch',
    'face', 'head', 'body', 'back', 'skin', 'bone', 'bones', 'plate', 'plates', 'tree', 'branch', 'vine', 'hinges',
    'ball', 'bat', 'tee', 'line', 'course', 'duty', 'guard', 'balance', 'limits', 'base', 'target', 'season', 'screen',
    'hand', 'work', 'school', 'campus', 'site', 'topic', 'key', 'peak', 'beat', 'form', 'script', 'hours', 'centre', 'center',
    'day', 'days', 'time', 'week', 'weeks', 'lid', 'cap', 'cover', 'coat', 'hat', 'shoes', 'clothes', 'mile', 'miles',
    'yards', 'feet', 'inches', 'stone', 'pounds', 'percent', 'cent', 'discount', 'dollars', 'rest'
  ],
  // Words for a place that follow a name (`off the Florida coast`, `off the Yorkshire moors`): a name before one names
  // where a thing is, not whose it is. The kinds of place of `placeTitleWords` (land and water, towns, streets and
  // buildings) but those as often no place after a name (`the aim of the Apollo mission`, `the Arab spring`, `the
  // Ford range`, `the Lincoln memorial`), and more land, shore and water that names in news copy stand before,
  // written here from general geography.
  namedPlace: [
    ...[...placeTitleWords].filter((word) => !/^(?:mission|spring|range|memorial)s?$/.test(word)),
    'shoreline', 'seaboard', 'seafront', 'waterfront', 'promenade', 'esplanade', 'embankment', 'boardwalk', 'border',
    'borders', 'frontier', 'fjord', 'fjords', 'keys', 'banks', 'atoll', 'atolls', 'lagoon', 'lagoons', 'estuary', 'inlet',
    'inlets', 'headland', 'headlands', 'archipelago', 'cliffs', 'grounds', 'shelf', 'shoal', 'shoals', 'sandbank',
    'sandbanks', 'pier', 'piers', 'dock', 'docks', 'quay', 'wharf', 'marina', 'resort', 'resorts', 'moor', 'moors',
    'moorland', 'marsh', 'marshes', 'saltmarsh', 'fen', 'fens', 'heath', 'downs', 'fell', 'fells', 'glen', 'glens', 'dunes',
    'countryside', 'tundra', 'steppe', 'prairie', 'prairies', 'savanna', 'highlands', 'lowlands', 'uplands', 'broads',
    'seabed', 'skerries', 'rapids'
  ],

  // tail → tale: kinds of story a tale stands beside in a list (`legends, tails and songs`).
  storyWord: [
    'story', 'stories', 'legend', 'legends', 'myth', 'myths', 'fable', 'fables', 'anecdote', 'anecdotes', 'yarn', 'yarns',
    'saga', 'sagas', 'ballad', 'ballads', 'song', 'songs', 'poem', 'poems', 'novel', 'novels', 'novella', 'novellas',
    'riddle', 'riddles', 'proverb', 'proverbs', 'superstition', 'superstitions', 'rumour', 'rumours', 'rumor', 'rumors',
    'joke', 'jokes', 'romance', 'romances', 'parable', 'parables', 'sketches', 'essays', 'folklore'
  ],
  // peace → piece: stuff that comes in pieces, which `peace of` cannot govern (`a peace of toast`).
  pieceStuff: [
    'paper', 'cardboard', 'wood', 'timber', 'lumber', 'plywood', 'board', 'metal', 'steel', 'iron', 'brass', 'copper',
    'aluminium', 'aluminum', 'tin', 'wire', 'pipe', 'tubing', 'rod', 'string', 'rope', 'cord', 'tape', 'cloth', 'fabric',
    'glass', 'plastic', 'rubber', 'leather', 'chalk', 'stone', 'rock', 'bread', 'toast', 'cake', 'pie', 'meat', 'cheese',
    'bacon', 'fruit', 'candy', 'chocolate', 'machinery', 'equipment', 'furniture', 'luggage', 'jewelry', 'jewellery',
    'clothing', 'junk', 'debris', 'scrap', 'land', 'property', 'legislation', 'evidence', 'software', 'hardware'
  ],
} as const satisfies Readonly<Record<string, ReadonlyArray<string>>>

/** Words that make a later `than` a comparison however far back they stand: the comparatives and `rather`, `other`, `else`, `different`, `otherwise`. */
const thanAfterComparison: ReadonlyArray<string> = [...classes.comparative, 'rather', 'other', 'else', 'different', 'differently', 'otherwise']

/** Phrases with `off` before a noun, a state rather than a part of anything: `off duty`, `off guard`, `off balance`, `off limits`, `off camera`. */
const offPhrases = '_ duty|guard|balance|course|limits|base|target|season|camera|stage|screen|shore|line|hand|work|school|campus|site|track|topic|message|key|colour|color|white|peak|side|beat|form|script|licence|license|hours|centre|center|putting'

/**
 * What keeps `off` after `be` or a verb that moves nothing and a noun phrase (the two `off` → `of` patterns there): a
 * place or a thing a thing stands or comes off (`is the island off the coast`, `was the wind off the lake`), a name,
 * the idioms `a chip off the old block`, `a load off my mind`, `a step off the pace`, and phrases such as `off duty`.
 */
const offAfterBe: ReadonlyArray<string> = [
  '@offPlace _', '_ @det|@poss? #JJ? @offPlace', '_ @det|@poss? #JJ? #JJ @offPlace', '_ #NNP|@Name', '_ @det #NNP|@Name',
  'wind|winds|breeze|glare|light|reflection|spray|chip|load|weight|burden|step|steps|rebound|deflection|shot|shots _',
  '_ @det|@poss? #JJ? block|mind|minds|shoulders|chest|pace|post|lake|lakes|ocean|oceans|river|rivers|glass|ice|snow',
  offPhrases
]

/**
 * What `off` is right before after a word that is no noun (`those`, `out`, `nothing`): a place, a name, or a
 * state such as `off duty` (the first, place and name guards of `offAfterBe`, without its idioms).
 */
const offPlaceOrState: ReadonlyArray<string> = [
  '_ @det|@poss? #JJ? @offPlace', '_ @det|@poss? #JJ? #JJ @offPlace', '_ #NNP|@Name', '_ @det #NNP|@Name',
  '_ @det|@poss? #JJ? lake|lakes|ocean|oceans|river|rivers|ice|snow', offPhrases
]

/**
 * What keeps `off` after a person named by office or kin (`@officeKin`): a place or a thing a person stands or comes
 * off (`the mayor off the stage`, `the son off the bus`, `the manager off the premises`, `the governor off the hook`), a
 * name that a word for a place follows (`the envoy off the Somali coast`), water and ice, and states such as `off duty`,
 * `off his game`, `off her medication` or `off the wagon`, and places in the plural (`supporters off the trains`,
 * `residents off the rooftops`, `voters off the rolls`), a roll, a register or a fence (`voters off the electoral
 * roll`), and `off the beaten track`. A name alone is whose the office is (`the mayor off
 * Casa Grande`), not where the person is.
 */
const offAfterRole: ReadonlyArray<string> = [
  '_ @det|@poss|this|that|these|those? #JJ? @offPlace', '_ @det|@poss|this|that|these|those? #JJ? #JJ @offPlace',
  '_ @det? #NNP|@Name #NNP|@Name? #JJ|#NN? @offPlace|@namedPlace', '_ @det|@poss? #JJ? lake|lakes|ocean|oceans|river|rivers|ice|snow',
  '_ @det|@poss|this|that|these|those #JJ? hook|hooks|premises|podium|set|stand|field|court|island|ship',
  '_ @det|@poss|this|that|these|those #JJ? streets|roofs|rooftops|trains|terraces|rolls|square',
  '_ @det|@poss #JJ? roll|register|fence', '_ the beaten track|path',
  '_ his|her|its|their|our|my|your|@poss #JJ? game|stride|bike|bicycle|rocker|trolley', '_ @det|@poss #JJ? medication|medications|meds|drugs|wagon|ventilator',
  offPhrases
]

/**
 * What keeps `off` after a person named by office or kin and a number: a time, a length or a weight a person is off
 * something for or by (`the son off two weeks`, `the mother off 20 pounds`).
 */
const offAfterRoleNumber: ReadonlyArray<string> = [
  '_ #CD|@num #JJ? @offPlace|months|years|decades|minutes|seconds|metres|meters|kilometres|kilometers|kilos|kilograms|points|games|matches|shots|strokes|laps|runs|goals'
]

/** What keeps `off` after a body of members and a number (`@bodyOf`): a time, a length or a measure, the number in thousands or not. */
const offAfterBodyNumber: ReadonlyArray<string> = [...offAfterRoleNumber, ...offAfterRoleNumber.map((cue) => cue.replace('_ #CD|@num', '_ @num , @num'))]

/** A verb that moves a thing or sends a person off somewhere, up to seven words before a person named by office or kin. */
const sendOffBefore: ReadonlyArray<string> = [1, 2, 3, 4, 5, 6, 7].map((gap) => `@offVerb|@sendOffVerb ${'* '.repeat(gap)}_`)

/** A verb that gains money or goods off a person or a price (`made millions off investors`), up to seven words before. */
const gainOffBefore: ReadonlyArray<string> = [1, 2, 3, 4, 5, 6, 7].map((gap) => `@gainOffVerb ${'* '.repeat(gap)}_`)

/**
 * What keeps `off` after a plural noun of count or a measure (`@countOf`, `@measureOf`): a verb that moves things or
 * sends a person (`sendOffBefore`) or that gains money or goods (`@gainOffVerb`: `made millions off investors`) up to
 * seven words before, and a price, a charge, a load, a place or a state after it (`saved hundreds off bills`, `lifted
 * tonnes off ships`, `tons off shore`).
 */
const offAfterCount: ReadonlyArray<string> = [
  ...sendOffBefore, ...gainOffBefore,
  '_ #JJ? #NN? bill|bills|price|prices|cost|costs|fare|fares|rate|rates|tax|taxes|wages|shares|stocks|budget|budgets|premiums|fees|rent|rents|mortgages|valuations|estimates|forecasts|profits|sales|earnings|revenues|value|values|markets|payments|tickets|purchases|holidays|flights|weight|load|loads|shelves|racks|trucks|lorries|boats|ships|roads|streets|shores|coasts|islands|beaches|rocks|reefs|trees|rooftops|roofs|walls|plates|cliffs',
  offPhrases
]

/** Seventh round: after a preposition's noun phrase, `off` is right before a place or a name, or after a verb that moves things. */
const offAfterPreposition: ReadonlyArray<string> = [
  '@offPlace _', '_ * #JJ? @offPlace', '_ * #JJ? #JJ @offPlace', '_ @det|@poss? #JJ? @offPlace', '_ * #NNP|@Name', '_ #NNP|@Name',
  offPhrases,
  '_ @det|@poss? #JJ? lake|lakes|ocean|oceans|river|rivers|ice|snow|water|waters|sea|coast|shore|island|islands',
  '@offVerb * _', '@offVerb * * _', '@offVerb * * * _', '@offVerb * * * * _', '@offVerb * * * * * _', '@offVerb * * * * * * _', '@offVerb * * * * * * * _'
]

/**
 * What keeps `off` after a quantity that stands for a part of a whole (the partitive `off` → `of` patterns): a place
 * or a thing one comes off, a word before it or not (`many off the grid`, `two off the injured list`, `ten off the
 * waiting list`), and a list or a roll one comes off (`two off the ballot`, `12 off the docket`, `all off the payroll`).
 */
const offListOrPlace: ReadonlyArray<string> = [
  '_ @det|@poss? #JJ? @offPlace',
  '_ @det|@poss? #VBN|#VBG|#NN @offPlace',
  '_ @det|@poss? #JJ|#VBN|#VBG|#NN? ballot|ballots|docket|dockets|roster|rosters|payroll|payrolls|register|registers|rolls|waitlist'
]

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
      '_ fell|falls to',
      {when: '@capitalMoney _', note: '`capitol` is the building a legislature meets in; money put to work is `capital`.'},
      {when: '_ funds|flows|imports|exports|assistance|needs|demands|loans|goods|formation|outlays|stock|inflows|outflows|base|account|accounts|budget|structure|equipment|assets|shortage|shortages', note: '`capitol` is the building a legislature meets in; money put to work is `capital`.'},
      {when: 'of|for|accumulate|raise|raising|enough|supply|attract|more|less|much|no _ $|so|with|in|to|and|for|from', note: '`capitol` is the building a legislature meets in; money put to work is `capital`.'}
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
        'The {capitol>capital} fell to the rebels on Sunday.',
        'The firm ran short of working {capitol>capital}.',
        'Demand for {capitol>capital} funds fell.',
        'The move meant a loss of {capitol>capital}.'
      ],
      keep: [
        'The state capitol was evacuated on Tuesday.',
        'Protesters gathered on Capitol Hill.',
        'Police cleared the capitol building.',
        'Rioters stormed the Capitol on Jan. 6.',
        'She works at the capitol.',
        'He was sworn in at the capitol in Austin.',
        'The territorial capitol was rebuilt.',
        'Crowds gathered in front of the capitol.',
        'Tourists walked to the capitol from the station.'
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
      {when: 'side|special|knock-on|long-term|adverse|harmful|lasting|unintended|negative|positive _:affects', unless: ['_ the|a|an|his|her|their|its|our|my|your|voters|people|how|whether|them|him|us|me|you|all|many|everyone'], note: 'Results are `effects`; `affects` is the verb.'},
      {when: '#JJ|@det _:affect|affects $|of|on|upon|in|is|was|were|are|,', note: 'After an article or adjective the noun is needed: a result is an `effect`; `affect` is the verb.'},
      {when: 'in _:affect', note: 'The phrase is `in effect`; `affect` is the verb.'},
      {when: '#JJ _:affects #IN|$', note: 'Results are `effects`; `affects` is the verb.'},
      {when: '#NN|#NNP|#JJ _:affect|affects $|,|and|or|than|#VBN', note: 'After a noun or adjective, at the end of a phrase, the noun is needed: a result is an `effect`; `affect` is the verb.'},
      {when: 'the|an _:affect|affects', note: 'After an article the noun is needed: a result is an `effect`; `affect` is the verb.'},
      // Two finite verbs in a row: `dipole affects provide`, `this affect can`, `the Robertson affect causes`.
      {when: '#JJ|#NN|#NNP _:affects #VBP|#MD', note: 'Before its verb the noun is needed: results are `effects`; `affects` is the verb.'},
      {when: 'this|#NNP _:affect #VBZ|#MD|#VBD', note: 'Before its verb the noun is needed: a result is an `effect`; `affect` is the verb.'},
      {when: 'what _:affect #PRP|#DT|#NN|#NNS #MD', note: 'Asked about as a thing, a result is an `effect` (`what effect it will have`); `affect` is the verb.'},
    ],
    keep: ["flat|blunted|restricted|emotional|depressed|inappropriate|labile|bright|patient's _"],
    note: 'A result is an `effect`; `affect` is the verb (to influence).',
    examples: {
      flag: ['Scientists measured the Doppler {affect>effect}.', 'The {affect>effect} he wanted never came.', 'The law is, in {affect>effect}, a ban.', 'The tariffs had two important {affects>effects} on trade.', 'The storm had a lasting {affect>effect}.',
        'The cuts had a knock-on {affect>effect} on jobs.',
        'The ban takes {affect>effect} on Monday.',
        'The curfew remains in {affect>effect}.',
        'Side {affects>effects} were mild.',
        'He said something to that {affect>effect}.',
        'The {affect>effect} of the storm was severe.',
        'The cuts had little {affect>effect}.',
        'Magnetic {affects>effects} provide a clue.',
        'This {affect>effect} can last for weeks.',
        'Nobody knew what {affect>effect} it would have.'
      ],
      keep: ['Patients showed a flat affect.', 'What affects one market affects all.', 'Heat can affect the crop.', 'The rules affect us all.', 'The cuts will affect voters.', 'Doctors noted a flat affect.', 'The rule does not affect anyone.', 'Little affects him.', 'No change will affect the vote.', 'Does this affect the vote?', 'Smoking affects lead absorption.', 'Whatever they affect will change.']
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
      {when: '@affectAdverb _:effect|effects|effected|effecting', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'},
      {when: '@modal|not|hardly #RB? _:effect @det|#PRP|#PRP$|#NNS', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'},
      {when: 'that|which|who|it|#RB _:effects @det|#PRP$|#PRP', note: 'To influence something is to `affect` it; to `effect` is to bring about (`effect change`).'}
    ],
    keep: [
      '_ change|changes|a|an|reform|reforms|repairs|transfer|transfers|release|rescue|cure|cures|savings|improvements|peace|compromise|entry|escape|settlement|merger|takeover|repatriation|withdrawal',
      // `effect their release`: what is brought about may follow a determiner.
      '_ @det|#PRP$ change|changes|reform|reforms|repairs|transfer|transfers|release|rescue|cure|cures|savings|improvements|peace|compromise|entry|escape|settlement|merger|takeover|repatriation|withdrawal|return|exit|recovery|evacuation|handover|sale|arrest|capture|landing|delivery|exchange|swap|deal|reconciliation|union|transition|cuts'
    ],
    note: 'To influence something is to `affect` it; to `effect` is to bring about.',
    examples: {
      flag: ['The delay would not {effect>affect} the result.', 'Anything that {effects>affects} them worries us.',
        'The ruling will {effect>affect} voters in March.',
        'It {effects>affects} the whole economy.',
        'Those {effected>affected} by the floods got help.',
        'The worst {effected>affected} areas lie to the north.',
        'The strike could adversely {effect>affect} flights.'
      ],
      keep: ['The court may effect a transfer.', 'Talks could effect their release.', 'The plan will effect change.', 'Doctors hope to effect a cure.', 'The law takes effect in May.', 'The effects of the war linger.', 'Officials effected the transfer on Monday.']
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
      {when: '_ been|gonna|got|because', note: '`its` is the possessive; before a verb the contraction of “it is” or “it has” is `it’s`.'},
      {when: '_ =a|=an|the|=no', note: '`its` is the possessive and cannot come before an article; “it is” is `it’s`.'},
      {when: '_ not|also|never|always|so|too', unless: ['_ not inconsiderable|insignificant|negligible|unimportant|insubstantial|unsubstantial|unreasonable|uncontroversial|unusual|unfamiliar|unrelated|unhelpful'], note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ going|about|up to', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ @itsAdj @clauseWord', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ worth @ing|it', note: '`its` is the possessive; “it is worth” is `it’s worth`.'},
      {when: '^ _ time to|for|$|now', note: '`its` is the possessive; “it is time” is `it’s time`.'},
      {when: '^ _ my|your|our|their|his|her|what|how|why|here|there|ok|okay', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '^ _ over $', note: '`its` is the possessive; “it is over” is `it’s over`.'},
      {when: '_ what|how|why|who', note: '`its` is the possessive; “it is” is `it’s` (`it’s what you do`).'},
      {when: '_ #RB? #JJR than', note: '`its` is the possessive; “it is” is `it’s` (`it’s tougher than`).'},
      {when: '_ #JJ unless|if|because|when|until', note: '`its` is the possessive; “it is” is `it’s`.'},
      // A possessive before an adjective that ends the sentence or meets `for` (`its easy.`, `its good for`): no noun follows.
      // Not before a comma: `its critical, destructive tone` lists adjectives.
      {when: '_ #JJ|#JJR .|;|!|”|"|for|?', unless: ['_ own|best|worst|utmost|hardest|finest|most|least|fill|due|all|first|last|latest|next|whole|equal|equals|like|kind|opposite|contrary|average|minimum|maximum|peak|height|past|future|present|interior|exterior|chief|principal|general|official|individual|elders|original|natural|native|external|internal|local|national|usual|normal|mean|total|outer|inner|upper|lower|former|latter|elder|senior|junior|superior|inferior|better|betters|collective|potential|ideal|initial|final|sum|spiritual|rival|rivals|right|left'], note: '`its` is the possessive and needs a noun; “it is” is `it’s`.'},
      // `its all right`, `its all over`: no noun can take `its` there.
      {when: '_ all right|over|very|too|so|just|quite', note: '`its` is the possessive; “it is” is `it’s`.'},
      {when: '_ after|before|until|unless|since|nothing|plenty|those|these|whether', firm: true, note: '`its` is the possessive and needs a noun; “it is” is `it’s`.'},
      // `its just possible`, `its well worth`: an adverb of degree, then an adjective or `worth`, and no noun.
      {when: '_ just|quite|really|pretty|well|much|simply #JJ|#RB|#VBN|worth', unless: ['_ * own|#NN|#NNS', '_ * #JJ|#VBN #NN|#NNS'], note: '`its` is the possessive; “it is” is `it’s`.'}
    ],
    note: '`its` is the possessive; “it is” and “it has” are `it’s`.',
    examples: {
      flag: ['The plan is fine, but {its>it’s} what comes next that worries us.', 'The climb looks easy, but {its>it’s} harder than it seems.', 'A permit is issued, but {its>it’s} useless unless signed.',
        '“{Its>It’s} been a hard year,” she said.',
        'He said {its>it’s} a mistake.',
        'Officials said {its>it’s} not clear who fired first.',
        '{Its>It’s} unclear whether the deal will hold.',
        '{Its>It’s} time to act.',
        'The mayor said {its>it’s} going to be close.',
        'He said {its>it’s} worth waiting for.',
        'The climb looks hard, but {its>it’s} easy.',
        'He said {its>it’s} all right.',
        'Maybe {its>it’s} nothing.'
      ],
      keep: ['The report kept its critical, measured tone.', 'The board did its best.', 'The firm looked to its past.', 'The firm raised its prices.', 'The club sold its older than average stock.',
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
      {when: '_ @itsNoun @finiteVerb', note: '`it’s` means “it is”; before a noun the possessive `its` is needed.'},
      {when: '_ #JJ? #NNS #VBP|#VBD|#MD|$|,|#CC', unless: ['_ time|fun|news|nothing|something|everything|people|children|members|men|women|things|days|years|hours'], note: '`it’s` means “it is”; before a noun the possessive `its` is needed.'},
      // `has it’s`: “has it is” has two verbs in a row.
      {when: 'has|have|had|having _', note: '`it’s` means “it is” or “it has”; after `has` the possessive `its` is needed.'},
      {when: '^ _ #JJ? #NN|#NNS #VBD|#VBZ|#VBP|#MD', unless: ['_ time|fun|news|nothing|something|everything|anything|people|money|men|women|children|folks|guys|kids|friends|voters|workers|members|things|none|all|one|me|him|us|them|you|that|this|what|who|@ing|@num'], note: '`it’s` means “it is”; before a noun and its verb the possessive `its` is needed.'},
      {when: '#VB*|#IN _ #NN|#NNS $|,', unless: ['_ time|fun|news|nothing|something|everything|anything|true|right|wrong|worth|over|up|done|gone|fine|okay|ok|home|here|there|now|all|enough|late|early|hard|easy|possible|clear|obvious|me|him|us|them|you|it|that|this|@ing'], note: '`it’s` means “it is”; before a noun the possessive `its` is needed.'}
    ],
    note: '`it’s` means “it is” or “it has”; the possessive is `its`.',
    examples: {
      flag: ['The gun is light and {it’s>its} trigger pull is smooth.', 'Thieves break {it’s>its} laws.', 'The company cut {it’s>its} own forecast.', 'The town is proud of {it’s>its} history.', 'To {it’s>its} credit, the board listened.', 'The union said {it’s>its} members voted to strike.', 'Each school has {it’s>its} style.', '{It’s>Its} origin lies in a dispute.'],
      keep: ['Whatever he has, it’s not enough.', 'It’s me who decides.', 'He knows it’s time.', 'It’s people who vote, not polls.', 'It’s worth noting that turnout fell.', 'It’s over, he said.', 'Whatever it’s called, it works.', 'It looks like it’s going to rain.', 'He said it’s a hard year.', 'It’s members who decide.', 'The mood is tense, and it’s getting worse.']
    }
  },
  {
    set: "their/there/they're",
    row: 7,
    forms: {their: 'there', "their's": "there's"},
    flag: [
      {when: '_:their #VBD|#VBZ', unless: ['_ own|@possNoun'], note: '`their` is the possessive; “a thing exists” takes `there` (`there was`).'},
      {when: '_:their #MD #VB|#RB', unless: ['_ own|@possNoun'], note: '`their` is the possessive; “a thing exists” takes `there` (`there will be`).'},
      {when: '#VB*|#RB _:their $|#IN', unless: ['_ own|@possNoun|not', '_ #NN*', '_ “|”|"|‘|’'], note: '`their` is the possessive and needs a noun; the place is `there`.'},
      {when: '_:their @thereVerb', note: '`their` is the possessive; “a thing exists” takes `there` (`there is`, `there are`).'},
      {when: '_:their @thereModal @thereBe', note: '`their` is the possessive; “a thing exists” takes `there` (`there will be`).'},
      {when: '_:their seems|seem|appears|appear|used to', note: '`their` is the possessive; “a thing exists” takes `there`.'},
      {when: '@thereAdverbCue _:their .|,|;|!|?|)|”|"', note: '`their` is the possessive and needs a noun; the place is `there`.'},
      {when: "_:their's @det|nothing|something|been|always|never|still|only|just|also|not|more|plenty|little|enough|going|got", note: '“There is” is `there’s`; `their` is the possessive.'},
      // `was their any`: a possessive needs a noun, and `any` or `nothing` is none.
      {when: '@thereVerb _:their any|anything|nothing|much', note: '`their` is the possessive; “is there any” takes `there`.'},
      // `back their when`: a possessive needs a noun, and a preposition or conjunction is none.
      {when: '@thereAdverbCue _:their when|where|at|in|on|for|with|and|but|until|since|because', note: '`their` is the possessive and needs a noun; the place is `there`.'},
      // `their's room`: the possessive `theirs` never takes a noun after it.
      {when: "_:their's #NN|#NNS|#NNP|#CD|#PRP|one|nobody|room|time|work|@num", note: '“There is” is `there’s`; `their` is the possessive.'},
      // `treatment their.`: a possessive at a clause's end owns nothing.
      {when: '#NN|#NNS|#PRP|#RB|#IN _:their .|,|;|:|!|?|)', unless: ['of|and|or _', '_ ,|; #PRP$|his|her|our|my|your|its'], note: '`their` is the possessive and needs a noun; the place is `there`.'},
      // `room their now`: a possessive before a word of time owns nothing.
      {when: '_:their now|today|yesterday|again|anymore|tonight|tomorrow', note: '`their` is the possessive and needs a noun; the place is `there`.'}
    ],
    note: '`their` is the possessive; the place, and “there is”, take `there`.',
    examples: {
      flag: ['Nor was {their>there} any purpose in it.', 'They came way back {their>there} when the roads were bad.',
        '{Their>There} are no plans to reopen the mine.',
        'He said {their>there} will be an inquiry.',
        'Officials said {their>there} were 12 victims.',
        'We drove over {their>there}.',
        '{Their>There} used to be a bakery on the corner.',
        "He said {their's>there's} no money left."
      ],
      keep: ['They had their anything-goes phase.', 'The men kept their word.', 'Their car is parked outside.', 'They made up their own minds.', 'Their will to fight is strong.', 'Voters gave their verdict.', 'Their IS fighters retreated.', 'Their might has faded.']
    }
  },
  {
    set: "their/there/they're",
    forms: {their: "they're"},
    flag: [
      {when: 'that|said|say|says|think|thinks|because|if|when|unless|hope|know|knows|and|but|so|as|where|while _ #VBG #TO|#IN|#DT|#RB|#PRP|$', unless: ['_ being|during|according|following|including|morning|evening|building|meeting|feeling|wedding|funding|spending|clothing|holdings|earnings|savings|findings|belongings|surroundings|offspring|ceiling|painting|writing|training|ruling|rating|hearing|setting|timing|thinking|standing|housing|shipping|lending|pricing|planning|rankings|warnings|readings|dealings|proceedings|teaching|teachings|beginnings|feelings|paintings|writings|buildings|meetings|winnings|bearing|landing|parking|ending|opening|going'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: 'that|said|say|says|think|thinks|because|if|when|unless|and|but|so|where|while _ #RB #JJ|#VBG|#VBN|#IN|$', unless: ['_ own|very|most|more|less|least|so-called|now|then|once|only|first|last|next|long|best|recently|newly|early|late|former|chief|main|eventual|@num'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: '_ not|afraid|aware|gonna', unless: ['_ not @ing', '@itsPrep _'], note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: '_ able|allowed|supposed|expected|going|about|likely|unlikely|willing|unwilling|trying|planning|hoping|due to @baseVerb', note: '`their` is the possessive; “they are” is `they’re`.'},
      {when: 'maybe|perhaps|probably|think|thinks|hope|hopes|sure|because _ right|wrong|correct $', note: '`their` is the possessive; “they are right” is `they’re right`.'},
      // `their gone.`, `their followed by`: a possessive before a participle and `by` or a clause's end owns nothing.
      {when: '_ #VBN by|$', unless: ['_ beloved|wounded|dead|loved|chosen|own|united|married|accused|departed|injured|deceased|elected|damned|betrothed|intended|fill|best|due'], note: '`their` is the possessive; “they are” is `they’re`.'}
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
      {when: '#IN|#VBD|#VB|#VBZ|#VBP|#VBG|#VBN _ #JJ? #NNS|#NN $|#IN|#VBD|#VBZ|#VBP|#MD|#CC|#TO', unless: ['from|out|here|up|down|over|in|get|got|gets|getting|been|back|be|is|are|was|were|am|go|goes|went|gone|going|stay|stayed|stays|live|lived|lives|living|sat|stood|left|arrived|remain|remained|remains|seem|seems|seemed|exist|exists|existed|than|whether|if|that|as|because|until|while|since|where|when|so|for|of|like|near|right|come|came|comes|coming|before|after|about|being|appear|appears|appeared|put|keep|kept _', '_ yesterday|today|tomorrow|tonight|now|again|later|anymore|once|twice|too|ever|either|alone|instead|someday|sometime|sometimes|lately|first|last|somewhere|anyway|all|both|each|none|nobody|everyone|everybody|anyone|anybody|someone|somebody|nothing|something|anything|everything|much|more|less|enough|one|two|three|@num|any|many|few|some|no|such|this|that|these|those|at|the|a|an|year|years|day|days|week|weeks|month|months|time|times|night|nights|morning|evening|afternoon|hour|hours|minute|minutes|season|summer|winter|spring|autumn|fall|period|moment|while|long'], note: 'Before a noun the possessive `their` is needed, not the place word `there`.'},
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
      },
      // `of there guilt`: after a preposition that takes an object, a noun needs the possessive.
      {when: 'of|to|about|with|by|into|upon|against|toward|towards|concerning _ #JJ? #NN|#NNS', unless: ['out|top|front|side|bottom|instead|because|inside|outside|north|south|east|west|left|right|back|up|down|away|far|near|from|here|way|road|trip|route|drive|walk|go|went|get|got|come|came * _', '_ yesterday|today|tomorrow|tonight|now|again|later|once|too|ever|either|alone|first|last|anyway|one|@num|year|years|day|days|week|weeks|month|months|time|times|night|nights|morning|evening|afternoon|hour|hours|minute|minutes|while|long|being|home'], note: 'After a preposition, a noun needs the possessive `their`, not the place word `there`.'},
      // `run there businesses only`: a verb, then `there`, an adjective or none, and a plural noun before an adverb or comma.
      {when: '#VB|#VBD|#VBZ|#VBP|#VBG|#VBN _ #JJ? #NNS #RB|#RBR|,', unless: ['from|out|here|up|down|over|in|get|got|gets|getting|been|back|be|is|are|was|were|am|go|goes|went|gone|going|stay|stayed|stays|live|lived|lives|living|sat|stood|left|arrived|remain|remained|remains|seem|seems|seemed|exist|exists|existed|come|came|comes|coming|being|appear|appears|appeared|put|keep|kept|worked|work|died|moved|met|stopped|spent|arrive|happened _', '_ yesterday|today|tomorrow|tonight|now|again|later|anymore|once|twice|too|ever|either|alone|instead|someday|sometime|sometimes|lately|first|last|somewhere|anyway|all|both|each|none|nobody|everyone|everybody|anyone|anybody|someone|somebody|nothing|something|anything|everything|much|more|less|enough|one|two|three|@num|any|many|few|some|no|such|this|that|these|those|years|days|weeks|months|times|nights|hours|minutes|people|men|women|folks'], note: 'Before a noun the possessive `their` is needed, not the place word `there`.'}
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
      {when: '@possCue _ @possNoun', unless: ['for _'], note: '`they’re` means “they are”; after a preposition or a verb that needs an object the possessive `their` is needed.'},
      // A preposition that cannot start a clause, then “they are”: never grammatical (`in spite of they’re colours`).
      {when: 'of|to|at|into|onto|with|without|toward|towards|upon|under|among|against|within|across|during|beside _', note: '`they’re` means “they are”; after a preposition the possessive `their` is needed.'},
      // `blinded they're minds`, `end they're fiscal year`: a participle or verb, then a noun phrase of one or two nouns.
      {when: '#VBN|#VBD|#VB|#VBZ|#VBP|in|all _ #JJ? #NN|#NNS #NN|#NNS? #VBD|#VBZ|#VBP|#MD|$|#IN|#CC|#RB', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|both|still|just|only|also|now|so|too|very|going|getting|being|afraid|aware|sure|able|likely|ready|worth|about|like|out|up|in|on|off|over|back|@ing|a|an|the|no|@num|friends|people|kids|children|men|women|twins|brothers|sisters|partners|cousins|neighbors|neighbours|enemies|rivals|parents|students|workers|guys|girls|boys|ones|things|fans', 'for all _', 'that|said|say|says|think|thinks|thought|know|knew|hope|believe|believed|guess|because|if|when|as|so|and|but|where|while|unless|since _'], note: '`they’re` means “they are”; before a noun the possessive `their` is needed.'}
    ],
    note: '`they’re` means “they are”; the possessive is `their`.',
    examples: {
      flag: ['The birds fly fast in spite of {they’re>their} colours.', 'They made up {they’re>their} own minds.', 'Residents lost {they’re>their} homes.'],
      keep: ['In spite of the cold, they’re outside.', 'They’re leaving on Friday.', 'They’re children, not criminals.', 'She said they’re ready.']
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
      {when: 'sooner _ later', note: 'The phrase is `sooner than later`; `then` is about time.'},
      {when: 'more|less #JJ|#RB|#VBN|#VBG _ #DT|#PRP$|#CD|#TO', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`more desirable than the`); `then` is about time.'},
      {when: '#JJR|#RBR _ #WP|what|any|anything|ever|all|#TO', unless: ['each|the|one|an|another other _'], keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than`; `then` is about time.'},
      {when: '#JJR #NN|#NNS _ #PRP$|#DT|#PRP', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`a longer past than ours`); `then` is about time.'},
      // A comparative, then a name: `better then Victoria` (only `if … then` or `unless … then` can put a name there).
      {when: '#JJR|#RBR _ @Name', unless: ['_ =I'], keepAfter: ['if', 'once', 'unless', 'until'], note: 'A comparison takes `than` (`better than Victoria`); `then` is about time.'},
      // `more appeal then any other`: `then` cannot stand between a compared noun and `any` or `ever`.
      {when: 'more|less #JJ #NN|#NNS _ #PRP$|#DT|#PRP|@Name', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`a more direct claim than his`); `then` is about time.'},
      {when: 'somewhat|much|far|slightly|even|still|no #JJR|#RBR|later|earlier|sooner _ #DT|#PRP$|#CD', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`somewhat later than the rest`); `then` is about time.'},
      {when: 'more|less|fewer #JJ? #NN? #NN|#NNS _ any|anyone|anybody|anything|ever|usual|expected', keepAfter: ['if', 'once', 'unless', 'until'], note: 'A comparison takes `than` (`more appeal than any other`); `then` is about time.'},
      // Set phrases of comparison: `more often than not`, `more than once`, `more than one`.
      {when: 'more|less often _ not', note: 'The phrase is `more often than not`; `then` is about time.'},
      {when: 'more|less|fewer _ once|twice|one|ever|usual|enough|necessary|needed', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`more than once`); `then` is about time.'},
      // `more dramatically coherent then the second`: an adverb and an adjective after `more`, then what is compared.
      {when: 'more|less #RB #JJ|#VBN _ #DT|#PRP$|#CD|#NN|#NNS|#NNP', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`more clearly right than the rest`); `then` is about time.'},
      // `more personalities then persons`, `more time rustling cattle then farming`: two things compared by number.
      {when: 'more|less|fewer #JJ? #NN|#NNS _ #NN|#NNS|#VBG', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`more words than deeds`); `then` is about time.'},
      {when: '#JJR|#RBR #JJ? #NN|#NNS _ ours|yours|theirs|mine|hers', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`larger systems than ours`); `then` is about time.'},
      // From the grammar of a comparison (second round): its second term may turn round, the verb before the subject
      // (`more time than did the others`, `no closer than is the first`); `then` before a verb and its subject asks for an `if`.
      {when: 'more|less|fewer|#JJR|#RBR *? *? *? _ will|has|had|is|was|did|does|are|were|do|have #DT|#PRP$|#NNP|@Name|#RB|#NNS|#JJ', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than`, even with the verb before what is compared (`more than did the others`); `then` is about time.'},
      // Third round: a comparison whose first term is an adjective or a name (`less Muslim than its predecessor`).
      {when: 'more|less #NNP|#JJ _ its|their|his|her|our|my|your|the', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`less Muslim than its predecessor`); `then` is about time.'},
      // A comparative, then a clause or a word that only a comparison puts there.
      {when: '#JJR|#RBR _ @subjpron #MD|had|did|do|does|was|were|is|are|could|should|would', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], unless: ['and|, #JJR|#RBR _'], note: 'A comparison takes `than` (`sicker than they should have been`); `then` is about time.'},
      {when: 'more|less #JJ|#RB|#VBN|#VBG _ other|others|any|anyone|anything|anybody|ever|all|usual|expected|before', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`no more distinguished than other clichés`); `then` is about time.'},
      {when: 'more|less _ @subjpron #VBP|#VBZ|#VBD|#MD', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], unless: ['add|added|adding|pour|poured|stir|buy|bought|eat|ate|drink|drank|take|took|got|get|make|made|did|do|use|used|need|needed|want|wanted * _', 'add|added|adding|pour|poured|stir|buy|bought|eat|ate|drink|drank|take|took|got|get|make|made|did|do|use|used|need|needed|want|wanted _'], note: 'A comparison takes `than` (`you need her more than you need him`); `then` is about time.'},
      {when: '#JJR|#RBR *? *? _ any|anyone|anything|anybody|ever', unless: ['and|or|, _'], keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`greater by far than any`); `then` is about time.'},
      {when: 'more|less #JJ|#VBN _ #JJ|#VBN $|,|.|and|at|by|for|to', keepAfter: ['if', 'once', 'unless', 'until', 'when', 'as'], note: 'A comparison takes `than` (`more excited than frightened`); `then` is about time.'},
    ],
    note: 'A comparison takes `than`; `then` is about time.',
    examples: {
      flag: ['She swims better {then>than} Victoria.', 'He was a more careful driver {then>than} his brother.', 'The vote came somewhat later {then>than} the count.', 'The van has more room {then>than} any other model.', 'The guards were more dedicated {then>than} the police.', 'Walking is more pleasant {then>than} the bus.', 'Rents rose faster {then>than} anyone expected.',
        'Turnout was higher {then>than} expected.',
        'The storm killed more {then>than} 40 people.',
        'She would rather {then>than} resign.',
        'Nobody other {then>than} the mayor knew.',
        'The vote came later {then>than} planned.',
        'Prices are lower {then>than} a year ago.',
        'It was worse {then>than} anyone feared.',
        'She was late more often {then>than} not.',
        'He has voted more {then>than} once.',
        'The plan is more plainly fair {then>than} the old one.',
        'We need more doctors {then>than} managers.',
        'They built larger homes {then>than} ours.',
        'Rates grew faster {then>than} did wages.',
        'The new board is less cautious {then>than} its predecessor.',
        'The patients were sicker {then>than} they should have been.', 'The plan is no more costly {then>than} other options.', 'You need her more {then>than} you need him.',
        'The gain is greater by far {then>than} any before.', 'The crowd was more angry {then>than} afraid.'
      ],
      keep: ['If the bid is higher then Smith pays.', 'If prices grew much higher then the shops closed.', 'If more new homes sell then the price falls.', 'Turnout was far higher across the north, than expected.', 'Add more water then stir.', 'Rents were lower then, and jobs were scarce.', 'If rents rise faster then the council acts.',
        'And then the lights went out.',
        'Back then, few people owned cars.',
        'Since then, prices have risen.',
        'Prices were higher then than now.',
        'They greeted each other then left.',
        'Prices were higher then because of the war.',
        'Five days later then-President Obama arrived.',
        'Things were better then, she said.',
        'If turnout is higher then the party wins.',
        'If you want more, then once a week is fine.',
        'Stir in more water then serve.',
        'When sales grew more slowly then the firm cut staff.',
        'If rates rise then will the bank act?', 'It grew larger, and then was sold.',
        'If the hall grows more crowded then the doors shut.',
        'If rates grow higher then they will sell.', 'When it grew more crowded then others left.', 'Add more then you stir.', 'It got bigger, and then anyone could see it.',
        'When the crowd grew more restless then angry, police came.'
      ]
    }
  },
  {
    set: 'than/then',
    row: 11,
    forms: {than: 'then'},
    flag: [
      // `more, perhaps, than a …`, `less successful, both artistically and commercially, than the …`: a comparative anywhere before, however far, is compared.
      // `keepAfter` keeps a comparative word anywhere before; `unless` adds a comparative only the tagger knows, close before.
      {when: ', _ #PRP|#NNP|#DT #VBD|#VBZ|#MD|#VBP|#NN|#NNS', unless: ['#JJR|#RBR * ,? _', '#JJR|#RBR * * ,? _', '#JJR|#RBR * * * , _', '#JJR|#RBR * * * * , _'], keepAfter: thanAfterComparison, note: 'A next step in time is `then`; `than` compares.'},
      {when: 'and|but|or|even|only _ #VBD|#VBZ|#MD|#VBP|#RB', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * and|but|or|even|only _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * and|but|or|even|only _', '@comparative|more|less|rather|other|else|#JJR|#RBR and|but|or|even|only _'], note: 'A next step in time is `then`; `than` compares.'},
      {when: 'since|until|till|til _', note: '`since then` and `until then` are about time: `then`; `than` compares.'},
      {when: 'back _ ,|.|$|when|there|he|she|they|we|i|it', note: '`back then` is about time: `then`; `than` compares.'},
      {when: 'now and _', note: 'The phrase is `now and then`; `than` compares.'},
      {when: 'but|and _ again', note: 'The phrase is `then again`; `than` compares.'},
      {when: 'and|just _ @subjpron|there|later|came|went|left|began|started|the|a|an', note: 'A next step in time is `then`; `than` compares.'},
      {when: '^ _ ,|@subjpron|there|the|again|came|later', note: 'A sentence cannot open with `than`; the next step in time is `then`.'},
      {when: ', _ #VBD|#VBZ|#VB|#VBG', unless: ['_ were|was|is|are|did|does|do|had|has|have|would|could|ever|be', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * ,? _', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * * ,? _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * , _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * * , _'], note: 'A next step in time is `then`; `than` compares.'},
      // The tagger often reads the verb after `than` as a participle (`, than turned west`); not `than expected` and the like, which compare.
      {when: ', _ #VBN', unless: ['_ expected|planned|forecast|anticipated|thought|hoped|predicted|estimated|feared|projected|needed|required|imagined|believed|suspected|assumed|intended|promised|budgeted|scheduled|reported|announced|indicated|suggested|allowed|advertised|agreed|claimed|stated|shown|seen|known|used|given|paid|offered|asked|demanded|proposed|recommended|advised|warranted|justified|desired|wanted|wished|envisaged|envisioned|prescribed|permitted|possible|necessary|usual', '_ were|was|is|are|did|does|do|had|has|have|would|could|ever|be', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * ,? _', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * * ,? _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * , _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * * * , _'], note: 'A next step in time is `then`; `than` compares.'},
      {when: '#MD _ #VB|be', note: 'A next step in time is `then` (`will then be`); `than` compares.'},
      {when: 'and|but|or _ ,|#VB|#VBP', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * and|but|or _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * and|but|or _', '@comparative|more|less|rather|other|else|#JJR|#RBR and|but|or _'], note: 'A next step in time is `then`; `than` compares.'},
      // A comparison's `than` comes before what is compared, never between a subject and its verb.
      {firm: true, when: 'he|she|we|they|i _ #VB*', note: 'A next step in time is `then` (`he then left`); `than` compares.'},
      {firm: true, when: '@be _ #VBN|#VBG', note: 'A next step in time is `then` (`was then sold`); `than` compares.'},
      {firm: true, when: 'from _ on', note: 'The phrase is `from then on`; `than` compares.'},
      // `and than`: with no comparative just before, nothing is compared.
      {when: 'and _', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * and _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * and _', '@comparative|more|less|rather|other|else|#JJR|#RBR and _'], note: 'A next step in time is `then` (`and then`); `than` compares.'},
      {when: ', _ #RB #VB*|#PRP', unless: ['@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * ,? _', '@comparative|more|less|rather|other|else|different|differently|otherwise|#JJR|#RBR * * ,? _'], note: 'A next step in time is `then` (`, then slowly turned`); `than` compares.'},
      {when: ', _ ,', note: 'An aside set off by commas is `then` (`There is, then, a chance`); `than` compares.'},
      {when: '--|— _ #PRP|#VBZ|#VBD', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * --|— _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * --|— _'], note: 'A next step in time is `then`; `than` compares.'},
      // From the grammar of a comparison (second round): `than` needs a second term, so it cannot end a clause; a cleft's
      // `it was only … that` wants a time.
      {when: '_ .|!|?|;', unless: ['“|"|‘|\' _'], note: 'A comparison’s `than` needs what is compared after it; at a clause’s end the word is `then`.'},
      {when: 'it @be only? _ that|when', note: 'A time is `then` (`it was only then that`); `than` compares.'},
      // Third round: `than` needs a comparative before it, so it never opens a sentence or follows `yet` or `even` alone.
      {when: '^ _ why|what|how|where|who|if|all|one|on|in|at|after|let', note: 'A sentence cannot open with `than`; the next step in time is `then`.'},
      {when: 'yet|even _ @subjpron|there', unless: ['@comparative|more|less|rather|other|else|#JJR|#RBR * yet|even _', '@comparative|more|less|rather|other|else|#JJR|#RBR yet|even _', '@comparative|more|less|rather|other|else|#JJR|#RBR * * yet|even _'], note: 'A time is `then` (`even then we did nothing`); `than` compares.'},
      // A subject pronoun, then its verb: `than` would need a comparative before the pronoun.
      {when: 'he|she|we|they|i _ #NN|#NNS|#VB|#VBP|#RB', unless: ['_ @subjpron|@objpron|us|them|me|him|her|ever|before|usual|now|expected', '@comparative|more|less|rather|other|else|#JJR|#RBR * * he|she|we|they|i _', '@comparative|more|less|rather|other|else|#JJR|#RBR * he|she|we|they|i _', '@comparative|more|less|rather|other|else|#JJR|#RBR he|she|we|they|i _'], note: 'A next step in time is `then` (`we then outline`); `than` compares.'}
    ],
    note: '`then` is about time; `than` compares.',
    examples: {
      flag: ['The ship skirted the coast, {than>then} turned west.', 'The crowd cheered, {than>then} the mayor spoke.', 'She sat down, {than>then} stood up again.', 'The problem will {than>then} be solved.', 'Read the notice and {than>then}, if needed, call us.', 'Since {than>then}, prices have risen.', 'Back {than>then}, few people owned cars.', 'She paused and {than>then} left.', '{Than>Then} he called the police.', 'It rains now and {than>then}.', 'He {than>then} sold the shares.', 'The site was {than>then} sold.', 'From {than>then} on, fares rose.', 'Cut the board and {than>then} sand it.', 'She read the note, {than>then} slowly turned away.', 'There is, {than>then}, a real risk.', 'We met again soon {than>then}.', 'It was only {than>then} that she left.', '{Than>Then} why did you stay?', 'Even {than>then} we did nothing.', 'We {than>then} outline the theory.'],
      keep: ['It was warmer this year, than ever before.', 'Prices rose less sharply, both at home and abroad, than the bank feared.', 'It was more, perhaps, than a mayor could bear.', 'He is taller, than was his father.', 'Turnout was higher than expected.', 'She would rather resign than apologise.', 'More than 40 died.', 'It was more a warning than a threat.', 'He looked more to the back than the front.', 'More people voted than were expected.', 'Fewer came than we hoped.', 'It cost more than was spent.', 'It was warmer and drier than usual.', 'They spoke more openly, than ever before.', 'It was more than he could pay.', 'She circled the word “than”.', 'It cost more than what we paid.', 'She was taller even than he was.', 'Better they than we.']
    }
  },
  {
    row: 12,
    forms: {loose: 'lose', loosing: 'losing', looses: 'loses'},
    flag: [
      {when: 'to|@modal|not|never _:loose @loseObj', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '_:loosing|looses @loseObj', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage|horses|horse'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '@be _:loosing', note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '@modal|not|never|only|therefore|also #RB? _:loose #PRP$|#DT', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '@modal #RB? _:loose #RB|#JJ', note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: '@det|#JJ _:loosing #NN', note: 'A fight that cannot be won is a `losing` one; `loosing` means setting free.'},
      // `nothing to loose.`: the verb that frees takes an object; at a clause end only `lose` fits.
      {when: 'to _:loose $', unless: ['close|next|due|back|from|came|come|cut|break|broke|work|worked|shake|shook|hang|turn to _'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      // `should we loose the chance`: a modal, its subject, then the verb.
      {when: '@modal @subjpron _:loose #DT|#PRP$|#PRP|#NN|#NNS', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      // `as they loose all the`, `tragedies loose their vitality`: `loose` as a verb before what is lost, not after a
      // verb that sets something free (`let loose their dogs`) and not before what is set free (`loose their arrows`).
      {
        when: '_:loose @loseObj|#PRP$|all|own',
        unless: ['let|lets|set|sets|cut|cuts|turn|turns|turned|break|breaks|broke|shake|shook|work|works|worked|pull|pulled|tear|tore|tears|come|came|comes|hang|hung|hangs|run|ran|runs|get|got|gets|wriggle|wriggled|spring|sprang|sprung|fall|fell|hold|held|stay|stayed|is|was|are|were|be|been|hair|hang _', '_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage|horses|horse|hair|grip|tongue|tongues|bowels|belt|tie|collar|ends|end|change|cannon|cannons', '_ a|an|the|one|two|more|half|out|both|another'],
        note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'
      },
      // `would loose,`, `more to loose than he`: the verb with nothing after it.
      {when: '@modal _:loose $', unless: ['come|came|comes|break|broke|cut|work|shake|hang|turn _'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      {when: 'to _:loose than', note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'},
      // `after loosing this game`, `before loosing to Parker`: a preposition, then the verb in -ing.
      {when: 'after|before|without|by|from|of|for|about|avoid|avoided|risk|risked|risking _:loosing', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage|horses|horse'], note: 'Being deprived of something is `losing` it; `loosing` means setting free.'},
      // `if you loose the debate`: a subject, then the verb and its object (freeing hounds aside).
      {when: 'i|you|we|they _:loose him|her|them|it|#DT|#PRP$', unless: ['_ @det? wrath|fury|arrows|arrow|volley|hounds|dogs|torrent|barrage'], note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.'}
    ],
    note: 'To be deprived of something is to `lose` it; `loose` means not tight or free.',
    examples: {
      flag: ['If you {loose>lose} the debate, you leave.', 'They {loose>lose} him in the crowd.', 'Nor should we {loose>lose} the chance.', 'Voters will not only {loose>lose} their patience.', 'He would {loose>lose} forever the chance.', 'They fought a {loosing>losing} battle.', 'The party could {loose>lose} its majority.', 'He is expected to {loose>lose} the election.', 'The firm is {loosing>losing} money.', 'She {looses>loses} her seat if turnout falls.', 'They will {loose>lose} their jobs.', 'Such plays {loose>lose} their appeal.', 'Fans often {loose>lose} all hope.', 'Few would {loose>lose}, and most would gain.', 'After {loosing>losing} the final, the team went home.'],
      keep: ['They loose the hounds at dawn.', 'The screws worked loose.', 'The knot came close to loose.', 'Should we loose the hounds?', 'They came to loose the hounds.', 'He let loose a volley of abuse.', 'A dog was on the loose.', 'He cut loose from the pack.', 'The screws came loose.', 'Loose change was found.', 'They could break loose at any time.', 'They tied up loose ends.', 'They let loose their dogs.', 'Archers loose their arrows at dawn.', 'The bolt would come loose.', 'The rope hung loose all day.', 'After loosing the hounds, they rode off.']
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
      {when: '@det|spare|some _:lose change', note: 'Coins are `loose change`; `lose` is the verb.'},
      {when: '@det _:lose', note: 'After an article the adjective `loose` is needed; `lose` is the verb.'},
      // `Max's lose grin`, `clumps of lose feathers`: no verb stands between a possessive or `of` and its noun.
      // Not after `in` or `with`, which can end a clause before a verb (`those who give in lose face`).
      {when: '@poss|of|other _:lose #NN|#NNS', note: 'Before a noun the adjective `loose` is needed; `lose` is the verb.'},
      {when: 'is|was|are|were|be|been|seem|seems|seemed|become|became|hang|hangs|hung|run|ran|running|turned|wriggled|worked _:lose', unless: ['_ @det|@poss|@loseObj|to'], note: 'Free or not tight is `loose`; `lose` is the verb.'}
    ],
    note: 'Free or not tight is `loose`; `lose` is the verb.',
    examples: {
      flag: ['He pulled a {lose>loose} thread.', 'The hat had clumps of {lose>loose} feathers.', 'Max’s {lose>loose} grin faded.', 'The dogs may run {lose>loose} in the park.', 'A gunman is on the {lose>loose}.', 'The dogs broke {lose>loose} overnight.', 'He wore a {lose-fitting>loose-fitting} jacket.', 'He is a {lose>loose} cannon.', 'She tied up {lose>loose} ends.', 'He found some {lose>loose} change.'],
      keep: ['Those who run lose their breath.', 'The aim was to lose weight.', 'They could lose the vote.', 'We cannot let them lose hope.', 'Lose weight fast, the ads say.', 'They might lose ground.', 'Teams that break lose points.', 'Players in turn lose money.', 'Those who give in lose face.', 'Teams that tire lose.']
    }
  },
  {
    row: 14,
    forms: {principal: 'principle', principals: 'principles'},
    flag: [
      {when: '@inPrincipleCue in _:principal', firm: true, note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: '^ in _:principal', note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: ', in _:principal ,', note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: '@onPrincipleCue on _:principal', note: 'A stand taken on a rule of conduct is taken on `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: 'matter|matters|point|points|man|woman|people|question|issue|issues of _:principal', note: 'A rule or belief is a `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: '_:principals of @principleOf', note: 'Rules or beliefs are `principles`; `principals` are head teachers or lead parties.'},
      {when: '@principleAdj _', note: 'A rule or belief is a `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: 'the|a|this|that _:principal of @abstract', note: 'A rule or law (`the principle of optimality`) is a `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: 'in _:principal but|though|although', firm: true, note: '`in principle` means in theory; a `principal` is a head teacher or a sum of money.'},
      {when: 'the|a|this|that|any|every _:principal of #NN|#NNS|#JJ|#VBG|“|"', unless: ['_ of @principalOf', '_ of * @principalOf', '_ of * * @principalOf', '_ of @Name'], keepAfter: ['interest', 'loan', 'loans', 'payment', 'payments', 'paid', 'pay', 'repay', 'repaid', 'mortgage', 'debt', 'owed'], note: 'A rule or belief is a `principle`; a `principal` is a head teacher or a sum of money.'},
      {when: '_:principals of #NN|#NNS|#JJ|#VBG|“|"', unless: ['_ of @principalOf', '_ of * @principalOf', '_ of * * @principalOf', '_ of @Name', '_ of both|all|each|several|many|some|most|two|three|four|five|@num'], note: 'Rules or beliefs are `principles`; `principals` are head teachers or lead parties.'},
      {when: '_:principals underlying|governing', note: 'Rules or beliefs are `principles`; `principals` are head teachers or lead parties.'}
    ],
    keep: ['_ and|amount|amounts|payment|payments|repayment|repayments|balance|sum|owed|outstanding|plus|investor|investors|investigator|investigators|dancer|residence|office|offices|officer|officers|deputy|secretary|owner|shareholder', 'school|schools|retired|former|assistant|vice|deputy|acting|interim|head _'],
    note: 'A rule or belief is a `principle`; a `principal` is a head teacher, a lead party or a sum of money.',
    examples: {
      flag: ['The council agreed in {principal>principle} to the plan.', 'She resigned on {principal>principle}.', 'It is a matter of {principal>principle}.', 'He defended the {principals>principles} of democracy.', 'Our guiding {principal>principle} is fairness.', 'In {principal>principle}, the deal is done.', 'It follows from the {principal>principle} of optimality.', 'The leaders are committed in {principal>principle} to reform.', 'Beauty is a unifying {principal>principle} of the work.', 'Sound accounting {principals>principles} apply.', 'She backs the plan in {principal>principle} but not in detail.', 'They kept the {principal>principle} of equal shares.', 'The {principals>principles} of thermodynamics apply.', 'The {principals>principles} underlying the scheme are sound.', 'Sound management {principals>principles} apply here.', 'The board agreed in {principal>principle} to the merger.'],
      keep: ['The school’s principal resigned.', 'Payments of principal and interest resumed.', 'The principal investigator left.', 'He repaid $5m in principal.', 'The principal dancer was injured.', 'Interest accrues on principal.', 'The principal of Lincoln High retired.', 'She paid off the principal of the loan.', 'Funds held in principal only earn interest.', 'He repaid $5m in principal to the bank.', 'She is the principal of two rural schools.', 'The principals of both firms met.', 'Interest was paid on the principal of small loans.', 'The principal of Riverside Academy spoke.']
    }
  },
  {
    row: 15,
    forms: {principle: 'principal', principles: 'principals'},
    flag: [
      {when: 'vice|assistant|deputy|school|headteacher _', firm: true, note: 'The head of a school is its `principal`; a `principle` is a rule or belief.'},
      {when: 'head|acting|interim|elementary _', note: 'The head of a school is its `principal`; a `principle` is a rule or belief.'},
      {when: '@det _:principle @principalNoun', note: 'Main or chief is `principal`; a `principle` is a rule or belief.'},
      {when: '^ _:principle @principalNoun', note: 'Main or chief is `principal`; a `principle` is a rule or belief.'},
      {when: '@det|his|her|their|its|our _:principle #NNS', unless: ['_ states|holds|rests|works|applies|means|follows|requires|remains|says|goes|stands|seems|matters|dates|underlies|governs|guides|prevails|extends|explains|lies|makes|takes|gives|covers|involves|includes|implies|suggests|reads|runs'], note: 'Main or chief, before a noun, is `principal`; a `principle` is a rule or belief.'},
      {when: 'both _:principle and interest', note: 'A loan’s capital is the `principal`; a `principle` is a rule or belief.'},
      {when: '@det|@poss|his|her|their|its|our|my _:principle #NN', unless: ['_ states|holds|rests|works|applies|means|follows|requires|remains|says|goes|stands|seems|matters|dates|underlies|governs|guides|prevails|extends|explains|lies|makes|takes|gives|covers|involves|includes|implies|suggests|reads|runs|is|was|has|had|will|would|can|could|may|might|must|should|that|which|of|behind'], note: 'Main or chief, before a noun, is `principal`; a `principle` is a rule or belief.'},
      {when: '@det|@poss|his|her|their|its|our|my _:principle #JJ #NN|#NNS', note: 'Main or chief, before a noun, is `principal`; a `principle` is a rule or belief.'}
    ],
    note: 'The head of a school, and anything main or chief, is `principal`; a `principle` is a rule or belief.',
    examples: {
      flag: ['The assistant {principle>principal} resigned.', 'The {principle>principal} reason was cost.', 'He is the {principle>principal} suspect.', 'Its {principle>principal} owner is a bank.', 'Rice is one of the {principle>principal} crops here.', '{Principle>Principal} author of the report, she left in May.', 'The loan covers both {principle>principal} and interest.', 'The {principle>principal} defender of the plan resigned.', 'She was their {principle>principal} legal adviser.', 'Her school {principle>principal} praised her.'],
      keep: ['It is a guiding principle.', 'The first principle of the scheme is fairness.', 'The principle of free speech matters.', 'In principle the plan works.', 'The principle states that no one is above the law.', 'The principle holds for all cases.', 'A principle governs each case.', 'The principle behind the tax is simple.', 'An elementary principle of physics applies.', 'Each principle that we hold was tested.']
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
    set: 'peak/peek',
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
    set: 'poor/pore/pour',
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
      {when: '@misledCue _:mislead', note: 'The past participle of `mislead` is `misled`.'},
      {when: '@leadAux #RB _:lead @leadNext|#RB|off|on|out|up|down|back|in', unless: ['is|are|was|were|be|been|being #RB _ the|a|an|his|her|their|its|our|my|your|efforts|calls|protests|away|into|in'], note: 'The past tense and participle of `lead` is `led`; `lead` is also the metal.'},
      {when: '^|,|and|but|because|when|then|so|as|until|after|before|since|while|though|although he|she|it _:lead', firm: true, note: 'The past tense and participle of `lead` is `led`; `lead` is also the metal.'},
      {when: '#NNP _:lead the|a|an|him|her|them|his|their|its|us|me|@Name', unless: ['and|&|the #NNP _', '#NNP #NNP _', 'let|lets|make|makes|made|help|helps|helped|watch|watched|saw|see|seen|have|has|had|did|to|@modal #NNP _'], note: 'The past tense and participle of `lead` is `led`; `lead` is also the metal.'}
    ],
    note: 'The past tense and participle of `lead` is `led`.',
    examples: {
      flag: ['The talks have {lead>led} to a deal.', 'The team was {lead>led} by its captain.', 'She has {lead>led} the party since 2019.', 'Voters were {mislead>misled} about the costs.', 'They had {lead>led} the polls for months.', 'They have also {lead>led} the league.', 'Maria {lead>led} the team to a title.', 'When it rained, it {lead>led} to floods.'],
      keep: ['She will lead the party.', 'The pipes are lead.', 'Lead poisoning is rare.', 'The team took the lead.', 'Pipes that have lead in them leak.', 'There are lead pipes in old homes.', 'Let Maria lead the team.', 'They asked that he lead the team.', 'Smith and Jones lead the league.', 'The pipes are also lead.', 'When they win, they lead the table.']
    }
  },
  {
    row: 25,
    forms: {whose: "who's"},
    flag: [
      {when: '_ @whoseNext|=the|=a|=an', unless: ['_ going rate|concern|price'], note: '`whose` is the possessive; “who is” and “who has” are `who’s`.'},
      {when: '_ to blame', note: '`whose` is the possessive; “who is to blame” is `who’s to blame`.'},
      {when: '_ in charge', note: '`whose` is the possessive; “who is in charge” is `who’s in charge`.'},
      {when: '_ really|always|never|still|also been|going|got', note: '`whose` is the possessive; “who is” is `who’s`.'},
      {when: '_ #VBN #TO|#IN|#DT', unless: ['_ own'], note: '`whose` is the possessive; “who is” before a participle is `who’s`.'},
      // `show them whose boss`: a possessive with nothing to own after its noun.
      {when: '@objpron _ boss $', firm: true, note: '`whose` is the possessive; “who is boss” is `who’s boss`.'}
    ],
    note: '`whose` is the possessive; “who is” and “who has” are `who’s`.',
    examples: {
      flag: ['He backed a man {whose>who’s} supposed to win.', 'It is unclear {whose>who’s} to blame.', 'We know {whose>who’s} been paying.', 'Guess {whose>who’s} coming to dinner.', 'Ask {whose>who’s} in charge.', 'The man {whose>who’s} the favourite withdrew.', 'Show them {whose>who’s} boss.'],
      keep: ['A writer whose collected letters sold well.', 'The man whose car was stolen spoke.', 'Whose turn is it?', 'A senator whose running mate quit.', 'Nobody asked whose boss he was.', 'The aide whose boss quit spoke.', 'A firm whose going rate is high.', 'A singer whose next album is due.', 'A nation whose still growing economy slowed.']
    }
  },
  {
    row: 26,
    forms: {"who's": 'whose'},
    flag: [{when: '_ @whoseNoun !of|to|and|at|in|with|on|now|again|alone|safe|sick|ill|free', note: '`who’s` means “who is”; the possessive is `whose`.'},
      {when: '_ #NNS #VBP|#VBD|#MD|#VBZ', note: '`who’s` means “who is”; before a noun the possessive `whose` is needed.'},
      {when: '_ #JJ #NN|#NNS', note: '`who’s` means “who is”; before an adjective and a noun the possessive `whose` is needed.'},
      {when: ', _ #NNS|#NN', note: '`who’s` means “who is”; before a noun the possessive `whose` is needed.'},
      // “who is” with a bare noun and then a verb of its own has two finite verbs (`who’s work culminates`).
      {when: '_ very? #NN|#NNS #RB? #VBD|#VBZ|#VBP|#MD', note: '`who’s` means “who is”; before a noun and its verb the possessive `whose` is needed.'},
      {when: '_ very #NN|#NNS', note: '`who’s` means “who is”; before `very` and a noun the possessive `whose` is needed.'}
    ],
    note: '`who’s` means “who is” or “who has”; the possessive is `whose`.',
    examples: {
      flag: ['Voters backed a man {who’s>whose} rivals were divided.', 'She praised the band, {who’s>whose} drummer left.', 'A critic {who’s>whose} sharp pen stung spoke.', 'The man {who’s>whose} car was stolen spoke.', 'It is unclear {who’s>whose} fault it was.', '{Who’s>Whose} idea was this?', 'A woman {who’s>whose} son died spoke.', 'A poet {who’s>whose} work endures died.', 'A town {who’s>whose} very name means river.'],
      keep: ['Ask who’s next.', 'She knows who’s coming.', 'Who’s running for mayor?', 'Who’s been paying?', 'A man who’s father of two spoke.', 'Who’s home tonight?', 'A woman who’s mother to three spoke.', 'A player who’s team captain spoke.', 'Guess who’s coming tonight.', 'Nobody knows who’s very ill.']
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
      {when: '_ of fresh|life|air', note: 'The noun is `breath` (`a breath of fresh air`); `breathe` is the verb.'},
      // `gasping for breathe`, `per breathe`, `wheezing breathe`: after a preposition or a word that describes the air, the noun.
      {when: 'for|per|wheezing|hot|sour|foul|stale|labored|laboured|ragged|rasping _:breathe $|,|and|or|of|was|is|came|that', note: 'The noun is `breath`; `breathe` is the verb.'}
    ],
    note: 'The noun is `breath`; `breathe` is the verb.',
    examples: {
      flag: ['She took a deep {breathe>breath}.', 'He was out of {breathe>breath}.', 'The change is a {breathe>breath} of fresh air.', 'He drew his last {breathe>breath} at home.', 'Take several deep {breathes>breaths}.', 'He came up gasping for {breathe>breath}.', 'The pump moves a litre per {breathe>breath}, more or less.'],
      keep: ['Patients struggled to breathe.', 'Let her breathe.', 'Investors can breathe easier.', 'She breathes deeply.', 'It is hard for divers to breathe.', 'Give them room for breathing.']
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
    flag: [{when: '_ the @lineAdj? line', unless: ['_ the line of'], note: 'To conform is to `toe the line`, as runners put a toe to the mark; to `tow` is to pull.'},
      // `her tapering tows`, `his stubbed tow`: a part of the foot.
      {when: 'tapering|stubbed|curled|painted|frozen|numb|bare|pointed|wiggling|wriggling|webbed _:tow|tows', note: 'A digit of the foot is a `toe`; to `tow` is to pull.'}],
    note: 'To conform is to `toe the line`; to `tow` is to pull.',
    examples: {
      flag: ['MPs {towed>toed} the party line.', 'He refused to {tow>toe} the line.', 'Ministers are {towing>toeing} the government line.', 'She had painted {tows>toes}.', 'He rubbed his frozen {tows>toes}.'],
      keep: ['A truck towed the car away.', 'Tugs tow the ship to port.', 'The firm handled three tows a day.', 'The van gave us a little tow.']
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
    flag: [{when: '_ in on', note: 'To close in on a target is to `home in on` it; to `hone` is to sharpen.'},
      // `hone` is a verb (to sharpen); where a noun or a place word stands, the word is `home`.
      {when: 'at|from|near|toward|towards|of _:hone|hones', note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      {when: 'a|an|the|his|her|their|its|our|my|your|this|that|whose|own|family|nursing|foster|second|new _:hone|hones', note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      {when: 'go|goes|went|gone|going|come|comes|came|coming|drive|drove|driven|driving|walk|walked|walking|ran|run|running|ride|rode|head|headed|heading|fly|flew|flying|sail|sailed|sent|send|sending|bring|brought|bringing|take|took|taking|get|got|getting|stay|stayed|staying|stays|back|return|returned|returning|travel|travelled|traveled|travelling|traveling|hurried|rushed|raced|way|journey|trip|cable|cabled|wrote|phoned|called _:hone !#DT|#PRP$|#PRP|#NN|#NNS|#JJ', note: 'Going back to where one lives is going `home`; to `hone` is to sharpen.'},
      {when: '^ _:hone is|was|has|had|will|would|can|may|,', note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      {when: 'in|into|for|with|without|@poss _:hone|hones', note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      // `the Borden hone`, `10,000 hones`: after a family's name or a count the word is a noun, the dwelling.
      {when: 'the|a #NNP|#NNPS _:hone|hones', unless: ['on|with|against|using|from the|a * _', '_ #DT|#PRP$|#PRP|#NN|#NNS|#JJ|#RB|@abstract'], note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      {when: '@num _:hones', unless: ['_ of|for|with'], note: 'Dwellings are `homes`; to `hone` is to sharpen.'},
      // `a comfortable hone`, `unsold hones`: after an adjective only the noun fits.
      {when: '#JJ _:hone|hones', unless: ['to|will|would|can|could|should|must|might|may|and|or * _'], note: 'A dwelling, or where one lives, is `home`; to `hone` is to sharpen.'},
      // `kept them hone.`: after an object at a clause end only the place word fits.
      {when: 'straight|them|him|me|us _:hone $', note: 'Going back to where one lives is going `home`; to `hone` is to sharpen.'},
      {when: '@be|i\'m|we\'re|they\'re|you\'re|he\'s|she\'s _:hone !#DT|#PRP$|#PRP|#NN|#NNS|#JJ', note: 'After `be` the verb `hone` cannot stand; where one lives is `home` (`to be home`).'},
      {when: 'go|goes|went|gone|going|come|comes|came|coming|drove|walked|ran|rode|headed|flew|sailed|got|get|returned|hurried|rushed _:hone early|late|tonight|today|yesterday|that|this|last|next|an|one|every|each|they|he|she|we|i|after|before|from|and', note: 'Going back to where one lives is going `home` (`came home that evening`); to `hone` is to sharpen.'}],
    note: 'To close in on a target is to `home in on` it; to `hone` is to sharpen.',
    examples: {
      flag: ['Reporters waited outside the Mercer {hone>home}.', 'The fire destroyed 40 {hones>homes} in the valley.', 'Investigators {honed>homed} in on the suspect.', 'The report {hones>homes} in on costs.', 'She stayed at {hone>home} all week.', 'The council built new {hones>homes}.', 'He drove {hone>home} after the match.', 'They found him in his {hone>home} on Friday.', '{Hone>Home} is where the party began.', 'The family lived in a massive {hone>home}.', 'Police drove them {hone>home}.', 'Rain damaged the mayor’s {hone>home}.', 'She wanted only to be {hone>home}.', 'The children were {hone>home} by six.', 'They came {hone>home} that evening.', 'He went {hone>home} early.'],
      keep: ['He sharpened the blade on the Arkansas hone.', 'The Times hones its coverage.', 'The shop sells 40 hones of fine grit.', 'She honed her skills abroad.', 'He is honing his speech.', 'Players came to hone their skills.', 'Staff went back to hone the plan.', 'They work hard and hone their craft.', 'The course helps nurses hone skills.', 'Hone your pitch before the meeting.', 'Young players hone their game here.', 'Coaches help them hone their skills.', 'Engineers will further hone the design.', 'Their aim is honed skill.', 'Coaches came to hone the squad.', 'The team went on to hone its attack.']
    }
  },
  {
    row: 40,
    forms: {insure: 'ensure', insured: 'ensured', insures: 'ensures', insuring: 'ensuring'},
    flag: [
      {when: '_ the|its|their|our|his|her|public|national|long-term|financial|food|energy|regional|economic @ensureNext', note: 'To make sure is to `ensure`; to `insure` is to cover against loss.'},
      {when: '_ @ensureNext', note: 'To make sure is to `ensure`; to `insure` is to cover against loss.'}
    ],
    note: 'To make sure is to `ensure`; to `insure` is to cover against loss.',
    examples: {
      flag: ['Officials must {insure>ensure} the safety of voters.', 'The law {insures>ensures} fairness.'],
      keep: ['Police will insure that the march is peaceful.', 'Guards insured that nobody left.', 'She insured the house for $2m.', 'They insure against flood damage.', 'The car was insured.', 'He insured that property last year.', 'Insurers insure safe drivers cheaply.']
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
      {when: '@rollCue _', unless: ['_ of|out|call'], note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.'},
      {when: '@playVerb #DT|#PRP$ #RB*|#JJ*? #JJ*|#VBN|#VBG? #JJ*|#VBN|#VBG? _', unless: ['_ on|upon|with|of the|a|his|her? drum|drums|snare|timpani|cymbals'], note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.'},
      {when: '@poss|his|her|their|its|our|my|your _ in|as', unless: ['_ in the|a hay|oven|pan|basket|bag|box'], note: 'A part someone plays is their `role`; a `roll` is bread, a list or a turn over.'},
      {when: 'the _:roll of the|a|an? @roleOwner|@abstract|#JJ', note: 'A part someone plays is their `role`; a `roll` is bread, a list or a turn over.'},
      {when: 'the|a|an #JJ _:roll in|as', unless: ['_ in the|a hay|oven|pan|basket|bag|box', '_ in|into his|her|their|my|your|one hand|hands|pocket|lap'], note: 'A part taken or played is a `role`; a `roll` is bread, a list or a turn over.'},
      {when: '_:rolls and #NNS', unless: ['_ and buns|cakes|pastries|muffins|biscuits|croissants|bagels|pies|breads|sandwiches|cookies|doughnuts|donuts|pretzels|tumbles|flips|somersaults|pitches|bounces|turns|spins|twists'], note: 'Parts played are `roles`; `rolls` are bread, lists or turns over.'},
      {when: '_:roll|rolls played|assigned|performed', note: 'A part someone plays is their `role`; a `roll` is bread, a list or a turn over.'}
    ],
    note: 'A part played is a `role`; a `roll` is bread, a list or a turn over.',
    examples: {
      flag: ['She played a key {roll>role} in the talks.', 'He is a {roll>role} model for young players.', 'The title {roll>role} went to a newcomer.', 'China plays a central {roll>role}.', 'He played the most important single {roll>role} in the case.', 'The council’s {roll>role} in the dispute was small.', 'Their {rolls>roles} as parents changed.', 'The {roll>role} of the press in a democracy is debated.', 'She took a quiet {roll>role} as mediator.', 'The {rolls>roles} and duties of staff were set out.', 'The {roll>role} played by the courts grew.'],
      keep: ['The team is on a roll.', 'The vaccine roll-out began.', 'Officials took a roll call.', 'He played a drum roll.', 'She ate a sausage roll.', 'They played rock and roll.', 'He played a long roll on the snare drum.', 'She kept a warm roll in her hand.', 'The roll of the ship made him ill.', 'The rolls and buns sold out.', 'Her rolls in the oven were burning.']
    }
  },
  {
    row: 47,
    forms: {role: 'roll', roles: 'rolls', 'role-out': 'roll-out', 'role-call': 'roll-call'},
    flag: [
      {when: '_:role call|calls', note: 'A call of names is a `roll call`; a `role` is a part played.'},
      {when: '_:role-out|role-call', note: 'The nouns are `roll-out` and `roll call`; a `role` is a part played.'},
      {when: 'to|@modal _:role out|back', note: 'To launch is to `roll out` and to reverse is to `roll back`; a `role` is a part played.'},
      {when: 'to|@modal _:role up|over|on|down|along|away|around|off|into|across|forward|ahead|onto|toward|towards', unless: ['_ on the|a|an|this|its|their board|committee|council|team|panel|staff|show|project|case'], note: 'To turn over or move on wheels is to `roll`; a `role` is a part played.'},
      {when: '#RB _:role', unless: ['#RB _ model|models|play|playing|reversal|reversals', 'the|a|an|his|her|their|its|our|my|your|this|that|whose|@poss|in|of|for|as #RB _'], note: 'To turn over or move on wheels is to `roll`; a `role` is a part played.'},
      {when: '@be|still|stayed on a _:role $|and|after|since|now|lately|recently|this', note: 'A run of success is being `on a roll`; a `role` is a part played.'}
    ],
    note: 'A run of success, a list and bread are a `roll`; a `role` is a part played.',
    examples: {
      flag: ['Officials took a {role>roll} call.', 'The state will {role>roll} out the vaccine.', 'The team is on a {role>roll}.', 'The {role-out>roll-out} was slow.', 'We had to {role>roll} up the carpet.', 'The barrels began to {role>roll} down the hill.', 'The wheels slowly {role>roll} forward.'],
      keep: ['He is a role model.', 'She took on a role as adviser.', 'A role out of the spotlight suited him.', 'She returned to a role back home.', 'The course was mostly role play.', 'He moved from adviser to role on the board.', 'They found a newly created role.']
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
      {when: '_ @waveBare', note: 'To move a hand or flag is to `wave`; to `waive` is to give up a right or charge.'},
      {when: '_:waive|waives length|lengths|band|bands|form|forms|front|fronts|function|functions|guide|guides|packet|packets|energy|power|pool|pools', note: 'The moving ridge of water, sound or light is a `wave`; to `waive` is to give up a right or charge.'},
      {when: 'a|an|this|that|another|the|great|sudden|huge|giant|massive|tidal|fresh|second|third _:waive of', note: 'A surge is a `wave` (`a wave of`); to `waive` is to give up a right or charge.'},
      {when: 'great|sudden|huge|giant|massive|tidal|rogue _:waive|waives', note: 'A surge is a `wave`; to `waive` is to give up a right or charge.'},
      {when: 'radio|sound|light|shock|choppy|ocean|brain|seismic|crashing|breaking|rolling|rogue|foot|five-foot|ten-foot _:waives', note: 'Moving ridges of water, sound or light are `waves`; to `waive` is to give up a right or charge.'},
      // `the waive`, `a repetitious waive`, `the waives`: `waive` is only a verb, so after a determiner the noun is `wave`.
      {when: '@det|this|first|second|next|last|recent #JJ? _:waive', note: 'After a determiner the noun is `wave`; `waive` is only a verb, to give up a right or charge.'},
      {when: '@det|these|those|in|into _:waives', note: 'Moving ridges of water, sound or light are `waves`; `waives` is the verb, to give up a right or charge.'}
    ],
    note: 'To move a hand or flag is to `wave`; to `waive` is to give up a right or charge.',
    examples: {
      flag: ['She {waived>waved} goodbye.', 'Fans {waived>waved} flags.', 'He {waived>waved} his hand.', 'The station moved to a longer {waive>wave} length.', 'A {waive>wave} of protest swept the campus.', 'A huge {waive>wave} hit the pier.', 'Radio {waives>waves} carry far.', 'The crowd gave a slow {waive>wave} of thanks.', 'Swimmers rode the {waives>waves} to shore.', 'Refugees came in {waives>waves}.'],
      keep: ['The bank waived the fee.', 'Fees were waived at the hearing.', 'The UN waived arms restrictions.', 'The board may waive the length requirement.', 'The city waives fees for a second time.', 'Judges waive of their own accord.', 'Lenders that waive late fees win customers.', 'The city waives the fee for those who ask.', 'Both firms waive the charge.']
    }
  },
  {
    set: 'cite/sight/site',
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
    set: 'cite/sight/site',
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
    set: 'cite/sight/site',
    row: 59,
    forms: {site: 'sight'},
    flag: [
      {when: 'out of _ $|and', note: 'What can be seen is in `sight` (`out of sight`); a `site` is a place.'},
      {when: 'end in _', note: 'The phrase is `no end in sight`; a `site` is a place.'},
      {when: 'in plain _', note: 'The phrase is `in plain sight`; a `site` is a place.'},
      {when: 'catch|caught|catching|lose|lost|losing _ of', note: 'The phrases are `catch sight of` and `lose sight of`; a `site` is a place.'},
      {when: 'line of _', note: 'The phrase is `line of sight`; a `site` is a place.'},
      {when: 'at first _', note: 'The phrase is `at first sight`; a `site` is a place.'},
      {when: 'out of _ !of|@num|and|$', note: 'What can be seen is `sight`; a `site` is a place.'},
      {when: 'in|within _ $|of|when|now', note: 'What can be seen is `sight`; a `site` is a place.'},
      {when: 'come|came|comes|coming|into _', unless: ['_ #NN*|plan|planning'], note: 'What can be seen is `sight`; a `site` is a place.'},
      {when: 'from _ $', note: 'What can be seen is `sight`; a `site` is a place.'},
      {when: 'rifle|gun|telescopic _', note: 'What a gun is aimed with is its `sight`; a `site` is a place.'}
    ],
    note: 'What can be seen is `sight`; a `site` is a place.',
    examples: {
      flag: ['There is no end in {site>sight}.', 'They lost {site>sight} of the goal.', 'The gun was in plain {site>sight}.', 'It was love at first {site>sight}.', 'The ship sailed out of {site>sight} behind the cape.', 'They were not even in {site>sight}.', 'The coast came into {site>sight} at dawn.', 'The boat vanished from {site>sight}.', 'He peered through the telescopic {site>sight}.'],
      keep: ['Crews left the site.', 'They moved out of the site.', 'A site of special interest.', 'Engineers moved from site to site.', 'Data moved into site records.', 'Trucks drove out of site 4.']
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
    set: 'hoard/horde',
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
      {when: '^ _ for @exceptNext|@num', note: 'Leaving something out is `except for`; to `accept` is to receive or agree.'},
      // `accept where`, `accept once`: a verb takes no such clause or adverb straight after; a leaving-out does.
      {when: '_ where|once|perhaps|insofar|possibly|occasionally|briefly', note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      {when: '(|,|—|– _ for|when|where|in|to|that|as|on', unless: ['_ that|as|in|for|on #PRP|#DT|#PRP$|#NN|#NNS'], note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      // `everything accept knowledge`: a thing cannot accept; all things but one are `everything except`.
      {when: 'everything|anything|nothing|everywhere|anywhere|nowhere _', note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      // `( accept the fatal shorts)`, `created equal accept Negroes`: a bracket or an adjective leaves no subject for the verb.
      {when: '( _', firm: true, note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      {when: '#JJ _', unless: ['the|a|an|these|those|some|many|most|all|few|more|both|other|@poss * _', 'to|will|would|can|could|may|might|must|should|did|do|does|not|and|or|but * _'], note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      // `everyone was gone accept the lord`, `darkened accept for`: a past verb then a bare verb is no English.
      {when: '#VBN|#VBD _ #DT|#PRP|#PRP$|@num|for|when|where|in|to|once|that', unless: ['to|will|would|can|could|may|might|must|should|did|do|does|let|make|made|help|helped|and|or|but|not|who|that|which|@subjpron * _', 'to|will|would|can|could|may|might|must|should|did|do|does|let|make|made|help|helped|and|or|but|not|@subjpron _', 'had|has|have|@be|gone|got|came|went * _'], note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      // `any stock accept through`, `adults accept for a party`: a noun, then a leaving-out before a preposition.
      {when: '#NN|#NNS _:accept for|through|in|on', note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
      // `nothing he could do accept jump`: `do` after a modal or `to` is already the verb.
      {when: 'to|@modal do _:accept', firm: true, note: 'Leaving something out is `except` (`nothing to do except wait`); to `accept` is to receive or agree.'},
      // `everyone was gone accept the lord`: a passive takes no bare verb after it.
      {when: '@be #RB? #VBN _:accept', note: 'Leaving something out is `except`; to `accept` is to receive or agree.'},
    ],
    note: 'Leaving something out is `except`; to `accept` is to receive or agree.',
    examples: {
      flag: ['Everyone {accept>except} for the mayor voted.', 'All roads were open, {accept>except} for the bridge.', '{Accept>Except} for two ministers, the cabinet stayed.', 'Tolls apply {accept>except} where signs say otherwise.', 'They packed everything {accept>except} the maps.', 'She said little, {accept>except} to say she was tired.', 'He kept it all ({accept>except} the shoes).', 'No guests may enter without tickets {accept>except} for members.', 'There was little they could do {accept>except} wait.', 'By noon the crowd was gone {accept>except} a few reporters.'],
      keep: ['Nobody will accept for now.', 'They accept for review all papers.', 'We all accept that.', 'Most voters, accept it or not, want change.', 'He was forced to accept that.', 'Those who lost accept the result.', 'Anything they accept will do.', 'The banks that failed accept no blame.', 'The poor accept the terms.', 'Most young voters accept it.', 'Our French partners accept the deal.', 'The journal will accept for review only new work.', 'Nothing was left to do except wait.', 'Everyone was gone except the guard.', 'The offer was made to accept the terms.']
    }
  },
  {
    forms: {except: 'accept', excepted: 'accepted', excepts: 'accepts', excepting: 'accepting'},
    flag: [
      {when: '@exceptCue _ @det? @acceptObj', unless: ['_ @det? @acceptObj of'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      {when: '_:excepted|excepts|excepting @det @acceptObj', note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      // `was excepted`, `widely excepted`, `an excepted principle`: `excepted` as an adjective or a passive is `accepted`, not `excepted from`.
      {when: '@be|has|have|had|having|widely|generally|universally|commonly|simply|strongly|symbolically|readily|gladly|finally|already|happily|reluctantly|quickly|eagerly|graciously|fully|formally|an|the|a _:excepted', unless: ['_ from|$'], note: 'What is received or agreed to is `accepted`; `excepted` means left out.'},
      // `willing to except Lappenberg`, `able to except or reject`: only the verb follows these.
      {when: 'willing|able|unable|refused|refuse|refuses|ready|reluctant|prepared|forced|obliged|compelled|happy|glad|asked|urged|agreed|agree|agrees|decided|decide|decides to _:except', firm: true, note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      {when: 'to _:except or|,|—|$', firm: true, note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      {when: 'of|by|without|after|at _:excepting', unless: ['_ * from', '_ * * from', '_ * * * from'], firm: true, note: 'Receiving or agreeing is `accepting`; `excepting` means leaving out.'},
      {when: 'to|will|would|could|can|cannot|must|should|might|may|did|didn\'t|don\'t|doesn\'t|won\'t|lightly|gladly|readily|who _:except #DT|#PRP$|#NN|#NNS|it|them|him|her|this|that|divorce|defeat', unless: ['_ for|from|when|where|that|if|to|as|in|on'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      // `I excepted him as my pupil`: a subject and its object; `excepted` would need `from`.
      {when: '@subjpron _:excepted|excepts #DT|#PRP$|him|her|them|it|this', unless: ['_ * from', '_ * * from', '_ * * * from'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      // `does not except divorce`: a negated helper, then the verb and its object.
      {when: '@modal not|never _:except #DT|#PRP$|#NN|#NNS|it|them|him|her|this|that', unless: ['_ for|from|when|where|that|if|to|as|in|on', '_ * from', '_ * * from', '_ * * * from'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      // `more than I could except.`: a helper at a clause end wants its verb.
      {when: '@modal _:except $', firm: true, note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      {when: 'rather than _:except #DT|#PRP$|it|them|him|her', unless: ['_ * from', '_ * * from', '_ * * * from'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'},
      // `is also excepted for`: a passive with an adverb, not left out `from` anything.
      {when: '@be #RB #RB? _:excepted', unless: ['_ from|under|$'], note: 'What is received or agreed to is `accepted`; `excepted` means left out.'},
      // `and excepted a glass`, `California excepts the provisions`: a verb with an object, and no `from`.
      {when: '_:excepted|excepts #DT|#PRP$', unless: ['_ * from', '_ * * from', '_ * * * from', '_ * * * * from'], note: 'To receive or agree to something is to `accept` it; `except` leaves something out.'}
    ],
    note: 'To receive or agree is to `accept`; `except` leaves something out.',
    examples: {
      flag: ['He refused to {except>accept} the result.', 'The party will {except>accept} the offer.', 'She {excepted>accepted} the nomination.', 'We cannot {except>accept} responsibility.', 'The plan was {excepted>accepted} by the board.', 'It is a widely {excepted>accepted} view.', 'The court would not {except>accept} his plea.', 'Few were willing to {except>accept} his view.', 'She was unable to {except>accept} or reject it.', 'Salvation comes by {excepting>accepting} grace.', 'He happily {excepted>accepted} the terms.', 'The board does not {except>accept} gifts.', 'She had more offers than she could {except>accept}.', 'They chose to wait rather than {except>accept} the first bid.', 'The plan is also {excepted>accepted} by the unions.', 'He smiled and {excepted>accepted} a cup of tea.', 'The city {excepts>accepts} the terms of the deal.'],
      keep: ['Everyone except the mayor voted.', 'All roads were open except the bridge.', 'Nobody except her accepted the offer.', 'Shops are open daily, Sundays excepted.', 'Staff are excepted from the rule.', 'I would go except the roads are shut.', 'Nobody would come except him.', 'There is nothing to do except wait.', 'He had no friends who could help except her.', 'The rule applies by excepting small firms from it.', 'Shops are shut (except bakeries).', 'Nobody was willing to go except him.', 'The board does not except anyone from the rule.', 'They would, except for the rain.', 'Members are also excepted from the fee.', 'Sundays excepted, the shop opens daily.', 'He excepted the staff from the new ban.', 'They chose to walk rather than except for the rain.']
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
      {when: '@billNoun _ @passedHow', note: 'A bill that is approved is `passed`; `past` is the adjective and preposition.'},
      // `as he past it`: a subject then `past` with no verb; `passed` is the verb.
      {when: 'he|she|they|i _:past', note: 'After a subject the verb is `passed` (`as he passed it`); `past` is the adjective and preposition.'},
      // `the wave had past,`: `had` at a clause end needs its participle.
      {when: "has|have|had|hasn't|haven't|hadn't _:past .|,|;|!|?|although|when|and|but", note: 'After `had` the participle is `passed` (`the wave had passed`); `past` is the adjective and preposition.'},
      // `three days had past since`, `has past from death to life`: the participle before a word of time, place or manner.
      {when: "has|have|had|having|hasn't|haven't|hadn't|i've|we've|they've|you've _:past from|since|into|over|out|along|twice|before|quickly|swiftly|slowly", note: 'After `had` the participle is `passed` (`days had passed since`); `past` is the adjective and preposition.'},
      // `were past through a filter`: a passive before a word of passage.
      {when: '@be #RB? _:past through|into|twice', note: 'A passive takes the participle `passed` (`were passed through`); `past` is the adjective and preposition.'},
      // `another week past and`, `a day past when`: a span of time as the subject of `passed`.
      {when: 'another|a|each|every week|day|month|year|hour|night|minute _:past and|when|without|but', note: 'Time that goes by has `passed` (`another week passed`); `past` is the adjective and preposition.'},
      // `the one which past us`: a relative pronoun wants its verb.
      {when: 'who|which _:past them|him|her|us|me|it|#DT', note: 'After `who` or `which` the verb is `passed` (`who passed them`); `past` is the adjective and preposition.'}
    ],
    note: 'The past tense and participle of `pass` is `passed`.',
    examples: {
      flag: ['She waved as he {past>passed} the gate.', 'Another month {past>passed} and nothing changed.', 'Hardly a night {past>passed} when she slept.', 'Two years had {past>passed} since the vote.', 'The samples were {past>passed} through a filter.', 'The storm had {past>passed}, and the sun came out.', 'The Senate has {past>passed} the bill.', 'She {past>passed} away on Sunday.', 'The bill {past>passed} unanimously.', 'Prices have {past>passed} their peak.', 'He had {past>passed} the test.', 'The van was the one which {past>passed} us.'],
      keep: ['They walked past the gate.', 'The deadline is a week past the vote.', 'He had past form, and it showed.', 'In the past few years, prices rose.', 'They had past convictions.', 'We have past experience of this.', 'It is past midnight.', 'He walked past the house.', 'Have past mistakes been repeated?', 'They have had the past few weeks.', 'Of that past this town is only a shadow.']
    }
  },
  {
    forms: {passed: 'past'},
    flag: [
      {when: 'the|these|this _ few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|@num? @timeNoun', note: 'Time gone by is `past` (`the past few years`); `passed` is the verb.'},
      {when: '@goPast _ @det|@objpron|@Name', note: 'Beyond is `past` (`walked past the house`); `passed` is the verb.'},
      // `walked slowly passed the cottages`, `cars whizzed passed.`: an adverb between, or nothing after.
      {when: '@goPast slowly|quickly|swiftly|briskly|silently|straight|right|just|on _:passed @det|@objpron|@Name', firm: true, note: 'Beyond is `past` (`walked slowly past the house`); `passed` is the verb.'},
      {when: '@goPast _:passed $|by|on', note: 'Beyond is `past` (`cars sped past`); `passed` is the verb.'},
      // `her passed.`, `the passed was`: the noun, time gone by.
      {when: 'the|their|his|her|my|our|your|its|whose|@poss _:passed $|was|is|with|into', unless: ['the _ ,'], note: 'Time gone by is `the past`; `passed` is the verb.'},
      {when: 'remote|distant|own|recent|victorian|checkered|chequered _:passed', note: 'Time gone by is `the past`; `passed` is the verb.'},
      // `in the passed sustained losses`: `the` before no noun or adjective is time gone by.
      {when: 'in|into|from|of the _:passed', unless: ['_ #NN|#NNS|#NNP|#JJ'], note: 'Time gone by is `the past`; `passed` is the verb.'},
      // `worried about passed happenings`: the adjective before a noun of time or record.
      {when: 'of|about|on|from|in|by|with|their|his|her|its|our|my|your|@poss _:passed experience|experiences|events|happenings|mistakes|failures|successes|glories|achievements|record|records|performance|earnings|growth|generations|centuries|ages|eras|lives|life|residence|members|presidents|governments', note: 'Of time gone by is `past` (`past experience`); `passed` is the verb.'},
      {when: '@pastBeCue _ @pastPoint', note: 'Beyond is `past` (`past midnight`); `passed` is the verb.'}
    ],
    // `the passed law`, `a narrowly passed budget`: a participle before what a vote passes is an adjective, not time gone by.
    keep: ['the|a|an|this|that|these|those|its|their|our|his|her|recently|newly|just|narrowly|unanimously _:passed @billNoun|bills|laws|motions|measures|amendments|resolutions|budgets|ordinances|proposals|propositions'],
    note: 'Time gone by and beyond are `past`; `passed` is the verb.',
    examples: {
      flag: ['In the {passed>past} few years, prices rose.', 'He walked {passed>past} the house.', 'It was well {passed>past} midnight.', 'Over the {passed>past} decade, rents doubled.', 'She strode slowly {passed>past} the guards.', 'Lorries whizzed {passed>past}.', 'Nobody asked about her {passed>past}.', 'The {passed>past} was never mentioned.', 'It is a relic of our distant {passed>past}.', 'Voters judged him on {passed>past} performance.', 'The shop had in the {passed>past} sustained losses.'],
      keep: ['The bill passed the Senate.', 'Years passed.', 'He passed the ball.', 'The torch was passed to her.', 'She passed away.', 'Time has passed the point of no return.', 'It has passed its peak.', 'The ride passed quickly.', 'He ran and passed the ball.', 'The weeks slowly passed.', 'The law was recently passed.', 'The motion her party backed passed.', 'The bill the House passed was vetoed.', 'The clerk passed experience forms round.', 'Few in the passed-over group complained.', 'Under the passed law, owners pay more.', 'Details of the passed budget came late.', 'The recently passed amendments took effect.']
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
      {when: 'as to _', note: '`whether` introduces a question; `weather` is rain and sun.'},
      // `wondered weather Stanley would call`, `the question is weather the board`, `, weather to act`: a clause after it.
      {when: '@wonder _ #NNP|@Name', unless: ['_ #NNP|@Name @weatherWords'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      {when: '@be _ @whetherNext|#NNP', unless: ['_ @whetherNext? @weatherWords', '_ @whetherNext * @weatherWords', '_ that|this|these|those|there|it|a|an|its|his|her|their|our'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      {when: ',|— _ to|or|he|she|they|we|i|you|individually|considered|#NNP', unless: ['_ @whetherNext? @weatherWords', '_ #NNP @weatherWords', '_ to #NN|#NNS|#JJ|#DT|#PRP$|the|a|an'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      {when: '^ _ he|she|they|we|i|you|#VBN', unless: ['_ * @weatherWords'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      {when: 'or _ he|she|they|we|i|you|to|there', note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      // `find out weather the money was paid`, `determine weather it had healed`: a clause after a verb of asking or knowing.
      {when: '@wonder|remember|out|debatable|advance _ he|she|they|we|i|you|it|there|the|an', unless: ['_ * @weatherWords', '_ the|an * @weatherWords', 'know|knew|knows|known|knowing _ the|an'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      // `weather they were`, `weather there were`: a subject and its verb after it.
      {when: '_ he|she|they|we|i|there #MD|#VBD|#VBZ|#VBP', unless: ['#DT|#JJ|#PRP$|#IN|#VB*|#NN* _'], note: '`whether` introduces a choice or question; `weather` is rain and sun.'},
      // `, weather warlike or peaceful`: a choice between two words.
      {when: ',|— _ #JJ|#VBN or', note: '`whether` introduces a choice; `weather` is rain and sun.'},
      // `the question is weather board members agree`: a question or an issue is `whether` something holds.
      {when: 'question|issue|test|matter|debate|doubt|uncertainty|point @be _:weather', note: 'A question is `whether` something holds (`the question is whether`); `weather` is rain and sun.'}
    ],
    note: '`whether` introduces a choice or question; `weather` is rain and sun.',
    examples: {
      flag: ['Voters will decide {weather>whether} to approve it.', 'It is unclear {weather>whether} the deal will hold.', '{Weather>Whether} or not he runs, the party is split.', 'She asked {weather>whether} it was safe.', 'She wondered {weather>whether} Smith would call.', 'The question is {weather>whether} the board agrees.', 'The issue, {weather>whether} to sell, divided them.', 'Stay or go, {weather>whether} you like it or not.', 'He asked if they stayed or {weather>whether} they left.', 'Nobody could remember {weather>whether} she had signed.', 'Find out {weather>whether} the permit was granted.', '{Weather>Whether} there were enough seats is unclear.', 'Every voter, {weather>whether} young or old, was counted.', 'The question is {weather>whether} voters will back the plan.'],
      keep: ['Bad weather delayed flights.', 'Officials will check weather forecasts.', 'They know weather patterns well.', 'Pilots assessed weather conditions.', 'Nobody asked the weather service.', 'They considered the weather forecast.', 'The main risk is weather.', 'It was weather that grounded the flights.', 'The threat is weather, not war.', 'Fire, weather and war shaped the town.', 'Under the plan, weather to the south improves.', 'Rain or weather the storm, we go.', 'Weather forecasters warned of rain.', 'They studied London weather data.', 'The weather they faced was brutal.', 'Rain or weather, he was out.', 'The main risk is weather on the day.']
    }
  },
  {
    forms: {whether: 'weather'},
    flag: [
      {when: 'the _ !or|to|not', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: '@weatherAdj _ @weatherNext|$', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: '_ forecast|forecasts|conditions|warning|warnings|service|permitting|forecaster|forecasters|station|stations|patterns|front|radar|satellite|balloon|alert|alerts', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: '_ exposure|damage|proof|vane|vanes|eye|bureau|beaten|resistant', note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: 'bad|severe|extreme|inclement|wintry|stormy|foul|damp|rainy|snowy|icy|humid _ or|as|and|in', unless: ['_ or not'], note: 'Rain and sun are `weather`; `whether` introduces a choice.'},
      {when: 'kinds|kind|sort|sorts|all of _', firm: true, note: 'Rain and sun are `weather` (`all kinds of weather`); `whether` introduces a choice.'},
      // `the whether wasn't`, `his whether in detail`: `whether` opens a clause and takes no determiner.
      {when: 'the|his|her|their|its|our|my|your _:whether', firm: true, note: 'After a determiner the noun is `weather`; `whether` opens a clause.'}
    ],
    note: 'Rain and sun are `weather`; `whether` introduces a choice.',
    examples: {
      flag: ['Bad {whether>weather} delayed flights.', 'The {whether>weather} turned cold.', 'Flights resume, {whether>weather} permitting.', 'The {whether>weather} forecast is grim.', 'They walked in all kinds of {whether>weather}.', 'The lamps are shielded from {whether>weather} exposure.', 'Bad {whether>weather} or a strike could stop it.', 'Crews waited for the {whether>weather} to clear.'],
      keep: ['It is unclear whether the deal will hold.', 'It will be hot whether or not it rains.', 'It was cold, whether in town or not.', 'It will be warm whether today or tomorrow.', 'Good or bad, whether she wins matters.', 'It is his choice whether to run.']
    }
  },
  {
    set: 'to/too',
    forms: {to: 'too'},
    flag: [
      {when: '#VB*|#NN*|#PRP|#RB|#JJ|, _ #JJ|#RB .|!|?|;|)|”|"', unless: ['_ normal|ours|yours|theirs|hers|mine|mid-on|mid-off|mid-wicket|midwicket|square|leg|slip|gully|cover|point|date|now|here|there|home|back|this|that|then|again|together|bed|school|church|town|work|sea|order|court|light|life|death|pieces|one|two|@num|me|him|us|them|you|it|what|which|whom|where|how|everyone|everybody|anyone|nothing|something|anything|all|both|each|far|late|early|above|below|blame|hand|heart|dinner|lunch|breakfast|mind|market|power|office|prison|jail|bay|hospital|college|camp|sleep|rest|trial|scale|hell|heaven|zero|nil|none|most|few|many|much|more|less|same|own|best|worst|following|other|others|west|east|north|south|left|right|front|rear|top|bottom|center|centre|side|bear|fruition|wit|boot|spare', 'up|down|close|next|according|due|prior|thanks|owing|able|going|used|about|ought|have|has|had|want|wants|wanted|need|needs|needed|try|tried|trying|like|likes|liked|seem|seems|seemed|appear|appears|appeared|refer|referred|back|from|face|supposed|allowed|meant|expected|restored|returned|corresponding|correspond|corresponds|related|similar|familiar|known|equal|subject _'], note: '“Excessively” and “also” are `too`; `to` is the preposition.'},
      // Not a preposition before a list of adjectives (`tied to large, “soft” airfields`, `expression, to complex and undifferentiated feelings`), nor `to many` as people (`satisfactory to many.`, `To many of us, …`).
      {when: '_ much|many|few|little|late|soon|far|often|long|early|bad|hard|small|big|high|low|close|expensive|busy|easy|difficult|weak|strong|young|old|tired|sick|good|great|slow|fast|short|large|heavy|dangerous|risky|costly|complex|complicated|quickly|slowly|loud|quiet|narrow|wide|hot|cold|thin|thick|tight|loose|rich|poor to|$|and|or|but|,|for|of|in|at|on|with', unless: ['from|up|close|next|due|prior|according|came|come|comes|coming|went|go|going|goes|got|get|gone|returned|return|shifted|moved|moving|changed|turned|slipped|fell|rose|grew|drifted|been|refer|referred|lead|led|added|add|attributed|attribute|compared|tend|tends|tended|contributes|contributed|belong|belongs|belonged|listen|listened|look|looked|looking|talk|talked|switched|back|fast-forward|way|dropped|drop|jump|jumped|pay|paid|head|headed|points|point|pointed|relates|related|limited|restricted|closer|similar|equal|shown|nearer|nearest|familiar|known|available|open|common|subject|useful|important|essential|vital|clear|apparent|obvious|dear|grateful|thankful|loyal|faithful|kind|new|accessible|unknown|devoted|dedicated|committed|given|sent|sold|made|offered|presented _', '_ * #NN*', '#VBN|#VBD|#VB|#VBG|#NN* _ * to|for|of|in|at|on|with|and|or|but', '#VBN|#VBD|#VB|#VBG|#NN*|, _ * ,|and|or “|"|‘? #JJ|#VBN', '#JJ _ many|few $', '^ _ many|few ,', '^ _ many|few of us|them|you|these|those ,'], note: '“Excessively” is `too` (`too late`, `too many`); `to` is the preposition.'},
      {when: '@tooCue _ @tooAdj $|@tooEnd', unless: ['came|come|comes|coming _ much|little|nothing'], note: '“Excessively” is `too` (`too late`, `too many`); `to` is the preposition.'},
      {when: 'far _ many|much|few|long|late|early|often|big|small|high|low|little|slow|fast|soon', note: '“Excessively” is `too` (`far too many`); `to` is the preposition.'},
      {when: '^ me|him|us|them|you _ .|!|?|,', note: '“Also” is `too` (`me too`); `to` is the preposition.'},
      {when: '@be|all|or|and|but _ #JJ $|#TO|,|#CC|#IN', note: '“Excessively” is `too` (`too fallible`); `to` is the preposition.'},
      {when: 'there @be also|still? _ many|few|much|little', note: '“Excessively” is `too` (`there were too many`); `to` is the preposition.'},
      {when: '@tooCue _ @tooAdj #VBG', note: '“Excessively” is `too` (`was too busy working`); `to` is the preposition.'},
      {when: '_ #JJ|#VBN #TO #VB', note: '“Excessively” is `too` (`too tired to cook`); `to` is the preposition.'},
      // An adverb of time or degree with nothing after it but a clause's end or what it measures against: `sitting to
      // long to stand`, `turned left to soon and`. A preposition wants an object; `to long for` is the verb.
      {
        when: '_ long|far|often|soon|late|early|hard|well $|to|for|because|when|if|and|but',
        unless: [
          '_ long|well|hard|early for|to|and|but',
          'from|up|close|next|due|prior|according|back|way|run|ran|runs|listen|listened|point|points|look|looked|head|headed|went|go|goes|going|gone|came|come|comes|moved|shifted|postponed|delayed|pushed|brought|put|set|switched|turned|returned|referred|change|changed|date|dates|dated|said|wish|wished|bid|bade _'
        ],
        note: '“Excessively” is `too` (`too long`, `too soon`); `to` is the preposition.'
      },
      {
        when: '_ quickly|slowly|rapidly|easily|deeply|closely|heavily|badly|readily|frequently|seriously|strongly|often $',
        note: '“Excessively” is `too` (`moved too quickly.`); `to` is the preposition.'
      },
      // A preposition needs an object: set off by commas, or last after one, the word is `too` (“also”).
      {firm: true, when: ', _ ,|.|!|?|;|”', note: '“Also” is `too` (`she, too, voted`); `to` is the preposition.'},
      // Neither a preposition nor the infinitive marker comes before a modal or a past tense.
      {firm: true, when: '_ could|might|must|shall|should|would|couldn\'t|wouldn\'t|shouldn\'t|cannot|can\'t|mustn\'t', note: '“Also” is `too` (`they too could`); `to` is the preposition.'},
      {firm: true, when: 'he|she|we|they|i _ #VBD|was|were|had|did|can', note: '“Also” is `too` (`he too knew`); `to` is the preposition.'},
      // The same after `you`, `it` or a demonstrative that is the subject (`this too was cut`, `you too were there`).
      {firm: true, when: 'this|that|these|those|it|you _ #VBD|was|were|had|did|can|is|are|has', note: '“Also” is `too` (`this too was cut`); `to` is the preposition.'},
      // From the grammar of a degree adverb (second round): what `too` qualifies has no object for a preposition.
      // `been to deeply moved to`: an adverb and a participle with nothing after it to be an object (not an adjective,
      // which the tagger also gives a verb after `to`: `to quickly clear up`).
      {when: '_ #RB #VBN $|#IN|#TO', unless: ['_ only|just|all|nearly|almost|barely|hardly|about|newly|recently|very|more|most|less|least|well|far|right|even|still|ever|never|not|too|so|as', '@toDetCue _'], note: '“Excessively” is `too` (`too deeply moved`); `to` is the preposition.'},
      // `not to important for`: after `not`, an infinitive marker wants a verb, a preposition an object; an adjective alone wants `too`.
      {when: 'not _ #JJ $|#IN|#TO', unless: ['_ open|clear|free|secure|close|clean|empty|dry|complete|correct|slow|calm|separate|perfect|warm|cool|lower|better|right|wrong|level|double|present|object|content|even|ready|tidy|idle|narrow|smooth|steady|wet|blind|busy|equal|quiet|illicit|elicit|prompt|alert|mature|moderate|intimate|alternate|estimate|appropriate|subject|live|loose|light|fit|fine|last|best|worst|fast|short|long|like|near|own|sound'], note: '“Excessively” is `too` (`not too important`); `to` is the preposition.'},
      // Third round: what `too` qualifies, read from the grammar around it.
      {when: '_ #JJ a|an #JJ? #NN', unless: ['@toVerbCue _', '_ open|clear|free|better|secure|empty|dry|double|lower|narrow|slow|calm|perfect|right|wrong|present|last|best|worst|fit|warm|cool|ease|clean|complete|correct|separate|level|even|ready|steady|smooth|wet|tidy|object|like|own|sound|near|light|mark|face|land|save|set|end|brief|fine|close|total|average|quiet|blind|idle|mature|moderate|alert|content|live|equal|busy|long'], note: '“Excessively” is `too` (`too great a risk`); `to` is the preposition.'},
      {when: '#NN|#NNS _ .|!|?', unless: ['chance|right|courage|reason|need|needs|opportunity|time|power|nerve|heart|urge|desire|wish|money|means|strength|will|ability|freedom|permission|way|order|permit|license|licence|authority|mandate|resources|energy|inclination|cheek|guts|stomach|occasion|incentive|intention|plan|plans|attempt|effort|tendency|temptation|invitation|offer|promise|pressure|reasons|leave|liberty|orders|instructions|duty|obligation|go|cause|room|one|ones|nothing|something|anything|everything|people|men|women|come|came|move|moves|home|place|places|someone|anyone|nobody|way|ways|thing|things|turn _', 'come|came|comes|coming|go|went|goes|going|get|got|gets|look|looked|turn|turned|listen|listened|attend|refer|referred|return|returned|point|pointed * _'], note: '“Also” is `too` (`her husband too.`); `to` is the preposition, which needs an object.'},
      {when: '^ _ #JJ|#RB ,|the|it|he|she|they|we|i|you', unless: ['_ date|be|sure|begin|start|recap|summarize|summarise|conclude|illustrate|wit|this|that|which|whom|what|each|every|all|many|some|most|me|him|us|them|say|put|answer|understand|see|make|get|go|keep|do|avoid|prevent|ensure|help|find|take|give|bring|win|reach|protect|save|meet|test|check|stop|learn|clear|open|close|finish|complete|prove|explain'], note: '“Excessively” is `too` (`Too bad the bus left`); `to` is the preposition.'},
      // Third round, second pass: a degree word or an adverb that `too` qualifies.
      {when: 'much|far|way _ #JJ $|#IN|,', unless: ['_ blame|date|spare|hand|heart|scale|order|death|life|light|market|court|trial|bed|hell|pieces|shore|sea|work|school|town|church'], note: '“Excessively” is `too` (`much too explosive for`); `to` is the preposition.'},
      {when: '_ well|long|far|often|much|little|soon|late|early|fast|slowly|quickly|hard to #VB', unless: ['@toVerbCue _', 'from|up|close|next|due|prior|according|back|way|listen|point|look|head|go|went|came|come|moved|turned|returned|referred _'], note: '“Excessively” is `too` (`knew him too well to think`); `to` is the preposition.'},
      {when: '_ softly|loudly|lightly|gently|harshly|sharply|briefly|poorly|thinly|widely|tightly|loosely|rarely|freely|early|late $', unless: ['from|up|close|next|due|prior|according|back|way|run|ran|date|dated|postponed|delayed|pushed|moved|put|set|listen|listened|point|look|looked|went|go|came|come _'], note: '“Excessively” is `too` (`spoke too softly.`); `to` is the preposition.'},
      {when: '_ well $|,|.|through|enough|for|in|at', unless: ['_ well-being|being', 'up|back|down|over|come|came|go|went|run|ran|rose|rise|fell|fall|grew|grow|climbed|lead|led|way|from _'], note: '“Excessively” is `too` (`could not see too well through`); `to` is the preposition.'},
      // Fourth round: `to much` or `to many` after a verb that takes its object straight (`spent to many hours`,
      // `worry to much about`); `to` would need a verb after it, and `much` is none. Verbs that also take `to` and a
      // person (`talk to`, `show to`, `do to`, `known to`) are left out, and after `learn` or `show` only `much`.
      {when: 'had|has|have|having|spent|spend|spends|spending|find|finds|found|need|needs|needed|want|wants|wanted|eat|eats|ate|drink|drinks|drank _ much|many #NN|#NNS|#JJ|about|$', note: '“Excessively” is `too` (`spent too many hours`); `to` is the preposition.'},
      {when: 'learn|learns|learned|learnt|cost|costs|showed|show|shows|care|cares|cared|worry|worries|worried|think|thinks|expect|expects|expected|ask|asks|asked|know|knew _ much #NN|#NNS|#JJ|about|$', note: '“Excessively” is `too` (`worry too much about`); `to` is the preposition.'},
    ],
    note: '“Excessively” and “also” are `too`; `to` is the preposition.',
    examples: {
      flag: ['The box was {to>too} heavy, so we left it.', 'There were {to>too} many, and the hall was full.', 'Officials are {to>too} cautious, critics say.', 'There were {to>too} few buses.', 'She was {to>too} busy cooking to talk.', 'The crew was {to>too} tired to cook.', 'It is {to>too} late to change the plan.', 'There were far {to>too} many delays.', '“Me {to>too},” she said.', 'The rent is {to>too} high for most.', 'The plan was {to>too} costly.', 'The mayor, {to>too}, voted no.', 'Prices rose in March, {to>too}.', 'Rivals {to>too} would bid.', 'They {to>too} signed the letter.', 'This {to>too} was cut from the budget.', 'You {to>too} were there.', 'The talks dragged on {to>too} long.', 'He turned left {to>too} soon and got lost.', 'Prices rose {to>too} quickly.',
        'The town was {to>too} badly damaged to rebuild.', 'The detail is not {to>too} important for readers.',
        'It was {to>too} great a risk to take.', 'The mayor voted for it, and her husband {to>too}.', '{To>Too} bad the bus left early.',
        'The charge is much {to>too} high for most.', 'She knew him {to>too} well to trust him.', 'He spoke {to>too} softly.', 'She could not hear {to>too} well, in the noise.',
        'He spent {to>too} many hours at the office.', 'Voters worry {to>too} much about prices.'],
      keep: ['The planes were tied to large, “soft” airfields.', 'Its voice, to complex and subtle feelings, is music.', 'The rules were satisfactory to many.', 'To many of us, this is home.', 'To many, the vote was a shock.', 'The trip to Rome was long.', 'There was to be a vote.', 'It was to many a shock.', 'She is to begin work in May.', 'They moved to new offices.', 'The delay is to late 2025.', 'The deal went to the wire.', 'He gave it to them.', 'The choice is to many voters a simple one.', 'It never came to much.', 'He moved the date to late May.', 'That is the way to high ground.', 'They went from Paris, to Rome, to Milan.', 'He walked to May Street.', 'She wants them to go.', 'The meeting was put back to late.', 'Exiles began to long for home.', 'The shop stays open to late evening.', 'The aim is to quickly rebuild.',
        'The aim is to secure a deal.', 'They agreed not to open for a week.', 'Crews hoped to quickly clear up the debris.', 'It went to newly built homes.', 'She said not to worry.',
        'She wants to open a shop.', 'He had every reason to.', 'It was a house to come home to.', 'To date, nobody has paid.', 'To be sure, it rained.',
        'Much to her surprise, she won.', 'Exiles began to long to see home.', 'The show was moved to late.', 'Output rose to well over target.', 'She compared this to what it was.', 'They want you to help.',
        'He talked to many people.', 'The changes made to many homes were small.']
    }
  },
  {
    set: 'to/too',
    forms: {too: 'to'},
    flag: [
      {when: '_ #VB|#DT|#PRP$|#NNP', unless: ['_ much|many|few|little|late|long|far|well|soon|bad|good|often|hard|fast|easy|busy|early|all|such|that|this|more|less|both|either|any|some|no|each|every|another|big|small|high|low|close|old|young|great|quick|slow|strong|weak|short|heavy|light', ',|and|but|me|him|us|them|you|it|this|that|as|was|is|are|were|be|been|being|far|much|all|just|only|also|way|not|none|simply|perhaps|maybe|probably|surely|certainly|clearly|obviously|too _'], note: 'The preposition and infinitive marker is `to`; `too` means excessively or also.'},
      // `how too smile a lot`, `and too conduct the vote`: a verb and its object after `too`; the tagger often reads that verb as a noun.
      {when: '#VBG|#VBD|#VBZ|#VBP|#WRB|and|or _ #NN|#VB #DT|#PRP$|#PRP|#IN|#RP|that', unless: ['_ much|many|few|little|late|long|far|well|soon|bad|good|often|hard|fast|easy|busy|early|all|such|that|this|more|less|both|either|any|some|no|each|every|another|big|small|high|low|close|old|young|great|quick|slow|strong|weak|short|heavy|light'], note: 'Before a verb and its object the infinitive marker is `to` (`how to smile a lot`); `too` means excessively or also.'},
      {when: '@toVerbCue _ @baseVerb', note: 'Before a verb the infinitive marker is `to` (`want to go`); `too` means excessively or also.'},
      {when: '@toDetCue _ @det|@Name|@objpron', note: 'The preposition is `to` (`according to`, `next to`); `too` means excessively or also.'},
      {when: '_ #PRP|#PRP$|mine|it|a|an', unless: ['so|they|we|he|she|i|you|it|me|him|us|them|this|that|and|but|, _'], note: 'Before a pronoun or an article the preposition is `to`; `too` means excessively or also.'},
      {when: '_ be|have', unless: ['so|they|we|he|she|i|you|it|me|him|us|them|this|that|and|but|, _'], note: 'Before a verb the infinitive marker is `to` (`to be`); `too` means excessively or also.'},
      // `too` qualifies an adjective or adverb: after `be` or a question word, a bare verb needs the infinitive marker.
      {firm: true, when: '@be|how|what|where|whether|needless _ @baseVerb', note: 'Before a verb the infinitive marker is `to` (`how to vote`); `too` means excessively or also.'},
      {firm: true, when: 'up _ date', note: 'The phrase is `up to date`; `too` means excessively or also.'},
      {firm: true, when: 'from @num _ @num', note: 'A range runs `from` one number `to` another; `too` means excessively or also.'},
      // A bare verb and its object after a noun, and a noun after an adjective that takes `to`.
      {when: '_ @baseVerb #DT|#PRP$|#PRP|that|so|it|what|how|#IN', unless: ['_ @tooAdj|close|open|clear|slow|free|clean|dry|empty|warm|cool|narrow|busy|light|late|far|well|fast|hard|long|little|much|even|still|right|wrong|back|short|face|like|level|double|lower|present|last|best|worst|fit|sound|near|own|even|complete|correct|separate|perfect|ready|steady|smooth|wet|tidy', ',|and|but|me|him|us|them|you|it|this|that|as|was|is|are|were|be|been|being|far|much|all|just|only|also|way|not|none|simply|perhaps|maybe|probably|surely|certainly|clearly|obviously|too|so|they|we|he|she|i _'], note: 'Before a verb and its object the infinitive marker is `to` (`an exaggeration to say that`); `too` means excessively or also.'},
      // `gave grants too needy families`: `too` qualifies an adjective, never an adjective and its noun, unless an
      // article stands before it (`a too rapid rise`) or the adjective counts (`three times too many cars`).
      {when: '#NN|#NNS _ #JJ|#VBN #NN|#NNS', unless: ['_ many|much|few|little|more|less|most|least|far'], note: 'Before an adjective and its noun the preposition is `to` (`grants to needy families`); `too` means excessively or also.'},
      {when: 'familiar|similar|equal|related|subject|accustomed|devoted|dedicated|committed|opposed|susceptible|vulnerable|exposed|sensitive|grateful|loyal|indebted|attached|married|engaged|adjacent|akin|analogous|comparable|contrary|parallel|tantamount|integral|relevant|central|crucial|essential|vital|harmful|beneficial|superior|inferior|unknown _ #NN|#NNS|#DT|#PRP$|#PRP|#NNP|many|all|some|most|every|each|both|any', unless: ['_ much|few|little|late|early|long|far|soon|often|good|bad|well|hard|close'], note: 'After an adjective that takes `to` the preposition is `to` (`familiar to many`); `too` means excessively or also.'},
      // Fourth round: after a verb that takes `to` and a verb, the word the tagger reads as a verb or a noun after
      // `too` is that verb (`began too decline`, `wanted too hurt`), unless it is an adjective or a degree word.
      {when: '@toVerbCue _ #VB|#NN|#VBD|#VBP', unless: ['_ much|many|few|little|late|long|far|well|soon|bad|good|often|hard|fast|easy|busy|early|all|such|that|this|more|less|both|either|any|some|no|each|every|another|big|small|high|low|close|old|young|great|quick|slow|strong|weak|short|heavy|light|dark|cold|hot|warm|wet|dry|sweet|bitter|rich|poor|thin|thick|tight|loose|deep|shallow|near|long|tired|sick|ill|proud|afraid|busy'], note: 'Before a verb the infinitive marker is `to` (`began to decline`); `too` means excessively or also.'},
      // `belongs too life.`, `turned out too grass,`: a verb, then a bare noun that ends the clause; `too` qualifies an
      // adjective or an adverb, never a noun, so the word is the preposition.
      {when: '#VB*|#RP|themselves|himself|herself|itself _ #NN|#NNS $|and|or|,', unless: ['_ much|many|few|little|late|long|far|well|soon|bad|good|often|hard|fast|easy|busy|early|all|such|that|this|more|less|both|either|any|some|no|each|every|another|big|small|high|low|close|old|young|great|quick|slow|strong|weak|short|heavy|light|dark|cold|hot|warm|wet|dry|sweet|bitter|rich|poor|thin|thick|tight|loose|deep|shallow|near|long|tired|sick|ill|proud|afraid|busy'], note: 'Before a noun the preposition is `to` (`belongs to life`); `too` means excessively or also.'},
    ],
    note: 'The preposition and infinitive marker is `to`; `too` means excessively or also.',
    examples: {
      flag: ['They paid little attention {too>to} it.', '{Too>To} ensure a fair count, the clerk checked twice.', 'She showed them how {too>to} pitch a tent.', 'Crews were called in and {too>to} clear the road.', 'It is no exaggeration {too>to} say that it failed.', 'The names are familiar {too>to} many readers.', 'The charity gave grants {too>to} needy families.', 'The bill is {too>to} be debated.', 'They want {too>to} go home.', 'Officials plan {too>to} cut costs.', 'According {too>to} the report, sales fell.', 'The shop is next {too>to} the station.', 'He has {too>to} pay the fine.', 'The aim is {too>to} win back voters.', 'Few knew how {too>to} vote by post.', 'Needless {too>to} say, the plan failed.', 'The rolls are up {too>to} date.', 'Fares rose from 1990 {too>to} 1995.', 'The council began {too>to} decline after the war.', 'The old house belongs {too>to} history.'],
      keep: ['They too have doubts.', 'Too many buses were late.', 'Voters and too many officials stayed home.', 'She was going too fast the whole way.', 'So too it went with the others.', 'He had too many cars.', 'She wanted it too.', 'They were going too fast.', 'It is too late.', 'I want that too, she said.', 'Prices had risen too.', 'The price was too high to pay.', 'She asked how too few buses could cope.', 'It is too late to vote.', 'Fares rose 5 per cent in 1990 too.', 'It was much too late the next day.', 'They too face the same test.', 'The rooms felt familiar too.', 'There were three times too many cars.', 'The room was painted too light, and cold.', 'It seemed too good to be true.']
    }
  },
  {
    set: "you're/your",
    forms: {your: "you're"},
    flag: [
      {when: '_ #VBG #TO|#IN|#DT|#RB|#PRP|#PRP$|$', unless: ['_ being|during|according|following|including|morning|evening|building|meeting|feeling|wedding|funding|spending|clothing|holdings|earnings|savings|findings|belongings|surroundings|ceiling|painting|writing|training|ruling|rating|hearing|setting|timing|thinking|standing|housing|shipping|planning|teaching|beginning|feelings|bearing|landing|parking|ending|opening|understanding|upbringing|offering|offerings|calling|blessing|blessings|suffering|sufferings|doing|wellbeing|well-being|learning|reading|dressing|cooking|driving|handwriting|swimming|singing|acting|banking'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ #RB #JJ|#VBG|#VBN|#IN|#DT|$', unless: ['_ own|very|most|more|less|least|so-called|now|then|once|only|first|last|next|long|best|newly|early|late|former|well|ever|much|far|@num'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: 'if|because|when|that|said|think|and|but|so|unless|hope _ right|wrong|correct|welcome|kidding|joking|mistaken|fired|invited|done|finished|sure|late|early|lucky|safe|free|fine|crazy|mad $|,|about|that|to|in|on|for|and|but|#IN', unless: ['_ right|left arm|hand|eye|leg|foot|side|wing|shoulder|knee|ear|mind', 'for|thanks|warm|thank|and|of|in|on|at|to|with|from|by _'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ #VBN #IN|#TO|#DT|#RB|$', unless: ['_ own|@possNoun|beloved|loved|chosen|preferred|intended|proposed|selected|stated|used|elected|assigned|given|dedicated|appointed|required|requested|desired|detailed|registered|limited|personalized|personalised|interested|informed|written|printed|fixed|estimated|expected|damaged'], note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ not|so|too|gonna|=a|=an|the|probably|definitely|absolutely', note: '`your` is the possessive; “you are” is `you’re`.'},
      {when: '_ welcome $', unless: ['for|thanks|warm|thank|and _'], note: '`your` is the possessive; “you are welcome” is `you’re welcome`.'},
      {when: '_ @youreTo to', note: '`your` is the possessive; “you are” is `you’re`.'},
      // At the start of a sentence (`^` is a slot of its own, never an alternative).
      {when: '^ _ right|wrong|correct|welcome|kidding|joking|mistaken|fired|done|finished|sure|late|early|lucky|safe|free|fine|crazy|mad $|,|about|that|to|in|on|for|and|but', unless: ['_ right|left arm|hand|eye|leg|foot|side|wing|shoulder|knee|ear|mind'], note: '`your` is the possessive; “you are” is `you’re`.'},
      // A possessive before `quite a` or `like the`: no noun can follow it there.
      {when: '_ quite|like =a|=an|the', note: '`your` is the possessive; “you are” is `you’re`.'},
      // `your in the hills`: a preposition and an article, with no noun for `your` to own.
      {when: '_ in|on|at|into|from|with|without|under|over =a|=an|the', note: '`your` is the possessive; “you are” is `you’re`.'},
      // `what your doing`: `what` needs a clause, and a possessive with a gerund is none.
      {when: 'what _ doing|saying|thinking|talking|looking|trying|getting|going|after $|#IN|#DT|#PRP|#RB|#WP|#WRB', note: '`your` is the possessive; “you are” is `you’re`.'},
      // `your lighter than me`, `your glad to be`, `your hungry:`: a possessive before an adjective with no noun after it
      // for the two to qualify. Not the adjectives that stand for a noun (`your own`, `your best`, `your due`).
      {
        when: '_ #JJ|#JJR|#VBN than|to|about|of|for|with|that|#PRP',
        unless: ['_ own|first|last|next|right|left|due|best|worst|fellow|favorite|favourite|only|very|dear|beloved|loved|chosen|intended|usual|average|whole|other|elected|late|former|new|old|young|various|many|fair|kind|sort|type|equivalent|opposite|worth|royal|native|elders|inner|outer|upper|lower|daily|weekly|monthly|@possNoun'],
        note: '`your` is the possessive and needs a noun after its adjective; “you are” is `you’re`.'
      },
      // At a clause's end only after a word that opens a clause (`because your sick.`); not `How’s your cold?`.
      {
        when: '^|if|when|because|that|think|thought|said|says|know|knew|now|but|so|since|while|until|unless|once _ #JJ|#JJR|#VBN .|,|;|:|!|?',
        unless: ['_ own|first|last|next|right|left|due|best|worst|fellow|favorite|favourite|only|very|dear|beloved|loved|chosen|intended|usual|average|whole|other|elected|late|former|new|old|young|various|many|fair|kind|sort|type|equivalent|opposite|worth|royal|native|elders|inner|outer|upper|lower|daily|weekly|monthly|@possNoun'],
        note: '`your` is the possessive and needs a noun after its adjective; “you are” is `you’re`.'
      },
      // `your that girl`: a possessive never comes before a demonstrative.
      {firm: true, when: '_ that|these|those|this', note: '`your` is the possessive and cannot come before `that`; “you are” is `you’re`.'},
      // From the grammar of a possessive determiner (second round): it comes before its noun, so not before `all` or
      // `both` and a word that is no noun (`your all alone`), nor before another possessive (`your my husband`).
      {when: '_ all|both #JJ|#RB|#VBN|#VBD|#VBG', note: '`your` is the possessive and needs a noun; “you are” is `you’re` (`you’re all alone`).'},
      {firm: true, when: '_ my|his|her|their|our|its', note: '`your` is the possessive and cannot come before another; “you are” is `you’re` (`you’re my friend`).'},
    ],
    note: '`your` is the possessive; “you are” is `you’re`.',
    examples: {
      flag: ['If {your>you’re} that kind of hunter, read on.', '{Your>You’re} sure.', '“{Your>You’re} not welcome here,” he said.', 'If {your>you’re} going to vote, bring ID.', '“{Your>You’re} welcome,” she said.', 'He said {your>you’re} the best candidate.', 'Now {your>you’re} supposed to wait.', '“{Your>You’re} wrong,” she said.', 'Nobody knows what {your>you’re} doing.', 'He thinks {your>you’re} quite a catch.', 'Voters ask what {your>you’re} after.', 'They rally once {your>you’re} in the hills.', 'She knows {your>you’re} glad to help.', 'Call us when {your>you’re} ready.', '{Your>You’re} taller than him.', 'I know {your>you’re} both tired.', 'They say {your>you’re} his cousin.'],
      keep: ['Your thatched roof leaks.', 'Check your in tray.', 'Your wrong turn cost us.', 'Tell me what your plans are.', 'What your doctor says matters.', 'Your support helps us.', 'Your donation matters.', 'Thanks for your welcome.', 'Is this your very own car?', 'Your right to vote matters.', 'Your so-called friends left.', 'How’s your cold?', 'Do your best to help.', 'Your spiritual “inner” life matters.', 'It is your right to vote.', 'Pay your fair share.', 'Give it your all in the final.', 'Your and her votes count.']
    }
  },
  {
    set: "you're/your",
    forms: {"you're": 'your'},
    flag: [
      {when: '#IN|#VBD|#VB|#VBZ|#VBP|#VBG _ #JJ? #NNS|#NN $|#VBD|#VBZ|#VBP|#MD|#IN|#CC', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|still|just|only|also|now|so|too|very|going|getting|being|afraid|aware|sure|able|likely|ready|worth|about|like|out|up|in|on|off|over|back|fired|late|early|@ing|a|an|the|no|@num|one|nothing|something|anything|everything|someone|somebody|dead|kidding|joking|mistaken|lucky|safe|crazy|mad|old|young|wanted|needed|married|single|alive|responsible|finished|involved|interested|invited|lost|stuck|talking|trying|doing|making|taking|looking|telling|saying|thinking|asking|hired|paying|working|winning|losing'], note: '`you’re` means “you are”; before a noun the possessive `your` is needed.'},
      {when: '^ _ #NN|#NNS #VBD|#VBZ|#VBP|#MD', unless: ['_ right|wrong|welcome|home|done|fine|free|next|alone|here|there|not|all|still|just|only|also|now|so|too|very|going|getting|being|@ing|a|an|the|no|one|nothing|something|dead|kidding|lucky|safe|crazy|mad|old|young|fired|late|early|out|up|in|on|off|over|back|about|like'], note: '`you’re` means “you are”; before a noun the possessive `your` is needed.'},
      {when: '_ own', note: '`you’re` means “you are”; the possessive, as in `your own`, is `your`.'},
      {when: '@possCue _ @possNoun', note: '`you’re` means “you are”; after a preposition or a verb that needs an object the possessive `your` is needed.'},
      // A preposition that cannot start a clause, then “you are”: never grammatical (`of you’re views`).
      {when: 'of|to|at|into|onto|with|without|toward|towards|upon|under|among|against|within|across|during|beside _', note: '`you’re` means “you are”; after a preposition the possessive `your` is needed.'},
      // `that’s you’re turn`: “it is you are” has two verbs.
      {when: "that's|it's|here's|what's _", note: '`you’re` means “you are”; after `that’s` or `it’s` the possessive `your` is needed.'},
      // `you’re wife`: “you are” before a bare singular noun such as `wife` or `fault` is not English.
      {when: '_ wife|husband|daughter|son|brother|sister|fault|turn|shoes|wings|invitation|breakfast', note: '`you’re` means “you are”; before a noun the possessive `your` is needed.'},
      // From the grammar of a subject and `be` (second round): `you are` is a clause, which no preposition but a
      // conjunction's (`after`, `before`, `like`) takes, and which cannot hold a noun and then a second verb
      // (`you’re report says`).
      {when: 'in|on|from|by|about|over|through|behind|inside|beneath|below|above|beyond|around|near _', note: '`you’re` means “you are”; after a preposition the possessive `your` is needed.'},
      {when: '_ #JJ? #NN|#NNS was|were|is|are|will|would|can|can\'t|could|may|might|must|should|has|have|had|says|said', unless: ['_ not|all|still|just|only|also|now|so|too|very|here|there|one|nothing|something|anything|everything|someone|somebody'], note: '`you’re` means “you are”; a noun with a verb after it is the subject, owned by the possessive `your` (`your report says`).'}
    ],
    note: '`you’re` means “you are”; the possessive is `your`.',
    examples: {
      flag: ['Bring {you’re>your} wife along.', 'It is {you’re>your} fault.', 'Make up {you’re>your} own mind.', 'Thank you for {you’re>your} support.', 'The choice is up to {you’re>your} members.', 'It is the least of {you’re>your} worries.', 'That’s {you’re>your} problem.', 'The note was under {you’re>your} door all week.', 'Today {you’re>your} train was late.'],
      keep: ['You’re sure of it.', 'Thanks to you, you’re safe.', 'That’s it, you’re done.', 'You’re welcome.', 'You’re going to vote.', 'If you’re in, you’re in.', 'Before you’re done, sign here.', 'You’re right, the cost was high.']
    }
  },
  {
    set: 'were/where',
    forms: {where: 'were'},
    flag: [
      {when: 'there _ #CD|#DT|#JJ|#NNS|no|many|few|several|some|also|still|more|only|never|always|not|too|two|three|four|five|ten|hundreds|thousands|dozens', unless: ['here|back|out|up|over|from|stay|stayed|go|went|live|lived|sat|stood|is|was|right|down|in|it|him|her|them|us|me|get|got|be|been|left|leave|remain|remained there _', 'there _ there|it|he|she|i|you|we|they'], note: '“There were” is a verb: `were`; `where` asks or names a place.'},
      {when: 'we|they|you _:where #VBG|#VBN|#JJ|#RB|not|all|both|never|always|also|still|just|only|so|too|very|able|going|told|given|asked|there|here|in|on|at|the|a|an', note: '`where` asks or names a place; the past of “are” is `were`.'},
      {when: 'who|which _', note: '`where` asks or names a place; after `who` or `which` the verb is `were`.'},
      {when: '_ not #VBN|#VBD|#JJ|#RB|#IN|there|here', note: '`where` asks or names a place; before `not` the verb is `were`.'},
      {when: 'both|all _', unless: ['_ and|or|,|$'], note: '`where` asks or names a place; the past of “are” is `were`.'},
      {when: '#NNS|#NNPS _ #RB #VBN|#JJ', note: '`where` asks or names a place; after a plural subject the past of “are” is `were`.'},
      {when: '#NNS|#NNPS _ #VBG #IN|#DT|#TO|#RB|$', note: '`where` asks or names a place; after a plural subject, before a verb in -ing, the past of “are” is `were`.'},
      // Not a place clause turned round, its verb before its subject (`the valleys where stood the old mills`).
      {when: '#NNS|#NNPS _ #VBN|#VBD #IN|#TO|#RB|#DT|$', unless: ['_ stood|lay|rose|came|grew|lived|began|died|fell|stands|lies|lives|sits #DT|#PRP$|#CD|#JJ'], note: '`where` asks or names a place; after a plural subject, before a participle, the past of “are” is `were`.'},
      // The subjunctive: `if I were`, `as though it were`.
      {when: 'if|though i|he|she|it _', note: '`where` asks or names a place; after `if I` or `as though it` the verb is `were`.'},
      // `we` and `they` are subjects: the word after them is their verb.
      {firm: true, when: 'we|they _', note: '`where` asks or names a place; after `we` or `they` the past of “are” is `were`.'},
      {when: 'there never|also|still? _ @num|#CD', unless: ['here|back|out|up|over|from|stay|stayed|go|went|live|lived|sat|stood|is|was|right|down|in|it|him|her|them|us|me|get|got|be|been|left|leave|remain|remained there never|also|still? _'], note: '“There were” is a verb: `were`; `where` asks or names a place.'},
      {when: 'there _ #RB #VBN|#VBD', unless: ['here|back|out|up|over|from|stay|stayed|go|went|live|lived|sat|stood|is|was|right|down|in|it|him|her|them|us|me|get|got|be|been|left|leave|remain|remained there _'], note: '“There were” is a verb: `were`; `where` asks or names a place.'},
      {when: '#NNS _ #RB? #JJR $|than', note: '`where` asks or names a place; after a plural subject, before a comparative, the past of “are” is `were`.'},
      // `screws where still there`, `plates where both measured`: a plural subject, an adverb, then a participle.
      {when: '#NNS|#NNPS _ still|both|then|already|actively|all|also #VBN|there|#JJ $|#IN', note: '`where` asks or names a place; after a plural subject, before an adverb and a participle, the past of “are” is `were`.'},
      // `where he not`: only the inverted subjunctive, `were he not`, puts a subject before `not` with no verb.
      {when: '_ he|she|it|they|i|we not', unless: ['_ * not only'], note: '`where` asks or names a place; “were he not” puts the verb first: `were`.'},
      // `many where using it`: a quantifier as subject, then a verb in -ing or a participle.
      {when: 'many|some|most|few|several|these|those|both _ #VBG|#VBN', note: '`where` asks or names a place; after `many` or `some` the past of “are” is `were`.'},
      // `products where actively promoted`, `them where then covered`: a plural subject, an adverb of manner or
      // sequence, then a participle (the tagger reads many as a past tense). Not `once`, `first` or `later`, which
      // can open a place's own clause (`the fields where once stood a mill`).
      {when: '#NNS|#NNPS|them|these|those|all|both _ still|then|also|already|actively|now|often|usually|largely|mostly|fully|heavily|widely|never|always|quickly|soon|duly|carefully|promptly|subsequently|immediately|clearly|badly #VBN|#VBD', note: '`where` asks or names a place; after a plural subject, before an adverb and a participle, the past of “are” is `were`.'},
      // `These where the ones`: a sentence that opens with `these` or `those` has its verb next.
      {when: '^ these|those _', note: '`where` asks or names a place; after `these` or `those` the past of “are” is `were`.'},
      // `the women where always making`, `birds where sweetly calling`: a plural subject, an adverb, a verb in -ing.
      {when: '#NNS|#NNPS _ always|still|all|both|also|now|then|already|never|sweetly|quietly|busily|constantly|actively|slowly|quickly #VBG', note: '`where` asks or names a place; after a plural subject, before a verb in -ing, the past of “are” is `were`.'},
      // `The cells where washed three times`, `tubes where prepared and analyzed`: a participle with a count or a second participle after it.
      {when: '#NNS|#NNPS _ #VBN|#VBD @num|#CD|and|or|(', unless: ['_ * and|or #NNS|#NN|#DT|#PRP'], note: '`where` asks or names a place; after a plural subject, before a participle, the past of “are” is `were`.'},
      {when: '#NNS|#NNPS|#NNP _ the ones|last|first|only', unless: ['_ the last|first|only #NN|#NNS|#JJ|#CD'], note: '`where` asks or names a place; the past of “are” is `were` (`they were the last to leave`).'},
      // The subjunctive after `if` or `as though` and a noun: `if my company where a partnership`, `as if Scotty where not there`.
      {when: 'if|though only? @det|@poss? #NN|#NNS|#NNP|#JJ _ not|true|false|real|alive|dead|right|wrong|really|ever', note: '`where` asks or names a place; after `if` and its subject the verb is `were` (`if only it were true`).'},
      // From the grammar of a relative adverb (second round): `where` opens a clause, so its subject comes next. A
      // participle, `to` and a verb, or an adjective with nothing to qualify cannot start one; a verb after `where` is
      // a subject's only when the clause is turned round (`where stood a mill`).
      // A participle followed by a noun modifies that noun, which is the clause's subject (`schools where trained
      // staff teach`), so it says nothing about `were`.
      {when: '#NN|#NNS|#NNP|#NNPS _ #VBN|#VBD', unless: ['_ stood|lay|lived|sat|stands|lies|lives|sits|hung|rose|came|grew|was|is|began|died|fell|said|located|situated|had|has', '_ * #NN|#NNS|#NNP|#NNPS|#JJ|#VBG'], note: '`where` asks or names a place; before a participle the past of “are” is `were` (`costs were cut`).'},
      // Not a quantifier, which opens a subject (`tenements where many of the objects were used`), nor an adjective
      // that heads a phrase of its own (`where close to half`, `where next to nothing grows`).
      {when: '#NNS|#NNPS|#NNP _ #JJ $|#IN|#TO|#VBG', unless: ['_ many|much|some|most|few|several|each|all|both|more|less|none|half|little|enough|any|either|neither|other|others|such|certain|various|close|next|near|due|thanks|according|prior|owing', '_ * of'], note: '`where` asks or names a place; before an adjective the past of “are” is `were` (`the girls were busy`).'},
      {when: '^ @det|these|those|this|that? #JJ? #JJ? #NN|#NNS|#NNP|#NNPS _ to #VB', note: '`where` asks or names a place; a subject and `to` take `were` (`the talks were to resume`).'},
      {when: 'if|though @det|#PRP$? #JJ? #NN|#NNS|#NNP|#NNPS|#PRP _ to #VB', note: '`where` asks or names a place; after `if` and its subject the verb is `were` (`if prices were to fall`).'},
      {when: '#NN|#NNS|#NNP|#NNPS _ #VBG #IN|#DT|#TO|#PRP|#PRP$|#NN|$', note: '`where` asks or names a place; before a verb in -ing the past of “are” is `were` (`the crews were working`).'},
      {when: '#NNS|#NNPS _ #RB #VBG|#VBN|#JJ', note: '`where` asks or names a place; after a plural subject, before an adverb and a verb, the past of “are” is `were`.'},
      // `Houses of settlers, where sitting empty`: after a comma `where` opens a clause with its own subject; a verb in
      // -ing straight after it, with no noun to head, is the verb of the subject before the comma.
      // Not a gerund that is the clause's subject, with its verb a word or two on (`the park, where running a dog is allowed`).
      {when: ', _ #VBG #JJ|#IN|#DT|#RB|#PRP$', unless: ['_ * is|was|are|were|has|had|can|may|will|would|makes|made|helps|helped', '_ * * is|was|are|were|has|had|can|may|will|would|makes|made|helps|helped', '_ * * * is|was|are|were|has|had|can|may|will|would|makes|made|helps|helped'], note: '`where` asks or names a place; before a verb in -ing the past of “are” is `were` (`the crews, tired and cold, were working`).'},
      // Fourth round, shapes that carry from the dev fold to the train fold. A place clause after `where` has a subject
      // and a verb; a preposition and its object that end the clause have neither, so they are what a plural subject
      // was (`the men were around him.`, `the Mexicans were on their guard.`).
      {when: '#NNS|#NNPS _ on|at|around|without|among|beside|behind|near|inside|outside #DT|#PRP$|#PRP? #JJ? #NN|#NNS|#PRP $|but|or', note: '`where` asks or names a place; after a plural subject, before a preposition that ends the clause, the past of “are” is `were`.'},
      // `Molotov were far less reliable`: a comparative of degree with no noun of its own after it is said of the subject.
      {when: '#NNS|#NNPS|#NNP _ far more|less #JJ|#NN', note: '`where` asks or names a place; before `far more` or `far less` and an adjective the past of “are” is `were`.'},
      // `and were charged with riot`: a second verb of the same subject; `and where` would need a subject of its own.
      {when: 'and|or _ #VBN|#VBD #IN|#RB|#TO', note: '`where` asks or names a place; after `and` a participle with no subject of its own takes `were` (`and were charged with`).'},
      // A clause with no finite verb but `where`: a subject before it, and no subject and verb of its own after it.
      {clause: 'verbSlot', when: '#NN|#NNS|#NNP|#NNPS|#CD _', note: '`where` opens a clause with its own subject and verb; this clause has no verb but this word, so the past of “are” is `were` (`the old pumps were still in use`).'},
      // The same check after a phrase set off by commas (`The girls, after dressing, where indignant.`), or straight after a
      // relative `that` (`areas of necrosis that where infiltrated`), as after `who` or `which`.
      {clause: 'verbSlot', when: ',|that _', note: '`where` opens a clause with its own subject and verb; this clause has no verb but this word, so the past of “are” is `were` (`the old pumps were still in use`).'},
      // `than were the founders`: a comparison turned round, its verb before its subject; a place clause after `than` has a verb.
      {clause: 'fronted', when: '#IN|#NN|#NNS|#NNP|#NNPS|#CD|#JJ|#RB|#VBN _ #DT|#PDT|#PRP$|#CD|#NN|#NNS|#NNP|#NNPS', note: '`where` opens a clause with its own subject and verb; after a phrase put first, the subject follows its verb, which is `were` (`along each wall were six bunks`).'},
      // `Listed as present at the feast were Mary and John`: after a participle put first, a subject with no verb of its own
      // follows its verb, `were`. The check reads the word after (a name's initial, `T.W.`, has a tag no slot trusts).
      // Firm: a place clause there must have a verb, and the model is sure of `where` before a list of names.
      {firm: true, clause: 'frontedParticiple', when: '#NN|#NNS|#NNP|#NNPS|#CD|#PRP _', note: '`where` opens a clause with its own subject and verb; after a participle put first, the subject follows its verb, which is `were` (`listed as present were the mayor and her deputies`).'},
      // `The skins were the raw material, and were the only goods`: a second `were` of the subject before, after a comma
      // and `and` or `or`; a place clause there has its own subject and verb (`…, and where the river bends`).
      {clause: 'sharedSubject', when: ', and|or _', note: '`where` opens a clause with its own subject and verb; after `and` with no subject of its own, this is a second verb of the subject before: `were` (`they were tired, and were too cold to go on`).'},
      // `Ballets were used in opera`: `where used` and the like are kept as a place clause with its verb left out, unless
      // the whole clause has no other place for its verb (`The ballets where used in opera.`; not `Extra seats where
      // needed`, whose participles are kept whatever the clause).
      {clause: 'verbSlot', overKeep: true, when: '#NNS|#NNPS|#NNP|#CD|#RB _ used|found|known|noted|stated|allowed|permitted|indicated|specified', note: '`where` opens a clause with its own subject and verb; this clause has no verb but this word, so the past of “are” is `were` (`the old pumps were still in use`).'},
      // `If my firm were a charity, I would`: after `if` and a subject, before words with no verb to a comma and a main
      // clause with a modal, `where` stands where the subjunctive must go. Firm: no reading makes a place clause there.
      {firm: true, clause: 'ifClause', when: '#NN|#NNS|#NNP|#NNPS _ #DT|#PDT|#PRP$|#CD|#JJ|#RB|#IN|#VBN', note: '`where` asks or names a place; after `if` and its subject the verb is `were` (`if my firm were a charity, I would …`).'},
      // `the norms previously applied were no longer`: a participle of the subject that the tagger may read as a past tense.
      {clause: 'reducedRelative', when: '#VBN|#VBD _ #DT|#PDT|#PRP$|#CD|no', note: '`where` opens a clause with its own subject and verb; this clause has no verb but this word, so the past of “are” is `were` (`the rules once applied were no longer in force`).'},
      {clause: 'afterThan', when: 'than _ #DT|#PDT|#PRP$|#JJ|#NNS|#NNP|#NNPS|#CD', note: '`where` asks or names a place; a comparison turned round puts its verb after `than`: `were` (`than were the founders`).'},
    ],
    // `where needed`, `where possible`: a place or case, with its verb left out.
    // After a plural noun, `where used to` and `where found among` are a subject and its verb (`screws were used to`).
    keep: ['!we|they|#NNS|#NNPS _ #RB? needed|required|necessary|possible|appropriate|applicable|available|indicated|noted|stated|specified|known|practicable|feasible|relevant|desired|warranted|allowed|permitted|found|used', '#NNS|#NNPS _ #RB? needed|required|necessary|possible|appropriate|applicable|available|indicated|noted|stated|specified|known|practicable|feasible|relevant|desired|warranted|allowed|permitted|found|used !to|among'],
    note: '`where` asks or names a place; the past of “are” is `were`.',
    examples: {
      flag: ['The screws {where>were} still there.', 'Were he hurt, or {where>were} he not?', 'Many {where>were} using it.', 'The samples {where>were} stained before the test.', 'Fans who {where>were} late missed the goal.', 'The doors {where>were} not locked.', 'All {where>were} fit for duty.', 'Costs {where>were} already high.', 'Crowds {where>were} waiting at the gate.', 'Officials said there {where>were} no injuries.', 'There {where>were} many reasons to leave.', 'They {where>were} told to wait.', 'We {where>were} not consulted.', 'Until then they {where>were} stored in a shed.', 'They {where>were} permitted to stay.', 'There {where>were} 49 arrests.', 'The rooms {where>were} colder than before.', 'If I {where>were} you, I would wait.', 'Voters felt as though it {where>were} rigged.', 'The Yankees {where>were} leading by two.', 'There {where>were} widely reported delays.', 'There never {where>were} 12 seats.', 'The new rules {where>were} widely ignored.', 'Some of them {where>were} then repaired.', 'If only the story {where>were} true.', 'As if the mayor {where>were} not there, they voted.', 'These {where>were} the hardest days.', 'The crews {where>were} always working late.', 'The samples {where>were} washed 3 times.', 'The bills {where>were} drafted and signed.', 'The Smiths {where>were} the last to leave.', 'The hides {where>were} the main trade good, and were sold in bulk.', 'The hides were the main trade good, and {where>were} the only goods which the tribes could sell.', 'They were mostly in the cities, or {where>were} too poor to own land.', 'Ballads {where>were} used in plays from the start.', 'Gaps of about 3 and 5 metres respectively {where>were} found.', 'If my firm {where>were} a charity instead of a business, I would pay less tax.', 'The curbs previously imposed {where>were} no longer in force.',
        'Profits {where>were} reduced by the strike.', 'The guards {where>were} alert at the gate.', 'The old rules {where>were} to lapse in May.', 'If talks {where>were} to fail, prices would rise.', 'The staff {where>were} waiting in the hall.', 'Prices {where>were} steadily rising.', 'The crews, tired and cold, {where>were} working through the night.', 'Stainless bolts {where>were} used to limit corrosion stains.', 'Fossil shells {where>were} found among the rocks.',
        'The farmers {where>were} on their guard.', 'Leaders {where>were} without a plan.', 'The old rebels {where>were} far more loyal than the king.', 'The boats were sunk or {where>were} seized by the navy.',
        'Plans for the new bridge {where>were} well under way.', 'Both the mayor and her deputies {where>were} in favour of the plan.', 'The stalls {where>were} a mix of fruit and flowers.', 'The old pumps {where>were} still in use.',
        'She told us how useful the talks {where>were} to her.', 'The rebels were more loyal than {where>were} the king’s own guards.',
        'The plates which had held the eggs and bacon {where>were} still stacked in the sink.', 'Those who refused to believe that he was a prophet {where>were} termed heretics.', 'The girls, after dressing, {where>were} indignant.', 'Small areas of tissue that {where>were} infiltrated with cells.',
        'Listed as present at the feast {where>were} Mary, her sister and John.', 'Trailing them in the final count {where>were} R.J. Moss, K.L. Dunn and P. Q. Hale.'],
      keep: ['The rules previously applied where relevant.', 'The rules applied where the law allows.', 'If the house where he grew up is sold, we would move.', 'If the town where the fair was held, say, were larger, we would go.', 'The town where used cars are sold is small.', 'Places where found objects are kept are locked.', 'Extra seats where needed.', 'Apply the paint where used.', 'The rules applied where known.', 'They were born in the north, and where the river bends they farmed.', 'They were sent to the front, or where needed.', 'The staff were at the desk, or where the tills are.', 'The field where still more birds nested.', 'The town where he not only lived but worked.', 'Some where possible, others not.', 'It matters both where and when.', 'They met in rooms where smoking was banned.', 'Cases where needed by law are rare.', 'It is unclear where not to go.', 'Stay there where it is warm.', 'Where were you?', 'This is where they lived.', 'Out there where the road ends, nobody lives.', 'Tell them where we live.', 'Aid went where needed.', 'He lived there where 3 roads meet.', 'Towns where larger firms settled grew.', 'Ask if he knows where it is.', 'Out there where often nobody goes, wolves hunt.', 'The Alps where skiing began are busy.', 'The fields where once stood a mill are gone.', 'If the house where he lived is sold, we move.', 'Tell us if the road where you live is safe.', 'The town where the first settlers landed is small.', 'Cities where crime fell were safer.', 'The yards where ships were built and repaired closed.',
        'Towns where rents were high lost people.', 'Nobody could say where to find it.', 'They live in the street where stood the old mill.', 'Homes were built where the stream ran.', 'They came from tenements where many of the goods were made.', 'Families moved to towns where trained nurses worked.', 'It opened clinics where qualified doctors see patients.', 'Spare parts are fitted where found to be worn.', 'The pumps are checked where used.', 'We ate in the café, where sitting outside is a treat.', 'They met at the park, where running a dog is allowed.',
        'Stay in the towns where on market days the streets fill.', 'Prices stayed where far more buyers could pay.', 'The voters were tired, and where the rain fell they stayed home.',
        'The towns where my father, a miner, worked are small.', 'They sold the barns and the fields where cattle graze.', 'Each station where located near a border shuts at dusk.', 'In the villages where there’s a well, people stay.', 'The streets where voters queued at dawn.',
        'Rents are higher here than where the rivers meet.', 'It cost more than where the old mill, long gone, stood.',
        'The men who built the houses where the mill stood went home.', 'The towns, after the war, where rents were high, emptied.', 'She visited the village, where her mother lived.', 'The clinics that where possible opened late.',
        'Walking through the town where the mills stood, he wept.', 'Born in the village where his father, a miner, worked, he left at ten.',
        'The valleys where stood the old mills are green.', 'The hills where rose the smoke of the camps were far.']
    }
  },
  {
    set: 'have/of/off',
    forms: {of: 'have'},
    flag: [{when: 'could|would|should|might|must|may|will|shall|couldn\'t|wouldn\'t|shouldn\'t|mightn\'t|mustn\'t _ #VBN|been|had|done|gone|seen|known|got|taken|made', note: 'After `could`, `would` or `should` the verb is `have` (`could have been`); `of` is a preposition.'},
      {when: 'could|would|should|might|must|couldn\'t|wouldn\'t|shouldn\'t|mightn\'t|mustn\'t|i\'d|you\'d|he\'d|she\'d|we\'d|they\'d #RB? _ #RB? #VBN|#VBD', note: 'After a modal verb the helper is `have` (`would never have left`); `of` is a preposition.'},
      {when: 'could|would|should|couldn\'t|wouldn\'t|shouldn\'t _', unless: ['_ course|necessity'], note: 'After `could`, `would` or `should` the verb is `have`; `of` is a preposition.'},
      {when: '_ been', note: 'Before `been` the helper is `have` (`have been`); `of` is a preposition.'},
      {when: '_ #RB been|had', note: 'Before `been` the helper is `have` (`have long been`); `of` is a preposition.'},
      {when: 'i|we|they _ #RB? #VBN', note: 'After a subject, before a participle, the helper is `have`; `of` is a preposition.'},
      {when: 'to _ #DT|#PRP|#NN|#NNS|nothing|it', note: 'After the infinitive `to` the verb is `have` (`to have it checked`); `of` is a preposition.'},
      // `a great deal of thought behind`, `a school of thought about`: after a singular noun `thought` is a noun (a singular subject would take `has`).
      {when: '#NNS|#NN _ #VBD #DT|#PRP|#IN|#TO|#RB', unless: ['#NN _ thought'], note: 'Before a participle the helper is `have` (`writers have taken to`); `of` is a preposition.'},
      // The tagger reads many a participle after an adverb as a past tense (`we of merely recorded`).
      {when: 'i|we|they|you _ #RB #VBD', note: 'After a subject, before an adverb and a participle, the helper is `have`; `of` is a preposition.'},
      {when: '#NN*|which|who|and _ #RB #VBN|#VBD #DT|#IN|#PRP|#TO|that', note: 'Before an adverb and a participle with its object the helper is `have` (`Jupiter have already supplied`); `of` is a preposition.'},
      {when: 'who|which _ #VBN|#VBD #RP|#IN|#DT|#PRP|$', note: 'After `who` or `which`, before a participle, the helper is `have`; `of` is a preposition.'},
      // `to of` is never a phrase: after `to` the verb is `have`.
      {when: 'to _', unless: ['_ all|course'], note: 'After the infinitive `to` the verb is `have`; `of` is a preposition.'},
      {when: 'i|you|he|she|it|we|they may|might|must|will|can|would|could|should _', unless: ['_ course|necessity'], note: 'After a subject and a modal verb the verb is `have` (`we might have`); `of` is a preposition.'},
      {when: 'i\'d|you\'d|he\'d|she\'d|we\'d|they\'d _', unless: ['_ course|necessity'], note: 'After `he\'d` or `we\'d` the verb is `have`; `of` is a preposition.'},
      // Participles that never stand as adjectives before a noun: `of gone`, `of taken`, `of had`.
      {when: '_ gone|taken|become|begun|had #IN|#TO|#RP|#DT|#VBN|#RB|place|$', note: 'Before a participle the helper is `have` (`have taken place`); `of` is a preposition.'},
      // `we don’t of any way`: after `don’t` or `can’t` a verb comes, not a preposition.
      {when: 'don\'t|doesn\'t|didn\'t|won\'t|can\'t|cannot|mustn\'t|mightn\'t _', unless: ['_ course|necessity'], note: 'After `don’t` or `can’t` the verb is `have`; `of` is a preposition.'},
      // `we still of a long way`: a subject and an adverb, then its verb.
      {when: 'i|you|we|they still|already|also|never|always|just|only|really|certainly|probably|all|both _', unless: ['_ us|them|you|course|necessity|whom|which|these|those|it'], note: 'After a subject the verb is `have` (`we still have`); `of` is a preposition.'},
      // `Of you ever operated`: a question that opens with `of` before a subject and a participle.
      {when: '^ _ you|we|they ever|never|already|not|#VBN', note: 'A question about what was done opens with `have` (`Have you ever`); `of` is a preposition.'},
      // `meanings of not become`: `not` and a participle after `of` has no verb for them.
      {when: '_ not become|been|yet|gone|taken|seen|done|had|got|heard', note: 'Before `not` and a participle the helper is `have`; `of` is a preposition.'},
      // `oils of long been`: an adverb and `been` after `of`; the tagger reads `long` as an adjective.
      {when: '_ long|already|never|always|just|also|recently|often|seldom|rarely|since been|had|become|gone', note: 'Before an adverb and `been` the helper is `have` (`have long been`); `of` is a preposition.'},
      // `society may of cancer`: after `may` or `must` a verb comes (`must of necessity` aside).
      {when: '=may|must _', unless: ['_ course|necessity|itself|themselves|himself|herself|itself'], note: 'After `may` or `must` the verb is `have`; `of` is a preposition.'},
      // `any disease you of.`: a subject pronoun then `of` at a clause end.
      {when: 'you|we|they _ .|!|?|”|"|,', note: 'After a subject the verb is `have`; `of` is a preposition.'},
      // From the grammar of a subject (second round): after `I`, `we` or `they` (and `you` where it opens a clause,
      // not `warn you of a plot`) comes a verb, and after `does` or `did` a bare verb, never a preposition's object.
      {when: 'i|we|they _ a|an|#CD|#PRP$|#NNS|#NN|#PRP|no|some|many|few|several|any|more|much|nothing|something|anything|everything|to', unless: ['_ all|course|necessity|whom|which|us|them|you|it|these|those'], note: 'After a subject the verb is `have` (`we have five problems`); `of` is a preposition.'},
      {when: '^|if|when|because|since|while|unless|until|once|bet|guess|think|seems you _ a|an|#CD|#PRP$|#NNS|#NN|#PRP|no|some|many|few|several|any|more|much|nothing|something|anything|everything|to', unless: ['_ all|course|necessity|whom|which|us|them|you|it|these|those'], note: 'After a subject the verb is `have` (`if you have children`); `of` is a preposition.'},
      {when: 'does|did|do _ #NN|#NNS|#JJ|#VBN|something|nothing|anything|to', unless: ['_ course|necessity|own|all'], note: 'After `does` or `did` the verb is `have` (`it does have a point`); `of` is a preposition.'},
      // Third round: `have to` and a verb, and a plural subject before a participle.
      {firm: true, when: '_ to #VB|@baseVerb', unless: ['_ to date', '_ to #VB #NN|#NNS|#JJ', 'think|thought|thinking|speak|spoke|talk|talked|heard|hear|know|knew|dream|dreamed|dreamt|conceive|conceived|make|made|afraid|aware|capable _'], note: 'Before `to` and a verb the word is `have` (`we have to work`); `of` is a preposition.'},
      // Not after a word of a count or a kind, whose `of` takes a participle as a noun (`hundreds of injured in`).
      {when: '#NNS|#NNPS|) _ #VBN|#VBD #DT|#IN|#PRP|#PRP$|#NNP|#NNS|that', unless: ['_ * of', '#NNS _ #VBN|#VBD #NNS', '_ thought', 'kinds|sorts|types|lots|bits|hundreds|thousands|millions|billions|dozens|scores|tens|numbers _'], note: 'Before a participle the helper is `have` (`programs have demonstrated that`); `of` is a preposition.'},
      // Fifth round: a participle that is no noun's modifier (an adverb, a preposition, `such` or `and` after it) has
      // no place after the preposition `of`; after a plural subject, a second verb (`and`, `or`), a comma or a
      // reflexive it is the helper `have` (`prices have varied widely`, `or have written to`). Not after a
      // word of a kind or a count, whose `of` takes a participle as an adjective or a noun (`kind of stuck in`,
      // `hundreds of wounded in`), nor before `thought`, which is also a noun (`ways of thought with`),
      // nor in a second `of` phrase after `and` (`of the missing and of injured in the crash`).
      {when: '#NNS|#NNPS|and|or|,|myself|himself|herself|itself|ourselves|yourself|yourselves|themselves _ #VBN #RB|#IN|#TO|#PDT|#CC', unless: ['kinds|sorts|types|lots|bits|hundreds|thousands|millions|dozens|scores|tens|numbers|lists|dozen|kind|sort|type|lot|bit|couple|all|none|some|most|many|few|several|both|each|any|one|out|because|instead|full|made|consists _', '_ * and|or #NN|#NNS|#JJ|#VBN', '_ thought', 'of * and|or _', 'of * * and|or _', 'of * * * and|or _'], note: 'Before a participle that qualifies no noun the helper is `have` (`prices have varied widely`); `of` is a preposition.'},
      // Seventh round: an auxiliary before its subject (`How can we of the means`, `Did they of a plan?`), then `of`
      // and a noun phrase: the subject's verb is `have`. Not `of course`, `of necessity` or `of all people`.
      {when: '@modal @subjpron _ @det|#PRP$|#JJ|#NN|#NNS|#CD', unless: ['_ course|necessity|all|them|us|you|it|whom|which|these|those', '_ his|her|its|their|our|my|your own'], note: 'After a helper verb and its subject the verb is `have` (`can we have the means`); `of` is a preposition.'},
      // Seventh round: `did` or `does` before `of` and `a` (`he did of a nice smile`): a bare verb follows `did`.
      {when: 'did|does _ a|an', unless: ['_ * morning|evening|night|afternoon|weekend|day|sunday|saturday'], note: 'After `did` or `does` the verb is `have` (`he did have a nice smile`); `of` is a preposition.'},
      // Seventh round: `you` after `that` or `enough` opens a clause, whose verb comes next (`that you of a nice voice`).
      {when: 'that|enough you _ a|an|#CD|#PRP$|#NNS|#NN|no|some|many|few|several|any|more|much|nothing|something|anything|everything', unless: ['_ all|course|necessity|whom|which|us|them|you|it|these|those', '_ his|her|its|their|our|my|your own'], note: 'After a subject the verb is `have` (`that you have a nice voice`); `of` is a preposition.'},
      // Ninth round: `in common` is had, never of (`what they have in common`).
      {firm: true, when: '_ in common', note: 'Before `in common` the verb is `have` (`what they have in common`); `of` is a preposition.'},
      // Ninth round: a subject pronoun then `of it` or `of them`. After `we` or `they`, and after `you` or `I` where
      // they open a clause, comes a verb; `you` after a verb is its object (`warned you of it`), and `I` alone may be
      // a numeral (`Part I of it`).
      {when: 'we|they _ it|them', note: 'After a subject the verb is `have` (`we have it`); `of` is a preposition.'},
      {when: '^|if|when|because|since|while|unless|until|once you _ it|them', note: 'After a subject the verb is `have` (`you have it`); `of` is a preposition.'},
      {when: 'if|when|because|since|while|unless|until|once i _ it|them', note: 'After a subject the verb is `have` (`if I have them`); `of` is a preposition.'},
      // Ninth round: a question whose helper `did` or `does` has its subject and no verb before a closing `of`
      // (`How many did the team of?`): the bare verb is `have`. A word before `of` that is a verb taking `of` is the
      // question's verb, though the tagger reads it as a noun after a subject it reads as an adjective (`What does
      // the public dream of?`, `What do the poor despair of?`).
      {firm: true, when: 'did|does|do @det? #JJ? #NN|#NNS|#NNP|#NNPS|#PRP _ $', unless: ['_ ,', 'dream|despair|tire|approve|disapprove|complain|speak|talk|think|hear|know|die|consist|smell|taste|boast|repent|beware|partake|dispose|conceive|weary|tell|learn|sing _'], note: 'After `did` and its subject the verb is `have` (`how many did the team have?`); `of` is a preposition.'},
      // Ninth round: `come` after `of` is a participle (`groups have come under pressure`), not a noun.
      {when: '_ come #IN|#RP|#TO|#DT|#RB', unless: ['_ come what'], note: 'Before the participle `come` the helper is `have` (`have come under pressure`); `of` is a preposition.'},
      // Ninth round: a question after a clause (`…, have you tried it?`) opens with `have` as well.
      {firm: true, when: ', _ you|we|they ever|never|already|#VBN|#VBD', note: 'A question about what was done opens with `have` (`have you tried`); `of` is a preposition.'},
    ],
    note: 'After a modal verb the helper is `have`; `of` is a preposition.',
    examples: {flag: ['Ticket prices {of>have} varied widely from town to town.', 'Some members or {of>have} written to the council.', 'We don’t {of>have} any way in.', 'The voters {of>have} thought the same.', 'We still {of>have} a long way to go.', '{Of>Have} you ever voted?', 'The rules {of>have} not been changed.', 'Oils {of>have} long been used.', 'The town must {of>have} a plan.', 'Take what you {of>have}.', 'Fans would never {of>have} guessed the score.', 'The roads {of>have} been closed since dawn.', 'Prices {of>have} also been rising.', 'We {of>have} already voted.', 'He wanted to {of>have} it checked.', 'Musicians {of>have} taken to the streets.', 'She could {of>have}, but she did not.', 'He could {of>have} been a champion.', 'They should {of>have} known better.', 'She would {of>have} gone anyway.', 'They {of>have} merely delayed the vote.', 'The probes {of>have} already returned the samples.', 'Voters who {of>have} moved away can still vote.', 'He hoped to {of>have} it done by May.', 'We might {of>have} a chance.', 'He\'d {of>have} known.', 'Changes {of>have} taken place.', 'They {of>have} model kitchens and a gym.', 'If you {of>have} children, call us.', 'The players do {of>have} talent.', 'We all {of>have} to work late.', 'Several programmes {of>have} demonstrated that aid works.', 'How can we {of>have} the means to pay?', 'He did {of>have} a nice smile.', 'I meant that you {of>have} a nice singing voice.', 'What the two towns {of>have} in common is a river.', 'They {of>have} it in hand, the mayor said.', 'If you {of>have} them, bring them to the desk.', 'If I {of>have} them by noon, I will call.', 'How many seats did the party {of>have}?', 'Few clubs {of>have} come so far so fast.', 'Tell me, {of>have} you ever voted?'], keep: ['He was kind of stuck in traffic.', 'Families of the missing and of injured in the crash waited.', 'Two ways of thought with much in common.', 'It took a great deal of thought about the plan.', 'He must of necessity resign.', 'We of the press were told.', 'Of you, I expect more.', 'The cost of not acting is high.', 'Most of you, of course, know.', 'The mayor could of course resign.', 'Most of us would of necessity wait.', 'A deal of thought went into it.', 'Years of talks led nowhere.', 'The cost of living rose.', 'Most of them could swim.', 'Which of these would you pick?', 'The might of the army grew.', 'It may of course rain.', 'A team of highly trained staff arrived.', 'Those who of necessity work late were paid.', 'They warned you of a plot.', 'They of all people knew.', 'Those who do of their own free will are paid.', 'I told you of three risks.', 'It was all I could think of to say.', 'They sell kinds of printed books.', 'Could they of all people know?', 'Would you of your own free will resign?', 'What he does of an evening is his own affair.', 'She told me that you of all people knew.', 'He warned you of it twice.', 'Part I of it was lost.', 'What did the mayor think of?', 'Which town is he the mayor of?', 'Tell me, of you two, who won?', 'In spite of come what may, they stayed.', 'Since you of all people know this, speak.', 'What does the public dream of?', 'What do the poor despair of?']}
  },
  {
    set: 'have/of/off',
    forms: {off: 'of'},
    flag: [{when: 'because|instead|kind|sort|lot|lots|most|middle|front|top|rest|outside|inside|consist|consists|consisted|think|thought|afraid|aware|proud|capable|full|none|both|each|part|end|number|amount|couple|series _:off the|a|an|his|her|their|its|our|my|your|them|us|him|me|it|this|that|these|those|@num', unless: ['top|front _', '#VB*|#RP @det|@poss rest|middle|front|top|end|part|lot|lots|number|couple|series _'], note: '`off` means away or not on; after words such as `because`, `instead` and `most` the preposition is `of`.'},
      {when: 'one _ the|his|her|their|its|our|my|your #JJS|#RBS', note: '`off` means away or not on; “one of the best” takes the preposition `of`.'},
      // `the aim off the plan`, `members off staff`: a noun that heads an `of` phrase. A verb before it may send a
      // person or a part off somewhere (`threw the chairman off the board`); an idea goes nowhere.
      {
        when: '@ofNoun|@abstract _:off @ofNext|#NN|#NNS|#JJ|#VBG|#CD|more|most|such|no|one|it',
        unless: [
          '#VB*|#RP|#PRP|off|away|down|up|out @det|@poss? #JJ? rest|part|parts|end|portion|portions|bunch|whole|sum|total|percentage|millions|thousands|hundreds|dozens|member|members|owner|owners|victim|victims|leaders|chairman|president|minister|secretary|director _',
          '#VB*|#RP|#PRP|off|away|down|up|out rest|part|parts|end|portion|portions|bunch|whole|sum|total|percentage|millions|thousands|hundreds|dozens|member|members|owner|owners|victim|victims|leaders|chairman|president|minister|secretary|director _',
          'distance|position|location|station|junction|intersection|section|apartment|compartment|department|basement|pavement|entrance|residence|city|vicinity|community|facility|installation|plantation|reservation|formation|destination|direction|attention|tension|suspicion|momentum|settlement|encampment|embankment|escarpment|shipment|consignment|equipment|instruments|sediment _',
          // Phrases with `off` before a noun: `off duty`, `off guard`, `off balance`, `off limits`, `off camera`.
          offPhrases,
          // A place off a coast or a road: `an explosion off the coast`, `exercises off Florida`.
          '_ @det? #JJ|#NNP? coast|coasts|coastline|shore|shores|island|islands|cape|peninsula|port|harbor|harbour|bay|beach|beaches|mainland|tip|waters|sea|seas|strait|straits|gulf|reef|reefs|rocks|point|road|roads|highway|motorway|street|avenue|route|exit|runway|pitch|field|court|stage|camera|record|air|grid|radar|map|list|table|books|menu|ground|floor',
          '_ #NNP|@Name',
          // A name after `off the` is where a thing is (`off the Kamchatka Peninsula`, `off the Florida coast`), unless
          // a common noun that is no place follows it: then the name qualifies that noun, and the phrase is the noun's
          // complement (`the isolation off the Brandywine population`, `members off the Amen corner`).
          '_ @det #NNP|@Name !#NN|#NNS',
          '_ @det #NNP|@Name #JJ|#NN? @offPlace|@namedPlace'
        ],
        note: '`off` means away or not on; after a noun such as `aim`, `members` or `use` the preposition is `of`.'
      },
      // `One off the leading members`: a verb before `one` may take it off something (`crossed one off the list`).
      {
        when: 'one _:off the|these|those|his|her|their|its|our|my|your #JJ|#NN|#NNS|#VBG',
        unless: ['#VB*|#RP|#PRP|#NN|#NNS|#CD|#DT|#IN one _', '_ * list|lists|top|coast|shore|shelf|mark|record|books|pile|rack|bench|ground|floor|field|table|wall|road|street|hook|menu|bill|price|end'],
        note: '`off` means away or not on; “one of the leading members” takes the preposition `of`.'
      },
      // `some off the`, `all off these`: a quantity, then what it counts.
      {
        when: 'all|some|many|several|few|any|half|either|neither _:off the|these|those|his|her|their|its|our|my|your|them|us|which|whom',
        unless: ['#VB*|#RP|#PRP|#NN|#NNS * _', '#VB*|#RP|#PRP|#NN|#NNS * * _', '_ them|us $', ...offListOrPlace],
        note: '`off` means away or not on; a part of a whole takes the preposition `of` (`some of the`).'
      },
      // Tenth round (news text): a quantifier or a numeral standing for a part of a whole where no verb takes it as its
      // object, at a sentence's start or after a comma, a conjunction or a preposition (`Much off the harvest`, `in two
      // off the arches`, `90 homes, 12 off them`), then `off` and a definite noun phrase or a pronoun: the partitive
      // `of`. Nothing has moved the quantity off anything; still not a place or a name (`boats sank, one off the
      // coast`), nor a verb that moves things a few words back, nor a standing in a race or a match (`two off the
      // pace`), nor a list or a roll one comes off, a word before it or not (`two off the injured list`, `ten off the
      // waiting list`, `two off the ballot`, `12 off the docket`). Not after `so`, `too` or `how`, where `much` is a
      // degree word (`so much off the beaten track`).
      {
        when: '^|,|;|and|but|or|#IN|#TO|where|while|when @partitive|@num _:off the|these|those|this|that|his|her|its|their|our|my|your|them|us|it|what|which|whom',
        unless: [
          ...offAfterPreposition,
          '_ @det|@poss? #JJ? lead|pace|over|overs|par|delivery|deliveries|bowling|leader|leaders|winner|winners|pole',
          ...offListOrPlace
        ],
        note: '`off` means away or not on; a part of a whole takes the preposition `of` (`six of them`, `much of the waste`).'
      },
      // From the grammar of `of` (second round): a complement of a noun, of a verb or adjective that takes `of`, or a set phrase.
      {when: '^ _:off course ,', note: 'The phrase is `of course`; `off` means away or not on.'},
      {when: 'speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|heard|hear|hears|hearing|think|thinks|thinking|dream|dreamed|dreamt|dreams|dreaming|know|knew|known|consist|consists|consisted|consisting|approve|approves|approved|disapprove|disapproved|remind|reminded|reminds|accuse|accused|accuses|convince|convinced|deprive|deprived|conceive|conceived|boast|boasted|complain|complained|complains|ashamed|fond|jealous|worthy|guilty|tired|sick|weary|short|instead|because|regardless|ahead _:off', unless: ['_ the record|duty|guard|balance|course|limits|camera|stage|screen'], note: '`off` means away or not on; `speak`, `think`, `afraid` and the like take the preposition `of`.'},
      // `a list off requirements`, `the physical chemistry off washing`: a noun phrase, then its complement. Not a thing
      // a verb moves off something (`took the lid off the jar`), nor a place off a coast or a road. Not before a
      // determiner or a number either: after a noun, `off the` and `off three` are as often where a thing comes from
      // (`hits off the starter`, `a discount off the price`, `a mile off the coast`).
      // Sixth round: a verb four words back keeps the word only when it stands right before the noun phrase (`took the
      // old piece off`); after a preposition or a conjunction the noun is not its object (`done in the way off`).
      {when: '@det|#PRP$|#JJ|#JJS|#CD|this|that|these|those #NN|#NNS _:off #NNS|#NN|#JJ|#VBG', unless: ['#VB*|#RP|off|away|down|up|out _', '#VB*|#RP|off|away|down|up|out * _', '#VB*|#RP|off|away|down|up|out @det|#PRP$|#JJ|#JJS|#CD|this|that|these|those #NN|#NNS _', '#VB*|#RP|off|away|down|up|out @det|#PRP$|this|that|these|those #JJ|#JJS|#NN|#VBG|#VBN|#CD #NN|#NNS _', '@offVerb * * * * _', '@offVerb * * * * * _', '@offVerb * * * * * * _', '@offVerb * * ,|and * * _', 'room|rooms|farm|bar|hall|corridor|office|store|shop|restaurant|hotel|house|home|building|lot|park|ranch|camp|area|town|village|suburb|district|lane|alley|path|trail|lobby|kitchen|street|road|island|islands|ship|ships|boat|boats|vessel|vessels|distance|position|location|station|junction|intersection|section|apartment|compartment|department|basement|pavement|entrance|residence|city|vicinity|community|facility|installation|plantation|reservation|formation|destination|direction|attention|tension|suspicion|momentum|settlement|encampment|embankment|escarpment|shipment|consignment|equipment|instruments|sediment _',
          offPhrases,
          '_ @det? #JJ|#NNP? coast|coasts|coastline|shore|shores|island|islands|cape|peninsula|port|harbor|harbour|bay|beach|beaches|mainland|tip|waters|sea|seas|strait|straits|gulf|reef|reefs|rocks|point|road|roads|highway|motorway|street|avenue|route|exit|runway|pitch|field|court|stage|camera|record|air|grid|radar|map|list|table|books|menu|ground|floor|rails|track|hook|shelf|wall|mark',
          '_ #NNP|@Name',
          '_ @det #NNP|@Name'], note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`a list of demands`).'},
      // Ninth-round follow-up: a noun, then `off` and a personal title (`the murder off Mrs. Borden`): a title names a
      // person, and a thing is a person's, not off one, unless a verb takes it off them (`bought the car off Mr. Lee`).
      {
        when: '#NN|#NNS _:off mr|mrs|ms|dr|mr.|mrs.|ms.|dr.',
        unless: ['#VB*|#RP|off|away|down|up|out _', '#VB*|#RP|off|away|down|up|out * _', '#VB*|#RP|off|away|down|up|out * * _', '#VB*|#RP|off|away|down|up|out * * * _', '@offVerb * * * * _', '@offVerb * * * * * _'],
        note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`the murder of Mrs. Borden`).'
      },
      // Third round: a noun phrase after a preposition, then `of` and its own noun phrase (`at the start of the
      // programme`); not a place or thing a thing stands or comes off (`in the water off the coast`).
      // The preposition may be `to`, which the tagger tags `TO` (`returning to the life off the streets`).
      // Sixth round: a verb before the preposition keeps the word only before a name, which may be a place (`struck at a
      // convoy off Bougie`), or when it moves things (`@offVerb`): otherwise the noun is the preposition's object, not
      // the verb's, and nothing is moved off it (`prayed for the soul off the`).
      {when: '#IN|#TO @det|@poss #JJ? #NN|#NNS _:off @det|@poss|#JJ|#NNS|#NNP', unless: ['@offPlace _', '_ @det|@poss? #JJ? @offPlace', '_ @det|@poss? #JJ? #JJ @offPlace', '#VB*|#RP|off|away|down|up|out * * * _ #NNP|@Name', '#VB*|#RP|off|away|down|up|out * * * * _ #NNP|@Name', '#VB*|#RP|off|away|down|up|out * * * * * _ #NNP|@Name', '@offVerb * * * _', '@offVerb * * * * _', '@offVerb * * * * * _', '@offVerb * * * * * * _', '@offVerb * * * * * * * _'], note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`the start of the programme`).'},
      // Eighth round: a light verb and a noun that together take `of` (`take advantage off them`, `make good use off`,
      // `get rid off`, `lose sight off`): the verb moves nothing off anything, the noun's complement follows. Not a
      // place or a thing a thing stands off (`took care off the pitch`); `stock` and `light` are left out (`took stock
      // off the shelves`).
      {
        when: 'take|takes|took|taken|taking|make|makes|made|making|lose|loses|lost|losing|keep|keeps|kept|keeping #JJ? advantage|use|care|note|notice|sight|track|hold|charge|sense _:off',
        unless: offPlaceOrState,
        note: '`off` means away or not on; `take advantage`, `make use`, `lose sight` and the like take the preposition `of`.'
      },
      {
        when: 'get|gets|got|gotten|getting|@be rid _:off',
        unless: offPlaceOrState,
        note: '`off` means away or not on; `get rid` takes the preposition `of`.'
      },
      // Eighth round: a noun of quantity, kind or a container after a determiner, then `off` and a bare noun or plural
      // (`a list off requirements`, `a pair off handcuffs`, `a bottle off clean water`): what the noun holds or counts
      // follows, whatever verb came before; a thing a verb moves off something stands before a determiner or a place
      // (`cut a piece off the loaf`, `took a box off shelves`), which the guards keep.
      {
        when: '@det|#CD #JJ? list|lists|series|pair|pairs|copy|copies|piece|pieces|set|sets|kind|sort|couple|number|host|range|collection|handful|bunch|stack|bottle|bottles|cage|box|boxes|bag|bags|jar|jars|cup|cups|basket|crate|packet _:off #JJ? #NNS|#NN',
        unless: [...offPlaceOrState, '_ #JJ? shelves|racks|hooks|walls|tables|trucks|lorries|carts|boats|ships|trees|plates|counters|benches|menus|lists|prices|costs|bills|rates|fares|taxes|wages'],
        note: '`off` means away or not on; a quantity or a kind takes the preposition `of` (`a list of demands`).'
      },
      {when: 'kinds|sorts|types|type|variety|lack|plenty _:off', note: '`off` means away or not on; `all sorts of`, `a lack of` take the preposition `of`.'},
      // A noun phrase after `be`, then `of` and its own noun phrase (`is a block diagram of the system`). Not a place or
      // a thing a thing comes off, nor an idiom (`offAfterBe`, shared with the pattern below: `is a chip off the old block`).
      {when: '@be @det #JJ? #JJ? #NN? #NN|#NNS _:off @det|@poss|#JJ|#NNS', unless: offAfterBe, note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`a block diagram of the system`).'},
      // Sixth round: a noun phrase after `be` or a verb that takes no thing off another (`@stillVerb`), then `off` and
      // the noun's complement (`has become the commander off others`, `following the practice off railroad analysis`,
      // `examine the relevant parts off the phonology`). Not a place or a thing a thing comes off (`is the island off
      // the coast`, `was the wind off the lake`), nor the idioms `a chip off the old block`, `a load off my mind`.
      {
        when: '@be|@stillVerb @det|#PRP$|this|that|these|those #JJ|#JJS|#VBN|#VBG|#NN? #JJ|#NN? #NN|#NNS _:off @det|@poss|#JJ|#NN|#NNS|#VBG',
        unless: offAfterBe,
        note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`the basis of the plan`).'
      },
      // Sixth round: a bare plural after a preposition, a conjunction, a comma or an adverb, then `off` and a bare noun,
      // an adjective or `all` (`tales off heartbreak`, `bound in chains off determinism`): a noun's complement. Not a
      // place or a state a group is off (`in boats off shore`, `with staff off duty`, `and nurses off sick`).
      {
        when: '#IN|#CC|, #NNS _:off #NN|#NNS|#JJ|#VBG|all',
        unless: [
          '@offPlace _', '_ @det|@poss? #JJ? @offPlace', '_ @det|@poss? #JJ? #JJ @offPlace', '_ #NNP|@Name',
          '_ duty|guard|balance|course|limits|base|target|season|camera|stage|screen|shore|line|hand|work|school|campus|site|track|topic|message|key|colour|color|white|peak|side|beat|form|script|licence|license|hours|centre|center|putting|sick|ill|shift|road|lead|leash'
        ],
        note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`tales of heartbreak`).'
      },
      // Fourth round: a share of a group, `per cent off the Protestants believed`; a share off a price is a discount
      // (`20 per cent off the fare`) and stays.
      {when: 'cent|percent _:off @det #JJ? #NN|#NNS|#NNPS|#NNP of|who|which|that|#VB*|#MD', unless: ['_ * #JJ? price|prices|cost|costs|fare|fares|bill|bills|rate|rates|rent|rents|tax|taxes|total|list|retail|regular|normal|usual|ticket|tickets|purchase|purchases|sale|sales|value|fee|fees'], note: '`off` means away or not on; a share of a group takes the preposition `of` (`8 per cent of the students`).'},
      // `in one off the impressive palaces`, `reflects one off the major lags`: one of a group described by an
      // adjective, after a preposition, a noun or a verb; not a place a thing comes off (`one off the top shelf`).
      {when: '#IN|#NN|#VBZ|#VBD|#VBP one _:off the|his|her|their|its|our|my|your #JJ #NN|#NNS', unless: ['_ * * list|lists|top|coast|shore|shelf|mark|record|books|pile|rack|bench|ground|floor|field|table|wall|road|street|hook|menu|bill|price|end', '_ * top|upper|lower|bottom|front|back|left|right|north|south|east|west|eastern|western|northern|southern|main|far|near|outer|inner'], note: '`off` means away or not on; “one of the leading members” takes the preposition `of`.'},
      // Seventh round: a noun phrase after a preposition, then `off` and a demonstrative or a quantity (`into the arms
      // off that woman`, `the energy off most churches`), and a bare noun after a preposition before a determiner or a
      // possessive (`in support off our aims`); not a place or a name (`in the water off that island`, `at sea off the
      // coast`), nor a thing a verb moves off something.
      {
        when: '#IN|#TO @det|@poss #JJ? #NN|#NNS _:off this|that|these|those|most|many|such|all|both',
        unless: offAfterPreposition,
        note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`the arms of that woman`).'
      },
      {
        when: '#IN #NN|#NNS _:off @det|@poss|this|that|these|those|most|many',
        unless: offAfterPreposition,
        note: '`off` means away or not on; a noun’s complement takes the preposition `of` (`in support of our aims`).'
      },
      // Seventh round: a pronoun that stands for a part or a count (`those`, `several`), or `out`, before `off` and what
      // it counts (`with those off the group`, `out off sight`): in the non-press text as written no such word stands
      // before `off`. Not a thing a verb moves off something (`took those off the shelf`), nor a place, a name or a
      // state that `off` is right before (`far out off the coast`, `out off duty`).
      {
        when: 'those|these|several|out _:off @det|@poss|this|that|these|those|them|us|you|it|all|sight|reach|#JJ',
        unless: ['#VB*|#RP those|these|several _', ...offPlaceOrState],
        note: '`off` means away or not on; a part of a whole, or `out of`, takes the preposition `of` (`those of the group`).'
      },
      // Eleventh round: a person named by office or kin, then `off` and whose or what they are, a determiner, a
      // possessive or a name (`the mayor off Casa Grande`, `the daughter off one resident`): a person is of a place, a
      // body or a family, and comes off only where a verb sends them (`voted the chairman off the board`, `ordered the
      // manager off the pitch`, `got the minister off the hook`), which keeps `off` up to seven words on, as does a
      // place or a thing a person stands or comes off (`the mayor off the stage`, `the envoy off the Somali coast`).
      {
        when: '@officeKin _:off @det|@poss|this|that|these|those|#NNP|@Name',
        unless: [...sendOffBefore, ...offAfterRole],
        note: '`off` means away or not on; a person’s office or kin takes the preposition `of` (`the mayor of Casa Grande`).'
      },
      // Twelfth round: a person named by office or kin, then `off` and a number and a noun (`a father off two pupils`,
      // `the daughter off one resident`): whose kin or office the person is. A verb that sends the person or moves a
      // thing keeps `off` (`kept the son off two lessons`), as does a time, a length or a weight (`the son off two weeks`).
      {
        when: '@officeKin _:off #CD #JJ? #NN|#NNS',
        unless: [...sendOffBefore, ...offAfterRoleNumber, offPhrases],
        note: '`off` means away or not on; a person’s office or kin takes the preposition `of` (`a father of two pupils`).'
      },
      // Twelfth round: the people of a place, a body or a cause, then `off` and a determiner, a possessive or a name
      // (`critics off the plan`, `residents off Upper Wick`): whose or what they are. A verb that sends them keeps `off`
      // (`kept the residents off the road`, `cleared supporters off the pitch`), as does a place or a thing a person
      // stands or comes off, a name a word for a place follows (`residents off Leeman Road`), and states such as `off duty`.
      {
        when: '@groupOf _:off @det|@poss|this|that|these|those|both|all|#NNP|@Name',
        unless: [...sendOffBefore, ...offAfterRole],
        note: '`off` means away or not on; the people of a place or a body take the preposition `of` (`critics of the plan`).'
      },
      // Thirteenth round: a body of members, then `off` and a number, and a plural or the clause's end (`a crowd off
      // 4,500`, `a village off 300 people`): how many make it up. A verb that sends them or moves or gains things keeps
      // `off` (`kept the team off 12 pitches`), as does a time, a length or a measure after the number (`the team off 12
      // days`, `a village off 300 metres`). A number in thousands is read as three tokens (`4`, `,`, `500`).
      {
        when: '@bodyOf _:off #CD|@num #JJ? #NNS|#NNPS|people',
        unless: [...sendOffBefore, ...gainOffBefore, ...offAfterBodyNumber, offPhrases],
        note: '`off` means away or not on; the size of a body takes the preposition `of` (`a crowd of 4,500`).'
      },
      {
        when: '@bodyOf _:off @num , @num #JJ? #NNS|#NNPS|people',
        unless: [...sendOffBefore, ...gainOffBefore, ...offAfterBodyNumber, offPhrases],
        note: '`off` means away or not on; the size of a body takes the preposition `of` (`a crowd of 4,500`).'
      },
      {
        when: '@bodyOf _:off #CD|@num $',
        unless: [...sendOffBefore, ...gainOffBefore, '_ @num , @num'],
        note: '`off` means away or not on; the size of a body takes the preposition `of` (`a crowd of 4,500`).'
      },
      {
        when: '@bodyOf _:off @num , @num $',
        unless: [...sendOffBefore, ...gainOffBefore],
        note: '`off` means away or not on; the size of a body takes the preposition `of` (`a crowd of 4,500`).'
      },
      // Eleventh round: a plural noun of count, then `off` and a bare plural (`drawn hundreds off birdwatchers`), or a
      // measure of weight or volume, then `off` and a bare noun (`4,000 tonnes off grain`): what is counted or measured
      // follows. Money or goods are taken off people and prices (`made millions off investors`, `saved hundreds off
      // bills`), so a verb that moves things or gains them up to seven words before keeps `off`, as does a price, a
      // charge or a place after it.
      {
        when: '@countOf _:off #NNS|#NNPS|people|thousands|millions',
        unless: offAfterCount,
        note: '`off` means away or not on; a count or a measure takes the preposition `of` (`hundreds of birdwatchers`).'
      },
      {
        when: '@measureOf _:off #JJ? #NN|#NNS',
        unless: offAfterCount,
        note: '`off` means away or not on; a count or a measure takes the preposition `of` (`4,000 tonnes of grain`).'
      },
      // Seventh round: `anything`, `nothing` and the like before `off` and an adjective (`anything off special
      // interest`): a thing of a kind. Not a thing a verb moves off (`took nothing off clean`), nor a state (`off key`).
      {
        when: 'anything|something|nothing|everything _:off #JJ',
        unless: ['@offVerb|#RP * _', ...offPlaceOrState],
        note: '`off` means away or not on; a thing of a kind takes the preposition `of` (`anything of interest`).'
      },
    ],
    // Sports: a catch, a run, a hit, a goal or a point comes `off` a bowler, a pitcher, a cross or a turnover.
    keep: ['caught|slip|bowled|edged|hit|hits|scored|runs|homer|homers|homered|single|singles|double|doubles|wicket|wickets|six|four|boundary|goal|goals|point|points|basket|baskets|try|tries _'],
    note: '`off` means away or not on; the preposition is `of`.',
    examples: {flag: ['The match was delayed because {off>of} the rain.', 'Most {off>of} the workers left.', 'She was one {off>of} the best players.', 'Some 12 per cent {off>of} the students voted early.', 'It sits in one {off>of} the old buildings by the river.', 'The aim {off>of} the plan is clear.', 'Members {off>of} the council voted.', 'Some {off>of} the workers left early.', 'One {off>of} the leading firms closed.', 'The development {off>of} new homes stalled.', 'Voters doubt the value {off>of} such pledges.', 'The threat {off>of} war grew.', 'It aids the education {off>of} children.',
        '{Off>Of} course, nobody came.', 'She was jealous {off>of} her sister.', 'A series {off>of} strikes closed the port.',
        'After the collapse {off>of} the bank, fares rose.', 'They sold all sorts {off>of} goods.', 'Figure 1 is a simple diagram {off>of} the system.',
        'Much was done in the way {off>of} new tools.', 'The family prayed for the soul {off>of} the king.', 'She spoke to the mother {off>of} the boy.',
        'The mayor has become the voice {off>of} reform.', 'This forms the basis {off>of} the plan.', 'He wrote songs full of tales {off>of} heartbreak.', 'They were bound in chains {off>of} gold.',
        'He stayed out {off>of} sight until dark.', 'The mayor met with several {off>of} the council members.', 'There was nothing {off>of} great interest in the report.',
        'She ran into the arms {off>of} that stranger.', 'The bill passed with support {off>of} our members.',
        'The firm took advantage {off>of} them.', 'She made good use {off>of} the time.', 'They got rid {off>of} the old desks.', 'Police found a pair {off>of} gloves.', 'He kept a list {off>of} names.',
        'The threat {off>of} the Russian navy grew.', 'Members {off>of} the Senate committee met.', 'The trial {off>of} Dr. Crippen opened.', 'The wife {off>of} Dr. Hale spoke.',
        'Much {off>of} it was never found.', 'Cracks were found in two {off>of} the arches.', 'The estate has 90 homes, 12 {off>of} them for rent.',
        'The daughter {off>of} a miner spoke.', 'She became director {off>of} the museum.', 'The mayor {off>of} Ashworth resigned.',
        'The appeal drew thousands {off>of} letters.', 'The silos hold 2,000 tonnes {off>of} grain.'],
      keep: ['Two boats sank in the gale, one off the coast of Wales.', 'The town is so much off the beaten path that few visit.', 'He finished the stage in fourth, two off the pace.', 'She turned off the lights.', 'He fell off the roof.', 'Most off-road vehicles failed.', 'They took time off work.', 'They threw the chairman off the board.', 'A boat sank a short distance off the coast.', 'She took the rest off the table.', 'He knocked some off the shelf.', 'She crossed one off the list.', 'The station off the main road closed.', 'Her pride off stage was plain to see.', 'The use off duty of police cars is banned.',
        'He knocked the vase off the shelf.', 'A boat sank off the coast.', 'Off the record, she said no.', 'The ship went off course, and the crew panicked.', 'The club struggled, managing only three goals off the crosses of its wingers.', 'The visitors scored nine points off turnovers.', 'They swam in the bay off the island.', 'A boat sank in the water off the coast.', 'It is a long walk off the main road.', 'Shoppers got 20 per cent off the price of a ticket.', 'He took one off the top shelf.',
        'They sanded the old paint off doors.', 'The navy struck at a convoy off Crete.', 'He swam to the island off the coast.',
        'They saw the island off the coast.', 'She followed the path off the main road.', 'The ward was short, with nurses off sick.', 'They fished in boats off shore.', 'The state law automatically cuts off funds for the school.',
        'He is a chip off the old block.', 'It was a load off my mind.', 'It was the wind off the lake.', 'It was a step off the pace.',
        'She took those off the shelf.', 'They knocked several off the asking price.', 'Were those off the menu?', 'The boat lay far out off the coast.', 'The boat lay out off Cape Cod.', 'She played something off key.', 'Nothing off the menu was cheap.',
        'The first man off the plane was the mayor.', 'The ships off the Kamchatka Peninsula sank.', 'He took the cap off the pen, and the lid off the jar.', 'The last car off the line was red.',
        'The crew was on patrol off the coast.', 'They fished at sea off the island.', 'He swam in the water off that island.', 'The gulls fed on scraps off the boats.', 'The players took care off the field as well.', 'She cut a piece off the loaf.', 'He took a box off shelves in the store.',
        'An explosion off the Kamchatka Peninsula shook the town.', 'Exercises off the Florida coast began.', 'The deployment off the Norwegian fjords ended.', 'He bought the car off Mr. Lee.', 'She borrowed ten pounds off Mrs. Jones.', 'They took the keys off Dr. Hale.',
        'The umpire ordered the manager off the pitch.', 'Members voted the chairman off the board.', 'Fans booed the mayor off Twitter.', 'The envoy off the Somali coast spoke.',
        'The deal made millions off investors.', 'She saved hundreds off bills.']}
  },
  {
    forms: {cord: 'chord', cords: 'chords'},
    flag: [{when: 'struck|strike|strikes|striking|touched|touch|touches|touching|hit|hits|hitting _:cord', unless: ['_ to|around|round'], note: 'An idea that resonates “strikes a chord”: `chord`, the musical term; a `cord` is a string.'},
      {when: 'a|the _:cord with|among|for', unless: ['tied|tie|cut|pulled|pull * _'], note: 'An idea that resonates “strikes a chord”: `chord`; a `cord` is a string.'}],
    note: 'A musical or emotional note is a `chord`; a `cord` is a string or cable.',
    examples: {flag: ['The speech struck a {cord>chord} with voters.'], keep: ['The lamp cord was frayed.', 'He pulled the cord to stop the bus.', 'The umbilical cord was cut.']}
  },
  {
    forms: {chord: 'cord', chords: 'cords'},
    flag: [{when: 'umbilical|spinal|vocal|power|extension|electrical|electric|telephone|phone|bungee|rip|pull _', note: 'A string or cable is a `cord` (`spinal cord`, `vocal cords`); a `chord` is musical.'}],
    note: 'A string or cable is a `cord`; a `chord` is musical.',
    examples: {flag: ['He injured his spinal {chord>cord}.', 'The singer rested her vocal {chords>cords}.'], keep: ['The band played a minor chord.', 'The speech struck a chord.']}
  },
  {
    forms: {do: 'due'},
    flag: [{when: '_ to the|a|an|his|her|their|its|our|my|your|this|that|these|those|lack|poor|bad|high|low|heavy|strong|concerns|fears|rising|falling|illness|injury|health|weather|rain|snow|budget|cost|costs|delays|demand|safety|security|technical|financial|unforeseen|personal', unless: ['i|you|we|they|to|not|will|would|can|could|should|must|might|may|did|does|do|always|never|often|sometimes|also|still|and|or|please|let|who|which|that|what|how|why|when|where|than _'], note: '“Caused by” is `due to`; `do` is the verb.'},
      {when: 'was|is|are|were|be|been|not|long|over|past|payment|payments|rent|taxes|bills|fees _:do $|on|in|by|next|back|to @num', unless: ['is|are|was|were|be * _'], note: '“Owed” or “expected” is `due`; `do` is the verb.'},
      {when: '@be _:do to', unless: ['what|all|thing|things|anything|nothing|something|everything|best|least|most * _', 'what|all * * _', 'what|all * * * _'], firm: true, note: '“Caused by” is `due to`; `do` is the verb.'},
      {when: 'without|with|of|under|deny|denied|denies|denying|afford|afforded _:do process|diligence', firm: true, note: 'The phrases are `due process` and `due diligence`; `do` is the verb.'},
      {when: '_:do and payable', firm: true, note: '“Owed” is `due` (`due and payable`); `do` is the verb.'},
      {when: 'merely|largely|partly|mainly|primarily|entirely|solely|chiefly|presumably|probably|possibly|apparently|perhaps|simply|directly|undoubtedly|mostly|doubtless|rapidly|not _:do to', unless: ['i|you|we|they|who|which|that|people|to|will|would|can|could|should|must|might|may|did|does|do|and|or * _'], note: '“Caused by” is `due to` (`merely due to dilution`); `do` is the verb.'},
      {when: '#NN _:do to #NN|#JJ|#VBG', unless: ['what|that|which|who|whom * _', 'what|that|which|who|whom * * _', 'to|will|would|can|could|should|must|might|may|not _'], note: 'After a noun, “caused by” is `due to` (`blindness due to glaucoma`); `do` is the verb.'},
      {when: 'with|in|claim|claims|claimed|take|takes|took|taking|give|gives|gave|given|giving|pay|pays|paid|paying|without|after|upon _:do consideration|time|credit|notice|regard|respect|care|course|weight|attention|deference|recognition', note: 'Fitting or proper is `due` (`in due course`, `with due respect`); `do` is the verb.'}],
    // `What they want is do to others …`: a clause with `what` names an action, and `do` is it.
    keep: ['what * @be _', 'what * * @be _', 'what * * * @be _'],
    // `What does the couple do to this house?`: with `does` or `did` in the sentence, `do` is the main verb.
    keepInSentence: ['does', 'did', "doesn't", "didn't"],
    note: '`due` means owed, expected or caused by; `do` is the verb.',
    examples: {flag: ['The game was cancelled {do>due} to the rain.', 'Flights were delayed {do>due} to bad weather.', 'The drop was {do>due} to a strike.', 'He was denied {do>due} process.', 'Taxes are {do>due} and payable in May.', '{Do>Due} to a strike, no trains ran.', 'The rise was largely {do>due} to exports.', 'The closure {do>due} to flooding lasted a week.', 'The board will decide in {do>due} course.'], keep: ['What do you do to relax?', 'Do to the trees what you did to the hedge.', 'They do to the land what they please.', 'I do to this day.', 'Things to do today.', 'What they want is do to others what was done to them.', 'What does the couple do to this house?', 'Inmates do time for it.', 'They largely do to others what was done to them.']}
  },
  {
    forms: {due: 'do'},
    flag: [{when: 'to|will|would|can|could|should|must|might|may|did|didn\'t|don\'t|doesn\'t|i|you|we|they _:due #DT|#PRP|#PRP$|it|so|not|nothing|something|anything|everything|that|this|more|less|well|better|what', unless: ['is|was|are|were|be|been|being|fall|falls|fell|come|comes|came * _', 'to _ to'], note: '`due` means owed or expected; the verb is `do`.'},
      // `What due you study`, `Due you have`, `we due, however`: a helper's slot before its subject, or a verb's after it.
      {when: 'what|why|where|how|who _:due you|we|they|i|people|he|she|it', firm: true, note: 'A question takes the verb `do` (`what do you think`); `due` means owed or expected.'},
      {when: '^ _:due you|we|they|i', firm: true, note: 'A question takes the verb `do` (`Do you have`); `due` means owed or expected.'},
      {when: 'i|we|you|they _:due', unless: ['_ to|for|on|by|in|at|back|next|out|soon|shortly|today|tomorrow|@num'], firm: true, note: 'After a subject the verb is `do`; `due` means owed or expected.'},
      {when: 'will|would|can|could|should|must|might|may|shall|gonna|to _:due', unless: ['_ process|diligence|care|regard|respect|consideration|course|credit|date|time|notice|weight|attention|deference|recognition|compensation|payment|payments|to|for|on|by|in|at'], firm: true, note: 'After a modal or `to` the verb is `do`; `due` means owed or expected.'},
      {when: 'let|help|helped|helps|make|made|makes #PRP _:due', firm: true, note: 'After `let him` or `help me` the verb is `do`; `due` means owed or expected.'},
      {when: '_:due not #VB', unless: ['@be _', '@be * _'], note: 'Before `not` and a verb the helper is `do` (`they do not agree`); `due` means owed or expected.'},
      {when: 'will|would|can|could|should|must|might|shall|i\'d|you\'d|we\'d|they\'d|he\'d|she\'d _:due for|without|with|everything|anything|nothing|something|$', note: 'After a modal the verb is `do` (`could do for her`); `due` means owed or expected.'},
      {when: '_:due we|you|they|i #VB|#VBP', unless: ['@be _', '@be * _'], note: 'Before a subject and its verb the helper is `do` (`how many do we have`); `due` means owed or expected.'}],
    note: '`due` means owed or expected; the verb is `do`.',
    examples: {flag: ['We will {due>do} it tomorrow.', 'They {due>do} not agree.', 'What {due>do} you think?', '{Due>Do} you have a plan?', 'What would you {due>do} next?', 'Let him {due>do} as he likes.', 'We {due>do}, however, pay a fee.', 'Most voters {due>do} not trust him.', 'There is little a doctor could {due>do} for them.', 'How many seats {due>do} we need?'], keep: ['The report is due to the board on Monday.', 'The payment is due.', 'Respect is due to them.', 'Payable when due, the fee rose.', 'Everyone is entitled to due process.', 'It should be due next week.', 'Give them due credit.', 'We had it due by Friday.', 'The rent they owe is due.', 'Due process was ignored.', 'Payment is due not later than May.', 'The money due you is in the bank.', 'Sums due them will be paid.', 'The bill will come due for payment.']}
  },
  {
    forms: {no: 'now'},
    flag: [{when: 'right|until|till|since _:no $|,|on|that|is|are|was', note: 'The time is `now` (`right now`, `until now`); `no` is the negative.'},
      {when: 'right|until|till _:no', note: 'The time is `now` (`right now`, `until now`); `no` is the negative.'},
      // `no` before an article only opens a reply (`No, the …`); within a sentence it is `now`.
      {when: '_:no a|an|the', unless: ['^ _'], note: 'The time is `now` (`it was now a rule`); `no` is the negative and takes no article after it.'},
      {when: 'i|he|she|we|they _:no #VBD|#VBZ', note: 'Between a subject and its verb the word is `now` (`he now found`); `no` is the negative.'},
      // `the governor no found`, `who no had command`: between a subject and its verb only `now` fits.
      {when: 'who|which|it _:no #VBD|#VBZ', note: 'Between a subject and its verb the word is `now` (`who now had command`); `no` is the negative.'},
      // `a year no,`: a span of time that ends a clause runs to `now`.
      {when: 'year|years|time|months|weeks|days|while|minutes|hours _:no ,|.|!|;', note: 'A time that runs to the present ends `now` (`a year now`); `no` is the negative.'},
      {when: 'from _:no on', note: 'The phrase is `from now on`; `no` is the negative.'},
      {when: '#JJR|#RBR _:no ,|.|!|?', note: 'After a comparative at a clause end the word is `now` (`faster now.`); `no` is the negative.'},
      // `no that the war is over`: the conjunction is `now that`.
      {when: '^ _:no that #DT|#PRP|#NNP|#NN|#NNS', note: 'The conjunction is `now that`; `no` is the negative.'},
      {when: ', _:no that #DT|#PRP|#NNP|#NN|#NNS', note: 'The conjunction is `now that`; `no` is the negative.'},
      // `is no turned over`, `was no distributing`: between an auxiliary and its participle only `now` fits.
      {when: '@be _:no #VBN|#VBG', unless: ['_ * #NN|#NNS|of', 'there|it|this|that|here|what|which * _', '_ doubt|longer|sooner|matter|less|more|telling|knowing|denying|saying|use|good|way|such|fewer'], note: 'Between an auxiliary and its verb the word is `now` (`was now turned`); `no` is the negative.'},
      // `the governor no found`, `Jews no regard`: between a subject and its verb only `now` fits.
      {when: '#NN|#NNS|#NNP|#NNPS @subjpron? _:no #VBD|#VBP|#MD', unless: ['_ one|means|more|less|longer|matter|doubt|way|sooner|use|such|good|better|worse|fewer|other|end|less', 'say|says|said|saying|vote|voted|voting|votes|answer|answered|reply|replied|told|tell|mean|means|meant|or|and _'], note: 'Between a subject and its verb the word is `now` (`the governor now found`); `no` is the negative.'},
      {when: '#NN|#NNS|#NNP|#NNPS @subjpron? _:no #VBZ', unless: ['_ one|means|more|less|longer|matter|doubt|way|sooner|use|such|good|better|worse|fewer|other|end|less', 'say|says|said|saying|vote|voted|voting|votes|answer|answered|reply|replied|told|tell|mean|means|meant|or|and _'], note: 'Between a subject and its verb the word is `now` (`Holmes now appears`); `no` is the negative.'},
      {when: 'i|you|we|they _:no #VBP|#MD|am', unless: ['_ one|means|more|less|longer|matter|doubt|way|sooner|use|such|good|better|worse|fewer|other'], note: 'Between a subject and its verb the word is `now` (`we now turn`); `no` is the negative.'},
      // `We no generalize`: the tagger reads a plural present after `we` as a bare verb.
      {when: 'i|you|we|they _:no #VB', unless: ['_ one|means|more|less|longer|matter|doubt|way|sooner|use|such|good|better|worse|fewer|other'], note: 'Between a subject and its verb the word is `now` (`we now turn`); `no` is the negative.'},
      // `there's no war on no.`: after a particle or a state at a sentence end, the time word.
      {when: 'here|there|then|up|on|off|over|out|down|away|back|done|ready|alone|anymore|closed|open|available|gone|dead|alive|known|empty|camping|working|living|waiting|coming|happening|taken|finished|exist|happen|begin|start _:no .|!|;', note: 'At the end of a clause the time word is `now` (`it is all over now`); `no` is the negative.'},
      {when: 'even|by _:no i|he|she|we|they|it|there|you', note: 'The time word is `now` (`even now`, `by now`); `no` is the negative.'},
      // `, no confided`, `, no raised`: after a comma, a past tense takes the time word before it.
      {when: ', _:no #VBD|#VBZ', unless: ['_ * #NN|#NNS', '_ one|means|more|less|longer|matter|doubt|way|sooner|use|such|other'], note: 'Before a verb the word is `now` (`, now confided`); `no` is the negative.'},
      {when: '@be|has|have|had _:no simply|so|already|almost|merely|largely|entirely|firmly|widely|fully|clearly|mostly|available|ready|under', unless: ['_ * #NN|#NNS', 'there|it|this|that|here|what|which * _'], note: 'Between a helper and what follows, the time word is `now` (`is now simply`); `no` is the negative.'},
      {when: 'and|that _:no he|she|they|we|i', note: 'Before a subject opening a clause, the time word is `now` (`and now he must act`); `no` is the negative.'},
      {when: '_:no and then', firm: true, note: 'The phrase is `now and then`; `no` is the negative.'},
      {when: 'by|before _:no $', note: 'The time word is `now` (`by now`); `no` is the negative.'},
      {when: ', _:no , that|to', note: 'A time word set off by commas is `now` (`I realized, now, that`); `no` is the negative.'},
      {when: '^ _:no when|as|then|look|there', note: 'The time word is `now` (`Now when …`); `no` is the negative.'},
      {when: 'him|her|it|them|us|me|you _:no $', unless: ['tell|told|tells|telling|say|said|says|saying|answer|answered|ask|asked|vote|voted|or|yes|and * _'], note: 'After an object at the end of a clause the time word is `now` (`leave her now`); `no` is the negative.'},
      {when: 'do|doing|done|well _:no $', note: 'At the end of a clause the time word is `now` (`what to do now`); `no` is the negative.'},
      {when: 'the|a|an _:no #VBN|#JJ #NN|#NNP|#NNS', note: 'Between an article and its adjective the word is `now` (`the now empty hall`); `no` is the negative.'},
      {when: '@be _:no on|in|at|among|within|into', unless: ['answer|vote|votes|reply|response|verdict|word|there * _'], note: 'Between a verb and its place the time word is `now` (`is now on sale`); `no` is the negative.'},
      {when: 'what @be _:no #NNP', note: 'A place by its present name is `what is now`; `no` is the negative.'},
      // `No he saw that …`: a reply `no` is set off by a comma; before a subject and a past tense it is the time word.
      {when: '^ _:no he|she|they|it|we|i #VBD', unless: ['_ * * not|never|n\'t'], note: 'A sentence that opens with the time before its subject and verb opens with `now` (`Now he saw`); a reply `no` is set off by a comma.'},
      // `may no be included`, `might no have taken`: no reading puts the negative between a modal and its verb.
      {when: '@modal _:no be|have', note: 'Between a modal and its verb the time word is `now` (`may now be`); `no` is the negative.'},
      {when: 'here and _:no $|,', note: 'The phrase is `here and now`; `no` is the negative.'},
      {when: '#JJ|#RB _:no .|!|;|,', unless: ['not|or|yes|and|absolutely|definitely|certainly|probably|just|simply|maybe|perhaps|surely|emphatically|flatly|oh|well|please|firmly|politely|very _', 'a|an|the * _', 'a|an|the * * _'], note: 'At the end of a clause the time word is `now` (`they came close now`); `no` is the negative.'}],
    // A reply: `No` opening a sentence whose clause is itself negative (`No it was not the mayor`, `No I never said that`)
    // answers a question, comma or not; the time word does not echo a negative.
    keep: ["^ _:no i|you|he|she|it|we|they|that|this|there * not|never", "^ _:no i|you|he|she|it|we|they|that|this|there never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|cannot|won't|wouldn't|couldn't|shouldn't|hasn't|haven't|hadn't", "^ _:no i|you|he|she|it|we|they|that|this|there * * not|never"],
    note: '`no` is the negative; the present time is `now`.',
    examples: {flag: ['The firm, which {no>now} owns the site, said nothing.', 'I have lived here a year {no>now}.', 'The team is winning right {no>now}.', 'Until {no>now}, nobody knew.', 'It was {no>now} a crime.', 'She {no>now} finds herself alone.', 'From {no>now} on, fares rise.', 'The rain fell harder {no>now}.', 'Shops are reopening, {no>now} that the storm has passed.', 'The hull is {no>now} painted blue.', 'The council {no>now} wanted a vote.', 'The worst of it is over {no>now}.', 'By {no>now} she knew the truth.', 'Rain falls every {no>now} and then.', '{No>Now} that the vote is over, talks resume.', 'The guard, tired, {no>now} raised the alarm.', 'The law is {no>now} simply a dead letter.', 'He lost, and {no>now} he must pay.', 'The council cannot ignore them {no>now}.', 'There is little left to do {no>now}.', 'The square, loud at noon, was silent {no>now}.', 'The vaccine is {no>now} in short supply.', 'They reopened the {no>now} empty mill.', 'The port lies in what is {no>now} Croatia.', 'Lenders say they {no>now} require a deposit.', 'The committee {no>now} meets on Fridays.', '{No>Now} he saw the flaw in the budget.', 'The fee may {no>now} be waived for students.', 'Voters want results here and {no>now}.'], keep: ['No he was not there.', 'There can be no excuse for delay.', 'He was here and no one saw him.', 'We no longer agree.', 'The committee no longer meets.', 'Tenure no doubt helps.', 'It no longer matters.', 'Was it a waste of time? No.', 'There is no doubt.', 'He said no.', 'By no means.', 'Just no.', 'No, the vote was close.', 'No the answer is not yes.', 'They had no plan.', 'There was no telling what he meant.', 'It was no laughing matter.', 'There is no known cure.', 'He said no.', 'The answer is no.', 'Voters said no one cared.', 'Staff no longer work there.', 'She took no for an answer.', 'We have no plans.', 'Even no one knew.', 'No, that is wrong.', 'People no more believe it than I do.', 'Is there no way out?', 'There were no ships available.', 'Asked twice, no reply came.', 'The vote, no matter how close, stands.', 'He said that no one came.', 'It is no simple task.', 'There is no already agreed plan.', 'Yes and no are both fine.', 'Asked about the plan, she told them no.', 'The answer is no in both cases.', 'The no campaign won.', 'The minister gave a firm no.', 'Voters delivered a resounding no.', 'What is no longer Crown land was sold.', 'No it was not the mayor.', "No it wasn't the mayor.", 'No I never said that.']}
  },
  {
    forms: {quite: 'quiet'},
    flag: [{when: 'keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining|fell|fall|falls|go|went|goes|gone|very|so|too|more|a|the|and|peace _:quite $|,|and|for|about|on|in|as|life|word|time|night|morning|street|area|town|village|corner|voice|week|weekend|day|place|moment|period|spell|revolution|diplomacy', unless: ['not|a|the _ #JJ|#RB|#DT'], note: '“Silent” is `quiet`; `quite` means fairly or completely.'},
      // `the camp is quite.`, `Be quite, Devol!`: after `be` with nothing for `quite` to qualify.
      {when: '@be _:quite $|,', unless: ['wasn\'t|isn\'t|aren\'t|weren\'t _', '_ , quite|very|so|really|rather|absolutely|totally|utterly|completely|entirely'], note: '“Silent” is `quiet`; `quite` means fairly or completely.'},
      // `her quite competence`, `Pimen's quite exit`: between a determiner and its noun.
      {when: '#PRP$|#NNP|a|an|the _:quite #NN|#NNS', note: '“Silent” is `quiet`; `quite` means fairly or completely.'},
      {when: 'a|an _:quite but|and', note: '“Silent” is `quiet`; `quite` means fairly or completely.'}],
    note: '“Silent” is `quiet`; `quite` means fairly or completely.',
    examples: {flag: ['Please keep {quite>quiet}.', 'The town went {quite>quiet}.', 'She had a {quite>quiet} word with him.', 'The ward is {quite>quiet}.', 'Nobody doubted his {quite>quiet} competence.', 'It was a {quite>quiet} but firm reply.'], keep: ['It was quite a surprise.', 'Not quite.', 'That is quite enough.', 'It was quite, quite lovely.', 'It wasn\'t quite.', 'It was a quite remarkable day.', 'He is a quite good player.']}
  },
  {
    forms: {brake: 'break', brakes: 'breaks', braking: 'breaking'},
    flag: [{when: 'to|will|would|could|should|must|might|may|did|didn\'t|can|cannot|not _:brake the|a|his|her|their|its|our|my|your|up|down|out|free|even|ranks|ground|records|into|away|through|news|silence|promises|law|laws|rules|deadlock|impasse|cycle|record', unless: ['foot|car|driver|truck _'], note: 'To smash or interrupt is `break`; a `brake` stops a vehicle.'},
      {when: 'a|the|short|lunch|coffee|tea|summer|winter|spring|christmas|tax|big|lucky|clean|commercial|career|half-time|halftime|holiday|school _:brake|brakes $|from|for|in|of|,|and', unless: ['hand|foot|emergency|disc|car|air|parking _'], note: 'A pause or a chance is a `break`; a `brake` stops a vehicle.'},
      {when: '_:braking up|away|loose|free|ground|news|records|laws|rules|promises|water|ranks|silence', note: 'To smash or interrupt is `break`; a `brake` stops a vehicle.'},
      {when: 'to|@modal|not|who|they|we|you|i _:brake off|over|one|it|them|strikes|its|open|apart|loose', unless: ['_ off the|a|an|sharply|hard|gently|slightly'], note: 'To smash or interrupt is `break`; a `brake` stops a vehicle.'}
    ],
    note: 'To smash or interrupt, and a pause, is `break`; a `brake` stops a vehicle.',
    examples: {flag: ['Talks failed to {brake>break} the deadlock.', 'The firm got a tax {brake>break}.', 'The talks were {braking>breaking} up by noon.', 'Crowds began {braking>breaking} away from the march.', 'Waves threatened to {brake>break} over the wall.', 'They tried to {brake>break} it open.'], keep: ['He hit the brake too late.', 'The car had faulty brakes.', 'She put a brake on spending.', 'The driver had to brake hard.', 'She had to brake off the ramp.', 'The cyclist was braking into the bend.', 'The car was braking out of the turn.']}
  },
  {
    forms: {bear: 'bare', 'bear-faced': 'barefaced'},
    flag: [{when: '_ feet|foot|hands|hand|minimum|essentials|bones|walls|shelves|chest|skin|arms|legs|ground|floor|earth|majority|necessities|truth', unless: ['to|will|would|could|should|must|might|may|can|cannot|not|did _'], note: '“Naked” or “minimal” is `bare` (`bare minimum`); a `bear` is the animal, or to carry.'},
      {when: 'with|his|her|their|its|my|your|our|the _:bear hands|feet', note: '“Naked” is `bare`; a `bear` is the animal, or to carry.'}],
    note: '“Naked” or “minimal” is `bare`; `bear` is the animal, or to carry.',
    examples: {flag: ['Staff did the {bear>bare} minimum.', 'He fought with his {bear>bare} hands.'], keep: ['They must bear the cost.', 'A bear was spotted nearby.', 'Bear markets are common.']}
  },
  {
    forms: {aloud: 'allowed'},
    flag: [{when: '_ to|in|into|on|under|by', unless: ['read|reads|reading|said|say|says|laughed|laugh|wondered|wonder|wondering|think|thinking|thought|mused|cried|spoke|speak|recited|out|prayed _', 'read|reads|reading|recite|recites|recited|reciting|sing|sings|sang|sung|singing|say|says|said|saying|speak|speaks|spoke|spoken|repeat|repeats|repeated|repeating @det? #JJ? * _'], note: '“Permitted” is `allowed`; `aloud` means out loud.'},
      {when: 'not|be|been|is|are|was|were|being|never _:aloud', unless: ['_ to|in #VB'], note: '“Permitted” is `allowed`; `aloud` means out loud.'},
      // `The board aloud it`, `the city aloud Smith a day off`: a subject, then an object.
      {when: '#NN|#NNP|#NNS _:aloud him|her|them|us|me|it|#NNP', unless: ['read|reads|reading|said|say|says|laughed|laugh|wondered|wonder|wondering|think|thinking|thought|mused|cried|spoke|speak|recited|out|prayed|sing|sang|sung|repeat|repeated _'], note: '“Permitted” is `allowed`; `aloud` means out loud.'}],
    note: '“Permitted” is `allowed`; `aloud` means out loud.',
    examples: {flag: ['Dogs are not {aloud>allowed} in the park.', 'He was {aloud>allowed} to leave.', 'The board {aloud>allowed} it.'], keep: ['She read it aloud.', 'Please read the letter aloud to the class.', 'He wondered aloud about the plan.', 'She read aloud them all.', 'The children sang aloud it seemed.']}
  },
  {
    forms: {here: 'hear'},
    flag: [{when: 'to|will|would|could|can|cannot\'t|couldn\'t|did|didn\'t|i|we|you|they|never|not|to _:here the|a|about|from|of|that|what|how|it|them|him|her|you|me|us|his|their|your|more|nothing|anything|something|voices|music|cases|evidence|arguments|appeals|testimony', unless: ['come|came|comes|coming|be|been|is|are|was|were|live|lived|lives|stay|stayed|stays|work|works|worked|here|up|over|out|back|get|got|from _', 'i|we|you|they _ * #VBD|#VBZ|#VBP|#MD'], note: 'To perceive a sound is `hear`; `here` is this place.'},
      {when: '#MD #RB? _:here #PRP|everything|@Name', note: 'After a modal verb, before what is heard, the verb is `hear` (`could hear Clayton`); `here` is this place.'},
      // `could here every word`, `let's here it`, `who here everything`: a verb's slot before what is heard.
      {when: 'to|will|would|could|can|cannot|couldn\'t|can\'t|did|didn\'t|don\'t|doesn\'t|never|not|let\'s|let|who _:here every|everything|this|these|those|such|my|our|word|words|music|news|voice|voices|footsteps|noise|noises|sound|sounds|shots|screams|cries|bells|it|him|them', unless: ['come|came|comes|coming|be|been|is|are|was|were|live|lived|lives|stay|stayed|stays|work|works|worked|here|up|over|out|back|get|got|from|still|right _', '@be|come|came|live|lived|stay|stayed * _'], firm: true, note: 'To perceive a sound is `hear`; `here` is this place.'},
      {when: 'ever|never _:here of|about|from', firm: true, note: 'To learn of something is to `hear of` it; `here` is this place.'},
      {when: 'don\'t|doesn\'t|didn\'t|can\'t|couldn\'t _:here $|or|and|the|a|anything|nothing|what|how|that|it|them|him|her|you|me|us', firm: true, note: 'After a negated helper the verb is `hear` (`I don’t hear the music`); `here` is this place.'},
      // `Can you here?`: a helper and its subject, then the verb.
      {when: 'can|could|will|would|did|do|does|didn\'t|don\'t|doesn\'t|can\'t|couldn\'t|won\'t @subjpron _:here $|it|anything|something|nothing|everything|me|him|them|us|her', firm: true, note: 'After a helper and its subject the verb is `hear` (`Can you hear?`); `here` is this place.'},
      {when: 'glad|pleased|happy|sorry|sad|relieved|surprised|shocked|delighted|disappointed|interested|eager|able|unable|like|liked|likes|love|loved|loves|want|wanted|wants|expect|expected|expects|hope|hoped|hoping|waiting|waited|longed|nice|good|great to _:here', note: 'After a word that takes a verb with `to`, the verb is `hear` (`glad to hear it`); `here` is this place.'}],
    note: 'To perceive a sound is `hear`; `here` is this place.',
    examples: {flag: ['I could not {here>hear} the speech.', 'The court will {here>hear} the case.', 'We want to {here>hear} from you.', 'She could {here>hear} everything.', 'Nobody could {here>hear} Smith.', 'She could {here>hear} every word.', 'Let’s {here>hear} it, then.', 'Have you ever {here>hear} of him?', 'Residents were glad to {here>hear} it.', 'She says she can’t {here>hear} a thing.', 'I don’t {here>hear} the alarm.', 'Can you {here>hear} me?', 'Could they {here>hear} anything?'], keep: ['Can you stay here?', 'Will they here agree?', 'Come here now.', 'I will here give one case.', 'We live here.', 'I am here.', 'They were here about the job.', 'Drive from the station to here.', 'I don’t work here.', 'It is close to here.']}
  },
  {
    forms: {hear: 'here'},
    flag: [{when: 'come|came|comes|coming|live|lived|lives|living|stay|stayed|stays|staying|over|right|from|near|out|in|up|down|around|is|was|are|were|be|been|am|get|got _:hear $|,|and|for|with|in|on|at|today|now|yesterday|tonight|since|until|to', unless: ['_ to @baseVerb', 'to|can|could|will|would|not|did _'], note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: '^ _:hear is|are|was|were|comes|come|lies|lie|stands|may|might|will|can', note: 'A sentence that opens with a place and its verb opens with `here` (`Here are the results`); `hear` takes an object.'},
      {when: '#VBN|#VBD _:hear $|for|in|amid|like|as', note: 'After a participle the place is `here` (`used here`); `hear` is a verb of its own.'},
      {when: '@be _:hear #VBN', note: 'Between `is` and a participle the word is `here` (`is here used`); `hear` is a verb of its own.'},
      // `the playing hear has`: a singular noun, `hear`, then a verb (not `what the audience hear is`).
      {when: '#NN _:hear #VBZ|#VBD|#MD', unless: ['what|that|which|whom|who * _', 'what|that|which|whom|who * * _'], note: 'A singular noun then `hear` then a verb: the place is `here` (`the playing here has`); `hear` is a verb of its own.'},
      // `no problem hear.`, `room hear`: a noun at a clause end takes the place word after it.
      {when: '#NN|#NNS _:hear .|!|;|”|because|and|for', unless: ['what|that|which|whom|who|we|they|i|you|he|she|people|fans|voters|listeners|audiences|audience|crowd|crowds|public|readers|viewers * _', 'what|that|which|whom|who|we|they|i|you|he|she * * _', 'to|will|would|can|could|should|must|may|might|did|do|does|not _'], note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: 'from|between|around|outta|of|till|until _:hear', unless: ['_ from|about|of'], firm: true, note: 'This place is `here` (`from here`); to perceive a sound is `hear`.'},
      {when: 'it\'s|that\'s|we\'re|they\'re|you\'re|i\'m|he\'s|she\'s|what\'s|there\'s _:hear', firm: true, note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: '@be _:hear that|in|on|at|,|$|!|.|and|for|with|now|today|too|again|because', unless: ['to|will|would|can|could|not|did _', 'what|that|which|whom|who * _'], firm: true, note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: 'yet|but|and|that|, _:hear was|is|are|were|lies|lay|comes|came', firm: true, note: 'This place is `here` (`here was a change`); to perceive a sound is `hear`.'},
      {when: 'exists|existed|appeared|appears|married|used|quoted|cited|shown|described|given|discussed|doing|living|working|staying|standing|sitting|waiting|born|buried|arrived|stay _:hear', firm: true, note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: '^ _:hear they|we|he|she|i', note: 'A sentence that opens with a place before its subject opens with `here` (`Here they are`); `hear` takes an object, not a subject.'},
      {when: '^ _:hear , !hear', note: 'A place set off at the start of a sentence is `here` (`Here, as in …`); `hear` takes an object.'},
      {when: 'down|back _:hear', note: 'This place is `here` (`down here`); to perceive a sound is `hear`.'},
      {when: 'leave|leaving|enter|entering|remain|remained|remaining|stood|sit|sat|stand|wait|waited|safe|welcome|coming|moved|settled|gathered|parked|camped _:hear', note: 'After a verb of staying, leaving or arriving the place is `here`; to perceive a sound is `hear`.'},
      {when: 'him|her|them|us|me _:hear $', unless: ['let|lets|make|made|makes|help|helped|helps|have|had|heard|of * _'], note: 'After an object at the end of a clause the place is `here` (`see him here`); `hear` is a verb of its own.'},
      // `and hear he makes his point`: a place word opens the clause before its subject and verb.
      {when: 'and|but|yet _:hear he|she|they|we|i #VBZ|#VBD|#VBP|#MD', firm: true, note: 'A clause that opens with a place before its subject opens with `here` (`and here he makes`); `hear` takes an object, not a subject.'},
      // `Hear the distance is 2.4`: what follows is a clause's subject, not what is heard.
      {when: '^ _:hear the|a|an|this|that|#JJ #JJ|#NN|#NNP? #NN|#NNS|#NNP #VBZ|#VBD|#MD', note: 'A sentence that opens with a place before its subject opens with `here` (`Here the distance is`); `hear` takes an object.'},
      // `keep her hear`, `brought them hear`: a verb of keeping or bringing puts its object in a place.
      {when: 'keep|keeps|kept|keeping|bring|brings|brought|bringing|leave|leaves|left|leaving|get|gets|got|getting|put|puts me|him|her|us|them|it|you _:hear', note: 'A verb of keeping or bringing puts its object `here`; to perceive a sound is `hear`.'},
      {when: 'lived|belonged|belong|belongs|settled|remained|stationed|located|gathered|assembled _:hear', firm: true, note: 'This place is `here`; to perceive a sound is `hear`.'},
      {when: '#NN _:hear #VBN|to', unless: ['let|lets|make|made|makes|help|helped|helps|have|had|did|does|will|would|can|could|should|must|may|might * _', 'let|lets|make|made|makes|help|helped|helps|have|had|did|does|will|would|can|could|should|must|may|might * * _', 'what|that|which|whom|who * _', 'what|that|which|whom|who * * _'], note: 'A noun, then the place, then a participle (`the goal here proposed`): the word is `here`; `hear` is a verb of its own.'}],
    note: 'This place is `here`; to perceive a sound is `hear`.',
    examples: {flag: ['The playing {hear>here} has real wit.', 'There is no problem {hear>here}.', 'It is a mile from {hear>here}.', 'Get out of {hear>here}.', 'We’re {hear>here} to help.', 'It is {hear>here} that the two sides meet.', 'The story appeared {hear>here} last week.', 'What are you doing {hear>here}?', 'Yet {hear>here} was a real change.', 'Come {hear>here} now.', 'They have lived {hear>here} since 1990.', 'It is cold in {hear>here}.', '{Hear>Here} are the results.', 'Read the approach outlined {hear>here}.', 'The term is {hear>here} used loosely.', '{Hear>Here} they are, in full.', '{Hear>Here}, as in most towns, rents rose.', 'It is cold down {hear>here}.', 'He does not want to leave {hear>here}.', 'Nobody expected to see them {hear>here}.', 'The method {hear>here} described is cheap.', 'And {hear>here} he makes his case.', '{Hear>Here} the distance is two miles.', 'Keep them {hear>here} until noon.', 'Her family belonged {hear>here}.'], keep: ['Hear the crowd roar.', 'Come and hear him sing.', 'We kept them to hear the verdict.', 'What the audience hear is noise.', 'I can hear you.', 'They came to hear the band.', 'We hear that prices will rise.', 'Hear, hear!', 'Hear again the words of the oath.', 'What they did was hear the case.', 'The judge will hear from both sides.', 'Fans love what they hear.', 'The voices the crowd hear are loud.', 'Is it true that you hear well?', 'I was waiting to hear.', 'They stood and waited to hear it.', 'People came to hear him speak.', 'Voters want to hear that.', 'Those who hear it weep.', 'Hear, hear!', 'Let them hear.', 'Few of us hear.', 'Let the board hear to the end.', 'Fans stood and cheered to hear it.']}
  },
  {
    forms: {whole: 'hole', wholes: 'holes'},
    flag: [{when: 'a|black|big|gaping|deep|huge|bullet|pot|rabbit|ozone|budget|funding|sink|key|watering|loop|fox|worm|plot _:whole|wholes in|was|is', unless: ['_ of|new', 'the|a _ * #NN*'], note: 'An opening or a gap is a `hole`; `whole` means entire.'},
      {when: 'dig|digs|dug|digging|drill|drills|drilled|drilling|bore|bores|bored|boring|tear|tears|tore|tearing|punch|punches|punched|punching|poke|pokes|poked|poking|gouge|gouged|gouging a|another _:whole', unless: ['_ #NN*|#JJ|#JJR|#JJS|#VBG|#CD|#DT|lot|new|host|range|series|set|day|week|year|hour|night|team|page|section|chapter|book'], note: 'An opening made by digging or drilling is a `hole`; `whole` means entire.'},
      {when: '#CD|@num|these|those|drill|drills|drilled|bored|bore|tore|tear|punch|punched|require|requires|small|tiny _:wholes', unless: ['_ and|or|of'], note: 'Openings are `holes`; `wholes` are complete things.'}],
    note: 'An opening or a gap is a `hole`; `whole` means entire.',
    examples: {flag: ['The cut left a {whole>hole} in the budget.', 'A black {whole>hole} was found.', 'The dog dug a {whole>hole} under the fence.', 'Drill a {whole>hole} through the board.', 'Drill two {wholes>holes} in the lid.', 'Mark the centres of these {wholes>holes} first.'], keep: ['The whole town came.', 'On the whole, it worked.', 'She ate the whole thing.', 'It was a whole new world.', 'They dug a whole day without rest.', 'The crew drilled a whole series of wells.', 'Parts and wholes differ.', 'These wholes and their parts were studied.']}
  },
  {
    forms: {hole: 'whole'},
    flag: [{when: 'the|a|this|that|his|her|their|its|our|my|your _:hole #NN|#NNS|#JJ', unless: ['_ in|of|punch|#VB*|#IN|$', 'black|big|gaping|deep|huge|bullet|pot|rabbit|ozone|budget|sink|key|watering|loop _', '_ #JJ|#RB|#CD !#NN*|#JJ', 'dig|digs|dug|digging|drill|drills|drilled|drilling|bore|bores|bored|boring|tear|tears|tore|torn|tearing|punch|punches|punched|punching|burn|burns|burned|burnt|burning|blow|blows|blew|blown|blowing|poke|pokes|poked|poking|gouge|gouged|gouging|cut|cuts|cutting a|the|another _'], note: '“Entire” is `whole` (`the whole town`); a `hole` is an opening.'},
      {when: 'on|as the _:hole $|,', note: '“Overall” is `on the whole`; a `hole` is an opening.'},
      {when: 'on the _:hole #PRP|#DT|#JJ|#RB|#VBD|#VBZ|#VBP|#MD', unless: ['_ #JJ #NN*', '_ there|here|where|then'], note: '“Overall” is `on the whole`; a `hole` is an opening.'},
      {when: 'as a _:hole $|by|is|was|are|were|has|have|can|will|would|must|should|may|might', note: '“Taken together” is `as a whole`; a `hole` is an opening.'},
      {when: 'the _:hole of the|this|that|his|her|their|our|its', unless: ['of|into|down|through|in|from|up|over|around the _'], note: '“All of” is `the whole of`; a `hole` is an opening.'},
      {when: '@num|two|three|four|five|six|seven|eight|nine|ten|few|several|many|away|some _:hole days|weeks|months|years|hours|nights|grains|lines|sections|blocks|families|villages|towns', note: '“Entire” is `whole` (`five whole days`); a `hole` is an opening.'},
      // `the hole American people`: `whole` before a name of a people or a place.
      {when: 'the|this|that _:hole #NNP|#NNPS', unless: ['_ #NNP|#NNPS #VBD|#VBZ|#VBP|#MD|#NNP'], note: '“Entire” is `whole` (`the whole American people`); a `hole` is an opening.'},
      {when: '_:hole grains|wheat|milk|foods', note: '“Unrefined” is `whole` (`whole grains`, `whole milk`); a `hole` is an opening.'}],
    note: '“Entire” is `whole`; a `hole` is an opening.',
    examples: {flag: ['The {hole>whole} town came out.', 'It shocked the {hole>whole} French nation.', 'This {hole>whole} Paris trip was a mistake.', 'On the {hole>whole}, it worked.', 'It was a {hole>whole} new world.', 'On the {hole>whole} the plan held.', 'The firm did well as a {hole>whole}.', 'Taken as a {hole>whole} it fails.', 'She read the {hole>whole} of the report.', 'We waited three {hole>whole} days.', 'The mill grinds {hole>whole} grains.', 'Buy {hole>whole} milk for the baby.'], keep: ['They filled the hole Smith dug.', 'The hole was deep.', 'The bee digs a hole straight down.', 'The shot tore a hole two inches wide.', 'A hole in one!', 'The ninth hole is hard.', 'They dug a hole.', 'Put a finger on the hole in the pipe.', 'The edge of the hole of the drain was rough.', 'Two hole punches lay on the desk.', 'Water ran down the hole.']}
  },
  {
    forms: {piece: 'peace'},
    flag: [{when: '_ talks|process|deal|deals|plan|treaty|accord|accords|agreement|agreements|negotiations|prize|conference|envoy|keepers|keeping|keeper|corps|movement|activists|offering|settlement|summit|initiative|effort|efforts|mission|force|forces', note: 'The end of fighting is `peace` (`peace talks`); a `piece` is a part.'},
      {when: 'world|lasting|fragile|uneasy|inner|rest|make|made|making|bring|brought|keep|kept|war|and|of|at|in|restore|restored|seek|sought|for _:piece $|,|and|in|with|between|deal|talks|process', unless: ['a|one|each|every|this|that|another|the * _', 'of|in|for|a|the|one|each|every|another|this|that|last|first|final|single|museum|set|chess|jigsaw|puzzle|missing|key|central|opinion|think|news|time|show|period|mouth|center|centre|fine|nice|good|great|interesting|important|big|small|large _'], note: 'The end of fighting is `peace`; a `piece` is a part.'},
      {when: 'rest|die|lie|lies|live|lived in _:piece $', firm: true, note: 'Rest and quiet are `peace` (`rest in peace`); a `piece` is a part.'},
      {when: 'justice|justices|breach|breaches|disturbance of the _:piece', firm: true, note: 'Order and the end of fighting are `peace` (`justice of the peace`); a `piece` is a part.'},
      {when: 'make|made|making|makes my|his|her|their|our|your|its _:piece with', note: 'To settle with someone is to make `peace`; a `piece` is a part.'},
      {when: '_:piece and prosperity|quiet|order|security|stability|justice|harmony|liberty|abundance|love|comfort|contentment|freedom|quietness|plenty', note: 'Rest, order and the end of fighting are `peace`; a `piece` is a part.'},
      {when: 'war|comfort|prosperity|harmony|justice|security|freedom|liberty|love|quiet|order|stability|plenty and _:piece', note: 'Rest, order and the end of fighting are `peace`; a `piece` is a part.'},
      {when: 'domestic|infinite|eternal|perfect|spiritual|social|industrial|civil|international|universal|inward _:piece $|and|with', note: 'Rest, order and the end of fighting are `peace`; a `piece` is a part.'}],
    note: 'The end of fighting is `peace`; a `piece` is a part.',
    examples: {flag: ['The {piece>peace} talks resumed.', 'May he rest in {piece>peace}.', 'A justice of the {piece>peace} signed it.', 'She came to make her {piece>peace} with them.', 'Years of {piece>peace} and prosperity followed.', 'They longed for domestic {piece>peace}.', 'Both sides want lasting {piece>peace}.', 'The {piece>peace} process stalled.'], keep: ['She wrote a piece for the paper.', 'He ate a piece of cake.', 'Each piece was wrapped.', 'The final piece fell into place.', 'They kept the piece of paper.', 'He took the piece and left.', 'She wrote a piece on war and peace.', 'The museum kept the piece.', 'A piece and a half of pie.', 'It came in one piece.']}
  },
  {
    forms: {peace: 'piece'},
    flag: [{when: 'a|one|each|every|another|this|last|first|final|single|museum|opinion|centre|center|set|chess|jigsaw|missing|key|central _:peace of|by|in|on|for|was|is', unless: ['_ of mind', 'a|one _ #VB*', '_ of #VBN|#JJ'], note: 'A part is a `piece` (`a piece of`); `peace` is the end of fighting.'},
      // `a fresh peace of toast`, `a 30-inch peace of aluminium`: a describing word before `of` and a thing.
      {when: '#JJ|@num _:peace of', unless: ['_ of mind|sorts|the|a|an|his|her|their|its|our|my|your|this|that|#VBN|#JJ', 'the|this|that|his|her|their|its|our * _'], note: 'A part is a `piece` (`a piece of`); `peace` is the end of fighting.'},
      // `the peace of toast`, `a little peace of red wood`: `peace of` never governs a material or a thing that comes in pieces.
      {when: '_:peace of|o\' #JJ? #JJ? @pieceStuff', note: 'A part of a thing or a material is a `piece` (`a piece of toast`); `peace` is the end of fighting.'},
      {when: 'second|third|upper|lower|left-hand|right-hand|top|bottom|end|middle|mantel|mantle _:peace', note: 'A part is a `piece`; `peace` is the end of fighting.'},
      {when: '_:peace de resistance|de|of cake', firm: true, note: 'A part is a `piece` (`pièce de résistance`, `a piece of cake`); `peace` is the end of fighting.'}],
    note: 'A part is a `piece`; `peace` is the end of fighting.',
    examples: {flag: ['He ate a {peace>piece} of cake.', 'She buttered the {peace>piece} of toast.', 'Crews cut a long {peace>piece} of steel pipe.', 'Each {peace>piece} was wrapped.', 'She held a fresh {peace>piece} of bread.', 'Glue the lower {peace>piece} to the frame.'], keep: ['They made peace.', 'The treaty kept the peace of the land for a decade.', 'The peace held for years.', 'She found peace of mind.', 'A peace deal was signed.', 'It brought a fragile peace of sorts.', 'The uneasy peace of the Cold War ended.', 'He spent an hour in a peace of settled calm.', 'The long peace ended in 1914.']}
  },
  {
    set: 'poor/pore/pour',
    forms: {pour: 'poor'},
    flag: [{when: 'the|very|too|so|a|as|extremely|desperately|relatively|rural|urban|working _:pour #NNS|#NN|$|,|and|in|health|quality|people|families|countries|neighborhoods|neighbourhoods|areas|children|performance|record|showing|results|harvest|weather|visibility|judgment|judgement|timing|conditions|planning|management|diet|sales', unless: ['_ in|out|into|over|down|of|cold|scorn|money|water|resources|oil|fuel|point|spout|spouts'], note: 'Without money or of low quality is `poor`; to `pour` is to make flow.'},
      // `that pour boy`, `your pour mother`, `these pour farm people`: between a determiner and its noun.
      {when: 'this|that|these|those|your|my|his|her|our|their|some|other|such _:pour #NN|#NNS|#JJ', unless: ['_ point|points|spout|spouts|rate|rates|time|times|hole|holes|of|over|into|out|in|down|it|them|him|her|me|us|you|water|milk|wine|tea|coffee|drinks|concrete|money|cash|cold|scorn|oil|fuel|sauce|resources|energy|effort|everything|anything|something|enough|more|some', 'will|would|can|could|shall|should|must|might|may|to|and|or|then|please|i|we|they|you _'], note: 'Without money or of low quality is `poor`; to `pour` is to make flow.'},
      // `the soil is pour, sandy`: after `be` at a clause end.
      {when: 'is|was|were|are|be|been|being|remain|remained|seem|seemed|seems|became|become _:pour $|,|and|but', note: 'Without money or of low quality is `poor`; to `pour` is to make flow.'},
      // `after-effects of pour harvests`, `or pour policy`: before a noun nothing pours.
      {when: '#IN|#CC|, _:pour harvest|harvests|crop|crops|policy|policies|health|quality|management|judgment|judgement|performance|visibility|sales|results|showing|eyesight|grades|nutrition|planning|timing|ventilation|drainage|relations|leadership|diet|families|farmers|countries|nations|neighbourhoods|neighborhoods|relatives|devil|thing|things|souls|wretch|fellow|fellows', note: 'Without money or of low quality is `poor`; to `pour` is to make flow.'}],
    note: '“Without money” or “low quality” is `poor`; to `pour` is to make flow.',
    examples: {flag: ['The {pour>poor} showing cost him.', 'Nobody helped that {pour>poor} boy.', 'The soil there is {pour>poor}, thin and dry.', 'Prices rose after a run of {pour>poor} harvests.'], keep: ['Pour the water slowly.', 'Donations pour in.', 'They pour money into ads.', 'Check the pour point of the oil.', 'Watch this pour spout.', 'Let them pour their drinks.', 'Heat the milk and pour.', 'Our job is to pour the concrete.', 'Stir well, then pour sauce over the fish.']}
  },
  {
    forms: {soul: 'sole', souls: 'soles'},
    flag: [{when: 'the|his|her|their|its|a _:soul survivor|purpose|reason|owner|aim|responsibility|source|trader|traders|proprietor|heir|beneficiary|candidate|exception|focus|custody|charge|discretion|right|rights|supplier|provider|member|remaining|witness|author|director|bidder|authority|objective|option|winner|goal|shareholder', note: '“Only” is `sole` (`the sole survivor`); the `soul` is the spirit.'}],
    note: '“Only” is `sole`; the `soul` is the spirit.',
    examples: {flag: ['He was the {soul>sole} survivor.', 'Her {soul>sole} aim is to win.'], keep: ['He sold his soul.', 'Not a soul was there.', 'The soul of the party.']}
  },
  {
    forms: {duel: 'dual'},
    flag: [{when: '_ citizenship|nationality|role|roles|purpose|carriageway|carriageways|use|mandate|income|incomes|control|track|citizen|citizens|passport|passports|language|listing|degree|system|approach|threat|function', note: '“Double” is `dual` (`dual citizenship`); a `duel` is a fight.'}],
    note: '“Double” is `dual`; a `duel` is a fight.',
    examples: {flag: ['She holds {duel>dual} citizenship.', 'The road is a {duel>dual} carriageway.'], keep: ['The two fought a duel.', 'A duel for the title.']}
  },
  {
    forms: {dual: 'duel', duals: 'duels'},
    flag: [{when: 'a|the|fought|fight|fighting|won|lost|challenged|pistol|sword|final|tense|thrilling|epic|close _:dual|duals $|,|with|between|for|at|in|to', unless: ['_ #NN*'], note: 'A fight between two is a `duel`; `dual` means double.'}],
    note: 'A fight between two is a `duel`; `dual` means double.',
    examples: {flag: ['The two men fought a {dual>duel}.', 'It became a tense {dual>duel} between them.'], keep: ['She has dual citizenship.', 'The dual role suits him.']}
  },
  {
    forms: {complimentary: 'complementary'},
    flag: [{when: '_ medicine|medicines|therapy|therapies|colours|colors|skills|strengths|approach|approaches|roles|goals|angles|relationship|assets|expertise|talents|pieces|strand|strands|to', unless: ['_ to @baseVerb'], note: '“Completing each other” is `complementary`; `complimentary` means free or flattering.'}],
    set: 'complementary/complimentary',
    note: '“Completing each other” is `complementary`; `complimentary` means free or flattering.',
    examples: {flag: ['They have {complimentary>complementary} skills.', 'She studied {complimentary>complementary} medicine.'], keep: ['Guests get complimentary drinks.', 'He was complimentary about her work.']}
  },
  {
    forms: {complementary: 'complimentary'},
    flag: [{when: '_ tickets|ticket|drinks|drink|breakfast|meals|meal|passes|pass|copies|copy|food|wifi|wi-fi|parking|upgrade|upgrades|shuttle|coffee|champagne|admission|entry|snacks|lunch|dinner|toiletries|bottle|samples|sample|rooms|room|seats|about', note: '“Free” or “flattering” is `complimentary`; `complementary` means completing.'}],
    set: 'complementary/complimentary',
    note: '“Free” or “flattering” is `complimentary`; `complementary` means completing.',
    examples: {flag: ['Guests get {complementary>complimentary} drinks.', 'He was {complementary>complimentary} about her.'], keep: ['They have complementary skills.', 'The colours are complementary.']}
  },
  {
    forms: {emigrate: 'immigrate', emigrated: 'immigrated', emigrating: 'immigrating', emigrates: 'immigrates', emigrants: 'immigrants', emigrant: 'immigrant', emigration: 'immigration'},
    flag: [{when: 'illegal|undocumented|new|recent _', note: 'People who arrive are `immigrants`; `emigrants` are those who leave.'}],
    note: 'To `immigrate` is to come in (to); to `emigrate` is to leave (from).',
    examples: {flag: ['Many new {emigrants>immigrants} arrived by boat.'],
      keep: ['Her parents emigrated to Canada.', 'They emigrated from Ireland.', 'He chose to emigrate.', 'Emigration from the island fell.']}
  },
  {
    forms: {immigrate: 'emigrate', immigrated: 'emigrated', immigrating: 'emigrating', immigrates: 'emigrates'},
    flag: [{when: '_ from', unless: ['_ * * to'], note: 'Leaving a country is to `emigrate` (from it); to `immigrate` is to come in (to it).'}],
    set: 'emigrate/immigrate',
    note: 'To `emigrate` is to leave (from); to `immigrate` is to come in (to).',
    examples: {flag: ['They {immigrated>emigrated} from Ireland in 1990.'], keep: ['They immigrated to Canada.', 'He immigrated from Italy to Brazil.']}
  },
  {
    forms: {farther: 'further', farthest: 'furthest'},
    flag: [{when: '_ notice|details|information|action|investigation|investigations|questions|talks|delays|cuts|steps|measures|evidence|research|study|studies|comment|comments|discussion|discussions|analysis|review|reforms|increases|gains|losses|tests|testing|charges|sanctions|restrictions|funding|support|attacks|violence|damage|strikes', note: '“Additional” is `further` (`further details`); `farther` is for distance.'},
      {when: 'until _ notice', note: 'The phrase is `until further notice`.'},
      {when: 'without|no|any|after|for|a|prevent|blocked|postponed _:farther delay|delays|inquiry|inquiries|consideration|reduction|reductions|expansion|elaboration|instruction|instructions|hearing|hearings|sales|progress|pain|treatment|characterization|explanation|clarification|reading|thought|ado', note: '“Additional” is `further` (`without further delay`); `farther` is for distance.'},
      {when: '^ _:farther , !on|in|up|down|back|along|away|out|off|over|to|toward|towards|from|at|across|beyond|past|ahead|behind|north|south|east|west|inland|afield|still|yet|there|and', note: 'The linking word “moreover” is `further` (`Further, …`); `farther` is for distance.'},
      {when: 'to _:farther @det|its|his|her|their|our|this|these|that|those', note: 'To advance something is to `further` it; `farther` is for distance.'},
      {when: 'to _:farther #VB', note: 'As an adverb of degree before a verb, the word is `further`; `farther` is for distance.'},
      {when: 'he|she|they|we|not|also _:farther #VBD|#VBZ|#VBN|#VB', note: 'As an adverb of degree before a verb, the word is `further`; `farther` is for distance.'},
      // `may be farther classified`: a passive's degree, not a distance (`farther removed from the coast` is one).
      {when: '@be _:farther #VBN !from|away|apart|off|out|inland|up|down|back|along|north|south|east|west|than|to|into|toward|towards|beyond|across|over|behind|ahead', note: 'As an adverb of degree before a verb, the word is `further`; `farther` is for distance.'},
      // `the Government farther agrees`, `the powder farther improved`: a noun, then the word before its verb.
      {when: '#NN|#NNP _:farther #VBZ|#VBD', note: 'As an adverb of degree before a verb, the word is `further`; `farther` is for distance.'},
      // `argued farther that`, `questioned farther,`: after a verb of saying the word is “more”, not a distance.
      {when: '@speech|estimate|estimates|estimated|stated|states|noted|notes|questioned #PRP? _:farther that|,|$|about|on|to', note: 'After a verb of saying, “more” is `further` (`argued further that`); `farther` is for distance.'},
      // `farther investigation`, `no farther expansion`: before an abstract noun with no determiner, the word is “more”.
      {when: '_:farther #JJ? @abstract', unless: ['@det|the|this|that|these|those _'], note: '“Additional” is `further` (`further investigation`); `farther` is for distance.'}],
    note: '“Additional” or “more” is `further`; `farther` is for distance.',
    examples: {flag: ['The shop is closed until {farther>further} notice.', 'The rating may be {farther>further} classified by age.', 'The board {farther>further} agrees to act.', 'Police gave no {farther>further} details.', 'The vote went ahead without {farther>further} delay.', '{Farther>Further}, the report blamed the contractor.', 'The fund aims to {farther>further} the interests of tenants.', 'The ruling did not {farther>further} restrict access.', 'She {farther>further} argued that the law was void.', 'The court ordered {farther>further} investigation of the deal.', 'Lawyers for the city argued {farther>further} that the law was void.'],
      keep: ['He walked farther than the others.', 'The village lay farther up the valley.', 'The village is farther removed from the coast.', 'The farther shore was dark.', 'She could go no farther.', 'Farther on, the road narrowed.', 'They moved to farther suburbs.', 'He ran farther than anyone.', 'Farther north lay the lakes.', 'The farther station was closed.', 'They walked farther into the woods.', 'She shouted farther down the hall.']}
  },
  {
    forms: {fourth: 'forth'},
    flag: [{when: 'back|come|came|comes|coming|bring|brings|brought|bringing|set|sets|setting|put|puts|putting|go|went|goes|going|sally|sallied|hold|holds|held|holding|spring|sprang|poured|pour|pours|called|call|issued|issue|burst|bursts|so|and _:fourth $|,|from|the|a|his|her|their|its|into|with|on|in|between|an|to|and', unless: ['the|a|his|her|their|its _', '_ quarter|time|place|round|year|day|floor|term|grade|straight|consecutive|largest|biggest|most|highest|best|wife|son|daughter|child|of|in|at|and|title|goal|game|set|test|innings|week|month|century|amendment|estate|generation|season|stage|leg|lap|hole|seed|attempt|anniversary'], note: '“Forward” is `forth` (`back and forth`, `set forth`); `fourth` is the number.'}],
    note: '“Forward” is `forth`; `fourth` is the number.',
    examples: {flag: ['They argued back and {fourth>forth}.'], keep: ['She came fourth in the race.', 'It was his fourth goal.', 'The fourth quarter was tense.']}
  },
  {
    forms: {forth: 'fourth'},
    flag: [{when: 'the|his|her|their|its|a|our|my|your _:forth #NN|#NNS|#JJS|#JJ|time|quarter|place|round|year|day|floor|term|grade|straight|consecutive|largest|biggest|most|highest|best|of|in|and', unless: ['_ and back'], note: 'The number is `fourth` (`the fourth time`); `forth` means forward.'}],
    note: 'The number is `fourth`; `forth` means forward.',
    examples: {flag: ['It was the {forth>fourth} time he tried.', 'She won her {forth>fourth} title.'], keep: ['They went back and forth.', 'The plan was set forth in May.', 'And so forth.']}
  },
  {
    forms: {mute: 'moot', muted: 'mooted'},
    flag: [{when: '_:mute point|question|issue|court|courts', unless: ['on|press|hit|hits|pressed _'], note: 'An open or academic question is `moot` (`a moot point`); `mute` means silent.'}],
    note: 'An open or academic question is `moot`; `mute` means silent.',
    examples: {flag: ['The question is a {mute>moot} point now.', 'Law students argued in a {mute>moot} court.'], keep: ['The button will mute the sound.', 'She stayed mute.', 'The response was muted.']}
  },
  {
    forms: {phase: 'faze', phased: 'fazed', phases: 'fazes'},
    flag: [{when: 'not|never|didn\'t|doesn\'t|don\'t|won\'t|hardly|barely|unfazed|seemed|seem|seems|appeared|appear|be|been|was|were|is|are _:phase|phased|phases by|me|him|her|them|us|you|$', unless: ['_ out|in|into|down|over|one|two|three|four|@num'], note: 'To disturb is `faze` (`not fazed by`); a `phase` is a stage.'},
      {when: '_:phase|phases me|him|her|them|us|you', note: 'To disturb is `faze`; a `phase` is a stage.'}],
    note: 'To disturb is `faze`; a `phase` is a stage.',
    examples: {flag: ['She was not {phased>fazed} by the crowd.', 'Nothing seems to {phase>faze} him.'], keep: ['The first phase ends in May.', 'The tax will be phased out.', 'It is a phase.']}
  },
  {
    forms: {faze: 'phase', fazes: 'phases', fazed: 'phased'},
    flag: [{when: 'the|a|this|that|first|second|third|next|final|new|early|late|initial|last|latest|current|testing|trial|pilot|each|every|another|one|two _:faze|fazes', unless: ['_ me|him|her|them|us|you'], note: 'A stage is a `phase`; to `faze` is to disturb.'},
      {when: '_:fazed out|in', note: 'Introduced or withdrawn in stages is `phased`; to `faze` is to disturb.'},
      // `all fazes of management`, `any faze of field work`: a part of a whole, before `of`.
      {when: '_:faze|fazes of', note: 'A stage or an aspect is a `phase`; to `faze` is to disturb.'},
      {when: 'lunar|planetary|solar|liquid|gas|gaseous|solid|vapor|vapour|crystalline|expansion|growth|development|construction|planning|design|rebuilding _:faze|fazes', note: 'A stage is a `phase`; to `faze` is to disturb.'}],
    note: 'A stage is a `phase`; to `faze` is to disturb.',
    examples: {flag: ['The first {faze>phase} ends in May.', 'The tax will be {fazed>phased} out.', 'She ran all {fazes>phases} of the project.', 'We watched the lunar {fazes>phases}.'], keep: ['Nothing fazes her.', 'He was not fazed.', 'Nothing fazes him in a crisis.', 'Little of it fazed them.']}
  },
  {
    forms: {pray: 'prey', prays: 'preys', prayed: 'preyed', praying: 'preying'},
    flag: [{when: 'fall|falls|fell|fallen|falling|easy|birds|bird|its|their|his|her|the _:pray to|for|on|upon|$|,|and', unless: ['the|his|her|their|its _ for|to', 'fall|falls|fell _ * and'], note: 'A hunted animal or victim is `prey` (`fell prey to`); to `pray` is to speak to a god.'},
      {when: '_:pray|prays|prayed|praying on|upon the|vulnerable|elderly|women|children|people|victims|young|fears|weakness', note: 'To hunt or exploit is to `prey on`; to `pray` is to speak to a god.'}],
    note: 'A victim, and to hunt, is `prey`; to `pray` is to speak to a god.',
    examples: {flag: ['Many fell {pray>prey} to the scam.', 'Scammers {pray>prey} on the elderly.'], keep: ['They pray for peace.', 'She prayed on her knees.', 'We pray to God.']}
  },
  {
    forms: {prey: 'pray', preyed: 'prayed', preying: 'praying', preys: 'prays'},
    flag: [{when: '_:prey|preyed|preying|preys for|that|to god', unless: ['_ for the|a|an|their|its|his|her #NN*'], note: 'To speak to a god is to `pray`; `prey` is a hunted animal.'},
      {when: 'we|they|i|you|let\'s|to|will|would|must|should|and _:prey for|that|together|silently|quietly|daily|$', note: 'To speak to a god is to `pray`; `prey` is a hunted animal.'},
      // `he preyed for his son`: after a subject pronoun, the verb of speaking to a god.
      {when: 'i|we|you|he|she _:preyed|preys for|aloud|silently|together|hard|fervently|earnestly', note: 'To speak to a god is to `pray`; to `prey` is to hunt.'}],
    note: 'To speak to a god is to `pray`; `prey` is a hunted animal.',
    examples: {flag: ['We {prey>pray} for peace.', 'He {preyed>prayed} for his son.'], keep: ['Hawks preyed on mice.', 'Wolves preyed for weeks on the herd.', 'The lions stalked their prey.', 'They prey on the weak.', 'Fish are prey for birds.']}
  },
  {
    forms: {taught: 'taut'},
    flag: [{when: 'a|an|very|more|most|as|so|pulled|drawn|stretched|remained|stayed|kept|pull|keep|held _:taught $|,|and|thriller|drama|script|prose|film|novel|narrative|rope|wire|line|string|muscles|face|nerves|skin|atmosphere|performance|direction|suspense|and', unless: ['_ by|to|at|in|for|me|him|her|them|us|you|that|how|english|maths|math|history'], note: '“Tight” is `taut`; `taught` is the past of teach.'}],
    note: '“Tight” is `taut`; `taught` is the past of teach.',
    examples: {flag: ['It is a {taught>taut} thriller.', 'The rope was pulled {taught>taut}.'], keep: ['She taught history.', 'He was taught to swim.', 'What the war taught us.']}
  },
  {
    forms: {taut: 'taught'},
    flag: [{when: 'was|were|been|be|being|is|are|had|has|have|she|he|they|we|i|who|self|well _:taut by|to|at|in|for|me|him|her|them|us|you|that|how|english|maths|math|history|science|music|art|school|classes|courses|lessons', unless: ['_ to @baseVerb #DT'], note: 'The past of teach is `taught`; `taut` means tight.'},
      // `Mr. Clark's studies taut him`, `She also taut them to sing`: an adjective takes no object.
      {when: '_:taut me|him|them|us', note: 'The past of teach is `taught`; `taut` means tight.'}],
    note: 'The past of teach is `taught`; `taut` means tight.',
    examples: {flag: ['She {taut>taught} history for years.', 'He was {taut>taught} by monks.', 'His travels {taut>taught} him patience.'], keep: ['The rope was taut.', 'A taut thriller.', 'Holding the line taut, he waited for them.', 'He drew the line taut.', 'The wire held taut and steady.', 'His face was taut, and he studied the map.']}
  },
  {
    forms: {tenant: 'tenet', tenants: 'tenets'},
    flag: [{when: 'basic|central|core|key|fundamental|founding|guiding|main|first|chief|cardinal|principal|religious|moral|democratic _:tenant|tenants of', unless: ['_ of the|a|an|#NNP #NN|#NNS|building|flat|flats|house|home|property|estate|block|apartment|apartments|council|housing|farm|land'], note: 'A principle is a `tenet`; a `tenant` rents a home.'},
      {when: '_:tenant|tenants of faith|journalism|democracy|liberalism|capitalism|conservatism|islam|christianity|judaism|buddhism|science|economics|law', note: 'A principle is a `tenet`; a `tenant` rents a home.'}],
    note: 'A principle is a `tenet`; a `tenant` rents a home.',
    examples: {flag: ['It is a basic {tenant>tenet} of faith.', 'Free speech is a {tenant>tenet} of democracy.'], keep: ['The tenant paid the rent.', 'Tenants of the block complained.', 'A key tenant of the mall left.']}
  },
  {
    forms: {tenet: 'tenant', tenets: 'tenants'},
    flag: [{when: '_:tenet|tenets paid|pay|pays|rent|rents|rented|evicted|moved|complained|complain|association|associations|union|unions|farmer|farmers|rights', note: 'A renter is a `tenant`; a `tenet` is a principle.'},
      {when: 'evict|evicted|evicting|landlord|landlords|and|new|sitting|council|commercial|anchor|rent-paying _:tenet|tenets', note: 'A renter is a `tenant`; a `tenet` is a principle.'}],
    note: 'A renter is a `tenant`; a `tenet` is a principle.',
    examples: {flag: ['The {tenets>tenants} paid their rent.'], keep: ['A core tenet of the faith.', 'The tenets of liberalism.']}
  },
  {
    forms: {payed: 'paid'},
    flag: [{when: '_:payed off|for|back|the|a|an|his|her|their|its|our|him|them|us|me|tribute|attention|dividends|@num|by|to|in|up|into|more|less|taxes|cash|nothing|money|$|,', unless: ['rope|ropes|line|cable|lines _'], note: 'The past of pay is `paid`; `payed` is only for letting out rope.'},
      // `payed little attention`, `payed Quiney his expenses`, `payed $1020`: before a name, a sum or a word of how much.
      {when: '_:payed #NNP|@money|@num|no|little|scant|close|much|heed|homage|respect|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dearly|handsomely|twice', unless: ['rope|ropes|line|lines|cable|cables|seam|seams|chain|hawser _'], note: 'The past of pay is `paid`; `payed` is only for letting out rope.'},
      // `is payed on any production`, `get payed so well`: the passive, unless rope or a seam is being let out or sealed.
      {when: '@be|get|gets|got|getting _:payed', unless: ['_ out|with|away'], keepAfter: ['rope', 'ropes', 'line', 'lines', 'cable', 'cables', 'seam', 'seams', 'chain', 'hawser', 'anchor', 'pitch', 'tar'], note: 'The past of pay is `paid`; `payed` is only for letting out rope.'},
      // `longer payed vacations`, `by payed entertainers`: the participle before what is paid for.
      {when: '_:payed vacation|vacations|holiday|holidays|leave|staff|workers|employees|entertainers|officials|members|subscribers|agents|informers|advertising|subscription|subscriptions|job|jobs|work|position|positions|post|posts|assassin|assassins', note: 'The past of pay is `paid`; `payed` is only for letting out rope.'}],
    note: 'The past of pay is `paid`; `payed` is only for letting out a rope.',
    examples: {flag: ['The gamble {payed>paid} off.', 'He {payed>paid} the fine.', 'They were {payed>paid} in cash.', 'She {payed>paid} little attention to it.', 'The bank {payed>paid} Morgan his fee.', 'Royalties are {payed>paid} on every sale.', 'Staff want longer {payed>paid} holidays.'], keep: ['The sailors payed out the rope.', 'The line was payed out slowly.', 'The seams were payed with hot pitch.', 'The anchor chain was payed out.']}
  },
  {
    forms: {tale: 'tail', tales: 'tails'},
    flag: [{when: 'the|a|its|his|her|their _:tale of the|a|an|its plane|aircraft|jet|airliner|comet|kite|dog|cat|fish|fox|rat|horse|queue|storm|line|hurricane|convoy|procession', note: 'The back end is the `tail`; a `tale` is a story.'},
      {when: '_:tale end|fin|fins|section|lights|light|gate|gunner|wind|winds|risk|risks|spin|number|feathers|wagging|plane', unless: ['_ of'], note: 'The back end is the `tail`; a `tale` is a story.'},
      {when: 'heads|wag|wags|wagged|wagging|its|his|her|between|dog|dogs|cat|cats|on|chasing|chase|chased _:tale|tales $|,|and|or|between|wagged|wags', unless: ['a|the|old|tall|cautionary|fairy|folk|moral|sad|strange _'], note: 'The back end is the `tail`; a `tale` is a story.'}],
    note: 'The back end is the `tail`; a `tale` is a story.',
    examples: {flag: ['The {tale>tail} of the plane broke off.', 'It was the {tale>tail} end of the storm.'], keep: ['It is a tale of two cities.', 'He told a tall tale.', 'A cautionary tale for investors.']}
  },
  {
    forms: {tail: 'tale', tails: 'tales'},
    flag: [{when: 'a|the cautionary|fairy|folk|tall|moral|sad|strange|familiar|old|true|grim|sorry|twisted|heartwarming|harrowing _:tail|tails', note: 'A story is a `tale`; a `tail` is the back end.'},
      {when: 'cautionary|fairy|folk|tall|moral|sorry|wives\' _:tail|tails', note: 'A story is a `tale` (`a cautionary tale`); a `tail` is the back end.'},
      {when: 'told|tell|tells|telling|spun|spin|spinning|recounted|recounts a|the|his|her|their|this _:tail|tails', note: 'A story is a `tale`; a `tail` is the back end.'},
      // `myths, tails and ballads`: a tale before another kind of story in a list.
      {when: '_:tail|tails ,|and|or @storyWord', note: 'A story is a `tale`; a `tail` is the back end.'}],
    note: 'A story is a `tale`; a `tail` is the back end.',
    examples: {flag: ['It is a cautionary {tail>tale} for investors.', 'He told a tall {tail>tale}.', 'Myths, {tails>tales} and ballads survive.'], keep: ['The dog wagged its tail.', 'The tail of the plane broke off.', 'Heads or tails?', 'The fox had a bushy tail and pointed ears.', 'The kite lost its tail of ribbons.']}
  },
  {
    forms: {desert: 'dessert', deserts: 'desserts'},
    flag: [{when: '_:desert|deserts menu|spoon|wine|wines|course|trolley|plate|plates|fork|recipe|recipes|buffet|chef', note: 'The sweet course is `dessert`; a `desert` is dry land.'},
      {when: 'for _:desert|deserts $|,|and|was|were', unless: ['_ * * storm|sand|heat|town|island'], note: 'The sweet course is `dessert`; a `desert` is dry land.'}],
    note: 'The sweet course is `dessert`; a `desert` is dry land.',
    examples: {flag: ['We had ice cream for {desert>dessert}.', 'The {desert>dessert} menu was short.'], keep: ['The Gobi desert is cold.', 'Soldiers may desert their posts.', 'He got his just deserts.']}
  },
  {
    forms: {lightening: 'lightning'},
    flag: [{when: '_:lightening strike|strikes|bolt|bolts|storm|storms|rod|rods|speed|fast|quick|flash|flashes|round|war|visit|raid|attack|offensive|$|,|and|struck|hit|hits|killed', unless: ['_ the|a|an|of|up|his|her|their|its|our|my|your|load|loads|burden|mood|skin|hair|#DT'], note: 'The flash in a storm is `lightning`; `lightening` is making lighter.'},
      {when: 'thunder|and|by|of|struck|strike|bolt|ball|forked|sheet _:lightening $|,|and|.|strike', unless: ['_ the|a|an|of|up'], note: 'The flash in a storm is `lightning`; `lightening` is making lighter.'}],
    note: 'The flash in a storm is `lightning`; `lightening` is making lighter.',
    examples: {flag: ['A {lightening>lightning} strike hit the tower.'], keep: ['She was lightening her hair.', 'The lightening of the load helped.']}
  },
  {
    forms: {loath: 'loathe', loaths: 'loathes'},
    flag: [{when: 'i|we|they|you|to|would|really|simply|utterly|and _:loath #DT|#PRP|#NNS|#NNP|it|them|him|her|me|us|you|the|a|his|their|each|everything', unless: ['_ to'], note: 'To hate is to `loathe`; `loath` means reluctant (`loath to act`).'}],
    note: 'To hate is to `loathe`; `loath` means reluctant.',
    examples: {flag: ['I {loath>loathe} the cold.', 'They {loath>loathe} each other.'], keep: ['He was loath to act.', 'They are loath to spend.']}
  },
  {
    forms: {loathe: 'loath'},
    flag: [{when: 'is|are|was|were|be|been|being|seem|seemed|seems|appear|appeared|appears|remain|remained|remains|so|very|too|rather _:loathe to', note: '“Reluctant” is `loath` (`loath to act`); to `loathe` is to hate.'}],
    note: '“Reluctant” is `loath`; to `loathe` is to hate.',
    examples: {flag: ['He was {loathe>loath} to act.', 'Banks seem {loathe>loath} to lend.'], keep: ['I loathe the cold.', 'They loathe each other.']}
  },
  {
    forms: {coarse: 'course', coarses: 'courses'},
    flag: [
      {when: 'of|golf|race|crash|collision|due|in|the|a|this|that|its|his|her|their|same|middle|right|wrong|new|short|training|main|first|second|stay|change|changed|changing|set|sets|setting _:coarse $|,|of|for|to|correction|work|materials|and|the', unless: ['_ sand|salt|hair|grain|grains|gravel|texture|language|humor|humour|fabric|fibres|fibers|wool|cloth|jokes|voice|features|powder|grind|ground|#NN*', 'a|the|very|too|so|more|rather _ #NN*'], note: 'A route, a class and “of course” are `course`; `coarse` means rough.'},
      // `coarses` is no word: the plural is the only reading.
      {when: '_:coarses', note: '`coarses` is no word; routes and classes are `courses`.'},
      {when: 'of _:coarse !#NN*|#JJ*|#VBN|#VBG|,|and|or|-', firm: true, note: 'The phrase is “of course”; `coarse` means rough.'},
      {when: ',|--|—|can|could|will|would|should|must|may|might|did|does|do|are|is|was|were|be|and|but|which|who|that of _:coarse', unless: ['_ @coarseNoun', '_ * @coarseNoun', '_ * * @coarseNoun', '_ #JJ* #NN*', '_ #NN*'], keepAfter: ['made'], note: 'The phrase is “of course”; `coarse` means rough.'},
      {when: 'another|best|better|easier|wiser|safer|only|proper|usual|natural|such|own|this|that _:coarse !#NN*|#JJ*|,|and|or|-', note: 'A route, a class and “of course” are `course`; `coarse` means rough.'}
    ],
    note: 'A route, a class and “of course” are `course`; `coarse` means rough.',
    examples: {flag: ['Of {coarse>course}, he agreed.', 'The ship changed {coarse>course}.', 'She knew of {coarse>course} that it was late.', 'Six {coarses>courses} were offered.', 'The best {coarse>course} is to wait.', 'He will, of {coarse>course}, agree.'], keep: ['The sand was coarse.', 'His coarse jokes offended.', 'Use coarse salt.', 'The beaches are of coarse sand.', 'The shirt was made of coarse woven linen.', 'Such coarse language is rare.', 'This coarse grain works best.', 'Coarse and fine gravel were mixed.']}
  },
  {
    forms: {course: 'coarse'},
    flag: [
      {when: 'a|the|very|too|so|more|rather|fine _:course sand|salt|hair|grain|grains|gravel|texture|language|humor|humour|fabric|wool|cloth|jokes|voice|features|powder|grind|ground|sandpaper|mesh|filter|fibres|fibers', note: '“Rough” is `coarse`; a `course` is a route or a class.'}
    ],
    note: '“Rough” is `coarse`; a `course` is a route or a class.',
    examples: {flag: ['Use a {course>coarse} salt.', 'The {course>coarse} jokes offended.'], keep: ['The course starts in May.', 'Of course not.', 'A golf course.']}
  },
  {
    forms: {personal: 'personnel'},
    flag: [{when: 'military|security|medical|police|army|navy|emergency|rescue|service|defence|defense|government|embassy|diplomatic|essential|key|armed|uniformed|civilian|hospital|airport|maintenance|law|enforcement|us|u.s|un|sales|marketing|management|pool|corps|trained|skilled|qualified|technical|nursing|support|flight|ground|administrative|supervisory|operating|ship|base _:personal $|,|and|were|are|was|will|from|to|in|on|at|who|have|had|develop|assigned|for', unless: ['_ #NN*'], note: 'Staff are `personnel`; `personal` means private.'},
      {when: '_:personal department|director|manager|officer|records|file|files|changes|carrier|carriers|shortage|shortages|costs', unless: ['his|her|their|my|your|our _'], note: 'Staff are `personnel` (`personnel department`); `personal` means private.'}],
    note: 'Staff are `personnel`; `personal` means private.',
    examples: {flag: ['Military {personal>personnel} were deployed.', 'Talk to the {personal>personnel} department.', 'The firm trained its sales {personal>personnel}.', 'Pool {personal>personnel} were moved.'], keep: ['It was a personal decision.', 'Her personal life is private.', 'His personal records were stolen.', 'She hired a sales personal assistant.', 'Skilled personal trainers are rare.', 'The firm is qualified, personal and quick.']}
  },
  {
    forms: {personnel: 'personal'},
    flag: [{when: 'my|his|her|their|our|your|its _:personnel life|lives|opinion|view|views|reasons|reason|interest|interests|belongings|data|information|details|best|experience|choice|decision|property|finances|attack|attacks|assistant|friend|touch|space', note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      {when: '_:personnel life|lives|opinion|belongings|data|information|best|experience|choice|finances|assistant|friend|touch|space|computer|computers|injury|hygiene|trainer|responsibility|protective', unless: ['military|security|medical|police|army|navy _'], note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      // `his personnel safety`, `personnel liberty`: before a noun of a person's own life only the adjective fits.
      {when: '_:personnel @personalNoun', unless: ['military|security|medical|police|army|navy|key|more|fewer|its|company|agency|office|department _'], note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      // `personnel safety` and `personnel needs` are a firm's; `his personnel safety` is a person's own.
      {when: 'his|her|my|your|own _:personnel safety|health|needs|contacts|contact|direction|code|development|quality|qualities|conduct', note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      {when: 'really|very|deeply|purely|strictly|intensely|highly|quite|extremely|intimate _:personnel', firm: true, note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      // `personnel and spiritual qualities`: joined to an adjective before a noun of one's own life, the word is an adjective too.
      {when: '_:personnel ,? and #JJ @personalNoun|@abstract', note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'},
      // `his personnel influence`: one person's own noun; staff matters (`his personnel decisions`) stay.
      {when: 'my|his|her|your _:personnel #NN|#NNS', unless: ['_ department|departments|director|directors|manager|managers|file|files|records|policy|policies|decisions|decision|office|offices|officer|officers|costs|matters|problems|changes|chief|staff|system|systems|work|management|administration|moves|choices|cuts|issues|shakeup|shake-up|selection|selections|budget|levels|strength|reductions|practices|actions|action|review|reviews|evaluations|report|reports|list|lists|roster|rosters|turnover|shortage|shortages|requirements|planning|assignments|situation'], note: '“Private” or “one’s own” is `personal`; `personnel` are staff.'}],
    note: '“Private” is `personal`; `personnel` are staff.',
    examples: {flag: ['It was a {personnel>personal} choice.', 'Her {personnel>personal} life is private.', 'He feared for his {personnel>personal} safety.', 'The row turned deeply {personnel>personal}.', 'She paid from {personnel>personal} income.', 'He used his {personnel>personal} influence to win the contract.', 'She spoke of {personnel>personal} and spiritual growth.'], keep: ['Military personnel were deployed.', 'The personnel department hired him.', 'Personnel costs rose.', 'The firm cut personnel spending.', 'Key personnel safety drills were held.', 'The dean reviews personnel needs.', 'Personnel safety comes first on site.', 'Personnel matters are private.', 'More personnel joined the unit.', 'Most personnel went home.', 'So personnel were moved.', 'The coach defended his personnel moves.', 'It sent personnel and medical supplies.']}
  },
  {
    forms: {plain: 'plane', plains: 'planes'},
    flag: [{when: 'the|a|his|her|their|its|private|passenger|cargo|fighter|military|small|light|spy|jet|rescue|crashed|hijacked|chartered _:plain crash|crashed|landed|took|flew|was|carrying|ticket|tickets|journey|flight|trip|fare|fares|hijacking|maker|makers|engine|engines|wing|crew|passengers|seats', unless: ['_ english|text|sight|view|speaking|truth|white|clothes|wrapper|yogurt|yoghurt'], note: 'An aircraft is a `plane`; `plain` means simple, or flat land.'},
      {when: 'board|boarded|boarding|fly|flew|flown|flying|hijack|hijacked|land|landed|landing|crashed|by|off|on the|a _:plain $|,|and|to|for|in|at|from|with', unless: ['_ * sight', 'on|across|over|upon|onto the|a _ $|,|and|in|at|from|with'], note: 'An aircraft is a `plane`; `plain` means simple, or flat land.'},
      // `the plain of the ecliptic`, `the ecliptic plain`: a flat surface in geometry.
      {when: '_:plain|plains of the|its|their ecliptic|orbit|orbits|equator|symmetry|polarization|polarisation|incidence|rotation|film|lens|mirror|paper|drawing|page|screen|galaxy|tappets', note: 'A flat surface in geometry is a `plane`; a `plain` is flat land.'},
      {when: 'ecliptic|inclined|focal|orbital|tangent|equatorial|sagittal|coronal|galactic|picture|image _:plain|plains', note: 'A flat surface in geometry is a `plane`; a `plain` is flat land.'}],
    note: 'An aircraft is a `plane`; `plain` means simple, or flat land.',
    examples: {flag: ['The {plain>plane} crashed on landing.', 'They boarded the {plain>plane} at noon.', 'Dust gathers near the {plain>plane} of the ecliptic.', 'The lens sits on the focal {plain>plane}.'], keep: ['It was plain to see.', 'Dust rose on the plain in front of us.', 'She wore plain clothes.', 'The Great Plains stretch west.', 'In plain sight.', 'Herds crossed the high plains.', 'They rode across a vast open plain.', 'Cattle grazed the plains of the west.']}
  },
  {
    forms: {plane: 'plain'},
    flag: [{when: '_:plane sight|english|language|text|clothes|view|speaking|truth|yogurt|yoghurt|wrapper|simple|old', note: '“Simple” or “clear” is `plain` (`in plain sight`); a `plane` is an aircraft.'},
      {when: 'in|made|make|makes|making|it|is|was|quite|perfectly|very|so|all _:plane sight|english|that|enough|$', unless: ['on|off|by|the|a _'], note: '“Clear” is `plain`; a `plane` is an aircraft.'},
      // `it was plane he had wept`, `it is plane as day`: `it` and `be` before a clause or `as`.
      {when: 'it is|was|seemed|seems|became|becomes _:plane @subjpron|as|to', note: '“Clear” is `plain`; a `plane` is an aircraft.'}],
    note: '“Simple” or “clear” is `plain`; a `plane` is an aircraft.',
    examples: {flag: ['It was hidden in {plane>plain} sight.', 'Say it in {plane>plain} English.', 'It was {plane>plain} he had lied.', 'It is {plane>plain} as day.', 'It seemed {plane>plain} to everyone.'], keep: ['The plane landed safely.', 'They boarded the plane.', 'It was a plane to Rome.', 'What it was, plane or bird, nobody knew.']}
  },
  {
    forms: {week: 'weak', weeker: 'weaker', weekest: 'weakest'},
    flag: [{when: 'very|too|so|more|a|the|as|relatively|remained|remain|remains|looked|looks|seemed|seems|felt|feel|feels|is|was|were|are|became|become|becomes|economically|politically|physically _:week $|,|and|but|point|link|links|spot|demand|economy|sales|growth|currency|dollar|pound|euro|yen|government|leader|leadership|signal|evidence|case|argument|position|performance|heart|knees|immune|state|states|spots', unless: ['a|the|this|that|last|next|each|every|one|per _ #NN*', 'last|next|this|that|each|every|per|a|one|the|whole|entire|working|holy|fashion|busy|first|second|third|fourth|final|previous|following|same|short|long|four-day|five-day|@num _'], note: '“Not strong” is `weak`; a `week` is seven days.'},
      // `too week to stand`: a degree word before a state.
      {when: 'too|so|quite|rather|extremely|fairly _:week', unless: ['_ after|before|by|of|later|ago|earlier|in|on|ahead|long|or|and|#NN|#NNS|#CD'], note: '“Not strong” is `weak`; a `week` is seven days.'}],
    note: '“Not strong” is `weak`; a `week` is seven days.',
    examples: {flag: ['Demand remained {week>weak}.', 'He was too {week>weak} to stand.'], keep: ['Last week was busy.', 'Once a week, they meet.', 'The week ahead looks busy.', 'A week later he left.', 'It took too long, so week after week they waited.', 'They left him a week to decide.', 'It was rather a week.']}
  },
  {
    forms: {weak: 'week', weaks: 'weeks'},
    flag: [{when: 'last|next|this|each|every|per|one|two|three|four|five|six|several|few|whole|entire|working|holy|fashion|busy|@num _:weak|weaks', unless: ['_ #NN*|point|link|spot|and|or|but', 'one|this|each|every _ #NN*|of'], note: 'Seven days is a `week`; `weak` means not strong.'},
      {when: '_:weak ago|earlier|later|ahead|before|after|long', unless: ['a|very|too|so|as|more _'], note: 'Seven days is a `week`; `weak` means not strong.'},
      // `weaks` and `seens` are no words: the plural is the only reading.
      {when: '_:weaks', note: '`weaks` is no word; seven days is a `week`.'},
      // `A weak later the court ruled`, `twice a weak`: a span of time, or a rate per span.
      {when: 'a _:weak ago|later|earlier|before|in|because|.|!|?|;', unless: ['_ * #NN|#NNS|#JJ|#JJR|#VBG'], note: 'Seven days is a `week` (`a week later`); `weak` means not strong.'},
      {when: 'twice|once|thrice|times|day|days|night|nights|hour|hours|dollars|#CD|@num a _:weak', unless: ['_ #NN|#NNS|#JJ|point|points|link|spot|and|or|but|to'], note: 'A rate per seven days is `a week`; `weak` means not strong.'},
      {when: 'following|second|third|fourth|fifth|same|previous|coming|final _:weak', unless: ['_ #NN|#NNS|#NNP|#JJ|#JJR|#VBG|point|points|link|spot|and|or|but|to|one|ones|side|sides|hand|hands|team|teams'], note: 'Seven days is a `week` (`the following week`); `weak` means not strong.'},
      {when: 'week|day|month|year to|after|by _:weak', note: 'The phrase runs `week to week`, `week after week`; `weak` means not strong.'},
      {when: 'from _:weak to week', note: 'The phrase is `from week to week`; `weak` means not strong.'}],
    note: 'Seven days is a `week`; `weak` means not strong.',
    examples: {flag: ['The trial ran for six {weaks>weeks}.', 'He left last {weak>week}.', 'They meet every {weak>week}.', 'Two {weaks>weeks} later it ended.', 'A {weak>week} later the court ruled.', 'The band rehearses twice a {weak>week}.', 'During the following {weak>week}, prices fell.', 'Sales rose week after {weak>week}.'], keep: ['A weak later draft was dropped.', 'Twice a weak team won.', 'The following weak points were found.', 'The second weak spot gave way.', 'It was a weak, late effort.', 'They backed a weak, divided party.', 'The weak link held.', 'The pound was weak.', 'Demand is weak.', 'A weak link broke.']}
  },
  {
    forms: {chose: 'choose'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|didn\'t|don\'t|doesn\'t|not|let|help _:chose #DT|#PRP|#PRP$|between|from|to|whether|which|what|who|how|not|wisely', unless: ['i|we|you|they _ * #VBD'], note: 'After `to` or a helper verb the form is `choose`; `chose` is the past.'},
      // `the right to chose freely`, `no chance to chose,`: the infinitive before an adverb or a clause end.
      {when: 'to|will|would|could|can|cannot|should|must|might|may _:chose freely|carefully|wisely|well|again|among|$', note: 'After `to` or a helper verb the form is `choose`; `chose` is the past.'},
      // `Why did he chose`, `Can you chose`: a helper, its subject, then the bare verb.
      {when: 'did|do|does|didn\'t|don\'t|doesn\'t|can|could|will|would|should|must|might i|you|he|she|we|they _:chose', firm: true, note: 'After a helper verb and its subject the form is `choose`; `chose` is the past.'},
      // `Chose a location near the job.`: a command opening a sentence.
      {when: '^ _:chose a|an|the|your|one|between|from|among|carefully|wisely', note: 'A command opening a sentence is `choose`; `chose` is the past.'},
      // `help voters chose a plan`, `let them chose`: a bare infinitive after help, let or make and its object.
      {when: 'help|helps|helped|helping|let|lets|letting|make|makes|making them|him|her|us|me|you|#NNS _:chose', note: 'After `help` or `let` and its object the form is `choose`; `chose` is the past.'}],
    note: 'The present and infinitive is `choose`; `chose` is the past.',
    examples: {flag: ['Voters must {chose>choose} a leader.', 'You can {chose>choose} between them.', 'They did not {chose>choose} wisely.', 'Voters want the right to {chose>choose} freely.', 'Why did he {chose>choose} that road?', 'The guide helps hikers {chose>choose} a trail.', 'Why did I {chose>choose} to stay?', '{Chose>Choose} a seat near the door.'], keep: ['Chose, the mayor, spoke.', 'She chose to stay.', 'They chose him as leader.', 'The coach they chose was young.', 'He did what they chose.']}
  },
  {
    forms: {dose: 'does'},
    flag: [{when: '^|it|he|she|that|this|what|who|which|where|how|why|so|nor|neither _:dose not|so|n\'t|it|he|she|this|that|anyone|anybody|nothing|everything', unless: ['a|the|one|high|low|single|daily|lethal|second|first|booster|large|small|fatal|this|that _'], note: 'The verb is `does` (`it does not`); a `dose` is an amount of medicine.'},
      // A noun takes no `not` before a bare verb: `the rule dose not apply`.
      {when: '_:dose not #RB? #VB|#VBP', firm: true, note: 'Before `not` and a verb the helper is `does` (`does not apply`); a `dose` is an amount of medicine.'},
      {when: 'he|she|nobody|everybody|somebody|everyone|someone _:dose', note: 'After `he` or `she` the verb is `does`; a `dose` is an amount of medicine.'},
      {when: 'where|how|why _:dose #DT|#NNP|one', note: 'A question with `where` or `how` takes the verb `does`; a `dose` is an amount of medicine.'},
      // `but it dose show`, `as a mother always dose`: after `it` or an adverb of frequency only the verb fits.
      {when: 'it|always|also|still|certainly|sure|really|indeed|usually|often|never|rarely|seldom|sometimes _:dose', firm: true, note: 'The verb is `does`; a `dose` is an amount of medicine.'},
      {when: '^ _:dose he|she|it|they|your|this|anyone|anybody|one|#NNP', firm: true, note: 'A question takes the verb `does` (`Does your firm …`); a `dose` is an amount of medicine.'},
      {when: 'what|how|why|when|where|who|which|or|and _:dose he|she|it|they|your|this|anyone|anybody|one|#NNP', firm: true, note: 'A question takes the verb `does` (`Does your firm …`); a `dose` is an amount of medicine.'},
      {when: '_:dose not', unless: ['_ not #VBG|#VBN|exceeding|more|less|over|above|under|to'], note: 'Before `not` the helper is `does`; a `dose` is an amount of medicine.'},
      {when: '_:dose #DT|#PRP$ #NN #VB|#VBP', note: 'Before a subject and a bare verb the helper is `does` (`does the writer know`); a `dose` is an amount of medicine.'},
      {when: '_:dose #NNP #NNP? #VB|#VBP', note: 'Before a name and a bare verb the helper is `does` (`does Carl reject`); a `dose` is an amount of medicine.'},
      {when: '#NNP _:dose #VB|#VBP|#RB|better|well', note: 'After a name, before a verb, the helper is `does` (`Patchen does read`); a `dose` is an amount of medicine.'}],
    note: 'The verb is `does`; a `dose` is an amount of medicine.',
    examples: {flag: ['He {dose>does} not agree.', 'What {dose>does} it mean?', 'It {dose>does} so anyway.', 'The rule {dose>does} not apply here.', 'She {dose>does} her best.', 'Where {dose>does} the road end?', 'But it {dose>does} show the trend.', 'A mother always {dose>does} that.', '{Dose>Does} your firm train staff?', '{Dose>Does} it matter to voters?', 'Society {dose>does} not change fast.', 'Dixon {dose>does} sing well.', 'Why {dose>does} the mayor want it?', 'When {dose>does} Abbott return?'], keep: ['A daily dose helps.', 'Dose by dose, the patients improved.', 'Doctors dose the patients daily.', 'A dose not over 5 mg is safe.', 'The second dose, not the first, works.', 'A single dose is enough.', 'The dose was lethal.', 'This dose helps.', 'A dose not exceeding 5 mg is safe.', 'What dose the doctor gave is unclear.', 'Give her one dose daily.', 'The Pfizer dose was given twice.', 'The dose the patient took was small.', 'A Monday dose helps most.']}
  },
  {
    forms: {knew: 'new'},
    flag: [{when: 'a|an|the|brand|this|their|his|her|its|our|my|your _:knew #NN|#NNS|#JJ|#NNP|year|york|zealand|jersey|mexico|delhi|orleans', unless: ['_ that|what|how|who|why|whether|it|him|her|them|he|she|they|we|i|you|the|a|an'], note: '“Recent” or “not old” is `new`; `knew` is the past of know.'},
      // `any knew revision`, `entirely knew ammunition`: a determiner or a degree adverb before a past tense is not English.
      {when: 'any|entirely|completely|totally|wholly|every|some|no _:knew', note: 'Before a noun the adjective is `new`; `knew` is the past of know.'},
      // `form knew friendships`, `of knew thought`: a past tense cannot follow a preposition or a verb wanting an object.
      {when: 'of|with|for|to|form|feature|features|mention|mentions|establishing|introducing _:knew #NNS|#NN', note: 'Before a noun the adjective is `new`; `knew` is the past of know.'},
      {when: 'be|been|being|is|are|was|were _:knew $', note: '“Not old” is `new`; `knew` is the past of know.'},
      // `these knew poems`, `a knew one`: a determiner before a past tense is not English.
      {when: 'these|those _:knew #NN|#NNS|#JJ', note: 'Before a noun the adjective is `new`; `knew` is the past of know.'},
      {when: 'a|the _:knew one|ones', note: 'Before `one` the adjective is `new`; `knew` is the past of know.'}],
    note: '“Not old” is `new`; `knew` is the past of know.',
    examples: {flag: ['Any {knew>new} revision needs a vote.', 'These {knew>new} rules bite.', 'He wants a {knew>new} one.', 'The firm launched a {knew>new} product.', 'They bought a brand {knew>new} car.', 'Students form {knew>new} friendships there.', 'There was a dearth of {knew>new} ideas.', 'The idea was {knew>new}.', 'The stove must be {knew>new}, not used.'], keep: ['Those knew the risks.', 'The one he knew best was gone.', 'Everyone knew the risks.', 'He knew the answer.', 'She knew that it was late.', 'Nobody knew him.', 'It was what they knew.', 'Those who came knew.', 'The men who knew names kept quiet.']}
  },
  {
    forms: {new: 'knew'},
    flag: [{when: 'i|he|she|we|they|you|who|everyone|everybody|nobody|anyone|somebody|someone|never|already|always|barely|hardly|well|only|just _:new that|what|how|who|why|whether|it|him|her|them|he|she|they|we|i|you|about|nothing|everything|something|exactly|better|where|when|of', unless: ['_ about|of|that|to #NN*'], note: 'The past of know is `knew`; `new` means not old.'},
      // `he new full well`: a subject pronoun right before the word takes the verb.
      {when: 'he|she|they|we|i _:new', note: 'After a subject the verb is `knew`; `new` means not old.'},
      // `we all new`, `they also new`: a subject and an adverb, then the verb.
      {when: '@subjpron all|also|both|ever _:new', note: 'After a subject the verb is `knew` (`we all knew`); `new` means not old.'},
      // `Blanche new all this`, `the troopers new an attack was coming`: no adjective stands between a noun and a determiner or a pronoun.
      {when: '#NNP|#NNS|#NN|#VBN|too|also|first|both|all _:new that|what|how|who|why|whether|him|her|them|he|she|they|we|i|nothing|none|everything|something|all|this|the|an|about|each|exactly|clearly|little', unless: ['brand|something|anything|nothing|everything|everyone|someone|anyone|nobody|all|whole|entire|@det _', '_ that|this|the|an|all|each #NN* #NN*|#VBN|#JJ', '_ this|that|last|next year|spring|summer|fall|autumn|winter|week|month|season|time|day', '_ about|exactly|clearly|little|that|what|how|who|why|whether|this|all|each|the|an $|,'], note: 'After a subject the verb is `knew`; `new` means not old.'}],
    note: 'The past of know is `knew`; `new` means not old.',
    examples: {flag: ['He {new>knew} full well what was coming.', 'He {new>knew} that it was late.', 'Nobody {new>knew} what to do.', 'She {new>knew} him well.', 'Maria {new>knew} all the rules.', 'The guards {new>knew} an attack was near.', 'The chairman {new>knew} who was to blame.'], keep: ['Someone new arrived.', 'They bought new shoes.', 'It is a new car.', 'Everything new is old.', 'They were new to the job.', 'Something new happened.', 'What is new this year is the price.', 'Cars new that year sold well.', 'The rules were all new.', 'The parts were new in 1990.']}
  },
  {
    forms: {one: 'won'},
    flag: [{when: 'has|have|had|who|they|we|he|she|i|you|team|party|side|narrowly|easily|comfortably|finally|also|never|already|just|recently _:one the|a|an|his|her|their|its|our|my|your|by|in|at|over|against|@num|gold|silver|bronze|re-election|reelection|approval|praise|support|seats|votes|awards|titles|prizes|elections|matches|games|races|cases', unless: ['_ the|a|an|his|her|their|its|our|my|your #JJS|#NN*|#CD|#JJ of', 'the|a|this|that|every|each|no|any|some _', 'has|have|had|who|they|we|he|she|i|you _ of|in|at|by|@num|the|a|an|his|her|their|its|our|my|your'], note: 'The past of win is `won`; `one` is the number.'},
      // `had one the Navy Cross`: after `have` before a determiner and a name.
      {when: 'has|have|had #RB? _:one the|a|an|his|her|their|its #NNP', unless: ['_ * #NNP #NNP? #VBD|#VBZ|#VBP|#MD|had|has|have'], note: 'The past participle of win is `won` (`had won the Navy Cross`); `one` is the number.'}],
    note: 'The past of win is `won`; `one` is the number.',
    examples: {flag: ['She has {one>won} gold twice.', 'The party {one>won} seats in the north.', 'He had {one>won} the Nobel Prize.'], keep: ['She had one the Smiths gave her.', 'He has one car.', 'They have one day left.', 'Who has one?']}
  },
  {
    forms: {threw: 'through'},
    flag: [{when: 'went|go|goes|going|gone|come|came|comes|coming|pass|passed|passes|passing|walked|walk|drove|drive|ran|run|get|got|gets|getting|break|broke|broken|breaking|cut|cuts|look|looked|looks|looking|read|flipped|sifted|sift|sifting|pushed|push|pushing|carry|carried|follow|followed|see|saw|seen|seeing|is|was|are|were|all|halfway|right|straight|through _:threw the|a|an|his|her|their|its|our|my|your|this|that|these|those|it|them|him|me|us|@num|$|,', unless: ['he|she|they|we|i|you|who _'], note: 'Movement from one side to the other is `through`; `threw` is the past of throw.'},
      // A passive or a base verb takes no past tense after it: `were passed through`, `climb through the window`.
      {when: '@be #RB? #VBN|#VBD _:threw', unless: ['who|that|which @be * _', 'who|that|which @be * * _'], note: 'After a passive verb the word is `through` (`passed through`); `threw` is the past of throw.'},
      // `are publicized threw`: the tagger reads some participles as adjectives.
      {when: '@be #RB? #JJ _:threw', unless: ['who|that|which @be * _', 'who|that|which @be * * _'], note: 'After a passive verb the word is `through` (`publicized through`); `threw` is the past of throw.'},
      {when: 'from @num _:threw @num', note: 'A span runs `from` one year `through` another; `threw` is the past of throw.'},
      {when: '#VB _:threw #DT|#PRP$|#PRP', note: 'After a verb in its base form the word is `through` (`climb through the window`); `threw` is the past of throw.'},
      // `Threw all these years, …`: a sentence does not open on a past tense with no subject.
      {when: '^ _:threw !#PRP|away|out|up|down|back|off|in|open', firm: true, note: 'A sentence opening on a span or a means takes `through` (`Through all these years`); `threw` is the past of throw.'},
      // `filtering threw the gloom`, `searched threw the icebox`, `extends threw 1954`: a verb right before leaves no subject for a past tense.
      // Not after a noun, an adverb and a participle: a reduced relative (`a player newly signed threw the pitch`) leaves the noun as subject.
      {when: '#VBG|#VBD|#VBZ|#VBP _:threw', unless: ['#NN|#NNS|#NNP|#NNPS|#PRP|#DT|#PRP$|@det|who|that|which * _', '@subjpron|who|that|which * * _', 'and|or|but|then|,|” _', '#NN|#NNS|#NNP|#NNPS #RB #VBN|#VBD _'], firm: true, note: 'Right after a verb the word is `through` (`filtering through the gloom`); `threw` is the past of throw.'},
      // `riding quietly threw the night`: a verb and an adverb, then the word.
      {when: '#VBG|#VBN|#VBD #RB _:threw', unless: ['@subjpron|who|that|which * * _', 'and|or|but|then|, * _'], firm: true, note: 'After a verb and an adverb the word is `through` (`riding quietly through`); `threw` is the past of throw.'},
      // `achieved immortality threw his authorship`, `except threw`: a preposition, or a span of time after.
      {when: 'except|or|of|by|to|from|in|into|especially|even|only|not|partly|mainly|largely|chiefly|solely|directly _:threw', unless: ['@subjpron _'], note: 'Means or passage is `through`; `threw` is the past of throw.'},
      // `threw diligent research`, `threw mergers`: a means, which nobody throws.
      {when: '_:threw #JJ? diversification|research|mergers|merger|acquisitions|acquisition|sales|resentment|efforts|channels|negotiation|negotiations|experience|practice|training|education|cooperation|co-operation|legislation|advertising|prayer|investment|taxation|regulation|competition|experimentation|participation|diplomacy|dialogue|trial', note: 'Means is `through` (`through research`); `threw` is the past of throw.'},
      {when: 'has|have|had|having #RB? #VBN _:threw', unless: ['who|that|which * * _', 'who|that|which * * * _'], firm: true, note: 'After a perfect verb the word is `through` (`have benefited through`); `threw` is the past of throw.'},
      {when: 'flock|flocked|flocking|pour|poured|pouring|dart|darted|darting|tunnel|tunneled|tunnelled|march|marched|marching|stream|streamed|streaming|flow|flowed|flowing|seep|seeped|seeping|filter|filtered|rush|rushed|rushing|race|raced|racing|drift|drifted|sail|sailed|sailing|wander|wandered|wandering|roam|roamed|plod|plodded|wade|waded|wading|trudge|trudged|creep|crept|crawl|crawled|crawling|squeeze|squeezed|peek|peeked|peer|peered|peering|gaze|gazed|stare|stared|browse|browsed|leaf|leafed|went|ran|rode|flew|tore|swam|climb|climbed|climbing|mill|milled|milling|ripple|rippled|rippling|steer|steered|steering|bolt|bolted|plough|ploughed|plow|plowed|sift|sifted|sifting|shine|shone|shining|glimpse|glimpsed|see|seen|looking _:threw', unless: ['who|that|which * _', 'who|that|which * * _'], note: 'A verb of motion or sight that takes no object goes `through` a place (`poured through the gap`); `threw` is the past of throw.'},
      // `the literature extends threw 1954`, `let us work threw an example`: a present tense leaves no room for a past tense after it.
      {when: '#VBZ|#VBP _:threw', unless: ['who|whom|that|which|what|whatever|whoever|@subjpron|@det|these|those|#CD|#JJ|#PRP$ * _', 'who|whom|that|which|what|whatever|whoever|@subjpron * * _', 'who|whom|that|which|what|whatever|whoever * * * _', 'and|or|but|then|, _'], note: 'A present tense takes no past tense after it: the word is `through` (`extends through 1954`); `threw` is the past of throw.'},
      // `couldn't see too well threw the veil`: a verb and an adverb, then the word.
      {when: '#VB|#VBP|#VBZ #RB _:threw', unless: ['@subjpron|who|that|which|what * * _', 'who|that|which|what * * * _', 'and|or|but|then|, * _'], note: 'After a verb and an adverb the word is `through` (`see well through`); `threw` is the past of throw.'},
      // `defending themselves threw loopholes`: a verb's object, then the word.
      {when: '#VB* themselves|himself|herself|itself|ourselves|yourself|yourselves|myself _:threw', unless: ['who|that|which * * _', 'who|that|which * * * _'], note: 'After a verb and its object the word is `through` (`defending themselves through loopholes`); `threw` is the past of throw.'},
      // `pressure subtly exerted threw other members`: an adverb and a participle leave no subject for a past tense.
      {when: '#RB #VBN _:threw', unless: ['@subjpron|who|that|which * * _'], note: 'After an adverb and a participle the word is `through` (`subtly exerted through`); `threw` is the past of throw.'},
      {when: 'way|passage|route _:threw', note: 'A way, a passage or a route goes `through` (`a passage through`); `threw` is the past of throw.'},
      {when: '_:threw the|a|an|this|that|these|those|his|her|their|its|our|my|your|all|long #JJ? night|nights|summer|winter|spring|autumn|years|months|weeks|days|centuries|decades|ages|darkness|gloom|fog|mist|woods|forest|tunnel|efforts|columns|channels|medium|agency|use|means|grille|ages', note: 'Passage across a time or a place is `through` (`through the night`); `threw` is the past of throw.'}],
    note: '“From one side to the other” is `through`; `threw` is the past of throw.',
    examples: {flag: ['They walked {threw>through} the park.', 'The bill passed {threw>through} the house.', 'He read {threw>through} the report.', 'The water was passed {threw>through} a filter.', 'The records run from 1907 {threw>through} 1959.', 'He tried to climb {threw>through} the window.', '{Threw>Through} all those years, she kept the shop open.', 'Smoke was drifting {threw>through} the hall.', 'Fans queued quietly {threw>through} the night.', 'Funds are paid out only {threw>through} local banks.', 'The firm grew {threw>through} the long winter.', 'The firm grew {threw>through} mergers.', 'Dealers have benefited {threw>through} higher sales.', 'Rain poured {threw>through} the broken roof.', 'Aid arrived by a route {threw>through} the hills.', 'Coverage of the archive extends {threw>through} 1990.', 'Grants are publicized {threw>through} local papers.', 'You can see well {threw>through} the glass.', 'Tenants shielded themselves {threw>through} loopholes.', 'Influence quietly exerted {threw>through} friends won the vote.'], keep: ['The woman he admires threw a party.', 'Everyone who works there threw in money.', 'Those who were present threw flowers.', 'He himself threw the first pitch.', 'The union members sometimes threw eggs.', 'He threw the ball.', 'Police said he threw a stone.', 'The fans cheered and threw flowers.', 'When she lost, she threw the racket.', 'Nobody who knew him threw a punch.', 'The man they hired threw a party.', 'She turned, threw the bag and ran.', 'He then threw it away.', 'He quickly threw the ball.', 'The striker threw himself at it.', 'The party threw its weight behind him.', 'The man who had resigned threw a party.', 'Staff who have retired threw a dinner.', 'She threw it away.', 'They threw a party.', 'He ran to the car and threw it open.', 'The man arrested threw a punch.', 'The player who was injured threw twice.', 'Officers say the suspect threw a brick.', 'Threw it away, she said.', 'Some of them threw stones.', 'Fans who had marched threw flowers.', 'The way he threw the ball impressed scouts.', 'Both of us threw the dice.', 'A man sitting behind me threw a bottle.', 'The man they quietly hired threw a party.', 'He quickly threw the ball.']}
  },
  {
    forms: {thorough: 'through'},
    flag: [{when: 'went|go|goes|going|gone|come|came|comes|coming|pass|passed|passes|passing|walked|walk|drove|drive|ran|run|get|got|gets|getting|break|broke|broken|breaking|cut|cuts|look|looked|looks|looking|read|reading|sifted|sift|pushed|push|carry|carried|follow|followed|all|halfway|right|straight|and _:thorough the|a|an|his|her|their|its|our|my|your|this|that|these|those|it|them|him|me|us', note: '“From one side to the other” is `through`; `thorough` means careful and complete.'},
      // `thorough the night`, `thorough which`, `thorough 1961`: an adjective takes a noun after it, not a determiner, a pronoun or a number.
      {when: '_:thorough #DT|#PRP$|#PRP|#CD|#WDT|#WP|@num', unless: ['as|so|too|how|this|that|such _ a|an', '_ one|ones|enough|and|or|but|yet|either|both|each|all-round|all-out|that', '_ this|each|every|last|next time|year|week|month|day|round|season|morning|evening|spring|summer|autumn|fall|winter'], note: 'Before a determiner, a pronoun or a number the word is `through` (`through the night`); `thorough` means careful and complete.'}],
    note: '“From one side to the other” is `through`; `thorough` means careful and complete.',
    examples: {flag: ['They walked {thorough>through} the park.', 'She read {thorough>through} the file.', 'The offer is open {thorough>through} 2031.', 'The room {thorough>through} which they passed was dark.'], keep: ['It was a thorough review.', 'Police made a thorough search.', 'It was so thorough that nothing was missed.', 'The review was more thorough this time.', 'It was as thorough a search as any.', 'His was a thorough one.']}
  },
  {
    forms: {through: 'thorough'},
    flag: [{when: 'a|an|more|most|very|less|so|as _:through investigation|inquiry|enquiry|review|search|check|checks|examination|analysis|study|job|understanding|knowledge|assessment|audit|test|testing|probe|report|reading|look|overhaul|evaluation|vetting|cleaning|process|and|$|,', note: '“Careful and complete” is `thorough`; `through` is from one side to the other.'}],
    note: '“Careful and complete” is `thorough`; `through` is from one side to the other.',
    examples: {flag: ['Police made a {through>thorough} search.', 'It was a very {through>thorough} review.'], keep: ['They went through the tunnel.', 'A way through the hills.']}
  },
  {
    forms: {women: 'woman'},
    flag: [{when: 'a|one|each|every|another|the|this|that|young|old|elderly|pregnant|single|married _:women #VBZ|is|was|has|who|whose|of|in|from|with|named|called|said|says|told|had|in', unless: ['the|young|old|elderly|pregnant|single|married|that _', '_ #VBZ|is|was|has * #NNS'], note: 'One person is a `woman`; `women` is the plural.'},
      {when: 'a|one|each|every|another _:women', note: 'One person is a `woman`; `women` is the plural.'},
      {when: 'a|an|another|each|every #JJ|#VBN|#VBG #JJ|#VBN? _:women', unless: ['few|many|dozen|hundred|thousand|couple|score|handful #JJ|#VBN|#VBG? _', '_ \'s|#POS'], note: 'After `a` and an adjective the noun is one `woman` (`a young woman`); `women` is the plural.'},
      // `a very strong women`: an adverb before the adjective.
      {when: 'a|an very|rather|quite|most|really|truly|fairly|remarkably|deeply #JJ|#VBN _:women', unless: ['_ \'s|#POS', 'few|many|dozen|hundred|thousand|couple|handful|number _'], note: 'After `a` and an adjective the noun is one `woman` (`a very strong woman`); `women` is the plural.'},
      // `this women`, `that scheming women.`: a singular determiner.
      {when: 'this _:women', unless: ['_ \'s|#POS'], note: 'After `this` the noun is one `woman`; `women` is the plural.'},
      {when: 'that #JJ|#VBG? _:women $|again', note: 'Before a clause end `that` points at one `woman`; `women` is the plural.'},
      // `any man or women`: the pair of singulars.
      {when: 'man or _:women', unless: ['_ \'s|#POS'], note: 'Beside `man` the singular is `woman`; `women` is the plural.'},
      // `the women lies`: a verb in the third person singular; not after a preposition, where the verb agrees with the
      // noun before it (`the courage of the women was plain`) or the subject comes after it (`Among the women is a nurse`).
      {when: 'the|this|that _:women lies|sits|stands|looks|says|has|is|was|does|seems|wants|knows|lives|works|goes|comes|gets|makes|takes|keeps', unless: ['#IN the|this|that _'], note: 'One person is a `woman`; `women` is the plural.'}],
    note: 'One is a `woman`; more than one are `women`.',
    examples: {flag: ['A {women>woman} was injured.', 'Each {women>woman} received a prize.', 'A young {women>woman} opened the door.', 'She met a lonely old {women>woman}.', 'She is a very capable {women>woman}.', 'Nobody had seen this {women>woman} before.', 'He never called that stubborn {women>woman} again.', 'The club admits any man or {women>woman} over 18.'], keep: ['Two women were hurt.', 'The women left.', 'Young women led the protest.', 'A few young women stayed.', 'A great many women voted.', 'A new women\'s shelter opened.', 'A very few women stayed.', 'This women\'s team won.', 'Polls show that women vote early.', 'He said that older women agreed.', 'Each man or women\'s group may apply.', 'The courage of the women was plain to all.', 'Among the women is a nurse.']}
  },
  {
    forms: {woman: 'women'},
    flag: [{when: 'two|three|four|five|six|seven|eight|nine|ten|many|several|few|some|most|all|these|those|both|more|fewer|@num _:woman', unless: ['_ #POS|\'s'], note: 'More than one are `women`; `woman` is one person.'},
      {when: '_:woman were|are|have|who are|who were', unless: ['a|one|each|every|another|the|this|that _'], note: 'More than one are `women`; `woman` is one person.'},
      // `few clever woman`, `men and woman`, `woman themselves`: a plural with no article.
      {when: 'two|three|four|five|six|seven|eight|nine|ten|many|several|few|these|those|both|fewer|@num #JJ _:woman', unless: ['_ #POS|\'s', 'a|the _'], note: 'More than one are `women`; `woman` is one person.'},
      {when: 'men|boys|children and|or _:woman', unless: ['_ #POS|\'s'], note: 'Beside `men` the plural is `women`; `woman` is one person.'},
      // `one of the woman`, `most of the young woman`: a share of a group.
      {when: 'one|two|three|four|five|six|seven|eight|nine|ten|many|most|several|few|both|cent|percent|majority|@num of the|these|those|their|its|our #JJ? _:woman', unless: ['_ #POS|\'s'], firm: true, note: 'A share of a group takes the plural `women` (`one of the women`); `woman` is one person.'},
      {when: 'sportsmen|gentlemen|husbands|fathers|brothers|sons|girls|ladies|youths|businessmen|fishermen|horsemen|kings|soldiers|elders and|or _:woman', unless: ['_ #POS|\'s'], note: 'Beside a plural the word is `women`; `woman` is one person.'},
      {when: '_:woman themselves', note: 'More than one are `women`; `woman` is one person.'},
      {when: 'with|among _:woman $|of', note: 'With no article the plural is `women` (`popular with women`); `woman` is one person.'},
      // `the interest of woman students`: before a plural noun it qualifies, the word is `women` (`women voters`).
      // `hordes of nubile young woman`: an adjective and no article after a preposition.
      {when: 'of|for|to|by|among|with #JJ #JJ? _:woman', unless: ['_ #POS|\'s', 'a|an|the|this|that|one|each|every|another|any|no|his|her|my|your|our|their|its * _', 'a|an|the|this|that|one|each|every|another|any|no|his|her|my|your|our|their|its * * _'], note: 'With no article the plural is `women`; `woman` is one person.'},
      // `chiefly woman,`, `to men or to woman.`: a bare noun after a preposition or adverb at a clause's end.
      {when: 'to|for|chiefly|mostly|largely|especially|mainly|murdering _:woman $|of', unless: ['_ \'s|#POS', 'woman to _'], note: 'With no article the plural is `women`; `woman` is one person.'},
      // `the woman who come`: a plural verb after `who`.
      {when: '_:woman who|that come|live|work|are|were|have|do|say|want|know|seem|gather|gathered', unless: ['a|an|one|each|every|another|this _'], note: 'More than one are `women`; `woman` is one person.'},
      {when: 'of|for|to|by|with|among|and|many|some|all|more|fewer|most|#CD|@num _:woman students|voters|workers|members|employees|officers|doctors|teachers|writers|leaders|artists|candidates|athletes|players|lawyers|patients|delegates|legislators|pilots|drivers|soldiers|prisoners|volunteers|readers|shoppers|customers|executives|ministers|judges|jurors|scientists|engineers|reporters|journalists|farmers|officials|activists|friends|servants|slaves|passengers|guests|veterans|graduates|singers|dancers', note: 'Before a plural noun the word is `women` (`women students`); `woman` is one person.'}],
    note: 'More than one are `women`; `woman` is one person.',
    examples: {flag: ['The fund backs the work of {woman>women} writers.', 'Two {woman>women} were hurt.', 'Many {woman>women} voted early.', 'Few busy {woman>women} can spare the time.', 'The club is open to men and {woman>women} alike.', '{Woman>Women} themselves chose the name.', 'The actor was popular with {woman>women}.', 'Then came one of the {woman>women} from the village.', 'The camp is open to sportsmen and {woman>women}.'], keep: ['One of the woman’s sons spoke.', 'A woman voters trust won the seat.', 'A woman was hurt.', 'The woman left.', 'One woman spoke.', 'He left for the other woman.', 'Two men and a woman were hurt.', 'Some strange woman called.', 'The men and woman\'s father spoke.', 'She spoke as woman to woman.', 'He was with a woman of means.', 'The most famous woman spoke.']}
  },
  {
    forms: {wander: 'wonder', wandered: 'wondered', wandering: 'wondering', wanders: 'wonders'},
    flag: [{when: '_:wander|wandered|wandering|wanders if|whether|why|how|what|who|when|aloud', note: 'To ask oneself is to `wonder`; to `wander` is to roam.'},
      {when: 'no|small|little|the|a _:wander $|,|that|of|drug|boy|kid|material|years|world', unless: ['the|a _ off|around|about|into|through'], note: 'A marvel is a `wonder` (`no wonder`); to `wander` is to roam.'},
      // `Why, he wandered, had she come?`: a thought reported after the question it asks.
      {when: '^ why|how|what|where|when|who , @subjpron _:wandered|wanders ,', note: 'To ask oneself is to `wonder`; to `wander` is to roam.'},
      // `wandered just who would stop him`: an adverb before the question.
      {when: '_:wander|wandered|wandering|wanders #RB which|who|whether|why|how|what|if', unless: ['_ * off|away|around|about|back|in|out|along|over|up|down|through|into'], note: 'To ask oneself is to `wonder`; to `wander` is to roam.'},
      // `a sea of wander`, `the atomic wanders of our age`: the noun.
      {when: 'sense|sea|feeling|air|look|source|object|awe|attitude|state|spirit|moment|sort|kind|world|that of _:wander', note: 'A marvel is a `wonder`; to `wander` is to roam.'},
      {when: 'the|#JJ _:wanders of', note: 'Marvels are `wonders`; to `wander` is to roam.'}],
    note: 'To ask oneself, and a marvel, is `wonder`; to `wander` is to roam.',
    examples: {flag: ['I {wander>wonder} if it will rain.', 'Why, she {wandered>wondered}, had he left?', 'The critic {wandered>wondered} just who would pay.', 'The child stared with a sense of {wander>wonder}.', 'He praised the atomic {wanders>wonders} of science.'], keep: ['They wander the streets.', 'He wandered off alone.', 'At dusk, he wandered, lost and tired, into town.', 'She wandered slowly through the park.', 'The dog wanders off most nights.', 'He wandered aimlessly about the town.']}
  },
  {
    forms: {waist: 'waste', waists: 'wastes', waisted: 'wasted', waisting: 'wasting'},
    flag: [{when: '_:waist|waisted|waisting of|time|money|water|food|management|disposal|collection|paper|plastic|land|no|taxpayers|resources|energy|effort|away|$', unless: ['_ size|band|line|deep|high|length|measurement|belt|up|down', 'his|her|their|my|your|our|the|a|slim|narrow|thick|tiny|small|high|low|to|around|at|from _ $|,|and|.', '@poss|about|round _ $|,|and|.'], note: 'To use badly, and rubbish, is `waste`; the `waist` is the middle of the body.'},
      {when: 'toxic|nuclear|industrial|hazardous|household|food|plastic|electronic|radioactive|human|medical|chemical|a|total|complete _:waist $|,|of|and|disposal|management', unless: ['slim|narrow|thick|tiny|small|high|low|his|her|the _ $'], note: 'Rubbish, and use to no end, is `waste`; the `waist` is part of the body.'}],
    note: '“Rubbish” or “to use badly” is `waste`; the `waist` is part of the body.',
    examples: {flag: ['It was a {waist>waste} of money.', 'They {waisted>wasted} no time.'], keep: ['He tied a belt around his waist.', "They tied a rope about the patient's waist.", 'Water came up to the waist.', 'Her slim waist.']}
  },
  {
    forms: {waste: 'waist'},
    flag: [{when: 'around|round|his|her|their|my|your|our|to|the|at|from _:waste $|,|and|band|line|size|measurement|deep|high|belt', unless: ['the _ of|disposal|management|water|paper|land|collection', 'the|a|into _ line|lines|pipe|pipes', 'to _ #DT|#PRP|#PRP$|time|money|no|any|more|less|it|them|their|his|her|its|our|my|your'], note: 'The middle of the body is the `waist`; `waste` is rubbish.'}],
    note: 'The middle of the body is the `waist`; `waste` is rubbish.',
    examples: {flag: ['He tied a belt around his {waste>waist}.'], keep: ['It is a waste of time.', 'Do not waste food.', 'The drain empties into the waste line.', 'The waste was removed.']}
  },
  {
    forms: {weight: 'wait', weights: 'waits', weighted: 'waited', weighting: 'waiting'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|didn\'t|don\'t|doesn\'t|not|i|we|you|they|please|just|had|have|has|still|long|patiently _:weight|weighted|weighting for|until|till|and|outside|in|a|to|patiently|longer|there|here|$', unless: ['_ for|in the|a|an|his|her|their|its #NN*', 'lose|lost|losing|gain|gained|gaining|put|carry|carried|carrying|bear|the|a|their|his|her|its|much|more|less|dead|extra|excess|healthy|body|heavy _', '_ and|a|in see|height|size|measure'], note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: 'the|a|long|short|anxious|agonising|agonizing|nervous|endless|two-hour|hour-long|year-long _:weight for|is|was|goes|went|continues|continued|ends|ended|over', unless: ['_ for|is|was #JJ|#VBN|#RB'], note: 'A time of staying is a `wait`; `weight` is heaviness.'},
      // `weighted till the square was empty`, `weighting for me`: staying until something happens.
      {when: '_:weighted|weighting|weights until|till|patiently|impatiently|silently|outside', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: '_:weighting for me|you|him|her|us|them|orders|news|word|another', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: 'be|been|was|were|is|are|am|\'m|\'re _:weighting for|there|here|outside|with', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      // `had long been weighting.`, `and weighting for the sun`: `weighting` takes an object; with none, the word is `waiting`.
      {when: 'be|been|was|were|is|are|am|\'m|\'re|and|, _:weighting $|at|by|beside|near|there|here|outside', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: ', _:weighting for', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      // `the weighting cars`, `a weighting line`: what stands by is `waiting`.
      {when: '_:weighting room|rooms|list|lists|line|lines|game|car|cars|carriage|carriages|taxi|taxis|cab|cabs|crowd|crowds|area|areas|arms|boat|boats|train|trains|teams|wagon|wagons|audience|reporters|troops|ambulance|ambulances', note: 'What stands by is `waiting`; `weighting` adjusts by weight.'},
      // `he weighted in the living room`, `who weighted for days`: `weighted` takes an object; with none, the word is `waited`.
      {when: 'i|he|she|we|they|who _:weighted $|for|by|in|at|outside|there|here|beside|near|on|with|alone|quietly|until|till', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: 'and|, _:weighted $', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'},
      {when: '_:weight a|one|just a? minute|moment|second|sec|while', note: 'To stay a moment is to `wait` (`wait a minute`); `weight` is heaviness.'},
      {when: '@modal|better|please|you|we|i|they #RB? _:weight till|until|upon|just|at|outside|$', note: 'To stay until something happens is to `wait`; `weight` is heaviness.'}],
    note: 'To stay until something happens is to `wait`; `weight` is heaviness.',
    examples: {flag: ['We had to {weight>wait} for hours.', 'The long {weight>wait} is over.', 'They {weighted>waited} until dark.', 'She stood by the gate, {weighting>waiting} patiently.', 'A car was {weighting>waiting} outside.', 'Fans sat {weighting>waiting} for them.', 'Reporters had long been {weighting>waiting}.', 'She stood by the door, {weighting>waiting} for news.', 'They climbed into the {weighting>waiting} cars.', 'He {weighted>waited} in the hall.', '{Weight>Wait} a minute, she said.', 'We’ll {weight>wait} until noon.'], keep: ['He weighted the box with stones.', 'The weighting factor was small.', 'Scores were weighted by region.', 'The fund is weighting in favour of banks.', 'The sample, weighted by age, was large.', 'He lost weight.', 'The weight of the evidence.', 'They carried the weight.', 'Weight for weight, it is cheap.', 'The figures were weighted for age.', 'After weighting for income, the gap shrank.', 'The index is weighting to energy stocks heavily.', 'The scores were weighted by region.', 'The sample was weighted.']}
  },
  {
    forms: {alter: 'altar', alters: 'altars'},
    flag: [{when: 'the|an|church|high|sacrificial|stone|main|wedding|at|before|on|to _:alter $|,|of|and|boy|boys|server|servers|call|piece|rail|cloth|to|in', unless: ['to|will|would|could|can|cannot|should|must|might|may|did|not|didn\'t|does|do _', '_ the|a|an|his|her|their|its|our|my|your|course|plans|history|it|them'], note: 'The table in a church is an `altar`; to `alter` is to change.'}],
    note: 'The table in a church is an `altar`; to `alter` is to change.',
    examples: {flag: ['They married at the {alter>altar}.', 'He served as an {alter>altar} boy.'], keep: ['They will alter the plan.', 'Nothing can alter that.', 'It did not alter course.']}
  },
  {
    forms: {altar: 'alter', altars: 'alters', altared: 'altered', altaring: 'altering'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|didn\'t|not|never|radically|significantly|fundamentally _:altar|altared|altaring the|a|an|his|her|their|its|our|my|your|course|plans|history|it|them|this|that', note: 'To change is to `alter`; an `altar` is the table in a church.'}],
    note: 'To change is to `alter`; an `altar` is the table in a church.',
    examples: {flag: ['Nothing can {altar>alter} that.', 'The ruling will {altar>alter} the law.'], keep: ['They knelt at the altar.', 'An altar boy.']}
  },
  {
    forms: {bale: 'bail', baled: 'bailed', baling: 'bailing', bales: 'bails'},
    flag: [{when: '_:bale|baled|baling out|hearing|conditions|application|money|bond|bondsman|terms|of|@money', unless: ['_ of hay|straw|cotton|wool'], note: 'Release before trial, and rescue (`bail out`), is `bail`; a `bale` is a bundle of hay.'},
      {when: 'on|granted|grant|denied|deny|refused|refuse|jumped|jump|posted|post|set|released|freed|out|without _:bale|bales', unless: ['_ of'], note: 'Release before trial is `bail`; a `bale` is a bundle of hay.'}],
    note: 'Release before trial, and rescue, is `bail`; a `bale` is a bundle.',
    examples: {flag: ['He was released on {bale>bail}.', 'The state {baled>bailed} out the bank.', 'The judge denied {bale>bail}.'], keep: ['A bale of hay fell.', 'Bales of cotton piled up.']}
  },
  {
    forms: {canvas: 'canvass', canvased: 'canvassed', canvasing: 'canvassing'},
    flag: [{when: 'to|will|would|could|should|must|might|may|did|didn\'t|volunteers|activists|they|we _:canvas|canvased|canvasing voters|opinion|opinions|views|support|residents|the|for|door|neighborhoods|neighbourhoods|homes|households|members|districts|areas', unless: ['_ the|a floor|bag|bags|tent|tents|roof'], note: 'To seek votes or opinions is to `canvass`; `canvas` is cloth.'},
      {when: '_:canvasing|canvased', note: 'Seeking votes or opinions is `canvassing`; `canvas` is cloth.'}],
    note: 'To seek votes or opinions is to `canvass`; `canvas` is cloth.',
    examples: {flag: ['Volunteers {canvas>canvass} voters door to door.', 'They were {canvasing>canvassing} for votes.'], keep: ['He painted on canvas.', 'A canvas tent.']}
  },
  {
    forms: {que: 'queue', cue: 'queue', cues: 'queues', cued: 'queued', cueing: 'queueing'},
    flag: [{when: 'long|the|a|in|lengthy|huge|growing|short|endless|orderly|taxi|bus|traffic|jump|jumped|jumping|formed|form _:cue|cues|que $|,|of|for|to|at|outside|stretched|formed|grew|snaked|jumped|and', unless: ['on|missed|miss|take|took|takes|taking|visual|verbal|social|audio|subtle|the|his|her|their|its|a _ from|for|to|that|$', 'on|on _'], note: 'A line of people is a `queue`; a `cue` is a signal.'},
      {when: '_:cued|cueing up|for|outside|around', unless: ['_ up the|a|his|her|their|its'], note: 'Waiting in line is to `queue`; a `cue` is a signal.'}],
    note: 'A line of people is a `queue`; a `cue` is a signal.',
    examples: {flag: ['Voters stood in a long {cue>queue}.', 'Fans {cued>queued} for hours outside.'], keep: ['He took his cue from the boss.', 'On cue, the lights dimmed.', 'A visual cue helps.']}
  },
  {
    forms: {fowl: 'foul', fowls: 'fouls', fowled: 'fouled'},
    flag: [{when: 'a|the|cry|crying|cried|fell|fall|falls|falling|run|ran|running|committed|commits|professional|late|cynical|personal|flagrant|technical|deliberate|hard _:fowl|fowls $|,|of|on|play|language|smell|mood|weather|odour|odor|line|shot|shots|and|by|in|trouble|up', unless: ['_ play $', 'game|water|wild|domestic _ and|pest|flu|plague|meat'], note: '“Against the rules” or “dirty” is `foul`; `fowl` are birds.'},
      {when: '_:fowl play|language|smell|mood|weather|odour|odor|shot|line|mouthed', note: '“Against the rules” or “dirty” is `foul` (`foul play`); `fowl` are birds.'}],
    note: '“Against the rules” or “dirty” is `foul`; `fowl` are birds.',
    examples: {flag: ['Police do not suspect {fowl>foul} play.', 'He committed a late {fowl>foul}.'], keep: ['Wild fowl nest here.', 'Fowl pest spread to farms.']}
  },
  {
    forms: {grizzly: 'grisly'},
    flag: [{when: '_:grizzly murder|murders|killing|killings|crime|crimes|discovery|details|death|deaths|scene|scenes|find|attack|attacks|images|footage|end|fate|remains|task|tale|account|accounts|video', note: '“Gruesome” is `grisly`; a `grizzly` is a bear.'}],
    note: '“Gruesome” is `grisly`; a `grizzly` is a bear.',
    examples: {flag: ['Police made a {grizzly>grisly} discovery.', 'The {grizzly>grisly} details emerged.'], keep: ['A grizzly bear was seen.', 'The grizzly attacked a hiker.']}
  },
  {
    forms: {hangar: 'hanger', hangars: 'hangers'},
    flag: [{when: 'coat|clothes|wire|plastic|wooden|cloth|on|a _:hangar|hangars $|,|and|on|in', unless: ['aircraft|plane|airport|the|an|in|into|from|military|helicopter|maintenance|jet _', 'a _ * #NN*'], note: 'A rack for clothes is a `hanger`; a `hangar` houses aircraft.'},
      {when: 'coat|clothes|wire|cliff _:hangar|hangars', note: 'A rack for clothes is a `hanger` (`cliffhanger` too); a `hangar` houses aircraft.'}],
    note: 'A rack for clothes is a `hanger`; a `hangar` houses aircraft.',
    examples: {flag: ['She hung it on a coat {hangar>hanger}.', 'Wire {hangars>hangers} piled up.'], keep: ['The plane sat in the hangar.', 'An aircraft hangar burned.']}
  },
  {
    forms: {hanger: 'hangar', hangers: 'hangars'},
    flag: [{when: 'aircraft|plane|airport|airship|military|helicopter|maintenance|jet|zeppelin|air|base _:hanger|hangers', note: 'A building for aircraft is a `hangar`; a `hanger` holds clothes.'},
      {when: 'in|into|from|inside|outside the|a|an _:hanger|hangers', unless: ['on|from * _'], note: 'A building for aircraft is a `hangar`; a `hanger` holds clothes.'}],
    note: 'A building for aircraft is a `hangar`; a `hanger` holds clothes.',
    examples: {flag: ['The jet sat in an aircraft {hanger>hangar}.', 'The planes were kept in military {hangers>hangars}.'], keep: ['A coat hanger.', 'She hung it on a hanger.']}
  },
  {
    forms: {heroine: 'heroin'},
    flag: [{when: '_:heroine addict|addicts|addiction|use|user|users|overdose|overdoses|dealer|dealers|trade|trafficking|smuggling|smuggler|smugglers|seizure|haul|possession|supply|epidemic|crisis|deaths|abuse|injection|injecting|habit', note: 'The drug is `heroin`; a `heroine` is a female hero.'},
      {when: 'of|kilos|kilograms|pounds|grams|tonnes|tons|bags|cocaine|and|seized|smuggled|smuggling|sell|selling|sold|inject|injecting|injected|snort|using|used|laced|deal|dealing _:heroine', unless: ['the|a|an|our|his|her|their|its|tragic|romantic|unlikely|national|local|war|true _'], note: 'The drug is `heroin`; a `heroine` is a female hero.'}],
    note: 'The drug is `heroin`; a `heroine` is a female hero.',
    examples: {flag: ['Police seized 10 kilos of {heroine>heroin}.', 'He was a {heroine>heroin} addict.'], keep: ['She was the heroine of the story.', 'A national heroine returned.']}
  },
  {
    forms: {horse: 'hoarse'},
    flag: [{when: 'was|were|is|are|sounded|sounds|sound|sounding|grew|grown|went|go|gone|goes|become|became|voice|voices|slightly|very|little|bit|shouted|shouting|screamed|screaming|cheered|cheering|yelled|yelling|sang|singing _:horse $|,|and|voice|voices|whisper|cry|from|after|with', unless: ['a|the|his|her|their|its|my|your|our|dark|rocking|trojan|race|wild|war|white|black _'], note: '“Rough-voiced” is `hoarse`; a `horse` is the animal.'},
      {when: 'a _:horse voice|whisper|cry|croak', note: '“Rough-voiced” is `hoarse`; a `horse` is the animal.'}],
    note: '“Rough-voiced” is `hoarse`; a `horse` is the animal.',
    examples: {flag: ['Her voice was {horse>hoarse} from shouting.', 'He spoke in a {horse>hoarse} whisper.'], keep: ['He rode a horse.', 'The horse was lame.', 'A dark horse won.']}
  },
  {
    forms: {idle: 'idol', idles: 'idols'},
    flag: [{when: 'pop|teen|matinee|matinée|football|childhood|false|his|her|their|my|your|our|golden|music|sporting|cricket|k-pop|screen|american|national _:idle|idles $|,|and|of|was|is|who|in', unless: ['_ time|hands|chatter|talk|threat|threats|speculation|capacity|rich|workers|machines|land|hours|gossip|boast|curiosity'], note: 'An adored person is an `idol`; `idle` means not working.'}],
    note: 'An adored person is an `idol`; `idle` means not working.',
    examples: {flag: ['He met his childhood {idle>idol}.'], keep: ['The factory stood idle.', 'It is idle chatter.', 'Idle hands.']}
  },
  {
    forms: {idol: 'idle', idols: 'idles'},
    flag: [{when: 'stood|stand|stands|standing|sat|sit|sits|sitting|lay|lie|lies|lying|left|leave|remain|remained|remains|remaining|been|be|was|were|is|are _:idol $|,|for|and|since|during|in', unless: ['a|an|the|his|her|their|my|your|our|pop|teen|false _'], note: '“Not working” is `idle`; an `idol` is an adored person.'},
      {when: '_:idol chatter|talk|threat|threats|speculation|capacity|hands|rich|gossip|boast|curiosity|time|hours', note: '“Not working” or “empty” is `idle`; an `idol` is an adored person.'}],
    note: '“Not working” is `idle`; an `idol` is an adored person.',
    examples: {flag: ['The factory stood {idol>idle}.', 'It was {idol>idle} chatter.'], keep: ['He met his idol.', 'A pop idol.']}
  },
  {
    forms: {mantel: 'mantle', mantels: 'mantles'},
    flag: [{when: 'the|his|her|their|its|a _:mantel of', unless: ['_ of the fireplace|fire|hearth'], note: 'A cloak or a role is a `mantle` (`the mantle of leadership`); a `mantel` is a shelf over a fire.'},
      {when: 'take|took|taken|takes|taking|assume|assumed|assumes|inherit|inherited|inherits|claim|claimed|pass|passed|hand|handed|earth\'s|earth up? the? _:mantel', note: 'A cloak or a role is a `mantle`; a `mantel` is a shelf over a fire.'}],
    note: 'A cloak or a role is a `mantle`; a `mantel` is a shelf over a fire.',
    examples: {flag: ['She took up the {mantel>mantle} of leadership.', 'He inherited the {mantel>mantle}.'], keep: ['The clock sat on the mantel.', 'Photos lined the mantel.']}
  },
  {
    forms: {meat: 'meet', meats: 'meets'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|didn\'t|don\'t|doesn\'t|not|never|i|we|they|you|and|also|fail|failed|fails|failing|often|rarely|first|finally|later|then|again _:meat the|a|an|his|her|their|its|our|my|your|him|them|us|me|you|with|targets|demand|demands|expectations|deadline|deadlines|standards|needs|requirements|criteria|costs|obligations|again|today|tomorrow|on|at|in|for|privately|regularly|face-to-face', unless: ['_ the|a|an|his|her|their|its|our|my|your #NN* and|or|is|was|are|were|products|industry|prices|processing|counter|pie|pies|free', 'red|processed|raw|cooked|fresh|cured|lab-grown|halal|kosher|cold|white|dark|eat|ate|eating|eats _', 'and|to|or can _'], note: 'To come together is to `meet`; `meat` is animal flesh.'},
      {when: 'to|@meetModal _:meat this|these|those|such|all|certain|each|every|both|any|some|most|many|several|fixed|urgent|#JJ|#CD', note: 'To come together or to satisfy is to `meet`; `meat` is food.'},
      // `can` is also the verb of preserving food (`how to can meat`, `raise and can meat`).
      {when: '@meetModal #RB? _:meat', unless: ['can _'], note: 'To come together or to satisfy is to `meet`; `meat` is food.'}
    ],
    note: 'To come together is to `meet`; `meat` is food.',
    examples: {flag: ['The leaders will {meat>meet} on Friday.', 'The firm failed to {meat>meet} its targets.', 'They {meat>meet} again next week.', 'The plan must {meat>meet} certain rules.', 'Staff said they would soon {meat>meet} again.', 'We hope to {meat>meet} such demands.'], keep: ['She does not eat meat.', 'Red meat prices rose.', 'Meat and fish are scarce.', 'They switched from fish to meat.', 'Does meat keep in the heat?', 'Families here raise hogs and can meat for winter.', 'In May meat prices rose.', 'He fed scraps to meat animals.', 'We gave them fish, not meat.']}
  },
  {
    forms: {minor: 'miner', minors: 'miners'},
    flag: [{when: 'coal|gold|copper|tin|diamond|bitcoin|crypto|iron|lithium|striking|trapped|former|the|rescued|dead|union|silver|zinc|uranium|artisanal _:minor|minors $|,|were|was|are|is|and|who|in|from|strike|strikes|union|unions|trapped|died|killed', unless: ['the|a|former * _', 'the _ #NN*', 'the _ league|leagues|party|parties|offence|offense|offences|offenses|changes|injuries|role|roles|key|detail|details|ailment|surgery|scale|players|player'], note: 'A worker in a mine is a `miner`; `minor` means small, or under age.'},
      {when: 'coal|gold|copper|tin|diamond|bitcoin|crypto|iron|lithium|striking|trapped|rescued|uranium|artisanal _:minor|minors', note: 'A worker in a mine is a `miner`; `minor` means small, or under age.'}],
    note: 'A worker in a mine is a `miner`; `minor` means small, or under age.',
    examples: {flag: ['Three coal {minors>miners} were trapped.', 'A gold {minor>miner} found a nugget.'], keep: ['The injuries were minor.', 'He was a minor at the time.', 'Selling alcohol to minors is illegal.']}
  },
  {
    forms: {pail: 'pale', pails: 'pales', pailed: 'paled'},
    flag: [{when: 'looked|look|looks|looking|turned|turn|turns|went|go|grew|was|were|is|are|very|too|a|his|her|so|beyond|deathly|ghostly _:pail|pails|pailed $|,|and|in|blue|green|pink|yellow|face|skin|comparison|imitation|by|into|beside|next|with', unless: ['a _ of|full', '_ of'], note: '“Whitish”, and “beyond the pale”, is `pale`; a `pail` is a bucket.'},
      {when: '_:pails|pailed in|by comparison', note: 'To look weak beside is to `pale`; a `pail` is a bucket.'},
      // `her pail eyes`, `a pail woman`: before a face, a person or a light, which a bucket does not describe.
      {when: '_:pail eyes|cheeks|complexion|lips|woman|man|girl|boy|moonlight|sunlight|sky|light|glow|tracings|shadow|shadows|ghost|hands|faces|writings', note: '“Whitish” or “faint” is `pale`; a `pail` is a bucket.'},
      // `the pail old eyes`: before an adjective and a noun.
      {when: '_:pail #JJ #NN|#NNS', unless: ['_ full|empty|half|brimming'], note: '“Whitish” or “faint” is `pale`; a `pail` is a bucket.'}],
    note: '“Whitish” is `pale`; a `pail` is a bucket.',
    examples: {flag: ['His face turned {pail>pale}.', 'She had {pail>pale} eyes.', 'A {pail>pale} woman opened the door.', 'The {pail>pale} old lamp flickered.'], keep: ['She carried a pail of milk.', 'A pail of water.', 'He set the pail down by the well.', 'A pail full of sand stood there.']}
  },
  {
    forms: {pear: 'pair', pears: 'pairs'},
    flag: [{when: 'a|the|this|that|each|every|one|two|three _:pear|pears of shoes|of boots|of socks|of trousers|of pants|of jeans|of glasses|of scissors|of gloves|of eyes|of hands|of twins|of goals|of men|of women|of players|was|were|who|have|had|are|met|said|won|left', unless: ['_ tree|trees|juice|cider|orchard|orchards'], note: 'Two of a kind are a `pair`; a `pear` is a fruit.'},
      {when: '_:pear|pears of shoes|boots|socks|trousers|pants|jeans|glasses|scissors|gloves|eyes|hands|twins|goals|men|women|players|brothers|sisters|earrings|binoculars|sneakers|trainers|shorts|headphones|pliers|tongs|wings|legs|lungs|dice|skis', note: 'Two of a kind are a `pair`; a `pear` is a fruit.'},
      // `a pear of blue wool trunks`, `pears of phonologic subsystems`: `of` and a plural noun, with its modifiers.
      {when: '_:pear|pears of #PRP$|#JJ|#VBN|#VBD|#VBG|#NN|#RB? ,? #JJ|#VBN|#VBD|#VBG|#NN? #JJ|#NN|#VBG? #NNS', unless: ['_ of many|several|various|different|all|both|most|some|these|those|such|this|that', '_ of *? *? kinds|sorts|types|varieties|sizes|colours|colors|shapes|grades|cultivars|orchards|trees|baskets|crates|boxes|bushels'], note: 'Two of a kind are a `pair`; a `pear` is a fruit.'},
      {when: 'arranged|grouped|set|placed|come|came|comes|coming|work|worked|works|working|hunt|hunted|hunting|travel|travelled|traveled|occur|occurs|occurred|mounted|sold|paired|matched|seated|walked|marched in _:pears', note: 'Two of a kind are a `pair`; a `pear` is a fruit.'}],
    note: 'Two of a kind are a `pair`; a `pear` is a fruit.',
    examples: {flag: ['She bought a {pear>pair} of shoes.', 'He wore a {pear>pair} of faded canvas trousers.', 'Two {pears>pairs} of hungry birds circled.', 'The seats are arranged in {pears>pairs}.'], keep: ['He ate a pear.', 'Pear trees bloomed.', 'The pear was ripe.', 'She sold pears of many kinds.', 'The pears of the old orchard ripened.', 'Pears of three varieties were on sale.', 'They were rich in pears.']}
  },
  {
    forms: {pole: 'poll', poles: 'polls'},
    flag: [{when: 'opinion|exit|straw|latest|recent|new|national|snap|online|gallup|public|a|the|this|that|one|another|independent|internal|separate _:pole|poles showed|shows|show|found|finds|suggests|suggested|suggest|put|puts|had|has|conducted|released|published|taken|lead|leads|numbers|ratings|results|position|positions|workers|tax|taxes|of', unless: ['north|south|the|a|magnetic|telegraph|flag|totem|fishing|ski|tent|pole _', '_ position|positions|vault|vaulter|dancer|dancing|star|barn|cat'], note: 'A survey of opinion is a `poll`; a `pole` is a post.'},
      {when: 'at|in|into|to|the|opinion|exit|straw|leads|lead|led|leading|topped|topping|tops|behind|ahead|trailing|trail|trails _:poles $|,|and|on|in|as|for|with|closed|close|opened|open|showed|show|suggest|suggested', unless: ['north|south|the|magnetic|telegraph|flag|totem|fishing|ski|tent|both|two|opposite _'], note: 'Surveys and voting places are `polls`; `poles` are posts.'}],
    note: 'A survey of opinion, or voting, is a `poll`; a `pole` is a post.',
    examples: {flag: ['An opinion {pole>poll} showed him ahead.'], keep: ['He climbed the pole.', 'She started from pole position.', 'The North Pole is melting.', 'The two were poles apart.']}
  },
  {
    forms: {scene: 'seen'},
    flag: [{when: 'has|have|had|hasn\'t|haven\'t|hadn\'t|been|be|being|was|were|is|are|never|ever|not|widely|rarely|often|first|last|commonly|already|just _:scene as|by|in|on|at|it|him|her|them|that|this|before|since|anything|nothing|such|a|the|an|so|too', unless: ['the|a|crime|political|music|art|this|that _', 'was|were|is|are|been the|a _', '_ of'], note: 'The past participle of see is `seen`; a `scene` is a place or a view.'},
      {when: 'ever|never _:scene $', note: 'The past participle of see is `seen` (`the best I have ever seen`); a `scene` is a place or a view.'},
      {when: 'has|have|had|\'ve _:scene #PRP|#NNP|$|and', unless: ['_ #PRP$'], note: 'After `have`, see takes its past participle `seen`; a `scene` is a place or a view.'},
      {when: 'being _:scene', unless: ['_ of|#NN*'], note: 'The past participle of see is `seen` (`being seen`); a `scene` is a place or a view.'},
      {when: 'only|rarely|readily|clearly|easily|best|also|still|seldom|were|was|be _:scene by|against|from|#VBG', note: 'The past participle of see is `seen`; a `scene` is a place or a view.'},
      {when: '^ _:scene by', note: 'The past participle of see is `seen` (`Seen by the public, …`); a `scene` is a place or a view.'}],
    note: 'The past participle of see is `seen`; a `scene` is a place or a view.',
    examples: {flag: ['He was last {scene>seen} on Friday.', 'I have never {scene>seen} such a crowd.', 'It is widely {scene>seen} as a mistake.', 'It was the worst storm I had ever {scene>seen}.', 'Neighbours had {scene>seen} him leave.', 'She feared being {scene>seen} with them.', 'Smoke was {scene>seen} rising from the roof.', 'The comet is best {scene>seen} from the hills.', '{Scene>Seen} by voters, the deal is a loss.'], keep: ['Police arrived at the scene.', 'The music scene is thriving.', 'It was a scene of chaos.', 'The film has scene after scene of rain.', 'It was a scene from a farce.']}
  },
  {
    forms: {seen: 'scene', seens: 'scenes'},
    flag: [{when: 'the|a|crime|political|music|art|jazz|club|opening|final|last|closing|death|love|sex|chase|fight|street|accident|murder|this|that _:seen|seens $|,|of|and|was|were|is|are|in|where|when|after|for', unless: ['has|have|had|been|be|was|were|is|are|not|never|ever _', '_ as|by|in|on|at|it|him|her|them|before|since'], note: 'A place, a view or a part of a play is a `scene`; `seen` is the past participle of see.'},
      {when: 'crime|political|music|art|jazz|club|death|love|sex|chase|fight|street|accident|murder|behind-the _:seen|seens', note: 'A place or a view is a `scene`; `seen` is the past participle of see.'},
      // `weaks` and `seens` are no words: the plural is the only reading.
      {when: '_:seens', note: '`seens` is no word; places or views are `scenes`.'},
      {when: 'the|a|this|that|next|first|second|last|final|opening|each|every|succeeding _:seen opens|begins|ends|shows|looked|looks|is|was|flashed|fades|starts|closes', note: 'A part of a play or a view is a `scene`; `seen` is the past participle of see.'},
      {when: 'the|a|next|this _:seen between|outside', note: 'A part of a play or a view is a `scene`; `seen` is the past participle of see.'},
      {when: 'set|sets|setting the _:seen', note: 'To prepare for something is to `set the scene`; `seen` is the past participle of see.'}],
    note: 'A place or a view is a `scene`; `seen` is the past of see.',
    examples: {flag: ['Familiar {seens>scenes} crept past.', 'Police arrived at the {seen>scene}.', 'The music {seen>scene} is thriving.', 'The opening {seen>scene} shows the harbour.', 'The next {seen>scene} begins at night.', 'The {seen>scene} between the two rivals is tense.', 'The rain helped set the {seen>scene}.'], keep: ['The film was seen by millions.', 'He has seen it.', 'It was seen as a mistake.', 'Nobody had seen him.', 'What the first witness had seen was a car.']}
  },
  {
    forms: {stare: 'stair', stares: 'stairs'},
    flag: [{when: 'the|a|up|down|top|bottom|foot|head|flight|flights|of|spiral|narrow|steep|wooden|stone|marble|emergency|back|front|fire _:stares|stare $|,|and|to|in|of|well|case|cases|lift|rail|carpet|into|from|at', unless: ['blank|icy|hard|long|cold|steely|vacant|glassy|curious|hostile|withering|penetrating|the|a|his|her|their _', '_ at|into|of|down|back|out|straight|blankly|intently'], note: 'A step is a `stair`; to `stare` is to look hard.'},
      {when: 'up|down|climbed|climb|climbing|climbs|descended|walked|ran|fell|tumbled|pushed|carried the _:stares', note: 'Steps are `stairs`; to `stare` is to look hard.'}],
    note: 'Steps are `stairs`; to `stare` is to look hard.',
    examples: {flag: ['She ran up the {stares>stairs}.', 'He fell down a flight of {stares>stairs}.'], keep: ['He gave a blank stare.', 'People stare at him.', 'She stares out to sea.']}
  },
  {
    forms: {steal: 'steel', steals: 'steels'},
    flag: [{when: 'the|stainless|carbon|galvanised|galvanized|reinforced|rolled|molten|of|and|cold|cast|forged|tempered|chinese|global|us|british|u.s|imported|cheap|surplus _:steal $|,|and|industry|mill|mills|plant|plants|production|producers|producer|maker|makers|workers|worker|prices|price|tariff|tariffs|imports|exports|output|company|companies|beam|beams|frame|frames|pipes|pipe|bar|bars|door|doors|plate|plates|sheet|sheets|cable|cables|structure|structures|wire|band|drums|toe|toes|nerves|town|towns|city|union|unions', unless: ['to|will|would|could|can|cannot|should|must|might|may|did|not|didn\'t|tried|try|trying|attempted|attempt _', '_ the|a|an|his|her|their|its|our|my|your|from|it|them|him|money|cars|goods|data|votes|show|march|base|bases|away|a'], note: 'The metal is `steel`; to `steal` is to take what is not one’s own.'}],
    note: 'The metal is `steel`; to `steal` is to take.',
    examples: {flag: ['The {steal>steel} industry shed jobs.'], keep: ['They tried to steal the car.', 'It was a steal at that price.', 'Thieves steal data.']}
  },
  {
    forms: {straight: 'strait', straights: 'straits'},
    flag: [{when: 'the|taiwan|hormuz|malacca|bering|gibraltar|bosporus|bosphorus|kerch|dover|magellan|messina|torres|bass|cook|menai|davis|hudson|florida|korea|tsushima|dire _:straight|straights $|,|of|and|in|to|near|on|between', unless: ['the|a * _', '_ line|lines|face|answer|answers|talk|and|man|edge|road|path|ticket|fight|win|wins|losses|years|days|weeks|months|games|sets|victory|victories|forward|away|up|out|back|ahead|on|to|from|into|after', 'the _ and narrow'], note: 'A narrow sea passage, and hardship (`dire straits`), is `strait`; `straight` means not bent.'},
      {when: 'taiwan|hormuz|malacca|bering|gibraltar|bosporus|bosphorus|kerch|dover|magellan|messina|torres|menai|tsushima|dire _:straight|straights', note: 'A narrow sea passage, and hardship (`dire straits`), is `strait`; `straight` means not bent.'}],
    note: 'A sea passage, and hardship, is `strait`; `straight` means not bent.',
    examples: {flag: ['Ships crossed the Taiwan {straight>strait}.', 'The firm is in dire {straights>straits}.'], keep: ['Go straight ahead.', 'It was his third straight win.', 'Keep a straight face.']}
  },
  {
    forms: {sweet: 'suite', sweets: 'suites'},
    flag: [{when: 'hotel|presidential|honeymoon|executive|bridal|royal|penthouse|office|software|product|operating|luxury|bedroom|en|junior|master|vip|hospitality|c _:sweet|sweets $|,|at|in|of|and|on|for|with|was|is', unless: ['_ of|and|or|potato|potatoes|corn|tooth|spot|smell|taste|treats|treat|deal|talk|nothing|heart|shop|shops|wrappers|factory|tea|wine|water|dreams|home|sixteen|revenge|victory|voice', 'very|too|so|a|the|how|as|more|most _'], note: 'A set of rooms, or of programs, is a `suite`; `sweet` tastes of sugar.'}],
    note: 'A set of rooms, or of programs, is a `suite`; `sweet` tastes of sugar.',
    examples: {flag: ['They booked the presidential {sweet>suite}.', 'The office {sweet>suite} was updated.'], keep: ['The cake was sweet.', 'Home, sweet home.', 'A sweet deal.']}
  },
  {
    forms: {vile: 'vial', viles: 'vials'},
    flag: [{when: 'a|the|glass|small|tiny|plastic|empty|sealed|one|two|three|several|drug|vaccine|blood|@num _:vile|viles of|containing|with|was|were|$|and', unless: ['a|the|so|very|most|more|truly|utterly _ and|or|to|in|abuse|act|acts|remarks|comments|crime|crimes|racist|attack|attacks|man|men|language|slur|slurs|smell|regime|behaviour|behavior|treatment|thing|things|person|people', '_ and|or|in|to|abuse|act|acts|remarks|comments|crime|crimes|racist|attack|attacks|man|men|language|slur|slurs|smell|regime', '_ , #JJ'], note: 'A small bottle is a `vial`; `vile` means disgusting.'},
      {when: '_:vile|viles of vaccine|blood|poison|medicine|morphine|insulin|liquid|powder|acid|water|serum|perfume', note: 'A small bottle is a `vial`; `vile` means disgusting.'}],
    note: 'A small bottle is a `vial`; `vile` means disgusting.',
    examples: {flag: ['Police found a {vile>vial} of poison.', 'Two {viles>vials} of vaccine broke.'], keep: ['It was a vile attack.', 'The town is a vile, dreary place.', 'Vile remarks were posted.', 'The smell was vile.']}
  },
  {
    forms: {lessen: 'lesson', lessens: 'lessons'},
    flag: [{when: 'a|the|this|that|valuable|important|hard|harsh|painful|costly|bitter|big|key|first|last|history|piano|swimming|music|driving|dance|english|french|online|private|learn|learned|learnt|learning|learns|teach|taught|teaching|teaches|give|gave|gives|giving|take|took|takes|taking|lessons|no|any|one|two|several|many|some|useful|simple|object|sobering|humbling|stark|clear _:lessen|lessens $|,|for|in|from|to|of|and|is|was|here|learned|learnt|plans|plan|time', unless: ['to|will|would|could|can|cannot|should|must|might|may|did|not|helps|help|helped|greatly|significantly|only|further _', '_ the|a|an|his|her|their|its|our|my|your|it|them|this|that|tension|tensions|pain|risk|risks|impact|burden|damage|effects|effect|suffering|pressure|stress|fears|concerns|chances|need|dependence|reliance|severity'], note: 'Something learnt is a `lesson`; to `lessen` is to reduce.'}],
    note: 'Something learnt is a `lesson`; to `lessen` is to reduce.',
    examples: {flag: ['It was a hard {lessen>lesson}.', 'She takes piano {lessens>lessons}.'], keep: ['The drug helps lessen the pain.', 'The wall will lessen the risk.']}
  },
  {
    forms: {lesson: 'lessen', lessons: 'lessens', lessoned: 'lessened', lessoning: 'lessening'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|not|help|helps|helped|greatly|significantly|only|further _:lesson|lessoned|lessoning the|its|their|tension|tensions|pain|risk|risks|impact|burden|damage|effects|effect|suffering|pressure|stress|fears|concerns|chances|need|dependence|reliance|severity', unless: ['a|the|this|that|his|her|their|its|our|my|your _'], note: 'To reduce is to `lessen`; a `lesson` is something learnt.'},
      {when: '_:lessoned|lessoning', note: 'To reduce is to `lessen`; a `lesson` is something learnt.'}],
    note: 'To reduce is to `lessen`; a `lesson` is something learnt.',
    examples: {flag: ['The drug helps {lesson>lessen} the pain.', 'Tensions {lessoned>lessened} after the talks.'], keep: ['It was a hard lesson.', 'She learned her lesson.']}
  },
  {
    forms: {loan: 'lone'},
    flag: [{when: 'a|the|one|only|sole|single _:loan wolf|gunman|attacker|voice|survivor|dissenter|ranger|star|parent|parents|shooter|assailant|figure|exception|holdout|hold-out|remaining|tree|rider|traveller|traveler|vote|opponent|republican|democrat|goal|try', note: '“Alone” or “single” is `lone` (`a lone gunman`); a `loan` is lent money.'}],
    note: '“Single” is `lone`; a `loan` is lent money.',
    examples: {flag: ['A {loan>lone} gunman opened fire.', 'She was the {loan>lone} dissenter.'], keep: ['He took out a loan.', 'The loan was repaid.']}
  },
  {
    forms: {mourning: 'morning', mournings: 'mornings'},
    flag: [{when: 'this|yesterday|tomorrow|early|late|good|monday|tuesday|wednesday|thursday|friday|saturday|sunday|every|each|one|next|last|the|in|on|a|that|of _:mourning|mournings $|,|and|rush|commute|news|show|shows|coffee|session|trading|paper|papers|light|sun|sky|walk|run|meeting|briefing|prayers|service|services|after|before|when|hours|shift|edition|star|sickness|glory|person|people|until|at|of|in|to', unless: ['join|joins|joined|joining|share|shares|shared|sharing|participate|participates|participated|participating|part|lead|leads|led|leading|unite|united|involved|engaged|wallow|wallowed|indulge|indulged * _', 'join|joins|joined|joining|share|shares|shared|sharing|participate|participates|participated|participating|part|lead|leads|led|leading|unite|united|involved|engaged|wallow|wallowed|indulge|indulged * * _', 'in|of|national|public|period|days|day|state|official|deep|three|seven|weeks|year _', 'the _ period|of|for|process|dress|clothes|rituals|ceremony|ceremonies|band|bands', 'a _ #NN*'], note: 'The start of the day is the `morning`; `mourning` is grief.'},
      // `next mourning he tied`, `Saturday mourning passed`: a word that names a day or a time of it.
      {when: 'this|yesterday|tomorrow|next|following|previous|same|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|christmas|easter|o\'clock _:mourning|mournings', unless: ['_ period|periods|rites|rituals|ritual|dress|clothes|band|bands|ceremony|ceremonies|garb|attire|customs|custom|process|for|over|of'], note: 'The start of the day is the `morning`; `mourning` is grief.'},
      // `in the mourning as she left`, `on the mourning of November 17`: grief is `in mourning`, without `the`; a day has its `morning`.
      {when: 'in the _:mourning $|by|as|the|when|until|before|after|i|he|she|we|they', unless: ['join|joins|joined|joining|share|shares|shared|sharing|participate|participates|participated|participating|part|lead|leads|led|leading|unite|united|involved|engaged|wallow|wallowed|indulge|indulged * * _'], note: 'A time of day is `in the morning`; grief is `in mourning`.'},
      {when: 'on the _:mourning of|following|after|before', unless: ['_ of the|his|her|their|its|our|my|your|a #NN|#NNP $|,|and|was|is|were|are'], note: 'A day has its `morning` (`on the morning of May 5`); `mourning` is grief.'},
      {when: 'spent|spend|spends|spending|filling|fill|fills|filled the|his|her|their|my|our|your|each|every|that|this _:mourning|mournings', unless: ['_ period|periods|rites|rituals|ritual|dress|clothes|band|bands|ceremony|ceremonies|garb|attire|customs|custom|process|for|over|of'], note: 'Time spent is a `morning`; `mourning` is grief.'},
      {when: '_:mourning air|naps|nap|classes|class|questions|mist|fog|dew|crossing|hawk|train|flight|bus|lecture|lectures|breeze|chill|frost|tea|mail|swim|exercise|exercises|routine|dips|dip|glory|sunlight|sunshine|rush', note: 'The start of the day is the `morning`; `mourning` is grief.'}],
    note: 'The start of the day is the `morning`; `mourning` is grief.',
    examples: {flag: ['The crash happened early this {mourning>morning}.', 'He spoke on Monday {mourning>morning}.', 'Good {mourning>morning}, she said.', 'Next {mourning>morning} the ferry left.', 'They met at six in the {mourning>morning} as planned.', 'On the {mourning>morning} of May 5 it rained.', 'She spent the {mourning>morning} filing reports.', 'The {mourning>morning} air was cold.'], keep: ['The nation is in mourning.', 'Three days of national mourning.', 'She wore mourning clothes.', 'Thousands joined in the mourning.', 'The next mourning period begins today.', 'On the mourning of the king, she wrote nothing.', 'They spent the mourning period at home.']}
  },
  {
    forms: {bass: 'base', basses: 'bases'},
    flag: [{when: 'military|air|army|naval|navy|missile|operating|customer|tax|fan|voter|power|data|home|the|a|rebel|support|core|political|industrial|manufacturing|knowledge|asset|capital|firm|solid|narrow|broad|wide|strong|its|his|her|their|our _:bass|basses $|,|in|near|of|for|and|rate|rates|pay|salary|camp|station|year|metal|case|level|line|price|model|version|salaries|closures', unless: ['double|electric|acoustic|sea|striped|largemouth|smallmouth _', '_ guitar|guitarist|player|line|drum|drums|note|notes|clef|voice|singer|fishing|boat|boats|baritone|solo|drop|lines|players|guitars|section|heavy', 'the|a|his|her|their|its _'], note: 'A foundation, a camp or a starting point is a `base`; `bass` is low sound, or a fish.'},
      {when: 'military|air|army|naval|navy|missile|operating|customer|tax|fan|voter|power|rebel|support|core|political|industrial|manufacturing|knowledge|asset|capital _:bass|basses', note: 'A foundation or a camp is a `base`; `bass` is low sound, or a fish.'},
      // `rectangular basses`: what a thing stands on.
      {when: 'rectangular|square|circular|concrete|granite|marble|triangular|octagonal|hexagonal|brick _:bass|basses', note: 'What a thing stands on is its `base`; `bass` is low sound, or a fish.'}],
    note: 'A foundation or a camp is a `base`; `bass` is low sound, or a fish.',
    examples: {flag: ['Troops left the air {bass>base}.', 'The party appealed to its voter {bass>base}.', 'The columns rise from square {basses>bases}.'], keep: ['He plays bass in a band.', 'The bass line was heavy.', 'They caught a striped bass.', 'He sang the bass of the hymn.', 'The stone bass swam past.']}
  },
  {
    forms: {begun: 'began'},
    flag: [{when: 'he|she|it|they|we|i|you|who|that|which|work|talks|trial|construction|voting|war|fighting|the|then|and|soon|quickly|recently|first|finally|slowly|gradually|already|just _:begun to|in|on|at|with|when|after|as|by|the|a|an|his|her|their|its|our|my|your|shortly|last|this|yesterday|today|@num', unless: ['has|have|had|having|been|be|being|was|were|is|are|already|just|only|barely|recently|newly|not|hasn\'t|haven\'t|hadn\'t _', 'has|have|had|having|be|been|is|are|was|were * _', 'has|have|had|having|be|been|is|are|was|were * * _'], note: 'The simple past is `began` (`talks began on Monday`); `begun` follows `has` or `had`.'},
      // `visitors begun asking`, `he abruptly begun to`: a subject with no `has` or `had` before it takes the simple past.
      {when: '@subjpron|#NNS|#NNP|#NNPS #RB? _:begun #TO|#VBG', unless: ['has|have|had|having|hasn\'t|haven\'t|hadn\'t|be|been|is|are|was|were * _', 'has|have|had|having|hasn\'t|haven\'t|hadn\'t|be|been|is|are|was|were * * _'], note: 'The simple past is `began` (`visitors began asking`); `begun` follows `has` or `had`.'},
      // `the doorman begun to nod`, `he begun sweating`, `Macklin begun.`: a subject and no helper anywhere before it in the sentence.
      {when: '@subjpron|#NN|#NNS|#NNP|#NNPS|and|then|now|again|abruptly|suddenly|soon|finally|slowly|quickly|really|always|usually|noisily #RB? _:begun #TO|#VBG|#DT|#PRP$|$|with|on|in|to|by|when|as|after|before|slightly', unless: ['_ a|an|the|some|#CD|@num|last|this|that year|years|month|months|week|weeks|day|days|decade|decades|century|centuries|time|times|ago|earlier|before|while', '_ #CD|@num', 'newly|recently|just|already|only|barely|well|half|once|when|if|whether|though|although|while|until|unless|as|so _', 'once|when|if|whether|though|although|while|until|unless|as|so * _'], keepAfter: ['has', 'have', 'had', 'having', "'ve", "'d", 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", 'get', 'got', 'gets', 'getting'], note: 'The simple past is `began`; `begun` follows `has`, `have` or `had`.'}],
    // `had packed and begun to leave`: after `and` the helper may stand far back.
    keep: ['and _', '_ in|during|since @num'],
    note: 'The simple past is `began`; `begun` follows `has`, `have` or `had`.',
    examples: {flag: ['Visitors {begun>began} asking questions.', 'Talks {begun>began} on Monday.', 'She {begun>began} to cry.', 'The doorman {begun>began} to nod.', '“Look,” the mayor {begun>began}.', 'He {begun>began} pacing the room.'], keep: ['They had packed and begun to leave.', 'And once begun, it grew.', 'Work begun in 1990 was never finished.', 'A task begun a year ago lies idle.', 'The project, begun last spring, stalled.', 'When the talks had stalled and the vote begun, he left.', 'Once begun, the work went fast.', 'Well begun is half done.', 'Had he really begun to shout?', 'The talks have just begun talking terms.', 'Talks have begun.', 'Work had begun in May.', 'The trial has just begun.']}
  },
  {
    forms: {began: 'begun'},
    flag: [{when: 'has|have|had|having|hasn\'t|haven\'t|hadn\'t|been|be|being|was|were|is|are _:began', note: 'After `has`, `have` or `had` the form is `begun`; `began` is the simple past.'},
      {when: 'has|have|had|having|hasn\'t|haven\'t|hadn\'t already|just|only|barely|recently|now|not|finally|also|never|yet _:began', note: 'After `has`, `have` or `had` the form is `begun`; `began` is the simple past.'}],
    note: 'After `has`, `have` or `had` the form is `begun`; `began` is the simple past.',
    examples: {flag: ['Talks have {began>begun}.', 'Work had already {began>begun}.'], keep: ['Talks began on Monday.', 'She began to cry.']}
  },
  {
    forms: {cloths: 'clothes'},
    flag: [{when: 'his|her|their|my|your|our|its|new|old|warm|dry|wet|clean|dirty|winter|summer|second-hand|secondhand|designer|work|school|baby|children\'s|women\'s|men\'s|civilian|plain|casual|fancy|bloodstained|torn|ragged|expensive|cheap|some|wore|wear|wearing|wears|buy|bought|buying|change|changed|changing|pack|packed|packing|washing|wash|washed|fold|folded|donate|donated|shop|sell|sold|selling|and _:cloths $|,|and|for|to|on|in|shop|shops|store|stores|line|lines|bank|banks|brand|brands|drive|horse|peg|pegs|washing|were|are|was|from|off', unless: ['cleaning|dish|dishes|dust|table|cotton|linen|polishing|damp|microfibre|microfiber|wash|oil|altar|silk|wool|woollen|woolen _', '_ of'], note: 'Garments are `clothes`; `cloths` are pieces of fabric.'},
      // `wore his cloths with style`, `left her cloths upstairs`: right after a possessive.
      {when: '#PRP$ _:cloths', note: 'Garments are `clothes`; `cloths` are pieces of fabric.'},
      // `city cloths`, `war cloths`: a kind of dress.
      {when: 'city|day|war|street|sunday|party|evening|riding|hunting|mourning|burial|play|sports|swimming|travelling|traveling|going-out|wedding _:cloths', note: 'Garments are `clothes`; `cloths` are pieces of fabric.'}],
    note: 'Garments are `clothes`; `cloths` are pieces of fabric.',
    examples: {flag: ['He packed his {cloths>clothes} and left.', 'They donated warm {cloths>clothes}.', 'He wore his {cloths>clothes} with flair.', 'Their {cloths>clothes} lay on the floor.', 'They changed out of their city {cloths>clothes}.'], keep: ['Use damp cloths to clean it.', 'Table cloths were laid.', 'Cloths of gold.', 'Wring out the cleaning cloths.', 'Altar cloths hung in the vestry.']}
  },
  {
    forms: {latter: 'later'},
    flag: [{when: 'years|months|weeks|days|hours|minutes|moments|decades|seconds|see|sooner|much|two|three|four|five|ten|@num|later|and|was|is|will|would|until|till|for|even _:latter $|,|that|on|in|this|than|date|stage|years|life|and|when|by|the|she|he|they|it', unless: ['the|this|these _', '_ half|part|stages|group|category|option|case|point|view|type|years of|day'], note: '“After” is `later` (`two days later`); `latter` is the second of two.'},
      // `an hour latter`, `a little latter on`: a span of time or a degree before the word makes it `later`.
      {when: 'year|month|week|day|hour|minute|moment|decade|little|somewhat|bit _:latter', note: '“After” is `later` (`an hour later`); `latter` is the second of two.'},
      // `he latter told`: between a subject and its verb only `later` fits.
      {when: 'he|she|they|we|i _:latter', note: '“After” is `later` (`he later told`); `latter` is the second of two.'},
      {when: '_:latter on', unless: ['the|this|these|those _'], firm: true, note: '“Afterwards” is `later on`; `latter` is the second of two.'},
      {when: 'sooner or _:latter', firm: true, note: 'The phrase is `sooner or later`; `latter` is the second of two.'},
      {when: '^ _:latter ,|he|she|they|we|i|it|the|in|that|this', firm: true, note: '“Afterwards” is `later`; `latter` is the second of two.'},
      // `see you latter`, `she said latter, when`: the second of two needs an article; with none and no noun after, the word is `later`.
      {when: '!the|this|these|those|its|his|her|their|our|my|your|a|an|and|or|former|both|#DT|#PRP$ _:latter !#NN|#NNS|#NNP|#NNPS|#JJ|#CD|#VBG|-|day|half|part|stages|years|case', firm: true, note: '“Afterwards” is `later`; `latter` is the second of two and takes `the`.'}],
    // `in his latter years`: the second or last part of a span is `latter` however it reads.
    keep: ['_ years|days|stages|stage|half|part|period|decades|centuries|life|phase|portion|category|group|view|option|course|type|kind'],
    note: '“After” is `later`; `latter` is the second of two.',
    examples: {flag: ['I will see you {latter>later}.', 'She said {latter>later} that she was tired.', 'Sooner or {latter>later}, they will sell.', '{Latter>Later}, he joined the army.', 'We will deal with it {latter>later} on.', 'An hour {latter>later} the rain stopped.', 'He {latter>later} told the court.', 'Two days {latter>later} he resigned.', 'It will come much {latter>later} this year.'], keep: ['Of the two, he chose the latter.', 'Of the two plans, the latter won.', 'The latter half of the year.', 'Of tea and coffee, she likes the latter.', 'Both the former and latter agreed.', 'In his latter years he painted.', 'Latter-day saints met.', 'The latter, a lawyer, spoke first.', 'Smith and Jones met; the latter on Monday.']}
  },
  {
    forms: {device: 'devise', devices: 'devises', devicing: 'devising'},
    flag: [{when: 'to|will|would|could|can|cannot|should|must|might|may|did|didn\'t|not|help|helped|they|we|jointly|quickly|and _:device|devicing a|an|the|new|ways|plans|plan|strategies|strategy|methods|schemes|scheme|rules|solutions|their|his|her|its|our|my|your|how|ways', unless: ['a|an|the|this|that|any|one|new|each|every|explosive|mobile|electronic|medical|listening|tracking|his|her|their|its|our|my|your _', '_ a|an|the * #VBD|#VBZ'], note: 'To plan or invent is to `devise`; a `device` is a gadget.'}],
    note: 'To plan is to `devise`; a `device` is a gadget.',
    examples: {flag: ['They must {device>devise} a plan.', 'Officials will {device>devise} new rules.'], keep: ['The device exploded.', 'A tracking device was found.', 'Phones and other devices.']}
  },
  {
    forms: {prophesy: 'prophecy'},
    flag: [{when: 'a|the|this|that|his|her|their|its|old|ancient|biblical|dire|grim|self-fulfilling|gloomy|apocalyptic|dark _:prophesy $|,|of|that|and|was|is|came|comes|come|will|would', unless: ['to|will|would|could|can|should|did|not|they|we|i|he|she _'], note: 'The noun is `prophecy`; to `prophesy` is the verb.'}],
    note: 'The noun is `prophecy`; `prophesy` is the verb.',
    examples: {flag: ['It became a self-fulfilling {prophesy>prophecy}.', 'The {prophesy>prophecy} came true.'], keep: ['Few would prophesy victory.', 'They prophesy doom.']}
  },
  {
    forms: {diffuse: 'defuse', diffused: 'defused', diffusing: 'defusing', diffuses: 'defuses'},
    flag: [{when: '_:diffuse|diffused|diffusing|diffuses the|a|tensions|tension|crisis|crises|situation|row|dispute|anger|conflict|bomb|bombs|standoff|stand-off|protests|violence|threat|fears|criticism|confrontation', unless: ['_ the|a light|heat|gas|ideas|knowledge|technology|information|scent'], note: 'To make safe or calm is to `defuse` (`defuse tensions`); to `diffuse` is to spread.'}],
    note: 'To make safe or calm is to `defuse`; to `diffuse` is to spread.',
    examples: {flag: ['Talks aimed to {diffuse>defuse} tensions.', 'Police {diffused>defused} the bomb.'], keep: ['The light was diffuse.', 'Ideas diffuse through networks.']}
  },
  {
    forms: {disburse: 'disperse', disbursed: 'dispersed', disbursing: 'dispersing'},
    flag: [{when: '_:disburse|disbursed|disbursing the|a|crowd|crowds|protesters|demonstrators|protest|protests|rally|mob|gathering|fog|smoke|gas|clouds', unless: ['_ the|a funds|money|loans|aid|payments|grants|cash|salaries|wages|benefits|pensions|loan|grant|payment'], note: 'To scatter is to `disperse` (`police dispersed the crowd`); to `disburse` is to pay out.'},
      {when: 'police|troops|officers|forces _:disbursed|disburse|disbursing', note: 'To scatter is to `disperse`; to `disburse` is to pay out.'}],
    note: 'To scatter is to `disperse`; to `disburse` is to pay out.',
    examples: {flag: ['Police {disbursed>dispersed} the crowd.', 'Tear gas was used to {disburse>disperse} protesters.'], keep: ['The bank will disburse the loan.', 'Funds were disbursed in May.']}
  },
  {
    forms: {fell: 'feel', fells: 'feels'},
    flag: [{when: 'i|we|you|they|really|still|to|will|would|can|could|should|must|might|may|did|didn\'t|don\'t|doesn\'t|not _:fell|fells that|strongly|sure|sorry|confident|comfortable|obliged|compelled|welcome', note: 'To sense or believe is to `feel`; `fell` is the past of fall.'},
      // `you'll fell angelic`, `made me fell intelligent`, `how would you fell about it`: the bare verb's slot, before a state; `fell` as a bare verb cuts something down and takes an object.
      {when: '@modal|to|make|makes|made|making|let|lets|help|helps|helped #PRP? _:fell about|like|itself|themselves|himself|herself|myself|yourself|ourselves|good|better|worse|so|very|more|less|quite|really|truly|much|#JJ|#JJR|#VBN', unless: ['_ ill|asleep|silent|short|sick|dead|flat|open|due|vacant|prey|victim|apart|behind|back|down|off|over|through|away|out|in|into|on|under|to|from|foul|heir|pregnant|quiet|still|free|loose|idle|unconscious|overboard|headlong|forward|trees|tree|timber|them|it|the|a|an|those|these|this|that', '_ #JJ|#JJR|#VBN #NN|#NNS'], note: 'To sense a state is to `feel` (`you’ll feel better`); `fell` is the past of fall, or to cut down.'},
      // `They fell they are leagued`: a subject, then a clause of what is believed.
      {when: 'i|we|you|they _:fell they|we|i|he|she|you|there', unless: ['when|as|while|before|after|until|once|if|because|since|and|but * _'], note: 'Before a clause of what is believed the verb is `feel` (`they feel they are`); `fell` is the past of fall.'},
      // `he fells he can report`, `Boris fells himself nearing death`: `fells` cuts something down, and neither a clause nor oneself is cut.
      {when: '_:fells that|he|she|they|we|i|it|there|himself|herself|itself|themselves|like|about|strongly|sure', note: 'To sense or believe is to `feel`: `feels`; `fells` cuts something down.'},
      {when: 'the|a|an #JJ? _:fell of', note: 'The sense of touch is the `feel` of something (`the feel of his hands`); `fell` is the past of fall.'}],
    // `crews will fell tall pines`, `to fell the old oak`: to fell is to cut down, and trees are what is felled.
    keep: ['_:fell|fells @det? *? tree|trees|timber|oak|oaks|pine|pines|elm|elms|beech|beeches|birch|birches|cedar|cedars|spruce|spruces|fir|firs|maple|maples|palm|palms|willow|willows|ash|sycamore|sycamores|redwood|redwoods|poplar|poplars|conifer|conifers|forest|forests|woodland|woods'],
    note: 'To sense or believe is to `feel`; `fell` is the past of fall.',
    examples: {flag: ['I {fell>feel} that we were wrong.', 'We {fell>feel} strongly about it.', 'A hot bath will make you {fell>feel} better.', 'They {fell>feel} they were misled.', 'She {fells>feels} she has done enough.', 'He missed the {fell>feel} of the old keyboard.'], keep: ['Prices fell sharply.', 'They fell silent.', 'He fell asleep.', 'When they fell they were hurt.', 'The storm fells trees every year.', 'Crews will fell tall pines along the road.', 'The council had to fell the old oak.']}
  }
]
