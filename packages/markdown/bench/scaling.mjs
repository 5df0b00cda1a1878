#!/usr/bin/env node
// How `markdownProse` scales: each document is read at 0.8, 1.6 and 3.2 MB, and each doubling
// should cost at most 2.5 times as much (issue #14). Real news (the corpus-it articles, repeated)
// and Markdown built to be hard: many tiny paragraphs, a huge table, long link reference lists,
// many escapes and character references. Run: `node packages/markdown/bench/scaling.mjs`
// (after `npx tsc -b packages/markdown`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { markdownProse, readFrontMatter } from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const megabyte = 1024 * 1024
const sizes = [0.8, 1.6, 3.2]
const target = 2.5

/** The corpus-it articles, one after the other: the first with its front matter, then bodies. */
function news() {
  const folder = join(root, 'corpus-it')
  return readdirSync(folder)
    .map((id) => join(folder, id, 'article.md'))
    .filter((file) => existsSync(file))
    .map((file) => readFrontMatter(readFileSync(file, 'utf8')).body)
    .join('\n\n')
}

let newsText

/** Documents by name: each a unit of Markdown repeated to the size wanted. */
const documents = {
  'news (corpus-it, repeated)': (index) =>
    index === 0 ? `---\ntitle: Notizie\n---\n${news()}\n\n` : (newsText ??= `${news()}\n\n`),
  'many tiny paragraphs': () => 'Sì.\n\n',
  'a huge table (one paragraph in CommonMark)': () => '| Roma | 12,5 % | [fonte](https://x.it) |\n',
  'long link reference lists': (index) =>
    `[nota ${index}]: https://esempio.it/articolo/${index} "Titolo ${index}"\n`,
  'many escapes and references': () =>
    'La \\*difesa\\* &amp; l&#39;alleanza &mdash; \\[sì\\] &copy;\n',
  'many setext headings': () => 'Titolo\n------\n\nTesto della notizia.\n\n',
}

/** `unit` repeated to about `size` MB. */
function build(unit, size) {
  const parts = []
  let length = 0
  for (let index = 0; length < size * megabyte; index++) {
    const part = unit(index)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

/** Milliseconds `markdownProse` takes on `markdown`, the best of `runs`. */
function time(markdown, runs) {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    markdownProse(markdown)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/**
 * Time `markdownProse` on each document at each size.
 *
 * @param {{only?: string, onRow?: (row: string[]) => void}} [options] - A document to time alone
 *   (part of its name), and a callback for each row as it is measured.
 * @returns {{header: string[], rows: string[][], note: string}} A table: milliseconds per size and
 *   the ratio of each doubling.
 */
export function benchProseScaling(options = {}) {
  markdownProse(build(documents['news (corpus-it, repeated)'], 0.1))
  const rows = []
  for (const [name, unit] of Object.entries(documents)) {
    if (options.only && !name.includes(options.only)) continue
    const times = sizes.map((size) => time(build(unit, size), size < 3 ? 2 : 1))
    const ratios = times.slice(1).map((ms, index) => ms / times[index])
    const worst = Math.max(...ratios)
    rows.push([
      name,
      ...times.map((ms) => `${Math.round(ms)}`),
      ...ratios.map((ratio) => ratio.toFixed(2)),
      worst <= target ? 'yes' : 'no',
    ])
    options.onRow?.(rows.at(-1))
  }
  return {
    header: [
      'document',
      '0.8 MB (ms)',
      '1.6 MB (ms)',
      '3.2 MB (ms)',
      '×1.6/0.8',
      '×3.2/1.6',
      `≤ ${target}×`,
    ],
    rows,
    note: `Time of \`markdownProse\` (parse, prose, offset map), best of 2 runs (1 at 3.2 MB), in one process; the target is at most ${target}× per doubling of the document.`,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const print = (row) => console.log(`| ${row.join(' | ')} |`)
  const { note } = benchProseScaling({ only: process.argv[2], onRow: print })
  console.log(`\n${note}`)
}
