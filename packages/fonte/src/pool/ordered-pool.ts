import { availableParallelism } from 'node:os'
import { Tinypool } from 'tinypool'
import type { Settled } from '../pipeline/errors.js'
import { unsettle } from '../pipeline/rebuild-error.js'

/** How `runInOrder` shares work out to worker threads. */
export interface OrderedPoolOptions<Result> {
  /**
   * The worker module; its default export takes a batch of consecutive items and returns one
   * result per item, settled (`settle` in `pipeline/errors.ts`), so that an input error crosses
   * back as its class.
   */
  worker: URL
  /** Worker threads (default: the machine's available parallelism); never more than items. */
  jobs?: number | null | undefined
  /** What every task shares (term base, options), sent to each worker once as `workerData`. */
  workerData?: unknown
  /** Called with each result as soon as it and every result before it are in, in input order. */
  onResult?: ((result: Result, index: number) => void) | null | undefined
}

/** Worker threads for `items` items: as asked (default: one per core), at least 1, at most one per item. */
export function workerCount(items: number, jobs?: number | null): number {
  return Math.max(1, Math.min(jobs ?? availableParallelism(), items))
}

/**
 * Run items through a pool of worker threads (tinypool) in batches, and return the results in
 * input order, streaming each to `onResult` as soon as the results before it are in.
 *
 * @throws The error of the first batch, in input order, that failed: an input error rebuilt as
 *   its class, or the crash it was.
 */
export async function runInOrder<Item, Result>(
  items: readonly Item[],
  settings: OrderedPoolOptions<Result>,
): Promise<Result[]> {
  if (items.length === 0) return []
  const jobs = workerCount(items.length, settings.jobs)
  const pool = new Tinypool({
    filename: settings.worker.href,
    minThreads: jobs,
    maxThreads: jobs,
    workerData: settings.workerData,
  })
  const results: Result[] = new Array<Result>(items.length)
  const done: boolean[] = new Array<boolean>(items.length).fill(false)
  let next = 0
  const flush = () => {
    for (; next < items.length && done[next]; next++)
      settings.onResult?.(results[next] as Result, next)
  }
  const runBatch = async (start: number, slice: Item[]) => {
    const values = await pool
      .run(slice)
      .then((settled) => unsettle(settled as Settled<Result[]>))
      .catch((error: unknown) => {
        // Batches start in order: the queued ones come after this one, and are not needed.
        pool.cancelPendingTasks()
        throw error
      })
    values.forEach((value, offset) => {
      results[start + offset] = value
      done[start + offset] = true
    })
    flush()
  }
  try {
    const outcomes = await Promise.allSettled(
      batchesOf(items, jobs).map(({ start, slice }) => runBatch(start, slice)),
    )
    const failed = outcomes.find((outcome) => outcome.status === 'rejected')
    if (failed) throw failed.reason
  } finally {
    await pool.destroy()
  }
  return results
}

/** Batches of up to 64 items: enough work per message, and enough batches to share out. */
function batchesOf<Item>(items: readonly Item[], jobs: number) {
  const size = Math.max(1, Math.min(64, Math.ceil(items.length / (jobs * 8))))
  const batches: Array<{ start: number; slice: Item[] }> = []
  for (let start = 0; start < items.length; start += size)
    batches.push({ start, slice: items.slice(start, start + size) })
  return batches
}
