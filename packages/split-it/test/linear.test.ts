import { describe, expect, it } from 'vitest'
import { extractQuotes, splitSentences, type Sentence } from '../src/index.js'
import { splitToTxtAst } from '../src/txt-ast.js'

// Inputs on which a scan that is quadratic in some dimension (lines, a sentence's opening marks,
// a run of marks) needs minutes, as the code before issue #14 did (measured on a busy machine:
// 50k short lines took 26 s to split and 100k more than 150 s; 25k lines took 9 s as TxtAST;
// 100k `(` before 100k numbered items 7 s, so 400k about 110 s; a million full stops inside a
// sentence more than 150 s as TxtAST). Linear code does each row in about a second, so the
// generous timeout only absorbs a busy machine and no time is measured. The other rows are the
// adversarial shapes of issue #14, checked for their results.
const timeout = 60_000

const shortLines = (count: number) =>
  Array.from({ length: count }, (_, index) => `Riga breve ${index}\n`).join('')

/** Whether every sentence is exactly its slice of the input and they come in order. */
function exactSpans(input: string, sentences: readonly Sentence[]): boolean {
  let cursor = 0
  for (const sentence of sentences) {
    if (sentence.start < cursor || input.slice(sentence.start, sentence.end) !== sentence.text) {
      return false
    }
    cursor = sentence.end
  }
  return true
}

interface Row {
  name: string
  input: () => string
  /** How many sentences `splitSentences` finds. */
  sentences: number
  /** How many quotations `extractQuotes` finds. */
  quotes: number
}

const rows: Row[] = [
  {
    name: '100,000 short lines, a sentence each',
    input: () => shortLines(100_000),
    sentences: 100_000,
    quotes: 0,
  },
  {
    name: '400,000 `(` opening a sentence of 400,000 numbered items',
    input: () => `${'('.repeat(400_000)}${' 1. x'.repeat(400_000)}`,
    sentences: 1,
    quotes: 0,
  },
  {
    name: '40,000 ellipses, each ending a sentence',
    input: () => 'Uno... Due... '.repeat(20_000),
    sentences: 40_000,
    quotes: 0,
  },
  {
    name: '40,000 ellipses before lower-case words',
    input: () => 'Uno... due... '.repeat(20_000),
    sentences: 20_000,
    quotes: 0,
  },
  {
    name: '100,000 straight quotation marks (only the first two pair)',
    input: () => '"'.repeat(100_000),
    sentences: 1,
    quotes: 1,
  },
  {
    name: '50,000 unclosed « on one line',
    input: () => '«Detto così, e poi '.repeat(50_000),
    sentences: 1,
    quotes: 0,
  },
  {
    name: '100,000 unclosed `(`',
    input: () => '('.repeat(100_000),
    sentences: 1,
    quotes: 0,
  },
]

describe('linear time on adversarial input (issue #14)', () => {
  for (const row of rows) {
    it(`splits ${row.name}`, { timeout }, () => {
      const input = row.input()
      const sentences = splitSentences(input)
      expect(sentences).toHaveLength(row.sentences)
      expect(exactSpans(input, sentences)).toBe(true)
      expect(extractQuotes(input)).toHaveLength(row.quotes)
    })
  }

  it('gives TxtAST nodes for 100,000 short lines', { timeout }, () => {
    const input = shortLines(100_000)
    const nodes = splitToTxtAst(input)
    // A Sentence per line and the line break after it.
    expect(nodes).toHaveLength(200_000)
    expect(nodes.at(-2)).toMatchObject({
      type: 'Sentence',
      raw: 'Riga breve 99999',
      loc: { start: { line: 100_000, column: 0 }, end: { line: 100_000, column: 16 } },
    })
  })

  it('keeps a million full stops inside a sentence in its Str node', { timeout }, () => {
    const input = `a${'.'.repeat(1_000_000)}b`
    const [sentence] = splitToTxtAst(input)
    expect(sentence).toMatchObject({ type: 'Sentence', range: [0, input.length] })
    expect(sentence?.type === 'Sentence' && sentence.children.map((node) => node.type)).toEqual([
      'Str',
    ])
  })
})
