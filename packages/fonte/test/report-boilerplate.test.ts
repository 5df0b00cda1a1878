import { describe, expect, it } from 'vitest'
import { blankBoilerplate, findBoilerplate } from '../src/boilerplate/index.js'
import { asciiCreditLines, creditGuards, creditLines } from '../src/boilerplate/patterns.js'

const article = (lines: string[]) => lines.join('\n\n')
const body =
  'La Corea del Nord ha ratificato il trattato con la Russia, hanno annunciato i media statali.'

describe('findBoilerplate', () => {
  it.each([
    ['navigation', ['Back to top button'], 'navigation'],
    ['navigation in Italian, as a heading', ['## Ultime Notizie'], 'navigation'],
    ['a read-more teaser', ['Scopri di più con Euractiv'], 'teaser'],
    ['an English teaser', ['Read more from Reuters'], 'teaser'],
    ['an NBC credit line', ['Stella Kim ha riferito da Seul, Corea del Sud.'], 'credit'],
    ['a Reuters credit line', ['(Reporting by Hyonhee Shin; Editing by Ed Davies)'], 'credit'],
    [
      'a generated author bio',
      ['“Organizzatore. Appassionato di cultura pop. Esperto di viaggi. Guru del web freelance.”'],
      'bio',
    ],
  ])('recognises %s at the end of an article', (_, lines, kind) => {
    const text = article([body, body, body, ...lines])
    const found = findBoilerplate(text)
    expect(found.map((line) => line.kind)).toEqual(lines.map(() => kind))
    const first = found[0]
    expect(first && text.slice(first.start, first.end)).toBe(lines[0])
  })

  it('takes the headlines after a teaser with it, until the text goes on', () => {
    const text = article([
      body,
      'Scopri di più con Euractiv',
      'Armenia e Azerbaigian scambiano frecciate dopo che la Francia ha promesso obici',
      'Ultime Notizie',
      'Back to top button',
    ])
    expect(findBoilerplate(text).map((line) => line.kind)).toEqual([
      'teaser',
      'teaser',
      'navigation',
      'navigation',
    ])
  })

  it('finds a byline and the bio that opens with the same name', () => {
    const text = article([
      body,
      body,
      body,
      body,
      'Daniele Bianchi',
      'Daniele Bianchi, nativo di Roma, è il creatore del noto sito di informazione Oltre la Linea.',
      body,
      body,
      body,
      body,
    ])
    expect(findBoilerplate(text).map((line) => line.kind)).toEqual(['byline', 'bio'])
  })

  it('calls a name alone in the middle of the text a caption', () => {
    const text = article([body, body, body, 'Vladimir Putin', body, body, body, body])
    expect(findBoilerplate(text).map((line) => line.kind)).toEqual(['caption'])
  })

  it.each([
    ['a sentence', body],
    ['a subheading in sentence case', 'Un patto di mutua difesa'],
    ['a quotation that mentions reading', '“Leggi anche il trattato”, ha detto Kim.'],
    ['reported speech', 'Kim ha detto che il patto è un passo avanti.'],
  ])('leaves %s alone', (_, line) => {
    expect(findBoilerplate(article([body, body, body, line, body, body, body, body]))).toEqual([])
  })

  it('starts after the front matter, and blanking keeps every offset', () => {
    const text = '---\ntitle: Back to top\n---\nUno. Due.\n\nBack to top button\n'
    const found = findBoilerplate(text, text.indexOf('Uno'))
    expect(found).toEqual([{ start: 38, end: 56, kind: 'navigation', text: 'Back to top button' }])
    const blanked = blankBoilerplate(text, found)
    expect(blanked.length).toBe(text.length)
    expect(blanked).toBe(text.replace('Back to top button', ' '.repeat(18)))
  })
})

describe('credit line guards', () => {
  // Lines each credit pattern matches, in the order of `creditLines`: each pattern's guard must
  // let them by, or the pattern would never be tried on them.
  const credits: string[][] = [
    [
      'Stella Kim ha riferito da Seul',
      'ÉLODIE Ñúñez HANNO RIFERITO DA Kyiv',
      'Kim Ha riferito da X',
    ],
    ['Stella Kim reported from Seoul', 'Élodie Núñez reported from\tKyiv'],
    ['(Reporting by Hyonhee Shin; Editing by Ed Davies)'],
    ['a cura di Mario Rossi', '(di Ángela Núñez)', 'testo di Ed Davies', 'di Ed'],
    ['by Élodie Núñez', '(by Ed Davies)'],
    ['(ANSA).'],
  ]

  it.each(creditLines.map((pattern, index) => [String(pattern), index]))(
    'lets by every line that %s matches',
    (_, index) => {
      const lines = credits[index as number] as string[]
      const guard = creditGuards[index as number]
      for (const line of lines) {
        expect(creditLines[index as number]?.test(line), line).toBe(true)
        if (guard) expect(guard.test(line), line).toBe(true)
        if (/^[\x20-\x7E’]*$/.test(line))
          expect(asciiCreditLines[index as number]?.test(line)).toBe(true)
      }
    },
  )

  it.each([
    'Stella kim ha riferito da Seul',
    'stella Kim reported from Seoul',
    'a cura di mario Rossi',
    'by ed',
    'di Mario Rossi, Roma',
    'Kim ha riferito da',
  ])('reads the line of ASCII %j as the Unicode patterns do', (line) => {
    expect(asciiCreditLines.map((pattern) => pattern.test(line))).toEqual(
      creditLines.map((pattern) => pattern.test(line)),
    )
  })

  it('keeps the patterns with Unicode classes off an ordinary line', () => {
    expect(creditGuards.filter((guard) => guard?.test(body))).toEqual([])
    expect(creditGuards.length).toBe(creditLines.length)
  })
})
