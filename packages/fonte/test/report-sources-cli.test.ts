import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

// One story, given with --en as a file, as a folder holding it or as a fonte index of it: the
// same sources, so the same traces and the same groups of renderings.
mkdirSync(join(folder, 'wire'))
writeFileSync(
  join(folder, 'wire/pensions.en.md'),
  'The minister said: "The government will not change its mind on the pension reform."\n',
)
writeFileSync(
  join(folder, 'first.md'),
  'Il ministro ha detto: «Il governo non cambierà idea sulla riforma delle pensioni».\n',
)
writeFileSync(
  join(folder, 'second.md'),
  'Secondo il ministro, «il governo non cambierà opinione sulla riforma delle pensioni».\n',
)
writeFileSync(join(folder, 'damaged.fonte-index'), 'fonte-english-index 1\n{"keys":\n')

const sourceForms: Array<[form: string, en: string]> = [
  ['a file', 'wire/pensions.en.md'],
  ['a folder', 'wire'],
  ['a fonte index', 'wire.fonte-index'],
]

describe(
  'fonte report and variants with --en a file, a folder or a fonte index',
  {
    timeout: 90_000,
  },
  () => {
    const variants: string[] = []
    for (const [form, en] of sourceForms) {
      it(`read ${form} as the story it holds`, async () => {
        if (en.endsWith('.fonte-index')) {
          const index = await fonteIn(['index', 'wire', '--out', en], { cwd: folder })
          expect(index.code, index.stderr).toBe(0)
        }
        const out = `r-${form.replace(/\W/g, '')}`
        const report = await fonteIn(
          ['report', 'first.md', 'second.md', '--en', en, '--out', out],
          {
            cwd: folder,
          },
        )
        expect([report.code, report.stderr]).toEqual([0, ''])
        expect(report.stdout).toMatch(/^2 articles, 2 sentences, 2 of 2 quotations traced/)
        const grouped = await fonteIn(
          ['variants', 'first.md', 'second.md', '--en', en, '--format', 'json'],
          { cwd: folder },
        )
        expect([grouped.code, grouped.stderr]).toEqual([0, ''])
        expect(grouped.stdout).toContain('"file": "wire/pensions.en.md"')
        variants.push(grouped.stdout)
        expect(new Set(variants).size).toBe(1)
      })
    }

    it.each([['report'], ['variants']])('%s refuses a damaged index, named', async (command) => {
      const out = command === 'report' ? ['--out', 'r-damaged'] : []
      const { code, stdout, stderr } = await fonteIn(
        [command, 'first.md', '--en', 'damaged.fonte-index', ...out],
        { cwd: folder },
      )
      expect(stderr).toMatch(
        new RegExp(`^fonte ${command}: \`damaged\\.fonte-index\`: the index is damaged[^\n]*\n$`),
      )
      expect([code, stdout]).toEqual([2, ''])
    })
  },
)

// A wire feed given with --en: a page shows the stories its article was traced to, and says how
// many others it leaves out (74 stories made each page 330 kB).
const unrelated = [
  'Heavy rain is expected across Scotland on Thursday, forecasters said.',
  'The football club confirmed the signing of a new goalkeeper from Brazil.',
  'Shares in the mining company fell sharply after a weak quarterly report.',
  'A new museum of modern art opened in Oslo with a collection of Nordic paintings.',
  'Researchers in Japan developed a battery that charges in five minutes.',
  'The airline cancelled dozens of flights because of a strike by pilots.',
  'Wildfires forced thousands of residents in California to leave their homes.',
  'The film festival in Toronto announced its prize winners on Sunday.',
]
mkdirSync(join(folder, 'feed'))
writeFileSync(
  join(folder, 'feed/pensions.en.md'),
  'The minister said: "The government will not change its mind on the pension reform."\n',
)
unrelated.forEach((text, index) =>
  writeFileSync(join(folder, `feed/story-${index}.en.md`), `${text}\n`),
)

describe('fonte report with a wire feed as --en', { timeout: 90_000 }, () => {
  it('shows on a page the stories traced to, and how many others it leaves out', async () => {
    const { code, stderr } = await fonteIn(
      ['report', 'first.md', '--en', 'feed', '--out', 'r-feed'],
      { cwd: folder },
    )
    expect([code, stderr]).toEqual([0, ''])
    const page = readFileSync(join(folder, 'r-feed/first.html'), 'utf8')
    const shown = [...page.matchAll(/<h3 id="source-\d+">([^<]*)<\/h3>/g)].map((match) => match[1])
    expect(shown).toEqual(['feed/pensions.en.md'])
    expect(page).toContain(
      '8 more English sources with no sentence or quotation traced to them, not shown.',
    )
  })
})
