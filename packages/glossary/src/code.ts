import { assertString } from './validate.js'
/**
 * Code-like tokens in translatable text: they are not words of the language, so no term is read
 * in them (`default_tablespace`, `--user`, `%s`, `{count}`, `<b>`, `/etc/default`). Each pattern is
 * what gettext catalogues and software strings actually hold.
 *
 * A pattern that opens on a run of letters (identifiers, paths, dotted names) starts only where
 * no letter of the run comes before (a lookbehind): a scan finds the same matches, since one
 * starting inside a run would have been found from the run's start already, but tries each word
 * once rather than from each of its letters (2–3× faster on news text, where these seldom match).
 */
const patterns: readonly RegExp[] = [
  // URLs and e-mail addresses.
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"'»“”)\]]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // XML/HTML tags and comments, inline code.
  /<!--[\s\S]*?-->/g,
  /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g,
  // (not the `quote' style of GNU messages)
  /`[^`'\n]+`/g,
  // printf conversions (`%s`, `%1$d`, `%-10lu`, `%<PRIu64>`), without the space flag, which would
  // take `50% dei` for a conversion.
  /%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGaAcspnm]/g,
  /%<\w+>/g,
  // Placeholders: `{count}`, `{0}`, `{{name}}`, `${HOME}`, `$HOME`, an ICU argument's head
  // (`{count, plural,`).
  /\$?\{\{?[^{}\s]*\}?\}/g,
  /\{\w+,\s*\w+,?/g,
  /\$[A-Za-z_]\w*/g,
  // Command-line options.
  /(?<![\p{L}\p{N}_-])--?[A-Za-z0-9][\w-]*(?:=[^\s,;)]*)?/gu,
  // Identifiers (a leading `_` is a menu accelerator, `_File`, and stays text): snake_case, camelCase and inner capitals, kebab-case with three parts or a digit.
  /(?<![\p{L}\p{N}])[\p{L}\p{N}]+_[\p{L}\p{N}_]*/gu,
  /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g,
  /\b[A-Z][a-z]+[A-Z][A-Za-z0-9]*\b/g,
  /\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}\b/g,
  /\b[A-Za-z]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)+\b|\b[A-Za-z]+(?:-[A-Za-z0-9]*\d[A-Za-z0-9]*)+\b/g,
  // Paths (`/etc/default`, `~/.config`, `../src`, `a/b/c`), dotted names (`file.txt`,
  // `org.gnome.desktop`) and dot files (`.bashrc`).
  /(?<![\p{L}\p{N}/])(?:~|\.\.?)?\/[\p{L}\p{N}_.~-][\p{L}\p{N}_.~/-]*/gu,
  /(?<![\p{L}\p{N}_.-])[\p{L}\p{N}_.-]+\/[\p{L}\p{N}_.-]+\/[\p{L}\p{N}_./-]*/gu,
  /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu,
  /(?<![\p{L}\p{N}.])\.[a-z][\w.-]*/gu,
]

// A character (or string) every match of the pattern at the same index holds: a text without it
// is not scanned with that pattern, which spares a long text most of the scans.
const needed: ReadonlyArray<string | RegExp | undefined> = [
  /:\/\/|www\./i,
  '@',
  '<!--',
  '<',
  '`',
  '%',
  '%<',
  '{',
  '{',
  '$',
  '-',
  '_',
  // camelCase and inner capitals: a lower-case ASCII letter before a capital, somewhere.
  /[a-z][A-Z]/,
  /[a-z][A-Z]/,
  '-',
  '-',
  '/',
  '/',
  /\.[\p{L}\p{N}_-]/u,
  /\.[a-z]/,
]

function mayMatch(text: string, index: number): boolean {
  const need = needed[index]
  if (need === undefined) return true
  return typeof need === 'string' ? text.includes(need) : need.test(text)
}

/** The index after `at`: past a whole surrogate pair in a Unicode pattern (AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1
  const code = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1
}

const barrier = '\uFFFC'

/**
 * The spans of code-like tokens in a text, as `[start, end)` offsets, sorted and merged.
 *
 * @param text - The text to scan.
 */
export function codeSpans(text: string): Array<[number, number]> {
  assertString('codeSpans', 'text', text)
  const spans: Array<[number, number]> = []
  for (let index = 0; index < patterns.length; index++) {
    if (!mayMatch(text, index)) continue
    const pattern = patterns[index] as RegExp
    // `exec` on the pattern itself: `matchAll` clones it (a new RegExp) on every call.
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].length
      if (end > match.index) spans.push([match.index, end])
      // An empty match moves on by a character, as `matchAll` does.
      else pattern.lastIndex = advance(text, end, pattern.unicode)
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/**
 * The text with every code-like token blanked out by U+FFFC, which is neither a word character
 * nor a space: same length, so offsets stay those of the text, and no term reads into or across
 * a token.
 *
 * @param text - The text to mask.
 */
export function maskCode(text: string): string {
  assertString('maskCode', 'text', text)
  const spans = codeSpans(text)
  if (spans.length === 0) return text
  let result = ''
  let cursor = 0
  for (const [start, end] of spans) {
    result += text.slice(cursor, start) + barrier.repeat(end - start)
    cursor = end
  }
  return result + text.slice(cursor)
}
