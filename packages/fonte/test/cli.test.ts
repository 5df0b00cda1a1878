import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fonte } from './process.js'

const corpus = new URL('../../../corpus-it/', import.meta.url).pathname

describe('fonte split (process)', () => {
  it('summarises the corpus', async () => {
    const { code, stdout } = await fonte(['split', corpus, '--summary'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/000_19c8cfac660a9fd1\/article\.md\s+29\s+9/)
    expect(stdout).toMatch(/5 files\s+\d+\s+\d+/)
  })

  it('prints JSON with offsets into the file as read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-cli-'))
    const file = join(folder, 'a.md')
    const text = '---\ntitle: x\n---\nIl sig. Rossi ha detto: «Siamo pronti». Poi è partito.\n'
    writeFileSync(file, text)
    const { code, stdout } = await fonte(['split', file, '--format', 'json'])
    expect(code).toBe(0)
    const [result] = JSON.parse(stdout)
    expect(result.sentences).toHaveLength(2)
    for (const sentence of result.sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(result.sentences[0]).toMatchObject({ line: 4, column: 1 })
    expect(result.quotes[0]).toMatchObject({ text: 'Siamo pronti', open: '«', close: '»' })
  })

  it('reads standard input with -', async () => {
    const { code, stdout } = await fonte(['split', '-', '--format', 'jsonl'], {
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
    const { code, stderr } = await fonte(['split', 'no-such-article.md'])
    expect(code).toBe(2)
    expect(stderr).toContain('cannot read `no-such-article.md`')
  })

  it('exits 2 on an unknown option or value', async () => {
    expect((await fonte(['split', '--nope', corpus])).code).toBe(2)
    const { code, stderr } = await fonte(['split', '--quotes', 'all', corpus])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown --quotes `all`, expected auto, split, keep')
  })

  it('exits 2 naming file and line of bad front matter', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fonte-cli-'))
    const file = join(folder, 'bad.md')
    writeFileSync(file, '---\ntitle: [x\n---\nTesto.')
    const { code, stderr } = await fonte(['split', file])
    expect(code).toBe(2)
    expect(stderr).toMatch(/bad\.md:\d+:\d+: Unexpected front matter/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 on an unknown command and prints help with --help', async () => {
    expect((await fonte(['frobnicate'])).code).toBe(2)
    const help = await fonte(['split', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: fonte split')
  })
})
