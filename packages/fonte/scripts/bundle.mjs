#!/usr/bin/env node
// Bundle the `fonte` CLI (issue #14): node loads the ~400 ES modules of the CLI, @fonte/glossary,
// remark/micromark and yaml one by one, ~280 ms of CPU before any work; the same code in a few
// files loads in a third of that. Only `bin/fonte.js` uses the bundle; `dist/cli/main.js` and
// every exported API stay as `tsc` wrote them.
//
// Input is `tsc`'s output (`dist/`), so run after `tsc -b`: `pnpm build` runs both, and always
// rebuilds the bundle. Output: `dist/bundle/cli.js`, the worker pool's entries, code-split
// chunks (a command loaded lazily stays lazy) and `inputs.json`, which `bin/entry.js` reads to
// tell a stale bundle.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const out = join(dist, 'bundle')

// Left as imports, resolved from fonte's node_modules at run time, each for a reason:
// - the lexicon packages read their data files next to their own modules, and the GPL ones must
//   stay separate packages under their licence;
// - tinyglobby's fdir looks for picomatch through `createRequire(import.meta.url)` (and it is
//   imported only for glob patterns, off the start-up path).
// Everything else (the workspace packages, remark, micromark, unified, vfile, yaml) is bundled.
const external = ['@fonte/lexicon', '@fonte/lexicon-*', 'tinyglobby']

// Entry points named as the files that load them expect: the bin imports `cli.js`; the worker
// pool starts its thread entry and task modules (`dist/pool/thread.js`, `*-worker.js`) by URL,
// beside its own code, so each is an entry point of that name here too. All outputs lie at the
// depth of `dist/cli/`, so `new URL('../../package.json', import.meta.url)` (the version) holds.
// Listed from the sources, not from `dist/`, which may hold the output of deleted files.
const workerEntries = readdirSync(join(root, 'src', 'pool'))
  .filter((file) => file === 'thread.ts' || file.endsWith('-worker.ts'))
  .map((file) => [file.slice(0, -'.ts'.length), join(dist, 'pool', file.replace(/ts$/, 'js'))])
const entryPoints = { cli: join(dist, 'cli', 'main.js'), ...Object.fromEntries(workerEntries) }

// Files that find others through `import.meta.url`, `createRequire` or `__dirname`: each one
// checked to work from the bundle (see `checkRelativeUrls` and the list of external packages).
// A new one fails the build until it is looked at and listed here.
const knownFileFinders = new Set([
  'cli/io.js', // ../../package.json: the same depth
  'pool/locate.js', // poolModule('thread' | 'lint-worker' | 'report-worker'): entry points
  'glossary/dist/lazy.js', // require('saxes'), …: fonte's dependencies too (`checkRequires`)
  'cli/lexicon-packages.js', // import.meta.resolve('@fonte/lexicon/…'): external, fonte's folder either way
])
const findsFiles = /\bimport\.meta\.(?:url|dirname|filename|resolve)\b|\b__dirname\b|\b__filename\b/

// `import process from 'node:process'` (vfile's `minproc`) makes node build the ES module facade
// of `process`, which reads every property of the object, `process.report` included: ~5 ms of CPU
// on every lint (issue #14) for the object that is already the global `process`. The bundle takes
// the global. A named import (`import { env } from 'node:process'`) finds no such export here and
// fails the build, to be looked at.
const globalProcess = {
  name: 'global-process',
  setup(build) {
    // Only ES imports: a CommonJS `require('process')` (yaml's) gets the object itself from node,
    // where this module would give it `{ default: process }`.
    build.onResolve({ filter: /^(?:node:)?process$/ }, ({ kind }) =>
      kind === 'import-statement' ? { path: 'process', namespace: 'global-process' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'global-process' }, () => ({
      contents: 'export default globalThis.process',
      loader: 'js',
    }))
  },
}

// character-entities is one object literal of 2,231 names that node builds on load (~7 ms of CPU
// on every lint, issue #14) for micromark's decoding of named references (`&eacute;`), which
// most articles never hold. In the bundle it is built on the first look-up. Its one user,
// decode-named-character-reference, is rewritten to ask for it; either source changing (an
// upgrade) fails the build, to be looked at.
const entitiesSource = /^\/\*\*[^]*?\*\/\s*export const characterEntities = (\{[^]*\})\s*$/
const decodeSource = [
  "import {characterEntities} from 'character-entities'",
  'return own.call(characterEntities, value) ? characterEntities[value] : false',
]
const lazyEntities = {
  name: 'lazy-character-entities',
  setup(build) {
    build.onLoad({ filter: /[\\/]character-entities[\\/]index\.js$/ }, ({ path }) => {
      const literal = readFileSync(path, 'utf8').match(entitiesSource)?.[1]
      if (!literal) throw new Error(`${path}: not the one object literal the bundle makes lazy`)
      const contents = `let entities\nexport const characterEntities = () => (entities ??= ${literal})\n`
      return { contents, loader: 'js' }
    })
    build.onLoad({ filter: /[\\/]decode-named-character-reference[\\/]index\.js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8')
      if (!decodeSource.every((line) => code.includes(line)))
        throw new Error(`${path}: not the code the bundle rewrites for lazy character-entities`)
      const contents = [
        "import { characterEntities } from 'character-entities'",
        'const own = {}.hasOwnProperty',
        'export function decodeNamedCharacterReference(value) {',
        '  const entities = characterEntities()',
        '  return own.call(entities, value) ? entities[value] : false',
        '}',
      ].join('\n')
      return { contents, loader: 'js' }
    })
  },
}

// @fonte/glossary's memo of the lexicon's answers (lexicon-answers.js) imports @fonte/lexicon,
// thirteen modules (~30 ms of CPU, their compilation included) that a lint whose answers all come
// from the CLI's cache never calls. In the bundle the lexicon is loaded by the first call the memo
// cannot answer, with `require` (node 20.19 and later load an ES module so: the module is the one
// an `import` gets); an older node imports it at once, as before. The import line changing (an
// edit of lexicon-answers.ts) fails the build, to be looked at.
const lexiconImport = "import * as lexicon from '@fonte/lexicon';"
const lazyLexiconModule = [
  "import { createRequire } from 'node:module'",
  "let loaded = process.features.require_module ? undefined : await import('@fonte/lexicon')",
  "const lexicon = () => (loaded ??= createRequire(import.meta.url)('@fonte/lexicon'))",
  ...['analyse', 'inflect', 'paradigm', 'generate'].map(
    (name) => `export const ${name} = (...args) => lexicon().${name}(...args)`,
  ),
].join('\n')
const lazyLexicon = {
  name: 'lazy-lexicon',
  setup(build) {
    build.onLoad({ filter: /[\\/]glossary[\\/]dist[\\/]lexicon-answers\.js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8')
      if (!code.includes(lexiconImport))
        throw new Error(`${path}: no \`${lexiconImport}\` for the bundle to make lazy`)
      const contents = code.replace(lexiconImport, "import * as lexicon from 'fonte:lazy-lexicon';")
      return { contents, loader: 'js', resolveDir: dirname(path) }
    })
    build.onResolve({ filter: /^fonte:lazy-lexicon$/ }, () => ({
      path: 'lazy-lexicon',
      namespace: 'lazy-lexicon',
    }))
    build.onLoad({ filter: /.*/, namespace: 'lazy-lexicon' }, () => ({
      contents: lazyLexiconModule,
      loader: 'js',
    }))
  },
}

// `cli.cjs`: the same CLI as one CommonJS script, which `bin/compile-cache.js` runs with V8's code
// cache on a Node without `module.enableCompileCache` (Node 20): node compiles ES modules afresh on
// every run, ~60 ms of CPU of a short `fonte report` spent parsing and compiling the functions it
// calls. In a script there is no `import.meta`: its URL is the script's own (the depth of
// `cli.js`, so `../../package.json` and the pool's `./thread.js` hold), and `resolve` node's
// `require.resolve` (only `@fonte/lexicon/package.json` asks: a package's `package.json` is looked
// for in the `node_modules` folders first, a few file checks, where node's first resolution
// through a package's `exports` costs ~5 ms of CPU). @fonte/lexicon is in the script
// too (its thirteen modules compiled on every run were ~15 ms more), the lexicon's own modules
// finding their data packages from the lexicon's installed folder as before: their
// `import.meta.url` is that of their file in it (`fonteLexiconUrl`). Its data packages stay
// external, as in the ES modules.
const scriptExternal = external.filter((name) => name !== '@fonte/lexicon')
const scriptBanner = [
  "'use strict';",
  "const fonteUrl = require('node:url');",
  "const fontePath = require('node:path');",
  "const fonteFs = require('node:fs');",
  'const fonteScriptUrl = fonteUrl.pathToFileURL(__filename).href;',
  'const fontePackageFile = (specifier) => {',
  '  if (!/^(?:@[^/]+\\/)?[^/@]+\\/package\\.json$/.test(specifier)) return undefined;',
  '  for (let at = __dirname; ; at = fontePath.dirname(at)) {',
  "    const file = fontePath.join(at, 'node_modules', specifier);",
  '    if (fonteFs.existsSync(file)) return fonteFs.realpathSync(file);',
  '    if (fontePath.dirname(at) === at) return undefined;',
  '  }',
  '};',
  'const fonteScriptResolve = (specifier) =>',
  '  fonteUrl.pathToFileURL(fontePackageFile(specifier) ?? require.resolve(specifier)).href;',
  'let fonteLexiconHome;',
  'const fonteLexiconUrl = (file) =>',
  "  new URL(file, (fonteLexiconHome ??= fonteScriptResolve('@fonte/lexicon/package.json'))).href;",
].join(' ')

/** The lexicon's modules in `cli.cjs`, each with the URL of its file where the lexicon is installed. */
const lexiconHome = {
  name: 'lexicon-home',
  setup(build) {
    build.onLoad({ filter: /[\\/]lexicon[\\/]dist[\\/][\w-]+\.js$/ }, ({ path }) => {
      const file = `dist/${basename(path)}`
      const code = readFileSync(path, 'utf8').replaceAll(
        'import.meta.url',
        `fonteLexiconUrl(${JSON.stringify(file)})`,
      )
      if (code.includes('import.meta'))
        throw new Error(`${path}: an import.meta the script's lexicon does not provide`)
      return { contents: code, loader: 'js', resolveDir: dirname(path) }
    })
  },
}

/** What the ES modules and `cli.cjs` are built with alike. */
const sharedOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Less text for node to read and parse on every start-up (issue #14); names are kept (no
  // `minifyIdentifiers`), so that stack traces and `error.name` read as in the sources.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  absWorkingDir: root,
  // The input is tsc's JavaScript: no tsconfig.json applies to it.
  tsconfigRaw: {},
  logLevel: 'warning',
}

/** Build `cli.cjs` into `folder` (see above); returns esbuild's metafile. */
async function bundleScript(folder) {
  const result = await build({
    ...sharedOptions,
    entryPoints: { cli: entryPoints.cli },
    outdir: folder,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: scriptExternal,
    plugins: [globalProcess, lazyEntities, lexiconHome],
    define: { 'import.meta.url': 'fonteScriptUrl', 'import.meta.resolve': 'fonteScriptResolve' },
    banner: { js: scriptBanner },
  })
  routeDynamicImports(join(folder, 'cli.cjs'), result.metafile)
  // The lexicon's version in the script: the bin runs the script only beside an installed lexicon
  // of that version (whose data packages fit its code), else the ES modules (bin/compile-cache.js).
  const lexicon = JSON.parse(readFileSync(join(root, '../lexicon/package.json'), 'utf8'))
  writeFileSync(join(folder, 'cli.cjs.json'), `${JSON.stringify({ lexicon: lexicon.version })}\n`)
  return result.metafile
}

/**
 * Make the script's `import()`s calls of `$mport`, a function the bin passes in (`import()` in its
 * own module): V8's code from a cache loses a script's dynamic-import callback in Node 20
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING). What is left to import is a built-in or an external
 * package, found from the bin as from the bundle, or a URL: the pool's task module
 * (`import(module.href)`, the one import of no literal). The name is as long as `import`, so the
 * source map holds. Imports unlike esbuild's list (an `import(` in a string?) fail the build.
 */
function routeDynamicImports(file, metafile) {
  const code = readFileSync(file, 'utf8')
  const output = Object.entries(metafile.outputs).find(([name]) => name.endsWith('/cli.cjs'))
  const listed = output[1].imports.filter((entry) => entry.kind === 'dynamic-import')
  const calls = [...code.matchAll(/(?<![\w$.])import\((?:"([^"]*)")?/g)]
  const literal = calls.filter(([, specifier]) => specifier !== undefined).map(([, name]) => name)
  const same =
    literal.length === listed.length && listed.every(({ path }) => literal.includes(path))
  if (!same || calls.length - literal.length !== 1 || code.includes('$mport')) {
    throw new Error(
      `${file}: import() calls unlike the dynamic imports esbuild made, to be looked at`,
    )
  }
  writeFileSync(file, code.replace(/(?<![\w$.])import\(/g, '$mport('))
}

/**
 * Bundle into a fresh folder beside `dist/bundle`, check it and put it in place; throws when a
 * check fails. A bin started meanwhile finds either the whole old bundle or none (and runs the
 * unbundled CLI), never half of one.
 */
async function bundle() {
  const started = Date.now()
  const staging = `${out}-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  const result = await build({
    ...sharedOptions,
    entryPoints,
    outdir: staging,
    splitting: true,
    format: 'esm',
    external,
    chunkNames: 'chunk-[hash]',
    plugins: [globalProcess, lazyEntities, lazyLexicon],
  })
  try {
    const script = await bundleScript(staging)
    const inputs = Object.keys(result.metafile.inputs).map((input) => join(root, input))
    const outputs = Object.keys(result.metafile.outputs).map((output) => join(root, output))
    checkRelativeUrls(Object.keys(script.outputs).map((output) => join(root, output)))
    checkFileFinders(inputs)
    checkRelativeUrls(outputs)
    outputs.filter((output) => output.endsWith('.js')).forEach(defineRequire)
    writeInputs(staging, inputs, started)
    rmSync(out, { recursive: true, force: true })
    renameSync(staging, out)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  return result.metafile
}

// CommonJS dependencies bundled into ES modules (yaml, micromark's helpers) call node's built-ins
// through esbuild's `__require`, which needs a `require` in its module. Only that module gets one,
// made on first use: the module is loaded on every start-up, `--version` included, and
// `createRequire` costs about a millisecond.
const requireLine = [
  "import { createRequire as fonteCreateRequire } from 'node:module';",
  'let fonteRequire;',
  'const fonteRequireFor = () => (fonteRequire ??= fonteCreateRequire(import.meta.url));',
  'const require = Object.assign((id) => fonteRequireFor()(id), {',
  '  resolve: (id, options) => fonteRequireFor().resolve(id, options),',
  '});\n',
].join(' ')

/** Give an output that uses the global `require` one, its source map moved down a line. */
function defineRequire(output) {
  const code = readFileSync(output, 'utf8')
  // esbuild's `__require` checks `typeof require !== "undefined"`, minified `typeof require<"u"`.
  if (!/typeof require(?: !== "undefined"|<"u")/.test(code)) return
  writeFileSync(output, requireLine + code)
  const map = JSON.parse(readFileSync(`${output}.map`, 'utf8'))
  writeFileSync(`${output}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }))
}

/** Throw when a bundled file finds files relative to itself and is not a known, checked one. */
function checkFileFinders(inputs) {
  for (const input of inputs) {
    if (!/\.[cm]?js$/.test(input) || !findsFiles.test(readFileSync(input, 'utf8'))) continue
    const known = [...knownFileFinders].some((name) => input.endsWith(`/${name}`))
    if (!known) {
      throw new Error(
        `${relative(root, input)} finds files relative to its own module, which moves into the ` +
          'bundle: make its package external in scripts/bundle.mjs, or check it and list it',
      )
    }
    checkRequires(input)
  }
}

/**
 * Throw when a bundled module `require`s a package by name that fonte does not depend on: in the
 * bundle, its `createRequire(import.meta.url)` resolves from fonte's folder, not its own package's.
 */
function checkRequires(input) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const code = readFileSync(input, 'utf8')
  for (const [, specifier] of code.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g)) {
    const name = specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/')
    if (specifier.startsWith('node:') || builtinModules.includes(name)) continue
    if (!Object.hasOwn(manifest.dependencies ?? {}, name)) {
      throw new Error(
        `${relative(root, input)} requires ${specifier} at run time: add ${name} to fonte's dependencies`,
      )
    }
  }
}

/**
 * Throw when a module the bundle loads by URL is not there: `new URL('…', import.meta.url)` (in
 * `cli.cjs`, `fonteScriptUrl`), and the pool's `poolModule('name')` (`./name.js` beside the code
 * that asks).
 */
function checkRelativeUrls(outputs) {
  const patterns = [
    [
      /new URL\(\s*["']([^"']+)["'],\s*(?:import\.meta\.url|fonteScriptUrl)\s*\)/g,
      (target) => target,
    ],
    [/\bpoolModule\(\s*["']([\w-]+)["']\s*\)/g, (name) => `./${name}.js`],
  ]
  for (const output of outputs.filter((file) => /\.c?js$/.test(file))) {
    const code = readFileSync(output, 'utf8')
    for (const [pattern, path] of patterns) {
      for (const [, found] of code.matchAll(pattern)) {
        const file = join(dirname(output), path(found))
        if (!existsSync(file)) {
          throw new Error(`${relative(root, output)} loads ${path(found)}: it is not in the bundle`)
        }
      }
    }
  }
}

/**
 * `inputs.json`: files whose change means the bundle is stale (relative to the bundle folder) and
 * when the build started; `bin/entry.js` runs the unbundled CLI when one of them has changed since,
 * so a `tsc -b` without the bundle step never runs old code. For a workspace package built by
 * `tsc -b`, its `tsconfig.tsbuildinfo`, which tsc writes whenever it writes the package's output
 * (a handful of files to look at on every start-up instead of some hundred); else each file.
 */
function writeInputs(folder, inputs, built) {
  const files = new Set()
  for (const input of inputs.filter((file) => !file.includes('/node_modules/'))) {
    const info = join(packageFolder(input), 'tsconfig.tsbuildinfo')
    files.add(relative(folder, existsSync(info) ? info : input))
  }
  writeFileSync(join(folder, 'inputs.json'), `${JSON.stringify({ built, files: [...files] })}\n`)
}

/** The folder of the package a file belongs to: the nearest one with a package.json. */
function packageFolder(file) {
  let folder = dirname(file)
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) {
    folder = dirname(folder)
  }
  return folder
}

try {
  const metafile = await bundle()
  const sizes = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'))
  const total = sizes.reduce((sum, [, output]) => sum + output.bytes, 0)
  console.log(
    `fonte bundle: ${Object.keys(metafile.inputs).length} modules → ${sizes.length} files, ` +
      `${Math.round(total / 1024)} KiB in ${relative(process.cwd(), out)}`,
  )
} catch (error) {
  console.error(`fonte bundle: ${error.message}`)
  process.exit(1)
}
