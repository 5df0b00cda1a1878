// What the pool and report-jobs benchmarks share (issue #14): the `--jobs` settings they compare,
// a count of the worker threads a run really started, and the table: wall-clock and CPU medians of
// alternated rounds, each run a process of its own, the threads used, a correctness column and the
// machine's load.
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { availableParallelism, loadavg } from 'node:os'
import {
  alternate,
  formatRatio,
  formatTime,
  ratio,
  summarize,
} from '../../../scripts/bench-lib.mjs'

/**
 * The settings compared: `jobs` is the `--jobs` value (`auto`: none given), `env` what the run's
 * environment adds. The last one starts the workers whatever the text size and the load: what
 * `--jobs 2` would cost and gain if it did not stay in this thread.
 */
export const settings = [
  { name: '--jobs 1', jobs: '1', env: {} },
  { name: '--jobs 2', jobs: '2', env: {} },
  { name: 'no --jobs (auto)', jobs: 'auto', env: {} },
  { name: '--jobs 2, workers forced', jobs: '2', env: { FONTE_POOL_WORKERS: 'always' } },
]

/**
 * Count the worker threads this process starts from now on: `node:worker_threads`'s `Worker` is
 * wrapped (and the ES module view of it synchronised) before the pool's modules are loaded.
 *
 * @returns How many have started so far.
 */
export function countWorkers() {
  const threads = createRequire(import.meta.url)('node:worker_threads')
  const Original = threads.Worker
  let started = 0
  threads.Worker = class extends Original {
    constructor(...args) {
      super(...args)
      started++
    }
  }
  syncBuiltinESMExports()
  return () => started
}

/**
 * Runs each setting `rounds` times (after one warm-up round), alternated, order flipped each
 * round; `run(setting)` returns `{wallMs, cpuMs, workers, digest, count}` of one process.
 */
export async function measureSettings(run, rounds) {
  const runs = new Map(settings.map((setting) => [setting.name, []]))
  const before = loadavg()[0]
  const times = await alternate(
    settings.map((setting) => ({
      name: setting.name,
      measured: true,
      run: () => {
        const result = run(setting)
        runs.get(setting.name).push(result)
        return { ms: result.wallMs, result }
      },
    })),
    { rounds, warmup: 1 },
  )
  // The warm-up round's runs are not timed: drop them.
  for (const list of runs.values()) list.shift()
  return { times, runs, load: [before, loadavg()[0]] }
}

/** The Markdown table of `measureSettings`, its first column `label`, counts named `unit`. */
export function settingsTable({ times, runs, load }, label, unit, rounds) {
  const baseline = times.get(settings[0].name)
  const expected = runs.get(settings[0].name)[0]
  return {
    header: [label, 'threads', 'wall clock', 'speed vs --jobs 1', 'CPU', unit],
    rows: settings.map(({ name }) => {
      const list = runs.get(name)
      const threads = [...new Set(list.map((one) => one.workers + 1))].sort().join(' or ')
      const same = list.every((one) => one.digest === expected.digest)
      return [
        name,
        threads,
        formatTime(times.get(name)),
        name === settings[0].name ? '1×' : formatRatio(ratio(baseline, times.get(name))),
        formatTime(summarize(list.map((one) => one.cpuMs))),
        `${expected.count.toLocaleString('en')}${same ? ', same' : ', DIFFERENT'}`,
      ]
    }),
    note:
      `Each run a process of its own; ${rounds} rounds after 1 warm-up, the settings alternated ` +
      '(order flipped each round); medians with the least and greatest run in brackets; the ' +
      'ratio is the median of per-round ratios of wall-clock time. CPU is the whole process ' +
      "(every thread). Threads: this one and the workers the run started. 'same': every run's " +
      `output identical to --jobs 1. Load average ${load[0].toFixed(1)} before, ` +
      `${load[1].toFixed(1)} after, on ${availableParallelism()} cores: a worker starts only ` +
      'when other processes leave a core free (read over the first 150 ms of the run), so on a ' +
      'busy machine --jobs 2 stays in one thread.',
  }
}
