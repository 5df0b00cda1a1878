import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const examples = new URL('../../../examples/', import.meta.url)

// Each runnable example in examples/, run as a user would, with what it must print.
const cases: Array<[script: string, expected: RegExp[]]> = [
  [
    'split.mjs',
    [/^29 sentences, 9 quotations$/m, /La Corea del Nord e la Russia hanno concordato/],
  ],
  [
    'lint.mjs',
    [/forbidden-term/, /expected `mutua difesa`/, /inconsistent-term/, /2 errors, ⚠ 1 warning/],
  ],
  [
    'align.mjs',
    [
      /«partenariato strategico globale» → comprehensive strategic partnership/,
      /0 ↔ 0, - ↔ 1, 1 ↔ 2/,
    ],
  ],
  [
    'unified.mjs',
    [
      /^29 sentences, \d+ quotations traced$/m,
      /Unexpected English paragraph, expected Italian/,
      /wrong-language/,
      /unmatched-quote/,
    ],
  ],
]

describe('examples', () => {
  for (const [script, expected] of cases) {
    it(`runs examples/${script}`, async () => {
      const { stdout } = await run(process.execPath, [new URL(script, examples).pathname], {
        env: { ...process.env, NO_COLOR: '1' },
      })
      for (const pattern of expected) expect(stdout).toMatch(pattern)
    })
  }
})
