/**
 * Whether this node can run `cli.cjs` with a code cache of fonte's own: no compile cache of its
 * own for ES modules, `require` of the ES module `@fonte/lexicon`, and `import()` from a script
 * (see `compile-cache.js`).
 *
 * @param env - Environment (default: the process's); `NODE_DISABLE_COMPILE_CACHE=1` says no.
 */
export function canCacheScript(env?: Record<string, string | undefined>): boolean

/**
 * Run a CommonJS script (the bundle's `cli.cjs`) with V8's code cache of a command, and return
 * its exports; when there was no cache, or V8 rejected it, the code compiled by the process's exit
 * is cached.
 *
 * @param url - The script.
 * @param command - The command run (`report`, …): the code each calls is cached apart.
 * @param flags - The V8 flags the bin set (`tuneV8`).
 * @param env - Environment (default: the process's).
 */
export function runCachedScript(
  url: URL,
  command: string,
  flags: readonly string[],
  env?: Record<string, string | undefined>,
): Record<string, unknown>

/**
 * Whether the script (`cli.cjs`) is there and fits the installed packages: the @fonte/lexicon
 * installed beside fonte is of the version in the script (`cli.cjs.json`).
 *
 * @param url - The script.
 */
export function scriptFits(url: URL): boolean
