import {describe, expect, it} from 'vitest'
import {paragraphSpans, paragraphText, taggedParagraph} from '../bench/brown.js'
import {lastSentenceAsRead, leadsIntoQuotation, removeSpeakers} from '../bench/speaker-removal.js'

/** Each variant as text, with its form. */
function variants(source: string): string[] {
  return removeSpeakers(taggedParagraph(source)).map((removal) => `${removal.form}: ${paragraphText(removal.paragraph)} [${removal.quotation}]`)
}

describe('speaker removal (quotations benchmark)', () => {
  it('turns the comma before a name and its verb into a full stop', () => {
    expect(variants("``/`` The/at ferry/nn runs/vbz twice/rb a/at day/nn ,/, ''/'' Okonkwo/np said/vbd ./.")).toEqual([
      'after: “The ferry runs twice a day.” [0]'
    ])
  })

  it('mends a comma the corpus sets outside the closing mark', () => {
    expect(variants("``/`` The/at ferry/nn runs/vbz twice/rb a/at day/nn ''/'' ,/, Okonkwo/np said/vbd ./.")).toEqual([
      'after: “The ferry runs twice a day.” [0]'
    ])
  })

  it('removes an inverted attribution with a noun phrase', () => {
    expect(variants("``/`` Nobody/pn came/vbd ,/, ''/'' said/vbd the/at old/jj keeper/nn ./.")).toEqual(['inverted: “Nobody came.” [0]'])
  })

  it('keeps a question mark and drops the pronoun and its adverb', () => {
    expect(variants("``/`` Which/wdt road/nn ''/'' ?/. she/pps asked/vbd softly/rb ./.")).toEqual(['pronoun: “Which road?” [0]'])
  })

  it('joins a quotation interrupted by its attribution into one', () => {
    expect(variants("``/`` Tides/nns wait/vb ,/, ''/'' he/pps said/vbd ,/, ``/`` for/in no/at ferry/nn ./. ''/''")).toEqual([
      'pronoun: “Tides wait, for no ferry.” [0]'
    ])
  })

  it('keeps the attribution it takes out', () => {
    const words = (source: string) => removeSpeakers(taggedParagraph(source)).map((removal) => removal.attribution.map(({word}) => word).join(' '))
    expect(words("``/`` The/at ferry/nn runs/vbz twice/rb a/at day/nn ,/, ''/'' Okonkwo/np said/vbd ./.")).toEqual(['Okonkwo said'])
    expect(words("``/`` Nobody/pn came/vbd ,/, ''/'' said/vbd the/at old/jj keeper/nn ./.")).toEqual(['said the old keeper'])
    expect(words('Okonkwo/np said/vbd :/: ``/`` The/at ferry/nn is/bez late/jj ./. \'\'/\'\'')).toEqual(['Okonkwo said :'])
  })

  it('removes a lead-in with a colon and capitalizes after a lead-in with a comma', () => {
    expect(variants('Okonkwo/np said/vbd :/: ``/`` The/at ferry/nn is/bez late/jj ./. \'\'/\'\'')).toEqual(['lead-in: “The ferry is late.” [0]'])
    expect(variants("She/pps said/vbd ,/, ``/`` the/at ferry/nn is/bez late/jj ./. ''/''")).toEqual(['lead-in: “The ferry is late.” [0]'])
  })

  it('removes `according to` and its noun phrase', () => {
    expect(variants("``/`` Fares/nns will/md rise/vb ,/, ''/'' according/in to/in the/at harbor/nn master/nn ./.")).toEqual([
      'according to: “Fares will rise.” [0]'
    ])
  })

  it('keeps the rest of the paragraph and says which quotation lost its speaker', () => {
    expect(
      variants(
        [
          'The/at ferry/nn left/vbd at/in dawn/nn ./.',
          "``/`` Fares/nns will/md rise/vb ,/, ''/'' Okonkwo/np said/vbd ./.",
          'The/at crossing/nn took/vbd an/at hour/nn ./.'
        ].join('\n')
      )
    ).toEqual(['after: The ferry left at dawn. “Fares will rise.” The crossing took an hour. [0]'])
  })

  it('leaves a quoted phrase inside a sentence of the writer alone', () => {
    expect(variants("The/at council/nn called/vbd it/ppo ``/`` reckless/jj ,/, ''/'' Okonkwo/np said/vbd ./.")).toEqual([])
  })

  it('leaves an attribution followed by more of the sentence alone', () => {
    expect(variants("``/`` Nobody/pn came/vbd ,/, ''/'' he/pps said/vbd ,/, and/cc left/vbd ./.")).toEqual([])
  })

  it('does not take `it` for a speaker', () => {
    expect(variants("``/`` Nobody/pn came/vbd ,/, ''/'' it/pps said/vbd ./.")).toEqual([])
  })
})

describe('moved orphans (quotations benchmark)', () => {
  it('takes a paragraph followed by a quotation for one leading into it', () => {
    expect(leadsIntoQuotation(taggedParagraph("``/`` Who/wps is/bez calling/vbg ?/. ''/'' asked/vbd the/at clerk/nn ./."))).toBe(true)
  })

  it('takes a paragraph followed by narration for one leading into nothing', () => {
    expect(leadsIntoQuotation(taggedParagraph('The/at ferry/nn left/vbd at/in noon/nn ./.'))).toBe(false)
    expect(leadsIntoQuotation(taggedParagraph("The/at clerk/nn said/vbd ,/, ``/`` Who/wps is/bez calling/vbg ?/. ''/''"))).toBe(false)
  })

  it('takes the last paragraph of a text for one leading into nothing', () => {
    expect(leadsIntoQuotation(undefined)).toBe(false)
  })
})

describe('the last sentence of a host as copydesk reads it (quotations benchmark)', () => {
  const words = (source: string) => lastSentenceAsRead(taggedParagraph(source)).map(({word}) => word).join(' ')

  it('takes the last sentence where copydesk and the corpus split alike', () => {
    expect(words('The/at ferry/nn was/bedz late/jj ./.\nShe/pps turned/vbd away/rb ./.')).toBe('She turned away .')
  })

  it('runs on past a split the corpus makes at `;;` and copydesk does not', () => {
    // The corpus files `didn't look up.` as a sentence of its own, with nobody in it.
    expect(words("Marta/np leaned/vbd against/in the/at rail/nn ;/. ;/.\ndidn't/dod* look/vb up/rp ./.")).toBe("Marta leaned against the rail ; ; didn't look up .")
  })

  it('runs on past a split after an abbreviation, keeping the full stop the typesetting drops', () => {
    expect(words('The/at ferry/nn left/vbd with/in Ames/np Jr./np ./.\nThe/at tide/nn turned/vbd ./.')).toBe('The ferry left with Ames Jr. . The tide turned .')
  })

  it('places every token where the typeset paragraph shows it', () => {
    const paragraph = taggedParagraph("``/`` No/rb ,/, ''/'' said/vbd Ames/np Jr./np ./.\nThe/at tide/nn turned/vbd ./.")
    const text = paragraphText(paragraph)
    expect(text).toBe('“No,” said Ames Jr. The tide turned.')
    expect(paragraphSpans(paragraph).map(({start, end}) => text.slice(start, end))).toEqual(['“', 'No', ',', '”', 'said', 'Ames', 'Jr.', '', 'The', 'tide', 'turned', '.'])
  })
})
