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

/**
 * unified-engine imports at start two modules a run rarely uses: load-plugin
 * (with npm's config reader, semver, git and licence tables: ~700 kB of
 * bundled code), needed only when a config names a plugin or a reporter,
 * and yaml (~260 kB), needed only for a YAML config. Both are used only in
 * async functions, so in the bundle they load there, on first use, in chunks
 * of their own. Each edit must match
 * exactly once: a new unified-engine that no longer fits stops the build
 * instead of shipping a changed engine.
 *
 * One more edit is to unified-engine's file-set bookkeeping: as each file
 * finishes, its queue tested every file of the set (each file's messages
 * counted) for one still unfinished, so a folder cost the main thread a
 * time that grows with the square of its files (500 files with 12 messages
 * each: about 0.3 s; 2,000: 6.5 s). It now tests from the last file added,
 * which is the one most likely still unfinished, and stops at the first:
 * the same answer, in a step or two while drafts finish in order.
 */
const edits = {
  'configuration.js': [
    ["import {resolvePlugin} from 'load-plugin'\n", "const resolvePlugin = async (...parameters) => (await import('load-plugin')).resolvePlugin(...parameters)\n"],
    ["import yaml from 'yaml'\n", ''],
    ['return yaml.parse(String(buf))', "return (await import('yaml')).default.parse(String(buf))"]
  ],
  'log.js': [["import {loadPlugin} from 'load-plugin'\n", "const loadPlugin = async (...parameters) => (await import('load-plugin')).loadPlugin(...parameters)\n"]],
  'queue.js': [['  let index = -1\n  while (++index < files.length) {\n    each(files[index])\n  }\n', '  let index = files.length\n  while (complete && index--) {\n    each(files[index])\n  }\n']]
}
const deferred = {
  name: 'edit-engine',
  setup(build) {
    build.onLoad({filter: /[\\/]unified-engine[\\/]lib[\\/](file-set-pipeline[\\/]log|file-pipeline[\\/]queue|configuration)\.js$/}, (args) => {
      let contents = fs.readFileSync(args.path, 'utf8')
      for (const [from, to] of edits[path.basename(args.path)]) {
        const at = contents.indexOf(from)
        if (at === -1 || contents.indexOf(from, at + 1) !== -1) throw new Error(`${args.path}: expected \`${from.trim()}\` once, to load it lazily`)
        contents = contents.slice(0, at) + to + contents.slice(at + from.length)
      }
      return {contents, loader: 'js'}
    })
  }
}
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
  plugins: [deferred],
  logLevel: 'warning'
})
