// A tag of the morphology data: a part of speech with its UD features, written `POS|Name=Value|…`.
import type { PartOfSpeech } from './types.js'

/** A part of speech with its features, as stored in the data (one row of `#tags`). */
export interface Tag {
  /** Part of speech. */
  pos: PartOfSpeech
  /** UD features. */
  features: Readonly<Record<string, string>>
}

const known = new Set<string>(['NOUN', 'VERB', 'ADJ', 'AUX', 'ADV', 'PROPN', 'DET', 'PRON', 'ADP'])

/** Parses `POS|Feature=Value|…` (a part of speech fonte does not use becomes `OTHER`). */
export function parseTag(line: string): Tag {
  // A plain loop: destructuring the split with a rest element cost ~10 µs a tag in a fresh process.
  const parts = line.split('|')
  const features: Record<string, string> = {}
  for (let index = 1; index < parts.length; index++) {
    const pair = parts[index]!
    const equals = pair.indexOf('=')
    features[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  const pos = parts[0]!
  return { pos: (known.has(pos) ? pos : 'OTHER') as PartOfSpeech, features }
}
