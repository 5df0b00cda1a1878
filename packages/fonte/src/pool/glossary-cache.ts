import { loadDictdDictionary, type Dictionary } from '@fonte/align'
import { createGlossary, loadTermBases, type Glossary } from '@fonte/glossary'

let cached: { key: string; glossary: Promise<Glossary | undefined> } | undefined

/**
 * The term bases at these paths, compiled once per worker thread and kept for its later tasks;
 * `undefined` when there are none.
 */
export function workerGlossary(paths: readonly string[]): Promise<Glossary | undefined> {
  const key = paths.join('\u0000')
  if (!cached || cached.key !== key) {
    cached = {
      key,
      glossary:
        paths.length === 0
          ? Promise.resolve(undefined)
          : loadTermBases([...paths]).then((termBase) => createGlossary(termBase)),
    }
  }
  return cached.glossary
}

let cachedDictionary: { key: string; dictionary: Promise<Dictionary | undefined> } | undefined

/**
 * The dictd dictionary at these paths (`.index`, `.dict.dz`), read once per worker thread;
 * `undefined` when there is none.
 */
export function workerDictionary(
  files: readonly [string, string] | undefined,
): Promise<Dictionary | undefined> {
  const key = files?.join('\u0000') ?? ''
  if (!cachedDictionary || cachedDictionary.key !== key) {
    cachedDictionary = {
      key,
      dictionary: files ? loadDictdDictionary(files[0], files[1]) : Promise.resolve(undefined),
    }
  }
  return cachedDictionary.dictionary
}
