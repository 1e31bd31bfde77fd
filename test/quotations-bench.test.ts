import {describe, expect, it} from 'vitest'
import {paragraphText, taggedParagraph} from '../bench/brown.js'
import {creditedToOrphan, leavesNoPerson, leavesNoSpeaker, personBefore, withoutSpeaker, type Hit} from '../bench/quotations.js'

function orphan(source: string): string | undefined {
  const stripped = withoutSpeaker(taggedParagraph(source))
  return stripped && paragraphText(stripped)
}

describe('orphans of the quotations benchmark', () => {
  it('joins the two parts of one quotation a tag split, so the rest stays quoted', () => {
    expect(
      orphan("``/`` Put/vb the/at kettle/nn on/rp ''/'' ,/, said/vbd Mrs./np Abara/np ,/, ``/`` and/cc we/ppss will/md talk/vb ./. ''/''")
    ).toBe('“Put the kettle on, and we will talk.”')
  })

  it('ends the first part with a full stop when the second opens a new sentence', () => {
    expect(
      orphan("``/`` The/at road/nn is/bez shut/vbn ,/, ''/'' he/pps said/vbd ,/, ``/`` Nobody/pn gets/vbz through/rp ./. ''/''")
    ).toBe('“The road is shut. Nobody gets through.”')
  })

  it('keeps a question mark the first part ends with', () => {
    expect(
      orphan("``/`` Who/wps called/vbd ?/. ''/'' she/pps asked/vbd ,/, ``/`` and/cc why/wrb now/rb ?/. ''/''")
    ).toBe('“Who called? and why now?”')
  })

  it('turns the comma before a closing tag into a full stop', () => {
    expect(orphan("``/`` The/at bridge/nn opens/vbz at/in noon/nn ,/, ''/'' Okafor/np said/vbd ./.")).toBe('“The bridge opens at noon.”')
  })

  it('leaves a paragraph with narration outside its quotation alone', () => {
    expect(
      orphan("The/at mayor/nn walked/vbd slowly/rb to/in the/at podium/nn and/cc looked/vbd at/in the/at crowd/nn for/in a/at long/jj time/nn ./. ``/`` We/ppss are/ber ready/jj ./. ''/''")
    ).toBeUndefined()
  })
})

describe('paragraphs before an orphan of the row naming someone else', () => {
  const removed = taggedParagraph('Okonkwo/np said/vbd')[0]!
  const before = (source: string) => personBefore(taggedParagraph(source), removed)

  it('takes a last sentence with a proper noun or a personal pronoun', () => {
    expect(before('The/at ferry/nn was/bedz late/jj ./.\nPeter/np Marshall/np took/vbd the/at chair/nn ./.')).toBe('proper noun')
    expect(before('The/at ferry/nn was/bedz late/jj ./.\nShe/pps turned/vbd away/rb ./.')).toBe('pronoun')
  })

  it('refuses the removed speaker named again, a person only before the last sentence, `it`, a quotation or a colon', () => {
    expect(before('Okonkwo/np took/vbd the/at chair/nn ./.')).toBeUndefined()
    expect(before('She/pps turned/vbd away/rb ./.\nThe/at ferry/nn was/bedz late/jj ./.')).toBeUndefined()
    expect(before('It/pps was/bedz late/jj ./.')).toBeUndefined()
    expect(before("She/pps said/vbd ``/`` no/rb ''/'' ./.")).toBeUndefined()
    expect(before('She/pps wrote/vbd :/:')).toBeUndefined()
    expect(personBefore(undefined, removed)).toBeUndefined()
  })
})

describe('paragraphs before an orphan, read as copydesk splits their sentences', () => {
  const removed = taggedParagraph('Okonkwo/np said/vbd')[0]!
  // The corpus ends a sentence at `;;` and after `Jr.`; copydesk reads on to the full stop.
  const afterSemicolons = "Marta/np leaned/vbd against/in the/at rail/nn ;/. ;/.\ndidn't/dod* look/vb up/rp ./."
  const afterAbbreviation = 'The/at ferry/nn left/vbd with/in Ames/np Jr./np ./.\nThe/at tide/nn turned/vbd ./.'

  it('leaves no speaker in sight only when the whole of that last sentence names no one', () => {
    expect(leavesNoSpeaker(taggedParagraph('The/at ferry/nn was/bedz late/jj ./.'))).toBe(true)
    expect(leavesNoSpeaker(taggedParagraph(afterSemicolons))).toBe(false)
    expect(leavesNoSpeaker(taggedParagraph(afterAbbreviation))).toBe(false)
  })

  it('lets a paragraph of quotation and attribution only lose its speaker only after a last sentence naming no one, `it` included', () => {
    expect(leavesNoPerson(taggedParagraph('The/at ferry/nn was/bedz late/jj ./.'))).toBe(true)
    expect(leavesNoPerson(taggedParagraph('It/pps was/bedz late/jj ./.'))).toBe(false)
    expect(leavesNoPerson(taggedParagraph(afterSemicolons))).toBe(false)
    expect(leavesNoPerson(taggedParagraph(afterAbbreviation))).toBe(false)
  })

  it('names someone else in that last sentence, or the removed speaker again', () => {
    expect(personBefore(taggedParagraph(afterSemicolons), removed)).toBe('proper noun')
    expect(personBefore(taggedParagraph(afterAbbreviation), removed)).toBe('proper noun')
    expect(personBefore(taggedParagraph('Okonkwo/np lifted/vbd the/at receiver/nn ;/. ;/.\nMarta/np waited/vbd ./.'), removed)).toBeUndefined()
  })
})

describe('findings off an orphan in the quotations benchmark', () => {
  // Four paragraphs; the second (index 1) is the orphan, ten characters shorter in the copy than in the text as edited.
  const starts = [0, 40, 70, 100]
  const cleanStarts = [0, 40, 80, 110]
  const orphans = [1]
  const excuse = (start: number, end: number, evidence: {start: number; end: number} | undefined): Hit => ({
    rule: 'attribution-excuse',
    start,
    end,
    reason: JSON.stringify({cue: 'cue in paragraph', evidence, speaker: evidence ? 'Vega' : undefined})
  })
  const hit = (rule: string, start: number): Hit => ({rule, start, end: start + 5, reason: ''})

  it('credits a finding on a quotation whose speaker, as edited, came from the orphan’s paragraph', () => {
    // Copy offset 75 is 85 as edited: inside the quotation from 80, credited by the sentence at 50 (the orphan's paragraph).
    expect(creditedToOrphan(hit('quote-attribution', 75), starts, cleanStarts, [], [excuse(80, 100, {start: 50, end: 60})], orphans)).toBe(true)
    // Credited from another paragraph, by no sentence, or outside the excused quotation: a false alarm.
    expect(creditedToOrphan(hit('quote-attribution', 75), starts, cleanStarts, [], [excuse(80, 100, {start: 10, end: 20})], orphans)).toBe(false)
    expect(creditedToOrphan(hit('quote-attribution', 75), starts, cleanStarts, [], [excuse(80, 100, undefined)], orphans)).toBe(false)
    expect(creditedToOrphan(hit('quote-attribution', 75), starts, cleanStarts, [], [excuse(90, 100, {start: 50, end: 60})], orphans)).toBe(false)
    // In the orphan's own paragraph: not asked about.
    expect(creditedToOrphan(hit('quote-attribution', 45), starts, cleanStarts, [], [excuse(40, 70, {start: 50, end: 60})], orphans)).toBe(false)
  })

  it('credits a pronoun finding right after an orphan only when the text as edited does not draw it', () => {
    expect(creditedToOrphan(hit('pronoun-attribution', 72), starts, cleanStarts, [], [], orphans)).toBe(true)
    expect(creditedToOrphan(hit('pronoun-attribution', 72), starts, cleanStarts, [hit('pronoun-attribution', 82)], [], orphans)).toBe(false)
    // Two paragraphs after the orphan: its antecedent was not the removed tag.
    expect(creditedToOrphan(hit('pronoun-attribution', 102), starts, cleanStarts, [], [], orphans)).toBe(false)
  })
})
