#!/usr/bin/env node
// How the splitter scales: each input at three sizes, each doubling, and each doubling should
// cost at most 2.5 times as much (issue #14). Short lines (25k, 50k, 100k `Riga breve N`), real
// news (the corpus-it articles repeated to 0.8, 1.6 and 3.2 MB) and the adversarial shapes of
// the issue. CPU time of this process, the best of a few runs, so that other jobs on the machine
// weigh less. Run: `node packages/split-it/bench/scaling.mjs` (after `npx tsc -b packages/split-it`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractQuotes, splitSentences } from '../dist/index.js'
import { splitToTxtAst } from '../dist/txt-ast.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const megabyte = 1_000_000
const target = 2.5
const runs = 5

/** The corpus-it articles, front matter and all, one after the other. */
function news() {
  const folder = join(root, 'corpus-it')
  return readdirSync(folder)
    .map((id) => join(folder, id, 'article.md'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n\n')
}

/** `unit` repeated to `length` characters. */
function repeated(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

const lines = (count) =>
  Array.from({ length: count }, (_, index) => `Riga breve ${index}\n`).join('')

let newsText

/**
 * Inputs: a name, a label for each of the three sizes, the sizes, a builder, and `'all'` when
 * every operation is timed on it (otherwise `splitSentences` only).
 */
const inputs = [
  ['short lines', ['25k', '50k', '100k'], [25_000, 50_000, 100_000], lines, 'all'],
  [
    'news (corpus-it, repeated)',
    ['0.8 MB', '1.6 MB', '3.2 MB'],
    [0.8, 1.6, 3.2],
    (size) => repeated((newsText ??= `${news()}\n\n`), size * megabyte),
    'all',
  ],
  [
    'one line, no full stop',
    ['1 MB', '2 MB', '4 MB'],
    [1, 2, 4],
    (size) => repeated('parola ', size * megabyte),
  ],
  ['straight quotes', ['100k', '200k', '400k'], [1, 2, 4], (size) => '"'.repeat(size * 100_000)],
  [
    'unclosed «',
    ['50k', '100k', '200k'],
    [1, 2, 4],
    (size) => '«Detto così, e poi '.repeat(size * 50_000),
  ],
  ['unclosed (', ['100k', '200k', '400k'], [1, 2, 4], (size) => '('.repeat(size * 100_000)],
  [
    'ellipses',
    ['100k', '200k', '400k'],
    [1, 2, 4],
    (size) => 'Uno... due... Tre... '.repeat(size * 33_000),
  ],
  [
    '( before numbered items',
    ['100k', '200k', '400k'],
    [1, 2, 4],
    (size) => `${'('.repeat(size * 100_000)}${' 1. x'.repeat(size * 100_000)}`,
  ],
  [
    'full stops inside a sentence',
    ['1 MB', '2 MB', '4 MB'],
    [1, 2, 4],
    (size) => `a${'.'.repeat(size * megabyte)}b`,
    'all',
  ],
]

const operations = [
  ['splitSentences', splitSentences],
  ['extractQuotes', extractQuotes],
  ['splitToTxtAst', splitToTxtAst],
]

/** CPU milliseconds `operation` takes on `text`, the best of `runs`. */
function time(operation, text) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage()
    operation(text)
    const used = process.cpuUsage(started)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/**
 * Time every operation on every input at its three sizes.
 *
 * @returns {{header: string[], rows: string[][], note: string}} A table: CPU milliseconds per
 *   size, the ratio of each doubling, and whether both are within the target.
 */
export function benchSplitScaling() {
  splitSentences(repeated(`${news()}\n\n`, 100_000))
  const rows = []
  for (const [name, labels, sizes, build, which] of inputs) {
    const texts = sizes.map(build)
    // The adversarial shapes are split only; the TxtAST and the quotations of the same text
    // share the splitter's scans and add per-sentence and per-quotation work.
    for (const [operationName, operation] of which === 'all'
      ? operations
      : operations.slice(0, 1)) {
      const times = texts.map((text) => time(operation, text))
      const ratios = times.slice(1).map((ms, index) => ms / Math.max(times[index], 1))
      rows.push([
        `${operationName}: ${name} (${labels.join(', ')})`,
        ...times.map((ms) => `${Math.round(ms)}`),
        ...ratios.map((ratio) => ratio.toFixed(2)),
        Math.max(...ratios) <= target ? 'yes' : 'no',
      ])
    }
  }
  return {
    header: ['input', 'ms ×1', 'ms ×2', 'ms ×4', '×2 / ×1', '×4 / ×2', `≤ ${target}× per doubling`],
    rows,
    note:
      `CPU time of the process (garbage collection included), best of ${runs} runs; ratios of ` +
      'times under a millisecond are taken against 1 ms, since they are timer noise. Times of a ' +
      'few tens of milliseconds swing with the collector and the machine’s load; the targets of ' +
      'issue #14 are the short lines (50k → 100k) and the news rows.',
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { header, rows, note } = benchSplitScaling()
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${note}`)
}
