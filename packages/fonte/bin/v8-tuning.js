// V8 settings for the `fonte` bin (issue #9). A fonte run lasts seconds, and there V8's
// optimising compiler (TurboFan, on background threads whose CPU counts) costs more than the
// optimised code saves when it (1) inlines hot callees into their callers and (2) optimises
// functions after little use. With inlining off and a tier-up budget of 400,000 (V8's default
// is 67,584; 200,000 to 800,000 measured alike), `fonte report` of corpus-it costs ~0.65× the
// CPU and `fonte lint` of one article to 6 MB of Markdown ~0.8× (`node scripts/bench.mjs v8`:
// alternated fresh processes, the same output). `FONTE_V8_TUNING=0` leaves V8 as it is, and a
// node flag of the user's for the same setting wins. Plain JavaScript, as the bin.
import { setFlagsFromString } from 'node:v8'

/** The V8 flags the bin sets, each with the pattern of a user's flag for the same setting. */
export const tunedFlags = [
  ['--no-turbo-inlining', /^--(?:no-)?turbo[-_]inlining$/],
  ['--interrupt-budget=400000', /^--interrupt[-_]budget(?:=|$)/],
]

/**
 * Set the bin's V8 flags for this process (worker threads share them), but for a setting node
 * was started with a flag for, and none when `FONTE_V8_TUNING=0`.
 *
 * @param {readonly string[]} [execArgv] - Node's own arguments (default: the process's).
 * @param {Record<string, string | undefined>} [env] - Environment (default: the process's).
 * @returns {string[]} The flags set.
 */
export function tuneV8(execArgv = process.execArgv, env = process.env) {
  if (env.FONTE_V8_TUNING === '0') return []
  const set = []
  for (const [flag, userSetting] of tunedFlags) {
    if (execArgv.some((argument) => userSetting.test(argument))) continue
    setFlagsFromString(flag)
    set.push(flag)
  }
  return set
}
