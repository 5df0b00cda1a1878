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

const script = new URL('./report-run.mjs', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const ntrexQuotes = new URL('../../../../shared/eval/ntrex-dev/quotes/', import.meta.url).pathname

function run(inputs) {
  return JSON.parse(execFileSync(process.execPath, [script, ...inputs], { encoding: 'utf8' }))
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
function ntrexRows() {
  if (!existsSync(join(ntrexQuotes, 'it'))) return []
  const folder = mkdtempSync(join(tmpdir(), 'fonte-report-ntrex-'))
  try {
    const articles = layOutNtrex(folder, 21)
    const [one, six, all] = [1, 6, articles.length].map((count) => run(articles.slice(0, count)))
    const perArticle = (a, b, articlesBetween) => (b.cpuMs - a.cpuMs) / articlesBetween / 1000
    return [
      [
        `${articles.length} NTREX dev stories`,
        `${(all.cpuMs / 1000).toFixed(2)} s`,
        `${(all.cpuMs / articles.length / 1000).toFixed(2)} s`,
        '',
        all.summary,
      ],
      ['1 NTREX dev story', `${(one.cpuMs / 1000).toFixed(2)} s`, '', '', one.summary],
      ['each further story, 2 to 6', '', `${perArticle(one, six, 5).toFixed(2)} s`, '', ''],
      [
        `each further story, 7 to ${articles.length}`,
        '',
        `${perArticle(six, all, articles.length - 6).toFixed(2)} s`,
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
  const one = run([`${corpus}${folders[0]}/article.md`])
  const all = run([corpus])
  const count = folders.length
  const further = (all.cpuMs - one.cpuMs) / (count - 1)
  const ntrex = ntrexRows()
  return {
    header: ['fonte report, --jobs 1', 'CPU', 'per article', 'target', 'what it traced'],
    rows: [
      [
        `${count} articles (corpus-it)`,
        `${(all.cpuMs / 1000).toFixed(2)} s`,
        `${(all.cpuMs / count / 1000).toFixed(2)} s`,
        '≤ 0.1 s',
        all.summary,
      ],
      [`1 article (${folders[0]})`, `${(one.cpuMs / 1000).toFixed(2)} s`, '', '', one.summary],
      ['each further article', '', `${(further / 1000).toFixed(2)} s`, '≤ 0.1 s', ''],
      ...ntrex,
    ],
    note:
      'CPU is user + system time of a process that runs the report in-process (fonte main), the term base glossary/fonte.glossary.yaml; the one-article run is what every process pays once. ' +
      (ntrex.length > 0
        ? 'The NTREX dev rows run the first 21 stories of ../shared/eval/ntrex-dev/quotes (each with its English story as sources.en.md): the later stories show the cost once the code is warm.'
        : 'The NTREX dev rows need ../shared/eval/ntrex-dev, absent here.'),
  }
}
