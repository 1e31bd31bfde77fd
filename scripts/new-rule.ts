/**
 * `npm run new-rule -- <id> ["One-line summary."]`: scaffold a rule from
 * `rules/_template/` (its logic, data table, docs page and tests), register
 * it in `rules/index.ts` in sorted order, put it in the `experimental`
 * preset, and regenerate the README's rule table. The pure steps are
 * exported for `test/new-rule.test.ts`.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const templateFolder = '_template'

const kebabCase = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const reserved = new Set(['index', 'presets', templateFolder])

/** Why `id` cannot name a new rule, or `undefined` when it can. */
export function idProblem(id: string, existing: ReadonlyArray<string>): string | undefined {
  if (!kebabCase.test(id)) return `Unexpected rule id \`${id}\`, expected kebab-case such as \`no-wordy-phrase\``
  if (reserved.has(id)) return `Unexpected rule id \`${id}\`, expected a name not used by the registry`
  if (existing.includes(id)) return `Unexpected rule id \`${id}\`, expected a new one: \`rules/${id}/\` exists`
  return undefined
}

/** `no-wordy-phrase` → `noWordyPhrase`. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z\d])/g, (_, letter: string) => letter.toUpperCase())
}

/** A template file with the rule's id and summary put in. */
export function fromTemplate(text: string, id: string, summary: string): string {
  return text.replaceAll('RULE_ID', id).replaceAll('RULE_SUMMARY', summary)
}

/** `rules/index.ts` with the rule imported and listed, both in sorted order. */
export function register(source: string, id: string): string {
  const name = camelCase(id)
  const importLine = `import ${name} from './${id}/index.js'`
  const lines = source.split('\n')
  const ruleImports = lines
    .map((line, index) => ({line, index, id: /^import \w+ from '\.\/([a-z\d-]+)\/index\.js'$/.exec(line)?.[1]}))
    .filter((entry) => entry.id !== undefined)
  if (ruleImports.length === 0) throw new Error('Cannot find the rule imports in rules/index.ts')
  const before = ruleImports.find((entry) => entry.id! > id)
  lines.splice(before ? before.index : ruleImports[ruleImports.length - 1]!.index + 1, 0, importLine)
  let text = lines.join('\n')
  const list = /export const rules: ReadonlyArray<Rule<any>> = \[\n([\s\S]*?)\n\]/.exec(text)
  if (!list) throw new Error('Cannot find the `rules` list in rules/index.ts')
  const names = list[1]!.split(',').map((entry) => entry.trim()).filter(Boolean)
  const ids = names.map((entry) => ruleImports.find((found) => camelCase(found.id!) === entry)?.id ?? entry)
  const at = ids.findIndex((other) => other > id)
  names.splice(at === -1 ? names.length : at, 0, name)
  text = text.replace(list[0], `export const rules: ReadonlyArray<Rule<any>> = [\n${names.map((entry) => '  ' + entry).join(',\n')}\n]`)
  return text
}

/** `rules/presets.ts` with the rule on trial in the `experimental` preset, at `warn`. */
export function addToExperimental(source: string, id: string): string {
  const preset = /(const experimental: Readonly<Record<string, Level>> = \{\n)([\s\S]*?)(\n\})/.exec(source)
  if (!preset) throw new Error('Cannot find the `experimental` preset in rules/presets.ts')
  const body = preset[2]!.replace(/,?\s*$/, ',')
  const key = kebabCase.test(id) && !id.includes('-') ? id : `'${id}'`
  return source.replace(preset[0], `${preset[1]}${body}\n  ${key}: 'warn'${preset[3]}`)
}

/** Write the rule's folder and register it; returns the files written or changed, relative to `root`. */
export function createRule(root: string, id: string, summary: string): string[] {
  const rulesFolder = path.join(root, 'rules')
  const existing = fs
    .readdirSync(rulesFolder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const problem = idProblem(id, existing)
  if (problem) throw new Error(problem)
  const template = path.join(rulesFolder, templateFolder)
  const target = path.join(rulesFolder, id)
  fs.mkdirSync(target)
  const written: string[] = []
  for (const name of fs.readdirSync(template).sort()) {
    fs.writeFileSync(path.join(target, name), fromTemplate(fs.readFileSync(path.join(template, name), 'utf8'), id, summary))
    written.push(path.join('rules', id, name))
  }
  const change = (file: string, update: (text: string) => string) => {
    const full = path.join(root, file)
    fs.writeFileSync(full, update(fs.readFileSync(full, 'utf8')))
    written.push(file)
  }
  change(path.join('rules', 'index.ts'), (text) => register(text, id))
  change(path.join('rules', 'presets.ts'), (text) => addToExperimental(text, id))
  return written
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'new-rule.js'))) {
  const [id, summary] = process.argv.slice(2)
  const root = path.resolve(path.dirname(process.argv[1]), '..', '..')
  if (!id) {
    process.stderr.write('Usage: npm run new-rule -- <id> ["One-line summary."]\n')
    process.exitCode = 2
  } else {
    try {
      const written = createRule(root, id, summary ?? 'Say in one line what the rule flags, with an example such as `in order to`.')
      process.stdout.write(`Wrote:\n${written.map((file) => '  ' + file).join('\n')}\n`)
      // The README's rule table comes from the registry, which holds the rule once it is built.
      execFileSync('npm', ['run', '--silent', 'readme'], {cwd: root, stdio: 'inherit'})
      process.stdout.write(
        `Next: write the rule in rules/${id}/index.ts, its table in rules/${id}/phrases.ts and its docs in rules/${id}/readme.md, then run \`npm test\`.\n`
      )
    } catch (error) {
      process.stderr.write(`copydesk new-rule: ${(error as Error).message}\n`)
      process.exitCode = 2
    }
  }
}

