/** Shared types of the copydesk engine. */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {DraftSummary} from '../analysis/draft-summary.js'
import type {Resources} from '../analysis/resources.js'

/** How loudly a rule speaks: `off` silences it, `error` fails the run. */
export type Level = 'off' | 'info' | 'warn' | 'error'

/** A rule's setting in config: a level, or a level with options. */
export type RuleSetting = Level | readonly [Level] | readonly [Level, unknown]

/**
 * Editorial category of a rule (after Harper's `LintKind`). A closed list: add
 * a member only with a doc comment and an example.
 */
export type Category =
  | 'spelling'
  | 'typo'
  | 'grammar'
  | 'usage'
  | 'word-choice'
  | 'repetition'
  | 'redundancy'
  | 'concision'
  | 'punctuation'
  | 'capitalization'
  | 'consistency'
  | 'inclusivity'
  | 'readability'
  | 'style'

/**
 * Whether `--fix` may apply a rule's first `expected` value (`safe`), whether
 * it is only offered to a person (`suggestion`), or there is none (`none`).
 */
export type FixKind = 'safe' | 'suggestion' | 'none'

/**
 * Shape of one option, checked before the first file is read: a type, or
 * the list of the values allowed (`['double', 'single']`).
 */
export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | ReadonlyArray<string>

export interface RuleMeta {
  /** Kebab-case id; equals the file name and the docs page name. */
  readonly id: string
  readonly category: Category
  readonly fix: FixKind
  /** One line; the docs page repeats it under its title. */
  readonly summary: string
  /** Options the rule takes, by name, with their type. */
  readonly options?: Readonly<Record<string, OptionType>>
}

/** What a rule reports: the span, and the message parts of the house style. */
export interface Finding {
  /** One line: "Unexpected X, expected Y". */
  readonly reason: string
  /** Why, in one or two sentences. */
  readonly note: string
  /** The text of the span exactly. */
  readonly actual: string
  /** Replacements for the span, best first; `''` deletes. */
  readonly expected?: ReadonlyArray<string>
  /** A related place and what it says, for consistency findings. */
  readonly cause?: string
  /**
   * The first `expected` is safe to apply with no person looking (`--fix`),
   * even in a rule whose fixes are otherwise suggestions (`fix: 'suggestion'`).
   */
  readonly safe?: boolean
}

/** An exact span in the file: start and end offsets. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Everything a rule sees besides the tree. */
export interface RuleContext {
  readonly file: VFile
  readonly resources: Resources
  /** Words the config accepts as correctly spelled (exact forms). */
  readonly acceptedWords: ReadonlySet<string>
  /** Names the config adds: known, and salient for near-miss checks. */
  readonly extraNames: ReadonlySet<string>
  /**
   * How often each name was published in the newsroom's archive (`namesFile`,
   * written by `copydesk names`): a near miss of a name seen often is a slip.
   */
  readonly nameCounts: ReadonlyMap<string, number>
  /** Ids of the rules on in this run, so a rule can defer to a sibling. */
  readonly enabled: ReadonlySet<string>
  /** Whether the dialect was chosen from the draft's own spellings (`dialect: "auto"`). */
  readonly dialectDetected: boolean
  /**
   * A detected dialect won on a close call (few one-dialect spellings, or
   * nearly as many of the other): the other dialect's forms are accepted,
   * not flagged. Decided on the whole draft, chunked or not.
   */
  readonly bothDialects?: boolean | undefined
  /**
   * The distinct one-dialect spellings `auto` read the dialect from, the
   * detected dialect's (`own`) and the other's (`other`), in lower case,
   * of the whole draft, chunked or not; undefined for a set dialect.
   */
  readonly dialectMarkers?: {readonly own: ReadonlySet<string>; readonly other: ReadonlySet<string>} | undefined
  /** Per-file cache shared by the rules of one run (for analyses two rules need). */
  readonly shared: Map<string, unknown>
  /**
   * What is known of the whole draft when the tree is one chunk of it
   * (see chunks.ts); undefined when the tree is the whole draft.
   */
  readonly draft?: DraftSummary | undefined
}

export type Report = (span: Span, finding: Finding) => void

/**
 * The rules a processor may run and the presets that choose among them. The
 * core knows no rule: whoever builds a processor hands it one (copydesk's
 * own is `registry` in `rules/index.ts`).
 */
export interface Registry {
  /** Every rule, sorted by id. */
  readonly rules: ReadonlyArray<Rule<any>>
  /** Preset name → rule id → level; a rule a preset leaves out is off. The first preset is the default. */
  readonly presets: Readonly<Record<string, Readonly<Record<string, Level>>>>
}

export interface Rule<Options = Record<string, unknown>> {
  readonly meta: RuleMeta
  readonly check: (
    tree: Root,
    context: RuleContext,
    options: Readonly<Partial<Options>>,
    report: Report
  ) => void
  /**
   * Load what `check` needs for this tree before it runs (a tagger, say),
   * when loading it costs enough that only trees that need it should pay.
   * Awaited before `check`; leave it out when a rule needs nothing loaded.
   */
  readonly prepare?: (tree: Root, context: RuleContext, options: Readonly<Partial<Options>>) => Promise<void> | undefined
}
