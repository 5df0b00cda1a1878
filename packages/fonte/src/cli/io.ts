import { readFileSync } from 'node:fs'
import { UsageError } from './args.js'
import { decodeText, TextBytesError } from '@fonte/glossary/text-bytes'
import { unreadableReason } from './encoding.js'

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

/** The process's standard streams as an `Io`. */
export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    stdin: readStdin,
    stdinBytes: readStdinBytes,
    color:
      Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
    version: fonteVersion(),
    progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined,
  }
}

/** fonte's version, from its package.json (read, not imported: no JSON module at start-up). */
export function fonteVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string }
  return manifest.version
}

/** Read all of standard input as UTF-8 text (see `stdinText`). */
export async function readStdin(): Promise<string> {
  return stdinText(await readStdinBytes())
}

/**
 * Standard input's bytes as text, as a file's are read (`decodeText`): UTF-16 after its byte
 * order mark (the mark left out), otherwise UTF-8, a byte order mark kept.
 *
 * @throws {UsageError} Naming the line, when the bytes are not valid UTF-8 (or UTF-16), or are
 *   UTF-32: read as U+FFFD the text would be lost silently; as a binary file when they are not
 *   UTF-8 and hold a NUL, as a file's are.
 */
export function stdinText(bytes: Uint8Array): string {
  try {
    return decodeText(bytes, { invalid: 'refuse' }).text
  } catch (error) {
    if (!(error instanceof TextBytesError)) throw error
    // As for a file: bytes that are not UTF-8 and hold a NUL are an image or an archive, which
    // iconv would not help.
    if (error.place.encoding === 'UTF-8' && bytes.subarray(0, 100_000).includes(0)) {
      throw new UsageError('standard input: a binary file, expected text', { cause: error })
    }
    throw new UsageError(`cannot read standard input: ${unreadableReason(error.place)}`, {
      cause: error,
    })
  }
}

/** Read all of standard input as bytes. */
export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
