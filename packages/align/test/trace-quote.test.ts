import { describe, expect, it } from 'vitest'
import { italianKeys } from '../src/evidence.js'
import { poolFor, traceQuote, type Partner } from '../src/trace.js'

// Seed 003's shape: one Italian sentence with two quotations, aligned with two English sentences
// merged, the first quoting a phrase of its own and the second holding both originals.
const wire = [
  {
    file: 'wire.md',
    text:
      'The pact for a “comprehensive strategic partnership” was signed on Wednesday.\n\n' +
      '“If either side is attacked, the other side shall use its means to provide military and ' +
      'other assistance,” Article 4 says.\n',
  },
]

describe('a quotation traced by its place among the quotations of its partner', () => {
  const { pool } = poolFor(wire)
  const spanOf = (quote: string, index: number, sentences: number[]) => {
    const partner: Partner = { sentences, score: 0.4, aligned: true, mutual: true }
    const candidate = traceQuote(italianKeys(quote), { index, count: 2 }, partner, pool)
    return candidate && wire[0]!.text.slice(candidate.start, candidate.end)
  }

  it('is not placed on a quotation it shares no word with when the partner merges sentences', () => {
    // The first of two Italian quotations and the first of two English ones, by count alone.
    // Only `mezzi` → `means` is shared, and weakly: the place alone used to outweigh it.
    expect(spanOf('tutti i mezzi a sua disposizione senza indugio', 0, [0, 1])).toBe('means')
  })

  it('still takes the quotation in its place when they share words', () => {
    expect(spanOf('assistenza militare e di altro tipo', 1, [0, 1])).toMatch(
      /^If either side is attacked, .* military and other assistance,$/,
    )
  })
})

describe("a span's edges", () => {
  // The partner is every sentence of the English (a headline and its story are two).
  const spanIn = (english: string, quote: string) => {
    const { pool } = poolFor([{ file: 'wire.md', text: `${english}\n` }])
    const sentences = pool.sentences.map((_, at) => at)
    const partner: Partner = { sentences, score: 0.5, aligned: true, mutual: true }
    const candidate = traceQuote(italianKeys(quote), null, partner, pool)
    return candidate && english.slice(candidate.start, candidate.end)
  }

  it.each([
    [
      'a function word before it, after a colon',
      'Mr Clark told reporters on Monday: we need a deal on trade, and soon.',
      'abbiamo bisogno di un accordo sul commercio',
      'we need a deal on trade',
    ],
    [
      'a function word after it, before the full stop',
      'The minister said the talks would go on, but not everyone is like me.',
      'non tutti sono come me',
      'like me',
    ],
    [
      'three function words before it, after a colon',
      'Neal Baer, a show runner, told reporters on Friday: this is a fire that people are drawn to, and it will not go out.',
      'è un fuoco verso cui le persone sono attratte',
      'this is a fire that people are drawn to',
    ],
    [
      'a function word after the blank line below a headline',
      'What it all means for us\n\nThe pact obliges both sides to give military aid at once, officials said.',
      'il patto obbliga le due parti a fornire aiuti militari',
      'The pact obliges both sides to give military aid',
    ],
    [
      'nothing: a content word lies between it and the clause’s edge',
      'Officials said that in the end the pact was signed by the two leaders in Moscow.',
      'il patto è stato firmato dai due leader',
      'signed by the two leaders',
    ],
  ])('take in %s', (_, english, quote, span) => {
    expect(spanIn(english, quote)).toBe(span)
  })
})
