import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import {
  calibrationExamples,
  calibrationRidge,
  fitLogistic,
  readPairedCorpus,
} from '../bench/calibrate.mjs'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import { hasFreeDict, loadFreeDict, loadProjectGlossary } from '../bench/resources.mjs'
import {
  alignQuotes,
  defaultQuoteCalibration,
  dictionaryQuoteCalibration,
  traceArticle,
  type QuoteCalibration,
} from '../src/index.js'
import { features } from '../src/trace.js'

const glossary = await loadProjectGlossary()

/**
 * A refit agrees with the committed coefficients to within 0.5: the lexicon's data is updated
 * apart from the calibration, which moves the fit a little; a larger move means refit and review.
 */
function expectClose(fitted: QuoteCalibration, committed: QuoteCalibration) {
  expect(fitted.intercept).toBeCloseTo(committed.intercept, 0)
  expect(fitted.weights?.length).toBe(committed.weights?.length)
  fitted.weights?.forEach((weight, index) =>
    expect(weight).toBeCloseTo(committed.weights?.[index] ?? Number.NaN, 0),
  )
}

describe('quote score calibration', () => {
  it('is what bench/calibrate.mjs fits on corpus-it, so it can be refitted and reviewed', () => {
    const examples = calibrationExamples(readPairedCorpus(), { glossary })
    expect(examples.length).toBeGreaterThan(100)
    expectClose(fitLogistic(examples, calibrationRidge), defaultQuoteCalibration)
    // Spans found only by searching the pool are in the fit, right and wrong ones, with their
    // coverage repeated in the pool-searched features (the wire's standalone fragments).
    const searched = examples.filter(
      (example: { features: number[] }) => example.features[4] === 0 && example.features[6]! > 0,
    )
    expect(searched.some((example: { right: boolean }) => example.right)).toBe(true)
    expect(searched.some((example: { right: boolean }) => !example.right)).toBe(true)
  }, 120_000)

  it('has a weight for every feature of a traced candidate', () => {
    const sources = [{ file: 'en.md', text: 'Kim said the pact was "a fundamental document".' }]
    const [quote] = traceArticle(
      'Kim ha detto che il patto è "un documento fondamentale".',
      sources,
    ).quotes
    const count = features(quote!.candidate!).length
    expect(defaultQuoteCalibration.weights).toHaveLength(count)
    expect(dictionaryQuoteCalibration.weights).toHaveLength(count)
  })

  // FreeDict is optional data (GPL, not bundled): this runs where Debian's package is installed.
  const withFreeDict = hasFreeDict ? it : it.skip
  withFreeDict(
    "with FreeDict, is what bench/calibrate.mjs fits with the dictionary as evidence (skipped without Debian's FreeDict EN–IT data)",
    async () => {
      const dictionary = await loadFreeDict()
      const examples = calibrationExamples(readPairedCorpus(), { glossary, dictionary })
      expectClose(fitLogistic(examples, calibrationRidge), dictionaryQuoteCalibration)
    },
    120_000,
  )

  it('recovers a known logistic model', () => {
    // Evidence on a grid, each point right with the model's probability, in exact proportions.
    const examples: Array<{ evidence: number; right: boolean }> = []
    for (let step = 0; step <= 20; step++) {
      const evidence = step / 20
      const probability = 1 / (1 + Math.exp(-(-3 + 6 * evidence)))
      const rightOf100 = Math.round(probability * 100)
      for (let k = 0; k < 100; k++) examples.push({ evidence, right: k < rightOf100 })
    }
    const fitted = fitLogistic(examples, 0)
    expect(fitted.intercept).toBeCloseTo(-3, 1)
    expect(fitted.slope).toBeCloseTo(6, 1)
  })

  it('turns more evidence into a higher probability, and null gives the raw evidence', () => {
    const sources = [
      { file: 'en.md', text: 'North Korea ratifies landmark mutual defence treaty with Russia.' },
    ]
    const close = 'La Corea del Nord ratifica lo storico trattato di mutua difesa con la Russia.'
    const loose = 'La Corea del Nord ha parlato con la Russia.'
    const score = (article: string, calibration?: null) =>
      alignQuotes(article, sources, { glossary, threshold: 0, calibration }).sentences[0]?.match
        ?.score ?? 0
    expect(score(close, null)).toBeGreaterThan(score(loose, null))
    expect(score(close)).toBeGreaterThan(score(loose))
    expect(score(close, null)).toBeGreaterThan(0)
    expect(score(close, null)).toBeLessThanOrEqual(1)
  })

  it('computes the probability from every feature with weights, and from the first without', () => {
    const sources = [{ file: 'en.md', text: 'Kim said the pact was "a fundamental document".' }]
    const article = 'Kim ha detto che il patto è "un documento fondamentale".'
    const flat = { intercept: 0, slope: 0, weights: [0, 0, 0, 0, 0] }
    const [quote] = alignQuotes(article, sources, { threshold: 0, calibration: flat }).quotes
    expect(quote?.match?.score).toBe(0.5)
    const slopeOnly = { intercept: 1, slope: 0 }
    const [again] = alignQuotes(article, sources, { threshold: 0, calibration: slopeOnly }).quotes
    expect(again?.match?.score).toBeCloseTo(1 / (1 + Math.exp(-1)), 3)
  })
})
