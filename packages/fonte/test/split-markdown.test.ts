import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

/** The sentences and quotations `fonte split - --format json` finds in `input`. */
async function split(input: string): Promise<{ sentences: string[]; quotes: string[] }> {
  const { code, stdout } = await fonteIn(['split', '-', '--format', 'json'], { input })
  expect(code).toBe(0)
  const [file] = JSON.parse(stdout) as Array<{
    sentences: Array<{ text: string; start: number; end: number }>
    quotes: Array<{ text: string; start: number; end: number }>
  }>
  for (const unit of [...(file?.sentences ?? []), ...(file?.quotes ?? [])])
    expect(input.slice(unit.start, unit.end)).toBe(unit.text)
  return {
    sentences: file?.sentences.map((sentence) => sentence.text) ?? [],
    quotes: file?.quotes.map((quote) => quote.text) ?? [],
  }
}

describe('fonte split: fenced code in Markdown is not prose', () => {
  it.each([
    [
      'a backtick fence',
      'Prima.\n\n```js\nconst x = 1. // «no»\n```\n\nDopo.\n',
      ['Prima.', 'Dopo.'],
    ],
    ['a tilde fence closed by a longer one', 'Uno.\n\n~~~\na. b.\n~~~~\nDue.\n', ['Uno.', 'Due.']],
    [
      'a shorter or other fence inside',
      'Uno.\n\n````\n```\ncodice.\n~~~~\n````\n\nDue.\n',
      ['Uno.', 'Due.'],
    ],
    ['a fence never closed, to the end', 'Uno.\n\n```\ncodice. Altro.\n', ['Uno.']],
    [
      'inline code that opens a line, which is no fence',
      '```py `x` è codice. Vero.\n',
      ['```py `x` è codice.', 'Vero.'],
    ],
  ])('skips %s', async (_, input, expected) => {
    expect((await split(input)).sentences).toEqual(expected)
  })

  it('lists no quotation inside code', async () => {
    const { quotes } = await split('Ha detto «sì».\n\n```\nx = "non una citazione"\n```\n')
    expect(quotes).toEqual(['sì'])
  })
})
