// What a new user met running every command on odd input (H4's pass): each row runs `fonte` in
// process through `main(args, io)` and checks the exit code and the one line it says.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitHelp } from '../src/cli/split.js'
import { fonteIn } from './in-process.js'

const folder = mkdtempSync(join(tmpdir(), 'fonte-loose-ends-'))
writeFileSync(join(folder, 'a.md'), 'Il governo ha detto: «Siamo pronti». Poi è andato via.\n')
writeFileSync(
  join(folder, 'en.md'),
  'The government said: "We are ready". It then left the room without a word.\n',
)

describe('English sources from standard input where only files are read', () => {
  // Before: "cannot read `-`: no such file", as if `-` were a file name.
  const message =
    'English source `-`: this command reads English sources from files only; give a file (fonte align and fonte index read one from standard input)'

  it.each([[['report', 'a.md', '--en', '-', '--out', 'r']], [['variants', 'a.md', '--en', '-']]])(
    'fonte %j',
    async (args) => {
      const result = await fonteIn(args, { cwd: folder, input: 'The government said so.\n' })
      expect(result).toEqual({ code: 2, stdout: '', stderr: `fonte ${args[0]}: ${message}\n` })
    },
  )
})

describe('no input', () => {
  it.each([
    [['index', '--out', 'x.index'], 'English files, folders or - for standard input'],
    [['split'], 'files, folders or - for standard input'],
  ])('fonte %j names what to give, standard input too where it is read', async (args, what) => {
    const result = await fonteIn(args, { cwd: folder })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `fonte ${args[0]}: no input: give ${what}\n`,
    })
  })
})

describe('fonte split --help says what each format holds', () => {
  it('names the quotations as json only', () => {
    expect(splitHelp).toMatch(/json:\s+\{file, sentences, quotes\}/)
    expect(splitHelp).toMatch(/jsonl: one sentence a line/)
  })

  it.each([
    ['text', (out: string) => out.split('\n')[1]?.startsWith('  1:1 ')],
    ['json', (out: string) => JSON.parse(out)[0].quotes[0].text === 'Siamo pronti'],
    ['jsonl', (out: string) => JSON.parse(out.split('\n')[0] as string).line === 1],
  ])('%s is as the help says', async (format, holds) => {
    const result = await fonteIn(['split', 'a.md', '--format', format], { cwd: folder })
    expect(result.code).toBe(0)
    expect(holds(result.stdout)).toBe(true)
  })
})

describe('term bases, dictionaries and configs are files: standard input is not offered', () => {
  writeFileSync(join(folder, 'g.yaml'), 'concepts: []\n')
  const device = existsSync('/dev/null') ? '/dev/null' : undefined

  it('fonte lint -g - says term bases are read from files', async () => {
    // Before: "-:1:1: Cannot read the term base: no such file".
    const result = await fonteIn(['lint', 'a.md', '-g', '-'], {
      cwd: folder,
      input: 'concepts: []',
    })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fonte lint: cannot read term base `-`: term bases are read from files, not from standard input\n',
    })
  })

  // Before: each ended "; pipe it to standard input with - instead", which these do not read.
  // Skipped on a system without /dev/null (Windows): no device to name.
  it.runIf(device).each([
    [
      ['lint', 'a.md', '-g', '/dev/null'],
      'cannot read term base `/dev/null`: a device, expected a file',
    ],
    [
      ['lint', 'a.md', '-g', 'g.yaml', '--ignore-path', '/dev/null'],
      'cannot read --ignore-path `/dev/null`: a device, expected a file',
    ],
    [
      ['lint', 'a.md', '-g', 'g.yaml', '-c', '/dev/null'],
      'cannot read config `/dev/null`: a device, expected a file',
    ],
  ])('fonte %j (skipped without /dev/null)', async (args, message) => {
    const result = await fonteIn(args, { cwd: folder })
    expect(result).toEqual({ code: 2, stdout: '', stderr: `fonte lint: ${message}\n` })
  })

  it.runIf(device)(
    'an input that is a device is still offered standard input (skipped without /dev/null)',
    async () => {
      const result = await fonteIn(['split', '/dev/null'], { cwd: folder })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(
        /a device, expected a file; pipe it to standard input with - instead\n$/,
      )
    },
  )
})

describe('fonte lint --source with no text, or in Italian', () => {
  // Before: exit 0 and "no issues found", every finding that needs the concept in the source
  // silenced (forbidden terms included), where without --source there were errors; an Italian
  // source (the article twice, a swapped pair) narrowed the findings in silence.
  writeFileSync(join(folder, 'vuoto.en.md'), ' \n\n')
  writeFileSync(
    join(folder, 'g2.yaml'),
    'concepts:\n  - id: ready\n    en: [ready]\n    it:\n      - term: pronti\n        status: forbidden\n',
  )
  const italian = 'Il consiglio ha deciso di sostenere la proposta della Commissione europea.'

  it.each([
    [['-s', 'vuoto.en.md'], '', '`vuoto.en.md` has no text'],
    [['-s', '-'], '\n', '`-` has no text'],
    [['-s', 'a.md'], '', '`a.md` looks Italian, not English'],
    [['-s', '-'], italian, '`-` looks Italian, not English'],
  ])('fonte lint a.md %j is refused, naming the source', async (source, input, problem) => {
    const result = await fonteIn(['lint', 'a.md', '-g', 'g2.yaml', ...source], {
      cwd: folder,
      input,
    })
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `fonte lint: English source ${problem}\n`,
    })
  })

  it('an English source with text still pairs with the input', async () => {
    const result = await fonteIn(['lint', 'a.md', '-g', 'g2.yaml', '-s', 'en.md'], { cwd: folder })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/forbidden term `pronti`/)
  })
})
