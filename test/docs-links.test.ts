/**
 * Every docs link a user follows resolves: each finding's `url` names a
 * rule page that is in the repository `package.json` declares and in the
 * package a user installs, and each relative link in the rule pages and
 * the README opens a file that exists (a rule page's links, in the package
 * too).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {Link, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {docsBase, ruleUrl} from '../src/core/define-rule.js'
import {repositoryRoot} from './run-cli.js'

const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
  homepage: string
  repository: {type: string; url: string}
  bugs: {url: string}
}
const repository = 'https://github.com/copydesk/copydesk'
/** What a docs URL points at in the repository, on its main branch. */
const filesBase = `${repository}/blob/main/`

/** The files `npm pack` puts in the package (no build: `--ignore-scripts`). */
let packed: Set<string>

beforeAll(() => {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: repositoryRoot, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  const [pack] = JSON.parse(result.stdout) as Array<{files: Array<{path: string}>}>
  packed = new Set(pack!.files.map((file) => file.path))
}, 180_000) // npm pack walks the whole package; on a loaded 2-core machine that alone has taken 50–60 s

/** Relative link targets in a Markdown file, without their `#fragment`. */
function relativeLinks(file: string): string[] {
  const tree = unified().use(remarkParse).parse(fs.readFileSync(file, 'utf8')) as Root
  const targets: string[] = []
  visit(tree, 'link', (node: Link) => {
    if (/^[a-z]+:|^#/i.test(node.url)) return
    targets.push(decodeURIComponent(node.url.replace(/#.*$/, '')))
  })
  return targets
}

describe('package.json', () => {
  it('declares the repository, homepage and issue tracker the docs links point into', () => {
    expect(manifest.repository).toEqual({type: 'git', url: `git+${repository}.git`})
    expect(manifest.homepage).toBe(`${repository}#readme`)
    expect(manifest.bugs).toEqual({url: `${repository}/issues`})
    expect(docsBase.startsWith(filesBase)).toBe(true)
  })
})

describe('each rule’s docs URL', () => {
  for (const rule of rules) {
    it(`${rule.meta.id}: names its page, which is in the repository and the package`, () => {
      const url = ruleUrl(rule.meta.id)
      expect(url.startsWith(filesBase)).toBe(true)
      const file = url.slice(filesBase.length)
      expect(file).toBe(`rules/${rule.meta.id}/readme.md`)
      expect(fs.existsSync(path.join(repositoryRoot, file))).toBe(true)
      expect(packed.has(file), `${file} is not in the package's files`).toBe(true)
    })
  }
})

describe('relative links in the docs', () => {
  for (const rule of rules) {
    const page = `rules/${rule.meta.id}/readme.md`
    it(`${page}: each opens a page that exists and is in the package`, () => {
      for (const target of relativeLinks(path.join(repositoryRoot, page))) {
        const file = path.posix.join(path.posix.dirname(page), target)
        expect(fs.existsSync(path.join(repositoryRoot, file)), `${page} links to ${target}`).toBe(true)
        expect(packed.has(file), `${page} links to ${file}, which is not in the package`).toBe(true)
      }
    })
  }

  it('README.md: each opens a file that exists', () => {
    for (const target of relativeLinks(path.join(repositoryRoot, 'README.md'))) {
      expect(fs.existsSync(path.join(repositoryRoot, target)), `README.md links to ${target}`).toBe(true)
    }
  })
})
