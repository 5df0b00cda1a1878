// Quote tracing, measured on evaluation data read in place at run time (never copied here):
// - ../shared/wire/quotes.json: seeds 000, 001 and 004, every Italian quotation or attributed
//   statement with its English original (or none), against the article's own sources.en.md and
//   against the pool of all the wire sources;
// - ../shared/eval/ntrex-dev: real news translated EN→IT, each article against its own story
//   (`doc`) and against five or six stories pooled (`pool5`), judged by the rules of the data's
//   own scorer (its `judge`, imported from score.mjs), as `fonte align` runs with no flags.
// Besides right and wrong, each table gives the Brier score and the expected calibration error of
// the probabilities: every scored match, shown or not, against how often it is right.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { alignQuotes } from '@fonte/align'
import { brierScore, reliability } from './calibrate.mjs'

const corpus = new URL('../../../corpus-it/', import.meta.url)

function overlap(a0, a1, b0, b1) {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0))
}

function seedsOf(gold) {
  return [...new Set(gold.map((record) => record.seed.replace(/\.txt$/, '')))]
}

/**
 * Scores quote alignment on the gold of `quotesFile`; returns counts and predictions. With
 * `pool`, every article is traced against the sources of all the seeds, one file each.
 */
export function evaluateQuotes(quotesFile, options = {}, { pool = false } = {}) {
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
  const allSources = seedsOf(gold).map((id) => ({
    file: `${id}/sources.en.md`,
    text: readFileSync(new URL(`${id}/sources.en.md`, corpus), 'utf8'),
  }))
  // Every scored match, shown or not: how its probability compares with how often it is right.
  const predictions = []
  const bySeed = new Map()
  for (const record of gold) {
    const id = record.seed.replace(/\.txt$/, '')
    if (!bySeed.has(id)) bySeed.set(id, traceSeed(id, allSources, pool, options))
    tallyRecord(counts, predictions, record, bySeed.get(id))
  }
  return { counts, predictions }
}

/**
 * A seed's article traced against all the sources (`pool`) or its own: every scored match
 * (`unfiltered`) and those at the threshold (`result`).
 */
function traceSeed(id, allSources, pool, options) {
  const article = readFileSync(new URL(`${id}/article.md`, corpus), 'utf8')
  const sources = pool
    ? allSources
    : allSources.filter((source) => source.file === `${id}/sources.en.md`)
  const bodyStart = article.indexOf('\n---\n') + 5
  const unfiltered = alignQuotes(article, sources, { ...options, threshold: 0 })
  const threshold = options.threshold ?? 0.5
  const shown = (entry) => ({
    ...entry,
    match: entry.match && entry.match.score >= threshold ? entry.match : null,
  })
  const result = {
    quotes: unfiltered.quotes.map(shown),
    sentences: unfiltered.sentences.map(shown),
  }
  return { bodyStart, sources, unfiltered, result }
}

/** The quotation or sentence of `alignment` that covers most of [start, end) and is closest in length. */
function closestQuote(alignment, start, end) {
  return [...alignment.quotes, ...alignment.sentences]
    .filter((quote) => overlap(quote.start, quote.end, start, end) >= 0.5 * (end - start))
    .sort(
      (a, b) =>
        Math.abs(a.end - a.start - (end - start)) - Math.abs(b.end - b.start - (end - start)),
    )[0]
}

/** Whether `match` overlaps an occurrence of the record's English original in its file. */
function isRightMatch(record, sources, match) {
  if (!record.en) return false
  const text = sources.find((source) => source.file === match.file)?.text ?? ''
  for (let at = text.indexOf(record.en); at !== -1; at = text.indexOf(record.en, at + 1))
    if (overlap(match.start, match.end, at, at + record.en.length) > 0) return true
  return false
}

/** Counts one gold record against its seed's trace. */
function tallyRecord(counts, predictions, record, { bodyStart, sources, result, unfiltered }) {
  counts.total++
  const start = bodyStart + record.start
  const end = bodyStart + record.end
  const ours = closestQuote(result, start, end)
  if (!ours) {
    counts.undetected++
    return
  }
  counts.found++
  const scored = closestQuote(unfiltered, start, end)?.match
  if (scored)
    predictions.push({ probability: scored.score, right: isRightMatch(record, sources, scored) })
  const known = record.en && sources.some((source) => source.text.includes(record.en))
  if (!known) {
    if (ours.match) counts.falseMatch++
    else counts.rightAbstain++
  } else if (!ours.match) {
    counts.missedMatch++
  } else if (isRightMatch(record, sources, ours.match)) {
    counts.rightMatch++
  } else {
    counts.wrongMatch++
  }
}

/** The wire quote table of `pnpm eval`: own sources and the pool, default and with resources. */
export async function quotesTable(folder) {
  const { loadFreeDict, loadProjectGlossary } = await import('./resources.mjs')
  const glossary = await loadProjectGlossary()
  const dictionary = await loadFreeDict()
  const runs = [
    ['default, own sources', {}, false],
    ['default, pool of all wire sources', {}, true],
    ['glossary, pool', { glossary }, true],
  ]
  if (dictionary) runs.push(['glossary + FreeDict EN–IT, pool', { glossary, dictionary }, true])
  const rows = runs.map(([name, options, pool]) => {
    const { counts, predictions } = evaluateQuotes(join(folder, 'quotes.json'), options, { pool })
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
      brierScore(predictions).toFixed(3),
      reliability(predictions).expectedError.toFixed(3),
    ]
  })
  return {
    header: [
      'evidence, sources',
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

/**
 * One variant of ntrex-dev traced in process with the defaults (what `fonte align` does with no
 * flags), judged by the data's own scorer. Returns its tally and the scored predictions.
 */
export async function evaluateNtrexVariant(folder, variant) {
  const { judge, pickQuote, tally } = await import(pathToFileURL(join(folder, 'score.mjs')).href)
  const records = JSON.parse(readFileSync(join(folder, 'quotes', `quotes-${variant}.json`), 'utf8'))
  const byArticle = new Map()
  for (const record of records)
    byArticle.set(record.it_article_file, [
      ...(byArticle.get(record.it_article_file) ?? []),
      record,
    ])
  const read = (file) => readFileSync(join(folder, file), 'utf8')
  const verdicts = []
  const predictions = []
  for (const [article, group] of byArticle) {
    const sources = group[0].en_sources.map((file) => ({ file, text: read(file) }))
    const scored = alignQuotes(read(article), sources, { threshold: 0 })
    const shown = {
      quotes: scored.quotes.map((quote) => ({
        ...quote,
        match: quote.match && quote.match.score >= 0.5 ? quote.match : null,
      })),
    }
    const same = (reported, file) => reported === file
    for (const record of group) {
      verdicts.push({ decoy: record.decoy, verdict: judge(record, shown, same) })
      const start = record.it_article_offset + record.it_quote_start
      const end = record.it_article_offset + record.it_quote_end
      const match = pickQuote(scored.quotes, start, end)?.match
      if (match) {
        predictions.push({
          probability: match.score,
          right: judge(record, scored, same) === 'right',
        })
      }
    }
  }
  return { tally: tally(verdicts), predictions }
}

/** The ntrex-dev quote table of `pnpm eval`: both variants, with calibration. */
export async function ntrexQuotesTable(folder) {
  const rows = []
  for (const variant of ['doc', 'pool5']) {
    const { tally, predictions } = await evaluateNtrexVariant(folder, variant)
    const percent = (count, total) => `${((100 * count) / Math.max(1, total)).toFixed(1)}%`
    rows.push([
      variant,
      tally.n,
      `${tally.right} (${percent(tally.right, tally.n)})`,
      `${tally.wrong} (${percent(tally.wrong, tally.n)})`,
      tally.abstained,
      tally.notFound,
      `${tally.falseMatch}/${tally.decoys} (${percent(tally.falseMatch, tally.decoys)})`,
      brierScore(predictions).toFixed(3),
      reliability(predictions).expectedError.toFixed(3),
    ])
  }
  return {
    header: [
      'variant',
      'quotations',
      'right',
      'wrong',
      'abstained',
      'not found',
      'decoys matched',
      'Brier score',
      'calibration error',
    ],
    rows,
  }
}

/** Whether the ntrex-dev quote data is where `pnpm eval` looks for it. */
export function hasNtrex(folder) {
  return existsSync(join(folder, 'quotes', 'quotes-doc.json'))
}
