// The bundle's `cli.cjs` run with V8's code cache, on a Node without `module.enableCompileCache`
// (Node 20; see scripts/bundle.mjs): node compiles ES modules afresh on every run, and a short
// `fonte report` spends ~60 ms of CPU parsing and compiling the functions it calls. A script
// compiled by `vm.Script` takes the code V8 cached from an earlier run instead, functions compiled
// lazily then included. The cache lies where Node 22's would (`NODE_COMPILE_CACHE`, else the
// system's temporary folder), in a folder of this user's only; `NODE_DISABLE_COMPILE_CACHE=1`
// turns it off, as node's. Any failure to read or write it only costs the compilation. Plain
// JavaScript, as the bin.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import nodeModule, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

/**
 * Whether this node can run `cli.cjs` with a code cache of fonte's own: no compile cache of its
 * own for ES modules, `require` of the ES module `@fonte/lexicon`, and `import()` from a script.
 *
 * @param {Record<string, string | undefined>} [env] - Environment (default: the process's).
 * @returns {boolean}
 */
export function canCacheScript(env = process.env) {
  return (
    env.NODE_DISABLE_COMPILE_CACHE !== '1' &&
    typeof nodeModule.enableCompileCache !== 'function' &&
    process.features.require_module === true &&
    vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER !== undefined
  )
}

/**
 * Whether the script (`cli.cjs`) is there and fits the installed packages: @fonte/lexicon is in
 * the script, its data packages are not, and they fit the lexicon installed beside fonte, whose
 * version must be the script's (`cli.cjs.json`); else the ES modules run the installed lexicon.
 *
 * @param {URL} url - The script.
 * @returns {boolean}
 */
export function scriptFits(url) {
  try {
    const built = JSON.parse(readFileSync(new URL(`${url.href}.json`), 'utf8')).lexicon
    for (let at = dirname(fileURLToPath(url)); ; at = dirname(at)) {
      const manifest = join(at, 'node_modules', '@fonte', 'lexicon', 'package.json')
      if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).version === built
      if (dirname(at) === at) return false
    }
  } catch {
    return false
  }
}

/**
 * FNV-1a of a string, as 8 hex digits: a cache file's name (`node:crypto` costs ~7 ms to load).
 *
 * @param {string} text
 */
function fnv1a(text) {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * The folder of the cache, made if missing; undefined when it is not a folder of this user's that
 * only they may write to (another user's cached code would run as this one's).
 *
 * @param {Record<string, string | undefined>} env
 */
function cacheFolder(env) {
  const folder = join(env.NODE_COMPILE_CACHE || tmpdir(), 'fonte-compile-cache')
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    const stats = lstatSync(folder)
    const ours = process.getuid === undefined || stats.uid === process.getuid()
    return stats.isDirectory() && ours && (stats.mode & 0o022) === 0 ? folder : undefined
  } catch {
    return undefined
  }
}

/**
 * The cache file for `file` as it is now, for a command, under this node and V8's flags: each
 * command caches the functions it calls, and V8 rejects code cached under other flags, so each
 * setting (FONTE_V8_TUNING=0, a node flag) keeps its own. Named `<setting>-<build>.bin`, so that
 * a new build's cache replaces the last one's of the same setting (see `saveCache`).
 *
 * @param {string} folder
 * @param {string} file
 * @param {string} command - `report`, `align`, …
 * @param {readonly string[]} flags - The V8 flags the bin set (`tuneV8`).
 */
function cacheFile(folder, file, command, flags) {
  const { size, mtimeMs } = statSync(file)
  const setting = [file, command, process.version, process.arch, ...process.execArgv, ...flags]
  const name = `${basename(file, '.cjs')}-${command.replace(/\W/g, '')}-${fnv1a(setting.join('\n'))}`
  return join(folder, `${name}-${fnv1a(`${size} ${mtimeMs}`)}.bin`)
}

/**
 * Write V8's code of `script` to `file`, whole or not at all (a rename), and remove the caches
 * of earlier builds of the same setting (rebuilding would otherwise leave one a build); failures
 * are ignored.
 */
function saveCache(script, file) {
  const partial = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 })
    renameSync(partial, file)
    const setting = basename(file).replace(/-[0-9a-f]{8}\.bin$/, '-')
    for (const old of readdirSync(dirname(file))) {
      if (old.startsWith(setting) && old.endsWith('.bin') && old !== basename(file)) {
        rmSync(join(dirname(file), old), { force: true })
      }
    }
  } catch {
    rmSync(partial, { force: true })
  }
}

/**
 * Run a CommonJS script (the bundle's `cli.cjs`) with V8's code cache of a command, and return
 * its exports. When there was no cache, or V8 rejected it (another build, node or V8), the code
 * compiled by the time the process exits (the functions this run called) is cached for the next.
 *
 * @param {URL} url - The script.
 * @param {string} command - The command run (`report`, …): the code each calls is cached apart.
 * @param {readonly string[]} flags - The V8 flags the bin set (`tuneV8`).
 * @param {Record<string, string | undefined>} [env] - Environment (default: the process's).
 * @returns {Record<string, unknown>} Its `module.exports`.
 */
export function runCachedScript(url, command, flags, env = process.env) {
  const file = fileURLToPath(url)
  const folder = cacheFolder(env)
  const cache = folder && cacheFile(folder, file, command, flags)
  let cachedData
  try {
    cachedData = cache ? readFileSync(cache) : undefined
  } catch {
    cachedData = undefined
  }
  // Node's own wrapper of a CommonJS module, on the script's first line (its lines stay in
  // place), and `$mport`: the script's `import()`s, made here (see scripts/bundle.mjs).
  const wrapped = `(function (exports, require, module, __filename, __dirname, $mport) {${readFileSync(file, 'utf8')}\n})`
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  })
  if (cache && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => saveCache(script, cache))
  }
  const module = { exports: {} }
  const run = script.runInThisContext()
  run(module.exports, createRequire(file), module, file, dirname(file), (url) => import(url))
  return module.exports
}
