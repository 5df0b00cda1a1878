// What a one-file lint pays before its first match (issue #14), each step timed in CPU in a fresh
// process (its imports done before the timer starts), median of several runs:
//
//   node packages/glossary/bench/cold-start.mjs [runs]   (after tsc -b packages/glossary)
//
// The first look-up of a word in the Italian and English morphology, the project term base read,
// and compiled (createGlossary: the Italian matcher; the English one is built when first used).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { formatTime, summarize } from '../../../scripts/bench-lib.mjs'

const termBase = fileURLToPath(new URL('../../../glossary/fonte.glossary.yaml', import.meta.url))

/** Each case: what it imports, then what is timed. */
const cases = {
  "analyse('impostato', 'it')": async () => {
    const { analyse } = await import('@fonte/lexicon')
    return () => analyse('impostato', 'it')
  },
  "paradigm('difesa', 'it')": async () => {
    const { paradigm } = await import('@fonte/lexicon')
    return () => paradigm('difesa', 'it')
  },
  "inflect('impostare', 'it')": async () => {
    const { inflect } = await import('@fonte/lexicon')
    return () => inflect('impostare', 'it')
  },
  "analyse('meeting', 'en')": async () => {
    const { analyse } = await import('@fonte/lexicon')
    return () => analyse('meeting', 'en')
  },
  'loadTermBases (glossary/fonte.glossary.yaml)': async () => {
    const { loadTermBases } = await import('../dist/index.js')
    return () => loadTermBases([termBase])
  },
  'createGlossary (the same, loaded)': async () => {
    const { createGlossary, loadTermBases } = await import('../dist/index.js')
    const base = await loadTermBases([termBase])
    return () => createGlossary(base)
  },
}

/** Runs case `name` in this process: prints its CPU time in ms. */
async function child(name) {
  const run = await cases[name]()
  const started = process.cpuUsage()
  await run()
  const { user, system } = process.cpuUsage(started)
  console.log(((user + system) / 1000).toFixed(1))
}

if (process.argv[2] === '--child') await child(process.argv[3])
else {
  const runs = Number(process.argv[2] ?? 7)
  console.log(`| first call, fresh process | CPU median of ${runs} (min–max) |\n|---|---:|`)
  for (const name of Object.keys(cases)) {
    const times = []
    for (let round = 0; round < runs; round++) {
      const { stdout, status, stderr } = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', name],
        { encoding: 'utf8' },
      )
      if (status !== 0) throw new Error(`${name}: ${stderr.trim().split('\n').at(-1)}`)
      times.push(Number(stdout.trim()))
    }
    console.log(`| ${name} | ${formatTime(summarize(times))} |`)
  }
}
