// One run of `fonte report` in this process with `--jobs N`: prints {jobs, wallMs, cpuMs, code}.
// CPU is the whole process's (worker threads included). Usage: node report-jobs-run.mjs N input...
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
const code = await main(
  ['report', ...inputs, '--glossary', glossary, '--out', out, '--jobs', jobs],
  io,
)
const used = process.cpuUsage(cpu)
const wallMs = performance.now() - started
rmSync(out, { recursive: true, force: true })
console.log(
  JSON.stringify({ jobs: Number(jobs), wallMs, cpuMs: (used.user + used.system) / 1000, code }),
)
