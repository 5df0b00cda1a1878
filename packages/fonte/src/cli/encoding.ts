/**
 * Character encodings of the files `fonte lint` reads and fixes. A PO file names its charset in
 * its header (`Content-Type: text/plain; charset=ISO-8859-1`), an XML file in its declaration
 * (`<?xml version="1.0" encoding="ISO-8859-1"?>`); anything else is UTF-8.
 */

/** How a file's text is turned back into its bytes. */
export interface FileEncoding {
  /** The encoding's name, as messages give it (`UTF-8`, `ISO-8859-1`, `windows-1251`). */
  name: string
  /**
   * The bytes of `text` in this encoding, or a reason why they cannot be written exactly (an
   * encoding fonte does not write, a character the encoding has no byte for).
   */
  encode: (text: string) => Uint8Array | { reason: string }
}

const utf8: FileEncoding = { name: 'UTF-8', encode: (text) => Buffer.from(text, 'utf8') }

const latin1: FileEncoding = {
  name: 'ISO-8859-1',
  encode: (text) => {
    const outside = /[^\p{ASCII}\u0080-\u00ff]/u.exec(text)
    if (outside)
      return {
        reason: `ISO-8859-1 has no byte for \`${outside[0]}\` (U+${(outside[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
      }
    return Buffer.from(text, 'latin1')
  },
}

const ascii: FileEncoding = {
  name: 'US-ASCII',
  encode: (text) => {
    const outside = /\P{ASCII}/u.exec(text)
    if (outside) return { reason: `US-ASCII has no byte for \`${outside[0]}\`` }
    return Buffer.from(text, 'latin1')
  },
}

/** The encoding a file's text declares, lower-cased: a PO header's charset or an XML declaration's. */
export function declaredEncoding(text: string): string | undefined {
  const xml = /^\uFEFF?<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/.exec(text)
  if (xml) return xml[1]?.toLowerCase()
  const po = /^msgstr[^\n]*(?:\n[^\n]*){0,20}?Content-Type:[^\n"]*charset=([A-Za-z0-9._:-]+)/m.exec(
    text.slice(0, 16384),
  )
  return po?.[1]?.toLowerCase()
}

/** Whether a declared encoding is (a subset of) UTF-8; a template's `CHARSET` counts as UTF-8. */
function isUtf8(name: string | undefined): boolean {
  return name === undefined || name === 'utf-8' || name === 'utf8' || name === 'charset'
}

function isLatin1(name: string): boolean {
  return [
    'iso-8859-1',
    'iso8859-1',
    'iso_8859-1',
    'latin1',
    'latin-1',
    'l1',
    'cp819',
    'ibm819',
  ].includes(name)
}

/**
 * Decode a file's bytes as it declares itself, and say how to encode it back.
 *
 * @param bytes - The file's content.
 * @returns Its text, and its encoding; `encoding` is a reason instead where the file cannot be
 *   written back exactly (bytes that are not valid UTF-8, an encoding Node does not write).
 */
export function decodeFile(bytes: Uint8Array): {
  text: string
  encoding: FileEncoding | { reason: string }
} {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeUtf16(buffer, 'le')
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeUtf16(buffer, 'be')
  const declared = declaredEncoding(buffer.toString('latin1', 0, Math.min(buffer.length, 16384)))
  if (isUtf8(declared) || declared === 'us-ascii' || declared === 'ascii') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer)
      return { text, encoding: declared === 'us-ascii' || declared === 'ascii' ? ascii : utf8 }
    } catch {
      const at = firstInvalidUtf8(buffer)
      return {
        text: buffer.toString('utf8'),
        encoding: {
          reason: `it is not valid UTF-8 (line ${at}${declared ? ` of a file that declares ${declared}` : ''}); convert it to UTF-8 first (iconv -f <charset> -t UTF-8)`,
        },
      }
    }
  }
  if (isLatin1(declared as string)) return { text: buffer.toString('latin1'), encoding: latin1 }
  let text: string
  try {
    text = new TextDecoder(declared, { ignoreBOM: true }).decode(buffer)
  } catch {
    return {
      text: buffer.toString('utf8'),
      encoding: { reason: `it declares the encoding \`${declared}\`, which fonte cannot read` },
    }
  }
  return {
    text,
    encoding: {
      reason: `it is in ${declared}: fonte writes fixes only into UTF-8 and ISO-8859-1 files (convert it with iconv, or lint without --fix)`,
    },
  }
}

/**
 * A file that starts with a UTF-16 byte order mark: read without it, written back with it, in
 * the same byte order.
 */
function decodeUtf16(buffer: Buffer, order: 'le' | 'be'): ReturnType<typeof decodeFile> {
  const body = Buffer.from(buffer.subarray(2))
  if (body.length % 2 === 1) {
    return { text: '', encoding: { reason: `it is not valid UTF-16 (an odd number of bytes)` } }
  }
  if (order === 'be') body.swap16()
  const text = body.toString('utf16le')
  const name = order === 'le' ? 'UTF-16LE' : 'UTF-16BE'
  return {
    text,
    encoding: {
      name,
      encode: (value) => {
        const encoded = Buffer.from(value, 'utf16le')
        if (order === 'be') encoded.swap16()
        return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), encoded])
      },
    },
  }
}

/** The 1-based line of the first byte that is not valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  return text.slice(0, text.indexOf('\uFFFD')).split('\n').length
}
