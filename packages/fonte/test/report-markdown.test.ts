import type { AlignedQuote } from '@fonte/align'
import { describe, expect, it } from 'vitest'
import { messageHtml, messageText, probability } from '../src/report/html.js'
import { renderMarkdown, type Wrap } from '../src/report/markdown.js'
import { reportUnits } from '../src/report/units.js'

function wrap(source: string, words: string, rank = 1, name = 'w'): Wrap {
  const start = source.indexOf(words)
  return {
    start,
    end: start + words.length,
    rank,
    open: `<${name} first>`,
    again: `<${name}>`,
    close: `</${name}>`,
  }
}

/** The source text of each `data-runs` block, read back through its map. */
function runsText(html: string, source: string): string[] {
  return [...html.matchAll(/data-runs="([^"]*)"/g)].map((match) =>
    (match[1] as string)
      .split(';')
      .filter(Boolean)
      .map((run) => {
        const [, start, length] = run.split(',').map(Number) as [number, number, number]
        return source.slice(start, start + length)
      })
      .join(''),
  )
}

describe('renderMarkdown', () => {
  it.each([
    [
      'a heading, shifted',
      '## Reuters (June 20)',
      { headingShift: 2 },
      '<h4>Reuters (June 20)</h4>',
    ],
    [
      'an autolink',
      '<https://example.org/a>',
      {},
      '<p><a href="https://example.org/a">https://example.org/a</a></p>',
    ],
    ['a link, no javascript', '[x](javascript:alert(1))', {}, '<p><a href="#">x</a></p>'],
    ['emphasis and code', 'a *b* `c`', {}, '<p>a <em>b</em> <code>c</code></p>'],
    ['lines without blank lines', 'Uno.\nDue.', {}, '<p>Uno.</p>\n<p>Due.</p>'],
    ['front matter left out', '---\nid: 1\n---\nTesto.', {}, '<p>Testo.</p>'],
    [
      'front matter after a byte order mark left out',
      '\uFEFF---\nid: 1\n---\nTesto.',
      {},
      '<p>Testo.</p>',
    ],
    ['raw HTML left out', '<div>x</div>\n\nTesto.', {}, '\n<p>Testo.</p>'],
    ['text escaped', 'a < b & "c"', {}, '<p>a &#60; b &#38; &#34;c&#34;</p>'],
  ])('renders %s', (_, source, options, html) => {
    expect(renderMarkdown(source, options)).toBe(html)
  })

  it('wraps ranges at their exact offsets, inner ranks inside, across markup', () => {
    const source = 'Lo ha detto. “Siamo **pronti** a tutto”, ha detto Kim.'
    const sentence = wrap(source, '“Siamo **pronti** a tutto”, ha detto Kim.', 1, 's')
    const quote = wrap(source, 'Siamo **pronti** a tutto', 2, 'q')
    expect(renderMarkdown(source, { wraps: [quote, sentence] })).toBe(
      '<p>Lo ha detto. <s first>“<q first>Siamo <strong>pronti</strong> a tutto</q>”, ha detto Kim.</s></p>',
    )
  })

  it('cuts a range that crosses a block or a wider range, the hook on the first part only', () => {
    const source = 'Uno due.\nTre quattro.'
    const across = wrap(source, 'due.\nTre', 1, 's')
    const finding = wrap(source, 'quattro', 2, 'f')
    expect(renderMarkdown(source, { wraps: [across, finding] })).toBe(
      '<p>Uno <s first>due.</s></p>\n<p><s>Tre</s> <f first>quattro</f>.</p>',
    )
  })

  it('maps each block back to the source, escapes and references included', () => {
    const source = '## Title \\*x\\*\n\nA &amp; B [link](https://x.org) end.\nNext line.'
    const html = renderMarkdown(source, { runs: true })
    expect(runsText(html, source)).toEqual(['Title *x*', 'A & B link end.', 'Next line.'])
  })
})

describe('reportUnits', () => {
  const quote = (text: string, start: number, kind: 'direct' | 'indirect', matched = false) =>
    ({
      text,
      start,
      end: start + text.length,
      kind,
      match: matched ? { file: 'en.md', text: 'x', start: 0, end: 1, score: 0.9 } : null,
    }) satisfies AlignedQuote

  it('counts reported speech once: as its quotations, or as itself when it has none', () => {
    const sentences = [
      quote('Kim ha detto che “siamo pronti”.', 0, 'direct'),
      quote('Putin ha affermato che il patto è storico.', 33, 'direct'),
      quote('Il vertice è finito.', 76, 'direct'),
    ].map((sentence) => ({ ...sentence, kind: 'indirect' as const }))
    const { units, quotations } = reportUnits({
      sentences,
      quotes: [
        { ...(sentences[0] as AlignedQuote) },
        quote('siamo pronti', 18, 'direct', true),
        { ...(sentences[1] as AlignedQuote), match: quote('', 0, 'direct', true).match },
      ],
    })
    expect(units.map((unit) => [unit.kind, unit.reported])).toEqual([
      ['sentence', true],
      ['sentence', true],
      ['sentence', false],
      ['quote', false],
    ])
    expect(quotations.map((index) => units[index]?.text)).toEqual([
      'siamo pronti',
      'Putin ha affermato che il patto è storico.',
    ])
    // A reported sentence with no sentence match is traced by its quote match.
    expect(units[1]?.match?.score).toBe(0.9)
  })
})

describe('finding messages', () => {
  const message = 'Unexpected `SEOUL` for *Seoul*, expected `Seul` \\*'
  it('renders the Markdown of a message as elements, and as plain text for a tooltip', () => {
    expect(messageHtml(message)).toBe(
      'Unexpected <code>SEOUL</code> for <em>Seoul</em>, expected <code>Seul</code> *',
    )
    expect(messageText(message)).toBe('Unexpected “SEOUL” for Seoul, expected “Seul” *')
    expect(probability(0.936)).toBe('probability 94 %')
  })
})
