// EN↔IT lemma translations from the optional GPL data package @fonte/lexicon-en-it: one gzipped
// TSV of English–Italian pairs with weights, read synchronously on the first call; the reverse
// direction is indexed from the same rows.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gunzipSync } from 'node:zlib'
import type { Language, Translation } from './types.js'

/** The data file inside the data package. */
const dataSpecifier = '@fonte/lexicon-en-it/data/en-it.tsv.gz'

/** Longest lemma looked up: longer input is not a lemma (the data's longest is far shorter). */
const maxLemmaLength = 80

/** Both directions of the lexicon, each lemma's translations most likely first. */
interface Tables {
  en: ReadonlyMap<string, readonly Translation[]>
  it: ReadonlyMap<string, readonly Translation[]>
}

/** `null` once a load found no data; `undefined` before the first load. */
let tables: Tables | null | undefined
/** Where the data is read from; `null` simulates a workspace without the data package. */
let dataPath: string | null | undefined

/** Finds the data file of the installed data package, or `null` when it is not installed. */
function resolveData(): string | null {
  if (dataPath !== undefined) return dataPath
  try {
    return createRequire(import.meta.url).resolve(dataSpecifier)
  } catch {
    return null
  }
}

/** Appends a translation to a lemma's list. */
function add(table: Map<string, Translation[]>, key: string, translation: Translation): void {
  const list = table.get(key)
  if (list) list.push(translation)
  else table.set(key, [translation])
}

/** Parses `en\tit\tweight‰` rows into both directions, each list sorted by weight. */
function parse(tsv: string): Tables {
  const en = new Map<string, Translation[]>()
  const it = new Map<string, Translation[]>()
  let start = 0
  while (start < tsv.length) {
    let end = tsv.indexOf('\n', start)
    if (end === -1) end = tsv.length
    const line = tsv.slice(start, end)
    start = end + 1
    const first = line.indexOf('\t')
    const second = line.indexOf('\t', first + 1)
    if (first <= 0 || second <= first + 1) continue
    const english = line.slice(0, first)
    const italian = line.slice(first + 1, second)
    const weight = Number(line.slice(second + 1)) / 1000
    if (!(weight > 0 && weight <= 1)) continue
    add(en, english, { lemma: italian, weight })
    add(it, italian, { lemma: english, weight })
  }
  const byWeight = (a: Translation, b: Translation): number => b.weight - a.weight
  for (const list of en.values()) list.sort(byWeight)
  for (const list of it.values()) list.sort(byWeight)
  return { en, it }
}

/** Loads the data on first use; `null` when the data package is not installed. */
function load(): Tables | null {
  if (tables !== undefined) return tables
  const path = resolveData()
  if (path === null) return (tables = null)
  try {
    tables = parse(gunzipSync(readFileSync(path)).toString('utf8'))
  } catch {
    tables = null
  }
  return tables
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
 * Needs the data package `@fonte/lexicon-en-it` (GPL; the workspace always has it); without it
 * every call returns `[]` and {@link translationsAvailable} is `false`. The data is read on the
 * first call; later calls are a map lookup.
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
  const translations = load()?.[from].get(key(lemma))
  return translations ? translations.map((translation) => ({ ...translation })) : []
}

/**
 * Whether the EN–IT data package `@fonte/lexicon-en-it` is installed and readable (loads it
 * on the first call).
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
 * @param path - Where to read the data (`null`: behave as if the data package were missing;
 *   `undefined`: resolve the installed package).
 */
export function resetTranslations(path?: string | null): void {
  tables = undefined
  dataPath = path
}
