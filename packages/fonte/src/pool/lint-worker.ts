import { lintFile, type Glossary, type LintOptions } from '@fonte/glossary'
import { VFile } from 'vfile'
import { serializeMessage, type SerializedMessage } from '../pipeline/messages.js'
import { poolTask } from './task.js'
import { compileGlossary, type GlossaryData } from './worker-data.js'

const warmUp = '# Prova\n\nIl governo ha approvato la legge, ha detto il ministro.\n'

/** What every task of a lint pool shares, sent to each worker thread once. */
export interface LintWorkerData {
  /** The term base; each thread compiles it once. */
  glossary: GlossaryData
  options: LintOptions
}

/**
 * Glossary lint of files, each file's findings as data. A worker costs about what a thread spends
 * to lint 1,500,000 characters: it adds 1.5–2 s of CPU to a run (loading its modules, compiling
 * the project term base, a first file, and its own compiled code and caches), and lint takes about
 * 1 µs a character (2,000 articles of 2 kB: 4.8 s of CPU on one thread, 6.9 s with a worker;
 * 2026-12-01, 2 cores; `node packages/fonte/bench/pool.bench.mjs`).
 */
export default poolTask({
  setup: (data: LintWorkerData): { glossary: Glossary; options: LintOptions } => {
    const glossary = compileGlossary(data.glossary)
    // The first file loads the lexicon's tables and the parsers' code: a worker does it before it
    // says it is ready, so that it never holds batches while it loads.
    lintFile(new VFile({ path: 'warm-up.md', value: warmUp }), glossary, data.options)
    return { glossary, options: data.options }
  },
  run: ({ glossary, options }, files: Array<{ path: string; text: string }>) =>
    files.map(({ path, text }): SerializedMessage[] =>
      lintFile(new VFile({ path, value: text }), glossary, options).messages.map(serializeMessage),
    ),
  weight: (file) => file.text.length,
  threadFrom: 1_500_000,
})
