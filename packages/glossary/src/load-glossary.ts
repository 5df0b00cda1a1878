import { isAbsolute, resolve } from 'node:path'
import { createGlossary, type Glossary, type GlossaryOptions } from './glossary.js'
import { mergeTermBases, readTermBase } from './load/index.js'
import { argumentError, assertArrayOf, assertOptions } from './validate.js'

/** Options of `loadGlossary`. */
export interface LoadGlossaryOptions extends GlossaryOptions {
  /**
   * Keep the compiled glossary for these paths, languages and folder, so that a second call
   * (the next file textlint checks, the next task of a worker) neither reads nor compiles again
   * (default: `true`). Files changed on disk after the first call are not read again.
   */
  cache?: boolean | null | undefined
  /**
   * Folder that relative paths are read from (default: the working directory); messages name the
   * paths as given.
   */
  cwd?: string | null | undefined
}

// Keyed by folder, languages and paths; the promise is kept so that calls made while the first is
// still reading share its work.
const compiled = new Map<string, Promise<Glossary>>()

/**
 * Read term bases, merge them and compile them for linting, once per set of paths when cached.
 *
 * @param paths - Term bases in any supported format (YAML, JSON, TBX, CSV); at least one.
 * @param options - Languages, cache and folder (optional).
 * @returns The compiled glossary.
 * @throws {TermBaseError} When a file cannot be read (`file:1:1: Cannot read the term base: no
 *   such file`) or used, or the files disagree on a term; a failed load is not cached.
 * @throws {TypeError} When `paths` is not a non-empty array of strings (as a rejection, like the
 *   other errors).
 */
export async function loadGlossary(
  paths: readonly string[],
  options?: LoadGlossaryOptions | null,
): Promise<Glossary> {
  assertArrayOf(
    'loadGlossary',
    'paths',
    paths,
    'a non-empty array of file paths',
    (path) => typeof path === 'string' && path !== '',
  )
  if (paths.length === 0)
    throw argumentError('loadGlossary', 'paths', 'a non-empty array of file paths', paths)
  assertOptions('loadGlossary', options)
  const cwd = options?.cwd ?? process.cwd()
  const languages = {
    sourceLanguage: options?.sourceLanguage ?? null,
    targetLanguage: options?.targetLanguage ?? null,
  }
  const load = async () => {
    // One after the other, so that of two bad files the first is the one reported.
    const bases = []
    for (const path of paths) {
      bases.push(await readTermBase(isAbsolute(path) ? path : resolve(cwd, path), path))
    }
    return createGlossary(mergeTermBases(bases), languages)
  }
  if (options?.cache === false) return load()
  const key = [cwd, languages.sourceLanguage, languages.targetLanguage, ...paths].join('\u0000')
  let glossary = compiled.get(key)
  if (!glossary) {
    glossary = load()
    compiled.set(key, glossary)
    glossary.catch(() => compiled.delete(key))
  }
  return glossary
}
