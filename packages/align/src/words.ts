/** Words of a sentence, lower case and without accents, for comparing across languages. */
export function plainWords(text: string): string[] {
  // A word of lower-case ASCII letters and digits (most lemmas and words asked about) is its own
  // only plain word: no accents to drop, no case to change, nothing to cut.
  if (isPlainWord(text)) return [text]
  // Accents go before the words are cut out, or `Schäuble` (decomposed) would be two words.
  return (
    withoutAccents(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Whether `text` is one word of lower-case ASCII letters and digits, which `plainWords` keeps. */
export function isPlainWord(text: string): boolean {
  if (text.length === 0) return false
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false
  }
  return true
}

/**
 * `text` decomposed (NFD) without its combining marks: `Schäuble` → `Schauble`. ASCII text is
 * returned as it is, which decomposing it would give: most words of English and Italian news
 * are ASCII, and `normalize` and a Unicode-property pattern cost more than this check.
 */
export function withoutAccents(text: string): string {
  for (let at = 0; at < text.length; at++) {
    if (text.charCodeAt(at) > 0x7f) return text.normalize('NFD').replace(/\p{M}/gu, '')
  }
  return text
}

/** The numbers of a sentence: each run of digits, so `17,500` and `17.500`, `1.5` and `1,5` agree. */
export function numberKeys(text: string): string[] {
  return text.match(/\p{Nd}+/gu)?.map((digits) => digits.replace(/^0+(?=\d)/, '')) ?? []
}

/** Words that start with a capital letter, not at the start of the sentence: names, mostly. */
export function capitalisedWords(text: string): string[] {
  const found: string[] = []
  const pattern = /[\p{L}\p{N}]+/gu
  let match: RegExpExecArray | null
  let first = true
  while ((match = pattern.exec(text))) {
    if (!first && /^\p{Lu}/u.test(match[0])) found.push(match[0])
    first = false
  }
  return found
}
