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

/** A paradigm: what follows the stem in the lemma, and in each form. */
interface Paradigm {
  lemmaEnding: string
  cells: readonly Cell[]
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
  private readonly lemmas = new Map<string, Entry[]>()
  /** form ending → lemma ending → [paradigm, tag] pairs. */
  private readonly endings = new Map<string, Map<string, Array<readonly [number, number]>>>()
  private longestEnding = 0

  /** Parses the text of a `fonte-morphology/1` file. */
  constructor(text: string) {
    let section = ''
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) section = line
      else if (!line || line.startsWith('{')) continue
      else if (section === '#tags') this.tags.push(parseTag(line))
      else if (section === '#paradigms') this.addParadigm(line)
      else if (section === '#lemmas') this.addLemma(line)
    }
  }

  private addParadigm(line: string): void {
    const tab = line.indexOf('\t')
    const lemmaEnding = line.slice(0, tab)
    const id = this.paradigms.length
    const cells: Cell[] = []
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.lastIndexOf(':')
      const ending = cell.slice(0, colon)
      const tag = Number(cell.slice(colon + 1))
      cells.push([ending, tag])
      let byLemma = this.endings.get(ending)
      if (!byLemma) this.endings.set(ending, (byLemma = new Map()))
      let pairs = byLemma.get(lemmaEnding)
      if (!pairs) byLemma.set(lemmaEnding, (pairs = []))
      pairs.push([id, tag])
      if (ending.length > this.longestEnding) this.longestEnding = ending.length
    }
    this.paradigms.push({ lemmaEnding, cells })
  }

  private addLemma(line: string): void {
    const [lemma = '', paradigm = '0', sources = '1'] = line.split('\t')
    const entry = { paradigm: Number(paradigm), sources: Number(sources) }
    const entries = this.lemmas.get(lemma)
    if (entries) entries.push(entry)
    else this.lemmas.set(lemma, [entry])
  }

  /** Whether `lemma` is a lemma of the table. */
  has(lemma: string): boolean {
    return this.lemmas.has(lemma)
  }

  /** Every lemma with the part of speech of each of its entries. */
  *lemmaParts(): Generator<[string, PartOfSpeech]> {
    for (const [lemma, entries] of this.lemmas)
      for (const entry of entries) {
        const cell = this.paradigms[entry.paradigm]!.cells[0]
        if (cell) yield [lemma, this.tags[cell[1]]!.pos]
      }
  }

  /** Every reading of `form` (exact spelling). */
  analyse(form: string): Found[] {
    const found: Found[] = []
    const longest = Math.min(form.length, this.longestEnding)
    for (let length = 0; length <= longest; length++) {
      const byLemma = this.endings.get(form.slice(form.length - length))
      if (!byLemma) continue
      const stem = form.slice(0, form.length - length)
      for (const [lemmaEnding, pairs] of byLemma) {
        const lemma = stem + lemmaEnding
        const entries = this.lemmas.get(lemma)
        if (!entries) continue
        for (const entry of entries)
          for (const [paradigm, tag] of pairs)
            if (paradigm === entry.paradigm) found.push({ lemma, tag: this.tags[tag]!, entry })
      }
    }
    return found
  }

  /** Every [form, tag] of `lemma`, in paradigm order, for each of its entries. */
  forms(lemma: string): Array<{ form: string; tag: Tag; entry: Entry }> {
    const result: Array<{ form: string; tag: Tag; entry: Entry }> = []
    for (const entry of this.lemmas.get(lemma) ?? []) {
      const paradigm = this.paradigms[entry.paradigm]!
      const stem = lemma.slice(0, lemma.length - paradigm.lemmaEnding.length)
      for (const [ending, tag] of paradigm.cells)
        result.push({ form: stem + ending, tag: this.tags[tag]!, entry })
    }
    return result
  }
}
