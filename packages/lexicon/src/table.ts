// A language's full-form morphology, held as lemmas pointing into shared paradigms, with an index
// from form endings back to paradigms so that a form is analysed by at most one Map lookup per
// ending length instead of a Map entry per form.
import type { PartOfSpeech } from './types.js'

/** A part of speech with its features, as stored in the data (one row of `#tags`). */
export interface Tag {
  /** Part of speech. */
  pos: PartOfSpeech
  /** UD features. */
  features: Readonly<Record<string, string>>
}

/** One form of a paradigm: the ending that follows the stem, and its tag. */
type Cell = readonly [ending: string, tag: number]

/**
 * A paradigm: what follows the stem in the lemma, and where its forms' cells are in the text
 * (`ending:tag` separated by spaces), parsed into `cells` when first asked for.
 */
interface Paradigm {
  lemmaEnding: string
  start: number
  end: number
  cells: readonly Cell[] | null
}

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

/** The paradigms that have a form ending, grouped: see `MorphologyTable.grouped`. */
interface EndingIndex {
  triples: number[]
  lemmaEndings: string[]
}

/** The number written in `text` from `start` to `end` (ASCII digits; NaN for anything else). */
function numberAt(text: string, start: number, end: number): number {
  if (start >= end) return Number(text.slice(start, end))
  let value = 0
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return Number(text.slice(start, end))
    value = value * 10 + digit
  }
  return value
}

/** `array` copied into one twice as long. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

/** Compares `text[a, aEnd)` with `text[b, bEnd)` by UTF-16 code units, as `<` compares strings. */
function compareAt(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  const length = Math.min(aEnd - a, bEnd - b)
  for (let index = 0; index < length; index++) {
    const difference = text.charCodeAt(a + index) - text.charCodeAt(b + index)
    if (difference !== 0) return difference
  }
  return aEnd - a - (bEnd - b)
}

/**
 * Compares `head[0, headLength) + tail` (a lemma not built as a string) with `text[start, end)`
 * by UTF-16 code units.
 */
function compareTo(
  head: string,
  headLength: number,
  tail: string,
  text: string,
  start: number,
  end: number,
): number {
  const wordLength = headLength + tail.length
  const length = Math.min(wordLength, end - start)
  for (let index = 0; index < length; index++) {
    const code = index < headLength ? head.charCodeAt(index) : tail.charCodeAt(index - headLength)
    const difference = code - text.charCodeAt(start + index)
    if (difference !== 0) return difference
  }
  return wordLength - (end - start)
}

/**
 * A number for the first two UTF-16 code units of the word of `length` units at `start` in
 * `text` (continued by `tail` from `headLength` on): one-letter words have their own number.
 */
function prefixKey(
  text: string,
  start: number,
  length: number,
  tail = '',
  headLength = length,
): number {
  const unit = (index: number) =>
    index < headLength ? text.charCodeAt(start + index) : tail.charCodeAt(index - headLength)
  return unit(0) * 65537 + (length > 1 ? unit(1) + 1 : 0)
}

const known = new Set<string>(['NOUN', 'VERB', 'ADJ', 'AUX', 'ADV', 'PROPN', 'DET', 'PRON', 'ADP'])

/** Parses `POS|Feature=Value|…`. */
function parseTag(line: string): Tag {
  const [pos = 'OTHER', ...pairs] = line.split('|')
  const features: Record<string, string> = {}
  for (const pair of pairs) {
    const equals = pair.indexOf('=')
    features[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  return { pos: (known.has(pos) ? pos : 'OTHER') as PartOfSpeech, features }
}

/** A language's morphology table. */
export class MorphologyTable {
  readonly tags: Tag[] = []
  private readonly paradigms: Paradigm[] = []
  /** lemma → paradigm × 4 + sources, or several such codes for a lemma of several entries. */
  private readonly lemmas = new Map<string, number | number[]>()
  /**
   * Last UTF-16 unit of a form ending ('' for the empty ending) → form ending → paradigm, tag,
   * paradigm, tag… (flat: one array per ending, no objects). A bucket is made when a form with
   * that last letter is first analysed: a few look-ups do not pay for every paradigm's cells.
   */
  private readonly endings = new Map<string, Map<string, number[]>>()
  /** The longest form ending of each bucket of `endings`. */
  private readonly longest = new Map<string, number>()
  /**
   * The same, grouped by the paradigms' lemma endings, made when an ending is first looked at:
   * a form is checked with one lemma look-up per distinct lemma ending, not one per paradigm.
   */
  private readonly grouped = new Map<string, EndingIndex>()
  /** First letter → [start, end) of its lemma lines in `text`, until they are parsed. */
  private readonly runs = new Map<string, Array<[number, number]>>()
  /** Every letter's run, kept after the letter is loaded (for `lemmaEndingCounts`). */
  private readonly allRuns: Array<[number, number]> = []
  private text = ''
  /**
   * Where each well-formed lemma line starts and where its first tab is, in file order, when the
   * lines are sorted by UTF-16 code units (as the data package writes them): a lemma is then
   * found by binary search in the text, and no letter's lines need parsing into the Map.
   */
  private lineStarts: Int32Array | null = null
  private lineTabs: Int32Array | null = null
  /** The lines of each two-letter beginning (`prefixKey`) as [first, end): the search's range. */
  private readonly prefixes = new Map<number, [number, number]>()

  /** Parses the text of a `fonte-morphology/1` file. */
  constructor(text: string) {
    const tags = text.indexOf('\n#tags\n')
    const paradigms = text.indexOf('\n#paradigms\n', tags)
    const lemmas = text.indexOf('\n#lemmas\n', paradigms)
    if (tags < 0 || paradigms < 0 || lemmas < 0)
      throw new TypeError('@fonte/lexicon: the morphology data is not a fonte-morphology/1 file')
    for (const line of text.slice(tags + 7, paradigms).split('\n')) this.tags.push(parseTag(line))
    for (let start = paradigms + 12; start <= lemmas;) {
      let end = text.indexOf('\n', start)
      if (end < 0 || end > lemmas) end = lemmas
      this.addParadigm(text, start, end)
      start = end + 1
    }
    this.indexLemmas(text, lemmas + 9)
  }

  /** Notes the paradigm on `text[start, end)`; its cells are read when first needed. */
  private addParadigm(text: string, start: number, end: number): void {
    const tab = text.indexOf('\t', start)
    const inLine = tab >= 0 && tab < end
    // As `line.slice(0, tab)` with `tab` -1 when the line has none (a malformed line).
    const lemmaEnding = text.slice(start, inLine ? tab : Math.max(start, end - 1))
    this.paradigms.push({ lemmaEnding, start: inLine ? tab + 1 : start, end, cells: null })
  }

  /** The cell `text[start, end)` as [ending, tag] (`ending:tag`; the ending may hold colons). */
  private cellAt(start: number, end: number): Cell {
    const cell = this.text.slice(start, end)
    const colon = cell.lastIndexOf(':')
    return [cell.slice(0, colon), Number(cell.slice(colon + 1))]
  }

  /** The last UTF-16 unit of the ending of the cell `text[start, end)` ('' when empty). */
  private lastOfEnding(start: number, end: number): string {
    const colon = this.text.lastIndexOf(':', end - 1)
    // Without a colon, `cell.slice(0, -1)` is the ending.
    const endingEnd = colon >= start ? colon : end - 1
    return endingEnd > start ? this.text[endingEnd - 1]! : ''
  }

  /** The cells of paradigm `id`, parsed once. */
  private cellsOf(id: number): readonly Cell[] {
    const paradigm = this.paradigms[id]!
    if (paradigm.cells) return paradigm.cells
    const cells: Cell[] = []
    this.eachCell(paradigm, (start, end) => cells.push(this.cellAt(start, end)))
    return (paradigm.cells = cells)
  }

  /** Calls `visit` with the [start, end) of each cell of `paradigm`, in order. */
  private eachCell(paradigm: Paradigm, visit: (start: number, end: number) => void): void {
    const text = this.text
    for (let start = paradigm.start; ;) {
      let end = text.indexOf(' ', start)
      if (end < 0 || end > paradigm.end) end = paradigm.end
      visit(start, end)
      if (end >= paradigm.end) break
      start = end + 1
    }
  }

  /** The form endings whose last UTF-16 unit is `last`, with their paradigms and tags. */
  private endingsEndingIn(last: string): Map<string, number[]> {
    let bucket = this.endings.get(last)
    if (bucket) return bucket
    bucket = new Map()
    let longest = 0
    for (let id = 0; id < this.paradigms.length; id++) {
      this.eachCell(this.paradigms[id]!, (start, end) => {
        if (this.lastOfEnding(start, end) !== last) return
        const [ending, tag] = this.cellAt(start, end)
        const pairs = bucket!.get(ending)
        if (pairs) pairs.push(id, tag)
        else bucket!.set(ending, [id, tag])
        if (ending.length > longest) longest = ending.length
      })
    }
    this.endings.set(last, bucket)
    this.longest.set(last, longest)
    return bucket
  }

  /**
   * Notes where the lemmas of each first letter start and end. The lines are sorted, so each
   * letter's lines are one run, parsed into the Map when a lemma of that letter is first asked
   * for: the first call pays for one letter, not for 100,000 lemmas.
   */
  private indexLemmas(text: string, start: number): void {
    this.text = text
    let position = start
    let letter = ''
    let runStart = start
    let starts = new Int32Array(1 << 16)
    let tabs = new Int32Array(1 << 16)
    let count = 0
    let sorted = true
    let lastKey = -1
    let range: [number, number] | undefined
    while (position < text.length) {
      let end = text.indexOf('\n', position)
      if (end < 0) end = text.length
      const first = text[position] ?? ''
      if (first !== letter) {
        if (letter) this.addRun(letter, runStart, position)
        letter = first
        runStart = position
      }
      const tab = text.indexOf('\t', position)
      const tab2 = tab < 0 ? -1 : text.indexOf('\t', tab + 1)
      if (sorted && tab > position && tab2 > tab && tab2 < end) {
        if (count === starts.length) {
          starts = grown(starts)
          tabs = grown(tabs)
        }
        if (count > 0 && compareAt(text, starts[count - 1]!, tabs[count - 1]!, position, tab) > 0)
          sorted = false
        starts[count] = position
        tabs[count] = tab
        const key = prefixKey(text, position, tab - position)
        // Sorted lines of one prefix are consecutive: the Map is asked once per prefix, not per line.
        if (key !== lastKey || !range) {
          range = this.prefixes.get(key)
          if (!range) this.prefixes.set(key, (range = [count, count]))
          lastKey = key
        }
        range[1] = count + 1
        count++
      }
      position = end + 1
    }
    if (letter) this.addRun(letter, runStart, text.length)
    if (sorted) {
      this.lineStarts = starts.subarray(0, count)
      this.lineTabs = tabs.subarray(0, count)
    }
  }

  private addRun(letter: string, start: number, end: number): void {
    // Unsorted data may hold a letter's lines in several runs.
    const runs = this.runs.get(letter)
    if (runs) runs.push([start, end])
    else this.runs.set(letter, [[start, end]])
    this.allRuns.push([start, end])
  }

  /** Parses the lemma lines of one first letter into the Map (once). */
  private load(letter: string): void {
    const runs = this.runs.get(letter)
    if (!runs) return
    this.runs.delete(letter)
    for (const run of runs) this.loadRun(run)
  }

  /** Parses the lemma lines of `run` into the Map. */
  private loadRun(run: [number, number]): void {
    const text = this.text
    let position = run[0]
    while (position < run[1]) {
      let end = text.indexOf('\n', position)
      if (end < 0 || end > run[1]) end = run[1]
      const tab = text.indexOf('\t', position)
      const tab2 = text.indexOf('\t', tab + 1)
      if (tab > position && tab2 > tab && tab2 < end) {
        const lemma = text.slice(position, tab)
        const code = numberAt(text, tab + 1, tab2) * 4 + numberAt(text, tab2 + 1, end)
        const known = this.lemmas.get(lemma)
        if (known === undefined) this.lemmas.set(lemma, code)
        else this.lemmas.set(lemma, typeof known === 'number' ? [known, code] : [...known, code])
      }
      position = end + 1
    }
  }

  /** The entry codes of `lemma`. */
  private codes(lemma: string): number | number[] | undefined {
    if (this.lineStarts) return this.search(lemma, lemma.length, '')
    if (this.runs.size > 0) this.load(lemma[0] ?? '')
    return this.lemmas.get(lemma)
  }

  /** The entry codes of the lemma `form[0, stemLength) + lemmaEnding`. */
  private codesOf(
    form: string,
    stemLength: number,
    lemmaEnding: string,
  ): number | number[] | undefined {
    if (this.lineStarts) return this.search(form, stemLength, lemmaEnding)
    return this.codes(form.slice(0, stemLength) + lemmaEnding)
  }

  /**
   * The entry codes of the lemma `head[0, headLength) + tail`, by binary search over the sorted
   * lemma lines (the lemma is not built as a string: most candidates are not lemmas).
   */
  private search(head: string, headLength: number, tail: string): number | number[] | undefined {
    const starts = this.lineStarts!
    const tabs = this.lineTabs!
    const text = this.text
    const range = this.prefixes.get(prefixKey(head, 0, headLength + tail.length, tail, headLength))
    if (!range) return undefined
    let [low, high] = range
    const last = high
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compareTo(head, headLength, tail, text, starts[middle]!, tabs[middle]!) > 0)
        low = middle + 1
      else high = middle
    }
    let codes: number | number[] | undefined
    for (let line = low; line < last; line++) {
      const tab = tabs[line]!
      if (compareTo(head, headLength, tail, text, starts[line]!, tab) !== 0) break
      const tab2 = text.indexOf('\t', tab + 1)
      let end = text.indexOf('\n', tab2)
      if (end < 0) end = text.length
      const code = numberAt(text, tab + 1, tab2) * 4 + numberAt(text, tab2 + 1, end)
      if (codes === undefined) codes = code
      else if (typeof codes === 'number') codes = [codes, code]
      else codes.push(code)
    }
    return codes
  }

  /** The entries of `lemma` (none when unknown). */
  private entries(lemma: string): Entry[] {
    const codes = this.codes(lemma)
    if (codes === undefined) return []
    return (typeof codes === 'number' ? [codes] : codes).map((code) => ({
      paradigm: code >> 2,
      sources: code & 3,
    }))
  }

  /** Whether `lemma` is a lemma of the table. */
  has(lemma: string): boolean {
    return this.codes(lemma) !== undefined
  }

  /** The paradigms with a form in `ending`, grouped by their lemma ending (null when none). */
  private endingIndex(ending: string): EndingIndex | null {
    let index = this.grouped.get(ending)
    if (index) return index
    const pairs = this.endingsEndingIn(ending.slice(-1)).get(ending)
    // Endings no form has are not remembered: any word has them, the Map would grow unbounded.
    if (!pairs) return null
    index = { triples: [], lemmaEndings: [] }
    for (let at = 0; at < pairs.length; at += 2) {
      const lemmaEnding = this.paradigms[pairs[at]!]!.lemmaEnding
      // At most a few lemma endings per form ending: a linear search is cheaper than a Map.
      let group = index.lemmaEndings.indexOf(lemmaEnding)
      if (group < 0) group = index.lemmaEndings.push(lemmaEnding) - 1
      index.triples.push(pairs[at]!, pairs[at + 1]!, group)
    }
    this.grouped.set(ending, index)
    return index
  }

  /** Every reading of `form` (exact spelling). */
  analyse(form: string): Found[] {
    const found: Found[] = []
    // Every non-empty ending of `form` ends in its last letter: that bucket bounds the lengths.
    const last = form.slice(-1)
    this.endingsEndingIn(last)
    const longest = Math.min(form.length, this.longest.get(last)!)
    for (let length = 0; length <= longest; length++) {
      const index = this.endingIndex(form.slice(form.length - length))
      if (!index) continue
      const stemLength = form.length - length
      // Which lemma endings make a known lemma: most make none, and then no paradigm is looked at.
      let hits: Array<number | number[] | undefined> | undefined
      const { lemmaEndings, triples } = index
      for (let group = 0; group < lemmaEndings.length; group++) {
        const codes = this.codesOf(form, stemLength, lemmaEndings[group]!)
        if (codes === undefined) continue
        hits ??= new Array<undefined>(lemmaEndings.length)
        hits[group] = codes
      }
      if (!hits) continue
      const stem = form.slice(0, stemLength)
      for (let at = 0; at < triples.length; at += 3) {
        const codes = hits[triples[at + 2]!]
        if (codes === undefined) continue
        const paradigm = triples[at]!
        const lemma = stem + lemmaEndings[triples[at + 2]!]!
        const tag = this.tags[triples[at + 1]!]!
        for (const code of typeof codes === 'number' ? [codes] : codes)
          if (code >> 2 === paradigm)
            found.push({ lemma, tag, entry: { paradigm, sources: code & 3 } })
      }
    }
    return found
  }

  /**
   * How many lemmas of each part of speech end in each `width`-letter ending (shorter lemmas count
   * whole), read from the data without loading every lemma into the Map.
   */
  lemmaEndingCounts(width: number): Map<PartOfSpeech, Map<string, number>> {
    const counts = new Map<PartOfSpeech, Map<string, number>>()
    const text = this.text
    for (const [start, stop] of this.allRuns) {
      let position = start
      while (position < stop) {
        let end = text.indexOf('\n', position)
        if (end < 0 || end > stop) end = stop
        const tab = text.indexOf('\t', position)
        const tab2 = text.indexOf('\t', tab + 1)
        if (tab > position && tab2 > tab && tab2 < end) {
          const cell = this.cellsOf(numberAt(text, tab + 1, tab2))[0]
          if (cell) {
            const pos = this.tags[cell[1]]!.pos
            let byEnding = counts.get(pos)
            if (!byEnding) counts.set(pos, (byEnding = new Map()))
            const ending = text.slice(Math.max(position, tab - width), tab)
            byEnding.set(ending, (byEnding.get(ending) ?? 0) + 1)
          }
        }
        position = end + 1
      }
    }
    return counts
  }

  /** Every [form, tag] of `lemma`, in paradigm order, for each of its entries. */
  forms(lemma: string): Array<{ form: string; tag: Tag; entry: Entry }> {
    const result: Array<{ form: string; tag: Tag; entry: Entry }> = []
    for (const entry of this.entries(lemma)) {
      const paradigm = this.paradigms[entry.paradigm]!
      const stem = lemma.slice(0, lemma.length - paradigm.lemmaEnding.length)
      for (const [ending, tag] of this.cellsOf(entry.paradigm))
        result.push({ form: stem + ending, tag: this.tags[tag]!, entry })
    }
    return result
  }
}
