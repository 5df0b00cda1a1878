// One run of the pool benchmark, in its own process so that its figures are its own:
// `node pool-run.mjs <jobs|auto> <articles>` prints {jobs, articles, wallMs, cpuMs, workers,
// count, digest, maxRssMb}: wall-clock and CPU (every thread of the process) of `lintInParallel`
// alone (the articles are generated before), the worker threads it started, the findings and a
// digest of them. `auto` leaves `jobs` out (the machine's available parallelism).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { countWorkers } from './pool-lib.mjs'

const workers = countWorkers()
const { lintInParallel } = await import('fonte')
const [jobsArgument = 'auto', countArgument = '2000'] = process.argv.slice(2)
const jobs = jobsArgument === 'auto' ? undefined : Number(jobsArgument)
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
const files = await lintInParallel(articles, { glossaries: [glossary], options: {}, jobs })
const wallMs = performance.now() - started
const used = process.cpuUsage(cpu)
const findings = files.flatMap((file) =>
  file.messages.map((message) => [file.path, message.ruleId, message.place, message.reason]),
)
console.log(
  JSON.stringify({
    jobs: jobsArgument,
    articles: count,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    workers: workers(),
    count: findings.length,
    digest: createHash('sha256').update(JSON.stringify(findings)).digest('hex'),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
