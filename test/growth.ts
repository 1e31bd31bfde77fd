/**
 * Cost growth measured within one test: how much longer a piece of work
 * takes on an input 8 times larger. Linear work gives about 8, quadratic
 * work about 64; tests assert a generous bound between the two, never an
 * absolute time.
 *
 * Time is this process's CPU time, not the clock: on a shared machine the
 * clock also counts the moments other processes hold the core, which fall
 * unevenly on the two sizes and made a linear rule look quadratic (a ratio
 * of 33 against a bound of 24 under a load of 10 on two cores).
 */

/** This process's CPU time (user and system), in milliseconds. */
function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Mean CPU milliseconds per call of `run`, repeated until at least `minMs` have been spent. */
export function perCall(run: () => void, minMs = 40): number {
  let calls = 0
  const started = cpuMs()
  let elapsed = 0
  do {
    run()
    calls++
    elapsed = cpuMs() - started
  } while (elapsed < minMs)
  return elapsed / calls
}

/**
 * How much longer `run` takes on `make(size * factor)` than on `make(size)`;
 * the best of three rounds, so one stall of the machine does not decide it.
 */
export function growth(make: (size: number) => string, run: (text: string) => void, size: number, factor = 8): number {
  const small = make(size)
  const large = make(size * factor)
  run(small)
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    best = Math.min(best, perCall(() => run(large)) / perCall(() => run(small)))
  }
  return best
}
