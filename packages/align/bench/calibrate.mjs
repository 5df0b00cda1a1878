// Fits the quote-score calibration (`defaultQuoteCalibration`) on corpus-it's sentence pairs and
// prints it with a reliability table. Run: node packages/align/bench/calibrate.mjs [dictd.index]
//
// Each Italian sentence whose original the wire notes identify is matched against all of the
// corpus's English sources twice: as they are (the match is right when it lies in the original)
// and with its original blanked out (any match is wrong). A logistic regression of rightness on
// the raw evidence score gives the calibration.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { alignQuotes, loadDictdDictionary } from '@fonte/align'
import { loadProjectGlossary } from './resources.mjs'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** The corpus articles with English sources and sentence pairs. */
export function readPairedCorpus(corpus = `${root}corpus-it/`) {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${corpus}${entry.name}/pairs.json`))
    .map(({ name }) => ({
      id: name,
      article: readFileSync(`${corpus}${name}/article.md`, 'utf8'),
      sources: readFileSync(`${corpus}${name}/sources.en.md`, 'utf8'),
      pairs: JSON.parse(readFileSync(`${corpus}${name}/pairs.json`, 'utf8')),
    }))
}

/**
 * `{ evidence, right }` for each paired sentence, with and without its original among the
 * sources. The original is every copy of its text in any source (a headline is often there twice).
 */
export function calibrationExamples(corpus, evidence = {}) {
  const examples = []
  for (const entry of corpus) {
    for (const pair of entry.pairs) {
      const originals = pair.en.map(({ text }) => text)
      const copies = (text) =>
        originals.flatMap((original) => {
          const found = []
          for (let at = text.indexOf(original); at !== -1; at = text.indexOf(original, at + 1))
            found.push([at, at + original.length])
          return found
        })
      for (const withOriginal of [true, false]) {
        const sources = corpus.map((other) => {
          let text = other.sources
          if (!withOriginal) {
            for (const [start, end] of copies(text))
              text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)
          }
          return { file: other.id, text }
        })
        // The pair's Italian alone, as plain text: the splitter may still cut it in two.
        const { sentences } = alignQuotes(pair.it.text, sources, {
          ...evidence,
          calibration: null,
          threshold: 0,
          markdown: false,
        })
        for (const sentence of sentences) {
          const match = sentence.match
          if (!match) continue
          const text = sources.find((source) => source.file === match.file).text
          const right =
            withOriginal &&
            copies(text).some(([start, end]) => match.start < end && start < match.end)
          examples.push({ evidence: match.score, right })
        }
      }
    }
  }
  return examples
}

/** Logistic regression of `right` on `evidence` by Newton's method, with a weak ridge prior. */
export function fitLogistic(examples, ridge = 0.01) {
  let intercept = 0
  let slope = 0
  for (let iteration = 0; iteration < 50; iteration++) {
    let g0 = 0
    let g1 = -ridge * slope
    let h00 = 0
    let h01 = 0
    let h11 = ridge
    for (const { evidence, right } of examples) {
      const p = 1 / (1 + Math.exp(-(intercept + slope * evidence)))
      const error = (right ? 1 : 0) - p
      g0 += error
      g1 += error * evidence
      const w = p * (1 - p)
      h00 += w
      h01 += w * evidence
      h11 += w * evidence * evidence
    }
    const determinant = h00 * h11 - h01 * h01
    const step0 = (h11 * g0 - h01 * g1) / determinant
    const step1 = (h00 * g1 - h01 * g0) / determinant
    intercept += step0
    slope += step1
    if (Math.abs(step0) + Math.abs(step1) < 1e-9) break
  }
  return { intercept: round(intercept), slope: round(slope) }
}

/** Predicted against observed rightness, in bins of predicted probability. */
export function reliability(predictions, bins = 5) {
  const rows = Array.from({ length: bins }, (_, bin) => ({
    from: bin / bins,
    to: (bin + 1) / bins,
    count: 0,
    predicted: 0,
    right: 0,
  }))
  for (const { probability, right } of predictions) {
    const row = rows[Math.min(bins - 1, Math.floor(probability * bins))]
    row.count++
    row.predicted += probability
    if (right) row.right++
  }
  const expectedError =
    rows.reduce((sum, row) => sum + Math.abs(row.predicted - row.right), 0) / predictions.length
  return { rows, expectedError }
}

function round(value) {
  return Math.round(value * 1000) / 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const glossary = await loadProjectGlossary()
  // With a dictd .index as argument (FreeDict: /usr/share/dictd/freedict-eng-ita.index), the
  // dictionary counts as evidence too: that fit is dictionaryQuoteCalibration.
  const index = process.argv[2]
  const dictionary = index
    ? await loadDictdDictionary(index, index.replace(/\.index$/, '.dict.dz'))
    : undefined
  const examples = calibrationExamples(readPairedCorpus(), { glossary, dictionary })
  const fitted = fitLogistic(examples)
  console.log(`${examples.length} examples, ${examples.filter((e) => e.right).length} right`)
  console.log(
    `${dictionary ? 'dictionaryQuoteCalibration' : 'defaultQuoteCalibration'} = ${JSON.stringify(fitted)}`,
  )
  const sigmoid = (e) => 1 / (1 + Math.exp(-(fitted.intercept + fitted.slope * e)))
  const { rows, expectedError } = reliability(
    examples.map(({ evidence, right }) => ({ probability: sigmoid(evidence), right })),
  )
  for (const row of rows)
    console.log(
      `${row.from.toFixed(1)}–${row.to.toFixed(1)}: ${row.count} matches, predicted ${(row.predicted / Math.max(1, row.count)).toFixed(2)}, right ${(row.right / Math.max(1, row.count)).toFixed(2)}`,
    )
  console.log(`expected calibration error ${expectedError.toFixed(3)}`)
}
