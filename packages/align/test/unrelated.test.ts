import { describe, expect, it } from 'vitest'
import { alignQuotes, traceArticle } from '../src/index.js'

// A small wire: three stories whose common words (`see`, `seen`, `chief`, `main`) each recur in
// several sentences, as they do in any day's copy.
const wire = [
  {
    file: 'summit.md',
    text: [
      '# Leaders meet in Geneva',
      'The two leaders met in Geneva on Monday to see whether talks could resume.',
      'The chief negotiator said both sides had seen progress on the main issues.',
      'Observers said they would wait to see what the summit delivers.',
      'The ministers have not seen each other since the spring.',
      'The main sticking point remains the border, the chief of staff said.',
    ].join('\n\n'),
  },
  {
    file: 'markets.md',
    text: [
      '# Markets rally',
      'Shares rose sharply on Tuesday as investors bet on lower rates.',
      'The main index gained two percent, its best day since March.',
      'Analysts said they had seen strong buying in technology stocks.',
      "The bank's chief economist said it was too early to see a recovery.",
    ].join('\n\n'),
  },
  {
    file: 'storm.md',
    text: [
      '# Storm hits coast',
      'A powerful storm hit the coast overnight, cutting power to thousands of homes.',
      'Emergency crews were seen clearing roads on Wednesday morning.',
      'The fire chief said the main roads would reopen by evening.',
      'Residents were told to stay indoors and see updates online.',
    ].join('\n\n'),
  },
]

// A match report the wire does not hold: each quotation's one word has a translation in
// several of its sentences (`vedere` → `see`, `seen`; `principale` → `chief`, `main`).
const unrelated = [
  '# La squadra vince il derby',
  'La squadra di casa ha vinto il derby per due a zero davanti a trentamila tifosi.',
  'L’allenatore ha detto che era importante «vedere» la reazione dei giocatori dopo la sconfitta.',
  'Il capitano ha definito la partita “principale” per la stagione.',
  'Il portiere ha parlato di una “situazione molto difficile” nel primo tempo.',
].join('\n\n')

// The summit story in Italian: its sentences have their originals in the wire.
const related = [
  '# I leader si incontrano a Ginevra',
  'I due leader si sono incontrati lunedì a Ginevra per capire se i negoziati possano riprendere.',
  'Il capo negoziatore ha detto che entrambe le parti hanno visto “progressi” sulle questioni principali.',
  'I ministri non si vedevano dalla primavera.',
].join('\n\n')

describe('an article with no original in the sources', () => {
  it.each([
    ['vedere', 'a word that several sentences translate (see, seen)'],
    ['principale', 'a word that several sentences translate (chief, main)'],
    ['situazione molto difficile', 'words that no sentence holds'],
  ])('traces no quotation: “%s”, %s', (quote) => {
    const found = alignQuotes(unrelated, wire).quotes.find((entry) => entry.text === quote)
    expect(found).toBeDefined()
    expect(found?.match).toBeNull()
  })

  it('matches no sentence, and its weak pairings do not count as aligned', () => {
    expect(alignQuotes(unrelated, wire).sentences.every((entry) => entry.match === null)).toBe(true)
    const traced = traceArticle(unrelated, wire).sentences
    expect(traced.some((entry) => entry.candidate !== null)).toBe(true)
    expect(traced.every((entry) => entry.candidate?.aligned !== true)).toBe(true)
  })
})

describe('an article drawn from a story in the sources', () => {
  it('keeps its alignment, and traces a one-word quotation inside its aligned sentence', () => {
    const traced = traceArticle(related, wire).sentences
    expect(traced.every((entry) => entry.candidate?.aligned === true)).toBe(true)
    const quote = alignQuotes(related, wire).quotes.find((entry) => entry.text === 'progressi')
    expect(quote?.match).toMatchObject({ file: 'summit.md', text: 'progress' })
  })
})
