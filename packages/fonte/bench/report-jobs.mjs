// `fonte report` with --jobs 1, 2 and auto, and 2 with the workers forced (issue #14): the five
// corpus-it articles, and `copies` copies of them (each in a folder of its own with its English
// source) laid out in a temporary folder. Each run is a process of its own, the settings alternate
// round after round; wall-clock and CPU, the threads each run used, and whether every run wrote
// the same pages as --jobs 1. `node report-jobs.mjs [rounds [copies]]` prints the table;
// `benchReportJobs` returns it for scripts/bench.mjs.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureSettings, settingsTable } from './pool-lib.mjs'

const runner = new URL('./report-jobs-run.mjs', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

// Each run is also written to standard error as it ends: a long measurement shows its progress.
function run(setting, input, label) {
  const result = JSON.parse(
    execFileSync(process.execPath, [runner, setting.jobs, input], {
      encoding: 'utf8',
      // The cache of word answers off (src/cli/lexicon-cache.ts): every run is a first run.
      env: { ...process.env, FONTE_POOL_WORKERS: 'auto', FONTE_CACHE: '0', ...setting.env },
    }),
  )
  process.stderr.write(`${JSON.stringify({ label, setting: setting.name, ...result })}\n`)
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

/**
 * One table of `rounds` alternated runs of each setting: on the five corpus-it articles, and on
 * `copies` copies of them (first, the longer measurement, where the speed-up matters).
 */
export async function benchReportJobs(rounds = 5, copies = 40) {
  const folder = layOutCopies(copies)
  try {
    const inputs = [
      [`${copies} copies`, folder],
      ['5 articles', corpus],
    ]
    const tables = []
    for (const [label, input] of inputs) {
      const measured = await measureSettings((setting) => run(setting, input, label), rounds)
      tables.push(settingsTable(measured, 'fonte report', 'pages', rounds))
    }
    const [many, few] = tables
    return {
      header: many.header,
      rows: [
        ...few.rows.map(([name, ...rest]) => [`5 corpus-it articles, ${name}`, ...rest]),
        ...many.rows.map(([name, ...rest]) => [`${copies} copies of them, ${name}`, ...rest]),
      ],
      note: `Each copy a folder with its article and English source. The copies were measured first (${many.note.match(/Load average [^,]*,[^,]*,/)[0]} the five articles after). ${few.note}`,
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [rounds = 5, copies = 40] = process.argv.slice(2).map(Number)
  const { header, rows, note } = await benchReportJobs(rounds, copies)
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${note}`)
}
