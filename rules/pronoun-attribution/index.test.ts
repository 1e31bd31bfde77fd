import {describe, expect, it} from 'vitest'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'

const id = 'pronoun-attribution'
const reason = (actual: string) => `Unexpected pronoun attribution \`${actual}\`, expected a named person or role nearby`

describe(id, () => {
  it('pins one full message', async () => {
    const file = await checkText('The plant closed on Friday.\n\n“It was my life,” he said.\n', only(id))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: id,
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/pronoun-attribution/readme.md',
      actual: 'he said',
      expected: [],
      fatal: false,
      place: {start: {line: 3, column: 19, offset: 47}, end: {line: 3, column: 26, offset: 54}}
    })
    expect(message.note).toMatch(/who `he` is/)
  })

  const valid: string[] = [
    // A name in the same sentence, the previous paragraph or the three sentences before
    '“It was my life,” he said of Anna Berg’s bakery.',
    'Mamoun Abdulkarim, head of the directorate, spoke on Sunday.\n\n“We will rebuild,” he said.',
    'Raymond Okafor spoke first. The room was quiet. Nobody moved.\n\nHe said the depot would close.',
    'Wojciechowski, 54, is a former accountant.\n\n“I love this town,” she said.',
    // A name the name lists know opening a sentence before its verb, past or present
    'Supermarkets in France must label products that have shrunk. Brandt wants the same rule here.\n\n“It is a simple label,” she said.',
    'The council met on Tuesday. Spencer plans to appeal.\n\n“We will wait and see,” he said.',
    'The council met on Tuesday. Spencer looked away.\n\n“We will wait and see,” he said.',
    // A given name before a place word after a verb whose particle takes a person: `called on` her, not on a street
    'The fire crews left before dawn.\n\nThe owners called on Della Street for help.\n\n“We lost everything in an hour,” she said.',
    'The Ledger reached Okafor on Monday.\n\nOkafor is a former dock worker. He said the depot would close.',
    // A role
    'The mayor spoke on Monday.\n\n“It is a crisis,” she said.',
    'A spokeswoman for the airline declined to give figures. She said bookings were strong.',
    'One neighbour heard a bang.\n\n“I thought it was a car,” he said.',
    // `one of` and a plural role single out one person
    'The party went on past midnight.\n\nOne of the children slipped out of reach of the poking finger.\n\n“No,” he said. “We do not.”',
    // A pronoun that resolved keeps the person in play
    'Farid Haddad spoke for an hour. “We have been here before,” he said.\n\nHe added that a draft was close.\n\nThe talks broke for lunch.\n\n“I am hopeful,” he said.',
    // A dialogue keeps its people in play from one paragraph of quotation to the next
    'Ann Lee came in from the rain. She sat down.\n\n“Coffee?” I asked.\n\n“Please.”\n\n“Milk?” I asked.\n\n“No, thanks,” she said.',
    // The writer's own pronoun in narration keeps a person named earlier in view
    'Ann Lee ran the shelter for years.\n\nThe roof leaked. The boiler failed. The grant ran out. Nobody came.\n\nShe turned away from the window and sat down.\n\n“We will manage somehow,” she said.',
    // A speaker stays in view through sentences wholly inside a quotation, however many
    'Tom Reyes got home at noon. He was on the phone at once. “No, I am fine. Really. Tell Sam. The car is gone. I will sleep now. Do not worry.”\n\nThere was one more call.\n\n“Did I wake you?” he asked.',
    // A first paragraph that opens on its person by pronoun keeps that person in view
    'She pulled the door shut behind her and leaned on it.\n\n“Nobody followed me up the stairs,” she said.',
    // A pronoun in the draft's opening, before any narration, with the person named after it
    '“Keep the change,” he would say, every time he paid.\n\nEli Brandt ran the corner shop for thirty years.',
    // …or in an exchange that opens the draft
    '“The tide is turning.”\n\n“Not yet,” she said.\n\n“Soon, then.”',
    // Not attributions
    'The plant closed on Friday.\n\nHe was told to leave by noon.',
    '“I told him he said the wrong thing,” Smith said.',
    'The plant closed on Friday.\n\n“He said it would never close,” Maria Lopez said.'
  ]

  for (const text of valid) {
    it(`accepts: ${text.slice(0, 60).replace(/\n/g, ' ')}`, async () => {
      expect(await lint(text, id)).toEqual([])
    })
  }

  const invalid: Array<{text: string; output: string[]}> = [
    {
      text: 'The factory closed its doors on Friday after 80 years.\n\n“I gave my whole life to that place,” he said.',
      output: [`3:39-3:46: ${reason('he said')}`]
    },
    {
      text: 'Unemployment rose to 7% last year. Prices rose too. Rents doubled.\n\n“It is a crisis and nobody is listening,” she told reporters.',
      output: [`3:43-3:51: ${reason('she told')}`]
    },
    {
      text: 'The shop was quiet. The shelves were empty.\n\nShe later said the shop would not reopen.',
      output: [`3:1-3:15: ${reason('She later said')}`]
    },
    {
      text: 'The shop was quiet.\n\n“We are done here,” said he.',
      output: [`3:21-3:28: ${reason('said he')}`]
    },
    {
      // A place or a body is no antecedent, and neither is a group
      text: 'The museum in East Anglia was raided. The British Museum helped. Its members were shocked.\n\n“We are devastated,” he said.',
      output: [`3:22-3:29: ${reason('he said')}`]
    },
    {
      // A name the lists do not know, or one modifying a plural before its verb, is no person
      text: 'The council met on Tuesday. Congress wants a vote.\n\n“We will wait and see,” she said.',
      output: [`3:25-3:33: ${reason('she said')}`]
    },
    {
      text: 'The council met on Tuesday. Spencer schools reopened.\n\n“We will wait and see,” she said.',
      output: [`3:25-3:33: ${reason('she said')}`]
    },
    {
      // `he said` keeps a man in play, not a woman
      text: 'Hal Dunmore runs the shelter. “Nobody is turned away,” he said.\n\nThe wind eased.\n\n“We are out of blankets,” he said. “We need more.”\n\nCrews arrived at dawn.\n\n“Check on your neighbours,” she said.',
      output: [`9:29-9:37: ${reason('she said')}`]
    },
    {
      // A pronoun in narration with nobody named in the draft keeps nobody in view
      text: 'The factory closed its doors on Friday.\n\nShe turned away from the gate.\n\n“I gave my whole life to that place,” she said.',
      output: [`5:39-5:47: ${reason('she said')}`]
    },
    {
      // A pronoun opening the draft with nobody named after it
      text: '“Keep the change,” he would say.\n\nThe corner shop closed in May.',
      output: [`1:20-1:32: ${reason('he would say')}`]
    },
    {
      // A pronoun after a first paragraph of narration is no opening
      text: 'The corner shop closed in May.\n\n“Keep the change,” he would say.\n\nEli Brandt ran it for thirty years.',
      output: [`3:20-3:32: ${reason('he would say')}`]
    },
    {
      // A quotation keeps in view only who was in view when it began
      text: 'The plant closed on Friday.\n\n“No. Never. Not once. Not here. Not now.”\n\n“It was my life,” he said.',
      output: [`5:19-5:26: ${reason('he said')}`]
    },
    {
      // A quotation that is its whole paragraph keeps no one in view
      text: 'Tom Reyes runs the depot. It was cold.\n\n“We sign today. The others sign later. Nothing will change.”\n\nThe roads were shut. It was late. She said the closures were routine.',
      output: [`5:35-5:43: ${reason('She said')}`]
    },
    {
      // Only the pronoun's own chain goes on through the quotation: a name gives no gender
      text: 'A porter who has worked the quay for years said he had never seen such a strike. “It is everybody,” he said. “The cooks. The engineers. The office. All of us.”\n\nTalks resume on Monday.\n\n“We will be there all night if we must,” she said.',
      output: [`5:42-5:50: ${reason(`she said`)}`]
    },
    {
      // One finding per orphan: the next pronoun chains to it
      text: 'The plant closed on Friday.\n\n“It was my life,” he said.\n\n“Forty years,” he added.',
      output: [`3:19-3:26: ${reason('he said')}`]
    }
  ]

  for (const {text, output} of invalid) {
    it(`flags: ${text.slice(0, 60).replace(/\n/g, ' ')}`, async () => {
      expect(await lint(text, id)).toEqual(output)
      expect(await fix(text, id)).toBe(text)
    })
  }

  it('keeps a person in play through the writer’s `we`, and starts no chain with it', async () => {
    const before = 'Nadia Kerr met me at the station.\n\n“You look tired,” she said.\n\nThe café was empty. The rain had stopped. The lamps were lit. I was glad she was there.\n\n'
    expect(await lint(`${before}We finished the coffee and we stayed on.\n\nI suppose we were cold. We sat a while. Then she said, “Allons.”\n`, id)).toEqual([])
    // Without the `we`, the same distance leaves nobody in play.
    expect(await lint(`${before}The coffee was finished.\n\nThe room was cold. The clock ran. Then she said, “Allons.”\n`, id)).toEqual([
      `9:40-9:48: ${reason('she said')}`
    ])
    // `we` with nobody in play before it keeps nobody in view.
    expect(await lint('The café was empty.\n\nWe finished the coffee and we stayed on. Then she said, “Allons.”\n', id)).toEqual([
      `3:47-3:55: ${reason('she said')}`
    ])
  })

  it('reaches further back with a wider `window`', async () => {
    const text = 'Ann Lee closed the shop. It was cold. It was late. It was dark.\n\nRain fell.\n\nShe said it would not reopen.'
    expect(await lint(text, id)).toEqual([`5:1-5:9: ${reason('She said')}`])
    expect(await lint(text, id, {window: 5})).toEqual([])
  })

  it('reads a dateline as a place, not a person, and the words after its dash as the sentence', async () => {
    expect(await lint('PORTLAND, Maine (AP) — “Nobody saw this coming,” he said.\n', id)).toEqual([`1:50-1:57: ${reason('he said')}`])
    expect(await lint('PORTLAND, Maine (AP) — Harbor master Jean Abara watched the boats. “Nobody saw this coming,” he said.\n', id)).toEqual([])
    expect(await lint('ARLO, Neb. — Abara, 54, watched the boats. “Nobody saw this coming,” he said.\n', id)).toEqual([])
  })

  it('takes no organisation’s name for a person, but a person of it', async () => {
    expect(await lint('Kestrel Bank cut its loan rates on Tuesday.\n\n“This is a permanent change,” she said.\n', id)).toEqual([`3:31-3:39: ${reason('she said')}`])
    expect(await lint('Harbourside FC sold every seat in the ground on Friday.\n\n“It is exactly what we needed,” he said.\n', id)).toEqual([`3:33-3:40: ${reason('he said')}`])
    expect(await lint('Kestrel Bank chief Wanjiru Kamau cut its loan rates on Tuesday.\n\n“This is a permanent change,” she said.\n', id)).toEqual([])
    expect(await lint('Sarah Bank cut the hedges on Tuesday.\n\n“They had grown over the road,” she said.\n', id)).toEqual([])
  })

  it('skips headlines', async () => {
    expect(await lint('He said, she said: a court drama\n\nThe trial opened on Monday.', id)).toEqual([])
  })

  it('reads a word every object has a property of (`constructor`) as a word, not a pronoun', async () => {
    const text = 'The hall went up in a year.\n\nThe constructor was late again, and the work stopped.\n\n“It was my life,” he said.'
    expect(await lint(text, id)).toEqual([`5:19-5:26: ${reason('he said')}`])
  })
})
