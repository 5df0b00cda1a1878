// Merged sentences: an outlet that joins two wire sentences into one leaves the join in the text
// (`…all'uomo; dieci anni prima…`), and each side of the join translates one of them.
import { checkOption, checkOptions, isNumber } from './arguments.js'
import { type KeyedSentence, type LexicalKeyer, lexicalKeyer } from './keys.js'
import type { Dictionary } from './resources.js'
import type { Scorer } from './scorers.js'

// Where Italian joins two main clauses into one sentence: a semicolon or a colon, a comma before
// a coordinating conjunction (copulative `e`/`ed`, adversative `ma`, `mentre`), and two sentences
// side by side after a full stop, `?`, `!` or a closing quotation mark (a unit the sentence
// splitter kept whole). After the coordination by punctuation and conjunctions of the reference
// grammars (Serianni, Grammatica italiana, XIV), not counted from any corpus.
const italianJoins = [
  /[;:]\s+/gu,
  /,\s+(?:e|ed|ma|mentre)\s+/gu,
  /[.?!…]["”»’]?\s+(?=["“«]?\p{Lu})/gu,
  /["”»]\s+(?=\p{Lu})/gu,
]

/**
 * The offsets in an Italian sentence where a joined clause may start (after the join), in
 * increasing order, none at the sentence's ends.
 */
export function joinOffsets(sentence: string): number[] {
  const offsets = new Set<number>()
  for (const pattern of italianJoins) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length
      if (match.index > 0 && end < sentence.length) offsets.add(end)
    }
  }
  return [...offsets].sort((a, b) => a - b)
}

// Merges of two source sentences are split along the joins: rewriting joins two (three-sentence
// merges scored alike on the development stories, at more cost).
const longestMerge = 2

/** Options of `joinsScorer`. */
export interface JoinsOptions {
  /** English words → Italian translations (FreeDict, say) as more evidence (optional). */
  dictionary?: Dictionary | null | undefined
  /** Whether to use `@fonte/lexicon`'s lemmas and translations (default: when it has data). */
  lexicon?: boolean | null | undefined
  /** How much the scorer counts (default: 1.5, as names and numbers do). */
  weight?: number | undefined
}

/**
 * Evidence for a merge (two English sentences, one Italian): how well the Italian
 * sentence, cut at its joins (`joinOffsets`) into as many parts as the bead has English
 * sentences, in order, has each part account for its own English sentence: the smallest, over
 * the parts, of the harmonic mean of the shares of content words each side has a counterpart for
 * on the other. `null` for any other bead and for an Italian sentence with too few joins, which
 * the other scorers judge alone. English to Italian.
 */
export function joinsScorer(options?: JoinsOptions | null): Scorer {
  checkOptions('joinsScorer', 'options', options)
  checkOption('joinsScorer', 'options.weight', options?.weight, 'a number', isNumber)
  const keyer = lexicalKeyer({ dictionary: options?.dictionary, lexicon: options?.lexicon })
  const cutsOf = cutFinder(keyer)
  return {
    name: 'joins',
    weight: options?.weight ?? 1.5,
    prepare(source, target) {
      const cuts = target.map(cutsOf)
      const english = source.map((sentence) => keyer.englishSentence(sentence))
      const italian = target.map((sentence) => keyer.italianSentence(sentence))
      const where: Array<Map<number, number[]> | undefined> = []
      const beads = new Map<number, number>()
      return (s0, s1, t0, t1) => {
        const count = s1 - s0
        if (t1 - t0 !== 1 || count < 2 || count > longestMerge) return null
        const at = cuts[t0] as Int32Array
        if (at.length < count - 1) return null
        const bead = (t0 * source.length + s0) * 4 + count
        let score = beads.get(bead)
        if (score === undefined) {
          const sentence = italian[t0] as KeyedSentence
          const positions = (where[t0] ??= wordsByKey(sentence))
          score = bestSplit(s0, s1, sentence.words.length, at, (i, start, end) =>
            partScore(english[i] as KeyedSentence, sentence, positions, start, end),
          )
          beads.set(bead, score)
        }
        return score
      }
    },
  }
}

// The word indices at which each sentence's joined clauses start, kept by sentence: a report
// aligns each article with several stories. A cache that reaches `cachedCuts` sentences starts again.
const cachedCuts = 20_000
const noCuts = new Int32Array(0)

/** A sentence's cuts, as word indices into its keyed words, from a keyer's word lists. */
function cutFinder(keyer: LexicalKeyer): (sentence: string) => Int32Array {
  const cache = new Map<string, Int32Array>()
  return (sentence) => {
    let cuts = cache.get(sentence)
    if (cuts) return cuts
    const offsets = joinOffsets(sentence)
    if (offsets.length === 0) cuts = noCuts
    else {
      const words = keyer.italianWords(sentence).length
      const at = new Set<number>()
      for (const offset of offsets) {
        const before = keyer.italianWords(sentence.slice(0, offset)).length
        if (before > 0 && before < words) at.add(before)
      }
      cuts = Int32Array.from(at).sort()
    }
    if (cache.size >= cachedCuts) cache.clear()
    cache.set(sentence, cuts)
    return cuts
  }
}

/**
 * The best split of Italian sentence `t` at its cuts into one part per English sentence
 * [s0, s1) (see `joinsScorer`); `part` scores English sentence i against words [start, end) of `t`.
 */
function bestSplit(
  s0: number,
  s1: number,
  words: number,
  cuts: Int32Array,
  part: (i: number, start: number, end: number) => number,
): number {
  let best = 0
  const split = (from: number, start: number, i: number, worst: number): void => {
    if (worst <= best) return
    if (i === s1 - 1) {
      best = Math.max(best, Math.min(worst, part(i, start, words)))
      return
    }
    for (let at = from; at < cuts.length; at++) {
      const end = cuts[at] as number
      split(at + 1, end, i + 1, Math.min(worst, part(i, start, end)))
    }
  }
  split(0, 0, s0, 1)
  return best
}

/** For each key of a sentence, the indices of its words that have it. */
function wordsByKey(sentence: KeyedSentence): Map<number, number[]> {
  const where = new Map<number, number[]>()
  sentence.words.forEach((keys, at) => {
    for (const key of keys) {
      const list = where.get(key)
      if (list) list.push(at)
      else where.set(key, [at])
    }
  })
  return where
}

/** Whether one of `keys` is a key of a word in [start, end), by the words of each key. */
function hasWordIn(
  keys: Int32Array,
  where: ReadonlyMap<number, readonly number[]>,
  start: number,
  end: number,
): boolean {
  for (let k = 0; k < keys.length; k++) {
    const words = where.get(keys[k] as number)
    if (!words) continue
    for (let w = 0; w < words.length; w++) {
      const at = words[w] as number
      if (at >= start && at < end) return true
    }
  }
  return false
}

/**
 * How well Italian words [start, end) and an English sentence account for each other: the
 * harmonic mean of the shares of each side's words with a key on the other side.
 */
function partScore(
  english: KeyedSentence,
  italian: KeyedSentence,
  where: ReadonlyMap<number, readonly number[]>,
  start: number,
  end: number,
): number {
  if (english.words.length === 0 || end <= start) return 0
  let italianCovered = 0
  for (let at = start; at < end; at++) {
    for (const key of italian.words[at] as Int32Array) {
      if (english.keys.has(key)) {
        italianCovered++
        break
      }
    }
  }
  let englishCovered = 0
  for (const keys of english.words) if (hasWordIn(keys, where, start, end)) englishCovered++
  const p = italianCovered / (end - start)
  const q = englishCovered / english.words.length
  return p + q > 0 ? (2 * p * q) / (p + q) : 0
}
