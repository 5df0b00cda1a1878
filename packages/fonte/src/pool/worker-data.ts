import { createGlossary, type Glossary, type TermBase } from '@fonte/glossary'
import { Tinypool } from 'tinypool'

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

/** A compiled glossary's data, for `workerData`. */
export function glossaryData(glossary: Glossary): GlossaryData {
  const { termBase, sourceLanguage, targetLanguage } = glossary
  return { termBase, sourceLanguage, targetLanguage }
}

/** A glossary compiled from its data. */
export function compileGlossary(data: GlossaryData): Glossary {
  return createGlossary(data.termBase, data)
}

/**
 * What a worker thread builds once from the data its pool was started with (`workerData`): the
 * first call builds, later tasks get the same value.
 *
 * @param build - Makes the worker's resources from the pool's data.
 */
export function fromWorkerData<Data, Value>(build: (data: Data) => Value): () => Value {
  let built: { value: Value } | undefined
  return () => {
    built ??= { value: build(Tinypool.workerData as Data) }
    return built.value
  }
}
