import { loadDictdDictionary, type Dictionary } from '@fonte/align'
import { createGlossary, loadTermBases, type Glossary } from '@fonte/glossary'

/**
 * A loader that keeps its last result, so that a worker thread loads the same files once for
 * all its tasks and again only when a task names other files.
 */
function lastLoaded<Files, Value>(
  key: (files: Files) => string,
  load: (files: Files) => Promise<Value>,
): (files: Files) => Promise<Value> {
  let cached: { key: string; value: Promise<Value> } | undefined
  return (files) => {
    const wanted = key(files)
    if (!cached || cached.key !== wanted) cached = { key: wanted, value: load(files) }
    return cached.value
  }
}

/** The term bases at these paths, compiled once per worker thread; `undefined` for none. */
export const workerGlossary = lastLoaded<readonly string[], Glossary | undefined>(
  (paths) => paths.join('\u0000'),
  async (paths) =>
    paths.length === 0 ? undefined : createGlossary(await loadTermBases([...paths])),
)

/**
 * The dictd dictionary at these paths (`.index`, `.dict.dz`), read once per worker thread;
 * `undefined` for none.
 */
export const workerDictionary = lastLoaded<
  readonly [string, string] | undefined,
  Dictionary | undefined
>(
  (files) => files?.join('\u0000') ?? '',
  async (files) => (files ? loadDictdDictionary(files[0], files[1]) : undefined),
)
