import { parseArgs } from 'node:util'
import { extractQuotes, splitSentences, type SplitOptions } from '@fonte/split-it'
import { location } from '@fonte/location'
import type { Article } from '../article.js'
import { choiceOption, formatOption, inputsOption } from './args.js'
import { readInputs, type InputFile } from './inputs.js'
import type { Io } from './io.js'
import { oneLine } from './reasons.js'
import { counted } from '../count.js'

export const splitHelp = `Usage: fonte split [options] <file|folder|->...

Split Italian articles into sentences and list their quotations.

Options:
  --format <text|json|jsonl>   text (default): each sentence with its line and column; json:
                               {file, sentences, quotes} per file, quotations with offsets
                               and marks; jsonl: one sentence a line, {file, text, start, end,
                               line, column}
  --summary                    one line per file: how many sentences and quotations
                               (with --format json or jsonl: {file, sentences, quotations})
  --convention <news|ud>       what a sentence is: an Italian editor's (news) or the
                               Universal Dependencies treebanks' (ud) (default: news)
  --quotes <auto|split|keep>   multi-sentence quotations: whole within their sentence and
                               split when they stand alone (auto), always split (split, the
                               UD convention) or always whole (keep) (default: auto; split
                               with --convention ud)
  --line-breaks <auto|boundary|space>
                               how a single line break is read (default: auto)
  -h, --help                   show this help

Offsets are UTF-16 indices into each file as read, front matter included. Fenced code blocks
(\`\`\` or ~~~) in Markdown and standard input are not prose: no sentence or quotation is listed there.
Exit codes: 0 done, 2 usage or file error.`

/** One file's result, as printed by `--format json`. */
interface FileResult {
  file: string
  sentences: Array<{ text: string; start: number; end: number; line: number; column: number }>
  quotes: Array<{ text: string; start: number; end: number; open: string; close: string }>
}

/** `fonte split`: sentences and quotations of each input file. */
export async function runSplit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      summary: { type: 'boolean', default: false },
      convention: { type: 'string', default: 'news' },
      quotes: { type: 'string' },
      'line-breaks': { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.out(splitHelp)
    return 0
  }
  const format = formatOption(values.format, ['text', 'json', 'jsonl'])
  const inputs = inputsOption(positionals)
  const options: SplitOptions = {
    convention: choiceOption('--convention', values.convention, ['news', 'ud']),
    quotes:
      values.quotes === undefined
        ? null
        : choiceOption('--quotes', values.quotes, ['auto', 'split', 'keep']),
    lineBreaks: choiceOption('--line-breaks', values['line-breaks'], ['auto', 'boundary', 'space']),
  }
  const files = await readInputs(inputs, io.stdin, undefined, {
    warn: (message) => io.err(oneLine(`fonte split: warning: ${message}`)),
  })
  const read = await articleReader(files)
  const results = files.map((file) => splitFile(file, read(file), options))
  if (values.summary) printSummary(results, format, io)
  else printResults(results, format, io)
  return 0
}

/** Each file's sentences: as text (place and sentence), one JSON array, or one line each. */
function printResults(results: FileResult[], format: 'text' | 'json' | 'jsonl', io: Io): void {
  if (format === 'json') {
    io.out(JSON.stringify(results, null, 2))
    return
  }
  for (const result of results) {
    if (format === 'text') io.out(result.file)
    for (const sentence of result.sentences) {
      if (format === 'jsonl') io.out(JSON.stringify({ file: result.file, ...sentence }))
      else {
        const place = `${sentence.line}:${sentence.column}`.padEnd(8)
        io.out(`  ${place} ${sentence.text.replace(/\s+/g, ' ')}`)
      }
    }
  }
}

/**
 * How to read the inputs' front matter. Every front matter starts with `---` (after a byte order
 * mark): inputs without one are their own body, and the front-matter reader, whose YAML parser
 * and error classes cost more to load than splitting a short text, is loaded only when one has.
 */
async function articleReader(
  files: readonly InputFile[],
): Promise<(file: InputFile) => Pick<Article, 'body' | 'bodyStart'>> {
  if (!files.some((file) => /^\uFEFF?---/.test(file.text))) {
    return (file) => ({ body: file.text, bodyStart: 0 })
  }
  const { readArticle } = await import('../article.js')
  return (file) => readArticle(file.text, file.path)
}

function splitFile(
  file: InputFile,
  article: Pick<Article, 'body' | 'bodyStart'>,
  options: SplitOptions,
): FileResult {
  const place = location(file.text)
  const shift = article.bodyStart
  const code =
    /\.(md|markdown)$/i.test(file.path) || file.path === '-' ? fencedCode(article.body) : []
  const prose = ({ start, end }: { start: number; end: number }) =>
    !code.some(([from, to]) => start >= from && end <= to)
  return {
    file: file.path,
    sentences: splitSentences(article.body, options)
      .filter(prose)
      .map(({ text, start, end }) => {
        const point = place.toPoint(start + shift)
        return {
          text,
          start: start + shift,
          end: end + shift,
          line: point?.line ?? 0,
          column: point?.column ?? 0,
        }
      }),
    quotes: extractQuotes(article.body, options)
      .filter(prose)
      .map(({ text, start, end, open, close }) => ({
        text,
        start: start + shift,
        end: end + shift,
        open,
        close,
      })),
  }
}

// A CommonMark code fence: up to three spaces, then three or more backticks or tildes.
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * The fenced code blocks of a Markdown text, as `[start, end)` ranges from the opening fence to
 * the end of the closing one (or of the text, where the block is never closed, as CommonMark
 * reads it): code is not prose, and `const x = 1.` is no sentence. Indented code is left alone,
 * since plain text pasted into a `.md` file indents paragraphs too.
 */
function fencedCode(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = []
  let open: { marks: string; start: number } | undefined
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end)
    const marks = fence.exec(line)?.[1]
    const rest = marks === undefined ? '' : line.slice(line.indexOf(marks) + marks.length)
    if (open === undefined) {
      // After a backtick fence, a backtick in the info string makes the line inline code.
      if (marks && !(marks.startsWith('`') && rest.includes('`'))) open = { marks, start }
    } else if (
      marks !== undefined &&
      marks[0] === open.marks[0] &&
      marks.length >= open.marks.length &&
      rest.trim() === ''
    ) {
      blocks.push([open.start, end])
      open = undefined
    }
    start = end + 1
  }
  if (open) blocks.push([open.start, text.length])
  return blocks
}

/** How many sentences and quotations each file holds: a table with a total, or JSON. */
function printSummary(results: FileResult[], format: 'text' | 'json' | 'jsonl', io: Io): void {
  const counts = results.map(({ file, sentences, quotes }) => ({
    file,
    sentences: sentences.length,
    quotations: quotes.length,
  }))
  if (format === 'json') io.out(JSON.stringify(counts, null, 2))
  if (format === 'jsonl') for (const count of counts) io.out(JSON.stringify(count))
  if (format !== 'text') return
  const width = Math.max(4, ...counts.map((count) => count.file.length))
  const row = (file: string, sentences: number, quotations: number) =>
    `${file.padEnd(width)}  ${String(sentences).padStart(9)}  ${String(quotations).padStart(10)}`
  io.out(`${'file'.padEnd(width)}  sentences  quotations`)
  for (const count of counts) io.out(row(count.file, count.sentences, count.quotations))
  const total = (key: 'sentences' | 'quotations') =>
    counts.reduce((sum, count) => sum + count[key], 0)
  io.out(row(counted(counts.length, 'file'), total('sentences'), total('quotations')))
}
