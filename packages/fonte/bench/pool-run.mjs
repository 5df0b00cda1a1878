// One run of the pool benchmark, in its own process so that its peak memory is its own:
// `node pool-run.mjs <workers> <articles>` prints {workers, articles, ms, maxRssMb}.
import { readdirSync, readFileSync } from 'node:fs'
import { lintInParallel } from 'fonte'

const [workers, count] = process.argv.slice(2).map(Number)
const corpus = new URL('../../../corpus-it/', import.meta.url)
const glossary = new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname

// Generated articles: eight sentences drawn from corpus-it, in a seeded order.
const sentences = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const text = readFileSync(new URL(`${entry.name}/article.md`, corpus), 'utf8')
    return text
      .slice(text.indexOf('\n---\n') + 5)
      .split(/\n+/)
      .filter((line) => line.length > 40)
  })
let state = 7
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const articles = Array.from({ length: count }, (_, index) => ({
  path: `generated/${index}.md`,
  text: Array.from({ length: 8 }, () => sentences[Math.floor(next() * sentences.length)]).join(
    '\n\n',
  ),
}))

const started = performance.now()
const files = await lintInParallel(articles, { glossaries: [glossary], options: {}, jobs: workers })
const ms = performance.now() - started
const findings = files.reduce((sum, file) => sum + file.messages.length, 0)
console.log(
  JSON.stringify({
    workers,
    articles: count,
    ms,
    findings,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
