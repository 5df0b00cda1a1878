import { TermBaseError } from '../errors.js'
import { decodeText, TextBytesError, type InvalidTextBytes } from './text-bytes.js'

/**
 * A term base file's bytes as text (see `decodeText`): UTF-16 after its byte order mark,
 * otherwise UTF-8 (a UTF-8 byte order mark is left for the parsers, which skip it).
 *
 * @param bytes - The file's content.
 * @param file - The file's name, for errors.
 * @throws {TermBaseError} When the bytes are not valid UTF-8 (or UTF-16), or are UTF-32, naming
 *   the line and column: read as U+FFFD, the terms would silently stop matching.
 */
export function decodeTermBase(bytes: Uint8Array, file: string): string {
  try {
    return decodeText(bytes, { invalid: 'refuse' }).text
  } catch (error) {
    if (!(error instanceof TextBytesError)) throw error
    const { line, column } = error.place
    throw new TermBaseError(
      { file, start: { line, column } },
      termBaseReason(error.place, declaredEncoding(bytes)),
      { cause: error },
    )
  }
}

function termBaseReason(place: InvalidTextBytes, declared: string | undefined): string {
  if (place.encoding.startsWith('UTF-32')) {
    return `Unexpected ${place.encoding} byte order mark, expected a term base saved as UTF-8 (convert it with iconv -f ${place.encoding} -t UTF-8)`
  }
  if (place.encoding !== 'UTF-8')
    return 'Unexpected bytes that are not UTF-16 after a UTF-16 byte order mark'
  // A TBX file that declares its encoding: the command to convert it can name it.
  const convert = declared
    ? `it declares ${declared}: convert it with iconv -f ${declared} -t UTF-8`
    : 'convert it with iconv -f <charset> -t UTF-8'
  return `Unexpected bytes that are not UTF-8, expected a term base saved as UTF-8 (${convert})`
}

/** The encoding an XML declaration at the start of `bytes` names, if any (`ISO-8859-1`). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200))
  const match =
    /^(?:\xEF\xBB\xBF)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][\w.:-]{0,39})["']/.exec(
      head.toString('latin1'),
    )
  const name = match?.[1]
  return name === undefined || /^utf-?8$/i.test(name) ? undefined : name
}
