import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { applyFixes, createGlossary, lintFile, parseTermBase } from '../src/index.js'
import { acronymHeads, markedBy } from '../src/gender.js'
import { agreementEvidence, genderEvidence } from '../src/rules/evidence.js'
import type { GlossaryMessage } from '../src/lint.js'

const glossary = createGlossary(
  parseTermBase(
    readFileSync(new URL('fixtures/termbases/software.yaml', import.meta.url), 'utf8'),
    'software.yaml',
  ),
)

/** The `forbidden-term` finding of `di default` in a file: its suggestion and the fixed text. */
function defaultFix(path: string, value: string) {
  const file = lintFile(new VFile({ path, value }), glossary)
  const message = file.messages.find(
    (found) => found.ruleId === 'forbidden-term' && found.actual === 'di default',
  ) as GlossaryMessage | undefined
  return {
    expected: message?.expected?.[0],
    fixed: message?.fix ? applyFixes(value, [message]).text : undefined,
  }
}

/** A PO file of entries, every msgid naming the concept `default`. */
function po(...msgstrs: string[]): string {
  const entries = msgstrs.map(
    (msgstr, index) => `msgid "default ${index}"\nmsgstr "${msgstr.replaceAll('"', '\\"')}"\n`,
  )
  return `msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n${entries.join('\n')}`
}

describe('the gender of a noun the morphology does not know', () => {
  it.each([
    ['an acronym after an elided article, by usage', "l'ACL di default", "l'ACL predefinita"],
    ['an acronym after a determiner that shows it', 'la XYZ di default', 'la XYZ predefinita'],
    ['an elided feminine indefinite', "un'XYZ di default", "un'XYZ predefinita"],
    ['a plural determiner before an acronym', 'le ACL di default', 'le ACL predefinite'],
    ['a possessive', 'la sua XYZ di default', 'la sua XYZ predefinita'],
    [
      'a determiner elsewhere in the segment',
      "Una XYZ. L'XYZ di default.",
      "Una XYZ. L'XYZ predefinita.",
    ],
    [
      'an adjective after the word elsewhere in the segment',
      "L'XYZ specificata. L'XYZ di default.",
      "L'XYZ specificata. L'XYZ predefinita.",
    ],
    ['an indefinite of either gender', 'ogni cartella di default', 'ogni cartella predefinita'],
    ['an indefinite of either gender, masculine', 'ogni file di default', 'ogni file predefinito'],
  ])('%s: %s', (_name, text, fixed) => {
    expect(defaultFix('doc.txt', text).fixed).toBe(fixed)
  })

  it.each([
    ['nothing shows it', "l'XYZ di default"],
    ['the text disagrees with itself', "la XYZ e il XYZ. L'XYZ di default."],
    ['a word that may be a finite verb after it', "L'XYZ specifica tutto. L'XYZ di default."],
    ['no determiner tells the number', 'tipo di oggetto ACL di default'],
    [
      'a phrase after an apposition, agreed nowhere else',
      'una classe di operatori hash di default',
    ],
  ])('no fix where %s: %s', (_name, text) => {
    const { expected, fixed } = defaultFix('doc.txt', text)
    expect(expected).toBe('predefinito')
    expect(fixed).toBeUndefined()
  })

  it.each([
    ['the same words', 'una classe di operatori predefinita', 'predefinita'],
    [
      'the same words and another bare word',
      'la classe di operatori btree predefinita',
      'predefinita',
    ],
    ['other words only', 'il tipo di operatori predefinito', undefined],
  ])('agrees a phrase after an apposition as the document does after %s', (_name, other, fix) => {
    const text = po(other, 'una classe di operatori hash di default')
    const fixed = defaultFix('it.po', text).fixed
    if (fix === undefined) expect(fixed).toBeUndefined()
    else expect(fixed).toContain(`classe di operatori hash ${fix}`)
  })

  it('leaves a phrase after an apposition unfixed where the document disagrees', () => {
    const text = po(
      'una classe di operatori predefinita',
      'la classe di operatori predefiniti',
      'una classe di operatori hash di default',
    )
    expect(defaultFix('it.po', text).fixed).toBeUndefined()
  })

  it('reads the gender from other entries of the same document', () => {
    const text = po('la XYZ è pronta', "l'XYZ di default")
    expect(defaultFix('it.po', text).fixed).toContain('msgstr "l\'XYZ predefinita"')
  })

  it('prefers what the segment shows to the rest of the document', () => {
    const text = po('il XYZ è pronto', 'il XYZ, il XYZ', "la XYZ nuova; l'XYZ di default")
    expect(defaultFix('it.po', text).fixed).toContain("l'XYZ predefinita")
  })

  it('lets the document override the usage table', () => {
    const text = po('il ACL è pronto', "l'ACL di default")
    expect(defaultFix('it.po', text).fixed).toContain('msgstr "l\'ACL predefinito"')
  })

  it('reads it for an inconsistent rendering too', () => {
    const admitted = createGlossary(
      parseTermBase(
        JSON.stringify({
          concepts: [
            {
              id: 'default',
              it: [
                { term: 'predefinito', partOfSpeech: 'adjective' },
                { term: 'di default', status: 'admitted' },
              ],
            },
          ],
        }),
        'admitted.json',
      ),
    )
    const value = po('il valore predefinito', 'la XYZ è pronta', "l'XYZ di default")
    const file = lintFile(new VFile({ path: 'it.po', value }), admitted)
    const message = file.messages.find((found) => found.ruleId === 'inconsistent-term') as
      GlossaryMessage | undefined
    expect(message?.fix?.text).toBe('predefinita')
  })

  it.each([...acronymHeads])('knows the gender of %s (head noun %s)', (acronym) => {
    expect(defaultFix('doc.txt', `l'${acronym} di default`).fixed).toMatch(/predefinit[oa]$/)
  })
})

describe('genderEvidence', () => {
  it.each([
    [['la XYZ'], 'xyz', 'Fem'],
    [['delle XYZ'], 'xyz', 'Fem'],
    [['gli XYZ'], 'xyz', 'Masc'],
    [["un'XYZ"], 'xyz', 'Fem'],
    [['un XYZ'], 'xyz', 'Masc'],
    [["l'XYZ predefinita"], 'xyz', 'Fem'],
    [["dell'XYZ predefiniti"], 'xyz', 'Masc'],
    [["l'XYZ"], 'xyz', undefined],
    [['tipo XYZ predefinita'], 'xyz', undefined],
    [['la XYZ', 'il XYZ'], 'xyz', undefined],
    [[...Array.from({ length: 9 }, () => 'la XYZ'), 'il XYZ'], 'xyz', 'Fem'],
    [['la ABC'], 'xyz', undefined],
  ])('%j: %s is %s', (texts, key, gender) => {
    expect(genderEvidence(() => texts)(key)).toBe(gender)
  })

  it('reads the texts once, at the first question', () => {
    let reads = 0
    const lookup = genderEvidence(() => {
      reads++
      return ['la XYZ', 'il ABC']
    })
    expect(reads).toBe(0)
    expect([lookup('xyz'), lookup('abc'), lookup('xyz')]).toEqual(['Fem', 'Masc', 'Fem'])
    expect(reads).toBe(1)
  })
})

describe('agreementEvidence', () => {
  const forms = new Map([
    ['predefinito', { Gender: 'Masc', Number: 'Sing' }],
    ['predefinita', { Gender: 'Fem', Number: 'Sing' }],
  ])
  it.each([
    [['classe di operatori predefinita'], { Gender: 'Fem', Number: 'Sing' }],
    [['classe di operatori btree predefinita'], { Gender: 'Fem', Number: 'Sing' }],
    [['classe di operatori il predefinito'], undefined],
    [['classe di operatori a b predefinita'], undefined],
    [['classe, di operatori predefinita'], undefined],
    [['classe di operatori predefinita', 'classe di operatori predefinito'], undefined],
  ])('%j', (texts, expected) => {
    expect(agreementEvidence(() => texts)(['classe', 'di', 'operatori'], forms)).toEqual(expected)
  })
})

describe('markedBy', () => {
  it.each([
    ['la', false, ['Fem', 'Sing']],
    ['un', false, ['Masc', 'Sing']],
    ['un', true, ['Fem', 'Sing']],
    ['l', true, [undefined, 'Sing']],
    ['ogni', false, [undefined, 'Sing']],
    ['sue', false, ['Fem', 'Plur']],
    ['di', false, undefined],
  ])('%s (elided: %s) → %j', (word, elided, marked) => {
    expect(markedBy(word, elided)).toEqual(marked)
  })
})
