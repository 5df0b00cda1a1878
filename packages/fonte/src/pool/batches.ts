/** Consecutive items of a pool's input, sent together. */
export interface Batch<Item> {
  /** The index of the first item. */
  start: number
  items: Item[]
}

const maxItems = 64

/**
 * Batches of consecutive items for `threads` threads: small enough that each thread gets about
 * sixteen (the last ones end close together), and that one batch is about an eighth of the work
 * worth a thread (this thread answers its workers between its own batches); at most 64 items.
 *
 * @param items - The items.
 * @param weights - Each item's work.
 * @param threads - Threads that will take batches, this one included.
 * @param threadFrom - The work worth a thread (see `PoolTask.threadFrom`).
 */
export function batchesOf<Item>(
  items: readonly Item[],
  weights: readonly number[],
  threads: number,
  threadFrom: number,
): Array<Batch<Item>> {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const target = Math.max(1, Math.min(threadFrom / 8, total / (threads * 16)))
  const batches: Array<Batch<Item>> = []
  let start = 0
  let weight = 0
  for (let index = 0; index < items.length; index++) {
    weight += weights[index] as number
    if (weight >= target || index + 1 - start >= maxItems || index === items.length - 1) {
      batches.push({ start, items: items.slice(start, index + 1) })
      start = index + 1
      weight = 0
    }
  }
  return batches
}
