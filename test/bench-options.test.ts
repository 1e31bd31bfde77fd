/** The held-out benches refuse what they do not know, so a mistyped option never runs the held-out text. */
import {describe, expect, it} from 'vitest'
import {optionsProblem} from '../bench/options.js'

const options = {flags: ['--dev'], withValue: ['--show', '--fold'], usage: 'Usage: x.js [--dev]'}

describe('bench options', () => {
  it('accepts the options a script knows, a value after those that take one', () => {
    expect(optionsProblem([], options)).toBeUndefined()
    expect(optionsProblem(['--dev', '--show', 'their/there'], options)).toBeUndefined()
    expect(optionsProblem(['--fold', 'train'], options)).toBeUndefined()
  })

  it('names an option it does not know, and one that lacks its value', () => {
    expect(optionsProblem(['--help'], options)).toBe('Unexpected argument `--help`. Usage: x.js [--dev]')
    expect(optionsProblem(['-dev'], options)).toBe('Unexpected argument `-dev`. Usage: x.js [--dev]')
    expect(optionsProblem(['--dev', '--show'], options)).toBe('Unexpected argument `--show`. Usage: x.js [--dev]')
  })
})
