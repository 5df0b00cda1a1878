import { markdownProse, type Prose } from '@fonte/markdown'
import { franc } from 'franc'
import { checkArgument, checkIdentifyOptions, checkString } from './arguments.js'

/** Options of `identifyLanguage`. */
export interface IdentifyOptions {
  /**
   * The languages to choose from, as ISO 639-3 codes (default: `['ita', 'eng']`, the languages
   * an Italian rewrite of English copy is in). Fewer candidates make short texts far more
   * reliable than franc's 187 (franc's own advice).
   */
  only?: ReadonlyArray<string> | null | undefined
  /** Texts with fewer letters than this are `'und'` (default: 15: `Back to top button` is English, `Ultime Notizie` too short to tell). */
  minLength?: number | null | undefined
}

const noOptions: IdentifyOptions = {}

/**
 * The language of a text, as an ISO 639-3 code (`'ita'`, `'eng'`), or `'und'` when the text is
 * too short to tell or fits none of the candidates.
 *
 * @param text - The text.
 * @param options - Candidate languages and minimum length (optional).
 * @throws {TypeError} When `text` is not a string, or `options` not an options object (with a list
 *   of codes as `only` and a number, 0 or more, as `minLength`).
 */
export function identifyLanguage(text: string, options?: IdentifyOptions | null): string {
  checkString('identifyLanguage', 'text', text)
  if (options != null) checkIdentifyOptions('identifyLanguage', options)
  const settings = options ?? noOptions
  const only = [...(settings.only ?? ['ita', 'eng'])]
  const minLength = settings.minLength ?? 15
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  if (letters < minLength) return 'und'
  return franc(text, { only, minLength })
}

/** A block of a document with its language. */
export interface LanguageBlock {
  /** The block's type (`paragraph`, `heading`…). */
  type: string
  /** The block's text, as read (markup removed). */
  text: string
  /** Offsets of the block in the source. */
  start: number
  end: number
  /** ISO 639-3 code, or `'und'`. */
  language: string
}

/**
 * The language of each block (paragraph, heading, table cell) of a Markdown document, with its
 * offsets in the source.
 *
 * @param markdown - The document (front matter is left out), or its prose when it has been read
 *   already (`markdownProse`, `proseOfTree`).
 * @param options - As for `identifyLanguage` (optional).
 * @throws {MarkdownDepthError} When the document is nested deeper than `@fonte/markdown` parses.
 * @throws {TypeError} When `markdown` is neither a string nor a Prose, or `options` is wrong (as
 *   for `identifyLanguage`).
 */
export function languageBlocks(
  markdown: string | Prose,
  options?: IdentifyOptions | null,
): LanguageBlock[] {
  checkArgument('languageBlocks', 'markdown', markdown, 'a string or a Prose', isMarkdown)
  checkIdentifyOptions('languageBlocks', options)
  const prose = typeof markdown === 'string' ? markdownProse(markdown) : markdown
  return prose.blocks.map((block) => {
    const text = prose.text.slice(block.start, block.end)
    const [start, end] = prose.toSourceRange(block.start, block.end)
    return { type: block.type, text, start, end, language: identifyLanguage(text, options) }
  })
}

/** Whether a value is Markdown text or its prose (`markdownProse`). */
function isMarkdown(value: unknown): boolean {
  return typeof value === 'string' || Array.isArray((value as Partial<Prose> | null)?.blocks)
}
