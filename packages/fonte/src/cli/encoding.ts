/**
 * Character encodings of the files `fonte lint` reads and fixes. A PO file names its charset in
 * its header (`Content-Type: text/plain; charset=ISO-8859-1`), an XML file in its declaration
 * (`<?xml version="1.0" encoding="ISO-8859-1"?>`); anything else is UTF-8.
 */
import { byteOrderMarkOf, decodeText, type InvalidTextBytes } from '@fonte/glossary/text-bytes'

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
  const mark = byteOrderMarkOf(buffer)
  if (mark && mark !== 'UTF-8') return decodeMarked(buffer)
  const declared = declaredEncoding(buffer.toString('latin1', 0, Math.min(buffer.length, 16384)))
  if (isUtf8(declared) || declared === 'us-ascii' || declared === 'ascii') {
    const { text, invalid } = decodeText(buffer, { invalid: 'replace' })
    if (!invalid) {
      return { text, encoding: declared === 'us-ascii' || declared === 'ascii' ? ascii : utf8 }
    }
    const where = `line ${invalid.line}${declared ? ` of a file that declares ${declared}` : ''}`
    return { text, encoding: { reason: `it is ${invalid.reason} (${where})${convertHint}` } }
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

const convertHint = '; convert it to UTF-8 first (iconv -f <charset> -t UTF-8)'

/**
 * Why bytes are not text, for a message after `cannot read <what>: `: the encoding's problem and
 * its line, and how to convert the file where it is not UTF-16 (whose bytes are cut or damaged,
 * not in another encoding).
 */
export function unreadableReason(invalid: InvalidTextBytes): string {
  if (invalid.encoding === 'UTF-32LE' || invalid.encoding === 'UTF-32BE') {
    return `${invalid.reason}; convert it to UTF-8 first (iconv -f ${invalid.encoding} -t UTF-8)`
  }
  const where = `${invalid.reason} (line ${invalid.line})`
  return invalid.encoding === 'UTF-8' ? `${where}${convertHint}` : where
}

/**
 * A file that starts with a UTF-16 (or UTF-32) byte order mark: UTF-16 is read without it and
 * written back with it, in the same byte order; UTF-32 is not read.
 */
function decodeMarked(buffer: Buffer): ReturnType<typeof decodeFile> {
  const { text, encoding: name, invalid } = decodeText(buffer, { invalid: 'replace' })
  if (invalid) return { text, encoding: { reason: `it is ${unreadableReason(invalid)}` } }
  const mark = Buffer.from(buffer.subarray(0, 2))
  return {
    text,
    encoding: {
      name,
      encode: (value) => {
        const encoded = Buffer.from(value, 'utf16le')
        if (name === 'UTF-16BE') encoded.swap16()
        return Buffer.concat([mark, encoded])
      },
    },
  }
}
