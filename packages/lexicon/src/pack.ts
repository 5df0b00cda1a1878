// The `fonte-morphology/2` layout: a JSON header line, then sections of sorted text lines cut
// into blocks of a few kilobytes, each compressed on its own. A look-up decompresses only the
// blocks it needs, so the first word a process analyses does not pay for the whole table (the
// `fonte-morphology/1` text, one brotli stream of 2 MB, cost 200 ms before any answer).
//
// Sections (lines `key<TAB>…`, keyed sections sorted by key in JavaScript's string order):
// - `tags`: `POS|Feature=Value|…`, one per tag id;
// - `paradigms`: `lemmaEnding<TAB>ending:tag ending:tag…`, one per paradigm id (as in /1);
// - `endings`: `gnidnEmrof<TAB>paradigm:tag paradigm:tag…`, the paradigms that have a form of that
//   ending, in paradigm order, then cell order (what /1 built at run time by reading every cell),
//   keyed by the ending reversed;
// - `counts`: `lemmaEnding<TAB>POS:count POS:count…`, how many lemmas of each part of speech end
//   in those `countWidth` letters (what /1 counted at run time by reading every lemma);
// - `lemmas`: `lemma<TAB>paradigm<TAB>sources`, as in /1, in uncompressed blocks of 2 KB.
// After the sections, raw, a Bloom filter of the keys of `lemmas` and one of `endings` (header
// `filters`; tables packed before them have none, and are read as they were).
import { createRequire } from 'node:module'
import type * as Zlib from 'node:zlib'
import { buildFilter, filterHashes, type FilterIndex } from './filter.js'
import { parseTag } from './tag.js'

/** The format name written in the header of a packed table. */
export const packedFormat = 'fonte-morphology/2'

/** How many final letters of a lemma the `counts` section counts by. */
export const countWidth = 4

/** The names of a packed table's sections. */
export type SectionName = 'tags' | 'paradigms' | 'endings' | 'counts' | 'lemmas'

/** Where a section's blocks are: block `i` is bytes `[offsets[i], offsets[i + 1])` of the body. */
export interface SectionIndex {
  /** The key of each block's first line ('' in sections that are not keyed). */
  first: string[]
  /** The number of each block's first line in the section. */
  lines: number[]
  /** Byte offsets of the blocks in the body (one more than there are blocks). */
  offsets: number[]
  /**
   * Whether the blocks are stored uncompressed (`lemmas`, in blocks of 2 KB: the look-ups of a
   * term base touch most of its blocks, and decompressing them cost more than reading them).
   */
  raw?: boolean
}

/** The header line of a packed table. */
export interface PackedHeader {
  format: typeof packedFormat
  /** `br` (each block brotli-compressed) or `none`. */
  compression: 'br' | 'none'
  /** What the `fonte-morphology/1` header said (language, sources, counts), kept as it was. */
  source: Record<string, unknown>
  /** Each paradigm's lemma ending, by paradigm id. */
  lemmaEndings: string[]
  /** The longest form ending by its last UTF-16 unit ('' for the empty ending). */
  longest: Record<string, number>
  /**
   * The first two UTF-16 units of every lemma (one for a one-letter lemma), sorted, joined by
   * spaces: a candidate lemma no lemma begins like is rejected without a search (optional).
   */
  beginnings?: string
  sections: Record<SectionName, SectionIndex>
  /**
   * Bloom filters of the keys of the `lemmas` and `endings` sections (see `filter.ts`), after the
   * last section's blocks (optional: a table packed before them is searched for every key).
   */
  filters?: Partial<Record<'lemmas' | 'endings', FilterIndex>>
}

/** Options of `packMorphology`. */
export interface PackOptions {
  /** Compress the blocks with brotli (default: `true`; off for a table packed at load). */
  compress?: boolean | undefined
  /** Bytes per block, about (default: 8,192 compressed, 2,048 uncompressed, as the lemmas are). */
  blockSize?: number | undefined
}

/** A section's lines, and the key of each (null when the section is not keyed). */
interface Lines {
  lines: string[]
  keys: string[] | null
}

/** The text before the first tab (the whole line without one). */
function keyOf(line: string): string {
  const tab = line.indexOf('\t')
  return tab < 0 ? line : line.slice(0, tab)
}

/** The well-formed lemma lines (`lemma<TAB>paradigm<TAB>sources`), sorted stably by lemma. */
function lemmaLines(text: string): string[] {
  const lines = text.split('\n').filter((line) => {
    const tab = line.indexOf('\t')
    return tab > 0 && line.indexOf('\t', tab + 1) > tab
  })
  const keys = lines.map(keyOf)
  const sorted = keys.every((key, index) => index === 0 || keys[index - 1]! <= key)
  if (sorted) return lines
  const order = keys.map((_, index) => index)
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b))
  return order.map((index) => lines[index]!)
}

/** A paradigm line's lemma ending and cells text, read as /1 reads them. */
function splitParadigm(line: string): [lemmaEnding: string, cells: string] {
  const tab = line.indexOf('\t')
  if (tab >= 0) return [line.slice(0, tab), line.slice(tab + 1)]
  // A line without a tab: /1 took all but its last character as the lemma ending.
  return [line.slice(0, Math.max(0, line.length - 1)), line]
}

/** A cell `ending:tag` as [ending, tag] (the ending may hold colons). */
export function splitCell(cell: string): [ending: string, tag: number] {
  const colon = cell.lastIndexOf(':')
  return [cell.slice(0, colon), Number(cell.slice(colon + 1))]
}

/** `text` with its UTF-16 units in reverse order. */
export function reversed(text: string): string {
  let result = ''
  for (let index = text.length - 1; index >= 0; index--) result += text[index]
  return result
}

/** Orders [key, line] pairs by key (UTF-16 code units). */
function byKey(a: Array<string | undefined>, b: Array<string | undefined>): number {
  return a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0
}

/** The `endings` lines, sorted, and the longest ending by last letter. */
function endingLines(paradigms: string[]): { lines: string[]; longest: Record<string, number> } {
  const byEnding = new Map<string, string[]>()
  const longest: Record<string, number> = {}
  paradigms.forEach((line, id) => {
    for (const cell of splitParadigm(line)[1].split(' ')) {
      const [ending, tag] = splitCell(cell)
      const pairs = byEnding.get(ending)
      if (pairs) pairs.push(`${id}:${tag}`)
      else byEnding.set(ending, [`${id}:${tag}`])
      const last = ending.slice(-1)
      longest[last] = Math.max(longest[last] ?? 0, ending.length)
    }
  })
  // Keyed by the ending reversed: the endings of one word (`o`, `to`, `ato`…) are then neighbours,
  // in one block or two, not one block each.
  const lines = [...byEnding].map(([ending, pairs]) => `${reversed(ending)}\t${pairs.join(' ')}`)
  return {
    lines: lines
      .map((line) => [keyOf(line), line])
      .sort(byKey)
      .map(([, line]) => line!),
    longest,
  }
}

/** The `counts` lines: lemmas by their last `countWidth` letters and part of speech. */
function countLines(lemmas: string[], paradigms: string[], tags: string[]): string[] {
  const counts = new Map<string, Map<string, number>>()
  const posOfParadigm = paradigms.map((line) => {
    const first = splitParadigm(line)[1].split(' ')[0]!
    const tag = tags[splitCell(first)[1]]
    return tag === undefined ? undefined : parseTag(tag).pos
  })
  for (const line of lemmas) {
    const tab = line.indexOf('\t')
    const pos = posOfParadigm[Number(line.slice(tab + 1, line.indexOf('\t', tab + 1)))]
    if (pos === undefined) continue
    const ending = line.slice(Math.max(0, tab - countWidth), tab)
    let byPos = counts.get(ending)
    if (!byPos) counts.set(ending, (byPos = new Map()))
    byPos.set(pos, (byPos.get(pos) ?? 0) + 1)
  }
  return [...counts.keys()].sort().map((ending) => {
    const pairs = [...counts.get(ending)!].map(([pos, count]) => `${pos}:${count}`)
    return `${ending}\t${pairs.join(' ')}`
  })
}

/** The sections of a `fonte-morphology/1` text, and what the header needs besides the blocks. */
function readVersion1(text: string) {
  const tagsAt = text.indexOf('\n#tags\n')
  const paradigmsAt = text.indexOf('\n#paradigms\n', tagsAt)
  const lemmasAt = text.indexOf('\n#lemmas\n', paradigmsAt)
  if (tagsAt < 0 || paradigmsAt < 0 || lemmasAt < 0)
    throw new TypeError('@fonte/lexicon: the morphology data is not a fonte-morphology/1 file')
  let source: Record<string, unknown> = {}
  try {
    source = JSON.parse(text.slice(0, tagsAt)) as Record<string, unknown>
  } catch {
    // A header that is not JSON says nothing the table needs.
  }
  const tags = text.slice(tagsAt + 7, paradigmsAt).split('\n')
  const paradigms =
    paradigmsAt + 12 <= lemmasAt ? text.slice(paradigmsAt + 12, lemmasAt).split('\n') : []
  const lemmas = lemmaLines(text.slice(lemmasAt + 9))
  const endings = endingLines(paradigms)
  const sections: Record<SectionName, Lines> = {
    tags: { lines: tags, keys: null },
    paradigms: { lines: paradigms, keys: null },
    endings: { lines: endings.lines, keys: endings.lines.map(keyOf) },
    counts: { lines: countLines(lemmas, paradigms, tags), keys: null },
    lemmas: { lines: lemmas, keys: lemmas.map(keyOf) },
  }
  sections.counts.keys = sections.counts.lines.map(keyOf)
  const lemmaEndings = paradigms.map((line) => splitParadigm(line)[0])
  return { source, sections, lemmaEndings, longest: endings.longest }
}

/**
 * A section cut into blocks of about `size` bytes; lines of one key stay in one block, so that a
 * look-up finds all of them in the block its key falls in.
 */
function blocksOf(
  { lines, keys }: Lines,
  size: number,
): Array<{ first: string; line: number; text: string }> {
  const blocks: Array<{ first: string; line: number; text: string }> = []
  let start = 0
  let length = 0
  for (let index = 0; index <= lines.length; index++) {
    const full = length >= size && (keys === null || keys[index] !== keys[index - 1])
    if (index > start && (index === lines.length || full)) {
      const text = `${lines.slice(start, index).join('\n')}\n`
      blocks.push({ first: keys?.[start] ?? '', line: start, text })
      start = index
      length = 0
    }
    length += (lines[index]?.length ?? 0) + 1
  }
  return blocks
}

/**
 * `text` brotli-compressed, for a block read on its own (a small window decodes faster). node:zlib
 * is loaded here: a process that only reads packed tables (and imports this module for their
 * layout) need not pay ~5 ms of CPU for it.
 */
function compressed(text: string): Buffer {
  const { brotliCompressSync, constants } = createRequire(import.meta.url)(
    'node:zlib',
  ) as typeof Zlib
  const raw = Buffer.from(text, 'utf8')
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 16,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  })
}

/**
 * Packs the text of a `fonte-morphology/1` table into the `fonte-morphology/2` layout (see the
 * top of this file). The build writes it into the data package; the loader packs an older data
 * package's table on the fly, uncompressed.
 *
 * @throws {TypeError} when `text` is not a `fonte-morphology/1` table.
 */
export function packMorphology(text: string, options: PackOptions = {}): Uint8Array {
  const { source, sections, lemmaEndings, longest } = readVersion1(text)
  const beginnings = [...new Set(sections.lemmas.keys!.map((key) => key.slice(0, 2)))].sort()
  const compress = options.compress ?? true
  // Uncompressed blocks are read and indexed whole on first use: small ones, as the lemmas'.
  const rawSize = options.blockSize ?? 2048
  const size = options.blockSize ?? (compress ? 8192 : rawSize)
  const parts: Buffer[] = []
  let offset = 0
  const index = {} as Record<SectionName, SectionIndex>
  for (const name of Object.keys(sections) as SectionName[]) {
    const raw = name === 'lemmas'
    const section: SectionIndex = {
      first: [],
      lines: [],
      offsets: [offset],
      ...(raw ? { raw } : {}),
    }
    for (const block of blocksOf(sections[name], raw ? rawSize : size)) {
      const bytes = compress && !raw ? compressed(block.text) : Buffer.from(block.text, 'utf8')
      parts.push(bytes)
      offset += bytes.length
      section.first.push(block.first)
      section.lines.push(block.line)
      section.offsets.push(offset)
    }
    index[name] = section
  }
  const filters: PackedHeader['filters'] = {}
  for (const name of ['lemmas', 'endings'] as const) {
    const bits = buildFilter(sections[name].keys!)
    parts.push(Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength))
    filters[name] = { start: offset, end: offset + bits.byteLength, hashes: filterHashes }
    offset += bits.byteLength
  }
  const header: PackedHeader = {
    format: packedFormat,
    compression: compress ? 'br' : 'none',
    source,
    lemmaEndings,
    longest,
    beginnings: beginnings.join(' '),
    sections: index,
    filters,
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...parts])
}
