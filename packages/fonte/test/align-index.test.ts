import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const article = join(corpus, '000_19c8cfac660a9fd1/article.md')
const folder = mkdtempSync(join(tmpdir(), 'fonte-align-index-'))
const wire = join(folder, 'wire')
const index = join(folder, 'wire.index')
const extra = join(folder, 'extra.md')

/** `fonte align --format json` on the article with these `--en`, parsed. */
async function alignJson(...en: string[]): Promise<Listing> {
  const { code, stdout, stderr } = await fonteIn([
    'align',
    article,
    ...en.flatMap((path) => ['--en', path]),
    '--format',
    'json',
  ])
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout) as Listing
}

interface Listing {
  file: string
  quotes: Array<{ start: number; match: unknown }>
  sentences: Array<{ start: number; end: number; match: unknown }>
}

/**
 * The index's answers are the files' answers: the same quotations with the same matches, the same
 * sentences, and nearly all of their matches. A sentence the sentence alignment leaves unpaired
 * is searched for in the whole pool, and the index ranks those candidates by the cosine of its
 * keys, the files' in-memory look-up by summed IDF: such a sentence may find another partner.
 * Sentence ids that did not map to the tracer's would change far more than that.
 */
function expectSameAnswers(fromIndex: Listing, fromFiles: Listing): void {
  expect(fromIndex.file).toBe(fromFiles.file)
  expect(fromIndex.quotes).toEqual(fromFiles.quotes)
  const span = (entry: { start: number; end: number }) => [entry.start, entry.end]
  expect(fromIndex.sentences.map(span)).toEqual(fromFiles.sentences.map(span))
  const same = fromIndex.sentences.filter(
    (entry, at) => JSON.stringify(entry.match) === JSON.stringify(fromFiles.sentences[at]?.match),
  ).length
  expect(same).toBeGreaterThanOrEqual(0.9 * fromFiles.sentences.length)
}

describe('fonte align --en <index>', () => {
  beforeAll(async () => {
    mkdirSync(wire)
    for (const [name, id] of [
      ['a-reuters.md', '000_19c8cfac660a9fd1'],
      ['b-ap.txt', '001_e5ec2026e526605b'],
      ['c-wire.md', '004_801a60821ca2dda5'],
    ] as const) {
      writeFileSync(join(wire, name), readFileSync(join(corpus, id, 'sources.en.md')))
    }
    writeFileSync(extra, 'Oil prices rose on Monday.\n\nMarkets were calm in Asia.\n')
    const built = await fonteIn(['index', wire, '--out', index])
    expect(built.code).toBe(0)
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('gives the answers of the files the index was built from', async () => {
    expectSameAnswers(await alignJson(index), await alignJson(wire))
  }, 60_000)

  it('adds the files after an index to it, and reads an index after files as stories', async () => {
    expectSameAnswers(await alignJson(index, extra), await alignJson(wire, extra))
    // After a file, the index's stories are read as files are, and looked up the same way.
    expect(await alignJson(extra, index)).toEqual(await alignJson(extra, wire))
  }, 120_000)

  it('exits 2 naming an index this version cannot read', async () => {
    const broken = join(folder, 'broken.index')
    writeFileSync(broken, 'fonte-english-index 999\n{}')
    const { code, stderr } = await fonteIn(['align', article, '--en', broken])
    expect(code).toBe(2)
    expect(stderr).toContain(broken)
  })
})
