import type { Glossary } from '@fonte/glossary'
import { capitalisedWords, numberKeys, plainWords } from './words.js'

/** A bead's sentences: `[start, end)` on each side. */
export interface BeadRange {
  source: readonly [number, number]
  target: readonly [number, number]
}

/** What a scorer is told about the document pair. */
export interface ScorerContext {
  sourceLanguage: string
  targetLanguage: string
  /**
   * Target characters per source character, measured on the confident anchor pairs when there
   * are enough of them (whole-document totals mislead when one side has extra material).
   */
  lengthRatio?: number | undefined
}

/**
 * A piece of evidence that a bead is a translation, in [0, 1].
 *
 * A scorer is prepared once per document pair and then asked about many beads. A `probability`
 * scorer (the length model) adds `-weight × ln(floor + score)` to a bead's cost; an `evidence`
 * scorer (shared numbers, names, dictionary translations) subtracts `weight × ln(1 + score /
 * floor)`, a bonus that is 0 where it finds nothing, so a lack of evidence never favours fewer,
 * larger beads. Write your own, an embedding model for instance, by returning a similarity in
 * [0, 1].
 */
export interface Scorer {
  /** Shown in explanations and benchmarks. */
  name: string
  /** `probability` or `evidence` (default: `'evidence'`). */
  kind?: 'probability' | 'evidence' | undefined
  /** How much the scorer counts (default: 1). */
  weight?: number | undefined
  /** How the score is turned into a cost (see above; default: 0.1). */
  floor?: number | undefined
  /**
   * Prepare for one document pair.
   *
   * @returns A function that scores a bead, in [0, 1], or `null` when it has nothing to say
   *   about it (no numbers on either side, say): such a bead is judged on the other scorers.
   */
  prepare: (
    source: readonly string[],
    target: readonly string[],
    context: ScorerContext,
  ) => (bead: BeadRange) => number | null
}

// Gale & Church (1993): target length ≈ c × source length, variance s² per source character.
const galeChurchVariance = 6.8

/**
 * Sentence length, after Gale & Church (1993): the probability that the target's characters are
 * as many as a translation of the source's would be, with the length ratio `c` measured on the
 * anchor pairs (see `ScorerContext.lengthRatio`), or on the whole document pair. Beads with one empty side score 1 (the bead type's prior decides them).
 */
export function lengthScorer(): Scorer {
  return {
    name: 'length',
    kind: 'probability',
    weight: 1,
    floor: 1e-9,
    prepare(source, target, context) {
      const sourceLengths = prefixSums(source.map((sentence) => sentence.length))
      const targetLengths = prefixSums(target.map((sentence) => sentence.length))
      const ratio =
        context.lengthRatio ??
        ((targetLengths.at(-1) ?? 1) / Math.max(1, sourceLengths.at(-1) ?? 1) || 1)
      return ({ source: [s0, s1], target: [t0, t1] }) => {
        if (s0 === s1 || t0 === t1) return 1
        const sourceLength = (sourceLengths[s1] as number) - (sourceLengths[s0] as number)
        const targetLength = (targetLengths[t1] as number) - (targetLengths[t0] as number)
        const mean = (sourceLength + targetLength / ratio) / 2
        const delta =
          (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(1, mean) * galeChurchVariance)
        return 2 * (1 - normalCdf(Math.abs(delta)))
      }
    },
  }
}

/**
 * Evidence from keys both sides share, measured by the Dice coefficient of the bead's keys
 * (`null` when neither side has any). `keysOf` gives each sentence's keys on its side.
 */
export function sharedKeysScorer(
  name: string,
  keysOf: (
    sentence: string,
    side: 'source' | 'target',
    context: ScorerContext,
  ) => readonly string[],
  options?: { weight?: number; floor?: number },
): Scorer {
  return {
    name,
    weight: options?.weight ?? 1,
    floor: options?.floor ?? 0.1,
    prepare(source, target, context) {
      const sourceKeys = source.map((sentence) => keysOf(sentence, 'source', context))
      const targetKeys = target.map((sentence) => keysOf(sentence, 'target', context))
      return ({ source: [s0, s1], target: [t0, t1] }) => {
        if (s0 === s1 || t0 === t1) return null
        return dice(sourceKeys, s0, s1, targetKeys, t0, t1)
      }
    },
  }
}

/** Numbers in any notation: `1,5` and `1.5`, `17.500` and `17,500`, years and dates. */
export function numbersScorer(options?: { weight?: number }): Scorer {
  return sharedKeysScorer('numbers', (sentence) => numberKeys(sentence), {
    weight: options?.weight ?? 1.5,
  })
}

/**
 * Names and cognates: capitalised words compared whole (`Pyongyang`, `Kharkiv`, `NATO`), and
 * words of five letters or more by their first four (`parliament` / `parlamento`).
 */
export function cognatesScorer(options?: { weight?: number }): Scorer {
  return sharedKeysScorer(
    'cognates',
    (sentence) => [
      ...capitalisedWords(sentence).flatMap((word) => plainWords(word).map((plain) => `=${plain}`)),
      ...plainWords(sentence)
        .filter((word) => word.length >= 5 && !/^\d/.test(word))
        .map((word) => word.slice(0, 4)),
    ],
    { weight: options?.weight ?? 1 },
  )
}

/** A bilingual dictionary: each source word with its target-language translations. */
export type Dictionary = ReadonlyMap<string, readonly string[]>

/**
 * Dictionary translations: the source sentence's words, translated, against the target's words,
 * compared by their first four letters (so inflected forms meet).
 */
export function dictionaryScorer(dictionary: Dictionary, options?: { weight?: number }): Scorer {
  const prefix = (word: string) => word.slice(0, 4)
  return sharedKeysScorer(
    'dictionary',
    (sentence, side) => {
      const words = plainWords(sentence)
      if (side === 'target') return words.filter((word) => word.length >= 3).map(prefix)
      const keys: string[] = []
      for (const word of words) {
        for (const translation of dictionary.get(word) ?? []) {
          for (const part of plainWords(translation)) if (part.length >= 3) keys.push(prefix(part))
        }
      }
      return keys
    },
    { weight: options?.weight ?? 1.5 },
  )
}

/** Glossary concepts found on both sides (`mutual defence` / `mutua difesa`). */
export function glossaryScorer(glossary: Glossary, options?: { weight?: number }): Scorer {
  return sharedKeysScorer(
    'glossary',
    (sentence, side) =>
      (side === 'source' ? glossary.source : glossary.target)
        .match(sentence)
        .map((match) => match.concept.id),
    { weight: options?.weight ?? 2 },
  )
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0]
  for (const value of values) sums.push((sums.at(-1) as number) + value)
  return sums
}

function dice(
  sourceKeys: ReadonlyArray<readonly string[]>,
  s0: number,
  s1: number,
  targetKeys: ReadonlyArray<readonly string[]>,
  t0: number,
  t1: number,
): number | null {
  const counts = new Map<string, number>()
  let sourceTotal = 0
  for (let index = s0; index < s1; index++) {
    for (const key of sourceKeys[index] as readonly string[]) {
      counts.set(key, (counts.get(key) ?? 0) + 1)
      sourceTotal++
    }
  }
  let targetTotal = 0
  let shared = 0
  for (let index = t0; index < t1; index++) {
    for (const key of targetKeys[index] as readonly string[]) {
      targetTotal++
      const left = counts.get(key) ?? 0
      if (left > 0) {
        shared++
        counts.set(key, left - 1)
      }
    }
  }
  if (sourceTotal === 0 && targetTotal === 0) return null
  return (2 * shared) / (sourceTotal + targetTotal)
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x))
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
  const tail =
    density *
    t *
    (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return x >= 0 ? 1 - tail : tail
}
