import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'
import { fonte } from './process.js'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname
const bin = new URL('../bin/fonte.js', import.meta.url).pathname
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string }

// Where the process is the point: the bin starts, its exit code is the process's, a stack trace
// would reach the terminal, a closed pipe ends it quietly. Generous timeouts: the machine may be
// busy.
describe('the fonte bin (process)', { timeout: 60_000 }, () => {
  it('prints its version and exits 0', async () => {
    const { code, stdout } = await fonte(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${version}\n`)
  })

  it('exits 2 on an unknown command, 2 without one (printing help), 0 on a command’s --help', async () => {
    const unknown = await fonte(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      'fonte: unknown command `frobnicate`, expected one of: split, lint, align, variants, report, index\n',
    )
    const bare = await fonte([])
    expect(bare.code).toBe(2)
    expect(bare.stdout).toContain('Usage: fonte <command>')
    const help = await fonte(['split', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: fonte split')
  })

  it('exits 2 naming file and line of bad front matter, without a stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-cli-'))
    const file = join(folder, 'bad.md')
    writeFileSync(file, '---\ntitle: [x\n---\nTesto.')
    const { code, stderr } = await fonte(['split', file])
    expect(code).toBe(2)
    expect(stderr).toMatch(/bad\.md:\d+:\d+: Unexpected front matter/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('ends quietly with exit 0 when its reader closes the pipe (| head -1)', async () => {
    const child = spawn(process.execPath, [bin, 'split', corpus, '--format', 'jsonl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read the first line, then close the pipe, as `head -1` does.
    const first = await new Promise<string>((resolve) => {
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        if (text.includes('\n')) {
          child.stdout.destroy()
          resolve(text.slice(0, text.indexOf('\n')))
        }
      })
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(JSON.parse(first)).toHaveProperty('text')
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe('fonte split (in process)', () => {
  it('summarises the corpus', async () => {
    const { code, stdout } = await fonteIn(['split', corpus, '--summary'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/000_19c8cfac660a9fd1\/article\.md\s+29\s+9/)
    expect(stdout).toMatch(/5 files\s+\d+\s+\d+/)
  })

  it('prints JSON with offsets into the file as read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-cli-'))
    const file = join(folder, 'a.md')
    const text = '---\ntitle: x\n---\nIl sig. Rossi ha detto: «Siamo pronti». Poi è partito.\n'
    writeFileSync(file, text)
    const { code, stdout } = await fonteIn(['split', file, '--format', 'json'])
    expect(code).toBe(0)
    const [result] = JSON.parse(stdout)
    expect(result.sentences).toHaveLength(2)
    for (const sentence of result.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(result.sentences[0]).toMatchObject({ line: 4, column: 1 })
    expect(result.quotes[0]).toMatchObject({ text: 'Siamo pronti', open: '«', close: '»' })
  })

  it('reads standard input with -', async () => {
    const { code, stdout } = await fonteIn(['split', '-', '--format', 'jsonl'], {
      input: 'Uno. Due.',
    })
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).text),
    ).toEqual(['Uno.', 'Due.'])
  })

  it('exits 2 naming a missing file', async () => {
    const { code, stderr } = await fonteIn(['split', 'no-such-article.md'])
    expect(code).toBe(2)
    expect(stderr).toContain('cannot read `no-such-article.md`')
  })

  it('exits 2 on an unknown option or value', async () => {
    const option = await fonteIn(['split', '--nope', corpus])
    expect(option.code).toBe(2)
    expect(option.stderr).toMatch(
      /^fonte split: unknown option `--nope` \(see `fonte split --help`; .*\)\n$/,
    )
    const { code, stderr } = await fonteIn(['split', '--quotes', 'all', corpus])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown --quotes `all`, expected auto, split or keep')
  })

  it.each([
    ['split', 'text, json or jsonl'],
    ['lint', 'stylish, json, jsonl, sarif or github'],
    ['align', 'text or json'],
    ['variants', 'text or json'],
    ['index', 'text or json'],
  ])('fonte %s checks --format before reading anything', async (command, formats) => {
    const { code, stderr } = await fonteIn([command, 'missing.md', '--format', 'xml'])
    expect(code).toBe(2)
    expect(stderr.split('\n').filter((line) => line && !line.startsWith('fonte: note:'))).toEqual([
      `fonte ${command}: unknown --format \`xml\`, expected ${formats}`,
    ])
  })
})
