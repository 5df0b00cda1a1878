import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  alignSentences,
  cognatesScorer,
  lengthScorer,
  numbersScorer,
  type Bead,
} from '../src/index.js'

/** Beads cover every index of both sides exactly once, in order. */
function expectCover(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((bead) => bead.source)).toEqual(
    Array.from({ length: n }, (_, index) => index),
  )
  expect(beads.flatMap((bead) => bead.target)).toEqual(
    Array.from({ length: m }, (_, index) => index),
  )
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
    expect(bead.score).toBeGreaterThanOrEqual(0)
    expect(bead.score).toBeLessThanOrEqual(1)
  }
}

const english = [
  'North Korea and Russia signed a pact on Wednesday.',
  'The treaty was ratified on 6 November 2024 by the Russian parliament.',
  'Vladimir Putin visited Pyongyang for the first time in 24 years.',
  'NATO chief Jens Stoltenberg said the pact showed authoritarian powers aligning.',
  'Kim Jong Un called Putin the dearest friend of the Korean people.',
]
const italian = [
  'La Corea del Nord e la Russia hanno firmato un patto mercoledì.',
  'Il trattato è stato ratificato il 6 novembre 2024 dal parlamento russo.',
  'Vladimir Putin ha visitato Pyongyang per la prima volta in 24 anni.',
  'Il segretario generale della NATO Jens Stoltenberg ha detto che il patto mostra le potenze autoritarie allinearsi.',
  'Kim Jong Un ha definito Putin il più caro amico del popolo coreano.',
]

describe('alignSentences', () => {
  it('pairs a translation sentence by sentence', () => {
    const beads = alignSentences(english, italian)
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual(
      english.map((_, index) => [[index], [index]]),
    )
    expectCover(beads, english.length, italian.length)
  })

  it('finds a 1-2 bead where the translation splits a sentence', () => {
    const target = [
      italian[0] as string,
      'Il trattato è stato ratificato il 6 novembre 2024.',
      'Lo ha fatto il parlamento russo.',
      ...italian.slice(2),
    ]
    const beads = alignSentences(english, target)
    expect(beads[1]).toMatchObject({ source: [1], target: [1, 2] })
    expectCover(beads, english.length, target.length)
  })

  it('skips an outlet’s own paragraphs as unpaired target sentences', () => {
    const added = [
      'Scopri di più con Euractiv.',
      'Ultime notizie dal mondo.',
      'Iscriviti alla newsletter.',
    ]
    const target = [...italian.slice(0, 3), ...added, ...italian.slice(3)]
    const beads = alignSentences(english, target)
    expect(beads.filter((bead) => bead.source.length === 0).map((bead) => bead.target)).toEqual([
      [3],
      [4],
      [5],
    ])
    expect(beads.at(-1)).toMatchObject({ source: [4], target: [7] })
  })

  it('skips an outlet’s additions in a short document too', () => {
    const beads = alignSentences(english.slice(0, 3), [
      italian[0] as string,
      'Scopri di più con Euractiv.',
      'Iscriviti alla newsletter.',
      ...italian.slice(1, 3),
    ])
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[], [1]],
      [[], [2]],
      [[1], [3]],
      [[2], [4]],
    ])
  })

  it('aligns another language pair on language-independent evidence', () => {
    const german = ['Am 9. September 1988 stieg Michel Piola auf.', 'Die Wand ist 600 m hoch.']
    const french = ['Le 9 septembre 1988, Michel Piola est monté.', 'La paroi mesure 600 m.']
    const beads = alignSentences(german, french, { sourceLanguage: 'de', targetLanguage: 'fr' })
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ])
  })

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual([])
    expect(alignSentences(['One.'], [])).toEqual([{ source: [0], target: [], score: 0 }])
    expect(alignSentences([], ['Uno.', 'Due.'])).toEqual([
      { source: [], target: [0], score: 0 },
      { source: [], target: [1], score: 0 },
    ])
  })

  it('throws a TypeError for input that is not sentences', () => {
    expect(() => alignSentences('text' as never, [])).toThrow(
      /^alignSentences: `source` must be an array of strings, got a string \("text"\)$/,
    )
    expect(() => alignSentences([], [], { band: 0 })).toThrow(
      /^alignSentences: `options.band` must be a positive whole number, got a number \(0\)$/,
    )
  })

  it('covers every index exactly once, in order, for any two lists', () => {
    const sentence = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(...english, ...italian, '', '2024', 'Pyongyang'),
    )
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 40 }),
        fc.array(sentence, { maxLength: 40 }),
        (source, target) => {
          expectCover(alignSentences(source, target), source.length, target.length)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('scorers', () => {
  const cases: Array<
    [
      name: string,
      scorer: ReturnType<typeof numbersScorer>,
      source: string,
      target: string,
      expected: number | null,
    ]
  > = [
    [
      'numbers agree across notations',
      numbersScorer(),
      'It cost 17,500.5 dollars in 2024.',
      'È costato 17.500,5 dollari nel 2024.',
      1,
    ],
    ['numbers disagree', numbersScorer(), 'In 1990.', 'Nel 1961.', 0],
    ['no numbers on either side says nothing', numbersScorer(), 'Hello.', 'Ciao.', null],
    [
      'names agree without accents',
      cognatesScorer(),
      'Yesterday Schauble spoke.',
      'Ha parlato Schäuble.',
      4 / 7,
    ],
    ['cognates share their first letters', cognatesScorer(), 'parliament', 'parlamento', 1],
  ]
  for (const [name, scorer, source, target, expected] of cases) {
    it(name, () => {
      const score = scorer.prepare([source], [target], {
        sourceLanguage: 'en',
        targetLanguage: 'it',
      })(0, 1, 0, 1)
      if (expected === null) expect(score).toBeNull()
      else expect(score).toBeCloseTo(expected, 2)
    })
  }

  it('gives length probabilities that fall as lengths diverge', () => {
    const score = lengthScorer().prepare(
      ['a'.repeat(100), 'b'.repeat(100)],
      ['c'.repeat(100), 'd'.repeat(300)],
      {
        sourceLanguage: 'en',
        targetLanguage: 'it',
        lengthRatio: 1,
      },
    )
    expect(score(0, 1, 0, 1)).toBeGreaterThan(0.9)
    expect(score(1, 2, 1, 2)).toBeLessThan(0.001)
    expect(score(0, 1, 0, 0)).toBe(1)
  })
})
