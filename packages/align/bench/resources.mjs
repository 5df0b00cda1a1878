// What the evaluation, the calibration and their tests load from outside the package: the
// project's term base, and FreeDict's English–Italian dictionary where Debian's package is
// installed (GPL: optional data, never bundled). Each is loaded once per process.
import { existsSync } from 'node:fs'
import { loadDictdDictionary } from '@fonte/align'
import { createGlossary, loadTermBases } from '@fonte/glossary'

/** Where `apt-get install dict-freedict-eng-ita` puts FreeDict EN–IT. */
export const freeDictFiles = [
  '/usr/share/dictd/freedict-eng-ita.index',
  '/usr/share/dictd/freedict-eng-ita.dict.dz',
]

/** Whether FreeDict EN–IT is installed. */
export const hasFreeDict = freeDictFiles.every((path) => existsSync(path))

let freeDict
/** FreeDict EN–IT, or `undefined` where it is not installed. */
export function loadFreeDict() {
  if (!hasFreeDict) return Promise.resolve(undefined)
  freeDict ??= loadDictdDictionary(...freeDictFiles)
  return freeDict
}

let projectGlossary
/** The project's term base, `glossary/fonte.glossary.yaml`, compiled. */
export function loadProjectGlossary() {
  projectGlossary ??= loadTermBases([
    new URL('../../../glossary/fonte.glossary.yaml', import.meta.url).pathname,
  ]).then((termBase) => createGlossary(termBase))
  return projectGlossary
}
