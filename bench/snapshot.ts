/**
 * Issue 11's cold start through a V8 startup snapshot: a measuring tool, not
 * part of the build. It bundles the command line's `main` into one CommonJS
 * script (what `node --build-snapshot` takes), builds two blobs with the
 * Node running it, checks that each gives the same JSON report as
 * `copydesk` on the speed bench's cold-start draft, and times them in
 * interleaved rounds against `node -e 0`, `hunspell -l` (when installed)
 * and `copydesk` as it ships:
 *
 * - `modules`: the checker's modules evaluated in the blob, nothing run;
 * - `warmed`: the same, after 12 checks of a short story in the builder, so
 *   the word and name tables, the suggestion index, the tagger and every
 *   cache those checks filled are in the blob.
 *
 * Each blob's process runs `node --snapshot-blob <blob> <draft>`: a run of
 * the command line from a blob needs Node's own flag, which a `copydesk`
 * started by its `#!` line does not have (a second process, or
 * `NODE_OPTIONS`, would be needed), so these figures are a lower bound for
 * what a shipped blob could give.
 *
 * Two edits make the bundle buildable into a blob, both only here: each
 * module's `import.meta.url` becomes its own file's URL (a CommonJS bundle
 * has none), and the early read of a table goes into an `ArrayBuffer`
 * (`SharedArrayBuffer` is not defined while Node builds a snapshot; a
 * single draft is checked on this thread, so nothing is shared). en-pos,
 * piscina and mammoth stay outside the bundle, as in `dist/bundle/`.
 *
 * `node dist/bench/snapshot.js [--rounds n]` (default 15 rounds after one
 * warm-up round). Prints a table; writes nothing in the repository.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build, type Plugin} from 'esbuild'
import {loadBrownPress} from './brown.js'
import {makeDrafts, writeDrafts} from './drafts.js'
import {findHunspell} from './hunspell.js'
import {fixed, integer, mebibytes, seconds, table} from './markdown.js'
import {createNspell} from './naive.js'
import {seededRandom} from './random.js'
import {checkerModule} from '../src/cli/start.js'
import {median, timedRun, type RunResult} from './spawn.js'

const require = createRequire(import.meta.url)
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cliPath = path.join(repoRoot, 'dist', 'src', 'cli', 'bin.js')
const checkerPath = path.join(repoRoot, 'dist', 'src', 'cli', 'index.js')
/** The speed bench's seed, so the cold-start draft is the same one (speed.ts: `seed + 1`). */
const draftSeed = 1961 + 1
const warmUps = 12

/** The snapshot's entry: in the builder, load the checker (and check a story `COPYDESK_SNAPSHOT_WARM_UPS` times); from the blob, run the command line on the process's arguments. */
function entrySource(checker: string): string {
  return `import {Readable, Writable} from 'node:stream'
import v8 from 'node:v8'
import {main} from ${JSON.stringify(checker)}

const story = \`The county board voted 5-2 on Monday to shut the Eastfield water plant by June, ending a long quarrel over its upkeep.

"We cannot keep patching pipes that burst every spring," said Helen Marsh, who chairs the board's works committee. She added that the 60 staff there would move to the Lakeside plant.

The board's chairman, Tomas Lindqvist, said the savings, put at $2.1 million a year, would pay for new meters.
\`
const sink = () => new Writable({write(_chunk, _encoding, done) { done() }})

async function warm() {
  const count = Number(process.env.COPYDESK_SNAPSHOT_WARM_UPS ?? 0)
  for (let run = 0; run < count; run++) {
    const code = await main({argv: ['--no-config', '--stdin-filename', 'warm-up.txt'], cwd: process.cwd(), env: {}, stdin: Readable.from([story]), stdout: sink(), stderr: sink()})
    if (code > 1) throw new Error('warm-up check failed with code ' + code)
  }
}

warm().then(() => {
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    main({argv: process.argv.slice(1), cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}).then((code) => {
      process.exitCode = code
    })
  })
})
`
}

/** The two edits that let the bundle run in a snapshot builder (see the top of this file). */
const snapshotEdits: Plugin = {
  name: 'snapshot-edits',
  setup(builder) {
    // The bundle is written outside the repository: its outside modules are required by their full paths.
    builder.onResolve({filter: /^(en-pos|piscina|mammoth)(\/|$)/}, (args) => ({path: require.resolve(args.path), external: true}))
    builder.onLoad({filter: /\.m?js$/}, (args) => {
      let contents = fs.readFileSync(args.path, 'utf8')
      if (args.path.endsWith(path.join('node', 'early-reads.js'))) {
        const from = 'shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size)'
        if (!contents.includes(from)) throw new Error(`${args.path}: expected \`${from}\`, to read into an ArrayBuffer`)
        contents = contents.replace(from, 'new ArrayBuffer(size)')
      }
      contents = contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
      return {contents, loader: 'js'}
    })
  }
}

interface Tool {
  readonly label: string
  readonly command: string
  readonly args: ReadonlyArray<string>
}

async function main(): Promise<void> {
  const roundsAt = process.argv.indexOf('--rounds')
  const rounds = roundsAt === -1 ? 15 : Number(process.argv[roundsAt + 1])
  if (!Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(`bench:snapshot: Unexpected \`--rounds ${process.argv[roundsAt + 1] ?? ''}\`, expected a positive whole number\n`)
    process.exit(2)
  }
  const progress = (message: string) => process.stderr.write(`[snapshot] ${message}\n`)
  const node = process.execPath
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-snapshot-'))
  try {
    const nspell = createNspell()
    const drafts = makeDrafts(loadBrownPress(), {count: 1, targetWords: 1000, typoEvery: 4, typosPerDraft: 3}, seededRandom(draftSeed), (word) => nspell.correct(word))
    const draft = writeDrafts(path.join(work, 'drafts'), drafts)[0]!

    progress('bundling the checker into one CommonJS script')
    const entry = path.join(work, 'entry.mjs')
    fs.writeFileSync(entry, entrySource(checkerPath))
    const script = path.join(work, 'snapshot-entry.cjs')
    await build({entryPoints: [entry], outfile: script, bundle: true, format: 'cjs', platform: 'node', target: 'node20', plugins: [snapshotEdits], legalComments: 'none', logLevel: 'warning'})

    const reference = path.join(work, 'copydesk.json')
    await timedRun(node, [cliPath, draft, '--format', 'json'], reference)
    const blobs: Array<{label: string; file: string; bytes: number; buildMs: number; same: boolean}> = []
    for (const [label, count] of [['modules', 0], ['warmed', warmUps]] as const) {
      progress(`building the ${label} blob`)
      const file = path.join(work, `${label}.blob`)
      const built = await timedRun(node, ['--snapshot-blob', file, '--build-snapshot', script], undefined, {COPYDESK_SNAPSHOT_WARM_UPS: String(count)})
      if (built.exitCode !== 0 || !fs.existsSync(file)) throw new Error(`building the ${label} blob failed:\n${built.stderr}`)
      const report = path.join(work, `${label}.json`)
      await timedRun(node, ['--snapshot-blob', file, draft, '--format', 'json'], report)
      blobs.push({label, file, bytes: fs.statSync(file).size, buildMs: built.wallMs, same: fs.readFileSync(report, 'utf8') === fs.readFileSync(reference, 'utf8')})
    }

    const tools: Tool[] = [
      {label: 'node -e 0', command: node, args: ['-e', '0']},
      ...(findHunspell().available ? [{label: 'hunspell -l', command: 'hunspell', args: ['-l', '-d', 'en_US', draft]}] : []),
      {label: 'copydesk', command: node, args: [cliPath, draft]},
      ...blobs.map((blob) => ({label: `blob: ${blob.label}`, command: node, args: ['--snapshot-blob', blob.file, draft]}))
    ]
    progress(`${rounds} interleaved rounds (after one warm-up round) of ${tools.length} tools`)
    const runs = new Map<string, RunResult[]>()
    const loads: number[] = []
    for (let round = -1; round < rounds; round++) {
      for (const tool of tools) {
        const result = await timedRun(tool.command, tool.args)
        if (round >= 0) runs.set(tool.label, [...(runs.get(tool.label) ?? []), result])
      }
      loads.push(os.loadavg()[0]!)
    }

    const of = (label: string, pick: (run: RunResult) => number | undefined) => {
      const values = (runs.get(label) ?? []).flatMap((run) => {
        const value = pick(run)
        return value === undefined ? [] : [value]
      })
      return values.length > 0 ? median(values) : undefined
    }
    const wall = (label: string) => of(label, (run) => run.wallMs)
    const cpu = (label: string) => of(label, (run) => run.cpuMs)
    const ratio = (value: number | undefined, base: number | undefined) => (value === undefined || base === undefined ? '–' : fixed(value / base) + '×')
    const rows = tools.map((tool) => [
      tool.label,
      seconds(wall(tool.label)!),
      cpu(tool.label) === undefined ? '–' : seconds(cpu(tool.label)!),
      mebibytes(of(tool.label, (run) => run.peakRssMiB)),
      ratio(wall(tool.label), wall('node -e 0')),
      ratio(wall(tool.label), wall('hunspell -l')),
      ratio(wall(tool.label), wall('copydesk')),
      ratio(cpu(tool.label), cpu('copydesk'))
    ])
    // After `tsc` alone the compiled modules are newer than the bundle, and `copydesk` loads them one by one: a slower baseline.
    const shipped = checkerModule({}).endsWith('/bundle/cli.js') ? 'runs the bundle (`dist/bundle/cli.js`), as shipped' : 'runs the compiled modules, not the bundle (run `node scripts/bundle-cli.mjs` after `tsc`): a slower baseline than shipped'
    const blobLines = blobs.map((blob) => `- ${blob.label}: ${fixed(blob.bytes / 1024 / 1024, 1)} MiB, built in ${seconds(blob.buildMs)}, report ${blob.same ? 'identical to' : 'DIFFERENT from'} \`copydesk\`'s`)
    process.stdout.write(`## Cold start from a V8 startup snapshot

Node ${process.version}, ${os.availableParallelism()} cores; the speed bench's cold-start draft (${integer(drafts[0]!.words)} words); medians of ${rounds} interleaved rounds, load average ${fixed(Math.min(...loads), 1)}–${fixed(Math.max(...loads), 1)}. A blob's run is \`node --snapshot-blob <blob> <draft>\`; \`copydesk\` ${shipped}.

${table(['Run', 'Wall', 'CPU', 'Peak RSS', 'Wall ÷ node -e 0', 'Wall ÷ hunspell -l', 'Wall ÷ copydesk', 'CPU ÷ copydesk'], rows)}

${blobLines.join('\n')}
`)
  } finally {
    fs.rmSync(work, {recursive: true, force: true})
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
