/**
 * The clocks the benches time by. On a machine shared with other work the
 * wall clock (`performance.now`) also counts the time the process waits for
 * a core, and a wait is charged to whichever stage happens to be running;
 * the process's CPU time counts only its own work.
 *
 * `cpuNow` reads `process.cpuUsage()` (user and system time of the whole
 * process: its one JavaScript thread, and V8's own garbage-collection and
 * compiler threads working for it; Node 20 has no per-thread CPU clock). On
 * Linux it has 1 µs resolution and a read costs about 1 µs, so it suits
 * intervals from a rule's run on one text (milliseconds) up.
 */

/** The process's CPU time (user and system), in milliseconds since it started. */
export function cpuNow(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/** Both clocks, read at one point. */
export interface Reading {
  readonly wall: number
  readonly cpu: number
}

/** Read the wall clock and the CPU clock. */
export function readClocks(): Reading {
  return {wall: performance.now(), cpu: cpuNow()}
}

/** Milliseconds on each clock from `started` to now. */
export function elapsed(started: Reading, now: Reading = readClocks()): Reading {
  return {wall: now.wall - started.wall, cpu: now.cpu - started.cpu}
}
