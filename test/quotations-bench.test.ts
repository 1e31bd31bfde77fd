import {describe, expect, it} from 'vitest'
import {paragraphText, taggedParagraph} from '../bench/brown.js'
import {withoutSpeaker} from '../bench/quotations.js'

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
