import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { maxSourceLength } from '@fonte/align'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

/**
 * `fonte report` refuses an English source too large to trace, named, before any work: a 50 MB
 * source ran for minutes without a word. One given with --en and one beside an article alike.
 */

const folder = mkdtempSync(join(tmpdir(), 'fonte-report-sources-'))
const huge = 'The minister spoke. '.repeat(Math.ceil((maxSourceLength + 1) / 20))
mkdirSync(join(folder, 'story'))
writeFileSync(join(folder, 'story/article.md'), 'Il ministro ha parlato.\n')
writeFileSync(join(folder, 'story/sources.en.md'), huge)
writeFileSync(join(folder, 'article.md'), 'Il ministro ha parlato.\n')
writeFileSync(join(folder, 'huge.en.md'), huge)
writeFileSync(
  join(folder, 'source.en.md'),
  'The minister said the government would not change its mind.\n',
)

const rows: Array<[name: string, args: string[], file: string]> = [
  ['given with --en', ['report', 'article.md', '--en', 'huge.en.md', '--out', 'r1'], 'huge.en.md'],
  ['beside an article', ['report', 'story', '--out', 'r2'], 'story/sources.en.md'],
]

describe('fonte report with an English source too large to trace', { timeout: 60_000 }, () => {
  for (const [name, args, file] of rows) {
    it(`is refused, named, ${name}`, async () => {
      const { code, stdout, stderr } = await fonteIn(args, { cwd: folder })
      expect(stderr).toBe(
        `fonte report: English source \`${file}\` is too large (${Math.round(huge.length / 1e6)} million characters; at most ${maxSourceLength / 1e6} million)\n`,
      )
      expect([code, stdout]).toEqual([2, ''])
    })
  }
})

describe('fonte report and variants with a fonte index as --en', { timeout: 60_000 }, () => {
  it.each([['report'], ['variants']])('%s refuses it, named', async (command) => {
    const index = await fonteIn(['index', 'source.en.md', '--out', 'x.fonte-index'], {
      cwd: folder,
    })
    expect(index.code, index.stderr).toBe(0)
    const out = command === 'report' ? ['--out', 'r3'] : []
    const { code, stderr } = await fonteIn(
      [command, 'article.md', '--en', 'x.fonte-index', ...out],
      {
        cwd: folder,
      },
    )
    expect(stderr).toBe(
      `fonte ${command}: English source \`x.fonte-index\` is a fonte index: give the English files it was made from (only fonte align reads indexes)\n`,
    )
    expect(code).toBe(2)
  })
})
