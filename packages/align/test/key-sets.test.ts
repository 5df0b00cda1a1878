import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../scripts/seeded.mjs'
import { PairKeySets } from '../src/key-sets.js'

/** The Dice coefficient of two runs' keys taken together, from sets: what `dice` must answer. */
function expectedDice(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  [s0, s1, t0, t1]: readonly number[],
): number | null {
  const a = new Set(source.slice(s0, s1).flatMap((set) => [...set]))
  const b = new Set(target.slice(t0, t1).flatMap((set) => [...set]))
  if (a.size === 0 && b.size === 0) return null
  const shared = [...a].filter((key) => b.has(key)).length
  return (2 * shared) / (a.size + b.size)
}

function sorted(keys: readonly number[]): Int32Array {
  return Int32Array.from(new Set(keys)).sort()
}

describe('PairKeySets', () => {
  const source = [sorted([1, 2, 3]), sorted([]), sorted([3, 40, 1000])]
  const target = [sorted([2, 3]), sorted([40, 7]), sorted([])]
  const cases: Array<[bead: number[], dice: number | null]> = [
    [[0, 1, 0, 1], 0.8],
    [[1, 2, 2, 3], null],
    [[1, 2, 0, 1], 0],
    [[0, 3, 0, 2], (2 * 3) / (5 + 4)],
    [[2, 3, 1, 3], 0.4],
  ]
  it.each(cases)('scores bead %j', (bead, dice) => {
    const sets = new PairKeySets(source, target)
    const [s0, s1, t0, t1] = bead as [number, number, number, number]
    expect(sets.dice(s0, s1, t0, t1)).toBe(dice)
  })

  it('answers as sets do for every run of random documents, long runs too (seed 5)', () => {
    const next = seededRandom(5)
    const document = (length: number, vocabulary: number) =>
      Array.from({ length }, () =>
        sorted(
          Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * vocabulary)),
        ),
      )
    for (let round = 0; round < 40; round++) {
      // Vocabularies past 32 and 64 keys: bit sets of one word and of several.
      const vocabulary = 5 + Math.floor(next() * 300)
      const english = document(1 + Math.floor(next() * 9), vocabulary)
      const italian = document(1 + Math.floor(next() * 9), vocabulary)
      const sets = new PairKeySets(english, italian)
      for (let s0 = 0; s0 < english.length; s0++) {
        for (let s1 = s0 + 1; s1 <= english.length; s1++) {
          for (let t0 = 0; t0 < italian.length; t0++) {
            for (let t1 = t0 + 1; t1 <= italian.length; t1++) {
              const bead = [s0, s1, t0, t1]
              expect(sets.dice(s0, s1, t0, t1), JSON.stringify(bead)).toBe(
                expectedDice(english, italian, bead),
              )
            }
          }
        }
      }
    }
  })
})
