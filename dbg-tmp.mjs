import {ParseEnglish} from 'parse-english'
import {loadTagger} from './dist/src/analysis/pos.js'
import {readTokens} from './dist/src/analysis/tokens.js'
import {frontedParticiple} from './dist/rules/homophone/clause.js'
import {lint} from './dist/src/index.js'
await loadTagger()
const text = process.argv[2]
const tree = new ParseEnglish().parse(text)
for (const para of tree.children) for (const s of para.children) if (s.type === 'SentenceNode') {
  const tokens = readTokens(s)
  console.log(tokens.map(t=>t.text).join('|'))
  const i = tokens.findIndex((t) => t.lower === 'where')
  if (i >= 0) console.log('fp', frontedParticiple(tokens, i))
}
const file = await lint(text)
console.log(file.messages.map(String))
