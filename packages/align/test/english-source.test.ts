import { split } from 'sentence-splitter'
import { describe, expect, it } from 'vitest'
import { alignQuotes, englishSourceProblem, segmentEnglish } from '../src/index.js'

const sentences = (text: string) => segmentEnglish('en.md', text).sentences.map((s) => s.text)
const quotes = (text: string) =>
  segmentEnglish('en.md', text).quotes.map((quote) => text.slice(quote.start, quote.end))

describe('segmentEnglish', () => {
  it.each([
    [
      'one headline or sentence a line is cut at the lines',
      'Putin and Kim sign a pact\nThe leaders met in Pyongyang\nKim praised "an alliance"',
      ['Putin and Kim sign a pact', 'The leaders met in Pyongyang', 'Kim praised "an alliance"'],
    ],
    [
      'hard-wrapped prose is read as one paragraph',
      'The leaders of the two countries met on\nWednesday in Pyongyang and signed a\ntreaty.',
      ['The leaders of the two countries met on\nWednesday in Pyongyang and signed a\ntreaty.'],
    ],
    [
      'front matter, headings and bare links are not text',
      '---\ntitle: "x"\n---\n\n## Reuters — a title\n\n<https://example.com/a>\n\nThe pact was signed.',
      ['The pact was signed.'],
    ],
    [
      'front matter after a byte order mark, with CRLF and a blank after its fences, is not text',
      '\uFEFF--- \r\ntitle: "x"\r\n--- \r\nThe pact was signed.',
      ['The pact was signed.'],
    ],
    ['empty front matter is not text', '---\n---\nThe pact was signed.', ['The pact was signed.']],
    [
      'a list marker is not part of the sentence',
      '- The pact was signed.\n- Kim met Putin.',
      ['The pact was signed.', 'Kim met Putin.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it.each([
    ['straight marks', 'He said "we agree" and "we sign".', ['we agree', 'we sign']],
    ['mixed marks', 'He said “we agree" and "we sign”.', ['we agree', 'we sign']],
    [
      'an open mark stops at its paragraph',
      'He said "we agree and sign.\n\nThe next paragraph is not quoted.',
      ['we agree and sign.'],
    ],
    [
      'an open mark stops at its line when lines are units',
      'He said "we agree\nThe next line is not quoted.',
      ['we agree'],
    ],
  ])('finds quotations: %s', (_, text, expected) => {
    expect(quotes(text)).toEqual(expected)
  })

  it('keeps offsets into the text as read, through Markdown links and emphasis', () => {
    const text = 'Kim called it **a [fundamental document](https://kcna.kp/x)**, KCNA said.'
    const [sentence] = segmentEnglish('en.md', text).sentences
    expect(sentence && text.slice(sentence.start, sentence.end)).toBe(sentence?.text)
    expect(sentence?.text.startsWith('Kim called it')).toBe(true)
  })
})

describe('segmentEnglish, sentences as sentence-splitter finds them', () => {
  // Units are split with only the abbreviations that occur in them, and a unit without a full
  // stop, question or exclamation mark is not split at all: the sentences must be the ones
  // sentence-splitter's own lists give.
  const plainSplit = (text: string) =>
    split(text)
      .filter((node) => node.type === 'Sentence')
      .map((node) => text.slice(...node.range).trim())
      .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))

  it.each([
    ['titles before names', 'Mr. Smith met Dr. Jones. They spoke at St. Louis on Jan. 5.'],
    ['an abbreviation before a lower-case word', 'The U.S. economy grew at 3 p.m. sharp.'],
    ['initials and a capital I', 'We make a good team, you and I. Did you see Albert I. Jones?'],
    ['exclamation words', 'He said Yahoo! is big. Then he left!'],
    ['abbreviations in other case', 'MR. SMITH left at 5 A.M. today. e.g. this one. VS. that.'],
    ['no separator at all', 'Kim praised "an alliance" (a treaty) and left'],
    ['a question and a quotation', '"Is it ready?" he asked. "Yes." It was.'],
    ['decimals and numbers', 'It rose 1.5 percent to No. 2 in the list. Then it fell.'],
    ['a Greek word ending in sigma', 'ΟΔΟΣ. Mr. Σ. Jones left.'],
  ])('%s', (_, text) => {
    expect(sentences(text)).toEqual(plainSplit(text))
  })
})

describe('englishSourceProblem', () => {
  it.each([
    ['', 'has no text'],
    ['\u0000\u0001binary', 'looks binary, not text'],
    [
      'La Corea del Nord e la Russia hanno firmato un patto per la difesa.',
      'looks Italian, not English',
    ],
    ['North Korea and Russia signed a pact on defence.', null],
    ['Kim Jong Un', null],
  ])('%j → %s', (text, expected) => {
    expect(englishSourceProblem(text)).toBe(expected)
  })
})

describe('alignQuotes, structure first', () => {
  it('traces each quotation to the English quotation in the same place', () => {
    const english =
      'North Korea and Russia signed a treaty.\n\nKim called it "a fundamental document" and "an alliance".\n\nThe two leaders met in Pyongyang.'
    const italian =
      'Corea del Nord e Russia hanno firmato un trattato.\n\nKim lo ha definito “un documento fondamentale” e “un’alleanza”.\n\nI due leader si sono incontrati a Pyongyang.'
    const { quotes } = alignQuotes(italian, [{ file: 'en.md', text: english }], { threshold: 0 })
    const direct = quotes.filter((quote) => quote.kind === 'direct')
    expect(direct.map((quote) => quote.match?.text)).toEqual([
      'a fundamental document',
      'an alliance',
    ])
    for (const quote of direct) {
      expect(italian.slice(quote.start, quote.end)).toBe(quote.text)
      expect(quote.match && english.slice(quote.match.start, quote.match.end)).toBe(
        quote.match?.text,
      )
    }
  }, 60_000)

  it.each([
    // Only function words (`The`, `me`) outside the words that match: the whole sentence.
    [
      'Il 24enne ha dichiarato di non essersi reso conto, finché non è arrivato alla scuola secondaria, che non tutti sono come lui.',
      'The 24-year-old said he did not realise until he went to secondary school that not everyone is like him.',
      'The 24-year-old said he did not realise until he went to secondary school that not everyone is like him.',
    ],
    // Content words outside (`officials added`, which the Italian leaves out): the words that
    // match, and the function word between them and the sentence's start.
    [
      'Ieri il ministro degli Esteri ha detto che il trattato sarà firmato presto a Mosca.',
      'The foreign minister said the treaty would be signed in Moscow soon, officials added.',
      'The foreign minister said the treaty would be signed in Moscow soon',
    ],
  ])(
    'traces reported speech in %j to %j as %j',
    (italian, english, expected) => {
      const { quotes } = alignQuotes(italian, [{ file: 'en.md', text: english }], { threshold: 0 })
      const reported = quotes.find((quote) => quote.kind === 'indirect')
      expect(reported?.match?.text).toBe(expected)
    },
    60_000,
  )

  it('finds nothing in an empty pool', () => {
    const { quotes } = alignQuotes('Kim ha detto “no”.', [])
    expect(quotes.every((quote) => quote.match === null)).toBe(true)
  })
})
