import { TermBaseError } from '../errors.js'

/**
 * A term base file's bytes as text: UTF-16 after its byte order mark, otherwise UTF-8 (a UTF-8
 * byte order mark is left for the parsers, which skip it).
 *
 * @param bytes - The file's content.
 * @param file - The file's name, for errors.
 * @throws {TermBaseError} When the bytes are not valid UTF-8 (or UTF-16), naming the line: read
 *   as U+FFFD, the terms would silently stop matching.
 */
export function decodeTermBase(bytes: Uint8Array, file: string): string {
  const order =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'be'
        : undefined
  try {
    if (order) return new TextDecoder(`utf-16${order}`, { fatal: true }).decode(bytes)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch (error) {
    const text = new TextDecoder(order ? `utf-16${order}` : 'utf-8').decode(bytes)
    const before = text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n')
    throw new TermBaseError(
      { file, start: { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 } },
      order
        ? 'Unexpected bytes that are not UTF-16 after a UTF-16 byte order mark'
        : 'Unexpected bytes that are not UTF-8, expected a term base saved as UTF-8 (convert it with iconv -f <charset> -t UTF-8)',
      { cause: error },
    )
  }
}
