import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createGlossary, loadTermBases } from '@fonte/glossary'
import { describe, expect, it } from 'vitest'
import { alignQuotes } from '../src/index.js'

// Golden quote alignments of the corpus articles that have English sources: each quotation with
// the English words it was traced to. `vitest -u` rewrites them; review the diff before committing.
const corpus = new URL('../../../corpus-it/', import.meta.url)
const articles = readdirSync(corpus, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/sources.en.md`, corpus)),
  )
  .map((entry) => entry.name)
const glossary = createGlossary(
  await loadTermBases([new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname]),
)

describe('corpus-it quote alignments', () => {
  it('finds the articles with English sources', () => {
    expect(articles.length).toBe(3)
  })

  for (const id of articles) {
    it(`traces the quotations of ${id} as reviewed`, async () => {
      const article = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
      const sources = readFileSync(new URL(`${id}/sources.en.md`, corpus), 'utf8')
      const { quotes } = alignQuotes(article, [{ file: 'sources.en.md', text: sources }], {
        glossary,
      })
      for (const quote of quotes) {
        expect(article.slice(quote.start, quote.end)).toBe(quote.text)
        if (quote.match)
          expect(sources.slice(quote.match.start, quote.match.end)).toBe(quote.match.text)
      }
      const listing = quotes.map((quote) => ({
        kind: quote.kind,
        italian: quote.text,
        english: quote.match ? quote.match.text : null,
        score: quote.match?.score ?? null,
      }))
      await expect(`${JSON.stringify(listing, null, 2)}\n`).toMatchFileSnapshot(
        `fixtures/${id}.quotes.json`,
      )
    })
  }
})
