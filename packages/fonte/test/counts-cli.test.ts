import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

/**
 * The CLI's summaries and messages say `1 article`, `2 articles`: only the noun's number follows
 * the count, every other byte stays as scripts parse it.
 */

const folder = mkdtempSync(join(tmpdir(), 'fonte-counts-'))
const files: Record<string, string> = {
  'one.md': 'Il ministro ha detto: «Siamo pronti a trattare».\n',
  'two.md': 'Il ministro ha detto: «Siamo pronti a trattare». Poi ha aggiunto: «Non subito».\n',
  // One quotation and no reporting verb; the sentence translates one.en.md's (an article whose
  // sentences do not, as “Resta la frase … sul tavolo”, is weighed as unrelated to it).
  'bare.md': 'Per il ministro resta la frase «Siamo pronti a trattare».\n',
  'one.en.md': 'The minister said: "We are ready to negotiate".\n',
  'warn.md': 'Da Seul a Seoul.\n',
  'g.yaml': `concepts:
  - id: seoul
    en: [Seoul]
    it:
      - term: Seul
        status: preferred
      - term: Seoul
        status: admitted
`,
}
for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)

type Row = [name: string, args: string[], stream: 'stdout' | 'stderr', expected: RegExp]

const rows: Row[] = [
  [
    'report, one article with one sentence and one quotation',
    ['report', 'one.md', '--out', 'report-one'],
    'stdout',
    /^1 article, 1 sentence, 0 of 1 quotation traced to an English original$/m,
  ],
  [
    'report, two articles',
    ['report', 'one.md', 'two.md', '--out', 'report-two'],
    'stdout',
    /^2 articles, 3 sentences, 0 of 3 quotations traced to an English original$/m,
  ],
  [
    'align, one quotation',
    ['align', 'bare.md', '--en', 'one.en.md'],
    'stdout',
    /^bare\.md: 1 quotation, 1 traced to one\.en\.md$/m,
  ],
  [
    'align, two quotations',
    ['align', 'two.md', '--en', 'one.en.md'],
    'stdout',
    /^two\.md: 4 quotations, 2 traced to one\.en\.md$/m,
  ],
  [
    'split --summary, one file',
    ['split', 'one.md', '--summary'],
    'stdout',
    /^1 file {2,}1 {2,}1$/m,
  ],
  [
    'split --summary, two files',
    ['split', 'one.md', 'two.md', '--summary'],
    'stdout',
    /^2 files /m,
  ],
  [
    'index, one file of one sentence',
    ['index', 'one.en.md', '--out', 'one.fonte-index'],
    'stdout',
    /^indexed 1 sentence of 1 file \(\d+ keys?\) into /,
  ],
  [
    'variants, one article',
    ['variants', 'one.md', '--en', 'one.en.md'],
    'stdout',
    /^0 English originals rendered more than one way in 1 article$/m,
  ],
  [
    'lint, one warning over --max-warnings 0',
    ['lint', 'warn.md', '-g', 'g.yaml', '--max-warnings', '0'],
    'stderr',
    /^fonte lint: 1 warning, more than --max-warnings 0$/m,
  ],
  [
    'lint, three sources for two inputs',
    [
      'lint',
      'one.md',
      'two.md',
      '-g',
      'g.yaml',
      '-s',
      'one.en.md',
      '-s',
      'one.en.md',
      '-s',
      'one.en.md',
    ],
    'stderr',
    /3 sources for 2 inputs: give one --source per input/,
  ],
]

describe('singular and plural in the CLI summaries', { timeout: 60_000 }, () => {
  for (const [name, args, stream, expected] of rows) {
    it(name, async () => {
      const result = await fonteIn(args, { cwd: folder })
      expect(result[stream]).toMatch(expected)
    })
  }
})

describe('singular and plural in the report pages', { timeout: 60_000 }, () => {
  it('an article of one sentence and one quotation', async () => {
    await fonteIn(['report', 'one.md', '--out', 'report-page'], { cwd: folder })
    const page = readFileSync(join(folder, 'report-page', 'one.html'), 'utf8')
    expect(page).toMatch(/ · 1 sentence · 1 quotation, 0 traced · 0 boilerplate lines left out · /)
  })
})
