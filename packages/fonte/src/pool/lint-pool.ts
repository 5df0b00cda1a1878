import { loadTermBases, type Glossary, type LintOptions } from '@fonte/glossary'
import { VFile } from 'vfile'
import { arrayOf, checkArgument, hasStrings, isObject } from '../pipeline/arguments.js'
import { rebuildMessage, type SerializedMessage } from '../pipeline/messages.js'
import type { LintWorkerData } from './lint-worker.js'
import { poolModule } from './locate.js'
import { runInOrder } from './ordered-pool.js'
import { glossaryData, type GlossaryData } from './worker-data.js'

/** Options of `lintInParallel`. */
export interface ParallelLintOptions {
  /** Term base paths, read once in this thread (unless `glossary` is given). */
  glossaries: string[]
  /** The term base compiled already: its data is sent to the workers instead of reading `glossaries`. */
  glossary?: Glossary | null | undefined
  /** Passed to `lintFile` (rules, format, source). */
  options: LintOptions
  /**
   * Threads at most, this one included (default: the machine's available parallelism); never
   * more than files, nor than the text pays for (a worker costs about what this thread spends
   * on 1,500,000 characters), nor than other processes leave cores free.
   */
  jobs?: number | null | undefined
  /** Called with each file as soon as it and every file before it are done, in input order. */
  onFile?: ((file: VFile, index: number) => void) | null | undefined
}

/**
 * Lint many files, in this thread and on worker threads when there is enough text to pay for them,
 * and return them in input order with their messages rebuilt as `VFileMessage`s. The term bases
 * are read once, here, and each thread compiles them once (this one not at all when `glossary` is
 * given).
 *
 * @param inputs - The files' paths and texts.
 * @param settings - Term bases, lint options, workers, and a callback for streaming output.
 * @throws {TermBaseError} When a term base cannot be read or used.
 * @throws {DocumentError} When a file cannot be read (the class the worker threw).
 * @throws {TypeError} Naming the argument, when one is not of its kind.
 */
export async function lintInParallel(
  inputs: ReadonlyArray<{ path: string; text: string }>,
  settings: ParallelLintOptions,
): Promise<VFile[]> {
  const api = 'lintInParallel'
  checkArgument(
    api,
    'inputs',
    inputs,
    'an array of {path, text}',
    arrayOf(hasStrings('path', 'text')),
  )
  checkArgument(api, 'settings', settings, 'an object with glossaries and options', isObject)
  const paths = arrayOf((path) => typeof path === 'string')
  checkArgument(api, 'settings.glossaries', settings.glossaries, 'an array of paths', paths)
  const workerData: LintWorkerData = {
    glossary: await termBaseData(settings),
    options: settings.options,
  }
  const files: VFile[] = []
  await runInOrder<{ path: string; text: string }, SerializedMessage[]>(
    inputs.map(({ path, text }) => ({ path, text })),
    {
      worker: poolModule('lint-worker'),
      jobs: settings.jobs,
      workerData,
      onResult: (messages, index) => {
        files[index] = toFile(inputs[index] as { path: string; text: string }, messages)
        settings.onFile?.(files[index], index)
      },
    },
  )
  return files
}

async function termBaseData(settings: ParallelLintOptions): Promise<GlossaryData> {
  if (settings.glossary) return glossaryData(settings.glossary)
  return {
    termBase: await loadTermBases([...settings.glossaries]),
    sourceLanguage: 'en',
    targetLanguage: 'it',
  }
}

function toFile(input: { path: string; text: string }, messages: SerializedMessage[]): VFile {
  const file = new VFile({ path: input.path, value: input.text })
  file.messages = messages.map(rebuildMessage)
  return file
}
