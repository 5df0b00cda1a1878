import { processIo, type Io } from './io.js'
import { lexiconPackages } from './lexicon-packages.js'

export type { Io } from './io.js'

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

type Command = (args: string[], io: Io) => Promise<number>

// Each command's code is loaded when it runs, so that `fonte --version` or `fonte split` does not
// pay for the aligner, the lexicon and the report.
const commands: Record<string, () => Promise<Command>> = {
  split: async () => (await import('./split.js')).runSplit,
  lint: async () => (await import('./lint.js')).runLint,
  align: async () => (await import('./align.js')).runAlign,
  variants: async () => (await import('./variants.js')).runVariants,
  report: async () => (await import('./report.js')).runReport,
  index: async () => (await import('./index-command.js')).runIndex,
}

/**
 * Run the `fonte` command line.
 *
 * @param args - The arguments after `fonte`.
 * @param io - Output streams and standard input (default: the process's).
 * @returns The exit code: 0 done, 1 findings, 2 usage, file or input error.
 * @throws Whatever a command throws that is not a usage, input, term base or file-system error:
 *   a bug, to be reported with its stack trace.
 */
export async function main(args: string[], io?: Io): Promise<number> {
  const [command, ...rest] = args
  const output = io ?? processIo()
  if (command === undefined || command === '-h' || command === '--help') {
    output.out(help)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    output.out(output.version)
    return 0
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined
  if (!load) {
    output.err(
      `fonte: unknown command \`${command}\`, expected one of: ${Object.keys(commands).join(', ')}`,
    )
    return 2
  }
  try {
    await noteMissingLexicon(command, rest, output)
    return await (
      await load()
    )(rest, output)
  } catch (error) {
    const { describeErrors } = await import('./errors.js')
    const lines = describeErrors(error, command)
    if (lines === undefined) throw error
    for (const line of lines) output.err(`fonte ${command}: ${line}`)
    return 2
  }
}

/** The commands whose results improve with the lexicon's data packages. */
const lexiconCommands = new Set(['lint', 'align', 'variants', 'report', 'index'])

/**
 * One line on standard error when a command that uses morphology or translations runs without
 * the optional GPL data packages: the results still come, from the data-free rules, and the
 * user learns what installing the data adds.
 */
async function noteMissingLexicon(command: string, rest: string[], io: Io): Promise<void> {
  if (!lexiconCommands.has(command) || rest.includes('--help') || rest.includes('-h')) return
  if (dataPackagesFound()) return
  const { lexiconStatus } = await import('@fonte/lexicon')
  const { hint } = lexiconStatus()
  if (hint) io.err(`fonte: note: ${hint}`)
}

/**
 * Whether every optional data package of `@fonte/lexicon` lies in a `node_modules` folder on the
 * lexicon's own resolution path: then `lexiconStatus` would find nothing missing, and its probe
 * (node's package resolution of each package, ~10 ms of CPU before every command, issue #14) is
 * skipped. False when it cannot tell (a package elsewhere, as through `NODE_PATH`): the probe
 * then answers, and the note is the same. It looks for packages, not for their data files: a
 * data package that lost its files is reported by the lexicon when it reads them.
 */
function dataPackagesFound(): boolean {
  const found = lexiconPackages()
  return found !== undefined && [...found.data.values()].every((folder) => folder !== undefined)
}
