import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPo, readXliff } from '@fonte/glossary/bilingual'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'

// The glossary package's term base of preferred terms that need escaping (`"`, `&`, `<`).
const termBase = readFileSync(
  new URL('../../glossary/test/fixtures/termbases/escapes.yaml', import.meta.url),
  'utf8',
)

const header = (charset = 'UTF-8') =>
  `msgid ""\nmsgstr ""\n"Project-Id-Version: test 1.0\\n"\n"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n"Last-Translator: Test <test@example.org>\\n"\n"Language-Team: Italian <it@example.org>\\n"\n"Language: it\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=${charset}\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n`

const catalogue = `${header()}#: pact.c:12
msgid "They signed a mutual defence pact, which the long source of this entry goes on to describe in words no reviewer needs to read whole."
msgstr "Hanno firmato un patto di difesa reciproca, che la lunga fonte descrive."

#: menu.c:3
#, c-format
msgid "Save As %s"
msgstr "Salva come %s"

msgid "one research and development lab"
msgid_plural "%d research and development labs"
msgstr[0] "un laboratorio di ricerca e sviluppo"
msgstr[1] "%d laboratori di ricerca e sviluppo"
`

const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="it" datatype="plaintext" original="x">
    <body>
      <trans-unit id="1">
        <source>research and development</source>
        <target>ricerca e sviluppo</target>
      </trans-unit>
      <trans-unit id="2">
        <source>Save As</source>
        <target>Salva come</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`

/** A scratch folder with the term base and the given files. */
function workspace(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-files-'))
  writeFileSync(join(folder, 'terms.yaml'), termBase)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), content)
  }
  return folder
}

const hasMsgfmt = spawnSync('msgfmt', ['--version']).status === 0

/** `msgfmt -c` on a file: its complaints, or '' when it passes. */
function msgfmt(path: string): string {
  const result = spawnSync('msgfmt', ['-c', '-o', '/dev/null', path], { encoding: 'utf8' })
  return result.status === 0 ? '' : result.stderr
}

describe('fonte lint on PO and XLIFF', { timeout: 60_000 }, () => {
  it('shows the Italian span and a shortened source in stylish, without padding', async () => {
    const folder = workspace({ 'it.po': catalogue })
    const { code, stdout } = await fonteIn(['lint', 'it.po', '-g', 'terms.yaml'], { cwd: folder })
    expect(code).toBe(1)
    expect(stdout).toContain('it: Hanno firmato un patto di [difesa reciproca], che la lunga fonte')
    expect(stdout).toMatch(
      /en: They signed a mutual defence pact, which the long source of this.{0,20}…\n/,
    )
    expect(stdout).not.toContain('in words no reviewer needs to read whole')
    for (const line of stdout.split('\n')) {
      expect(line.length).toBeLessThan(160)
      expect(line).not.toMatch(/\S {6,}\S|\s$/)
    }
    expect(stdout).toContain('✖ 4 errors')
  })

  it('reports plural forms, each at its msgstr text', async () => {
    const folder = workspace({ 'it.po': catalogue })
    const { stdout } = await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '-f', 'json'], {
      cwd: folder,
    })
    const messages = JSON.parse(stdout)[0].messages as Array<{ line: number; column: number }>
    expect(messages.map((message) => [message.line, message.column])).toEqual([
      [15, 35],
      [20, 9],
      [24, 30],
      [25, 29],
    ])
  })

  it('fixes a PO file so that msgfmt -c still passes, escaping quotes', async () => {
    const folder = workspace({ 'it.po': catalogue })
    const { code } = await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(code).toBe(0)
    const fixed = readFileSync(join(folder, 'it.po'), 'utf8')
    expect(fixed).toContain('msgstr "\\"Salva con nome\\" %s"')
    expect(readPo(fixed, 'it.po').map((segment) => segment.text)).toEqual([
      'Hanno firmato un patto di mutua difesa, che la lunga fonte descrive.',
      '"Salva con nome" %s',
      'un laboratorio di R&S <interna>',
      '%d laboratori di R&S <interna>',
    ])
    if (hasMsgfmt) expect(msgfmt(join(folder, 'it.po'))).toBe('')
  })

  it.runIf(hasMsgfmt)(
    'leaves a file msgfmt accepted acceptable to msgfmt -c after --fix-fuzzy',
    async () => {
      const folder = workspace({ 'it.po': catalogue })
      expect(msgfmt(join(folder, 'it.po'))).toBe('')
      await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix-fuzzy'], { cwd: folder })
      expect(msgfmt(join(folder, 'it.po'))).toBe('')
    },
  )

  it('marks fixed entries fuzzy with --fix-fuzzy', async () => {
    const folder = workspace({ 'it.po': catalogue })
    await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix-fuzzy'], { cwd: folder })
    const fixed = readFileSync(join(folder, 'it.po'), 'utf8')
    expect(fixed).toContain('#: pact.c:12\n#, fuzzy\nmsgid "They signed')
    expect(fixed).toContain('#, fuzzy, c-format\nmsgid "Save As %s"')
    expect(fixed).toContain('#, fuzzy\nmsgid "one research')
  })

  it('fixes an XLIFF file escaping & and <, and it still parses', async () => {
    const folder = workspace({ 'it.xlf': xliff })
    const { code } = await fonteIn(['lint', 'it.xlf', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(code).toBe(0)
    const fixed = readFileSync(join(folder, 'it.xlf'), 'utf8')
    expect(fixed).toContain('<target>R&amp;S &lt;interna&gt;</target>')
    expect(readXliff(fixed, 'it.xlf').map((segment) => segment.text)).toEqual([
      'R&S <interna>',
      '"Salva con nome"',
    ])
  })

  it('marks fixed XLIFF targets for review with --fix-fuzzy', async () => {
    const folder = workspace({
      'it.xlf': xliff.replace('<target>Salva come', '<target state="final">Salva come'),
    })
    await fonteIn(['lint', 'it.xlf', '-g', 'terms.yaml', '--fix-fuzzy'], { cwd: folder })
    const fixed = readFileSync(join(folder, 'it.xlf'), 'utf8')
    expect(fixed).toContain(
      '<target state="needs-review-translation">R&amp;S &lt;interna&gt;</target>',
    )
    expect(fixed).toContain(
      '<target state="needs-review-translation">&quot;Salva con nome&quot;</target>',
    )
  })

  it('keeps the file mode, and a symbolic link, when fixing', async () => {
    const folder = workspace({ 'real/it.po': catalogue })
    chmodSync(join(folder, 'real/it.po'), 0o640)
    symlinkSync(join(folder, 'real/it.po'), join(folder, 'it.po'))
    await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(statSync(join(folder, 'real/it.po')).mode & 0o777).toBe(0o640)
    expect(readFileSync(join(folder, 'it.po'), 'utf8')).toContain('mutua difesa')
    expect(readdirSync(join(folder, 'real'))).toEqual(['it.po'])
  })

  it('fixes a Latin-1 file in Latin-1, byte for byte elsewhere, never with U+FFFD', async () => {
    const text = `${header('ISO-8859-1')}msgid "mutual defence"\nmsgstr "Perché la difesa reciproca è così"\n`
    const bytes = Buffer.from(text, 'latin1')
    const folder = workspace({ 'it.po': bytes })
    const { code, stdout } = await fonteIn(['lint', 'it.po', '-g', 'terms.yaml'], { cwd: folder })
    expect(code).toBe(1)
    expect(stdout).toContain('it: Perché la [difesa reciproca] è così')
    expect(
      (await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix'], { cwd: folder })).code,
    ).toBe(0)
    const fixed = readFileSync(join(folder, 'it.po'))
    expect(fixed).toEqual(Buffer.from(text.replace('difesa reciproca', 'mutua difesa'), 'latin1'))
    expect(fixed.toString('latin1')).not.toContain('\uFFFD')
    if (hasMsgfmt) expect(msgfmt(join(folder, 'it.po'))).toBe('')
  })

  it('fixes a UTF-16 XLIFF file in UTF-16, byte order mark kept', async () => {
    const text = xliff.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const folder = workspace({ 'it.xlf': bytes })
    const { code } = await fonteIn(['lint', 'it.xlf', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(code).toBe(0)
    const fixed = readFileSync(join(folder, 'it.xlf'))
    expect(fixed.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]))
    expect(fixed.subarray(2).toString('utf16le')).toContain(
      '<target>R&amp;S &lt;interna&gt;</target>',
    )
  })

  it('reads a Latin-1 catalogue from standard input as its charset says', async () => {
    const text = `${header('ISO-8859-1')}msgid "mutual defence"\nmsgstr "Perché la difesa reciproca è così"\n`
    const { stdout } = await fonteIn(
      ['lint', '-', '--stdin-filename', 'it.po', '-g', 'terms.yaml'],
      {
        cwd: workspace({}),
        inputBytes: Buffer.from(text, 'latin1'),
      },
    )
    expect(stdout).toContain('it: Perché la [difesa reciproca] è così')
  })

  it('refuses a UTF-8 catalogue on standard input whose bytes are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${header()}msgid "mutual defence"\nmsgstr "difesa reciproca `),
      Buffer.from([0xe8]),
      Buffer.from('"\n'),
    ])
    const result = await fonteIn(['lint', '-', '--stdin-filename', 'it.po', '-g', 'terms.yaml'], {
      cwd: workspace({}),
      inputBytes: bytes,
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cannot read standard input: not valid UTF-8 \(line 14/)
  })

  it('refuses a file that is not valid UTF-8 with --fix even when there is nothing to fix', async () => {
    const content = Buffer.from('# Nota\n\nCaffè e città, niente da correggere.\n', 'latin1')
    const folder = workspace({ 'nota.md': content })
    const result = await fonteIn(['lint', 'nota.md', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/cannot read `nota\.md`: not valid UTF-8 \(line 3\)/)
    expect(readFileSync(join(folder, 'nota.md'))).toEqual(content)
  })

  const refused: Array<[name: string, content: Buffer, message: RegExp]> = [
    [
      'a fix Latin-1 has no byte for',
      Buffer.from(`${header('ISO-8859-1')}msgid "euro sign"\nmsgstr "il segno euro"\n`, 'latin1'),
      /cannot fix `it\.po`: ISO-8859-1 has no byte for `€`/,
    ],
    [
      'a file in an encoding fonte does not write',
      Buffer.concat([
        Buffer.from(
          `${header('KOI8-R')}msgid "mutual defence"\nmsgstr "difesa reciproca `,
          'latin1',
        ),
        Buffer.from([0xc1, 0xc2]),
        Buffer.from('"\n'),
      ]),
      /cannot fix `it\.po`: it is in koi8-r: fonte writes fixes only into UTF-8 and ISO-8859-1/,
    ],
    [
      'a file that is not valid UTF-8',
      Buffer.concat([
        Buffer.from(`${header()}msgid "mutual defence"\nmsgstr "difesa reciproca `),
        Buffer.from([0xe8]),
        Buffer.from('"\n'),
      ]),
      /cannot read `it\.po`: not valid UTF-8 \(line 14 of a file that declares utf-8\)/,
    ],
  ]
  for (const [name, content, message] of refused) {
    it(`exits 2 without writing on ${name}`, async () => {
      const folder = workspace({ 'it.po': content })
      const result = await fonteIn(['lint', 'it.po', '-g', 'terms.yaml', '--fix'], { cwd: folder })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(readFileSync(join(folder, 'it.po'))).toEqual(content)
    })
  }

  it('writes the report to a file with -o', async () => {
    const folder = workspace({ 'it.po': catalogue })
    const { code, stdout } = await fonteIn(
      ['lint', 'it.po', '-g', 'terms.yaml', '-f', 'json', '-o', 'report.json'],
      { cwd: folder },
    )
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'))[0].errorCount).toBe(4)
  })

  it('creates the folder of -o, and lints a file named twice once', async () => {
    const folder = workspace({ 'po/it.po': catalogue })
    const { code } = await fonteIn(
      [
        'lint',
        'po/it.po',
        'po',
        './po/it.po',
        '-g',
        'terms.yaml',
        '-f',
        'json',
        '-o',
        'out/r.json',
      ],
      { cwd: folder },
    )
    expect(code).toBe(1)
    const report = JSON.parse(readFileSync(join(folder, 'out/r.json'), 'utf8'))
    expect(report.map((result: { filePath: string }) => result.filePath)).toEqual(['po/it.po'])
  })

  it('reads PO and XLIFF from standard input named by --stdin-filename', async () => {
    const folder = workspace({})
    const po = await fonteIn(
      ['lint', '-', '--stdin-filename', 'it.po', '-g', 'terms.yaml', '-f', 'json'],
      {
        cwd: folder,
        input: catalogue,
      },
    )
    expect(JSON.parse(po.stdout)[0]).toMatchObject({ filePath: 'it.po', errorCount: 4 })
    const xlf = await fonteIn(
      ['lint', '-', '--stdin-filename', 'it.xlf', '-g', 'terms.yaml', '-f', 'json'],
      {
        cwd: folder,
        input: xliff,
      },
    )
    expect(JSON.parse(xlf.stdout)[0]).toMatchObject({ filePath: 'it.xlf', errorCount: 2 })
  })

  it('exits 2 on a malformed PO file, naming file, line and column in one line', async () => {
    const folder = workspace({ 'bad.po': `${header()}msgid "a"\nmsgstr "b\\q"\n` })
    const result = await fonteIn(['lint', 'bad.po', '-g', 'terms.yaml'], { cwd: folder })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'fonte lint: bad.po:14:10: Unexpected escape `\\q`, expected one of \\a \\b \\f \\n \\r \\t \\v \\\\ \\" or an octal or hex byte\n',
    )
  })

  it('reports no finding twice for one rule and range', async () => {
    const folder = workspace({ 'it.po': catalogue, 'it.xlf': xliff })
    const { stdout } = await fonteIn(
      ['lint', 'it.po', 'it.xlf', '-g', 'terms.yaml', '-f', 'json'],
      {
        cwd: folder,
      },
    )
    for (const result of JSON.parse(stdout) as Array<{
      messages: Array<Record<string, unknown>>
    }>) {
      const keys = result.messages.map((message) =>
        [message.ruleId, message.line, message.column, message.endLine, message.endColumn].join(
          ':',
        ),
      )
      expect(new Set(keys).size).toBe(keys.length)
    }
  })
})

describe('fonte lint ignore files', { timeout: 60_000 }, () => {
  const files = {
    'po/it.po': catalogue,
    'po/vendor/it.po': catalogue,
    'po/old/it.po': catalogue,
    'po/old/keep.po': catalogue,
    'po/it.xlf': xliff,
  }
  const linted = async (folder: string, args: string[]) => {
    const { stdout, stderr, code } = await fonteIn(
      ['lint', ...args, '-g', 'terms.yaml', '-f', 'json'],
      {
        cwd: folder,
      },
    )
    return {
      code,
      stderr,
      paths: stdout
        ? JSON.parse(stdout).map((result: { filePath: string }) => result.filePath)
        : [],
    }
  }

  it('leaves out what .fonteignore names, in gitignore syntax', async () => {
    const folder = workspace({
      ...files,
      '.fonteignore': '# vendored\nvendor/\n/po/old/*\n!/po/old/keep.po\n*.xlf\n',
    })
    expect((await linted(folder, ['po'])).paths).toEqual(['po/it.po', 'po/old/keep.po'])
  })

  it('reads --ignore-path and --ignore-pattern, and lints everything with --no-ignore', async () => {
    const folder = workspace({ ...files, 'ignore.txt': 'po/old/\n' })
    expect(
      (
        await linted(folder, [
          'po',
          '--ignore-path',
          'ignore.txt',
          '--ignore-pattern',
          '**/vendor/**',
        ])
      ).paths,
    ).toEqual(['po/it.po', 'po/it.xlf'])
    expect(
      (await linted(folder, ['po', '--ignore-pattern', '*', '--no-ignore'])).paths,
    ).toHaveLength(5)
  })

  it('reads ignorePatterns from .fonterc.json, relative to it', async () => {
    const folder = workspace({
      ...files,
      '.fonterc.json': JSON.stringify({
        glossary: ['terms.yaml'],
        ignorePatterns: ['/po/old/', 'vendor/'],
      }),
    })
    expect((await linted(folder, ['po'])).paths).toEqual(['po/it.po', 'po/it.xlf'])
  })

  it('warns about an ignored file named on the command line, and exits 2 when a folder is all ignored', async () => {
    const folder = workspace({ ...files, '.fonteignore': 'po/\n' })
    const named = await linted(folder, ['po/it.po'])
    expect(named.paths).toEqual([])
    expect(named.stderr).toContain(
      'po/it.po: warning: file ignored because of a matching ignore pattern',
    )
    const all = await linted(folder, ['po'])
    expect(all.code).toBe(2)
    expect(all.stderr).toContain('all files matched by po are ignored')
  })
})

describe('atomic writes', { timeout: 60_000 }, () => {
  it('leaves the file whole when the disk fills up during the write', async () => {
    const { writeFileAtomic } = await import('../src/cli/write-file.js')
    const folder = workspace({ 'it.po': catalogue })
    const path = join(folder, 'it.po')
    const { open } = await import('node:fs/promises')
    let written = 0
    const full = async (file: string, flags: string, mode: number) => {
      const handle = await open(file, flags, mode)
      const write = handle.write.bind(handle) as (
        ...args: unknown[]
      ) => Promise<{ bytesWritten: number }>
      ;(handle as unknown as { write: unknown }).write = async (...args: unknown[]) => {
        if (written++ > 0)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        return write(...args)
      }
      return handle
    }
    await expect(writeFileAtomic(path, 'x'.repeat(1 << 20), { open: full })).rejects.toThrow(
      /ENOSPC/,
    )
    expect(readFileSync(path, 'utf8')).toBe(catalogue)
    expect(readdirSync(folder).sort()).toEqual(['it.po', 'terms.yaml'])
  })

  const dist = new URL('../dist/cli/write-file.js', import.meta.url).pathname
  it.runIf(existsSync(dist))(
    'leaves the file whole when the process is killed during the write',
    { timeout: 120_000 },
    async () => {
      const folder = workspace({ 'it.po': catalogue })
      const path = join(folder, 'it.po')
      // A child writing 256 MiB over the file; killed as soon as its temporary file appears.
      const script = `import { writeFileAtomic } from ${JSON.stringify(dist)}
await writeFileAtomic(${JSON.stringify(path)}, Buffer.alloc(256 * 1024 * 1024, 120))`
      const { spawn } = await import('node:child_process')
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: 'ignore',
      })
      const exited = new Promise((done) => child.on('exit', done))
      const deadline = Date.now() + 60_000
      while (!readdirSync(folder).some((name) => name.endsWith('.tmp')) && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 5))
      }
      child.kill('SIGKILL')
      await exited
      expect(readFileSync(path, 'utf8')).toBe(catalogue)
    },
  )
})

describe.runIf(hasMsgfmt)('msgfmt agrees the fixtures are valid', { timeout: 60_000 }, () => {
  it('accepts the test catalogue', () => {
    const folder = workspace({ 'it.po': catalogue })
    expect(() =>
      execFileSync('msgfmt', ['-c', '-o', '/dev/null', join(folder, 'it.po')]),
    ).not.toThrow()
  })
})
