/**
 * Speed and memory (issue 11), every figure as a ratio to baselines run in
 * the same bench, on the same files: Node's own start (`node -e 0`),
 * `hunspell -l` (when installed with an en_US dictionary), cspell (when a
 * `cspell` command is on the PATH or in node_modules/.bin), and the naive
 * retext script of `naive.ts`. Brown press drafts of ~1,000 words: one for
 * the cold start, a folder of 500 for throughput at 1, 2 and 4 threads
 * (`--jobs`: the main thread reads and reports, the others check) and the
 * default; peak RSS of each run from GNU time. The editor's re-lint is
 * timed in-process (`relint.ts`). The cold start also times `copydesk_d`,
 * the client of a warm server (src/cli/daemon.ts), with its server started
 * and warmed before the first round and stopped after the last: start to
 * exit of the client, as a user at a prompt waits for it; and
 * `copydesk_d status`, the client's own start and one exchange with the
 * server, no check.
 *
 * `npm run bench` includes this section; `npm run bench:speed` runs it
 * alone and replaces the section in bench/results.md. `npm run bench:speed
 * -- --only cold` (or `folder`, `relint`; comma-separated) runs only those
 * parts and prints them without touching bench/results.md. `--compare
 * <bin.js>` adds another build's command line (such as main's, to measure a
 * change against it in the same run) to the cold start and to the folder:
 * there the two builds check the same drafts in turn, `--rounds n` times
 * each (default 4), with `--compare-jobs n` threads (default: each build's
 * default), and the table gives their wall and CPU medians, the ratios, and
 * whether their reports are identical; a second table gives each round's
 * figures in the order run, with its own ratios and the load average at its
 * end (`paired.ts`).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {documentText, loadBrownPress, type BrownText} from './brown.js'
import {makeDrafts, writeDrafts} from './drafts.js'
import {findHunspell} from './hunspell.js'
import {fixed, integer, mebibytes, seconds, table} from './markdown.js'
import {createNspell, naiveScriptSource} from './naive.js'
import {seededRandom} from './random.js'
import {roundLine, roundsReport, type PairedRound} from './paired.js'
import {measureRelint} from './relint.js'
import {defaultJobs} from '../src/node/pool.js'
import {hasGnuTime, median, timedRun, type RunResult} from './spawn.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cliPath = path.join(repoRoot, 'dist', 'src', 'cli', 'bin.js')
const clientPath = path.join(repoRoot, 'dist', 'src', 'cli', 'daemon.js')
/** The label of the warm server's row. */
const warmLabel = 'copydesk_d (warm server)'
const resultsPath = path.join(repoRoot, 'bench', 'results.md')
const heading = '## Speed and memory'
const coldRuns = 5
/** Even, so each build goes first in as many rounds as the other. */
const defaultCompareRounds = 4
const seed = 1961

/** The cspell command, if there is one. */
function findCspell(): string | undefined {
  const local = path.join(repoRoot, 'node_modules', '.bin', 'cspell')
  if (fs.existsSync(local)) return local
  const probe = spawnSync('cspell', ['--version'], {encoding: 'utf8'})
  return probe.error || probe.status !== 0 ? undefined : 'cspell'
}

interface Tool {
  readonly label: string
  readonly cold: ((draft: string) => [string, string[]]) | undefined
  readonly folder: ((folder: string, files: string[]) => [string, string[]]) | undefined
  /** Added to the environment of its runs. */
  readonly env?: Readonly<Record<string, string>> | undefined
}

/** The parts of this section: the cold start, the folder at each thread count, the editor's re-lint. */
export const speedParts = ['cold', 'folder', 'relint'] as const
export type SpeedPart = (typeof speedParts)[number]

/** Another build to run beside this one, interleaved on the same files. */
export interface Comparison {
  /** That build's `dist/src/cli/bin.js`. */
  readonly bin: string
  /** Folder runs of each build (default 4). */
  readonly rounds?: number | undefined
  /** `--jobs` for both builds' folder runs (default: each build's default). */
  readonly jobs?: number | undefined
}

export async function measureSpeed(
  texts: ReadonlyArray<BrownText>,
  workFolder: string,
  progress: (message: string) => void,
  parts: ReadonlySet<SpeedPart> = new Set(speedParts),
  comparison?: Comparison
): Promise<string> {
  const compare = comparison?.bin
  const node = process.execPath
  const nspell = createNspell()
  const drafts = makeDrafts(texts, {count: 500, targetWords: 1000, typoEvery: 4, typosPerDraft: 3}, seededRandom(seed + 1), (word) => nspell.correct(word))
  const folder = path.join(workFolder, 'speed-drafts')
  const files = writeDrafts(folder, drafts)
  const single = files[0]!
  const words = drafts.reduce((sum, draft) => sum + draft.words, 0)
  const naiveScript = path.join(workFolder, 'speed-naive.mjs')
  fs.writeFileSync(naiveScript, naiveScriptSource())
  const hunspell = findHunspell().available
  const cspell = findCspell()
  const report = (name: string) => path.join(workFolder, name)
  // The warm server's socket folder: this run's own, so no other server is used or stopped.
  const warmEnv = {COPYDESK_D_DIR: path.join(workFolder, 'd')}

  const tools: Tool[] = [
    {label: 'node -e 0', cold: () => [node, ['-e', '0']], folder: undefined},
    {label: 'copydesk --version', cold: () => [node, [cliPath, '--version']], folder: undefined},
    {label: 'copydesk', cold: (draft) => [node, [cliPath, draft]], folder: (dir) => [node, [cliPath, dir, '--format', 'json', '--output', report('default.json')]]},
    {label: warmLabel, cold: (draft) => [node, [clientPath, draft]], folder: undefined, env: warmEnv},
    {label: 'copydesk_d status', cold: () => [node, [clientPath, 'status']], folder: undefined, env: warmEnv},
    ...(compare ? [{label: `copydesk (${path.relative(repoRoot, compare)})`, cold: (draft: string) => [node, [compare, draft]] as [string, string[]], folder: undefined}] : []),
    {label: 'naive retext', cold: (draft) => [node, [naiveScript, draft]], folder: (dir) => [node, [naiveScript, dir]]},
    ...(hunspell
      ? [{label: 'hunspell -l', cold: (draft: string) => ['hunspell', ['-l', '-d', 'en_US', draft]] as [string, string[]], folder: (_dir: string, list: string[]) => ['hunspell', ['-l', '-d', 'en_US', ...list]] as [string, string[]]}]
      : []),
    ...(cspell
      ? [
          {
            label: 'cspell',
            // `--root`: cspell skips files outside its root (the working folder by default) without a word.
            cold: (draft: string) => [cspell, ['lint', '--no-progress', '--no-summary', '--no-color', '--root', path.dirname(draft), draft]] as [string, string[]],
            folder: (dir: string, list: string[]) => [cspell, ['lint', '--no-progress', '--no-summary', '--no-color', '--root', dir, ...list]] as [string, string[]]
          }
        ]
      : [])
  ]

  const cold = new Map<string, RunResult[]>()
  if (parts.has('cold')) {
    progress('speed: starting copydesk_d’s server and warming it with one check')
    await timedRun(node, [clientPath, 'restart'], undefined, warmEnv)
    await timedRun(node, [clientPath, single], undefined, warmEnv)
    progress(`speed: cold start, 1 warm-up + ${coldRuns} runs of each tool, interleaved`)
  }
  try {
    for (let round = parts.has('cold') ? -1 : coldRuns; round < coldRuns; round++) {
      for (const tool of tools) {
        if (!tool.cold) continue
        const [command, args] = tool.cold(single)
        const result = await timedRun(command, args, undefined, tool.env)
        if (round >= 0) cold.set(tool.label, [...(cold.get(tool.label) ?? []), result])
      }
    }
  } finally {
    if (parts.has('cold')) await timedRun(node, [clientPath, 'stop'], undefined, warmEnv)
  }

  const folderRuns = new Map<string, RunResult>()
  const threadCounts = [1, 2, 4]
  for (const tool of parts.has('folder') ? tools : []) {
    if (!tool.folder) continue
    progress(`speed: folder of ${files.length} drafts, ${tool.label}`)
    const [command, args] = tool.folder(folder, files)
    folderRuns.set(tool.label, await timedRun(command, args))
  }
  for (const threads of parts.has('folder') ? threadCounts : []) {
    progress(`speed: folder of ${files.length} drafts, copydesk --jobs ${threads}`)
    folderRuns.set(`--jobs ${threads}`, await timedRun(node, [cliPath, folder, '--jobs', String(threads), '--format', 'json', '--output', report(`jobs-${threads}.json`)]))
  }
  const sameReports = parts.has('folder') && threadCounts.every((threads) => fs.readFileSync(report(`jobs-${threads}.json`), 'utf8') === fs.readFileSync(report('default.json'), 'utf8'))

  // The two builds in turn on the same drafts, so load from other work falls on both alike; the one
  // that goes first alternates by round, as a machine growing busier or quieter within a round would
  // otherwise favour the same side every time.
  const paired = new Map<'this' | 'other', RunResult[]>([['this', []], ['other', []]])
  const rounds = comparison?.rounds ?? defaultCompareRounds
  const jobsArgs = comparison?.jobs === undefined ? [] : ['--jobs', String(comparison.jobs)]
  const pairedRounds: PairedRound[] = []
  let samePaired = true
  for (let round = 0; compare && parts.has('folder') && round < rounds; round++) {
    const order = [['this', cliPath], ['other', compare]] as const
    for (const [side, bin] of round % 2 === 0 ? order : [...order].reverse()) {
      progress(`speed: folder of ${files.length} drafts, ${side === 'this' ? 'this build' : path.relative(repoRoot, compare)}, round ${round + 1} of ${rounds}`)
      const output = report(`paired-${side}.json`)
      paired.get(side)!.push(await timedRun(node, [bin, folder, ...jobsArgs, '--format', 'json', '--output', output]))
    }
    const done: PairedRound = {first: round % 2 === 0 ? 'this' : 'other', this: paired.get('this')!.at(-1)!, other: paired.get('other')!.at(-1)!, load: os.loadavg()[0]!}
    pairedRounds.push(done)
    progress(`speed: round ${round + 1} of ${rounds}: ${roundLine(done)}`)
    samePaired &&= fs.readFileSync(report('paired-this.json'), 'utf8') === fs.readFileSync(report('paired-other.json'), 'utf8')
  }

  if (parts.has('relint')) progress('speed: editor re-lint after an edit')
  const relint = parts.has('relint') ? await measureRelint((documentText(texts[0]!).match(/\S+\s*/g) ?? []).slice(0, 1000).join(''), workFolder) : undefined

  const coldMs = (label: string) => {
    const runs = cold.get(label)
    return runs ? median(runs.map((run) => run.wallMs)) : undefined
  }
  const coldCpu = (label: string) => {
    const values = (cold.get(label) ?? []).flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]))
    return values.length > 0 ? median(values) : undefined
  }
  const coldRss = (label: string) => {
    const values = (cold.get(label) ?? []).flatMap((run) => (run.peakRssMiB === undefined ? [] : [run.peakRssMiB]))
    return values.length > 0 ? median(values) : undefined
  }
  const ratio = (value: number | undefined, base: number | undefined) => (value === undefined || base === undefined ? '–' : fixed(value / base) + '×')
  const met = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'yes' : 'no')
  const copydeskCold = coldMs('copydesk')!
  const warmCold = coldMs(warmLabel)
  const nodeCold = coldMs('node -e 0')!
  const hunspellCold = coldMs('hunspell -l')
  const folderMs = (label: string) => folderRuns.get(label)?.wallMs
  const folderCpu = (label: string) => folderRuns.get(label)?.cpuMs
  const copydeskFolder = folderMs('copydesk')!
  const defaultRss = folderRuns.get('copydesk')?.peakRssMiB

  const coldTable = table(
    ['Tool', 'Cold start, 1 draft (median wall)', 'CPU (median)', 'Peak RSS', 'copydesk ÷ tool'],
    tools
      .filter((tool) => tool.cold)
      .map((tool) => [
        tool.label,
        seconds(coldMs(tool.label)!),
        coldCpu(tool.label) === undefined ? '–' : seconds(coldCpu(tool.label)!),
        mebibytes(coldRss(tool.label)),
        tool.label === 'copydesk' ? '' : ratio(copydeskCold, coldMs(tool.label))
      ])
  )
  const folderLabels = [...tools.filter((tool) => tool.folder).map((tool) => tool.label), ...threadCounts.map((threads) => `--jobs ${threads}`)]
  const folderTable = table(
    ['Run', 'Wall', 'CPU (user + system)', 'Peak RSS', 'copydesk (default) ÷ run'],
    folderLabels.map((label) => [
      label === 'copydesk' ? `copydesk (default: --jobs ${defaultJobs()})` : label.startsWith('--jobs') ? `copydesk ${label}` : label,
      seconds(folderMs(label)!),
      folderCpu(label) === undefined ? '–' : seconds(folderCpu(label)!),
      mebibytes(folderRuns.get(label)?.peakRssMiB),
      label === 'copydesk' ? '' : ratio(copydeskFolder, folderMs(label))
    ])
  )
  const pairedMedian = (side: 'this' | 'other', key: 'wallMs' | 'cpuMs') => {
    const values = paired.get(side)!.flatMap((run) => (run[key] === undefined ? [] : [run[key]]))
    return values.length > 0 ? median(values) : undefined
  }
  const pairedRange = (side: 'this' | 'other', key: 'wallMs' | 'cpuMs') => {
    const values = paired.get(side)!.flatMap((run) => (run[key] === undefined ? [] : [run[key]]))
    return values.length > 1 ? ` (${seconds(Math.min(...values))}–${seconds(Math.max(...values))})` : ''
  }
  const pairedTable = compare
    ? table(
        ['Build', 'Wall (median, range)', 'CPU (median, range)', 'Peak RSS (median)', 'this build ÷ build: wall, CPU'],
        (['this', 'other'] as const).map((side) => {
          const rss = paired.get(side)!.flatMap((run) => (run.peakRssMiB === undefined ? [] : [run.peakRssMiB]))
          const wall = pairedMedian(side, 'wallMs')
          const cpu = pairedMedian(side, 'cpuMs')
          return [
            side === 'this' ? 'copydesk (this build)' : `copydesk (${path.relative(repoRoot, compare)})`,
            wall === undefined ? '–' : seconds(wall) + pairedRange(side, 'wallMs'),
            cpu === undefined ? '–' : seconds(cpu) + pairedRange(side, 'cpuMs'),
            mebibytes(rss.length > 0 ? median(rss) : undefined),
            side === 'this' ? '' : `${ratio(pairedMedian('this', 'wallMs'), wall)}, ${ratio(pairedMedian('this', 'cpuMs'), cpu)}`
          ]
        })
      )
    : ''
  const targets = table(
    ['Target (issue 11)', 'Measured', 'Met'],
    [
      ...(parts.has('cold')
        ? [
            ['Cold start ≤ 3× `hunspell -l`', hunspellCold === undefined ? 'hunspell not installed' : ratio(copydeskCold, hunspellCold), met(hunspellCold === undefined ? undefined : copydeskCold <= 3 * hunspellCold)],
            ['Cold start ≤ 2× `node -e 0`', ratio(copydeskCold, nodeCold), met(copydeskCold <= 2 * nodeCold)],
            ['`copydesk_d`, warm server, ≤ 3× `hunspell -l`', hunspellCold === undefined ? 'hunspell not installed' : ratio(warmCold, hunspellCold), met(hunspellCold === undefined || warmCold === undefined ? undefined : warmCold <= 3 * hunspellCold)],
            ['`copydesk_d`, warm server, ≤ 2× `node -e 0`', ratio(warmCold, nodeCold), met(warmCold === undefined ? undefined : warmCold <= 2 * nodeCold)]
          ]
        : []),
      ...(parts.has('folder')
        ? [
            ['Folder ≤ 0.5× naive retext', ratio(copydeskFolder, folderMs('naive retext')), met(copydeskFolder <= 0.5 * folderMs('naive retext')!)],
            ['Folder faster than cspell', cspell ? ratio(copydeskFolder, folderMs('cspell')) : 'cspell not installed', met(cspell ? copydeskFolder < folderMs('cspell')! : undefined)],
            ['Folder faster than `hunspell -l`', hunspell ? ratio(copydeskFolder, folderMs('hunspell -l')) : 'hunspell not installed', met(hunspell ? copydeskFolder < folderMs('hunspell -l')! : undefined)],
            ['Folder peak memory ≤ 250 MiB (default threads)', mebibytes(defaultRss), met(defaultRss === undefined ? undefined : defaultRss <= 250)]
          ]
        : []),
      ...(relint
        ? [
            [
              'Editor re-lint ≤ 10 ms median',
              `${fixed(relint.medianMs, 1)} ms (90th percentile ${fixed(relint.p90Ms, 1)} ms; ${fixed(relint.medianMs / relint.full.medianMs, 2)}× a lint from scratch, ${fixed(relint.full.medianMs, 1)} ms; CPU median ${fixed(relint.cpuMedianMs, 1)} ms; load average ${fixed(relint.load[0], 1)}–${fixed(relint.load[1], 1)})`,
              met(relint.medianMs <= 10)
            ]
          ]
        : []),
      ...(parts.has('folder') ? [['Same findings at every thread count', sameReports ? 'identical JSON reports' : 'reports differ', met(sameReports)]] : []),
      ...(parts.has('folder') && compare ? [['Same findings as the compared build', samePaired ? 'identical JSON reports' : 'reports differ', met(samePaired)]] : [])
    ]
  )
  const load = os.loadavg()[0]!
  return `${heading}

Issue 11's figures, each against baselines run in the same bench on the same files (Brown press drafts: one of ${integer(drafts[0]!.words)} words for the cold start; a folder of ${files.length} drafts, ${integer(words)} words). Node ${process.version}, ${os.availableParallelism()} cores, load average ${fixed(load, 1)} when the section ended: the machine is shared, so read the ratios. Wall time from spawn to exit; CPU and peak RSS ${hasGnuTime ? 'from `/usr/bin/time -v` (the whole process, all its threads)' : 'not measured (no `/usr/bin/time`)'}. \`--jobs n\` counts threads: the main one reads drafts and writes the report, n − 1 worker threads check them. Baselines: \`hunspell -l -d en_US\` ${hunspell ? 'as installed' : '(not installed: skipped)'}; cspell ${cspell ? `(\`${path.basename(cspell)} lint\`)` : '(not installed: skipped)'}; the naive retext-spell script reads the folder one file after another.${parts.has('cold') ? ' `copydesk_d (warm server)`: the client of a warm server (started and warmed with one check before the first round, stopped after the last), start to exit of the client; `copydesk_d status`: the client\u2019s own start and one exchange with the server.' : ''}

${targets}${parts.has('cold') ? `\n### Cold start\n\n${coldTable}` : ''}${parts.has('folder') ? `\n### Folder\n\n${folderTable}` : ''}${pairedTable && parts.has('folder') ? `\n### Folder, this build against ${path.relative(repoRoot, compare!)}\n\n${rounds} runs of each build in turn, the first alternating by round, on the same ${files.length} drafts, ${comparison?.jobs === undefined ? 'default threads' : `\`--jobs ${comparison.jobs}\``}.\n\n${pairedTable}\n\nEach round in the order run:\n\n${roundsReport(pairedRounds, path.relative(repoRoot, compare!))}` : ''}`
}

/** `--only cold,folder,relint` → those parts; no `--only` → all, and the section is written to bench/results.md. */
function parseOnly(argv: ReadonlyArray<string>): Set<SpeedPart> | undefined {
  const at = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='))
  if (at === -1) return undefined
  const value = argv[at]!.startsWith('--only=') ? argv[at]!.slice('--only='.length) : argv[at + 1]
  const names = (value ?? '').split(',').filter(Boolean)
  const unknown = names.filter((name) => !(speedParts as ReadonlyArray<string>).includes(name))
  if (names.length === 0 || unknown.length > 0) {
    process.stderr.write(`bench:speed: Unexpected \`--only ${value ?? ''}\`, expected a comma-separated list of ${speedParts.map((part) => '`' + part + '`').join(', ')}\n`)
    process.exit(2)
  }
  return new Set(names as SpeedPart[])
}

/** `--rounds 5` → 5; absent → undefined; anything but a positive whole number ends the run with a one-line message. */
function countOption(name: string): number | undefined {
  const at = process.argv.indexOf(name)
  if (at === -1) return undefined
  const value = process.argv[at + 1] ?? ''
  if (!/^[1-9]\d*$/.test(value)) {
    process.stderr.write(`bench:speed: Unexpected \`${name} ${value}\`, expected a positive whole number\n`)
    process.exit(2)
  }
  return Number(value)
}

/** `npm run bench:speed`: this section alone, written into bench/results.md in place of the last one. */
async function main(): Promise<void> {
  const started = performance.now()
  const progress = (message: string) => process.stderr.write(`[bench ${seconds(performance.now() - started).padStart(8)}] ${message}\n`)
  const only = parseOnly(process.argv.slice(2))
  const workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-speed-'))
  try {
    const compareAt = process.argv.indexOf('--compare')
    const comparison = compareAt === -1 ? undefined : {bin: path.resolve(process.argv[compareAt + 1] ?? ''), rounds: countOption('--rounds'), jobs: countOption('--compare-jobs')}
    if (comparison && !fs.existsSync(comparison.bin)) {
      process.stderr.write(`bench:speed: Unexpected \`--compare ${process.argv[compareAt + 1] ?? ''}\`, expected the path of another build's dist/src/cli/bin.js\n`)
      process.exit(2)
    }
    const section = await measureSpeed(loadBrownPress(), workFolder, progress, only, comparison)
    // A partial run is printed only: bench/results.md keeps whole sections.
    if (only) {
      process.stdout.write(section)
      return
    }
    const current = fs.existsSync(resultsPath) ? fs.readFileSync(resultsPath, 'utf8') : ''
    const at = current.indexOf(heading + '\n')
    const next = at >= 0 ? current.indexOf('\n## ', at + heading.length) : -1
    const updated = at >= 0 ? current.slice(0, at) + section + (next >= 0 ? current.slice(next) : '') : current + '\n' + section
    fs.writeFileSync(resultsPath, updated)
    process.stdout.write(section)
  } finally {
    fs.rmSync(workFolder, {recursive: true, force: true})
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()
