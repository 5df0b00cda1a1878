// EN↔IT lemma translations from the optional GPL data packages @fonte/lexicon-en-it (GPL-3.0+),
// @fonte/lexicon-en-it-es (the routes through Spanish, GPL-2.0-only, so published apart) and
// @fonte/lexicon-en-it-wikdict (FreeDict pivots into WikDict's dictionaries, GPL-3.0-only):
// gzipped TSVs of English–Italian pairs with weights, read synchronously on the first call and
// merged here, on the user's machine; the reverse direction is indexed from the same rows.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'
import type { Language, Translation } from './types.js'

/** The data files inside the data packages, in the order they are merged. */
const dataSpecifiers = [
  '@fonte/lexicon-en-it/data/en-it.tsv.gz',
  '@fonte/lexicon-en-it-es/data/en-it-es.tsv.gz',
  '@fonte/lexicon-en-it-wikdict/data/en-it-wikdict.tsv.gz',
] as const

/** Longest lemma looked up: longer input is not a lemma (the data's longest is far shorter). */
const maxLemmaLength = 80

/**
 * The lexicon as rows (`english[i]`, `italian[i]`, `weights[i]`) and, for each direction, the
 * rows of each lemma. Translation objects are made at lookup, so loading allocates little.
 */
interface Tables {
  english: string[]
  italian: string[]
  weights: number[]
  /** The rows of each English lemma, and of each Italian one once an IT→EN call needed them. */
  rows: { en: Map<string, number[]>; it?: Map<string, number[]> }
}

/** `null` once a load found no data; `undefined` before the first load. */
let tables: Tables | null | undefined
/** Where the data is read from, set by tests; `undefined`: the installed packages. */
let dataPaths: (string | null)[] | undefined

/** The data files of the installed data packages (`null` for one not installed). */
function resolveData(): (string | null)[] {
  if (dataPaths !== undefined) return dataPaths
  const require = createRequire(import.meta.url)
  return dataSpecifiers.map((specifier) => {
    try {
      return require.resolve(specifier)
    } catch {
      return null
    }
  })
}

/** Appends a row number to a lemma's rows. */
function add(rows: Map<string, number[]>, key: string, row: number): void {
  const list = rows.get(key)
  if (list) list.push(row)
  else rows.set(key, [row])
}

/**
 * Parses `en\tit\tweight‰` rows into `tables`, skipping malformed ones, and indexes the English
 * side. A pair already there (from another file) gets the two weights combined as independent
 * evidence, `1 − (1 − a)(1 − b)`: the formula the build uses within one file, so the merged
 * packages weigh a pair as one union of all routes would.
 */
function parse(tsv: string, tables: Tables): void {
  const merging = tables.weights.length > 0
  let start = 0
  let previous = ''
  while (start < tsv.length) {
    let end = tsv.indexOf('\n', start)
    if (end === -1) end = tsv.length
    const first = tsv.indexOf('\t', start)
    const second = first === -1 ? -1 : tsv.indexOf('\t', first + 1)
    const line = start
    start = end + 1
    if (first <= line || second <= first + 1 || second >= end) continue
    const weight = Number(tsv.slice(second + 1, end)) / 1000
    if (!(weight > 0 && weight <= 1)) continue
    // Rows come grouped by English lemma: consecutive rows share one string.
    let english = tsv.slice(line, first)
    if (english === previous) english = previous
    previous = english
    const italian = tsv.slice(first + 1, second)
    const known = merging ? findRow(tables, english, italian) : undefined
    if (known !== undefined) {
      const combined = 1 - (1 - tables.weights[known]!) * (1 - weight)
      tables.weights[known] = Math.round(combined * 1000) / 1000
      continue
    }
    const row = tables.weights.length
    tables.english.push(english)
    tables.italian.push(italian)
    tables.weights.push(weight)
    add(tables.rows.en, english, row)
  }
}

/** The row of a pair, if loaded. */
function findRow(tables: Tables, english: string, italian: string): number | undefined {
  return tables.rows.en.get(english)?.find((row) => tables.italian[row] === italian)
}

/** The rows of each Italian lemma, indexed on the first IT→EN call. */
function italianRows(tables: Tables): Map<string, number[]> {
  if (tables.rows.it) return tables.rows.it
  const rows = new Map<string, number[]>()
  tables.italian.forEach((italian, row) => add(rows, italian, row))
  return (tables.rows.it = rows)
}

/**
 * Loads the data on first use, merging the files that are installed and readable; `null` when
 * none is.
 */
function load(): Tables | null {
  if (tables !== undefined) return tables
  const loaded: Tables = { english: [], italian: [], weights: [], rows: { en: new Map() } }
  let files = 0
  for (const path of resolveData()) {
    if (path === null) continue
    let tsv: string
    try {
      tsv = gunzipSync(readFileSync(path)).toString('utf8')
    } catch {
      continue
    }
    parse(tsv, loaded)
    files++
  }
  return (tables = files > 0 ? loaded : null)
}

/** The lookup key of a lemma: trimmed, lower case, typographic apostrophes made plain. */
function key(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ')
}

/** Throws unless `language` is one the lexicon knows. */
function assertLanguage(language: unknown, name: string): asserts language is Language {
  if (language !== 'en' && language !== 'it')
    throw new TypeError(`\`translate\`: ${name} must be 'en' or 'it', not ${String(language)}`)
}

/**
 * Translations of a lemma between English and Italian, most likely first: pairs attested by
 * several independent dictionaries (FreeDict, Apertium through Spanish and Catalan) weigh most.
 *
 * Needs the data package `@fonte/lexicon-en-it` (GPL-3.0+; the workspace always has it), and
 * merges in `@fonte/lexicon-en-it-es` (the routes through Spanish, GPL-2.0-only) and
 * `@fonte/lexicon-en-it-wikdict` (the FreeDict pivots through WikDict, GPL-3.0-only) when they
 * are installed; without either every call returns `[]` and {@link translationsAvailable} is `false`.
 * The data is read on the first call; later calls are a map lookup.
 *
 * @param lemma - The lemma (dictionary form, e.g. `support`, `maggioranza`); case is ignored.
 * @param from - Its language.
 * @param to - The language to translate into; the other one.
 * @returns The translations with weights in (0, 1], highest first; `[]` when none is known.
 * @throws {TypeError} When `lemma` is not a string or `from`/`to` are not `'en'` and `'it'`.
 */
export function translate(lemma: string, from: Language, to: Language): Translation[] {
  if (typeof lemma !== 'string')
    throw new TypeError(`\`translate\`: lemma must be a string, not ${typeof lemma}`)
  assertLanguage(from, 'from')
  assertLanguage(to, 'to')
  if (from === to || lemma.length > maxLemmaLength) return []
  const tables = load()
  if (!tables) return []
  const rows = (from === 'en' ? tables.rows.en : italianRows(tables)).get(key(lemma))
  if (!rows) return []
  const lemmas = from === 'en' ? tables.italian : tables.english
  return rows
    .map((row) => ({ lemma: lemmas[row]!, weight: tables.weights[row]! }))
    .sort((a, b) => b.weight - a.weight)
}

/**
 * Whether an EN–IT data package (`@fonte/lexicon-en-it`, `@fonte/lexicon-en-it-es`,
 * `@fonte/lexicon-en-it-wikdict`) is installed and readable (loads the data on the first call).
 *
 * @returns `true` when {@link translate} has data.
 */
export function translationsAvailable(): boolean {
  return load() !== null
}

/**
 * Forgets the loaded data, so the next call loads again. For tests.
 *
 * @internal
 * @param path - Where to read the data (`null`: behave as if the data packages were missing;
 *   `undefined`: resolve the installed packages). A path reads that file alone, unless
 *   `otherPaths` are given too.
 * @param otherPaths - Further files merged into the first, as the other data packages are.
 */
export function resetTranslations(path?: string | null, ...otherPaths: (string | null)[]): void {
  tables = undefined
  dataPaths = path === undefined ? undefined : [path, ...otherPaths]
}
