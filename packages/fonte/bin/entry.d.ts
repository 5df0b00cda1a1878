/**
 * The CLI module for a package folder: `dist/bundle/cli.js` when it is there and up to date, else
 * `dist/cli/main.js` (see `entry.js`).
 *
 * @param root - The package folder (`fonte/`), ending in `/`.
 * @param env - Environment (default: the process's); `FONTE_BUNDLE=0` asks for the unbundled CLI.
 * @returns The module to import; it exports `main`.
 */
export function cliModule(root: URL, env?: Record<string, string | undefined>): URL

/**
 * Load the CLI module for a package folder and a command line: `cliModule`'s, or, for `report`,
 * `align` and `variants` on a Node without a compile cache of its own for ES modules, the bundle's
 * `cli.cjs` run with V8's code cache (see `compile-cache.js`).
 *
 * @param root - The package folder (`fonte/`), ending in `/`.
 * @param args - The command line, after `fonte`.
 * @param flags - The V8 flags the bin set (`tuneV8`).
 * @param env - Environment (default: the process's).
 * @returns The module; it exports `main`.
 */
export function loadCli(
  root: URL,
  args: readonly string[],
  flags: readonly string[],
  env?: Record<string, string | undefined>,
): Promise<{ main: (args: string[]) => Promise<number> }>
