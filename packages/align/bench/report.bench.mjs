// `fonte report` CPU per article: the five corpus-it articles, and one of them alone, each in a
// process of its own; the difference is the cost of each further article, the rest is what a
// process pays once (start-up, the lexicon's data, the term base).
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const script = new URL('./report-run.mjs', import.meta.url).pathname
const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

function run(inputs) {
  return JSON.parse(execFileSync(process.execPath, [script, ...inputs], { encoding: 'utf8' }))
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
    ],
    note: 'CPU is user + system time of a process that runs the report in-process (fonte main), the term base glossary/fonte.glossary.yaml; the one-article run is what every process pays once.',
  }
}
