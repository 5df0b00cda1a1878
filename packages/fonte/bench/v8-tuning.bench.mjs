// The bin's V8 settings (`bin/v8-tuning.js`: TurboFan's inlining off, a larger tier-up budget),
// measured: each workload runs the bin as it ships and with `FONTE_V8_TUNING=0` (V8 as it is),
// fresh processes alternated round by round, CPU (user + system, every thread)
// from bash's `times`, and what each printed beside it. Workloads: `fonte report` of corpus-it,
// one article of it, and the NTREX dev stories with their English when ../shared has them (laid
// out in a temporary folder at run time, never copied into the project); `fonte lint` of the
// corpus-it articles copied 40 times (~1 MB). `node v8-tuning.bench.mjs [rounds]` prints the table.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  alternate,
  childProcessCpu,
  formatRatio,
  formatTime,
  methodNote,
  ratio,
} from '../../../scripts/bench-lib.mjs'

const bin = fileURLToPath(new URL('../bin/fonte.js', import.meta.url))
const corpus = fileURLToPath(new URL('../../../corpus-it/', import.meta.url))
const glossary = fileURLToPath(new URL('../../../glossary/fonte.glossary.yaml', import.meta.url))
const ntrex = fileURLToPath(new URL('../../../../shared/eval/ntrex-dev/quotes/', import.meta.url))

/** A contender: the bin with `args` and `env`; its CPU and last line. */
function contender(name, env, args, folder) {
  const out = join(folder, `${name.replace(/\W+/g, '-')}.out`)
  return {
    name,
    measured: true,
    run: () => {
      const { ms } = childProcessCpu(process.execPath, [bin, ...args], {
        out,
        cwd: folder,
        env: { ...process.env, NO_COLOR: '1', FONTE_CACHE: '0', ...env },
      })
      const printed = readFileSync(out, 'utf8') + readFileSync(`${out}.err`, 'utf8')
      return { ms, result: summary(printed) }
    },
  }
}

/** What a run printed, in a few words: the report's traced quotations or lint's last line. */
function summary(output) {
  const lines = output.trim().split('\n')
  return (lines.find((line) => /quotations traced/.test(line)) ?? lines.at(-1) ?? '').trim()
}

/** The workloads: name and bin arguments, with their inputs laid out in `folder`. */
function workloads(folder) {
  const articles = readdirSync(corpus).filter((name) => /^\d{3}_/.test(name))
  const lint = join(folder, 'lint')
  mkdirSync(lint)
  for (let copy = 0; copy < 40; copy++)
    for (const article of articles)
      copyFileSync(join(corpus, article, 'article.md'), join(lint, `${copy}-${article}.md`))
  const report = (inputs) => ['report', ...inputs, '--glossary', glossary, '--jobs', '1']
  const list = [
    ['report, corpus-it (5 articles)', [...report([corpus]), '--out', join(folder, 'r5')]],
    [
      'report, 1 article',
      [...report([join(corpus, articles[0], 'article.md')]), '--out', join(folder, 'r1')],
    ],
    ['lint, corpus-it ×40 (~1 MB)', ['lint', lint, '--glossary', glossary, '--jobs', '1']],
  ]
  const stories = ntrexStories(folder)
  if (stories)
    list.push([
      `report, ${stories.count} NTREX dev stories`,
      [...report([stories.folder]), '--out', join(folder, 'rn')],
    ])
  return list
}

/** The NTREX dev stories as report inputs (article.md + sources.en.md each), when present. */
function ntrexStories(folder) {
  if (!existsSync(join(ntrex, 'it'))) return undefined
  const stories = join(folder, 'ntrex')
  let count = 0
  for (const name of readdirSync(join(ntrex, 'it')).filter((file) => file.endsWith('.md'))) {
    if (!existsSync(join(ntrex, 'en', name))) continue
    const story = join(stories, name.slice(0, -3))
    mkdirSync(story, { recursive: true })
    writeFileSync(join(story, 'article.md'), readFileSync(join(ntrex, 'it', name)))
    copyFileSync(join(ntrex, 'en', name), join(story, 'sources.en.md'))
    count++
  }
  return { folder: stories, count }
}

/** Runs the benchmark; returns a Markdown table. */
export async function benchV8Tuning(rounds = 5) {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-v8-tuning-'))
  try {
    const rows = []
    for (const [name, args] of workloads(folder)) {
      const measured = await alternate(
        [
          contender(`${name}, V8 as it is`, { FONTE_V8_TUNING: '0' }, args, folder),
          contender(`${name}, as the bin ships`, {}, args, folder),
        ],
        { rounds, warmup: 1 },
      )
      const [base, tuned] = [...measured.values()]
      rows.push([
        name,
        formatTime(base),
        formatTime(tuned),
        formatRatio(ratio(tuned, base)),
        base.result === tuned.result
          ? `same: ${tuned.result}`
          : `DIFFER: ${base.result} / ${tuned.result}`,
      ])
    }
    return {
      header: ['workload', 'CPU, V8 as it is', 'CPU, V8 tuned (the bin)', 'ratio', 'output'],
      rows,
      note: `The bin (bin/fonte.js) turns TurboFan's inlining off and sets a tier-up budget of 400,000 (V8's own: 67,584); "V8 as it is" runs it with FONTE_V8_TUNING=0. ${methodNote(rounds, 1)}`,
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { header, rows, note } = await benchV8Tuning(Number(process.argv[2] ?? 5))
  console.log(`| ${header.join(' | ')} |`)
  for (const row of rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${note}`)
}
