import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../scripts/seeded.mjs'
import { crossHits } from '../src/cross-hits.js'

describe('crossHits', () => {
  it('gives each word the sentences of the other side that have one of its keys', () => {
    const words = [[Int32Array.of(1, 2), Int32Array.of(9)], [Int32Array.of(3)]]
    const other = [Int32Array.of(2, 3), Int32Array.of(1), Int32Array.of(7)]
    const { bits, stride } = crossHits(words, other, 10)
    expect(stride).toBe(1)
    expect([...bits]).toEqual([0b011, 0b000, 0b001])
  })

  it('answers as a walk of the keys for sides of more than 32 sentences (seed 3)', () => {
    const next = seededRandom(3)
    const ids = (count: number) =>
      Int32Array.from(new Set(Array.from({ length: count }, () => Math.floor(next() * 200))))
    const words = Array.from({ length: 40 }, () =>
      Array.from({ length: Math.floor(next() * 6) }, () => ids(1 + Math.floor(next() * 4))),
    )
    const other = Array.from({ length: 70 }, () => ids(Math.floor(next() * 15)).sort())
    const { bits, stride } = crossHits(words, other, 200)
    expect(stride).toBe(3)
    let at = 0
    for (const word of words.flat()) {
      other.forEach((set, sentence) => {
        const shares = [...word].some((id) => set.includes(id))
        const bit = ((bits[at * stride + (sentence >>> 5)] as number) >>> (sentence & 31)) & 1
        expect(bit === 1, `word ${at}, sentence ${sentence}`).toBe(shares)
      })
      at++
    }
  })
})
