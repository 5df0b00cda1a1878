import { availableParallelism } from 'node:os'
import { Tinypool } from 'tinypool'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { LintTask, SerializedMessage } from './lint-worker.js'

/** Options of `lintInParallel`. */
export interface ParallelLintOptions {
  /** Term base paths. */
  glossaries: string[]
  /** Passed to `lintFile` (rules, format, source). */
  options: LintTask['options']
  /** Worker threads (default: the machine's available parallelism). */
  jobs?: number | null | undefined
  /** Called with each file as soon as it and every file before it are done, in input order. */
  onFile?: ((file: VFile, index: number) => void) | null | undefined
}

/**
 * Lint many files on a pool of worker threads (tinypool), each compiling the term bases once, and
 * return them in input order with their messages rebuilt as `VFileMessage`s.
 *
 * @param inputs - The files' paths and texts.
 * @param settings - Term bases, lint options, workers, and a callback for streaming output.
 */
export async function lintInParallel(
  inputs: ReadonlyArray<{ path: string; text: string }>,
  settings: ParallelLintOptions,
): Promise<VFile[]> {
  const jobs = Math.max(1, Math.min(settings.jobs ?? availableParallelism(), inputs.length))
  const pool = new Tinypool({
    filename: new URL('./lint-worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  })
  const results: Array<VFile | undefined> = new Array(inputs.length)
  let next = 0
  const flush = () => {
    while (next < results.length && results[next]) {
      settings.onFile?.(results[next] as VFile, next)
      next++
    }
  }
  // Batches of a few dozen files: enough work per message, and enough batches to share out.
  const size = Math.max(1, Math.min(64, Math.ceil(inputs.length / (jobs * 8))))
  const batches: number[] = []
  for (let start = 0; start < inputs.length; start += size) batches.push(start)
  try {
    await Promise.all(
      batches.map(async (start) => {
        const slice = inputs.slice(start, start + size)
        const task: LintTask = {
          files: slice.map(({ path, text }) => ({ path, text })),
          glossaries: settings.glossaries,
          options: settings.options,
        }
        const messages = (await pool.run(task)) as SerializedMessage[][]
        slice.forEach((input, offset) => {
          const file = new VFile({ path: input.path, value: input.text })
          file.messages = (messages[offset] ?? []).map(rebuild)
          results[start + offset] = file
        })
        flush()
      }),
    )
  } finally {
    await pool.destroy()
  }
  return results as VFile[]
}

/** A message from a worker as a `VFileMessage` again, with every field it had. */
function rebuild(fields: SerializedMessage): VFileMessage {
  const message = new VFileMessage(String(fields.reason))
  Object.assign(message, fields)
  if (fields.cause && typeof fields.cause === 'object') {
    const cause = new VFileMessage(String((fields.cause as SerializedMessage).reason))
    Object.assign(cause, fields.cause)
    message.cause = cause
  } else {
    delete message.cause
  }
  return message
}
