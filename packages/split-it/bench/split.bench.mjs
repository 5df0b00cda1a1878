// Splitting speed: fonte against sentencex (the strongest JavaScript peer, the headline ratio),
// sentence-splitter (what textlint uses) and Node's Intl.Segmenter, all on the same text in
// alternated rounds; beside each ratio, what each splitter found: its sentences on that text and
// its F1 against the UD Italian ISDT gold where ../shared/eval/splitting is there (read at run
// time, never copied). Then fonte's time per character on 64 kB and on 4 MB of the same prose.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { extractQuotes, splitSentences } from '@fonte/split-it'
import {
  alternate,
  formatRate,
  formatRatio,
  formatTime,
  methodNote,
  ratio,
} from '../../../scripts/bench-lib.mjs'
import { intlSegmenter, sentenceSplitter, sentencex } from './peers.mjs'

const corpus = new URL('../../../corpus-it/', import.meta.url)
const splitting = new URL('../../../../shared/eval/splitting/', import.meta.url)
const rounds = 7
const warmup = 2

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

const texts = (sentences) => sentences.map((sentence) => sentence.text)

/** The contenders, each `(text) => string[]`; sentencex first, the headline peer. */
function contenders() {
  return [
    ...(sentencex ? [['sentencex segment (it)', (text) => sentencex.segment('it', text)]] : []),
    ['sentence-splitter split', sentenceSplitter],
    ['Intl.Segmenter (it)', intlSegmenter],
    ['fonte splitSentences', (text) => texts(splitSentences(text))],
    [
      'fonte splitSentences (quotes: split)',
      (text) => texts(splitSentences(text, { quotes: 'split' })),
    ],
    [
      'fonte splitSentences (quotes: keep)',
      (text) => texts(splitSentences(text, { quotes: 'keep' })),
    ],
    ['fonte extractQuotes', (text) => extractQuotes(text).map((quote) => quote.text)],
  ]
}

/** F1 (%) of each splitter on UD ISDT, with the scorer that ships with the data; `{}` without it. */
async function goldF1(splitters) {
  const scorer = new URL('score.mjs', splitting)
  if (!existsSync(scorer)) return {}
  const { loadGold, score } = await import(pathToFileURL(scorer.pathname).href)
  const docs = loadGold(new URL('ud-it-isdt.jsonl', splitting).pathname)
  const f1 = {}
  for (const [name, split] of splitters) {
    if (name === 'fonte extractQuotes') continue
    const predictions = Object.fromEntries(docs.map((doc) => [doc.id, split(doc.text)]))
    f1[name] = `${(100 * score(docs, predictions).f1).toFixed(1)}`
  }
  return f1
}

/** fonte's CPU per character on 64 kB and on 4 MB of the same prose, alternated. */
async function linearity(text) {
  const sized = (length) => text.repeat(Math.ceil(length / text.length)).slice(0, length)
  const small = sized(65_536)
  const large = sized(4_194_304)
  const perChar = (input) => ({
    measured: true,
    run: () => {
      const started = process.cpuUsage()
      splitSentences(input)
      const used = process.cpuUsage(started)
      return { ms: (used.user + used.system) / 1000 / input.length, result: null }
    },
  })
  const times = await alternate(
    [
      { name: 'small', ...perChar(small) },
      { name: 'large', ...perChar(large) },
    ],
    { rounds: 5, warmup: 1 },
  )
  const [smallCost, largeCost] = [times.get('small'), times.get('large')]
  return [
    'fonte time per char, 4 MB vs 64 kB',
    `${(1e6 * largeCost.median).toFixed(1)} ns vs ${(1e6 * smallCost.median).toFixed(1)} ns`,
    '',
    `${formatRatio(ratio(largeCost, smallCost))} (1.0 = linear)`,
    '',
    '',
  ]
}

/** Runs the splitting benchmarks; returns a Markdown table. */
export async function benchSplitting() {
  const text = corpusText()
  const splitters = contenders()
  const times = await alternate(
    splitters.map(([name, run]) => ({ name, run: () => run(text) })),
    { rounds, warmup, minSampleMs: 100 },
  )
  const f1 = await goldF1(splitters)
  const peer = times.get(splitters[0][0])
  const rows = splitters.map(([name]) => {
    const time = times.get(name)
    return [
      name,
      `${formatRate(text.length, time.median)} chars/s`,
      formatTime(time),
      sentencex ? formatRatio(ratio(peer, time)) : 'sentencex not installed',
      `${time.result.length}`,
      f1[name] ?? '',
    ]
  })
  return {
    header: [
      'splitter',
      'throughput (CPU)',
      'time per call',
      'speed vs sentencex',
      'sentences found',
      'UD ISDT F1',
    ],
    rows: [...rows, await linearity(text)],
    note:
      `Input: the ${text.length.toLocaleString('en')} characters of corpus-it/ (five articles), the same for every splitter. ` +
      'Sentences found differ by convention (fonte keeps a quotation with its attribution whole) as well as by error; the F1 column scores each splitter against gold. ' +
      `UD ISDT F1: ${Object.keys(f1).length > 0 ? 'boundary F1 on ../shared/eval/splitting/ud-it-isdt.jsonl with its own scorer' : 'needs ../shared/eval/splitting, absent here'}. ` +
      methodNote(rounds, warmup),
  }
}
