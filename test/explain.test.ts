/** `copydesk --explain <rule-id>`: a rule's page as plain text in the terminal. */
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {presets} from '../rules/presets.js'
import {renderMarkdown} from '../src/cli/explain.js'
import {repositoryRoot, runMain} from './run-cli.js'

const cwd = repositoryRoot

/** Lines of prose longer than `width`; example blocks (indented) and a lone word such as a URL cannot wrap. */
function overlong(text: string, width: number): string[] {
  return text.split('\n').filter((line) => !line.startsWith('    ') && /\S\s+\S/.test(line) && line.length > width)
}

describe('copydesk --explain', () => {
  it('prints the rule’s page as plain text, exit 0', async () => {
    const {code, stdout, stderr} = await runMain(['--explain', 'repeated-word'], {cwd})
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout.startsWith('repeated-word\n=============\n\nFlag a word typed twice, such as `the the`, and delete the repeat.\n\nWhy\n---\n\n')).toBe(true)
    expect(stdout).toContain('\nFlagged:\n\n    The the minister said the vote was was close.\n\nFindings:\n\n    1:4-1:8: Unexpected repeated word `The the`, expected `The`\n')
    expect(stdout).toContain('\nFlagged (with rule options {"allow":["was"]}):\n')
    expect(stdout).not.toMatch(/```|\*\*|^#/m)
    expect(stdout.endsWith('\nOnline:\nhttps://github.com/copydesk/copydesk/blob/main/rules/repeated-word/readme.md\n')).toBe(true)
  })

  it('wraps prose to 80 columns when stdout is not a terminal', async () => {
    for (const rule of rules) {
      const {code, stdout} = await runMain(['--explain', rule.meta.id], {cwd})
      expect(code).toBe(0)
      expect(overlong(stdout, 80), rule.meta.id).toEqual([])
    }
  })

  it('wraps prose to the terminal’s width', async () => {
    const narrow = await runMain(['--explain', 'spelling'], {cwd, columns: 50})
    expect(overlong(narrow.stdout, 50)).toEqual([])
    expect(narrow.stdout.split('\n').some((line) => line.length > 40)).toBe(true)
    const wide = await runMain(['--explain', 'spelling'], {cwd, columns: 120})
    expect(overlong(wide.stdout, 120)).toEqual([])
    expect(wide.stdout.split('\n').some((line) => line.length > 80)).toBe(true)
  })

  it('names the closest rule for an unknown id, exit 2', async () => {
    expect(await runMain(['--explain', 'speling'], {cwd})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copydesk: Unexpected unknown rule `speling`, expected `spelling`\n'
    })
  })

  it('lists the rules when no id is close, in one line', async () => {
    const {code, stderr} = await runMain(['--explain', 'zzzzzzzzzzzz'], {cwd})
    expect(code).toBe(2)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^copydesk: Unexpected unknown rule `zzzzzzzzzzzz`, expected one of `anonymous-attribution`, .*`web-boilerplate`\n$/)
  })

  it('asks for the id when none is given, exit 2', async () => {
    const {code, stderr} = await runMain(['--explain'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain("Option '--explain <value>' argument missing")
  })
})

describe('renderMarkdown', () => {
  it('drops emphasis marks, keeps code quoted and turns soft line breaks into spaces', async () => {
    expect(await renderMarkdown('A *slip* and a **real** `the the`\nacross lines.\n', 80)).toBe('A slip and a real `the the` across lines.\n')
  })

  it('wraps list items with a hanging indent', async () => {
    expect(await renderMarkdown('* one two three four five six\n* seven\n', 20)).toBe('* one two three four\n  five six\n* seven\n')
  })

  it('shows a web link’s address and a page link’s text', async () => {
    expect(await renderMarkdown('See [AP](https://apnews.com) and [`spelling`](../spelling/readme.md).\n', 80)).toBe(
      'See AP (https://apnews.com) and `spelling`.\n'
    )
  })

  it('indents code blocks under a label and never wraps them', async () => {
    const page = '```txt not-ok config={"dialect":"en-US","options":{"x":1}}\nThe colour of the flag, a long line that goes on.\n```\n\n```txt output\n1:5-1:11: reason\n```\n'
    expect(await renderMarkdown(page, 20)).toBe(
      'Flagged (with rule options {"x":1} and settings {"dialect":"en-US"}):\n\n    The colour of the flag, a long line that goes on.\n\nFindings:\n\n    1:4-1:11: reason\n'.replace('1:4', '1:5')
    )
  })
})

describe('copydesk --list-rules', () => {
  it('prints every rule with its level in each preset and its summary, wrapped to the width', async () => {
    const {code, stdout, stderr} = await runMain(['--list-rules'], {cwd})
    expect([code, stderr]).toEqual([0, ''])
    const lines = stdout.split('\n')
    expect(lines[0]!.split(/\s+/)).toEqual(['rule', ...Object.keys(presets)])
    for (const rule of rules) {
      const row = lines.find((line) => line.startsWith(rule.meta.id + ' '))
      expect(row?.split(/\s+/), rule.meta.id).toEqual([rule.meta.id, ...Object.keys(presets).map((name) => presets[name]?.[rule.meta.id] ?? 'off')])
      const summary = lines.slice(lines.indexOf(row!) + 1).filter((line, index, all) => all.slice(0, index + 1).every((each) => each.startsWith('    ')))
      expect(summary.map((line) => line.trim()).join(' '), rule.meta.id).toBe(rule.meta.summary)
    }
    expect(lines.filter((line) => line.length > 80)).toEqual([])
    const narrow = await runMain(['--list-rules'], {cwd, columns: 50})
    // The table's rows are as wide as the longest rule id and preset names; summaries wrap.
    expect(narrow.stdout.split('\n').filter((line) => line.startsWith('    ') && line.length > 50)).toEqual([])
  })
})
