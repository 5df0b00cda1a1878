import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

const root = new URL('../../../', import.meta.url).pathname
const article = join(root, 'corpus-it/000_19c8cfac660a9fd1/article.md')
const source = join(root, 'corpus-it/000_19c8cfac660a9fd1/sources.en.md')
const glossary = join(root, 'glossary/fonte.glossary.yaml')

describe('fonte align (in process)', () => {
  it('reads an English source from standard input with --en -, as from its file', async () => {
    const fromFile = await fonteIn(['align', article, '--en', source, '--format', 'json'])
    const fromStdin = await fonteIn(['align', article, '--en', '-', '--format', 'json'], {
      input: readFileSync(source, 'utf8'),
    })
    expect(fromStdin.code, fromStdin.stderr).toBe(0)
    const matches = (stdout: string, file: string) =>
      (JSON.parse(stdout) as { quotes: Array<{ match: { file: string } | null }> }).quotes.map(
        (quote) => quote.match && { ...quote.match, file: quote.match.file === file ? 'en' : '?' },
      )
    expect(matches(fromStdin.stdout, '-')).toEqual(matches(fromFile.stdout, source))
    expect(matches(fromFile.stdout, source).some(Boolean)).toBe(true)
  })

  it('prints the documented JSON, with offsets into the files as read', async () => {
    const { code, stdout } = await fonteIn([
      'align',
      article,
      '--en',
      source,
      '-g',
      glossary,
      '--format',
      'json',
    ])
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(Object.keys(result)).toEqual(['file', 'quotes', 'sentences'])
    const italian = readFileSync(article, 'utf8')
    const english = readFileSync(source, 'utf8')
    for (const entry of [...result.quotes, ...result.sentences]) {
      expect(Object.keys(entry)).toEqual(['text', 'start', 'end', 'match'])
      expect(italian.slice(entry.start, entry.end)).toBe(entry.text)
      if (entry.match) {
        expect(Object.keys(entry.match)).toEqual(['file', 'text', 'start', 'end', 'score'])
        expect(english.slice(entry.match.start, entry.match.end)).toBe(entry.match.text)
      }
    }
    const article4 = result.quotes.find((quote: { text: string }) =>
      quote.text.startsWith('Se una delle parti'),
    )
    expect(article4.match.text).toContain(
      'all available means to provide military and other assistance',
    )
  })

  it('prints a readable listing by default', async () => {
    const { code, stdout } = await fonteIn(['align', article, '--en', source])
    expect(code).toBe(0)
    expect(stdout).toMatch(/quotations, \d+ traced to/)
    expect(stdout).toContain('no original found')
  })

  it('exits 2 without an English source or with a missing file', async () => {
    expect((await fonteIn(['align', article])).code).toBe(2)
    const missing = await fonteIn(['align', article, '--en', 'nope.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read `nope.md`: no such file')
  })

  it('reads a folder of stories, one source a file, and names the file it traced to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-wire-'))
    writeFileSync(join(folder, 'a.md'), readFileSync(source, 'utf8'))
    writeFileSync(join(folder, 'b.txt'), 'Oil prices rose on Monday.\nMarkets were calm in Asia.\n')
    const { code, stdout } = await fonteIn(['align', article, '--en', folder, '--format', 'json'])
    expect(code).toBe(0)
    const files = new Set(
      JSON.parse(stdout)
        .quotes.filter((quote: { match: unknown }) => quote.match)
        .map((quote: { match: { file: string } }) => quote.match.file),
    )
    expect([...files]).toEqual([join(folder, 'a.md')])
    // The summary line names the sources traced to, and counts those given.
    const listing = await fonteIn(['align', article, '--en', folder])
    expect(listing.stdout).toMatch(
      new RegExp(
        `quotations, \\d+ traced to ${escaped(join(folder, 'a.md'))} \\(of 2 English sources\\)$`,
        'm',
      ),
    )
  }, 60_000)

  it('names at most eight sources on its summary line, and counts the others', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-wire-'))
    for (let story = 1; story <= 10; story++)
      writeFileSync(
        join(folder, `${story}.txt`),
        `Oil prices rose on day ${story}.\nMarkets were calm.\n`,
      )
    const { code, stdout } = await fonteIn(['align', article, '--en', folder])
    expect(code).toBe(0)
    expect(stdout).toMatch(/quotations, 0 traced to (?:[^,]+\.txt, ){7}[^,]+\.txt and 2 more$/m)
  }, 60_000)

  it.each([
    ['an empty source', '', 'has no text'],
    ['an Italian source', readFileSync(article, 'utf8'), 'looks Italian, not English'],
    ['a binary source', '\u0000\u0001\u0002', 'looks binary'],
  ])(
    'exits 2 on %s, naming the file',
    async (_, text, message) => {
      const folder = mkdtempSync(join(tmpdir(), 'fonte-bad-'))
      const bad = join(folder, 'bad.md')
      writeFileSync(bad, text)
      const result = await fonteIn(['align', article, '--en', bad])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`\`${bad}\` ${message}`)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    },
    30_000,
  )

  it('exits 2 on a folder with no text file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-empty-'))
    const result = await fonteIn(['align', article, '--en', folder])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(': no .md, .markdown, .txt or .text file in this folder')
  }, 30_000)
})

describe('fonte align --dictionary (in process)', () => {
  // A dictd dictionary of one entry: the .index gives its offset and length in base 64.
  const folder = mkdtempSync(join(tmpdir(), 'fonte-dictd-'))
  const entry = 'means\n  mezzi\n'
  writeFileSync(join(folder, 'tiny.index'), `means\tA\t${'ABCDEFGHIJKLMNOP'[entry.length]}\n`)
  writeFileSync(join(folder, 'tiny.dict'), entry)
  writeFileSync(join(folder, 'lone.index'), 'means\tA\tB\n')
  writeFileSync(join(folder, 'article.md'), 'Useranno «tutti i mezzi».\n')
  writeFileSync(join(folder, 'source.en.md'), 'They will use all means.\n')
  const align = (...extra: string[]) =>
    fonteIn([
      'align',
      join(folder, 'article.md'),
      '--en',
      join(folder, 'source.en.md'),
      '--format',
      'json',
      ...extra,
    ])

  // The default lexicon (@fonte/lexicon) now translates `mezzi` too (issue #9: evidence on by
  // default), so the dictionary is checked to find it, not to be the only way to.
  it('finds through the dictionary what has no cognate', async () => {
    const { code, stdout } = await align('--dictionary', join(folder, 'tiny.index'))
    expect(code).toBe(0)
    expect(JSON.parse(stdout).quotes[0].match.text).toMatch(/means$/)
  }, 60_000)

  const errors: Array<[name: string, file: string, message: RegExp]> = [
    ['a missing file', 'missing.index', /missing\.index`: no such file/],
    ['a file that is not a dictd index', 'article.md', /expected a dictd \.index file/],
    ['an index without its entries', 'lone.index', /no .*lone\.dict\.dz or .*lone\.dict beside it/],
  ]
  for (const [name, file, message] of errors) {
    it(`exits 2 on ${name}`, async () => {
      const { code, stderr } = await align('--dictionary', join(folder, file))
      expect(code).toBe(2)
      expect(stderr).toMatch(message)
    })
  }
})

describe('fonte variants (in process)', () => {
  // The corpus's groups, from one run of fonte variants that both grouping tests read.
  let corpusRun: Promise<{ code: number; stdout: string }> | undefined
  const corpusGroups = async () => {
    corpusRun ??= fonteIn(['variants', join(root, 'corpus-it'), '-g', glossary, '--format', 'json'])
    const { code, stdout } = await corpusRun
    expect(code).toBe(0)
    return JSON.parse(stdout)
  }

  // 004's credit and bio paragraphs, blanked at its end, once moved the diagonal the aligner's
  // background was measured along, and the sentence holding this quotation aligned to a
  // neighbour: the background is now measured along the anchors.
  it('groups the corpus’s renderings of one English original, with a word diff', async () => {
    const groups = await corpusGroups()
    const policies = groups.find((group: { original: { text: string } }) =>
      group.original.text.includes('policies'),
    )
    expect(policies.renderings.map((rendering: { text: string }) => rendering.text)).toEqual([
      'tutte le politiche della Russia',
      'sosterrà incondizionatamente tutte le politiche russe',
    ])
    expect(
      policies.renderings[1].diff
        .filter((part: { added: boolean }) => part.added)
        .map((part: { value: string }) => part.value),
    ).toEqual(['sosterrà incondizionatamente ', 'russe'])
  }, 60_000)

  it('groups the corpus’s renderings of the treaty’s “all available means”', async () => {
    const means = (await corpusGroups()).find(
      (group: { original: { text: string } }) => group.original.text === 'all available means',
    )
    expect(means.renderings.map((rendering: { text: string }) => rendering.text)).toContain(
      'tutti i mezzi disponibili',
    )
    const longer = means.renderings.find(
      (rendering: { text: string }) =>
        rendering.text === 'tutti i mezzi a sua disposizione senza indugio',
    )
    expect(
      longer.diff
        .filter((part: { added: boolean }) => part.added)
        .map((part: { value: string }) => part.value.trim()),
    ).toEqual(['a sua disposizione senza indugio'])
  }, 60_000)

  it('exits 2 when no English source is found', async () => {
    const result = await fonteIn([
      'variants',
      join(root, 'corpus-it/002_caa2eb07dbab2506/article.md'),
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('no English source')
  })
})

/** `text` as a regular expression that matches it literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
