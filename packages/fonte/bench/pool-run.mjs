// One run of the pool benchmark, in its own process so that its peak memory is its own:
// `node pool-run.mjs <jobs|auto> <articles>` prints {workers, articles, ms, cpuMs, findings,
// maxRssMb}: wall-clock and CPU (every thread of the process) of `lintInParallel` alone, the
// articles generated beforehand. `auto` leaves `jobs` out (the machine's available parallelism).
import { readdirSync, readFileSync } from 'node:fs'
import { lintInParallel } from 'fonte'

const [jobsArgument = 'auto', countArgument = '2000'] = process.argv.slice(2)
const workers = jobsArgument === 'auto' ? undefined : Number(jobsArgument)
const count = Number(countArgument)
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
const cpu = process.cpuUsage()
const files = await lintInParallel(articles, { glossaries: [glossary], options: {}, jobs: workers })
const ms = performance.now() - started
const used = process.cpuUsage(cpu)
const findings = files.reduce((sum, file) => sum + file.messages.length, 0)
console.log(
  JSON.stringify({
    workers: jobsArgument,
    articles: count,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    findings,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
