// Glossary lint of generated articles on 1 and 2 worker threads (the baseline is 1), each run in
// a fresh process for its peak memory, the two alternated round by round; beside the ratio, the
// findings each side reported (the same articles, so they should be equal). Wall-clock time: the
// point is the speed-up of a second thread, which a busy machine's other load shrinks.
import { execFileSync } from 'node:child_process'
import {
  alternate,
  formatRatio,
  formatTime,
  methodNote,
  ratio,
} from '../../../scripts/bench-lib.mjs'

const script = new URL('./pool-run.mjs', import.meta.url).pathname
const rounds = 5

/** Runs the pool benchmark on `articles` generated articles; returns a Markdown table. */
export async function benchPool(articles = 2_000) {
  const times = await alternate(
    [1, 2].map((workers) => ({
      name: workers,
      measured: true,
      run: () => {
        const result = JSON.parse(
          execFileSync(process.execPath, [script, String(workers), String(articles)], {
            encoding: 'utf8',
          }),
        )
        return { ms: result.ms, result }
      },
    })),
    { rounds, warmup: 1 },
  )
  const baseline = times.get(1)
  return {
    header: ['task', 'articles/s (wall)', 'time', 'peak RSS', 'speed vs 1 worker', 'findings'],
    rows: [...times].map(([workers, time]) => [
      `lint ${articles.toLocaleString('en')} articles, ${workers} worker${workers > 1 ? 's' : ''}`,
      Math.round(articles / (time.median / 1000)).toLocaleString('en'),
      formatTime(time),
      `${Math.round(time.result.maxRssMb)} MB`,
      workers === 1 ? '1×' : formatRatio(ratio(baseline, time)),
      time.result.findings.toLocaleString('en'),
    ]),
    note:
      'Articles of eight corpus-it paragraphs each (about 2 kB), the project term base. ' +
      methodNote(rounds, 1).replace(
        'medians of CPU time (user + system)',
        'medians of wall-clock time',
      ),
  }
}
