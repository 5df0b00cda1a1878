// The CPU cost of a fresh process's first look-ups (issues #9 and #14): what `fonte report` and a
// one-file `fonte lint` pay before the lexicon's answers are remembered.
//
//   node packages/lexicon/bench/first-lookups.mjs [--rounds=7] [--baseline=<folder>]
//
// Each round runs a fresh process per build that imports @fonte/lexicon and times, in CPU
// (user + system, every thread): the import; the first `lemmatize` (the data opened); the
// distinct lower-case words of one corpus-it article, then the further new words of the next;
// the first `translate` EN→IT; IT→EN of the first article's words; and the resident memory
// after all of it. `--baseline` names an earlier build laid out as `same-answers.mjs` says
// (`<folder>/lexicon/dist`, `<folder>/node_modules/@fonte/lexicon-*`): the two builds then take
// turns, the order flipped each round. Figures are medians with the least and greatest round.
import { readFileSync } from 'node:fs'
import { formatTime } from '../../../scripts/bench-lib.mjs'
import { runBuilds } from './builds.mjs'

const articles = ['003_0fe9d0c54a8cbe3a', '004_801a60821ca2dda5']

/** The distinct lower-case words of a corpus-it article. */
function wordsOf(article) {
  const file = new URL(`../../../corpus-it/${article}/article.md`, import.meta.url)
  return [
    ...new Set(
      readFileSync(file, 'utf8')
        .toLowerCase()
        .match(/\p{L}+/gu),
    ),
  ]
}

/** In the child: the phases' CPU milliseconds (and RSS) for the lexicon at `entry`. */
async function measure(entry) {
  const cpu = (since) => {
    const used = process.cpuUsage(since)
    return (used.user + used.system) / 1000
  }
  const first = wordsOf(articles[0])
  const known = new Set(first)
  const next = wordsOf(articles[1]).filter((word) => !known.has(word))
  const phases = {}
  const time = (name, run) => {
    const started = process.cpuUsage()
    run()
    phases[name] = cpu(started)
  }
  let lexicon
  const started = process.cpuUsage()
  lexicon = await import(entry)
  phases.import = cpu(started)
  time('first lemmatize (data opened)', () => lexicon.lemmatize('impostati', 'it'))
  time(`lemmatize ${first.length} words of an article`, () =>
    first.forEach((word) => lexicon.lemmatize(word, 'it')),
  )
  time(`lemmatize ${next.length} new words of the next`, () =>
    next.forEach((word) => lexicon.lemmatize(word, 'it')),
  )
  time('first translate EN→IT', () => lexicon.translate('support', 'en', 'it'))
  time(`translate IT→EN ${first.length} words`, () =>
    first.forEach((word) => lexicon.translate(word, 'it', 'en')),
  )
  phases['RSS after (MB)'] = process.memoryUsage().rss / 1e6
  return phases
}

await runBuilds(import.meta.url, measure, {
  format: (phase, stat) => (phase.startsWith('RSS') ? stat.median.toFixed(0) : formatTime(stat)),
})
