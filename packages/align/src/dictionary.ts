import { readFile } from 'node:fs/promises'
import { checkString } from './arguments.js'
import type { Dictionary } from './resources.js'

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A dictd index number: base-64 digits, most significant first. */
function dictdNumber(text: string): number {
  let value = 0
  for (const digit of text) value = value * 64 + base64Digits.indexOf(digit)
  return value
}

/**
 * Gzipped bytes decompressed. node:zlib is imported here, by the one run in many that reads a
 * `.dict.dz`, rather than by every process that imports the aligner (~5 ms of CPU).
 */
async function gunzip(bytes: Buffer): Promise<Buffer> {
  const { gunzipSync } = await import('node:zlib')
  return gunzipSync(bytes)
}

/**
 * Read a bilingual dictionary in the dictd format that FreeDict publishes and Debian packages
 * (`apt-get install dict-freedict-eng-ita` puts it in `/usr/share/dictd/`): an `.index` of
 * headwords and a `.dict.dz` (or `.dict`) of entries, each a headword line and its translations.
 *
 * FreeDict's English–Italian dictionary is licensed under the GPL, so fonte does not bundle it:
 * it is optional data that users install and pass to the aligner.
 *
 * @param indexPath - The `.index` file.
 * @param dictPath - The `.dict.dz` or `.dict` file.
 * @returns Each headword, lower case, with its translations.
 * @throws {Error} When a file cannot be read.
 */
export async function loadDictdDictionary(
  indexPath: string,
  dictPath: string,
): Promise<Dictionary> {
  checkString('loadDictdDictionary', 'indexPath', indexPath)
  checkString('loadDictdDictionary', 'dictPath', dictPath)
  const index = await readFile(indexPath, 'utf8')
  const raw = await readFile(dictPath)
  const body = dictPath.endsWith('.dz') || dictPath.endsWith('.gz') ? await gunzip(raw) : raw
  const dictionary = new Map<string, string[]>()
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t')
    if (!headword || !offset || !length || headword.startsWith('00database')) continue
    const entry = body
      .subarray(dictdNumber(offset), dictdNumber(offset) + dictdNumber(length))
      .toString('utf8')
    const translations = entry
      .split('\n')
      .slice(1)
      .map((text) => text.replace(/^\s*\d+\.\s*/, '').trim())
      .filter((text) => text !== '' && !text.startsWith('/'))
      .flatMap((text) => text.split(/[;,]\s*/))
    if (translations.length === 0) continue
    const key = headword.toLowerCase()
    dictionary.set(key, [...(dictionary.get(key) ?? []), ...translations])
  }
  return dictionary
}
