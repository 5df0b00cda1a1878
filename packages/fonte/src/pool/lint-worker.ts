import { lintFile, type Glossary, type LintOptions } from '@fonte/glossary'
import { VFile } from 'vfile'
import { serializeMessage, type SerializedMessage } from '../pipeline/messages.js'
import { poolTask } from './task.js'
import { compileGlossary, type GlossaryData } from './worker-data.js'

/** What every task of a lint pool shares, sent to each worker thread once. */
export interface LintWorkerData {
  /** The term base; each thread compiles it once. */
  glossary: GlossaryData
  options: LintOptions
}

/**
 * Glossary lint of files, each file's findings as data. A thread starts in about the time it
 * lints 600,000 characters (`pnpm bench pool`: module loading and the project term base's
 * compile, 0.5–0.7 s of CPU, against lint at about 1 µs a character).
 */
export default poolTask({
  setup: (data: LintWorkerData): { glossary: Glossary; options: LintOptions } => ({
    glossary: compileGlossary(data.glossary),
    options: data.options,
  }),
  run: ({ glossary, options }, files: Array<{ path: string; text: string }>) =>
    files.map(({ path, text }): SerializedMessage[] =>
      lintFile(new VFile({ path, value: text }), glossary, options).messages.map(serializeMessage),
    ),
  weight: (file) => file.text.length,
  threadFrom: 600_000,
})
