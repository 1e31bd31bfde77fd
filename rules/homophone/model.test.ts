import {describe, expect, it} from 'vitest'
import {contextFeatures, contextOf, guessClass, modelWords, normalWord, parseModel, scoreContext, scoreMembers, setName} from './model.js'
import {modelText} from './model-data.js'

describe('homophone model', () => {
  it('reads dense and sparse weight rows, and the word classes', () => {
    const model = parseModel(['lexicon vb go run', 'set a/b 40 a,b', 'b\t1 -1', 'w+1=x\t1:30', 'set c/d quiet c,d', 'b\t0:5'].join('\n'))
    const ab = model.sets.get('a/b')!
    expect(ab.margin).toBe(40)
    expect(ab.weights.get('w+1=x')).toEqual([0, 30])
    expect(scoreMembers(ab, ['b', 'w+1=x', 'w+1=unknown'])).toEqual([1, 29])
    expect(model.sets.get('c/d')!.margin).toBeUndefined()
    expect(model.classOf('go')).toBe('vb')
    expect(model.classOf('walking')).toBe('vbg')
  })

  it('names the line when the model text is damaged', () => {
    expect(() => parseModel('stray line')).toThrow('Unexpected line in the homophone model: `stray line`')
  })

  it('names a damaged weight row when its set is first read', () => {
    const model = parseModel(['set a/b 40 a,b', 'b\t1 -1', 'set c/d quiet c,d', 'no tab here', 'lexicon vb go'].join('\n'))
    expect(model.sets.get('a/b')!.weights.get('b')).toEqual([1, -1])
    expect(() => model.sets.get('c/d')!.weights).toThrow('Unexpected line in the homophone model: `no tab here`')
    expect(model.classOf('go')).toBe('vb')
  })

  it('finds a set’s rows by feature, past a comment, and no feature it lacks', () => {
    const ab = parseModel(['set a/b 4 a,b', 'b\t3 4', '# a comment', 'c-1=at\t1:2', 'w+1=a\t0:5', 'w+1=z\t1 2'].join('\n')).sets.get('a/b')!
    expect(['b', 'c-1=at', 'w+1=a', 'w+1=z', 'a', 'w+1=', 'w+1=zz', 'zz'].map((feature) => ab.weights.get(feature))).toEqual([
      [3, 4], [0, 2], [5, 0], [1, 2], undefined, undefined, undefined, undefined
    ])
  })

  it('ends a set’s rows at a word-class line or the next set', () => {
    const model = parseModel(['set a/b 40 a,b', 'b\t1 -1', 'lexicon nn cat', 'set c/d quiet c,d', 'set e/f 3 e,f', 'b\t0:5', ''].join('\n'))
    expect([...model.sets.get('a/b')!.weights.entries()]).toEqual([['b', [1, -1]]])
    expect(model.sets.get('c/d')!.weights.size).toBe(0)
    expect(model.sets.get('e/f')!.weights.get('b')).toEqual([5, 0])
    expect(model.classOf('cat')).toBe('nn')
  })

  it('guesses a class from a word’s shape', () => {
    expect(['Kyiv', '1961', ',', 'quickly', 'nations', 'national', 'tables', 'glass', 'boat'].map(guessClass)).toEqual([
      'np', 'cd', ',', 'rb', 'nns', 'jj', 'nns', 'nn', 'nn'
    ])
  })

  it('keeps a capital after the first word, so a name is not the common word', () => {
    expect(modelWords(['“', 'In', 'May', 'of', 'it’s', '”'])).toEqual(['"', 'in', 'May', 'of', "it's", '"'])
    expect(normalWord('‘Twas')).toBe("'twas")
  })

  it('counts a lower-case word or a number as the first word, and a mark not', () => {
    expect(modelWords(['.', 'May', 'rain'])).toEqual(['.', 'may', 'rain'])
    expect(modelWords(['the', 'May', 'rain'])).toEqual(['the', 'May', 'rain'])
    expect(modelWords(['3', 'May', '-', 'May'])).toEqual(['3', 'May', '-', 'May'])
    expect(modelWords([',', '-', 'It', 'rained'])).toEqual([',', '-', 'it', 'rained'])
  })

  it('never makes the checked word a feature', () => {
    const words = modelWords(['She', 'loved', 'there', 'son', '.'])
    expect(contextFeatures(words, 2, guessClass).some((feature) => feature.includes('there'))).toBe(false)
  })

  it('has a model for every set the data names, each with its members', () => {
    const model = parseModel(modelText)
    expect(model.sets.size).toBe(125)
    // Every row reads, and the look-up by feature finds each.
    for (const set of model.sets.values()) {
      for (const [feature, row] of set.weights.entries()) {
        expect(row).toHaveLength(set.members.length)
        if (set.weights.get(feature) !== row) expect(set.weights.get(feature), feature).toEqual(row)
      }
    }
    expect(model.sets.get("their/there/they're")!.members).toEqual(["their", "their's", "there", "there's", "they're"])
    expect(setName({forms: {capitol: 'capital'}})).toBe('capital/capitol')
  })

  it('scores a context as it scores the context’s features, in every set', () => {
    const model = parseModel(modelText)
    const sentences = [
      'If your completely out of ideas , they loved there son more then we did .',
      '" It\'s too late to accept the affect , " said the women who\'s car was in Washington .',
      'The peace of the whole plan lies in there hands , not theirs .'
    ]
    let scored = 0
    for (const sentence of sentences) {
      const words = modelWords(sentence.split(' '))
      for (let index = 0; index < words.length; index++) {
        const features = contextFeatures(words, index, model.classOf)
        const context = contextOf(words, index, model.classOf)
        for (const set of model.sets.values()) {
          const expected = scoreMembers(set, features)
          expect(scoreContext(set, context)).toEqual(expected)
          if (expected.some((score) => score !== 0)) scored++
        }
      }
    }
    // Most sets have a bias, so most contexts score: the comparison is not of empty rows.
    expect(scored).toBeGreaterThan(1000)
  })

  it('scores a sentence’s word from the sentence’s part numbers as it scores the word’s context, in every set', () => {
    const model = parseModel(modelText)
    const sentences = [
      'If your completely out of ideas , they loved there son more then we did .',
      '" It\'s too late to accept the affect , " said the women who\'s car was in Washington .',
      'The peace of the whole plan lies in there hands , not theirs , the whole plan .',
      'to',
      'Their there'
    ]
    let scored = 0
    for (const sentence of sentences) {
      const words = modelWords(sentence.split(' '))
      const parts = model.sentence!(words)
      // Every place, in an order that comes back to a place after others.
      for (const index of [...words.keys(), 0, words.length - 1]) {
        const context = contextOf(words, index, model.classOf)
        for (const set of model.sets.values()) {
          const expected = scoreContext(set, context)
          expect(set.scoreAt!(parts, index), `${set.members.join(',')} at ${index} of ${sentence}`).toEqual(expected)
          if (expected.some((score) => score !== 0)) scored++
        }
      }
    }
    expect(scored).toBeGreaterThan(1000)
  })

  it('finds a pair feature whose first part holds a space, as the rows index it', () => {
    const ab = parseModel(['set a/b 4 a,b', 'w-1+1=x y z\t1 2', 'w-1+1=x\t5 6'].join('\n')).sets.get('a/b')!
    const context = {w2: '<s>', w1: 'x y', n1: 'z', n2: '</s>', c2: '<s>', c1: 'nn', d1: 'nn', d2: '</s>', bag: []}
    expect(ab.weights.get('w-1+1=x y z')).toEqual([1, 2])
    expect(ab.weights.get('w-1+1=x')).toEqual([5, 6])
    expect(scoreContext(ab, context)).toEqual([1, 2])
    const model = parseModel(['lexicon nn z', 'set a/b 4 a,b', 'w-1+1=x y z\t1 2', 'w-1+1=x\t5 6', 'w+1=z\t10 20'].join('\n'))
    const parts = model.sentence!(['x y', 'b', 'z'])
    expect(model.sets.get('a/b')!.scoreAt!(parts, 1)).toEqual([11, 22])
  })
})
