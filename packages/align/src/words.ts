/** Words of a sentence, lower case and without accents, for comparing across languages. */
export function plainWords(text: string): string[] {
  // Accents go before the words are cut out, or `Schäuble` (decomposed) would be two words.
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
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
