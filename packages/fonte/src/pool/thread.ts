// The entry of a pool's worker thread: it loads the task module named in its `workerData`, sets it
// up once, says so (`{ready}`), and then runs each batch it is sent (`{id, batch}`), answering
// `{id, settled}` (an input error carried as its class, see `settle`) or `{id, crash}`.
import { parentPort, workerData } from 'node:worker_threads'
import { settle } from '../pipeline/errors.js'
import type { PoolTask } from './task.js'

/** What a worker thread is started with. */
export interface ThreadData {
  /** The task module's URL. */
  task: string
  /** The pool's data, for the task's `setup`. */
  data: unknown
}

const port = parentPort
if (!port) throw new Error('fonte pool: thread.js runs as a worker thread')
const { task: href, data } = workerData as ThreadData
const task = ((await import(href)) as { default: PoolTask<unknown, unknown, unknown, unknown> })
  .default

let resources: { value: unknown } | undefined
try {
  resources = { value: task.setup(data) }
  port.postMessage({ ready: true })
} catch (error) {
  // The pool's own thread set the same data up first: a failure here is a crash, not input.
  crash(undefined, error)
}

port.on('message', ({ id, batch }: { id: number; batch: unknown[] }) => {
  if (!resources) return
  const { value } = resources
  settle(() => task.run(value, batch)).then(
    (settled) => port.postMessage({ id, settled }),
    (error: unknown) => crash(id, error),
  )
})

/** A crash, sent as the error itself when structured clone can carry it, else its gist. */
function crash(id: number | undefined, error: unknown): void {
  try {
    port?.postMessage({ id, crash: error })
  } catch {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error))
    port?.postMessage({ id, crash: { name, message, stack } })
  }
}
