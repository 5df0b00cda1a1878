import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes, splitSentences } from '../src/index.js'
import { expectExactSpans } from './invariants.js'

// Whole articles of corpus-it/, split and compared with the reviewed output in fixtures/.
// `vitest -u` rewrites the fixtures; review the diff before committing it.
const corpus = new URL('../../../corpus-it/', import.meta.url)
const articles = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

describe('corpus-it articles', () => {
  it('finds the corpus', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5)
  })

  for (const id of articles) {
    it(`splits ${id} as reviewed`, async () => {
      const text = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
      const body = text.slice(text.indexOf('\n---\n') + 5)
      const sentences = splitSentences(body)
      expectExactSpans(body, sentences)
      const listing = {
        sentences: sentences.map((sentence) => sentence.text),
        quotes: extractQuotes(body).map((quote) => `${quote.open}${quote.text}${quote.close}`),
      }
      await expect(`${JSON.stringify(listing, null, 2)}\n`).toMatchFileSnapshot(
        `fixtures/${id}.json`,
      )
    })
  }
})
