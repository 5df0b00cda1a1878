import type { Batch } from './batches.js'

/**
 * The results of a pool's run as batches finish, in any order: handed to `onResult` in input
 * order as soon as every result before is in, and the first failure in input order kept.
 */
export class InOrder<Item, Result> {
  readonly results: Result[]
  private readonly done: boolean[]
  private next = 0
  private taken = 0
  private failure: { at: number; error: unknown } | undefined

  /**
   * @param batches - The batches, in input order, handed out by `take`.
   * @param count - How many items they hold.
   * @param onResult - Called with each result in input order.
   */
  constructor(
    private readonly batches: ReadonlyArray<Batch<Item>>,
    count: number,
    private readonly onResult?: ((result: Result, index: number) => void) | null,
  ) {
    this.results = new Array<Result>(count)
    this.done = new Array<boolean>(count).fill(false)
  }

  /**
   * The next batch to run, in input order; none once the batches are all out or one failed (the
   * batches after a failure are not needed, and every batch before it is out already).
   */
  take(): Batch<Item> | undefined {
    return this.failure ? undefined : this.batches[this.taken++]
  }

  /** The first item of the batches not yet out. */
  get nextStart(): number {
    return this.batches[this.taken]?.start ?? this.results.length
  }

  /** Whether every batch is out, or none will be. */
  get drained(): boolean {
    return this.failure !== undefined || this.taken >= this.batches.length
  }

  /** A batch's results, and every result now in order handed on. */
  finish(start: number, values: readonly Result[]): void {
    values.forEach((value, offset) => {
      this.results[start + offset] = value
      this.done[start + offset] = true
    })
    for (; this.next < this.results.length && this.done[this.next]; this.next++) {
      try {
        this.onResult?.(this.results[this.next] as Result, this.next)
      } catch (error) {
        this.fail(this.next, error)
        return
      }
    }
  }

  /**
   * A failure at item `at`; `at` omitted: at the next batch not yet out (a worker that could
   * not start).
   */
  fail(at: number | undefined, error: unknown): void {
    const index = at ?? this.batches[this.taken]?.start ?? this.results.length
    if (!this.failure || index < this.failure.at) this.failure = { at: index, error }
  }

  /**
   * The results, in input order.
   *
   * @throws The first failure in input order.
   */
  settled(): Result[] {
    if (this.failure) throw this.failure.error
    return this.results
  }
}
