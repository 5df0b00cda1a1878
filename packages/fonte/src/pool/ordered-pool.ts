import { availableParallelism } from 'node:os'
import { UsageError } from '../cli/args.js'
import { batchesOf } from './batches.js'
import { cpuClock, freeCores, freeCoresSinceLoad } from './idle.js'
import { InOrder } from './in-order.js'
import { PoolWorker } from './thread-handle.js'
import type { PoolTask } from './task.js'

/** How `runInOrder` shares work out between this thread and worker threads. */
export interface OrderedPoolOptions<Result> {
  /**
   * The task module: its default export is a `PoolTask` (see `poolTask`), run both here and in
   * each worker thread on batches of consecutive items.
   */
  worker: URL
  /**
   * Threads at most, this one included (default: the machine's available parallelism); never
   * more than items, nor than the work pays for (`PoolTask.threadFrom`).
   */
  jobs?: number | null | undefined
  /** What every task shares (term base, options): set up here, and sent to each worker once. */
  workerData?: unknown
  /** Called with each result as soon as it and every result before it are in, in input order. */
  onResult?: ((result: Result, index: number) => void) | null | undefined
}

/** Threads for `items` items: as asked (default: one per core), at least 1, at most one per item. */
export function workerCount(items: number, jobs?: number | null): number {
  return Math.max(1, Math.min(jobs ?? availableParallelism(), items))
}

/**
 * Threads for items of these weights, this one included: as `workerCount`, no more than give each
 * thread `threadFrom` of work (a worker that starts for less costs more than it saves), and no
 * more than the cores other processes leave free (a worker on a busy core only takes its time
 * from this thread or the machine's other work).
 *
 * @param weights - Each item's work (characters of text).
 * @param jobs - Threads at most (default: one per core).
 * @param threadFrom - The work worth a thread's start-up.
 * @param free - Cores other processes leave free (default: as many as it takes).
 */
export function threadCount(
  weights: readonly number[],
  jobs: number | null | undefined,
  threadFrom: number,
  free = Infinity,
): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const worth = threadFrom > 0 ? Math.floor(total / threadFrom) : Infinity
  const room = Math.floor(free + 0.25)
  return Math.max(1, Math.min(workerCount(weights.length, jobs), worth, room))
}

// How long this thread works before it reads how busy the machine is, and starts workers if not:
// long enough for the CPU clock (10 ms ticks) to tell, short beside a worker's start-up.
const watchMs = 150

/**
 * Run items in batches, on this thread and, when the work left pays for them and other processes
 * leave cores free, on worker threads (`jobs` − 1 at most); return the results in input order, streaming
 * each to `onResult` as soon as the results before it are in. A worker takes batches only once
 * set up, and one still starting when the work runs out is stopped: it never delays the result.
 *
 * @throws The error of the first batch, in input order, that failed: an input error as its
 *   class, or the crash it was.
 */
export async function runInOrder<Item, Result>(
  items: readonly Item[],
  settings: OrderedPoolOptions<Result>,
): Promise<Result[]> {
  if (items.length === 0) return []
  const task = await loadTask<Item, Result>(settings.worker)
  const { weights, shared } = task.weigh?.(items) ?? {
    weights: items.map((item) => task.weight(item)),
    shared: 0,
  }
  // What a thread pays before its share pays off: a worker's start, and reading shared text.
  const threadFrom = task.threadFrom + shared
  const always = alwaysWorkers()
  const most = always
    ? workerCount(items.length, settings.jobs)
    : threadCount(weights, settings.jobs, threadFrom)
  const work = new InOrder<Item, Result>(
    batchesOf(items, weights, most, task.threadFrom),
    items.length,
    settings.onResult,
  )
  let changed = () => {}
  const workers: Array<PoolWorker<Item, Result>> = []
  const start = (count: number) => {
    for (let index = 0; index < count; index++)
      workers.push(new PoolWorker(settings.worker, settings.workerData, work, () => changed()))
  }
  // Workers start at once when the time since the pool's modules loaded tells that cores are
  // free (their set-up then overlaps this thread's), else once this thread has worked a while.
  const free = always || most === 1 ? undefined : freeCoresSinceLoad(watchMs, 3000)
  if (always) start(most - 1)
  else if (free !== undefined) start(threadCount(weights, settings.jobs, threadFrom, free) - 1)
  const watch =
    always || most === 1 || free !== undefined
      ? undefined
      : watchIdle(weights, settings.jobs, threadFrom, work, start)
  try {
    await runHere(task, settings.workerData, work, watch)
    await new Promise<void>((resolve) => {
      changed = () => {
        if (work.drained && workers.every((worker) => worker.idle)) resolve()
      }
      changed()
    })
    return work.settled()
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * After each of this thread's batches until it decides: once `watchMs` have passed, the workers
 * that the work left and the free cores call for are started, once.
 */
function watchIdle<Item, Result>(
  weights: readonly number[],
  jobs: number | null | undefined,
  threadFrom: number,
  work: InOrder<Item, Result>,
  start: (count: number) => void,
): () => boolean {
  const since = performance.now()
  const before = cpuClock()
  return () => {
    if (performance.now() - since < watchMs) return false
    const free = freeCores(before, cpuClock())
    if (free === undefined) return false
    start(threadCount(weights.slice(work.nextStart), jobs, threadFrom, free) - 1)
    return true
  }
}

async function loadTask<Item, Result>(
  module: URL,
): Promise<PoolTask<unknown, unknown, Item, Result>> {
  return ((await import(module.href)) as { default: PoolTask<unknown, unknown, Item, Result> })
    .default
}

/**
 * This thread's share: batches in turn with the workers, set up on the first; between two, the
 * workers' messages are answered, and `watch` asked whether to start workers until it has.
 */
async function runHere<Item, Result>(
  task: PoolTask<unknown, unknown, Item, Result>,
  data: unknown,
  work: InOrder<Item, Result>,
  watch: (() => boolean) | undefined,
): Promise<void> {
  let resources: { value: unknown } | undefined
  let watching = watch
  for (let batch = work.take(); batch; batch = work.take()) {
    try {
      resources ??= { value: task.setup(data) }
      work.finish(batch.start, task.run(resources.value, batch.items))
    } catch (error) {
      work.fail(batch.start, error)
      return
    }
    if (watching?.()) watching = undefined
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/**
 * `FONTE_POOL_WORKERS=always`: the threads `jobs` asks for (never more than items), however short
 * the text and busy the machine; for tests and benchmarks of the workers themselves.
 *
 * @throws {UsageError} For any other value but `auto` (the default).
 */
function alwaysWorkers(): boolean {
  const value = process.env.FONTE_POOL_WORKERS
  if (value === undefined || value === '' || value === 'auto') return false
  if (value === 'always') return true
  throw new UsageError(`FONTE_POOL_WORKERS must be \`always\` or \`auto\`, got \`${value}\``)
}
