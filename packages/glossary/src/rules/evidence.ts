import { markedBy, type Gender } from '../gender.js'
import { analyseWord } from '../morphology.js'
import { tokenize, type Token } from '../tokens.js'

/** The gender a text gives a word (its lower-case key), where it shows one. */
export type GenderLookup = (key: string) => Gender | undefined

/**
 * The gender and number a text gives an adjective written right after a phrase (its words'
 * lower-case keys), from the forms it writes there (`forms`: an adjective's forms by key, with
 * their gender and number), where all agree.
 */
export type AgreementLookup = (
  phrase: readonly string[],
  forms: ReadonlyMap<string, Readonly<Record<string, string>>>,
) => Readonly<Record<string, string>> | undefined

type WordIndex = Map<string, Array<[Token[], number]>>

// Share of a word's occurrences that must agree on one gender: a text that writes `la query`
// nine times and `il query` once still says feminine; one that hesitates more says nothing.
const agreementShare = 0.9

/**
 * The gender that texts show for the nouns the morphology has none for (acronyms, English
 * loans, product names), read from agreement around their occurrences: a determiner or
 * articulated preposition that marks gender right before the word (`la ACL`, `delle ACL`,
 * `un’ACL`), or an adjective or participle the morphology knows right after a word that has a
 * determiner of its own (`l’ACL predefinita`). Undefined where the texts show nothing, or
 * disagree. The texts are read once, at the first question.
 *
 * @param texts - The texts to read (the segments of a document), asked for at the first question.
 */
export function genderEvidence(texts: () => Iterable<string>): GenderLookup {
  return genderIn(lazyIndex(texts))
}

/**
 * How texts agree an adjective after a phrase: the forms of it they write right after the
 * phrase, or after the phrase and one more bare word (`classe di operatori btree predefinita`
 * says how `classe di operatori hash di default` agrees). Undefined where they write none, or
 * disagree. The texts are read once, at the first question.
 *
 * @param texts - The texts to read (the segments of a document), asked for at the first question.
 */
export function agreementEvidence(texts: () => Iterable<string>): AgreementLookup {
  return agreementIn(lazyIndex(texts))
}

/** Both lookups over one reading of the texts. */
export function documentEvidence(texts: () => Iterable<string>): {
  gender: GenderLookup
  agreement: AgreementLookup
} {
  const index = lazyIndex(texts)
  return { gender: genderIn(index), agreement: agreementIn(index) }
}

function agreementIn(index: () => WordIndex): AgreementLookup {
  return (phrase, forms) => {
    const [first] = phrase
    if (first === undefined) return undefined
    const seen = new Map<string, Readonly<Record<string, string>>>()
    for (const [tokens, start] of index().get(first) ?? []) {
      if (!phraseAt(tokens, start, phrase)) continue
      const next = start + phrase.length
      for (const at of [next, next + 1]) {
        const word = tokens[at]
        if (!word || word.before !== ' ') break
        const features = forms.get(word.key)
        if (features) {
          seen.set(`${features.Gender}|${features.Number}`, features)
          break
        }
        if (markedBy(word.key, false)) break
      }
    }
    return seen.size === 1 ? [...seen.values()][0] : undefined
  }
}

function phraseAt(tokens: readonly Token[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((key, offset) => {
    const token = tokens[start + offset]
    return token?.key === key && (offset === 0 || token.before === ' ')
  })
}

function lazyIndex(texts: () => Iterable<string>): () => WordIndex {
  let index: WordIndex | undefined
  return () => (index ??= indexWords(texts()))
}

function genderIn(occurrences: () => WordIndex): GenderLookup {
  const answers = new Map<string, Gender | undefined>()
  return (key) => {
    if (answers.has(key)) return answers.get(key)
    const votes = { Masc: 0, Fem: 0 }
    for (const [tokens, index] of occurrences().get(key) ?? []) {
      const gender = shownGender(tokens, index)
      if (gender) votes[gender]++
    }
    const total = votes.Masc + votes.Fem
    const gender =
      total === 0
        ? undefined
        : votes.Fem >= total * agreementShare
          ? 'Fem'
          : votes.Masc >= total * agreementShare
            ? 'Masc'
            : undefined
    answers.set(key, gender)
    return gender
  }
}

/** Where each word occurs: its text's tokens and its index among them. */
function indexWords(texts: Iterable<string>): WordIndex {
  const index: WordIndex = new Map()
  for (const text of texts) {
    const tokens = tokenize(text)
    tokens.forEach((token, position) => {
      const list = index.get(token.key)
      if (list) list.push([tokens, position])
      else index.set(token.key, [[tokens, position]])
    })
  }
  return index
}

/** The gender one occurrence shows, from the determiner before it or the adjective after it. */
function shownGender(tokens: readonly Token[], index: number): Gender | undefined {
  const word = tokens[index]
  const before = tokens[index - 1]
  if (!word || !before || (word.before !== ' ' && word.before !== "'")) return undefined
  const marked = markedBy(before.key, word.before === "'")
  if (!marked) return undefined
  if (marked[0]) return marked[0]
  const after = tokens[index + 1]
  return after && after.before === ' ' ? adjectiveGender(after.key) : undefined
}

/**
 * The gender of an adjective or participle, when all its readings share one; undefined for a
 * word that may be a finite verb (`l’ACL specifica`) or is no adjective. Readings as a noun of
 * the same gender are allowed (`predefinita`, also a noun).
 */
function adjectiveGender(key: string): Gender | undefined {
  const readings = analyseWord(key, 'it')
  let gender: string | undefined
  let adjectival = false
  for (const { pos, features } of readings) {
    if (pos !== 'ADJ' && pos !== 'NOUN' && !(pos === 'VERB' && features.VerbForm === 'Part'))
      return undefined
    if (!features.Gender || (gender && gender !== features.Gender)) return undefined
    gender = features.Gender
    adjectival ||= pos !== 'NOUN'
  }
  return adjectival && (gender === 'Masc' || gender === 'Fem') ? gender : undefined
}
