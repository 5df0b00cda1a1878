/** The V8 flag the `fonte` bin sets: TurboFan's inlining off (see `v8-tuning.js`). */
export const tunedFlag: string

/**
 * Turn TurboFan's inlining off for this process (worker threads share it), unless node was
 * started with a `--turbo-inlining` or `--no-turbo-inlining` flag of its own.
 *
 * @param execArgv - Node's own arguments (default: the process's).
 * @returns Whether the flag was set.
 */
export function tuneV8(execArgv?: readonly string[]): boolean
