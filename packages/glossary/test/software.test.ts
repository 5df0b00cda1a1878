import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { applyFixes, createGlossary, lintFile, parseTermBase, TermMatcher } from '../src/index.js'
import { maskCode } from '../src/code.js'
import type { GlossaryMessage } from '../src/lint.js'

const termBase = parseTermBase(
  readFileSync(new URL('fixtures/termbases/software.yaml', import.meta.url), 'utf8'),
  'software.yaml',
)
const glossary = createGlossary(termBase)
const matcher = new TermMatcher(termBase, { language: 'it' })

function found(text: string): string[] {
  return matcher.match(text).map((match) => `${match.concept.id}:${match.text}`)
}

/** Lint one PO-like bilingual segment through Markdown with `--source`. */
function lintPair(target: string, source?: string) {
  const file = lintFile(
    new VFile({ path: 'doc.txt', value: target }),
    glossary,
    source === undefined ? {} : { source },
  )
  return file.messages.map((message) => {
    const fix = (message as GlossaryMessage).fix
    return {
      rule: message.ruleId,
      actual: message.actual,
      expected: message.expected?.[0],
      fixed: fix ? applyFixes(target, [message]).text : undefined,
    }
  })
}

describe('matching on every inflected form', () => {
  it.each([
    ['imposta il valore', ['set:imposta']],
    ['valore impostato', ['set:impostato']],
    ['impostando la lingua', ['set:impostando']],
    ['per impostarlo', ['set:impostarlo']],
    // Action nouns render the verb's concept ("Setting the port" → "Impostazione della porta").
    ['impostazioni', ['set:impostazioni']],
    ['imposte', []],
    ['la cartella predefinita', ['directory:cartella', 'default:predefinita']],
    ['le opzioni predefinite', ['default:predefinite']],
    ["il nome dell'archivio", ['file:archivio', 'archive:archivio']],
    ['hai fatto clic su OK', ['click:fatto clic']],
    ['facendo clic', ['click:facendo clic']],
    ['bit settati', ['set:settati']],
    ['Viene cliccato', ['click:cliccato']],
    ['imp\u00ADostato', ['set:imp\u00ADostato']],
    ['usa C++ e C', ['cplusplus:C++']],
    ['il linguaggio c++', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })
})

describe('code-like tokens are not words', () => {
  it.each([
    'default_tablespace',
    'usa --default per',
    'il valore %s predefinito%d',
    '{default} e ${file}',
    '<default>testo</default>',
    '/etc/default/grub',
    'https://example.org/file',
    'mario.rossi@example.org',
    'set-group-ID',
    'il file config.file',
    '`settare`',
  ])('%s', (text) => {
    const masked = maskCode(text)
    expect(masked.length).toBe(text.length)
    const concepts = matcher.match(text).map((match) => match.text)
    expect(
      concepts.filter((word) => /default|file|settare|set/.test(word) && !/^file$/.test(word)),
    ).toEqual([])
  })
})

describe('forbidden terms with the source', () => {
  it('flags archivio where the English says file', () => {
    expect(
      lintPair("Impossibile aprire l'archivio", 'Cannot open the file').map((row) => row.rule),
    ).toContain('forbidden-term')
  })
  it('leaves archivio where the English says archive', () => {
    expect(lintPair("Impossibile aprire l'archivio", 'Cannot open the archive')).toEqual([])
  })
  it('reads lemmas in the source', () => {
    expect(lintPair('Valori settati', 'Values were set').map((row) => row.actual)).toEqual([
      'settati',
    ])
  })
  it('does not read a noun as the verb', () => {
    expect(
      lintPair('Insieme di caratteri', 'A set of characters').filter(
        (row) => row.rule === 'missing-term',
      ),
    ).toEqual([])
  })
})

describe('fixes in the agreeing form, only for a one-for-one swap', () => {
  it.each([
    ['bit settati', 'impostati', 'bit impostati'],
    ['Setta il valore', 'Imposta', 'Imposta il valore'],
    ['per settarlo', 'impostarlo', 'per impostarlo'],
    ['la cartella di default', 'predefinita', 'la cartella predefinita'],
    ['i valori di default', 'predefiniti', 'i valori predefiniti'],
    ['Clicca su OK', 'Fai clic', 'Fai clic su OK'],
    ['dopo aver cliccato su OK', 'fatto clic', 'dopo aver fatto clic su OK'],
    ["il nome dell'archivio", 'file', 'il nome del file'],
    ['gli archivi aperti', 'file', 'i file aperti'],
    ['i privilegi di accesso di default', 'predefiniti', 'i privilegi di accesso predefiniti'],
    ['Trovati 3 archivi', 'file', 'Trovati 3 file'],
  ])('%s → %s', (text, expected, fixed) => {
    const [row] = lintPair(text).filter((finding) => finding.rule === 'forbidden-term')
    expect(row?.expected).toBe(expected)
    expect(row?.fixed).toBe(fixed)
  })

  it.each([
    ['Viene cliccato', 'fare clic'],
    ['cliccare il pulsante', 'fare clic'],
    ['per cliccarlo', 'fare clic'],
    ['è abilitato di default', 'predefinito'],
  ])('%s: a suggestion without a fix', (text, expected) => {
    const [row] = lintPair(text).filter((finding) => finding.rule === 'forbidden-term')
    expect(row?.expected).toBe(expected)
    expect(row?.fixed).toBeUndefined()
  })
})

/** Lint one PO entry. */
function lintEntry(msgid: string, msgstr: string) {
  const po = `msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "${msgid}"\nmsgstr "${msgstr}"\n`
  return lintFile(new VFile({ path: 'it.po', value: po }), glossary).messages.map(
    (message) => `${message.ruleId}:${message.actual}`,
  )
}

describe('gettext entries', () => {
  it.each([
    ['Sort _Folders before Files', 'Ordina car_telle prima dei file', []],
    ['Set up the printer', 'Configura la stampante', []],
    ['A set of characters', 'Un insieme di caratteri', []],
    ['set-returning functions', 'funzioni che restituiscono insiemi', []],
    ['update or delete on table', 'UPDATE o DELETE sulla tabella', []],
    ['git archive: expected a flush', 'git archive: atteso un flush', []],
    ['enable or disable file system monitor', 'abilita o disabilita il monitor del filesystem', []],
    ['An omitted EXPRESSION defaults to false', 'Una ESPRESSIONE omessa vale falso', []],
    ['Debug logging was already enabled.', 'Il debug è già attivo.', []],
    ['Set DNS servers', 'Configura i server DNS', ['missing-term:Set']],
    [
      'Failure setting user credentials',
      'Errore nella configurazione delle credenziali',
      ['missing-term:setting'],
    ],
    ['Cannot open file', "Impossibile aprire l'archivio", ['forbidden-term:archivio']],
    ['Cannot open archive file', "Impossibile aprire l'archivio", []],
  ])('%s → %s', (msgid, msgstr, expected) => {
    expect(lintEntry(msgid, msgstr)).toEqual(expected)
  })
})

describe('one finding per occurrence and one rendering per term', () => {
  it('counts the forms of one term as one rendering', () => {
    expect(lintPair('Imposta il valore. Il valore è impostato. Impostarlo ora.')).toEqual([])
  })
  it('reports a second rendering', () => {
    expect(lintPair('La directory. La cartella.').map((row) => row.actual)).toEqual(['cartella'])
  })
})
