// pairWords finds its pairs through buckets of the Italian text's words and sorts them by index:
// its answer must be the plain one (every pair of words that correspond, stronger first, then by
// English and Italian position, each word used once), however often a text is scored and
// against whatever English words.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  correspondence,
  Idf,
  italianKeys,
  pairWords,
  readWords,
  type Word,
} from '../src/evidence.js'

const italianVocabulary =
  'governo ministro Roma difesa nazionale 2024 17,5 dichiarato parlamento ottobre guerra Stati Uniti accordo nucleare Corea popolo'.split(
    ' ',
  )
const englishVocabulary =
  'government minister Rome defence national 2024 17.5 declared parliament October war United States agreement nuclear Korea people the of said'.split(
    ' ',
  )

/** The plain answer: all pairs, the built-in sort, the greedy pass. */
function reference(italian: ReturnType<typeof italianKeys>, english: readonly Word[], idf: Idf) {
  const pairs: Array<{ value: number; i: number; e: number }> = []
  english.forEach((word, e) => {
    if (word.stop) return
    const weight = idf.weight(word)
    italian.words.forEach((other, i) => {
      const strength = correspondence(other, word)
      if (strength > 0) pairs.push({ value: strength * weight, i, e })
    })
  })
  pairs.sort((a, b) => b.value - a.value || a.e - b.e || a.i - b.i)
  const strength = english.map(() => 0)
  const index = english.map(() => -1)
  const used = new Set<number>()
  for (const { value, i, e } of pairs) {
    if (used.has(i) || index[e] !== -1) continue
    used.add(i)
    strength[e] = value
    index[e] = i
  }
  return { strength, index }
}

const texts = (vocabulary: string[]) =>
  fc
    .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 })
    .map((words) => words.join(' '))

describe('pairWords', () => {
  it('gives the plain answer, scored once or again', () => {
    fc.assert(
      fc.property(
        texts(italianVocabulary),
        fc.array(texts(englishVocabulary), { minLength: 1, maxLength: 4 }),
        (italianText, englishTexts) => {
          const italian = italianKeys(italianText)
          const english = englishTexts.map((text) => readWords(text, 'en'))
          const idf = new Idf()
          for (const words of english) idf.add(words)
          // Each English array twice: a text's buckets are kept between calls.
          for (const words of [...english, ...english]) {
            const expected = reference(italian, words, idf)
            const found = pairWords(italian, words, idf)
            expect([...found.strength.subarray(0, words.length)]).toEqual(expected.strength)
            expect([...found.italianIndex.subarray(0, words.length)]).toEqual(expected.index)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
