// Which sentences of the other document each word shares a key with, as a bit set per word: the
// coverage scorer asks, for nearly every sentence pair of a document pair, which words of each
// sentence have a key in the other, and a word's answer for every sentence of the other side is
// found here once, by its keys, rather than by walking its keys again for each pair.

// Per key id: the stamp of the call that numbered it, and its number among the other side's keys
// (arrays shared by every call: one document pair is read at a time).
let keyStamp = new Int32Array(1024)
let keyNumber = new Int32Array(1024)
let stampNow = 0

/**
 * For each word of `words` (sentences' words, each as key ids, flattened in order), the set of
 * `other`'s sentences that have one of its keys: bits `stride × word` to `stride × (word + 1)`,
 * sentence `s` at bit `s & 31` of word `s >>> 5`.
 *
 * @param words - One side's sentences, each a list of words as key ids.
 * @param other - The other side's sentences, each as its set of key ids.
 * @param size - One more than the largest key id of either side.
 */
export function crossHits(
  words: ReadonlyArray<readonly Int32Array[]>,
  other: readonly Int32Array[],
  size: number,
): { bits: Uint32Array; stride: number } {
  if (keyStamp.length < size) {
    keyStamp = new Int32Array(2 * size)
    keyNumber = new Int32Array(2 * size)
    stampNow = 0
  }
  if (stampNow >= 0x7ffffff0) {
    keyStamp.fill(0)
    stampNow = 0
  }
  const stamp = ++stampNow
  const stride = Math.max(1, Math.ceil(other.length / 32))
  // The other side's keys, numbered, each with the set of its sentences that have it.
  let keys = 0
  for (let sentence = 0; sentence < other.length; sentence++) {
    const set = other[sentence] as Int32Array
    for (let k = 0; k < set.length; k++) {
      const id = set[k] as number
      if (keyStamp[id] === stamp) continue
      keyStamp[id] = stamp
      keyNumber[id] = keys++
    }
  }
  const sentencesOf = new Uint32Array(keys * stride)
  other.forEach((set, sentence) => {
    const word = sentence >>> 5
    const bit = 1 << (sentence & 31)
    for (let k = 0; k < set.length; k++) {
      const at = (keyNumber[set[k] as number] as number) * stride + word
      sentencesOf[at] = (sentencesOf[at] as number) | bit
    }
  })
  let count = 0
  for (let sentence = 0; sentence < words.length; sentence++)
    count += (words[sentence] as readonly Int32Array[]).length
  const bits = new Uint32Array(count * stride)
  let at = 0
  for (let sentence = 0; sentence < words.length; sentence++) {
    const sentenceWords = words[sentence] as readonly Int32Array[]
    for (let index = 0; index < sentenceWords.length; index++) {
      const word = sentenceWords[index] as Int32Array
      for (let k = 0; k < word.length; k++) {
        const id = word[k] as number
        if (keyStamp[id] !== stamp) continue
        const from = (keyNumber[id] as number) * stride
        for (let w = 0; w < stride; w++) {
          bits[at + w] = (bits[at + w] as number) | (sentencesOf[from + w] as number)
        }
      }
      at += stride
    }
  }
  return { bits, stride }
}
