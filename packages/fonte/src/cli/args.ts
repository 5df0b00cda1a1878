/**
 * The command-line argument checks every command shares: the usage error they throw, `--format`,
 * `--jobs` and the list of inputs. Kept free of imports, so that any module may throw a usage
 * error without loading the rest of the CLI.
 */

/**
 * A usage or file problem: the CLI prints it on one line and exits with code 2; several problems
 * found together (files that cannot be fixed) on a line each.
 */
export class UsageError extends Error {
  /** Each problem, when there are several: the message joins them. */
  readonly problems: readonly string[]

  /**
   * @param message - What is wrong and what to do instead; or each of several problems.
   * @param options - The underlying error, as `cause` (optional).
   */
  constructor(message: string | readonly string[], options?: ErrorOptions) {
    super(typeof message === 'string' ? message : message.join('; '), options)
    this.name = 'UsageError'
    this.problems = typeof message === 'string' ? [message] : [...message]
  }
}

/**
 * The value of `--format`, when it is one of `formats`.
 *
 * @param value - The value given (or its default).
 * @param formats - The formats the command writes.
 * @throws {UsageError} Naming the value and the formats, when it is not one of them.
 */
export function formatOption<const Format extends string>(
  value: string | undefined,
  formats: readonly Format[],
): Format {
  if (value !== undefined && (formats as readonly string[]).includes(value)) return value as Format
  throw new UsageError(`unknown --format \`${value}\`, expected ${listOf(formats)}`)
}

/**
 * `value` when it is one of `accepted`.
 *
 * @param flag - The option's name, for the message (`--quotes`).
 * @throws {UsageError} Naming the option and what it accepts, when it is not.
 */
export function choiceOption<const Choice extends string>(
  flag: string,
  value: string,
  accepted: readonly Choice[],
): Choice {
  if ((accepted as readonly string[]).includes(value)) return value as Choice
  throw new UsageError(`unknown ${flag} \`${value}\`, expected ${listOf(accepted)}`)
}

/**
 * The value of `--jobs`: a whole number of 1 or more, or `undefined` when not given.
 *
 * @throws {UsageError} When it is anything else.
 */
export function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(`unknown --jobs \`${value}\`, expected a whole number of 1 or more`)
  }
  return jobs
}

/**
 * The inputs named on the command line, when there is at least one.
 *
 * @param what - What to give, for the message (default: files, folders or `-`).
 * @throws {UsageError} When none is given.
 */
export function inputsOption(
  positionals: readonly string[],
  what = 'files, folders or - for standard input',
): string[] {
  if (positionals.length === 0) throw new UsageError(`no input: give ${what}`)
  return [...positionals]
}

/** `a, b or c`. */
export function listOf(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}
