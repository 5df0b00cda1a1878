// `fonte report` CPU per article: the five corpus-it articles, and one of them alone, each in a
// process of its own; the difference is the cost of each further article, the rest is what a
// process pays once (start-up, the lexicon's data, the term base). Five articles still carry the
// code's warm-up, so a newsroom's run of many articles is measured too: NTREX dev stories with
// their English (../shared/eval/ntrex-dev/quotes, laid out as article.md + sources.en.md in a
// temporary folder at run time, never copied into the project), 1, 6 and 21 of them.
// Those rows are cold: the CLI's cache of the lexicon's word answers (fonte/src/cli/
// lexicon-cache.ts) off, every process a first run. The warm rows run with a cache folder of the
// bench's own, warmed by one report (not measured) and copied afresh for each measured run: of
// the same input (the answers every word of it asks), and, more telling for a newsroom, of other
// articles (corpus-it 000–002 before 003–004, NTREX stories 1–10 before 11–21: new articles,
// known vocabulary).
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { alternate, formatTime, summarize } from '../../../scripts/bench-lib.mjs'

const script = new URL('./report-run.mjs', import.meta.url).pathname
const fonteBin = new URL('../../fonte/bin/fonte.js', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const rounds = 5
const ntrexQuotes = new URL('../../../../shared/eval/ntrex-dev/quotes/', import.meta.url).pathname

/**
 * The report of `inputs` in a process of its own, cold, or with a copy of the cache `warm`;
 * `settings` are further environment variables.
 */
function run(inputs, warm, settings = {}) {
  const cache = warm && mkdtempSync(join(tmpdir(), 'fonte-report-cache-'))
  const env = { ...process.env, FONTE_CACHE: '0', ...settings }
  if (cache) {
    cpSync(warm, cache, { recursive: true })
    Object.assign(env, { FONTE_CACHE: '1', XDG_CACHE_HOME: cache })
  }
  try {
    return JSON.parse(
      execFileSync(process.execPath, [script, ...inputs], { encoding: 'utf8', env }),
    )
  } finally {
    if (cache) rmSync(cache, { recursive: true, force: true })
  }
}

/** A new cache folder, warmed by a report of `inputs`; the caller removes it. */
function warmedBy(inputs) {
  const cache = mkdtempSync(join(tmpdir(), 'fonte-report-warm-'))
  execFileSync(process.execPath, [script, ...inputs], {
    encoding: 'utf8',
    env: { ...process.env, FONTE_CACHE: '1', XDG_CACHE_HOME: cache },
  })
  return cache
}

/**
 * Runs every named list of inputs in fresh processes, alternated round by round; returns each
 * one's runs (warm-up left out) and its median CPU. A run is `{inputs}`, cold, or
 * `{inputs, cache}`, warm (a copy of the cache folder each time), with `env`'s variables if given.
 */
async function alternateRuns(runs) {
  const results = Object.fromEntries(Object.keys(runs).map((name) => [name, []]))
  const times = await alternate(
    Object.entries(runs).map(([name, { inputs, cache, env }]) => ({
      name,
      measured: true,
      run: () => {
        const result = run(inputs, cache, env)
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
  let known
  try {
    const articles = layOutNtrex(folder, 21)
    known = warmedBy(articles.slice(0, 10))
    const later = articles.slice(10)
    const wire = join(ntrexQuotes, 'en')
    // The same feed as a newsroom keeps it: indexed once (`fonte index`), not measured.
    const wireIndex = join(folder, 'wire.index')
    execFileSync(process.execPath, [fonteBin, 'index', wire, '--out', wireIndex], {
      stdio: 'ignore',
    })
    const { one, six, all, late, lateWarm, afterAll, fed, fedIndex, day } = await alternateRuns({
      one: { inputs: articles.slice(0, 1) },
      six: { inputs: articles.slice(0, 6) },
      all: { inputs: articles },
      late: { inputs: later },
      lateWarm: { inputs: later, cache: known },
      // corpus-it once the code is warm: in a process that reported the NTREX stories first.
      afterAll: { inputs: [corpus], env: { FONTE_BENCH_WARM_UP: articles.join(delimiter) } },
      // A newsroom's report: each article against the day's wire copy as well as its own story.
      fed: { inputs: [corpus, '--en', wire] },
      fedIndex: { inputs: [corpus, '--en', wireIndex] },
      // A day's articles against the day's wire: every Italian story, the English as --en.
      day: { inputs: [join(ntrexQuotes, 'it'), '--en', wire] },
    })
    const dayCount = readdirSync(join(ntrexQuotes, 'it')).filter((name) =>
      name.endsWith('.md'),
    ).length
    const stories = readdirSync(wire).filter((name) => name.endsWith('.md')).length
    const corpusCount = readdirSync(corpus).filter((name) => /^\d{3}_/.test(name)).length
    return [
      inputRow(`${articles.length} NTREX dev stories`, all, articles.length),
      ['1 NTREX dev story', formatTime(one.time), '', '', one.runs[0].summary],
      ['each further story, 2 to 6', '', further(one, six, 5), '', ''],
      [
        `each further story, 7 to ${articles.length}`,
        '',
        further(six, all, articles.length - 6),
        '≤ 0.1 s',
        '',
      ],
      ...warmRows(`stories 11–${articles.length}`, 'stories 1–10', later.length, late, lateWarm),
      inputRow(
        `${corpusCount} articles (corpus-it), in a process that reported the ${articles.length} stories first (not counted)`,
        afterAll,
        corpusCount,
        '≤ 0.1 s',
      ),
      inputRow(
        `${corpusCount} articles (corpus-it), the ${stories} NTREX dev English stories as --en (a wire feed)`,
        fed,
        corpusCount,
      ),
      inputRow(
        `${corpusCount} articles (corpus-it), the same ${stories} stories as a fonte index (--en wire.index)`,
        fedIndex,
        corpusCount,
      ),
      inputRow(
        `${dayCount} NTREX dev Italian stories, the ${stories} English ones as --en`,
        day,
        dayCount,
        '≤ 0.1 s',
      ),
    ]
  } finally {
    rmSync(folder, { recursive: true, force: true })
    if (known) rmSync(known, { recursive: true, force: true })
  }
}

/** Per-input CPU of a run's rounds. */
function perInput(runs, count) {
  return formatTime(summarize(runs.runs.map((run) => run.cpuMs / count)))
}

/** A row of `count` inputs: their CPU, per input, the target if any, and what they traced. */
function inputRow(label, runs, count, target = '') {
  return [label, formatTime(runs.time), perInput(runs, count), target, runs.runs[0].summary]
}

/**
 * A cold and a warm row of the same `count` inputs, the warm one's cache filled by a report of
 * `warmedOn` before.
 */
function warmRows(what, warmedOn, count, cold, warm) {
  return [
    inputRow(`${what}, cold`, cold, count),
    inputRow(`${what}, cache warmed on ${warmedOn}`, warm, count),
  ]
}

/**
 * The corpus-it rows: the five articles and the first alone, cold and with a cache warmed by the
 * same input; and articles 003–004, cold and with a cache warmed on 000–002.
 */
async function corpusRows() {
  const folders = readdirSync(corpus)
    .filter((name) => /^\d{3}_/.test(name))
    .sort()
  const first = [`${corpus}${folders[0]}/article.md`]
  const later = folders.slice(3).map((name) => `${corpus}${name}/article.md`)
  const caches = [
    warmedBy(first),
    warmedBy([corpus]),
    warmedBy(folders.slice(0, 3).map((name) => `${corpus}${name}/article.md`)),
  ]
  try {
    const runs = await alternateRuns({
      one: { inputs: first },
      all: { inputs: [corpus] },
      // What the first run after an install or a build pays on Node 20: V8 compiles the CLI.
      oneCompiled: { inputs: first, env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
      oneWarm: { inputs: first, cache: caches[0] },
      allWarm: { inputs: [corpus], cache: caches[1] },
      late: { inputs: later },
      lateWarm: { inputs: later, cache: caches[2] },
    })
    return { folders, runs }
  } finally {
    for (const cache of caches) rmSync(cache, { recursive: true, force: true })
  }
}

/** Runs the report benchmark; returns a Markdown table. */
export async function benchReport() {
  const { folders, runs } = await corpusRows()
  const { one, all, oneCompiled, oneWarm, allWarm, late, lateWarm } = runs
  const count = folders.length
  const ntrex = await ntrexRows()
  const modules = [...new Set([...one.runs, ...all.runs].map((run) => run.module))].join(' and ')
  const lastTwo = `articles ${folders[3]?.slice(0, 3)}–${folders.at(-1)?.slice(0, 3)}`
  return {
    header: ['fonte report, --jobs 1', 'CPU', 'per article', 'target', 'what it traced'],
    rows: [
      inputRow(`${count} articles (corpus-it)`, all, count, '≤ 0.1 s'),
      [`1 article (${folders[0]})`, formatTime(one.time), '', '', one.runs[0].summary],
      ['each further article', '', further(one, all, count - 1), '≤ 0.1 s', ''],
      [
        "1 article, without V8's code cache (NODE_DISABLE_COMPILE_CACHE=1)",
        formatTime(oneCompiled.time),
        '',
        '',
        '',
      ],
      inputRow(`${count} articles, cache warmed on the same`, allWarm, count),
      ['1 article, cache warmed on the same', formatTime(oneWarm.time), '', '', ''],
      ['each further article, warm', '', further(oneWarm, allWarm, count - 1), '', ''],
      ...warmRows(lastTwo, 'articles 000–002', count - 3, late, lateWarm),
      ...ntrex,
    ],
    note:
      `CPU is user + system time of a process that runs the report in-process, with the CLI loaded as the fonte bin loads it (bin/entry.js loadCli; this run: ${modules}) and the bin's V8 settings, the term base glossary/fonte.glossary.yaml; the one-article run is what every process pays once. ` +
      `Each row's runs alternate with the others of its group, ${rounds} timed rounds after 1 warm-up, a fresh process each: medians with the least and greatest round in brackets; a further article's cost is taken round by round. ` +
      'Rows without "cache" run with the cache of word answers off (FONTE_CACHE=0), every process a first run for the lexicon; V8\'s code cache of the CLI (on Node 20, bin/compile-cache.js; Node 22 keeps its own) is written by the warm-up round, as by a user\'s first run after an install, and read by the timed rounds but in the row that turns it off; a warm row copies a cache folder filled by one report of the inputs named, not measured, before each run (the run writes what it adds, as a daily run does). ' +
      (ntrex.length > 0
        ? 'The NTREX dev rows run the first 21 stories of ../shared/eval/ntrex-dev/quotes (each with its English story as sources.en.md): the later stories show the cost once the code is warm, and so does the row of the corpus-it articles reported after those 21 stories in the same process (their report not counted: V8 has compiled and optimised the code, and the lexicon has answered the words they share); the wire-feed row gives every English story there as --en, a folder, to each corpus-it article beside its own, the row after it the same stories as a fonte index (built by `fonte index` before the rounds, not measured), and the last row to every Italian story there (a day of articles against a day of wire).'
        : 'The NTREX dev rows need ../shared/eval/ntrex-dev, absent here.'),
  }
}
