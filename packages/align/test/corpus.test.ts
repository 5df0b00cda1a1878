import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { markdownProse } from '@fonte/markdown'
import { splitSentences } from '@fonte/split-it'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import { loadProjectGlossary } from '../bench/resources.mjs'
import { alignQuotes, alignSentences, segmentEnglish } from '../src/index.js'

// Golden quote alignments of the corpus articles that have English sources: each quotation with
// the English words it was traced to. `vitest -u` rewrites them; review the diff before committing.
const corpus = new URL('../../../corpus-it/', import.meta.url)
const articles = readdirSync(corpus, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/sources.en.md`, corpus)),
  )
  .map((entry) => entry.name)
const glossary = await loadProjectGlossary()

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

// Golden sentence alignments: each article's sentences, boilerplate and all, against the English
// sentences of its pairs.json (the wire notes' reference), in order. The listing records, pair by
// pair, where the reference puts the Italian and where fonte does; review a change before
// committing it with `vitest -u`.
describe('corpus-it sentence alignments', () => {
  for (const id of articles) {
    it(`aligns the reference pairs of ${id} as reviewed`, async () => {
      const article = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
      const pairs = JSON.parse(readFileSync(new URL(`${id}/pairs.json`, corpus), 'utf8')) as Array<{
        it: { start: number; end: number }
        en: Array<{ text: string }>
      }>
      const prose = markdownProse(article)
      const italian = splitSentences(prose.text).map((sentence) => ({
        text: sentence.text,
        range: prose.toSourceRange(sentence.start, sentence.end),
      }))
      const english = pairs.flatMap((pair) => pair.en.map((sentence) => sentence.text))
      const beads = alignSentences(
        english,
        italian.map((sentence) => sentence.text),
      )
      let next = 0
      const listing = pairs.map((pair) => {
        const source = pair.en.map(() => next++)
        const expected = italian.flatMap((sentence, index) =>
          sentence.range[0] >= pair.it.start && sentence.range[1] <= pair.it.end ? [index] : [],
        )
        const bead = beads.find((candidate) => candidate.source.includes(source[0] as number))
        return { english: source, expected, aligned: bead?.target ?? [] }
      })
      const right = listing.filter(
        (entry) => JSON.stringify(entry.expected) === JSON.stringify(entry.aligned),
      ).length
      expect(right / listing.length).toBeGreaterThanOrEqual(0.85)
      await expect(
        `[\n${listing.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`,
      ).toMatchFileSnapshot(`fixtures/${id}.sentences.json`)
    })
  }
})

// Boilerplate an outlet appends (a credit line, an author bio) has no original; fonte's report
// and `variants` blank it before tracing. Its sentences must not move the alignment of the
// article's body: they once shifted the diagonal the coverage scorer measured unrelated pairs
// along, and 004's sentence holding `sosterrà incondizionatamente tutte le politiche russe`
// lost its English partner.
describe('corpus-it sentence alignments without trailing sentences', () => {
  const sentencesOf = (id: string) => {
    const article = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
    const sources = readFileSync(new URL(`${id}/sources.en.md`, corpus), 'utf8')
    // As alignQuotes reads them.
    const italian = splitSentences(markdownProse(article).text, { quotes: 'keep' })
      .map((sentence) => sentence.text)
      .filter((text) => /[\p{L}\p{N}]/u.test(text))
    const english = segmentEnglish('sources.en.md', sources).sentences.map(
      (sentence) => sentence.text,
    )
    return { italian, english }
  }
  const partners = (english: string[], italian: string[], count: number) => {
    const beads = alignSentences(english, italian)
    return Array.from(
      { length: count },
      (_, at) => beads.find((bead) => bead.target.includes(at))?.source ?? null,
    )
  }
  for (const id of articles) {
    for (const dropped of [1, 2, 3]) {
      it(`aligns the first two thirds of ${id} alike without its last ${dropped}`, () => {
        const { italian, english } = sentencesOf(id)
        const body = Math.floor((italian.length * 2) / 3)
        expect(partners(english, italian.slice(0, -dropped), body)).toEqual(
          partners(english, italian, body),
        )
      })
    }
  }
})
