// Wall-clock speed-up of `fonte report --jobs 2` over `--jobs 1` (issue #14): the five corpus-it
// articles, and 200 copies of them (each in a folder of its own with its English source), laid
// out in a temporary folder. Each run is a process of its own; the two settings alternate, round
// after round, and the median of `rounds` runs is taken. `node report-jobs.mjs [rounds [copyRounds]]` prints a
// Markdown table; `benchReportJobs` returns it for scripts/bench.mjs.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const runner = new URL('./report-jobs-run.mjs', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// Each run is also written to standard error as it ends: a long measurement shows its progress.
function run(jobs, input, label) {
  const result = JSON.parse(
    execFileSync(process.execPath, [runner, String(jobs), input], { encoding: 'utf8' }),
  )
  process.stderr.write(`${JSON.stringify({ label, ...result, load: loadavg()[0] })}\n`)
  return result
}

/** `copies` copies of the corpus-it article folders (the article, and its English source when it has one). */
function layOutCopies(copies) {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-report-copies-'))
  const articles = readdirSync(corpus)
    .filter((name) => /^\d{3}_/.test(name))
    .sort()
  try {
    for (let copy = 0; copy < copies; copy++) {
      const name = articles[copy % articles.length]
      const target = join(folder, `${String(copy).padStart(3, '0')}-${name}`)
      mkdirSync(target)
      for (const file of readdirSync(join(corpus, name)))
        copyFileSync(join(corpus, name, file), join(target, file))
    }
    return folder
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    throw error
  }
}

function measure(label, input, rounds) {
  const runs = { 1: [], 2: [] }
  for (let round = 0; round < rounds; round++) {
    // Alternated, and the order swapped each round, so that a change of load weighs on both.
    for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) runs[jobs].push(run(jobs, input, label))
  }
  const wall = (jobs) => median(runs[jobs].map((one) => one.wallMs))
  const cpu = (jobs) => median(runs[jobs].map((one) => one.cpuMs))
  return [
    label,
    `${(wall(1) / 1000).toFixed(2)} s`,
    `${(wall(2) / 1000).toFixed(2)} s`,
    `${(wall(1) / wall(2)).toFixed(2)}×`,
    `${(cpu(1) / 1000).toFixed(2)} s / ${(cpu(2) / 1000).toFixed(2)} s`,
  ]
}

/**
 * The table: wall-clock medians of `rounds` alternated runs with --jobs 1 and 2 (`copyRounds` on
 * the 200 copies, default the same).
 */
export function benchReportJobs(rounds = 5, copyRounds = rounds) {
  const before = loadavg()[0]
  const copies = layOutCopies(200)
  try {
    // The copies first: the longer measurement, where the speed-up matters.
    const many = measure('200 copies of corpus-it articles', copies, copyRounds)
    const rows = [measure('5 articles (corpus-it)', corpus, rounds), many]
    return {
      header: ['fonte report', '--jobs 1', '--jobs 2', 'speed-up', 'CPU, --jobs 1 / 2'],
      rows,
      note: `Medians of ${rounds} runs of each (${copyRounds} on the copies), alternated; each run a process of its own, wall-clock from start to the report written, CPU of the whole process (worker threads included). Load average ${before.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${availableParallelism()} cores.`,
    }
  } finally {
    rmSync(copies, { recursive: true, force: true })
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [rounds = 5, copyRounds = rounds] = process.argv.slice(2).map(Number)
  const table = benchReportJobs(rounds, copyRounds)
  console.log(`| ${table.header.join(' | ')} |\n|${table.header.map(() => '---').join('|')}|`)
  for (const row of table.rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${table.note}`)
}
