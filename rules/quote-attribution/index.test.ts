import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {analyseQuotes} from '../../src/analysis/quotations.js'
import {parsePlain} from '../../src/core/parse.js'
import {growth} from '../../test/growth.js'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'
import {analyse, unattributedQuotes, type Excuse} from '../../src/analysis/attribution.js'
import type {QuoteSegment} from '../../src/analysis/quotations.js'
import {defineRule} from '../../src/core/define-rule.js'
import {check, createProcessor} from '../../src/core/processor.js'
import {loadResources} from '../../src/node/resources.js'
import {registry} from '../index.js'

const id = 'quote-attribution'
const reason = (quote: string) =>
  `Unexpected quotation with no speaker \`${quote}\`, expected a speaker named in its sentence or paragraph`

describe(id, () => {
  it('pins one full message', async () => {
    const file = await checkText('The talks ended.\n\n“We will be back next week.”\n', only(id))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: id,
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/quote-attribution/readme.md',
      actual: '“We will be back next week.”',
      expected: [],
      fatal: false,
      place: {start: {line: 3, column: 1, offset: 18}, end: {line: 3, column: 29, offset: 46}}
    })
    expect(message.note).toMatch(/no orphan quotes/)
  })

  const valid: string[] = [
    // A verb of saying that reports no words is a beat, and the subject of a sentence after its leading clause of time
    'The court heard Spencer on Monday.\n\nSpencer said nothing.\n\n“Is there any word you would like to offer in your own defence?”',
    'The court heard Spencer on Monday.\n\nSpencer did not answer.\n\n“Is there any word you would like to offer in your own defence?”',
    "The court heard Spencer on Monday.\n\nSpencer didn't answer.\n\n“Is there any word you would like to offer in your own defence?”",
    'The court heard Spencer on Monday.\n\nSpencer didn’t answer.\n\n“Is there any word you would like to offer in your own defence?”',
    'The hotel was quiet and Brenner was tired.\n\nAs the minutes passed and the rain kept falling on the roof of the old livery stable, Brenner reentered the hotel and faced Summers.\n\n“I have a little job for you, Charlie, and I am sure you will not mind it.”',
    // Attributed in the same sentence, either side, any verb of saying
    '“We will rebuild the old town,” the minister said.',
    'The minister said, “We will rebuild the old town.”',
    '“We will rebuild the old town,” said Gov. Ann Lee of the northern province.',
    '“We will rebuild the old town,” Peskov told reporters on Sunday.',
    '“Is there any money left for the schools?” asked one parent.',
    'Mrs. Long welcomed the juniors to the ring and stated, “There is no other show quite like this one.”',
    'When a fisherman brought her up, I began to dance and cry out, “I knew she would do it! I knew!”',
    '“A marriage can survive almost any kind of stress,” declares Dr. Mary Calderone, medical director of the council.',
    '“We regret the delay to every passenger affected,” the company said in a statement.',
    'In a statement, the ministry promised “a full and independent review of the crash.”',
    'According to the ministry, the delay was “the result of a failed signal near the border.”',
    // A cue elsewhere in the paragraph
    '“We will rebuild the old town,” she said. “It will take ten years and a lot of money.”',
    '“We will rebuild the old town.” The mayor, Jane Roe, added that the work would start soon.',
    'Assad called the recapture “fresh proof of the strength of the army and its allies.”',
    'The report found the agency had “failed in its most basic duty to protect children.”',
    'She described the conditions as “worse than anything I have seen in 20 years.”',
    'The mayor was blunt: “We are out of money and out of time.”',
    '“We will not be moved from this land by anyone.” That was the message from villagers.',
    // An adverb of manner between the verb of saying and its comma
    'The gate swung open.\n\nThe youngsters at the fence screamed triumphantly, “You bunch of hay-shakers, go back home!”',
    'The reporter waited in front of the house and asked casually, “Police?”\n\n“Sure. They said a patrol car would be here fast, so let us get inside.”',
    // A colon after `as follows` announces quoted matter; after a voice, the voice is the speaker's
    'The letters came on Monday.\n\nAnother case read as follows: “The bearer has served me well for two years and I can recommend him.”',
    'The gate swung open.\n\nThe fugitive cried out in a thin, high voice: “Help me, somebody, they have taken everything I own!”',
    // A colon after a text or a saying introduces an excerpt, not speech
    'Forcing engineers into management only creates trouble. The old shop adage still holds: “A good mechanic is usually a bad boss.”',
    // Introduced by the previous paragraph
    'Haworth told the BBC:\n\n“Somebody out there knows who did this. I am asking that person to come forward.”',
    // A speaker set up in the narration just before
    'Ortiz had walked to the river by then, and the crowd went quiet as she looked at the ruins.\n\n“We will rebuild every house on this street.”',
    // A comma hands the sentence to its speaker, whatever the verb of the tag
    'Her chin sharpened.\n\n“We are lost and the water is nearly gone,” she bit out.',
    'The guests had gone.\n\n“I meant that you have a fine singing voice,” the old lady amended.',
    // A tag told as a habit or in the past perfect: the verb after `would`, `'d` or `had`
    "The rain stopped.\n\n“Cattle thieves are just a business proposition for me,” he'd blandly announce.",
    'The rain stopped.\n\n“You look like that picture I keep at the office,” Mr. Jack had started.',
    // A possessive or object pronoun in the sentence before keeps its person in view
    'The guard shut his eyes for a long moment. “Are you the one who started the fire last night?”',
    // A first-person narrator as the subject of the sentence before is a person in the scene
    'The lights went out in the hall. I drew back from the window. “They will not come tonight, and we should sleep while we can.”',
    'The lights went out in the hall.\n\nThen I drew back from the window.\n\n“They will not come tonight. We should sleep while we can.”',
    // A gesture is the beat before its person's next line
    'The car stopped at the gate and Brenner got out.\n\nBrenner shrugged.\n\n“It is very simple. Take a message to the hotel for me.”',
    // A verb of saying whose object announces the words to come sets the quotation up
    'The rain stopped at last.\n\nBarton waited for a long moment, then asked the question which lay always uppermost in his mind.\n\n“My boy. Did you find him anywhere up there?”',
    'The inquest opened on Monday.\n\nAt the inquest Delphine told a forthright story.\n\n“I saw the boy at the festival and felt sorry for him.”',
    // A voice heard in the scene is the quotation's unseen speaker
    'The officer looked uneasy.\n\nFrom the crowd came cries of “Go home!” “There must be a line somewhere near here!”',
    'The ranks came on.\n\n“Committeemen, hold your fire! Hold your fire!” A voice called from behind the wall.',
    "The ranks came on.\n\n“Over this way! He ain't gone far!” A harsh cry floated to him across the brush.",
    // Narration after a quotation keeps its person in view
    '“Light the fire,” Ulyate said, and Kearton struck a match. He threw green grass on the flames.\n\n“That will bring the others and tell the colonel where we are.”',
    // Turns of a dialogue after an attributed one
    '“Are you coming with us to the river tonight?” Ortiz asked, and turned to the window.\n\n“Not tonight, and not tomorrow either.”\n\n“Then when will you come?”',
    '“Are you coming?” Ortiz asked.\n\n“Yes.”\n\n“Then get your coat, because the last bus leaves in five minutes.”',
    // A short line that is its own sentence after narration naming its speaker is a turn too
    '“Then go,” Ortiz said, and walked out.\n\nOrtiz turned to Hoag. “Where?”\n\n“To the station, where the last train leaves at nine.”',
    // A line broken off with a dash is a turn of the dialogue, not an epigraph with a credit
    '“Come home now,” Mae said.\n\n“We are so busy here, and Mr. Crosson has been on everybody\'s neck” --\n\n“I don\'t care. I want you here, and I want you here tonight.”',
    // A tag set as a sentence of its own after the line keeps the exchange going
    'The wagons were ready to roll.\n\n“Nate”! He bellowed to the retreating back directly in front of him.\n\n“I am not going to fight you any more, not today.”',
    '“That is Mrs. Roberts again,” I said. I crossed the room to the phone. I told Nadine everything was fine, and that I would be going home.\n\n“Janice, would you mind staying here with me tonight?”',
    // A short line introduced by a verb of saying and a comma is a turn of its own
    'The gun moved. The thin man said, “That way.”\n\n“It is the second building on the right, past the bank.”',
    // Two capitalised sentences are a line of dialogue, not a title, and carry the exchange on
    'Greg slapped the switches. His hands shook.\n\n“They Are Coming. They Are Coming”, came a high-pitched voice.\n\n“Greg to Blue Section. One pass only. No turns. That is an order.”',
    // A line broken off by a dash with its tag after the dash is a turn, not an epigraph with a credit
    'The rain stopped.\n\n“Now, listen” -- Macklin began.\n\n“We will talk it over at your office, not here.”',
    // A two-word turn with logical punctuation after its closing mark is speech, not a quoted term
    '“Do you think he is having an affair?” Barbara asked.\n\n“Oh no”, Harold said, shocked.\n\n“Well, this is France, after all, and people talk.”',
    // A later quotation of a paragraph carries on from an earlier one whose speaker is known
    '“Are you coming with us to the river?” Ortiz asked.\n\n“Not tonight.” “Tomorrow, then, when the last of the rain has cleared from the hills.”',
    // A capitalised word opening its paragraph with its tag after it is a turn, not a title
    'John stood by the hearth and said nothing for a while.\n\n“Plot”? John asked.\n\n“Monsieur Favre came to see me this morning, and he means to make trouble.”',
    // A capitalised line opening its sentence with `!` or `?` after its closing mark is a turn, not a title
    'He stepped out into the hall and was glad to meet a friend. “Hi”!\n\n“Oh. Hello, Mike. My, you look well after all that sleep”.',
    // A one-word line of dialogue with the question mark outside is a turn, not a title
    '“Who found him by the crib?” Ortiz asked.\n\n“Pedersen”?\n\n“No, it was the Pedersen kid, out by the crib.”',
    // A running quotation: the cue in any of its paragraphs
    '“We fought for nine months.\n\n“Now the real work starts,” she said.',
    '“We fought for nine months,” she said. “It was hard.\n\n“Now the real work starts.\n\n“And it starts tomorrow.”',
    // An epigraph’s credit
    '“Nothing is lost that can be found again by those who look for it.” — Ruth Emmerich',
    // Speaker labels
    'Q: Why did you run?\n\nA: My father always said, “Never wait for permission to do the right thing.”',
    'SMITH: “I was there when the bridge came down, and I will never forget it.”',
    // Titles, labels, nicknames, scare quotes, headlines
    'She watched the documentary “The Long Road Home to Aleppo” twice.',
    'Our latest documentary, ‘The A Word’, opens on Friday.',
    'The fans sang “You’ll Never Walk Alone” at full time.',
    'A sign reading “No entry without a permit from the council office” hung on the gate.',
    'The staff call it “the Queen of the Fens” and nobody remembers why.',
    'Dwayne “The Rock” Johnson arrived late.',
    'The so-called “experts” were wrong about the bridge.',
    'The town’s “heritage apple” boom has brought new buyers.',
    '‘A city is not a museum’: architect on the future of the Old Quarter\n\nThe plan is due next month.',
    // A quotation that is the subject of a linking verb is mentioned and classed, not reported
    'Bites were cured in many ways.\n\n“Get a bite, spit on it and wait a while” was a proverb.',
    'The bread changed in May.\n\n“You can\'t make French toast with whole-wheat bread”, was an early complaint.',
    // The words named by a noun for a question or a saying as the subject of a linking verb are mentioned
    'We all face the same choice in the end.\n\nThe question is “How are we going to live with what we have?”',
    // Quoted matter woven into the writer's sentence straight after a word
    'The First Amendment provides that “Congress shall make no law respecting an establishment of religion.”',
    'One seldom hears the analogy “nuclear power will do for the airliner what it did for the submarine.”',
    'The results of our invitations to “come over next summer and swim in the new pool” were unsettling.',
    // Apostrophes and primes are not quotation marks
    'In the ’90s, rock ’n’ roll was dead, and Jones’ car was the only one on the road.',
    'He stood 6\'2" and wore a \'lucky\' hat for the whole of the game.',
    // Marks in code and URLs
    'Run `echo "hello world from the build server"` before the vote.',
    // A missing closing mark swallowed the attribution
    '“It was never about the money, he said. It was about respect.',
    // … also after a comma typed twice
    'The riders came back.\n\n“The riders are back with their horses,, Ortiz said.',
    // The scene model: a long set-up sentence whose subject is a person keeps that person in view
    'The thin man stood at his window for a long time, watching the rain run down the glass and the lights of the harbour go out one by one.\n\n“They will not come tonight. We should sleep while we can.”',
    // Scripture quoted as an excerpt: Early Modern English, two forms at least
    'The sermon closed with the best-known verse of all.\n\n“For God so loved the world, that whosoever believeth in him should not perish.”',
    // A text quoted from its source: a reference ends it or follows it
    'The hall was nearly empty by then.\n\n“If anyone is in Christ, the new creation has come: the old has gone, the new is here.” 2 Corinthians 5:17.',
    'The hall was nearly empty by then.\n\n“Be still, and know that I am God; I will be exalted among the nations. Psalm 46:10”',
    'The hall was nearly empty by then.\n\n“Love is patient and kind, and it keeps no record of wrongs (1 Corinthians 13).',
    'The report is blunt about the harbour.\n\n“The sea wall was built too low and has been patched for thirty years” (p. 42).',
    'Earlier histories agree on the date.\n\n“The mill burned on a Sunday, and the town never rebuilt it” (Hale, 1958).',
    // Answers the writer announced, quoted under subheads or after a colon
    'We wrote to forty harbour masters about winter storms. In the pages that follow, we quote from the nineteen who answered.\n\nSea walls\n\n“Our wall was raised a metre in 2015, and the quay has not flooded since.”\n\nMoorings\n\n“We moved the small boats inland for the winter, which costs the owners more but saves the boats.”\n\n“The harbour board pays for the trailers, and the owners pay for the fuel.”',
    'Readers sent us their memories of the old tram line, and some of their replies follow.\n\nTwo more, from the north end: “The tram stopped right at our door, and the driver knew every child by name.”',
    // A long passage the writer goes on to discuss as an author's
    'The old chronicles disagree about the flood.\n\n“The river rose in the night and took the mill, the bridge and half the houses of the lower town, and the people who had stayed behind climbed onto the church roof and waited there for three days until the boats came down from the upper valley.” This leads Hale to doubt that the town was ever rebuilt where it stood.',
    // Interviewer and interviewee: the writer asks in narration, and the answer follows
    'I met the composer at his studio in the spring, and I asked him about the new symphony.\n\nDoes he still write at night, as he did when he was young?\n\n“Yes, always. The house is quiet then and nobody calls.”',
    // A beat of its speaker after the line, in the same paragraph, told in the past
    'The board heard from Raymond Okafor.\n\n“You are wrecking this town, and you know it!” Okafor had stormed out of the hearing.',
    'The rain stopped.\n\n“Nobody ever gave me flowers before, not once.” Her face turned pink.',
    // `they` for the people in view sets up the next line as `he` or `she` does
    'Two men were on duty at the gate. They looked up as the truck came in.\n\n“What are you doing out here at this hour of the night?”',
    // A tag in brackets inside the quoted words: a speaker first, a verb of saying last
    'The envelope was thick.\n\n“Of course (the second letter continued), there are practical problems to consider.”',
    // An inverted tag after the comma, whatever the verb
    'The shop opened in 1952.\n\n“We sold bread, cakes and anything else that would keep,” remembers his sister Ann.',
    // A paragraph that is one short quotation with no stop is a quoted subhead
    'The council met on Tuesday.\n\n“Against the grain of the town”\n\nThe plan drew 300 letters.',
    // Inside a scene (a quotation with its speaker just before), long narration keeps its people in view
    '“Where is the car?” Ida asked.\n\nNo answer came from the kitchen, where the radio was playing, and the rain that had followed her all the way from the coast beat on the windows.\n\n“I cannot find the keys anywhere in this house.”',
    // A capitalised line after `said,` is speech, and the next turn continues its speaker
    'The ferry was late.\n\nThe pilot said, “Over-There.”\n\n“-- past the second buoy, and then hard to port.”',
    // `So wrote` or `Thus spoke` and the speaker after the quotation, in its paragraph or opening the next
    '“The food is good and the lake is warm enough for swimming.” So wrote a young camper to her parents.',
    '“We will not close a single branch this year or next.”\n\nThus said the bank’s new chief on Monday.',
    // The interviewer's turn: the writer, who interviews, says something in the sentence ending the paragraph before
    'I met the mayor at her office, and I asked about the budget.\n\nI suggested that the town could not pay for both schools.\n\n“We can, and we will. The money is there if we look for it.”',
    // …or asks a question anywhere in it, narration after the question
    'I met the mayor at the town hall.\n\nThe budget had grown for years. How, I asked, could the town pay for both schools? The plays on the shelf were all Ibsen.\n\n“We can, and we will. The money is there if we look for it.”',
    // A named person or a role about to speak sets up the line after
    'The hall was full by eight.\n\nWhen Ann Okafor rose to speak, the room fell silent.\n\n“We are here because every road out of this town has closed.”',
    // `asked for him` requests, it reports no words: the line after is hers
    'The line went dead at noon.\n\nShe rang his office and asked for him.\n\n“I think you had better come home tonight.”',
    // A traveller or a visitor is a person who can speak
    'The market amazed them all. One visitor declared it to be “the finest square in the whole of the east.”'
  ]

  // A quotation that opens the draft, its speaker given after it
  valid.push(
    '“Every bus in the county will run on time by spring.”\n\nThat was the promise of Transit Director Mara Quist, who took office on Monday.',
    '“You are late again, and the bread is cold.”\n\n“The ferry broke down halfway across.”\n\nThe baker shrugged and handed over the loaf.',
    '“Keep the lamp lit until I come back up the hill.” She pulled on her boots and went out into the snow.',
    // An excerpt that opens inside a quotation, then a reply
    'and bring the ledgers with you when you come.”\n\n“Will the clerk let me take them out of the office?”\n\n“He will if you show him the note.”'
  )

  // A person acting earlier in the quotation's paragraph, whatever the verb
  valid.push(
    'Lena Cho ran the night shift.\n\nCho locked the office and stood in the hall. The corridor was empty. The lifts were off. “Somebody has taken the keys to the back stairs.”',
    'The storm had passed.\n\nI walked down to the harbour before dawn. The boats were gone. “Nobody goes out in weather like this.”'
  )

  // The writer as the object of the narration just before the line, in its paragraph: the writer is in the scene
  valid.push(
    'The motel stood at the edge of town.\n\nOutside, in the fields behind the motel, a thousand crickets serenaded us. “Will you always remember this night?”',
    'The room was cold.\n\nThe wind off the lake pushed me back against the door. “The heating comes on at six in the morning.”'
  )

  // The voices of a scene heard before its lines: a verb of saying's `-ing` form as a noun
  valid.push(
    'The bus from the coast came in at noon.\n\nThere was much hugging, much exclaiming. “Aunt Rosa! Uncle Ben!” “How was the road?” “Long, Rosa, very long indeed.”',
    'The hall emptied slowly.\n\nLoud chattering started at the back. “Open the doors and let us all go home now.”'
  )

  // A verb of saying in the passive: the person in view was spoken to, and reports no words of their own
  valid.push(
    'The ferry was late again.\n\nI remember being told it would leave at nine, and then at ten.\n\n“Nobody on this island trusts the timetable any more.”',
    'Mara Quist ran the harbour office.\n\nShe was politely asked about the fire.\n\n“It started in the kitchen, just after midnight.”'
  )

  // A line calling the person the narration just presented (`This was the tall man …`), by a first name that opens a name of the draft
  valid.push(
    'The carriage waited in the lane.\n\nShe opened the window and called to her driver. This was the tall man with the grey whiskers.\n\n“Quillon! Take this letter to the bank before it closes today.”\n\nQuillon Brook touched his hat and drove off.',
    // A possessive before the role's head: `the old doctor's wife` is a person
    "The carriage waited in the lane.\n\nShe opened the window and called out. This was the old doctor's wife.\n\n“Quillon! Take this letter to the bank before it closes today.”\n\nQuillon Brook touched his hat and drove off."
  )

  // News copy: a text set beside its name, a person's words named before a colon, words credited after
  valid.push(
    'The school turned 100 this year.\n\nThe motto of the school, “Learning to serve, serving to learn,” is carved above the door.',
    'The council met on Monday.\n\nHis answer was immediate: “Absolutely not, and nobody here will vote for it.”',
    'The council met on Monday.\n\nAsked again, her reply was the same: “Absolutely not, and nobody here will vote for it.”',
    "The council met on Monday.\n\nThe mayor's reply came an hour later: “Absolutely not, and nobody here will vote for it.”",
    'The flight left at noon.\n\n“I will call you when I land, I promise.” Those were the last words Ortiz heard from his brother.'
  )

  // A person introduced in the paragraph before as news copy does: after a leading participle, by full name, after a title
  valid.push(
    'The union lost its case on Monday.\n\nAsked what comes next, Ruiz did not hesitate.\n\n“We appeal, and we win. It is that simple for us.”',
    // A name of the draft ending as a participle does (`Manning`) is the subject, not a leading phrase
    'Tim Manning coaches the team.\n\nManning, tired and angry, walked out.\n\n“We will be better next week, I promise you that.”',
    // A given name ending as a participle does, used once, before another capitalised word (`Mohammed Rahimi`) opens a name, not a leading phrase
    'The fares went up on Monday.\n\nNot everyone was pleased. Mohammed Rahimi, who runs a bakery by the station, said trade had fallen by half.\n\n“Nobody walks past the shop any more, and the buses stop on the far side now.”',
    'The council voted on Tuesday.\n\nDana Holt has lived on Elm Street for forty years.\n\n“Every kid in this town learned to swim in that pool.”',
    'The council voted on Tuesday.\n\nCouncil member Dana Holt, who voted against, called the decision shortsighted.\n\n“Every kid in this town learned to swim in that pool.”'
  )

  // A source introduced in full reports in paraphrase, and the next paragraph opens with their words: after a role in title case, or with an aside before the verb
  valid.push(
    'The depot is on the ring road.\n\nSpokeswoman Ana Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
    'The final is on Sunday.\n\nCoach Tomas Berg said the squad had trained twice a day all week.\n\n“We are ready, and the players know exactly what is at stake.”',
    'The plant opened in May.\n\nAna Ruiz, who farms nearby, complained about the smell.\n\n“You cannot hang washing out on a summer day any more, not even for an hour.”',
    'The clinic opened in 2019.\n\nIn Hamilton, Ana Ruiz, 54, a nurse, said the clinic had run out of vaccine twice this month.\n\n“We turn people away at the door and tell them to come back next week.”',
    // The aside alone says the name is a person's, whatever the verb
    'The plant opened in May.\n\nMira Castell, who farms nearby, walked along the fence.\n\n“You cannot hang washing out on a summer day any more, not even for an hour.”',
    // An apposition whose noun is in no list of roles, followed by a relative clause about a person
    'The bakery shut on Friday.\n\nStaff were told at a meeting on Tuesday morning. Teresa Okafor, a packer who has worked there since it opened, said nobody had warned them.\n\n“We found out from a note on the door, the same as the customers.”',
    // An apposition and a relative clause on it, each within the aside's length, longer than it together
    'The quarry was fined in June.\n\nJoel Amankwah, a spokesman for the Tarrant Valley Residents Association who measured the dust on every school day for a year, said the fine was far too small.\n\n“The children breathe that dust every morning on their way in, and nobody has yet told us when it stops.”',
    'The quarry was fined in June.\n\nJoel Amankwah, who measured the dust outside the school every day for a year and whose daughter has asthma, said the fine was far too small.\n\n“The children breathe that dust every morning on their way in, and nobody has yet told us when it stops.”'
  )

  // A source the story has already introduced reports in paraphrase under a surname, alone or after an honorific without a stop, in a paragraph of its own, and the next paragraph opens with their words
  valid.push(
    'The depot is run by Ana Ruiz.\n\nMs Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
    'The harbour master, Tomas Berg, spoke after the storm.\n\nBerg said the breakwater had held but the slipway was gone.\n\n“We will rebuild it, but not before the spring tides.”',
    // A surname whose `-man` reads as a role, given a person by the story
    'The captain, Liam Gorman, stayed on the pitch.\n\nGorman said the senior players had let the younger ones down.\n\n“We left the kids exposed, and that is on us.”',
    // After a leading phrase of place, time or occasion and its comma
    'The harbour master, Tomas Berg, spoke after the storm.\n\nAt a news conference on Tuesday, Berg said the breakwater had held but the slipway was gone.\n\n“We will rebuild it, but not before the spring tides.”',
    'The depot is run by Ana Ruiz.\n\nIn an interview with the Wexford Courier last week, Ms Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”'
  )

  // A source named in full on first mention, a given name of the name lists and a surname, reports in paraphrase at the end of a paragraph with no quotation, and the next paragraph opens with their words
  valid.push(
    'The depot is on the ring road.\n\nAna Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
    'Divers found cracks in two of the piers.\n\nFiona Mackay said the cracks had been found during a routine inspection.\n\n“We closed it the same afternoon, and nobody was in danger.”',
    // A first word that is no word in lower case is a proper name, whatever role the name lists give it: `Callum` (ranked only as a surname), `Thomas` (either role), `Eilidh` (in no list)
    'The ferry did not sail on Monday.\n\nCallum Reid said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    'The ferry did not sail on Monday.\n\nThomas Kerr said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    'The ferry did not sail on Monday.\n\nEilidh Munro said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    // A first word that is also a word in lower case (`grace`), so in no list of given names, before a surname of the name lists that is no word
    'The pool closed in March.\n\nGrace Dunleavy said the repairs would take most of the summer and cost more than planned.\n\n“We found rust in every pipe we opened, and there will be more.”',
    // After a leading participle of one word, as a court report gives each side's barrister
    'The trial opened on Monday.\n\nProsecuting, Nadia Okafor told the jury that the fire had been started with petrol.\n\n“Whoever lit it knew the family was asleep upstairs.”'
  )

  // A source introduced by a role with the name set beside it between commas reports in paraphrase, and the next paragraph opens with their words
  valid.push(
    'The ferry did not sail on Monday.\n\nThe skipper, Ewan Laird, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    'The ferry did not sail on Monday.\n\nTheir pier manager, Ines Duarte, told the council that the pier would be shut all week.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    'The ferry did not sail on Monday.\n\nA spokesman for the operator, Seo Jun-ho, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    // A possessive opening the role phrase
    'The ferry did not sail on Monday.\n\nIslay\'s skipper, Ewan Laird, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
    // A person beside a role a business can hold as well is named in full
    'The ferry did not sail on Monday.\n\nThe ferry operator, Ewan Laird, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”'
  )

  // A credit after a dash with the name's title, and words set apart before their source
  valid.push(
    'The union lost its case on Monday.\n\n“The judge got it wrong and we will prove it on appeal” — union lawyer Ana Ruiz, outside the courthouse.',
    'The union lost its case on Monday.\n\n“The judge got it wrong and we will prove it on appeal.” The words, from union lawyer Ana Ruiz, drew cheers.',
    'The union lost its case on Monday.\n\n“The judge got it wrong and we will prove it on appeal.” The words, from the mayor, drew cheers.',
    'The union lost its case on Monday.\n\n“The judge got it wrong and we will prove it on appeal.” The words, from a spokeswoman, drew cheers.'
  )

  for (const text of valid) {
    it(`accepts: ${text.slice(0, 60).replace(/\n/g, ' ')}`, async () => {
      expect(await lint(text, id, undefined, {}, text.includes('`') ? 'a.md' : 'draft.txt')).toEqual([])
    })
  }

  const invalid: Array<{text: string; output: string[]}> = [
    // Still flagged: an apposition with no role and no relative clause about a person (`which`) says nothing of who the name is
    {
      text: 'The bakery shut on Friday.\n\nStaff were told at a meeting on Tuesday morning. Okafor Freight, a carrier which has run the route since it opened, said nobody had warned them.\n\n“We found out from a note on the door, the same as the customers.”',
      output: [`5:1-5:67: ${reason('“We found out from a note…')}`]
    },
    // Still flagged: reported speech after a title of address with a stop, and an aside that is no person's
    {
      text: 'The depot is on the ring road.\n\nMr. Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    // Still flagged: a full name whose first word, no word in lower case, is possessive: a business's name
    {
      text: 'The ferry did not sail on Monday.\n\nCallum\'s Garage said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    // Still flagged: a phrase with no role before the name set beside it is a body's or a place's, and so is an organisation's name beside a role
    {
      text: 'The ferry did not sail on Monday.\n\nThe firm, Islay Ferries, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    {
      text: 'The ferry did not sail on Monday.\n\nThe operator, Islay Shipping Company, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    // Still flagged: a name beside its role with no verb of saying after it, and a role phrase longer than six words
    {
      text: 'The ferry did not sail on Monday.\n\nThe skipper, Ewan Laird, was not hurt when the boat struck the pier on Monday night.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    {
      text: 'The ferry did not sail on Monday.\n\nThe skipper of the small red boat on the pier, Ewan Laird, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    // A name of one word beside a role a business holds as often as a person is the business's
    {
      text: 'The ferry did not sail on Monday.\n\nThe ferry operator, Calmac, said the crossing would reopen once the swell had dropped.\n\n“We will not take a boat out while the waves are breaking over the pier.”',
      output: [`5:1-5:74: ${reason('“We will not take a boat…')}`]
    },
    // Still flagged: a first word that is no word in lower case before a word that ends a body's name, the body's name
    {
      text: 'The branch shut on Monday.\n\nTesco Bank said the accounts would be moved to another branch next month.\n\n“We will not close any account without writing to the customer first.”',
      output: [`5:1-5:71: ${reason('“We will not close any account…')}`]
    },
    // Still flagged: a full name whose first word is a common word in lower case and no given name of the name lists, one after a leading clause, a report too short to be a paraphrase, and a quotation naming the source
    {
      text: 'The depot is on the ring road.\n\nSpencer Holt said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is on the ring road.\n\nOn Thursday, Ana Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is on the ring road.\n\nAna Ruiz said so twice.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is on the ring road.\n\nAna Ruiz said the depot would close early on Friday.\n\n“Ruiz promised us the whole summer and now we have nowhere to go.”',
      output: [`5:1-5:67: ${reason('“Ruiz promised us the whole summer…')}`]
    },
    {
      text: 'The depot is on the ring road.\n\nMarlow Road, which runs past the gate, was closed on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    // Still flagged: after a leading phrase, a surname the story never gave in full, a report too short to be a paraphrase, and a paraphrase naming another person
    {
      text: 'The depot is on the ring road.\n\nAt a news conference on Tuesday, Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is run by Ana Ruiz.\n\nAt a news conference on Tuesday, Ruiz said so twice.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'Ana Ruiz and Tomas Berg run the depot.\n\nOn Friday morning, Ruiz said Berg had told the drivers the depot would close early.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    // Still flagged: a surname after an honorific with a stop, one the story never gave in full or gave only as a place's name, a quotation naming the source, a paraphrase naming another person, and a report too short to be a paraphrase
    {
      text: 'The depot is run by Ana Ruiz.\n\nMr. Ruiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is on the ring road.\n\nRuiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is run by Ana Ruiz.\n\nRuiz said the depot would close early on Friday.\n\n“Ruiz promised us the whole summer and now we have nowhere to go.”',
      output: [`5:1-5:67: ${reason('“Ruiz promised us the whole summer…')}`]
    },
    {
      text: 'Ana Ruiz and Tomas Berg run the depot.\n\nRuiz said that Berg had told the drivers the depot would close early.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The boats were out early on Lake Ruiz on Sunday.\n\nRuiz said the depot would close early on Friday.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    {
      text: 'The depot is run by Ana Ruiz.\n\nRuiz said so twice.\n\n“We have stopped taking bookings for the weekend and we are calling every customer.”',
      output: [`5:1-5:85: ${reason('“We have stopped taking bookings for…')}`]
    },
    // Still flagged: narration that reports words, and a leading clause with no person after it
    {
      text: 'The court heard Spencer on Monday.\n\nSpencer said that the court was wrong.\n\n“Is there any word you would like to offer in your own defence?”',
      output: [`5:1-5:65: ${reason('“Is there any word you would…')}`]
    },
    {
      text: 'The rain had stopped by noon.\n\nWhen the meeting ended, the crowd turned to the gate.\n\n“We will rebuild every temple in this town.”',
      output: [`5:1-5:45: ${reason('“We will rebuild every temple in this town.”')}`]
    },
    // A leading clause with no comma to end it: its subject is not found
    {
      text: 'The rain had stopped by noon.\n\nWhen the rain stopped Brenner looked up.\n\n“We will rebuild every temple in this town.”',
      output: [`5:1-5:45: ${reason('“We will rebuild every temple in this town.”')}`]
    },
    {
      text: 'The plan passed on Tuesday.\n\n“This is a historic day for working families across the state.”',
      output: [`3:1-3:64: ${reason('“This is a historic day for…')}`]
    },
    {
      text: 'The plan is “a recipe for disaster for every family in town.”',
      output: [`1:13-1:62: ${reason('“a recipe for disaster for every…')}`]
    },
    {
      text: 'Peskov said the talks went well. He declined to say more.\n\n"Palmyra will be restored, and it will be a treasure for the world.”',
      output: [`3:1-3:69: ${reason('"Palmyra will be restored, and it…')}`]
    },
    {
      // A place in the narration before is no speaker for the next paragraph
      text: 'Coach Marcus Whitfield praised Ridgeview’s defence. “They made plays,” Whitfield said.\n\nThe team will parade through downtown Ridgeview on Friday.\n\n“Tell everybody to come. Bring the whole family.”',
      output: [`5:1-5:50: ${reason('“Tell everybody to come. Bring the whole family.”')}`]
    },
    {
      // A short quotation inside a sentence does not carry the exchange on
      text: 'The union called the draft “reckless,” and its president said members would attend.\n\n“We are not going to let them balance the books on our backs.”',
      output: [`3:1-3:63: ${reason('“We are not going to let…')}`]
    },
    {
      // A role in the narration before is no speaker for the next paragraph
      text: 'The cure must lie with the husband.\n\n“To get a marriage back where it belongs, he must be more selfish.”',
      output: [`3:1-3:68: ${reason('“To get a marriage back where…')}`]
    },
    {
      // An exchange with no speaker is reported once, at its first turn
      text: 'The talks ended.\n\n“Will you come back next week with a better offer?”\n\n“Only if the union moves first on pay.”',
      output: [`3:1-3:52: ${reason('“Will you come back next week…')}`]
    },
    {
      // Narration that reports speech sets up no quotation of its own
      text: 'The car stopped at the gate and Brenner got out.\n\nBrenner complained that the road was closed.\n\n“It is very simple. Take a message to the hotel for me.”',
      output: [`5:1-5:57: ${reason('“It is very simple. Take a…')}`]
    },
    {
      // A colon with no speaker and no text or saying before it introduces nothing
      text: 'The talks ended.\n\nThe mood was grim: “We will be back next week with a better offer.”',
      output: [`3:20-3:68: ${reason('“We will be back next week…')}`]
    },
    {
      // A voice must be what the next words are about, not any noun after the quotation
      text: 'The ranks came on.\n\n“Over this way! He has not gone far!” The voters will decide in May.',
      output: [`3:1-3:38: ${reason('“Over this way! He has not gone far!”')}`]
    },
    {
      // A full stop ends the quotation: what follows is the writer's next sentence
      text: 'The talks ended.\n\n“We will be back next week with a better offer.” The union walked out.',
      output: [`3:1-3:49: ${reason('“We will be back next week…')}`]
    },
    {
      text: 'The talks ended.\n\n“No comment.”',
      output: [`3:1-3:14: ${reason('“No comment.”')}`]
    },
    {
      // A running quotation with no speaker is reported once, at its first paragraph
      text: 'The talks ended.\n\n“We fought for nine months.\n\n“Now the real work starts.”',
      output: [`3:1-3:28: ${reason('“We fought for nine months.')}`]
    },
    {
      // British single marks
      text: 'Police were called at 2am.\n\n‘We are still looking for the driver who left the scene.’',
      output: [`3:1-3:58: ${reason('‘We are still looking for the…')}`]
    },
    {
      // An unclosed quotation runs to the end of its paragraph
      text: 'The talks ended.\n\n“We will be back next week with a better offer.',
      output: [`3:1-3:48: ${reason('“We will be back next week…')}`]
    },
    {
      // A book name that is also a first name, without a verse or a book number, cites nothing
      text: 'The vote is on Friday.\n\n“Nobody on this council will sign a deal that closes the harbour, Peter 2.”',
      output: [`3:1-3:76: ${reason('“Nobody on this council will sign…')}`]
    },
    {
      // An unattributed quotation in a news story is still flagged, however formal
      text: 'The council met on Tuesday to vote on the budget.\n\n“The harbour fund has been spent twice over, and the books for 2019 do not balance.”',
      output: [`3:1-3:85: ${reason('“The harbour fund has been spent…')}`]
    },
    {
      // A quotation under a subhead with no announcement of quoted answers before it still needs its speaker
      text: 'The harbour board met on Monday.\n\nSea walls\n\n“Our wall was raised a metre in 2015, and the quay has not flooded since.”',
      output: [`5:1-5:75: ${reason('“Our wall was raised a metre…')}`]
    },
    {
      // … and so does one after the announcement that neither follows a subhead nor a colon
      text: 'In the pages that follow, we quote from the harbour masters who answered.\n\nThe storms came early that year.\n\n“Our wall was raised a metre in 2015, and the quay has not flooded since.”',
      output: [`5:1-5:75: ${reason('“Our wall was raised a metre…')}`]
    },
    {
      // … whether the line before it is in lower case or the quotation follows narration in its own paragraph
      text: 'In the pages that follow, we quote from the harbour masters who answered.\n\nthe storms came early\n\n“Our wall was raised a metre in 2015, and the quay has not flooded since.”\n\nThe storms came early. “We moved the small boats inland for the winter, which saves the boats.”',
      output: [`5:1-5:75: ${reason('“Our wall was raised a metre…')}`, `7:24-7:96: ${reason('“We moved the small boats inland…')}`]
    },
    {
      // A long quotation with a comment naming no one, and a short line with a comment naming someone, still need their speakers
      text: 'The old chronicles disagree about the flood.\n\n“The river rose in the night and took the mill, the bridge and half the houses of the lower town, and the people who had stayed behind climbed onto the church roof and waited there for three days until the boats came down from the upper valley.” This is hard to believe.\n\nThe vote is on Friday.\n\n“Nobody on this council will sign a deal that closes the harbour.” This made Hale angry.',
      output: [`3:1-3:246: ${reason('“The river rose in the night…')}`, `7:1-7:67: ${reason('“Nobody on this council will sign…')}`]
    },
    {
      // One old form alone (`ye`) is no scripture
      text: 'The talks ended.\n\n“Ye of little faith will see us back next week.”',
      output: [`3:1-3:49: ${reason('“Ye of little faith will see…')}`]
    },
    {
      // A line that speaks of the person set up, by name, is someone else's
      text: 'The marshal had warned Blue Throat twice.\n\nBlue Throat rode out of town with the survivors.\n\n“That critter will be back tomorrow. Blue Throat won\'t stand for this.”',
      output: [`5:1-5:72: ${reason('“That critter will be back tomorrow.…')}`]
    },
    {
      // A person after the line is no beat when the sentence is the line's own present or future run on
      text: 'The board heard from Raymond Okafor.\n\n“The buses will be back next year, and the drivers too.” Okafor will not stand for this.',
      output: [`3:1-3:57: ${reason('“The buses will be back next…')}`]
    },
    {
      // A quoted subhead has no stop: a line with one is speech
      text: 'The council met on Tuesday.\n\n“We are against the grain of the town.”\n\nThe plan drew 300 letters.',
      output: [`3:1-3:40: ${reason('“We are against the grain of the town.”')}`]
    },
    {
      // Words in brackets with no speaker first are no tag
      text: 'The talks ended.\n\n“We will (and did not hesitate to) say so again next week.”',
      output: [`3:1-3:60: ${reason('“We will (and did not hesitate…')}`]
    },
    {
      // `So` and a verb that says nothing is no tag
      text: 'The vote was close.\n\n“We will not close a single branch this year or next.” So began the long night.',
      output: [`3:1-3:55: ${reason(`“We will not close a single…`)}`]
    },
    {
      // `So said` two paragraphs on names no speaker for this line
      text: 'The vote was close.\n\n“We will not close a single branch this year or next.”\n\nThe room went quiet.\n\nSo said the chief, and left.',
      output: [`3:1-3:55: ${reason(`“We will not close a single…`)}`]
    },
    {
      // The writer's own words in a draft with no interview set up no answer
      text: 'The budget vote is on Monday.\n\nI said that the town could not pay for both schools.\n\n“We can, and we will find the money somewhere.”',
      output: [`5:1-5:48: ${reason('“We can, and we will find…')}`]
    },
    {
      // The writer's `our` in the sentence before, the voice of an editorial, puts no one in a scene
      text: 'The council meets on Monday.\n\nOur city has run short of money for the schools. “The budget will not cover both buildings next year.”',
      output: [`3:50-3:103: ${reason('“The budget will not cover both…')}`]
    },
    {
      // The writer saying something early in a paragraph of narration, in a draft with an interview, hands no line on
      text: 'I met the mayor at her office, and I asked about the budget.\n\nI said that the town was broke. The schools had been closed for a week.\n\n“We can, and we will find the money somewhere.”',
      output: [`5:1-5:48: ${reason('“We can, and we will find…')}`]
    },
    {
      // Nobody about to speak sets up no one
      text: 'The hall was full by eight.\n\nNobody rose to speak, and the room fell silent.\n\n“We are here because every road out of this town has closed.”',
      output: [`5:1-5:62: ${reason('“We are here because every road…')}`]
    },
    {
      // `asked that …` reports her words: the line after needs its own speaker
      text: 'The line went dead at noon.\n\nShe rang his office and asked that he come home.\n\n“I think you had better come home tonight.”',
      output: [`5:1-5:44: ${reason('“I think you had better come home tonight.”')}`]
    },
    {
      // Each quotation of a paragraph with no cue is reported
      text: 'The crowd cheered.\n\n“We did it.” “Nobody thought we could.”',
      output: [`3:1-3:13: ${reason('“We did it.”')}`, `3:14-3:40: ${reason('“Nobody thought we could.”')}`]
    }
  ]

  invalid.push(
    // A quotation that opens the draft with narration after it that names no one
    {
      text: '“Every bus in the county will run on time by spring.”\n\nThe transit board voted on Monday to buy forty new buses.',
      output: [`1:1-1:54: ${reason('“Every bus in the county will…')}`]
    },
    // An unattributed quotation in a news story, after the opening, is still reported
    {
      text: 'Mara Quist took office as transit director on Monday.\n\nThe board voted to buy forty new buses.\n\n“Every bus in the county will run on time by spring.”\n\nQuist said the buses would arrive in March.',
      output: [`5:1-5:54: ${reason('“Every bus in the county will…')}`]
    },
    // A quotation in the second paragraph, after narration, is no opening
    {
      text: 'The transit board met on Monday.\n\n“Every bus in the county will run on time by spring.”\n\nThat was the promise of Transit Director Mara Quist.',
      output: [`3:1-3:54: ${reason('“Every bus in the county will…')}`]
    }
  )

  invalid.push(
    // An apposition longer than an aside with no relative clause in it says nothing sure of who stands before the verb
    {
      text: 'The quarry was fined in June.\n\nJoel Amankwah, a spokesman for the Tarrant Valley Residents Association and a keen walker on the old railway line to Hobb End, said the fine was far too small.\n\n“The children breathe that dust every morning on their way in, and nobody has yet told us when it stops.”',
      output: [`5:1-5:106: ${reason('“The children breathe that dust every…')}`]
    }
  )

  invalid.push(
    // A role acting earlier in the paragraph is not enough
    {
      text: 'The ward was quiet.\n\nThe child is kept on call, and the nurse stays nearby. The corridor was empty. “Somebody has taken the keys to the back stairs.”',
      output: [`3:80-3:129: ${reason('“Somebody has taken the keys to…')}`]
    }
  )

  invalid.push(
    // No voices heard: `no chattering`, `not much`, `without much`; a few voices (`some grumbling`) still owe the reader the one who spoke
    ...[
      'There was some grumbling among members.',
      'There was no chattering.',
      'There was not much exclaiming.',
      "There wasn't much exclaiming.",
      'It ended without much exclaiming.'
    ].map((narration) => ({
      text: `The hall emptied slowly.\n\n${narration} “Open the doors and let us all go home now.”`,
      output: [`3:${narration.length + 2}-3:${narration.length + 46}: ${reason('“Open the doors and let us…')}`]
    })),
    // Active telling, and the progressive, report the person's own words
    ...['I told them it would leave at nine, and then at ten.', 'I was saying that it would leave at nine.'].map((narration) => ({
      text: `The ferry was late again.\n\n${narration}\n\n“Nobody on this island trusts the timetable any more.”`,
      output: [`5:1-5:55: ${reason('“Nobody on this island trusts the…')}`]
    }))
  )

  invalid.push(
    // A thing presented is no one in view, and a name the draft never gives is no one called
    ...['She opened the window and called to her driver. This was the end of a long day.', "She opened the window and called out. This was the old doctor's car."].map((narration) => ({
      text: `The carriage waited in the lane.\n\n${narration}\n\n“Quillon! Take this letter to the bank before it closes today.”\n\nQuillon Brook touched his hat and drove off.`,
      output: [`5:1-5:64: ${reason('“Quillon! Take this letter to the…')}`]
    })),
    {
      text: 'The carriage waited in the lane.\n\nShe opened the window and called to her driver. This was the tall man with the grey whiskers.\n\n“Jasper! Take this letter to the bank before it closes today.”\n\nQuillon Brook touched his hat and drove off.',
      output: [`5:1-5:63: ${reason('“Jasper! Take this letter to the…')}`]
    }
  )

  invalid.push(
    // A sentence after the words that points at no words, names no one, or names them only after a comma
    ...[
      'That was the last message anyone in the town heard.',
      'That was the last message anyone heard that night, and he knew it.',
      'That night the town went dark.',
      'Silence followed.'
    ].map((after) => ({
      text: `The flight left at noon.\n\n“I will call you when I land, I promise.” ${after}`,
      output: [`3:1-3:42: ${reason('“I will call you when I…')}`]
    })),
    // A reply nobody owns, or a person's words deeper in the sentence than its subject, own nothing after the colon
    {
      text: 'The council met on Monday.\n\nThe answer was immediate: “Absolutely not, and nobody here will vote for it.”',
      output: [`3:27-3:78: ${reason('“Absolutely not, and nobody here will…')}`]
    },
    {
      text: 'The council met on Monday.\n\nAfter his answer, the result on the screen was plain: “Motion defeated, nine votes to four.”',
      output: [`3:55-3:93: ${reason('“Motion defeated, nine votes to four.”')}`]
    },
    // A phrase that is no text
    {
      text: 'The council met on Monday.\n\nThe mood of the town, “angry and tired and ready for a fight,” was plain.',
      output: [`3:23-3:63: ${reason('“angry and tired and ready for a fight,”')}`]
    }
  )

  invalid.push(
    // A body after the participle, a participle with no comma in reach, and a place that opens with a first name are no person
    ...['Asked about it, the office said nothing more.', 'Reached late on a wet Monday night at the back of the old union hall in town, Ruiz did not hesitate.'].map((narration) => ({
      text: `The union lost its case on Monday.\n\n${narration}\n\n“We appeal, and we win. It is that simple for us.”`,
      output: [`5:1-5:51: ${reason('“We appeal, and we win. It…')}`]
    })),
    {
      text: 'The council voted on Tuesday.\n\nDana Road has been closed for forty years.\n\n“Every kid in this town learned to swim in that pool.”',
      output: [`5:1-5:55: ${reason('“Every kid in this town learned…')}`]
    }
  )

  invalid.push(
    // A dash before a thing or a number, and words whose source is a text, credit no one
    ...['“The judge got it wrong and we will prove it on appeal” — a sign in the window of Union Hall.', '“The judge got it wrong and we will prove it on appeal” — 1998, the year the mill closed.'].map((line) => ({
      text: `The union lost its case on Monday.\n\n${line}`,
      output: [`3:1-3:56: ${reason('“The judge got it wrong and…')}`]
    })),
    ...['the second verse', 'the heart'].map((source) => ({
      text: `The union lost its case on Monday.\n\n“The judge got it wrong and we will prove it on appeal.” The words, from ${source}, drew cheers.`,
      output: [`3:1-3:57: ${reason('“The judge got it wrong and…')}`]
    }))
  )

  invalid.push(
    // Narration presenting no person (`This was it.`, `Here came the rain.`, `This was the Brook family.`)
    ...[
      'Interested readers across the county will find the full report online at the library.',
      'This was it.',
      'Here came the rain.',
      'This was the Brook family.'
    ].map((narration) => ({
      text: `The ferry was late.\n\n${narration}\n\n“Will you hold the bags for a minute, Tomas?”\n\nTomas Brook took the bags.`,
      output: [`5:1-5:46: ${reason('“Will you hold the bags for…')}`]
    }))
  )

  invalid.push(
    // A title cue in the sentence before names no title: `… to play.` ends before the quotation
    {
      text: 'The club went top on Saturday.\n\nThe result leaves the club two points clear with three games to play. “We have done nothing yet. Ask me again in May.”\n',
      output: [`3:71-3:119: ${reason('“We have done nothing yet. Ask…')}`]
    },
    // A dateline names the place a story was filed from, not a speaker
    {
      text: 'The ferry was cancelled.\n\nPORTLAND, Maine (AP) — A rare eagle has drawn hundreds of birdwatchers to the harbor. “People drove from Ohio for this bird.”\n',
      output: [`3:87-3:126: ${reason('“People drove from Ohio for this bird.”')}`]
    },
    {
      text: 'The ferry was cancelled.\n\nARLO, Neb. — Twenty cars of a freight train left the rails on Monday. “We were lucky with the cargo this time.”\n',
      output: [`3:71-3:112: ${reason('“We were lucky with the cargo this time.”')}`]
    }
  )

  invalid.push(
    // A name before a group of people (`Plainsfield shareholders`) is no person in view
    {
      text: 'The deal was announced on Monday.\n\nPlainsfield shareholders will own about 58% of the combined company, which will keep the Plainsfield name and be based in Des Moines.\n\n“Scale matters more every year in this business, particularly in technology.”\n',
      output: [`5:1-5:78: ${reason('“Scale matters more every year in…')}`]
    }
  )

  it('takes a body\'s name before a verb of saying (`Kingston Council said …`) as no person, so it sets up no quotation after it', async () => {
    // `Kingston` is a surname in the name lists and no word in lower case: the pair looked like a full name on first mention.
    const text = 'The talks ended.\n\nKingston Council said it would help the school look for premises.\n\n“We had the same trouble ten years ago, and a church hall saved us.”\n'
    expect(await lint(text, id)).toEqual([`5:1-5:69: ${reason('“We had the same trouble ten…')}`])
    // Inverted, the same: `said Kingston Council` makes no person of `Council` either.
    expect(await lint('The talks ended.\n\nThe rooms are free on Saturdays, said Kingston Council on Friday.\n\nAfter that Kingston Council was quiet. “We had the same trouble ten years ago, and a church hall saved us.”\n', id)).toHaveLength(1)
    // A given name before the word still makes the pair a person's name.
    expect(await lint('The talks ended.\n\nSarah Bank said she would help the school look for premises.\n\n“We had the same trouble ten years ago, and a church hall saved us.”\n', id)).toEqual([])
  })

  it('takes a first name before a surname that also ends a club name (`Peter Town`) as a person, not a club', async () => {
    // `Town said`: the pair is a person's full name, so `Peter` alone is that person.
    expect(await lint('Peter Town has farmed the valley for forty years. Town said the council had never written to him.\n\nThe new road would cut Peter off from the river. “We were never asked about the road.”\n', id)).toEqual([])
    // `Sarah` is a given name in the name lists.
    expect(await lint('Sarah Town has farmed the valley for forty years.\n\nThe new road would cut Sarah off from the river. “We were never asked about the road.”\n', id)).toEqual([])
    // A place before `Town` stays the club.
    expect(await lint('Harwood Town has played in the valley for forty years.\n\nThe new road would cut Harwood off from the river. “We were never asked about the road.”\n', id)).toEqual([
      `3:52-3:89: ${reason('“We were never asked about the road.”')}`
    ])
  })

  it('takes no one-word name its own sentence calls `their` in the paragraph before for a speaker: a team', async () => {
    const quote = '“We have to win at Easter or it is over for us.”'
    const story = 'The snow came late this year, and Kelsby lost on Saturday at home.'
    expect(await lint(`${story}\n\nKelsby dropped three of their last four games.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:49: ${reason('“We have to win at Easter…')}`
    ])
    // A given name of the lists, or a plural between the name and `their`, leaves the name a person's.
    expect(await lint(`${story}\n\nDaniel dropped three of their last four games.\n\n${quote}\n`, id)).toEqual([])
    expect(await lint(`${story}\n\nKelsby handed the players their shirts in the rain.\n\n${quote}\n`, id)).toEqual([])
  })

  it('takes no one-word name with a plural verb straight after it (`Ashby were`, `Ashby have`) in the paragraph before for a speaker: a team', async () => {
    const quote = '“Nobody in that dressing room wants to talk about the weather.”'
    const story = 'The rain stopped play twice at Mill Road on Sunday.'
    for (const sentence of ['Ashby were bowled out for 96 after lunch.', 'Ashby are bottom of the table with two games left.', 'Ashby have lost four matches in a row.', 'Ashby have been bottom since May.']) {
      expect(await lint(`${story}\n\n${sentence}\n\n${quote}\n`, id)).toEqual([`5:1-5:64: ${reason('“Nobody in that dressing room wants…')}`])
    }
    // A singular verb, or a given name of the lists, leaves the name a person's.
    expect(await lint(`${story}\n\nAshby was bowled out for 96 after lunch.\n\n${quote}\n`, id)).toEqual([])
    expect(await lint(`${story}\n\nDaniel were bowled out for 96 after lunch.\n\n${quote}\n`, id)).toEqual([])
  })

  it('takes no organisation opening the sentence before a quotation for its speaker, though `the company said` after the words attributes them', async () => {
    const quote = '“Ships are waiting four or five days for a berth at both ports.”'
    // In the quotation's paragraph: the places and months the body's sentence names are no speakers either.
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays at Rotterdam and Felixstowe to last into April. ${quote}\n`, id)).toEqual([
      `3:81-3:145: ${reason('“Ships are waiting four or five…')}`
    ])
    expect(await lint(`The storms went on into March.\n\nOakfield Bank has lost customers to digital lenders. ${quote}\n`, id)).toEqual([
      `3:54-3:118: ${reason('“Ships are waiting four or five…')}`
    ])
    // In the paragraph before, with `their` for the club, and an ending in capitals.
    expect(await lint(`The storms went on into March.\n\nRiverside FC sit seventh on the table after a run of four games without a win in their league.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:65: ${reason('“Ships are waiting four or five…')}`
    ])
    // The body named after the words, or a person of it before them, attributes the quotation.
    expect(await lint(`Westmark Freight expects delays at Rotterdam and Felixstowe to last into April. ${quote.replace('.”', ',”')} the company said.\n`, id)).toEqual([])
    expect(await lint(`Westmark Freight's head of logistics, Hanna Lund, expects delays to last into April. ${quote}\n`, id)).toEqual([])
    expect(await lint(`Westmark Freight chief Hanna Lund expects delays to last into April. ${quote}\n`, id)).toEqual([])
    // A given name and one such word is a person's name.
    expect(await lint(`The storms went on into March.\n\nSarah Bank has run the depot for twenty years. ${quote}\n`, id)).toEqual([])
    // A person who opens a clause of their own after `, and`, `, but` or `;` is set up; one the body acts on is not.
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays to last into April, and Hanna Lund runs its Rotterdam depot. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays to last into April; Hanna Lund runs its Rotterdam depot. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The storms went on into March.\n\nWestmark Freight has hired Hanna Lund to run its Rotterdam depot. ${quote}\n`, id)).toEqual([
      `3:67-3:131: ${reason('“Ships are waiting four or five…')}`
    ])
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays to last into April, and its Rotterdam depot is full. ${quote}\n`, id)).toEqual([
      `3:86-3:150: ${reason('“Ships are waiting four or five…')}`
    ])
    // The clause's first word is read as a sentence's first word is: a lone name is a person only with more to go on (a name
    // the lists vouch for before its verb, `Ruiz runs`); a place opening the clause (`; Felixstowe is`) sets up no one.
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays to last into April, and Ruiz runs its Rotterdam depot. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The storms went on into March.\n\nWestmark Freight expects delays to last into April; Felixstowe is also closed. ${quote}\n`, id)).toEqual([
      `3:80-3:144: ${reason('“Ships are waiting four or five…')}`
    ])
  })

  it('takes no place or body listed after a preposition of place or `the` (`near Mildura and Renmark`) for the speaker set up in the sentence before', async () => {
    const quote = '“We had the fans running all night and it made no difference at all.”'
    expect(await lint(`The cold came late.\n\nFrost hit vineyards near Mildura and Renmark in September. ${quote}\n`, id)).toEqual([
      `3:60-3:129: ${reason('“We had the fans running all…')}`
    ])
    expect(await lint(`The cold came late.\n\nWalkouts are planned at Leeds, York and Doncaster in October. ${quote}\n`, id)).toEqual([
      `3:63-3:132: ${reason('“We had the fans running all…')}`
    ])
    expect(await lint(`The cold came late.\n\nThe Scottish Greens and Labour both backed the plan in November. ${quote}\n`, id)).toEqual([
      `3:66-3:135: ${reason('“We had the fans running all…')}`
    ])
    // A name the draft gives a person, a given name of the name lists, or the subject of a clause of its own after a preposition is a person still.
    expect(await lint(`The cold came late. Renmark said the frost had come in the night.\n\nFrost hit vineyards near Mildura and Renmark in September. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The cold came late.\n\nFrost hit vineyards near Mildura and Georgia in September. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The cold came late.\n\nThe frost was worst near Mildura and Bianchi lost half his crop. ${quote}\n`, id)).toEqual([])
    // A name the draft writes after a given name elsewhere (`Tomasz Renmark`), with no verb of saying or title beside it, is that person still.
    expect(await lint(`Tomasz Renmark lost most of his vines to the cold.\n\nFrost hit vineyards near Mildura and Renmark in September. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The town is quiet.\n\nThe Nationals and Kowal backed the plan in September. ${quote}\n`, id)).toEqual([
      `3:55-3:124: ${reason('“We had the fans running all…')}`
    ])
    expect(await lint(`Helena Kowal grows grapes outside the town.\n\nThe Nationals and Kowal backed the plan in September. ${quote}\n`, id)).toEqual([])
    // A comma with no more of a list after the name ends the place: `near Mildura, Bianchi …` is a person.
    expect(await lint(`The cold came late.\n\nAfter the frost near Mildura, Bianchi sold the farm. ${quote}\n`, id)).toEqual([])
    // The speaker named with the words attributes them.
    expect(await lint(`Frost hit vineyards near Mildura and Renmark in September. ${quote.replace('.”', ',”')} said Luca Bianchi.\n`, id)).toEqual([])
  })

  it('takes no `they` for a plural of things in the sentence before a quotation for its speaker', async () => {
    const quote = '“We are not going to take any chances with a blade that size.”'
    expect(await lint(`The wind farm was shut on Tuesday.\n\nThe turbines were switched on in March last year. They had been running at full output all winter.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:63: ${reason('“We are not going to take…')}`
    ])
    expect(await lint(`The wind farm was shut on Tuesday. The new turbines are built in Esbjerg. They are longer than the ones they replace. ${quote}\n`, id)).toEqual([
      `1:119-1:181: ${reason('“We are not going to take…')}`
    ])
    // A plural of people, or one whose ending is as often people, is who `they` are.
    expect(await lint(`The wind farm was shut on Tuesday.\n\nThe engineers were called out in March last year. They had been on site all winter.\n\n${quote}\n`, id)).toEqual([])
    expect(await lint(`The wind farm was shut on Tuesday. The families are back in their homes. They are tired of waiting. ${quote}\n`, id)).toEqual([])
    // A `he` or `she` in the sentence still sets the line up.
    expect(await lint(`The wind farm was shut on Tuesday. The turbines were switched off. They were checked by Munro before he left. ${quote}\n`, id)).toEqual([])
  })

  it('takes no bare plural of people saying something elsewhere in the paragraph for the speaker of an untagged quotation', async () => {
    const quote = '“My children cough all night, and the doctor says it is the air.”'
    expect(await lint(`The landfill has burned for a week.\n\nResidents say they keep their windows shut day and night. ${quote}\n`, id)).toEqual([
      `3:59-3:124: ${reason('“My children cough all night, and…')}`
    ])
    expect(await lint(`The landfill has burned for a week. Builders said the fire was out.\n\nThe smoke was thicker by Monday. Builders say the site should have been capped years ago. ${quote}\n`, id)).toEqual([
      `3:91-3:156: ${reason('“My children cough all night, and…')}`
    ])
    // A person named with the words, the group as the quotation's own tag, or a body that speaks through statements still attribute them.
    expect(await lint(`The landfill has burned for a week.\n\nResidents say they keep their windows shut. ${quote.replace('.”', ',”')} said Meena Pillai.\n`, id)).toEqual([])
    expect(await lint(`The landfill has burned for a week.\n\n${quote.replace('.”', ',”')} residents said.\n`, id)).toEqual([])
    expect(await lint(`The landfill has burned for a week.\n\nPolice said the fire was started deliberately. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The landfill has burned for a week.\n\nThe residents said they keep their windows shut. ${quote}\n`, id)).toEqual([])
    // A person named after the group's verb is set up, as in any sentence before the quotation; the group itself is not.
    expect(await lint(`The landfill has burned for a week.\n\nResidents say the smell is worse, and Meena Pillai agrees. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The landfill has burned for a week.\n\nResidents say the smell is worse than it was. ${quote}\n`, id)).toEqual([
      `3:47-3:112: ${reason('“My children cough all night, and…')}`
    ])
  })

  it('takes no group or body that opens the sentence before a verb of saying for a person in the paragraph before', async () => {
    const quote = '“We had the wiring checked only last spring, and nobody said a word about it.”'
    const finding = `5:1-5:79: ${reason('“We had the wiring checked only…')}`
    // `Police`, `Firefighters`, `Inspectors` before `found` are capitalised only because they open the sentence: no one in view.
    for (const opening of ['Police found a can of petrol', 'Firefighters found the cause', 'Inspectors found the cause']) {
      expect(await lint(`A fire closed the bakery on Hill Road on Sunday.\n\n${opening} behind the ovens.\n\n${quote}\n`, id)).toEqual([finding])
    }
    // A name after the group's word, or a surname that is a singular role noun, is still a person in view.
    expect(await lint(`A fire closed the bakery on Hill Road on Sunday.\n\nPolice Sergeant Ana Ruiz found a can of petrol behind the ovens.\n\n${quote}\n`, id)).toEqual([])
    expect(await lint(`A fire closed the bakery on Hill Road on Sunday.\n\nCook found a can of petrol behind the ovens.\n\n${quote}\n`, id)).toEqual([])
  })

  it('takes a title with a lower-case role noun or a modifier, and a short phrase before it, as introducing a source in full', async () => {
    const quote = '“We looked at every other saving before we came to this one.”'
    const finding = `5:1-5:62: ${reason('“We looked at every other saving…')}`
    const story = (paraphrase: string) => `The library board met on Monday.\n\n${paraphrase}\n\n${quote}\n`
    // A title whose role noun is in lower case (`Board member`), or has a capitalised modifier (`Finance Director`), before the full name.
    expect(await lint(story('Board member Alan Fitch, who chairs the finance committee, said the branch could not stay open on Sundays.'), id)).toEqual([])
    expect(await lint(story('Finance Director Alan Fitch said the branch could not stay open on Sundays.'), id)).toEqual([])
    // A short phrase of place or time opening the sentence before the title.
    expect(await lint(story('At the meeting, Librarian Alan Fitch said the branch could not stay open on Sundays.'), id)).toEqual([])
    expect(await lint(story('At the meeting, Finance Director Alan Fitch said the branch could not stay open on Sundays.'), id)).toEqual([])
    // A run with no role noun before the name is no title.
    expect(await lint(story('Library Friends Alan Fitch said the branch could not stay open on Sundays.'), id)).toEqual([finding])
  })

  it('carries an exchange through a short reply whose last word is a lower-case small word', async () => {
    // `Not yet` ends in `yet`, which Title Case would capitalise: a line of the exchange, so the next turn follows on.
    expect(await lint('Her sister rings from the mainland every evening.\n\n“Has he shown you the old boathouse yet?”\n\n“Not yet,” I say.\n\n“He will.”\n', id)).toEqual([])
  })

  it('takes a street after a preposition that takes one as the place, whatever its first word', async () => {
    // `Victoria` is a given name in the name lists; `on` and `along` take a street.
    expect(await lint('The water main burst at dawn.\n\nMost of the shops are on Victoria Road. “Nobody has told us when the water will be back on.”\n', id)).toEqual([
      `3:41-3:93: ${reason('“Nobody has told us when the…')}`
    ])
    expect(await lint('The water main burst at dawn.\n\nThe crews worked along George Street all night. “Nobody has told us when the water will be back on.”\n', id)).toEqual([
      `3:49-3:101: ${reason('“Nobody has told us when the…')}`
    ])
    // The same name and place word opening the sentence may be a person's full name.
    expect(await lint('The water main burst at dawn.\n\nDella Street stood outside her shop. “Nobody has told us when the water will be back on.”\n', id)).toEqual([])
    // After a verb whose particle takes a person (`relied on`), the given name and place word are a person's again.
    expect(await lint('The water main burst at dawn.\n\nThe crews relied on Della Street all night. “Nobody has told us when the water will be back on.”\n', id)).toEqual([])
  })

  it('takes a place word after a name as the end of the place, not a verb of saying', async () => {
    const opening = 'The ferry will stop running on Sunday after the last operator gave up its licence.\n\n'
    const line = '\n\n“We were told nothing until the notice went up on the pier.”\n'
    // `Point` is also a verb of saying; after `Carrow` it ends the place's name, so `Carrow` is no person in view.
    expect(await lint(`${opening}The crossing ran every hour to the jetty west of Carrow Point.${line}`, id)).toEqual([
      `5:1-5:61: ${reason('“We were told nothing until the…')}`
    ])
    // A surname that is a place word, after a given name or a title, or alone after the person was named, is still a person.
    expect(await lint(`${opening}Ana Hill said the crossing ran every hour.${line}`, id)).toEqual([])
    expect(await lint(`${opening}Mr Park said the crossing ran every hour.${line}`, id)).toEqual([])
    expect(await lint(`${opening}Ana Hill runs the kiosk.\n\nHill looked along the empty jetty.${line}`, id)).toEqual([])
    // The verb in lower case still makes the name before it a person's.
    expect(await lint(`${opening}Carrow points out that the crossing ran every hour.${line}`, id)).toEqual([])
  })

  it('takes a name with its verb after it as the person in view, and shareholders as speakers', async () => {
    expect(await lint('The deal was announced by the chief, Harold Nwosu, on Monday.\n\nNwosu will own about 58% of the combined company.\n\n“Scale matters more every year in this business, particularly in technology.”\n', id)).toEqual([])
    expect(await lint('Shareholders said the deal was fair.\n\n“Scale matters more every year in this business, particularly in technology,” the shareholders said.\n', id)).toEqual([])
  })

  it('takes a person named after a dateline, or in a sentence that opens with capitals and no dateline, as set up', async () => {
    expect(await lint('The ferry was cancelled.\n\nPORTLAND, Maine (AP) — Jean Abara has counted birds for forty years. “People drove from Ohio for this bird.”\n', id)).toEqual([])
    expect(await lint('The ferry was cancelled.\n\nNASA engineers met Tomas Reyes on Monday. “We will fly again before the end of the year.”\n', id)).toEqual([])
    expect(await lint('The ferry was cancelled.\n\nUPDATE: Tomas Reyes arrived on Monday. “We will fly again before the end of the year.”\n', id)).toEqual([])
    expect(await lint('The ferry was cancelled.\n\nPORTLAND, Maine. Jean Abara waited. “People drove from Ohio for this bird.”\n', id)).toEqual([])
  })

  for (const {text, output} of invalid) {
    it(`flags: ${text.slice(0, 60).replace(/\n/g, ' ')}`, async () => {
      expect(await lint(text, id)).toEqual(output)
      expect(await fix(text, id)).toBe(text)
    })
  }

  it('takes a first name the draft writes before a surname it uses across a line break or in Markdown emphasis', async () => {
    const scene = 'The carriage waited in the lane.\n\nShe opened the window and called to her driver. This was the tall man with the grey whiskers.\n\n“Quillon! Take this letter to the bank before it closes today.”\n\n'
    expect(await lint(`${scene}It was late. Quillon\nBrook touched his hat and drove off.`, id)).toEqual([])
    expect(await lint(`${scene}*Quillon* Brook touched his hat and drove off.`, id, undefined, {}, 'a.md')).toEqual([])
    // A name the draft never gives in full calls no one it knows.
    expect(await lint(`${scene}It was late. Quillon left.\n\nThe driver, Brook, touched his hat.`, id)).toEqual([`5:1-5:64: ${reason('“Quillon! Take this letter to the…')}`])
  })

  it('takes no capitalised word that opens the sentence before for a speaker when the draft uses it only to open a longer name', async () => {
    const quote = '“Every crossing will now wait for a second weather check.”'
    const text = `The harbour board met in New York on Monday.\n\nNew timetables for the ferries followed the storm. ${quote}\n`
    expect(await lint(text, id)).toEqual([`3:52-3:110: ${reason('“Every crossing will now wait for…')}`])
    // A name the draft uses alone sets up the quotation.
    expect(await lint(`The harbour board met with Ortiz on Monday.\n\nOrtiz studied the timetables after the storm. ${quote}\n`, id)).toEqual([])
  })

  it('takes no name that modifies a group of people in the sentence before for a speaker', async () => {
    const quote = '“Nobody should have to drive two hours to see a doctor.”'
    expect(await lint(`Doubts are spreading among nurses and Valley farmers about the new clinic. ${quote}\n`, id)).toEqual([
      `1:76-1:132: ${reason('“Nobody should have to drive two…')}`
    ])
    // A name that stands for one person sets it up.
    expect(await lint(`Doubts are spreading, and Valley walked out of the new clinic. ${quote}\n`, id)).toEqual([])
  })

  it('takes a name of the name lists opening the sentence before as the subject of a verb for a speaker', async () => {
    const quote = '“Nobody in the town expected the new road to open so soon.”'
    expect(await lint(`The council met on Monday.\n\nSpencer didn't answer.\n\n${quote}\n`, id)).toEqual([])
    expect(await lint(`The council met on Monday. Spencer looked away. ${quote}\n`, id)).toEqual([])
    // A verb in the present, as news copy tells of people.
    expect(await lint(`The council met on Monday. Spencer wants a vote. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The council met on Monday.\n\nSpencer plans to appeal.\n\n${quote}\n`, id)).toEqual([])
    // Not a plural the name modifies, before its verb.
    expect(await lint(`The council met on Monday. Spencer schools reopened. ${quote}\n`, id)).toEqual([
      `1:54-1:113: ${reason('“Nobody in the town expected the…')}`
    ])
    // Not a name the lists know, nor a listed name that opens a longer name, nor one before no verb.
    expect(await lint(`The council met on Monday. Zorblat looked away. ${quote}\n`, id)).toEqual([
      `1:49-1:108: ${reason('“Nobody in the town expected the…')}`
    ])
    expect(await lint(`The council met on Monday.\n\nSpencer Road was closed.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:60: ${reason('“Nobody in the town expected the…')}`
    ])
    expect(await lint(`The council met on Monday.\n\nSpencer school reopened.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:60: ${reason('“Nobody in the town expected the…')}`
    ])
  })

  it('takes no role noun that modifies the next noun in the sentence before for a speaker', async () => {
    const quote = '“Nobody in the town expected the new road to open so soon.”'
    expect(await lint(`The council met on Monday. The first major change came in May. ${quote}\n`, id)).toEqual([
      `1:64-1:123: ${reason('“Nobody in the town expected the…')}`
    ])
    expect(await lint(`The council met on Monday. A general strike began in May. ${quote}\n`, id)).toEqual([
      `1:59-1:118: ${reason('“Nobody in the town expected the…')}`
    ])
    // The same word heading its phrase, before a verb or a role, is a person.
    expect(await lint(`The council met on Monday. The major looked up from the map. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The council met on Monday. The general said little. ${quote}\n`, id)).toEqual([])
    expect(await lint(`The council met on Monday. The chief executive spoke first. ${quote}\n`, id)).toEqual([])
  })

  it('takes no name of a person after `the` or a preposition of place in the paragraph before for a speaker', async () => {
    const opening = '“The talks will resume in June,” said Northern Ireland Secretary Lee.\n\n'
    const quote = '“Nothing has been signed and nothing will be until the autumn.”'
    expect(await lint(`${opening}The delegates stayed in Northern Ireland over the weekend.\n\n${quote}\n`, id)).toEqual([
      `5:1-5:64: ${reason('“Nothing has been signed and nothing…')}`
    ])
    // A possessive is a person's, after a preposition too.
    expect(await lint(`${opening}The delegates waited in Lee’s office over the weekend.\n\n${quote}\n`, id)).toEqual([])
  })

  it('takes no verb of saying after `This` or `That` opening its sentence for a speaker', async () => {
    const quote = '“Every one of the stations ran dry before noon on the first day.”'
    expect(await lint(`The fuel figures came in on Monday. This explained a great deal. ${quote}\n`, id)).toEqual([`1:66-1:131: ${reason('“Every one of the stations ran…')}`])
    // A person before the same verb speaks.
    expect(await lint(`The fuel figures came in on Monday. The mayor explained a great deal. ${quote}\n`, id)).toEqual([])
  })

  it('takes a line addressed to someone after narration with `he` or `she` in view for a turn of the scene, however long the narration', async () => {
    const scene =
      'The ferry was late and the pier was crowded with families.\n\nMarta Ruiz stood by the rail with her brother Tomas. Her hands shook so badly that she dropped the tickets twice before she could say a word.\n\n'
    // A name the draft gives a person, after a comma or opening the line.
    expect(await lint(`${scene}“Will you hold the bags for a minute, Tomas?”\n\nTomas took the bags.\n`, id)).toEqual([])
    expect(await lint(`${scene}“Tomas. I left the passports in the car.”\n\nTomas took the bags.\n`, id)).toEqual([])
    // A word of address and a title alone.
    expect(await lint(`${scene}“I left the passports in the car, sir.”\n`, id)).toEqual([])
    expect(await lint(`${scene}“Where do we board the boat now, Captain?”\n`, id)).toEqual([])
    expect(await lint(`${scene}“Where do we board the boat now, Countess?”\n`, id)).toEqual([])
    expect(await lint(`${scene}“Where do we board the boat now, Master Quolbeck?”\n`, id)).toEqual([])
    expect(await lint(`${scene}“Mr. Vega, we left the passports in the car.”\n`, id)).toEqual([])
  })

  it('takes a first name of the name lists, or an address that ends its sentence, for a person called', async () => {
    // `Julie` is named only in the lines, never in the narration: the name lists vouch for it.
    const scene =
      'The ward was quiet after midnight.\n\nThe ward was dark except for the small lamp by the door, and the rain had not stopped once since she came in with the tea.\n\n'
    expect(await lint(`${scene}“I am fine, Julie. Please, you just go on home now.”\n`, id)).toEqual([])
    expect(await lint(`${scene}“Julie, I am fine and you should just go on home now.”\n`, id)).toEqual([])
    // A role alone, called as a title: `Nurse`.
    expect(await lint(`${scene}“I am fine, Nurse. Please, you just go on home now.”\n`, id)).toEqual([])
    // A capitalised word the lists do not know as a name is no address.
    expect(await lint(`${scene}“I am fine, Tuesday. Please, you just go on home now.”\n`, id)).toEqual([
      `5:1-5:55: ${reason('“I am fine, Tuesday. Please, you…')}`
    ])
    // Called by a listed name, but no person in view: still an orphan.
    expect(await lint('The ward was quiet after midnight.\n\n“I am fine, Julie. Please, you just go on home now.”\n', id)).toEqual([
      `3:1-3:53: ${reason('“I am fine, Julie. Please, you…')}`
    ])
  })

  it('reads a written-out title ending a sentence in capitalised words as a line of dialogue, an abbreviated one as part of a title', async () => {
    const before = 'The harbour was empty at noon.\n\nThe ferry had gone. '
    expect(await lint(`${before}“Thank You Kindly, Sir. Good Night To You”\n`, id)).toEqual([
      `3:21-3:63: Unexpected quotation with no speaker \`“Thank You Kindly, Sir. Good Night To You”\`, expected a speaker named in its sentence or paragraph`
    ])
    expect(await lint(`${before}“Thank You Kindly, Capt. Good Night To You”\n`, id)).toEqual([])
  })

  it('takes a paragraph whose speaker carries on with `added`, `continued` or `went on` for the speaker of the quotation before it', async () => {
    const before = 'The players listened as Kessler spoke about the season ahead.\n\nThe orchestra will play three new works this winter, all commissioned by the city.\n\n'
    const line = '“And next year we will take the whole programme on the road, to six cities.”\n\n'
    expect(await lint(`${before}${line}He added that the tour is paid for.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}He also added that the tour is paid for.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}Kessler continued in the same vein about the players.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}The music director went on: the hall needs a new roof.\n`, id)).toEqual([])
  })

  it('takes a paragraph whose person tells someone, within a few words, for the speaker of the quotation before it', async () => {
    const before = 'The players listened as Kessler spoke about the season ahead.\n\nThe orchestra will play three new works this winter, all commissioned by the city.\n\n'
    const line = '“And next year we will take the whole programme on the road, to six cities.”\n\n'
    expect(await lint(`${before}${line}Kessler leaned back in his chair and told the players how the tour was paid for.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}Anna Kessler told reporters later that the tour is paid for.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}She told him the tour is paid for.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}When the rehearsal ended, Kessler told Ortiz about the tour.\n`, id)).toEqual([])
    expect(await lint(`${before}${line}Kessler, the conductor, later told the players how the tour was paid for.\n`, id)).toEqual([])
    // Telling no one, being told, someone else telling, or the words followed by the writer's own: flagged.
    const flagged = [`5:1-5:77: ${reason('“And next year we will take…')}`]
    expect(await lint(`${before}${line}Kessler told the story of the tour again.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}${line}Kessler was told by the council that the tour is paid for.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}${line}Kessler said that the mayor told him the tour is paid for.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}${line}The council told the players that the tour is paid for.\n`, id)).toEqual(flagged)
    // Another subject before `told`, with no `that` to end the person's clause.
    expect(await lint(`${before}${line}Kessler said the mayor told him the tour is paid for.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}${line}Kessler knew the mayor had told them the truth.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}${line}Kessler's wife told reporters the tour is paid for.\n`, id)).toEqual(flagged)
    expect(await lint(`${before}“And next year we will take the whole programme on the road.” The tour starts in May.\n\nKessler told the players so.\n`, id)).toEqual([
      `5:1-5:62: ${reason('“And next year we will take…')}`
    ])
  })

  it('still flags a quotation followed by a paragraph that adds no words of its speaker', async () => {
    const before = 'The players listened as Kessler spoke about the season ahead.\n\nThe orchestra will play three new works this winter, all commissioned by the city.\n\n'
    const line = '“And next year we will take the whole programme on the road, to six cities.”\n\n'
    // A thing adds, or the person goes somewhere: no words carried on.
    expect(await lint(`${before}${line}The council added two concerts in May.\n`, id)).toEqual([`5:1-5:77: ${reason('“And next year we will take…')}`])
    expect(await lint(`${before}${line}He went home after the rehearsal.\n`, id)).toEqual([`5:1-5:77: ${reason('“And next year we will take…')}`])
    // Words of the writer's after the quotation in its paragraph: the paragraph after carries on from them.
    expect(await lint(`${before}“And next year we will take the whole programme on the road.” The tour starts in May.\n\nHe added that it is paid for.\n`, id)).toEqual([
      `5:1-5:62: ${reason('“And next year we will take…')}`
    ])
  })

  it('takes a quotation after a paragraph whose tagged quotation is followed by one short bridge naming no one else for the follow-on quote', async () => {
    const before = 'Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. The first change was brown bread instead of white.\n\n'
    expect(await lint(`${before}“Adults take a long time to convince, and pushing them never works.”\n`, id)).toEqual([])
  })

  it('takes `in the words of` and a speaker as the attribution of the quotation after it', async () => {
    expect(
      await lint('Irena Holm has studied the river for thirty years.\n\nIn the words of Irena Holm, “The river keeps its own calendar, and nobody in this valley has learned to read it.”\n', id)
    ).toEqual([])
  })

  it('reads a bare `man` in the bridge after a tagged quotation as humankind, not someone else in view', async () => {
    const before = 'Irena Holm has studied the river for thirty years.\n\n“The river keeps its own calendar,” she writes.'
    const line = '\n\n“Every spring the water rises a little higher than the year before, and every spring we are surprised.”\n'
    expect(await lint(`${before} But man has never been able to plan for it.${line}`, id)).toEqual([])
    // With a determiner, or as part of a longer noun, it is a person in view.
    const flagged = [`5:1-5:104: ${reason('“Every spring the water rises a…')}`]
    expect(await lint(`${before} But the man has never been able to plan for it.${line}`, id)).toEqual(flagged)
    expect(await lint(`${before} But the ferryman has never been able to plan for it.${line}`, id)).toEqual(flagged)
  })

  it('still flags a quotation in a news story after narration about humankind, with no tagged quotation before it', async () => {
    expect(
      await lint('The council passed the budget on Tuesday by five votes to two. But man cannot live on roads alone.\n\n“We will need a new pool before the summer, and the money is not there.”\n', id)
    ).toEqual([`3:1-3:73: ${reason('“We will need a new pool…')}`])
  })

  it('takes a quotation opening the paragraph after a labelled line as that speaker carrying on', async () => {
    const label = 'The mayor took questions at the town hall.\n\nMAYOR LUND: “We will open the pool in June, whatever the council decides.”\n\n'
    const line = '“And the school will follow in September, if the money holds.”\n'
    expect(await lint(`${label}${line}`, id)).toEqual([])
    // Narration of the writer's between them ends the exchange.
    expect(await lint(`${label}The council voted on Tuesday to close the library for the summer.\n\n${line}`, id)).toEqual([
      `7:1-7:63: ${reason('“And the school will follow in…')}`
    ])
  })

  it('still flags a quotation after a tagged one when the writer goes on longer, or brings someone else into view', async () => {
    const line = '“Adults take a long time to convince, and pushing them never works.”\n'
    // Two sentences of the writer's after the tag.
    expect(
      await lint(`Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. The first change was brown bread. The cooks baked it daily.\n\n${line}`, id)
    ).toEqual([`5:1-5:69: ${reason('“Adults take a long time to…')}`])
    // A long bridge, or a quotation with no tag in its sentence.
    expect(
      await lint(
        `Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. The first change of that long and difficult year was the brown bread that came out of the new ovens in the old barn.\n\n${line}`,
        id
      )
    ).toEqual([`5:1-5:69: ${reason('“Adults take a long time to…')}`])
    // A pronoun for someone is no bridge, though it sets the line up by itself (`Her …` in the sentence before).
    expect(await lint(`Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. Her first change was brown bread.\n\n${line}`, id)).toEqual([])
    expect(
      await lint(`Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” runs the motto on the barn door. The first change was brown bread.\n\n${line}`, id)
    ).toEqual([`5:1-5:69: ${reason('“Adults take a long time to…')}`])
    // A name in the bridge: another person in view.
    expect(
      await lint(`Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. The first change was brown bread from Lund's bakery.\n\n${line}`, id)
    ).toEqual([`5:1-5:69: ${reason('“Adults take a long time to…')}`])
    // A role in the bridge: another person in view.
    expect(
      await lint(`Mr. Okafor runs the school farm.\n\n“First the soil, then the kitchen,” says Mr. Okafor. The head cook disliked brown bread at first.\n\n${line}`, id)
    ).toEqual([`5:1-5:69: ${reason('“Adults take a long time to…')}`])
  })

  it('still flags a line addressed to someone after narration with no person in view, or with only the writer in it', async () => {
    const line = '“Will you hold the bags for a minute, Tomas?”'
    const end = '\n\nTomas took the bags.\n'
    // Only a role mentioned: a line moved after a paragraph about something else.
    expect(await lint(`Tomas Ruiz came late.\n\nThe ferry was late and the pier was crowded by the captain's cabin.\n\n${line}${end}`, id)).toEqual([
      `5:1-5:46: ${reason('“Will you hold the bags for…')}`
    ])
    // The writer recalling is no scene either.
    expect(await lint(`Tomas Ruiz came late.\n\nI recall that the ferry was late that year.\n\n${line}${end}`, id)).toEqual([
      `5:1-5:46: ${reason('“Will you hold the bags for…')}`
    ])
    // No address: the long narration sets up no line of its own.
    expect(
      await lint(
        'The ferry was late and the pier was crowded with families.\n\nMarta Ruiz stood by the rail with her brother. Her hands shook so badly that she dropped the tickets twice before she could say a word.\n\n“We left the passports in the car again this morning.”\n',
        id
      )
    ).toEqual([`5:1-5:55: ${reason('“We left the passports in the…')}`])
    // A place after a comma is no address (`Austin, Texas`).
    expect(
      await lint(
        'The ferry was late.\n\nMarta Ruiz stood by the rail. Her hands shook so badly that she dropped the tickets twice before she could say a word.\n\n“We moved here from Austin, Texas, in the spring of last year.”\n',
        id
      )
    ).toEqual([`5:1-5:64: ${reason('“We moved here from Austin, Texas,…')}`])
  })

  it('takes a line calling by name a person who spoke with a tag in the paragraphs just before for their reply', async () => {
    const exchange = 'The dock office was small.\n\n“We can load the grain by Friday,” Amos said, “if the weather holds.”\n\nThe clock ticked on the wall.\n\n'
    expect(await lint(`${exchange}“Then it is settled. But you should know, Amos, that the barges are already late.”\n`, id)).toEqual([])
    expect(await lint(`${exchange}“Amos, the barges are already late and the buyers are angry.”\n`, id)).toEqual([])
    // A title and the name: `Mr. Okafor` after `“…,” Okafor went on.`
    expect(
      await lint('Okafor ran the depot.\n\n“Yes,” Okafor went on, “the trucks were never full.”\n\nRain fell on the yard outside.\n\n“Mr. Okafor, your own report says the trucks were full.”\n', id)
    ).toEqual([])
  })

  it('still flags a line calling someone who was only named in the narration before, or who spoke further back', async () => {
    // Named, not heard: a line moved after a paragraph about something else.
    expect(
      await lint('Amos ran the dock office.\n\nThe clock ticked on the wall.\n\n“Then it is settled. But you should know, Amos, that the barges are already late.”\n', id)
    ).toEqual([`5:1-5:83: ${reason('“Then it is settled. But you…')}`])
    // The speaker called spoke four paragraphs back.
    expect(
      await lint(
        '“We can load the grain by Friday,” Amos said.\n\nThe clock ticked.\n\nThe rain came.\n\nThe river rose.\n\n“Then it is settled. But you should know, Amos, that the barges are already late.”\n',
        id
      )
    ).toEqual([`9:1-9:83: ${reason('“Then it is settled. But you…')}`])
  })

  it('carries an exchange on through a line whose opening mark was lost', async () => {
    const exchange = 'The ferry was late.\n\n“Where is the harbour master?” Vega asked.\n\n“Gone home, sir.”\n\n'
    // `quote-balance` reports the lost mark; the line is a turn, so the reply after it continues the exchange.
    expect(await lint(`${exchange}And who keeps the keys tonight?”\n\n“His deputy, as always, but she left an hour ago.”\n`, id)).toEqual([])
    // After a reported turn the next one is not reported again: one finding per exchange.
    expect(
      await lint('The ferry was late.\n\n“Where is the harbour master tonight?”\n\nAnd who keeps the keys tonight?”\n\n“His deputy, as always, but she left an hour ago.”\n', id)
    ).toEqual([`3:1-3:39: ${reason('“Where is the harbour master tonight?”')}`])
  })

  it('still flags the reply after a line whose opening mark was lost when no exchange with a speaker comes before it', async () => {
    // A title before the line, not a turn: no exchange to carry on.
    expect(
      await lint('The ferry was called “Harbour Queen”.\n\nAnd who keeps the keys tonight?”\n\n“His deputy, as always, but she left an hour ago.”\n', id)
    ).toEqual([`5:1-5:51: ${reason('“His deputy, as always, but she…')}`])
  })

  it('still flags a quotation after narration that ends in a quotation mark closing a quotation of its own', async () => {
    // The mark closes `“the Beast”`: the paragraph is narration, and the line after it has no speaker.
    expect(
      await lint('“Where is the harbour master?” Vega asked.\n\nThe old ferry was known as “the Beast”.\n\n“His deputy keeps the keys, but she left an hour ago.”\n', id)
    ).toEqual([`5:1-5:55: ${reason('“His deputy keeps the keys, but…')}`])
  })

  it('reports a quoted question once, not the answer straight after it in the same paragraph', async () => {
    expect(
      await lint('The ferry was late.\n\n“Do you see the old ferry tied up beside the pier?” “I see the ferry but I do not see the pier at all.”\n', id)
    ).toEqual([`3:1-3:52: ${reason('“Do you see the old ferry…')}`])
    // The question mark after the closing mark, as some drafts set it.
    expect(
      await lint('The ferry was late.\n\n“Do you see the old ferry tied up beside the pier”? “I see the ferry but I do not see the pier at all.”\n', id)
    ).toEqual([`3:1-3:51: ${reason('“Do you see the old ferry…')}`])
  })

  it('still reports two statements in one paragraph with no speaker, and a news quotation after a paragraph naming someone else', async () => {
    // Two statements are no question and its answer: each needs its speaker.
    expect(
      await lint('The council met on Tuesday.\n\n“We will appeal the ruling before the end of next week.” “The court got it wrong, and the court knows it.”\n', id)
    ).toEqual([`3:1-3:57: ${reason('“We will appeal the ruling before…')}`, `3:58-3:107: ${reason('“The court got it wrong, and…')}`])
    expect(
      await lint('The school board met on Tuesday. The budget was drawn up by the finance office under Ann Lund.\n\n“We cannot pay for both schools and keep the pool open next year.”\n', id)
    ).toEqual([`3:1-3:67: ${reason('“We cannot pay for both schools…')}`])
  })

  it('takes a quotation that is the whole of a bracketed aside for a line the writer imagines, not one reported', async () => {
    const before = 'The list had forty names, and each would have to be called. It would take time, and it would trouble some water. '
    expect(await lint(`${before}(“I was not at the hotel last night, and my husband is in Boston” --)\n`, id)).toEqual([])
    expect(await lint(`${before}(“I was not at the hotel last night, and my husband is in Boston.”)\n`, id)).toEqual([])
    // Words of the writer's inside the brackets after it: the quotation is no aside of its own.
    expect(await lint(`${before}(“I was not at the hotel last night, and my husband is in Boston.” The lobby was empty that night.)\n`, id)).toEqual([
      `1:115-1:180: ${reason('“I was not at the hotel…')}`
    ])
  })

  it('takes narration naming the words with `what` and a verb of saying for a set-up, not reported speech', async () => {
    const line = '“The ferry will run again in May, whatever the council decides.”\n'
    expect(await lint(`The interview ran long.\n\nWhat follows is shorter than what she actually said but close to her own words.\n\n${line}`, id)).toEqual([])
    // Reported speech still sets up no line of its own.
    expect(await lint(`The interview ran long.\n\nShe said that the ferry would be back soon.\n\n${line}`, id)).toEqual([
      `5:1-5:65: ${reason('“The ferry will run again in…')}`
    ])
  })

  it('takes a lead-in that describes something or tells someone what, ending the paragraph before, for the speaker of the next quotation', async () => {
    const line = '“The rope parted and the gangway swung out over the water.”\n'
    const span = `5:1-5:60: ${reason('“The rope parted and the gangway…')}`
    expect(await lint(`The inquiry sat for a second day.\n\nThe harbour police described it in plain terms.\n\n${line}`, id)).toEqual([])
    expect(await lint(`The inquiry sat for a second day.\n\nThe deckhand told them what she had seen from the bridge.\n\n${line}`, id)).toEqual([])
    expect(await lint(`The inquiry sat for a second day.\n\nOrtiz quietly described the night.\n\n${line}`, id)).toEqual([])
    // Reported speech, an act, or a telling with `that`: the paragraph names someone but announces no words.
    expect(await lint(`The inquiry sat for a second day.\n\nThe deckhand said the crossing had been calm.\n\n${line}`, id)).toEqual([span])
    expect(await lint(`The inquiry sat for a second day.\n\nThe deckhand told them that the crossing had been calm.\n\n${line}`, id)).toEqual([span])
    expect(await lint(`The inquiry sat for a second day.\n\nThe governor declared a state of emergency.\n\n${line}`, id)).toEqual([span])
    // A passive has no speaker before its verb.
    expect(await lint(`The inquiry sat for a second day.\n\nThe crossing was described in the minutes.\n\n${line}`, id)).toEqual([span])
    // The lead-in must end the paragraph just before the quotation.
    expect(await lint(`The harbour police described it in plain terms.\n\nThe inquiry sat for a second day.\n\n${line}`, id)).toEqual([span])
  })

  it('takes a sentence crediting a thought to a person with `by` after a verb of expression for the set-up of their words', async () => {
    const line = '“Every net is common to all who fish the bay, and no family may keep two.”'
    expect(await lint(`The harbour kept old customs.\n\nThe rule on nets was set forth by Mayor Quint long before the war.\n\n${line}\n`, id)).toEqual([])
    expect(await lint(`The harbour kept old customs. The rule on nets was best put by the mayor. ${line}\n`, id)).toEqual([])
    // No author after `by`, or none at all: the words still need a speaker.
    expect(await lint(`The harbour kept old customs.\n\nThe rule on nets was set by the river long before the war.\n\n${line}\n`, id)).toEqual([
      `5:1-5:75: ${reason('“Every net is common to all…')}`
    ])
    expect(await lint(`The harbour kept old customs.\n\nThe rule on nets was set forth long before the war.\n\n${line}\n`, id)).toEqual([
      `5:1-5:75: ${reason('“Every net is common to all…')}`
    ])
  })

  it('takes a comma straight after a noun for a text or a saying as introducing an excerpt', async () => {
    expect(await lint('The dancers formed a ring, and when they reached the line, “The miller takes his bride,” they all turned.\n', id)).toEqual([])
    expect(await lint('The choir sang the old refrain, “Row the boat and mind the weir.”\n', id)).toEqual([])
    // Another noun before the comma introduces no excerpt.
    expect(await lint('The dancers formed a ring in the yard, “The miller takes his bride now.”\n', id)).toEqual([
      `1:40-1:73: ${reason('“The miller takes his bride now.”')}`
    ])
  })

  it('takes a verb of saying that ends its sentence for a beat that sets up the next line', async () => {
    expect(await lint('The kitchen was cold.\n\nPa laughed.\n\n“I never hid anything in the barn, not once.”\n', id)).toEqual([])
    // `text` after a word that is no subject is a noun, not a beat: `they` in the leading clause sets up no line.
    expect(await lint('The talks went on.\n\nWhen they returned, the mediators presented a revised text.\n\n“We told them the paragraph could say nothing at all.”\n', id)).toEqual([
      `5:1-5:55: ${reason('“We told them the paragraph could…')}`
    ])
    // A verb that reports words still sets up no line.
    expect(await lint('The kitchen was cold.\n\nPa laughed at the idea that he had hidden it.\n\n“I never hid anything in the barn, not once.”\n', id)).toEqual([
      `5:1-5:46: ${reason('“I never hid anything in the…')}`
    ])
  })

  it('takes a Title Case quotation in a list of quotations for a title, whatever its punctuation', async () => {
    expect(await lint('By then the pair had three hits, among them “Moon Over Harlem”, “Where Did You Go Last Night, Darling?”, and “Blue Rain”.\n', id)).toEqual([])
    expect(await lint('Their songs included “Moon Over Harlem,” “Where Did You Go Last Night, Darling?” and “Blue Rain.”\n', id)).toEqual([])
    // A line of dialogue in sentence case is no title, list or not.
    expect(await lint('The tenants met. “Where did you go last night, darling?”, “Nowhere at all.”\n', id)).toEqual([
      `1:18-1:57: ${reason('“Where did you go last night, darling?”')}`
    ])
  })

  it('takes a quotation after a sentence ending in a noun for specimens for a sample, not speech', async () => {
    expect(await lint('Classified ads are full of slips.\n\nThe small ads of one weekly paper gave us many samples.\n\n“Dog for sale: eats anything and is fond of children.”\n', id)).toEqual([])
    expect(await lint('The old radio gag had endless variations. “Is that a dog on your lap or a very large cat?”\n', id)).toEqual([])
    // A noun for written matter as the subject is not enough: a scene's letters are its people's words.
    expect(await lint('The summer went slowly.\n\nLetters passed back and forth.\n\n“How is the sunburn now that the weather has changed?”\n', id)).toEqual([
      `5:1-5:55: ${reason('“How is the sunburn now that…')}`
    ])
  })

  it('takes a quotation after a sentence whose subject is one kind of something among several for its specimen', async () => {
    const opening = 'Misplaced words can turn a sentence upside down.'
    const line = '“We saw the old mill driving down the valley road last night.”\n'
    expect(await lint(`${opening} One sort of blunder puts the modifier far from its noun. ${line}`, id)).toEqual([])
    expect(await lint(`${opening} Another kind of blunder puts the modifier far from its noun. ${line}`, id)).toEqual([])
    // Blunders in general, or a kind not counted among others, present no specimen.
    expect(await lint(`${opening} Blunders put the modifier far from its noun. ${line}`, id)).toEqual([`1:95-1:157: ${reason('“We saw the old mill driving…')}`])
  })

  it('takes `the` and a number standing for the people in view, before a verb or `of them`, for a set-up', async () => {
    const line = '\n\n“What is the next step for the ferry, now that the quay is closed?”\n'
    const opening = 'The mayor and the harbour master had not spoken for a month.'
    expect(await lint(`${opening} The two met in the harbour office on Monday.${line}`, id)).toEqual([])
    expect(await lint(`${opening} The three of them waited in the harbour office.${line}`, id)).toEqual([])
    expect(await lint(`${opening} The two were alone in the harbour office.${line}`, id)).toEqual([])
    // A noun after the number, `of` and something else, or `Both`: no set-up.
    const flagged = [`3:1-3:68: ${reason('“What is the next step for…')}`]
    expect(await lint(`${opening} The two cars collided on the quay.${line}`, id)).toEqual(flagged)
    expect(await lint(`${opening} The two drivers moved closer.${line}`, id)).toEqual(flagged)
    expect(await lint(`${opening} The two men waited in the rain.${line}`, id)).toEqual(flagged)
    // A modifier after the number, then the noun: `old` and `injured` are no verbs of the number.
    expect(await lint(`${opening} The two old cars collided on the quay.${line}`, id)).toEqual(flagged)
    expect(await lint(`${opening} The two injured drivers were carried off.${line}`, id)).toEqual(flagged)
    expect(await lint(`${opening} The two of the barges sank at the quay.${line}`, id)).toEqual(flagged)
    expect(await lint(`${opening} Both fell heavily to the ground.${line}`, id)).toEqual(flagged)
  })

  it('still flags a quotation in a news story after `A kind of` narration', async () => {
    expect(await lint('The curfew ended on Saturday.\n\nA kind of calm returned to the city on Sunday. “We are tired of the shooting and we want to go home.”\n', id)).toEqual([
      `3:48-3:102: ${reason('“We are tired of the shooting…')}`
    ])
  })

  it('says, when asked, what excused each quotation it left unreported', async () => {
    const excuses: Array<{quote: string; excuse: Excuse}> = []
    const probe = defineRule({id: 'excuse-probe', category: 'style', fix: 'none', summary: 'Collect excuses.'}, function (tree, context) {
      const explain = new Map<QuoteSegment, Excuse>()
      const analysis = analyse(tree, context)
      unattributedQuotes(analysis, 5, explain)
      for (const [segment, excuse] of explain) excuses.push({quote: analysis.text.slice(segment.start, segment.end), excuse})
    })
    const settings = only(id)
    const processor = createProcessor({...settings, rules: {...settings.rules, 'excuse-probe': 'warn'}}, {...registry, rules: [...registry.rules, probe]}, loadResources)
    const text = [
      '# “A Headline Quote”',
      'SMITH: “We open on Monday, whatever the weather does.”',
      'The mayor read “Pride and Prejudice” on the train.',
      'Lina Ortiz looked at the ruins. “We will rebuild every house on this street.”',
      'The council met.',
      '“Yes.”',
      '“The budget is closed for this year,” Ann Lee said.',
      '“And it will stay closed until the spring.”',
      'The treasurer put it this way:',
      '“Every line of the budget has been spent twice over.”',
      'In Soweto, Ana Ruiz, 54, a nurse, said the clinic had run out of vaccine twice this month.',
      '“We turn people away at the door and tell them to come back next week.”',
      'Ms Ortiz said the city would ask the province for the money.',
      '“We cannot rebuild on what the council has left in the budget.”'
    ].join('\n\n')
    await check(processor, new VFile({path: 'draft.md', value: text + '\n'}))
    expect(excuses.map(({quote, excuse}) => [quote, excuse.cue, excuse.speaker])).toEqual([
      ['“A Headline Quote”', 'heading', undefined],
      ['“We open on Monday, whatever the weather does.”', 'speaker label', undefined],
      ['“Pride and Prejudice”', 'not speech: title', undefined],
      ['“We will rebuild every house on this street.”', 'set-up: person in sentence before', 'Ortiz'],
      ['“Yes.”', 'short', undefined],
      ['“The budget is closed for this year,”', 'cue in paragraph', 'Ann'],
      ['“And it will stay closed until the spring.”', 'continuation', 'Ann'],
      ['“Every line of the budget has been spent twice over.”', 'colon before', 'treasurer'],
      // The source of a paraphrase, not the place before it
      ['“We turn people away at the door and tell them to come back next week.”', 'set-up: paraphrase by a source introduced in full', 'Ana'],
      ['“We cannot rebuild on what the council has left in the budget.”', 'set-up: paraphrase by a source named earlier', 'Ortiz']
    ])
    expect(excuses[3]!.excuse.evidence).toEqual({start: text.indexOf('Lina'), end: text.indexOf('Lina') + 'Lina Ortiz looked at the ruins.'.length})
  })

  it('checks shorter partial quotations with a lower `minWords`', async () => {
    expect(await lint('The plan is “a total disaster.”', id)).toEqual([])
    expect(await lint('The plan is “a total disaster” for us.', id, {minWords: 3})).toEqual([
      `1:13-1:31: ${reason('“a total disaster”')}`
    ])
  })

  it('rejects a `minWords` that is not a number before the first file', async () => {
    await expect(checkText('“A.”', only(id, {minWords: 'five'}))).rejects.toThrow(/minWords`: got `five`, expected `number`/)
  })

  it('finds quotations in Markdown and skips headings', async () => {
    expect(await lint('# “We will win”, says the mayor\n\nThe vote is on Friday.\n\n“We will win this vote by a mile.”\n', id, undefined, {}, 'a.md')).toEqual([
      `5:1-5:35: ${reason('“We will win this vote by a mile.”')}`
    ])
  })

  it('stays quiet on the attributed quotes of a pasted draft with one paragraph per line', async () => {
    const draft = [
      'Putin congratulates Assad on recapturing the city',
      '"Assad valued the help Russian air forces have provided," Dmitry Peskov said, according to Reuters.',
      'Assad called the achievement "fresh proof of the efficiency of the army and its allies," a channel reports.',
      'Mamoun Abdulkarim, head of the directorate, told USA Today that work would begin soon.',
      '“The general viewpoint prefers not to rebuild antiquities, but here it is different,“ he said. ”We seek to restore the temples.'
    ].join('\n')
    expect(await lint(draft, id)).toEqual([])
  })
})

describe('quotation finding on many open quotations', () => {
  it('grows linearly when thousands of quotations open and single marks close', () => {
    const prepared = new Map<string, {tree: ReturnType<typeof parsePlain>; file: VFile}>()
    const run = (text: string) => {
      let entry = prepared.get(text)
      if (!entry) {
        const file = new VFile({path: 'draft.txt', value: text})
        entry = {tree: parsePlain(text), file}
        prepared.set(text, entry)
      }
      // A fresh cache each time: the model is cached per file.
      analyseQuotes(entry.tree, {file: entry.file, shared: new Map()})
    }
    expect(growth((size) => '“a '.repeat(size / 6) + 'a’ '.repeat(size / 6) + '\n', run, 20_000, 16)).toBeLessThan(48)
  })
})
