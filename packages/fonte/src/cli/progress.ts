import type { Io } from './io.js'

// From this many files, the work goes to the pool unless --jobs says otherwise (which starts
// worker threads only for enough text, on idle cores: see pool/ordered-pool.ts), and a progress bar
// is shown on a terminal: below it, even the pool's modules cost more than they could save.
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
