import { parseArgs } from 'node:util'
import {
  alignQuotes,
  englishSourceProblem,
  type AlignedQuote,
  type CandidateIndex,
  type Dictionary,
  type EnglishIndex,
  type EnglishSource,
} from '@fonte/align'
import { location } from '@fonte/location'
import { inFile } from './in-file.js'
import { isIndexFile, readIndexFile } from './index-command.js'
import { dictionaryOption, glossaryOption, sourceOptions } from './options.js'
import { formatOption, UsageError } from './args.js'
import { openAnswerFiles } from './word-cache.js'
import { filesNamed, readText } from './inputs.js'
import { sourceFilesIn } from './english-sources.js'
import type { Io } from './io.js'
import { counted } from '../count.js'

export const alignHelp = `Usage: fonte align [options] <article|-> --en <source>...

Trace each quotation and sentence of an Italian article (- for standard input) to the English
words it translates.

Options:
      --en <path>          an English source, plain text or Markdown, or a folder of them (one
                           story a file), or an index written by fonte index (its stories, looked
                           up through it when it is the first --en), or - for standard
                           input; repeat for several
  -g, --glossary <file>    a term base whose concepts count as evidence; repeatable
      --dictionary <file>  a dictd .index (FreeDict EN–IT from Debian: optional, GPL) as evidence
  -f, --format <name>      text (default: side by side) or json
      --threshold <score>  the lowest probability a match is shown with (default: 0.5)
      --no-cache           do not keep the lexicon's answers between runs (in
                           $XDG_CACHE_HOME/fonte or ~/.cache/fonte; also FONTE_CACHE=0)
  -h, --help               show this help

JSON: {"file", "quotes": [{"text", "start", "end", "match": null | {"file", "text", "start",
"end", "score"}}], "sentences": [the same, one per Italian sentence]}. Quote offsets are those of
the text inside the quotation marks in the article as read, match offsets those in the English
file as read (UTF-16 indices).
Exit codes: 0 done, 2 usage or file error.`

/** `fonte align`: quotations and sentences of an article with their English originals. */
export async function runAlign(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...sourceOptions,
      threshold: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    io.out(alignHelp)
    return 0
  }
  const format = formatOption(values.format, ['text', 'json'])
  if (positionals.length !== 1)
    throw new UsageError('give one article to align (see `fonte align --help`)')
  if (!values.en || values.en.length === 0)
    throw new UsageError('no English source: give one or more with --en')
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new UsageError(
      `unknown --threshold \`${values.threshold}\`, expected a number from 0 to 1`,
    )
  }
  const [articlePath] = positionals as [string]
  if ([articlePath, ...values.en].filter((path) => path === '-').length > 1)
    throw new UsageError('standard input is read once: give - as the article or as one --en')
  const article = articlePath === '-' ? await io.stdin() : await readText(articlePath)
  const articleProblem = textProblem(article)
  if (articleProblem) throw new UsageError(`article \`${articlePath}\` ${articleProblem}`)
  const caches = values['no-cache'] ? [] : openAnswerFiles()
  const glossary = await glossaryOption(values.glossary)
  const dictionary = await dictionaryOption(values.dictionary)
  const { sources, index } = await readEnglishSources(values.en, dictionary, io.stdin)
  const result = inFile(articlePath, () =>
    alignQuotes(article, sources, { glossary, dictionary, threshold, index }),
  )
  for (const cache of caches) cache.save()
  const shape = (entry: AlignedQuote) => ({
    text: entry.text,
    start: entry.start,
    end: entry.end,
    match: entry.match,
  })

  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          file: articlePath,
          quotes: result.quotes.map(shape),
          sentences: result.sentences.map(shape),
        },
        null,
        2,
      ),
    )
    return 0
  }
  printQuotes(articlePath, article, sources, result.quotes, io)
  return 0
}

/** How many sources the summary line names before it counts the rest. */
const namedSources = 8

/**
 * The sources of the summary line: those a quotation was traced to (all given when none was),
 * the first `namedSources` by name; a wire folder of 74 stories is not 74 paths on one line.
 */
function tracedSources(sources: readonly EnglishSource[], quotes: readonly AlignedQuote[]): string {
  const traced = new Set(quotes.flatMap((quote) => (quote.match ? [quote.match.file] : [])))
  const named = traced.size > 0 ? sources.filter((source) => traced.has(source.file)) : sources
  const names = named.slice(0, namedSources).map((source) => source.file)
  const more = named.length - names.length
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ')
  return named.length < sources.length
    ? `${list} (of ${counted(sources.length, 'English source')})`
    : list
}

/** The quotations as text: a count, then each with its place and its original's, or none. */
function printQuotes(
  articlePath: string,
  article: string,
  sources: readonly EnglishSource[],
  quotes: readonly AlignedQuote[],
  io: Io,
): void {
  const articlePlace = location(article)
  const sourcePlaces = new Map(sources.map((source) => [source.file, location(source.text)]))
  const where = (file: string, offset: number) => {
    const point = (file === articlePath ? articlePlace : sourcePlaces.get(file))?.toPoint(offset)
    return `${file}:${point?.line ?? 1}:${point?.column ?? 1}`
  }
  const oneLine = (text: string) => text.replace(/\s+/g, ' ')
  const matched = quotes.filter((quote) => quote.match).length
  io.out(
    `${articlePath}: ${counted(quotes.length, 'quotation')}, ${matched} traced to ${tracedSources(sources, quotes)}`,
  )
  for (const quote of quotes) {
    io.out('')
    io.out(
      `  ${where(articlePath, quote.start)}  ${quote.kind === 'direct' ? '«' : ''}${oneLine(quote.text)}${quote.kind === 'direct' ? '»' : ''}`,
    )
    if (quote.match) {
      io.out(
        `  ${where(quote.match.file, quote.match.start)}  ${oneLine(quote.match.text)}  (score ${quote.match.score.toFixed(2)})`,
      )
    } else {
      io.out('  no original found')
    }
  }
}

/** Why an article cannot be read as text, or `null`. */
function textProblem(text: string): string | null {
  if (text.slice(0, 100_000).includes(String.fromCharCode(0))) return 'looks binary, not text'
  if (!/\p{L}/u.test(text)) return 'has no text'
  return null
}

/**
 * The English sources named by `--en`: files as they are, `-` as standard input, folders as the
 * text files in them (one story a file, sorted, dot files skipped), each checked to be English
 * text, and indexes
 * as the stories they hold. When the first is an index, the rest are added to it and it is the
 * candidate look-up: its sentence ids are then the tracer's, document after document.
 *
 * @throws {UsageError} Naming the file, when one is missing, empty, binary, huge or not
 *   English, or a folder holds no text file, or an index is not one this version reads.
 */
async function readEnglishSources(
  paths: readonly string[],
  dictionary: Dictionary | undefined,
  stdin: () => Promise<string>,
): Promise<{ sources: EnglishSource[]; index: CandidateIndex | undefined }> {
  const sources: EnglishSource[] = []
  let base: EnglishIndex | undefined
  for (const [at, path] of paths.entries()) {
    if (isIndexFile(path)) {
      const loaded = await readIndexFile(path, { dictionary })
      if (at === 0 && loaded.cutsAsTracer()) base = loaded
      sources.push(...loaded.sources())
      continue
    }
    const files = path === '-' ? ['-'] : await filesNamed(path, sourceFilesIn)
    for (const file of files) {
      const text = file === '-' ? await stdin() : await readText(file)
      const problem = englishSourceProblem(text)
      if (problem) throw new UsageError(`English source \`${file}\` ${problem}`)
      sources.push({ file, text })
    }
  }
  if (!base) return { sources, index: undefined }
  for (const source of sources.slice(base.store.documentCount)) base.add(source)
  return { sources: base.sources(), index: base.candidateIndex() }
}
