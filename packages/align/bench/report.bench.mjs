// `fonte report` CPU per article: the five corpus-it articles, and one of them alone, each in a
// process of its own; the difference is the cost of each further article, the rest is what a
// process pays once (start-up, the lexicon's data, the term base). Five articles still carry the
// code's warm-up, so a newsroom's run of many articles is measured too: NTREX dev stories with
// their English (../shared/eval/ntrex-dev/quotes, laid out as article.md + sources.en.md in a
// temporary folder at run time, never copied into the project), 1, 6 and 21 of them.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { alternate, formatTime, summarize } from '../../../scripts/bench-lib.mjs'

const script = new URL('./report-run.mjs', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const rounds = 5
const ntrexQuotes = new URL('../../../../shared/eval/ntrex-dev/quotes/', import.meta.url).pathname

function run(inputs) {
  return JSON.parse(execFileSync(process.execPath, [script, ...inputs], { encoding: 'utf8' }))
}

/**
 * Runs every named list of inputs in fresh processes, alternated round by round; returns each
 * one's runs (warm-up left out) and its median CPU.
 */
async function alternateRuns(runs) {
  const results = Object.fromEntries(Object.keys(runs).map((name) => [name, []]))
  const times = await alternate(
    Object.entries(runs).map(([name, inputs]) => ({
      name,
      measured: true,
      run: () => {
        const result = run(inputs)
        results[name].push(result)
        return { ms: result.cpuMs, result }
      },
    })),
    { rounds, warmup: 1 },
  )
  return Object.fromEntries(
    Object.keys(runs).map((name) => [
      name,
      { time: times.get(name), runs: results[name].slice(1) },
    ]),
  )
}

/** Seconds of CPU per further article, `(b − a) / between`, per round: median (least–greatest). */
function further(a, b, between) {
  const stat = summarize(a.runs.map((run, index) => (b.runs[index].cpuMs - run.cpuMs) / between))
  return formatTime(stat)
}

/** `count` NTREX dev stories as report inputs in `folder`: one folder each, article and source. */
function layOutNtrex(folder, count) {
  const names = readdirSync(join(ntrexQuotes, 'it'))
    .filter((name) => name.endsWith('.md') && existsSync(join(ntrexQuotes, 'en', name)))
    .sort()
    .slice(0, count)
  return names.map((name, index) => {
    const story = join(folder, `${String(index + 1).padStart(3, '0')}_${name.slice(0, -3)}`)
    mkdirSync(story)
    copyFileSync(join(ntrexQuotes, 'it', name), join(story, 'article.md'))
    copyFileSync(join(ntrexQuotes, 'en', name), join(story, 'sources.en.md'))
    return join(story, 'article.md')
  })
}

/** The rows of a run of many articles, when ../shared has the NTREX dev stories. */
async function ntrexRows() {
  if (!existsSync(join(ntrexQuotes, 'it'))) return []
  const folder = mkdtempSync(join(tmpdir(), 'fonte-report-ntrex-'))
  try {
    const articles = layOutNtrex(folder, 21)
    const { one, six, all } = await alternateRuns({
      one: articles.slice(0, 1),
      six: articles.slice(0, 6),
      all: articles,
    })
    const perArticle = summarize(all.runs.map((run) => run.cpuMs / articles.length))
    return [
      [
        `${articles.length} NTREX dev stories`,
        formatTime(all.time),
        formatTime(perArticle),
        '',
        all.runs[0].summary,
      ],
      ['1 NTREX dev story', formatTime(one.time), '', '', one.runs[0].summary],
      ['each further story, 2 to 6', '', further(one, six, 5), '', ''],
      [
        `each further story, 7 to ${articles.length}`,
        '',
        further(six, all, articles.length - 6),
        '≤ 0.1 s',
        '',
      ],
    ]
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Runs the report benchmark; returns a Markdown table. */
export async function benchReport() {
  const folders = readdirSync(corpus)
    .filter((name) => /^\d{3}_/.test(name))
    .sort()
  const { one, all } = await alternateRuns({
    one: [`${corpus}${folders[0]}/article.md`],
    all: [corpus],
  })
  const count = folders.length
  const perArticle = summarize(all.runs.map((run) => run.cpuMs / count))
  const ntrex = await ntrexRows()
  const modules = [...new Set([...one.runs, ...all.runs].map((run) => run.module))].join(' and ')
  return {
    header: ['fonte report, --jobs 1', 'CPU', 'per article', 'target', 'what it traced'],
    rows: [
      [
        `${count} articles (corpus-it)`,
        formatTime(all.time),
        formatTime(perArticle),
        '≤ 0.1 s',
        all.runs[0].summary,
      ],
      [`1 article (${folders[0]})`, formatTime(one.time), '', '', one.runs[0].summary],
      ['each further article', '', further(one, all, count - 1), '≤ 0.1 s', ''],
      ...ntrex,
    ],
    note:
      `CPU is user + system time of a process that runs the report in-process, with the CLI module the fonte bin imports (bin/entry.js; this run: ${modules}) and the bin's V8 settings, the term base glossary/fonte.glossary.yaml; the one-article run is what every process pays once. ` +
      `Each row's runs alternate with the others of its group, ${rounds} timed rounds after 1 warm-up, a fresh process each: medians with the least and greatest round in brackets; a further article's cost is taken round by round. ` +
      (ntrex.length > 0
        ? 'The NTREX dev rows run the first 21 stories of ../shared/eval/ntrex-dev/quotes (each with its English story as sources.en.md): the later stories show the cost once the code is warm.'
        : 'The NTREX dev rows need ../shared/eval/ntrex-dev, absent here.'),
  }
}
