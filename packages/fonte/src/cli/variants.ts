import { parseArgs } from 'node:util'
import {
  alignQuotes,
  diffRenderings,
  groupRenderings,
  type EnglishSource,
  type Rendering,
  type RenderingGroup,
} from '@fonte/align'
import { readArticle } from '../article.js'
import { blankBoilerplate, findBoilerplate } from '../boilerplate/index.js'
import { dictionaryOption, glossaryOption, sourceOptions } from './options.js'
import { formatOption, inputsOption, UsageError } from './args.js'
import { openAnswerFiles } from './word-cache.js'
import { inFile } from './in-file.js'
import { englishSourcesAt, sourceBeside } from './english-sources.js'
import { readInputs, sourcesBeside, type InputFile } from './inputs.js'
import type { Io } from './io.js'
import { progressReporter } from './progress.js'
import { oneLine as messageLine } from './reasons.js'
import { counted } from '../count.js'

export const variantsHelp = `Usage: fonte variants [options] <article|folder>...

Group the quotations of several Italian articles by the English original they translate (with
--glossary, also by the concept they render, when outlets quote different English versions of
one text), and show how their renderings differ, word by word.

The English sources are the sources.en.md files beside the articles, pooled, and any --en.

Options:
      --en <source>        more English sources: a file, a folder of them or a fonte index;
                           repeatable
  -g, --glossary <file>    a term base whose concepts count as evidence; repeatable
      --dictionary <file>  a dictd .index (FreeDict EN–IT from Debian: optional, GPL) as evidence
  -f, --format <name>      text (default) or json
      --no-cache           do not keep the lexicon's answers between runs (in
                           $XDG_CACHE_HOME/fonte or ~/.cache/fonte; also FONTE_CACHE=0)
  -h, --help               show this help

In text, [-words-] are only in the first rendering of a group, {+words+} only in the other.
Exit codes: 0 done, 2 usage or file error.`

/** `fonte variants`: renderings of the same English original across articles, diffed. */
export async function runVariants(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...sourceOptions,
      'no-cache': { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    io.out(variantsHelp)
    return 0
  }
  const format = formatOption(values.format, ['text', 'json'])
  const articles = await readInputs(
    inputsOption(positionals, 'articles or folders'),
    io.stdin,
    undefined,
    { warn: (message) => io.err(messageLine(`fonte variants: warning: ${message}`)) },
  )
  const sources = await sourcesFor(articles, values.en ?? [])
  const caches = values['no-cache'] ? [] : openAnswerFiles()
  const glossary = await glossaryOption(values.glossary)
  const dictionary = await dictionaryOption(values.dictionary)
  const progress = progressReporter(io, 'fonte variants', articles.length, 'articles')
  const aligned = articles.map((article, index) => {
    // As the report does: navigation, bylines and teasers are not quotations.
    const quotes = inFile(article.path, () => {
      const { bodyStart } = readArticle(article.text, article.path)
      const text = blankBoilerplate(article.text, findBoilerplate(article.text, bodyStart))
      return alignQuotes(text, sources, { glossary, dictionary }).quotes
    }).filter((quote) => quote.kind === 'direct')
    progress(index + 1)
    return { file: article.path, quotes }
  })
  progress(-1)
  const groups = groupRenderings(aligned, { glossary })
  for (const cache of caches) cache.save()
  if (format === 'json') io.out(JSON.stringify(groups.map(groupJson), null, 2))
  else printGroups(groups, articles.length, io)
  return 0
}

/**
 * The English sources: the `sources.en.md` beside each article, pooled, and `--en`.
 *
 * @throws {UsageError} When there is none, or one cannot be read as text.
 */
async function sourcesFor(
  articles: readonly InputFile[],
  en: readonly string[],
): Promise<EnglishSource[]> {
  const sources: EnglishSource[] = []
  for (const path of new Set(en)) sources.push(...(await englishSourcesAt(path)))
  // A file given with --en (or in a folder given) and beside an article is read once.
  const given = new Set(sources.map((source) => source.file))
  const beside = new Set<string>()
  for (const article of articles) {
    const file = sourcesBeside(article.path)
    if (file && !given.has(file)) beside.add(file)
  }
  if (sources.length + beside.size === 0)
    throw new UsageError('no English source: none beside the articles, and no --en')
  for (const file of beside) sources.push(await sourceBeside(file))
  return sources
}

/** A group as `--format json` prints it: each rendering with its word diff from the first. */
function groupJson(group: RenderingGroup) {
  const first = (group.renderings[0] as Rendering).text
  return {
    original: group.original,
    concept: group.concept ?? null,
    renderings: group.renderings.map((rendering) => ({
      file: rendering.file,
      text: rendering.text,
      start: rendering.start,
      end: rendering.end,
      quote: {
        text: rendering.quote.text,
        start: rendering.quote.start,
        end: rendering.quote.end,
      },
      score: rendering.match.score,
      diff: diffRenderings(first, rendering.text),
    })),
  }
}

/** The groups as text: the original, the first rendering, the others marked word by word. */
function printGroups(groups: readonly RenderingGroup[], articles: number, io: Io): void {
  io.out(
    `${counted(groups.length, 'English original')} rendered more than one way in ${counted(articles, 'article')}`,
  )
  const oneLine = (text: string) => text.replace(/\s+/g, ' ')
  for (const group of groups) {
    io.out('')
    const concept = group.concept ? ` (glossary concept ${group.concept})` : ''
    io.out(`${group.original.file}: ${oneLine(group.original.text)}${concept}`)
    const [first, ...others] = group.renderings
    if (!first) continue
    io.out(`  ${first.file}: ${oneLine(first.text)}`)
    for (const other of others) {
      const marked = diffRenderings(first.text, other.text)
        .map((part) =>
          part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value,
        )
        .join('')
      io.out(`  ${other.file}: ${oneLine(marked)}`)
    }
  }
}
