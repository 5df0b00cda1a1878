// Glossary lint of 10,000 generated articles on 1 and 2 worker threads (the baseline is 1), each
// run in its own process for its peak memory.
import { execFileSync } from 'node:child_process'

const script = new URL('./pool-run.mjs', import.meta.url).pathname

export async function benchPool(articles = 10_000) {
  const runs = [1, 2].map((workers) =>
    JSON.parse(
      execFileSync(process.execPath, [script, String(workers), String(articles)], {
        encoding: 'utf8',
      }),
    ),
  )
  const baseline = runs[0].ms
  return {
    header: ['task', 'articles/s', 'time', 'peak RSS', 'speed vs 1 worker'],
    rows: runs.map((run) => [
      `lint ${run.articles.toLocaleString('en')} articles, ${run.workers} worker${run.workers > 1 ? 's' : ''}`,
      Math.round(run.articles / (run.ms / 1000)).toLocaleString('en'),
      `${(run.ms / 1000).toFixed(1)} s`,
      `${Math.round(run.maxRssMb)} MB`,
      `${(baseline / run.ms).toFixed(2)}×`,
    ]),
    note: `Articles of eight corpus-it paragraphs each (about 2 kB), the project term base; ${runs[0].findings.toLocaleString('en')} findings.`,
  }
}
