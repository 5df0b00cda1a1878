#!/usr/bin/env node
// How English source reading (segmentEnglish: units, sentences, quotations) scales: each shape is
// read at 0.5, 1 and 2 MB, and each doubling should cost at most 2.5 times as much (issue #14).
// The shapes are those that once went quadratic or could: lines without any quotation mark (each
// unit searched the rest of the text for one), one huge paragraph, quotations left open, many
// short quotations, real wire copy (corpus-it's English sources, repeated). CPU time of this
// process, the median of alternated rounds (0.5, 1, 2, 0.5, …), each round a text of its own.
// Run: `node packages/align/bench/scaling.mjs [part of a shape's name]` (after
// `npx tsc -b packages/align`; `ROUNDS=5` for more rounds).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { segmentEnglish } from '../dist/index.js'

const corpus = new URL('../../../corpus-it/', import.meta.url)
const megabyte = 1024 * 1024
const sizes = [0.5, 1, 2]
const target = 2.5
const rounds = Math.max(1, Number(process.env.ROUNDS) || 3)

/** corpus-it's English sources, one after the other (a sentence when there are none). */
function wire() {
  if (!existsSync(corpus)) return 'The minister said "we will sign it" on Tuesday.\n\n'
  return readdirSync(corpus)
    .map((id) => new URL(`${id}/sources.en.md`, corpus))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n\n')
}

/** Shapes by name: a unit of text (by round, so no two texts are alike) repeated to size. */
const shapes = {
  'lines without quotation marks': (round) => `The minister said the treaty holds ${round}\n`,
  'one huge paragraph': (round) => `The minister said the treaty holds ${round}. `,
  'quotations left open': (round) => `He said "the treaty holds ${round}\n\n`,
  'many short quotations': (round) => `"Yes," he said, "${round}" and "no".\n`,
  'wire copy (corpus-it sources, repeated)': (round) => `${wire()}\n\n${round}\n\n`,
}

function cpuOf(text) {
  const started = process.cpuUsage()
  segmentEnglish('scaling.md', text)
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const filter = process.argv[2] ?? ''
let failed = false
console.log(`| shape | ${sizes.map((size) => `${size} MB`).join(' | ')} | worst doubling |`)
console.log(`|---|${sizes.map(() => '---:').join('|')}|---:|`)
for (const [name, unit] of Object.entries(shapes)) {
  if (!name.includes(filter)) continue
  const times = sizes.map(() => [])
  for (let round = 0; round < rounds; round++) {
    sizes.forEach((size, index) => {
      const piece = unit(round)
      times[index].push(cpuOf(piece.repeat(Math.ceil((size * megabyte) / piece.length))))
    })
  }
  const medians = times.map(median)
  const worst = Math.max(...medians.slice(1).map((time, index) => time / medians[index]))
  failed ||= worst > target
  console.log(
    `| ${name} | ${medians.map((time) => `${time.toFixed(0)} ms`).join(' | ')} | ${worst.toFixed(2)}× |`,
  )
}
console.log(`\nTarget: each doubling ≤ ${target}×.${failed ? ' Missed.' : ''}`)
process.exitCode = failed ? 1 : 0
