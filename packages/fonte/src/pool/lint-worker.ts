import { lintFile, type Glossary, type LintOptions } from '@fonte/glossary'
import { VFile } from 'vfile'
import { workerGlossary } from './glossary-cache.js'
import { serializeMessage, type SerializedMessage } from './messages.js'

/** Files for a worker to lint, sent in batches so that messaging does not outweigh the work. */
export interface LintTask {
  files: Array<{ path: string; text: string }>
  /** Term base paths; each worker compiles them once. */
  glossaries: string[]
  options: LintOptions
}

/** Lint a batch of files in a worker thread; the term bases are compiled on its first task. */
export default async function lintTask(task: LintTask): Promise<SerializedMessage[][]> {
  const glossary = (await workerGlossary(task.glossaries)) as Glossary
  return task.files.map(({ path, text }) =>
    lintFile(new VFile({ path, value: text }), glossary, task.options).messages.map(
      serializeMessage,
    ),
  )
}
