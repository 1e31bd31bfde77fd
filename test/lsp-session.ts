/**
 * What the language-server tests share: the shapes the server publishes,
 * and waiting for a notification that satisfies a condition, checked again
 * after every notification.
 */
export interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}

export interface Diagnostic {
  range: Range
  severity?: number
  code?: string
  source?: string
  message: string
  codeDescription?: {href: string}
  data?: unknown
}

export interface Published {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

/** Conditions waited on; `notified()` checks them all again. */
export class Waiters {
  private readonly pending: Array<() => void> = []

  constructor(private readonly timeoutMs: number) {}

  /** Resolve once `find` returns something; reject after the timeout, naming `what`. */
  waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), this.timeoutMs)
      const check = () => {
        const found = find()
        if (found === undefined) return false
        clearTimeout(timer)
        resolve(found)
        return true
      }
      if (!check()) this.pending.push(() => void check())
    })
  }

  notified(): void {
    for (const waiter of this.pending) waiter()
  }
}
