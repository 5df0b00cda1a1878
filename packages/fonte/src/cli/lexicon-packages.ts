// Where `@fonte/lexicon` and its optional data packages are installed, found without node's
// package resolution (~10 ms of CPU before a command, issue #14): the note on missing data and
// the file of the lexicon's answers (`lexicon-cache.ts`) ask it on every start-up.
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installedPackageFolder } from '@fonte/lexicon/installed'

/** The lexicon's folder and the folders of its optional data packages (absent when not found). */
export interface LexiconPackages {
  lexicon: string
  data: Map<string, string | undefined>
}

/**
 * The folders of `@fonte/lexicon` and of each of its optional peer dependencies (its data
 * packages) that lies in a `node_modules` folder on the lexicon's own resolution path, as node
 * looks; undefined when the lexicon cannot be found this way (no `import.meta.resolve`). A data
 * package node would find elsewhere (through `NODE_PATH`) is absent here.
 */
export function lexiconPackages(): LexiconPackages | undefined {
  return (found ??= { packages: findPackages() }).packages
}

// Found once a process: the note and the cache both ask.
let found: { packages: LexiconPackages | undefined } | undefined

function findPackages(): LexiconPackages | undefined {
  try {
    const manifest = fileURLToPath(import.meta.resolve('@fonte/lexicon/package.json'))
    const lexicon = dirname(manifest)
    const { peerDependenciesMeta = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      peerDependenciesMeta?: Record<string, { optional?: boolean }>
    }
    const optional = Object.keys(peerDependenciesMeta).filter(
      (name) => peerDependenciesMeta[name]?.optional === true,
    )
    return {
      lexicon,
      data: new Map(optional.map((name) => [name, installedPackageFolder(lexicon, name)])),
    }
  } catch {
    return undefined
  }
}
