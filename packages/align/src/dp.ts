// The dynamic programming of `alignSentences`: the cheapest sequence of beads through a band of
// cells, with runs of unpaired sentences taken as affine gaps.

/** A bead shape: how many source and target sentences it takes, and its prior probability. */
export type Move = readonly [sourceCount: number, targetCount: number, prior: number]

/**
 * The bead shapes searched, with their prior probabilities: Gale & Church (1993), except that a
 * target sentence with no source (0-1) is twice as likely as a source sentence left out (1-0),
 * since news outlets add material to the wire copy they translate more often than they drop it.
 */
const moves: readonly Move[] = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.01],
  [2, 1, 0.04],
  [1, 2, 0.04],
  [2, 2, 0.011],
  [3, 1, 0.003],
  [1, 3, 0.003],
]

// A run of sentences with no counterpart (an outlet's own paragraphs, a source cut short) is
// skipped as one gap: the first sentence costs as a 1-0 or 0-1 bead, each further one less, so
// the run does not get spread over the neighbouring beads as 1-2 and 1-3 merges. The extension
// cost was chosen on the Text+Berg dev document (textberg-de-fr-dev), not on the test sets.
const gapOpen = -Math.log(0.005)
const gapExtend = 3
const gapUpMove = 254
const gapLeftMove = 255

/** The cost of a bead of source sentences [s0, s1) and target sentences [t0, t1), of a prior. */
export type BeadCost = (s0: number, s1: number, t0: number, t1: number, prior: number) => number

/** One bead of the best path: the sentence indices of each side (one side may be empty). */
export interface PathBead {
  source: number[]
  target: number[]
}

/**
 * The cheapest path from (0, 0) to (n, m) through the cells that `low` and `high` allow (for each
 * row i, the target positions j in [low[i], high[i]]), as beads in document order.
 *
 * @param low - Each row's first cell, from `searchBand`.
 * @param high - Each row's last cell.
 * @param beadCost - The cost of a bead of a shape `moves` lists.
 */
export function bestPath(low: Int32Array, high: Int32Array, beadCost: BeadCost): PathBead[] {
  const tables = new BandTables(low, high)
  const n = low.length - 1
  for (let i = 0; i <= n; i++) {
    for (let j = low[i] as number; j <= (high[i] as number); j++) {
      if (i > 0 || j > 0) tables.fill(i, j, beadCost)
    }
  }
  return tables.path(n, high[n] as number)
}

const infinity = Number.POSITIVE_INFINITY

/**
 * The tables of the search, row i holding the cells j in [low[i], high[i]]: `cost` is the best
 * cost of reaching a cell, `back` the move that reached it. Affine gaps: `gapUp` is the best
 * cost of reaching a cell by a run of two or more unpaired source sentences, `gapLeft` the same
 * for target sentences; their run lengths are kept for the way back.
 */
class BandTables {
  readonly cost: Float64Array[] = []
  readonly back: Uint8Array[] = []
  readonly gapUp: Float64Array[] = []
  readonly gapUpRun: Uint32Array[] = []
  readonly gapLeft: Float64Array[] = []
  readonly gapLeftRun: Uint32Array[] = []

  constructor(
    readonly low: Int32Array,
    readonly high: Int32Array,
  ) {
    for (let i = 0; i < low.length; i++) {
      const width = (high[i] as number) - (low[i] as number) + 1
      this.cost.push(new Float64Array(width).fill(infinity))
      this.back.push(new Uint8Array(width))
      this.gapUp.push(new Float64Array(width).fill(infinity))
      this.gapUpRun.push(new Uint32Array(width))
      this.gapLeft.push(new Float64Array(width).fill(infinity))
      this.gapLeftRun.push(new Uint32Array(width))
    }
    ;(this.cost[0] as Float64Array)[0 - (low[0] as number)] = 0
  }

  /** A cell of `rows`, infinite outside the band. */
  cell(rows: Float64Array[], i: number, j: number): number {
    if (i < 0 || j < (this.low[i] as number) || j > (this.high[i] as number)) return infinity
    return (rows[i] as Float64Array)[j - (this.low[i] as number)] as number
  }

  runAt(rows: Uint32Array[], i: number, j: number): number {
    return (rows[i] as Uint32Array)[j - (this.low[i] as number)] as number
  }

  /** Fills cell (i, j): the best bead ending there, or a gap when that costs less. */
  fill(i: number, j: number, beadCost: BeadCost): void {
    let best = this.bestBead(i, j, beadCost)
    let bestMove = this.bestMove
    const up = this.gapUpTo(i, j)
    const left = this.gapLeftTo(i, j)
    if (up < best) {
      best = up
      bestMove = gapUpMove
    }
    if (left < best) {
      best = left
      bestMove = gapLeftMove
    }
    const offset = j - (this.low[i] as number)
    ;(this.cost[i] as Float64Array)[offset] = best
    ;(this.back[i] as Uint8Array)[offset] = bestMove
  }

  /** The move of the last `bestBead` (a field, not a pair per cell: the search asks per cell). */
  bestMove = 0

  /** The cost of the cheapest bead of a shape in `moves` ending at (i, j); its move in `bestMove`. */
  bestBead(i: number, j: number, beadCost: BeadCost): number {
    let best = infinity
    let bestMove = 0
    for (let move = 0; move < moves.length; move++) {
      const shape = moves[move] as Move
      const ds = shape[0]
      const dt = shape[1]
      const from = this.cell(this.cost, i - ds, j - dt)
      if (from === infinity || j - dt < 0) continue
      const total = from + beadCost(i - ds, i, j - dt, j, shape[2])
      if (total < best) {
        best = total
        bestMove = move
      }
    }
    this.bestMove = bestMove
    return best
  }

  /** A run of unpaired source sentences ending at (i, j): opened two rows up or extended. */
  gapUpTo(i: number, j: number): number {
    const opens = this.cell(this.cost, i - 2, j) + gapOpen + gapExtend
    const extend = i >= 1 ? this.cell(this.gapUp, i - 1, j) + gapExtend : infinity
    const up = Math.min(opens, extend)
    if (up < infinity) {
      const offset = j - (this.low[i] as number)
      ;(this.gapUp[i] as Float64Array)[offset] = up
      ;(this.gapUpRun[i] as Uint32Array)[offset] =
        opens <= extend ? 2 : this.runAt(this.gapUpRun, i - 1, j) + 1
    }
    return up
  }

  /** A run of unpaired target sentences ending at (i, j): opened two cells left or extended. */
  gapLeftTo(i: number, j: number): number {
    const opens = this.cell(this.cost, i, j - 2) + gapOpen + gapExtend
    const extend = this.cell(this.gapLeft, i, j - 1) + gapExtend
    const left = Math.min(opens, extend)
    if (left < infinity) {
      const offset = j - (this.low[i] as number)
      ;(this.gapLeft[i] as Float64Array)[offset] = left
      ;(this.gapLeftRun[i] as Uint32Array)[offset] =
        opens <= extend ? 2 : this.runAt(this.gapLeftRun, i, j - 1) + 1
    }
    return left
  }

  /** The beads of the best path to (n, m), followed back and put in document order. */
  path(n: number, m: number): PathBead[] {
    const beads: PathBead[] = []
    let i = n
    let j = m
    while (i > 0 || j > 0) {
      const move = (this.back[i] as Uint8Array)[j - (this.low[i] as number)] as number
      if (move === gapUpMove || move === gapLeftMove) {
        // A gap: one unpaired bead per sentence of the run.
        const run = this.runAt(move === gapUpMove ? this.gapUpRun : this.gapLeftRun, i, j)
        for (let step = 0; step < run; step++) {
          if (move === gapUpMove) beads.push({ source: [--i], target: [] })
          else beads.push({ source: [], target: [--j] })
        }
        continue
      }
      const [ds, dt] = moves[move] as Move
      beads.push({ source: range(i - ds, i), target: range(j - dt, j) })
      i -= ds
      j -= dt
    }
    return beads.reverse()
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset)
}
