/**
 * `copydesk names` and the `namesFile` setting: a names file from published
 * stories, with counts; names seen often are known and near-miss targets.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseNamesFile, readNamesFile} from '../src/node/names-file.js'
import {namesToWrite} from '../src/node/names-archive.js'
import {lint} from './helpers.js'
import {runMain} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const temp = tempFolder('names')

const archive = {
  'archive/2024/council.md': '# Council\n\nAnna Lehtinen said the council met. Lehtinen said more.\n\nThe Vuosaari group agreed.\n',
  'archive/2024/port.txt': 'Mayor Lehtinen visited Vuosaari. Lehtinen smiled, and Kettunen waved.\n',
  'archive/2025/budget.md': 'Lehtinen, who chairs the board, spoke. Lehtinem waved once.\n\n```\nCodeName Zyxwv\n```\n'
}

function writeArchive(base: string): string {
  for (const [name, text] of Object.entries(archive)) temp.write(path.join(base, name), text)
  return path.join(temp.path, base)
}

describe('copydesk names', () => {
  it('writes each name of the archive with its count, most frequent first', async () => {
    const cwd = writeArchive('count')
    const {code, stdout, stderr} = await runMain(['names', 'archive', '--min-count', '1'], {cwd})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.split('\n').filter((line) => line && !line.startsWith('#'))
    // Sentence-initial uses count once the word is a name; code is no prose; a rare near miss of a frequent name is left out.
    expect(lines).toEqual(['Lehtinen\t5', 'Vuosaari\t2', 'Anna\t1', 'Kettunen\t1'])
    expect(stdout).toMatch(/^# Names published in archive: 4 names from 3 stories/)
  })

  it('leaves out names seen fewer times than --min-count (default 2) and writes --output', async () => {
    const cwd = writeArchive('output')
    const {code} = await runMain(['names', 'archive', '-o', 'names.txt'], {cwd})
    expect(code).toBe(0)
    expect([...parseNamesFile(fs.readFileSync(path.join(cwd, 'names.txt'), 'utf8'))]).toEqual([
      ['Lehtinen', 5],
      ['Vuosaari', 2]
    ])
  })

  it('says in one line what is wrong with its arguments', async () => {
    const cwd = writeArchive('usage')
    expect(await runMain(['names'], {cwd})).toMatchObject({code: 2, stderr: expect.stringMatching(/^copydesk names: Unexpected no folder/)})
    expect(await runMain(['names', 'missing'], {cwd})).toMatchObject({code: 2, stderr: expect.stringMatching(/^copydesk names: missing: Cannot read file/)})
    expect(await runMain(['names', 'archive', '--min-count', 'x'], {cwd})).toMatchObject({
      code: 2,
      stderr: 'copydesk names: Unexpected `--min-count x`, expected a whole number of 1 or more\n'
    })
    temp.write('usage/empty/notes.csv', 'a,b\n')
    expect(await runMain(['names', 'empty'], {cwd})).toMatchObject({code: 2, stderr: expect.stringMatching(/Unexpected no stories in `empty`/)})
  })

  it('shows its own help, and the main help names it', async () => {
    const cwd = temp.path
    expect((await runMain(['names', '--help'], {cwd})).stdout).toMatch(/^Usage: copydesk names/)
    expect((await runMain(['--help'], {cwd})).stdout).toMatch(/copydesk names \[-o names\.txt\]/)
  })
})

describe('namesFile', () => {
  it('makes names known, and a near miss of a name seen often a slip', async () => {
    const cwd = writeArchive('setting')
    await runMain(['names', 'archive', '-o', 'names.txt'], {cwd})
    temp.write('setting/.retextrc', JSON.stringify({plugins: [['copydesk', {namesFile: 'names.txt'}]]}))
    temp.write('setting/draft.txt', 'Lehtinen visited Vuosaari again. Later Lehtnien spoke.\n')
    const {code, stdout} = await runMain(['--rule', 'name-spelling', '--rule', 'spelling', 'draft.txt'], {cwd})
    expect(code).toBe(0)
    expect(stdout).toContain('Unexpected name `Lehtnien`, expected `Lehtinen`')
    expect(stdout).not.toContain('Vuosaari')
  })

  it('makes a name published 3 times or more a target through nameCounts alone', async () => {
    // A name no list holds: Lehtinen is in the name lists, a target whatever the counts.
    const draft = 'Later Qwertysno spoke.'
    expect(await lint(draft, 'name-spelling', undefined, {nameCounts: {Qwertyson: 5}})).toEqual([
      '1:7-1:16: Unexpected name `Qwertysno`, expected `Qwertyson`'
    ])
    expect(await lint(draft, 'name-spelling', undefined, {nameCounts: {Qwertyson: 2}})).toEqual([])
  })

  it('feeds the counts to the settings: strong names, rarer names as words', () => {
    temp.write('read/names.txt', '# archive\nLehtinen\t6\nVuosaari 2\nKettunen\n')
    expect(readNamesFile('names.txt', path.join(temp.path, 'read'))).toEqual({
      names: ['Lehtinen'],
      words: ['Vuosaari', 'Kettunen'],
      nameCounts: {Lehtinen: 6, Vuosaari: 2, Kettunen: 1}
    })
  })

  it('is held to the project as wordsFile is, and a bad line is named', async () => {
    temp.write('outside/names.txt', 'Lehtinen 3\n')
    temp.write('held/.retextrc', JSON.stringify({plugins: [['copydesk', {namesFile: '../outside/names.txt'}]]}))
    temp.write('held/draft.txt', 'A draft.\n')
    const outside = await runMain(['draft.txt'], {cwd: path.join(temp.path, 'held')})
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/Unexpected value for `namesFile`: got `\.\.\/outside\/names\.txt`, outside the project/)
    temp.write('bad/names.txt', 'Lehtinen 3\nAnna Lehtinen 2\n')
    temp.write('bad/.retextrc', JSON.stringify({plugins: [['copydesk', {namesFile: 'names.txt'}]]}))
    temp.write('bad/draft.txt', 'A draft.\n')
    const bad = await runMain(['draft.txt'], {cwd: path.join(temp.path, 'bad')})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Unexpected value for `namesFile`: line 2 is `Anna Lehtinen 2`, expected a name and a count/)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('drops a rare near miss of a name seen five times as often', () => {
    expect(namesToWrite(new Map([['Lehtinen', 10], ['Lehtinem', 2], ['Lehtonen', 3]]), 1)).toEqual([
      ['Lehtinen', 10],
      ['Lehtonen', 3]
    ])
  })
})
