import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { UsageError } from './args.js'
import { assertRegularFile } from './paths.js'
import { reasonOf } from './reasons.js'

interface Pattern {
  regexp: RegExp
  negated: boolean
  directoryOnly: boolean
}

/** Patterns in gitignore syntax, read against paths relative to one folder. */
interface PatternSet {
  base: string
  patterns: Pattern[]
}

/**
 * Which files `fonte lint` leaves out, as ESLint does: the patterns of an ignore file
 * (`.fonteignore` in the working folder, or `--ignore-path`), relative to that file's folder, and
 * `--ignore-pattern`s, relative to the working folder; in gitignore syntax (`#` comments, `!` to
 * include again, a trailing `/` for folders only, `*`, `**`, `?`, `[a-z]`; a pattern with a `/`
 * is anchored to its folder, one without matches at any depth). The last matching pattern wins,
 * and a file in an ignored folder is ignored.
 */
export class Ignore {
  private readonly sets: PatternSet[] = []

  /**
   * @param cwd - The working folder.
   * @param options - The ignore file (default: `.fonteignore` in `cwd` when it exists), extra
   *   patterns, and whether to ignore nothing at all.
   * @throws {UsageError} When `ignorePath` cannot be read.
   */
  constructor(
    cwd: string,
    options: {
      ignorePath?: string | undefined
      patterns?: readonly string[] | undefined
      /** Patterns relative to another folder (a config file's `ignorePatterns`). */
      configured?: { base: string; patterns: readonly string[] } | undefined
      noIgnore?: boolean | undefined
    },
  ) {
    if (options.noIgnore) return
    const path = options.ignorePath
      ? resolve(cwd, options.ignorePath)
      : resolve(cwd, '.fonteignore')
    if (options.ignorePath || existsSync(path)) {
      let text: string
      assertRegularFile(path, '--ignore-path ', { stdin: false })
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        throw new UsageError(
          `cannot read --ignore-path \`${options.ignorePath ?? path}\`: ${reasonOf(error)}`,
          { cause: error },
        )
      }
      this.sets.push({ base: dirname(path), patterns: compile(text.split(/\r?\n/)) })
    }
    if (options.configured?.patterns.length)
      this.sets.push({
        base: options.configured.base,
        patterns: compile(options.configured.patterns),
      })
    if (options.patterns?.length)
      this.sets.push({ base: resolve(cwd), patterns: compile(options.patterns) })
  }

  /** Whether a file (or, with `directory`, a folder) is ignored. */
  ignores(path: string, directory = false): boolean {
    const absolute = resolve(path)
    return this.sets.some((set) => {
      const local = relative(set.base, absolute)
      if (local === '' || local.startsWith('..') || isAbsolute(local)) return false
      const parts = local.split(sep)
      // A file in an ignored folder stays ignored: gitignore cannot include it again.
      for (let end = 1; end < parts.length; end++) {
        if (decide(set.patterns, parts.slice(0, end).join('/'), true)) return true
      }
      return decide(set.patterns, parts.join('/'), directory)
    })
  }
}

function decide(patterns: readonly Pattern[], path: string, directory: boolean): boolean {
  let ignored = false
  for (const pattern of patterns) {
    if (pattern.directoryOnly && !directory) continue
    if (pattern.regexp.test(path)) ignored = !pattern.negated
  }
  return ignored
}

function compile(lines: readonly string[]): Pattern[] {
  const patterns: Pattern[] = []
  for (const raw of lines) {
    // Trailing spaces go, unless escaped with a backslash.
    let line = raw.replace(/(?<!\\)\s+$/, '')
    if (line === '' || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    if (negated) line = line.slice(1)
    else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1)
    const directoryOnly = line.endsWith('/')
    if (directoryOnly) line = line.replace(/\/+$/, '')
    if (line === '') continue
    const anchored = line.includes('/')
    if (line.startsWith('/')) line = line.slice(1)
    patterns.push({
      regexp: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${toRegexp(line)}$`),
      negated,
      directoryOnly,
    })
  }
  return patterns
}

/** A gitignore glob as the source of a regular expression over `/`-separated paths. */
function toRegexp(glob: string): string {
  let source = ''
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] as string
    const atSegmentStart = index === 0 || glob[index - 1] === '/'
    if (
      char === '*' &&
      glob[index + 1] === '*' &&
      atSegmentStart &&
      (index + 2 === glob.length || glob[index + 2] === '/')
    ) {
      // `**/` is any number of folders; a final `**` is everything inside.
      if (index + 2 === glob.length) source += '.*'
      else source += '(?:.*/)?'
      index += 2
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '[') {
      const close = glob.indexOf(']', index + 2)
      if (close === -1) source += '\\['
      else {
        const body = glob
          .slice(index + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        source += `[${body}]`
        index = close
      }
    } else if (char === '\\' && index + 1 < glob.length) {
      source += escapeRegexp(glob[index + 1] as string)
      index++
    } else {
      source += escapeRegexp(char)
    }
  }
  return source
}

function escapeRegexp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
