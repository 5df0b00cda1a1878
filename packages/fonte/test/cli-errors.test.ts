import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DocumentError, TermBaseError } from '@fonte/glossary'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../src/cli/args.js'
import { describeError } from '../src/cli/errors.js'
import { stdinText } from '../src/cli/io.js'
import { fonteIn } from './in-process.js'

/** What `readFile` throws for `path`. */
async function fileSystemError(path: string): Promise<unknown> {
  return readFile(path).catch((error: unknown) => error)
}

describe('describeError: the errors main reports on one line (exit 2), and the crashes it does not', () => {
  const place = { file: 'g.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 9 } }
  const rows: Array<[name: string, error: () => unknown, line: string | RegExp | undefined]> = [
    ['a usage error', () => new UsageError('no input'), 'no input'],
    [
      'a document error',
      () => new DocumentError('a.po', 2, 1, 'Unexpected end'),
      'a.po:2:1: Unexpected end',
    ],
    [
      'a term base error',
      () => new TermBaseError(place as never, 'Unexpected status'),
      'g.yaml:3:5: Unexpected status',
    ],
    [
      'a Markdown depth error',
      () =>
        Object.assign(new Error('a.md:1:65: Unexpected nesting'), { name: 'MarkdownDepthError' }),
      'a.md:1:65: Unexpected nesting',
    ],
    [
      'an unknown option',
      () =>
        Object.assign(new TypeError("Unknown option '--nope'"), {
          code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
        }),
      // Before: node's words, "Unknown option '--nope'. To specify a positional argument …".
      'unknown option `--nope` (see `fonte split --help`; a file whose name starts with - goes after --)',
    ],
    ['a TypeError of a bug', () => new TypeError('Cannot read properties of undefined'), undefined],
    ['an Error of a bug', () => new Error('index out of range'), undefined],
    [
      'a RangeError (stack overflow)',
      () => new RangeError('Maximum call stack size exceeded'),
      undefined,
    ],
    ['a thrown string', () => 'boom', undefined],
    [
      'an error with a code but no path',
      () => Object.assign(new Error('x'), { code: 'ENOENT' }),
      undefined,
    ],
  ]

  it.each(rows)('%s', (_, make, line) => {
    const described = describeError(make(), 'split')
    if (line instanceof RegExp) expect(described).toMatch(line)
    else expect(described).toBe(line)
  })

  it('names the file and the reason of a file-system error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-errors-'))
    expect(describeError(await fileSystemError(join(folder, 'nope.md')), 'split')).toBe(
      `cannot open \`${join(folder, 'nope.md')}\`: no such file or folder (ENOENT)`,
    )
    const file = join(folder, 'a.md')
    writeFileSync(file, 'Uno.\n')
    const made = await mkdir(join(file, 'sub')).catch((error: unknown) => error)
    expect(describeError(made, 'report')).toBe(
      `cannot write \`${join(file, 'sub')}\`: a file where a folder was expected on the way (ENOTDIR)`,
    )
  })
})

describe('standard input in UTF-16', () => {
  it('is read after its byte order mark, little- and big-endian', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Uno. Due.', 'utf16le')])
    const big = Buffer.from('Uno. Due.', 'utf16le').swap16()
    expect(stdinText(little)).toBe('Uno. Due.')
    expect(stdinText(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toBe('Uno. Due.')
  })

  it('is refused when it is cut in the middle of a character', () => {
    expect(() => stdinText(Buffer.from([0xff, 0xfe, 0x55]))).toThrow(/not valid UTF-16/)
  })
})

describe('a folder with no matching file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-empty-folder-'))
  writeFileSync(join(folder, 'a.md'), 'Uno. Due.\n')
  mkdirSync(join(folder, 'vuota'))
  writeFileSync(join(folder, 'vuota', 'dati.json'), '{}')

  it('is skipped with a warning beside other inputs', async () => {
    const { code, stdout, stderr } = await fonteIn(['split', 'a.md', 'vuota', '--summary'], {
      cwd: folder,
    })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^a\.md\s+2\s+0$/m)
    expect(stderr).toBe(
      'fonte split: warning: `vuota`: no .md, .markdown or .txt file in this folder, skipped\n',
    )
  })

  it('is an error when it is the only input: nothing to do is said, exit 2', async () => {
    const { code, stderr } = await fonteIn(['split', 'vuota'], { cwd: folder })
    expect(code).toBe(2)
    expect(stderr).toBe('fonte split: `vuota`: no .md, .markdown or .txt file in this folder\n')
  })
})

// One wording for a folder with nothing to read, whichever command searched it (before: index
// "no .md, .markdown or .txt file in this folder", align's --en "English source folder `x` holds
// no .md or .txt file", the others "no .md, .markdown, .txt file in this folder"); the list is
// the extensions the command reads, exit 2 as before.
describe('a folder with no text file, in every command that searches one', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-no-text-'))
  writeFileSync(join(folder, 'a.md'), 'Il governo ha approvato la legge.\n')
  writeFileSync(join(folder, 'g.yaml'), 'terms: []\n')
  mkdirSync(join(folder, 'vuota'))
  writeFileSync(join(folder, 'vuota', 'foto.png'), 'png')
  const read = '.md, .markdown or .txt'
  const sources = '.md, .markdown, .txt or .text'
  const lint = '.md, .markdown, .txt, .xlf, .xliff, .po or .pot'

  it.each([
    [['split', 'vuota'], read],
    [['report', 'vuota', '--out', 'r'], read],
    [['variants', 'vuota'], read],
    [['lint', 'vuota', '-g', 'g.yaml'], lint],
    [['index', 'vuota', '--out', 'x.index'], sources],
    [['align', 'a.md', '--en', 'vuota'], sources],
  ])('fonte %j', async (args, extensions) => {
    const { code, stdout, stderr } = await fonteIn(args, { cwd: folder })
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toBe(`fonte ${args[0]}: \`vuota\`: no ${extensions} file in this folder\n`)
  })
})
