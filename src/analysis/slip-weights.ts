/**
 * Weights of the spelling decision (`slips.ts`), written by
 * `bench/fit-spelling.ts` (do not edit by hand): fitted on the development
 * sets only (Brown's non-press genres, every 4th file, and the dev half of
 * the name and misspelling lists), never on the benchmark's press text.
 * `rank`: grid search for the most capitalised slips with the intended
 * form first. `lower` (lower-case words), `capital` (capitalised
 * words nearest a common word) and `name` (nearest a name): logistic
 * regressions over
 * `cost`, `frequency`, `namePrior`, `isWord`, `length`, `sentenceInitial`, `nameSequence`, `inDraft`, `count`, `midSentence`, `otherCost`, `nameOdds`, `nameLikelihood`, `unknownNeighbour`, `nameFrequency`, `channel`, `titleWord`, `namePlace`, `commonRun`, `afterThe`,
 * with the threshold that maximises slips caught minus 0.8 (lower case),
 * 2.5 (capitalised) or 1.75 (names) × false alarms.
 * `far` (capitalised words whose only candidates are common words two
 * slips away): bounds on length, slip cost, the target's frequency, the
 * token's uses and name odds, by a grid search for the same objective as
 * `capital`. `channel`: the price in bits of each kind of edit in a
 * name slip (`name-channel.ts`), learned from the development name slips.
 */
export const slipWeights = {
  rank: {sound: 0.05, channel: 0, frequency: 0.1, prior: 0.05, census: 0, inDraft: 0.5, initial: 0, place: 0.3},
  lower: {bias: -0.3528, weights: [-3.1479, 0.5004, 0, 0, 0.3879, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], threshold: 0.53},
  capital: {bias: -5.5947, weights: [-5.5748, 0.5918, 0, 0, 0.5008, 2.2238, 0.4634, 0, -2.777, -7.1742, 0.2536, 0.2871, -1.2333, -1.7275, 0, 0, 3.1671, 0, 0.1498, 0.2117], threshold: 0.53},
  name: {bias: -8.1508, weights: [-1.9092, 0.7842, 0.2044, 0, 0.5488, 0.6475, 0.3837, 2.3172, -2.1055, 0, 0.0736, 0.3501, -1.9023, -0.9291, 0.1078, 0.3853, 0, -0.3046, 0, 0], threshold: 0.61},
  channel: {firstVowel: 7.842, vowel: 4.163, soundAlike: 6.405, neighbourKey: 6.485, otherLetter: 13.199, doubled: 5.373, keyInsert: 6.101, otherInsert: 11.614, undoubled: 8.07, droppedVowel: 7.366, droppedH: 10.029, droppedOther: 7.222, swap: 6.144, digraph: 13.199, digraphTyped: 6.405},
  far: {minLength: 6, maxCost: 1.3, minFrequency: 2, maxCount: 0, maxNameOdds: -0.3042, allowUnknownNeighbour: false, sentenceInitialOnly: false}
} as const
