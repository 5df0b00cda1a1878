/**
 * Italian verb and adjective paradigms without a dictionary: the regular conjugations, the few
 * irregular verbs that software terms are built on (`fare clic`), and enclitic pronouns. This is
 * the data-free fallback of `@fonte/lexicon`: it over-generates rather than misses (a form that
 * no Italian writes never occurs in a text, so it never matches), and it is used for generating a
 * replacement only when the lexicon does not know the lemma.
 *
 * Source: the regular conjugation tables of Italian grammars (Serianni, *Grammatica italiana*,
 * XI; Dardano–Trifone, *La nuova grammatica della lingua italiana*, 9), feature names from
 * Universal Dependencies (https://universaldependencies.org/u/feat/).
 */

/** UD morphological features of a form, plus `Clitic` for a pronoun glued to its end. */
export type Features = Readonly<Record<string, string>>

/** A form with its features. */
export interface FeaturedForm {
  form: string
  features: Features
}

type Person = ['1' | '2' | '3', 'Sing' | 'Plur']
const persons: readonly Person[] = [
  ['1', 'Sing'],
  ['2', 'Sing'],
  ['3', 'Sing'],
  ['1', 'Plur'],
  ['2', 'Plur'],
  ['3', 'Plur'],
]

/** Six personal endings of one tense, by conjugation class. */
interface Conjugation {
  infinitive: string
  gerund: string
  participle: string
  presentParticiple: string
  present: string[]
  imperfect: string[]
  /** Future and conditional stem vowel (`impost-e-rò`, `ricev-e-rò`, `apr-i-rò`). */
  futureVowel: string
  remote: string[]
  subjunctive: string[]
  imperfectSubjunctive: string[]
  /** Imperative 2nd person singular and plural. */
  imperative: [string, string]
}

const future = ['rò', 'rai', 'rà', 'remo', 'rete', 'ranno']
const conditional = ['rei', 'resti', 'rebbe', 'remmo', 'reste', 'rebbero']

const conjugations: Record<'are' | 'ere' | 'ire' | 'isc', Conjugation> = {
  are: {
    infinitive: 'are',
    gerund: 'ando',
    participle: 'at',
    presentParticiple: 'ant',
    present: ['o', 'i', 'a', 'iamo', 'ate', 'ano'],
    imperfect: ['avo', 'avi', 'ava', 'avamo', 'avate', 'avano'],
    futureVowel: 'e',
    remote: ['ai', 'asti', 'ò', 'ammo', 'aste', 'arono'],
    subjunctive: ['i', 'i', 'i', 'iamo', 'iate', 'ino'],
    imperfectSubjunctive: ['assi', 'assi', 'asse', 'assimo', 'aste', 'assero'],
    imperative: ['a', 'ate'],
  },
  ere: {
    infinitive: 'ere',
    gerund: 'endo',
    participle: 'ut',
    presentParticiple: 'ent',
    present: ['o', 'i', 'e', 'iamo', 'ete', 'ono'],
    imperfect: ['evo', 'evi', 'eva', 'evamo', 'evate', 'evano'],
    futureVowel: 'e',
    remote: ['ei', 'esti', 'é', 'emmo', 'este', 'erono'],
    subjunctive: ['a', 'a', 'a', 'iamo', 'iate', 'ano'],
    imperfectSubjunctive: ['essi', 'essi', 'esse', 'essimo', 'este', 'essero'],
    imperative: ['i', 'ete'],
  },
  ire: {
    infinitive: 'ire',
    gerund: 'endo',
    participle: 'it',
    presentParticiple: 'ent',
    present: ['o', 'i', 'e', 'iamo', 'ite', 'ono'],
    imperfect: ['ivo', 'ivi', 'iva', 'ivamo', 'ivate', 'ivano'],
    futureVowel: 'i',
    remote: ['ii', 'isti', 'ì', 'immo', 'iste', 'irono'],
    subjunctive: ['a', 'a', 'a', 'iamo', 'iate', 'ano'],
    imperfectSubjunctive: ['issi', 'issi', 'isse', 'issimo', 'iste', 'issero'],
    imperative: ['i', 'ite'],
  },
  // Third conjugation with the -isc- infix (`abilire` is not a word, but `finire`, `gestire`,
  // `definire`, `eseguire` are): both sets are generated for -ire verbs.
  isc: {
    infinitive: 'ire',
    gerund: 'endo',
    participle: 'it',
    presentParticiple: 'ent',
    present: ['isco', 'isci', 'isce', 'iamo', 'ite', 'iscono'],
    imperfect: ['ivo', 'ivi', 'iva', 'ivamo', 'ivate', 'ivano'],
    futureVowel: 'i',
    remote: ['ii', 'isti', 'ì', 'immo', 'iste', 'irono'],
    subjunctive: ['isca', 'isca', 'isca', 'iamo', 'iate', 'iscano'],
    imperfectSubjunctive: ['issi', 'issi', 'isse', 'issimo', 'iste', 'issero'],
    imperative: ['isci', 'ite'],
  },
}

/** Pronouns written glued to an infinitive, gerund or imperative (`impostarlo`, `impostandola`). */
export const clitics: readonly string[] = (
  'lo la li le ne si mi ti ci vi gli glielo gliela glieli gliele gliene melo mela meli mele ' +
  'telo tela teli tele selo sela seli sele sene celo cela celi cele cene velo vela veli vele vene'
).split(' ')

/**
 * Irregular verbs that multi-word software terms start with, as full tables: infinitive,
 * gerund, past participle stem, present (6), imperfect stem, future stem, remote past (6),
 * present subjunctive (6), imperative 2nd singular and plural (slash for variants).
 */
const irregular: Record<string, string[]> = {
  fare: [
    'fare',
    'facendo',
    'fatt',
    'faccio,fai,fa,facciamo,fate,fanno',
    'face',
    'fa',
    'feci,facesti,fece,facemmo,faceste,fecero',
    'faccia,faccia,faccia,facciamo,facciate,facciano',
    "fai/fa'/fa,fate",
  ],
  dare: [
    'dare',
    'dando',
    'dat',
    'do,dai,dà,diamo,date,danno',
    'da',
    'da',
    'diedi,desti,diede,demmo,deste,diedero',
    'dia,dia,dia,diamo,diate,diano',
    "dai/da'/da,date",
  ],
  porre: [
    'porre',
    'ponendo',
    'post',
    'pongo,poni,pone,poniamo,ponete,pongono',
    'pone',
    'por',
    'posi,ponesti,pose,ponemmo,poneste,posero',
    'ponga,ponga,ponga,poniamo,poniate,pongano',
    'poni,ponete',
  ],
}

/** Forms of `essere`, `venire` and `avere` that make a participle passive or a compound tense. */
export const auxiliaries = {
  passive: new Set(
    (
      'è e sono sei siamo siete era erano eri eravamo eravate ero sarà saranno sarai saremo sarete sarò ' +
      'sarebbe sarebbero sia siano fosse fossero fu furono essere essendo stato stata stati state ' +
      'viene vengono vieni veniamo venite vengo veniva venivano verrà verranno verrebbe verrebbero ' +
      'venga vengano venisse venissero venne vennero venire venendo venuto venuta venuti venute'
    ).split(' '),
  ),
  active: new Set(
    (
      'ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano avrò avrai avrà avremo ' +
      'avrete avranno avrei avresti avrebbe avremmo avreste avrebbero abbia abbiano avesse avessero ' +
      'ebbe ebbero avere aver avendo avuto'
    ).split(' '),
  ),
}

const participleEndings: ReadonlyArray<[string, 'Masc' | 'Fem', 'Sing' | 'Plur']> = [
  ['o', 'Masc', 'Sing'],
  ['a', 'Fem', 'Sing'],
  ['i', 'Masc', 'Plur'],
  ['e', 'Fem', 'Plur'],
]

/** Whether a word looks like an Italian infinitive (`impostare`, `ricevere`, `gestire`, `porre`). */
export function looksLikeInfinitive(word: string): boolean {
  const lower = word.toLowerCase()
  return lower in irregular || (lower.length > 4 && /(?:are|ere|ire)$/.test(lower))
}

/**
 * Every form of an Italian verb given by its infinitive, with UD features, enclitic forms
 * included (`impostarlo` is the infinitive with `Clitic: 'lo'`).
 *
 * @param infinitive - The infinitive, in lower case.
 * @returns The forms, the infinitive first; empty when the word is not an infinitive.
 */
export function italianVerbForms(infinitive: string): FeaturedForm[] {
  const forms: FeaturedForm[] = []
  const add = (form: string, features: Features) => forms.push({ form, features })
  const table = irregular[infinitive]
  if (table) addIrregular(table, add)
  else {
    const ending = /(are|ere|ire)$/.exec(infinitive)?.[1] as 'are' | 'ere' | 'ire' | undefined
    if (!ending || infinitive.length <= 4) return []
    const stem = infinitive.slice(0, -3)
    addRegular(stem, conjugations[ending], add)
    if (ending === 'ire') addRegular(stem, conjugations.isc, add)
    addClitics(forms, add)
    addDerivedNouns(stem, ending, add)
    return forms
  }
  addClitics(forms, add)
  return forms
}

function addRegular(
  stem: string,
  c: Conjugation,
  add: (form: string, features: Features) => void,
): void {
  const join = (ending: string) => spell(stem, ending)
  add(join(c.infinitive), { VerbForm: 'Inf' })
  add(join(c.gerund), { VerbForm: 'Ger' })
  for (const [ending, Gender, Number] of participleEndings) {
    add(join(c.participle + ending), { VerbForm: 'Part', Tense: 'Past', Gender, Number })
  }
  add(join(`${c.presentParticiple}e`), { VerbForm: 'Part', Tense: 'Pres', Number: 'Sing' })
  add(join(`${c.presentParticiple}i`), { VerbForm: 'Part', Tense: 'Pres', Number: 'Plur' })
  const finite = (endings: readonly string[], Mood: string, Tense: string) =>
    endings.forEach((ending, index) => {
      const [Person, Number] = persons[index] as Person
      add(join(ending), { Mood, Tense, Person, Number, VerbForm: 'Fin' })
    })
  finite(c.present, 'Ind', 'Pres')
  finite(c.imperfect, 'Ind', 'Imp')
  finite(
    future.map((ending) => c.futureVowel + ending),
    'Ind',
    'Fut',
  )
  finite(
    conditional.map((ending) => c.futureVowel + ending),
    'Cnd',
    'Pres',
  )
  finite(c.remote, 'Ind', 'Past')
  finite(c.subjunctive, 'Sub', 'Pres')
  finite(c.imperfectSubjunctive, 'Sub', 'Imp')
  add(join(c.imperative[0]), { Mood: 'Imp', Person: '2', Number: 'Sing', VerbForm: 'Fin' })
  add(join(c.imperative[1]), { Mood: 'Imp', Person: '2', Number: 'Plur', VerbForm: 'Fin' })
}

function addIrregular(table: string[], add: (form: string, features: Features) => void): void {
  const [
    infinitive,
    gerund,
    participle,
    present,
    imperfect,
    futureStem,
    remote,
    subjunctive,
    imperative,
  ] = table as [string, string, string, string, string, string, string, string, string]
  add(infinitive, { VerbForm: 'Inf' })
  add(gerund, { VerbForm: 'Ger' })
  for (const [ending, Gender, Number] of participleEndings) {
    add(participle + ending, { VerbForm: 'Part', Tense: 'Past', Gender, Number })
  }
  const finite = (forms: readonly string[], Mood: string, Tense: string) =>
    forms.forEach((form, index) => {
      const [Person, Number] = persons[index] as Person
      add(form, { Mood, Tense, Person, Number, VerbForm: 'Fin' })
    })
  finite(present.split(','), 'Ind', 'Pres')
  finite(
    ['vo', 'vi', 'va', 'vamo', 'vate', 'vano'].map((ending) => imperfect + ending),
    'Ind',
    'Imp',
  )
  finite(
    future.map((ending) => futureStem + ending),
    'Ind',
    'Fut',
  )
  finite(
    conditional.map((ending) => futureStem + ending),
    'Cnd',
    'Pres',
  )
  finite(remote.split(','), 'Ind', 'Past')
  finite(subjunctive.split(','), 'Sub', 'Pres')
  const [singular, plural] = imperative.split(',') as [string, string]
  // Variants after the first are matched but never generated (`fai clic`, not `fa' clic`).
  singular.split('/').forEach((form, index) =>
    add(form, {
      Mood: 'Imp',
      Person: '2',
      Number: 'Sing',
      VerbForm: 'Fin',
      ...(index > 0 ? { Style: 'Var' } : {}),
    }),
  )
  add(plural, { Mood: 'Imp', Person: '2', Number: 'Plur', VerbForm: 'Fin' })
}

// Action nouns formed from a verb (Serianni, XV.7): `impostare` → `impostazione`, `scaricare` →
// `scaricamento`, `settare` → `settaggio`, `eliminare` → `eliminazione`. Interface strings render an
// English verb or gerund with them ("Setting the port" → "Impostazione della porta"). They carry
// `Derived`, so no replacement is ever generated from them.
const derivedNouns: Record<'are' | 'ere' | 'ire', ReadonlyArray<[string, string]>> = {
  are: [
    ['azione', 'azioni'],
    ['amento', 'amenti'],
    ['aggio', 'aggi'],
  ],
  ere: [['imento', 'imenti']],
  ire: [
    ['izione', 'izioni'],
    ['imento', 'imenti'],
  ],
}

function addDerivedNouns(
  stem: string,
  ending: 'are' | 'ere' | 'ire',
  add: (form: string, features: Features) => void,
): void {
  for (const [singular, plural] of derivedNouns[ending]) {
    add(spell(stem, singular), { Derived: 'Noun', Number: 'Sing' })
    add(spell(stem, plural), { Derived: 'Noun', Number: 'Plur' })
  }
}

/** Enclitic forms: the infinitive loses its final `-e`, gerund and imperative take the pronoun as is. */
function addClitics(forms: FeaturedForm[], add: (form: string, features: Features) => void): void {
  const hosts = forms.filter(
    ({ features, form }) =>
      features.VerbForm === 'Inf' ||
      features.VerbForm === 'Ger' ||
      (features.Mood === 'Imp' && !form.endsWith("'") && form.length > 2),
  )
  for (const host of hosts) {
    const base = host.features.VerbForm === 'Inf' ? host.form.replace(/e$/, '') : host.form
    for (const clitic of clitics) add(base + clitic, { ...host.features, Clitic: clitic })
  }
}

/**
 * Glue an ending to a stem with Italian spelling: `c`/`g` keep their hard sound before `e`/`i`
 * (`cerc` + `i` → `cerchi`), a stem's soft `ci`/`gi`/`sci` or unstressed `i` loses its `i` before
 * another (`cominci` + `erò` → `comincerò`, `invi` + `i` → `invii` and `invi`).
 */
function spell(stem: string, ending: string): string {
  const first = ending.charAt(0)
  const front = first === 'e' || first === 'i' || first === 'é' || first === 'è'
  if (front && /[cg]$/.test(stem) && !/sc$/.test(stem)) return `${stem}h${ending}`
  if (front && /[cg]i$/.test(stem) && first === 'e') return stem.slice(0, -1) + ending
  if (first === 'i' && stem.endsWith('i')) return stem + ending.slice(1)
  return stem + ending
}

/**
 * The four forms of an Italian adjective that varies in gender and number (`predefinito`,
 * `predefinita`, `predefiniti`, `predefinite`), or the two of one in `-e` (`utile`, `utili`).
 *
 * @param word - The masculine singular, in lower case.
 * @returns The forms, or an empty list when the word does not end like an adjective.
 */
export function italianAdjectiveForms(word: string): FeaturedForm[] {
  const forms: FeaturedForm[] = []
  if (/[^aeiou]e$/.test(word)) {
    forms.push(
      { form: word, features: { Number: 'Sing' } },
      { form: `${word.slice(0, -1)}i`, features: { Number: 'Plur' } },
    )
    return forms
  }
  const match = /^(.*?)(c|g|i)?o$/.exec(word)
  if (!match) return forms
  const stem = word.slice(0, -1)
  const hard = match[2] === 'c' || match[2] === 'g'
  const soft = match[2] === 'i'
  forms.push({ form: word, features: { Gender: 'Masc', Number: 'Sing' } })
  forms.push({ form: `${stem}a`, features: { Gender: 'Fem', Number: 'Sing' } })
  if (hard) {
    forms.push({ form: `${stem}i`, features: { Gender: 'Masc', Number: 'Plur' } })
    forms.push({ form: `${stem}hi`, features: { Gender: 'Masc', Number: 'Plur' } })
    forms.push({ form: `${stem}he`, features: { Gender: 'Fem', Number: 'Plur' } })
  } else {
    forms.push({ form: soft ? stem : `${stem}i`, features: { Gender: 'Masc', Number: 'Plur' } })
    forms.push({ form: `${stem}e`, features: { Gender: 'Fem', Number: 'Plur' } })
  }
  return forms
}

/**
 * English forms: a noun's plural and a verb's `-s`, `-ed` and `-ing` forms, regular spelling
 * (`file`/`files`/`filed`/`filing`, `set`/`setting`, `copy`/`copies`/`copied`). Irregular forms
 * belong in the lexicon or the term base.
 *
 * @param word - The word, in lower case.
 * @param verb - Whether to add verb forms.
 */
export function englishFeaturedForms(word: string, verb: boolean): FeaturedForm[] {
  const forms: FeaturedForm[] = [{ form: word, features: {} }]
  const consonantY = /[^aeiou]y$/.test(word)
  const sibilant = /(?:s|x|z|ch|sh)$/.test(word)
  const third = consonantY ? `${word.slice(0, -1)}ies` : sibilant ? `${word}es` : `${word}s`
  forms.push({ form: third, features: { Number: 'Plur' } })
  if (!verb) return forms
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word) ? word + word.slice(-1) : word
  const silentE = /[^aeiou]e$/.test(word) ? word.slice(0, -1) : undefined
  const ing = silentE ? `${silentE}ing` : `${doubled}ing`
  const ed = consonantY
    ? `${word.slice(0, -1)}ied`
    : word.endsWith('e')
      ? `${word}d`
      : `${doubled}ed`
  forms.push(
    { form: ing, features: { VerbForm: 'Ger' } },
    { form: ed, features: { VerbForm: 'Part', Tense: 'Past' } },
  )
  return forms
}
