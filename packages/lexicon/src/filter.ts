// A Bloom filter of a keyed section's keys, stored raw in a packed table: a look-up of a key the
// section lacks (most of them: a form is tried against every lemma its endings could make, some
// twenty candidates a word, one or two of them real) is answered from a few bits, without the
// binary search and the block it would read. A filter never misses a key it holds, so every
// answer stays what the search gives; one key in about three hundred it lacks still gets searched.

/** Where a section's filter is: bytes `[start, end)` of the body, and its hash count. */
export interface FilterIndex {
  start: number
  end: number
  hashes: number
}

/** Filter bits per key, and hashes per key: about 0.3% of absent keys pass (12 bits, 8 hashes). */
export const filterBitsPerKey = 12
export const filterHashes = 8

/** The hash of the empty key (FNV-1a's offset basis). */
export const emptyHash = 0x811c9dc5

/**
 * The hash of a key that continues one of hash `hash` with `text[from, to)` (FNV-1a over UTF-16
 * code units: a key's hash is built as it grows, and one of two parts needs no string).
 */
export function hashOn(hash: number, text: string, from: number, to: number): number {
  for (let index = from; index < to; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash
}

/** The two base hashes of a key of FNV-1a `hash`: it, and a mix of it for the step (odd). */
function hashPair(hash: number, out: Uint32Array): void {
  let step = hash ^ (hash >>> 16)
  step = Math.imul(step, 0x85ebca6b)
  step ^= step >>> 13
  step = Math.imul(step, 0xc2b2ae35)
  step ^= step >>> 16
  out[0] = hash
  out[1] = step | 1
}

const pair = new Uint32Array(2)

/** Whether the filter `bits` (of `hashes` hashes) may hold the key `head[0, headLength) + tail`. */
export function mayHold(
  bits: Uint8Array,
  hashes: number,
  head: string,
  headLength: number,
  tail: string,
): boolean {
  return mayHoldHash(
    bits,
    hashes,
    hashOn(hashOn(emptyHash, head, 0, headLength), tail, 0, tail.length),
  )
}

/** Whether the filter `bits` (of `hashes` hashes) may hold the key of FNV-1a hash `hash` (see `hashOn`). */
export function mayHoldHash(bits: Uint8Array, hashes: number, hash: number): boolean {
  hashPair(hash, pair)
  const size = bits.length * 8
  if (size === 0) return true
  let position = pair[0]! % size
  const step = pair[1]! % size
  for (let hash = 0; hash < hashes; hash++) {
    if ((bits[position >>> 3]! & (1 << (position & 7))) === 0) return false
    position += step
    if (position >= size) position -= size
  }
  return true
}

/** The filter of `keys` (each once or more), `filterBitsPerKey` bits a distinct key. */
export function buildFilter(keys: readonly string[]): Uint8Array {
  const distinct = new Set(keys)
  const bits = new Uint8Array(Math.max(1, Math.ceil((distinct.size * filterBitsPerKey) / 8)))
  const size = bits.length * 8
  for (const key of distinct) {
    hashPair(hashOn(emptyHash, key, 0, key.length), pair)
    let position = pair[0]! % size
    const step = pair[1]! % size
    for (let hash = 0; hash < filterHashes; hash++) {
      bits[position >>> 3]! |= 1 << (position & 7)
      position += step
      if (position >= size) position -= size
    }
  }
  return bits
}
