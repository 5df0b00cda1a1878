// Glossary matching at scale: a 10,000-concept term base over 1,000,000 words, against the
// baseline of one regular expression per term (as textlint-rule-terminology and prh work),
// measured in the same run.
import { createGlossary } from '@fonte/glossary'

/** A deterministic pseudo-random generator, so every run measures the same data. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

// Term words and running text are drawn from different syllables, so that terms occur where they
// are put; running text also reuses single words of terms, as real text does.
const termSyllables = [
  'ca',
  'ro',
  'mi',
  'te',
  'lu',
  'sa',
  'no',
  'vi',
  'de',
  'pa',
  'gi',
  'to',
  'ri',
  'se',
  'la',
  'mo',
]
const textSyllables = [
  'ba',
  'fe',
  'zo',
  'ci',
  'du',
  'ne',
  'po',
  'gu',
  'le',
  'ma',
  'ti',
  've',
  'so',
  'ra',
  'co',
  'di',
]
const endings = ['o', 'a', 'e', 'i']

function word(next, syllables = termSyllables) {
  let text = ''
  const length = 2 + Math.floor(next() * 3)
  for (let index = 0; index < length; index++)
    text += syllables[Math.floor(next() * syllables.length)]
  return text + endings[Math.floor(next() * endings.length)]
}

/** A term base of `size` concepts with a preferred and a forbidden Italian term each. */
export function syntheticTermBase(size, next = random(42)) {
  const concepts = []
  for (let index = 0; index < size; index++) {
    const words = 1 + Math.floor(next() * 3)
    const preferred = Array.from({ length: words }, () => word(next)).join(' ')
    const forbidden = Array.from({ length: words }, () => word(next)).join(' ')
    concepts.push({
      id: `c${index}`,
      terms: [
        { text: `concept ${index}`, language: 'en', status: 'preferred', caseSensitive: false },
        { text: preferred, language: 'it', status: 'preferred', caseSensitive: false },
        { text: forbidden, language: 'it', status: 'forbidden', caseSensitive: false },
      ],
    })
  }
  return { concepts, files: ['synthetic'] }
}

/** `count` words of text: vocabulary words, with a term of the base every 50 words or so. */
export function syntheticText(termBase, count, next = random(7)) {
  const termWords = termBase.concepts.flatMap((concept) => concept.terms[1].text.split(' '))
  const parts = []
  let words = 0
  while (words < count) {
    const dice = next()
    if (dice < 0.02) {
      const concept = termBase.concepts[Math.floor(next() * termBase.concepts.length)]
      const term = concept.terms[1 + Math.floor(next() * 2)].text
      parts.push(term)
      words += term.split(' ').length
    } else if (dice < 0.1) {
      parts.push(termWords[Math.floor(next() * termWords.length)])
      words++
    } else {
      parts.push(word(next, textSyllables))
      words++
    }
    if (next() < 0.07) parts.push('.')
  }
  return parts.join(' ').replace(/ \./g, '.')
}

/** The baseline: one Unicode-aware regular expression per term, run over the text in turn. */
export function regexBaseline(termBase) {
  const patterns = termBase.concepts.flatMap((concept) =>
    concept.terms
      .filter((term) => term.language === 'it')
      .map(
        (term) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${term.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
            'giu',
          ),
      ),
  )
  return (text) => {
    let found = 0
    for (const pattern of patterns) {
      pattern.lastIndex = 0
      while (pattern.exec(text)) found++
    }
    return found
  }
}

function timed(run, minimumMs) {
  const started = performance.now()
  let runs = 0
  let result
  do {
    result = run()
    runs++
  } while (performance.now() - started < minimumMs)
  return { ms: (performance.now() - started) / runs, result }
}

/** Runs the glossary benchmark; returns Markdown table rows. */
export async function benchGlossary() {
  const concepts = 10_000
  const termBase = syntheticTermBase(concepts)
  const heapBefore = process.memoryUsage().heapUsed
  const compileStart = performance.now()
  const glossary = createGlossary(termBase)
  const compileMs = performance.now() - compileStart
  const heapAfter = process.memoryUsage().heapUsed

  const words = 1_000_000
  const text = syntheticText(termBase, words)
  // Terms are classed by the lexicon when a text first holds a form they could have: the first
  // match pays for those, and is reported apart.
  const firstStart = performance.now()
  glossary.target.match(text)
  const firstMs = performance.now() - firstStart
  const fonte = timed(() => glossary.target.match(text).length, 3000)

  // The baseline's cost is (terms × text length); it is measured on a 10,000-word sample of the
  // same text, since over the full text it would run for minutes.
  const sampleWords = 10_000
  const sample = syntheticText(termBase, sampleWords, random(9))
  const baseline = regexBaseline(termBase)
  baseline(sample)
  const regex = timed(() => baseline(sample), 3000)

  const fonteRate = words / (fonte.ms / 1000)
  const regexRate = sampleWords / (regex.ms / 1000)
  return {
    header: ['task', 'words/s', 'time', 'speed vs baseline'],
    rows: [
      [
        'per-term regular expressions (baseline), 10,000-word sample',
        format(regexRate),
        `${regex.ms.toFixed(0)} ms`,
        '1×',
      ],
      [
        'fonte TermMatcher, 1,000,000 words',
        format(fonteRate),
        `${fonte.ms.toFixed(0)} ms`,
        `${(fonteRate / regexRate).toFixed(0)}×`,
      ],
    ],
    note:
      `Term base: ${concepts.toLocaleString('en')} concepts, ${glossary.target.size.toLocaleString('en')} Italian terms of 1–3 words ` +
      `(compiled in ${compileMs.toFixed(0)} ms, ${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MB of heap; ` +
      `the first match over the text, which classes the terms it meets, took ${firstMs.toFixed(0)} ms); ` +
      `${fonte.result.toLocaleString('en')} occurrences found. fonte also matches every inflected form, which the baseline does not.`,
  }
}

function format(rate) {
  return rate >= 1e6
    ? `${(rate / 1e6).toFixed(2)} M`
    : rate >= 1e3
      ? `${(rate / 1e3).toFixed(1)} k`
      : rate.toFixed(0)
}
