/**
 * Weights of the spelling decision (`slips.ts`), written by
 * `bench/fit-spelling.ts` (do not edit by hand): fitted on the development
 * sets only (Brown's non-press genres, every 4th file, and the dev half of
 * the name and misspelling lists), never on the benchmark's press text.
 * `rank`: grid search for the most capitalised slips with the intended
 * form first. `lower` (lower-case words), `capital` (capitalised
 * words nearest a common word) and `name` (nearest a name): logistic
 * regressions over
 * `cost`, `frequency`, `namePrior`, `isWord`, `length`, `sentenceInitial`, `nameSequence`, `inDraft`, `count`, `midSentence`,
 * with the threshold that maximises slips caught minus 0.5 (lower case) or 3.5
 * (capitalised, names) × false alarms.
 */
export const slipWeights = {
  rank: {frequency: 0.1, prior: 0.05, inDraft: 0.5, initial: 0},
  lower: {bias: -1.0976, weights: [-3.6215, 0.758, 0, 0, 0.4052, 0, 0, 0, 0, 0], threshold: 0.39},
  capital: {bias: -1.2364, weights: [-5.1913, 0.78, 0, 0, 0.5171, 2.1442, -0.0139, 0, -3.077, -7.3341], threshold: 0.67},
  name: {bias: -2.4024, weights: [-2.0138, 0.8915, 0.2952, 0, 0.3441, 0.3265, 0.2299, 3.2126, 0, 0], threshold: 0.49}
} as const
