import {describe, expect, it} from 'vitest'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'

interface Invalid {
  readonly text: string
  readonly output: string[]
  /** Text after applying each finding's first suggestion; unset asserts no fix. */
  readonly fixed?: string
}

const valid: ReadonlyArray<string> = [
  // Grammar that needs both words.
  'She had had enough of the talks.',
  'He said that that plan had failed.',
  'They told her her flight was cancelled.',
  'I told you you would win.',
  // Pseudo-clefts.
  'What it is is a tax on the poor.',
  'All it was was a misunderstanding.',
  'What they do do is listen.',
  'What the new plan is is a tax.',
  // A particle meets its preposition after a verb.
  'The tax will be phased in in stages.',
  'She logged on on Monday and moves in in May.',
  'The council will phase the new hardship grants in in stages.',
  'The mayor was sworn in in January.',
  // Emphasis and reduplication.
  'It was very very cold, many many years ago.',
  'The results were so so, a real no no for the board.',
  'Bye bye, said the child; ha ha, said the clown; knock knock.',
  // Names.
  'The team flew from Walla Walla to Bora Bora.',
  'Lee Lee and Duran Duran played.',
  // Not side by side, or across a sentence, comma, hyphen or paragraph.
  'They met in Paris. Paris was calm.',
  'The, the and a are articles.',
  'A long- long-term plan.',
  'He wrote the\n\nthe end.',
  // Numbers.
  'Turnout was 1,000 1,000 short of the target.',
  // Markup between the words in Markdown is left alone.
  'the *the* vote'
]

const invalid: ReadonlyArray<Invalid> = [
  {
    text: 'The the minister spoke.',
    output: ['1:4-1:8: Unexpected repeated word `The the`, expected `The`'],
    fixed: 'The minister spoke.'
  },
  {
    text: 'He was was arrested on Friday.',
    output: ['1:7-1:11: Unexpected repeated word `was was`, expected `was`'],
    fixed: 'He was arrested on Friday.'
  },
  {
    text: 'It is a a test.',
    output: ['1:8-1:10: Unexpected repeated word `a a`, expected `a`'],
    fixed: 'It is a test.'
  },
  {
    text: 'The problem is is money.',
    output: ['1:15-1:18: Unexpected repeated word `is is`, expected `is`'],
    fixed: 'The problem is money.'
  },
  {
    text: 'Most of what we do is is boring.',
    output: ['1:22-1:25: Unexpected repeated word `is is`, expected `is`'],
    fixed: 'Most of what we do is boring.'
  },
  {
    text: 'Her interest in in the case grew.',
    output: ['1:16-1:19: Unexpected repeated word `in in`, expected `in`'],
    fixed: 'Her interest in the case grew.'
  },
  {
    text: 'It’s it\'s late.',
    output: ['1:5-1:10: Unexpected repeated word `It’s it\'s`, expected `It’s`'],
    fixed: 'It’s late.'
  },
  {
    text: 'A well-known well-known face.',
    output: ['1:13-1:24: Unexpected repeated word `well-known well-known`, expected `well-known`'],
    fixed: 'A well-known face.'
  },
  {
    text: 'The The minister spoke.',
    output: ['1:4-1:8: Unexpected repeated word `The The`, expected `The`'],
    fixed: 'The minister spoke.'
  },
  {
    text: 'The meeting was on on Monday.',
    output: ['1:19-1:22: Unexpected repeated word `on on`, expected `on`'],
    fixed: 'The meeting was on Monday.'
  },
  {
    text: 'It was the  the best result.',
    output: ['1:11-1:16: Unexpected repeated word `the the`, expected `the`'],
    fixed: 'It was the best result.'
  }
]

describe('repeated-word', () => {
  it('pins one full message', async () => {
    const file = await checkText('We saw the the vote.', only('repeated-word'))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: 'repeated-word',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/repeated-word/readme.md',
      actual: ' the',
      expected: [''],
      fatal: false,
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 15, offset: 14}}
    })
    expect(message.note).toMatch(/Delete the repeat/)
  })

  for (const text of valid) {
    it(`leaves alone: ${JSON.stringify(text)}`, async () => {
      expect(await lint(text, 'repeated-word', undefined, {}, text.includes('*') ? 'a.md' : 'draft.txt')).toEqual([])
    })
  }

  for (const {text, output, fixed} of invalid) {
    it(`flags and fixes: ${text}`, async () => {
      expect(await lint(text, 'repeated-word')).toEqual(output)
      expect(await fix(text, 'repeated-word')).toBe(fixed ?? text)
    })
  }

  it('finds a repeat across a wrapped line and deletes the line break with it', async () => {
    const text = 'The council will vote on the\nthe budget.\n\nThe mayor will attend.\n'
    expect(await lint(text, 'repeated-word')).toEqual(['1:29-2:4: Unexpected repeated word `the the`, expected `the`'])
    expect(await fix(text, 'repeated-word')).toBe('The council will vote on the budget.\n\nThe mayor will attend.\n')
  })

  it('does not join two lines of a draft with one paragraph per line', async () => {
    expect(await lint('The council will vote on the\nthe budget is due.\nThe end.', 'repeated-word')).toEqual([])
  })

  it('accepts words from the `allow` option in any case', async () => {
    expect(await lint('The vote was was close.', 'repeated-word', {allow: ['WAS']})).toEqual([])
  })

  it('keeps one line in the reason when the repeat spans a line break', async () => {
    const [finding] = await lint('It was the\nthe end.\n\nMore.\n', 'repeated-word')
    expect(finding).toBe('1:11-2:4: Unexpected repeated word `the the`, expected `the`')
  })
})
