/**
 * The errors the CLI reports on one line with exit code 2: the user's mistakes (usage, an input
 * or term base that cannot be read, a file-system refusal). Anything else is a bug, and keeps its
 * stack trace. Loaded only when a command fails, so that the error classes' packages are not
 * loaded at start-up for them.
 */
import { IndexFormatError } from '@fonte/align'
import { DocumentError, TermBaseError } from '@fonte/glossary/errors'
import { UsageError } from './args.js'
import { isFileSystemError } from '../pipeline/errors.js'
import { oneLine, reasonOf } from './reasons.js'

/**
 * What went wrong, on one line (control characters escaped: a file name may hold a newline), when `error` is one the user can fix; `undefined` for a crash.
 *
 * @param error - What a command threw.
 * @param command - The command, for the hint after an unknown option.
 */
export function describeError(error: unknown, command: string): string | undefined {
  const line = describe(error, command)
  return line === undefined ? undefined : oneLine(line)
}

/**
 * What went wrong, a line each problem: `describeError`'s line, or, for a `UsageError` of
 * several problems, each of them on its own line; `undefined` for a crash.
 *
 * @param error - What a command threw.
 * @param command - The command, for the hint after an unknown option.
 */
export function describeErrors(error: unknown, command: string): string[] | undefined {
  if (error instanceof UsageError && error.problems.length > 1) return error.problems.map(oneLine)
  const line = describeError(error, command)
  return line === undefined ? undefined : [line]
}

function describe(error: unknown, command: string): string | undefined {
  if (
    error instanceof UsageError ||
    error instanceof DocumentError ||
    error instanceof TermBaseError ||
    error instanceof IndexFormatError ||
    isMarkdownDepthError(error)
  ) {
    return (error as Error).message
  }
  if (isParseArgsError(error)) return parseArgsProblem(error, `see \`fonte ${command} --help\``)
  if (isFileSystemError(error)) return fileSystemProblem(error)
  return undefined
}

/** An unknown option or a missing option value, as `node:util`'s `parseArgs` throws them. */
function isParseArgsError(error: unknown): error is TypeError {
  return (
    error instanceof TypeError &&
    'code' in error &&
    String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')
  )
}

/**
 * A `parseArgs` message on one line, in the words of fonte's own option errors (`unknown
 * --format \`xml\`, …`): node's are capitalised, quote options as `'--x <value>'`, and its
 * hint on an unknown option quotes badly (`as in '-- "--x"`); for a value that starts with a
 * dash (`--jobs -1`) it asks three lines of questions. A message of another shape is kept.
 */
function parseArgsProblem(error: TypeError, help: string): string {
  const message = error.message
  const flag = /^(?:Unknown option|Option) '(?:-\w, )?(-[^' ]+)/.exec(message)?.[1]
  if (flag !== undefined && message.startsWith('Unknown option'))
    return `unknown option \`${flag}\` (${help}; a file whose name starts with - goes after --)`
  const reword = optionProblems.find(([pattern]) => flag !== undefined && pattern.test(message))
  const problem = reword ? reword[1](flag as string) : message.replace(/\s*\n\s*/g, ' ')
  return `${problem} (${help})`
}

// parseArgs's complaints about an option's value, by the words that tell them apart.
const optionProblems: Array<[RegExp, (flag: string) => string]> = [
  [
    /' argument is ambiguous/,
    (flag) => `${flag}: a value that starts with - is written ${flag}=-…, or the value is missing`,
  ],
  [/' argument missing/, (flag) => `${flag}: the value is missing`],
  [/' does not take an argument/, (flag) => `${flag} takes no value`],
]

// `@fonte/markdown` refuses documents nested deeper than it parses safely; matched by name so
// that this module works whether or not the markdown package has that error yet.
function isMarkdownDepthError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'MarkdownDepthError'
}

// System calls that change the file system: their failure is one to write.
const writes = /^(write|rename|mkdir|rmdir|unlink|chmod|fchmod|fsync|copyfile|utime|symlink|link)/

/** `cannot write \`out/x.html\`: permission denied (EACCES)`. */
export function fileSystemProblem(error: NodeJS.ErrnoException & { path: string }): string {
  const syscall = error.syscall ?? ''
  const verb = writes.test(syscall) ? 'write' : syscall === 'open' ? 'open' : 'read'
  return `cannot ${verb} \`${error.path}\`: ${reasonOf(error)}`
}
