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
