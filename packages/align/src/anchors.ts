// The skeleton of a sentence alignment: confident 1-1 anchors, the length ratio measured on them,
// and the band around the path through them that the dynamic programming searches.

/** Lexical evidence for a bead of source sentences [s0, s1) and target sentences [t0, t1). */
export type Evidence = (s0: number, s1: number, t0: number, t1: number) => number

// Anchors: 1-1 pairs with at least this much lexical evidence, and this much more than the
// runner-up in the window, chosen by both sides.
const anchorEvidence = 0.12
const anchorMargin = 1.4
// Enough anchors to measure the length ratio on.
const anchorsForRatio = 1
// Anchors whose length ratio is more than this factor off the median do not count for the ratio.
const anchorRatioSpread = 2
const anchorWindow = 40

/**
 * Confident 1-1 pairs, in increasing order on both sides: for each source sentence, the target
 * sentence with the most evidence within a window around the diagonal, kept when it stands out
 * from the runner-up and the choice is mutual; then the longest chain that increases on both
 * sides.
 */
export function findAnchors(n: number, m: number, evidence: Evidence): Array<[number, number]> {
  const window = Math.max(anchorWindow, Math.abs(n - m) + 10)
  const best = new Int32Array(n).fill(-1)
  const bestScore = new Float64Array(n)
  const secondScore = new Float64Array(n)
  const bestForTarget = new Int32Array(m).fill(-1)
  const bestScoreForTarget = new Float64Array(m)
  for (let i = 0; i < n; i++) {
    const center = Math.round(((i + 0.5) * m) / n)
    for (let j = Math.max(0, center - window); j < Math.min(m, center + window + 1); j++) {
      const score = evidence(i, i + 1, j, j + 1)
      if (score <= 0) continue
      if (score > (bestScore[i] as number)) {
        secondScore[i] = bestScore[i] as number
        bestScore[i] = score
        best[i] = j
      } else if (score > (secondScore[i] as number)) {
        secondScore[i] = score
      }
      if (score > (bestScoreForTarget[j] as number)) {
        bestScoreForTarget[j] = score
        bestForTarget[j] = i
      }
    }
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < n; i++) {
    const j = best[i] as number
    const score = bestScore[i] as number
    if (j < 0 || bestForTarget[j] !== i || score < anchorEvidence) continue
    if (score < anchorMargin * (secondScore[i] as number)) continue
    pairs.push([i, j])
  }
  return longestIncreasing(pairs)
}

/** Target characters per source character over the anchor pairs, when there are enough. */
export function anchorRatio(
  source: readonly string[],
  target: readonly string[],
  anchors: ReadonlyArray<[number, number]>,
): number | undefined {
  if (anchors.length < anchorsForRatio) return undefined
  // An anchor that is really part of a merge (the outlet joined two wire sentences into one) has
  // twice the usual ratio: anchors far from the median ratio are left out of the measure.
  const ratio = ([i, j]: [number, number]) =>
    (target[j] as string).length / Math.max(1, (source[i] as string).length)
  const ratios = anchors.map(ratio).sort((a, b) => a - b)
  const median = ratios[Math.floor(ratios.length / 2)] as number
  let sourceLength = 0
  let targetLength = 0
  for (const anchor of anchors) {
    const own = ratio(anchor)
    if (own > median * anchorRatioSpread || own * anchorRatioSpread < median) continue
    sourceLength += (source[anchor[0]] as string).length
    targetLength += (target[anchor[1]] as string).length
  }
  return sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : undefined
}

/** The longest chain of pairs increasing on both sides (pairs come sorted by source index). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const tailIndex: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  pairs.forEach(([, j], index) => {
    let lowBound = 0
    let highBound = tails.length
    while (lowBound < highBound) {
      const middle = (lowBound + highBound) >> 1
      if ((tails[middle] as number) < j) lowBound = middle + 1
      else highBound = middle
    }
    tails[lowBound] = j
    tailIndex[lowBound] = index
    previous[index] = lowBound > 0 ? (tailIndex[lowBound - 1] as number) : -1
  })
  const chain: Array<[number, number]> = []
  for (let index = tailIndex.at(-1) ?? -1; index >= 0; index = previous[index] as number) {
    chain.push(pairs[index] as [number, number])
  }
  return chain.reverse()
}

/**
 * For each row i (source sentences consumed), the band of target positions j the search visits:
 * the line through the anchors (anchor (i, j) is the cell (i + 1, j + 1)), widened by `band` and by
 * the imbalance of the gap it crosses, made monotone and connected.
 */
export function searchBand(
  n: number,
  m: number,
  anchors: Array<[number, number]>,
  band: number,
): [Int32Array, Int32Array] {
  const points: Array<[number, number]> = [
    [0, 0],
    ...anchors.map(([i, j]): [number, number] => [i + 1, j + 1]),
    [n, m],
  ]
  const low = new Int32Array(n + 1)
  const high = new Int32Array(n + 1)
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k] as [number, number]
    const [i1, j1] = points[k + 1] as [number, number]
    const slack = band + Math.ceil(Math.abs(j1 - j0 - (i1 - i0)) / 2)
    for (let i = i0; i <= i1; i++) {
      const center = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0)
      const from = Math.max(0, Math.floor(center - slack))
      const to = Math.min(m, Math.ceil(center + slack))
      if (i === i0 && k > 0) {
        low[i] = Math.min(low[i] as number, from)
        high[i] = Math.max(high[i] as number, to)
      } else {
        low[i] = from
        high[i] = to
      }
    }
  }
  low[0] = 0
  high[n] = m
  for (let i = 1; i <= n; i++) low[i] = Math.max(low[i] as number, low[i - 1] as number)
  for (let i = n - 1; i >= 0; i--) high[i] = Math.min(high[i] as number, high[i + 1] as number)
  // Connected: each row starts no later than one past where the previous row ends.
  for (let i = 1; i <= n; i++) {
    if ((low[i] as number) > (high[i - 1] as number) + 1) low[i] = (high[i - 1] as number) + 1
    if ((high[i] as number) < (low[i] as number)) high[i] = low[i] as number
  }
  return [low, high]
}
