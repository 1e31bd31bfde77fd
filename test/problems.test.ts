/** Failures told in one line, shared by the CLI and the language server. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {causeChain, configParseProblem, firstLine, withCause} from '../src/node/problems.js'

describe('firstLine', () => {
  it('gives the first line of an error\'s message, or of anything else thrown', () => {
    expect(firstLine(new Error('Cannot write file\n    at writeFileSync (node:fs)'))).toBe('Cannot write file')
    expect(firstLine('worker gone\nmore')).toBe('worker gone')
    expect(firstLine(undefined)).toBe('undefined')
  })
})

describe('causeChain', () => {
  it('gives the first line of each error down the causes, without stack traces or `Error: `', () => {
    const inner = new Error('Unexpected token } in JSON at position 12\n    at JSON.parse (<anonymous>)')
    const outer = new Error('Cannot parse file `.retextrc`', {cause: inner})
    expect(causeChain(new Error('Cannot process file', {cause: outer}))).toEqual([
      'Cannot process file',
      'Cannot parse file `.retextrc`',
      'Unexpected token } in JSON at position 12'
    ])
  })

  it('reads a cause that is not an Error as text', () => {
    expect(causeChain(new Error('Cannot load plugin', {cause: 'Error: missing export\nmore'}))).toEqual(['Cannot load plugin', 'missing export'])
    expect(causeChain(undefined)).toEqual([])
  })

  it('stops after five errors, even on a chain that loops', () => {
    const looped = new Error('again') as Error & {cause?: unknown}
    looped.cause = looped
    expect(causeChain(looped)).toEqual(['again', 'again', 'again', 'again', 'again'])
  })
})

describe('configParseProblem', () => {
  it('names the config and the parser\'s complaint, without where the parser was', () => {
    const causes = ['Cannot process file', 'Cannot parse file `/desk/.retextrc`', 'Unexpected end of JSON input while parsing empty string']
    expect(configParseProblem(causes)).toBe('Cannot parse config `/desk/.retextrc`: Unexpected end of JSON input')
    expect(configParseProblem(['Cannot parse file'])).toBe('Cannot parse config `config`')
  })

  it('places a JSON syntax error by line and column, read from the config file', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'))
    try {
      fs.writeFileSync(path.join(folder, '.retextrc'), '{\n  "plugins": [\n    ["copydesk", {"dialect": "en-GB",}]\n  ]\n}\n')
      let reason = ''
      try {
        JSON.parse(fs.readFileSync(path.join(folder, '.retextrc'), 'utf8'))
      } catch (error) {
        reason = (error as Error).message
      }
      // The parser stops at the `}` after the comma: line 3, column 38.
      const causes = ['Cannot process file', 'Cannot parse file `.retextrc`', reason]
      expect(configParseProblem(causes, folder)).toMatch(/^Cannot parse config `\.retextrc`: .* at line 3, column 38$/)
      // A file that cannot be read keeps the parser's own words.
      expect(configParseProblem(['Cannot parse file `gone.json`', 'Unexpected token in JSON at position 3'], folder)).toBe('Cannot parse config `gone.json`: Unexpected token in JSON at position 3')
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('leaves any other failure alone', () => {
    expect(configParseProblem(['Cannot find module `retext-nothing`'])).toBeUndefined()
  })
})

describe('withCause', () => {
  it('adds the first cause the reason does not already say', () => {
    expect(withCause('Cannot load plugin', ['Cannot load plugin', 'missing export'])).toBe('Cannot load plugin: missing export')
    expect(withCause('Cannot load plugin', ['Cannot load plugin'])).toBe('Cannot load plugin')
  })
})
