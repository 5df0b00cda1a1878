// Cost per article against a small and a large English pool, in one process: seed 003 of
// corpus-it against the ~100 wire sentences of the corpus's English sources, and against those
// plus NTREX English stories (../shared/eval/ntrex-dev, read here at run time, never copied) and
// generated stories, ~2,100 sentences. The target is a ratio: the large pool costs at most 3× the
// CPU of the small one. Beside each figure, a correctness column: whether the large pool's answers
// are the small pool's (the extra stories are unrelated to the article, so they should not change
// them).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { alignQuotes, alignSentences, createEnglishIndex, prepareSources } from '@fonte/align'
import { markdownProse } from '@fonte/markdown'
import { splitSentences } from '@fonte/split-it'
import {
  alternate,
  cpuSince,
  formatRatio,
  formatTime,
  ratio,
  summarize,
} from '../../../scripts/bench-lib.mjs'

const root = new URL('../../../', import.meta.url)
const corpus = new URL('corpus-it/', root)
const ntrex = new URL('../shared/eval/ntrex-dev/quotes/en/', root)
const largePool = 2100
const rounds = 7
const warmUp = 4

/** The corpus's English sources (seeds 000, 001 and 004). */
export function wireSources() {
  return readdirSync(corpus)
    .filter((name) => existsSync(new URL(`${name}/sources.en.md`, corpus)))
    .sort()
    .map((name) => ({
      file: `corpus-it/${name}/sources.en.md`,
      text: readFileSync(new URL(`${name}/sources.en.md`, corpus), 'utf8'),
    }))
}

/** NTREX English stories when ../shared is there (not the pooled files, which repeat them). */
function ntrexStories() {
  if (!existsSync(ntrex)) return []
  return readdirSync(ntrex)
    .filter((name) => name.endsWith('.md') && !name.startsWith('pool'))
    .sort()
    .map((name) => ({ file: `ntrex/${name}`, text: readFileSync(new URL(name, ntrex), 'utf8') }))
}

/** A generated English story: sentences of varied words, names and numbers, unrelated to seed 003. */
function generatedStory(seed, sentences) {
  let state = seed + 7
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = (list) => list[Math.floor(next() * list.length)]
  const names = ['Lisbon', 'Maria Silva', 'Ottawa', 'Helsinki', 'Jane Porter', 'Nairobi', 'Quito']
  const subjects = ['The council', 'The minister', 'Local officials', 'The company', 'Researchers']
  const verbs = ['announced', 'approved', 'rejected', 'delayed', 'reviewed', 'welcomed']
  const objects = [
    'a new budget for schools',
    'plans for a railway line',
    'the harvest forecast',
    'a report on water quality',
    'changes to the tax code',
    'a museum renovation',
  ]
  return Array.from({ length: sentences }, () => {
    const number = Math.floor(next() * 900) + 100
    return `${pick(subjects)} in ${pick(names)} ${pick(verbs)} ${pick(objects)} worth ${number} million on ${pick(['Monday', 'Friday', 'Sunday'])}.`
  }).join('\n\n')
}

/** The large pool: the wire sources, NTREX stories, then generated stories up to `largePool` sentences. */
export function largeSources(wire) {
  const sources = [...wire, ...ntrexStories()]
  const count = () => createEnglishIndex(sources, { lexicon: false }).store.sentenceCount
  let sentences = count()
  for (let seed = 0; sentences < largePool; seed++) {
    const story = generatedStory(seed, Math.min(25, largePool - sentences))
    sources.push({ file: `generated/${seed}.md`, text: story })
    sentences += createEnglishIndex([{ file: 'g', text: story }], { lexicon: false }).store
      .sentenceCount
  }
  return sources
}

/**
 * The article's structure through the index: the stories it draws from, its sentences aligned to
 * theirs, and the index's best sentence for each one left unpaired. Returns each Italian
 * sentence's English partner as `file:start-end`, or `-`.
 */
export function structure(index, italian) {
  const documents = index.documentsFor(italian, { k: 5 })
  const best = documents[0]?.score ?? 0
  const partners = italian.map(() => ({ key: '-', score: 0 }))
  for (const document of documents) {
    if (document.score < 0.3 * best) continue
    const english = index.documentSentences(document.document)
    const beads = alignSentences(
      english.map((sentence) => sentence.text),
      italian,
    )
    for (const bead of beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue
      const first = english[bead.source[0]]
      const last = english[bead.source.at(-1)]
      for (const at of bead.target) {
        if (bead.score > partners[at].score) {
          partners[at] = { key: `${first.file}:${first.start}-${last.end}`, score: bead.score }
        }
      }
    }
  }
  italian.forEach((sentence, at) => {
    if (partners[at].key !== '-') return
    const [hit] = index.sentencesFor(sentence, { k: 1, minScore: 0.2 })
    if (hit) partners[at] = { key: `${hit.file}:${hit.start}-${hit.end}`, score: hit.score }
  })
  return partners.map((partner) => partner.key)
}

/** CPU milliseconds (user + system) of `run`, the median of `runs` runs after one warm-up. */
function cpu(run, runs) {
  let result = run()
  const times = []
  for (let index = 0; index < runs; index++) {
    const started = process.cpuUsage()
    result = run()
    times.push(cpuSince(started))
  }
  return { ...summarize(times), result }
}

/** Share of positions where two lists agree, as `n of m`. */
function agreement(small, large) {
  const same = small.filter((value, index) => value === large[index]).length
  return `${same} of ${small.length} the same`
}

/** Seed 003's text and its Italian sentences. */
function seedArticle() {
  const articleFolder = readdirSync(corpus).find((name) => name.startsWith('003_'))
  const article = readFileSync(new URL(`${articleFolder}/article.md`, corpus), 'utf8')
  const italian = splitSentences(markdownProse(article).text)
    .map((sentence) => sentence.text)
    .filter((text) => /\p{L}/u.test(text))
  return { article, italian }
}

/** Each pool with its index built and its sources read, each once per pool, timed. */
function buildPools() {
  const wire = wireSources()
  const pools = { small: wire, large: largeSources(wire) }
  const figures = {}
  for (const [name, sources] of Object.entries(pools)) {
    const built = cpu(() => createEnglishIndex(sources), 1)
    // A copy each run, so that every run reads the pool afresh (it is kept per array).
    const prepared = cpu(() => prepareSources([...sources]), 1)
    prepareSources(sources)
    figures[name] = {
      sentences: built.result.store.sentenceCount,
      built,
      prepared,
      index: built.result,
    }
  }
  return { pools, figures }
}

/** Per-article tasks against both pools, the pools taking turns round by round. */
async function timeTasks({ pools, figures }, { article, italian }) {
  const tasks = {
    traced: (name) => structure(figures[name].index, italian),
    quotes: (name) =>
      alignQuotes(article, pools[name], { index: figures[name].index.candidateIndex() }).quotes.map(
        (quote) =>
          quote.match ? `${quote.match.file}:${quote.match.start}-${quote.match.end}` : '-',
      ),
  }
  for (const [task, run] of Object.entries(tasks)) {
    // The JIT needs a few rounds before the figures settle, so that neither pool is measured
    // with code the other warmed up.
    const times = await alternate(
      Object.keys(pools).map((name) => ({ name, run: () => run(name) })),
      { rounds, warmup: warmUp, minSampleMs: 0 },
    )
    for (const [name, time] of times) figures[name][task] = time
  }
}

/** Runs the pool-size benchmark; returns a Markdown table. */
export async function benchIndex() {
  const built = buildPools()
  await timeTasks(built, seedArticle())
  const { small, large: big } = built.figures
  const row = (label, key, correctness) => [
    label,
    formatTime(small[key]),
    formatTime(big[key]),
    key === 'traced' || key === 'quotes'
      ? formatRatio(ratio(big[key], small[key]))
      : `${(big[key].median / small[key].median).toFixed(1)}×`,
    correctness,
  ]
  return {
    header: [
      'seed 003, CPU per article',
      `${small.sentences} English sentences`,
      `${big.sentences} English sentences`,
      'ratio (target ≤ 3×)',
      'correctness: large pool vs small',
    ],
    rows: [
      row(
        'structure through the index (stories, sentence alignment, index look-ups)',
        'traced',
        `partners: ${agreement(small.traced.result, big.traced.result)}`,
      ),
      row(
        'alignQuotes with the index as its candidate look-up (pool read once, below)',
        'quotes',
        `matches: ${agreement(small.quotes.result, big.quotes.result)}`,
      ),
      row(
        'reading the pool for alignQuotes (prepareSources: once per pool, not per article)',
        'prepared',
        '',
      ),
      row(
        'building the index (once per pool, not per article)',
        'built',
        `${small.sentences} and ${big.sentences} sentences`,
      ),
    ],
    note:
      `Pools: the corpus's English sources; then those, ${existsSync(ntrex) ? 'the NTREX English stories of ../shared/eval/ntrex-dev (read at run time)' : 'no NTREX stories (../shared/eval absent)'} and generated stories. ` +
      `The per-article rows alternate the two pools, ${rounds} timed rounds after ${warmUp} warm-up rounds (the lexicon loads its data once, in the warm-up): medians of CPU (user + system) with the least and greatest round in brackets, the ratio the median of per-round ratios. ` +
      'The once-per-pool rows are one run after one warm-up each.',
  }
}
