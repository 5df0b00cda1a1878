#!/usr/bin/env node
// `pnpm bench`: fonte's speed as ratios against named baselines measured in the same run.
import { benchAlignment } from '../packages/align/bench/align.bench.mjs'
import { benchPool } from '../packages/fonte/bench/pool.bench.mjs'
import { benchGlossary } from '../packages/glossary/bench/match.bench.mjs'
import { benchSplitting } from '../packages/split-it/bench/split.bench.mjs'

/** Prints a Markdown table with an optional note under it. */
function printTable(title, { header, rows, note }) {
  console.log(`\n### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  if (note) console.log(`\n${note}`)
}

console.log(`Node ${process.version}, ${process.platform}-${process.arch}`)
printTable('Sentence splitting (baseline: sentence-splitter `split`)', await benchSplitting())
printTable('Glossary matching (baseline: one regular expression per term)', await benchGlossary())
printTable('Sentence alignment (baseline: hunalign in the same process)', await benchAlignment())
printTable('Glossary lint of many files (baseline: 1 worker thread)', await benchPool())
