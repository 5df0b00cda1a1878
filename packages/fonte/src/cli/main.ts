import { readFileSync } from 'node:fs'
import { lexiconStatus } from '@fonte/lexicon'
import { InputError } from '../article.js'
import { runAlign } from './align.js'
import { runIndex } from './index-command.js'
import { readStdin, readStdinBytes, UsageError } from './inputs.js'
import { runLint } from './lint.js'
import { runReport } from './report.js'
import { runSplit } from './split.js'
import { runVariants } from './variants.js'

/** Where the CLI reads and writes; tests pass their own. */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  stdin: () => Promise<string>
  /**
   * All of standard input as bytes, for inputs that name their own encoding (a PO charset, an
   * XML declaration); `stdin` when absent (optional).
   */
  stdinBytes?: (() => Promise<Uint8Array>) | undefined
  /** Whether output may use colour: a terminal, and no `NO_COLOR`. */
  color: boolean
  /** fonte's version, for reports. */
  version: string
  /** Rewrites one progress line on standard error; only set on a terminal. */
  progress?: ((line: string) => void) | undefined
}

const help = `Usage: fonte <command> [options] <file|folder|->...

Trace Italian news translations back to their English sources.

Commands:
  split      split articles into sentences and list their quotations
  lint       check translations against term bases
  align      trace an article's quotations and sentences to their English sources
  variants   show how articles render the same English original, word by word
  report     write a static HTML report of articles, sources, quotations and findings
  index      index English sources (wire stories, folders) once, to trace many articles

Run \`fonte <command> --help\` for a command's options.
Options: -h, --help   show this help;  -v, --version   show fonte's version`

const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
  split: runSplit,
  lint: runLint,
  align: runAlign,
  variants: runVariants,
  report: runReport,
  index: runIndex,
}

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: readStdin,
  stdinBytes: readStdinBytes,
  color:
    Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  version: version(),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
}

/**
 * Run the `fonte` command line.
 *
 * @param args - The arguments after `fonte`.
 * @param io - Output streams and standard input (default: the process's).
 * @returns The exit code: 0 done, 1 findings, 2 usage, file or input error.
 */
export async function main(args: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined || command === '-h' || command === '--help') {
    io.out(help)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    io.out(io.version)
    return 0
  }
  const run = commands[command]
  if (!run) {
    io.err(
      `fonte: unknown command \`${command}\`, expected one of: ${Object.keys(commands).join(', ')}`,
    )
    return 2
  }
  noteMissingLexicon(command, rest, io)
  try {
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.err(`fonte ${command}: ${error.message}`)
      return 2
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`fonte ${command}: ${error.message} (see \`fonte ${command} --help\`)`)
      return 2
    }
    throw error
  }
}

/** The commands whose results improve with the lexicon's data packages. */
const lexiconCommands = new Set(['lint', 'align', 'variants', 'report', 'index'])

/**
 * One line on standard error when a command that uses morphology or translations runs without
 * the optional GPL data packages: the results still come, from the data-free rules, and the
 * user learns what installing the data adds.
 */
function noteMissingLexicon(command: string, rest: string[], io: Io): void {
  if (!lexiconCommands.has(command) || rest.includes('--help') || rest.includes('-h')) return
  const { hint } = lexiconStatus()
  if (hint) io.err(`fonte: note: ${hint}`)
}

function version(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {
    version: string
  }
  return manifest.version
}
