import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The fixtures of the CLI fuzz tables (issue #14): every file is made here, from text in this
 * file, so that the tables run without `../shared`.
 */

export const article = 'Il ministro ha detto: «Non ci fermeremo». Poi il ministero è partito.\n'
export const english =
  'The minister said on Monday: "We will not stop." Then the ministry left the building in Rome,\n' +
  'where the government had met for three hours to discuss the budget and the ports.\n'
export const termBase =
  'concepts:\n  - id: ministry\n    en: [ministry]\n    it:\n' +
  '      - term: dicastero\n        status: preferred\n' +
  '      - term: ministero\n        status: forbidden\n'

/** A term base of one concept whose Italian terms are `terms` (forbidden first, then preferred). */
export function oneConcept(forbidden: string, preferred: string): string {
  return `concepts:\n  - id: x\n    it:\n      - term: ${JSON.stringify(forbidden)}\n        status: forbidden\n      - term: ${JSON.stringify(preferred)}\n        status: preferred\n`
}

const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
const utf32le = (text: string) =>
  Buffer.concat([
    Buffer.from([0xff, 0xfe, 0, 0]),
    ...[...text].map((character) => {
      const bytes = Buffer.alloc(4)
      bytes.writeUInt32LE(character.codePointAt(0) ?? 0)
      return bytes
    }),
  ])

const poHeader = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
const xliff12 = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" target-language="it" datatype="plaintext" original="x"><body><trans-unit id="1"><source>the ministry</source><target>${target}</target></trans-unit></body></file></xliff>\n`
const entityBomb =
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
const tbx = (body: string, doctype = '') =>
  `<?xml version="1.0"?>${doctype}<martif type="TBX"><text><body>${body}</body></text></martif>`
const yamlBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...['b', 'c', 'd', 'e', 'f', 'g'].map(
    (name, at) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[at]}`).join(',')}]`,
  ),
  'concepts: *g',
].join('\n')

/** Every fixture, by path in the workspace: text as UTF-8, buffers as they are. */
export const fixtures: Record<string, string | Buffer> = {
  'a.md': article,
  'sources.en.md': english,
  'g.yaml': termBase,
  'empty.md': '',
  'bom.md': Buffer.from([0xef, 0xbb, 0xbf]),
  'blank.md': ' \n\t\n',
  'cr.md': 'Il ministero ha parlato.\rPoi è partito.\r',
  'utf16le.md': utf16le(article),
  'utf16be.md': utf16be(article),
  'utf16le-nobom.md': Buffer.from(article, 'utf16le'),
  'utf16be-nobom.md': Buffer.from(article, 'utf16le').swap16(),
  'utf16-odd.md': Buffer.from([0xff, 0xfe, 0x41]),
  'utf32le.md': utf32le(article),
  'bad-utf8.md': Buffer.concat([
    Buffer.from('Uno.\nDue '),
    Buffer.from([0xc3, 0x28]),
    Buffer.from(' tre.\n'),
  ]),
  'surrogate-bytes.md': Buffer.from([0x41, 0x0a, 0xed, 0xa0, 0x80]),
  'overlong.md': Buffer.from([0xc0, 0xaf, 0x41]),
  'nul.md': 'Uno.\u0000Due.\n',
  'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff, 0xd8]),
  'with space.md': article,
  'with\nnewline.md': article,
  'città–ü.md': article,
  '-dash.md': article,
  'latin1.po': Buffer.concat([
    Buffer.from(
      'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "the ministry"\nmsgstr "citt',
    ),
    Buffer.from([0xe0]),
    Buffer.from(' ministero"\n'),
  ]),
  'tb/truncated.yaml': 'concepts:\n  - id: x\n    it:\n      - term: "abc',
  'tb/concepts-number.yaml': 'concepts: 3\n',
  'tb/id-number.yaml': 'concepts:\n  - id: 5\n    it: [{term: a, status: preferred}]\n',
  'tb/term-list.yaml':
    'concepts:\n  - id: x\n    it:\n      - term: [a]\n        status: preferred\n',
  'tb/status-number.yaml': 'concepts:\n  - id: x\n    it:\n      - term: a\n        status: 7\n',
  'tb/concept-null.yaml': 'concepts:\n  - null\n',
  'tb/top-list.yaml': '- a\n- b\n',
  'tb/top-string.yaml': '"just a string"\n',
  'tb/term-null.yaml': 'concepts:\n  - id: x\n    it:\n      - null\n',
  'tb/terms-null.yaml': 'concepts:\n  - id: x\n    it: null\n',
  'tb/duplicate-id.yaml':
    'concepts:\n  - id: x\n    it: [{term: a, status: preferred}]\n  - id: x\n    it: [{term: b, status: preferred}]\n',
  'tb/empty.yaml': '',
  'tb/bom.yaml': '\uFEFF',
  'tb/comment.yaml': '# nothing\n',
  'tb/alias-bomb.yaml': yamlBomb,
  'tb/alias-repeat.yaml':
    'concepts:\n  - &c\n    id: x\n    it: [{term: a, status: preferred}]\n  - *c\n',
  'tb/empty-term.yaml': 'concepts:\n  - id: x\n    it: [{term: "", status: preferred}]\n',
  'tb/multi-document.yaml': 'concepts: []\n---\nconcepts: []\n',
  'tb/tab.yaml': 'concepts:\n\t- id: x\n',
  'tb/duplicate-key.yaml': 'concepts: []\nconcepts: []\n',
  'tb/js-function.yaml': 'concepts: !!js/function "function(){}"\n',
  'tb/binary.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  'tb/latin1.yaml': Buffer.concat([
    Buffer.from('concepts:\n  - id: x\n    it: [{term: "citt'),
    Buffer.from([0xe0]),
    Buffer.from('", status: forbidden}]\n'),
  ]),
  'tb/proto.json':
    '{"concepts":[{"id":"__proto__","it":[{"term":"ministero","status":"forbidden"}],"__proto__":{"polluted":1}}]}',
  'tb/truncated.json': '{"concepts":[{"id":"x","it":[{"term":"a"',
  'tb/term-number.json': '{"concepts":[{"id":"x","it":[{"term":1}]}]}',
  'tb/null.json': 'null',
  'tb/list.json': '[]',
  'tb/number.json': '42',
  'tb/entity.tbx': tbx(
    '<termEntry id="a"><langSet xml:lang="it"><tig><term>&x;</term></tig></langSet></termEntry>',
    '<!DOCTYPE martif [<!ENTITY x "y">]>',
  ),
  'tb/xxe.tbx': tbx(
    '<termEntry id="a"><langSet xml:lang="it"><tig><term>&x;</term></tig></langSet></termEntry>',
    '<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  ),
  'tb/bomb.tbx': tbx(
    '<termEntry id="a"><langSet xml:lang="it"><tig><term>&d;</term></tig></langSet></termEntry>',
    entityBomb.replace('<!DOCTYPE x', '<!DOCTYPE martif'),
  ),
  'tb/truncated.tbx':
    '<?xml version="1.0"?><martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="it"><tig><term>abc',
  'tb/empty.tbx': '',
  'tb/no-term.tbx': tbx(
    '<termEntry id="a"><langSet xml:lang="it"><tig><term></term></tig></langSet></termEntry>',
  ),
  'tb/html.tbx': '<html><body>hi</body></html>',
  'tb/open-quote.csv': 'id,it,en\nx,"ministero,ministry\n',
  'tb/empty.csv': '',
  'tb/no-language.csv': 'identifier,comment\n1,2\n',
  'tb/status.csv': 'it,it status\nministero,loud\n',
  'tb/terms.txt': 'hello',
  'tb/no-extension': 'concepts: []\n',
  'tb/nfd.yaml': oneConcept('citta\u0300', 'paese'),
  'tb/regex.yaml': oneConcept('a.*b', '(x'),
  'tb/punctuation.yaml': oneConcept('...', '!'),
  'tb/surrogate.json':
    '{"concepts":[{"id":"x","it":[{"term":"a\\uD800b","status":"forbidden"},{"term":"c","status":"preferred"}]}]}',
  'tb/utf16.yaml': utf16le(termBase),
  'po/truncated.po': `${poHeader}msgid "the ministry"\nmsgstr "il minis`,
  'po/garbage.po': 'this is not a po file\n"\n',
  'po/escape.po': 'msgid "a"\nmsgstr "il ministero \\q"\n',
  'po/charset.po': `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=NOPE-99\\n"\n\nmsgid "a"\nmsgstr "b"\n`,
  'po/koi8.po': `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=KOI8-R\\n"\n\nmsgid "the ministry"\nmsgstr "ministero"\n`,
  'po/plural.po': `${poHeader}msgid "the ministry"\nmsgid_plural "the ministries"\nmsgstr[0] "il ministero"\nmsgstr[1] "i ministeri"\n`,
  'po/context.po': `${poHeader}msgctxt "menu"\nmsgid "the ministry"\nmsgstr "il ministero"\n\n#~ msgid "the ministry"\n#~ msgstr "il ministero"\n`,
  'xlf/unclosed.xlf': xliff12('il ministero</targ>'),
  'xlf/bomb.xlf': xliff12('&d;').replace('\n<xliff', `\n${entityBomb}\n<xliff`),
  'xlf/empty.xlf': '',
  'xlf/html.xlf': '<html/>',
  'xlf/nul-entity.xlf': xliff12('il ministero &#0;'),
  'xlf/undefined-entity.xlf': xliff12('il ministero &bogus;'),
  'xlf/inline.xlf': xliff12('il <g id="1">ministero</g> <x id="2"/>è qui'),
  'xlf/cdata.xlf': xliff12('<![CDATA[il ministero & <b>]]>'),
  'cfg-number/.fonterc.json': '{"glossary": 5}',
  'cfg-json/.fonterc.json': '{ bad json',
  'cfg-list/.fonterc.json': '[]',
  'cfg-proto/.fonterc.json': '{"__proto__": {"polluted": 1}}',
  'cfg-rule/.fonterc.json': '{"rules": {"forbidden-term": "loud"}}',
  'cfg-rule-id/.fonterc.json': '{"rules": {"toString": "off"}}',
  'folder.md/.keep': '',
  'html/page.html': article,
  'deep.md': `${'> '.repeat(10_000)}ciao\n`,
  'deep-list.md': Array.from({ length: 100 }, (_, at) => `${' '.repeat(at * 2)}- voce`).join('\n'),
  'deep-emphasis.md': `${'*a '.repeat(20_000)}\n`,
  'dict/binary.index': Buffer.from([0x6a, 0x75, 0, 1, 2]),
  'dict/binary.dict': 'junk',
  'dict/not-gzip.index': 'ministry\tA\tJ\n',
  'dict/not-gzip.dict.dz': 'junk',
  'dict/cut.index': 'ministry\tA\tJ\n',
  'dict/cut.dict.dz': gzipSync(Buffer.from('ministry\n ministero\n'.repeat(50))).subarray(0, 30),
  'no\ntext/data.json': '{}',
  'index/stale.fonte-index': 'fonte-english-index 999\n{}\n',
  'index/damaged.fonte-index': 'fonte-english-index 1\n{"settings":{"lexicon":tr',
  'index/not-an-index.fonte-index': '{"version":1}',
}

/**
 * A scratch folder holding `fixtures`, an empty folder (`empty`), a loop of symbolic links
 * (`loop1.md` ↔ `loop2.md`), a dangling link (`dangling.md`), and a named pipe (`pipe.md`) where
 * `mkfifo` exists.
 *
 * @returns The folder, and whether it holds the named pipe.
 */
export function fuzzWorkspace(): { folder: string; hasFifo: boolean } {
  const folder = mkdtempSync(join(tmpdir(), 'fonte-fuzz-'))
  for (const [name, content] of Object.entries(fixtures)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), content)
  }
  mkdirSync(join(folder, 'empty'))
  symlinkSync('loop2.md', join(folder, 'loop1.md'))
  symlinkSync('loop1.md', join(folder, 'loop2.md'))
  symlinkSync('nowhere.md', join(folder, 'dangling.md'))
  const hasFifo = spawnSync('mkfifo', [join(folder, 'pipe.md')]).status === 0
  return { folder, hasFifo }
}

/**
 * Every regular file under `folder` with a hash of its bytes and its modification time: equal
 * snapshots before and after a run mean no input was changed and no output was left behind.
 */
export function snapshot(folder: string, into = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) snapshot(path, into)
    else if (entry.isFile()) {
      const hash = createHash('sha1').update(readFileSync(path)).digest('hex')
      into.set(path, `${hash} ${lstatSync(path).mtimeMs}`)
    } else into.set(path, entry.isSymbolicLink() ? 'link' : 'special')
  }
  return into
}

/** What a crash leaves on standard error, and a one-line message never holds. */
export const crashTrace = /\n\s+at |TypeError|RangeError|ReferenceError|node:internal|\bat file:/

/** Standard error's lines without fonte's notes on its optional data packages. */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('fonte: note:'))
}
