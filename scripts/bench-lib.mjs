// Alternated timing for every section of `pnpm bench` (issue #14): the contenders of a section take
// turns round by round (A B, B A, A B, …: the order flips each round so that neither always runs on
// the other's warm caches), every contender's figure is the median of its rounds with their spread,
// and a ratio is the median of the per-round ratios, so that a slow spell of a shared machine
// weighs on both sides of the rounds it falls in. Times are CPU (user + system) of the process
// unless a contender measures itself (a child process reporting its own CPU).
import { spawnSync } from 'node:child_process'

/** CPU milliseconds (user + system) spent by this process since `since` (a `process.cpuUsage()`). */
export function cpuSince(since) {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

// A child process runs under bash, whose `times` gives the CPU of its finished children (as
// `/usr/bin/time` would): nothing is loaded into the measured process.
const underBash = 'out="$1"; shift; "$@" > "$out" 2> "$out.err"; code=$?; times; exit $code'

/** Seconds in bash's `times` format (`0m0.123s`). */
function timesSeconds(text) {
  const [, minutes, secs] = text.match(/(\d+)m([\d.]+)s/)
  return Number(minutes) * 60 + Number(secs)
}

/**
 * Runs `command` with `args` as a child process, its standard output and error into `out` and
 * `${out}.err`; returns its CPU milliseconds (user + system, every thread) and exit status.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ out: string, cwd?: string, env?: Record<string, string | undefined> }} options
 * @returns {{ ms: number, status: number | null }}
 */
export function childProcessCpu(command, args, { out, cwd, env }) {
  const child = spawnSync('bash', ['-c', underBash, 'bash', out, command, ...args], {
    cwd,
    env,
    encoding: 'utf8',
  })
  // `times`: the shell's own user and system time, then its children's.
  const children = child.stdout.trim().split('\n').at(-1).split(' ')
  return {
    ms: (timesSeconds(children[0]) + timesSeconds(children[1])) * 1000,
    status: child.status,
  }
}

/**
 * One sample: `count` calls of the contender, each after its untimed `setup` when it has one.
 * Returns CPU milliseconds per call and the last call's result.
 */
async function sample(contender, count) {
  if (contender.measured) {
    const { ms, result } = await contender.run(await contender.setup?.())
    return { ms, result }
  }
  let spent = 0
  let result
  for (let call = 0; call < count; call++) {
    const prepared = contender.setup ? await contender.setup() : undefined
    const started = process.cpuUsage()
    result = await contender.run(prepared)
    spent += cpuSince(started)
  }
  return { ms: spent / count, result }
}

/** Median, minimum and maximum of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, min: sorted[0], max: sorted.at(-1), values }
}

/**
 * Runs contenders in alternated rounds.
 * @param {Array<{name: string, run: (prepared?: unknown) => unknown, setup?: () => unknown, measured?: boolean}>} contenders
 *   `run` is timed; `setup`, when given, prepares a fresh input for each call outside the timing
 *   (a fresh hunalign instance, a copied array); `measured` contenders return `{ms, result}`
 *   themselves (a child process) and run once per round.
 * @param {{rounds?: number, warmup?: number, minSampleMs?: number}} [options] `rounds` timed
 *   rounds (at least 5), `warmup` untimed rounds first, `minSampleMs` the least CPU one sample
 *   lasts (calls are repeated within a sample until it does, the count fixed in the warm-up).
 * @returns {Promise<Map<string, {median: number, min: number, max: number, values: number[], result: unknown, calls: number}>>}
 */
export async function alternate(contenders, options = {}) {
  const { rounds = 7, warmup = 1, minSampleMs = 50 } = options
  if (rounds < 5) throw new Error(`bench-lib: at least 5 rounds, got ${rounds}`)
  const calls = new Map(contenders.map((contender) => [contender.name, 1]))
  for (let round = 0; round < warmup; round++) {
    for (const contender of contenders) {
      const { ms } = await sample(contender, 1)
      // Enough calls per sample that a sample is not one tick of the CPU clock.
      if (!contender.measured)
        calls.set(contender.name, Math.max(1, Math.ceil(minSampleMs / Math.max(ms, 0.01))))
    }
  }
  const times = new Map(contenders.map((contender) => [contender.name, []]))
  const results = new Map()
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse()
    for (const contender of order) {
      const { ms, result } = await sample(contender, calls.get(contender.name))
      times.get(contender.name).push(ms)
      results.set(contender.name, result)
    }
  }
  return new Map(
    contenders.map(({ name }) => [
      name,
      { ...summarize(times.get(name)), result: results.get(name), calls: calls.get(name) },
    ]),
  )
}

/**
 * How many times faster `fast` is than `slow`: the median of the per-round ratios
 * `slow[i] / fast[i]`, with their least and greatest.
 */
export function ratio(slow, fast) {
  return summarize(slow.values.map((value, index) => value / fast.values[index]))
}

/** A duration for a table: `12.3 ms`, `1.24 s`, `0.045 ms`. */
export function formatMs(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 10) return `${ms.toFixed(0)} ms`
  if (ms >= 1) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(3)} ms`
}

/** A median with its spread over the rounds, `12 ms (11–14)`. */
export function formatTime(stat) {
  if (stat.values?.length === 1) return formatMs(stat.median)
  return `${formatMs(stat.median)} (${formatMs(stat.min)}–${formatMs(stat.max)})`
}

/** A ratio with its spread over the rounds, `3.1× (2.9–3.4)`. */
export function formatRatio(stat) {
  const digits = stat.median >= 100 ? 0 : 1
  return `${stat.median.toFixed(digits)}× (${stat.min.toFixed(digits)}–${stat.max.toFixed(digits)})`
}

/** A rate per second of CPU from a count and milliseconds: `1.23 M`, `45.6 k`, `789`. */
export function formatRate(count, ms) {
  const rate = count / (ms / 1000)
  if (rate >= 1e6) return `${(rate / 1e6).toFixed(2)} M`
  if (rate >= 1e3) return `${(rate / 1e3).toFixed(1)} k`
  return rate.toFixed(0)
}

/** The note line every section adds: how its figures were taken. */
export function methodNote(rounds, warmup) {
  return `Rounds alternate the contenders (order flipped each round), ${rounds} timed after ${warmup} warm-up; figures are medians of CPU time (user + system) with the least and greatest round in brackets; a ratio is the median of the per-round ratios.`
}
