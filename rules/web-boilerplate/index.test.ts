import {describe, expect, it} from 'vitest'
import {growth} from '../../test/growth.js'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'
import {ruleOnly} from '../../test/rule-growth.js'

interface Invalid {
  readonly text: string
  readonly output: string[]
  /** Text after applying each finding's first suggestion; unset asserts no fix. */
  readonly fixed?: string
}

/** News paragraphs that talk about money, journalism, comments or cookies. */
const valid: ReadonlyArray<string> = [
  'The charity said donations had fallen by a third since 2022.',
  "Subscribers to the newspaper's paywall rose 4% in the quarter, the company said.",
  '“Please support us,” said Maria Lopez, the charity’s director.',
  '“We need your help to keep our reporters safe,” the editor, Tom Reyes, told staff.',
  "‘Your donation keeps our newsroom open,’ the appeal's organiser, Ruth Ames, wrote.",
  'Support for the bill fell five points in a month.',
  'A foundation set up to support independent journalism in Hungary has closed.',
  "As we reported last week, the council's budget is short by £4m.",
  'Our analysis of state funding records found that rural schools lost most.',
  'Your subscription price will rise in March, the streaming company told customers.',
  'The council invited public comments on the plan until Friday.',
  'Residents can sign up for the scheme until Friday.',
  'Donated blood supplies fell in August.',
  'The museum will be free and open to all from Monday.',
  "Editor's note: We updated this story to correct the date of the vote.",
  'The regulator found that the website uses cookies to track visitors without consent.',
  'The company’s cookie policy breached the law, the court ruled on Tuesday after a two-year case.',
  'Advertising revenue fell 12% in the third quarter.',
  'Comment',
  'Analysis',
  'Sign up numbers fell.'
]

const invalid: ReadonlyArray<Invalid> = [
  {
    text: 'Comments',
    output: ['1:1-1:9: Unexpected web-page comments section `Comments`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Comments (128)',
    output: ['1:1-1:15: Unexpected web-page comments section `Comments (128)`, expected story text only'],
    fixed: ''
  },
  {
    text: 'ADVERTISEMENT',
    output: ['1:1-1:14: Unexpected web-page advertising label `ADVERTISEMENT`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Join our commenting forum',
    output: ['1:1-1:26: Unexpected web-page comments section `Join our commenting forum`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Read more: Flood defences fail in three counties',
    output: ['1:1-1:49: Unexpected web-page related-link line `Read more: Flood defences fail in…`, expected story text only'],
    fixed: ''
  },
  {
    text: 'This website uses cookies to give you the best experience. Got it!',
    output: ['1:1-1:67: Unexpected web-page cookie notice `This website uses cookies to give…`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Sign up to our free morning email and get the headlines delivered to your inbox.',
    output: ['1:1-1:81: Unexpected web-page sign-up prompt `Sign up to our free morning email…`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Published 5 hours ago',
    output: ['1:1-1:22: Unexpected web-page page furniture `Published 5 hours ago`, expected story text only'],
    fixed: ''
  },
  {
    text: 'News | Politics | World | Business',
    output: ['1:1-1:35: Unexpected web-page navigation text `News | Politics | World | Business`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Donate today and help us keep reporting from the front line.',
    output: ['1:1-1:61: Unexpected web-page donation appeal `Donate today and help us keep…`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Our coverage is paid for by readers like you, not by shareholders. Will you chip in to keep it free for everyone?',
    output: ['1:1-1:114: Unexpected web-page donation appeal `Our coverage is paid for by readers…`, expected story text only'],
    fixed: ''
  },
  {
    text: 'Share\nTweet\nEmail\n\nThe vote was tied.\n',
    output: ['1:1-3:6: Unexpected web-page share button `Share Tweet Email`, expected story text only'],
    fixed: '\n\nThe vote was tied.\n'
  },
  {
    text:
      'The bridge reopened on Monday after repairs that took six weeks and cost the county more than it had set aside for the whole year. Share this article. Officials said traffic was back to normal by the evening rush hour.',
    output: ['1:132-1:150: Unexpected web-page share button `Share this article`, expected story text only']
  }
]

describe('web-boilerplate', () => {
  it('pins one full message', async () => {
    const file = await checkText('The vote was tied.\nComments\n', only('web-boilerplate'))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: 'web-boilerplate',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/web-boilerplate/readme.md',
      actual: 'Comments',
      expected: [''],
      fatal: false,
      place: {start: {line: 2, column: 1, offset: 19}, end: {line: 2, column: 9, offset: 27}}
    })
    expect(message.note).toMatch(/Delete the paragraph/)
  })

  for (const text of valid) {
    it(`leaves a news paragraph alone: ${text}`, async () => {
      expect(await lint(text, 'web-boilerplate')).toEqual([])
    })
  }

  for (const {text, output, fixed} of invalid) {
    it(`flags: ${JSON.stringify(text)}`, async () => {
      expect(await lint(text, 'web-boilerplate')).toEqual(output)
      expect(await fix(text, 'web-boilerplate')).toBe(fixed ?? text)
    })
  }

  it('reports an appeal block one paragraph at a time, and only the appeal where it is glued to the story', async () => {
    const draft = [
      'Flood waters reach the old town',
      'The river rose two metres overnight.',
      'Your gift keeps our reporters in the field',
      'When a story breaks, we send journalists to see it for themselves. It is what we have always done.',
      'We will never put our reporting behind a paywall, because we think news belongs to everyone.',
      'Your gift counts.Police closed the bridge at dawn and residents were moved to a school hall.',
      'The mayor visited the hall at noon.'
    ].join('\n')
    expect(await lint(draft, 'web-boilerplate')).toEqual([
      '3:1-3:43: Unexpected web-page donation appeal `Your gift keeps our reporters in…`, expected story text only',
      '4:1-4:99: Unexpected web-page donation appeal `When a story breaks, we send…`, expected story text only',
      '5:1-5:93: Unexpected web-page donation appeal `We will never put our reporting…`, expected story text only',
      '6:1-6:18: Unexpected web-page donation appeal `Your gift counts.`, expected story text only'
    ])
    const file = await checkText(draft, only('web-boilerplate'))
    expect(file.messages.map((message) => message.expected)).toEqual([[''], [''], [''], []])
  })

  it('does not join a paragraph in the publisher’s voice to other boilerplate', async () => {
    expect(await lint('Advertisement\nOur reporters visited six villages this week.', 'web-boilerplate')).toEqual([
      '1:1-1:14: Unexpected web-page advertising label `Advertisement`, expected story text only'
    ])
  })

  it('needs a strong appeal in the block: weak cues alone stay quiet', async () => {
    expect(await lint('We sent our reporters to the border.\nOur coverage continues tomorrow.', 'web-boilerplate')).toEqual([])
  })

  it('leaves an interview’s turns alone, whoever they address', async () => {
    const draft = [
      'Q: How do you pay for your reporting now?',
      'A: We ask you to support us if you can, and we never lock a story. Your donations pay our reporters.',
      'Holt: Every gift helps us keep the newsroom open.'
    ].join('\n')
    expect(await lint(draft, 'web-boilerplate')).toEqual([])
  })

  it('never reads British single quotation marks as the page speaking', async () => {
    expect(await lint('‘Your donation keeps our reporters in the field. We need your help,’ the editor, Ruth Ames, wrote.', 'web-boilerplate')).toEqual([])
  })

  it('catches appeals that open with an imperative or count free articles', async () => {
    expect(await lint('Help us keep our journalism free for everyone.\nYou’ve read 4 free articles this month.', 'web-boilerplate')).toEqual([
      '1:1-1:47: Unexpected web-page donation appeal `Help us keep our journalism free…`, expected story text only',
      '2:1-2:40: Unexpected web-page sign-up prompt `You’ve read 4 free articles this month.`, expected story text only'
    ])
  })

  it('flags headings and list items in Markdown', async () => {
    expect(await lint('# Flood\n\nThe river rose.\n\n## Comments\n\n- Share\n- Tweet\n', 'web-boilerplate', undefined, {}, 'a.md')).toEqual([
      '5:4-5:12: Unexpected web-page comments section `Comments`, expected story text only',
      '7:3-7:8: Unexpected web-page share button `Share`, expected story text only',
      '8:3-8:8: Unexpected web-page share button `Tweet`, expected story text only'
    ])
  })

  it('takes more phrases from `extra` and skips phrases listed in `allow`', async () => {
    expect(await lint('Download our app\nMore: the vote was tied.', 'web-boilerplate', {extra: ['Download our app'], allow: ['more:']})).toEqual([
      '1:1-1:17: Unexpected web-page boilerplate `Download our app`, expected story text only'
    ])
  })

  it('finds an `extra` phrase inside a long paragraph without offering a deletion', async () => {
    const text =
      'The bridge reopened on Monday after repairs that took six weeks, officials said. Download our app for updates. Traffic was back to normal by the evening rush.'
    const file = await checkText(text, only('web-boilerplate', {extra: ['download our app']}))
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([['Download our app', []]])
  })
})

describe('web-boilerplate on a long paste', () => {
  it('grows linearly with the pieces run together in one paragraph', async () => {
    const run = await ruleOnly('web-boilerplate')
    expect(growth((size) => 'Share this article.Donate now.'.repeat(size / 30) + '\n', run, 30_000, 16)).toBeLessThan(48)
  })
})
