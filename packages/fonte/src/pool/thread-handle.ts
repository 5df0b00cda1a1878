import { Worker } from 'node:worker_threads'
import type { Settled } from '../pipeline/errors.js'
import { unsettle } from '../pipeline/rebuild-error.js'
import type { InOrder } from './in-order.js'
import { poolModule } from './locate.js'
import type { ThreadData } from './thread.js'

// Batches a worker holds at once: while it runs one, the next waits in its queue, so that it does
// not idle while this thread, busy with a batch of its own, cannot answer it.
const inFlightMost = 2

type Message =
  | { ready: true }
  | { id?: number | undefined; crash: unknown }
  | { id: number; settled: Settled<unknown[]> }

/**
 * A worker thread of a pool, on the main thread's side: it is sent batches taken from `work` once
 * it is set up, and gives back their results (or their failure) to `work`.
 */
export class PoolWorker<Item, Result> {
  private readonly worker: Worker
  private ready = false
  private stopped = false
  // The first item of each batch sent, by message id.
  private readonly inFlight = new Map<number, number>()
  private nextId = 0

  /**
   * @param task - The task module, loaded by the thread.
   * @param data - The pool's data, sent once for the task's `setup`.
   * @param work - Where batches come from and results go.
   * @param changed - Called after every batch the worker finishes, and when it stops.
   */
  constructor(
    task: URL,
    data: unknown,
    private readonly work: InOrder<Item, Result>,
    private readonly changed: () => void,
  ) {
    const workerData: ThreadData = { task: task.href, data }
    this.worker = new Worker(poolModule('thread'), { workerData })
    this.worker.on('message', (message: Message) => this.receive(message))
    this.worker.on('error', (error) => this.stop(error))
    this.worker.on('exit', (code) =>
      this.stop(new Error(`worker thread stopped (exit code ${code})`)),
    )
  }

  /** Whether the worker holds no batch (stopped, not set up yet, or done). */
  get idle(): boolean {
    return this.stopped || this.inFlight.size === 0
  }

  /** Stop the thread (at once: its batches are not needed). */
  async terminate(): Promise<void> {
    this.stopped = true
    await this.worker.terminate()
  }

  private receive(message: Message): void {
    if ('ready' in message) {
      this.ready = true
    } else if ('crash' in message && message.id === undefined) {
      this.stop(message.crash)
      return
    } else if (message.id !== undefined) {
      const start = this.inFlight.get(message.id) as number
      this.inFlight.delete(message.id)
      if ('crash' in message) this.work.fail(start, message.crash)
      else this.finish(start, message.settled)
    }
    this.feed()
    this.changed()
  }

  private finish(start: number, settled: Settled<unknown[]>): void {
    let values: Result[]
    try {
      values = unsettle(settled) as Result[]
    } catch (error) {
      this.work.fail(start, error)
      return
    }
    this.work.finish(start, values)
  }

  private feed(): void {
    while (this.ready && !this.stopped && this.inFlight.size < inFlightMost) {
      const batch = this.work.take()
      if (!batch) return
      const id = this.nextId++
      this.inFlight.set(id, batch.start)
      try {
        this.worker.postMessage({ id, batch: batch.items })
      } catch (error) {
        // An item structured clone cannot carry.
        this.inFlight.delete(id)
        this.work.fail(batch.start, error)
      }
    }
  }

  // A crash or an exit while the pool runs: the batches it held fail with it; holding none, it
  // fails the next batch not yet out (there is a bug, and it should not pass unseen).
  private stop(error: unknown): void {
    if (this.stopped) return
    this.stopped = true
    const held = [...this.inFlight.values()]
    this.inFlight.clear()
    if (held.length > 0) for (const start of held) this.work.fail(start, error)
    else if (!this.work.drained) this.work.fail(undefined, error)
    this.changed()
  }
}
