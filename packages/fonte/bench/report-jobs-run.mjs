// One run of `fonte report` in this process: `node report-jobs-run.mjs <jobs|auto> input...` prints
// {jobs, wallMs, cpuMs, workers, count, digest, code}: wall-clock and CPU (every thread of the
// process) from loading the CLI to the report written, the worker threads it started, the pages
// written and a digest of their contents. `auto` gives no --jobs.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { countWorkers } from './pool-lib.mjs'

const workers = countWorkers()
const [jobs, ...inputs] = process.argv.slice(2)
const started = performance.now()
const cpu = process.cpuUsage()
const { main } = await import('../dist/cli/main.js')
const out = mkdtempSync(join(tmpdir(), 'fonte-report-jobs-'))
const glossary = new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname
const io = {
  out: () => {},
  err: (line) => console.error(line),
  stdin: async () => '',
  color: false,
  version: 'bench',
}
const jobsArguments = jobs === 'auto' ? [] : ['--jobs', jobs]
const code = await main(
  ['report', ...inputs, '--glossary', glossary, '--out', out, ...jobsArguments],
  io,
)
const used = process.cpuUsage(cpu)
const wallMs = performance.now() - started
const hash = createHash('sha256')
const pages = readdirSync(out).sort()
for (const page of pages) hash.update(page).update(readFileSync(join(out, page)))
rmSync(out, { recursive: true, force: true })
console.log(
  JSON.stringify({
    jobs,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    workers: workers(),
    count: pages.length,
    digest: hash.digest('hex'),
    code,
  }),
)
