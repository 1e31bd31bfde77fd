import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'test/**/*.test.ts'],
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
