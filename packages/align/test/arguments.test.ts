import { describe, expect, it } from 'vitest'
import {
  alignQuotes,
  alignSentences,
  type ConceptFinder,
  cognatesScorer,
  coverageScorer,
  createEnglishIndex,
  defaultScorers,
  diffRenderings,
  diffTokens,
  dictionaryScorer,
  englishSourceProblem,
  glossaryScorer,
  groupRenderings,
  lexicalKeyer,
  loadDictdDictionary,
  loadEnglishIndex,
  numbersScorer,
  prepareArticle,
  prepareSources,
  readIndexStore,
  serialiseIndexStore,
  segmentEnglish,
  traceArticle,
} from '../src/index.js'

// Each exported function given one wrong argument: a TypeError that names the function, the
// argument and what it got (issue #14), thrown before any work.
const sources = [{ file: 'a.md', text: 'He said "we will win".' }]
const wrong = null as never

const cases: Array<[call: string, run: () => unknown, message: string]> = [
  [
    'serialiseIndexStore(null)',
    () => serialiseIndexStore(wrong),
    'serialiseIndexStore: `store` must be an IndexStore, got null',
  ],
  [
    'alignSentences(source: null)',
    () => alignSentences(wrong, []),
    'alignSentences: `source` must be an array of strings, got null',
  ],
  [
    'alignSentences(target with a number)',
    () => alignSentences(['One.'], ['Uno.', 2 as never]),
    'alignSentences: `target` must be an array of strings, got a number at index 1',
  ],
  [
    'alignSentences(options: a string)',
    () => alignSentences([], [], 'fast' as never),
    'alignSentences: `options` must be an options object, got a string ("fast")',
  ],
  [
    'alignSentences(band: 1.5)',
    () => alignSentences([], [], { band: 1.5 }),
    'alignSentences: `options.band` must be a positive whole number, got a number (1.5)',
  ],
  [
    'alignSentences(dictionary: an array)',
    () => alignSentences([], [], { dictionary: [] as never }),
    'alignSentences: `options.dictionary` must be a Map, got an array',
  ],
  [
    'alignSentences(glossary: a string)',
    () => alignSentences([], [], { glossary: 'fonte.tbx' as never }),
    'alignSentences: `options.glossary` must be a ConceptFinder, got a string ("fonte.tbx")',
  ],
  [
    'alignSentences(scorers: [null])',
    () => alignSentences([], [], { scorers: [null as never] }),
    'alignSentences: `options.scorers` must be an array of scorers, got an array',
  ],
  [
    'defaultScorers(options: 3)',
    () => defaultScorers(3 as never),
    'defaultScorers: `options` must be an options object, got a number (3)',
  ],
  [
    'alignQuotes(italian: null)',
    () => alignQuotes(wrong, sources),
    'alignQuotes: `italian` must be a string or as `prepareArticle` returned it, got null',
  ],
  [
    'alignQuotes(sources: a string)',
    () => alignQuotes('Ciao.', 'a.md' as never),
    'alignQuotes: `sources` must be an array of {file, text}, got a string ("a.md")',
  ],
  [
    'alignQuotes(sources[0].text: undefined)',
    () => alignQuotes('Ciao.', [{ file: 'a.md' } as never]),
    'alignQuotes: `sources[0].text` must be a string, got undefined',
  ],
  [
    'alignQuotes(sources[1]: null)',
    () => alignQuotes('Ciao.', [...sources, null as never]),
    'alignQuotes: `sources[1]` must be a {file, text} object, got null',
  ],
  [
    'alignQuotes(threshold: "high")',
    () => alignQuotes('Ciao.', sources, { threshold: 'high' as never }),
    'alignQuotes: `options.threshold` must be a number, got a string ("high")',
  ],
  [
    'alignQuotes(index: {})',
    () => alignQuotes('Ciao.', sources, { index: {} as never }),
    'alignQuotes: `options.index` must be a CandidateIndex, got an object',
  ],
  [
    'traceArticle(markdown: "yes")',
    () => traceArticle('Ciao.', sources, { markdown: 'yes' as never }),
    'traceArticle: `options.markdown` must be a boolean, got a string ("yes")',
  ],
  [
    'prepareArticle(italian: a prepared article)',
    () => prepareArticle(prepareArticle('Ciao.') as never),
    'prepareArticle: `italian` must be a string, got an object',
  ],
  [
    'prepareSources(sources: undefined)',
    () => prepareSources(undefined as never),
    'prepareSources: `sources` must be an array of {file, text}, got undefined',
  ],
  [
    'segmentEnglish(text: a Buffer)',
    () => segmentEnglish('a.md', Buffer.from('x') as never),
    'segmentEnglish: `text` must be a string, got an object',
  ],
  [
    'englishSourceProblem(text: null)',
    () => englishSourceProblem(wrong),
    'englishSourceProblem: `text` must be a string, got null',
  ],
  [
    'diffTokens(text: 7)',
    () => diffTokens(7 as never),
    'diffTokens: `text` must be a string, got a number (7)',
  ],
  [
    'diffRenderings(second: undefined)',
    () => diffRenderings('a', undefined as never),
    'diffRenderings: `second` must be a string, got undefined',
  ],
  [
    'groupRenderings(articles[0].quotes: null)',
    () => groupRenderings([{ file: 'a.md', quotes: wrong }]),
    'groupRenderings: `articles[0].quotes` must be an array, got null',
  ],
  [
    'groupRenderings(minimumScore: "0.6")',
    () => groupRenderings([], { minimumScore: '0.6' as never }),
    'groupRenderings: `options.minimumScore` must be a number, got a string ("0.6")',
  ],
  [
    'createEnglishIndex(sources: a source)',
    () => createEnglishIndex(sources[0] as never),
    'createEnglishIndex: `sources` must be an array of {file, text}, got an object',
  ],
  [
    'EnglishIndex#add(source.file: 3)',
    () => createEnglishIndex().add({ file: 3, text: 'x' } as never),
    'EnglishIndex#add: `source.file` must be a string, got a number (3)',
  ],
  [
    'EnglishIndex#sentencesFor(italian: null)',
    () => createEnglishIndex().sentencesFor(wrong),
    'EnglishIndex#sentencesFor: `italian` must be a string, got null',
  ],
  [
    'EnglishIndex#documentsFor(italian: a string)',
    () => createEnglishIndex().documentsFor('Ciao.' as never),
    'EnglishIndex#documentsFor: `italian` must be an array of strings, got a string ("Ciao.")',
  ],
  [
    'loadEnglishIndex(text: null)',
    () => loadEnglishIndex(wrong),
    'loadEnglishIndex: `text` must be a string, got null',
  ],
  [
    'readIndexStore(text: undefined)',
    () => readIndexStore(undefined as never),
    'readIndexStore: `text` must be a string, got undefined',
  ],
  [
    'lexicalKeyer(dictionary: an object)',
    () => lexicalKeyer({ dictionary: {} as never }),
    'lexicalKeyer: `options.dictionary` must be a Map, got an object',
  ],
  [
    'numbersScorer(weight: "2")',
    () => numbersScorer({ weight: '2' as never }),
    'numbersScorer: `options.weight` must be a number, got a string ("2")',
  ],
  [
    'cognatesScorer(options: true)',
    () => cognatesScorer(true as never),
    'cognatesScorer: `options` must be an options object, got a boolean (true)',
  ],
  [
    'dictionaryScorer(dictionary: null)',
    () => dictionaryScorer(wrong),
    'dictionaryScorer: `dictionary` must be a Map, got null',
  ],
  [
    'glossaryScorer(glossary: a term list)',
    () => glossaryScorer(['defence'] as never),
    'glossaryScorer: `glossary` must be a ConceptFinder, got an array',
  ],
  [
    'coverageScorer(weight: NaN)',
    () => coverageScorer({ weight: Number.NaN }),
    'coverageScorer: `options.weight` must be a number, got a number (NaN)',
  ],
]

describe('argument checks', () => {
  it.each(cases)('%s', (_, run, message) => {
    expect(run).toThrow(TypeError)
    expect(run).toThrow(message)
  })

  it('rejects the paths of loadDictdDictionary with a TypeError', async () => {
    await expect(loadDictdDictionary(wrong, 'x.dict')).rejects.toThrow(
      'loadDictdDictionary: `indexPath` must be a string, got null',
    )
  })

  it('takes any ConceptFinder, not only a Glossary', () => {
    // Concept `defence` found by hand in both languages: it is the evidence pairing the sentences.
    const finder = (term: string) => ({
      match: (text: string) => {
        const start = text.toLowerCase().indexOf(term)
        return start < 0 ? [] : [{ concept: { id: 'defence' }, start, end: start + term.length }]
      },
    })
    const glossary: ConceptFinder = { source: finder('defence'), target: finder('difesa') }
    const scorer = glossaryScorer(glossary)
    const score = scorer.prepare(['Mutual defence.'], ['Mutua difesa.'], {
      sourceLanguage: 'en',
      targetLanguage: 'it',
    })
    expect(score(0, 1, 0, 1)).toBe(1)
    expect(alignSentences(['Mutual defence.'], ['Mutua difesa.'], { glossary })).toHaveLength(1)
  })
})
