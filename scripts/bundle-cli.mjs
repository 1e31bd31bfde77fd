// Bundles the command line (and its worker thread) into dist/bundle/: one
// ESM module per entry, plus shared chunks for what loads lazily (each
// input format's parser, the subcommands). Node then resolves and compiles
// one file where it read some hundreds. Runs after `tsc`, as part of
// `npm run build`; dist/src/cli/bin.js uses the bundle when it is newer
// than the compiled modules, else those.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import vm from 'node:vm'
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
 */
const edits = {
  'configuration.js': [
    ["import {resolvePlugin} from 'load-plugin'\n", "const resolvePlugin = async (...parameters) => (await import('load-plugin')).resolvePlugin(...parameters)\n"],
    ["import yaml from 'yaml'\n", ''],
    ['return yaml.parse(String(buf))', "return (await import('yaml')).default.parse(String(buf))"]
  ],
  'log.js': [["import {loadPlugin} from 'load-plugin'\n", "const loadPlugin = async (...parameters) => (await import('load-plugin')).loadPlugin(...parameters)\n"]]
}
const deferred = {
  name: 'defer-engine-imports',
  setup(build) {
    build.onLoad({filter: /[\\/]unified-engine[\\/]lib[\\/](file-set-pipeline[\\/]log|configuration)\.js$/}, (args) => {
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
/**
 * The tagger's en-inflectors, when it loads, derives the four inflected
 * forms of each of its 4,000-odd regular verbs with regular expressions:
 * about 40 ms of every cold start that tags a draft. The bundle carries the
 * forms, derived here by the same code, as one JSON string instead. The
 * edited module's tables are built here and compared with the original's,
 * key for key and in order; any difference, or source that no longer fits,
 * stops the build.
 */
const regularLoop = `for (var index = 0; index < regular.length; index++) {
    var present = regular[index];
    var past = solve_regex_1.solve(present, "VBD");
    var pastParticiple = solve_regex_1.solve(present, "VBN");
    var present3rd = solve_regex_1.solve(present, "VBZ");
    var gerund = solve_regex_1.solve(present, "VBG");
    var entry = [present, past, pastParticiple, present3rd, gerund];
    VBP[present] = entry;
    VBD[past] = entry;
    VBN[pastParticiple] = entry;
    VBZ[present3rd] = entry;
    VBG[gerund] = entry;
}`

function verbTables(source, file) {
  const module = {exports: {}}
  const local = createRequire(file)
  vm.runInThisContext(`(function (exports, require, module) {${source}\n})`, {filename: file})(module.exports, local, module)
  return JSON.stringify(['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'].map((name) => Object.entries(module.exports[name])))
}

function precomputedVerbForms(file) {
  const source = fs.readFileSync(file, 'utf8')
  const at = source.indexOf(regularLoop)
  if (at === -1 || source.indexOf(regularLoop, at + 1) !== -1) throw new Error(`${file}: expected the loop over regular verbs once, to derive its forms at build time`)
  const regular = /^var regular = (\[.*\]);$/m.exec(source)
  if (!regular) throw new Error(`${file}: expected \`var regular = [...]\` on one line`)
  const {solve} = createRequire(file)('./solve_regex')
  const forms = JSON.parse(regular[1]).map((present) => [present, ...['VBD', 'VBN', 'VBZ', 'VBG'].map((to) => solve(present, to))])
  const loop = `var regularForms = JSON.parse(${JSON.stringify(JSON.stringify(forms))});
for (var index = 0; index < regularForms.length; index++) {
    var entry = regularForms[index];
    VBP[entry[0]] = entry;
    VBD[entry[1]] = entry;
    VBN[entry[2]] = entry;
    VBZ[entry[3]] = entry;
    VBG[entry[4]] = entry;
}`
  const edited = source.slice(0, at) + loop + source.slice(at + regularLoop.length)
  if (verbTables(edited, file) !== verbTables(source, file)) throw new Error(`${file}: the verb tables built from derived forms differ from the module's own`)
  return edited
}

const verbForms = {
  name: 'precomputed-verb-forms',
  setup(build) {
    build.onLoad({filter: /[\\/]en-inflectors[\\/]dist[\\/]verb[\\/]solve_lookup\.js$/}, (args) => ({contents: precomputedVerbForms(args.path), loader: 'js'}))
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
  // Loaded from node_modules as they are: the tagger's word lists
  // (en-lexicon, humannames, cities-list), which the Node adapter provides
  // through the module cache (src/node/tagger-table.ts), so their 7 MB of
  // source is never read; piscina, which starts workers from its own files;
  // mammoth, large and needed only for Word drafts. The tagger itself
  // (en-pos and its 35 small modules) is bundled: read as one file it loads
  // in about half the time.
  external: ['en-lexicon', 'humannames', 'cities-list', 'piscina', 'mammoth'],
  // Bundled CommonJS modules call `require` for Node's own modules.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  plugins: [deferred, verbForms],
  logLevel: 'warning'
})
