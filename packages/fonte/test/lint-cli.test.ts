import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'
import { fonte } from './process.js'

const root = new URL('../../../', import.meta.url).pathname
const houseGlossary = join(root, 'glossary/fonte.glossary.yaml')
const require = createRequire(import.meta.url)

/** A scratch folder with an article and a term base. */
function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-lint-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}

const termBase = `concepts:
  - id: mutual-defence
    en: [mutual defence]
    it:
      - term: mutua difesa
        status: preferred
      - term: difesa reciproca
        status: forbidden
  - id: seoul
    en: [Seoul]
    it:
      - term: Seul
        status: preferred
      - term: Seoul
        status: admitted
`

describe('fonte lint (in process)', { timeout: 60_000 }, () => {
  // Whole-corpus runs: generous timeouts, the machine may be busy.
  it(
    'exits 1 on the corpus, whose findings are real, and names them',
    { timeout: 120_000 },
    async () => {
      const { code, stdout } = await fonteIn([
        'lint',
        join(root, 'corpus-it'),
        '--glossary',
        houseGlossary,
      ])
      expect(code).toBe(1)
      expect(stdout).toContain(
        'Unexpected forbidden term `difesa reciproca` for *mutual defence*, expected `mutua difesa`',
      )
      expect(stdout).toMatch(/\d+ messages \(✖ \d+ errors, ⚠ \d+ warnings\)/)
    },
  )

  it(
    'gives the same results on worker threads, streamed as JSON Lines in input order',
    { timeout: 180_000 },
    async () => {
      const args = [
        'lint',
        join(root, 'corpus-it'),
        '--glossary',
        houseGlossary,
        '--format',
        'jsonl',
      ]
      // Worker threads load the built modules (dist/pool/lint-worker.js): the bin, as a process.
      const alone = await fonte([...args, '--jobs', '1'])
      const pooled = await fonte([...args, '--jobs', '2'])
      expect(pooled.code).toBe(1)
      expect(pooled.stdout).toBe(alone.stdout)
      const lines = pooled.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(lines.map((line) => line.filePath.replace(/^.*corpus-it\//, ''))).toEqual([
        '000_19c8cfac660a9fd1/article.md',
        '001_e5ec2026e526605b/article.md',
        '002_caa2eb07dbab2506/article.md',
        '003_0fe9d0c54a8cbe3a/article.md',
        '004_801a60821ca2dda5/article.md',
      ])
    },
  )
})

// Smaller cases.
describe('fonte lint', { timeout: 60_000 }, () => {
  it('expands a quoted glob', async () => {
    const { code, stdout } = await fonteIn(
      ['lint', 'corpus-it/00[01]*/article.md', '-g', houseGlossary, '-f', 'json'],
      { cwd: root },
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout).map((result: { filePath: string }) => result.filePath)).toEqual([
      'corpus-it/000_19c8cfac660a9fd1/article.md',
      'corpus-it/001_e5ec2026e526605b/article.md',
    ])
  })

  it('exits 0 without errors, even with warnings', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'Da Seul a Seoul.\n' })
    const { code, stdout } = await fonteIn(['lint', 'a.md', '-g', 'terms.yaml'], { cwd: folder })
    expect(code).toBe(0)
    expect(stdout).toContain('inconsistent-term')
  })

  it('exits 1 when warnings pass --max-warnings', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'Da Seul a Seoul.\n' })
    const { code, stderr } = await fonteIn(
      ['lint', 'a.md', '-g', 'terms.yaml', '--max-warnings', '0'],
      { cwd: folder },
    )
    expect(code).toBe(1)
    expect(stderr).toContain('1 warning, more than --max-warnings 0')
  })

  it('exits 0 with --exit-zero', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'La difesa reciproca.\n' })
    expect(
      (await fonteIn(['lint', 'a.md', '-g', 'terms.yaml', '--exit-zero'], { cwd: folder })).code,
    ).toBe(0)
  })

  it('prints ESLint-compatible JSON', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'Titolo\n\nLa difesa reciproca.\n' })
    const { code, stdout } = await fonteIn(
      ['lint', 'a.md', '-g', 'terms.yaml', '--format', 'json'],
      {
        cwd: folder,
      },
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: 'a.md',
        messages: [
          {
            ruleId: 'forbidden-term',
            severity: 2,
            message:
              'Unexpected forbidden term `difesa reciproca` for *mutual defence*, expected `mutua difesa`',
            line: 3,
            column: 4,
            endLine: 3,
            endColumn: 20,
            fix: { range: [11, 27], text: 'mutua difesa' },
            suggestions: [
              {
                desc: 'Replace with `mutua difesa`',
                fix: { range: [11, 27], text: 'mutua difesa' },
              },
            ],
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ])
  })

  it('prints SARIF 2.1.0 that validates against the SARIF schema', async () => {
    const folder = workspace({
      'terms.yaml': termBase,
      'a.md': 'La difesa reciproca. Da Seul a Seoul.\n',
    })
    const { code, stdout } = await fonteIn(
      ['lint', 'a.md', '-g', 'terms.yaml', '--format', 'sarif'],
      { cwd: folder },
    )
    expect(code).toBe(1)
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    // The published schema is draft-04 and has patterns that are not valid Unicode regexps.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
    const log = JSON.parse(stdout)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(
      log.runs[0].results.map((result: { ruleId: string; level: string }) => [
        result.ruleId,
        result.level,
      ]),
    ).toEqual([
      ['forbidden-term', 'error'],
      ['inconsistent-term', 'warning'],
    ])
  })

  it('prints GitHub workflow annotations', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'La difesa reciproca.\n' })
    const { stdout } = await fonteIn(['lint', 'a.md', '-g', 'terms.yaml', '--format', 'github'], {
      cwd: folder,
    })
    expect(stdout.trim()).toBe(
      '::error file=a.md,line=1,col=4,endLine=1,endColumn=20,title=fonte forbidden-term::Unexpected forbidden term `difesa reciproca` for *mutual defence*, expected `mutua difesa` (fix: mutua difesa)',
    )
  })

  it('fixes files with --fix and reports what is left', async () => {
    const folder = workspace({ 'terms.yaml': termBase, 'a.md': 'Le difese reciproche.\n' })
    const { code } = await fonteIn(['lint', 'a.md', '-g', 'terms.yaml', '--fix'], { cwd: folder })
    expect(code).toBe(0)
    expect(readFileSync(join(folder, 'a.md'), 'utf8')).toBe('Le mutue difese.\n')
  })

  it('checks a Markdown translation against its English source with --source', async () => {
    const folder = workspace({
      'terms.yaml': termBase,
      'a.md': 'Un patto.\n',
      'a.en.md': 'A mutual defence pact.\n',
    })
    const { code, stdout } = await fonteIn(
      ['lint', 'a.md', '-g', 'terms.yaml', '--source', 'a.en.md', '-f', 'json'],
      {
        cwd: folder,
      },
    )
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].messages[0].ruleId).toBe('missing-term')
  })

  it('reads term bases and rules from .fonterc.json', async () => {
    const folder = workspace({
      'terms.yaml': termBase,
      '.fonterc.json': JSON.stringify({
        glossary: ['terms.yaml'],
        rules: { 'forbidden-term': 'warn' },
      }),
      'a.md': 'La difesa reciproca.\n',
    })
    const { code, stdout } = await fonteIn(['lint', 'a.md', '-f', 'json'], { cwd: folder })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0].warningCount).toBe(1)
  })

  it('reads standard input as Markdown', async () => {
    const folder = workspace({ 'terms.yaml': termBase })
    const { code, stdout } = await fonteIn(['lint', '-', '-g', 'terms.yaml', '-f', 'json'], {
      cwd: folder,
      input: 'La difesa reciproca.',
    })
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].errorCount).toBe(1)
  })

  const usageErrors: Array<
    [name: string, files: Record<string, string>, args: string[], stderr: RegExp]
  > = [
    [
      'a missing input file',
      { 'terms.yaml': termBase },
      ['nope.md', '-g', 'terms.yaml'],
      /cannot read `nope\.md`/,
    ],
    [
      'a missing term base',
      { 'a.md': 'x' },
      ['a.md', '-g', 'nope.yaml'],
      /nope\.yaml:1:1: Cannot read the term base: no such file/,
    ],
    [
      'a malformed TBX',
      { 'a.md': 'x', 'bad.tbx': '<martif>\n<text><body><termEntry></body></text></martif>' },
      ['a.md', '-g', 'bad.tbx'],
      /bad\.tbx:2:\d+: Unexpected XML/,
    ],
    [
      'an unknown status',
      {
        'a.md': 'x',
        'bad.yaml': 'concepts:\n  - id: x\n    it:\n      - term: y\n        status: maybe\n',
      },
      ['a.md', '-g', 'bad.yaml'],
      /bad\.yaml:5:17: Unexpected status `maybe`/,
    ],
    ['no term base', { 'a.md': 'x' }, ['a.md', '--no-config'], /no term base/],
    [
      'an unknown format',
      { 'terms.yaml': termBase, 'a.md': 'x' },
      ['a.md', '-g', 'terms.yaml', '-f', 'xml'],
      /unknown --format `xml`/,
    ],
    [
      'an unknown rule',
      { 'terms.yaml': termBase, 'a.md': 'x' },
      ['a.md', '-g', 'terms.yaml', '--rule', 'x=off'],
      /unknown --rule `x=off`/,
    ],
    [
      'a missing --ignore-path',
      { 'terms.yaml': termBase, 'a.md': 'x' },
      ['a.md', '-g', 'terms.yaml', '--ignore-path', 'nope'],
      /cannot read --ignore-path `nope`: no such file or folder \(ENOENT\)/,
    ],
    [
      'a --stdin-filename of no known format',
      { 'terms.yaml': termBase },
      ['-', '-g', 'terms.yaml', '--stdin-filename', 'a.docx'],
      /unknown --stdin-filename `a\.docx`, expected a name ending in \.md/,
    ],
    [
      'a malformed PO file',
      { 'terms.yaml': termBase, 'a.po': 'msgid "a"\nmsgid "b"\nmsgstr "c"\n' },
      ['a.po', '-g', 'terms.yaml'],
      /^fonte lint: a\.po:2:1: Unexpected `msgid`, expected a msgstr for the entry at line 1\n$/,
    ],
    [
      'a malformed XLIFF file',
      { 'terms.yaml': termBase, 'a.xlf': '<xliff>\n<file>' },
      ['a.xlf', '-g', 'terms.yaml'],
      /a\.xlf:\d+:\d+: Unexpected XML/,
    ],
  ]
  for (const [name, files, args, stderr] of usageErrors) {
    it(`exits 2 on ${name}, with a message and no stack trace`, async () => {
      const folder = workspace(files)
      const result = await fonteIn(['lint', ...args], { cwd: folder })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(stderr)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }
})
