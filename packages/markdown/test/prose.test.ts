import { existsSync, readdirSync, readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { barrier, blankFrontMatter, markdownProse, plainProse, proseOfTree } from '../src/index.js'

/** The source text under a prose span. */
function sourceOf(markdown: string, start: number, end: number): string {
  const prose = markdownProse(markdown)
  const [from, to] = prose.toSourceRange(start, end)
  return markdown.slice(from, to)
}

describe('markdownProse', () => {
  const cases: Array<{ name: string; markdown: string; prose: string }> = [
    { name: 'removes emphasis', markdown: 'la **difesa** reciproca', prose: 'la difesa reciproca' },
    {
      name: 'keeps link text',
      markdown: 'il [patto](https://x.it) firmato',
      prose: 'il patto firmato',
    },
    {
      name: 'reads headings and paragraphs as blocks',
      markdown: '# Titolo\n\nTesto.',
      prose: 'Titolo\n\nTesto.',
    },
    {
      name: 'reads block quotes',
      markdown: '> mutua difesa\n> e altro',
      prose: 'mutua difesa\ne altro',
    },
    {
      name: 'leaves out code spans',
      markdown: 'la `difesa` reciproca',
      prose: `la ${barrier} reciproca`,
    },
    {
      name: 'leaves out code blocks',
      markdown: 'Uno.\n\n```\ndifesa reciproca\n```\n\nDue.',
      prose: `Uno.\n\n${barrier}\n\nDue.`,
    },
    { name: 'decodes escapes and references', markdown: 'A \\*B\\* &amp; C', prose: 'A *B* & C' },
    { name: 'reads list items', markdown: '- uno\n- due', prose: 'uno\n\ndue' },
    { name: 'leaves out front matter', markdown: '---\ntitle: X\n---\nTesto.', prose: 'Testo.' },
    {
      name: 'leaves out front matter after a byte order mark',
      markdown: '\uFEFF---\r\ntitle: X\r\n---\r\nTesto.',
      prose: 'Testo.',
    },
  ]
  for (const row of cases) {
    it(row.name, () => {
      expect(markdownProse(row.markdown).text).toBe(row.prose)
    })
  }

  it('maps a span that crosses emphasis back to the whole source span', () => {
    const markdown = 'Si parla di la **difesa** reciproca oggi.'
    const prose = markdownProse(markdown).text
    const start = prose.indexOf('difesa reciproca')
    expect(sourceOf(markdown, start, start + 'difesa reciproca'.length)).toBe('difesa** reciproca')
  })

  it('maps every character of a block quote exactly, past the `> ` markers', () => {
    const markdown = 'Testo.\n\n> la mutua\n> difesa è qui'
    const result = markdownProse(markdown)
    const start = result.text.indexOf('mutua\ndifesa')
    const [from, to] = result.toSourceRange(start, start + 'mutua\ndifesa'.length)
    expect(markdown.slice(from, to)).toBe('mutua\n> difesa')
    for (let index = 0; index < result.text.length; index++) {
      const char = result.text[index] as string
      if (char === '\n') continue
      expect(markdown[result.toSource(index)]).toBe(char)
    }
  })

  it('maps characters after an escape and a reference exactly', () => {
    const markdown = 'A \\*B &amp; mutua difesa'
    const result = markdownProse(markdown)
    const start = result.text.indexOf('mutua')
    expect(markdown.slice(...result.toSourceRange(start, start + 12))).toBe('mutua difesa')
  })

  it('returns empty prose for an empty document', () => {
    expect(markdownProse('')).toMatchObject({ text: '', blocks: [] })
  })
})

describe('plainProse', () => {
  it('keeps the text and its offsets, one block per paragraph', () => {
    const prose = plainProse('Uno\ndue.\n\nTre.')
    expect(prose.text).toBe('Uno\ndue.\n\nTre.')
    expect(prose.toSourceRange(4, 8)).toEqual([4, 8])
    expect(prose.blocks).toEqual([
      { type: 'paragraph', start: 0, end: 8 },
      { type: 'paragraph', start: 10, end: 14 },
    ])
  })
})

describe('markdownProse on long documents, parsed in parts', () => {
  const corpus = new URL('../../../corpus-it/', import.meta.url)
  const articles = existsSync(corpus)
    ? readdirSync(corpus)
        .map((id) => new URL(`${id}/article.md`, corpus))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8'))
    : []
  const mixed = [
    'Titolo\n======\n\nUn paragrafo con **enfasi** e `codice`.\n\n',
    '- uno\n- due\n\n  seguito di due\n\n- tre\n\n',
    '```js\nconst a = 1\n\nconst b = 2\n```\n\n',
    '<!-- un commento\n\nche continua -->\n\nDopo il commento.\n\n',
    '<pre>\nriga\n\nriga\n</pre>\n\n',
    '> citazione\n> che continua\n\n> altra citazione\n\n',
    '    codice indentato\n\n    ancora\n\nTesto &amp; altro \\* qui.\n\n',
    '1. primo\n\n   continua\n2. secondo\n\n',
  ].join('')

  // Definitions in runs (cut between their lines) and references to labels defined in other
  // parts, in block quotes, across lines, escaped, in code (not definitions), and undefined.
  const definitions = Array.from(
    { length: 400 },
    (_, index) =>
      `[Nota ${index}]: https://x.it/${index} "Titolo"\n[nota\\]${index}]: <a b>\n` +
      (index % 7 === 0
        ? `\nVedi [testo][nota ${index + 3}], [NOTA  ${index - 5}], [nota\\]${index}][] e [mai].\n` +
          `> [q${index}]: /q\n> vedi [q${index - 9}] e [Nota\n> ${index}]\n\n` +
          '```\n[codice]: /c\n```\n\n[codice] e [^f]\n\n[^f]: nota\n'
        : ''),
  ).join('')

  // Long paragraphs, cut between plain lines: some with a line that leaves a code span, link
  // title, emphasis or HTML open, a hard line break or a CRLF (half of them), some ending as
  // setext headings.
  const tricky = [
    'un `codice` chiuso',
    'un `aperto',
    'chiuso` ora',
    '[a](u "t',
    'itolo")',
    'riga CRLF\r',
    'Ciao  ',
    'Riga con barra\\',
    "l'anno [x](y) dell'anno",
    '12 mesi',
    '2) due',
    'testo *enfasi',
    'chiusa* qui',
    'e <b',
    'title=x>',
    'p [a [b] c](d) q',
  ]
  // Constructs opened on a paragraph's first line and closed on its last: no cut between.
  const spans = [
    ['', ''],
    ['testo *enfasi', 'chiusa* qui'],
    ['un `aperto', 'chiuso` ora'],
    ['un [link', 'chiuso](u)'],
  ] as const
  const paragraphs = Array.from({ length: 16 }, (_, index) => {
    const [first, last] = spans[index % 4] as readonly [string, string]
    return [
      first,
      ...Array.from({ length: 250 }, (_, line) =>
        index % 2 === 0 && line % 41 === 7 + index
          ? (tricky[(index + line) % tricky.length] as string)
          : index % 4 === 3
            ? 'La difesa reciproca è un tema'
            : '| Roma | 12,5 % | [fonte](https://x.it) |',
      ),
      last,
      index % 8 === 3 ? 'Titolo\n===' : '',
    ].join('\n')
  }).join('\n\n')

  // Lists cut between their items, with fences and HTML inside items and block quotes, which the
  // cutter does not follow (it stops cutting): lines drawn in a fixed pseudo-random order.
  const listLines = [
    '- uno',
    '- due',
    '* tre',
    '+ quattro',
    '- ',
    '- - -',
    '* * *',
    '  - annidato',
    '    - più annidato',
    '  continua',
    'pigra',
    '',
    '',
    '> citazione',
    '> - in citazione',
    '- > citazione',
    '- ```',
    '  codice',
    '  ```',
    '```',
    '1. primo',
    '2. secondo',
    '- testo *enfasi',
    '  chiusa* qui',
    'testo',
    '---',
    '===',
    '- <!--',
    '-->',
    '<!--',
    '- `aperto',
    '  chiuso`',
    '-\tx',
    '- x\r',
    '-x',
    '*x*',
  ]
  let seed = 7
  const lists = Array.from({ length: 6000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    // Mostly list items, so that long stretches are cut before a fence line stops the cuts.
    const index = Math.floor((seed / 2147483648) * listLines.length * 3)
    return listLines[index < listLines.length ? index : index % 4] as string
  }).join('\n')

  // Lines that open with `[` in a long paragraph: footnote-like lines (not definitions), with
  // definitions whose destination or title goes on to the next line between them.
  const footnotes = Array.from({ length: 900 }, (_, index) =>
    index % 37 === 5
      ? `[d${index}]:\n/dest\n[e${index}]: /e "titolo\ncontinua"\nVedi [d${index - 37}] e [e${index}].`
      : `[^${index}]: Nota a piè di pagina ${index}, vedi [d${index - 5}].`,
  ).join('\n')

  const documents: Array<[string, string]> = [
    ['news articles one after the other', articles.join('\n\n').repeat(3)],
    ['blocks that run across blank lines', mixed.repeat(120)],
    ['definitions and references across parts', definitions],
    ['long paragraphs cut between their lines', paragraphs],
    ['long lists cut between their items', lists],
    ['footnote-like lines in long paragraphs', footnotes],
  ]
  for (const [name, markdown] of documents) {
    // Documents shorter than two parts (2 × 4 KB) are parsed whole.
    it.skipIf(markdown.length < 8_200)(
      `reads ${name} as the whole tree reads (skipped under 8,200 characters: parsed whole)`,
      () => {
        const whole = proseOfTree(
          unified().use(remarkParse).parse(blankFrontMatter(markdown)),
          markdown,
        )
        const parts = markdownProse(markdown)
        expect(parts.text).toBe(whole.text)
        expect(parts.blocks).toEqual(whole.blocks)
        for (let offset = 0; offset <= whole.text.length; offset++) {
          if (parts.toSource(offset) !== whole.toSource(offset))
            expect([offset, parts.toSource(offset)]).toEqual([offset, whole.toSource(offset)])
        }
      },
      120_000,
    )
  }
})
