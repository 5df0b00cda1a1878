/**
 * A task of `runInOrder`: the same module runs in this thread and in each worker thread, so
 * that this thread takes batches too and a worker only adds to it.
 */
export interface PoolTask<Data, Resources, Item, Result> {
  /**
   * What every batch needs, built once per thread from the pool's data (in a worker, from its
   * structured clone): a compiled term base, options.
   */
  setup(data: Data): Resources
  /** One result per item of a batch, ready for `postMessage`. */
  run(resources: Resources, batch: Item[]): Result[]
  /** An item's work, in characters of text: how batches and the number of threads are sized. */
  weight(item: Item): number
  /**
   * The work of `items`: each item's, and what every thread pays once whatever share of them it
   * takes (text several items share, which a thread reads once and keeps), in `weight`'s units.
   * Default: each item's `weight`, nothing shared.
   */
  weigh?(items: readonly Item[]): { weights: number[]; shared: number }
  /**
   * The work (in `weight` units) one thread does in the time a worker takes to start (load its
   * modules, run `setup`): each thread of a pool gets at least this much, or fewer threads start.
   */
  threadFrom: number
}

/**
 * A pool task, as a worker module's default export (`lint-worker.ts`, `report-worker.ts`).
 *
 * @param task - Set-up, batch runner, weight of an item and the work worth a thread.
 */
export function poolTask<Data, Resources, Item, Result>(
  task: PoolTask<Data, Resources, Item, Result>,
): PoolTask<Data, Resources, Item, Result> {
  return task
}
