// First-call cost and lookup speed of @fonte/lexicon's morphology against a peer in the same run:
// wink-lemmatizer (English lemmas, MIT, the most used JavaScript lemmatizer). Each contender
// loads in a fresh process, so that the first call's CPU time and the resident memory are its
// own. (nspell with dictionary-it, the other candidate peer, took minutes of CPU and 1 GB to
// load hunspell-it's affix rules, too slow for a benchmark run.)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  alternate,
  formatRatio,
  formatTime,
  ratio,
  summarize,
} from '../../../scripts/bench-lib.mjs'

const rounds = 5

const corpus = new URL('../../../corpus-it/', import.meta.url)

/** The words of the corpus-it articles (Italian) or of their English sources. */
function corpusWords(language) {
  const file = language === 'it' ? 'article.md' : 'sources.en.md'
  const text = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => new URL(`${entry.name}/${file}`, corpus))
    .filter((url) => existsSync(url))
    .map((url) => readFileSync(url, 'utf8'))
    .join('\n')
  return text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []
}

/** Contenders: how each loads (first call) and answers one word. */
const contenders = {
  'fonte lemmatize (it)': async () => {
    const { lemmatize } = await import('@fonte/lexicon')
    return {
      language: 'it',
      first: () => lemmatize('impostati', 'it'),
      each: (w) => lemmatize(w, 'it'),
    }
  },
  'fonte lemmatize (en)': async () => {
    const { lemmatize } = await import('@fonte/lexicon')
    return { language: 'en', first: () => lemmatize('went', 'en'), each: (w) => lemmatize(w, 'en') }
  },
  // Both directions' data is read on its first call; the aligner asks both ways at once.
  'fonte translate (en→it and it→en)': async () => {
    const { translate } = await import('@fonte/lexicon')
    return {
      language: 'en',
      first: () => [translate('support', 'en', 'it'), translate('sostegno', 'it', 'en')],
      each: (w) => translate(w, 'en', 'it'),
    }
  },
  'wink-lemmatizer (peer)': async () => {
    const { default: wink } = await import('wink-lemmatizer')
    const each = (w) => [wink.noun(w), wink.verb(w), wink.adjective(w)]
    return { language: 'en', first: () => each('went'), each }
  },
}

/** Distinct words, and how many of them the contender answers with something else than the word. */
function answered(contender, words) {
  const distinct = [...new Set(words)]
  const found = distinct.filter((word) => {
    const answer = contender.each(word).flat()
    return answer.some((lemma) => lemma !== word)
  }).length
  return { distinct: distinct.length, found }
}

/** In a child process: loads one contender and prints its figures as JSON. */
async function measure(name) {
  const rssBefore = process.memoryUsage().rss
  const started = process.cpuUsage()
  const contender = await contenders[name]()
  contender.first()
  const cpu = process.cpuUsage(started)
  const rss = process.memoryUsage().rss
  const words = corpusWords(contender.language).map((word) => word.toLowerCase())
  // One round to load the rest of the data (fonte parses its lemma table one first letter at a
  // time), then CPU time, not wall time: the machines this runs on are shared.
  for (const word of words) contender.each(word)
  const lookups = process.cpuUsage()
  for (let round = 0; round < 3; round++) for (const word of words) contender.each(word)
  const spent = process.cpuUsage(lookups)
  const perSecond = (3 * words.length) / ((spent.user + spent.system) / 1e6)
  console.log(
    JSON.stringify({
      rssEnd: process.memoryUsage().rss / 1e6,
      cpu: (cpu.user + cpu.system) / 1000,
      rss: rss / 1e6,
      grown: (rss - rssBefore) / 1e6,
      perSecond,
      ...answered(contender, words),
    }),
  )
}

/** One contender's run in a fresh process: its own figures, CPU of the first call as `ms`. */
function spawnRun(name, results) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  })
  if (child.status !== 0) throw new Error(`${name}: ${child.stderr.split('\n')[0]}`)
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1))
  results.push(result)
  return { ms: result.cpu, result }
}

/** fonte's English lemmas against wink-lemmatizer's on the corpus's English words: agreement. */
async function englishAgreement() {
  const { lemmatize } = await import('@fonte/lexicon')
  const { default: wink } = await import('wink-lemmatizer')
  const words = [...new Set(corpusWords('en').map((word) => word.toLowerCase()))]
  const agree = words.filter((word) => {
    const fonte = lemmatize(word, 'en')
    return [wink.noun(word), wink.verb(word), wink.adjective(word)].some((lemma) =>
      fonte.includes(lemma),
    )
  }).length
  return `${agree.toLocaleString('en')} of ${words.length.toLocaleString('en')} distinct English words share a lemma with fonte's`
}

/** Runs every contender in fresh processes, alternated; returns the Markdown table. */
export async function benchLoad() {
  const names = Object.keys(contenders)
  const results = Object.fromEntries(names.map((name) => [name, []]))
  const times = await alternate(
    names.map((name) => ({ name, measured: true, run: () => spawnRun(name, results[name]) })),
    { rounds, warmup: 1 },
  )
  const median = (name, key) =>
    summarize(results[name].slice(1).map((result) => result[key])).median
  const peer = times.get('wink-lemmatizer (peer)')
  const rows = names.map((name) => [
    name,
    formatTime(times.get(name)),
    name.startsWith('wink') ? '1×' : formatRatio(ratio(peer, times.get(name))),
    `${median(name, 'rss').toFixed(0)} MB (+${median(name, 'grown').toFixed(0)} MB)`,
    `${(median(name, 'perSecond') / 1000).toFixed(0)} k words/s`,
    `${median(name, 'rssEnd').toFixed(0)} MB`,
    `${times.get(name).result.found} of ${times.get(name).result.distinct}`,
  ])
  return {
    header: [
      'contender',
      'first call (CPU, import included)',
      'first call vs wink',
      'resident memory after it',
      'lookups',
      'memory after the lookups',
      'distinct words answered',
    ],
    rows,
    note:
      'First call: CPU time of importing the package and answering one word in a fresh process (fonte loads its data ' +
      'package then; target ≤ 300 ms, ≤ 150 MB). Lookups: every word of corpus-it (Italian articles, or their English ' +
      'sources) three times after a first round, per second of CPU; wink-lemmatizer is asked for the noun, verb and adjective lemma of each. fonte remembers its last 50,000 answers, so ' +
      'repeated words are one Map look-up. Answered: distinct words given a lemma other than the word itself (translate: ' +
      `at least one translation). Agreement: ${await englishAgreement()}. ` +
      `Each round starts every contender in a fresh process, in alternated order, ${rounds} timed rounds after 1 warm-up; ` +
      'figures are medians, the first call with the least and greatest round in brackets, its ratio the median of per-round ratios.',
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2])
  await measure(process.argv[2])
