/**
 * `copydesk --init [yaml|json]`: write a starter config in the current
 * folder. YAML (`.retextrc.yml`) carries a comment on every setting and
 * every rule; JSON (`.retextrc.json`) carries a `$schema` line instead, so
 * an editor explains and completes each key. The starter sets nothing
 * beyond the defaults: a run with it finds what a run without it finds.
 * It never overwrites: a folder that already has a config is left as it is.
 */
import fs from 'node:fs'
import path from 'node:path'
import {registry} from '../../rules/index.js'
import {settingDescriptions} from '../core/schema.js'
import {ConfigFinder} from '../node/config-files.js'
import {root} from '../node/resources.js'
import {wrap} from '../reporters/wrap.js'
import type {InitFormat} from './init-formats.js'

export class InitError extends Error {}

const fileNames: Readonly<Record<InitFormat, string>> = {yaml: '.retextrc.yml', json: '.retextrc.json'}

/** Write the starter config into `cwd`; resolves to the file's name. Throws `InitError`. */
export function writeStarterConfig(cwd: string, format: InitFormat): string {
  const existing = new ConfigFinder({cwd, rcName: '.retextrc', packageField: 'copydesk', rcPath: undefined, detect: true}).forFile(
    path.join(cwd, 'draft.txt')
  )
  if (existing !== undefined && path.dirname(existing) === cwd) {
    throw new InitError(`Cannot write a starter config: \`${path.basename(existing)}\` already configures copydesk here, expected no config in this folder`)
  }
  const name = fileNames[format]
  const text = format === 'yaml' ? starterYaml() : starterJson(schemaReference(cwd))
  try {
    // `wx`: never replace a file, even one created since the check above.
    fs.writeFileSync(path.join(cwd, name), text, {flag: 'wx'})
  } catch (error) {
    throw new InitError(`Cannot write \`${name}\`: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}, expected a writable folder`)
  }
  return name
}

/** Where the JSON Schema is, as a path from `cwd` (forward slashes, as `$schema` wants). */
function schemaReference(cwd: string): string {
  const relative = path.relative(cwd, path.join(root, 'rules', 'settings.schema.json')).split(path.sep).join('/')
  return relative.startsWith('.') ? relative : './' + relative
}

function comment(text: string, indent: string): string[] {
  return wrap(text, 74 - indent.length)
    .split('\n')
    .map((line) => `${indent}# ${line}`)
}

function starterYaml(): string {
  const presetNames = Object.keys(registry.presets)
  const preset = presetNames[0]!
  const indent = '      '
  const lines = [
    '# copydesk settings. Every value below is the default; change what your',
    '# desk needs. `copydesk --print-config <draft>` shows the settings a draft',
    '# gets, `copydesk --list-rules` every rule and preset.',
    'plugins:',
    '  - - copydesk',
    ...comment(settingDescriptions['dialect']!, indent).map((line, index) => (index === 0 ? '    - ' + line.trimStart() : line)),
    `${indent}dialect: auto`,
    ...comment(settingDescriptions['preset']!, indent),
    `${indent}preset: ${preset}`,
    ...comment(settingDescriptions['words']!, indent),
    `${indent}words: []`,
    ...comment(settingDescriptions['wordsFile']!, indent),
    `${indent}# wordsFile: words.txt`,
    ...comment(settingDescriptions['names']!, indent),
    `${indent}names: []`,
    ...comment(settingDescriptions['namesFile']!, indent),
    `${indent}# namesFile: names.txt`,
    ...comment(settingDescriptions['rules']!, indent),
    ...comment(`Each rule with its level in the ${preset} preset; uncomment a line to change it.`, indent),
    `${indent}rules:`
  ]
  const ruleIndent = indent + '  '
  for (const rule of [...registry.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    lines.push(...comment(rule.meta.summary, ruleIndent))
    lines.push(`${ruleIndent}# ${rule.meta.id}: ${registry.presets[preset]?.[rule.meta.id] ?? 'off'}`)
  }
  return lines.join('\n') + '\n'
}

function starterJson(schema: string): string {
  const settings = {dialect: 'auto', preset: Object.keys(registry.presets)[0], words: [], names: [], rules: {}}
  return JSON.stringify({$schema: schema, plugins: [['copydesk', settings]]}, null, 2) + '\n'
}
