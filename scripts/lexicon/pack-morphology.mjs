#!/usr/bin/env node
// Packs a `fonte-morphology/1` table (the brotli text `build-morphology.mjs` makes) into the
// `fonte-morphology/2` layout that @fonte/lexicon reads block by block (see
// packages/lexicon/src/pack.ts): `data/<language>.morph` beside it. The build calls it for each
// language; run it alone to repack a table made before, without the Debian packages:
//
//   node scripts/lexicon/pack-morphology.mjs [<language>.tsv.br …]
//
// Needs @fonte/lexicon built (`npx tsc -b packages/lexicon`).
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliDecompressSync } from 'node:zlib'
import { packMorphology } from '../../packages/lexicon/dist/pack.js'

const data = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'packages',
  'lexicon-morphology',
  'data',
)

/**
 * Packs the /1 `text` of `language` into `<folder>/<language>.morph`, uncompressed (reading a
 * block then costs a read, where decompressing the first blocks of an analysis cost tens of
 * milliseconds of CPU; 0.9 MB more unpacked, the npm tarball compresses it); returns its size.
 */
export function writePacked(text, language, folder = data) {
  const packed = packMorphology(text, { compress: false })
  writeFileSync(join(folder, `${language}.morph`), packed)
  console.log(
    `${language}: ${(text.length / 1e6).toFixed(2)} MB → ${(packed.length / 1e6).toFixed(3)} MB packed`,
  )
  return packed.length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2)
  for (const file of files.length > 0
    ? files
    : ['it', 'en'].map((language) => join(data, `${language}.tsv.br`))) {
    const text = brotliDecompressSync(readFileSync(file)).toString('utf8')
    writePacked(text, basename(file).split('.')[0], dirname(file))
  }
}
