/**
 * Builds the extension into dist/ so the .vsix needs nothing else:
 *
 *   dist/extension.js                         the client (esbuild, CommonJS; `vscode` is external)
 *   dist/server/src/language-server/bin.js    copydesk's language server (esbuild, ESM)
 *   dist/server/src/language-server/worker.js the check worker, beside the server as src/node/pool.ts expects
 *   dist/server/src/language-server/lint-worker.js the server's lint worker, beside it as lint-service.ts expects
 *   dist/server/generated/, dist/server/data/ copydesk's lookup data
 *   dist/server/node_modules/dictionary-en*   the Hunspell dictionaries, kept as packages
 *   dist/settings.schema.json                 the JSON Schema VS Code checks `.retextrc` files with
 *
 * The server is bundled from copydesk's build (`npm run build` at the
 * repository root). src/node/resources.ts finds `generated/` and `data/` two
 * folders above its own module, which in the bundle is the bundle itself:
 * dist/server/src/language-server/ → dist/server/. The dictionaries read
 * their `.aff`/`.dic` beside their own module (and use top-level await), so
 * they stay external and are copied as packages where Node's resolution
 * finds them from the bundle.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const out = path.join(here, 'dist')
const server = path.join(out, 'server')
// Every dialect's Hunspell dictionary: a project may set any of them (en-NZ builds on en-AU, en-IN on en-GB).
const dictionaries = ['dictionary-en', 'dictionary-en-gb', 'dictionary-en-ca', 'dictionary-en-au']

const needed = [
  'dist/src/language-server/bin.js',
  'dist/src/node/worker.js',
  'dist/src/language-server/lint-worker.js',
  'generated/words.bin',
  'generated/words-en-US.txt',
  'generated/words-en-GB.txt',
  'data/news-words.txt',
  'rules/settings.schema.json',
  ...dictionaries.map((name) => `node_modules/${name}/index.js`)
]
const missing = needed.find((file) => !fs.existsSync(path.join(repo, file)))
if (missing) {
  console.error(`copydesk-vscode: Cannot find \`${missing}\` in ${repo}, expected copydesk built there first (\`npm install\` or \`npm run build\` at the repository root)`)
  process.exit(1)
}

fs.rmSync(out, {recursive: true, force: true})

await build({
  entryPoints: [path.join(here, 'extension.ts')],
  outfile: path.join(out, 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning'
})

await build({
  entryPoints: {
    'src/language-server/bin': path.join(repo, 'dist/src/language-server/bin.js'),
    'src/language-server/worker': path.join(repo, 'dist/src/node/worker.js'),
    'src/language-server/lint-worker': path.join(repo, 'dist/src/language-server/lint-worker.js')
  },
  outdir: server,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  external: dictionaries,
  // CommonJS dependencies inside an ESM bundle still call `require` for Node's built-ins.
  banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
  logLevel: 'warning'
})

const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'))
fs.writeFileSync(
  path.join(server, 'package.json'),
  JSON.stringify({name: 'copydesk-language-server', version: manifest.version, private: true, type: 'module'}, null, 2) + '\n'
)
fs.copyFileSync(path.join(repo, 'rules', 'settings.schema.json'), path.join(out, 'settings.schema.json'))
for (const folder of ['generated', 'data']) {
  fs.cpSync(path.join(repo, folder), path.join(server, folder), {recursive: true})
}
for (const name of dictionaries) {
  const from = path.join(repo, 'node_modules', name)
  const to = path.join(server, 'node_modules', name)
  fs.mkdirSync(to, {recursive: true})
  for (const file of ['package.json', 'index.js', 'index.aff', 'index.dic', 'license']) {
    if (fs.existsSync(path.join(from, file))) fs.copyFileSync(path.join(from, file), path.join(to, file))
  }
}
console.log(`copydesk-vscode: built ${path.relative(here, out)}/ (client and server ${manifest.version})`)
