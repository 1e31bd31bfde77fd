/**
 * The language server's lint keeps a file's set-up (config, ignore files,
 * word lists) from one lint to the next. Whatever changes on disk between
 * two lints must show in the second, exactly as in a lint by a fresh process.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ParagraphCache} from '../src/core/paragraph-cache.js'
import {lint, type LintResult} from '../src/language-server/lint.js'
import {toPlain} from '../src/node/messages.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('lint-set-up')

const draft = 'The mayor met the harbour master at noon. She said the the plan was ready and the recieved letters were read.\n'

function rules(result: LintResult): string[] {
  return result.messages.map((message) => `${message.ruleId}:${message.line}:${message.column}`).sort()
}

const repeated = 'repeated-word:1:55'

/** Whether the draft's one misspelling, `recieved`, was found. */
function flagged(result: LintResult): boolean {
  return result.messages.some((message) => message.ruleId === 'spelling' && String(message.reason).includes('recieved'))
}

function config(options: Record<string, unknown>): string {
  return JSON.stringify({plugins: [['copydesk', options]]})
}

/** Rewrites a file with a different size, so the change shows even where the clock is coarse. */
function rewrite(file: string, content: string): void {
  fs.writeFileSync(file, content)
}

describe('a set-up kept between lints', () => {
  it('gives the same findings as the first lint when nothing changed', async () => {
    const project = path.join(folder.path, 'same')
    const file = folder.write('same/story.txt', draft)
    const first = await lint(draft, file, project)
    const second = await lint(draft, file, project)
    expect(rules(second)).toEqual(rules(first))
    expect(rules(first)).toContain(repeated)
    expect(second.messages.map(toPlain)).toEqual(first.messages.map(toPlain))
  })

  it('reads a config created, changed and removed between lints', async () => {
    const project = path.join(folder.path, 'config')
    const file = folder.write('config/story.txt', draft)
    const before = await lint(draft, file, project)
    expect(rules(before)).toContain(repeated)

    const configPath = folder.write('config/.retextrc', config({rules: {'repeated-word': 'off'}}))
    const off = await lint(draft, file, project)
    expect(off.configPath).toBe(configPath)
    expect(rules(off)).not.toContain(repeated)

    rewrite(configPath, config({rules: {'repeated-word': 'error', spelling: 'off'}}))
    const on = await lint(draft, file, project)
    expect(rules(on)).toContain(repeated)
    expect(on.messages.find((message) => message.ruleId === 'repeated-word')?.fatal).toBe(true)

    fs.rmSync(configPath)
    const removed = await lint(draft, file, project)
    expect(removed.configPath).toBeUndefined()
    expect(rules(removed)).toEqual(rules(before))
  })

  it('reads a config that appears in a folder above the draft', async () => {
    const project = path.join(folder.path, 'above')
    const file = folder.write('above/desk/drafts/story.txt', draft)
    expect(rules(await lint(draft, file, project))).toContain(repeated)
    folder.write('above/.retextrc', config({rules: {'repeated-word': 'off'}}))
    expect(rules(await lint(draft, file, project))).not.toContain(repeated)
  })

  it('reads a config created, changed and removed in folders whose listing was kept', async () => {
    const project = path.join(folder.path, 'settled')
    const file = folder.write('settled/desk/story.txt', draft)
    // Folders last changed a minute ago: their listing of set-up files is kept from lint to lint.
    const settle = () => {
      const past = new Date(Date.now() - 60_000)
      for (const at of [path.join(project, 'desk'), project]) fs.utimesSync(at, past, past)
    }
    settle()
    const before = await lint(draft, file, project)
    expect(rules(before)).toContain(repeated)
    expect(rules(await lint(draft, file, project))).toContain(repeated)

    const configPath = folder.write('settled/.retextrc', config({rules: {'repeated-word': 'off'}}))
    const off = await lint(draft, file, project)
    expect(off.configPath).toBe(configPath)
    expect(rules(off)).not.toContain(repeated)

    settle()
    expect(rules(await lint(draft, file, project))).not.toContain(repeated)
    rewrite(configPath, config({rules: {'repeated-word': 'error'}}))
    expect(rules(await lint(draft, file, project))).toContain(repeated)

    settle()
    expect(rules(await lint(draft, file, project))).toContain(repeated)
    const nearer = folder.write('settled/desk/.retextrc', config({rules: {'repeated-word': 'off'}}))
    expect((await lint(draft, file, project)).configPath).toBe(nearer)

    settle()
    await lint(draft, file, project)
    fs.rmSync(nearer)
    fs.rmSync(configPath)
    const removed = await lint(draft, file, project)
    expect(removed.configPath).toBeUndefined()
    expect(rules(removed)).toEqual(rules(before))
  })

  it('reads the config’s words file again when it changes', async () => {
    const project = path.join(folder.path, 'words')
    const file = folder.write('words/story.txt', draft)
    folder.write('words/.retextrc', config({wordsFile: 'desk-words.txt'}))
    const wordsPath = folder.write('words/desk-words.txt', '# the desk’s words\n')
    expect(flagged(await lint(draft, file, project))).toBe(true)
    rewrite(wordsPath, '# the desk’s words\nrecieved\n')
    expect(flagged(await lint(draft, file, project))).toBe(false)
  })

  it('reads an ignore file added between lints', async () => {
    const project = path.join(folder.path, 'ignore')
    const file = folder.write('ignore/story.txt', draft)
    expect((await lint(draft, file, project)).ignored).toBe(false)
    const ignorePath = folder.write('ignore/.retextignore', 'story.txt\n')
    expect((await lint(draft, file, project)).ignored).toBe(true)
    fs.rmSync(ignorePath)
    expect((await lint(draft, file, project)).ignored).toBe(false)
  })

  it('shows a config problem on every lint, and the fix as soon as it is made', async () => {
    const project = path.join(folder.path, 'broken')
    const file = folder.write('broken/story.txt', draft)
    const configPath = folder.write('broken/.retextrc', '{"plugins": [')
    expect((await lint(draft, file, project)).problems).toHaveLength(1)
    expect((await lint(draft, file, project)).problems).toHaveLength(1)
    rewrite(configPath, config({}))
    const fixed = await lint(draft, file, project)
    expect(fixed.problems).toEqual([])
    expect(rules(fixed)).toContain(repeated)
  })

  it('gives kept paragraphs as copies to a tree another plugin changes', async () => {
    const project = path.join(folder.path, 'changer')
    // A plugin that writes every word in capitals after copydesk's rules have read the tree.
    folder.write('changer/node_modules/retext-capitals/package.json', JSON.stringify({name: 'retext-capitals', type: 'module', exports: './index.js'}))
    folder.write(
      'changer/node_modules/retext-capitals/index.js',
      'const walk = (node) => { if (node.type === "TextNode") node.value = node.value.toUpperCase(); for (const child of node.children ?? []) walk(child) }\n' +
        'export default function () { return walk }\n'
    )
    folder.write('changer/.retextrc', JSON.stringify({plugins: ['copydesk', 'capitals']}))
    const file = folder.write('changer/story.txt', draft)
    const paragraphs = new ParagraphCache()
    const fresh = await lint(draft, file, project, {trustConfig: true})
    expect(fresh.refused).toEqual([])
    expect(flagged(fresh)).toBe(true)
    for (let round = 0; round < 3; round++) {
      const kept = await lint(draft, file, project, {trustConfig: true, paragraphs})
      expect(kept.messages.map(toPlain)).toEqual(fresh.messages.map(toPlain))
    }
  })

  it('keeps set-ups apart by editor settings', async () => {
    const project = path.join(folder.path, 'settings')
    const file = folder.write('settings/story.txt', draft)
    expect(flagged(await lint(draft, file, project))).toBe(true)
    expect(flagged(await lint(draft, file, project, {editor: {words: ['recieved']}}))).toBe(false)
    expect(flagged(await lint(draft, file, project))).toBe(true)
  })
})
