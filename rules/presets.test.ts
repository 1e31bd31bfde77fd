/**
 * The presets cannot drift from the registry: every registered rule is in a
 * preset, presets name only registered rules at a known level, and each
 * preset holds the one before it. See presets.md.
 */
import {describe, expect, it} from 'vitest'
import {registry, rules} from './index.js'
import {presets} from './presets.js'

const ids = rules.map((rule) => rule.meta.id)

describe('the presets', () => {
  it('are the registry\'s presets, recommended first (the default)', () => {
    expect(registry.presets).toBe(presets)
    expect(Object.keys(presets)).toEqual(['recommended', 'strict', 'experimental'])
  })

  it('puts every rule in a preset', () => {
    const inAPreset = new Set(Object.values(registry.presets).flatMap((preset) => Object.keys(preset)))
    expect(ids.filter((id) => !inAPreset.has(id))).toEqual([])
  })

  it('has presets that name only registered rules, at a known level', () => {
    for (const [name, preset] of Object.entries(registry.presets)) {
      for (const [id, level] of Object.entries(preset)) {
        expect(ids, `preset \`${name}\` names \`${id}\``).toContain(id)
        expect(['off', 'info', 'warn', 'error']).toContain(level)
      }
    }
  })

  it('keeps recommended inside strict, and strict inside experimental', () => {
    const {recommended, strict, experimental} = registry.presets
    expect(strict).toMatchObject(recommended!)
    expect(experimental).toMatchObject(strict!)
  })
})
