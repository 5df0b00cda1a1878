// A small seeded random generator (mulberry32) for the property tests and benchmarks of every
// package: a failing case can be run again from its seed.

/**
 * A generator of numbers in [0, 1) from a 32-bit seed, the same sequence for the same seed.
 *
 * @param {number} seed - Any integer.
 * @returns {() => number} The next number at each call.
 */
export function seededRandom(seed) {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
