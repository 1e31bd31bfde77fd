import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts'],
    // The scaffold's template is a pattern to copy, tested through `test/new-rule.test.ts`.
    exclude: ['rules/_template/**', '**/node_modules/**'],
    // Two test files at a time, in forked workers that keep their modules
    // from one file to the next (`isolate: false`): the dictionaries and name
    // lists load once per worker instead of once per file. A test that needs
    // a cold start says so with `vi.resetModules()` (error-level-runs.test.ts);
    // nothing else may rely on a fresh module, and main() keeps no state
    // between runs (main-runs.test.ts).
    // On the shared two-core machine here (load 4–6), three full runs each:
    // isolated, one worker 63–86 s, two 56–71 s; shared modules, one worker
    // 34–44 s, two 40–41 s. At load 1.5–2.3, shared modules: one worker
    // 38.8 s, two 27.4 s, for the same 45 s of CPU. So two workers: no
    // slower when the cores are busy, faster when they are not (vitest's
    // default is one on two cores).
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    // Loading the dictionary and name lists takes a moment the first time in each worker.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/core/**', 'src/analysis/**', 'src/lexicon/**', 'rules/**'],
      exclude: ['**/*.test.ts', '**/*.md']
    }
  }
})
