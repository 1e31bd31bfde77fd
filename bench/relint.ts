/**
 * The editor's loop: how long the language server's lint takes on a
 * 1,000-word draft after a one-word edit, with its data already loaded
 * (target: ≤ 20 ms). Timed in-process on the server's own lint function.
 */
import fs from 'node:fs'
import path from 'node:path'
import {lint} from '../src/language-server/lint.js'

export interface RelintResult {
  readonly words: number
  readonly medianMs: number
  readonly p90Ms: number
}

export async function measureRelint(text: string, workFolder: string): Promise<RelintResult> {
  const folder = path.join(workFolder, 'relint')
  fs.mkdirSync(folder, {recursive: true})
  const file = path.join(folder, 'draft.txt')
  // The first lint loads the dictionaries and name lists, as a server does once.
  await lint(text, file, folder)
  const times: number[] = []
  for (let round = 0; round < 41; round++) {
    // An edit that changes a finding each time: a word slipped, then mended.
    const edited = text.replace(/\bthe\b/, round % 2 === 0 ? 'teh' : 'the')
    const started = performance.now()
    await lint(edited, file, folder)
    times.push(performance.now() - started)
  }
  times.sort((left, right) => left - right)
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    medianMs: times[Math.floor(times.length / 2)]!,
    p90Ms: times[Math.floor(times.length * 0.9)]!
  }
}
