import type { Io } from './io.js'

// From this many files, the work goes to worker threads unless --jobs says otherwise, and a
// progress bar is shown on a terminal: below it, starting threads costs more than they save.
export const parallelFrom = 16

/**
 * A progress bar on standard error for long runs on a terminal, redrawn at most ten times a
 * second; `-1` clears it.
 */
export function progressReporter(
  io: Io,
  label: string,
  total: number,
  unit: string,
): (done: number) => void {
  const write = io.progress
  if (!write || total < parallelFrom) return () => {}
  let last = 0
  return (done) => {
    if (done === -1) {
      write('')
      return
    }
    const now = Date.now()
    if (done < total && now - last < 100) return
    last = now
    const width = 30
    const filled = Math.round((done / total) * width)
    write(`${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${unit}`)
  }
}
