// What Italian shows of a noun's gender and number outside the noun itself: the determiners and
// articulated prepositions before it, and, for nouns whose spelling says nothing (English loans,
// acronyms), the gender usage gives them. Data only; `rules/evidence.ts` reads texts with it.

/** Grammatical gender, UD values. */
export type Gender = 'Masc' | 'Fem'
/** Grammatical number, UD values. */
export type NumberValue = 'Sing' | 'Plur'

/**
 * Determiners and articulated prepositions, with the gender and number they mark on the noun
 * after them (undefined: a form both genders share). Source: L. Serianni,
 * *Grammatica italiana* (UTET 1989), IV (articles), VII (possessives, demonstratives,
 * indefinites) and VIII (articulated prepositions). `loro` marks neither and is left out.
 */
const determinerRows: ReadonlyArray<readonly [string, Gender | undefined, NumberValue]> = [
  [
    'il lo un uno del dello al allo dal dallo nel nello sul sullo col questo quello quel ' +
      'nessun nessuno alcun ciascun ciascuno codesto mio tuo suo nostro vostro',
    'Masc',
    'Sing',
  ],
  [
    'la una della alla dalla nella sulla questa quella nessuna alcuna ciascuna codesta mia tua sua ' +
      'nostra vostra',
    'Fem',
    'Sing',
  ],
  [
    'i gli dei degli ai agli dai dagli nei negli sui sugli coi questi quelli quei quegli alcuni ' +
      'miei tuoi suoi nostri vostri',
    'Masc',
    'Plur',
  ],
  ['le delle alle dalle nelle sulle queste quelle alcune mie tue sue nostre vostre', 'Fem', 'Plur'],
  // Elided forms, and the singular indefinites of either gender (`ogni file`, `ogni cartella`).
  ['l dell all dall nell sull quest quell ogni qualche qualsiasi qualunque', undefined, 'Sing'],
]

/** A determiner's key (lower case, without its apostrophe) → the gender and number it marks. */
export const determiners: ReadonlyMap<string, readonly [Gender | undefined, NumberValue]> = new Map(
  determinerRows.flatMap(([words, gender, number]) =>
    words.split(' ').map((word) => [word, [gender, number] as const] as const),
  ),
)

/**
 * Elided forms that only the feminine has: `un’` is `una` before a vowel (the masculine `un` takes
 * no apostrophe), and so are `nessun’`, `alcun’`, `ciascun’` (Serianni, IV.6 and VII.180).
 */
export const feminineElided: ReadonlySet<string> = new Set(['un', 'nessun', 'alcun', 'ciascun'])

/**
 * The gender Italian gives English loans, which their spelling does not tell. Source: Treccani's
 * *Vocabolario* entries, and the usage of the Italian GNOME, KDE and Debian translations.
 */
export const loanGender: ReadonlyMap<string, Gender> = new Map([
  ...(
    'file database software hardware firmware malware mouse device template byte framework link ' +
    'server client browser computer kernel driver backup desktop login bug buffer socket thread ' +
    'plugin widget token router script account cookie repository proxy'
  )
    .split(' ')
    .map((word) => [word, 'Masc'] as const),
  ...'directory password cache query policy release routine pipeline interface shell mail email home homepage'
    .split(' ')
    .map((word) => [word, 'Fem'] as const),
])

/**
 * Acronyms of computing, each with the Italian noun at the head of its usual rendering: an
 * acronym takes that noun's gender (*la CPU*, the *unità* centrale; *il DNS*, the *sistema* dei
 * nomi di dominio). Source of the rule: Treccani, *Enciclopedia dell'italiano* (2010), s.v.
 * "sigle" (a sigla takes the gender of the main word of what it stands for); of the renderings,
 * the Italian GNOME, KDE, Debian and PostgreSQL translations. Acronyms whose gender usage splits
 * (URL, USB, SMS) are left out, so that their gender is never guessed.
 */
export const acronymHeads: ReadonlyMap<string, string> = new Map([
  ['ACL', 'lista'], // access control list
  ['API', 'interfaccia'],
  ['CA', 'autorità'], // certificate authority
  ['CLI', 'interfaccia'],
  ['CPU', 'unità'],
  ['CRL', 'lista'], // certificate revocation list
  ['CTE', 'espressione'], // common table expression
  ['DBMS', 'sistema'],
  ['DHCP', 'protocollo'],
  ['DLL', 'libreria'],
  ['DNS', 'sistema'],
  ['FAQ', 'domanda'],
  ['FTP', 'protocollo'],
  ['GID', 'identificativo'],
  ['GPU', 'unità'],
  ['GUI', 'interfaccia'],
  ['HTTP', 'protocollo'],
  ['HTTPS', 'protocollo'],
  ['IDE', 'ambiente'],
  ['LAN', 'rete'],
  ['LSN', 'numero'], // log sequence number
  ['MTU', 'unità'],
  ['NIC', 'scheda'],
  ['OID', 'identificativo'],
  ['PID', 'identificativo'],
  ['PIN', 'numero'],
  ['PKI', 'infrastruttura'],
  ['RAM', 'memoria'],
  ['ROM', 'memoria'],
  ['SIM', 'scheda'],
  ['SSH', 'protocollo'],
  ['SSL', 'protocollo'],
  ['TCP', 'protocollo'],
  ['TLS', 'protocollo'],
  ['UDP', 'protocollo'],
  ['UID', 'identificativo'],
  ['UUID', 'identificativo'],
  ['VM', 'macchina'],
  ['VPN', 'rete'],
  ['WAL', 'registro'], // write-ahead log
  ['WAN', 'rete'],
])

/**
 * The gender and number a determiner marks on the word after it, `elided` when an apostrophe
 * joins them (`un’ACL` is feminine, `un ACL` masculine); undefined for a word that is none.
 */
export function markedBy(
  determiner: string,
  elided: boolean,
): readonly [Gender | undefined, NumberValue] | undefined {
  if (elided && feminineElided.has(determiner)) return ['Fem', 'Sing']
  return determiners.get(determiner)
}
