import {
  createGlossary,
  lintFile,
  loadTermBases,
  type Glossary,
  type LintOptions,
} from '@fonte/glossary'
import { VFile } from 'vfile'

/** Files for a worker to lint, sent in batches so that messaging does not outweigh the work. */
export interface LintTask {
  files: Array<{ path: string; text: string }>
  /** Term base paths; each worker compiles them once. */
  glossaries: string[]
  options: LintOptions
}

/** A finding as it crosses back from the worker: the message's own fields. */
export type SerializedMessage = Record<string, unknown>

let cached: { key: string; glossary: Promise<Glossary> } | undefined

/** Lint a batch of files in a worker thread; the term bases are compiled on its first task. */
export default async function lintTask(task: LintTask): Promise<SerializedMessage[][]> {
  const key = task.glossaries.join('\u0000')
  if (!cached || cached.key !== key) {
    cached = {
      key,
      glossary: loadTermBases(task.glossaries).then((termBase) => createGlossary(termBase)),
    }
  }
  const glossary = await cached.glossary
  return task.files.map(({ path, text }) =>
    lintFile(new VFile({ path, value: text }), glossary, task.options).messages.map((message) => ({
      ...message,
      cause: message.cause ? { ...(message.cause as object) } : undefined,
    })),
  )
}
