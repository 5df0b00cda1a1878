import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stdinText } from '../src/cli/io.js'
import { fonteIn } from './in-process.js'

/** A scratch folder holding `files` (text as UTF-8, buffers as they are). */
function workspace(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-bad-input-'))
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, content)
  }
  mkdirSync(join(folder, 'empty'))
  return folder
}

const article = 'Il ministro ha detto: «Non ci fermeremo». Poi è partito.\n'
const english =
  'The minister said on Monday: "We will not stop." Then he left the building in Rome, where the\n' +
  'government had met for three hours to discuss the budget and the new rules for the ports.\n'

const folder = workspace({
  'articolo.md': article,
  'sources.en.md': english,
  'glossary.yaml': 'terms:\n  - it: ministro\n    en: minister\n',
  // Café e città in Latin-1, on the second line: read as UTF-8 it would silently become U+FFFD.
  'latin1.md': Buffer.concat([Buffer.from('Prima riga.\nCaf'), Buffer.from([0xe8, 0x20, 0x65])]),
  'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xd8]),
  'nul.md': 'Testo\u0000con un NUL.\n',
  'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Uno. Due.\n', 'utf16le')]),
})

// Each row: the arguments, and what the one line on standard error must say.
const refused: Array<[args: string[], message: RegExp]> = [
  [['split', 'latin1.md'], /^fonte split: cannot read `latin1\.md`: not valid UTF-8 \(line 2\)/],
  [['split', 'image.md'], /^fonte split: `image\.md`: a binary file, expected text$/],
  [['split', 'nul.md'], /^fonte split: `nul\.md` looks binary, not text$/],
  [['split', 'empty'], /^fonte split: `empty`: no \.md, \.markdown or \.txt file in this folder$/],
  [['split', 'empty/'], /^fonte split: `empty\/`: no \.md, .*file in this folder$/],
  [
    ['lint', 'latin1.md', '-g', 'glossary.yaml'],
    /^fonte lint: cannot read `latin1\.md`: not valid/,
  ],
  [['lint', 'image.md', '-g', 'glossary.yaml'], /^fonte lint: `image\.md`: a binary file/],
  [['align', 'latin1.md', '--en', 'sources.en.md'], /cannot read `latin1\.md`: not valid UTF-8/],
  [['align', 'articolo.md', '--en', 'latin1.md'], /cannot read `latin1\.md`: not valid UTF-8/],
  [
    ['align', 'articolo.md', '--en', 'empty'],
    /`empty`: no \.md, \.markdown, \.txt or \.text file in this folder/,
  ],
  [['variants', 'articolo.md', '--en', 'nul.md'], /^fonte variants: `nul\.md` looks binary/],
  [['report', 'articolo.md', '--en', 'image.md'], /^fonte report: `image\.md`: a binary file/],
  [
    ['report', 'articolo.md', '--out', 'articolo.md'],
    /^fonte report: --out `articolo\.md`: a file/,
  ],
  [['report', 'articolo.md', '--out', 'articolo.md/sub'], /cannot write the report to `.*`: E/],
]

describe('fonte on bad input: one line naming the file, exit 2', () => {
  it.each(refused)(
    '%j',
    async (args, message) => {
      const { code, stdout, stderr } = await fonteIn(args, { cwd: folder })
      const lines = stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('fonte: note:'))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(message)
      expect(stdout).toBe('')
      expect(code).toBe(2)
    },
    30_000,
  )

  it('writes no report when its --out cannot be used', async () => {
    await fonteIn(['report', 'articolo.md', '--out', 'articolo.md/sub'], { cwd: folder })
    expect(readFileSync(join(folder, 'articolo.md'), 'utf8')).toBe(article)
    expect(existsSync(join(folder, 'fonte-report'))).toBe(false)
  }, 30_000)
})

describe('fonte report on standard input', () => {
  it('names the page of an article read from - stdin.html', async () => {
    const { code } = await fonteIn(
      ['report', '-', '--en', 'sources.en.md', '--out', 'stdin-report', '--jobs', '1'],
      { cwd: folder, input: article },
    )
    expect(code).toBe(0)
    expect(existsSync(join(folder, 'stdin-report', 'stdin.html'))).toBe(true)
    expect(existsSync(join(folder, 'stdin-report', '-.html'))).toBe(false)
  }, 60_000)
})

describe('fonte on text in other encodings', () => {
  it('splits a UTF-16 file with a byte order mark as text', async () => {
    const { code, stdout } = await fonteIn(['split', 'utf16.md', '--format', 'jsonl'], {
      cwd: folder,
    })
    expect(code).toBe(0)
    const texts = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text)
    expect(texts).toEqual(['Uno.', 'Due.'])
  })

  it('keeps a UTF-8 byte order mark and CRLF line ends in the offsets', async () => {
    const text = '\uFEFFPrima frase.\r\nSeconda frase.\r\n'
    const crlf = workspace({ 'crlf.md': text })
    const { stdout } = await fonteIn(['split', 'crlf.md', '--format', 'json'], { cwd: crlf })
    const [file] = JSON.parse(stdout) as Array<{
      sentences: Array<{ text: string; start: number; end: number; line: number }>
    }>
    expect(file?.sentences.map(({ text: t, line }) => [t, line])).toEqual([
      ['Prima frase.', 1],
      ['Seconda frase.', 2],
    ])
    for (const sentence of file?.sentences ?? [])
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})

describe('standard input', () => {
  it('is read as UTF-8, a byte order mark kept', () => {
    expect(stdinText(Buffer.from('\uFEFFUno. Due.\n'))).toBe('\uFEFFUno. Due.\n')
  })

  it('is refused, naming the line, when it is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Uno.\nCaf'), Buffer.from([0xe8]), Buffer.from('.')])
    expect(() => stdinText(bytes)).toThrow(
      /^cannot read standard input: not valid UTF-8 \(line 2\)/,
    )
  })
})

describe('fonte align and index on the paths a user gives', () => {
  it('aligns an article read from standard input with -', async () => {
    const { code, stdout } = await fonteIn(
      ['align', '-', '--en', 'sources.en.md', '--format', 'json'],
      { cwd: folder, input: article },
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {
      file: string
      quotes: Array<{ start: number; end: number; text: string }>
    }
    expect(result.file).toBe('-')
    for (const quote of result.quotes)
      expect(article.slice(quote.start, quote.end)).toBe(quote.text)
    expect(result.quotes.map((quote) => quote.text)).toContain('Non ci fermeremo')
  }, 30_000)

  it('writes an index into a folder that does not exist yet', async () => {
    const { code, stderr } = await fonteIn(
      ['index', 'sources.en.md', '--out', 'indexes/new/wire.fonte-index'],
      { cwd: folder },
    )
    expect(stderr.split('\n').filter((line) => line && !line.startsWith('fonte: note:'))).toEqual(
      [],
    )
    expect(code).toBe(0)
    expect(existsSync(join(folder, 'indexes/new/wire.fonte-index'))).toBe(true)
  }, 30_000)

  it('indexes a story read from standard input with -, and refuses one that is not English', async () => {
    const read = await fonteIn(['index', '-', '--out', 'stdin.fonte-index', '--format', 'json'], {
      cwd: folder,
      input: english,
    })
    expect(read.code).toBe(0)
    expect(JSON.parse(read.stdout)).toMatchObject({ files: 1 })
    const italian = await fonteIn(['index', '-', '--out', 'it.fonte-index'], {
      cwd: folder,
      input: article.repeat(4),
    })
    expect(italian.stderr).toMatch(/^fonte index: English source `-` looks Italian, not English$/m)
    expect(italian.code).toBe(2)
  }, 30_000)

  it('exits 2 naming --out when the index cannot be written there', async () => {
    const { code, stderr } = await fonteIn(
      ['index', 'sources.en.md', '--out', 'articolo.md/wire.fonte-index'],
      { cwd: folder },
    )
    expect(stderr).toMatch(
      /^fonte index: cannot write `articolo\.md\/wire\.fonte-index` \(--out\): ENOTDIR, /m,
    )
    expect(code).toBe(2)
  }, 30_000)
})

const termBase =
  'concepts:\n  - id: ministry\n    en: [ministry]\n    it:\n      - term: dicastero\n        status: preferred\n      - term: ministero\n        status: forbidden\n'

const isLinux = process.platform === 'linux'
const deep = `${'> '.repeat(10_000)}ciao\n`

describe('fonte on paths that are not files, and deep documents: one line, exit 2, no hang', () => {
  const paths = workspace({
    'articolo.md': article,
    'sources.en.md': english,
    'glossary.yaml': termBase,
    'deep.md': deep,
  })
  mkdirSync(join(paths, 'folder.md'))
  // A named pipe with no writer: opening it to read would wait for ever.
  const fifo = join(paths, 'pipe.md')
  const hasFifo = spawnSync('mkfifo', [fifo]).status === 0

  const rows: Array<[args: string[], message: RegExp, when?: boolean]> = [
    [
      ['split', 'pipe.md'],
      /^fonte split: cannot read `pipe\.md`: a named pipe, expected a file/,
      hasFifo,
    ],
    [
      ['lint', 'pipe.md', '-g', 'glossary.yaml'],
      /^fonte lint: cannot read `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['lint', 'articolo.md', '-g', 'pipe.md'],
      /^fonte lint: cannot read term base `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['lint', 'articolo.md', 'deep.md', '--jobs', '2', '-g', 'pipe.md'],
      /^fonte lint: cannot read term base `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['align', 'articolo.md', '--en', 'pipe.md'],
      /^fonte align: cannot read `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['variants', 'pipe.md', '--en', 'sources.en.md'],
      /^fonte variants: cannot read `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['index', 'pipe.md', '--out', 'x.index'],
      /^fonte index: cannot read `pipe\.md`: a named pipe/,
      hasFifo,
    ],
    [
      ['align', 'folder.md', '--en', 'sources.en.md'],
      /^fonte align: cannot read `folder\.md`: a folder, expected a file$/,
    ],
    [['split', 'missing.md'], /^fonte split: cannot read `missing\.md`: no such file or folder$/],
    [
      ['lint', 'missing.md', '-g', 'glossary.yaml'],
      /^fonte lint: cannot read `missing\.md`: no such file/,
    ],
    [
      ['align', 'missing.md', '--en', 'sources.en.md'],
      /^fonte align: cannot read `missing\.md`: no such file/,
    ],
    [
      ['index', 'missing.md', '--out', 'x.index'],
      /^fonte index: cannot read `missing\.md`: no such file/,
    ],
    [
      ['split', '/proc/self/mem'],
      /^fonte split: cannot read `\/proc\/self\/mem`: an input\/output error \(EIO\)$/,
      isLinux,
    ],
    [
      ['lint', 'deep.md', '-g', 'glossary.yaml'],
      /^fonte lint: deep\.md:1:\d+: Unexpected .*nested/,
    ],
    [
      ['align', 'deep.md', '--en', 'sources.en.md'],
      /^fonte align: deep\.md:1:\d+: Unexpected .*nested/,
    ],
    [
      ['variants', 'deep.md', '--en', 'sources.en.md'],
      /^fonte variants: deep\.md:1:\d+: Unexpected .*nested/,
    ],
    [
      ['index', 'sources.en.md', '--out', '/proc/nope/x.index'],
      /^fonte index: cannot write `\/proc\/nope\/x\.index` \(--out\): ENOENT/,
      isLinux,
    ],
    [
      ['lint', 'articolo.md', '-g', 'glossary.yaml', '-o', '/proc/nope/r.txt'],
      /^fonte lint: cannot write `\/proc\/nope\/r\.txt` \(--output-file\): ENOENT/,
      isLinux,
    ],
    [
      ['lint', 'articolo.md', '-g', 'glossary.yaml', '-o', 'folder.md'],
      /^fonte lint: cannot write `folder\.md` \(--output-file\): EISDIR/,
    ],
  ]

  it.each(rows)(
    '%j',
    async (args, message, when = true) => {
      if (!when) return // mkfifo or /proc missing on this system
      const { code, stdout, stderr } = await fonteIn(args, { cwd: paths })
      const lines = stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('fonte: note:'))
      expect(lines).toEqual([expect.stringMatching(message)])
      expect(stdout).toBe('')
      expect(code).toBe(2)
    },
    30_000,
  )

  it('skips a named pipe found in a folder', async () => {
    if (!hasFifo) return
    const { code, stdout } = await fonteIn(['split', '.', '--summary', '--format', 'json'], {
      cwd: paths,
    })
    expect(code).toBe(0)
    const files = (JSON.parse(stdout) as Array<{ file: string }>).map((entry) => entry.file)
    expect(files).toContain('articolo.md')
    expect(files).not.toContain('pipe.md')
  }, 30_000)
})

describe('fonte lint --fix on a read-only file', () => {
  const text = 'Il ministero ha detto.\n'
  /** What a run wrote to standard error, a line each, without the note of a missing lexicon. */
  const problems = (stderr: string) =>
    stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('fonte: note:'))

  it('refuses it on one line naming the file, exit 2, and leaves it untouched', async () => {
    const folder = workspace({ 'fisso.md': text, 'glossary.yaml': termBase })
    chmodSync(join(folder, 'fisso.md'), 0o444)
    const before = statSync(join(folder, 'fisso.md'))
    const { code, stderr } = await fonteIn(['lint', 'fisso.md', '-g', 'glossary.yaml', '--fix'], {
      cwd: folder,
    })
    expect(problems(stderr)).toEqual([
      'fonte lint: cannot fix `fisso.md`: the file is read-only; it is unchanged',
    ])
    expect(code).toBe(2)
    expect(readFileSync(join(folder, 'fisso.md'), 'utf8')).toBe(text)
    expect(statSync(join(folder, 'fisso.md')).mtimeMs).toBe(before.mtimeMs)
  }, 30_000)

  it('names each read-only file on a line of its own', async () => {
    const folder = workspace({ 'a.md': text, 'b.md': text, 'glossary.yaml': termBase })
    for (const file of ['a.md', 'b.md']) chmodSync(join(folder, file), 0o444)
    const { code, stderr } = await fonteIn(
      ['lint', 'a.md', 'b.md', '-g', 'glossary.yaml', '--fix'],
      { cwd: folder },
    )
    // They were one line joined by an escaped `\n`.
    expect(problems(stderr)).toEqual([
      'fonte lint: cannot fix `a.md`: the file is read-only; it is unchanged',
      'fonte lint: cannot fix `b.md`: the file is read-only; it is unchanged',
    ])
    expect(code).toBe(2)
  }, 30_000)
})

describe('fonte on UTF-16 with a byte order mark', () => {
  const utf16 = (text: string) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  const folder = workspace({
    'articolo.md': utf16(article),
    'sources.en.md': utf16(english),
    'articolo-ministero.md': utf16('Il ministero ha detto: «Non ci fermeremo».\n'),
    'glossary.yaml': termBase,
  })

  it('lints it as text: the forbidden term is found', async () => {
    const { code, stdout } = await fonteIn(
      ['lint', 'articolo-ministero.md', '-g', 'glossary.yaml', '--format', 'json'],
      { cwd: folder },
    )
    expect(stdout).toMatch(/forbidden term `ministero`/)
    expect(code).toBe(1)
  }, 30_000)

  it('aligns an article and a source in UTF-16', async () => {
    const { code, stdout } = await fonteIn(
      ['align', 'articolo.md', '--en', 'sources.en.md', '--format', 'json'],
      { cwd: folder },
    )
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as { quotes: Array<{ text: string }> }
    expect(result.quotes.map((quote) => quote.text)).toContain('Non ci fermeremo')
  }, 30_000)

  it('indexes a UTF-16 English source', async () => {
    const { code } = await fonteIn(['index', 'sources.en.md', '--out', 'wire.index'], {
      cwd: folder,
    })
    expect(code).toBe(0)
  }, 30_000)
})
