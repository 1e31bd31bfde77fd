/**
 * Generated hostile drafts: the classes of input that once made copydesk
 * slow, hungry or crash (one enormous token, URL-like runs, deep Markdown
 * nesting, paragraphs with no full stop, thousands of short lines, many
 * distinct names, quote storms, control characters, odd line endings),
 * mixed with ordinary news sentences. Seeded, so a run is repeatable; used
 * by the fuzz benchmark and by the property tests.
 */
import {pickOne, randomInt, type Random} from './random.js'

export interface HostileInput {
  /** The hostile class, for the report. */
  readonly kind: HostileKind
  /** `draft.md` or `draft.txt`: which parser reads it. */
  readonly path: string
  readonly text: string
}

export const hostileKinds = [
  'long-token',
  'literal-run',
  'nested-quote',
  'nested-list',
  'unpunctuated-paragraphs',
  'short-lines',
  'distinct-names',
  'quote-storm',
  'link-storm',
  'emphasis-storm',
  'control-characters',
  'line-endings',
  'unicode',
  'long-sentence',
  'mixed'
] as const

export type HostileKind = (typeof hostileKinds)[number]

const newsSentences = [
  'The minister said the goverment would publish the figures on Monday.',
  '“We are not there yet,” said Maria Lopez, the council’s finance chief.',
  'Their was no sign of the the delegation at the capitol.',
  'Officials said the plan would effect thousands of families.',
  'He added: “It is a difference.Russian officials disagree.”',
  'Vladmir Putin met Dmitry Peskov and Abdulkarim Hassan in Moscow.',
  'Share this article. Sign up for our newsletter.',
  '"It\'s over," she said. \'We tried,\' he said.',
  'The 1,000-metre race starts at 10:30 a.m. at www.example.com/race?id=4.',
  'Write to desk@example.org or follow @newsdesk and #budget for updates.'
]

const names = ['Lopez', 'Okafor', 'Nguyen', 'Kowalski', 'Haddad', 'Fitzgerald', 'Abdulkarim', 'Peskov', 'Ivanova', 'Moreau']
const quoteMarks = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '`']
const controls = ['\u0001', '\u0007', '\u001B[31m', '\u001B]0;title\u0007', '\u007F', '\u0085', '\u009B', '\u200B', '\u2028', '\u2029', '\uFEFF']
const unicode = ['😀', '👩🏽‍⚕️', 'e\u0301', 'ﬁ', 'İ', 'ß', '\uD800', '\uDC00', 'Ω', '中文', 'עברית', 'x\u0327']

function repeat(random: Random, unit: () => string, length: number): string {
  let text = ''
  while (text.length < length) text += unit()
  return text
}

function sentence(random: Random): string {
  return pickOne(random, newsSentences)
}

function lettersOf(random: Random, count: number): string {
  let word = ''
  for (let index = 0; index < count; index++) word += String.fromCharCode(97 + randomInt(random, 26))
  return word
}

/** One hostile draft of roughly `size` characters. */
export function hostileInput(random: Random, kind: HostileKind, size: number): HostileInput {
  const markdown = random() < 0.5
  const path = markdown ? 'draft.md' : 'draft.txt'
  const news = () => sentence(random) + ' '
  let text: string
  switch (kind) {
    case 'long-token': {
      text = news() + lettersOf(random, Math.max(65, size)) + ' ' + news()
      break
    }
    case 'literal-run': {
      const unit = pickOne(random, ['a-', 'a.', '-', 'a+', 'ab.', '_a'])
      text = pickOne(random, ['Follow @desk. ', 'Mail x@y.com. ', 'See https://x.org/ ', 'Tag #news. ', 'www.']) + repeat(random, () => unit, size)
      break
    }
    case 'nested-quote': {
      // A quote nested deep and continued over more lines, each reopening every level.
      const lines = 1 + randomInt(random, 3)
      const markers = '>'.repeat(Math.max(1, Math.floor(size / lines)))
      text = Array.from({length: lines}, () => pickOne(random, ['', ' ', '  ']) + markers + ' ' + sentence(random) + '\n').join('')
      break
    }
    case 'nested-list': {
      const marker = pickOne(random, ['- ', '* ', '1. ', '> - '])
      text = marker.repeat(Math.max(1, Math.floor(size / marker.length))) + sentence(random) + '\n'
      break
    }
    case 'unpunctuated-paragraphs': {
      text = repeat(random, () => pickOne(random, ['a', 'Headline here', names[randomInt(random, names.length)]!]) + '\n\n', size)
      break
    }
    case 'short-lines': {
      text = repeat(random, () => pickOne(random, ['a', 'b c', 'Lopez', '-', '“']) + '\n', size)
      break
    }
    case 'distinct-names': {
      text = repeat(random, () => 'Mr ' + lettersOf(random, 1).toUpperCase() + lettersOf(random, 3 + randomInt(random, 6)) + ' said so. ', size)
      break
    }
    case 'quote-storm': {
      text = repeat(random, () => (random() < 0.7 ? pickOne(random, quoteMarks) : pickOne(random, ['a', ' ', 'said', '\n', '\n\n', ','])), size)
      break
    }
    case 'link-storm': {
      text = repeat(random, () => pickOne(random, ['[a](', '[', '](', '![x](y)', '<a>', '](http://', '[^1]', '<!-- ']), size)
      break
    }
    case 'emphasis-storm': {
      text = repeat(random, () => pickOne(random, ['*a', '_a', '**', '__', '`', '~~', '*', '\\']), size)
      break
    }
    case 'control-characters': {
      text = repeat(random, () => (random() < 0.3 ? pickOne(random, controls) : news()), size)
      break
    }
    case 'line-endings': {
      const ending = pickOne(random, ['\r', '\r\n', '\n\r', '\r\r\n'])
      text = (random() < 0.3 ? '\uFEFF' : '') + repeat(random, () => news() + (random() < 0.5 ? ending : ending + ending), size)
      break
    }
    case 'unicode': {
      text = repeat(random, () => (random() < 0.4 ? pickOne(random, unicode) : news()), size)
      break
    }
    case 'long-sentence': {
      text = repeat(random, () => pickOne(random, ['and ', 'the ', 'said ', 'Lopez ', '“no” ', ', ', '1,000 ']), size) + '.'
      break
    }
    case 'mixed': {
      const parts = [] as string[]
      while (parts.join('').length < size) {
        const inner = pickOne(random, hostileKinds.filter((other) => other !== 'mixed'))
        parts.push(hostileInput(random, inner, Math.max(8, Math.floor(size / 4))).text, random() < 0.5 ? '\n\n' : ' ')
      }
      text = parts.join('')
      break
    }
  }
  return {kind, path, text}
}
