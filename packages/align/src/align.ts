import { anchorRatio, findAnchors, searchBand } from './anchors.js'
import {
  argumentError,
  checkOption,
  checkOptions,
  checkStrings,
  described,
  isBoolean,
  isConceptFinder,
  isDictionary,
} from './arguments.js'
import { type BeadCost, bestPath } from './dp.js'
import { joinsScorer } from './joins.js'
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
  /**
   * Whether to pair two sentences that share nothing rather than leave both unpaired, however long
   * they are (default: false): see `CoverageOptions.weakPairs`. English to Italian only.
   */
  weakPairs?: boolean | null | undefined
}

const noOptions: AlignOptions = {}

/**
 * The scorers `alignSentences` uses by default: sentence length (Gale–Church), numbers, names and
 * cognates, the dictionary and glossary when the options give them, and for English to Italian
 * the coverage of each side by the other (with `@fonte/lexicon`'s lemmas and translations when
 * its data is installed) and the joins of merged sentences (`joinsScorer`).
 */
export function defaultScorers(options?: AlignOptions | null): Scorer[] {
  checkOptions('defaultScorers', 'options', options)
  const settings = options ?? noOptions
  const scorers = [lengthScorer(), numbersScorer(), cognatesScorer()]
  if (settings.dictionary) scorers.push(dictionaryScorer(settings.dictionary))
  if (settings.glossary) scorers.push(glossaryScorer(settings.glossary))
  // The coverage scorer's keys (stop words, lexicon) are English's and Italian's.
  if ((settings.sourceLanguage ?? 'en') === 'en' && (settings.targetLanguage ?? 'it') === 'it') {
    scorers.push(
      coverageScorer({ dictionary: settings.dictionary, weakPairs: settings.weakPairs ?? false }),
    )
    scorers.push(joinsScorer({ dictionary: settings.dictionary }))
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
  const settings = checkAlignArguments(source, target, options)
  const band = settings.band ?? 12
  const scorers = settings.scorers ?? defaultScorers(settings)
  const context = {
    sourceLanguage: settings.sourceLanguage ?? 'en',
    targetLanguage: settings.targetLanguage ?? 'it',
  }
  if (source.length === 0 || target.length === 0) {
    return [
      ...source.map((_, index) => ({ source: [index], target: [], score: 0 })),
      ...target.map((_, index) => ({ source: [], target: [index], score: 0 })),
    ]
  }
  const { prepared, anchors } = prepareScorers(scorers, source, target, context)
  const [low, high] = searchBand(source.length, target.length, anchors, band)
  return bestPath(low, high, beadCostOf(prepared)).map(({ source: s, target: t }) => ({
    source: s,
    target: t,
    score:
      s.length === 0 || t.length === 0
        ? 0
        : round(
            beadScore(
              prepared,
              s[0] as number,
              (s.at(-1) as number) + 1,
              t[0] as number,
              (t.at(-1) as number) + 1,
            ),
          ),
  }))
}

/** Checks `alignSentences`' arguments; returns its options. */
function checkAlignArguments(source: unknown, target: unknown, options: unknown): AlignOptions {
  const fn = 'alignSentences'
  checkStrings(fn, 'source', source)
  checkStrings(fn, 'target', target)
  checkOptions(fn, 'options', options)
  const settings = (options ?? noOptions) as AlignOptions
  const band = settings.band ?? 12
  if (!Number.isInteger(band) || band < 1) {
    throw argumentError(fn, 'options.band', 'a positive whole number', described(band))
  }
  checkOption(fn, 'options.sourceLanguage', settings.sourceLanguage, 'a string', isString)
  checkOption(fn, 'options.targetLanguage', settings.targetLanguage, 'a string', isString)
  checkOption(fn, 'options.dictionary', settings.dictionary, 'a Map', isDictionary)
  checkOption(fn, 'options.glossary', settings.glossary, 'a ConceptFinder', isConceptFinder)
  checkOption(fn, 'options.scorers', settings.scorers, 'an array of scorers', isScorerList)
  checkOption(fn, 'options.weakPairs', settings.weakPairs, 'a boolean', isBoolean)
  return settings
}

function isString(value: unknown): boolean {
  return typeof value === 'string'
}

function isScorerList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((scorer) => typeof (scorer as Scorer | null)?.prepare === 'function')
  )
}

/** A scorer prepared for two documents, with its settings resolved. */
interface PreparedScorer {
  weight: number
  floor: number
  kind: NonNullable<Scorer['kind']>
  score: BeadScore
}

function prepare(
  scorer: Scorer,
  source: readonly string[],
  target: readonly string[],
  context: ScorerContext,
): PreparedScorer {
  return {
    weight: scorer.weight ?? 1,
    floor: scorer.floor ?? 0.1,
    kind: scorer.kind ?? 'evidence',
    score: scorer.prepare(source, target, context),
  }
}

/**
 * Prepares the scorers for two documents. Evidence scorers come first: they find the anchors,
 * whose lengths give the other scorers (the length model) their ratio.
 */
function prepareScorers(
  scorers: readonly Scorer[],
  source: readonly string[],
  target: readonly string[],
  context: ScorerContext,
): { prepared: PreparedScorer[]; anchors: Array<[number, number]> } {
  const isEvidence = (scorer: Scorer) => (scorer.kind ?? 'evidence') === 'evidence'
  const lexical = scorers
    .filter(isEvidence)
    .map((scorer) => prepare(scorer, source, target, context))
  const anchors = findAnchors(source.length, target.length, (s0, s1, t0, t1) =>
    beadScore(lexical, s0, s1, t0, t1),
  )
  const lengthRatio = anchorRatio(source, target, anchors)
  const withAnchors: ScorerContext =
    lengthRatio === undefined ? { ...context, anchors } : { ...context, lengthRatio, anchors }
  const others = scorers
    .filter((scorer) => !isEvidence(scorer))
    .map((scorer) => prepare(scorer, source, target, withAnchors))
  return { prepared: [...lexical, ...others], anchors }
}

/** A bead's cost: its prior's, less what each scorer says for it, by the scorer's kind. */
function beadCostOf(prepared: readonly PreparedScorer[]): BeadCost {
  // The scorers' settings in arrays, read by index: the search asks for every bead of its band.
  const scores = prepared.map((scorer) => scorer.score)
  const weights = Float64Array.from(prepared, (scorer) => scorer.weight)
  const floors = Float64Array.from(prepared, (scorer) => scorer.floor)
  const kinds = Uint8Array.from(prepared, (scorer) => kindCodes[scorer.kind])
  return (s0, s1, t0, t1, prior) => {
    let cost = -Math.log(prior)
    for (let at = 0; at < scores.length; at++) {
      const score = (scores[at] as BeadScore)(s0, s1, t0, t1)
      if (score === null) continue
      const weight = weights[at] as number
      const kind = kinds[at]
      if (kind === evidenceKind) cost -= weight * Math.log1p(score / (floors[at] as number))
      else if (kind === contrastKind) cost -= weight * (2 * score - 1)
      else cost -= weight * Math.log((floors[at] as number) + score)
    }
    return cost
  }
}

const evidenceKind = 0
const contrastKind = 1
const kindCodes: Record<PreparedScorer['kind'], number> = {
  evidence: evidenceKind,
  contrast: contrastKind,
  probability: 2,
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
  // Indexed: the anchors' search asks for many beads, and an iterator costs an object a step.
  for (let at = 0; at < prepared.length; at++) {
    const scorer = prepared[at] as { weight: number; score: BeadScore }
    const score = scorer.score(s0, s1, t0, t1)
    if (score === null) continue
    // A contrast scorer goes below 0 for a bead its evidence rules out; a bead's score stays in [0, 1].
    total += scorer.weight * Math.min(1, Math.max(0, score))
    weights += scorer.weight
  }
  return weights === 0 ? 0 : total / weights
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
