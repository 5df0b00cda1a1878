// Align's own CPU per further article, as `fonte report` traces (issue #9): each corpus-it
// article read with `prepareArticle`, traced against its own sources, then its direct quotations
// against every article's sources (an article with none of its own: against them all), in this
// process. The first article pays the lexicon's loading and the pool's reading; the others are
// the cost of each further article. Prints one line of JSON; run it several times, alternated
// with what it is compared with (the machine is shared: medians, never one run).
//
//   node packages/align/bench/trace-run.mjs [path to an align build's index.js]
//
// On Linux, `mainMs` and `otherMs` split the further articles' CPU between the main thread and
// the others (V8's optimising compiler and the garbage collector's helpers), from
// /proc/self/task; elsewhere they are null.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const build = process.argv[2]
  ? pathToFileURL(process.argv[2]).href
  : new URL('../dist/index.js', import.meta.url).href
const { alignQuotes, prepareArticle } = await import(build)
const { loadGlossary } = await import('@fonte/glossary')
const glossary = await loadGlossary([
  new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname,
])

const articles = readdirSync(corpus)
  .filter((name) => /^\d{3}_/.test(name))
  .sort()
  .map((id) => {
    const source = join(corpus, id, 'sources.en.md')
    return {
      text: readFileSync(join(corpus, id, 'article.md'), 'utf8'),
      sources: existsSync(source)
        ? [{ file: `${id}/sources.en.md`, text: readFileSync(source, 'utf8') }]
        : null,
    }
  })
const pool = articles.flatMap((article) => article.sources ?? [])

function trace(article) {
  const prepared = prepareArticle(article.text, { glossary })
  alignQuotes(prepared, article.sources ?? pool, { glossary })
  if (article.sources) alignQuotes(prepared, pool, { glossary, directOnly: true })
}

/** CPU milliseconds of the main thread and of the others, or null off Linux. */
function threadTimes() {
  if (!existsSync('/proc/self/task')) return null
  const times = { main: 0, other: 0 }
  for (const task of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime, in clock ticks of 10 ms.
    const ms = (Number(fields[11]) + Number(fields[12])) * 10
    times[task === String(process.pid) ? 'main' : 'other'] += ms
  }
  return times
}

const cpu = (since) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}
// Background compiling and marking go on after a call returns: a pause lets them finish inside
// the phase they belong to.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

const started = process.cpuUsage()
trace(articles[0])
await settle()
const firstMs = cpu(started)
const before = threadTimes()
const further = process.cpuUsage()
for (const article of articles.slice(1)) trace(article)
await settle()
const furtherMs = cpu(further)
const after = threadTimes()
const count = articles.length - 1
const per = (ms) => Math.round(ms / count)
console.log(
  JSON.stringify({
    firstMs: Math.round(firstMs),
    furtherPerArticleMs: per(furtherMs),
    mainMs: before && after ? per(after.main - before.main) : null,
    otherMs: before && after ? per(after.other - before.other) : null,
  }),
)
