import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { split } from 'sentence-splitter'
import { describe, expect, it } from 'vitest'
import { englishSentenceRanges } from '../src/english-source.js'
import { seededRandom } from '../../../scripts/seeded.mjs'

// `englishSentenceRanges` is sentence-splitter's `split` without its parser objects: every unit
// must get the very ranges `split` gives, or English sentences (and traces) would move.
const reference = (text: string) =>
  split(text)
    .filter((node) => node.type === 'Sentence')
    .map((node) => node.range)

const rows: Array<[string, string]> = [
  ['a full stop before a space', 'The pact was signed. Kim praised it.'],
  ['a full stop glued to the next word', 'The pact.It was signed'],
  ['question and exclamation marks in a run', 'Really?! Yes. No!'],
  ['an ellipsis', 'He paused... then spoke. Done'],
  ['prepositive abbreviations', 'Mr. Putin met Dr. Kim. They spoke.'],
  ['abbreviations before lower and upper case', 'It is 5 p.m. today. At 5 a.m. Kim left.'],
  ['initials between capitals', 'We did. Albert I. Jones came. You and I. Did you?'],
  ['multi-period abbreviations', 'The U.S.A. and the U.K. agreed. Fine.'],
  ['numbered lines', '1. First point. 2. Second point.'],
  ['exclamation words', 'Yahoo! is a company. Jeopardy! is a show.'],
  ['quotation marks hold full stops', 'He said "I came. I saw." and left. Then more.'],
  ['an unclosed quotation', 'He said "I came. I saw. And left. Then more.'],
  ['brackets hold full stops', 'A (see p. 4. Or not.) note. Next one.'],
  ['nested pairs of different kinds', 'A ("b. c.") d. E [f. (g.] h.) i. J.'],
  ['line breaks inside and between sentences', 'One line\nand two. Three\r\n\r\nfour.'],
  ['spaces of every kind', '\t One.\u00a0Two.\u2003 Three. \u3000Four.'],
  ['CJK text', '「漢字。」と言った。次の文。한국어. Next.'],
  ['full-width separators', 'Ａ．Ｂ！Ｃ？ D。E'],
  ['separators only', '. ! ?'],
  ['an astral capital after an initial', 'Met 𝐀 B. 𝐂 there. Fine.'],
  ['the empty unit', ''],
]

// Pieces of English news and of the cases sentence-splitter treats apart, joined at random.
const pieces = [
  'Mr.',
  'mr.',
  'U.S.A.',
  'e.g.',
  'I.',
  'A.',
  'Yahoo!',
  '1.',
  '12.',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '.',
  '?',
  '!',
  '...',
  '?!',
  '"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '「',
  '」',
  '漢',
  '한',
  'Dr.',
  'Jones',
  'jones',
  'inc.',
  'Inc.',
  'vs.',
  'St.',
  'John',
  'said',
  '．',
  '。',
  '？',
  '！',
  'x.y',
  '𝐀',
  'É',
  'the',
  'Kim',
  '“',
  '”',
  "'",
  'p.m.',
  'No.',
  'no.',
  'ǃKung',
  '\u0001',
  '\u0085',
  '\u2028',
  '\v',
]

describe('englishSentenceRanges', () => {
  it.each(rows)('splits %s as sentence-splitter does', (_, text) => {
    expect(englishSentenceRanges(text)).toEqual(reference(text))
  })

  it('splits 20,000 random texts of abbreviations, marks and spaces as sentence-splitter does', () => {
    const next = seededRandom(14)
    for (let round = 0; round < 20_000; round++) {
      const count = 1 + Math.floor(next() * 16)
      let text = ''
      for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)]
      expect(englishSentenceRanges(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  const corpus = new URL('../../../corpus-it/', import.meta.url)
  it.skipIf(!existsSync(corpus))(
    "splits every paragraph and line of corpus-it's English sources as sentence-splitter does",
    () => {
      const texts = readdirSync(corpus)
        .map((folder) => new URL(`${folder}/sources.en.md`, corpus))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8'))
      expect(texts.length).toBeGreaterThan(0)
      for (const text of texts)
        for (const unit of [...text.split(/\n\s*\n/), ...text.split('\n')])
          expect(englishSentenceRanges(unit), unit).toEqual(reference(unit))
    },
  )
})
