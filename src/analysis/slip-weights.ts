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
 * with the threshold that maximises slips caught minus 1 (lower case) or 3
 * (capitalised, names) × false alarms.
 */
export const slipWeights = {
  rank: {frequency: 0.1, prior: 0.05, inDraft: 0.5, initial: 0},
  lower: {bias: -0.8998, weights: [-3.4506, 0.8123, 0, 0, 0.3759, 0, 0, 0, -4.6811, 0], threshold: 0.48},
  capital: {bias: -1.1629, weights: [-4.5874, 0.8506, 0, 0, 0.4512, 1.7616, -0.2147, 0, -2.2341, -3.6082], threshold: 0.73},
  name: {bias: -2.5603, weights: [-1.8899, 0.8874, 0.294, 0, 0.3526, 0.3625, 0.2968, 3.362, 0, 0], threshold: 0.51}
} as const
