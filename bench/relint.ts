/**
 * The editor's loop: how long the language server's lint takes on a
 * 1,000-word draft after an edit, with its data already loaded (target:
 * ≤ 10 ms median). Timed in-process on the server's own lint function, as
 * its worker calls it: with the document's paragraphs kept from its last
 * lint (src/core/paragraph-cache.ts). Each edit is also linted from scratch
 * in the same round, so the ratio between the two is measured on the same
 * machine at the same moment.
 *
 * Edits of three kinds, taking turns, at seeded random places, one after
 * another as a person types them: a letter typed inside a word, a word
 * deleted, a paragraph split in two.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ParagraphCache} from '../src/core/paragraph-cache.js'
import {lint, type LintResult} from '../src/language-server/lint.js'
import {randomInt, seededRandom} from './random.js'

export interface RelintTimes {
  readonly medianMs: number
  readonly p90Ms: number
  /** Median CPU time of the process (user + system): what the lint cost, whatever else the machine was doing. */
  readonly cpuMedianMs: number
}

export interface RelintResult extends RelintTimes {
  readonly words: number
  readonly edits: number
  /** The same edits linted from scratch (nothing kept), in the same rounds. */
  readonly full: RelintTimes
  /** Kept-paragraph lints by kind of edit. */
  readonly byKind: Readonly<Record<EditKind, RelintTimes>>
  /**
   * The one-minute load average when the edits started and when they ended.
   * On a shared machine the wall-clock figures follow it: the lint is the
   * same work at any load (see the CPU median), but waits longer for a core.
   */
  readonly load: readonly [number, number]
}

export type EditKind = 'letter typed' | 'word deleted' | 'paragraph split'

/** The kinds of edit, in the order they take turns. */
export const editKinds: ReadonlyArray<EditKind> = ['letter typed', 'word deleted', 'paragraph split']
const rounds = 60

/** Where the word that starts at or after `at` starts (the first word when none). */
function wordStart(text: string, at: number): number {
  const match = /(?<!\S)\S/g
  match.lastIndex = at
  return match.exec(text)?.index ?? 0
}

/** `text` after an edit of `kind` at the word that starts at or after `at`. */
export function edit(text: string, kind: EditKind, at: number): string {
  const start = wordStart(text, at)
  if (kind === 'letter typed') return text.slice(0, start + 1) + 'e' + text.slice(start + 1)
  if (kind === 'paragraph split') return text.slice(0, start) + '\n\n' + text.slice(start)
  const word = /\S*\s*/y
  word.lastIndex = start
  word.exec(text)
  return text.slice(0, start) + text.slice(word.lastIndex)
}

interface Sample {
  readonly wall: number
  readonly cpu: number
}

function times(list: ReadonlyArray<Sample>): RelintTimes {
  const sorted = (values: number[]) => values.sort((left, right) => left - right)
  const wall = sorted(list.map((sample) => sample.wall))
  const cpu = sorted(list.map((sample) => sample.cpu))
  return {medianMs: wall[Math.floor(wall.length / 2)]!, p90Ms: wall[Math.floor(wall.length * 0.9)]!, cpuMedianMs: cpu[Math.floor(cpu.length / 2)]!}
}

/** Findings as text, to make sure both lints agree on every edit. */
function findings(result: LintResult): string {
  return result.messages.map((message) => `${String(message)} ${JSON.stringify(message.expected)} ${String(message.cause ?? '')}`).join('\n')
}

export async function measureRelint(text: string, workFolder: string, seed = 1961): Promise<RelintResult> {
  const folder = path.join(workFolder, 'relint')
  fs.mkdirSync(folder, {recursive: true})
  const file = path.join(folder, 'draft.txt')
  const paragraphs = new ParagraphCache()
  // The first lint loads the dictionaries and name lists, as a server does once, and opens the document.
  await lint(text, file, folder, {paragraphs})
  const random = seededRandom(seed)
  const loadBefore = os.loadavg()[0]!
  const kept: Sample[] = []
  const full: Sample[] = []
  const byKind = new Map<EditKind, Sample[]>(editKinds.map((kind) => [kind, []]))
  let current = text
  for (let round = 0; round < rounds; round++) {
    const kind = editKinds[round % editKinds.length]!
    current = edit(current, kind, randomInt(random, current.length))
    // Which of the two goes first alternates, so neither always meets a warmer cache.
    const order = round % 2 === 0 ? (['kept', 'full'] as const) : (['full', 'kept'] as const)
    const results: Record<string, LintResult> = {}
    for (const way of order) {
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      results[way] = await lint(current, file, folder, way === 'kept' ? {paragraphs} : {})
      const cpu = process.cpuUsage(cpuStarted)
      const elapsed = {wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000}
      if (way === 'kept') {
        kept.push(elapsed)
        byKind.get(kind)!.push(elapsed)
      } else {
        full.push(elapsed)
      }
    }
    if (findings(results['kept']!) !== findings(results['full']!)) {
      throw new Error(`relint: the lint with kept paragraphs differs from a lint from scratch after edit ${round + 1} (${kind})`)
    }
  }
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    edits: rounds,
    load: [loadBefore, os.loadavg()[0]!],
    ...times(kept),
    full: times(full),
    byKind: Object.fromEntries(editKinds.map((kind) => [kind, times(byKind.get(kind)!)])) as Record<EditKind, RelintTimes>
  }
}

/** The bench's paragraph on the re-lint, with the ratio to a lint from scratch. */
export function relintSummary(relint: RelintResult): string {
  const ratio = relint.medianMs / relint.full.medianMs
  const kindsLine = editKinds
    .map((kind) => `${kind} ${relint.byKind[kind].medianMs.toFixed(1)} ms (p90 ${relint.byKind[kind].p90Ms.toFixed(1)})`)
    .join(', ')
  return (
    `The language server's lint of a ${relint.words}-word draft after an edit, data already loaded, its paragraphs kept from the last lint: ` +
    `median ${relint.medianMs.toFixed(1)} ms, 90th percentile ${relint.p90Ms.toFixed(1)} ms (target ≤ 10 ms median). ` +
    `The same edits linted from scratch in the same rounds: median ${relint.full.medianMs.toFixed(1)} ms, 90th percentile ${relint.full.p90Ms.toFixed(1)} ms (ratio ${ratio.toFixed(2)}). ` +
    `CPU time, which the machine's other work disturbs less: median ${relint.cpuMedianMs.toFixed(1)} ms kept, ${relint.full.cpuMedianMs.toFixed(1)} ms from scratch (ratio ${(relint.cpuMedianMs / relint.full.cpuMedianMs).toFixed(2)}). ` +
    `By kind of edit: ${kindsLine}. ${relint.edits} edits, one after another, each kind in turn at a seeded random place; both lints gave the same findings after every edit. ` +
    `Load average ${relint.load[0].toFixed(1)} when the edits started, ${relint.load[1].toFixed(1)} when they ended (${os.availableParallelism()} cores: the wall-clock times include any wait for a core, the CPU times do not). ` +
    `The server also waits 200 ms after the last keystroke before it lints.`
  )
}
