// Start-up of the `fonte` bin (issue #14: `fonte --version` ≤ 2.5× and a one-file lint ≤ 3× the
// CPU of `node -e 0`): each contender is a process of its own, alternated round by round with
// `node -e 0` measured the same way (CPU, user + system, worker threads included, as bash's
// `times` reports a finished child). The unbundled CLI (`FONTE_BUNDLE=0`) runs beside the
// bundle, for what bundling saves. `node startup.bench.mjs [rounds]` prints the table;
// `benchStartup` returns it.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
import { cliModule } from '../bin/entry.js'

const packageRoot = new URL('../', import.meta.url)
const bin = fileURLToPath(new URL('bin/fonte.js', packageRoot))
const glossary = fileURLToPath(new URL('../../glossary/fonte.glossary.yaml', packageRoot))
const article = fileURLToPath(
  new URL('../../corpus-it/004_801a60821ca2dda5/article.md', packageRoot),
)

/**
 * A contender: `args` run by node in `folder`, with `env` (or what `env()` gives for each run);
 * its CPU (user + system, from bash's `times`: nothing is loaded into the measured process).
 */
function processContender(name, args, folder, env = {}) {
  const out = join(folder, `${name.replace(/\W+/g, '-')}.out`)
  return {
    name,
    measured: true,
    run: () => {
      const { ms, status } = childProcessCpu(process.execPath, args, {
        out,
        cwd: folder,
        env: { ...process.env, NO_COLOR: '1', ...(typeof env === 'function' ? env() : env) },
      })
      if (status !== 0 && status !== 1) {
        throw new Error(`${name}: exit ${status}\n${readFileSync(`${out}.err`, 'utf8')}`)
      }
      return { ms, result: readFileSync(out, 'utf8') }
    },
  }
}

/** Runs the start-up benchmark; returns a Markdown table. */
export async function benchStartup(rounds = 9) {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-startup-'))
  try {
    writeFileSync(join(folder, 'one.md'), '# Ciao\nLa difesa reciproca è importante.\n')
    const lint = [bin, 'lint', 'one.md', '--glossary', glossary]
    // A whole news article too: its typographic quotes and apostrophes reach code paths a line of
    // plain Latin-1 text never does.
    copyFileSync(article, join(folder, 'article.md'))
    const lintArticle = [bin, 'lint', 'article.md', '--glossary', glossary]
    // The lint keeps the lexicon's answers in a cache (src/cli/lexicon-cache.ts): one of the
    // bench's own, filled by the warm-up round; and a first run, with a new empty cache each time.
    const cache = { XDG_CACHE_HOME: join(folder, 'cache') }
    let runs = 0
    const emptyCache = () => ({ XDG_CACHE_HOME: join(folder, `empty-cache-${runs++}`) })
    const contenders = [
      processContender('node -e 0', ['-e', '0'], folder),
      processContender('fonte --version', [bin, '--version'], folder),
      processContender('fonte lint one.md', lint, folder, cache),
      processContender('fonte lint one.md, first run (empty cache)', lint, folder, emptyCache),
      processContender('fonte lint article.md (corpus-it 004)', lintArticle, folder, cache),
      processContender(
        'fonte lint article.md (corpus-it 004), first run',
        lintArticle,
        folder,
        emptyCache,
      ),
      processContender('fonte --version, unbundled', [bin, '--version'], folder, {
        FONTE_BUNDLE: '0',
      }),
      processContender('fonte lint one.md, unbundled', lint, folder, {
        FONTE_BUNDLE: '0',
        ...cache,
      }),
    ]
    const measured = await alternate(contenders, { rounds, warmup: 1 })
    return startupTable(measured, rounds)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The table: each contender's CPU, its ratio to `node -e 0`, and what it printed. */
function startupTable(measured, rounds) {
  const node = measured.get('node -e 0')
  const targets = {
    'fonte --version': '≤ 2.5×',
    'fonte lint one.md': '≤ 3×',
    'fonte lint one.md, first run (empty cache)': '≤ 3×',
    'fonte lint article.md (corpus-it 004)': '≤ 3×',
    'fonte lint article.md (corpus-it 004), first run': '≤ 3×',
  }
  const rows = [...measured].map(([name, stat]) => [
    name,
    formatTime(stat),
    name === 'node -e 0' ? '1×' : formatRatio(ratio(stat, node)),
    targets[name] ?? '',
    findings(stat.result),
  ])
  const entry = cliModule(packageRoot).pathname.replace(/^.*\/fonte\//, '')
  return {
    header: ['process', 'CPU', 'vs node -e 0', 'target', 'output'],
    rows,
    note:
      `A one-line Markdown file, and a news article of 8.9 kB (corpus-it 004), with the project term base; the bin ran ${entry}. ` +
      "The lint rows but the first runs read the lexicon's answers from the cache the warm-up round wrote; a first run has a new empty cache. " +
      methodNote(rounds, 1),
  }
}

/** What a run printed, in a few words: the version, or the lint's error count. */
function findings(stdout) {
  const summary = stdout.match(/✖ (\d+) errors?/)
  if (summary) return `${summary[1]} error${summary[1] === '1' ? '' : 's'}`
  return stdout.trim().split('\n')[0] ?? ''
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = await benchStartup(Number(process.argv[2] ?? 9))
  console.log(`| ${table.header.join(' | ')} |\n|${table.header.map(() => '---').join('|')}|`)
  for (const row of table.rows) console.log(`| ${row.join(' | ')} |`)
  console.log(`\n${table.note}`)
}
