import type { AlignedQuote, QuoteMatch } from '@fonte/align'

/** A unit of the Italian text the report links to its original: a sentence or a quotation. */
export interface ReportUnit {
  kind: 'sentence' | 'quote'
  text: string
  start: number
  end: number
  /** For a sentence: whether it is reported speech ("ha affermato che …"). */
  reported: boolean
  match: QuoteMatch | null
}

/** The units of an article, and the quotations it lists, each counted once. */
export interface ReportUnits {
  /** Sentences, then direct quotations, in text order within each. */
  units: ReportUnit[]
  /**
   * The indices (into `units`) of the quotations: each direct quotation, and each sentence of
   * reported speech with no direct quotation inside it (one that has is represented by them).
   */
  quotations: number[]
}

/**
 * The sentences and quotations of an article as the report shows and counts them: reported
 * speech is a sentence (traced by its sentence match, else its quote match), not a second unit
 * over the same words.
 */
export function reportUnits(analysis: {
  sentences: readonly AlignedQuote[]
  quotes: readonly AlignedQuote[]
}): ReportUnits {
  // The page, the index and the summary each ask for an article's units: read once, by its
  // analysis' arrays (copies of an article share them).
  const known = derived.get(analysis.sentences)
  if (known?.quotes === analysis.quotes) return known.units
  const units = readUnits(analysis)
  derived.set(analysis.sentences, { quotes: analysis.quotes, units })
  return units
}

const derived = new WeakMap<readonly AlignedQuote[], { quotes: object; units: ReportUnits }>()

function readUnits(analysis: {
  sentences: readonly AlignedQuote[]
  quotes: readonly AlignedQuote[]
}): ReportUnits {
  const direct = analysis.quotes.filter((quote) => quote.kind === 'direct')
  const indirect = analysis.quotes.filter((quote) => quote.kind === 'indirect')
  const units: ReportUnit[] = analysis.sentences.map((sentence) => {
    const speech = indirect.find(
      (quote) => quote.start < sentence.end && quote.end > sentence.start,
    )
    return {
      kind: 'sentence',
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      reported: speech !== undefined,
      match: sentence.match ?? speech?.match ?? null,
    }
  })
  for (const quote of direct) {
    units.push({
      kind: 'quote',
      text: quote.text,
      start: quote.start,
      end: quote.end,
      reported: false,
      match: quote.match,
    })
  }
  const quotations: number[] = []
  units.forEach((unit, index) => {
    if (unit.kind === 'quote') quotations.push(index)
    else if (
      unit.reported &&
      !direct.some((quote) => quote.start < unit.end && quote.end > unit.start)
    )
      quotations.push(index)
  })
  // In text order: a reported sentence before the quotations that follow it.
  quotations.sort(
    (a, b) => (units[a] as ReportUnit).start - (units[b] as ReportUnit).start || a - b,
  )
  return { units, quotations }
}
