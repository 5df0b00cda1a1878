import { lintFile, type LintOptions } from '@fonte/glossary'
import { VFile } from 'vfile'
import { settle, type Settled } from '../pipeline/errors.js'
import { serializeMessage, type SerializedMessage } from '../pipeline/messages.js'
import { compileGlossary, fromWorkerData, type GlossaryData } from './worker-data.js'

/** What every task of a lint pool shares, sent to each worker thread once. */
export interface LintWorkerData {
  /** The term base; each worker compiles it once. */
  glossary: GlossaryData
  options: LintOptions
}

const resources = fromWorkerData((data: LintWorkerData) => ({
  glossary: compileGlossary(data.glossary),
  options: data.options,
}))

/** Lint a batch of files in a worker thread; the term base is compiled on its first task. */
export default function lintTask(
  files: Array<{ path: string; text: string }>,
): Promise<Settled<SerializedMessage[][]>> {
  return settle(() => {
    const { glossary, options } = resources()
    return files.map(({ path, text }) =>
      lintFile(new VFile({ path, value: text }), glossary, options).messages.map(serializeMessage),
    )
  })
}
