import { VFile } from 'vfile'
import type { LintTask } from './lint-worker.js'
import { rebuildMessage, type SerializedMessage } from './messages.js'
import { runInOrder } from './ordered-pool.js'

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
  const files = new Map<number, VFile>()
  return runInOrder<{ path: string; text: string }, LintTask, SerializedMessage[]>(inputs, {
    worker: new URL('./lint-worker.js', import.meta.url),
    jobs: settings.jobs,
    task: (slice) => ({
      files: slice.map(({ path, text }) => ({ path, text })),
      glossaries: settings.glossaries,
      options: settings.options,
    }),
    onResult: (messages, index) => {
      files.set(index, toFile(inputs[index] as { path: string; text: string }, messages))
      settings.onFile?.(files.get(index) as VFile, index)
    },
  }).then((all) =>
    all.map(
      (messages, index) =>
        files.get(index) ?? toFile(inputs[index] as { path: string; text: string }, messages),
    ),
  )
}

function toFile(input: { path: string; text: string }, messages: SerializedMessage[]): VFile {
  const file = new VFile({ path: input.path, value: input.text })
  file.messages = messages.map(rebuildMessage)
  return file
}
