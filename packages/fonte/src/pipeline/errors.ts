/**
 * Errors across the worker-thread boundary. A worker's error reaches the main thread as a plain
 * `Error` (structured clone keeps no class), so a term base or article the user can fix would be
 * reported as a crash. The worker side here imports nothing, so that a worker loads only what its
 * task needs; `rebuild-error.ts` makes the same classes again on the main side.
 */

/** An error as it crosses from a worker thread: its class's name, message, stack and fields. */
export interface CarriedError {
  /** The class's name (`TermBaseError`, `InputError`, …). */
  name: string
  message: string
  stack?: string | undefined
  /** The error's own fields (`file`, `line`, `column`, `place`, `code`, `path`, …). */
  fields: Record<string, unknown>
}

/** What a worker's task returns: its value, or an error the user can fix, carried by name. */
export type Settled<Value> = { value: Value } | { error: CarriedError }

// Errors about the user's input (a term base, an article, a document too deeply nested): the CLI
// reports them on one line. Any other error is a bug and crosses as the crash it is.
const inputErrors = new Set(['TermBaseError', 'DocumentError', 'InputError', 'MarkdownDepthError'])

/**
 * An error the user can fix (one of fonte's input errors, or a file-system error naming its
 * path) as data for `postMessage`; `undefined` for anything else.
 */
export function carryError(error: unknown): CarriedError | undefined {
  if (!(error instanceof Error)) return undefined
  if (!inputErrors.has(error.name) && !isFileSystemError(error)) return undefined
  // Own enumerable fields only: `cause` (the parser's error) stays behind, its gist is in the
  // message.
  const fields: Record<string, unknown> = { ...error }
  return { name: error.name, message: error.message, stack: error.stack, fields }
}

/**
 * Run a worker's task, returning its value, or the error it threw when the user can fix it.
 *
 * @throws Whatever `work` throws that is not an input or file-system error: a crash.
 */
export async function settle<Value>(work: () => Value | Promise<Value>): Promise<Settled<Value>> {
  try {
    return { value: await work() }
  } catch (error) {
    const carried = carryError(error)
    if (!carried) throw error
    return { error: carried }
  }
}

/**
 * An error of a file-system call on a path (`ENOENT`, `EACCES`, …), as Node makes them. Imports
 * nothing, so the CLI can use it without loading the rest.
 */
export function isFileSystemError(
  error: unknown,
): error is NodeJS.ErrnoException & { path: string } {
  if (!(error instanceof Error)) return false
  const { code, syscall, path } = error as NodeJS.ErrnoException
  return (
    typeof code === 'string' &&
    /^E[A-Z]+$/.test(code) &&
    typeof syscall === 'string' &&
    typeof path === 'string'
  )
}
