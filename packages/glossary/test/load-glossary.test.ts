import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadGlossary, TermBaseError } from '../src/index.js'

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
    expect(await loadGlossary(['house.yaml'], { cwd: folder, cache: false })).not.toBe(first)
  }, 30_000)

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
