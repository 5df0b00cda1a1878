// Finds and loads @fonte/lexicon-morphology, the optional GPL data package, once per language and
// only when first needed. Without it every function still answers, from the data-free rules.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Zlib from 'node:zlib'
import { installedPackageFolder } from './installed.js'
import { fieldEnd, lowerBound, nextLine } from './sorted-text.js'
import { packMorphology } from './pack.js'
import { isPackedTable, MorphologyTable } from './table.js'
import type { Language } from './types.js'

/** Where a language's data file is, or null when the data package is not installed. */
export type DataLocator = (language: Language) => string | null

const require = createRequire(import.meta.url)

/** Package folders found in `node_modules` folders (null: not found that way), by name. */
const packageFolders = new Map<string, string | null>()

/**
 * The folder of package `name` in a `node_modules` folder here or above, as node looks first;
 * null when it is in none of them.
 */
function packageFolder(name: string): string | null {
  let folder = packageFolders.get(name)
  if (folder !== undefined) return folder
  folder = installedPackageFolder(dirname(fileURLToPath(import.meta.url)), name) ?? null
  packageFolders.set(name, folder)
  return folder
}

/**
 * The first of `files` (paths inside package `name`) that is installed, or null. Looked for in
 * the package's folder when a `node_modules` folder holds it (a few file checks), else through
 * node's resolution (Yarn PnP, `NODE_PATH`…), whose first call costs ~5 ms of CPU.
 */
export function installedFile(name: string, files: readonly string[]): string | null {
  const folder = packageFolder(name)
  if (folder !== null) {
    const found = files.map((file) => join(folder, file)).find((path) => existsSync(path))
    return found ?? null
  }
  for (const file of files)
    try {
      return require.resolve(`${name}/${file}`)
    } catch {
      // Not in this version of the package.
    }
  return null
}

/**
 * Resolves the data file inside the installed `@fonte/lexicon-morphology`: the packed table
 * (`<language>.morph`), or the brotli text of a data package from before it (`<language>.tsv.br`).
 */
export const packageLocator: DataLocator = (language) =>
  installedFile('@fonte/lexicon-morphology', [`data/${language}.morph`, `data/${language}.tsv.br`])

/** The file beside a language's morphology file that ends in `suffix` instead. */
function besideData(file: string | null | undefined, suffix: string): string | undefined {
  return file?.replace(/\.(?:morph|tsv\.br)$/, suffix)
}

/** Reads `length` bytes of `fd` from `position`, all of them unless the file ends first. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length)
  let filled = 0
  while (filled < length) {
    const read = readSync(fd, bytes, filled, length - filled, position + filled)
    if (read === 0) break
    filled += read
  }
  return bytes.subarray(0, filled)
}

/**
 * Where blocks are read before they are decoded: one buffer for every read, so a block costs no
 * new memory but its text (in a fresh process, memory the system has not yet given costs more
 * than reading into memory it has).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 14)

/**
 * The body of an open data file (what follows its header, from byte `bodyStart`), read as look-ups
 * need its parts. `cutShort` is the error when the file ends before a part does.
 */
export class FileBody {
  constructor(
    private readonly fd: number,
    private readonly bodyStart: number,
    private readonly cutShort: string,
  ) {}

  /** Bytes `[start, end)` of the body, in a buffer of their own. */
  bytes(start: number, end: number): Buffer {
    const bytes = readAt(this.fd, this.bodyStart + start, end - start)
    if (bytes.length < end - start) throw new TypeError(this.cutShort)
    return bytes
  }

  /** The UTF-8 text of bytes `[start, end)` of the body. */
  text(start: number, end: number): string {
    const length = end - start
    if (scratch.length < length) scratch = Buffer.allocUnsafeSlow(length)
    let filled = 0
    while (filled < length) {
      const read = readSync(
        this.fd,
        scratch,
        filled,
        length - filled,
        this.bodyStart + start + filled,
      )
      if (read === 0) throw new TypeError(this.cutShort)
      filled += read
    }
    return scratch.toString('utf8', 0, length)
  }
}

/**
 * The table in `file`: a packed table read a block at a time (its header at once, then each
 * block when a look-up first needs it: the file stays open), or a `fonte-morphology/1` text
 * (brotli) packed on the fly, uncompressed (as costly as that format always was).
 */
function readTable(file: string): MorphologyTable {
  const fd = openSync(file, 'r')
  let head = readAt(fd, 0, 1 << 16)
  if (!isPackedTable(head)) {
    closeSync(fd)
    let text: string
    try {
      text = brotliText(file)
    } catch {
      throw new TypeError(
        `@fonte/lexicon: ${file} is not a morphology table; reinstall @fonte/lexicon-morphology`,
      )
    }
    return new MorphologyTable(packMorphology(text, { compress: false }))
  }
  // The header holds the index of every block: it is longer for a bigger table.
  while (head.indexOf(10) < 0) {
    const more = readAt(fd, head.length, head.length)
    if (more.length === 0) break
    head = Buffer.concat([head, more])
  }
  const body = new FileBody(
    fd,
    head.indexOf(10) + 1,
    `@fonte/lexicon: ${file} is cut short; reinstall @fonte/lexicon-morphology`,
  )
  return new MorphologyTable(head, body)
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
  table = file ? readTable(file) : null
  tables.set(language, table)
  return table
}

/**
 * Whether the forms of the lines `form<TAB>tags` of `text` are in strictly ascending order
 * (UTF-16 code units; lines without tags are left out). Strings compared whole: a loop over
 * their letters cost 5× more in a fresh process.
 */
function ascendingForms(text: string): boolean {
  let previous: string | undefined
  for (let position = 0; position < text.length;) {
    let end = text.indexOf('\n', position)
    if (end < 0) end = text.length
    const tab = text.indexOf('\t', position)
    if (tab > position && tab < end) {
      const form = text.slice(position, tab)
      if (previous !== undefined && !(previous < form)) return false
      previous = form
    }
    position = end + 1
  }
  return true
}

/**
 * The lines `form<TAB>tags` of a tag-frequency file, found by binary search in the text (the
 * build writes them sorted): nothing is parsed at load.
 */
export class TagOrders {
  private readonly text: string
  /** A Map instead, when the lines are not sorted (a hand-made file). */
  private readonly unsorted: Map<string, readonly string[]> | null = null

  constructor(text: string) {
    this.text = text
    // The build's first line says the forms are sorted; older files are checked.
    if (text.startsWith(sortedTags) || ascendingForms(text)) return
    const starts: number[] = []
    for (let position = 0; position < text.length; position = nextLine(text, position))
      if (this.hasTags(position)) starts.push(position)
    this.unsorted = new Map(starts.map((start) => [this.key(start), this.tags(start)]))
  }

  /** Whether the line at `start` has a form and tags. */
  private hasTags(start: number): boolean {
    const end = fieldEnd(this.text, start)
    return end > start && this.text[end] === '\t'
  }

  /** The form of the line at `start`. */
  private key(start: number): string {
    return this.text.slice(start, fieldEnd(this.text, start))
  }

  /** The tags of the line at `start`. */
  private tags(start: number): string[] {
    const tab = fieldEnd(this.text, start)
    return this.text
      .slice(tab + 1, nextLine(this.text, tab))
      .trim()
      .split(' ')
  }

  /** The tags of `form`, most frequent first, or undefined when the file does not list it. */
  get(form: string): readonly string[] | undefined {
    if (this.unsorted) return this.unsorted.get(form)
    const start = lowerBound(this.text, form)
    if (start >= this.text.length || this.key(start) !== form || !this.hasTags(start))
      return undefined
    return this.tags(start)
  }
}

/** The first line of a tag-frequency file whose lines the build sorted (no tab: not a form's line). */
const sortedTags = '#fonte-tags sorted\n'

/**
 * The text of a language's tag-frequency file beside the morphology: `<language>.tags.tsv`, or
 * the brotli `<language>.tags.tsv.br` of an older data package; '' when there is neither.
 */
function tagText(language: Language): string {
  const plain = besideData(locate(language), '.tags.tsv')
  if (plain && existsSync(plain)) return readFileSync(plain, 'utf8')
  const packed = besideData(locate(language), '.tags.tsv.br')
  return packed && existsSync(packed) ? brotliText(packed) : ''
}

/**
 * A brotli file's text. Only data packages from before packed tables and plain files hold one,
 * so node:zlib is loaded here, when one is met, rather than by every process that imports the
 * lexicon (~5 ms of CPU).
 */
function brotliText(file: string): string {
  const { brotliDecompressSync } = require('node:zlib') as typeof Zlib
  return brotliDecompressSync(readFileSync(file)).toString('utf8')
}

/** Loaded tag-frequency lists, per locator and language (see `tagOrders`). */
const loadedOrders = new WeakMap<DataLocator, Map<Language, TagOrders>>()

/**
 * The part-of-speech tags a form has in running text, most frequent first (Penn Treebank tags),
 * for the forms whose tags differ in part of speech: `meeting` → `NN VBG`. Read from
 * `data/<language>.tags.tsv` (or `.tags.tsv.br`) beside the morphology on first use; empty when
 * the data package has none.
 */
export function tagOrders(language: Language): TagOrders {
  let orders = loadedOrders.get(locate)
  if (!orders) loadedOrders.set(locate, (orders = new Map()))
  let order = orders.get(language)
  if (order) return order
  orders.set(language, (order = new TagOrders(tagText(language))))
  return order
}

/** Whether the morphology data package can be found (without loading it). */
export function hasMorphologyData(): boolean {
  return locate('it') !== null && locate('en') !== null
}

/**
 * The text of `data/<language>.function-words.tsv` beside the morphology, or null when the data
 * package (or that file) is not installed. Read anew on each call: the caller keeps what it makes.
 */
export function functionWordText(language: Language): string | null {
  const file = besideData(locate(language), '.function-words.tsv')
  return file && existsSync(file) ? readFileSync(file, 'utf8') : null
}

/** The current locator, as a key for what callers cache per data package. */
export function currentLocator(): DataLocator {
  return locate
}
