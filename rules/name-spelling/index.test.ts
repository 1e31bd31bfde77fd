import {describe, expect, it} from 'vitest'
import {checkText, format, lint, only, pinned} from '../../test/helpers.js'

describe('name-spelling', () => {
  it('pins one full message', async () => {
    const file = await checkText('President Vladmir Putin spoke.', only('name-spelling'))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: 'name-spelling',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/name-spelling/readme.md',
      actual: 'Vladmir',
      expected: ['Vladimir'],
      fatal: false,
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 18, offset: 17}}
    })
  })

  it('leaves a correct surname the lists lack alone after a personal title, one slip from a listed one', async () => {
    // Pendrell is Pendell with an r more, Gastrell Gatrell with an s more: real surnames, in no list.
    expect(await lint('The council hired Mrs. Pendrell to run the library.', 'name-spelling')).toEqual([])
    expect(await lint('The council hired Mr. Gastrell and Dr. Pendrell to run the library.', 'name-spelling')).toEqual([])
  })

  it('leaves another sounded last vowel of a weakly listed name alone, and still flags one of a well-listed name', async () => {
    // Tiepolo and Loredana are in one list each and rare in the census: the family plural in -i is no slip of them.
    expect(await lint('The Tiepoli and the Loredani both built palaces on the Grand Canal.', 'name-spelling')).toEqual([])
    // Pamela is a common given name: a changed last vowel of it is a slip.
    expect(await lint('Pamelo Grant will chair the meeting on Friday.', 'name-spelling')).toEqual(['1:1-1:7: Unexpected name `Pamelo`, expected `Pamela`'])
    // A silent e changed is not a sounded ending: still a slip of a weakly listed name.
    expect(await lint('The Tiepole family built palaces on the Grand Canal.', 'name-spelling')).toEqual(['1:5-1:12: Unexpected name `Tiepole`, expected `Tiepolo`'])
  })

  it('reads a plural title as a title, and the name after it as a surname’s place', async () => {
    // `Drs.` was taken for a slip of `Des`, its stop for a sentence's end, and the name after it for a sentence's first word (`Howry`: howdy).
    const both = async (text: string) => [...(await lint(text, 'name-spelling')), ...(await lint(text, 'spelling'))]
    expect(await both('Drs. Howry and Klein described the method last year.')).toEqual([])
    expect(await both('Drs Howry and Klein described the method last year.')).toEqual([])
    expect(await both('The bill was filed by Sens. Markey and Warren and by Reps. Howry and Tlaib.')).toEqual([])
    expect(await both('Messrs. Tarbell and Voss left with Mmes. Vega and Ruiz.')).toEqual([])
    // After `Drs.` a surname is meant: Dunne, not the commoner given name Donna.
    expect(await lint('The study was led by Drs. Dunna and Klein.', 'name-spelling')).toEqual(['1:27-1:32: Unexpected name `Dunna`, expected `Dunne`'])
  })

  it('offers the near name of the role the place gives: a surname after a title, a given name or an initial, a given name before a surname', async () => {
    // Donna is far the commoner name, but as a given name: the census ranks Dunne as a surname.
    expect(await lint('The clinic hired Dunna last spring.', 'name-spelling')).toEqual(['1:18-1:23: Unexpected name `Dunna`, expected `Donna`'])
    expect(await lint('The clinic hired Dr. Dunna last spring.', 'name-spelling')).toEqual(['1:22-1:27: Unexpected name `Dunna`, expected `Dunne`'])
    expect(await lint('Nobody saw Marta Dunna leave.', 'name-spelling')).toEqual(['1:18-1:23: Unexpected name `Dunna`, expected `Dunne`'])
    expect(await lint('The judge thanked Mr. J. Frasn for the report.', 'name-spelling')).toEqual(['1:26-1:31: Unexpected name `Frasn`, expected `Frans`'])
    // Before a surname the lists hold, the given name (Roberta), not the surname Roberts, a slip as cheap; elsewhere Roberts.
    expect(await lint('We met Roberte Dunne at the station.', 'name-spelling')).toEqual(['1:8-1:15: Unexpected name `Roberte`, expected `Roberta`'])
    expect(await lint('We met Mr. Roberte Dunne at the station.', 'name-spelling')).toEqual(['1:12-1:19: Unexpected name `Roberte`, expected `Roberta`'])
    expect(await lint('The band played, and Roberte sang.', 'name-spelling')).toEqual(['1:22-1:29: Unexpected name `Roberte`, expected `Roberts`'])
    // Between a given name and a surname (a middle name, as often a surname), and after a possessive, the place says nothing.
    expect(await lint('We met Marta Richads Dunne at the station.', 'name-spelling')).toEqual(['1:14-1:21: Unexpected name `Richads`, expected `Richards`'])
    expect(await lint("We met Marta's Dunna at the station.", 'name-spelling')).toEqual(['1:16-1:21: Unexpected name `Dunna`, expected `Donna`'])
  })

  it('chooses no name by its role or census that is a slip dearer by more than a fifth than the best', async () => {
    // Richards is Richads with an r dropped (0.7); Richard, the given name a given name's place asks for, a letter changed and one dropped (1.2).
    expect(await lint('We met Richads Dunne at the station.', 'name-spelling')).toEqual(['1:8-1:15: Unexpected name `Richads`, expected `Richards`'])
    expect(await lint('We met Mr. Richads Dunne at the station.', 'name-spelling')).toEqual(['1:12-1:19: Unexpected name `Richads`, expected `Richards`'])
    expect(await lint('We met Andriws Norton at the station.', 'name-spelling')).toEqual(['1:8-1:15: Unexpected name `Andriws`, expected `Andrews`'])
    // Thaxter is Thaxyer with a neighbouring key (0.6); Thayer, the commoner surname after a title, a letter dropped and one changed (1.0).
    expect(await lint('The clinic hired Mr. Thaxyer last spring.', 'name-spelling')).toEqual(['1:22-1:29: Unexpected name `Thaxyer`, expected `Thaxter`'])
    // Where the place gives no role: Channing, a letter dropped (0.6), not the commoner Chang, two (1.0).
    expect(await lint('Channng spoke to the council.', 'name-spelling')).toEqual(['1:1-1:8: Unexpected name `Channng`, expected `Channing`'])
  })

  it('takes a token where a surname stands one cheap slip from a common surname for its slip, not one with a letter more', async () => {
    // Fulton is about one surname in 110,000; Trabb is Tabb with a letter more, Poupin near the rarer Poulin.
    expect(await lint('The governor elevated William S. Fultin to the post.', 'name-spelling')).toEqual(['1:34-1:40: Unexpected name `Fultin`, expected `Fulton`'])
    expect(await lint('The shop belonged to Mr. Trabb and his brother.', 'name-spelling')).toEqual([])
    expect(await lint('The priest thanked Abel Poupin for the bread.', 'name-spelling')).toEqual([])
  })

  it('offers a common surname that is also a word where a surname stands, not a rarer listed name', async () => {
    // Smith, Brown, Walker, Martin and Nelson are census surnames and words: no name target elsewhere.
    expect(await lint('The award went to Mary Smih last spring.', 'name-spelling')).toEqual(['1:24-1:28: Unexpected name `Smih`, expected `Smith`'])
    expect(await lint('The award went to Mr. Borwn last spring.', 'name-spelling')).toEqual(['1:23-1:28: Unexpected name `Borwn`, expected `Brown`'])
    expect(await lint('The award went to Mr. Walkr last spring.', 'name-spelling')).toEqual(['1:23-1:28: Unexpected name `Walkr`, expected `Walker`'])
    expect(await lint('The award went to J. Matrin last spring.', 'name-spelling')).toEqual(['1:22-1:28: Unexpected name `Matrin`, expected `Martin`'])
    expect(await lint('The award went to Mary Neslon last spring.', 'name-spelling')).toEqual(['1:24-1:30: Unexpected name `Neslon`, expected `Nelson`'])
  })

  it('leaves correct surnames near a surname that is a word alone: listed ones, one with a letter more, one near a rarer surname', async () => {
    // Smyth, Whyte, Browne and Cooke are listed; Sawnders (an old spelling) has a letter more than Sanders; Younger is a rare surname.
    expect(await lint('The award went to Mr. Smyth and Ms. Whyte last spring.', 'name-spelling')).toEqual([])
    expect(await lint('The award went to Dr. Browne and Mr. Cooke last spring.', 'name-spelling')).toEqual([])
    expect(await lint('The award went to Mr. Sawnders last spring.', 'name-spelling')).toEqual([])
    expect(await lint('The award went to Ann Younge last spring.', 'name-spelling')).toEqual([])
  })

  it('takes ph typed for a name\'s f for one sound-alike slip, not f typed for a name\'s ph', async () => {
    expect(await lint('He looked at the picture of his son, a candidate for Hanphord College.', 'name-spelling')).toEqual([
      '1:54-1:62: Unexpected name `Hanphord`, expected `Hanford`'
    ])
    expect(await lint('The team met Alphred Jones at noon.', 'name-spelling')).toEqual(['1:14-1:21: Unexpected name `Alphred`, expected `Alfred`'])
    // Christof is Christoph's German spelling, in no list: names take f for ph, rarely ph for f.
    expect(await lint('The gift came from Christof Weber.', 'name-spelling')).toEqual([])
    // Between two vowels ph is the Greek spelling names keep beside their f form (Serafina).
    expect(await lint('The gift came from Seraphina Weber.', 'name-spelling')).toEqual([])
  })

  it('takes a name the draft spells one way four times for its own, a slip repeated twice not', async () => {
    expect(await lint('Shann went home. Later Shann came back, and Shann slept while Shann dreamed.', 'name-spelling')).toEqual([])
    expect(await lint('Vladmir spoke. Vladmir left.', 'name-spelling')).toEqual([
      '1:1-1:8: Unexpected name `Vladmir`, expected `Vladimir`',
      '1:16-1:23: Unexpected name `Vladmir`, expected `Vladimir`'
    ])
  })

  it('reports a slip of a short name the draft spells right, which name-consistency leaves alone', async () => {
    expect(await lint('Joel Smith spoke. Later Jooel Smith left.', 'name-spelling')).toEqual(['1:25-1:30: Unexpected name `Jooel`, expected `Joel`'])
  })

  it('reports a slip of a name the draft spells right only once, which name-consistency needs twice', async () => {
    const settings = {rules: {'name-spelling': 'warn', 'name-consistency': 'warn'}}
    const findings = async (text: string) =>
      (await checkText(text, settings)).messages.filter((message) => message.ruleId === 'name-spelling' || message.ruleId === 'name-consistency').map((message) => `${message.ruleId} ${format(message)}`)
    expect(await findings('Thomas spoke first. His son Thmas left.')).toEqual(['name-spelling 1:29-1:34: Unexpected name `Thmas`, expected `Thomas`'])
    // Written right twice, the name is the draft's majority spelling: name-consistency reports the slip, with where.
    expect(await findings('Thomas spoke first. Thomas sat. His son Thmas left.')).toEqual([
      'name-consistency 1:41-1:46: Unexpected spelling `Thmas` (1×), expected `Thomas` as elsewhere in the draft (2×)'
    ])
  })

  it('ranks a near name over a near common word where the token stands in a name place', async () => {
    // After a title or before a verb of saying, `Stirr` is Starr; elsewhere the common word `stir`.
    expect(await lint('The council heard Mr Stirr on the plan.', 'name-spelling')).toEqual(['1:22-1:27: Unexpected name `Stirr`, expected `Starr`'])
    // Every title of `src/lexicon/titles.ts`, the offices and titles of nobility too.
    expect(await lint('The council heard Duke Stirr on the plan.', 'name-spelling')).toEqual(['1:24-1:29: Unexpected name `Stirr`, expected `Starr`'])
    expect(await lint('The council heard Sheriff Stirr on the plan.', 'name-spelling')).toEqual(['1:27-1:32: Unexpected name `Stirr`, expected `Starr`'])
    expect(await lint('Stirr said the plan was firm.', 'name-spelling')).toEqual(['1:1-1:6: Unexpected name `Stirr`, expected `Starr`'])
    expect(await lint('The plan came from Stirr and his aides.', 'spelling')).toEqual(['1:20-1:25: Unexpected unknown word `Stirr`, expected `Stir`'])
  })

  it('ranks a near word or name that sounds like a capitalised token over one that does not', async () => {
    // `Mke` sounds like Make (one Double Metaphone key), not like the name Moe; `Worss` like Worse, not Words.
    expect(await lint('Mke sure the gate is shut.', 'name-spelling')).toEqual([])
    expect(await lint('Mke sure the gate is shut.', 'spelling')).toEqual(['1:1-1:4: Unexpected unknown word `Mke`, expected `Make`'])
    expect(await lint('Worss was to come, the mayor said.', 'spelling')).toEqual(['1:1-1:6: Unexpected unknown word `Worss`, expected `Worse`'])
  })

  it('#8: takes a doubled last letter no listed name ends with for a slip, one many names end with for a spelling', async () => {
    expect(await lint('The grant went to Dr. Karen Michelsonn of the physics department.', 'name-spelling')).toEqual([
      '1:29-1:39: Unexpected name `Michelsonn`, expected `Michelson`'
    ])
    expect(await lint('Inspector Walter Kimballl took the call.', 'name-spelling')).toEqual(['1:18-1:26: Unexpected name `Kimballl`, expected `Kimball`'])
    // Hoffmann, Ackermann and Bachmann end so: a `Colemann` is Coleman spelled another way.
    expect(await lint('The chemist Lena Colemann joined the board in March.', 'name-spelling')).toEqual([])
    expect(await lint('The chemist Lena Colemann joined the board in March.', 'spelling')).toEqual([])
  })

  it('weighs how common the near name is: a changed vowel of a common surname is a slip', async () => {
    expect(await lint('The report was signed by Dr. Caldwoll and two others.', 'name-spelling')).toEqual([
      '1:30-1:38: Unexpected name `Caldwoll`, expected `Caldwell`'
    ])
  })

  it('reads a token shaped like the plural of a rare listed name as a slip of a far commoner name one slip away', async () => {
    // `Adems` is not Adem and s but Adams with a vowel changed; `Charlas` is Charles.
    expect(await lint('The budget was drafted by Ms. Adems and her deputy.', 'name-spelling')).toEqual(['1:31-1:36: Unexpected name `Adems`, expected `Adams`'])
    expect(await lint('Charlas Okoro told the committee the roof leaked.', 'name-spelling')).toEqual(['1:1-1:8: Unexpected name `Charlas`, expected `Charles`'])
    // A true plural of a listed name, with no far commoner name near, stays quiet.
    expect(await lint('Both the Kennedys and the Hansens came to the harvest fair.', 'name-spelling')).toEqual([])
  })

  it('reads a capitalised rare word as a slip of a strong name one later vowel away', async () => {
    // Lower-case `germen` is a botanist's word; capitalised mid-sentence it is German with a vowel changed.
    expect(await lint('The Germen delegation arrived on Tuesday.', 'name-spelling')).toEqual(['1:5-1:11: Unexpected name `Germen`, expected `German`'])
    expect(await lint('Her talk on the germen of flowers ran long.', 'name-spelling')).toEqual([])
    // A changed first vowel is too far: `Crus` in a wine list stays a word.
    expect(await lint('The cellar keeps its Grands Crus apart.', 'name-spelling')).toEqual([])
  })

  it('does not flag correct unlisted foreign names', async () => {
    expect(
      await lint(
        'Dmitry Peskov, Mamoun Abdulkarim, Bashar al-Assad, Nguyễn Xuân Phúc, Ólafur Ragnar Grímsson and Abiodun Adeyemi met in Palmyra, Zürich and São Paulo.',
        'name-spelling'
      )
    ).toEqual([])
  })

  it('flags a possessive by its name part only', async () => {
    expect(await lint('Washingon’s view was clear.', 'name-spelling')).toEqual([
      '1:1-1:10: Unexpected name `Washingon`, expected `Washington`'
    ])
  })

  it('needs the same first letter', async () => {
    expect(await lint('Kladimir agreed.', 'name-spelling')).toEqual([])
  })

  it('checks short names, on strong evidence only', async () => {
    expect(await lint('Mr Pual Smith spoke.', 'name-spelling')).toEqual(['1:4-1:8: Unexpected name `Pual`, expected `Paul`'])
    expect(await lint('Mr Ngo spoke to Mr Kuo.', 'name-spelling')).toEqual([])
  })

  it('takes the right spelling elsewhere in the draft as evidence', async () => {
    expect(await lint('Mr Smith met Gearge Smith.', 'name-spelling')).toEqual(['1:14-1:20: Unexpected name `Gearge`, expected `George`'])
  })

  it('reads a stray letter after a name as a slip, not as an ending', async () => {
    expect(await lint('Mr Upton met Mr Uptonb.', 'name-spelling')).toEqual(['1:17-1:23: Unexpected name `Uptonb`, expected `Upton`'])
    expect(await lint('Mr Peskov met Ms Peskova.', 'name-spelling')).toEqual([])
    expect(await lint('Mr James met Mr Jamess.', 'name-spelling')).toEqual(['1:17-1:23: Unexpected name `Jamess`, expected `James`'])
  })

  it('finds a name whose first two letters are swapped', async () => {
    expect(await lint('Henry Ford and Ehnry Ford.', 'name-spelling')).toEqual(['1:16-1:21: Unexpected name `Ehnry`, expected `Henry`'])
  })

  it('offers the name whose first two letters are swapped for a three-letter slip', async () => {
    // Before, the search kept to the token's own first letter: Imm for `Ijm`, none for `Oje`.
    expect(await lint('Coach Ijm Walker spoke to reporters.', 'name-spelling')).toEqual(['1:7-1:10: Unexpected name `Ijm`, expected `Jim`'])
    expect(await lint('Mr. Oje Walker spoke.', 'name-spelling')).toEqual(['1:5-1:8: Unexpected name `Oje`, expected `Joe`'])
  })

  it('takes a plural only of a name the lists vouch for', async () => {
    expect(await lint('The Kennedys and the Obamas came.', 'name-spelling')).toEqual([])
    expect(await lint('The Qwertysons came.', 'name-spelling', undefined, {names: ['Qwertyson']})).toEqual([])
    expect(await lint('Charles Smith and Charlis Smith.', 'name-spelling')).toEqual(['1:19-1:26: Unexpected name `Charlis`, expected `Charles`'])
  })

  it('takes a short name for a slip of a very common name one cheap edit away, not of a rare one', async () => {
    expect(await lint('Mr Ane spoke.', 'name-spelling')).toEqual(['1:4-1:7: Unexpected name `Ane`, expected `Anne`'])
    expect(await lint('Later Vous spoke.', 'name-spelling')).toEqual([])
  })

  it('takes a name used once, one cheap slip from a very common name, for a slip mid-sentence', async () => {
    expect(await lint('The memo was written by Westan and sent to the board on Friday.', 'name-spelling')).toEqual([
      '1:25-1:31: Unexpected name `Westan`, expected `Weston`'
    ])
    expect(await lint('The plans were drawn up by Roice and approved in May.', 'name-spelling')).toEqual([
      '1:28-1:33: Unexpected name `Roice`, expected `Royce`'
    ])
  })

  it('takes a name used once with two neighbouring letters of a listed name swapped for a slip', async () => {
    expect(await lint('The bridge was built by Malney and opened in June.', 'name-spelling')).toEqual([
      '1:25-1:31: Unexpected name `Malney`, expected `Manley`'
    ])
    // The first two letters swapped too.
    expect(await lint('The county sent Lapert to the hearing, and she spoke first.', 'name-spelling')).toEqual([
      '1:17-1:23: Unexpected name `Lapert`, expected `Alpert`'
    ])
  })

  it('leaves a swapped-letter name alone when the draft repeats it or the near name is rare', async () => {
    expect(await lint('The hall was rented by Malney, and Malney paid for it.', 'name-spelling')).toEqual([])
    // Ballester is too rare a name for a swap of it to be taken for a slip on that alone.
    expect(await lint('The mural is by the painter Ballestre, who lived in Valencia.', 'name-spelling')).toEqual([])
  })

  it('leaves a correct unknown name alone mid-sentence: a rarer near name, another vowel first or last, or a name the draft repeats', async () => {
    // Glady is a rarer name than the rule needs; Stanton and Tonia differ in the first and the last vowel.
    expect(await lint('The trophy went to Gladdy after a long final.', 'name-spelling')).toEqual([])
    expect(await lint('The history was written by Sir Frank Stenton in the war years.', 'name-spelling')).toEqual([])
    expect(await lint('The tenor sang with his brother Tonio at the Verona festival.', 'name-spelling')).toEqual([])
    expect(await lint('The minutes were taken by Westan. Westan sent them to the board.', 'name-spelling')).toEqual([])
  })

  it('takes a long name cut short by a last consonant for a slip, not by a last vowel', async () => {
    expect(await lint('Mr Jefferso spoke.', 'name-spelling')).toEqual(['1:4-1:12: Unexpected name `Jefferso`, expected `Jefferson`'])
    expect(await lint('Later Bardell spoke.', 'name-spelling')).toEqual([])
  })

  it('#8: takes a very common name short of its last letter for a slip at any length, a rarer one not', async () => {
    // Jerry and Henry are names about one in 10,000 people has; a token one letter short of one is seldom a name of its own.
    expect(await lint('He was worried about Jerr Burton.', 'name-spelling')).toEqual(['1:22-1:26: Unexpected name `Jerr`, expected `Jerry`'])
    expect(await lint('Col. Henr Garvier spoke first.', 'name-spelling')).toEqual(['1:6-1:10: Unexpected name `Henr`, expected `Henry`'])
    // Lester is rarer than that: `Leste` may be a name of its own.
    expect(await lint('He spoke to Leste Young at noon.', 'name-spelling')).toEqual([])
  })

  it('takes a changed letter at the end of a long name for a slip, unless the name inflects there', async () => {
    expect(await lint('He moved to Cambridga last year.', 'name-spelling')).toEqual(['1:13-1:22: Unexpected name `Cambridga`, expected `Cambridge`'])
    expect(await lint('She met Ms Nazarovo at the station.', 'name-spelling')).toEqual([])
    expect(await lint('Mr Papadopoulou spoke.', 'name-spelling')).toEqual([])
  })

  it('does not offer the same name in other capitals, or with Mc for Mac', async () => {
    expect(await lint('Mr McIver and Mr McGruder spoke.', 'name-spelling')).toEqual([])
    expect(await lint('Mr MacPherson and Mr Jho spoke.', 'name-spelling')).toEqual([])
  })

  it('#8: lets the slip channel and the census choose among names the rank scores alike', async () => {
    // The rank puts Kellie (e typed as its neighbour r) a little above Keller (e typed as i);
    // the two are about as common, and a vowel changed is the likelier slip.
    expect(await lint('The report was written by Kellir last week.', 'name-spelling')).toEqual(['1:27-1:33: Unexpected name `Kellir`, expected `Keller`'])
  })

  it('#8: offers a month first beside a day of the month, as the word it is', async () => {
    // March and June are names too, but a month is reported by `spelling`, as a word.
    expect(await lint('The vote is set for Marh 9.', 'spelling')).toEqual(['1:21-1:25: Unexpected unknown word `Marh`, expected `March`'])
    expect(await lint('The vote is set for 9 Marh.', 'spelling')).toEqual(['1:23-1:27: Unexpected unknown word `Marh`, expected `March`'])
    expect(await lint('The vote is set for Juen 9th.', 'spelling')).toEqual(['1:21-1:25: Unexpected unknown word `Juen`, expected `June`'])
    expect(await lint('The vote is set for Marh 9.', 'name-spelling')).toEqual([])
    // Not beside a day: the likeliest name (a year or a count is no day).
    expect(await lint('Voters met Marh there.', 'name-spelling')).toEqual(['1:12-1:16: Unexpected name `Marh`, expected `Mary`'])
    expect(await lint('Voters met Juen 1961 times.', 'name-spelling')).toEqual(['1:12-1:16: Unexpected name `Juen`, expected `Juan`'])
  })

  it('uses names from config as known and as targets', async () => {
    expect(await lint('Ms Qwertyson and Ms Qwertysno.', 'name-spelling', undefined, {names: ['Qwertyson']})).toEqual([
      '1:21-1:30: Unexpected name `Qwertysno`, expected `Qwertyson`'
    ])
  })

  it('answers a name asked again the same, each config with its own names', async () => {
    const draft = 'Ms Qwertyson and Ms Qwertysno. Mr Upton met Mr Uptonb.'
    const plain = await lint(draft, 'name-spelling')
    const withNames = ['1:21-1:30: Unexpected name `Qwertysno`, expected `Qwertyson`', '1:48-1:54: Unexpected name `Uptonb`, expected `Upton`']
    expect(plain).toEqual(['1:48-1:54: Unexpected name `Uptonb`, expected `Upton`'])
    expect(await lint(draft, 'name-spelling', undefined, {names: ['Qwertyson']})).toEqual(withNames)
    expect(await lint(draft, 'name-spelling')).toEqual(plain)
    expect(await lint(draft, 'name-spelling', undefined, {names: ['Qwertyson']})).toEqual(withNames)
  })
})
