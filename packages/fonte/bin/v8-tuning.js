// V8 settings for the `fonte` bin (issue #9). TurboFan, V8's optimising compiler, inlines hot
// callees into their callers. A fonte run lasts seconds, and there compiling inlined code on
// V8's background threads costs more CPU than the inlined code saves: with inlining off,
// `fonte report` on corpus-it costs 0.75× the CPU, each further article ~0.2 s instead of ~0.3 s,
// 48 NTREX dev stories 0.79×, and `fonte lint` of 1.3 MB and of 6.2 MB of Markdown 0.83× and
// 0.88× (alternated fresh processes; `node packages/fonte/bench/v8-tuning.bench.mjs`). A flag of
// the user's own (`node --turbo-inlining …`) wins. Plain JavaScript, as the bin.
import { setFlagsFromString } from 'node:v8'

/** The V8 flags the bin sets, and the ones a user may have set instead. */
export const tunedFlag = '--no-turbo-inlining'
const userSetting = /^--(?:no-)?turbo[-_]inlining$/

/**
 * Turn TurboFan's inlining off for this process (worker threads share it), unless node was
 * started with a `--turbo-inlining` or `--no-turbo-inlining` flag of its own.
 *
 * @param {readonly string[]} [execArgv] - Node's own arguments (default: the process's).
 * @returns {boolean} Whether the flag was set.
 */
export function tuneV8(execArgv = process.execArgv) {
  if (execArgv.some((argument) => userSetting.test(argument))) return false
  setFlagsFromString(tunedFlag)
  return true
}
