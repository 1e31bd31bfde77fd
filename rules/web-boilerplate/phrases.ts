/**
 * Web-page boilerplate that comes along when a story is copied out of a
 * browser, for `web-boilerplate`: comment prompts, newsletter and paywall
 * prompts, advertising labels, related-link lines, cookie notices, share
 * buttons and page furniture, and the cue words of a publisher's appeal for
 * money.
 *
 * Compiled for copydesk from short interface strings seen on English-language
 * news sites (comment and sign-up prompts, share and cookie buttons, ad
 * labels), the phrase lists of public scraper clean-up scripts (OpenWPM's
 * `extract_words.py`, boilerplate filters that strip a news site's footer),
 * cookie-consent templates, and the research notes in RULES.md §4; facts, not
 * copied text. Appeals are not listed word for word: they are recognised by
 * the cue words below, described in our own words, so any publisher's appeal
 * is caught. Short fixed strings such as `Join our commenting forum` are
 * interface labels, listed as facts.
 *
 * Licence: MIT, like the rest of copydesk.
 */
import {reportingVerbs} from '../../src/lexicon/speech-verbs.js'

/** What a piece of boilerplate is, for the message. */
export type BoilerplateKind =
  | 'appeal'
  | 'comments'
  | 'newsletter'
  | 'advert'
  | 'related'
  | 'navigation'
  | 'cookie'
  | 'share'
  | 'chrome'
  | 'extra'

/** How each kind is named in a message. */
export const kindLabels: Readonly<Record<BoilerplateKind, string>> = {
  appeal: 'donation appeal',
  comments: 'comments section',
  newsletter: 'sign-up prompt',
  advert: 'advertising label',
  related: 'related-link line',
  navigation: 'navigation text',
  cookie: 'cookie notice',
  share: 'share button',
  chrome: 'page furniture',
  extra: 'boilerplate'
}

/**
 * Where a phrase counts:
 * - `anywhere`: outside quotation marks, in any paragraph (a strong phrase no
 *   story uses in its own voice);
 * - `start`: the paragraph begins with it and is short (`maxLength`), as a
 *   real sentence may contain `sign in` or `cookie policy`;
 * - `alone`: it is the whole paragraph, give or take a count or a colon
 *   (`Comments`, `Comments (12)`, `Advertisement`).
 */
export type Placement = 'anywhere' | 'start' | 'alone'

export interface BoilerplatePhrase {
  /** Lower case, single spaces, straight apostrophes. */
  readonly phrase: string
  readonly kind: BoilerplateKind
  readonly placement: Placement
  /** For `start`: the longest paragraph it may head, in characters (default: `defaultStartLength`). */
  readonly maxLength?: number
}

/** Longest paragraph a `start` phrase may head, unless the phrase says otherwise. */
export const defaultStartLength = 140

/** Longest paragraph a strong phrase makes boilerplate as a whole; longer ones lose the phrase only. */
export const wholeParagraphLength = 200

const anywhere = (kind: BoilerplateKind, phrases: ReadonlyArray<string>): BoilerplatePhrase[] =>
  phrases.map((phrase) => ({phrase, kind, placement: 'anywhere'}))
const start = (kind: BoilerplateKind, phrases: ReadonlyArray<string>, maxLength?: number): BoilerplatePhrase[] =>
  phrases.map((phrase) => (maxLength === undefined ? {phrase, kind, placement: 'start'} : {phrase, kind, placement: 'start', maxLength}))
const alone = (kind: BoilerplateKind, phrases: ReadonlyArray<string>): BoilerplatePhrase[] =>
  phrases.map((phrase) => ({phrase, kind, placement: 'alone'}))

/** The phrase table. */
export const boilerplatePhrases: ReadonlyArray<BoilerplatePhrase> = [
  // Comment sections under an article.
  ...anywhere('comments', [
    'join our commenting forum',
    'join thought-provoking conversations',
    'share this comment on facebook',
    'go to comments',
    'view comments',
    'show comments',
    'hide comments',
    'leave a comment',
    'post a comment',
    'comments are closed',
    'comments have been closed',
    'be the first to comment',
    'read our community guidelines',
    'this discussion is now closed'
  ]),
  ...start('comments', ['join the conversation', 'join the discussion', 'have your say']),
  ...alone('comments', ['comments', 'comment on this', 'most commented', 'reply']),

  // Newsletter sign-ups, registration walls and paywalls.
  ...anywhere('newsletter', [
    'sign up for our newsletter',
    'sign up to our newsletter',
    'sign up for our free',
    'sign up to our free',
    'sign up for free',
    'subscribe to our newsletter',
    'get our free',
    'enter your email',
    'enter your e-mail',
    'enter your email address',
    'thank you for registering',
    'thanks for signing up',
    'thanks for subscribing',
    'already a subscriber?',
    'already have an account?',
    'subscribe to continue reading',
    'subscribe to read more',
    'subscribe to unlock',
    'hit subscribe',
    'delivered to your inbox',
    'straight to your inbox',
    'you can unsubscribe at any time',
    'by signing up, you agree',
    'by signing up you agree',
    'create a free account',
    'this article is for subscribers',
    'this article is for subscribers only',
    'get unlimited access',
    'unlock this article',
    'continue reading with a subscription'
  ]),
  ...start('newsletter', [
    'sign up for',
    'sign up to',
    'sign up now',
    'sign up here',
    'sign in to',
    'sign in with',
    'log in to',
    'log in with',
    'register now',
    'register for free',
    'subscribe now',
    'subscribe today'
  ]),
  ...alone('newsletter', ['sign in', 'sign up', 'log in', 'log out', 'register', 'subscribe', 'newsletter', 'newsletters', 'my account']),

  // Donation appeals that are fixed strings; the rest are found by the cues below.
  ...anywhere('appeal', [
    'not a billionaire owner',
    'please consider supporting',
    'consider supporting us',
    'support us today',
    'support our journalism',
    'support our work',
    'support our reporting',
    'make a one-off contribution',
    'thank you for reading'
  ]),
  ...start('appeal', ['support independent journalism', 'support quality journalism', 'support local journalism', 'donate now', 'donate today']),
  ...alone('appeal', ['donate', 'support us', 'contribute', 'give now', 'remind me later', 'maybe later', 'not now']),

  // Advertising labels.
  ...anywhere('advert', [
    'skip advertisement',
    'story continues below advertisement',
    'story continues below',
    'article continues below',
    'continue reading the main story',
    'scroll to continue with content',
    'paid for and posted by',
    'ad feedback'
  ]),
  ...start('advert', ['advertisement', 'sponsored content', 'paid content', 'paid post', 'skip ad'], 40),
  ...alone('advert', ['advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'promoted', 'skip ad', 'partner content']),

  // Related-link lines and teasers.
  ...start(
    'related',
    [
      'read more:',
      'read next:',
      'read also:',
      'also read:',
      'related:',
      'related reading:',
      'see also:',
      'watch:',
      'watch more:',
      'listen:',
      'more:',
      'more on this story:',
      'recommended:',
      'click here to'
    ],
    200
  ),
  ...anywhere('related', ['you may also like', 'you might also like', 'more from our network', 'explore more on these topics']),
  ...alone('related', [
    'read more',
    'related',
    'related articles',
    'related stories',
    'related content',
    'more on this story',
    'more stories',
    'top stories',
    'most popular',
    'most read',
    'most viewed',
    'trending',
    'trending now',
    'popular videos',
    "editor's picks",
    'recommended for you',
    'latest news',
    'latest stories'
  ]),

  // Site navigation and browser notices.
  ...anywhere('navigation', [
    'skip to main content',
    'skip to content',
    'skip to navigation',
    'open full menu',
    'close this modal window',
    'please refresh the page',
    'please enable javascript',
    'your browser does not support',
    'this video is not available',
    'view image in fullscreen',
    'listen to this article',
    'reuse this content'
  ]),
  ...alone('navigation', ['menu', 'search', 'home', 'close', 'sections', 'back to top', 'open menu', 'close menu']),

  // Cookie and consent notices.
  ...anywhere('cookie', [
    'this website uses cookies',
    'this site uses cookies',
    'we use cookies',
    'accept all cookies',
    'allow all cookies',
    'reject all cookies',
    'reject non-essential cookies',
    'manage cookies',
    'cookie settings',
    'cookie preferences',
    'by continuing to browse'
  ]),
  ...start('cookie', ['cookie policy', 'privacy policy', 'manage settings', 'manage preferences', 'accept cookies', 'allow cookies', 'learn more']),
  ...alone('cookie', ['got it', 'learn more', 'i agree', 'accept', 'accept all', 'decline', 'reject all']),

  // Share, save and follow buttons.
  ...anywhere('share', [
    'share this article',
    'share this story',
    'share this page',
    'share on facebook',
    'share on twitter',
    'share on whatsapp',
    'share on linkedin',
    'share via email',
    'copy link',
    'link copied',
    'bookmark popover',
    'want to bookmark your favourite articles',
    'want to bookmark your favorite articles',
    'as a preferred source on google',
    'gift this article',
    'save this article'
  ]),
  ...start('share', ['follow us on', 'share on x', 'share on bluesky']),
  ...alone('share', [
    'share',
    'share this',
    'share article',
    'shares',
    'tweet',
    'email',
    'e-mail',
    'print',
    'save',
    'saved',
    'facebook',
    'twitter',
    'whatsapp',
    'linkedin',
    'reddit',
    'copy',
    'gift article'
  ]),

  // Page furniture: credits, rights lines, captions.
  ...anywhere('chrome', ['all rights reserved', 'a type size small']),
  ...start('chrome', ['image source,', 'image caption,', 'media caption,', '©'], 120),
  ...alone('chrome', ['getty images', 'image source', 'image caption', 'media caption'])
]

/**
 * Templates of page furniture that carry a number or a name. Each pattern is
 * matched against one paragraph; `alone` patterns must cover the paragraph.
 */
export interface BoilerplatePattern {
  /** Matched against the paragraph in lower case (straight apostrophes) for `anywhere`, as written for `alone`. */
  readonly pattern: RegExp
  readonly kind: BoilerplateKind
  readonly placement: 'anywhere' | 'alone'
  /** Text an `anywhere` match must contain, in lower case, so most paragraphs skip the pattern. */
  readonly hint?: string
}

export const boilerplatePatterns: ReadonlyArray<BoilerplatePattern> = [
  // `Published 5 hours ago`, `Updated 12 minutes ago`.
  {pattern: /\b(?:published|updated|posted)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b/u, kind: 'chrome', placement: 'anywhere', hint: ' ago'},
  // `The post <headline> appeared first on <site>`: a blog feed's footer.
  {pattern: /\bthe post\b.{1,200}?\bappeared first on\b/u, kind: 'chrome', placement: 'anywhere', hint: 'appeared first on'},
  // `Try 3 months for free`, `Try 1 month free`.
  {pattern: /\btry\s+\d+\s+(?:days?|weeks?|months?)\s+(?:for\s+)?free\b/u, kind: 'newsletter', placement: 'anywhere', hint: 'try '},
  // `You've read 4 free articles this month`: a metered paywall's counter.
  {pattern: /\byou've read \d+ (?:free )?(?:articles?|stories)\b/u, kind: 'newsletter', placement: 'anywhere', hint: "you've read"},
  // `4 min read`, `Reading time: 6 minutes`.
  {pattern: /^(?:\d+\s*(?:min|mins|minutes?)\s+read|reading time:?\s*\d+\s*(?:min|mins|minutes?))$/iu, kind: 'chrome', placement: 'alone'},
  // `News | Politics | World | Business`: a navigation strip.
  {pattern: /^[^|.?!"“”]{1,30}(?:\s\|\s[^|.?!"“”]{1,30}){2,}$/u, kind: 'navigation', placement: 'alone'}
]

/**
 * Cue words of an appeal for money, matched as whole words (lower case,
 * straight apostrophes) outside quotation marks. An appeal talks to the
 * reader (`you`), in the publisher's voice (`we`, `our`), about money or
 * support and about journalism; a news report on donations or paywalls
 * does not (see `readme.md` beside this file).
 */
export const readerWords: ReadonlySet<string> = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd"
])

/** `us` is matched in lower case only, so `US history` is not the publisher's voice. */
export const publisherWords: ReadonlySet<string> = new Set([
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'll",
  "we'd"
])

export const fundingWords: ReadonlySet<string> = new Set([
  'support',
  'supports',
  'supporting',
  'supporter',
  'supporters',
  'donate',
  'donates',
  'donating',
  'donation',
  'donations',
  'contribute',
  'contributing',
  'contribution',
  'contributions',
  'fund',
  'funds',
  'funded',
  'funding',
  'subscribe',
  'subscribing',
  'subscriber',
  'subscribers',
  'subscription',
  'subscriptions',
  'membership',
  'paywall',
  'paywalls',
  'pay',
  'paid',
  'afford',
  'help',
  'helps',
  'gift',
  'generosity',
  'backing',
  'patron',
  'patrons'
])

export const journalismWords: ReadonlySet<string> = new Set([
  'journalism',
  'journalist',
  'journalists',
  'reporting',
  'reporter',
  'reporters',
  'newsroom',
  'newsrooms',
  'coverage',
  'story',
  'stories',
  'news',
  'documentary',
  'documentaries',
  'newspaper',
  'outlet',
  'outlets',
  'investigative',
  'correspondents',
  'editors'
])

/** Words of the news itself: a sentence with one is reporting, not appealing (`reportingVerbs`, and `according`). */
export const reportingWords: ReadonlySet<string> = new Set([...reportingVerbs, 'according'])

/** Words that mark a newsletter or e-mail prompt, with the reader or publisher addressed. */
export const newsletterWords: ReadonlySet<string> = new Set(['newsletter', 'newsletters', 'inbox'])

/**
 * Openings of an imperative appeal (`Donate today`, `Support us`,
 * `Become a member`), matched at the start of a sentence after an optional
 * `please`.
 */
export const appealOpenings: ReadonlyArray<string> = [
  'donate',
  'subscribe',
  'contribute',
  'chip in',
  'give today',
  'give now',
  'support us',
  'support our',
  'support independent',
  'support quality',
  'support local',
  'support trusted',
  'support public-interest',
  'become a member',
  'become a supporter',
  'become a subscriber',
  'become a patron',
  'make a donation',
  'make a contribution',
  'make a gift',
  'help us'
]

/**
 * Abbreviations whose full stop does not end a sentence, for splitting a
 * paragraph into sentences (`Mr. Smith`, `Gen. Milley`).
 */
export const abbreviations: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'prof',
  'rev',
  'jr',
  'sr',
  'no',
  'vs',
  'inc',
  'co',
  'corp',
  'ltd',
  'mt',
  'ft',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'etc'
])
