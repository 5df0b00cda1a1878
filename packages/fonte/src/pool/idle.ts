import { cpus } from 'node:os'

/**
 * The machine's CPU time so far, summed over its cores (`os.cpus()`), and this process's own
 * (every thread), in milliseconds.
 */
export interface CpuClock {
  idle: number
  total: number
  own: number
  cores: number
}

/** The CPU clock now. */
export function cpuClock(): CpuClock {
  let idle = 0
  let total = 0
  const list = cpus()
  for (const { times } of list) {
    idle += times.idle
    total += times.user + times.nice + times.sys + times.idle + times.irq
  }
  const { user, system } = process.cpuUsage()
  return { idle, total, own: (user + system) / 1000, cores: list.length }
}

/**
 * Cores that other processes left free, on average, between two readings of the clock: this
 * process's threads (the one working, and V8's compiler and garbage collector) count as free, as
 * they would with workers too. `undefined` when the clock has not moved enough to tell (under 20
 * ticks of 10 ms in all).
 *
 * @param before - A reading of `cpuClock`.
 * @param after - A later one.
 */
export function freeCores(before: CpuClock, after: CpuClock): number | undefined {
  const total = after.total - before.total
  if (total < 200) return undefined
  const busy = total - (after.idle - before.idle)
  const others = Math.max(0, busy - (after.own - before.own))
  return Math.max(0, ((total - others) / total) * after.cores)
}

// A reading taken when the pool's modules load, before the caller reads its inputs and term base:
// by the time the pool starts, it may tell already how busy the machine is.
const loaded = { at: performance.now(), clock: cpuClock() }

/**
 * `freeCores` since the pool's modules were loaded, when that was between `least` and `most`
 * milliseconds ago (a longer wait says nothing of now); `undefined` otherwise.
 *
 * @param least - The shortest wait that tells.
 * @param most - The longest that still says something of now.
 */
export function freeCoresSinceLoad(least: number, most: number): number | undefined {
  const waited = performance.now() - loaded.at
  if (waited < least || waited > most) return undefined
  return freeCores(loaded.clock, cpuClock())
}
