import {describe, expect, it} from 'vitest'
import {channelBits, editKinds, learnChannel, type ChannelCosts, type EditKind} from '../src/analysis/name-channel.js'

const flat = Object.fromEntries(editKinds.map((kind) => [kind, 1])) as ChannelCosts

function kindsOf(typed: string, intended: string): Record<string, number> {
  const kinds = new Map<EditKind, number>()
  channelBits(typed, intended, flat, kinds)
  return Object.fromEntries(kinds)
}

describe('name channel', () => {
  it('costs nothing for the name itself', () => {
    expect(channelBits('sherman', 'sherman', flat)).toBe(0)
  })

  it('tells the kinds of edit apart', () => {
    expect(kindsOf('shermen', 'sherman')).toEqual({vowel: 1})
    expect(kindsOf('hanford', 'honford')).toEqual({firstVowel: 1})
    expect(kindsOf('huton', 'hutton')).toEqual({undoubled: 1})
    expect(kindsOf('puullen', 'pullen')).toEqual({doubled: 1})
    expect(kindsOf('hesier', 'heiser')).toEqual({swap: 1})
    expect(kindsOf('randolp', 'randolph')).toEqual({droppedH: 1})
    expect(kindsOf('alfred', 'alphred')).toEqual({digraph: 1})
    expect(kindsOf('alphred', 'alfred')).toEqual({digraphTyped: 1})
    expect(kindsOf('rocckport', 'rockport')).toEqual({doubled: 1})
    expect(kindsOf('joseoh', 'joseph')).toEqual({neighbourKey: 1})
    expect(kindsOf('pazley', 'pasley')).toEqual({soundAlike: 1})
  })

  it('prices each kind by how often the pairs show it', () => {
    const pairs = [
      ['shermen', 'sherman'],
      ['westan', 'weston'],
      ['fultin', 'fulton'],
      ['qlton', 'fulton']
    ] as const
    const costs = learnChannel(pairs, flat)
    expect(costs.vowel).toBeLessThan(costs.otherLetter)
    expect(costs.otherLetter).toBeLessThan(costs.digraph)
    expect(channelBits('westen', 'weston', costs)).toBeLessThan(channelBits('wexton', 'weston', costs))
  })

  it('prices ph typed for f as a sound-alike letter, f typed for ph by how often the pairs show it', () => {
    const pairs = [
      ['makon', 'macon'],
      ['pazley', 'pasley'],
      ['hanphord', 'hanford'],
      ['shermen', 'sherman']
    ] as const
    const costs = learnChannel(pairs, flat)
    expect(costs.digraphTyped).toBe(costs.soundAlike)
    expect(costs.digraph).toBeGreaterThan(costs.soundAlike)
    expect(channelBits('hanphord', 'hanford', costs)).toBe(costs.soundAlike)
    expect(channelBits('christof', 'christoph', costs)).toBe(costs.digraph)
  })
})
