import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts'],
    // Test files run one at a time: many spawn the CLI, the language server
    // or Neovim, and on the two-core machines here running them side by side
    // cost as much time as it saved and once made the cache test fail in a
    // clean-clone run, which it never does on its own.
    fileParallelism: false,
    // Loading the dictionary and name lists takes a moment the first time in each worker.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/engine/**', 'rules/**'],
      exclude: ['**/*.test.ts', '**/*.md']
    }
  }
})
