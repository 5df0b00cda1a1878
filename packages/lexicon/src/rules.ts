// Data-free morphology: the regular inflection of Italian and English as ending rules, from the
// standard grammars (Italian: Serianni, "Grammatica italiana", the three regular conjugations,
// the -care/-gare/-ciare/-giare/-iare spellings and the -isc- verbs, the -o/-a/-e noun and
// adjective classes; English: the regular -s/-es/-ies, -ed/-ied, -ing, -er/-est spellings). They
// answer when @fonte/lexicon-morphology is not installed, and for words its dictionaries lack.
import type { Language, PartOfSpeech } from './types.js'

/** One rule paradigm: lemmas ending in `lemmaEnding` inflect as `cells` (ending, features). */
export interface RuleParadigm {
  pos: PartOfSpeech
  lemmaEnding: string
  cells: ReadonlyArray<readonly [ending: string, features: Readonly<Record<string, string>>]>
}

const persons: Array<Record<string, string>> = [
  { Number: 'Sing', Person: '1' },
  { Number: 'Sing', Person: '2' },
  { Number: 'Sing', Person: '3' },
  { Number: 'Plur', Person: '1' },
  { Number: 'Plur', Person: '2' },
  { Number: 'Plur', Person: '3' },
]

const tenses: Record<string, Record<string, string>> = {
  pri: { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' },
  pii: { Mood: 'Ind', Tense: 'Imp', VerbForm: 'Fin' },
  ifi: { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' },
  fti: { Mood: 'Ind', Tense: 'Fut', VerbForm: 'Fin' },
  cni: { Mood: 'Cnd', VerbForm: 'Fin' },
  prs: { Mood: 'Sub', Tense: 'Pres', VerbForm: 'Fin' },
  pis: { Mood: 'Sub', Tense: 'Imp', VerbForm: 'Fin' },
}

/** The endings of the three regular conjugations after the stem (impost-, cred-, dorm-/fin-). */
const conjugations: Record<string, Record<string, string>> = {
  are: {
    inf: 'are',
    ger: 'ando',
    pp: 'at',
    pri: 'o i a iamo ate ano',
    pii: 'avo avi ava avamo avate avano',
    ifi: 'ai asti ò ammo aste arono',
    fti: 'erò erai erà eremo erete eranno',
    cni: 'erei eresti erebbe eremmo ereste erebbero',
    prs: 'i i i iamo iate ino',
    pis: 'assi assi asse assimo aste assero',
    imp: '- a - iamo ate -',
  },
  ere: {
    inf: 'ere',
    ger: 'endo',
    pp: 'ut',
    pri: 'o i e iamo ete ono',
    pii: 'evo evi eva evamo evate evano',
    ifi: 'ei esti é emmo este erono',
    fti: 'erò erai erà eremo erete eranno',
    cni: 'erei eresti erebbe eremmo ereste erebbero',
    prs: 'a a a iamo iate ano',
    pis: 'essi essi esse essimo este essero',
    imp: '- i - iamo ete -',
  },
  ire: {
    inf: 'ire',
    ger: 'endo',
    pp: 'it',
    pri: 'o i e iamo ite ono',
    pii: 'ivo ivi iva ivamo ivate ivano',
    ifi: 'ii isti ì immo iste irono',
    fti: 'irò irai irà iremo irete iranno',
    cni: 'irei iresti irebbe iremmo ireste irebbero',
    prs: 'a a a iamo iate ano',
    pis: 'issi issi isse issimo iste issero',
    imp: '- i - iamo ite -',
  },
  isc: {
    inf: 'ire',
    ger: 'endo',
    pp: 'it',
    pri: 'isco isci isce iamo ite iscono',
    pii: 'ivo ivi iva ivamo ivate ivano',
    ifi: 'ii isti ì immo iste irono',
    fti: 'irò irai irà iremo irete iranno',
    cni: 'irei iresti irebbe iremmo ireste irebbero',
    prs: 'isca isca isca iamo iate iscano',
    pis: 'issi issi isse issimo iste issero',
    imp: '- isci - iamo ite -',
  },
}

/** Unstressed pronouns that attach to infinitives, gerunds and imperatives (impostarlo). */
const clitics = [
  ...'lo la li le ne mi ti ci vi si gli'.split(' '),
  ...['me', 'te', 'ce', 've', 'se', 'glie'].flatMap((first) =>
    ['lo', 'la', 'li', 'le', 'ne'].map((second) => first + second),
  ),
]

/** The cells of one regular conjugation, with `spell` adjusting the stem's last letters. */
function verbCells(endings: Record<string, string>): Array<[string, Record<string, string>]> {
  const cells: Array<[string, Record<string, string>]> = []
  const inf = endings.inf!
  const ger = endings.ger!
  cells.push([inf, { VerbForm: 'Inf' }], [ger, { VerbForm: 'Ger' }])
  for (const clitic of clitics) {
    cells.push([inf.slice(0, -1) + clitic, { Clitic: clitic, VerbForm: 'Inf' }])
    cells.push([ger + clitic, { Clitic: clitic, VerbForm: 'Ger' }])
  }
  const agreement: Array<[string, Record<string, string>]> = [
    ['o', { Gender: 'Masc', Number: 'Sing' }],
    ['a', { Gender: 'Fem', Number: 'Sing' }],
    ['i', { Gender: 'Masc', Number: 'Plur' }],
    ['e', { Gender: 'Fem', Number: 'Plur' }],
  ]
  for (const [vowel, features] of agreement)
    cells.push([endings.pp + vowel, { ...features, Tense: 'Past', VerbForm: 'Part' }])
  for (const [tense, features] of Object.entries(tenses))
    endings[tense]!.split(' ').forEach((ending, index) =>
      cells.push([ending, { ...features, ...persons[index] }]),
    )
  endings.imp!.split(' ').forEach((ending, index) => {
    if (ending !== '-') cells.push([ending, { Mood: 'Imp', VerbForm: 'Fin', ...persons[index] }])
  })
  return cells
}

/**
 * A conjugation for stems ending in `stemEnd` (c, g, ci, gi, i): `cercare` keeps its hard c in
 * `cerchi`, `mangiare` and `studiare` do not double the i (`mangi`, `studi`), and `mangiare`
 * drops it before e (`mangerò`).
 */
function spelled(conjugation: string, stemEnd: string): Array<[string, Record<string, string>]> {
  return verbCells(conjugations[conjugation]!).map(([ending, features]) => {
    let form = stemEnd + ending
    if (stemEnd === 'c' || stemEnd === 'g') form = form.replace(/^([cg])([ei])/, '$1h$2')
    if (stemEnd.endsWith('i')) form = form.replace(/^(c|g)?ii/, '$1i')
    if (stemEnd === 'ci' || stemEnd === 'gi') form = form.replace(/^([cg])ie/, '$1e')
    return [form, features]
  })
}

/** Noun and adjective classes: lemma ending → endings by gender and number. */
const nominal: Array<[PartOfSpeech, string, string]> = [
  ['ADJ', 'o', 'o:Masc:Sing a:Fem:Sing i:Masc:Plur e:Fem:Plur'],
  ['ADJ', 'co', 'co:Masc:Sing ca:Fem:Sing chi:Masc:Plur che:Fem:Plur'],
  ['ADJ', 'go', 'go:Masc:Sing ga:Fem:Sing ghi:Masc:Plur ghe:Fem:Plur'],
  ['ADJ', 'e', 'e:*:Sing i:*:Plur'],
  ['NOUN', 'o', 'o:Masc:Sing i:Masc:Plur'],
  ['NOUN', 'io', 'io:Masc:Sing i:Masc:Plur'],
  ['NOUN', 'co', 'co:Masc:Sing chi:Masc:Plur'],
  ['NOUN', 'go', 'go:Masc:Sing ghi:Masc:Plur'],
  ['NOUN', 'a', 'a:Fem:Sing e:Fem:Plur'],
  ['NOUN', 'ca', 'ca:Fem:Sing che:Fem:Plur'],
  ['NOUN', 'ga', 'ga:Fem:Sing ghe:Fem:Plur'],
  ['NOUN', 'cia', 'cia:Fem:Sing ce:Fem:Plur'],
  ['NOUN', 'gia', 'gia:Fem:Sing ge:Fem:Plur'],
  ['NOUN', 'ista', 'ista:*:Sing isti:Masc:Plur iste:Fem:Plur'],
  ['NOUN', 'e', 'e:*:Sing i:*:Plur'],
]

function nominalParadigm([pos, lemmaEnding, spec]: [PartOfSpeech, string, string]): RuleParadigm {
  return {
    pos,
    lemmaEnding,
    cells: spec.split(' ').map((cell) => {
      const [ending = '', gender = '*', number = 'Sing'] = cell.split(':')
      const features: Record<string, string> =
        gender === '*' ? { Number: number } : { Gender: gender, Number: number }
      return [ending, features] as const
    }),
  }
}

/** Italian rule paradigms, the likelier reading first where two share an ending. */
const italian: RuleParadigm[] = [
  ...nominal.map(nominalParadigm),
  { pos: 'VERB', lemmaEnding: 'are', cells: spelled('are', '') },
  { pos: 'VERB', lemmaEnding: 'care', cells: spelled('are', 'c') },
  { pos: 'VERB', lemmaEnding: 'gare', cells: spelled('are', 'g') },
  { pos: 'VERB', lemmaEnding: 'iare', cells: spelled('are', 'i') },
  { pos: 'VERB', lemmaEnding: 'ciare', cells: spelled('are', 'ci') },
  { pos: 'VERB', lemmaEnding: 'giare', cells: spelled('are', 'gi') },
  { pos: 'VERB', lemmaEnding: 'ere', cells: verbCells(conjugations.ere!) },
  { pos: 'VERB', lemmaEnding: 'ire', cells: verbCells(conjugations.ire!) },
  { pos: 'VERB', lemmaEnding: 'ire', cells: verbCells(conjugations.isc!) },
]

const inf = { VerbForm: 'Inf' }
const pres = { Mood: 'Ind', Tense: 'Pres', VerbForm: 'Fin' }
const pres3 = { ...pres, Number: 'Sing', Person: '3' }
const past = { Mood: 'Ind', Tense: 'Past', VerbForm: 'Fin' }
const participle = { Tense: 'Past', VerbForm: 'Part' }
const ger = { VerbForm: 'Ger' }
const sing = { Number: 'Sing' }
const plur = { Number: 'Plur' }

/** English rule paradigms, by the lemma's last letters. */
const english: RuleParadigm[] = [
  {
    pos: 'NOUN',
    lemmaEnding: '',
    cells: [
      ['', sing],
      ['s', plur],
    ],
  },
  {
    pos: 'NOUN',
    lemmaEnding: 'y',
    cells: [
      ['y', sing],
      ['ies', plur],
    ],
  },
  {
    pos: 'NOUN',
    lemmaEnding: 's',
    cells: [
      ['s', sing],
      ['ses', plur],
    ],
  },
  {
    pos: 'NOUN',
    lemmaEnding: 'x',
    cells: [
      ['x', sing],
      ['xes', plur],
    ],
  },
  {
    pos: 'NOUN',
    lemmaEnding: 'sh',
    cells: [
      ['sh', sing],
      ['shes', plur],
    ],
  },
  {
    pos: 'NOUN',
    lemmaEnding: 'ch',
    cells: [
      ['ch', sing],
      ['ches', plur],
    ],
  },
  englishVerb('', ['', 's', 'ed', 'ing']),
  englishVerb('e', ['e', 'es', 'ed', 'ing']),
  englishVerb('y', ['y', 'ies', 'ied', 'ying']),
  englishVerb('s', ['s', 'ses', 'sed', 'sing']),
  englishVerb('sh', ['sh', 'shes', 'shed', 'shing']),
  englishVerb('ch', ['ch', 'ches', 'ched', 'ching']),
  englishVerb('x', ['x', 'xes', 'xed', 'xing']),
  ...'bdgmnprt'.split('').map((c) => englishVerb(c, [c, `${c}s`, `${c}${c}ed`, `${c}${c}ing`])),
  {
    pos: 'ADJ',
    lemmaEnding: '',
    cells: [
      ['', {}],
      ['er', { Degree: 'Cmp' }],
      ['est', { Degree: 'Sup' }],
    ],
  },
  {
    pos: 'ADJ',
    lemmaEnding: 'y',
    cells: [
      ['y', {}],
      ['ier', { Degree: 'Cmp' }],
      ['iest', { Degree: 'Sup' }],
    ],
  },
]

/** A regular English verb: base, 3rd singular, past (and participle), -ing. */
function englishVerb(lemmaEnding: string, [base, s, ed, ing]: string[]): RuleParadigm {
  const endingE = lemmaEnding === 'e'
  return {
    pos: 'VERB',
    lemmaEnding,
    cells: [
      [base!, inf],
      [base!, pres],
      [s!, pres3],
      [endingE ? 'ed' : ed!, past],
      [endingE ? 'ed' : ed!, participle],
      [endingE ? 'ing' : ing!, ger],
    ],
  }
}

/** The rule paradigms of a language. */
export const ruleParadigms: Readonly<Record<Language, readonly RuleParadigm[]>> = {
  it: italian,
  en: english,
}

/**
 * English forms whose lemma the analysers do not give the way Universal Dependencies does: the
 * modal verbs are their own lemmas (`could`, `would`, `should`, `might`), and the contracted
 * auxiliaries as English tokenizers split them (`'s`, `'ve`, `ca` of `can't`, `wo` of `won't`),
 * also written without the apostrophe in informal text. Source: the UD English guidelines.
 */
export const englishAuxiliaries: Readonly<Record<string, readonly string[]>> = {
  could: ['could', 'can'],
  would: ['would', 'will'],
  should: ['should', 'shall'],
  might: ['might', 'may'],
  must: ['must'],
  "'s": ['be', 'have'],
  "'re": ['be'],
  "'m": ['be'],
  "'ve": ['have'],
  "'ll": ['will'],
  "'d": ['would', 'have'],
  ca: ['can'],
  wo: ['will'],
  sha: ['shall'],
  ve: ['have'],
  ll: ['will'],
  re: ['be'],
  // `it s`, `I m`: the tokens of `its`, `im` written for `it's`, `I'm`.
  s: ['be', 'have'],
  m: ['be'],
}

/**
 * The lemmas of the English personal pronouns by person, number and gender, for Apertium's
 * `prpers`: the subject form, as Universal Dependencies lemmatises them (`me` → `I`, `them` →
 * `they`). Source: the UD English guidelines (lemmas of PRON).
 */
export const englishPersonalPronouns: Readonly<Record<string, string>> = {
  '1|Sing|': 'I',
  '1|Plur|': 'we',
  '2|Sing|': 'you',
  '2|Plur|': 'you',
  '2||': 'you',
  '3|Sing|Masc': 'he',
  '3|Sing|Fem': 'she',
  '3|Sing|': 'it',
  '3|Plur|': 'they',
}

/** Italian unstressed pronouns that attach to infinitives, gerunds and imperatives. */
export const italianClitics: readonly string[] = clitics
