#!/usr/bin/env node
// `pnpm bench`: fonte's speed as ratios against named peers measured in the same run, on the same
// input, in alternated rounds (scripts/bench-lib.mjs), with what each side found beside each ratio.
// Each section runs in a process of its own, so that one section's heap and compiled code do not
// weigh on the next one's figures; within a section, fonte and its baseline share a process.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const sections = {
  splitting: async () => [
    'Sentence splitting (headline peer: sentencex; same text, alternated rounds)',
    await (await import('../packages/split-it/bench/split.bench.mjs')).benchSplitting(),
  ],
  glossary: async () => [
    'Glossary matching (headline peer: Aho–Corasick, modern-ahocorasick; also one regular expression per term)',
    await (await import('../packages/glossary/bench/match.bench.mjs')).benchGlossary(),
  ],
  alignment: async () => [
    'Sentence alignment (peer: hunalign, a fresh instance per document, in the same process)',
    await (await import('../packages/align/bench/align.bench.mjs')).benchAlignment(),
  ],
  lexicon: async () => [
    'Morphology first call and lookups (peer: wink-lemmatizer)',
    await (await import('../packages/lexicon/bench/load.bench.mjs')).benchLoad(),
  ],
  index: async () => [
    'Cost per article against a small and a large English pool (seed 003)',
    await (await import('../packages/align/bench/index.bench.mjs')).benchIndex(),
  ],
  report: async () => [
    '`fonte report` CPU per article (target: 0.1 s)',
    await (await import('../packages/align/bench/report.bench.mjs')).benchReport(),
  ],
  'start-up': async () => [
    '`fonte` start-up: CPU of a process against `node -e 0` (targets: --version ≤ 2.5×, one-file lint ≤ 3×)',
    await (await import('../packages/fonte/bench/startup.bench.mjs')).benchStartup(),
  ],
  v8: async () => [
    "The bin's V8 settings (TurboFan's inlining off, a larger tier-up budget) against V8 as it is",
    await (await import('../packages/fonte/bench/v8-tuning.bench.mjs')).benchV8Tuning(),
  ],
  pool: async () => [
    'Glossary lint of many files, `lintInParallel` (baseline: --jobs 1)',
    await (await import('../packages/fonte/bench/pool.bench.mjs')).benchPool(),
  ],
  'report-jobs': async () => [
    '`fonte report --jobs` (baseline: --jobs 1)',
    await (await import('../packages/fonte/bench/report-jobs.mjs')).benchReportJobs(),
  ],
}

/** Prints a Markdown table with an optional note under it. */
function printTable(title, { header, rows, note }) {
  console.log(`\n### ${title}\n`)
  console.log(`| ${header.join(' | ')} |`)
  console.log(`|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  if (note) console.log(`\n${note}`)
}

const section = process.argv[2]
if (section) {
  const run = sections[section]
  if (!run) {
    console.error(`bench: no section \`${section}\`; sections: ${Object.keys(sections).join(', ')}`)
    process.exit(2)
  }
  printTable(...(await run()))
} else {
  console.log(`Node ${process.version}, ${process.platform}-${process.arch}`)
  let failed = false
  for (const name of Object.keys(sections)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    })
    if (child.status !== 0) failed = true
  }
  process.exitCode = failed ? 1 : 0
}
