import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadEnglishIndex } from '@fonte/align'
import { afterAll, describe, expect, it } from 'vitest'
import { isIndexFile, readIndexFile } from '../src/cli/index-command.js'
import type { Io } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

/** Runs the CLI in this process; resolves with its exit code and output lines. */
async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdin: async () => '',
    color: false,
    version: '0.0.0',
  }
  const code = await main(args, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const folder = mkdtempSync(join(tmpdir(), 'fonte-index-'))
const wire = join(folder, 'wire')
mkdirSync(wire)
writeFileSync(
  join(wire, 'reuters.en.md'),
  readFileSync(join(corpus, '000_19c8cfac660a9fd1/sources.en.md')),
)
writeFileSync(
  join(wire, 'ap.txt'),
  readFileSync(join(corpus, '001_e5ec2026e526605b/sources.en.md')),
)
writeFileSync(join(folder, 'empty.md'), '  \n\n')
writeFileSync(
  join(folder, 'binary.md'),
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]),
)
writeFileSync(
  join(folder, 'italiano.md'),
  readFileSync(join(corpus, '003_0fe9d0c54a8cbe3a/article.md'), 'utf8'),
)
writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(65 * 2 ** 20, 'a'))
writeFileSync(join(folder, 'not-an-index'), 'fonte-english-index 7\n{}')
mkdirSync(join(folder, 'images'))
writeFileSync(join(folder, 'images', 'a.png'), 'x')

describe('fonte index', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('indexes a folder of stories into one file that loads back', async () => {
    const out = join(folder, 'wire.index')
    const { code, out: printed } = await run(['index', wire, '--out', out])
    expect(code).toBe(0)
    expect(printed).toMatch(/^indexed \d+ sentences of 2 files \(\d+ keys\) into /)
    expect(isIndexFile(out)).toBe(true)
    const index = loadEnglishIndex(readFileSync(out, 'utf8'))
    expect(index.store.documentCount).toBe(2)
    const hits = index.sentencesFor(
      'Kim Jong Un e Vladimir Putin hanno firmato il trattato a Pyongyang.',
    )
    expect(hits.length).toBeGreaterThan(0)
    expect((await readIndexFile(out)).store.sentenceCount).toBe(index.store.sentenceCount)
    // Written whole: no temporary file left beside it.
    expect(readdirSync(folder).filter((name) => name.includes('.tmp'))).toEqual([])
  })

  it('prints what it indexed as JSON', async () => {
    const out = join(folder, 'json.index')
    const { code, out: printed } = await run([
      'index',
      join(wire, 'ap.txt'),
      '-o',
      out,
      '-f',
      'json',
    ])
    expect(code).toBe(0)
    expect(JSON.parse(printed)).toMatchObject({ out, files: 1 })
  })

  it.each([
    ['an empty file', ['empty.md'], /English source `.*empty\.md` has no text$/m],
    ['a binary file', ['binary.md'], /`.*binary\.md`: a binary file, expected English text$/m],
    [
      'an Italian file',
      ['italiano.md'],
      /English source `.*italiano\.md` looks Italian, not English$/m,
    ],
    ['a huge file', ['huge.txt'], /`.*huge\.txt`: too large \(65 MB\)/],
    ['a missing file', ['missing.md'], /cannot read `.*missing\.md`: no such file or folder/],
    [
      'a folder with no text',
      ['images'],
      /`.*images`: no \.md, \.markdown, \.txt or \.text file in this folder$/m,
    ],
  ])('refuses %s with one line naming it, and writes nothing', async (_, inputs, message) => {
    const out = join(folder, `bad-${inputs[0]}.index`)
    const { code, err } = await run([
      'index',
      ...inputs.map((input) => join(folder, input)),
      '-o',
      out,
    ])
    expect(code).toBe(2)
    expect(err).toMatch(message)
    expect(err.split('\n')).toHaveLength(1)
    expect(existsSync(out)).toBe(false)
  })

  it.each([
    ['no --out', ['index', 'x.md'], /no --out/],
    ['no input', ['index', '--out', 'x.index'], /no input/],
    ['an unknown format', ['index', 'x.md', '-o', 'x.index', '-f', 'xml'], /unknown --format/],
  ])('is a usage error with %s', async (_, args, message) => {
    const { code, err } = await run(args)
    expect(code).toBe(2)
    expect(err).toMatch(message)
  })

  it('names an index it cannot read', async () => {
    await expect(readIndexFile(join(folder, 'not-an-index'))).rejects.toThrow(
      /not-an-index`: index format version 7 is not supported/,
    )
    expect(isIndexFile(join(folder, 'empty.md'))).toBe(false)
  })
})
