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

// The glossary a data object was made from, in the thread that made it: the pool's own thread,
// which takes batches too, uses it as it is rather than compiling it again. A symbol property,
// which structured clone leaves behind; from the global registry, so that a second copy of this
// module (a bundled CLI loading an unbundled worker module) finds it too.
const compiled = Symbol.for('fonte.pool.compiledGlossary')

/** A compiled glossary's data, for `workerData`. */
export function glossaryData(glossary: Glossary): GlossaryData {
  const { termBase, sourceLanguage, targetLanguage } = glossary
  const data = { termBase, sourceLanguage, targetLanguage }
  Object.defineProperty(data, compiled, { value: glossary })
  return data
}

/** A glossary compiled from its data (in the thread that made the data: the glossary it came from). */
export function compileGlossary(data: GlossaryData): Glossary {
  const made = (data as GlossaryData & { [compiled]?: Glossary })[compiled]
  if (made) return made
  const glossary = createGlossary(data.termBase, data)
  Object.defineProperty(data, compiled, { value: glossary })
  return glossary
}
