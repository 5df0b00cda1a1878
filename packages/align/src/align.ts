import type { ConceptFinder, Dictionary } from './resources.js'
import {
  type ScorerContext,
  cognatesScorer,
  coverageScorer,
  dictionaryScorer,
  glossaryScorer,
  lengthScorer,
  numbersScorer,
  type BeadScore,
  type Scorer,
} from './scorers.js'

/** One bead of an alignment: source sentences and the target sentences that translate them. */
export interface Bead {
  /** 0-based indices of the source sentences, in order; empty for a target sentence with no source. */
  source: number[]
  /** 0-based indices of the target sentences, in order; empty for a source sentence left untranslated. */
  target: number[]
  /**
   * How well the bead is supported, in [0, 1]: the weighted mean of its scorers (length
   * probability, shared numbers, names, dictionary and glossary evidence); 0 for a bead with an
   * empty side.
   */
  score: number
}

/** Options of `alignSentences`. */
export interface AlignOptions {
  /** Language of the source sentences (default: `'en'`). */
  sourceLanguage?: string | null | undefined
  /** Language of the target sentences (default: `'it'`). */
  targetLanguage?: string | null | undefined
  /** A bilingual dictionary from source to target words (default: none). */
  dictionary?: Dictionary | null | undefined
  /** A term base whose concepts count as evidence, such as `@fonte/glossary`'s `Glossary` (default: none). */
  glossary?: ConceptFinder | null | undefined
  /**
   * The scorers to use instead of the defaults (length, numbers, cognates, and dictionary and
   * glossary when given). Add your own to `defaultScorers(options)` to extend them.
   */
  scorers?: readonly Scorer[] | null | undefined
  /** Half-width of the search band around the anchor path, in sentences (default: 12). */
  band?: number | null | undefined
}

/**
 * The bead shapes searched, with their prior probabilities: Gale & Church (1993), except that a
 * target sentence with no source (0-1) is twice as likely as a source sentence left out (1-0),
 * since news outlets add material to the wire copy they translate more often than they drop it.
 */
const moves: ReadonlyArray<readonly [sourceCount: number, targetCount: number, prior: number]> = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.01],
  [2, 1, 0.04],
  [1, 2, 0.04],
  [2, 2, 0.011],
  [3, 1, 0.003],
  [1, 3, 0.003],
]

const noOptions: AlignOptions = {}

// A run of sentences with no counterpart (an outlet's own paragraphs, a source cut short) is
// skipped as one gap: the first sentence costs as a 1-0 or 0-1 bead, each further one less, so
// the run does not get spread over the neighbouring beads as 1-2 and 1-3 merges. The extension
// cost was chosen on the Text+Berg dev document (textberg-de-fr-dev), not on the test sets.
const gapOpen = -Math.log(0.005)
const gapExtend = 3
const gapUpMove = 254
const gapLeftMove = 255

/**
 * The scorers `alignSentences` uses by default: sentence length (Gale–Church), numbers, names and
 * cognates, the dictionary and glossary when the options give them, and for English to Italian
 * the coverage of each side by the other (with `@fonte/lexicon`'s lemmas and translations when
 * its data is installed).
 */
export function defaultScorers(options?: AlignOptions | null): Scorer[] {
  const settings = options ?? noOptions
  const scorers = [lengthScorer(), numbersScorer(), cognatesScorer()]
  if (settings.dictionary) scorers.push(dictionaryScorer(settings.dictionary))
  if (settings.glossary) scorers.push(glossaryScorer(settings.glossary))
  // The coverage scorer's keys (stop words, lexicon) are English's and Italian's.
  if ((settings.sourceLanguage ?? 'en') === 'en' && (settings.targetLanguage ?? 'it') === 'it') {
    scorers.push(coverageScorer({ dictionary: settings.dictionary }))
  }
  return scorers
}

/**
 * Align two documents, already split into sentences, in order: each bead pairs source sentences
 * with the target sentences that translate them (1-1, 1-2, 2-1, 2-2, 3-1, 1-3), or leaves a
 * sentence unpaired (1-0, 0-1).
 *
 * The search finds confident 1-1 anchors first (sentence pairs whose numbers, names and words
 * agree, mutually best within a window, in increasing order), then runs dynamic programming
 * within a band around the path through them, so the cost grows linearly with the documents and
 * a run of untranslated sentences is skipped without derailing the rest.
 *
 * @param source - The source sentences (English by default).
 * @param target - The target sentences (Italian by default).
 * @param options - Languages, dictionary, glossary, scorers and band (optional).
 * @returns The beads in document order; together they cover every sentence of both sides
 *   exactly once.
 * @throws {TypeError} When `source` or `target` is not an array of strings, or an option has a
 *   value it does not accept.
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options?: AlignOptions | null,
): Bead[] {
  for (const [name, list] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (!Array.isArray(list) || list.some((sentence) => typeof sentence !== 'string')) {
      throw new TypeError(`\`alignSentences\` expects \`${name}\` to be an array of strings`)
    }
  }
  const settings = options ?? noOptions
  const band = settings.band ?? 12
  if (!Number.isInteger(band) || band < 1) {
    throw new TypeError(
      `\`alignSentences\` option \`band\` must be a positive whole number, got ${String(band)}`,
    )
  }
  const scorers = settings.scorers ?? defaultScorers(settings)
  const context = {
    sourceLanguage: settings.sourceLanguage ?? 'en',
    targetLanguage: settings.targetLanguage ?? 'it',
  }
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) {
    return [
      ...source.map((_, index) => ({ source: [index], target: [], score: 0 })),
      ...target.map((_, index) => ({ source: [], target: [index], score: 0 })),
    ]
  }

  // Evidence scorers first: they find the anchors, whose lengths give the length model its ratio.
  const prepare = (scorer: Scorer, scorerContext: ScorerContext) => ({
    weight: scorer.weight ?? 1,
    floor: scorer.floor ?? 0.1,
    kind: scorer.kind ?? 'evidence',
    score: scorer.prepare(source, target, scorerContext),
  })
  const lexicalScorers = scorers.filter((scorer) => (scorer.kind ?? 'evidence') === 'evidence')
  const preparedLexical = lexicalScorers.map((scorer) => prepare(scorer, context))
  const evidence = (s0: number, s1: number, t0: number, t1: number) =>
    beadScore(preparedLexical, s0, s1, t0, t1)
  const beadCost = (s0: number, s1: number, t0: number, t1: number, prior: number) => {
    let cost = -Math.log(prior)
    for (const scorer of prepared) {
      const score = scorer.score(s0, s1, t0, t1)
      if (score === null) continue
      if (scorer.kind === 'evidence') cost -= scorer.weight * Math.log1p(score / scorer.floor)
      else if (scorer.kind === 'contrast') cost -= scorer.weight * (2 * score - 1)
      else cost -= scorer.weight * Math.log(scorer.floor + score)
    }
    return cost
  }

  const anchors = findAnchors(n, m, evidence)
  const lengthRatio = anchorRatio(source, target, anchors)
  const probabilityContext: ScorerContext =
    lengthRatio === undefined ? { ...context, anchors } : { ...context, lengthRatio, anchors }
  const prepared = [
    ...preparedLexical,
    ...scorers
      .filter((scorer) => (scorer.kind ?? 'evidence') !== 'evidence')
      .map((scorer) => prepare(scorer, probabilityContext)),
  ]
  const [low, high] = searchBand(n, m, anchors, band)

  // Dynamic programming over the band: cost[i] holds row i for j in [low[i], high[i]].
  // Affine gaps: gapUp[i][j] is the best cost of reaching (i, j) by a run of two or more
  // unpaired source sentences, gapLeft[i][j] the same for target sentences; their run lengths
  // are kept for the way back.
  const cost: Float64Array[] = []
  const back: Uint8Array[] = []
  const gapUp: Float64Array[] = []
  const gapUpRun: Uint32Array[] = []
  const gapLeft: Float64Array[] = []
  const gapLeftRun: Uint32Array[] = []
  for (let i = 0; i <= n; i++) {
    const width = (high[i] as number) - (low[i] as number) + 1
    cost.push(new Float64Array(width).fill(Number.POSITIVE_INFINITY))
    back.push(new Uint8Array(width))
    gapUp.push(new Float64Array(width).fill(Number.POSITIVE_INFINITY))
    gapUpRun.push(new Uint32Array(width))
    gapLeft.push(new Float64Array(width).fill(Number.POSITIVE_INFINITY))
    gapLeftRun.push(new Uint32Array(width))
  }
  const cell = (rows: Float64Array[], i: number, j: number) => {
    if (i < 0 || j < (low[i] as number) || j > (high[i] as number)) return Number.POSITIVE_INFINITY
    return (rows[i] as Float64Array)[j - (low[i] as number)] as number
  }
  const runAt = (rows: Uint32Array[], i: number, j: number) =>
    (rows[i] as Uint32Array)[j - (low[i] as number)] as number
  ;(cost[0] as Float64Array)[0 - (low[0] as number)] = 0
  const at = (i: number, j: number) => {
    if (i < 0 || j < (low[i] as number) || j > (high[i] as number)) return Number.POSITIVE_INFINITY
    return (cost[i] as Float64Array)[j - (low[i] as number)] as number
  }
  for (let i = 0; i <= n; i++) {
    const rowLow = low[i] as number
    const row = cost[i] as Float64Array
    const rowBack = back[i] as Uint8Array
    for (let j = rowLow; j <= (high[i] as number); j++) {
      if (i === 0 && j === 0) continue
      let best = Number.POSITIVE_INFINITY
      let bestMove = 0
      for (let move = 0; move < moves.length; move++) {
        const [ds, dt, prior] = moves[move] as (typeof moves)[number]
        const from = at(i - ds, j - dt)
        if (from === Number.POSITIVE_INFINITY || j - dt < 0) continue
        const total = from + beadCost(i - ds, i, j - dt, j, prior)
        if (total < best) {
          best = total
          bestMove = move
        }
      }
      // Runs of unpaired sentences, taken as one gap: open one from two cells away, or extend the
      // run that reached the cell before.
      const opensUp = at(i - 2, j) + gapOpen + gapExtend
      const extendsUp = i >= 1 ? cell(gapUp, i - 1, j) + gapExtend : Number.POSITIVE_INFINITY
      const up = Math.min(opensUp, extendsUp)
      if (up < Number.POSITIVE_INFINITY) {
        ;(gapUp[i] as Float64Array)[j - rowLow] = up
        ;(gapUpRun[i] as Uint32Array)[j - rowLow] =
          opensUp <= extendsUp ? 2 : runAt(gapUpRun, i - 1, j) + 1
      }
      const opensLeft = at(i, j - 2) + gapOpen + gapExtend
      const extendsLeft = cell(gapLeft, i, j - 1) + gapExtend
      const left = Math.min(opensLeft, extendsLeft)
      if (left < Number.POSITIVE_INFINITY) {
        ;(gapLeft[i] as Float64Array)[j - rowLow] = left
        ;(gapLeftRun[i] as Uint32Array)[j - rowLow] =
          opensLeft <= extendsLeft ? 2 : runAt(gapLeftRun, i, j - 1) + 1
      }
      if (up < best) {
        best = up
        bestMove = gapUpMove
      }
      if (left < best) {
        best = left
        bestMove = gapLeftMove
      }
      row[j - rowLow] = best
      rowBack[j - rowLow] = bestMove
    }
  }

  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const move = (back[i] as Uint8Array)[j - (low[i] as number)] as number
    if (move === gapUpMove || move === gapLeftMove) {
      // A gap: one unpaired bead per sentence of the run.
      const run = move === gapUpMove ? runAt(gapUpRun, i, j) : runAt(gapLeftRun, i, j)
      for (let step = 0; step < run; step++) {
        if (move === gapUpMove) beads.push({ source: [--i], target: [], score: 0 })
        else beads.push({ source: [], target: [--j], score: 0 })
      }
      continue
    }
    const [ds, dt] = moves[move] as (typeof moves)[number]
    beads.push({
      source: range(i - ds, i),
      target: range(j - dt, j),
      score: ds === 0 || dt === 0 ? 0 : round(beadScore(prepared, i - ds, i, j - dt, j)),
    })
    i -= ds
    j -= dt
  }
  return beads.reverse()
}

/** The weighted mean of the scores of the scorers that have something to say about a bead. */
function beadScore(
  prepared: ReadonlyArray<{ weight: number; score: BeadScore }>,
  s0: number,
  s1: number,
  t0: number,
  t1: number,
): number {
  let total = 0
  let weights = 0
  for (const scorer of prepared) {
    const score = scorer.score(s0, s1, t0, t1)
    if (score === null) continue
    total += scorer.weight * score
    weights += scorer.weight
  }
  return weights === 0 ? 0 : total / weights
}

// Anchors: 1-1 pairs with at least this much lexical evidence, and this much more than the
// runner-up in the window, chosen by both sides.
const anchorEvidence = 0.12
const anchorMargin = 1.4
// Enough anchors to measure the length ratio on.
const anchorsForRatio = 1
// Anchors whose length ratio is more than this factor off the median do not count for the ratio.
const anchorRatioSpread = 2
const anchorWindow = 40

/**
 * Confident 1-1 pairs, in increasing order on both sides: for each source sentence, the target
 * sentence with the most evidence within a window around the diagonal, kept when it stands out
 * from the runner-up and the choice is mutual; then the longest chain that increases on both
 * sides.
 */
function findAnchors(
  n: number,
  m: number,
  evidence: (s0: number, s1: number, t0: number, t1: number) => number,
): Array<[number, number]> {
  const window = Math.max(anchorWindow, Math.abs(n - m) + 10)
  const best = new Int32Array(n).fill(-1)
  const bestScore = new Float64Array(n)
  const secondScore = new Float64Array(n)
  const bestForTarget = new Int32Array(m).fill(-1)
  const bestScoreForTarget = new Float64Array(m)
  for (let i = 0; i < n; i++) {
    const center = Math.round(((i + 0.5) * m) / n)
    for (let j = Math.max(0, center - window); j < Math.min(m, center + window + 1); j++) {
      const score = evidence(i, i + 1, j, j + 1)
      if (score <= 0) continue
      if (score > (bestScore[i] as number)) {
        secondScore[i] = bestScore[i] as number
        bestScore[i] = score
        best[i] = j
      } else if (score > (secondScore[i] as number)) {
        secondScore[i] = score
      }
      if (score > (bestScoreForTarget[j] as number)) {
        bestScoreForTarget[j] = score
        bestForTarget[j] = i
      }
    }
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < n; i++) {
    const j = best[i] as number
    const score = bestScore[i] as number
    if (j < 0 || bestForTarget[j] !== i || score < anchorEvidence) continue
    if (score < anchorMargin * (secondScore[i] as number)) continue
    pairs.push([i, j])
  }
  return longestIncreasing(pairs)
}

/** Target characters per source character over the anchor pairs, when there are enough. */
function anchorRatio(
  source: readonly string[],
  target: readonly string[],
  anchors: ReadonlyArray<[number, number]>,
): number | undefined {
  if (anchors.length < anchorsForRatio) return undefined
  // An anchor that is really part of a merge (the outlet joined two wire sentences into one) has
  // twice the usual ratio: anchors far from the median ratio are left out of the measure.
  const ratio = ([i, j]: [number, number]) =>
    (target[j] as string).length / Math.max(1, (source[i] as string).length)
  const ratios = anchors.map(ratio).sort((a, b) => a - b)
  const median = ratios[Math.floor(ratios.length / 2)] as number
  let sourceLength = 0
  let targetLength = 0
  for (const anchor of anchors) {
    const own = ratio(anchor)
    if (own > median * anchorRatioSpread || own * anchorRatioSpread < median) continue
    sourceLength += (source[anchor[0]] as string).length
    targetLength += (target[anchor[1]] as string).length
  }
  return sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : undefined
}

/** The longest chain of pairs increasing on both sides (pairs come sorted by source index). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  pairs.forEach(([, j], index) => {
    let lowBound = 0
    let highBound = tails.length
    while (lowBound < highBound) {
      const middle = (lowBound + highBound) >> 1
      if ((tails[middle] as number) < j) lowBound = middle + 1
      else highBound = middle
    }
    tails[lowBound] = j
    tailIndex[lowBound] = index
    previous[index] = lowBound > 0 ? (tailIndex[lowBound - 1] as number) : -1
  })
  const chain: Array<[number, number]> = []
  for (let index = tailIndex.at(-1) ?? -1; index >= 0; index = previous[index] as number) {
    chain.push(pairs[index] as [number, number])
  }
  return chain.reverse()
}

/**
 * For each row i (source sentences consumed), the band of target positions j the search visits:
 * the line through the anchors (anchor (i, j) is the cell (i + 1, j + 1)), widened by `band` and by
 * the imbalance of the gap it crosses, made monotone and connected.
 */
function searchBand(
  n: number,
  m: number,
  anchors: Array<[number, number]>,
  band: number,
): [Int32Array, Int32Array] {
  const points: Array<[number, number]> = [
    [0, 0],
    ...anchors.map(([i, j]): [number, number] => [i + 1, j + 1]),
    [n, m],
  ]
  const low = new Int32Array(n + 1)
  const high = new Int32Array(n + 1)
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k] as [number, number]
    const [i1, j1] = points[k + 1] as [number, number]
    const slack = band + Math.ceil(Math.abs(j1 - j0 - (i1 - i0)) / 2)
    for (let i = i0; i <= i1; i++) {
      const center = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0)
      const from = Math.max(0, Math.floor(center - slack))
      const to = Math.min(m, Math.ceil(center + slack))
      if (i === i0 && k > 0) {
        low[i] = Math.min(low[i] as number, from)
        high[i] = Math.max(high[i] as number, to)
      } else {
        low[i] = from
        high[i] = to
      }
    }
  }
  low[0] = 0
  high[n] = m
  for (let i = 1; i <= n; i++) low[i] = Math.max(low[i] as number, low[i - 1] as number)
  for (let i = n - 1; i >= 0; i--) high[i] = Math.min(high[i] as number, high[i + 1] as number)
  // Connected: each row starts no later than one past where the previous row ends.
  for (let i = 1; i <= n; i++) {
    if ((low[i] as number) > (high[i - 1] as number) + 1) low[i] = (high[i - 1] as number) + 1
    if ((high[i] as number) < (low[i] as number)) high[i] = low[i] as number
  }
  return [low, high]
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset)
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
