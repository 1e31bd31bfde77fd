// Bundles the command line (and its worker thread) into dist/bundle/: one
// ESM module per entry, plus shared chunks for what loads lazily (each
// input format's parser, the subcommands). Node then resolves and compiles
// one file where it read some hundreds. Runs after `tsc`, as part of
// `npm run build`; dist/src/cli/bin.js uses the bundle when it is newer
// than the compiled modules, else those.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// Chunk names change with their content: start from an empty folder, so no old chunk is left to ship.
fs.rmSync(path.join(root, 'dist', 'bundle'), {recursive: true, force: true})
await build({
  absWorkingDir: root,
  entryPoints: {cli: 'dist/src/cli/index.js', worker: 'dist/src/node/worker.js'},
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded from node_modules as they are: en-pos, whose word lists the
  // Node adapter provides through the module cache (src/node/tagger-table.ts);
  // piscina, which starts workers from its own files; mammoth, large and
  // needed only for Word drafts.
  external: ['en-pos', 'piscina', 'mammoth'],
  // Bundled CommonJS modules call `require` for Node's own modules.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning'
})
