// The Dice coefficient of two runs of sentences' key sets, asked for every bead the search
// considers (two scorers, numbers and cognates, thousands of beads per document pair). Only the
// keys both documents have can be shared: they get dense local numbers, and each sentence and run
// a bit set of them, so that a bead's shared keys are a few ANDs and bit counts, where merging
// the two runs' sorted sets walked every key of both; a run's size (its distinct keys, shared or
// not) is counted once. The answers are those of the merge, exactly.

/** Per key id: the stamp of the call that saw it on the target side, and its local number. */
let seenStamp = new Int32Array(1024)
let localOf = new Int32Array(1024)
let stampNow = 0

// Distinct keys of a run, counted with stamps per key id (ids repeat across its sentences).
let countStamp = new Int32Array(1024)

function grow(size: number): void {
  if (seenStamp.length >= size) return
  const length = Math.max(size, 2 * seenStamp.length)
  seenStamp = new Int32Array(length)
  localOf = new Int32Array(length)
  countStamp = new Int32Array(length)
  stampNow = 0
}

/** A fresh stamp, or two in a row (all the stamps of one step stay valid together). */
function nextStamps(count: 1 | 2): number {
  if (stampNow >= 0x7ffffff0) {
    seenStamp.fill(0)
    countStamp.fill(0)
    stampNow = 0
  }
  stampNow += count
  return stampNow
}

/** The number of 1 bits of a 32-bit integer. */
function bitCount(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

// Runs of up to this many sentences are kept (the search's beads take three at most); a longer
// run, which only a caller of a prepared scorer may ask for, is made when asked.
const keptRun = 4

/** One side's sentences: each run's bit set of shared keys and its size, made when first asked. */
class Side {
  /** Bit sets of runs, by run length - 1: run `start` at `start × words`. */
  private readonly bits: Uint32Array[] = []
  /** Whether a run's bit set is made, by run length - 1 (a sentence's is made at once). */
  private readonly made: Uint8Array[] = []
  /** Run sizes by run length - 1, -1 until counted. */
  private readonly sizes: Int32Array[] = []
  /** The array of the bit set `run` last placed. */
  found: Uint32Array

  constructor(
    private readonly sets: readonly Int32Array[],
    private readonly words: number,
    private readonly scratch: Uint32Array,
  ) {
    for (let length = 1; length <= keptRun; length++) {
      const runs = Math.max(0, sets.length - length + 1)
      this.bits.push(new Uint32Array(runs * words))
      this.made.push(new Uint8Array(runs).fill(length === 1 ? 1 : 0))
      this.sizes.push(new Int32Array(runs).fill(-1))
    }
    this.found = scratch
  }

  /** Sets the bits of sentence `at`'s shared keys (`localOf` holds their numbers for `stamp`). */
  mark(at: number, stamp: number): void {
    const set = this.sets[at] as Int32Array
    const bits = this.bits[0] as Uint32Array
    const base = at * this.words
    for (let k = 0; k < set.length; k++) {
      const id = set[k] as number
      if (seenStamp[id] !== stamp) continue
      const local = localOf[id] as number
      bits[base + (local >>> 5)] = (bits[base + (local >>> 5)] as number) | (1 << (local & 31))
    }
  }

  /** The size of run [start, end): its distinct keys. */
  size(start: number, end: number): number {
    const length = end - start
    if (length === 1) return (this.sets[start] as Int32Array).length
    const sizes = length <= keptRun ? (this.sizes[length - 1] as Int32Array) : undefined
    const kept = sizes ? (sizes[start] as number) : -1
    if (kept >= 0) return kept
    const stamp = nextStamps(1)
    let count = 0
    for (let at = start; at < end; at++) {
      const set = this.sets[at] as Int32Array
      for (let k = 0; k < set.length; k++) {
        const id = set[k] as number
        if (countStamp[id] === stamp) continue
        countStamp[id] = stamp
        count++
      }
    }
    if (sizes) sizes[start] = count
    return count
  }

  /**
   * Places the bit set of run [start, end): returns its offset in `found`, a kept run's array,
   * or the scratch array filled for a longer run.
   */
  run(start: number, end: number): number {
    const length = end - start
    if (length > keptRun) {
      this.scratch.fill(0)
      for (let at = start; at < end; at++) this.or(this.scratch, 0, at)
      this.found = this.scratch
      return 0
    }
    const bits = this.bits[length - 1] as Uint32Array
    const made = this.made[length - 1] as Uint8Array
    const base = start * this.words
    if (made[start] === 0) {
      for (let at = start; at < end; at++) this.or(bits, base, at)
      made[start] = 1
    }
    this.found = bits
    return base
  }

  private or(into: Uint32Array, offset: number, at: number): void {
    const single = this.bits[0] as Uint32Array
    const words = this.words
    for (let w = 0; w < words; w++) {
      into[offset + w] = (into[offset + w] as number) | (single[at * words + w] as number)
    }
  }
}

/**
 * The key sets of a document pair's sentences, source and target, each sorted with no id twice,
 * ready for `dice` on runs of them.
 */
export class PairKeySets {
  private readonly source: Side
  private readonly target: Side
  private readonly words: number

  constructor(sourceSets: readonly Int32Array[], targetSets: readonly Int32Array[]) {
    let largest = -1
    for (const sets of [sourceSets, targetSets]) {
      for (const set of sets) if (set.length > 0) largest = Math.max(largest, set.at(-1) as number)
    }
    grow(largest + 1)
    const shared = nextStamps(2)
    const inTarget = shared - 1
    for (const set of targetSets) {
      for (let k = 0; k < set.length; k++) seenStamp[set[k] as number] = inTarget
    }
    // The target's keys that the source has too get local numbers, in the order first seen.
    let count = 0
    for (const set of sourceSets) {
      for (let k = 0; k < set.length; k++) {
        const id = set[k] as number
        if (seenStamp[id] !== inTarget) continue
        seenStamp[id] = shared
        localOf[id] = count++
      }
    }
    this.words = Math.max(1, Math.ceil(count / 32))
    this.source = new Side(sourceSets, this.words, new Uint32Array(this.words))
    this.target = new Side(targetSets, this.words, new Uint32Array(this.words))
    sourceSets.forEach((_, at) => this.source.mark(at, shared))
    targetSets.forEach((_, at) => this.target.mark(at, shared))
  }

  /**
   * The Dice coefficient of source sentences [s0, s1) and target sentences [t0, t1), each run's
   * keys taken together; `null` when both runs have none.
   */
  dice(s0: number, s1: number, t0: number, t1: number): number | null {
    const a = this.source.size(s0, s1)
    const b = this.target.size(t0, t1)
    if (a === 0 && b === 0) return null
    const sourceAt = this.source.run(s0, s1)
    const targetAt = this.target.run(t0, t1)
    const sourceBits = this.source.found
    const targetBits = this.target.found
    let shared = 0
    for (let w = 0; w < this.words; w++) {
      const both = (sourceBits[sourceAt + w] as number) & (targetBits[targetAt + w] as number)
      if (both !== 0) shared += bitCount(both)
    }
    return (2 * shared) / (a + b)
  }
}
