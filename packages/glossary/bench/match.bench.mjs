// Glossary matching at scale: synthetic term bases of 1,000, 10,000 and 100,000 concepts over the
// same text for every side, against the strongest peer, an Aho–Corasick automaton from npm
// (modern-ahocorasick), and against one regular expression per term (as textlint-rule-terminology
// and prh work) where that finishes; alternated rounds, and the spans each side found beside it.
import AhoCorasick from 'modern-ahocorasick'
import { createGlossary } from '@fonte/glossary'
import {
  alternate,
  cpuSince,
  formatMs,
  formatRate,
  formatRatio,
  formatTime,
  methodNote,
  ratio,
} from '../../../scripts/bench-lib.mjs'

const rounds = 5
/** Term-base sizes and the text each is matched over (the same text for every matcher). */
const sizes = [
  { concepts: 1_000, words: 10_000, regex: true },
  { concepts: 10_000, words: 10_000, regex: false },
  { concepts: 100_000, words: 10_000, regex: false },
]

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

/** Italian terms of a synthetic term base. */
function italianTerms(termBase) {
  return termBase.concepts.flatMap((concept) =>
    concept.terms.filter((term) => term.language === 'it').map((term) => term.text),
  )
}

/**
 * A peer: one Unicode-aware regular expression per term, run over the text in turn (as
 * textlint-rule-terminology and prh work). Returns the spans it finds as `start:end`.
 */
export function regexBaseline(termBase) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = italianTerms(termBase).map(
    (term) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu'),
  )
  return (text) => {
    const spans = []
    for (const pattern of patterns) {
      pattern.lastIndex = 0
      for (let match; (match = pattern.exec(text));) {
        spans.push(`${match.index}:${match.index + match[0].length}`)
      }
    }
    return spans
  }
}

const wordCharacter = /[\p{L}\p{N}]/u

/**
 * The strongest peer: one Aho–Corasick automaton (modern-ahocorasick) of the lower-cased terms over
 * the lower-cased text, every hit kept that starts and ends at a word boundary (its own
 * `wholeWord` option segments the text with Intl.Segmenter, slower). `strategy` is the library's:
 * `all` returns every occurrence, overlaps included, as fonte does; `leftmost-longest` one per
 * place, much faster, but a hit inside a longer word can hide a term that starts within it.
 */
export function ahoCorasickBaseline(termBase, strategy = 'all') {
  const automaton = new AhoCorasick(italianTerms(termBase).map((term) => term.toLowerCase()))
  return (text) => {
    const spans = []
    for (const hit of automaton.search(text.toLowerCase(), { strategy })) {
      if (hit.start > 0 && wordCharacter.test(text[hit.start - 1])) continue
      if (hit.end < text.length && wordCharacter.test(text[hit.end])) continue
      spans.push(`${hit.start}:${hit.end}`)
    }
    return spans
  }
}

/** fonte's matcher as a function to spans. */
function fonteMatcher(glossary) {
  return (text) => glossary.target.match(text).map((match) => `${match.start}:${match.end}`)
}

/** CPU milliseconds of one call of `build`, and what it built. */
function compiled(build) {
  const started = process.cpuUsage()
  const built = build()
  return { ms: cpuSince(started), built }
}

/** What a side found against fonte: distinct spans, and how many of them fonte found too. */
function found(spans, fonteSpans) {
  const distinct = new Set(spans)
  const shared = [...distinct].filter((span) => fonteSpans.has(span)).length
  return `${distinct.size.toLocaleString('en')} (${shared.toLocaleString('en')})`
}

/** One term-base size: every contender on the same text, alternated; returns table rows. */
async function benchSize({ concepts, words, regex }) {
  const termBase = syntheticTermBase(concepts)
  const text = syntheticText(termBase, words)
  const sides = [
    ['Aho–Corasick, all occurrences', compiled(() => ahoCorasickBaseline(termBase))],
    [
      'Aho–Corasick, leftmost-longest',
      compiled(() => ahoCorasickBaseline(termBase, 'leftmost-longest')),
    ],
    ...(regex
      ? [['one regular expression per term', compiled(() => regexBaseline(termBase))]]
      : []),
    ['fonte TermMatcher', compiled(() => fonteMatcher(createGlossary(termBase)))],
  ]
  // The first match classes the terms the text holds forms of: timed apart, before the rounds.
  const first = compiled(() => sides.at(-1)[1].built(text))
  const times = await alternate(
    sides.map(([name, { built }]) => ({ name, run: () => built(text) })),
    { rounds, warmup: 1, minSampleMs: 50 },
  )
  const fonte = times.get('fonte TermMatcher')
  const fonteSpans = new Set(fonte.result)
  const label = `${concepts.toLocaleString('en')} concepts, ${words.toLocaleString('en')} words`
  return sides.map(([name, { ms }]) => {
    const time = times.get(name)
    return [
      `${label}: ${name}`,
      `${formatRate(words, time.median)} words/s`,
      formatTime(time),
      name.startsWith('fonte')
        ? `${formatMs(ms)} (first match ${formatMs(first.ms)})`
        : formatMs(ms),
      name.startsWith('fonte') ? '' : formatRatio(ratio(time, fonte)),
      name.startsWith('fonte')
        ? `${fonteSpans.size.toLocaleString('en')}`
        : found(time.result, fonteSpans),
    ]
  })
}

/** Runs the glossary benchmark at 1,000, 10,000 and 100,000 concepts; returns a Markdown table. */
export async function benchGlossary() {
  const rows = []
  for (const size of sizes) rows.push(...(await benchSize(size)))
  return {
    header: [
      'term base and text: matcher',
      'words/s (CPU)',
      'time per text',
      'compile',
      'fonte’s speed vs it (> 1: fonte faster)',
      'spans found (of them also fonte’s)',
    ],
    rows,
    note:
      'Aho–Corasick is modern-ahocorasick over the lower-cased text, hits kept at word boundaries. Synthetic term bases of 2 Italian terms (1–3 words) per concept and synthetic text with a term every 50 words or so; ' +
      'within a size every matcher reads the same text. The per-term regular expressions run at 1,000 concepts only ' +
      '(their cost is terms × text; at 10,000 concepts a round would take minutes). fonte also matches inflected forms, which neither peer does: spans only fonte finds ' +
      'are those; a span a peer finds that fonte does not is a shorter term overlapping a longer one (fonte reports the longer) or a miss of fonte’s. ' +
      methodNote(rounds, 1),
  }
}
