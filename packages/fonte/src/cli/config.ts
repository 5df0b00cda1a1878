import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from './args.js'
import { assertRegularFile } from './paths.js'

/** What a fonte config file (`.fonterc.json` or `fonte.config.json`) may set. */
export interface FonteConfig {
  /** Term bases, relative to the config file. */
  glossary?: string[]
  /** Severity per rule: `error`, `warn` or `off`. */
  rules?: Record<string, 'error' | 'warn' | 'off'>
  /** Fail when there are more warnings than this. */
  maxWarnings?: number
  /** Files to leave out, in gitignore syntax, relative to the config file (as ESLint's). */
  ignorePatterns?: string[]
}

const names = ['.fonterc.json', 'fonte.config.json']

/**
 * Find and read the nearest config file, from `start` up to the file system root.
 *
 * @returns The config with `glossary` paths resolved, or `undefined` when there is none.
 * @throws {UsageError} When the file is not valid JSON or has fields of the wrong kind.
 */
export function findConfig(
  start: string,
  explicit?: string,
): { path: string; config: FonteConfig } | undefined {
  let path: string | undefined = explicit ? resolve(explicit) : undefined
  if (explicit && !existsSync(path as string))
    throw new UsageError(`cannot read config \`${explicit}\`: no such file`)
  for (let folder = resolve(start); !path;) {
    const found = names.map((name) => join(folder, name)).find((candidate) => existsSync(candidate))
    if (found) path = found
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  if (!path) return undefined
  assertRegularFile(path, 'config ', { stdin: false })
  let data: unknown
  const text = readFileSync(path, 'utf8')
  try {
    data = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1]
    const offset = Number(position ?? 0)
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    throw new UsageError(
      `${path}:${line}:${column}: Unexpected config, expected JSON (${(error as Error).message})`,
      { cause: error },
    )
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${path}:1:1: Unexpected config, expected a JSON object`)
  }
  const config = data as Record<string, unknown>
  const result: FonteConfig = {}
  for (const key of Object.keys(config)) {
    if (!['glossary', 'rules', 'maxWarnings', 'ignorePatterns', '$schema'].includes(key)) {
      throw new UsageError(
        `${path}: Unexpected config field \`${key}\`, expected glossary, rules, maxWarnings or ignorePatterns`,
      )
    }
  }
  if (config.glossary !== undefined) {
    const list = typeof config.glossary === 'string' ? [config.glossary] : config.glossary
    if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) {
      throw new UsageError(`${path}: Unexpected \`glossary\`, expected a path or a list of paths`)
    }
    result.glossary = list.map((entry: string) => resolve(dirname(path as string), entry))
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      throw new UsageError(
        `${path}: Unexpected \`rules\`, expected an object such as {"inconsistent-term": "off"}`,
      )
    }
    result.rules = config.rules as FonteConfig['rules'] & object
  }
  if (config.maxWarnings !== undefined) {
    if (
      typeof config.maxWarnings !== 'number' ||
      !Number.isInteger(config.maxWarnings) ||
      config.maxWarnings < 0
    ) {
      throw new UsageError(`${path}: Unexpected \`maxWarnings\`, expected a whole number`)
    }
    result.maxWarnings = config.maxWarnings
  }
  if (config.ignorePatterns !== undefined) {
    const list = config.ignorePatterns
    if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) {
      throw new UsageError(`${path}: Unexpected \`ignorePatterns\`, expected a list of patterns`)
    }
    result.ignorePatterns = list as string[]
  }
  return { path, config: result }
}
