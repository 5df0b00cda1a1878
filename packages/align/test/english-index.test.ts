import { describe, expect, it } from 'vitest'
import { italianKeys } from '../src/evidence.js'
import { readPool } from '../src/trace.js'
import {
  alignQuotes,
  createEnglishIndex,
  IndexFormatError,
  loadEnglishIndex,
  MemoryIndexStore,
  readIndexedDocuments,
} from '../src/index.js'

const reuters = {
  file: 'reuters.md',
  text: [
    '# North Korea ratifies defence pact with Russia',
    '',
    'North Korea has ratified a mutual defence treaty with Russia, KCNA said on Tuesday.',
    'The treaty was signed by Vladimir Putin and Kim Jong Un in Pyongyang in June.',
    '',
    'Ukraine and South Korea have said 10,000 North Korean soldiers were sent to Russia.',
  ].join('\n'),
}
const bbc = {
  file: 'bbc.txt',
  text: [
    'Sainsbury’s to open Argos outlets in 40 more supermarkets',
    'The supermarket chain said sales of general merchandise rose in the quarter.',
    'Chief executive Mike Coupe said the stores would look like department stores.',
  ].join('\n'),
}
const ap = {
  file: 'ap.md',
  text: 'Kim Jong Un met Vladimir Putin again in Vladivostok. The parliament in Moscow voted on the treaty in October.',
}

describe('EnglishIndex', () => {
  const index = createEnglishIndex([reuters, bbc, ap], { lexicon: false })

  it('stores every sentence with offsets into its file as read', () => {
    expect(index.store.documentCount).toBe(3)
    expect(index.store.sentenceCount).toBe(8)
    for (let id = 0; id < index.store.sentenceCount; id++) {
      const hit = index.sentence(id)
      const { text } = [reuters, bbc, ap].find((source) => source.file === hit.file) as {
        text: string
      }
      expect(text.slice(hit.start, hit.end)).toBe(hit.text)
    }
  })

  it.each([
    [
      'names and numbers',
      'Ucraina e Corea del Sud hanno detto che 10.000 soldati nordcoreani sono stati inviati in Russia.',
      'reuters.md',
      'Ukraine and South Korea have said 10,000 North Korean soldiers were sent to Russia.',
    ],
    [
      'cognates by their first five letters',
      'Il parlamento di Mosca ha votato il trattato in ottobre.',
      'ap.md',
      'The parliament in Moscow voted on the treaty in October.',
    ],
    [
      'names of another story',
      "L'amministratore delegato Mike Coupe ha detto che i negozi sembreranno grandi magazzini.",
      'bbc.txt',
      'Chief executive Mike Coupe said the stores would look like department stores.',
    ],
  ])('finds the English sentence of an Italian one by %s', (_, italian, file, english) => {
    const [best] = index.sentencesFor(italian, { k: 3 })
    expect(best?.file).toBe(file)
    expect(best?.text).toBe(english)
    expect(best?.score).toBeGreaterThan(0)
    expect(best?.score).toBeLessThanOrEqual(1)
  })

  it('ranks at most k sentences, best first, only within the documents asked', () => {
    const hits = index.sentencesFor('Kim Jong Un e Vladimir Putin hanno firmato il trattato.', {
      k: 2,
    })
    expect(hits).toHaveLength(2)
    expect((hits[0] as { score: number }).score).toBeGreaterThanOrEqual(
      (hits[1] as { score: number }).score,
    )
    const onlyAp = index.sentencesFor('Kim Jong Un e Vladimir Putin hanno firmato il trattato.', {
      documents: new Set([2]),
    })
    expect(onlyAp.every((hit) => hit.file === 'ap.md')).toBe(true)
  })

  it('finds nothing for a sentence that shares no key', () => {
    expect(index.sentencesFor('Piove.')).toEqual([])
    expect(index.sentencesFor('')).toEqual([])
  })

  it('ranks the documents an article draws from, with their passages', () => {
    const documents = index.documentsFor([
      'La Corea del Nord ha ratificato un trattato di difesa reciproca con la Russia, ha detto la KCNA.',
      'Il trattato è stato firmato da Vladimir Putin e Kim Jong Un a Pyongyang a giugno.',
      'Ucraina e Corea del Sud dicono che 10.000 soldati nordcoreani sono stati inviati in Russia.',
      'Una frase dell’autore, senza nulla in comune.',
    ])
    expect(documents[0]?.file).toBe('reuters.md')
    expect(documents[0]?.sentences).toBe(3)
    expect(documents[0]?.passages).toEqual([expect.objectContaining({ first: 0, end: 3 })])
    expect(documents.some((document) => document.file === 'bbc.txt')).toBe(false)
  })

  it('round-trips through its serialised form', () => {
    const text = index.serialise()
    expect(text.startsWith('fonte-english-index 1\n')).toBe(true)
    const loaded = loadEnglishIndex(text, { lexicon: false })
    expect(loaded.store.sentenceCount).toBe(index.store.sentenceCount)
    expect(loaded.store.keyCount).toBe(index.store.keyCount)
    const query = 'Il trattato è stato firmato da Vladimir Putin e Kim Jong Un a Pyongyang.'
    expect(loaded.sentencesFor(query)).toEqual(index.sentencesFor(query))
    expect(loaded.serialise()).toBe(text)
  })

  it('keeps its store behind the IndexStore interface', () => {
    const store = new MemoryIndexStore()
    const own = createEnglishIndex([ap], { store, lexicon: false })
    expect(own.store).toBe(store)
    expect(store.documentCount).toBe(1)
    own.add(reuters)
    expect(own.sentencesFor('10.000 soldati in Russia')[0]?.file).toBe('reuters.md')
  })

  it('serves alignQuotes as its candidate lookup, with the ids of its pool', () => {
    const sources = [reuters, bbc, ap]
    const pool = readPool(sources)
    expect(index.store.sentenceCount).toBe(pool.sentences.length)
    pool.sentences.forEach((sentence, id) => {
      expect([index.sentence(id).start, index.sentence(id).end]).toEqual([
        sentence.start,
        sentence.end,
      ])
    })
    const article =
      'Il trattato è stato firmato da Vladimir Putin e Kim Jong Un a Pyongyang a giugno.'
    const [best] = index.candidateIndex().candidates(italianKeys(article).words, 3)
    expect(index.sentence(best?.sentence ?? -1).text).toBe(
      'The treaty was signed by Vladimir Putin and Kim Jong Un in Pyongyang in June.',
    )
    expect(index.sources()).toEqual(sources)
    const traced = alignQuotes(article, index.sources(), { index: index.candidateIndex() })
    expect(traced.sentences).toHaveLength(1)
  })

  it.each([
    ['text that is not an index', 'hello', /not a fonte index/],
    ['another version', 'fonte-english-index 99\n{}', /version 99 is not supported/],
    ['a damaged body', 'fonte-english-index 1\n{"keys": [', /damaged/],
    ['no documents', 'fonte-english-index 1\n{"keys": []}', /damaged/],
    [
      'a sentence out of range',
      'fonte-english-index 1\n{"keys":["#1"],"documents":[{"file":"a","text":"ab","sentences":[[0,9,0]]}]}',
      /`a` is out of range/,
    ],
    [
      'a sentence that is not a list',
      'fonte-english-index 1\n{"keys":[],"documents":[{"file":"a","text":"ab","sentences":[7]}]}',
      /`a` is out of range/,
    ],
    [
      'sentences that are not a list',
      'fonte-english-index 1\n{"keys":[],"documents":[{"file":"a","text":"ab","sentences":7}]}',
      /sentences of `a` are not a list/,
    ],
    [
      'a key id out of range',
      'fonte-english-index 1\n{"keys":[],"documents":[{"file":"a","text":"ab","sentences":[[0,2,3]]}]}',
      /out of range/,
    ],
  ])('refuses %s with a clear error, whole or for its documents alone', (_, text, message) => {
    for (const read of [loadEnglishIndex, readIndexedDocuments]) {
      expect(() => read(text)).toThrow(IndexFormatError)
      expect(() => read(text)).toThrow(message)
    }
  })

  it('gives the documents of a serialised index without building its store', () => {
    const sources = [reuters, bbc, ap]
    const text = createEnglishIndex(sources, { lexicon: false }).serialise()
    expect(readIndexedDocuments(text)).toEqual(sources)
    expect(readIndexedDocuments(text)).toEqual(loadEnglishIndex(text).sources())
    expect(() => readIndexedDocuments(undefined as never)).toThrow(
      'readIndexedDocuments: `text` must be a string, got undefined',
    )
  })

  it.each([
    ['a missing text', { file: 'a.md' }],
    ['a file that is not a string', { file: 3, text: 'x' }],
    ['nothing', null],
  ])('throws a TypeError when adding %s', (_, source) => {
    expect(() => index.add(source as never)).toThrow(TypeError)
  })
})

describe('EnglishIndex.cutsAsTracer', () => {
  const wholeText = (text: string) => [{ start: 0, end: text.length }]
  it.each([
    ['cut by the default segmenter', createEnglishIndex([reuters, ap], { lexicon: false }), true],
    [
      'read back from its text',
      loadEnglishIndex(createEnglishIndex([reuters, ap], { lexicon: false }).serialise()),
      true,
    ],
    [
      'cut otherwise (one sentence a story)',
      createEnglishIndex([reuters, ap], { lexicon: false, segment: wholeText }),
      false,
    ],
  ])('says whether an index %s cuts as the tracer does', (_, index, expected) => {
    expect(index.cutsAsTracer()).toBe(expected)
  })
})
