import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import { calibrationExamples, fitLogistic, readPairedCorpus } from '../bench/calibrate.mjs'
// @ts-expect-error -- a plain ESM script of the package's bench folder, without types
import { hasFreeDict, loadFreeDict, loadProjectGlossary } from '../bench/resources.mjs'
import { alignQuotes, defaultQuoteCalibration, dictionaryQuoteCalibration } from '../src/index.js'

const glossary = await loadProjectGlossary()

describe('quote score calibration', () => {
  it('is what bench/calibrate.mjs fits on corpus-it, so it can be refitted and reviewed', () => {
    const examples = calibrationExamples(readPairedCorpus(), { glossary })
    expect(examples.length).toBeGreaterThan(50)
    expect(fitLogistic(examples)).toEqual(defaultQuoteCalibration)
  }, 30_000)

  // FreeDict is optional data (GPL, not bundled): this runs where Debian's package is installed.
  const withFreeDict = hasFreeDict ? it : it.skip
  withFreeDict(
    'with FreeDict, is what bench/calibrate.mjs fits with the dictionary as evidence',
    async () => {
      const dictionary = await loadFreeDict()
      const examples = calibrationExamples(readPairedCorpus(), { glossary, dictionary })
      expect(fitLogistic(examples)).toEqual(dictionaryQuoteCalibration)
    },
    30_000,
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
    const article = 'La Corea del Nord ratifica lo storico trattato di mutua difesa con la Russia.'
    const calibrated = alignQuotes(article, sources, { glossary, threshold: 0 }).sentences[0]?.match
    const raw = alignQuotes(article, sources, { glossary, threshold: 0, calibration: null })
      .sentences[0]?.match
    expect(raw?.score).toBeGreaterThan(0)
    expect(calibrated?.score).toBeCloseTo(
      1 /
        (1 +
          Math.exp(
            -(
              defaultQuoteCalibration.intercept +
              defaultQuoteCalibration.slope * (raw?.score ?? 0)
            ),
          )),
      2,
    )
  })
})
