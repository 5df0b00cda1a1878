// Finds and loads @fonte/lexicon-morphology, the optional GPL data package, once per language and
// only when first needed. Without it every function still answers, from the data-free rules.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { brotliDecompressSync } from 'node:zlib'
import { MorphologyTable } from './table.js'
import type { Language } from './types.js'

/** Where a language's data file is, or null when the data package is not installed. */
export type DataLocator = (language: Language) => string | null

const require = createRequire(import.meta.url)

/** Resolves the data file inside the installed `@fonte/lexicon-morphology`. */
export const packageLocator: DataLocator = (language) => {
  try {
    return require.resolve(`@fonte/lexicon-morphology/data/${language}.tsv.br`)
  } catch {
    return null
  }
}

let locate: DataLocator = packageLocator
/** Loaded tables, per locator, so that restoring the default locator does not load again. */
const loaded = new WeakMap<DataLocator, Map<Language, MorphologyTable | null>>()

/**
 * Replaces how the data is found and forgets what was loaded (internal: the tests use it to
 * simulate a missing data package with `() => null`). Pass nothing to restore the default.
 */
export function setDataLocator(locator: DataLocator = packageLocator): void {
  locate = locator
}

/** The morphology table of `language`, loaded on first use, or null without the data package. */
export function morphologyTable(language: Language): MorphologyTable | null {
  let tables = loaded.get(locate)
  if (!tables) loaded.set(locate, (tables = new Map()))
  let table = tables.get(language)
  if (table !== undefined) return table
  const file = locate(language)
  table = file
    ? new MorphologyTable(brotliDecompressSync(readFileSync(file)).toString('utf8'))
    : null
  tables.set(language, table)
  return table
}

/** Loaded tag-frequency lists, per locator and language (see `tagOrders`). */
const loadedOrders = new WeakMap<
  DataLocator,
  Map<Language, ReadonlyMap<string, readonly string[]>>
>()

/**
 * The part-of-speech tags a form has in running text, most frequent first (Penn Treebank tags),
 * for the forms whose tags differ in part of speech: `meeting` → `NN VBG`. Read from
 * `data/<language>.tags.tsv.br` beside the morphology; empty when the data package has none.
 */
export function tagOrders(language: Language): ReadonlyMap<string, readonly string[]> {
  let orders = loadedOrders.get(locate)
  if (!orders) loadedOrders.set(locate, (orders = new Map()))
  let order = orders.get(language)
  if (order) return order
  const file = locate(language)?.replace(/\.tsv\.br$/, '.tags.tsv.br')
  const map = new Map<string, readonly string[]>()
  if (file && existsSync(file))
    for (const line of brotliDecompressSync(readFileSync(file)).toString('utf8').split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).split(' '))
    }
  orders.set(language, (order = map))
  return order
}

/** Whether the morphology data package can be found (without loading it). */
export function hasMorphologyData(): boolean {
  return locate('it') !== null && locate('en') !== null
}
