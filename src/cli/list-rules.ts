/**
 * `copydesk --list-rules`: every rule with its level in each preset and its
 * one-line summary, so a desk can choose a preset and see what `--rule` and
 * `--disable` take without opening the README.
 */
import {rules} from '../../rules/index.js'
import {presets} from '../../rules/presets.js'
import {wrap} from '../reporters/wrap.js'

export function listRules(width: number): string {
  const presetNames = Object.keys(presets)
  const idWidth = Math.max('rule'.length, ...rules.map((rule) => rule.meta.id.length))
  const row = (first: string, levels: ReadonlyArray<string>) =>
    [first.padEnd(idWidth), ...levels.map((level, index) => level.padEnd(presetNames[index]!.length))].join('  ').trimEnd()
  const lines = [row('rule', presetNames)]
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    lines.push(row(rule.meta.id, presetNames.map((name) => presets[name]?.[rule.meta.id] ?? 'off')))
    for (const line of wrap(rule.meta.summary, Math.max(20, width - 4)).split('\n')) lines.push('    ' + line)
  }
  const note = `The first preset, ${presetNames[0]}, is the default. Set a rule's level in the config ("rules": {"<id>": "error"}), or for one run with --rule <id> and --disable <id>; --explain <id> prints a rule's page.`
  lines.push('', wrap(note, Math.max(20, width)))
  return lines.join('\n') + '\n'
}
