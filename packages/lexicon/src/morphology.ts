// Readings and forms from the data package when it is installed, from the ending rules otherwise
// (and for words the data lacks), ranked by general criteria: how many of the data's sources
// list the lemma, a part-of-speech prior, and plain forms before forms with enclitic pronouns.
import { morphologyTable } from './load.js'
import { ruleParadigms, type RuleParadigm } from './rules.js'
import type { Entry, Tag } from './table.js'
import { spellings } from './text.js'
import type { Analysis, Language, PartOfSpeech } from './types.js'

/** A reading with the score it is ranked by. */
interface Scored extends Analysis {
  score: number
}

/**
 * How likely a reading of each part of speech is when a form has several, before anything else
 * is known. Function words first (a form that can be one mostly is: `era`, `come`, `stato` as
 * the auxiliary), then verbs, nouns and adjectives.
 */
const posPrior: Readonly<Record<PartOfSpeech, number>> = {
  AUX: 6,
  ADP: 5,
  DET: 5,
  PRON: 5,
  VERB: 3,
  NOUN: 3,
  ADJ: 2,
  ADV: 2,
  PROPN: 0,
  OTHER: 0,
}

function scoreOf(tag: Tag, entry: Entry, lowerCaseInput: boolean): number {
  let score = entry.sources * 10 + posPrior[tag.pos]
  if (tag.features.Clitic) score -= 20
  if (tag.pos === 'PROPN' && lowerCaseInput) score -= 40
  return score
}

/** Readings of `word` by the ending rules; `known` says whether a lemma is in the data. */
function ruleReadings(
  word: string,
  language: Language,
  known: (lemma: string) => boolean,
): Scored[] {
  const readings: Scored[] = []
  for (const paradigm of ruleParadigms[language])
    for (const [ending, features] of paradigm.cells) {
      if (!word.endsWith(ending)) continue
      const stem = word.slice(0, word.length - ending.length)
      // A stem of one letter is no evidence of anything (`a`, `e`, `i` are words of their own).
      if (stem.length < 2) continue
      const lemma = stem + paradigm.lemmaEnding
      const score = ending.length + (known(lemma) ? 100 : 0) - (features.Clitic ? 5 : 0)
      readings.push({ lemma, pos: paradigm.pos, features, score })
    }
  return readings
}

/** Sorts by score (stable) and drops repeated readings. */
function ranked(readings: Scored[]): Analysis[] {
  readings.sort((a, b) => b.score - a.score)
  const seen = new Set<string>()
  const result: Analysis[] = []
  for (const { lemma, pos, features } of readings) {
    const key = `${lemma}\t${pos}\t${JSON.stringify(features)}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push({ lemma, pos, features })
  }
  return result
}

/** Every reading of `word`, most likely first. */
export function readingsOf(word: string, language: Language): Analysis[] {
  const table = morphologyTable(language)
  const candidates = spellings(word, language)
  const readings: Scored[] = []
  if (table)
    for (const spelling of candidates) {
      const lowerCaseInput = spelling === spelling.toLowerCase()
      for (const { lemma, tag, entry } of table.analyse(spelling))
        readings.push({ lemma, ...tag, score: scoreOf(tag, entry, lowerCaseInput) })
      // The elided word after an apostrophe is only looked at when the whole token is unknown.
      if (readings.some((reading) => reading.pos !== 'PROPN')) break
    }
  if (readings.length === 0) {
    const known = (lemma: string) => table?.has(lemma) ?? false
    const spelling = candidates.find((candidate) => !candidate.includes("'")) ?? candidates.at(-1)
    if (spelling) readings.push(...ruleReadings(spelling.toLowerCase(), language, known))
  }
  return ranked(readings)
}

/** A form with its part of speech and features. */
export interface TaggedForm {
  form: string
  pos: PartOfSpeech
  features: Readonly<Record<string, string>>
}

/** The rule paradigms that fit `lemma`: for each part of speech, those of the longest ending. */
function fittingRules(lemma: string, language: Language): RuleParadigm[] {
  const best = new Map<PartOfSpeech, RuleParadigm[]>()
  for (const paradigm of ruleParadigms[language]) {
    if (!lemma.endsWith(paradigm.lemmaEnding) || lemma.length < paradigm.lemmaEnding.length + 2)
      continue
    const current = best.get(paradigm.pos)
    const length = current?.[0]?.lemmaEnding.length ?? -1
    if (paradigm.lemmaEnding.length > length) best.set(paradigm.pos, [paradigm])
    else if (paradigm.lemmaEnding.length === length) current!.push(paradigm)
  }
  return [...best.values()].flat()
}

/** Every form of `lemma` with its tags, from the data when it knows the lemma, else the rules. */
export function formsOf(lemma: string, language: Language, pos?: PartOfSpeech): TaggedForm[] {
  const candidates = spellings(lemma, language).filter((spelling) => !spelling.includes("'"))
  const table = morphologyTable(language)
  const fits = (tagPos: PartOfSpeech) =>
    pos === undefined || tagPos === pos || (pos === 'VERB' && tagPos === 'AUX')
  if (table)
    for (const spelling of candidates) {
      const forms = table
        .forms(spelling)
        .filter(({ tag }) => fits(tag.pos))
        .map(({ form, tag }) => ({ form, ...tag }))
      if (forms.length > 0) return forms
    }
  const spelling = candidates.at(-1)
  if (!spelling) return []
  const forms: TaggedForm[] = []
  for (const paradigm of fittingRules(spelling.toLowerCase(), language)) {
    if (!fits(paradigm.pos)) continue
    const stem = spelling.slice(0, spelling.length - paradigm.lemmaEnding.length)
    for (const [ending, features] of paradigm.cells)
      forms.push({ form: stem + ending, pos: paradigm.pos, features })
  }
  return forms
}
