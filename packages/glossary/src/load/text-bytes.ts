/**
 * Text files' bytes as text, in the one place that decides their encoding: UTF-16 after its byte
 * order mark (the mark left out), otherwise UTF-8 (a UTF-8 mark kept, for the parsers to skip and
 * for a file written back to keep). Term bases, articles, sources and standard input all go
 * through here, so the same bytes read the same, or are refused with the same place, everywhere.
 * The CLI loads it on its own, as `@fonte/glossary/text-bytes`, without the glossary's code.
 */
import { argumentChecks, type ArgumentChecks } from '@fonte/arguments'

const check: ArgumentChecks = argumentChecks()

/** An encoding fonte reads text in. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE'

/** Where bytes stop being text in their encoding, and what they are instead. */
export interface InvalidTextBytes {
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName | 'UTF-32LE' | 'UTF-32BE'
  /** 1-based line of the first byte that is not text in that encoding. */
  line: number
  /** 1-based column (UTF-16 code units) of that byte on its line. */
  column: number
  /**
   * Why, as a phrase: `not valid UTF-8`, `not valid UTF-16`, `not valid UTF-16: an odd number
   * of bytes`, `UTF-32LE, which fonte does not read`.
   */
  reason: string
}

/** Bytes read as text. */
export interface DecodedText {
  /** The text; bytes that are not text in `encoding` are U+FFFD here (only with `invalid`). */
  text: string
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName
  /** Where the bytes stop being text, when they do (only under `invalid: 'replace'`). */
  invalid?: InvalidTextBytes | undefined
}

/** What to do with bytes that are not text in their encoding. */
export interface DecodeTextOptions {
  /**
   * `refuse`: throw a `TextBytesError` naming the place (for text that would silently stop
   * matching); `replace`: read them as U+FFFD and say where in `invalid` (for a caller that
   * words its own refusal or reads on).
   */
  invalid: 'refuse' | 'replace'
}

/** Bytes that are not text in their encoding, with the place of the first bad byte. */
export class TextBytesError extends Error {
  /** Where and why. */
  readonly place: InvalidTextBytes

  /**
   * @param place - Where the bytes stop being text, and why.
   */
  constructor(place: InvalidTextBytes) {
    super(`${place.reason} (line ${place.line}, column ${place.column})`)
    this.name = 'TextBytesError'
    this.place = place
  }
}

// Made once: `decode` without `stream` keeps no state between calls.
const decoders = {
  'UTF-8': {
    fatal: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
    lenient: new TextDecoder('utf-8', { ignoreBOM: true }),
  },
  'UTF-16LE': {
    fatal: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
    lenient: new TextDecoder('utf-16le', { ignoreBOM: true }),
  },
  'UTF-16BE': {
    fatal: new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
    lenient: new TextDecoder('utf-16be', { ignoreBOM: true }),
  },
} as const

/**
 * The encoding a byte order mark at the start of `bytes` names, or `undefined` without one.
 * `FF FE 00 00` is UTF-32LE: as UTF-16 it would be a NUL, which no text file starts with.
 *
 * @param bytes - The start of a file (at least four bytes, when there are).
 */
export function byteOrderMarkOf(
  bytes: Uint8Array,
): TextEncodingName | 'UTF-32LE' | 'UTF-32BE' | undefined {
  const [a, b, c, d] = bytes
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE'
  if (a === 0xfe && b === 0xff) return 'UTF-16BE'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32BE'
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'UTF-8'
  return undefined
}

/**
 * Read a text file's bytes: UTF-16 (little or big endian) after its byte order mark, which is
 * left out; otherwise UTF-8, a UTF-8 byte order mark kept as U+FEFF. UTF-32 is refused: no
 * editor saves text in it by default, and `TextDecoder` does not read it.
 *
 * @param bytes - The file's content.
 * @param options - What to do with bytes that are not text (see `DecodeTextOptions`).
 * @returns The text and its encoding (and, under `replace`, where the bytes stop being text).
 * @throws {TextBytesError} Under `refuse`, naming the line and column of the first bad byte.
 * @throws {TypeError} When `bytes` is not a `Uint8Array` (a `Buffer` is one), or
 *   `options.invalid` is neither `refuse` nor `replace`.
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions): DecodedText {
  check.argument(
    'decodeText',
    'bytes',
    bytes,
    'a Uint8Array',
    (value) => value instanceof Uint8Array,
  )
  check.oneOf(
    'decodeText',
    'options.invalid',
    (options as Partial<DecodeTextOptions> | null)?.invalid,
    ['refuse', 'replace'],
  )
  const mark = byteOrderMarkOf(bytes)
  if (mark === 'UTF-32LE' || mark === 'UTF-32BE') {
    const place = {
      encoding: mark,
      line: 1,
      column: 1,
      reason: `${mark}, which fonte does not read`,
    }
    if (options.invalid === 'refuse') throw new TextBytesError(place)
    return { text: '', encoding: 'UTF-8', invalid: place }
  }
  const encoding: TextEncodingName = mark ?? 'UTF-8'
  const body = encoding === 'UTF-8' ? bytes : bytes.subarray(2)
  try {
    return { text: decoders[encoding].fatal.decode(body), encoding }
  } catch {
    const text = decoders[encoding].lenient.decode(body)
    const place = invalidPlace(body, text, encoding)
    if (options.invalid === 'refuse') throw new TextBytesError(place)
    return { text, encoding, invalid: place }
  }
}

/**
 * Where the first U+FFFD that stands for bad bytes (not for the bytes of a U+FFFD the file
 * holds) is: the text before it is valid, so its length in bytes is the bad byte's offset.
 */
function invalidPlace(
  body: Uint8Array,
  text: string,
  encoding: TextEncodingName,
): InvalidTextBytes {
  const written =
    encoding === 'UTF-8'
      ? [0xef, 0xbf, 0xbd]
      : encoding === 'UTF-16LE'
        ? [0xfd, 0xff]
        : [0xff, 0xfd]
  let index = text.indexOf('\uFFFD')
  let offset = 0
  let from = 0
  while (index !== -1) {
    offset += byteLength(text.slice(from, index), encoding)
    if (!written.every((byte, at) => body[offset + at] === byte)) break
    offset += written.length
    from = index + 1
    index = text.indexOf('\uFFFD', from)
  }
  // Not expected (the strict decoder failed, so some U+FFFD stands for bad bytes): the end.
  if (index === -1) index = text.length
  const before = text.slice(0, index)
  const lineStart = before.lastIndexOf('\n') + 1
  const odd = encoding !== 'UTF-8' && body.length % 2 === 1 && offset >= body.length - 1
  return {
    encoding,
    line: before.split('\n').length,
    column: index - lineStart + 1,
    reason: `not valid ${encoding === 'UTF-8' ? 'UTF-8' : 'UTF-16'}${odd ? ': an odd number of bytes' : ''}`,
  }
}

const encoder = new TextEncoder()

/** How many bytes `text` (valid: no lone surrogate) takes in `encoding`. */
function byteLength(text: string, encoding: TextEncodingName): number {
  return encoding === 'UTF-8' ? encoder.encode(text).length : text.length * 2
}
