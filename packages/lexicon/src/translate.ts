// EN↔IT lemma translations from the optional GPL data packages @fonte/lexicon-en-it (GPL-3.0+),
// @fonte/lexicon-en-it-es (the routes through Spanish, GPL-2.0-only, so published apart) and
// @fonte/lexicon-en-it-wikdict (FreeDict pivots into WikDict's dictionaries, GPL-3.0-only):
// TSVs of English–Italian pairs with weights, read synchronously on the first call and merged
// here, on the user's machine, at each lookup. Each file is sorted by English lemma and looked up
// by binary search in its bytes, without decoding or parsing it (data packages from before this
// version hold gzipped files: those are decoded whole and searched as text); IT→EN reads the same
// pairs sorted by Italian, or indexes the English-sorted file when a package has no Italian-sorted
// one.
import { argumentChecks, describer, quoted, type ArgumentChecks } from '@fonte/arguments'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type * as Zlib from 'node:zlib'
import { FileBody, installedFile, morphologyTable, readAt } from './load.js'
import { formsOf } from './morphology.js'
import {
  byteFieldEnd,
  byteLowerBound,
  fieldEnd,
  lowerBound,
  nextByteLine,
  nextLine,
  numberAt,
} from './sorted-text.js'
import type { Language, Translation } from './types.js'

/**
 * The data packages, in the order they are merged: each has its pairs sorted by English lemma
 * (`en-it`) and the same pairs sorted by Italian (`it-en`), as plain files (`.tsv`) or, in data
 * packages from before them, gzipped (`.tsv.gz`; the oldest have no Italian-sorted file).
 */
const dataPackages = [
  ['@fonte/lexicon-en-it', 'data/en-it', 'data/it-en'],
  ['@fonte/lexicon-en-it-es', 'data/en-it-es', 'data/it-en-es'],
  ['@fonte/lexicon-en-it-wikdict', 'data/en-it-wikdict', 'data/it-en-wikdict'],
] as const

/** Longest lemma looked up: longer input is not a lemma (the data's longest is far shorter). */
const maxLemmaLength = 80

/** Answers remembered per direction before the memory is cleared. */
const memoryLimit = 50_000

/**
 * One data file's text, looked up by the lemma in column `column` of its `lemma⇥lemma⇥weight‰`
 * lines: by binary search when the file says it is sorted by that column (the published files
 * do), else through an index of line starts built on the first lookup.
 */
interface Table {
  text: string
  column: 0 | 1
  sorted: boolean
  index?: Map<string, number[]>
}

/** A plain data file's bytes, sorted by the lemma in column 0 (its header says so). */
interface ByteTable {
  bytes: Buffer
}

/**
 * A plain data file with a block index (its second line: see `build-en-it.mjs`), read a block at
 * a time as look-ups need them (the file stays open): each block's first key, its offsets after
 * the index line, and the text of the blocks read so far.
 */
interface BlockTable {
  path: string
  first: string[]
  offsets: number[]
  blocks: (string | undefined)[]
  body: FileBody
}

/** Any table of a direction. */
type Source = Table | ByteTable | BlockTable

/**
 * The loaded data: the English-sorted tables, a reader of each file's Italian-sorted table (read
 * on the first IT→EN call: most callers translate one way), and each direction's answers.
 */
interface Data {
  en: Source[]
  it: (() => Source)[]
  memory: { en: Map<string, Translation[]>; it: Map<string, Translation[]> }
}

/** `null` once a load found no data; `undefined` before the first load. */
let data: Data | null | undefined
/** Where the data is read from, set by tests; `undefined`: the installed packages. */
let dataPaths: (string | null)[] | undefined

/**
 * Resolves a data file of an installed package, plain or else gzipped; `null` when it is not
 * installed.
 */
function resolveFile(name: string, file: string): string | null {
  return installedFile(name, [`${file}.tsv`, `${file}.tsv.gz`])
}

/** The second line of a plain data file that has a block index, before the index's JSON. */
const blockHeader = '#fonte-lexicon blocks '

/** Whether `value` is an array of numbers that only grow, of `length` items. */
function isOffsets(value: unknown, length: number): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every(
      (offset, index) =>
        Number.isSafeInteger(offset) && (index === 0 || offset >= value[index - 1]),
    )
  )
}

/**
 * The block table of the plain file open as `fd`, or null when its first lines are not those of
 * one (the caller reads the file whole).
 */
function blockTable(path: string, fd: number): BlockTable | null {
  let head = readAt(fd, 0, 1 << 16)
  // The index grows with the file: read on until its line ends.
  const indexEnd = () => head.indexOf(10, head.indexOf(10) + 1)
  while (indexEnd() < 0) {
    const more = readAt(fd, head.length, head.length)
    if (more.length === 0) return null
    head = Buffer.concat([head, more])
  }
  const lines = head.toString('utf8', 0, indexEnd()).split('\n')
  if (`${lines[0]}\n` !== sortedHeader || !lines[1]!.startsWith(blockHeader)) return null
  let index: { first?: unknown; offsets?: unknown }
  try {
    index = JSON.parse(lines[1]!.slice(blockHeader.length)) as typeof index
  } catch {
    return null
  }
  const { first, offsets } = index
  if (!Array.isArray(first) || !first.every((key) => typeof key === 'string')) return null
  if (!isOffsets(offsets, first.length + 1)) return null
  const body = new FileBody(
    fd,
    indexEnd() + 1,
    `@fonte/lexicon: ${path} is cut short; reinstall its data package`,
  )
  return { path, first: first as string[], offsets, blocks: [], body }
}

/**
 * A data file's table by its first column: a plain file with a block index read a block at a
 * time, a plain sorted file without one searched in its bytes undecoded, else its text (a `.gz`
 * file gunzipped); `null` when it cannot be read.
 */
function readData(path: string | null): Source | null {
  if (path === null) return null
  try {
    if (path.endsWith('.gz')) return table(gunzip(path), 0)
    const fd = openSync(path, 'r')
    const blocks = blockTable(path, fd)
    if (blocks) return blocks
    closeSync(fd)
    const bytes = readFileSync(path)
    const sorted = bytes.subarray(0, sortedHeader.length).toString('latin1') === sortedHeader
    return sorted ? { bytes } : table(bytes.toString('utf8'), 0)
  } catch {
    return null
  }
}

/**
 * A gzipped data file's text. Only data packages from before plain files hold one, so node:zlib
 * is loaded here, when one is met, rather than by every process that imports the lexicon (~5 ms).
 */
function gunzip(path: string): string {
  const { gunzipSync } = createRequire(import.meta.url)('node:zlib') as typeof Zlib
  return gunzipSync(readFileSync(path)).toString('utf8')
}

/** The whole text of a table's file, to index by its second column. */
function textOf(source: Source): string {
  if ('text' in source) return source.text
  return 'bytes' in source ? source.bytes.toString('utf8') : readFileSync(source.path, 'utf8')
}

/** The text of the block of a block table that has the lines of `key`, if any (read once). */
function blockOf(source: BlockTable, key: string): string | undefined {
  const { first } = source
  let low = 0
  let high = first.length
  // The key's lines are all in the last block whose first key is not above it.
  while (low < high) {
    const middle = (low + high) >>> 1
    if (first[middle]! <= key) low = middle + 1
    else high = middle
  }
  if (low === 0 || key === '') return undefined
  const number = low - 1
  return (source.blocks[number] ??= source.body.text(
    source.offsets[number]!,
    source.offsets[number + 1]!,
  ))
}

/**
 * Merges the pairs of `key` in a block table into `merged`, from the lines `key<TAB>…` of its
 * block found by `indexOf` (a native search: a binary search over the block's lines, compared a
 * letter at a time, costs more in a fresh process, whose code runs unoptimised), each line
 * read in place as `rowOf` reads it. The build writes a key's lines one after another.
 */
function mergeBlockRows(source: BlockTable, key: string, merged: Merged): void {
  const text = blockOf(source, key)
  if (text === undefined) return
  const prefix = `${key}\t`
  let start = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1
  if (start === 0 && !text.startsWith(prefix)) return
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const from = start + prefix.length
    const tab = text.indexOf('\t', from)
    // Well-formed: a lemma, then a weight in (0, 1000] and no further field.
    if (tab > from && tab < end) {
      const after = text.indexOf('\t', tab + 1)
      const weight = perMille(numberAt(text, tab + 1, end))
      if ((after < 0 || after >= end) && weight > 0 && weight <= 1)
        merge(merged, text.slice(from, tab), weight)
    }
    start = end + 1
    if (!text.startsWith(prefix, start)) break
  }
}

/**
 * The first line of a data file whose lines the build sorted by their first field (in
 * JavaScript's string order): a file without it is indexed instead of binary-searched.
 */
const sortedHeader = '#fonte-lexicon sorted\n'

/** A table of a file's text, looked up by `column`. */
function table(text: string, column: 0 | 1): Table {
  return { text, column, sorted: column === 0 && text.startsWith(sortedHeader) }
}

/** The line starts of each lemma of a table's column, for unsorted files and column 1. */
function indexOf(table: Table): Map<string, number[]> {
  if (table.index) return table.index
  const index = new Map<string, number[]>()
  const { text, column } = table
  for (let start = 0; start < text.length; start = nextLine(text, start)) {
    let from = start
    if (column === 1) {
      const tab = text.indexOf('\t', start)
      if (tab === -1 || tab > nextLine(text, start)) continue
      from = tab + 1
    }
    const key = text.slice(from, fieldEnd(text, from))
    const starts = index.get(key)
    if (starts) starts.push(start)
    else index.set(key, [start])
  }
  return (table.index = index)
}

/** `[lemma, weight]` of a line `lemma⇥lemma⇥weight‰` when well-formed, the lemma of `column`'s other. */
function rowOf(line: string, column: 0 | 1): [string, number] | null {
  const fields = line.replace(/\n$/, '').split('\t')
  if (fields.length !== 3 || !fields[0] || !fields[1]) return null
  const weight = Number(fields[2]) / 1000
  return weight > 0 && weight <= 1 ? [fields[1 - column]!, weight] : null
}

/** The rows of `key` in a plain sorted file, found and decoded in its bytes. */
function byteRowsOf({ bytes }: ByteTable, key: string): [string, number][] {
  const target = Buffer.from(key, 'utf8')
  const rows: [string, number][] = []
  for (let start = byteLowerBound(bytes, target); start < bytes.length;) {
    const end = nextByteLine(bytes, start)
    if (bytes.compare(target, 0, target.length, start, byteFieldEnd(bytes, start)) !== 0) break
    const row = rowOf(bytes.toString('utf8', start, end), 0)
    if (row) rows.push(row)
    start = end
  }
  return rows
}

/**
 * The translations of `key` in one table: `[lemma, weight]` of each well-formed line (two lemmas,
 * a weight in (0, 1000]) whose lemma in the table's column is `key`.
 */
function rowsOf(table: Table | ByteTable, key: string): [string, number][] {
  if ('bytes' in table) return byteRowsOf(table, key)
  const { text, column } = table
  const starts: number[] = []
  if (table.sorted)
    for (let start = lowerBound(text, key); start < text.length; start = nextLine(text, start)) {
      if (text.slice(start, fieldEnd(text, start)) !== key) break
      starts.push(start)
    }
  else starts.push(...(indexOf(table).get(key) ?? []))
  const rows: [string, number][] = []
  for (const start of starts) {
    const row = rowOf(text.slice(start, nextLine(text, start)), column)
    if (row) rows.push(row)
  }
  return rows
}

/**
 * Loads the data on first use: the text of each installed package's files (a test's paths are
 * English-sorted files alone); `null` when none is readable. The Italian-sorted file of a package
 * is read on the first IT→EN call, and a package without one is looked up by its second column.
 */
function load(): Data | null {
  if (data !== undefined) return data
  const loaded: Data = { en: [], it: [], memory: { en: new Map(), it: new Map() } }
  const files: [string | null, string | null][] =
    dataPaths !== undefined
      ? dataPaths.map((path) => [path, null])
      : dataPackages.map(([name, english, italian]) => [
          resolveFile(name, english),
          resolveFile(name, italian),
        ])
  for (const [english, italian] of files) {
    const forward = readData(english)
    if (forward === null) continue
    loaded.en.push(forward)
    let reversed: Source | undefined
    loaded.it.push(() => (reversed ??= readData(italian) ?? table(textOf(forward), 1)))
  }
  return (data = loaded.en.length > 0 ? loaded : null)
}

/**
 * Confidence of the evidence that a pair's lemmas are spelt alike (`leader` → `leader`, `favor` →
 * `favore`), times their {@link likeness}: news keeps loanwords and takes the cognate when the
 * dictionaries offer it among others. Chosen on the development measure
 * (packages/lexicon/bench/translate.eval.mjs and translate-gold.mjs; the data package's README).
 */
const cognateConfidence = 0.5

/**
 * How alike an English and an Italian lemma are spelt, in [0, 1]: 0 unless they share their first
 * four letters, then the shared beginning's share of the shorter lemma plus 0.2 (a cognate's
 * ending differs: `investigation`, `investigazione`), at most 1.
 */
function likeness(english: string, italian: string): number {
  let shared = 0
  while (shared < english.length && english[shared] === italian[shared]) shared++
  if (shared < 4) return 0
  return Math.min(1, shared / Math.min(english.length, italian.length) + 0.2)
}

/**
 * What an English noun that Italian has borrowed unchanged is worth as its own translation when
 * the dictionaries give fewer than three: little, so that it only fills the list after every
 * attested pair (`rapper`, `nickel`: Italian news writes them as they are).
 */
const loanConfidence = 0.05

/**
 * Whether the Italian data lists `lemma` as an invariable noun, one form for both numbers: how
 * Italian takes in an English noun (`il leader`, `i leader`); a native noun has its plural.
 */
function isListedLoan(lemma: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lemma) || !morphologyTable('it')?.has(lemma)) return false
  const forms = formsOf(lemma, 'it', 'NOUN')
  return forms.length > 0 && forms.every(({ form, pos }) => form === lemma && pos === 'NOUN')
}

/**
 * Weights computed once and shared: in code V8 has not optimised yet (a fresh process's first
 * words), each step of a floating-point formula makes a new heap number, and the memory a fresh
 * process takes first costs more than the arithmetic (on the machines measured, ~17 µs a page).
 */
const perMilles: number[] = []
const unlikeWeights = new Map<number, number>()

/** `thousandths / 1000`, the weight of a line: the same number object for the same digits. */
function perMille(thousandths: number): number {
  if (!Number.isInteger(thousandths) || thousandths < 0 || thousandths > 1000)
    return thousandths / 1000
  return (perMilles[thousandths] ??= thousandths / 1000)
}

/** Two weights combined as independent evidence, `1 − (1 − a)(1 − b)`, in thousandths. */
function independent(a: number, b: number): number {
  return Math.round((1 - (1 - a) * (1 - b)) * 1000) / 1000
}

/** A pair's weight with the evidence of spelling of likeness `similar` (see `lookUp`). */
function withLikeness(weight: number, similar: number): number {
  return independent(weight, cognateConfidence * similar)
}

/** `withLikeness(weight, 0)`, remembered by weight (a pair spelt unlike its lemma: most). */
function unlike(weight: number): number {
  let result = unlikeWeights.get(weight)
  if (result === undefined) {
    result = withLikeness(weight, 0)
    // Weights are mostly thousandths; any other is remembered too, up to a bound.
    if (unlikeWeights.size >= 10_000) unlikeWeights.clear()
    unlikeWeights.set(weight, result)
  }
  return result
}

/** The pairs of a look-up: each lemma once, in the order first found, its weight, its position. */
interface Merged {
  lemmas: string[]
  weights: number[]
  positions: Map<string, number>
}

/**
 * Adds a pair to `merged`: a pair already found gets the weights combined as independent
 * evidence, `1 − (1 − a)(1 − b)`.
 */
function merge(merged: Merged, lemma: string, weight: number): void {
  const at = merged.positions.get(lemma)
  if (at === undefined) {
    merged.positions.set(lemma, merged.lemmas.push(lemma) - 1)
    merged.weights.push(weight)
  } else {
    merged.weights[at] = independent(merged.weights[at]!, weight)
  }
}

/**
 * The translations of a lemma key in one direction, merged over the data files: a pair in
 * several gets its weights combined as independent evidence, `1 − (1 − a)(1 − b)`, the formula
 * the build uses within one file, so the packages weigh a pair as one union of all routes would.
 */
function lookUp(data: Data, from: Language, key: string): Translation[] {
  const memory = data.memory[from]
  const known = memory.get(key)
  if (known) return known
  // Indexed loops, no iterators or spreads: a new word's look-up runs before V8 optimises it,
  // and those allocate at each step there.
  const merged: Merged = { lemmas: [], weights: [], positions: new Map() }
  const count = from === 'en' ? data.en.length : data.it.length
  for (let number = 0; number < count; number++) {
    const table = from === 'en' ? data.en[number]! : data.it[number]!()
    if ('first' in table) mergeBlockRows(table, key, merged)
    else {
      const rows = rowsOf(table, key)
      for (let index = 0; index < rows.length; index++)
        merge(merged, rows[index]![0], rows[index]![1])
    }
  }
  const { lemmas, weights, positions } = merged
  // Spelling is evidence of its own, added once, after the files' evidence is merged.
  const translations: Translation[] = []
  for (let index = 0; index < lemmas.length; index++) {
    const lemma = lemmas[index]!
    const similar = likeness(from === 'en' ? key : lemma, from === 'en' ? lemma : key)
    const weight = similar === 0 ? unlike(weights[index]!) : withLikeness(weights[index]!, similar)
    translations.push({ lemma, weight })
  }
  if (!inWeightOrder(translations)) translations.sort(byWeight)
  if (from === 'en' && translations.length < 3 && !positions.has(key) && isListedLoan(key))
    translations.push({ lemma: key, weight: loanConfidence })
  if (memory.size >= memoryLimit) memory.clear()
  memory.set(key, translations)
  return translations
}

/** Whether no translation weighs more than the one before it (what sorting leaves as it is). */
function inWeightOrder(translations: readonly Translation[]): boolean {
  for (let index = 1; index < translations.length; index++)
    if (translations[index]!.weight > translations[index - 1]!.weight) return false
  return true
}

/**
 * Highest weight first (a stable sort keeps the data's order among equal weights). The sign
 * only, a small integer: a difference of weights is a new heap number in unoptimised code.
 */
function byWeight(a: Translation, b: Translation): number {
  return a.weight < b.weight ? 1 : a.weight > b.weight ? -1 : 0
}

/** The lookup key of a lemma: trimmed, lower case, typographic apostrophes made plain. */
function key(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ')
}

// A wrong argument is a `TypeError` in @fonte/arguments' words, a string received shown, cut at
// 20 characters (`translate: \`from\` must be one of \`en\`, \`it\`, got "fr"`), another value
// named by its type.
const check: ArgumentChecks = argumentChecks(describer({ string: quoted(20) }))
const languages: readonly Language[] = ['en', 'it']

/**
 * Translations of a lemma between English and Italian, most likely first: pairs attested by
 * several independent dictionaries (FreeDict, Apertium through Spanish and Catalan) weigh most.
 *
 * Needs the data package `@fonte/lexicon-en-it` (GPL-3.0+; the workspace always has it), and
 * merges in `@fonte/lexicon-en-it-es` (the routes through Spanish, GPL-2.0-only) and
 * `@fonte/lexicon-en-it-wikdict` (the FreeDict pivots through WikDict, GPL-3.0-only) when they
 * are installed; without either every call returns `[]` and {@link translationsAvailable} is `false`.
 * Each data file's block index is read on the first call in a direction; a look-up then reads
 * the one block its lemma is in (once) and finds the lemma's lines in it; answers are remembered.
 *
 * @param lemma - The lemma (dictionary form, e.g. `support`, `maggioranza`); case is ignored.
 * @param from - Its language.
 * @param to - The language to translate into; the other one.
 * @returns The translations with weights in (0, 1], highest first; `[]` when none is known.
 * @throws {TypeError} When `lemma` is not a string or `from`/`to` are not `'en'` and `'it'`.
 */
export function translate(lemma: string, from: Language, to: Language): Translation[] {
  check.string('translate', 'lemma', lemma)
  check.oneOf('translate', 'from', from, languages)
  check.oneOf('translate', 'to', to, languages)
  if (from === to || lemma.length > maxLemmaLength) return []
  const loaded = load()
  if (!loaded) return []
  const translations = lookUp(loaded, from, key(lemma))
  // Copies, so that a caller's change does not reach the remembered answer.
  const copies: Translation[] = []
  for (let index = 0; index < translations.length; index++) {
    const { lemma: translated, weight } = translations[index]!
    copies.push({ lemma: translated, weight })
  }
  return copies
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
  data = undefined
  dataPaths = path === undefined ? undefined : [path, ...otherPaths]
}
