// The driver the lexicon's fresh-process benches share: a script is run as a parent, which starts
// a fresh child process per build and round, or as that child (`--child=<entry>`), which measures
// the lexicon at `entry` and prints its phases as JSON. With `--baseline=<folder>` (an earlier
// build laid out as `same-answers.mjs` says: `<folder>/lexicon/dist`,
// `<folder>/node_modules/@fonte/lexicon-*`) the current build and the baseline take turns, the
// order flipped each round.
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { formatTime, summarize } from '../../../scripts/bench-lib.mjs'

/** The value of `--name=value` among the process's arguments. */
export const option = (name) =>
  process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3)

/**
 * Runs the bench of `script` (its `import.meta.url`): in the child, `measure(entry)`'s phases
 * (numbers by name) as JSON; in the parent, `--rounds` (default 7) rounds of fresh children,
 * then a line per phase with each build's median and least and greatest round.
 *
 * @param {string} script - The bench's module URL.
 * @param {(entry: string) => Promise<Record<string, number>>} measure - The child's work.
 * @param {{ nodeArgs?: string[], format?: (phase: string, stat: object) => string }} [options]
 */
export async function runBuilds(script, measure, options = {}) {
  const childEntry = option('child')
  if (childEntry) {
    console.log(JSON.stringify(await measure(childEntry)))
    return
  }
  const name = fileURLToPath(script).split('/').at(-1)
  const run = (entry) => {
    const child = spawnSync(
      process.execPath,
      [...(options.nodeArgs ?? []), fileURLToPath(script), `--child=${entry}`],
      { encoding: 'utf8' },
    )
    if (child.status !== 0) throw new Error(`${name}: the child failed: ${child.stderr}`)
    return JSON.parse(child.stdout)
  }
  const rounds = Number(option('rounds') ?? 7)
  const baseline = option('baseline')
  const builds = [['current', new URL('../dist/index.js', import.meta.url).href]]
  if (baseline) builds.push(['baseline', pathToFileURL(`${baseline}/lexicon/dist/index.js`).href])
  const samples = new Map(builds.map(([build]) => [build, []]))
  for (let round = 0; round < rounds; round++)
    for (const [build, entry] of round % 2 === 0 ? builds : [...builds].reverse())
      samples.get(build).push(run(entry))
  const format = options.format ?? ((_, stat) => formatTime(stat))
  console.log(`${rounds} rounds, fresh processes${baseline ? ', builds alternated' : ''}`)
  for (const phase of Object.keys(samples.get('current')[0])) {
    const cells = builds.map(([build]) => {
      const stat = summarize(samples.get(build).map((sample) => sample[phase]))
      return `${build} ${format(phase, stat)}`
    })
    console.log(`${phase}: ${cells.join(' | ')}`)
  }
}
