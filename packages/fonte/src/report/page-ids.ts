import { basename, dirname, resolve, sep } from 'node:path'

// The index page's name: no article's page may take it.
const reserved = 'index'

/**
 * A name and the folders above it, nearest first: `…/<folder>/article.md` is named for its
 * folder (corpus-it's layout), any other file for itself without its extension.
 */
function nameAndFolders(file: string): { name: string; folders: string[] } {
  if (file === '-') return { name: 'stdin', folders: [] }
  const folders = dirname(resolve(file)).split(sep).filter(Boolean).reverse()
  const name = basename(file).replace(/\.[^.]+$/, '')
  if (name === 'article' && folders.length > 0)
    return { name: folders[0] as string, folders: folders.slice(1) }
  return { name, folders }
}

/** The page name with `depth` folders before the name: `a-news` for `a/news.md` at depth 1. */
function idAt(parts: { name: string; folders: string[] }, depth: number): string {
  const words = [...parts.folders.slice(0, depth).reverse(), parts.name]
  return words.join('-').replace(/[^\w.-]+/g, '-')
}

/**
 * A distinct page name for each article: its file's name (or its folder's, for `article.md`);
 * articles whose names clash (same file name in two folders, a name that differs only in case,
 * `index`, the index page's) get as many of their folders before it as tell them apart, and a
 * number after it when even their paths do not.
 *
 * @param files - The articles' paths as given, `-` for standard input.
 * @returns One page name per article, in order, without `.html`.
 */
export function pageIds(files: readonly string[]): string[] {
  const parts = files.map(nameAndFolders)
  const plain = parts.map((part) => idAt(part, 0))
  const clashes = new Map<string, number>()
  for (const id of plain) clashes.set(id.toLowerCase(), (clashes.get(id.toLowerCase()) ?? 0) + 1)
  const taken = new Set([reserved])
  return parts.map((part, index) => {
    let id = plain[index] as string
    const key = id.toLowerCase()
    if (key === reserved || (clashes.get(key) ?? 0) > 1) id = widened(part, parts, key)
    let unique = id
    for (let count = 2; taken.has(unique.toLowerCase()); count++) unique = `${id}-${count}`
    taken.add(unique.toLowerCase())
    return unique
  })
}

/** The shortest name with folders that no other article of the clash shares, if any. */
function widened(
  part: { name: string; folders: string[] },
  parts: ReadonlyArray<{ name: string; folders: string[] }>,
  key: string,
): string {
  const rivals = parts.filter((other) => other !== part && idAt(other, 0).toLowerCase() === key)
  for (let depth = 1; depth <= part.folders.length; depth++) {
    const id = idAt(part, depth)
    if (!rivals.some((other) => idAt(other, depth).toLowerCase() === id.toLowerCase())) return id
  }
  // The same path twice: a number after the name tells them apart.
  return idAt(part, 0)
}
