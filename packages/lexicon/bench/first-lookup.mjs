// The CPU cost of a word's first look-up (not yet remembered): `node packages/lexicon/bench/first-lookup.mjs`.
// Loads the Italian data, analyses every distinct word of corpus-it's first article and one
// unknown word (the one-time costs), then times the distinct words of the other articles, and the
// same words made unknown (`zq…lo`: guessed by the enclitic and ending rules).
import { readdirSync, readFileSync } from 'node:fs'
import { analyse, lemmatize } from '@fonte/lexicon'

const corpus = new URL('../../../corpus-it/', import.meta.url)
const articles = readdirSync(corpus).filter((name) => /^\d/.test(name))
const wordsOf = (name) => [
  ...new Set(readFileSync(new URL(`${name}/article.md`, corpus), 'utf8').match(/[\p{L}'’]+/gu)),
]
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since)
  return (user + system) / 1000
}
const timed = (words) => {
  const started = process.cpuUsage()
  for (const word of words) analyse(word, 'it')
  return cpuMs(started)
}

let started = process.cpuUsage()
lemmatize('impostati', 'it')
const load = cpuMs(started)
started = process.cpuUsage()
for (const word of wordsOf(articles[0])) analyse(word, 'it')
analyse('zqblorfo', 'it')
const first = cpuMs(started)
const known = [...new Set(articles.slice(1).flatMap(wordsOf))]
const unknown = known.map((word) => `zq${word.toLowerCase()}lo`)
const perWord = (ms, words) => ((ms * 1000) / words.length).toFixed(0)
console.log(`first call (data load): ${load.toFixed(0)} ms CPU`)
console.log(`first article (${articles[0]}) and one unknown word: ${first.toFixed(0)} ms CPU`)
console.log(
  `words of the other articles, first look-up: ${perWord(timed(known), known)} µs CPU per word (${known.length} words)`,
)
console.log(`the same words made unknown: ${perWord(timed(unknown), unknown)} µs CPU per word`)
