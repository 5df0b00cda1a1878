// Function words (closed word classes) of Italian and English: generated from Apertium's
// dictionaries into @fonte/lexicon-morphology (`data/<language>.function-words.tsv`), or the
// small hand list of `closed-classes.ts` when that package is not installed.
import { fallbackClasses } from './closed-classes.js'
import { currentLocator, functionWordText, type DataLocator } from './load.js'
import { apostrophes, checkArguments, checkLanguage } from './text.js'
import type { FunctionWordClass, FunctionWordOptions, Language } from './types.js'

/** Every class, in the order the documentation lists them. */
const allClasses: readonly FunctionWordClass[] = [
  'article',
  'determiner',
  'preposition',
  'coordinating-conjunction',
  'subordinating-conjunction',
  'pronoun',
  'auxiliary',
  'modal',
  'degree-adverb',
  'negation',
]
const knownClasses: ReadonlySet<string> = new Set(allClasses)
const format = 'fonte-function-words/1'

/** Form → its classes. */
type ClassTable = ReadonlyMap<string, readonly FunctionWordClass[]>

/** Adds `word`'s class to a table being built. */
function add(table: Map<string, FunctionWordClass[]>, word: string, found: FunctionWordClass) {
  const classes = table.get(word)
  if (!classes) table.set(word, [found])
  else if (!classes.includes(found)) classes.push(found)
}

/** The `format` of a JSON header line, or undefined when it is none. */
function headerFormat(line: string): unknown {
  try {
    return (JSON.parse(line) as { format?: unknown } | null)?.format
  } catch {
    return undefined
  }
}

/** Reads a generated list: a JSON header line, then `form<TAB>class class…` lines. */
function parseList(text: string, language: Language): ClassTable {
  const lines = text.split('\n')
  if (headerFormat(lines[0] ?? '') !== format)
    throw new Error(
      `@fonte/lexicon: line 1 of ${language}.function-words.tsv is not a ${format} header; reinstall @fonte/lexicon-morphology`,
    )
  const table = new Map<string, FunctionWordClass[]>()
  for (const line of lines.slice(1)) {
    const [form, classes] = line.split('\t')
    if (!form || !classes) continue
    for (const found of classes.split(' '))
      if (knownClasses.has(found)) add(table, form, found as FunctionWordClass)
  }
  return table
}

/** The hand-written fallback as a table. */
function fallbackTable(language: Language): ClassTable {
  const table = new Map<string, FunctionWordClass[]>()
  for (const [found, words] of Object.entries(fallbackClasses[language]))
    for (const word of words.split(' ')) add(table, word, found as FunctionWordClass)
  return table
}

/** Tables and the sets made from them, per data locator and language. */
const cache = new WeakMap<DataLocator, Map<string, ClassTable | ReadonlySet<string>>>()

/** The cache of the current locator. */
function cached(): Map<string, ClassTable | ReadonlySet<string>> {
  const locator = currentLocator()
  let entries = cache.get(locator)
  if (!entries) cache.set(locator, (entries = new Map()))
  return entries
}

/** The class table of `language`, read on first use. */
function classTable(language: Language): ClassTable {
  const entries = cached()
  let table = entries.get(language) as ClassTable | undefined
  if (!table) {
    const text = functionWordText(language)
    table = text === null ? fallbackTable(language) : parseList(text, language)
    entries.set(language, table)
  }
  return table
}

/** The classes `options` asks for, checked. */
function wantedClasses(api: string, options: unknown): readonly FunctionWordClass[] {
  if (options === undefined || options === null) return allClasses
  if (typeof options !== 'object')
    throw new TypeError(`\`${api}\` expects options as an object, e.g. {classes: ['article']}`)
  const { classes } = options as FunctionWordOptions
  if (classes === undefined || classes === null) return allClasses
  if (!Array.isArray(classes) || classes.some((found) => !knownClasses.has(found as string)))
    throw new TypeError(
      `\`${api}\` expects options.classes as an array of ${allClasses.map((found) => `'${found}'`).join(', ')}, got ${JSON.stringify(classes)}`,
    )
  return classes
}

/**
 * The function words of `language`: lower-case forms with straight apostrophes, accents as
 * written. Elided forms are listed both with and without their apostrophe (`dell'` and `dell`,
 * `'s` and `s`), as tokenisers differ. From `@fonte/lexicon-morphology`'s lists generated from
 * Apertium when it is installed, else from a small hand-written list of the commonest ones.
 * The same set is returned on each call with the same classes.
 *
 * @param options.classes only the words of these classes (default: every class).
 * @throws {TypeError} when `language` is not `it` or `en`, or `options.classes` is not an array
 * of known classes.
 * @example functionWords('it', { classes: ['article'] }) // Set {'i', 'il', 'l', "l'", 'la', …}
 */
export function functionWords(
  language: Language,
  options?: FunctionWordOptions | null,
): ReadonlySet<string> {
  checkLanguage('functionWords', language)
  const classes = wantedClasses('functionWords', options)
  const key = `${language}:${[...new Set(classes)].sort().join(',')}`
  const entries = cached()
  let words = entries.get(key) as ReadonlySet<string> | undefined
  if (!words) {
    words = new Set(
      [...classTable(language)]
        .filter(([, found]) => found.some((one) => classes.includes(one)))
        .map(([form]) => form),
    )
    entries.set(key, words)
  }
  return words
}

/** `word` as the lists spell it: lower case, apostrophes straight. */
function listed(word: string): string {
  return word.replace(apostrophes, "'").toLowerCase()
}

/**
 * The closed classes `word` belongs to in `language` (empty for content words): `la` is an
 * article and a pronoun. Case and curly apostrophes do not matter.
 *
 * @throws {TypeError} when `word` is not a string or `language` is not `it` or `en`.
 * @example functionWordClasses('Della', 'it') // ['preposition']
 */
export function functionWordClasses(word: string, language: Language): FunctionWordClass[] {
  checkArguments('functionWordClasses', word, language)
  return [...(classTable(language).get(listed(word)) ?? [])]
}

/**
 * Whether `word` is a function word of `language` (of one of `options.classes` when given).
 * Case and curly apostrophes do not matter: `Dell’` is one.
 *
 * @throws {TypeError} when `word` is not a string, `language` is not `it` or `en`, or
 * `options.classes` is not an array of known classes.
 */
export function isFunctionWord(
  word: string,
  language: Language,
  options?: FunctionWordOptions | null,
): boolean {
  checkArguments('isFunctionWord', word, language)
  return functionWords(language, options).has(listed(word))
}
