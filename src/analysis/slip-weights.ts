/**
 * Weights of the spelling decision (`slips.ts`), written by
 * `bench/fit-spelling.ts` (do not edit by hand): fitted on the development
 * sets only (Brown's non-press genres, every 4th file, and the dev half of
 * the name and misspelling lists), never on the benchmark's press text.
 * `rank`: grid search for the most capitalised slips with the intended
 * form first. `lower` (lower-case words), `capital` (capitalised
 * words nearest a common word) and `name` (nearest a name): logistic
 * regressions over
 * `cost`, `frequency`, `namePrior`, `isWord`, `length`, `sentenceInitial`, `nameSequence`, `inDraft`, `count`, `midSentence`, `otherCost`, `nameOdds`, `nameLikelihood`, `unknownNeighbour`,
 * with the threshold that maximises slips caught minus 0.8 (lower case),
 * 2.5 (capitalised) or 1.5 (names) × false alarms.
 */
export const slipWeights = {
  rank: {frequency: 0.1, prior: 0.05, inDraft: 0, initial: 0},
  lower: {bias: -0.3528, weights: [-3.1479, 0.5004, 0, 0, 0.3879, 0, 0, 0, 0, 0, 0, 0, 0, 0], threshold: 0.53},
  capital: {bias: -5.6618, weights: [-5.5805, 0.5911, 0, 0, 0.5074, 2.2247, 0.4651, 0, -2.775, -7.1771, 0.256, 0.2909, -1.2274, -1.7283], threshold: 0.53},
  name: {bias: -8.883, weights: [-3.6164, 0.7988, 0.3235, 0, 0.5979, 0.5548, 0.2504, 2.4003, -2.0696, 0, 0.1028, 0.2203, -1.6451, -1.0881], threshold: 0.49}
} as const
