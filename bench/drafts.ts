/**
 * Drafts of about 1,000 words cut from the Brown press texts, for timing the
 * CLI: a run of whole paragraphs from a random start (wrapping round), some
 * with typos injected so both checkers have suggestions to make.
 */
import fs from 'node:fs'
import path from 'node:path'
import {countWords, paragraphText, type BrownText, type Sentence} from './brown.js'
import {randomInt, type Random} from './random.js'
import {injectTypo} from './typo-sample.js'

export interface DraftOptions {
  readonly count: number
  readonly targetWords: number
  /** Every n-th draft (from the first) gets typos. */
  readonly typoEvery: number
  readonly typosPerDraft: number
}

export interface Draft {
  readonly text: string
  readonly words: number
  readonly typos: number
}

export function makeDrafts(
  texts: ReadonlyArray<BrownText>,
  options: DraftOptions,
  random: Random,
  isWord: (word: string) => boolean
): Draft[] {
  const paragraphs = texts.flatMap((text) => text.paragraphs)
  const drafts: Draft[] = []
  for (let index = 0; index < options.count; index++) {
    const chosen: Sentence[][] = []
    let words = 0
    for (let at = randomInt(random, paragraphs.length); words < options.targetWords; at = (at + 1) % paragraphs.length) {
      const paragraph = paragraphs[at]!
      chosen.push([...paragraph])
      words += countWords(paragraph)
    }
    let typos = 0
    if (index % options.typoEvery === 0) {
      for (let attempt = 0; attempt < options.typosPerDraft * 4 && typos < options.typosPerDraft; attempt++) {
        const paragraph = chosen[randomInt(random, chosen.length)]!
        const sentenceIndex = randomInt(random, paragraph.length)
        const result = injectTypo(paragraph[sentenceIndex]!, random, isWord)
        if (!result) continue
        paragraph[sentenceIndex] = result.sentence
        typos++
      }
    }
    drafts.push({text: chosen.map(paragraphText).join('\n\n') + '\n', words, typos})
  }
  return drafts
}

/** Write drafts as `draft-000.txt`… into `folder`; returns their paths. */
export function writeDrafts(folder: string, drafts: ReadonlyArray<Draft>): string[] {
  fs.mkdirSync(folder, {recursive: true})
  return drafts.map((draft, index) => {
    const file = path.join(folder, `draft-${String(index).padStart(3, '0')}.txt`)
    fs.writeFileSync(file, draft.text)
    return file
  })
}
