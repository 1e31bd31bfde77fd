/**
 * Weights of the spelling decision (`slips.ts`), written by
 * `bench/fit-spelling.ts` (do not edit by hand): fitted on the development
 * sets only (Brown's non-press genres, every 4th file, and the dev half of
 * the name and misspelling lists), never on the benchmark's press text.
 * `rank`: grid search for the most capitalised slips with the intended
 * form first. `lower` (lower-case words), `capital` (capitalised
 * words nearest a common word) and `name` (nearest a name): logistic
 * regressions over
 * `cost`, `frequency`, `namePrior`, `isWord`, `length`, `sentenceInitial`, `nameSequence`, `inDraft`, `count`, `midSentence`, `otherCost`, `nameOdds`, `nameLikelihood`, `unknownNeighbour`, `nameFrequency`,
 * with the threshold that maximises slips caught minus 0.8 (lower case),
 * 2.5 (capitalised) or 1.75 (names) × false alarms.
 * `far` (capitalised words whose only candidates are common words two
 * slips away): bounds on length, slip cost, the target's frequency, the
 * token's uses and name odds, by a grid search for the same objective as
 * `capital`.
 */
export const slipWeights = {
  rank: {frequency: 0.1, prior: 0.05, census: 0, inDraft: 0, initial: 0},
  lower: {bias: -0.3528, weights: [-3.1479, 0.5004, 0, 0, 0.3879, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], threshold: 0.53},
  capital: {bias: -5.5947, weights: [-5.5748, 0.5918, 0, 0, 0.5008, 2.2238, 0.4634, 0, -2.777, -7.1742, 0.2536, 0.2871, -1.2333, -1.7275, 0], threshold: 0.53},
  name: {bias: -9.0377, weights: [-3.5948, 0.7952, 0.1225, 0, 0.5881, 0.5003, 0.2797, 2.4265, -2.1776, 0, 0.1277, 0.2773, -1.6823, -1.1236, 0.1468], threshold: 0.59},
  far: {minLength: 9, maxCost: 1.3, minFrequency: 0.5, maxCount: 0, maxNameOdds: 0.4477, allowUnknownNeighbour: false, sentenceInitialOnly: false}
} as const
