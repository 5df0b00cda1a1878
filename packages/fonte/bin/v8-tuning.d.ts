/** The V8 flags the `fonte` bin sets, each with the pattern of a user's flag for the same setting. */
export const tunedFlags: ReadonlyArray<readonly [flag: string, userSetting: RegExp]>

/**
 * Set the bin's V8 flags for this process (worker threads share them), but for a setting node
 * was started with a flag for, and none when `FONTE_V8_TUNING=0`.
 *
 * @param execArgv - Node's own arguments (default: the process's).
 * @param env - Environment (default: the process's).
 * @returns The flags set.
 */
export function tuneV8(
  execArgv?: readonly string[],
  env?: Record<string, string | undefined>,
): string[]
