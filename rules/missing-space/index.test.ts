import {describe, expect, it} from 'vitest'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'

interface Invalid {
  readonly text: string
  readonly output: string[]
  /** Text after applying each finding's first suggestion; unset asserts no fix. */
  readonly fixed?: string
}

const valid: ReadonlyArray<string> = [
  // Initials and abbreviations with stops.
  'The U.S. and the E.U. met at 9 a.m. today.',
  'Talks with the U.S.The envoy left.',
  'She holds a Ph.D. in law, e.g. contract law, i.e. the usual.',
  'The author J.K.Rowling spoke.',
  // Numbers, versions, dotted names and files.
  'Inflation was 3.5% and the app is v2.1.0 on Node.js.',
  'The file report.pdf and the Report.PDF copy, built on ASP.NET.',
  'He lives at No.10 with Foo.Bar.baz installed.',
  // URLs, e-mail addresses and domains.
  'See example.com, Example.Com, www.example.org/a.B and desk@example.org.',
  'Write to jo.Smith@example.org today.',
  // Ellipses.
  'She waited...Then she left. He paused…Then he spoke.',
  // Lower-case after the stop: a domain or a file, not a sentence.
  'The vote.the count',
  // Spaces where they belong.
  'He said so. The vote is on Monday! Is it? Yes.',
  // A single capital after a number is a label.
  'Section 5.A of the act applies.',
  // Commas, colons and semicolons in numbers, times, ratios and references.
  'The crowd was 1,000 strong and 12,500,000 watched.',
  'The polls close at 10:30 and reopen at 7:05am.',
  'The score was 3:1, as in Matthew 5:9.',
  // In URLs, e-mail addresses and paths.
  'See https://example.com/a,b:c and mailto:desk@example.org,or write to desk@example.org,today.',
  // Single letters, chains of glued words and fields in capitals: data, not prose.
  'Q:What now? A:Nothing. Plot x,y and list red,green,blue or key:value:more.',
  'The table has CODE,DTF columns.',
  // A mark after a space, another mark or nothing.
  ',which is odd. Costs rose ,then fell, and Acme Inc.,which left.',
  // Spaces where they belong.
  'The budget, which passed, reads: closed; the end.'
]

const invalid: ReadonlyArray<Invalid> = [
  {
    text: 'The council cut the budget,which angered parents.',
    output: ['1:27-1:28: Unexpected missing space in `budget,which`, expected `budget, which`'],
    fixed: 'The council cut the budget, which angered parents.'
  },
  {
    text: 'The sign reads:Closed until May. Costs rose;the mayor blamed fuel.',
    output: [
      '1:15-1:16: Unexpected missing space in `reads:Closed`, expected `reads: Closed`',
      '1:44-1:45: Unexpected missing space in `rose;the`, expected `rose; the`'
    ],
    fixed: 'The sign reads: Closed until May. Costs rose; the mayor blamed fuel.'
  },
  {
    text: '“Yes,”she said. In 2020,the plant opened.',
    output: [
      '1:5-1:7: Unexpected missing space in `“Yes,”she`, expected `“Yes,” she`',
      '1:24-1:25: Unexpected missing space in `2020,the`, expected `2020, the`'
    ],
    fixed: '“Yes,” she said. In 2020, the plant opened.'
  },
  {
    text: 'It cost more,a lot more,I think.',
    output: [
      '1:13-1:14: Unexpected missing space in `more,a`, expected `more, a`',
      '1:24-1:25: Unexpected missing space in `more,I`, expected `more, I`'
    ],
    fixed: 'It cost more, a lot more, I think.'
  },
  {
    text: 'All the difference.Russian troops',
    output: ['1:19-1:20: Unexpected missing space in `difference.Russian`, expected `difference. Russian`'],
    fixed: 'All the difference. Russian troops'
  },
  {
    text: 'Is it over?Yes, it is.',
    output: ['1:11-1:12: Unexpected missing space in `over?Yes,`, expected `over? Yes,`'],
    fixed: 'Is it over? Yes, it is.'
  },
  {
    text: 'What a win!Great news.',
    output: ['1:11-1:12: Unexpected missing space in `win!Great`, expected `win! Great`'],
    fixed: 'What a win! Great news.'
  },
  {
    text: 'Really?!Yes.',
    output: ['1:7-1:9: Unexpected missing space in `Really?!Yes.`, expected `Really?! Yes.`'],
    fixed: 'Really?! Yes.'
  },
  {
    text: 'The law passed in 2020.The next one failed.',
    output: ['1:23-1:24: Unexpected missing space in `2020.The`, expected `2020. The`'],
    fixed: 'The law passed in 2020. The next one failed.'
  },
  {
    text: 'The boxes arrived by 11.30pm.Two were late.',
    output: ['1:29-1:30: Unexpected missing space in `11.30pm.Two`, expected `11.30pm. Two`'],
    fixed: 'The boxes arrived by 11.30pm. Two were late.'
  },
  {
    text: 'Prices rose 4%.The bank held.',
    output: ['1:15-1:16: Unexpected missing space in `4%.The`, expected `4%. The`'],
    fixed: 'Prices rose 4%. The bank held.'
  },
  {
    text: 'It was close (very close).The count resumed.',
    output: ['1:26-1:27: Unexpected missing space in `close).The`, expected `close). The`'],
    fixed: 'It was close (very close). The count resumed.'
  },
  {
    text: 'He said.I think not.',
    output: ['1:8-1:9: Unexpected missing space in `said.I`, expected `said. I`'],
    fixed: 'He said. I think not.'
  },
  {
    text: '“We will rebuild.”The mayor agreed.',
    output: ['1:17-1:19: Unexpected missing space in `rebuild.”The`, expected `rebuild.” The`'],
    fixed: '“We will rebuild.” The mayor agreed.'
  },
  {
    text: 'The polls closed.“We won,” she said.',
    output: ['1:17-1:18: Unexpected missing space in `closed.“We`, expected `closed. “We`'],
    fixed: 'The polls closed. “We won,” she said.'
  },
  {
    text: 'She said "we won."Then she left.',
    output: ['1:17-1:19: Unexpected missing space in `won."Then`, expected `won." Then`'],
    fixed: 'She said "we won." Then she left.'
  },
  {
    text: 'The polls closed."We won," she said.',
    output: ['1:17-1:18: Unexpected missing space in `closed."We`, expected `closed. "We`'],
    fixed: 'The polls closed. "We won," she said.'
  },
  {
    text: 'They flew to St.Petersburg to meet Mr.Smith.',
    output: [
      '1:16-1:17: Unexpected missing space in `St.Petersburg`, expected `St. Petersburg`',
      '1:38-1:39: Unexpected missing space in `Mr.Smith.`, expected `Mr. Smith.`'
    ],
    fixed: 'They flew to St. Petersburg to meet Mr. Smith.'
  }
]

describe('missing-space', () => {
  it('pins one full message', async () => {
    const file = await checkText('It made all the difference.Russian troops left.', only('missing-space'))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: 'missing-space',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/missing-space/readme.md',
      actual: '.',
      expected: ['. '],
      fatal: false,
      place: {start: {line: 1, column: 27, offset: 26}, end: {line: 1, column: 28, offset: 27}}
    })
    expect(message.note).toMatch(/Insert the space/)
  })

  for (const text of valid) {
    it(`leaves alone: ${text}`, async () => {
      expect(await lint(text, 'missing-space')).toEqual([])
    })
  }

  for (const {text, output, fixed} of invalid) {
    it(`flags and fixes: ${text}`, async () => {
      expect(await lint(text, 'missing-space')).toEqual(output)
      expect(await fix(text, 'missing-space')).toBe(fixed ?? text)
    })
  }

  it('finds the seam in a pasted draft with one paragraph per line', async () => {
    expect(await lint('Headline here\nYour support matters.Russian troops left.\nThe end.', 'missing-space')).toEqual([
      '2:21-2:22: Unexpected missing space in `matters.Russian`, expected `matters. Russian`'
    ])
  })

  it('finds a glued colon after a glued full stop in the same pass, so a second pass has nothing left', async () => {
    expect(await lint('It made a difference.Russian:The talks ended.\n', 'missing-space')).toEqual([
      '1:21-1:22: Unexpected missing space in `difference.Russian:The`, expected `difference. Russian:The`',
      '1:29-1:30: Unexpected missing space in `difference.Russian:The`, expected `difference.Russian: The`'
    ])
    expect(await lint('See example.com:Then it ended.\n', 'missing-space')).toEqual([])
  })

  it('finds a glued question mark after a glued full stop in the same pass', async () => {
    expect(await lint('It made a difference.Russian?A later one.\n', 'missing-space')).toEqual([
      '1:21-1:22: Unexpected missing space in `difference.Russian?A`, expected `difference. Russian?A`',
      '1:29-1:30: Unexpected missing space in `difference.Russian?A`, expected `difference.Russian? A`'
    ])
    // A dotted name is still no sentence end: `Node.js?Yes` stays a name.
    expect(await lint('See example.Com?A later one.\n', 'missing-space')).toEqual([])
  })

  it('skips code in Markdown but checks prose around it', async () => {
    expect(await lint('Use `React.Component` here.\n\n```\nsaid.The\n```\n\nHe said.The end.\n', 'missing-space', undefined, {}, 'a.md')).toEqual([
      '7:8-7:9: Unexpected missing space in `said.The`, expected `said. The`'
    ])
  })

  it('treats a chain of dotted capitalised words as a name', async () => {
    expect(await lint('One.Two.Three and four.Five', 'missing-space')).toEqual([
      '1:23-1:24: Unexpected missing space in `four.Five`, expected `four. Five`'
    ])
  })
})
