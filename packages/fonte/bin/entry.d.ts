/**
 * The CLI module for a package folder: `dist/bundle/cli.js` when it is there and up to date, else
 * `dist/cli/main.js` (see `entry.js`).
 *
 * @param root - The package folder (`fonte/`), ending in `/`.
 * @param env - Environment (default: the process's); `FONTE_BUNDLE=0` asks for the unbundled CLI.
 * @returns The module to import; it exports `main`.
 */
export function cliModule(root: URL, env?: Record<string, string | undefined>): URL
