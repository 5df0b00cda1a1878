import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fonteIn } from './in-process.js'
import {
  crashTrace,
  english,
  errorLines,
  fuzzWorkspace,
  snapshot,
  termBase,
} from './fuzz-support.js'

/**
 * The CLI fuzz table (issue #14): bad inputs to every command, each refused with exit 2 and one
 * line on standard error that names the file (with line and column where there is a place), no
 * stack trace, nothing on standard output, no file changed and none left behind.
 */

const { folder, hasFifo } = fuzzWorkspace()
const root = process.getuid?.() === 0
const linux = process.platform === 'linux'
const stdinIsFile = (() => {
  try {
    return statSync('/dev/stdin').isFile()
  } catch {
    return true // no /dev/stdin: the row is skipped
  }
})()

const G = ['-g', 'g.yaml']
const EN = ['--en', 'sources.en.md']

interface Options {
  /** Standard input, as text or bytes (default: empty). */
  input?: string | Buffer
  /** The folder to run in, under the workspace (default: the workspace). */
  cwd?: string
  /** Whether the row can run here (default: yes); rows that cannot say why in their name. */
  when?: boolean
}

type Row = [name: string, args: string[], message: RegExp, options?: Options]

/** Inputs that are not text in an encoding fonte reads, for every command that reads articles. */
const encodings: Row[] = [
  [
    'UTF-16 LE without a byte order mark',
    ['split', 'utf16le-nobom.md'],
    /`utf16le-nobom\.md`: a binary file/,
  ],
  [
    'UTF-16 BE without a byte order mark',
    ['lint', 'utf16be-nobom.md', ...G],
    /`utf16be-nobom\.md`: a binary file/,
  ],
  ['UTF-16 cut in a character', ['split', 'utf16-odd.md'], /`utf16-odd\.md`: not valid UTF-16/],
  [
    'UTF-32',
    ['lint', 'utf32le.md', ...G],
    /cannot read `utf32le\.md`: UTF-32LE, which fonte does not read; convert it/,
  ],
  [
    'invalid UTF-8 in the middle',
    ['split', 'bad-utf8.md'],
    /`bad-utf8\.md`: not valid UTF-8 \(line 2\)/,
  ],
  [
    'a surrogate encoded in UTF-8',
    ['align', 'surrogate-bytes.md', ...EN],
    /`surrogate-bytes\.md`: not valid UTF-8 \(line 2\)/,
  ],
  [
    'an overlong UTF-8 sequence',
    ['report', 'overlong.md', '--out', 'r'],
    /`overlong\.md`: not valid UTF-8/,
  ],
  ['a NUL byte', ['split', 'nul.md'], /`nul\.md` looks binary/],
  ['a PNG named .md', ['variants', 'image.md', ...EN], /`image\.md`: a binary file/],
  ['a binary English source', ['align', 'a.md', '--en', 'nul.md'], /`nul\.md` looks binary/],
  ['a binary --source', ['lint', 'a.md', ...G, '-s', 'image.md'], /`image\.md`: a binary file/],
  ['a NUL --source', ['lint', 'a.md', ...G, '-s', 'nul.md'], /`nul\.md` looks binary/],
  [
    'binary standard input',
    ['split', '-'],
    /standard input.* binary/,
    { input: Buffer.from([0, 1, 2]) },
  ],
  [
    // As for a file (before: "not valid UTF-8 (line 1); convert it to UTF-8 first (iconv …)").
    'a PNG on standard input',
    ['lint', '-', ...G],
    /: standard input: a binary file, expected text$/,
    { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff, 0xd8]) },
  ],
  [
    'Latin-1 on standard input',
    ['lint', '-', ...G],
    /standard input: not valid UTF-8 \(line 1\)/,
    { input: Buffer.from([0x43, 0x61, 0x66, 0xe8]) },
  ],
  [
    'UTF-16 cut on standard input',
    ['split', '-'],
    /standard input: not valid UTF-16/,
    { input: Buffer.from([0xff, 0xfe, 0x41]) },
  ],
  ['an empty article to align', ['align', 'empty.md', ...EN], /`empty\.md` has no text/],
  ['a byte order mark only, to align', ['align', 'bom.md', ...EN], /`bom\.md` has no text/],
  ['an empty English source', ['align', 'a.md', '--en', 'empty.md'], /`empty\.md` has no text/],
  [
    'an empty story to index',
    ['index', 'empty.md', '--out', 'x.fonte-index'],
    /English source `empty\.md` has no text/,
  ],
  [
    'an Italian story to index',
    ['index', 'a.md', 'a.md', '--out', 'x.fonte-index'],
    /English source `a\.md` looks Italian, not English|`a\.md`: no English sentence/,
  ],
  [
    'a binary story to index',
    ['index', 'image.md', '--out', 'x.fonte-index'],
    /`image\.md`: a binary file/,
  ],
]

/** Paths that are not readable files. */
const paths: Row[] = [
  ['a missing file', ['split', 'missing.md'], /`missing\.md`: no such file or folder/],
  ['a missing file to lint', ['lint', 'missing.md', ...G], /`missing\.md`: no such file/],
  ['a missing article to align', ['align', 'missing.md', ...EN], /`missing\.md`: no such file/],
  [
    'a missing English source',
    ['align', 'a.md', '--en', 'missing.md'],
    /`missing\.md`: no such file/,
  ],
  [
    'a missing story to index',
    ['index', 'missing.md', '--out', 'x.fonte-index'],
    /`missing\.md`: no such file/,
  ],
  ['a glob matching nothing', ['split', '*.nothing'], /no file matches `\*\.nothing`/],
  ['an empty folder', ['split', 'empty'], /`empty`: no \.md, .* file in this folder/],
  ['an empty folder to lint', ['lint', 'empty', ...G], /`empty`: no \.md, .* file in this folder/],
  [
    'an empty folder of English sources',
    ['align', 'a.md', '--en', 'empty'],
    /`empty`: no \.md, \.markdown, \.txt or \.text file in this folder/,
  ],
  ['an empty folder to report', ['report', 'empty', '--out', 'r'], /`empty`: no \.md/],
  ['an empty folder to index', ['index', 'empty', '--out', 'x.fonte-index'], /`empty`: no \.md/],
  [
    'a folder named .md as the article',
    ['align', 'folder.md', ...EN],
    /`folder\.md`: a folder, expected a file/,
  ],
  ['a folder as the term base', ['lint', 'a.md', '-g', 'empty'], /term base `empty`: a folder/],
  ['a folder as --source', ['lint', 'a.md', ...G, '-s', 'empty'], /source `empty`: a folder/],
  ['a folder as --config', ['lint', 'a.md', ...G, '-c', 'empty'], /config `.*empty`: a folder/],
  [
    'a folder as --ignore-path',
    ['lint', 'a.md', ...G, '--ignore-path', 'empty'],
    /--ignore-path `.*empty`: a folder/,
  ],
  ['a loop of symbolic links', ['split', 'loop1.md'], /`loop1\.md`: a loop of symbolic links/],
  [
    'a loop of symbolic links to align',
    ['align', 'loop1.md', ...EN],
    /`loop1\.md`: a loop of symbolic links/,
  ],
  [
    'a loop of symbolic links as the term base',
    ['lint', 'a.md', '-g', 'loop1.md'],
    /loop1\.md.*ELOOP/,
  ],
  [
    'a dangling symbolic link',
    ['lint', 'dangling.md', ...G],
    /`dangling\.md`: a symbolic link to a file that does not exist/,
  ],
  [
    'a dangling symbolic link as a source',
    ['align', 'a.md', '--en', 'dangling.md'],
    /`dangling\.md`: a symbolic link to a file/,
  ],
  [
    'a named pipe (skipped without mkfifo)',
    ['split', 'pipe.md'],
    /`pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe to lint (skipped without mkfifo)',
    ['lint', 'pipe.md', ...G],
    /`pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe as the term base (skipped without mkfifo)',
    ['lint', 'a.md', '-g', 'pipe.md'],
    /term base `pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe as --config (skipped without mkfifo)',
    ['lint', 'a.md', ...G, '-c', 'pipe.md'],
    /config `.*pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe as --source (skipped without mkfifo)',
    ['lint', 'a.md', ...G, '-s', 'pipe.md'],
    /source `pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe as --en (skipped without mkfifo)',
    ['align', 'a.md', '--en', 'pipe.md'],
    /`pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    'a named pipe to index (skipped without mkfifo)',
    ['index', 'pipe.md', '--out', 'x.fonte-index'],
    /`pipe\.md`: a named pipe/,
    { when: hasFifo },
  ],
  [
    '/dev/zero (skipped off Linux)',
    ['split', '/dev/zero'],
    /`\/dev\/zero`: a device/,
    { when: linux },
  ],
  [
    '/dev/zero as the term base (skipped off Linux)',
    ['lint', 'a.md', '-g', '/dev/zero'],
    /`\/dev\/zero`: a device/,
    { when: linux },
  ],
  [
    '/dev/zero as an English source (skipped off Linux)',
    ['align', 'a.md', '--en', '/dev/zero'],
    /`\/dev\/zero`: a device/,
    { when: linux },
  ],
  [
    '/dev/stdin (skipped when standard input is a file)',
    ['split', '/dev/stdin'],
    /`\/dev\/stdin`: a (socket|named pipe|device)/,
    { when: linux && !stdinIsFile },
  ],
  [
    'a file name with a newline, on one line',
    ['align', 'a.md', '--en', 'with\nnewline.md'],
    /`with\\nnewline\.md` looks Italian/,
  ],
  [
    'a name that starts with -',
    ['split', '-dash.md'],
    /unknown option `-d` \(see `fonte split --help`; a file whose name starts with - goes after --\)$/,
  ],
  [
    'standard input twice as --source',
    ['lint', '-', ...G, '-s', '-'],
    /standard input is read once/,
  ],
]

/** Markdown nested deeper than fonte parses safely: refused before any work, the file named. */
const depth: Row[] = [
  [
    'a 10,000-deep blockquote to report',
    ['report', 'a.md', 'deep.md', '--out', 'r'],
    /^fonte report: deep\.md:1:\d+: Unexpected .*nested/,
  ],
  [
    'a 100-deep list to report, on workers',
    ['report', 'a.md', 'deep-list.md', '--out', 'r', '--jobs', '2'],
    /^fonte report: deep-list\.md:\d+:\d+: Unexpected .*nested/,
  ],
  [
    'a 10,000-deep blockquote to lint',
    ['lint', 'deep.md', ...G],
    /^fonte lint: deep\.md:1:\d+: Unexpected .*nested/,
  ],
  [
    'a 100-deep list to align',
    ['align', 'deep-list.md', ...EN],
    /^fonte align: deep-list\.md:\d+:\d+: Unexpected .*nested/,
  ],
  [
    '20,000 emphasis runs to lint',
    ['lint', 'deep-emphasis.md', ...G],
    /^fonte lint: deep-emphasis\.md:1:\d+: Unexpected/,
  ],
  [
    'a 10,000-deep blockquote for variants',
    ['variants', 'deep.md', ...EN],
    /^fonte variants: deep\.md:1:\d+: Unexpected .*nested/,
  ],
]

/** Term bases: every format truncated, wrong types, bombs, what is not a term base. */
const termBases: Row[] = [
  [
    'truncated YAML',
    ['lint', 'a.md', '-g', 'tb/truncated.yaml'],
    /^fonte lint: tb\/truncated\.yaml:4:\d+: /,
  ],
  [
    'concepts a number',
    ['lint', 'a.md', '-g', 'tb/concepts-number.yaml'],
    /tb\/concepts-number\.yaml:1:\d+: Unexpected/,
  ],
  [
    'an id that is a number',
    ['lint', 'a.md', '-g', 'tb/id-number.yaml'],
    /tb\/id-number\.yaml:2:\d+: Unexpected/,
  ],
  [
    'a term that is a list',
    ['lint', 'a.md', '-g', 'tb/term-list.yaml'],
    /tb\/term-list\.yaml:4:\d+: Unexpected/,
  ],
  [
    'a status that is a number',
    ['lint', 'a.md', '-g', 'tb/status-number.yaml'],
    /tb\/status-number\.yaml:5:\d+: Unexpected status/,
  ],
  [
    'a null concept',
    ['lint', 'a.md', '-g', 'tb/concept-null.yaml'],
    /tb\/concept-null\.yaml:2:\d+: Unexpected/,
  ],
  [
    'a list at the top',
    ['lint', 'a.md', '-g', 'tb/top-list.yaml'],
    /tb\/top-list\.yaml:1:1: Unexpected/,
  ],
  [
    'a string at the top',
    ['lint', 'a.md', '-g', 'tb/top-string.yaml'],
    /tb\/top-string\.yaml:1:1: Unexpected/,
  ],
  [
    'a null term',
    ['lint', 'a.md', '-g', 'tb/term-null.yaml'],
    /tb\/term-null\.yaml:4:\d+: Unexpected/,
  ],
  [
    'null terms',
    ['lint', 'a.md', '-g', 'tb/terms-null.yaml'],
    /tb\/terms-null\.yaml:3:\d+: Unexpected/,
  ],
  [
    'a duplicate concept id',
    ['lint', 'a.md', '-g', 'tb/duplicate-id.yaml'],
    /tb\/duplicate-id\.yaml:4:\d+: Unexpected duplicate/,
  ],
  [
    'an empty YAML file',
    ['lint', 'a.md', '-g', 'tb/empty.yaml'],
    /tb\/empty\.yaml:1:1: Unexpected/,
  ],
  [
    'a byte order mark only',
    ['lint', 'a.md', '-g', 'tb/bom.yaml'],
    /tb\/bom\.yaml:1:1: Unexpected/,
  ],
  [
    'a comment only',
    ['lint', 'a.md', '-g', 'tb/comment.yaml'],
    /tb\/comment\.yaml:1:1: Unexpected/,
  ],
  [
    'a YAML alias bomb',
    ['lint', 'a.md', '-g', 'tb/alias-bomb.yaml'],
    /tb\/alias-bomb\.yaml:\d+:\d+: Unexpected/,
  ],
  [
    'one concept twice through an alias',
    ['lint', 'a.md', '-g', 'tb/alias-repeat.yaml'],
    /tb\/alias-repeat\.yaml:\d+:\d+: Unexpected/,
  ],
  [
    'an empty term',
    ['lint', 'a.md', '-g', 'tb/empty-term.yaml'],
    /tb\/empty-term\.yaml:3:\d+: Unexpected/,
  ],
  [
    'two YAML documents',
    ['lint', 'a.md', '-g', 'tb/multi-document.yaml'],
    /tb\/multi-document\.yaml:2:1: Unexpected YAML/,
  ],
  [
    'a tab as indentation',
    ['lint', 'a.md', '-g', 'tb/tab.yaml'],
    /tb\/tab\.yaml:2:1: Unexpected YAML/,
  ],
  [
    'a duplicate key',
    ['lint', 'a.md', '-g', 'tb/duplicate-key.yaml'],
    /tb\/duplicate-key\.yaml:2:1: Unexpected YAML/,
  ],
  [
    'a !!js/function tag',
    ['lint', 'a.md', '-g', 'tb/js-function.yaml'],
    /tb\/js-function\.yaml:1:\d+: Unexpected/,
  ],
  [
    'a binary term base',
    ['lint', 'a.md', '-g', 'tb/binary.yaml'],
    /tb\/binary\.yaml:1:1: Unexpected bytes that are not UTF-8/,
  ],
  [
    'a Latin-1 term base',
    ['lint', 'a.md', '-g', 'tb/latin1.yaml'],
    /tb\/latin1\.yaml:3:\d+: Unexpected bytes that are not UTF-8/,
  ],
  [
    'JSON with __proto__',
    ['lint', 'a.md', '-g', 'tb/proto.json'],
    /tb\/proto\.json:1:\d+: Unexpected key `__proto__`/,
  ],
  [
    'truncated JSON',
    ['lint', 'a.md', '-g', 'tb/truncated.json'],
    /tb\/truncated\.json:1:\d+: Unexpected/,
  ],
  [
    'a term that is a number (JSON)',
    ['lint', 'a.md', '-g', 'tb/term-number.json'],
    /tb\/term-number\.json:1:\d+: Unexpected/,
  ],
  ['JSON null', ['lint', 'a.md', '-g', 'tb/null.json'], /tb\/null\.json:1:1: Unexpected/],
  ['a JSON list', ['lint', 'a.md', '-g', 'tb/list.json'], /tb\/list\.json:1:1: Unexpected/],
  ['a JSON number', ['lint', 'a.md', '-g', 'tb/number.json'], /tb\/number\.json:1:1: Unexpected/],
  [
    'TBX with an internal entity',
    ['lint', 'a.md', '-g', 'tb/entity.tbx'],
    /tb\/entity\.tbx:1:\d+: Unexpected XML/,
  ],
  [
    'TBX with an external entity (XXE)',
    ['lint', 'a.md', '-g', 'tb/xxe.tbx'],
    /tb\/xxe\.tbx:1:\d+: Unexpected XML/,
  ],
  [
    'TBX with an entity bomb',
    ['lint', 'a.md', '-g', 'tb/bomb.tbx'],
    /tb\/bomb\.tbx:1:\d+: Unexpected XML/,
  ],
  [
    'truncated TBX',
    ['lint', 'a.md', '-g', 'tb/truncated.tbx'],
    /tb\/truncated\.tbx:1:\d+: Unexpected XML/,
  ],
  ['empty TBX', ['lint', 'a.md', '-g', 'tb/empty.tbx'], /tb\/empty\.tbx:1:1: Unexpected XML/],
  [
    'TBX with an empty term',
    ['lint', 'a.md', '-g', 'tb/no-term.tbx'],
    /tb\/no-term\.tbx:1:\d+: Unexpected/,
  ],
  [
    'HTML named .tbx',
    ['lint', 'a.md', '-g', 'tb/html.tbx'],
    /tb\/html\.tbx:1:\d+: Unexpected root element <html>/,
  ],
  [
    'CSV with an open quote',
    ['lint', 'a.md', '-g', 'tb/open-quote.csv'],
    /tb\/open-quote\.csv:2:1: Unexpected CSV/,
  ],
  [
    'an empty CSV',
    ['lint', 'a.md', '-g', 'tb/empty.csv'],
    /tb\/empty\.csv:1:1: Unexpected empty CSV/,
  ],
  [
    'CSV without a language column',
    ['lint', 'a.md', '-g', 'tb/no-language.csv'],
    /tb\/no-language\.csv:1:1: Unexpected CSV header/,
  ],
  [
    'CSV with an unknown status',
    ['lint', 'a.md', '-g', 'tb/status.csv'],
    /tb\/status\.csv:2:\d+: Unexpected status `loud`/,
  ],
  [
    'an unknown extension',
    ['lint', 'a.md', '-g', 'tb/terms.txt'],
    /tb\/terms\.txt:1:1: Unexpected term base extension/,
  ],
  [
    'no extension',
    ['lint', 'a.md', '-g', 'tb/no-extension'],
    /tb\/no-extension:1:1: Unexpected term base extension/,
  ],
  [
    'a missing term base',
    ['lint', 'a.md', '-g', 'tb/missing.yaml'],
    /tb\/missing\.yaml.*no such file/,
  ],
  [
    'a bad term base to align',
    ['align', 'a.md', ...EN, '-g', 'tb/truncated.yaml'],
    /^fonte align: tb\/truncated\.yaml:4:\d+: /,
  ],
  [
    'a bad term base to report',
    ['report', 'a.md', ...EN, '-g', 'tb/id-number.yaml', '--out', 'r'],
    /^fonte report: tb\/id-number\.yaml:2:\d+: /,
  ],
  [
    'a bad term base for variants',
    ['variants', 'a.md', ...EN, '-g', 'tb/alias-bomb.yaml'],
    /^fonte variants: tb\/alias-bomb\.yaml:\d+:\d+: /,
  ],
]

/** PO and XLIFF that cannot be read, or whose fix could not be written exactly. */
const bilingual: Row[] = [
  [
    'truncated PO',
    ['lint', 'po/truncated.po', ...G],
    /po\/truncated\.po:6:\d+: Unexpected end of line/,
  ],
  ['not PO', ['lint', 'po/garbage.po', ...G], /po\/garbage\.po:1:1: Unexpected/],
  [
    'an unknown escape in PO',
    ['lint', 'po/escape.po', ...G],
    /po\/escape\.po:2:\d+: Unexpected escape/,
  ],
  [
    'an unknown PO charset',
    ['lint', 'po/charset.po', ...G],
    /`po\/charset\.po`: it declares the encoding `nope-99`/,
  ],
  [
    'a fix into KOI8-R',
    ['lint', 'po/koi8.po', ...G, '--fix'],
    /cannot fix `po\/koi8\.po`: it is in koi8-r/,
  ],
  [
    'a fix under --fix-fuzzy into KOI8-R',
    ['lint', 'po/koi8.po', ...G, '--fix-fuzzy'],
    /cannot fix `po\/koi8\.po`/,
  ],
  [
    'unclosed XLIFF',
    ['lint', 'xlf/unclosed.xlf', ...G],
    /xlf\/unclosed\.xlf:2:\d+: Unexpected XML/,
  ],
  [
    'unclosed XLIFF under --fix',
    ['lint', 'xlf/unclosed.xlf', ...G, '--fix'],
    /xlf\/unclosed\.xlf:2:\d+: Unexpected XML/,
  ],
  [
    'an XLIFF entity bomb',
    ['lint', 'xlf/bomb.xlf', ...G],
    /xlf\/bomb\.xlf:\d+:\d+: Unexpected XML/,
  ],
  ['empty XLIFF', ['lint', 'xlf/empty.xlf', ...G], /xlf\/empty\.xlf:1:1: Unexpected empty file/],
  [
    'HTML named .xlf',
    ['lint', 'xlf/html.xlf', ...G],
    /xlf\/html\.xlf:1:\d+: Unexpected root element <html>/,
  ],
  [
    'a NUL character reference',
    ['lint', 'xlf/nul-entity.xlf', ...G],
    /xlf\/nul-entity\.xlf:2:\d+: Unexpected XML/,
  ],
  [
    'an undefined entity',
    ['lint', 'xlf/undefined-entity.xlf', ...G, '--fix'],
    /xlf\/undefined-entity\.xlf:2:\d+: Unexpected XML/,
  ],
  [
    'bad PO on standard input',
    ['lint', '-', '--stdin-filename', 'x.po', ...G],
    /^fonte lint: x\.po:1:1: Unexpected/,
    { input: 'garbage "' },
  ],
  [
    'bad XLIFF on standard input',
    ['lint', '-', '--stdin-filename', 'x.xlf', ...G, '--fix'],
    /^fonte lint: x\.xlf:1:\d+: Unexpected XML/,
    { input: '<xliff' },
  ],
]

/** Output paths that cannot be written, or that would replace an input. */
const outputs: Row[] = [
  [
    'lint -o over its input',
    ['lint', 'a.md', ...G, '-o', 'a.md'],
    /cannot write `a\.md` \(--output-file\): it is `a\.md`, which this run reads/,
  ],
  [
    'lint -o over its term base',
    ['lint', 'a.md', ...G, '-o', 'g.yaml'],
    /cannot write `g\.yaml` \(--output-file\): it is `g\.yaml`/,
  ],
  [
    'lint -o over its source',
    ['lint', 'a.md', ...G, '-s', 'sources.en.md', '-o', 'sources.en.md'],
    /it is `sources\.en\.md`/,
  ],
  [
    'lint -o at a folder',
    ['lint', 'a.md', ...G, '-o', 'empty'],
    /cannot write `empty` \(--output-file\): EISDIR/,
  ],
  [
    'lint -o under a file',
    ['lint', 'a.md', ...G, '-o', 'a.md/report.txt'],
    /cannot write `a\.md\/report\.txt` \(--output-file\): ENOTDIR/,
  ],
  [
    'lint -o at a device (skipped off Linux)',
    ['lint', 'a.md', ...G, '-o', '/dev/full'],
    /cannot write `\/dev\/full` \(--output-file\)/,
    { when: linux },
  ],
  [
    'lint -o on /proc (skipped off Linux)',
    ['lint', 'a.md', ...G, '-o', '/proc/nope/r.txt'],
    /cannot write `\/proc\/nope\/r\.txt` \(--output-file\)/,
    { when: linux },
  ],
  [
    'lint -o at a named pipe (skipped without mkfifo)',
    ['lint', 'a.md', ...G, '-o', 'pipe.md'],
    /cannot write `pipe\.md` \(--output-file\)/,
    { when: hasFifo },
  ],
  [
    'index --out over its story',
    ['index', 'sources.en.md', '--out', 'sources.en.md'],
    /cannot write `sources\.en\.md` \(--out\): it is `sources\.en\.md`/,
  ],
  [
    'index --out over a file that is not an index',
    ['index', 'sources.en.md', '--out', 'a.md'],
    /cannot write `a\.md` \(--out\): it exists and is not a fonte index/,
  ],
  [
    'index --out at a folder',
    ['index', 'sources.en.md', '--out', 'empty'],
    /cannot write `empty` \(--out\): EISDIR/,
  ],
  [
    'index --out under a file',
    ['index', 'sources.en.md', '--out', 'a.md/x.fonte-index'],
    /cannot write `a\.md\/x\.fonte-index` \(--out\): ENOTDIR/,
  ],
  [
    'index --out on /proc (skipped off Linux)',
    ['index', 'sources.en.md', '--out', '/proc/nope/x'],
    /cannot write `\/proc\/nope\/x` \(--out\)/,
    { when: linux },
  ],
  ['index without --out', ['index', 'sources.en.md'], /no --out/],
  [
    'report --out at a file',
    ['report', 'a.md', '--out', 'a.md'],
    /--out `a\.md`: a file, expected a folder/,
  ],
  [
    'report --out under a file',
    ['report', 'a.md', '--out', 'a.md/sub'],
    /cannot write the report to `.*`: ENOTDIR/,
  ],
  [
    'report --out where its pages would replace an HTML article',
    ['report', 'html/page.html', '--out', 'html'],
    /its pages could replace `html\/page\.html`, which this run reads/,
  ],
  ['report --out empty', ['report', 'a.md', '--out', ''], /--out is empty/],
  [
    'report --out on /proc (skipped off Linux)',
    ['report', 'a.md', '--out', '/proc/nope'],
    /cannot write the report to `\/proc\/nope`/,
    { when: linux },
  ],
]

/** Indexes given as English sources that this version cannot read. */
const indexes: Row[] = [
  [
    'an index of another version',
    ['align', 'a.md', '--en', 'index/stale.fonte-index'],
    /`index\/stale\.fonte-index`: index format version 999 is not supported/,
  ],
  [
    'a truncated index',
    ['align', 'a.md', '--en', 'index/damaged.fonte-index'],
    /`index\/damaged\.fonte-index`: the index is damaged/,
  ],
]

/** Options: unknown, missing values, values out of range. */
const options: Row[] = [
  ['an unknown command', ['bogus'], /^fonte: unknown command `bogus`/],
  ['an empty command', [''], /^fonte: unknown command ``/],
  ['__proto__ as a command', ['__proto__'], /^fonte: unknown command `__proto__`/],
  [
    'an unknown flag',
    ['lint', 'a.md', ...G, '--nope'],
    /unknown option `--nope` \(see `fonte lint --help`; .*\)$/,
  ],
  ['an unknown short flag', ['split', 'a.md', '-x'], /unknown option `-x`/],
  [
    'a missing --glossary value',
    ['lint', 'a.md', '-g'],
    /--glossary: the value is missing \(see `fonte lint --help`\)$/,
  ],
  ['no term base', ['lint', 'a.md', '--no-config'], /no term base/],
  ['no input', ['lint', ...G], /no input/],
  ['no input to split', ['split'], /no input/],
  [
    'a value to a boolean flag',
    ['lint', 'a.md', ...G, '--fix=yes'],
    /--fix takes no value \(see `fonte lint --help`\)$/,
  ],
  ['--jobs 0', ['lint', 'a.md', ...G, '--jobs', '0'], /unknown --jobs `0`/],
  [
    '--jobs -1',
    ['lint', 'a.md', ...G, '--jobs', '-1'],
    /--jobs: a value that starts with - is written --jobs=-…/,
  ],
  ['--jobs=-1', ['report', 'a.md', '--jobs=-1'], /unknown --jobs `-1`/],
  ['--jobs abc', ['lint', 'a.md', ...G, '--jobs', 'abc'], /unknown --jobs `abc`/],
  ['--jobs 1.5', ['report', 'a.md', '--jobs', '1.5'], /unknown --jobs `1\.5`/],
  ['--jobs empty', ['lint', 'a.md', ...G, '--jobs', ''], /unknown --jobs ``/],
  ['a missing --jobs value', ['lint', 'a.md', ...G, '--jobs'], /--jobs: the value is missing/],
  [
    '--max-warnings -1',
    ['lint', 'a.md', ...G, '--max-warnings', '-1'],
    /--max-warnings: a value that starts with -/,
  ],
  ['--max-warnings=-1', ['lint', 'a.md', ...G, '--max-warnings=-1'], /unknown --max-warnings `-1`/],
  [
    '--max-warnings abc',
    ['lint', 'a.md', ...G, '--max-warnings', 'abc'],
    /unknown --max-warnings `abc`/,
  ],
  [
    '--max-warnings NaN',
    ['lint', 'a.md', ...G, '--max-warnings', 'NaN'],
    /unknown --max-warnings `NaN`/,
  ],
  ['--rule x=y', ['lint', 'a.md', ...G, '--rule', 'x=y'], /unknown --rule `x=y`/],
  [
    '--rule without a severity',
    ['lint', 'a.md', ...G, '--rule', 'forbidden-term'],
    /unknown --rule `forbidden-term`/,
  ],
  [
    '--rule __proto__=off',
    ['lint', 'a.md', ...G, '--rule', '__proto__=off'],
    /unknown --rule `__proto__=off`/,
  ],
  [
    '--rule with two =',
    ['lint', 'a.md', ...G, '--rule', 'forbidden-term=error=x'],
    /unknown --rule `forbidden-term=error=x`/,
  ],
  [
    '--max-warnings empty',
    ['lint', 'a.md', ...G, '--max-warnings', ''],
    /unknown --max-warnings ``/,
  ],
  [
    '--max-warnings 0x1',
    ['lint', 'a.md', ...G, '--max-warnings', '0x1'],
    /unknown --max-warnings `0x1`/,
  ],
  [
    '--rule toString=warn',
    ['lint', 'a.md', ...G, '--rule', 'toString=warn'],
    /unknown --rule `toString=warn`/,
  ],
  ['an unknown --format', ['lint', 'a.md', ...G, '--format', 'xml'], /unknown --format `xml`/],
  ['an unknown split --format', ['split', 'a.md', '--format', 'x'], /unknown --format `x`/],
  ['an unknown --convention', ['split', 'a.md', '--convention', 'x'], /unknown --convention `x`/],
  ['an unknown --quotes', ['split', 'a.md', '--quotes', 'x'], /unknown --quotes `x`/],
  [
    'an unknown --stdin-filename extension',
    ['lint', '-', ...G, '--stdin-filename', 'x.exe'],
    /unknown --stdin-filename `x\.exe`/,
  ],
  ['--threshold 2', ['align', 'a.md', ...EN, '--threshold', '2'], /unknown --threshold `2`/],
  [
    '--threshold -1',
    ['align', 'a.md', ...EN, '--threshold', '-1'],
    /--threshold: a value that starts with -/,
  ],
  ['--threshold NaN', ['align', 'a.md', ...EN, '--threshold', 'NaN'], /unknown --threshold `NaN`/],
  ['two articles to align', ['align', 'a.md', 'cr.md', ...EN], /give one article to align/],
  ['align without --en', ['align', 'a.md'], /no English source/],
  [
    'an Italian English source',
    ['align', 'a.md', '--en', 'a.md'],
    /`a\.md` looks Italian, not English/,
  ],
  // --en - reads standard input (before: "cannot read `-`: no such file or folder").
  [
    'standard input as both the article and an English source',
    ['align', '-', '--en', '-'],
    /: standard input is read once: give - as the article or as one --en$/,
    { input: 'Il ministro ha parlato.\n' },
  ],
  [
    'an Italian English source on standard input',
    ['align', 'a.md', '--en', '-'],
    /: English source `-` looks Italian, not English$/,
    { input: 'Il ministro ha detto che il governo non cambierà idea sulla legge di bilancio.\n' },
  ],
  // report's and variants' --en are checked as align's (before: read as they were, no originals).
  [
    'an Italian English source for report',
    ['report', 'cr.md', '--en', 'a.md', '--out', 'r'],
    /: English source `a\.md` looks Italian, not English$/,
  ],
  [
    'an Italian English source for variants',
    ['variants', 'cr.md', '--en', 'a.md'],
    /: English source `a\.md` looks Italian, not English$/,
  ],
  [
    'an empty English source for report',
    ['report', 'a.md', '--en', 'empty.md', '--out', 'r'],
    /: English source `empty\.md` has no text$/,
  ],
  [
    'a binary English source for report',
    ['report', 'a.md', '--en', 'image.md', '--out', 'r'],
    /: `image\.md`: a binary file, expected text$/,
  ],
  [
    '--dictionary that is not .index',
    ['align', 'a.md', ...EN, '--dictionary', 'a.md'],
    /--dictionary `a\.md`: expected a dictd \.index file/,
  ],
  [
    'a missing --dictionary',
    ['align', 'a.md', ...EN, '--dictionary', 'x.index'],
    /--dictionary `x\.index`: no such file/,
  ],
  [
    'a binary --dictionary',
    ['align', 'a.md', ...EN, '--dictionary', 'dict/binary.index'],
    /--dictionary `dict\/binary\.index`: no dictd entry in it/,
  ],
  [
    'a --dictionary whose .dict.dz is not gzip',
    ['align', 'a.md', ...EN, '--dictionary', 'dict/not-gzip.index'],
    /--dictionary `dict\/not-gzip\.index`: cannot read `dict\/not-gzip\.dict\.dz`/,
  ],
  [
    'a --dictionary cut short, to report',
    ['report', 'a.md', ...EN, '--dictionary', 'dict/cut.index', '--out', 'r'],
    /--dictionary `dict\/cut\.index`: cannot read `dict\/cut\.dict\.dz`/,
  ],
  [
    'a --dictionary cut short, to index',
    ['index', 'sources.en.md', '--dictionary', 'dict/cut.index', '--out', 'x.fonte-index'],
    /--dictionary `dict\/cut\.index`: cannot read/,
  ],
  [
    'a --dictionary cut short, for variants',
    ['variants', 'a.md', ...EN, '--dictionary', 'dict/cut.index'],
    /--dictionary `dict\/cut\.index`: cannot read/,
  ],
  [
    'two sources for one input',
    ['lint', 'a.md', ...G, '-s', 'sources.en.md', '-s', 'sources.en.md'],
    /2 sources for 1 input:/,
  ],
]

/** Config and ignore files that cannot be used. */
const configs: Row[] = [
  [
    'a config whose glossary is a number',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-number\/\.fonterc\.json: Unexpected `glossary`/,
    { cwd: 'cfg-number' },
  ],
  [
    'a config that is not JSON',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-json\/\.fonterc\.json:1:\d+: Unexpected config, expected JSON/,
    { cwd: 'cfg-json' },
  ],
  [
    'a config that is a list',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-list\/\.fonterc\.json:1:1: Unexpected config/,
    { cwd: 'cfg-list' },
  ],
  [
    'a config with __proto__',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-proto\/\.fonterc\.json: Unexpected config field `__proto__`/,
    { cwd: 'cfg-proto' },
  ],
  [
    'a config with an unknown severity',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-rule\/\.fonterc\.json: Unexpected rule setting `"forbidden-term": "loud"`/,
    { cwd: 'cfg-rule' },
  ],
  [
    'a config with an inherited name as a rule',
    ['lint', '../a.md', '-g', '../g.yaml'],
    /cfg-rule-id\/\.fonterc\.json: Unexpected rule setting `"toString": "off"`/,
    { cwd: 'cfg-rule-id' },
  ],
  [
    'YAML given as --config, on one line',
    ['lint', 'a.md', ...G, '-c', 'g.yaml'],
    /g\.yaml:1:1: Unexpected config, expected JSON .*"concepts:\\n"/,
  ],
  [
    'a missing --config',
    ['lint', 'a.md', ...G, '-c', 'nope.json'],
    /config `nope\.json`: no such file/,
  ],
  [
    'a missing --ignore-path',
    ['lint', 'a.md', ...G, '--ignore-path', 'nope'],
    /--ignore-path `nope`: no such file or folder/,
  ],
]

const tables: Array<[string, Row[]]> = [
  ['encodings', encodings],
  ['paths', paths],
  ['deep Markdown', depth],
  ['term bases', termBases],
  ['PO and XLIFF', bilingual],
  ['output paths', outputs],
  ['indexes', indexes],
  ['options', options],
  ['config and ignore files', configs],
]

describe.each(tables)(
  'fonte fuzz, %s: exit 2, one line naming the file, nothing changed',
  (_, rows) => {
    it.each(rows)('%s', async (_name, args, message, options = {}) => {
      if (options.when === false) return
      const before = snapshot(folder)
      const cwd = options.cwd === undefined ? folder : `${folder}/${options.cwd}`
      const input = options.input
      const { code, stdout, stderr } = await fonteIn(args, {
        cwd,
        ...(typeof input === 'string' ? { input } : input ? { inputBytes: input } : {}),
      })
      expect(stderr).not.toMatch(crashTrace)
      expect(errorLines(stderr)).toEqual([expect.stringMatching(message)])
      expect(stdout).toBe('')
      expect(code).toBe(2)
      expect(snapshot(folder)).toEqual(before)
    })
  },
)

/** Odd but valid input: read, with no error and no file changed. */
type Accepted = [name: string, args: string[], code: number, output: RegExp, options?: Options]

const accepted: Accepted[] = [
  ['an empty file', ['split', 'empty.md', '--summary'], 0, /^empty\.md\s+0\s+0$/m],
  ['a byte order mark only', ['split', 'bom.md', '--format', 'json'], 0, /"sentences": \[\]/],
  ['blank lines only', ['lint', 'blank.md', ...G], 0, /no issues found/],
  [
    'CR-only line ends',
    ['lint', 'cr.md', ...G, '--format', 'json'],
    1,
    /"line": 1,\s+"column": 4,/,
  ],
  ['UTF-16 LE with its mark', ['lint', 'utf16le.md', ...G], 1, /forbidden term `ministero`/],
  ['UTF-16 BE with its mark', ['split', 'utf16be.md', '--summary'], 0, /^utf16be\.md\s+2\s+1$/m],
  ['a name with a space', ['lint', 'with space.md', ...G], 1, /^with space\.md$/m],
  ['a name with accents and a dash', ['split', 'città–ü.md', '--summary'], 0, /^città–ü\.md/m],
  [
    'a name that starts with -, after --',
    ['split', '--summary', '--', '-dash.md'],
    0,
    /^-dash\.md/m,
  ],
  [
    'the same file twice, linted once',
    ['lint', 'a.md', 'a.md', ...G, '--format', 'jsonl'],
    1,
    /^\{"filePath":"a\.md",[^\n]*\}\n$/,
  ],
  ['- twice', ['split', '-', '-', '--summary'], 0, /^-\s+1\s+0$/m, { input: 'Uno.' }],
  [
    'a source from standard input',
    ['lint', 'a.md', ...G, '-s', '-'],
    1,
    /forbidden term/,
    { input: english },
  ],
  [
    'a term base in UTF-16',
    ['lint', 'a.md', '-g', 'tb/utf16.yaml'],
    1,
    /forbidden term `ministero`/,
  ],
  [
    'a term in NFD matching NFC text',
    ['lint', '-', '-g', 'tb/nfd.yaml'],
    1,
    /forbidden term `città`/,
    { input: 'La città è grande.\n' },
  ],
  [
    'a regex-like term, matched as written',
    ['lint', '-', '-g', 'tb/regex.yaml'],
    0,
    /no issues found/,
    { input: 'Una abbb e axb.\n' },
  ],
  [
    'a term of punctuation only',
    ['lint', 'a.md', '-g', 'tb/punctuation.yaml'],
    0,
    /no issues found/,
  ],
  [
    'a lone surrogate escaped in JSON',
    ['lint', 'a.md', '-g', 'tb/surrogate.json'],
    0,
    /no issues found/,
  ],
  ['PO plural forms', ['lint', 'po/plural.po', ...G], 1, /forbidden term `ministero`/],
  [
    'PO msgctxt and an obsolete entry',
    ['lint', 'po/context.po', ...G, '--format', 'json'],
    1,
    /"errorCount": 1,/,
  ],
  ['a Latin-1 PO', ['lint', 'latin1.po', ...G], 1, /forbidden term `ministero`/],
  ['XLIFF inline tags', ['lint', 'xlf/inline.xlf', ...G], 1, /forbidden term `ministero`/],
  ['XLIFF CDATA', ['lint', 'xlf/cdata.xlf', ...G], 1, /forbidden term `ministero`/],
  [
    '--jobs larger than the files',
    ['lint', 'a.md', 'cr.md', ...G, '--jobs', '64', '--format', 'json'],
    1,
    /"filePath"/,
  ],
  [
    'every format with odd names',
    ['lint', 'with\nnewline.md', ...G, '--format', 'sarif'],
    1,
    /"uri": "with%0Anewline\.md"/,
  ],
]

describe('fonte fuzz, odd but valid input: read as text, no file changed', () => {
  it.each(accepted)('%s', async (_name, args, expected, output, options = {}) => {
    const before = snapshot(folder)
    const input = options.input
    const { code, stdout, stderr } = await fonteIn(args, {
      cwd: folder,
      ...(typeof input === 'string' ? { input } : input ? { inputBytes: input } : {}),
    })
    expect(stderr).not.toMatch(crashTrace)
    expect(errorLines(stderr)).toEqual([])
    expect(stdout).toMatch(output)
    expect(code).toBe(expected)
    expect(snapshot(folder)).toEqual(before)
  })
})

describe('fonte fuzz, warnings', () => {
  it('writes a warning about a folder with a newline in its name on one line', async () => {
    const { code, stderr } = await fonteIn(['split', 'a.md', 'no\ntext', '--summary'], {
      cwd: folder,
    })
    expect(errorLines(stderr)).toEqual([
      'fonte split: warning: `no\\ntext`: no .md, .markdown or .txt file in this folder, skipped',
    ])
    expect(code).toBe(0)
  })
})

describe('fonte fuzz, a file named twice under --fix', () => {
  it('fixes a file named through a symbolic link and by its own name once, without an error', async () => {
    const { mkdtempSync, readFileSync, symlinkSync, writeFileSync } = await import('node:fs')
    const scratch = mkdtempSync(`${folder}-fix-`)
    writeFileSync(`${scratch}/b.md`, 'Il ministero ha parlato.\n')
    writeFileSync(`${scratch}/g.yaml`, termBase)
    symlinkSync('b.md', `${scratch}/link.md`)
    const { code, stderr } = await fonteIn(['lint', 'link.md', 'b.md', ...G, '--fix'], {
      cwd: scratch,
    })
    expect(errorLines(stderr)).toEqual([])
    expect(code).toBe(0)
    expect(readFileSync(`${scratch}/b.md`, 'utf8')).toBe('Il dicastero ha parlato.\n')
  })
})

describe('fonte fuzz, file permissions', () => {
  it.skipIf(root)(
    'refuses an unreadable file on one line (skipped as root, who reads it)',
    async () => {
      const { chmodSync } = await import('node:fs')
      chmodSync(`${folder}/a.md`, 0o000)
      try {
        const { code, stderr } = await fonteIn(['split', 'a.md'], { cwd: folder })
        expect(errorLines(stderr)).toEqual([expect.stringMatching(/`a\.md`: permission denied/)])
        expect(code).toBe(2)
      } finally {
        chmodSync(`${folder}/a.md`, 0o644)
      }
    },
  )
})
