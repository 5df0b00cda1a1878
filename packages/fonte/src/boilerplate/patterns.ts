/**
 * What news pages add around an article's text, as data: the recogniser in `./find.ts` reads
 * these lists. Matching is on whole lines, case-insensitive, after trimming.
 *
 * Sources: the page furniture left in corpus-it by the scrapers of Euractiv Italia
 * (`Scopri di più con Euractiv`, `Ultime Notizie`, `Back to top button`), Oltre la Linea (a
 * byline and its author bio) and a content farm's generated author bio (`Organizzatore.
 * Appassionato di cultura pop. …`), with the equivalents of the common WordPress themes (Jannah,
 * Newspaper, JNews) in their Italian and English strings, and the wire agencies' credit lines
 * (Reuters `Reporting by …`, NBC News `… reported from …`, ANSA `(ANSA)`).
 */

/** Lines that are navigation or sharing widgets, never text: a whole line equal to one. */
export const navigationLines: readonly string[] = [
  'back to top',
  'back to top button',
  'torna su',
  'torna in alto',
  "torna all'inizio",
  'torna all’inizio',
  'ultime notizie',
  'ultim’ora',
  "ultim'ora",
  'articoli correlati',
  'articoli simili',
  'potrebbe interessarti anche',
  'potrebbe interessarti',
  'ti potrebbe interessare',
  'leggi anche',
  'condividi',
  'condividi su facebook',
  'condividi su twitter',
  'condividi questo articolo',
  'share',
  'share this article',
  'related articles',
  'related',
  'latest news',
  'most read',
  'i più letti',
  'più letti',
  'pubblicità',
  'advertisement',
  'sponsored',
  'iscriviti alla newsletter',
  'sign up for our newsletter',
  'seguici su google news',
  'seguici su telegram',
  'tag',
  'tags',
  'argomenti',
  'commenti',
  'lascia un commento',
  'leave a comment',
  'skip to content',
  'vai al contenuto',
  'menu',
  'cerca',
  'search',
  'home',
]

/**
 * The start of a "read more" teaser: the line, and the headline-like lines after it (no
 * sentence-final punctuation), link to other articles.
 */
export const teaserStarts: readonly RegExp[] = [
  /^scopri di più(?:\s|$)/i,
  /^leggi di più(?:\s|$)/i,
  /^per saperne di più(?:\s|$)/i,
  /^continua a leggere(?:\s|$)/i,
  /^leggi l['’]articolo completo(?:\s|$)/i,
  /^approfondisci(?:\s|$)/i,
  /^read more(?:\s|$)/i,
  /^continue reading(?:\s|$)/i,
  /^more from(?:\s|$)/i,
  /^altri articoli(?:\s|$)/i,
  /^dallo stesso autore(?:\s|$)/i,
]

/** Agency and reporter credit lines at the end of wire copy. */
export const creditLines: readonly RegExp[] = [
  // NBC News: "Stella Kim reported from Seoul, South Korea, and Mithil Agarwal from Hong Kong."
  /^(?:\p{Lu}[\p{L}’'.-]+\s){1,3}(?:ha|hanno) riferito da\s/iu,
  /^(?:\p{Lu}[\p{L}’'.-]+\s){1,3}reported from\s/u,
  // Reuters: "(Reporting by …; Editing by …)"
  /^\(?(?:reporting|additional reporting|writing|editing) by(?:\s|$)/i,
  /^\(?(?:hanno collaborato|ha collaborato|a cura di|testo di|di)\s+(?:\p{Lu}[\p{L}’'.-]+\s?){1,4}\)?$/u,
  /^\(?(?:by)\s+(?:\p{Lu}[\p{L}’'.-]+\s?){1,4}\)?$/u,
  /^\((?:ansa|agi|adnkronos|lapresse|askanews|reuters|ap|afp)\)\.?$/i,
]

/**
 * For each of `creditLines` (same order), a test its line passes first: a part of the pattern
 * without Unicode property classes (`\p{Lu}`), or `null` for a pattern without any. Compiling
 * such a class costs about 15 ms of CPU a pattern; behind its guard, a pattern is compiled only
 * for a line that may be a credit. Each guard must match wherever its pattern does.
 */
export const creditGuards: ReadonlyArray<RegExp | null> = [
  /(?:ha|hanno) riferito da\s/iu,
  /reported from\s/u,
  null,
  /^\(?(?:hanno collaborato|ha collaborato|a cura di|testo di|di)\s/u,
  /^\(?by\s/u,
  null,
]

/**
 * `creditLines` (same order) for a line of ASCII (and ’): the Unicode classes written as the
 * ASCII letters they hold there (`\p{Lu}` is `[A-Z]`, or `[A-Za-z]` case-insensitively; `\p{L}`
 * is `[A-Za-z]`), so that a line of ASCII needs no costly class compiled.
 */
export const asciiCreditLines: readonly RegExp[] = [
  /^(?:[A-Za-z][A-Za-z’'.-]+\s){1,3}(?:ha|hanno) riferito da\s/iu,
  /^(?:[A-Z][A-Za-z’'.-]+\s){1,3}reported from\s/u,
  /^\(?(?:reporting|additional reporting|writing|editing) by(?:\s|$)/i,
  /^\(?(?:hanno collaborato|ha collaborato|a cura di|testo di|di)\s+(?:[A-Z][A-Za-z’'.-]+\s?){1,4}\)?$/u,
  /^\(?(?:by)\s+(?:[A-Z][A-Za-z’'.-]+\s?){1,4}\)?$/u,
  /^\((?:ansa|agi|adnkronos|lapresse|askanews|reuters|ap|afp)\)\.?$/i,
]

/**
 * Words that generated author bios are made of ("Organizzatore. Appassionato di cultura pop.
 * Esperto di viaggi. Guru del web freelance."): a paragraph of short fragments, most of which
 * start with one of these, is a bio.
 */
export const bioWords: readonly string[] = [
  'appassionato',
  'appassionata',
  'esperto',
  'esperta',
  'guru',
  'fanatico',
  'fanatica',
  'studioso',
  'studiosa',
  'amante',
  'organizzatore',
  'organizzatrice',
  'pioniere',
  'sostenitore',
  'sostenitrice',
  'evangelista',
  'specialista',
  'nerd',
  'fan',
  'drogato',
  'drogata',
  'ninja',
  'cultore',
  'scrittore',
  'scrittrice',
  'giornalista',
  'pensatore',
  'creatore',
  'imprenditore',
  'lettore',
  'lettrice',
  'comunicatore',
  'analista',
  'esploratore',
  'risolutore',
  'introverso',
  'introversa',
  'estroverso',
  'maven',
  'enthusiast',
  'expert',
  'lover',
  'fanatic',
  'advocate',
  'evangelist',
  'scholar',
  'aficionado',
  'junkie',
  'writer',
  'thinker',
  'organizer',
  'pioneer',
]
