import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// The README's remark-cli set-up of fonte's unified plugins, run with the real remark-cli.
const fixture = new URL('./fixtures/remark-cli/', import.meta.url).pathname
const remark = new URL('../node_modules/remark-cli/cli.js', import.meta.url).pathname

describe('fonte plugins in remark-cli', () => {
  it('reports glossary findings from .remarkrc.mjs and fails with --frail', async () => {
    const run = promisify(execFile)(
      process.execPath,
      [remark, 'articolo.md', '--no-stdout', '--frail', '--no-color'],
      { cwd: fixture, env: { ...process.env, NO_COLOR: '1' } },
    )
    const failed = (await run.then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )) as { code: number; stderr: string }
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(
      /3:61-3:77\s+error\s+Unexpected forbidden term `difesa reciproca`/,
    )
    expect(failed.stderr).toContain('forbidden-term')
    // The quotation is traced to the English source: no unmatched-quote message.
    expect(failed.stderr).not.toContain('unmatched-quote')
  }, 60_000)
})
