/**
 * Every rule's docs page is a test: its summary matches the rule's metadata,
 * each `ok` example gives no finding and each `not-ok` example gives exactly
 * the findings in the `output` block after it.
 */
import fs from 'node:fs'
import type {Code, Heading, Paragraph, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {lint} from './helpers.js'

interface Example {
  readonly kind: 'ok' | 'not-ok'
  readonly text: string
  readonly config: Record<string, unknown> | undefined
  readonly path: string
  readonly output: string[] | undefined
  readonly line: number
}

function examples(tree: Root): Example[] {
  const found: Example[] = []
  const nodes = tree.children
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'code') continue
    const meta = node.meta ?? ''
    const kind = meta.split(/\s+/)[0]
    if (kind !== 'ok' && kind !== 'not-ok') continue
    const configMatch = /config=(\{.*\})/.exec(meta)
    const next = nodes[index + 1] as Code | undefined
    found.push({
      kind,
      text: node.value + '\n',
      config: configMatch ? (JSON.parse(configMatch[1]!) as Record<string, unknown>) : undefined,
      path: node.lang === 'markdown' || node.lang === 'md' ? 'example.md' : 'example.txt',
      output:
        next?.type === 'code' && next.meta === 'output'
          ? next.value.split('\n').filter((line) => line.trim() !== '')
          : undefined,
      line: node.position?.start.line ?? 0
    })
  }
  return found
}

for (const rule of rules) {
  const id = rule.meta.id
  const page = new URL(`../rules/${id}/readme.md`, import.meta.url)

  describe(`rules/${id}/readme.md`, () => {
    const tree = unified().use(remarkParse).parse(fs.readFileSync(page, 'utf8')) as Root

    it('has the title and summary of the rule', () => {
      const title = tree.children[0] as Heading
      expect(title.type).toBe('heading')
      expect(toString(title)).toBe(id)
      expect(toString(tree.children[1] as Paragraph)).toBe(rule.meta.summary.replace(/`/g, ''))
    })

    it('has Why, Options, Examples, When not to use it and Related sections, in that order', () => {
      const headings = tree.children
        .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
        .map((node) => toString(node))
      expect(headings).toEqual(['Why', 'Options', 'Examples', 'When not to use it', 'Related'])
    })

    it('speaks to users: no pointers to source files or to notes they do not have', () => {
      const prose = fs
        .readFileSync(page, 'utf8')
        .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
      expect(prose).not.toMatch(/\b(?:src|dist|scripts|generated)\/|\w\.(?:ts|mts|cts)\b|RULES\.md|research notes/)
    })

    const cases = examples(tree)
    it('has ok and not-ok examples', () => {
      expect(cases.some((example) => example.kind === 'ok')).toBe(true)
      expect(cases.some((example) => example.kind === 'not-ok')).toBe(true)
    })

    for (const example of cases) {
      it(`${example.kind} example at line ${example.line}`, async () => {
        const {options, ...settings} = example.config ?? {}
        const found = await lint(example.text, id, options as Record<string, unknown> | undefined, settings, example.path)
        if (example.kind === 'ok') {
          expect(found).toEqual([])
        } else {
          expect(example.output, 'a not-ok example needs an output block after it').toBeDefined()
          expect(found).toEqual(example.output)
        }
      })
    }
  })
}
