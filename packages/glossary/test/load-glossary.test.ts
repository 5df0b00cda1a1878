import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadGlossary, loadTermBases, TermBaseError } from '../src/index.js'

const folder = fileURLToPath(new URL('fixtures/termbases/', import.meta.url))

describe('loadGlossary', () => {
  it('reads paths relative to `cwd` and merges them into one compiled glossary', async () => {
    const glossary = await loadGlossary(['house.yaml', 'software.yaml'], {
      cwd: folder,
      cache: false,
    })
    expect(glossary.termBase.files).toEqual(['house.yaml', 'software.yaml'])
    expect(glossary.target.match('la difesa reciproca').map((match) => match.text)).toEqual([
      'difesa reciproca',
    ])
  })

  it('compiles a set of paths once when cached, and again with other languages', async () => {
    const first = await loadGlossary(['house.yaml'], { cwd: folder })
    expect(await loadGlossary(['house.yaml'], { cwd: folder })).toBe(first)
    const other = await loadGlossary(['house.yaml'], { cwd: folder, sourceLanguage: 'en-GB' })
    expect(other).not.toBe(first)
    expect(other.sourceLanguage).toBe('en-GB')
  }, 60_000)

  it('names a missing file as given, and does not cache the failure', async () => {
    const load = () => loadGlossary(['house.yaml', 'nope.yaml'], { cwd: folder })
    await expect(load()).rejects.toThrow(TermBaseError)
    await expect(load()).rejects.toThrow(
      /^nope\.yaml:1:1: Cannot read the term base: no such file$/,
    )
  })

  it('names the first bad file of two', async () => {
    await expect(loadGlossary(['bad-status.yaml', 'gone.yaml'], { cwd: folder })).rejects.toThrow(
      /^bad-status\.yaml:/,
    )
  })
})

describe('term base encodings', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fonte-glossary-'))
  const yaml = readFileSync(join(folder, 'house.yaml'))
  const utf16 = (order: 'le' | 'be') => {
    const body = Buffer.from(yaml.toString('utf8'), 'utf16le')
    if (order === 'be') body.swap16()
    return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
  }
  const files: Array<[name: string, bytes: Buffer]> = [
    ['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), yaml])],
    ['utf16le.yaml', utf16('le')],
    ['utf16be.yaml', utf16('be')],
  ]
  it.each(files)('reads %s like the UTF-8 file', async (name, bytes) => {
    writeFileSync(join(scratch, name), bytes)
    const expected = await loadTermBases([join(folder, 'house.yaml')])
    const base = await loadTermBases([join(scratch, name)])
    expect(base.concepts.map((concept) => concept.terms.map((term) => term.text))).toEqual(
      expected.concepts.map((concept) => concept.terms.map((term) => term.text)),
    )
  })

  it('refuses bytes that are not UTF-8, naming line and column', async () => {
    const file = join(scratch, 'latin1.csv')
    writeFileSync(file, Buffer.from('it\nmutua dif\xe8sa\n', 'latin1'))
    await expect(loadTermBases([file])).rejects.toThrow(
      `${file}:2:10: Unexpected bytes that are not UTF-8, expected a term base saved as UTF-8`,
    )
  })
})
