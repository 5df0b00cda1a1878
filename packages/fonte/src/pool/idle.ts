import { cpus } from 'node:os'

/** The machine's CPU time so far, summed over its cores (`os.cpus()`), in milliseconds. */
export interface CpuClock {
  idle: number
  total: number
  cores: number
}

/** The machine's CPU clock now. */
export function cpuClock(): CpuClock {
  let idle = 0
  let total = 0
  const list = cpus()
  for (const { times } of list) {
    idle += times.idle
    total += times.user + times.nice + times.sys + times.idle + times.irq
  }
  return { idle, total, cores: list.length }
}

/**
 * Cores that stood idle, on average, between two readings of the clock: what a worker thread
 * started now could run on without taking time from this thread or the machine's other work.
 * `undefined` when the clock has not moved enough to tell (under 20 ticks of 10 ms in all).
 *
 * @param before - A reading of `cpuClock`.
 * @param after - A later one.
 */
export function idleCores(before: CpuClock, after: CpuClock): number | undefined {
  const total = after.total - before.total
  if (total < 200) return undefined
  return ((after.idle - before.idle) / total) * after.cores
}
