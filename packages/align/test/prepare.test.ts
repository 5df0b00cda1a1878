import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import { loadProjectGlossary } from '../bench/resources.mjs'
import { alignQuotes, prepareArticle, traceArticle, type EnglishSource } from '../src/index.js'

// A prepared article traced against several sets of sources gives what tracing its text gives,
// whatever the order: the report traces each article against its own sources, then everyone's.
const corpus = new URL('../../../corpus-it/', import.meta.url)
const ids = readdirSync(corpus)
  .filter((name) => /^\d{3}_/.test(name))
  .sort()
const read = (path: string) => readFileSync(new URL(path, corpus), 'utf8')
const sources: EnglishSource[] = ids
  .filter((id) => existsSync(new URL(`${id}/sources.en.md`, corpus)))
  .map((id) => ({ file: `${id}/sources.en.md`, text: read(`${id}/sources.en.md`) }))
const glossary = await loadProjectGlossary()

describe('prepareArticle', () => {
  const cases = ids.map((id) => ({
    id,
    own: sources.filter((source) => source.file.startsWith(id)),
  }))

  it.each(cases)('traces $id as its text is traced, own sources then the pool', ({ id, own }) => {
    const text = read(`${id}/article.md`)
    const prepared = prepareArticle(text, { glossary })
    for (const set of [own.length > 0 ? own : sources, sources]) {
      const options = { glossary, threshold: 0 }
      expect(alignQuotes(prepared, set, options)).toEqual(alignQuotes(text, set, options))
    }
  })

  it.each(cases)('traces the direct quotations of $id alone as among all', ({ id }) => {
    const prepared = prepareArticle(read(`${id}/article.md`), { glossary })
    const options = { glossary, threshold: 0 }
    const direct = alignQuotes(prepared, sources, { ...options, directOnly: true })
    const all = alignQuotes(prepared, sources, options)
    expect(direct.sentences).toEqual([])
    expect(direct.quotes.length).toBeGreaterThan(0)
    expect(direct.quotes).toEqual(all.quotes.filter((quote) => quote.kind === 'direct'))
  })

  it('is read again when traced with another glossary or as plain text', () => {
    const text = read(`${ids[0]}/article.md`)
    const prepared = prepareArticle(text, { glossary })
    const own = sources.slice(0, 1)
    expect(traceArticle(prepared, own)).toEqual(traceArticle(text, own))
    expect(traceArticle(prepared, own, { glossary, markdown: false })).toEqual(
      traceArticle(text, own, { glossary, markdown: false }),
    )
  })

  it('rejects what is not an article', () => {
    expect(() => prepareArticle(42 as unknown as string)).toThrow(
      /^prepareArticle: `italian` must be a string, got a number \(42\)$/,
    )
    expect(() => alignQuotes({ text: 'Ciao.' }, sources)).toThrow(/`prepareArticle` returned it/)
  })
})
