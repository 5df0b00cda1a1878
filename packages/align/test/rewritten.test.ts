import { beforeAll, describe, expect, it } from 'vitest'
import {
  alignSentences,
  cognatesScorer,
  coverageScorer,
  joinOffsets,
  joinsScorer,
  lengthScorer,
  lexicalKeyer,
  lexiconHasData,
  numbersScorer,
  type Scorer,
} from '../src/index.js'

// Rewritten news: the outlet drops wire sentences (1-0), adds its own (0-1) and joins two into
// one (2-1). Each case is an English story, its Italian rewrite, and the beads that are right.
const story = [
  'Sweden will hold a snap election on 11 September after Prime Minister Ulf Kristersson lost a confidence vote.',
  'The vote in parliament was 175 to 174.',
  'Kristersson said he would stay on as head of a caretaker government.',
  'The Social Democrats have led the polls since March.',
  'Turnout in the last election was 84 percent.',
  'Analysts expect a campaign dominated by energy prices and crime.',
]

type Case = [name: string, italian: string[], beads: Array<[source: number[], target: number[]]>]

const cases: Case[] = [
  [
    'an added sentence between two translated ones (0-1)',
    [
      'La Svezia terrà elezioni anticipate l’11 settembre dopo che il primo ministro Ulf Kristersson ha perso un voto di fiducia.',
      'Il voto in parlamento è finito 175 a 174.',
      'Una crisi che a Stoccolma nessuno si aspettava, scrivono i giornali locali questa mattina.',
      'Kristersson ha detto che resterà alla guida di un governo provvisorio.',
      'I socialdemocratici sono in testa nei sondaggi da marzo.',
      'L’affluenza alle ultime elezioni è stata dell’84 per cento.',
      'Gli analisti prevedono una campagna dominata dai prezzi dell’energia e dalla criminalità.',
    ],
    [
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
      [[2], [3]],
      [[3], [4]],
      [[4], [5]],
      [[5], [6]],
    ],
  ],
]

// A story of longer sentences, where an added sentence and a dropped one sharing no word are
// told apart from a translation by how much each leaves unexplained.
const floods = [
  'Flooding closed the main railway line between Milan and Venice on Tuesday morning.',
  'Trains were cancelled for six hours while engineers pumped water from the tunnels near Verona.',
  'The regional transport authority said repairs to the damaged signals would cost about 2 million euros.',
  'Farmers in the Veneto region reported losses of 40 million euros after vineyards and orchards were submerged under muddy water.',
  'Forecasters expect more rain over the weekend.',
  'Schools in Padua will stay closed until Friday.',
]

const floodCases: Case[] = [
  [
    'a long dropped sentence and a long added one a sentence apart (1-0 and 0-1, not two bad 1-1)',
    [
      'Le inondazioni hanno chiuso martedì mattina la linea ferroviaria principale tra Milano e Venezia.',
      'I treni sono stati cancellati per sei ore mentre i tecnici pompavano l’acqua dalle gallerie vicino a Verona.',
      'L’autorità regionale dei trasporti ha detto che la riparazione dei segnali danneggiati costerà circa 2 milioni di euro.',
      'I meteorologi prevedono altra pioggia nel fine settimana.',
      'Il sindaco ha chiesto al governo di dichiarare lo stato di emergenza per tutta la provincia colpita dal maltempo, sostenendo che i danni superano di molto le previsioni iniziali.',
      'Le scuole di Padova resteranno chiuse fino a venerdì.',
    ],
    [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], []],
      [[4], [3]],
      [[], [4]],
      [[5], [5]],
    ],
  ],
]

// Two wire sentences joined into one Italian sentence (2-1) beside a dropped one (1-0): which two
// were joined shows in each side of the join translating one of them; the other scorers alone
// (without `joinsScorer`) pair the wrong sentences.
floodCases.push([
  'a merge at ", mentre" before a dropped sentence (2-1, 1-0)',
  [
    'Le inondazioni hanno chiuso martedì mattina la linea ferroviaria principale tra Milano e Venezia.',
    'I treni sono stati cancellati per sei ore mentre i tecnici pompavano l’acqua dalle gallerie vicino a Verona, mentre l’autorità regionale dei trasporti ha detto che la riparazione dei segnali danneggiati costerà circa 2 milioni di euro.',
    'I meteorologi prevedono altra pioggia nel fine settimana.',
    'Le scuole di Padova resteranno chiuse fino a venerdì.',
  ],
  [
    [[0], [0]],
    [[1, 2], [1]],
    [[3], []],
    [[4], [2]],
    [[5], [3]],
  ],
])

// With the lexicon's translations only: on cognates alone, neither side of this join has
// enough in common with its English sentence (`autorità` / `authority`, `milioni` / `million`).
const lexiconCases: Case[] = [
  [
    'a merge at a semicolon after a dropped sentence (1-0, 2-1)',
    [
      'Le inondazioni hanno chiuso martedì mattina la linea ferroviaria principale tra Milano e Venezia.',
      'L’autorità regionale dei trasporti ha detto che la riparazione dei segnali danneggiati costerà circa 2 milioni di euro; gli agricoltori del Veneto hanno denunciato perdite per 40 milioni di euro dopo che vigneti e frutteti sono finiti sotto l’acqua fangosa.',
      'I meteorologi prevedono altra pioggia nel fine settimana.',
      'Le scuole di Padova resteranno chiuse fino a venerdì.',
    ],
    [
      [[0], [0]],
      [[1], []],
      [[2, 3], [1]],
      [[4], [2]],
      [[5], [3]],
    ],
  ],
]

// Where a joined clause may start: after the join, never at the sentence's ends.
const joins: Array<[sentence: string, clauses: string[]]> = [
  ['Piove; la strada è chiusa.', ['la strada è chiusa.']],
  ['Ha detto: “Restiamo qui”.', ['“Restiamo qui”.']],
  ['Il treno è partito, e Marco è rimasto.', ['Marco è rimasto.']],
  ['Il treno è partito, mentre Marco è rimasto.', ['Marco è rimasto.']],
  ['Il treno è partito, ma Marco è rimasto.', ['Marco è rimasto.']],
  ['Davvero? Non lo sapevo.', ['Non lo sapevo.']],
  ['“Andiamo” Marco è partito.', ['Marco è partito.']],
  [
    'Il bilancio è salito. Le comunicazioni sono interrotte.',
    ['Le comunicazioni sono interrotte.'],
  ],
  ['Mele e pere sono care.', []],
  ['Piove;', []],
]

// Known failures, kept to be fixed.
const hard: Case[] = [
  [
    // The bad 1-1 scores 0.04 and still costs less than two unpaired sentences: the sentences are
    // short (five and seven content words), and a bead's first four unexplained words are free
    // (`unexplainedFree` in scorers.ts; with two free words or a dearer word, a corpus-it
    // article's quoted fragments pair differently when its last sentences are cut).
    'an added sentence next to a dropped one (1-0 and 0-1, not a bad 1-1)',
    [
      'La Svezia terrà elezioni anticipate l’11 settembre dopo che il primo ministro Ulf Kristersson ha perso un voto di fiducia.',
      'Il voto in parlamento è finito 175 a 174.',
      'Kristersson ha detto che resterà alla guida di un governo provvisorio.',
      'Per l’opposizione è la fine di una stagione politica che ha diviso profondamente il paese.',
      'L’affluenza alle ultime elezioni è stata dell’84 per cento.',
      'Gli analisti prevedono una campagna dominata dai prezzi dell’energia e dalla criminalità.',
    ],
    [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], []],
      [[], [3]],
      [[4], [4]],
      [[5], [5]],
    ],
  ],
]

cases.push([
  'a merge of two sentences and a dropped one (2-1, 1-0)',
  [
    'La Svezia terrà elezioni anticipate l’11 settembre dopo che il primo ministro Ulf Kristersson ha perso un voto di fiducia: il voto in parlamento è finito 175 a 174.',
    'Kristersson ha detto che resterà alla guida di un governo provvisorio.',
    'I socialdemocratici sono in testa nei sondaggi da marzo.',
    'Gli analisti prevedono una campagna dominata dai prezzi dell’energia e dalla criminalità.',
  ],
  [
    [[0, 1], [0]],
    [[2], [1]],
    [[3], [2]],
    [[4], []],
    [[5], [3]],
  ],
])

// With the lexicon's lemmas and translations when its data is installed (the default), and on
// cognates, names and numbers alone: the cases must come out right either way.
const configurations: Array<[name: string, scorers: Scorer[] | undefined]> = [
  ['the default scorers', undefined],
  [
    'no lexicon',
    [
      lengthScorer(),
      numbersScorer(),
      cognatesScorer(),
      coverageScorer({ lexicon: false }),
      joinsScorer({ lexicon: false }),
    ],
  ],
]

describe('alignSentences on rewritten news', () => {
  // The lexicon reads its data on first use: once, outside the timed tests.
  beforeAll(() => {
    lexicalKeyer().italian('Il voto in parlamento.')
  }, 60_000)

  describe.each(configurations)('with %s', (_, scorers) => {
    it.each(cases)('finds %s', (_, italian, expected) => {
      const beads = alignSentences(story, italian, { scorers })
      expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected)
    })
    it.each(floodCases)('finds %s', (_, italian, expected) => {
      const beads = alignSentences(floods, italian, { scorers })
      expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected)
    })
    it.skip.each(hard)(
      'finds %s (known failure: short sentences sharing no word still pair as a bad 1-1)',
      (_, italian, expected) => {
        const beads = alignSentences(story, italian, { scorers })
        expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected)
      },
    )
  })

  it.skipIf(!lexiconHasData()).each(lexiconCases)(
    'finds %s with the lexicon',
    (_, italian, expected) => {
      const beads = alignSentences(floods, italian)
      expect(beads.map((bead) => [bead.source, bead.target])).toEqual(expected)
    },
  )

  it.each(joins)('finds the joined clauses of %s', (sentence, clauses) => {
    expect(joinOffsets(sentence).map((offset) => sentence.slice(offset))).toEqual(clauses)
  })

  const joinedSentences = [
    ...joins.map(([sentence]) => sentence),
    'Nel 2024 Il governo ha detto: «Sì»; poi È partito, e 17 persone sono rimaste.',
    'Schäuble ha parlato a Dell’Orto; L’Aquila e Sant’Elia, ma non Roma: 1.500 euro.',
  ]

  it.each(joinedSentences)(
    'counts the words before each join of %s as the part alone has them',
    (sentence) => {
      for (const lexicon of [false, true]) {
        const keyer = lexicalKeyer({ lexicon: lexicon && lexiconHasData() })
        const starts = keyer.italianWordStarts(sentence)
        expect(starts).toHaveLength(keyer.italianWords(sentence).length)
        for (const offset of joinOffsets(sentence)) {
          const before = starts.filter((start) => start < offset).length
          expect(before).toBe(keyer.italianWords(sentence.slice(0, offset)).length)
        }
      }
    },
  )

  it('keeps weak pairs with weakPairs, as the quote tracer asks', () => {
    const [, italian] = floodCases[0] as Case
    const beads = alignSentences(floods, italian, { weakPairs: true })
    expect(beads.map((bead) => [bead.source, bead.target])).toContainEqual([
      [3, 4],
      [3, 4],
    ])
  })

  it('rejects a weakPairs that is not a boolean', () => {
    expect(() => alignSentences(floods, ['Uno.'], { weakPairs: 'yes' as never })).toThrow(
      /alignSentences: `options.weakPairs` must be a boolean/,
    )
    expect(() => coverageScorer({ weakPairs: 1 as never })).toThrow(/options.weakPairs/)
  })

  it('scores a pair that does not translate below unrelated sentences', () => {
    const scorer = coverageScorer({ lexicon: false })
    const score = scorer.prepare(
      story,
      [
        'Il voto in parlamento è finito 175 a 174.',
        'Una crisi che nessuno si aspettava, scrivono i giornali.',
      ],
      { sourceLanguage: 'en', targetLanguage: 'it' },
    )
    expect(score(1, 2, 0, 1)).toBeGreaterThan(0.5)
    expect(score(1, 2, 1, 2)).toBeLessThan(0.5)
    expect(score(1, 2, 1, 1)).toBeNull()
  })
})
