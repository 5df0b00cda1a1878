import { availableParallelism } from 'node:os'
import { Tinypool } from 'tinypool'

/** How `runInOrder` shares work out to worker threads. */
export interface OrderedPoolOptions<Item, Task, Result> {
  /** The worker module; its default export takes a task and returns one result per item. */
  worker: URL
  /** Worker threads (default: the machine's available parallelism, at most one per item). */
  jobs?: number | null | undefined
  /** The task for a batch of consecutive items. */
  task: (items: Item[]) => Task
  /** Called with each result as soon as it and every result before it are in, in input order. */
  onResult?: ((result: Result, index: number) => void) | null | undefined
}

/**
 * Run items through a pool of worker threads (tinypool) in batches, and return the results in
 * input order, streaming each to `onResult` as soon as the results before it are in.
 */
export async function runInOrder<Item, Task, Result>(
  items: readonly Item[],
  settings: OrderedPoolOptions<Item, Task, Result>,
): Promise<Result[]> {
  const jobs = Math.max(1, Math.min(settings.jobs ?? availableParallelism(), items.length))
  const pool = new Tinypool({
    filename: settings.worker.href,
    minThreads: jobs,
    maxThreads: jobs,
  })
  const results: Array<{ value: Result } | undefined> = new Array(items.length)
  let next = 0
  const flush = () => {
    while (next < results.length && results[next]) {
      settings.onResult?.((results[next] as { value: Result }).value, next)
      next++
    }
  }
  // Batches of up to 64 items: enough work per message, and enough batches to share out.
  const size = Math.max(1, Math.min(64, Math.ceil(items.length / (jobs * 8))))
  const batches: number[] = []
  for (let start = 0; start < items.length; start += size) batches.push(start)
  try {
    await Promise.all(
      batches.map(async (start) => {
        const slice = items.slice(start, start + size)
        const values = (await pool.run(settings.task(slice))) as Result[]
        slice.forEach((_, offset) => {
          results[start + offset] = { value: values[offset] as Result }
        })
        flush()
      }),
    )
  } finally {
    await pool.destroy()
  }
  return results.map((result) => (result as { value: Result }).value)
}
