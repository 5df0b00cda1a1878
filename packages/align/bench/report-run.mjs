// Runs `fonte report` in this process on the given articles and prints its CPU time and summary
// as JSON: one process per run, so that the lexicon's loading is counted as a user pays it. V8
// is set as the `fonte` bin sets it (bin/v8-tuning.js), and the CLI is loaded as the bin loads it
// (bin/entry.js `loadCli`: on Node 20 the bundle's cli.cjs with V8's code cache, else the esbuild
// bundle when it is built and up to date, else dist/cli/main.js), so the run costs what the bin's
// does; `module` in the JSON says which ran. The code cache is written by the first run (the
// bench's warm-up round) and read by the next, as a user's second run reads it.
// The CLI's cache of the lexicon's answers (fonte/src/cli/lexicon-cache.ts) is off unless
// FONTE_CACHE is set: a cold run, whatever the user's cache folder holds; report.bench.mjs sets
// FONTE_CACHE=1 and a cache folder of its own for its warm rows.
// FONTE_BENCH_WARM_UP, a list of inputs (joined by the path delimiter), is reported first in the
// same process and not counted: what the given articles cost once V8 has compiled and optimised
// the code on other articles, as in a long run (`warmUpMs` is what that report cost).
import { mkdtempSync, rmSync } from 'node:fs'
import nodeModule from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

const started = process.cpuUsage()
process.env.FONTE_CACHE ??= '0'
// As the bin: V8's code cache of the modules on Node 22.1 and later, nothing on Node 20.
nodeModule.enableCompileCache?.()
const { tuneV8 } = await import('../../fonte/bin/v8-tuning.js')
const flags = tuneV8()
const { cliModule, loadCli } = await import('../../fonte/bin/entry.js')
const root = new URL('../../fonte/', import.meta.url)
const { main } = await loadCli(root, ['report'], flags)
const ran = await whichRan(cliModule(root))
const out = mkdtempSync(join(tmpdir(), 'fonte-report-bench-'))
const lines = []
const io = {
  out: (line) => lines.push(line),
  err: (line) => lines.push(line),
  stdin: async () => '',
  color: false,
  version: 'bench',
}
const glossary = new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname
const report = (inputs, folder) =>
  main(['report', ...inputs, '--glossary', glossary, '--out', folder, '--jobs', '1'], io)
const warmUp = process.env.FONTE_BENCH_WARM_UP?.split(delimiter).filter(Boolean) ?? []
if (warmUp.length > 0 && (await report(warmUp, join(out, 'warm-up'))) !== 0) {
  rmSync(out, { recursive: true, force: true })
  console.error(`report-run: the warm-up report failed: ${lines.join(' ')}`)
  process.exit(1)
}
const warmedUp = warmUp.length > 0 ? process.cpuUsage(started) : undefined
lines.length = 0
const code = await report(process.argv.slice(2), join(out, 'report'))
// Without a warm-up the run counts from the start, the CLI's loading included.
const used = warmedUp ? process.cpuUsage(warmedUp) : process.cpuUsage(started)
rmSync(out, { recursive: true, force: true })
const summary = lines.find((line) => /quotations traced/.test(line)) ?? lines.join(' ')
const cpuMs = (used.user + used.system) / 1000
const warmUpMs = warmedUp && (warmedUp.user + warmedUp.system) / 1000
console.log(JSON.stringify({ code, cpuMs, warmUpMs, summary, module: ran }))

/** What `loadCli` ran for `report`: the code-cached script, the bundle, or tsc's modules. */
async function whichRan(module) {
  if (!module.pathname.includes('/dist/bundle/')) return 'dist/cli/main.js'
  const { canCacheScript, scriptFits } = await import('../../fonte/bin/compile-cache.js')
  return canCacheScript() && scriptFits(new URL('cli.cjs', module))
    ? 'bundle (cli.cjs, code cache)'
    : 'bundle'
}
