// First-call cost and lookup speed of @fonte/lexicon's morphology against a peer in the same run:
// wink-lemmatizer (English lemmas, MIT, the most used JavaScript lemmatizer). Each contender
// loads in a fresh process, so that the first call's CPU time and the resident memory are its
// own. (nspell with dictionary-it, the other candidate peer, took minutes of CPU and 1 GB to
// load hunspell-it's affix rules, too slow for a benchmark run.)
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

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
    }),
  )
}

/** Runs every contender in its own process; returns the Markdown table. */
export async function benchLoad() {
  const rows = []
  for (const name of Object.keys(contenders)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    })
    if (child.status !== 0) {
      rows.push([name, 'failed', '', '', child.stderr.split('\n')[0]])
      continue
    }
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1))
    rows.push([
      name,
      `${result.cpu.toFixed(0)} ms`,
      `${result.rss.toFixed(0)} MB (+${result.grown.toFixed(0)} MB)`,
      `${(result.perSecond / 1000).toFixed(0)} k words/s`,
      `${result.rssEnd.toFixed(0)} MB`,
    ])
  }
  return {
    header: [
      'contender',
      'first call (CPU, import included)',
      'resident memory after it',
      'lookups',
      'memory after the lookups',
    ],
    rows,
    note:
      'First call: CPU time of importing the package and answering one word in a fresh process (fonte loads its data ' +
      'package then; target ≤ 300 ms, ≤ 150 MB). Lookups: every word of corpus-it (Italian articles, or their English ' +
      'sources) three times after a first round, per second of CPU; wink-lemmatizer is asked for the noun, verb and adjective lemma of each. fonte remembers its last 50,000 answers, so ' +
      'repeated words are one Map look-up.',
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2])
  await measure(process.argv[2])
