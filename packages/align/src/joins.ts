// Merged sentences: an outlet that joins two wire sentences into one leaves the join in the text
// (`…all'uomo; dieci anni prima…`), and each side of the join translates one of them.
import { checkOption, checkOptions, isNumber } from './arguments.js'
import { type KeyedSentence, type LexicalKeyer, lexicalKeyer, lexiconHasData } from './keys.js'
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
 * Evidence for a merge (two English sentences, one Italian; rewriting joins two, and
 * three-sentence merges scored alike on the development stories, at more cost): how well the
 * Italian sentence, cut at one of its joins (`joinOffsets`), has each part account for its own
 * English sentence, in order: the smaller, over the two parts, of the harmonic mean of the shares
 * of content words each side has a counterpart for on the other, at the best cut. `null` for any other bead and for an Italian sentence with too few joins, which
 * the other scorers judge alone. English to Italian.
 */
export function joinsScorer(options?: JoinsOptions | null): Scorer {
  checkOptions('joinsScorer', 'options', options)
  checkOption('joinsScorer', 'options.weight', options?.weight, 'a number', isNumber)
  const keyer = lexicalKeyer({ dictionary: options?.dictionary, lexicon: options?.lexicon })
  const cutsOf = cutFinder(keyer, options?.lexicon ?? lexiconHasData())
  return {
    name: 'joins',
    weight: options?.weight ?? 1.5,
    prepare(source, target) {
      const cuts = target.map(cutsOf)
      // A sentence is keyed when a bead asks for it: only Italian sentences with a join, and the
      // English sentences the search band puts beside them (keying an English word looks up its
      // translations: most of this scorer's cost).
      const englishFlat: Array<FlatWords | undefined> = []
      const italianFlat: Array<FlatWords | undefined> = []
      const englishAt = (index: number) =>
        (englishFlat[index] ??= flatWords(keyer.englishSentence(source[index] as string)))
      // Each bead is asked about once by the search: nothing is kept per bead.
      return (s0, s1, t0, t1) => {
        if (t1 - t0 !== 1 || s1 - s0 !== 2) return null
        const at = cuts[t0] as Int32Array
        if (at.length === 0) return null
        const sentence = (italianFlat[t0] ??= flatWords(
          keyer.italianSentence(target[t0] as string),
        ))
        const first = englishAt(s0)
        const second = englishAt(s0 + 1)
        const words = sentence.starts.length - 1
        let score = 0
        for (let cut = 0; cut < at.length; cut++) {
          const end = at[cut] as number
          const before = partScore(first, sentence, 0, end)
          if (before <= score) continue
          score = Math.max(score, Math.min(before, partScore(second, sentence, end, words)))
        }
        return score
      }
    },
  }
}

// The word indices at which each sentence's joined clauses start, kept by sentence for the process
// (a report aligns each article with several stories): by whether the lexicon is used, which
// decides the words that have keys. A cache that reaches `cachedCuts` sentences starts again.
const cachedCuts = 20_000
const noCuts = new Int32Array(0)
const cutCaches = [new Map<string, Int32Array>(), new Map<string, Int32Array>()]

/** A sentence's cuts, as word indices into its keyed words, from a keyer's word lists. */
function cutFinder(keyer: LexicalKeyer, lexicon: boolean): (sentence: string) => Int32Array {
  const cache = cutCaches[lexicon ? 1 : 0] as Map<string, Int32Array>
  return (sentence) => {
    let cuts = cache.get(sentence)
    if (cuts) return cuts
    const offsets = joinOffsets(sentence)
    if (offsets.length === 0) cuts = noCuts
    else {
      // A join ends in spaces, so no word runs across it: the words before it are those that
      // start before it, counted in the sentence's words rather than by reading the part again.
      const starts = keyer.italianWordStarts(sentence)
      const at = new Set<number>()
      let before = 0
      for (const offset of offsets) {
        while (before < starts.length && (starts[before] as number) < offset) before++
        if (before > 0 && before < starts.length) at.add(before)
      }
      cuts = Int32Array.from(at).sort()
    }
    if (cache.size >= cachedCuts) cache.clear()
    cache.set(sentence, cuts)
    return cuts
  }
}

/** A sentence's words' key ids, one after another, and where each word's start. */
interface FlatWords {
  keys: Int32Array
  /** Word w's keys are keys[starts[w]] to keys[starts[w + 1]]. */
  starts: Int32Array
}

function flatWords(sentence: KeyedSentence): FlatWords {
  const starts = new Int32Array(sentence.words.length + 1)
  sentence.words.forEach((keys, at) => {
    starts[at + 1] = (starts[at] as number) + keys.length
  })
  const keys = new Int32Array(starts[sentence.words.length] as number)
  sentence.words.forEach((word, at) => keys.set(word, starts[at] as number))
  return { keys, starts }
}

// Marks by key id, shared by every call (one part is scored at a time): a key is marked when it
// holds the current stamp, so no set is built per part.
let marks = new Int32Array(1024)
let stamp = 0

/** Marks the keys of words [start, end) with a new stamp; returns the stamp. */
function mark(words: FlatWords, start: number, end: number): number {
  if (stamp >= 0x7ffffff0) {
    marks.fill(0)
    stamp = 0
  }
  const current = ++stamp
  const { keys, starts } = words
  for (let k = starts[start] as number; k < (starts[end] as number); k++) {
    const key = keys[k] as number
    if (key >= marks.length) {
      const grown = new Int32Array(Math.max(key + 1, 2 * marks.length))
      grown.set(marks)
      marks = grown
    }
    marks[key] = current
  }
  return current
}

/** How many of words [start, end) have a key marked with `current`. */
function countMarked(words: FlatWords, start: number, end: number, current: number): number {
  const { keys, starts } = words
  let count = 0
  for (let w = start; w < end; w++) {
    for (let k = starts[w] as number; k < (starts[w + 1] as number); k++) {
      const key = keys[k] as number
      if (key < marks.length && marks[key] === current) {
        count++
        break
      }
    }
  }
  return count
}

/**
 * How well Italian words [start, end) and an English sentence account for each other: the
 * harmonic mean of the shares of each side's words with a key on the other side.
 */
function partScore(english: FlatWords, italian: FlatWords, start: number, end: number): number {
  const englishWords = english.starts.length - 1
  if (englishWords === 0 || end <= start) return 0
  const italianCovered = countMarked(italian, start, end, mark(english, 0, englishWords))
  const englishCovered = countMarked(english, 0, englishWords, mark(italian, start, end))
  const p = italianCovered / (end - start)
  const q = englishCovered / englishWords
  return p + q > 0 ? (2 * p * q) / (p + q) : 0
}
