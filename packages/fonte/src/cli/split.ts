import { parseArgs } from 'node:util'
import { extractQuotes, splitSentences, type SplitOptions } from '@fonte/split-it'
import { location } from 'vfile-location'
import { readArticle } from '../article.js'
import { readInputs, UsageError, type InputFile } from './inputs.js'
import type { Io } from './main.js'

export const splitHelp = `Usage: fonte split [options] <file|folder|->...

Split Italian articles into sentences and list their quotations.

Options:
  --format <text|json|jsonl>   output format (default: text)
  --summary                    print one line per file: sentences and quotations
  --convention <news|ud>       what a sentence is: an Italian editor's (news) or the
                               Universal Dependencies treebanks' (ud) (default: news)
  --quotes <auto|split|keep>   multi-sentence quotations: whole within their sentence and
                               split when they stand alone (auto), always split (split, the
                               UD convention) or always whole (keep) (default: auto; split
                               with --convention ud)
  --line-breaks <auto|boundary|space>
                               how a single line break is read (default: auto)
  -h, --help                   show this help

Offsets are UTF-16 indices into each file as read, front matter included.
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
  if (!['text', 'json', 'jsonl'].includes(values.format)) {
    throw new UsageError(`unknown --format \`${values.format}\`, expected text, json or jsonl`)
  }
  if (positionals.length === 0)
    throw new UsageError('no input: give files, folders or - for standard input')
  const options = {
    convention: choice('--convention', values.convention, ['news', 'ud']),
    quotes:
      values.quotes === undefined
        ? null
        : choice('--quotes', values.quotes, ['auto', 'split', 'keep']),
    lineBreaks: choice('--line-breaks', values['line-breaks'], ['auto', 'boundary', 'space']),
  } as SplitOptions

  const files = await readInputs(positionals, io.stdin)
  const results = files.map((file) => splitFile(file, options))

  if (values.summary) {
    printSummary(results, io)
  } else if (values.format === 'json') {
    io.out(JSON.stringify(results, null, 2))
  } else if (values.format === 'jsonl') {
    for (const result of results) {
      for (const sentence of result.sentences)
        io.out(JSON.stringify({ file: result.file, ...sentence }))
    }
  } else {
    for (const result of results) {
      io.out(result.file)
      for (const sentence of result.sentences) {
        io.out(
          `  ${`${sentence.line}:${sentence.column}`.padEnd(8)} ${sentence.text.replace(/\s+/g, ' ')}`,
        )
      }
    }
  }
  return 0
}

function splitFile(file: InputFile, options: SplitOptions): FileResult {
  const article = readArticle(file.text, file.path)
  const place = location(file.text)
  const shift = article.bodyStart
  return {
    file: file.path,
    sentences: splitSentences(article.body, options).map(({ text, start, end }) => {
      const point = place.toPoint(start + shift)
      return {
        text,
        start: start + shift,
        end: end + shift,
        line: point?.line ?? 0,
        column: point?.column ?? 0,
      }
    }),
    quotes: extractQuotes(article.body, options).map(({ text, start, end, open, close }) => ({
      text,
      start: start + shift,
      end: end + shift,
      open,
      close,
    })),
  }
}

function printSummary(results: FileResult[], io: Io): void {
  const width = Math.max(4, ...results.map((result) => result.file.length))
  io.out(`${'file'.padEnd(width)}  sentences  quotations`)
  let sentences = 0
  let quotes = 0
  for (const result of results) {
    sentences += result.sentences.length
    quotes += result.quotes.length
    io.out(
      `${result.file.padEnd(width)}  ${String(result.sentences.length).padStart(9)}  ${String(result.quotes.length).padStart(10)}`,
    )
  }
  io.out(
    `${`${results.length} files`.padEnd(width)}  ${String(sentences).padStart(9)}  ${String(quotes).padStart(10)}`,
  )
}

function choice(flag: string, value: string, accepted: string[]): string {
  if (!accepted.includes(value)) {
    throw new UsageError(`unknown ${flag} \`${value}\`, expected ${accepted.join(', ')}`)
  }
  return value
}
