import { createGlossary, type Glossary, type TermBase } from '@fonte/glossary'

/**
 * A term base as it is sent to worker threads: the parsed term base and its languages. The
 * compiled `Glossary` holds matchers built on the lexicon's tables, which structured clone cannot
 * carry; each worker compiles this once, and its matching needs those tables loaded anyway.
 */
export interface GlossaryData {
  termBase: TermBase
  sourceLanguage: string
  targetLanguage: string
}

// The glossary each data object was made from, in this thread: the pool's own thread, which takes
// batches too, uses it as it is rather than compiling it again.
const compiled = new WeakMap<GlossaryData, Glossary>()

/** A compiled glossary's data, for `workerData`. */
export function glossaryData(glossary: Glossary): GlossaryData {
  const { termBase, sourceLanguage, targetLanguage } = glossary
  const data = { termBase, sourceLanguage, targetLanguage }
  compiled.set(data, glossary)
  return data
}

/** A glossary compiled from its data (in the thread that made the data: the glossary it came from). */
export function compileGlossary(data: GlossaryData): Glossary {
  const glossary = compiled.get(data) ?? createGlossary(data.termBase, data)
  compiled.set(data, glossary)
  return glossary
}
