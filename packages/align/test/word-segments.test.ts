import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../scripts/seeded.mjs'
import { plainWordSegments } from '../src/word-segments.js'

// The reference: what `diffTokens` cut with before `plainWordSegments`, and still does for the
// texts it leaves out.
const segmenter = new Intl.Segmenter('it', { granularity: 'word' })
const reference = (text: string) => Array.from(segmenter.segment(text), ({ segment }) => segment)

// Every character `plainWordSegments` cuts itself.
const alphabet = Array.from({ length: 0x2100 }, (_, code) => String.fromCharCode(code)).filter(
  (char) => plainWordSegments(char) !== undefined,
)

describe('plainWordSegments', () => {
  const cases: Array<[text: string, segments: string[]]> = [
    ['dell’accordo, 1.000,5 volte.', ['dell’accordo', ',', ' ', '1.000,5', ' ', 'volte', '.']],
    ["l'Ue: «Sì»", ["l'Ue", ':', ' ', '«', 'Sì', '»']],
    ['e-mail  a\r\n\tb', ['e', '-', 'mail', '  ', 'a', '\r\n', '\t', 'b']],
    ['a..b 1;2 a;b 3a', ['a', '.', '.', 'b', ' ', '1;2', ' ', 'a', ';', 'b', ' ', '3a']],
    ['', []],
  ]
  it.each(cases)('cuts %j as the segmenter does', (text, segments) => {
    expect(plainWordSegments(text)).toEqual(segments)
    expect(reference(text)).toEqual(segments)
  })

  it('leaves other scripts, soft hyphens, underscores and emoji to the segmenter', () => {
    for (const text of ['Москва', 'a\u00adb', 'a_b', 'ok 👍', 'e\u0301', 'ªb'])
      expect(plainWordSegments(text)).toBeUndefined()
  })

  it('cuts each of its characters between neighbours of every class as the segmenter', () => {
    expect(alphabet.length).toBeGreaterThan(400)
    const neighbours = ['a', 'é', 'Ž', '1', '.', "'", '’', ':', ',', ';', ' ', '\n', '\r', '-']
    const differences: string[] = []
    for (const char of alphabet) {
      for (const before of neighbours) {
        for (const after of neighbours) {
          const text = `${before}${char}${after}`
          if (JSON.stringify(plainWordSegments(text)) !== JSON.stringify(reference(text)))
            differences.push(text)
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([])
  })

  it('cuts random text of news characters as the segmenter (seed 9)', () => {
    const next = seededRandom(9)
    const common = "aàbcè1 2.,;:'’‘\n\r«»-éZ0ò ".split('')
    const pick = (chars: string[]) => chars[Math.floor(next() * chars.length)] as string
    for (let round = 0; round < 20_000; round++) {
      let text = ''
      const length = 1 + Math.floor(next() * 12)
      for (let at = 0; at < length; at++) text += pick(next() < 0.8 ? common : alphabet)
      expect(plainWordSegments(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })
})
