// File handling of `fonte lint` on real catalogues: the Italian translations Debian installs in
// /usr/share/locale/it/LC_MESSAGES, turned back into PO with `msgunfmt` in a temporary folder
// (never copied into the repository), linted and fixed by the real CLI with a small software term
// base, then checked with `msgfmt -c`; the same entries as XLIFF 1.2 are fixed and read again.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { escapeXml, parsePo, readXliff } from '@fonte/glossary/bilingual'

const catalogueFolder = '/usr/share/locale/it/LC_MESSAGES'

// Forbidden renderings a translator would fix, and one preferred term that needs escaping.
const termBase = `concepts:
  - id: file
    en: [file]
    it: [{term: file, status: preferred}, {term: archivio, status: forbidden}]
  - id: default
    en: [default]
    it: [{term: predefinito, status: preferred}, {term: di default, status: forbidden}]
  - id: click
    en: [click]
    it: [{term: fare clic, status: preferred}, {term: cliccare, status: forbidden}]
  - id: set
    en: [set]
    it: [{term: impostare, status: preferred}, {term: settare, status: forbidden}]
  - id: password
    en: [password]
    it: [{term: password, status: preferred}, {term: parola d'ordine, status: forbidden}]
  - id: settings
    en: [settings]
    it: [{term: impostazioni, status: preferred}, {term: settaggi, status: forbidden}]
  - id: quoted
    en: [quoted]
    it: [{term: '"tra virgolette" & <escape>', status: preferred}, {term: quotato, status: forbidden}]
`

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
}

/**
 * Lint and fix every catalogue as PO and as XLIFF with the built CLI.
 *
 * @returns A table `{header, rows}` and a note, or `undefined` without catalogues or gettext.
 */
export function evaluateFileHandling() {
  if (!existsSync(catalogueFolder) || run('msgfmt', ['--version']).status !== 0) return undefined
  const bin = new URL('../bin/fonte.js', import.meta.url).pathname
  const folder = mkdtempSync(join(tmpdir(), 'fonte-catalogues-'))
  try {
    const po = join(folder, 'po')
    const xlf = join(folder, 'xlf')
    run('mkdir', ['-p', po, xlf])
    writeFileSync(join(folder, 'terms.yaml'), termBase)
    const names = readdirSync(catalogueFolder).filter((name) => name.endsWith('.mo'))
    let valid = 0
    for (const name of names) {
      const path = join(po, name.replace(/\.mo$/, '.po'))
      if (run('msgunfmt', [join(catalogueFolder, name), '-o', path]).status !== 0) continue
      if (run('msgfmt', ['-c', '-o', '/dev/null', path]).status === 0) valid++
      writeFileSync(join(xlf, name.replace(/\.mo$/, '.xlf')), toXliff(readFileSync(path, 'utf8')))
    }
    const rows = []
    for (const [label, dir, check] of [
      ['PO', po, (path) => run('msgfmt', ['-c', '-o', '/dev/null', path]).status === 0],
      ['XLIFF 1.2', xlf, (path) => readsAsXliff(path)],
    ]) {
      const files = readdirSync(dir).map((name) => join(dir, name))
      const before = new Map(files.map((path) => [path, readFileSync(path)]))
      const lint = run(process.execPath, [
        bin,
        'lint',
        dir,
        '-g',
        join(folder, 'terms.yaml'),
        '-f',
        'json',
        '--fix',
      ])
      const rejected = lint.status === 2 ? lint.stderr.trim().split('\n').length : 0
      const results = lint.status === 2 ? [] : JSON.parse(lint.stdout)
      const changed = files.filter((path) => !readFileSync(path).equals(before.get(path)))
      const invalid = files.filter((path) => !check(path))
      const duplicates = results.reduce((sum, result) => {
        const keys = result.messages.map((message) =>
          [message.ruleId, message.line, message.column, message.endLine, message.endColumn].join(
            ':',
          ),
        )
        return sum + keys.length - new Set(keys).size
      }, 0)
      rows.push([label, files.length, rejected, changed.length, invalid.length, duplicates])
    }
    return {
      header: [
        'format',
        'catalogues',
        'rejected',
        'changed by --fix',
        'invalid after --fix',
        'duplicate findings',
      ],
      rows,
      note:
        `${valid} of ${names.length} catalogues pass msgfmt -c as msgunfmt writes them. "invalid after --fix" is msgfmt -c for PO ` +
        'and fonte’s strict XML reader for XLIFF. The term base has a preferred term with `"`, `&` and `<` to test escaping.',
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

function toXliff(po) {
  const units = parsePo(po, 'x.po')
    .entries.filter((entry) => entry.msgid !== '' && entry.msgstr[0]?.text)
    .map((entry, index) => {
      // XML 1.0 has no control characters but tab and line ends.
      const clean = (text) => escapeXml(text.replace(/[^\P{Cc}\t\n\r]/gu, ''))
      return `<trans-unit id="${index}"><source>${clean(entry.msgid)}</source><target>${clean(entry.msgstr[0].text)}</target></trans-unit>`
    })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file source-language="en" target-language="it" datatype="plaintext" original="x"><body>\n${units.join('\n')}\n</body></file></xliff>\n`
}

function readsAsXliff(path) {
  try {
    readXliff(readFileSync(path, 'utf8'), path)
    return true
  } catch {
    return false
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = evaluateFileHandling()
  console.log(
    table
      ? JSON.stringify(table, null, 2)
      : 'no catalogues or no gettext (apt-get install gettext)',
  )
}
