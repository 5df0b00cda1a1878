#!/usr/bin/env node
// `pnpm lint`'s check for circles (issue #15), two levels:
// - modules: madge over every packages/*/src TypeScript file, type-only imports included (madge
//   keeps them unless told to skip them), so `import type { Io } from './main.js'` counts;
// - packages: the workspace packages as a graph, an edge for every workspace package named in a
//   package.json (dependencies of any kind) or imported from its src; a package must never depend,
//   directly or through others, on a package that depends on it.
// Prints each circle on a line and exits 1 when there is one; exit 0 and one summary line when none.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const packagesFolder = join(root, 'packages')

/** The workspace packages: name → {folder, manifest}. */
function workspacePackages() {
  const packages = new Map()
  for (const folder of readdirSync(packagesFolder)) {
    const file = join(packagesFolder, folder, 'package.json')
    if (!existsSync(file)) continue
    const manifest = JSON.parse(readFileSync(file, 'utf8'))
    packages.set(manifest.name, { folder, manifest })
  }
  return packages
}

/** The TypeScript files under `folder`, recursively. */
function sourceFiles(folder) {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:m|c)?tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

// Static and dynamic imports and re-exports; the package name is the specifier's first one or two
// segments (scoped).
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]((?:@[^/'"]+\/)?[^/'"]+)/g

/** Package-level edges: each workspace package to the workspace packages it names or imports. */
export function packageEdges(packages = workspacePackages()) {
  const edges = new Map()
  for (const [name, { folder, manifest }] of packages) {
    const named = new Set()
    for (const field of [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
    ]) {
      for (const dependency of Object.keys(manifest[field] ?? {})) named.add(dependency)
    }
    for (const file of sourceFiles(join(packagesFolder, folder, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) named.add(match[1])
    }
    named.delete(name)
    edges.set(name, [...named].filter((dependency) => packages.has(dependency)).sort())
  }
  return edges
}

/** Every elementary circle reachable in a graph, each once, as a list of nodes. */
export function findCycles(edges) {
  const cycles = []
  const seen = new Set()
  const state = new Map() // node → 'open' while on the path, 'done' after
  const path = []
  const visit = (node) => {
    state.set(node, 'open')
    path.push(node)
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next))
        const key = [...cycle].sort().join(' ')
        if (!seen.has(key)) {
          seen.add(key)
          cycles.push(cycle)
        }
      } else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(node, 'done')
  }
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}

/** Module-level circles among packages/*\/src files, by madge. */
async function moduleCycles() {
  const { default: madge } = await import('madge')
  const folders = readdirSync(packagesFolder)
    .map((folder) => join(packagesFolder, folder, 'src'))
    .filter((folder) => existsSync(folder))
  const result = await madge(folders, {
    baseDir: packagesFolder,
    fileExtensions: ['ts'],
    tsConfig: join(root, 'tsconfig.base.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  })
  return { files: Object.keys(result.obj()).length, cycles: result.circular() }
}

async function main() {
  const packageCycles = findCycles(packageEdges())
  const modules = await moduleCycles()
  for (const cycle of packageCycles) {
    console.error(`check-cycles: package circle: ${[...cycle, cycle[0]].join(' → ')}`)
  }
  for (const cycle of modules.cycles) {
    console.error(`check-cycles: import circle: ${[...cycle, cycle[0]].join(' → ')}`)
  }
  const total = packageCycles.length + modules.cycles.length
  if (total > 0) {
    console.error(
      `check-cycles: ${total} circle${total === 1 ? '' : 's'} (packages/*/src, type imports included)`,
    )
    process.exitCode = 1
  } else {
    console.log(
      `check-cycles: no circle among ${modules.files} modules of packages/*/src nor among the workspace packages`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
