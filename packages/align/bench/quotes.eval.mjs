// Quote alignment against ../shared/wire/quotes.json: for seeds 000, 001 and 004, every Italian
// quotation or attributed statement with its English original (or none). A quotation counts as
// right when fonte's match overlaps the original in the article's sources.en.md, or when both
// are absent.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignQuotes } from '@fonte/align'

const corpus = new URL('../../../corpus-it/', import.meta.url)

function overlap(a0, a1, b0, b1) {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0))
}

/** Scores quote alignment on the gold of `quotesFile`; returns counts and a table. */
export function evaluateQuotes(quotesFile, options = {}) {
  const gold = JSON.parse(readFileSync(quotesFile, 'utf8'))
  const counts = {
    total: 0,
    found: 0,
    rightMatch: 0,
    rightAbstain: 0,
    wrongMatch: 0,
    missedMatch: 0,
    falseMatch: 0,
    undetected: 0,
  }
  // Every scored match, shown or not: how its probability compares with how often it is right.
  const predictions = []
  const bySeed = new Map()
  for (const record of gold) {
    const id = record.seed.replace(/\.txt$/, '')
    if (!bySeed.has(id)) {
      const article = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
      const sources = readFileSync(new URL(`${id}/sources.en.md`, corpus), 'utf8')
      const bodyStart = article.indexOf('\n---\n') + 5
      bySeed.set(id, {
        bodyStart,
        sources,
        result: alignQuotes(article, [{ file: 'sources.en.md', text: sources }], options),
        unfiltered: alignQuotes(article, [{ file: 'sources.en.md', text: sources }], {
          ...options,
          threshold: 0,
        }),
      })
    }
    const { bodyStart, sources, result, unfiltered } = bySeed.get(id)
    counts.total++
    const start = bodyStart + record.start
    const end = bodyStart + record.end
    const closest = (alignment) =>
      [...alignment.quotes, ...alignment.sentences]
        .filter((quote) => overlap(quote.start, quote.end, start, end) >= 0.5 * (end - start))
        .sort(
          (a, b) =>
            Math.abs(a.end - a.start - (end - start)) - Math.abs(b.end - b.start - (end - start)),
        )[0]
    const ours = closest(result)
    if (!ours) {
      counts.undetected++
      continue
    }
    counts.found++
    const goldAt = record.en ? sources.indexOf(record.en) : -1
    const scored = closest(unfiltered)?.match
    if (scored) {
      predictions.push({
        probability: scored.score,
        right:
          goldAt !== -1 && overlap(scored.start, scored.end, goldAt, goldAt + record.en.length) > 0,
      })
    }
    if (!record.en || goldAt === -1) {
      if (ours.match) counts.falseMatch++
      else counts.rightAbstain++
    } else if (!ours.match) {
      counts.missedMatch++
    } else if (overlap(ours.match.start, ours.match.end, goldAt, goldAt + record.en.length) > 0) {
      counts.rightMatch++
    } else {
      counts.wrongMatch++
    }
  }
  return { counts, predictions }
}

/** The quote table of `pnpm eval`: the glossary as evidence, and FreeDict too where installed. */
export async function quotesTable(folder) {
  const { loadFreeDict, loadProjectGlossary } = await import('./resources.mjs')
  const { reliability } = await import('./calibrate.mjs')
  const glossary = await loadProjectGlossary()
  const dictionary = await loadFreeDict()
  const runs = [['glossary', { glossary }]]
  if (dictionary) runs.push(['glossary + FreeDict EN–IT', { glossary, dictionary }])
  const rows = runs.map(([name, options]) => {
    const { counts, predictions } = evaluateQuotes(join(folder, 'quotes.json'), options)
    const { expectedError } = reliability(predictions)
    const brier =
      predictions.reduce(
        (sum, { probability, right }) => sum + (probability - (right ? 1 : 0)) ** 2,
        0,
      ) / predictions.length
    const right = counts.rightMatch + counts.rightAbstain
    return [
      name,
      counts.total,
      counts.found,
      counts.rightMatch,
      counts.rightAbstain,
      counts.wrongMatch,
      counts.falseMatch,
      counts.missedMatch,
      `${((100 * right) / counts.total).toFixed(1)}%`,
      brier.toFixed(3),
      expectedError.toFixed(3),
    ]
  })
  return {
    header: [
      'evidence',
      'quotations (gold)',
      'found',
      'right match',
      'right abstention',
      'wrong match',
      'false match',
      'missed match',
      'accuracy',
      'Brier score',
      'calibration error',
    ],
    rows,
  }
}
