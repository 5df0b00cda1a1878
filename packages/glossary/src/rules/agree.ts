import { assertObject, assertOptions, assertString, assertTerm } from '../validate.js'
import { auxiliaries, italianAdjectiveForms, type Features } from '../conjugate.js'
import { inflectTerm, type TermMatch } from '../match.js'
import { analyseWord, compileTerm, generateForm, type TermParadigm } from '../morphology.js'
import { acronymHeads, loanGender, markedBy, type Gender, type NumberValue } from '../gender.js'
import { invariableWords, unadaptedLoans } from '../inflect.js'
import { tokenize, type Token } from '../tokens.js'
import type { Term } from '../types.js'
import { documentEvidence, type AgreementLookup, type GenderLookup } from './evidence.js'

/**
 * A replacement for a forbidden occurrence: the preferred term in the form the sentence needs,
 * and whether it can be applied as is (a one-for-one swap) or only suggested (a rewrite).
 */
export interface Replacement {
  /** The suggestion, in the agreeing form where it could be generated, else the citation form. */
  text: string
  /** Segment offsets to replace with `fixText`, when the swap is safe. */
  fix?: { start: number; end: number; text: string } | undefined
}

/** Elided articles and prepositions, with their full masculine and feminine forms (before a consonant). */
const elided: Record<string, [masc: string, mascBeforeS: string, fem: string]> = {
  l: ['il', 'lo', 'la'],
  dell: ['del', 'dello', 'della'],
  all: ['al', 'allo', 'alla'],
  dall: ['dal', 'dallo', 'dalla'],
  nell: ['nel', 'nello', 'nella'],
  sull: ['sul', 'sullo', 'sulla'],
  un: ['un', 'uno', 'una'],
  quest: ['questo', 'questo', 'questa'],
  quell: ['quel', 'quello', 'quella'],
}
/** Masculine singular articles that elide before a vowel. */
const elidable: Record<string, string> = {
  lo: 'l',
  il: 'l',
  la: 'l',
  dello: 'dell',
  della: 'dell',
  del: 'dell',
  allo: 'all',
  alla: 'all',
  al: 'all',
  nello: 'nell',
  nella: 'nell',
  nel: 'nell',
  sullo: 'sull',
  sulla: 'sull',
  sul: 'sull',
  dallo: 'dall',
  dalla: 'dall',
  dal: 'dall',
}

// Words that may follow a verb phrase with its own object (`fare clic su`): prepositions and
// adverbs. Anything else (an article, a noun) is a direct object the phrase cannot take.
const phraseFollowers = new Set(
  (
    'su sul sullo sulla sull sui sugli sulle con col per qui qua lì là due ancora di nuovo nel nella in ' +
    'a al alla all ai agli alle sopra accanto dentro fuori quando dove se e o ed oppure poi prima dopo ' +
    'solo soltanto almeno una'
  ).split(' '),
)

// Greek nouns in -ma and other masculines in -a. Source: Serianni, III.
const masculineInA = /(?:amma|ema|oma|ista|eta)$/
const feminineSuffix = /(?:zione|sione|gione|tà|tù|ie|trice|ice)$/

const paradigms = new WeakMap<Term, TermParadigm>()
function paradigmOf(term: Term): TermParadigm {
  let paradigm = paradigms.get(term)
  if (!paradigm) {
    paradigm = compileTerm(term, false)
    paradigms.set(term, paradigm)
  }
  return paradigm
}

/** Options of `replacementFor`. */
export interface ReplacementOptions {
  /**
   * The gender the rest of the document gives a noun (its lower-case key), for nouns the
   * morphology has none for (acronyms, English loans): `rules/evidence.ts` reads it from the
   * determiners and adjectives around the noun's other occurrences (optional; without it only
   * the segment itself is read).
   */
  documentGender?: ((key: string) => 'Masc' | 'Fem' | undefined) | null | undefined
  /**
   * The gender and number the rest of the document gives an adjective after a phrase (its
   * words' keys), from the forms it writes there (`rules/evidence.ts`, `agreementEvidence`), for
   * a phrase whose agreement its own words leave open (optional).
   */
  documentAgreement?: AgreementLookup | null | undefined
}

/**
 * The preferred term as a replacement for a forbidden occurrence, agreeing with it: a verb
 * takes the person, tense, mood (and enclitic pronoun) of the occurrence (`settati` →
 * `impostati`), an adjective its gender and number, an adjective replacing a prepositional
 * phrase those of the noun before it (`la cartella di default` → `la cartella predefinita`), a
 * noun its number, with an elided article written out where the new noun needs it (`dell’archivio`
 * → `del file`). A noun the morphology gives no gender (an acronym, an English loan) takes the one
 * its determiners and adjectives show in the segment, else in the rest of the document, else the
 * one usage gives it (`gender.ts`): `l’ACL di default` → `l’ACL predefinita`. A fix is offered only where the result is such a one-for-one swap; where the
 * sentence would need rewriting (`Viene cliccato` → `fare clic`, which has no passive) or the form
 * cannot be told, the suggestion is the term's citation form, without a fix.
 *
 * @param match - The forbidden occurrence, offsets into `text`.
 * @param preferred - The preferred term.
 * @param text - The segment's text.
 * @param options - Where the rest of the document is read (optional).
 */
export function replacementFor(
  match: TermMatch,
  preferred: Term,
  text: string,
  options?: ReplacementOptions | null,
): Replacement {
  assertObject('replacementFor', 'match', match, 'a term match (as `TermMatcher#match` returns it)')
  assertTerm('replacementFor', 'preferred', preferred)
  assertString('replacementFor', 'text', text)
  assertOptions('replacementFor', options)
  if (preferred.literal) return swap(match, preferred.text, text)
  const language = preferred.language.toLowerCase().split('-', 1)[0]
  if (language !== 'it') return swap(match, inflectTerm(preferred, match.number), text)
  const target = paradigmOf(preferred)
  const { tokens, evidence: inSegment } = segmentOf(text)
  // The first token that starts in the occurrence, and the last that ends in it.
  const starting = lowerBound(tokens, (token) => token.start >= match.start)
  const first = starting === tokens.length ? -1 : starting
  const last = lowerBound(tokens, (token) => token.end > match.end) - 1
  const genderShown = (key: string) =>
    inSegment.gender(key) ?? options?.documentGender?.(key) ?? undefined
  const agreementShown: AgreementLookup = (phrase, forms) =>
    inSegment.agreement(phrase, forms) ?? options?.documentAgreement?.(phrase, forms) ?? undefined
  const context = { tokens, first, last, text, genderShown, agreementShown }
  if (match.wordClass === 'verb') return verbReplacement(match, preferred, target, context)
  if (target.wordClass === 'verb') return { text: preferred.text }
  if (target.wordClass === 'adjective') return adjectiveReplacement(match, preferred, context)
  if (match.wordClass === 'adjective') {
    return isInvariable(target) ? swap(match, preferred.text, text) : { text: preferred.text }
  }
  return nounReplacement(match, preferred, context)
}

// The last segment's tokens and evidence, kept for the next call: a rule asks for a replacement
// for each forbidden occurrence of a segment, and a Markdown document is one segment, so reading
// it again for each made a long document quadratic (issue #14).
let lastSegment:
  { text: string; tokens: Token[]; evidence: ReturnType<typeof documentEvidence> } | undefined

function segmentOf(text: string): NonNullable<typeof lastSegment> {
  if (lastSegment?.text !== text) {
    lastSegment = { text, tokens: tokenize(text), evidence: documentEvidence(() => [text]) }
  }
  return lastSegment
}

/** The index of the first token for which `after` holds (tokens are in text order). */
function lowerBound(tokens: readonly Token[], after: (token: Token) => boolean): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (after(tokens[middle] as Token)) high = middle
    else low = middle + 1
  }
  return low
}

interface Context {
  tokens: Token[]
  /** Index of the occurrence's first and last tokens. */
  first: number
  last: number
  text: string
  /** The gender the segment, else the document, shows for a noun (its key). */
  genderShown: GenderLookup
  /** How the segment, else the document, agrees an adjective after a phrase. */
  agreementShown: AgreementLookup
}

function swap(match: TermMatch, replacement: string, text: string): Replacement {
  const cased = caseLike(replacement, text.slice(match.start, match.end))
  return { text: cased, fix: { start: match.start, end: match.end, text: cased } }
}

function readingsOf(match: TermMatch): Features[] {
  if (match.features.length > 0) return match.features
  const word = tokenize(match.text)[0]?.text.toLowerCase() ?? ''
  const lemma = tokenize(match.term.text)[0]?.text.toLowerCase() ?? ''
  return analyseWord(word, 'it')
    .filter((reading) => reading.lemma === lemma)
    .map((reading) => reading.features)
}

function verbReplacement(
  match: TermMatch,
  preferred: Term,
  target: TermParadigm,
  context: Context,
): Replacement {
  if (target.wordClass !== 'verb') return { text: preferred.text }
  const readings = readingsOf(match)
  const rest = preferred.text.slice(target.tokens[0]?.end ?? 0)
  const phrase = rest.trim() !== ''
  if (readings.length === 0 || readings.some((features) => features.Derived))
    return { text: preferred.text }
  if (phrase && !phraseFits(readings, context)) return { text: preferred.text }
  const lemma = (target.tokens[0]?.text ?? preferred.text).toLowerCase()
  const generated = new Set(
    preferImperative(readings, context).map((features) =>
      generateForm(lemma, 'it', 'verb', features),
    ),
  )
  const [form] = generated
  if (generated.size !== 1 || form === undefined) return { text: preferred.text }
  return swap(match, form + rest, context.text)
}

/**
 * A form that is both an imperative and a 3rd person (`clicca`) opening a sentence or a string
 * is read as the imperative, as interface strings use it (`Clicca su OK`).
 */
function preferImperative(readings: Features[], { tokens, first, text }: Context): Features[] {
  const imperative = readings.filter((features) => features.Mood === 'Imp')
  if (imperative.length === 0 || imperative.length === readings.length) return readings
  const start = tokens[first]?.start ?? 0
  const before = text.slice(0, start)
  const opens = before.trim() === '' || /[.!?:;\n]\s*$/.test(before)
  return opens ? imperative : readings
}

/**
 * Whether a verb phrase with its own object (`fare clic`) can stand where a single verb stood:
 * not with an enclitic pronoun (`cliccarlo`), not as a passive or adjectival participle
 * (`viene cliccato`, `le voci cliccate`), and not before a direct object (`cliccare il pulsante`).
 */
function phraseFits(readings: Features[], { tokens, first, last, text }: Context): boolean {
  if (
    readings.some(
      (features) =>
        features.Clitic !== undefined ||
        (features.Tense === 'Pres' && features.VerbForm === 'Part'),
    )
  ) {
    return false
  }
  const participle = readings.some((features) => features.VerbForm === 'Part')
  if (participle) {
    const before = tokens[first - 1]?.key
    const masculineSingular = readings.every(
      (features) => features.Gender === 'Masc' && features.Number === 'Sing',
    )
    if (!before || !auxiliaries.active.has(before) || !masculineSingular) return false
  }
  const next = tokens[last + 1]
  const between = next ? text.slice(tokens[last]?.end ?? 0, next.start) : ''
  if (next && /^[\s'"«»“”‘’]+$/.test(between) && !phraseFollowers.has(next.key)) return false
  return true
}

function adjectiveReplacement(match: TermMatch, preferred: Term, context: Context): Replacement {
  const lemma = preferred.text.toLowerCase()
  if (match.wordClass === 'adjective') {
    const readings = readingsOf(match)
    const forms = new Set(
      readings.map((reading) => generateForm(lemma, 'it', 'adjective', agreement(reading))),
    )
    const [form] = forms
    if (forms.size === 1 && form !== undefined) return swap(match, form, context.text)
    return { text: preferred.text }
  }
  // A phrase (`di default`) replaced by an adjective agrees with the noun before it.
  const features =
    nounFeatures(context.tokens, context.first - 1, context.genderShown) ??
    appositionAgreement(lemma, context)
  if (!features) return { text: preferred.text }
  const form = generateForm(lemma, 'it', 'adjective', features)
  return form === undefined ? { text: preferred.text } : swap(match, form, context.text)
}

/**
 * A phrase after a bare word of unknown gender and number that follows another noun (an
 * apposition: `classe di operatori hash di default`, `tipo di oggetto ACL di default`) may agree
 * with either; it agrees as the text agrees the adjective after the words before that word
 * elsewhere (`classe di operatori btree predefinita`), and is left unfixed where it does not.
 */
function appositionAgreement(lemma: string, context: Context): Features | undefined {
  const { tokens, first } = context
  const bare = tokens[first - 1]
  const noun = tokens[first - 2]
  if (!bare || !noun || bare.before !== ' ' || tokens[first]?.before !== ' ') return undefined
  if (noun.key === 'di' || markedBy(noun.key, false)) return undefined
  const known = analyseWord(bare.key, 'it').some(
    ({ pos, features }) => pos !== 'NOUN' || (features.Gender && features.Number),
  )
  if (known) return undefined
  // The words before it, back to a determiner or a break (at most four).
  const phrase: string[] = []
  for (let index = first - 2; index >= 0 && phrase.length < 4; index--) {
    const token = tokens[index] as Token
    if (markedBy(token.key, false)) break
    phrase.unshift(token.key)
    if (token.before !== ' ') break
  }
  if (phrase[0] === 'di') return undefined
  const forms = new Map<string, Features>()
  for (const { form, features } of italianAdjectiveForms(lemma))
    if (features.Gender && features.Number && !features.Degree)
      forms.set(form, { Gender: features.Gender, Number: features.Number })
  return context.agreementShown(phrase, forms)
}

function agreement(features: Features): Features {
  const result: Record<string, string> = {}
  if (features.Gender) result.Gender = features.Gender
  if (features.Number) result.Number = features.Number
  return result
}

/**
 * Gender and number of the noun at `index`, from the determiner before it, the lexicon, or its
 * ending; undefined unless both are certain and the word is a noun (not a verb or participle).
 */
function nounFeatures(
  tokens: Token[],
  index: number,
  genderShown: GenderLookup,
  depth = 0,
): Features | undefined {
  const noun = tokens[index]
  if (!noun || tokens[index + 1]?.before !== ' ') return undefined
  const key = noun.key
  if (invariableWords.has(key) || auxiliaries.passive.has(key) || auxiliaries.active.has(key))
    return undefined
  const readings = analyseWord(key, 'it')
  if (readings.length > 0 && !readings.some((reading) => reading.pos === 'NOUN')) return undefined
  // A participle or other verb form before the phrase (`abilitato di default`) is no noun.
  const verbal = readings.some(
    (reading) => reading.pos === 'VERB' && reading.features.VerbForm !== 'Fin',
  )
  if (verbal || /(?:[aiu]t[oaie]|ando|endo|are|ere|ire)$/.test(key)) return undefined
  const determiner = tokens[index - 1]
  // A noun after a bare `di` is the complement of a compound (`piè di pagina`, `privilegi di
  // accesso`): the adjective agrees with the compound's head, as "default" qualifies the whole
  // English compound (`privilegi di accesso predefiniti`).
  if (determiner?.key === 'di' && noun.before === ' ')
    return depth < 3 ? nounFeatures(tokens, index - 2, genderShown, depth + 1) : undefined
  const marked =
    determiner && (determiner.before === ' ' || determiner.before === '|' || noun.before === "'")
      ? markedBy(determiner.key, noun.before === "'")
      : undefined
  // A reading of another number than the determiner's is another word (`file`, plural of `fila`).
  const lexical = readings.find(
    ({ pos, features }) =>
      pos === 'NOUN' &&
      features.Gender &&
      features.Number &&
      (!marked || features.Number === marked[1]),
  )?.features
  const gender =
    marked?.[0] ??
    (lexical?.Gender as Gender | undefined) ??
    genderShown(key) ??
    usageGender(noun.text) ??
    genderByEnding(key)
  const number = marked?.[1] ?? (lexical?.Number as NumberValue | undefined) ?? numberByEnding(key)
  if (!gender || !number) return undefined
  // Without a determiner, only an ending that says both and a noun-like suffix will do.
  if (
    !marked &&
    !lexical &&
    !/(?:zion[ei]|sion[ei]|ment[oi]|tor[ei]|ore|ori|ità|ell[oaie]|ett[oaie]|ist[aie]|ie)$/.test(key)
  ) {
    return undefined
  }
  return { Gender: gender, Number: number }
}

/** The gender usage gives a loan or an acronym whose spelling says nothing of it. */
function usageGender(word: string): Gender | undefined {
  const loan = loanGender.get(word.toLowerCase())
  if (loan) return loan
  const head = acronymHeads.get(word)
  return head === undefined ? undefined : genderOf(head)
}

function genderByEnding(noun: string): Gender | undefined {
  if (unadaptedLoans.has(noun) || !/[aeiouàèéìòù]$/.test(noun)) return undefined
  if (feminineSuffix.test(noun) || /(?:zioni|sioni|gioni)$/.test(noun)) return 'Fem'
  if (/a$/.test(noun)) return masculineInA.test(noun) ? undefined : 'Fem'
  if (/o$/.test(noun)) return /mano$/.test(noun) ? 'Fem' : 'Masc'
  if (/(?:ore|ori|ame|ami|ente|enti)$/.test(noun)) return 'Masc'
  if (/e$/.test(noun)) return undefined
  return undefined
}

function numberByEnding(noun: string): NumberValue | undefined {
  if (unadaptedLoans.has(noun) || !/[aeiou]$/.test(noun)) return undefined
  if (/(?:zione|sione|gione|ore|ente|ame)$/.test(noun)) return 'Sing'
  if (/[ao]$/.test(noun)) return 'Sing'
  if (/i$/.test(noun)) return 'Plur'
  if (/(?:ll|tt|ch|gh|c|g|r|n|s|t)e$/.test(noun)) return undefined
  return undefined
}

function nounReplacement(match: TermMatch, preferred: Term, context: Context): Replacement {
  const { tokens, first, text } = context
  const replacement = inflectTerm(preferred, match.number)
  const oldGender = genderOf(match.term.text)
  const newGender = genderOf(preferred.text)
  if (oldGender && newGender && oldGender !== newGender) return { text: replacement }
  const before = tokens[first - 1]
  const matchToken = tokens[first]
  // An elided article before the occurrence (`dell’archivio`) is written out when the new noun
  // starts with a consonant (`del file`), and a full one elided before a vowel (`l’archivio`).
  if (before && matchToken && matchToken.before === "'" && !startsWithVowel(replacement)) {
    const forms = elided[before.key]
    const gender = newGender ?? oldGender
    if (!forms || !gender) return { text: replacement }
    const article =
      gender === 'Fem'
        ? forms[2]
        : /^(?:s[^aeiou]|z|gn|ps|x|y)/i.test(replacement)
          ? forms[1]
          : forms[0]
    const cased = caseLike(article, before.text)
    return {
      text: replacement,
      fix: { start: before.start, end: match.end, text: `${cased} ${replacement}` },
    }
  }
  if (
    before &&
    matchToken &&
    matchToken.before === ' ' &&
    startsWithVowel(replacement) &&
    !startsWithVowel(match.text)
  ) {
    const short = elidable[before.key]
    if (!short) return swap(match, replacement, text)
    return {
      text: replacement,
      fix: {
        start: before.start,
        end: match.end,
        text: `${caseLike(short, before.text)}'${replacement}`,
      },
    }
  }
  const article =
    before && matchToken?.before === ' ' ? articleFor(before.key, replacement) : undefined
  if (article && before && article !== before.key) {
    const cased = caseLike(article, before.text)
    const fixed = caseLike(replacement, match.text)
    return {
      text: replacement,
      fix: { start: before.start, end: match.end, text: `${cased} ${fixed}` },
    }
  }
  return swap(match, replacement, text)
}

// Determiners with a form before most consonants and one before a vowel, `s` + consonant, `z`,
// `gn`, `ps`, `x`, `y` (Serianni, IV.6): `i file`, `gli archivi`; `un file`, `uno schema`.
const articlePairs: ReadonlyArray<[string, string]> = [
  ['il', 'lo'],
  ['i', 'gli'],
  ['un', 'uno'],
  ['del', 'dello'],
  ['dei', 'degli'],
  ['al', 'allo'],
  ['ai', 'agli'],
  ['dal', 'dallo'],
  ['dai', 'dagli'],
  ['nel', 'nello'],
  ['nei', 'negli'],
  ['sul', 'sullo'],
  ['sui', 'sugli'],
  ['quel', 'quello'],
  ['quei', 'quegli'],
]

/** The form of a masculine determiner that goes before `word`, when `determiner` is one. */
function articleFor(determiner: string, word: string): string | undefined {
  const pair = articlePairs.find(([plain, long]) => plain === determiner || long === determiner)
  if (!pair) return undefined
  const plural =
    [
      'i',
      'gli',
      'dei',
      'degli',
      'ai',
      'agli',
      'dai',
      'dagli',
      'nei',
      'negli',
      'sui',
      'sugli',
      'quei',
      'quegli',
    ].includes(pair[0]) || pair[1] === 'gli'
  const long = plural
    ? /^(?:[aeiouh]|s[^aeiou]|z|gn|ps|pn|x|y)/i.test(word)
    : /^(?:s[^aeiou]|z|gn|ps|pn|x|y)/i.test(word)
  return long ? pair[1] : pair[0]
}

function genderOf(term: string): Gender | undefined {
  const head = tokenize(term)[0]?.key
  if (!head) return undefined
  const lexical = analyseWord(head, 'it').find((reading) => reading.pos === 'NOUN')?.features.Gender
  if (lexical === 'Masc' || lexical === 'Fem') return lexical
  return usageGender(head) ?? genderByEnding(head)
}

function startsWithVowel(word: string): boolean {
  return /^[aeiouàèéìòùh]/i.test(word)
}

function isInvariable(paradigm: TermParadigm): boolean {
  return paradigm.words.every((word) => word.forms.size === 1)
}

/** Give a replacement the capital first letter of the text it replaces (a sentence start). */
function caseLike(replacement: string, original: string): string {
  const first = original.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement
  return replacement.charAt(0).toUpperCase() + replacement.slice(1)
}
