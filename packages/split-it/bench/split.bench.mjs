// Splitting speed: fonte against plain sentence-splitter `split` (the named baseline) and sentencex
// (the speed target: fonte at least 3× as fast) on the same text in the same run, and fonte's time
// per character on a small and a large input (linearity).
import { readdirSync, readFileSync } from 'node:fs'
import { Bench } from 'tinybench'
import { extractQuotes, splitSentences } from '@fonte/split-it'
import { sentenceSplitter, sentencex } from './peers.mjs'

const corpus = new URL('../../../corpus-it/', import.meta.url)

/** The corpus-it article bodies joined with blank lines: real news text, about 27 kB. */
export function corpusText() {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const text = readFileSync(new URL(`${entry.name}/article.md`, corpus), 'utf8')
      return text.slice(text.indexOf('\n---\n') + 5)
    })
    .join('\n\n')
}

/** Runs the splitting benchmarks; returns Markdown table rows. */
export async function benchSplitting() {
  const text = corpusText()
  const bench = new Bench({ time: 1500, warmupTime: 300 })
  bench
    .add('sentence-splitter split (baseline)', () => sentenceSplitter(text))
    .add('fonte splitSentences', () => splitSentences(text))
    .add('fonte splitSentences (quotes: split)', () => splitSentences(text, { quotes: 'split' }))
    .add('fonte splitSentences (quotes: keep)', () => splitSentences(text, { quotes: 'keep' }))
    .add('fonte extractQuotes', () => extractQuotes(text))
  if (sentencex) bench.add('sentencex segment (it)', () => sentencex.segment('it', text))
  await bench.run()
  const baseline = bench.tasks[0].result.latency.mean
  const reference = bench.tasks.find((task) => task.name.startsWith('sentencex'))?.result.latency
  const rows = bench.tasks.map((task) => {
    const mean = task.result.latency.mean
    return [
      task.name,
      `${(text.length / (mean / 1000) / 1e6).toFixed(2)} M chars/s`,
      `±${task.result.latency.rme.toFixed(1)}%`,
      `${(baseline / mean).toFixed(1)}×`,
      reference ? `${(reference.mean / mean).toFixed(1)}×` : 'not installed',
    ]
  })

  // Linearity: the same prose at 64 kB and at 4 MB, time per character compared.
  const small = text.repeat(Math.ceil(65536 / text.length)).slice(0, 65536)
  const large = text.repeat(Math.ceil(4194304 / text.length)).slice(0, 4194304)
  const perChar = (input, runs) => {
    splitSentences(input)
    const started = performance.now()
    for (let run = 0; run < runs; run++) splitSentences(input)
    return (performance.now() - started) / runs / input.length
  }
  const smallCost = perChar(small, 200)
  const largeCost = perChar(large, 4)
  const linearity = [
    'fonte time per char, 4 MB vs 64 kB',
    `${(1e6 * largeCost).toFixed(1)} ns vs ${(1e6 * smallCost).toFixed(1)} ns`,
    '',
    `${(largeCost / smallCost).toFixed(2)} (1.0 = linear)`,
    '',
  ]
  return {
    header: ['task', 'throughput', 'rme', 'speed vs baseline', 'speed vs sentencex'],
    rows: [...rows, linearity],
    note: `Input: the ${text.length.toLocaleString('en')} characters of corpus-it/ (five articles).`,
  }
}
