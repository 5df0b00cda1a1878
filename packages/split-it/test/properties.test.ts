import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuotes, splitSentences, type SplitOptions } from '../src/index.js'
import { splitToTxtAst } from '../src/txt-ast.js'
import { expectExactSpans } from './invariants.js'

// Text made of the characters the splitter reacts to, so that properties meet its branches.
const tricky = fc.constantFrom(
  ...'.!?…:;«»“”‘’„"\'()[]\n\r\t \u2028\uFEFF'.split(''),
  'sig.',
  'ecc.',
  'art.',
  'S.p.A.',
  'J.',
  '4.',
  '12.30',
  'È',
  'Il',
  'la',
  'dell’',
  "l'",
  '...',
  '\n\n',
  '- ',
  '# ',
  '1) ',
  'e\u0301',
  '😀',
  '\uD800',
  '\uDC00',
)
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(tricky, { maxLength: 80 }).map((parts) => parts.join('')),
)
const options = fc.record(
  {
    convention: fc.constantFrom('news', 'ud'),
    quotes: fc.constantFrom('auto', 'split', 'keep'),
    lineBreaks: fc.constantFrom('auto', 'boundary', 'space'),
    colons: fc.boolean(),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<SplitOptions>

describe('properties', () => {
  it('splitSentences never throws, and its spans are exact and rebuild the input', () => {
    fc.assert(
      fc.property(text, options, (input, settings) => {
        expectExactSpans(input, splitSentences(input, settings))
      }),
      { numRuns: 2000 },
    )
  })

  it('extractQuotes spans slice back to their text and marks', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const quote of extractQuotes(input)) {
          expect(input.slice(quote.start, quote.end)).toBe(quote.text)
          expect(input.slice(quote.openStart, quote.start)).toBe(quote.open)
          expect(input.slice(quote.end, quote.closeEnd)).toBe(quote.close)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('splitToTxtAst nodes rebuild the input', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(
          splitToTxtAst(input)
            .map((node) => node.raw)
            .join(''),
        ).toBe(input)
      }),
      { numRuns: 500 },
    )
  })

  // Inputs that would make a quadratic scan take hours: each finishes within the test timeout.
  const megabyte = 1 << 20
  const adversarial: Array<[string, string]> = [
    [
      'one line without a newline',
      'Il presidente ha detto che il patto è firmato. '.repeat(megabyte / 47),
    ],
    ['a word without spaces', 'a'.repeat(megabyte)],
    ['full stops without spaces', 'a.'.repeat(megabyte / 2)],
    ['unclosed brackets and quotes', '(«“"'.repeat(megabyte / 4)],
    ['closing marks only', ')»”"'.repeat(megabyte / 4)],
    ['one long token before each full stop', `${'x'.repeat(5000)}. `.repeat(200)],
  ]
  // A quadratic scan would take hours; the generous timeout only absorbs a loaded machine.
  for (const [name, input] of adversarial) {
    it(`handles a megabyte of ${name}`, { timeout: 30_000 }, () => {
      const sentences = splitSentences(input, { quotes: 'keep' })
      expect(sentences.length).toBeGreaterThan(0)
      expect(sentences.at(-1)?.end).toBeLessThanOrEqual(input.length)
      const quotes = extractQuotes(input)
      const marked = (quote: (typeof quotes)[number]) =>
        input.slice(quote.openStart, quote.closeEnd) === `${quote.open}${quote.text}${quote.close}`
      expect(quotes.every(marked)).toBe(true)
    })
  }
})
