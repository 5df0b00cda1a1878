import { alignQuotes, type Dictionary, type EnglishSource, type QuoteAlignment } from '@fonte/align'
import { lintFile, type Glossary, type LintOptions } from '@fonte/glossary'
import { languageBlocks, type IdentifyOptions } from '@fonte/lang'
import { proseOfTree, rememberProse, type Prose } from '@fonte/markdown'
import { splitSentences, type Sentence, type SplitOptions } from '@fonte/split-it'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { location } from '@fonte/location'

/** What fonte's plugins leave on `file.data.fonte`. */
export interface FonteData {
  /** The article's sentences, offsets into the file (`fonteSplit`). */
  sentences?: Sentence[]
  /** Quotations and sentences with their English originals (`fonteAlign`). */
  alignment?: QuoteAlignment
  /** The prose of the tree, read once by the first fonte plugin and shared by the others. */
  prose?: Prose
}

declare module 'vfile' {
  interface DataMap {
    /** Results of fonte's unified plugins. */
    fonte: FonteData
  }
}

function data(file: VFile): FonteData {
  file.data.fonte ??= {}
  return file.data.fonte
}

/**
 * The prose of the tree a plugin is given, read once per file: the plugins after the first, and
 * the libraries they call with the file's text (`lintFile`, `alignQuotes`), read it instead of
 * parsing the document again.
 */
function proseOf(tree: Root, file: VFile): Prose {
  const fonte = data(file)
  const text = String(file.value)
  if (!fonte.prose) fonte.prose = proseOfTree(tree, text)
  rememberProse(text, fonte.prose)
  return fonte.prose
}

/**
 * Split the article's prose into sentences and leave them on `file.data.fonte.sentences`, with
 * offsets into the file (Markdown markup, front matter and code left out).
 *
 * @param options - `splitSentences` options (optional).
 */
export const fonteSplit: Plugin<[(SplitOptions | null | undefined)?], Root> = function (options) {
  return (tree, file) => {
    const prose = proseOf(tree, file)
    const text = String(file.value)
    data(file).sentences = splitSentences(prose.text, options).map((sentence) => {
      const [start, end] = prose.toSourceRange(sentence.start, sentence.end)
      return { ...sentence, text: text.slice(start, end), start, end }
    })
  }
}

/** Options of `fonteLanguage`. */
export interface LanguageOptions extends IdentifyOptions {
  /** The article's language, ISO 639-3 (default: `'ita'`). */
  expected?: string | null | undefined
}

const languageNames: Record<string, string> = {
  ita: 'Italian',
  eng: 'English',
  deu: 'German',
  fra: 'French',
  spa: 'Spanish',
}

/**
 * Warn about paragraphs and headings that are not in the article's language (`wrong-language`):
 * site boilerplate left in English, untranslated quotations. Blocks too short to tell are left
 * alone.
 *
 * @param options - The expected language, the candidates and the minimum length (optional).
 */
export const fonteLanguage: Plugin<[(LanguageOptions | null | undefined)?], Root> = function (
  options,
) {
  const expected = options?.expected ?? 'ita'
  return (tree, file) => {
    const place = location(file)
    for (const block of languageBlocks(proseOf(tree, file), options)) {
      if (block.language === 'und' || block.language === expected) continue
      const start = place.toPoint(block.start)
      const end = place.toPoint(block.end)
      const name = (code: string) => languageNames[code] ?? code
      const message = file.message(
        `Unexpected ${name(block.language)} ${block.type}, expected ${name(expected)}`,
        { place: start && end ? { start, end } : start, ruleId: 'wrong-language', source: 'fonte' },
      )
      message.fatal = false
      message.actual = block.language
      message.expected = [expected]
    }
  }
}

/** Options of `fonteAlign`. */
export interface AlignPluginOptions {
  /** The English sources to trace the article to. */
  sources: EnglishSource[]
  /** A glossary whose concepts count as evidence (optional). */
  glossary?: Glossary | null | undefined
  /** A bilingual English–Italian dictionary whose translations count as evidence (optional). */
  dictionary?: Dictionary | null | undefined
  /** The lowest score a match is kept with, a probability (default: 0.5). */
  threshold?: number | null | undefined
}

/**
 * Trace the article's quotations and sentences to the English sources and leave the result on
 * `file.data.fonte.alignment`; each direct quotation with no original found gets an info
 * message (`unmatched-quote`).
 *
 * @param options - The sources, and the glossary, dictionary and threshold (required: `sources`).
 */
export const fonteAlign: Plugin<[AlignPluginOptions], Root> = function (options) {
  if (!options || !Array.isArray(options.sources)) {
    throw new TypeError('`fonteAlign` expects options with `sources`, a list of `{file, text}`')
  }
  return (tree, file) => {
    proseOf(tree, file)
    const alignment = alignQuotes(String(file.value), options.sources, {
      glossary: options.glossary,
      dictionary: options.dictionary,
      threshold: options.threshold,
    })
    data(file).alignment = alignment
    const place = location(file)
    for (const quote of alignment.quotes) {
      if (quote.match || quote.kind !== 'direct') continue
      const start = place.toPoint(quote.start)
      const end = place.toPoint(quote.end)
      file.info(`No English original found for «${quote.text}»`, {
        place: start && end ? { start, end } : start,
        ruleId: 'unmatched-quote',
        source: 'fonte',
      })
    }
  }
}

/** Options of `fonteGlossary`. */
export interface GlossaryPluginOptions extends Pick<LintOptions, 'rules' | 'source'> {
  /** The compiled term base (`createGlossary`). */
  glossary: Glossary
}

/**
 * Check the article against a term base: `forbidden-term`, `missing-term` (with `source`) and
 * `inconsistent-term` findings as vfile messages, as `fonte lint` reports them.
 *
 * @param options - The glossary, rule severities and English source (required: `glossary`).
 */
export const fonteGlossary: Plugin<[GlossaryPluginOptions], Root> = function (options) {
  if (!options?.glossary)
    throw new TypeError('`fonteGlossary` expects options with `glossary` (see `createGlossary`)')
  return (tree, file) => {
    proseOf(tree, file)
    lintFile(file, options.glossary, {
      rules: options.rules,
      source: options.source,
      format: 'markdown',
    })
  }
}
