// Glossary lint of generated articles with --jobs 1, 2 and auto, and 2 with the workers forced
// (issue #14): each run a process of its own, the settings alternated round by round; wall-clock
// and CPU, the threads each run used, and whether every run found the same as --jobs 1.
// `node pool.bench.mjs [articles [rounds]]` prints the table; `benchPool` returns it.
import { execFileSync } from 'node:child_process'
import { measureSettings, settingsTable } from './pool-lib.mjs'

const script = new URL('./pool-run.mjs', import.meta.url).pathname

/** Runs the pool benchmark on `articles` generated articles; returns a Markdown table. */
export async function benchPool(articles = 2_000, rounds = 5) {
  const measured = await measureSettings(
    (setting) =>
      JSON.parse(
        execFileSync(process.execPath, [script, setting.jobs, String(articles)], {
          encoding: 'utf8',
          env: { ...process.env, FONTE_POOL_WORKERS: 'auto', ...setting.env },
        }),
      ),
    rounds,
  )
  const table = settingsTable(
    measured,
    `lint ${articles.toLocaleString('en')} articles`,
    'findings',
    rounds,
  )
  return {
    ...table,
    note: `Articles of eight corpus-it paragraphs each (about 2 kB), the project term base; \`lintInParallel\` timed from the call to the last file. ${table.note}`,
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [articles = 2_000, rounds = 5] = process.argv.slice(2).map(Number)
  const table = await benchPool(articles, rounds)
  console.log(`| ${table.header.join(' | ')} |\n|${table.header.map(() => '---').join('|')}|`)
  for (const row of table.rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${table.note}`)
}
