// Files of the lexicon's answers, kept between runs of the fonte CLI (issue #14, #9): a fresh
// process spends ~40-60 ms of CPU (tables opened, blocks read and unpacked) compiling a term base,
// and ~100-200 ms lemmatizing and translating an article's words for the aligner, for the same
// answers each time. The answers depend on the lexicon's code and data alone, so each file is
// keyed by those files (names, sizes, modification times) and by nothing of the term base or the
// text: another term base or article only adds answers. Two kinds, a file each per lexicon: the
// glossary's answers (`lexicon-answers-*`, `fonte lint`; small, so a one-file lint parses little)
// and the aligner's word answers (`word-answers-*`, `fonte report`, `align`, `variants`; their kind
// is in word-cache.ts, which fonte lint does not load). At most
// `limit` answers a file, the most recently asked kept, and the `files` most recent files of a
// kind, in `$XDG_CACHE_HOME/fonte` (or `~/.cache/fonte`); `FONTE_CACHE=0` or `--no-cache` turn
// them off. A file that cannot be read, parsed or written is ignored, in silence: it only costs
// time.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { isObject } from '@fonte/arguments'
import { lexiconAnswers, useLexiconAnswers } from '@fonte/glossary/lexicon-answers'
import { lexiconPackages } from './lexicon-packages.js'

/** The most files kept of a kind, one per lexicon (two clones or installs may share the folder). */
const files = 4

/** A kind of answers file: its name and format, and the memo it seeds and is written from. */
export interface AnswersKind {
  prefix: string
  format: string
  /** Turn the memo on with a file's `answers` (undefined when there is no usable file). */
  seed: (answers: unknown) => void
  /** The memo's answers to write, at most the file's limit; undefined when none is new. */
  take: () => unknown
}

/** The most glossary answers kept: the project term base asks ~300. */
const glossaryLimit = 10_000

const glossaryKind: AnswersKind = {
  prefix: 'lexicon-answers-',
  format: 'fonte-lexicon-answers/1',
  seed: (answers) =>
    useLexiconAnswers(Array.isArray(answers) && answers.every(isAnswer) ? answers : []),
  take: () => lexiconAnswers()?.slice(-glossaryLimit),
}

/** An open cache: `save` writes what the run added, if anything. */
export interface LexiconCache {
  file: string
  save: () => void
}

/**
 * Seed the glossary's lexicon memo from the cache file, and return how to save it; undefined
 * when the cache is off (`FONTE_CACHE=0`) or the installed lexicon cannot be told apart (a data
 * package found only through `NODE_PATH`, or none found).
 */
export function openLexiconCache(env: NodeJS.ProcessEnv = process.env): LexiconCache | undefined {
  return openAnswers(glossaryKind, env)
}

/**
 * Seed a kind's memo from its file, and return how to save it; undefined when the cache is off
 * (`FONTE_CACHE=0`) or the installed lexicon cannot be told apart.
 */
export function openAnswers(kind: AnswersKind, env: NodeJS.ProcessEnv): LexiconCache | undefined {
  if (env.FONTE_CACHE === '0') return undefined
  const packages = lexiconIdentity()
  if (packages === undefined) return undefined
  const identity = `${kind.format}\n${packages}`
  const folder = join(
    env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)
      ? env.XDG_CACHE_HOME
      : join(homedir(), '.cache'),
    'fonte',
  )
  const name = `${kind.prefix}${hash(identity)}.json`
  const file = join(folder, name)
  try {
    kind.seed(readAnswers(file, kind.format, identity))
  } catch {
    kind.seed(undefined)
  }
  return { file, save: () => writeAnswers(kind, folder, name, identity) }
}

/**
 * The answers in `file` when it holds this lexicon's in this format, else undefined: a file cut
 * short, edited or damaged on disk only costs time, never a crash (each kind checks the answers).
 */
function readAnswers(file: string, format: string, identity: string): unknown {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null
    if (kept?.format !== format || kept.identity !== identity) return undefined
    return kept.answers
  } catch {
    return undefined
  }
}

/** Morphological features: an object of strings. */
function isFeatures(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((item) => typeof item === 'string')
}

/** The shape of one item of each lexicon call's answer (an array of them). */
const answerItems: Record<string, (item: unknown) => boolean> = {
  analyse: (item) =>
    isObject(item) &&
    typeof item.lemma === 'string' &&
    typeof item.pos === 'string' &&
    isFeatures(item.features),
  paradigm: (item) =>
    isObject(item) &&
    typeof item.form === 'string' &&
    typeof item.pos === 'string' &&
    isFeatures(item.features),
  inflect: (item) => typeof item === 'string',
  generate: (item) => typeof item === 'string',
}

/** A kept `[call, answer]` pair: the call as the memo keys it, the answer in its call's shape. */
function isAnswer(entry: unknown): entry is [string, unknown] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false
  const [call, answer] = entry as [string, unknown]
  const name = /^\["([a-z]+)",/.exec(call)?.[1]
  const item = name === undefined ? undefined : answerItems[name]
  return item !== undefined && Array.isArray(answer) && answer.every(item)
}

/** Write the memo's answers, when the run added some, replacing the file whole, and drop others. */
function writeAnswers(kind: AnswersKind, folder: string, name: string, identity: string): void {
  const answers = kind.take()
  if (answers === undefined) return
  const temporary = join(folder, `.${name}.${process.pid}.tmp`)
  try {
    mkdirSync(folder, { recursive: true })
    writeFileSync(temporary, JSON.stringify({ format: kind.format, identity, answers }))
    renameSync(temporary, join(folder, name))
    dropOldest(folder, kind.prefix)
  } catch {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // The folder is not one (a file in the way): there is no temporary file either.
    }
  }
}

/**
 * Remove all but the `files` most recently written answers files of a kind: those of an earlier
 * lexicon (another build, another release) are not read again, unless two installs share the folder.
 */
function dropOldest(folder: string, prefix: string): void {
  const kept = readdirSync(folder)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .map((file) => ({ file, written: statSync(join(folder, file)).mtimeMs }))
    .sort((a, b) => b.written - a.written)
  for (const { file } of kept.slice(files)) rmSync(join(folder, file), { force: true })
}

/**
 * What the lexicon's answers depend on: the version, the `dist/` modules and the `data/` files
 * (name, size, modification time) of `@fonte/lexicon` and of each of its data packages. Once a
 * process: a report opens two kinds of file.
 */
function lexiconIdentity(): string | undefined {
  return (knownIdentity ??= { packages: packagesIdentity() }).packages
}

let knownIdentity: { packages: string | undefined } | undefined

function packagesIdentity(): string | undefined {
  const found = lexiconPackages()
  if (found === undefined) return undefined
  const folders = [found.lexicon, ...found.data.values()]
  if (folders.some((folder) => folder === undefined)) return undefined
  try {
    return (folders as string[]).map(packageIdentity).join('\n')
  } catch {
    return undefined
  }
}

/** A package's version and its `dist/` modules and `data/` files, as `name size mtime`. */
function packageIdentity(folder: string): string {
  const { name, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name?: string
    version?: string
  }
  const files: string[] = [`${name}@${version}`]
  for (const sub of ['dist', 'data']) {
    let entries: string[]
    try {
      entries = readdirSync(join(folder, sub)).sort()
    } catch {
      continue
    }
    for (const entry of entries) {
      // The code is the modules; types and source maps change no answer.
      if (sub === 'dist' && !/\.[cm]?js$/.test(entry)) continue
      const stats = statSync(join(folder, sub, entry))
      if (stats.isFile()) files.push(`${sub}/${entry} ${stats.size} ${stats.mtimeMs}`)
    }
  }
  return files.join('\n')
}

/** FNV-1a, 32 bits, as hex: a file name for an identity (the file holds the identity itself). */
function hash(text: string): string {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return (value >>> 0).toString(16).padStart(8, '0')
}
