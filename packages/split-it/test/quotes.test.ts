import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../src/index.js'

const cases: Array<{
  name: string
  input: string
  output: Array<[text: string, open: string, close: string, depth: number]>
}> = [
  {
    name: 'finds guillemets',
    input: 'Ha detto: «Siamo pronti».',
    output: [['Siamo pronti', '«', '»', 0]],
  },
  {
    name: 'finds nested quotations with their depth',
    input: '«Ha detto “basta” e ‘mai’» riferisce.',
    output: [
      ['Ha detto “basta” e ‘mai’', '«', '»', 0],
      ['basta', '“', '”', 1],
      ['mai', '‘', '’', 1],
    ],
  },
  {
    name: 'finds straight double and single quotes',
    input: 'Il "pieno sostegno" e la parola \'casa\'.',
    output: [
      ['pieno sostegno', '"', '"', 0],
      ['casa', "'", "'", 0],
    ],
  },
  {
    name: 'skips apostrophes inside words',
    input: "L’accordo dell’ONU c’è, l'art. 4 pure.",
    output: [],
  },
  {
    name: 'skips a quotation that is never closed',
    input: 'Ha detto «siamo pronti. Poi è partito.',
    output: [],
  },
  {
    name: 'does not pair quotes across a blank line',
    input: 'Ha detto «siamo pronti.\n\nPoi» è partito.',
    output: [],
  },
  {
    name: 'reads German-style „…“ pairs',
    input: 'Er sagte „ja“ und ging.',
    output: [['ja', '„', '“', 0]],
  },
  {
    name: 'reads a “ glued to the end of a word as a mistyped closing mark',
    input: 'Utilizzando “tutti i mezzi senza indugio“. Poi “altro” qui.',
    output: [
      ['tutti i mezzi senza indugio', '“', '“', 0],
      ['altro', '“', '”', 0],
    ],
  },
  {
    name: 'still opens a “ that follows a space',
    input: 'Lui “ciao “mondo” ieri”.',
    output: [
      ['ciao “mondo” ieri', '“', '”', 0],
      ['mondo', '“', '”', 1],
    ],
  },
  {
    name: 'finds a quotation of a whole multi-sentence statement',
    input: '“Tutto deriva da Kim. Putin è riluttante”, ha detto Cha.',
    output: [['Tutto deriva da Kim. Putin è riluttante', '“', '”', 0]],
  },
  {
    name: 'pairs a “ closed by a straight quote, as after a CMS round trip',
    input: 'Ha detto “siamo pronti. Combatteremo" e poi “basta".',
    output: [
      ['siamo pronti. Combatteremo', '“', '"', 0],
      ['basta', '“', '"', 0],
    ],
  },
  {
    name: 'pairs a straight quote closed by a ”',
    input: 'Il "pieno sostegno” è stato confermato, "senza riserve”.',
    output: [
      ['pieno sostegno', '"', '”', 0],
      ['senza riserve', '"', '”', 0],
    ],
  },
  {
    name: 'pairs „ closed by a straight quote',
    input: 'Er sagte „ja" und ging.',
    output: [['ja', '„', '"', 0]],
  },
  {
    name: 'still pairs straight quotes nested in curly ones',
    input: '“Il cosiddetto "decreto" è pronto”, ha detto.',
    output: [
      ['Il cosiddetto "decreto" è pronto', '“', '”', 0],
      ['decreto', '"', '"', 1],
    ],
  },
  {
    name: 'nests a straight quote that opens after a space inside an open straight quote',
    input: '"Quando il governo dirà, "O.K., è un disastro nazionale”, potremo accettare aiuti."',
    output: [
      [
        'Quando il governo dirà, "O.K., è un disastro nazionale”, potremo accettare aiuti.',
        '"',
        '"',
        0,
      ],
      ['O.K., è un disastro nazionale', '"', '”', 1],
    ],
  },
  {
    name: 'nests straight quotes in straight quotes',
    input: 'Ha detto: "Il cosiddetto "decreto" è pronto" e se n’è andato.',
    output: [
      ['Il cosiddetto "decreto" è pronto', '"', '"', 0],
      ['decreto', '"', '"', 1],
    ],
  },
  {
    name: 'still reads straight quotes one after another',
    input: 'Tra "sì", "no" e "forse" ha scelto "forse".',
    output: [
      ['sì', '"', '"', 0],
      ['no', '"', '"', 0],
      ['forse', '"', '"', 0],
      ['forse', '"', '"', 0],
    ],
  },
  {
    name: 'does not close a “ with a straight quote across an open «',
    input: '“Ha detto «basta" e poi»” fine.',
    output: [
      ['Ha detto «basta" e poi»', '“', '”', 0],
      ['basta" e poi', '«', '»', 1],
    ],
  },
]

describe('extractQuotes', () => {
  for (const row of cases) {
    it(row.name, () => {
      const quotes = extractQuotes(row.input)
      expect(quotes.map((quote) => [quote.text, quote.open, quote.close, quote.depth])).toEqual(
        row.output,
      )
      for (const quote of quotes) {
        expect(row.input.slice(quote.start, quote.end)).toBe(quote.text)
        expect(row.input.slice(quote.openStart, quote.start)).toBe(quote.open)
        expect(row.input.slice(quote.end, quote.closeEnd)).toBe(quote.close)
      }
    })
  }

  it('throws a TypeError naming the function without a string', () => {
    expect(() => extractQuotes(null as unknown as string)).toThrow(
      new TypeError('extractQuotes: `text` must be a string, got null'),
    )
  })
})
