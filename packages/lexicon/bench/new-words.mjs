// The CPU cost of the words a fresh process has not met before, article after article (issue #9):
// what `fonte report` pays the lexicon for each further article of a run.
//
//   node packages/lexicon/bench/new-words.mjs [--rounds=7] [--baseline=<folder>]
//
// Each round runs a fresh process per build, with the `fonte` bin's V8 settings
// (`--no-turbo-inlining --interrupt-budget=400000`, see packages/fonte/bin/v8-tuning.js), that
// takes each corpus-it article in turn, keeps its distinct lower-case words not seen in an earlier
// article, and times in CPU (user + system, every thread) `lemmatize(word, 'it')` and then
// `translate(lemma, 'it', 'en')` of the word and of each of its lemmas, once each. `--baseline`
// names an earlier build laid out as `same-answers.mjs` says (`<folder>/lexicon/dist`,
// `<folder>/node_modules/@fonte/lexicon-*`): the builds then take turns, the order flipped each
// round. Figures are medians with the least and greatest round; "after the first" is the sum of
// the articles after the first (its data opened and its code compiled by then).
import { readdirSync, readFileSync } from 'node:fs'
import { runBuilds } from './builds.mjs'

const corpus = new URL('../../../corpus-it/', import.meta.url)

/** In the child: the CPU milliseconds of each article's new words, for the lexicon at `entry`. */
async function measure(entry) {
  const { lemmatize, translate } = await import(entry)
  const articles = readdirSync(corpus)
    .filter((name) => /^\d{3}_/.test(name))
    .sort()
  const seen = new Set()
  const phases = {}
  for (const article of articles) {
    const text = readFileSync(new URL(`${article}/article.md`, corpus), 'utf8')
    const words = [...new Set(text.toLowerCase().match(/\p{L}+/gu))].filter((w) => !seen.has(w))
    for (const word of words) seen.add(word)
    const started = process.cpuUsage()
    for (const word of words)
      for (const lemma of new Set([word, ...lemmatize(word, 'it')])) translate(lemma, 'it', 'en')
    const used = process.cpuUsage(started)
    phases[`${article.slice(0, 3)} (${words.length} new words)`] = (used.user + used.system) / 1000
  }
  const later = Object.values(phases).slice(1)
  phases['after the first'] = later.reduce((sum, value) => sum + value, 0)
  return phases
}

await runBuilds(import.meta.url, measure, {
  nodeArgs: ['--no-turbo-inlining', '--interrupt-budget=400000'],
})
