// A language's full-form morphology, held as lemmas pointing into shared paradigms, read from the
// blocks of a `fonte-morphology/2` table (see `pack.ts`) as look-ups need them: a form is
// analysed by looking its endings up in the `endings` section and the lemmas they make in the
// `lemmas` section, each a binary search in one decompressed block.
import { createRequire } from 'node:module'
import type * as Zlib from 'node:zlib'
import { emptyHash, hashOn, mayHoldHash, type FilterIndex } from './filter.js'
import { packedFormat, splitCell, type PackedHeader, type SectionName } from './pack.js'
import type { SectionIndex } from './pack.js'
import { numberAt } from './sorted-text.js'
import { parseTag, type Tag } from './tag.js'
import type { PartOfSpeech } from './types.js'

export type { Tag } from './tag.js'

let zlib: typeof Zlib | undefined

/**
 * A brotli block decompressed. node:zlib is loaded by the first one: the tables of today's data
 * package are packed uncompressed, and a process that imports the lexicon need not pay ~5 ms of
 * CPU for it.
 */
function unbrotli(bytes: Uint8Array): Buffer {
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib
  return zlib.brotliDecompressSync(bytes)
}

/** One form of a paradigm: the ending that follows the stem, and its tag. */
type Cell = readonly [ending: string, tag: number]

/** One dictionary entry of a lemma (a lemma has one per part of speech). */
export interface Entry {
  /** Paradigm index. */
  paradigm: number
  /** How many of the data's sources list this lemma with this part of speech. */
  sources: number
}

/** A reading found in the table. */
export interface Found {
  lemma: string
  tag: Tag
  entry: Entry
}

/** The paradigms that have a form ending, with their tags and lemma-ending group. */
interface EndingIndex {
  triples: number[]
  lemmaEndings: string[]
  /** Where each paradigm's triples are in `triples`, in order. */
  cells: Map<number, number[]>
}

/** The key `head[0, headLength) + tail` as a string (most keys are one of the two parts). */
function keyOf(head: string, headLength: number, tail: string): string {
  const start = headLength === head.length ? head : head.slice(0, headLength)
  return tail === '' ? start : start + tail
}

/**
 * A block's text, searched with `indexOf` (native: a binary search over its lines, compared a
 * letter at a time, cost more in a fresh process, whose code runs unoptimised). Its lines are
 * numbered only when a section read by line number (`tags`, `paradigms`) asks.
 */
class Block {
  /** Where the last whole line ends: text after it (no newline) is not a line. */
  readonly end: number
  /** Line starts, and one past the end of the last line, once numbered. */
  private starts: Int32Array | undefined

  constructor(readonly text: string) {
    this.end = text.lastIndexOf('\n') + 1
  }

  /** How many lines the block has. */
  get count(): number {
    return this.lineStarts().length - 1
  }

  /** Line `line` without its newline. */
  line(line: number): string {
    const starts = this.lineStarts()
    return this.text.slice(starts[line], starts[line + 1]! - 1)
  }

  /** The start of each line, and one past the end of the last. */
  private lineStarts(): Int32Array {
    if (this.starts) return this.starts
    let count = 0
    for (
      let at = this.text.indexOf('\n');
      at >= 0 && at < this.end;
      at = this.text.indexOf('\n', at + 1)
    )
      count++
    const starts = new Int32Array(count + 1)
    for (let line = 1; line <= count; line++)
      starts[line] = this.text.indexOf('\n', starts[line - 1]!) + 1
    return (this.starts = starts)
  }

  /** Whether the line starting at `start` has the key `key` (its field up to a tab or line end). */
  hasKeyAt(start: number, key: string): boolean {
    if (start >= this.end || !this.text.startsWith(key, start)) return false
    const after = this.text.charCodeAt(start + key.length)
    return after === 9 || after === 10
  }

  /** The start of the first line whose key is `key`, or -1. */
  keyStart(key: string): number {
    if (this.hasKeyAt(0, key)) return 0
    const needle = `\n${key}`
    for (
      let at = this.text.indexOf(needle);
      at >= 0 && at < this.end;
      at = this.text.indexOf(needle, at + 1)
    )
      if (this.hasKeyAt(at + 1, key)) return at + 1
    return -1
  }

  /** What follows the key `key` and its tab in the line starting at `start` ('' when nothing). */
  rest(start: number, key: string): string {
    const keyEnd = start + key.length
    const lineEnd = this.text.indexOf('\n', keyEnd)
    return this.text.slice(keyEnd + 1, Math.max(keyEnd + 1, lineEnd))
  }
}

/** The lines of `key` in a keyed section: the block, and where the first of them starts. */
interface Run {
  block: Block
  start: number
  key: string
}

/** Bytes `[start, end)` of a packed table's body (what follows its header line), and their text. */
export interface BodyReader {
  bytes(start: number, end: number): Buffer
  text(start: number, end: number): string
}

/** One section of a packed table, its blocks decompressed when first read. */
class Section {
  private readonly blocks: Array<Block | undefined>
  private readonly compressed: boolean

  constructor(
    private readonly read: BodyReader,
    private readonly index: SectionIndex,
    compressed: boolean,
  ) {
    this.compressed = compressed && !index.raw
    this.blocks = new Array<Block | undefined>(index.first.length)
  }

  /** Block `number`, decompressed once. */
  block(number: number): Block {
    const block = this.blocks[number]
    if (block) return block
    const start = this.index.offsets[number]!
    const end = this.index.offsets[number + 1]!
    const text = this.compressed
      ? unbrotli(this.read.bytes(start, end)).toString('utf8')
      : this.read.text(start, end)
    return (this.blocks[number] = new Block(text))
  }

  /** Line `number` of the section (undefined past its end). */
  line(number: number): string | undefined {
    const { lines } = this.index
    let low = 0
    let high = lines.length
    // The last block whose first line is at most `number`.
    while (low < high) {
      const middle = (low + high) >>> 1
      if (lines[middle]! <= number) low = middle + 1
      else high = middle
    }
    if (low === 0 || !Number.isInteger(number)) return undefined
    const block = this.block(low - 1)
    const line = number - lines[low - 1]!
    return line < block.count ? block.line(line) : undefined
  }

  /** The lines whose key is `head[0, headLength) + tail`, or null when there are none. */
  find(head: string, headLength: number, tail: string): Run | null {
    const key = keyOf(head, headLength, tail)
    const { first } = this.index
    let low = 0
    let high = first.length
    // The last block whose first key is at most the key: the key's lines are all in it.
    while (low < high) {
      const middle = (low + high) >>> 1
      if (key >= first[middle]!) low = middle + 1
      else high = middle
    }
    if (low === 0) return null
    const block = this.block(low - 1)
    const start = block.keyStart(key)
    return start < 0 ? null : { block, start, key }
  }
}

const sectionNames: readonly SectionName[] = ['tags', 'paradigms', 'endings', 'counts', 'lemmas']

/** The header of a packed table, or null when `data` is not one. */
function headerOf(data: Buffer): PackedHeader | null {
  const newline = data.indexOf(10)
  if (newline < 0) return null
  try {
    const header = JSON.parse(data.toString('utf8', 0, newline)) as PackedHeader | null
    return header?.format === packedFormat &&
      Array.isArray(header.lemmaEndings) &&
      sectionNames.every((name) => Array.isArray(header.sections?.[name]?.offsets))
      ? header
      : null
  } catch {
    return null
  }
}

/** A section's filter: its bits, read when first needed, and its hash count. */
class Filter {
  private bits: Uint8Array | undefined

  constructor(
    private readonly read: BodyReader,
    private readonly index: FilterIndex,
  ) {}

  /** Whether the section may have the key of hash `hash` (`filter.ts`; false: it has not). */
  mayHold(hash: number): boolean {
    this.bits ??= this.read.bytes(this.index.start, this.index.end)
    return mayHoldHash(this.bits, this.index.hashes, hash)
  }
}

/** The filter of `index` when the header describes one well, else null (the keys are searched). */
function filterOf(read: BodyReader, index: FilterIndex | undefined): Filter | null {
  if (typeof index !== 'object' || index === null) return null
  const { start, end, hashes } = index
  const integers = [start, end, hashes].every(Number.isSafeInteger)
  return integers && start >= 0 && end > start && hashes > 0 && hashes <= 64
    ? new Filter(read, index)
    : null
}

/** Whether `data` starts like a packed (`fonte-morphology/2`) table. */
export function isPackedTable(data: Uint8Array): boolean {
  const start = `{"format":"${packedFormat}"`
  return (
    Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, start.length)).toString(
      'latin1',
    ) === start
  )
}

/**
 * Sorts the matches `(cell position, code position, code)` of `hitReadings` by cell, then code
 * position: the order a loop over every cell met them in (insertion sort: mostly one or two).
 */
function inCellOrder(matches: number[]): void {
  for (let at = 3; at < matches.length; at += 3) {
    const cell = matches[at]!
    const number = matches[at + 1]!
    const code = matches[at + 2]!
    let to = at
    while (
      to > 0 &&
      (matches[to - 3]! > cell || (matches[to - 3] === cell && matches[to - 2]! > number))
    ) {
      matches[to] = matches[to - 3]!
      matches[to + 1] = matches[to - 2]!
      matches[to + 2] = matches[to - 1]!
      to -= 3
    }
    matches[to] = cell
    matches[to + 1] = number
    matches[to + 2] = code
  }
}

/** The scratch array of `prefixHashes` (an analysis is never inside another). */
let prefixes = new Uint32Array(72)

/**
 * The hash of each beginning of `form`: `[i]` is that of `form[0, i)` (`filter.ts`), for the
 * candidate lemmas' hashes, which are a beginning of the form and a lemma ending. Valid until the
 * next call.
 */
function prefixHashes(form: string): Uint32Array {
  if (prefixes.length <= form.length) prefixes = new Uint32Array(form.length * 2 + 1)
  let hash = emptyHash
  prefixes[0] = hash
  for (let index = 0; index < form.length; index++)
    prefixes[index + 1] = hash = hashOn(hash, form, index, index + 1)
  return prefixes
}

/** A language's morphology table. */
export class MorphologyTable {
  /** The tags, by id, parsed when first needed. */
  private readonly tags: Array<Tag | undefined> = []
  private readonly lemmaEndings: readonly string[]
  private readonly longest: Readonly<Record<string, number>>
  private readonly sections: Record<SectionName, Section>
  /** How lemmas begin (see `PackedHeader.beginnings`); null in a table packed without them. */
  private readonly beginnings: Set<string> | null
  /** The filters of the lemmas and of the endings (null in a table packed without them). */
  private readonly lemmaFilter: Filter | null
  private readonly endingFilter: Filter | null
  /** The cells of each paradigm, parsed when first needed. */
  private readonly cells: Array<readonly Cell[] | undefined> = []
  /** Form endings already looked up (keyed reversed), grouped by their paradigms' lemma endings. */
  private readonly grouped = new Map<string, EndingIndex>()
  /** The first cell's ending of a paradigm with some features (`firstFormWith`), by both. */
  private readonly firstCells = new Map<string, string | null>()
  /** Lemma counts by part of speech, by lemma ending, as looked up. */
  private readonly counts = new Map<string, Map<string, number>>()

  /**
   * Reads the header of a packed table (see `packMorphology`); the blocks are read when a
   * look-up needs them, from `data` or, when given, through `read` (`data` then needs to hold
   * the header line only).
   *
   * @throws {TypeError} when `data` is not a `fonte-morphology/2` table.
   */
  constructor(data: Uint8Array, read?: BodyReader) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    const header = headerOf(buffer)
    if (!header)
      throw new TypeError('@fonte/lexicon: the morphology data is not a fonte-morphology/2 file')
    const body = buffer.subarray(buffer.indexOf(10) + 1)
    const reader: BodyReader = read ?? {
      bytes: (start, end) => body.subarray(start, end),
      text: (start, end) => body.toString('utf8', start, end),
    }
    const compressed = header.compression !== 'none'
    this.sections = Object.fromEntries(
      sectionNames.map((name) => [name, new Section(reader, header.sections[name], compressed)]),
    ) as Record<SectionName, Section>
    this.lemmaEndings = header.lemmaEndings
    this.beginnings =
      typeof header.beginnings === 'string' ? new Set(header.beginnings.split(' ')) : null
    this.longest = header.longest ?? {}
    this.lemmaFilter = filterOf(reader, header.filters?.lemmas)
    this.endingFilter = filterOf(reader, header.filters?.endings)
  }

  /** Tag `id` (an empty `OTHER` for an id the table does not have, as a malformed cell's). */
  tag(id: number): Tag {
    let tag = this.tags[id]
    if (tag) return tag
    const line = this.sections.tags.line(id)
    tag = line === undefined ? { pos: 'OTHER', features: {} } : parseTag(line)
    if (line !== undefined) this.tags[id] = tag
    return tag
  }

  /** The cells of paradigm `id`, parsed once (none for an id the table does not have). */
  private cellsOf(id: number): readonly Cell[] {
    let cells = this.cells[id]
    if (cells) return cells
    const line = this.sections.paradigms.line(id)
    if (line === undefined) return []
    const tab = line.indexOf('\t')
    // A line without a tab is all cells (as `pack.ts` reads it).
    cells = line
      .slice(tab + 1)
      .split(' ')
      .map(splitCell)
    return (this.cells[id] = cells)
  }

  /**
   * The entry codes (paradigm × 4 + sources) of the lemma `head[0, headLength) + tail`; with
   * `prefixed`, `head` is the form of the analysis under way, whose beginnings' hashes
   * `prefixHashes` holds (`filter.ts`). Read here, not passed: a hash is mostly beyond a small
   * integer, and passing it from code V8 has not optimised yet makes a heap number.
   */
  private search(
    head: string,
    headLength: number,
    tail: string,
    prefixed = false,
  ): number | number[] | undefined {
    if (this.lemmaFilter) {
      const headHash = prefixed ? prefixes[headLength]! : hashOn(emptyHash, head, 0, headLength)
      const hash = hashOn(headHash, tail, 0, tail.length)
      if (!this.lemmaFilter.mayHold(hash)) return undefined
    } else if (this.beginnings) {
      const beginning =
        headLength >= 2
          ? head.slice(0, 2)
          : head.slice(0, headLength) + tail.slice(0, 2 - headLength)
      if (!this.beginnings.has(beginning)) return undefined
    }
    const run = this.sections.lemmas.find(head, headLength, tail)
    if (!run) return undefined
    const { block, key } = run
    const text = block.text
    let codes: number | number[] | undefined
    for (let start = run.start; block.hasKeyAt(start, key);) {
      const tab = start + key.length
      const tab2 = text.indexOf('\t', tab + 1)
      const end = text.indexOf('\n', tab)
      const code = numberAt(text, tab + 1, tab2) * 4 + numberAt(text, tab2 + 1, end)
      if (codes === undefined) codes = code
      else if (typeof codes === 'number') codes = [codes, code]
      else codes.push(code)
      start = end + 1
    }
    return codes
  }

  /** The entries of `lemma` (none when unknown). */
  private entries(lemma: string): Entry[] {
    const codes = this.search(lemma, lemma.length, '')
    if (codes === undefined) return []
    return (typeof codes === 'number' ? [codes] : codes).map((code) => ({
      paradigm: code >> 2,
      sources: code & 3,
    }))
  }

  /** Whether `lemma` is a lemma of the table. */
  has(lemma: string): boolean {
    return this.search(lemma, lemma.length, '') !== undefined
  }

  /**
   * The paradigms with a form in the ending `gnidne` reversed (its key in the data), grouped by
   * their lemma ending (null when none).
   */
  private endingIndex(gnidne: string): EndingIndex | null {
    let index = this.grouped.get(gnidne)
    if (index) return index
    const filter = this.endingFilter
    if (filter && !filter.mayHold(hashOn(emptyHash, gnidne, 0, gnidne.length))) return null
    const run = this.sections.endings.find(gnidne, gnidne.length, '')
    // Endings no form has are not remembered: any word has them, the Map would grow unbounded.
    if (!run) return null
    index = { triples: [], lemmaEndings: [], cells: new Map() }
    const pairs = run.block.rest(run.start, run.key).split(' ')
    for (let number = 0; number < pairs.length; number++) {
      const pair = pairs[number]!
      const colon = pair.indexOf(':')
      const paradigm = Number(pair.slice(0, colon))
      const lemmaEnding = this.lemmaEndings[paradigm] ?? ''
      // At most a few lemma endings per form ending: a linear search is cheaper than a Map.
      let group = index.lemmaEndings.indexOf(lemmaEnding)
      if (group < 0) group = index.lemmaEndings.push(lemmaEnding) - 1
      const at = index.triples.push(paradigm, Number(pair.slice(colon + 1)), group) - 3
      const cells = index.cells.get(paradigm)
      if (cells) cells.push(at)
      else index.cells.set(paradigm, [at])
    }
    this.grouped.set(gnidne, index)
    return index
  }

  /** Every reading of `form` (exact spelling). */
  analyse(form: string): Found[] {
    const found: Found[] = []
    // Every non-empty ending of `form` ends in its last letter: that letter bounds the lengths.
    const last = form.slice(-1)
    const longest = Math.min(
      form.length,
      Object.hasOwn(this.longest, last) ? this.longest[last]! : 0,
    )
    prefixHashes(form)
    // The ending reversed, one letter longer each time: the `endings` section's key.
    let gnidne = ''
    for (let length = 0; length <= longest; length++) {
      if (length > 0) gnidne += form[form.length - length]!
      const index = this.endingIndex(gnidne)
      if (!index) continue
      const stemLength = form.length - length
      // Which lemma endings make a known lemma: most make none, and then no paradigm is looked at.
      let hits: Array<number | number[] | undefined> | undefined
      const { lemmaEndings } = index
      for (let group = 0; group < lemmaEndings.length; group++) {
        const codes = this.search(form, stemLength, lemmaEndings[group]!, true)
        if (codes === undefined) continue
        hits ??= new Array<undefined>(lemmaEndings.length)
        hits[group] = codes
      }
      if (hits) this.hitReadings(form.slice(0, stemLength), index, hits, found)
    }
    return found
  }

  /**
   * Pushes onto `found` the readings of the ending's cells whose paradigm is an entry of a lemma
   * found (`hits`: the entry codes of each lemma-ending group's lemma), in the order of the cells,
   * then of the codes. Only the found paradigms' cells are looked at: a short ending has the
   * cells of hundreds of paradigms, of which one or two are a lemma's.
   */
  private hitReadings(
    stem: string,
    index: EndingIndex,
    hits: Array<number | number[] | undefined>,
    found: Found[],
  ): void {
    const { triples, lemmaEndings, cells } = index
    // Each match as (cell position, code position, code). Indexed loops, not `for…of`: a word's
    // first analyses run before V8 optimises them, and an iterator then allocates per step.
    const matches: number[] = []
    for (let group = 0; group < hits.length; group++) {
      const codes = hits[group]
      if (codes === undefined) continue
      const count = typeof codes === 'number' ? 1 : codes.length
      for (let number = 0; number < count; number++) {
        const code = typeof codes === 'number' ? codes : codes[number]!
        const positions = cells.get(code >> 2)
        if (positions === undefined) continue
        for (let cell = 0; cell < positions.length; cell++)
          if (triples[positions[cell]! + 2] === group) matches.push(positions[cell]!, number, code)
      }
    }
    inCellOrder(matches)
    for (let match = 0; match < matches.length; match += 3) {
      const at = matches[match]!
      const code = matches[match + 2]!
      found.push({
        lemma: stem + lemmaEndings[triples[at + 2]!]!,
        tag: this.tag(triples[at + 1]!),
        entry: { paradigm: triples[at]!, sources: code & 3 },
      })
    }
  }

  /**
   * How many lemmas of `pos` end in `ending` (their last `countWidth` letters, or the whole of a
   * shorter lemma), counted when the table was packed.
   */
  lemmasEndingIn(ending: string, pos: PartOfSpeech): number {
    let counts = this.counts.get(ending)
    if (!counts) {
      counts = new Map()
      const run = this.sections.counts.find(ending, ending.length, '')
      const pairs = run ? run.block.rest(run.start, run.key).split(' ') : []
      for (let number = 0; number < pairs.length; number++) {
        const pair = pairs[number]!
        const colon = pair.lastIndexOf(':')
        counts.set(pair.slice(0, colon), Number(pair.slice(colon + 1)))
      }
      // Guessed lemmas end in anything: the Map is bounded as the other caches are.
      if (this.counts.size >= 50_000) this.counts.clear()
      this.counts.set(ending, counts)
    }
    return counts.get(pos) ?? 0
  }

  /**
   * The first form of `lemma` (in the order of {@link forms}) whose tag has every feature of
   * `wanted` (undefined: has not that feature), without making the others. Which cell of a
   * paradigm that is, is remembered: a verb's paradigm has hundreds of cells, and every past
   * participle read asks for its masculine singular.
   */
  firstFormWith(
    lemma: string,
    wanted: Readonly<Record<string, string | undefined>>,
  ): string | undefined {
    let signature = ''
    for (const name in wanted) signature += `${name}\u0000${wanted[name] ?? '\u0001'}\u0000`
    const entries = this.entries(lemma)
    for (let number = 0; number < entries.length; number++) {
      const { paradigm } = entries[number]!
      const key = `${paradigm}\t${signature}`
      let ending = this.firstCells.get(key)
      if (ending === undefined)
        this.firstCells.set(key, (ending = this.firstCell(paradigm, wanted)))
      if (ending === null) continue
      const lemmaEnding = this.lemmaEndings[paradigm] ?? ''
      return lemma.slice(0, lemma.length - lemmaEnding.length) + ending
    }
    return undefined
  }

  /**
   * The ending of the first cell of paradigm `id` whose tag has every feature of `wanted` (null:
   * none), read from the paradigm's line cell by cell as `cellsOf` splits it, without parsing
   * the cells after it.
   */
  private firstCell(
    id: number,
    wanted: Readonly<Record<string, string | undefined>>,
  ): string | null {
    const line = this.sections.paradigms.line(id)
    if (line === undefined) return null
    for (let start = line.indexOf('\t') + 1; ;) {
      let end = line.indexOf(' ', start)
      if (end < 0) end = line.length
      const cell = splitCell(line.slice(start, end))
      const { features } = this.tag(cell[1])
      let matches = true
      for (const name in wanted) if (features[name] !== wanted[name]) matches = false
      if (matches) return cell[0]
      if (end === line.length) return null
      start = end + 1
    }
  }

  /** Every [form, tag] of `lemma`, in paradigm order, for each of its entries. */
  forms(lemma: string): Array<{ form: string; tag: Tag; entry: Entry }> {
    const result: Array<{ form: string; tag: Tag; entry: Entry }> = []
    for (const entry of this.entries(lemma)) {
      const lemmaEnding = this.lemmaEndings[entry.paradigm] ?? ''
      const stem = lemma.slice(0, lemma.length - lemmaEnding.length)
      for (const [ending, tag] of this.cellsOf(entry.paradigm))
        result.push({ form: stem + ending, tag: this.tag(tag), entry })
    }
    return result
  }
}
