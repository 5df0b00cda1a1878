import { checkString } from './arguments.js'

/** A document split into its YAML front matter and the body below it. */
export interface FrontMatterSplit {
  /**
   * The raw YAML between the fences, line breaks as in the file (the last one before the closing
   * fence included), or `null` when the document has no front matter (or it is not closed).
   */
  frontMatter: string | null
  /** Offset of `frontMatter` in the document (`0` when there is none). */
  frontMatterOffset: number
  /** The document below the closing fence; the whole document when there is no front matter. */
  body: string
  /** Offset of `body` in the document: add it to an offset into the body to get one into the file. */
  bodyOffset: number
  /**
   * `true` when the document opens with a fence line `---` that no fence line closes: then
   * `frontMatter` is `null` and the `---` is Markdown (a thematic break), but a reader that
   * requires front matter can say where it is missing.
   */
  unclosed: boolean
}

// An opening fence: `---` first in the file (after a byte order mark, which editors on Windows
// write), then only spaces or tabs to the end of the line.
const opening = /^\uFEFF?---[ \t]*\r?\n/
// A closing fence: a line `---` or YAML's document end marker `...` (Pandoc and Jekyll accept it),
// spaces or tabs after it, then a line break (LF or CRLF) or the end of the document.
const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/**
 * Split a document's YAML front matter (a first line `---`, the YAML, a line `---` or `...`) from
 * its body. The one reader of front matter in fonte: the YAML is returned raw, for the caller to
 * parse; offsets are UTF-16 indices into the document as given (a byte order mark included).
 *
 * @param text - The document.
 * @returns The raw front matter and the body, with their offsets.
 */
export function readFrontMatter(text: string): FrontMatterSplit {
  checkString('readFrontMatter', 'text', text)
  const none = { frontMatter: null, frontMatterOffset: 0, body: text, bodyOffset: 0 }
  const open = opening.exec(text)
  if (!open) return { ...none, unclosed: false }
  const yamlStart = open[0].length
  const close = closing.exec(text.slice(yamlStart))
  if (!close) return { ...none, unclosed: true }
  const bodyOffset = yamlStart + close.index + close[0].length
  return {
    frontMatter: text.slice(yamlStart, yamlStart + close.index),
    frontMatterOffset: yamlStart,
    body: text.slice(bodyOffset),
    bodyOffset,
    unclosed: false,
  }
}

/**
 * The document with its front matter (fences included) blanked out: every character but line
 * breaks made a space, so that offsets, lines and columns stay those of the file while a
 * Markdown parser reads no heading or paragraph in the YAML.
 *
 * @param text - The document.
 * @returns The document, same length, front matter blank; the document itself when it has none.
 */
export function blankFrontMatter(text: string): string {
  checkString('blankFrontMatter', 'text', text)
  const { bodyOffset } = readFrontMatter(text)
  if (bodyOffset === 0) return text
  return text.slice(0, bodyOffset).replace(/[^\r\n]/g, ' ') + text.slice(bodyOffset)
}
