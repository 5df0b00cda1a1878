import type { AlignedQuote, QuoteMatch, RenderingGroup } from '@fonte/align'
import { diffRenderings } from '@fonte/align'
import type { Root } from 'mdast'
import type { VFileMessage } from 'vfile-message'
import type { Boilerplate } from '../boilerplate/find.js'
import { counted } from '../count.js'
import { escapeHtml } from './escape.js'
import { renderMarkdown, type Wrap } from './markdown.js'
import { script } from './script.js'
import { style } from './styles.js'
import { reportUnits, type ReportUnit } from './units.js'

export { escapeHtml } from './escape.js'

/** One article as the report shows it. */
export interface ReportArticle {
  /** A name for the page (`000_19c8cfac660a9fd1`). */
  id: string
  /** The article's path as given. */
  file: string
  title: string
  /** The article file's text, as read. */
  text: string
  /** Where the text below the front matter starts. */
  bodyStart: number
  sentences: AlignedQuote[]
  quotes: AlignedQuote[]
  findings: VFileMessage[]
  /** Page furniture in the text (default: none). */
  boilerplate?: Boilerplate[] | undefined
  sources: Array<{ file: string; text: string }>
}

/** A match as the page script reads it: which source (index into the page's), and where. */
interface PageMatch extends QuoteMatch {
  source: number
}

/** A probability as the report writes it: "probability 94 %". */
export function probability(score: number): string {
  return `probability ${Math.round(score * 100)} %`
}

/**
 * A finding's message as HTML: the Markdown of glossary messages (`` `term` ``, `*English*`)
 * as elements, not as raw marks.
 */
export function messageHtml(message: string): string {
  return escapeHtml(message.replace(/\\([*_`\\])/g, '$1'))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
}

/** A finding's message as plain text, for a tooltip: quotes where the Markdown had code. */
export function messageText(message: string): string {
  return message
    .replace(/\\([*_`\\])/g, '$1')
    .replace(/`([^`]+)`/g, '“$1”')
    .replace(/\*([^*]+)\*/g, '$1')
}

function findingPlace(finding: VFileMessage): { start: number; end: number } | undefined {
  const place = finding.place && 'start' in finding.place ? finding.place : undefined
  if (!place || place.start.offset === undefined || place.end.offset === undefined) return undefined
  return { start: place.start.offset, end: place.end.offset }
}

function severity(finding: VFileMessage): 'error' | 'warning' {
  return finding.fatal ? 'error' : 'warning'
}

function suggestion(finding: VFileMessage): string | undefined {
  return finding.expected?.length ? (finding.expected[0] as string) : undefined
}

function unitWrap(unit: ReportUnit, index: number): Wrap {
  const classes = `unit ${unit.kind}${unit.reported ? ' reported' : ''}`
  return {
    start: unit.start,
    end: unit.end,
    rank: unit.kind === 'sentence' ? 1 : 2,
    open: `<span class="${classes}" data-fonte-unit="${unit.kind}" data-u="${index}" id="u-${index}" tabindex="0">`,
    again: `<span class="${classes}" data-u="${index}">`,
    close: '</span>',
  }
}

function findingWrap(finding: VFileMessage, index: number): Wrap | undefined {
  const place = findingPlace(finding)
  if (!place) return undefined
  const rule = escapeHtml(finding.ruleId ?? 'glossary')
  const tip = escapeHtml(
    messageText(finding.reason) +
      (suggestion(finding) ? ` Suggestion: ${suggestion(finding)}` : ''),
  )
  const classes = `finding ${severity(finding)}`
  return {
    ...place,
    rank: 3,
    open: `<mark class="${classes}" data-fonte-finding="${rule}" data-f="${index}" id="f-${index}" tabindex="0" title="${tip}" aria-describedby="fd-${index}">`,
    again: `<mark class="${classes}" data-f="${index}">`,
    close: '</mark>',
  }
}

function boilerplateWrap(line: Boilerplate): Wrap {
  const open = `<span class="boilerplate" data-fonte-boilerplate="${line.kind}">`
  return { start: line.start, end: line.end, rank: 0, open, again: open, close: '</span>' }
}

const legend = `<section class="legend panel" data-fonte-legend aria-labelledby="legend-title">
<h2 id="legend-title">Legend</h2>
<ul>
<li><span class="sample sentence" style="background: var(--sentence)">sentence</span>: activate (click, Enter or Space) to see its English original</li>
<li><span class="sample quote">quotation</span>: the words inside quotation marks</li>
<li><span class="sample reported">reported speech</span>: a sentence that reports what someone said</li>
<li><mark class="sample finding error">glossary error</mark> and <mark class="sample finding warning">warning</mark>: activate to see the finding</li>
<li><mark class="sample match">English original</mark> of the active sentence or quotation, with the probability that it is right</li>
<li><span class="sample boilerplate" data-fonte-boilerplate="navigation">Back to top</span>: boilerplate (navigation, bylines, bios, teasers), not counted</li>
</ul>
</section>`

// English sources rendered lately, by text, the least recently used dropped first: a wire feed
// given with --en stands on every article's page, and is rendered once rather than once a page
// (a count of 16 sources rendered a feed of 74 stories again for each page, 0.5 s of CPU on five
// articles). Bounded by the sources' length, as the report may be long.
const renderedSources = new Map<string, string>()
const renderedMostCharacters = 4_000_000
let renderedCharacters = 0

/** An English source's Markdown as HTML, with offset maps for the page script. */
function sourceHtml(text: string): string {
  let html = renderedSources.get(text)
  if (html !== undefined) {
    // Most recently used last: the Map keeps the order of insertion.
    renderedSources.delete(text)
    renderedSources.set(text, html)
    return html
  }
  html = renderMarkdown(text, { runs: true, headingShift: 2 })
  renderedSources.set(text, html)
  renderedCharacters += text.length
  for (const [oldest] of renderedSources) {
    if (renderedCharacters <= renderedMostCharacters || oldest === text) break
    renderedSources.delete(oldest)
    renderedCharacters -= oldest.length
  }
  return html
}

/**
 * The page of one article: Italian beside English, quotations, sentences and findings linked.
 *
 * @param article - The article and its analysis.
 * @param tree - The article's tree, when the analysis parsed it (`parseArticleTree`; optional).
 */
export function articlePage(article: ReportArticle, tree?: Root): string {
  const { units, quotations } = reportUnits(article)
  const boilerplate = article.boilerplate ?? []
  const { shown, hidden } = shownSources(article.sources, units)
  const sourceIndex = new Map(shown.map((source, index) => [source.file, index]))
  const wraps: Wrap[] = [
    ...boilerplate.map(boilerplateWrap),
    ...units.map(unitWrap),
    ...article.findings.flatMap((finding, index) => findingWrap(finding, index) ?? []),
  ]
  const italian = renderMarkdown(article.text, { wraps, headingShift: 2, tree })
  const english = shown
    .map(
      (source, index) =>
        `<article class="source" data-source="${index}" aria-labelledby="source-${index}"><h3 id="source-${index}">${escapeHtml(source.file)}</h3>${sourceHtml(source.text)}</article>`,
    )
    .join('\n')
  const hiddenNote =
    hidden > 0
      ? `<p class="muted">${counted(hidden, 'more English source')} with no sentence or quotation traced to ${hidden === 1 ? 'it' : 'them'}, not shown.</p>`
      : ''

  const sentenceOf = (place: { start: number; end: number } | undefined) =>
    place
      ? units.findIndex(
          (unit) => unit.kind === 'sentence' && unit.start <= place.start && place.start < unit.end,
        )
      : -1
  const data = {
    units: units.map((unit) => ({
      kind: unit.kind,
      text: unit.text,
      reported: unit.reported,
      match: unit.match
        ? ({ ...unit.match, source: sourceIndex.get(unit.match.file) ?? -1 } satisfies PageMatch)
        : null,
    })),
    findings: article.findings.map((finding) => {
      const unit = sentenceOf(findingPlace(finding))
      return {
        rule: finding.ruleId ?? 'glossary',
        severity: severity(finding),
        html: messageHtml(finding.reason),
        suggestion: suggestion(finding) ?? null,
        unit: unit === -1 ? null : unit,
      }
    }),
  }

  const traced = quotations.filter((index) => units[index]?.match).length
  const sentences = units.filter((unit) => unit.kind === 'sentence').length
  const body = `
<header>
<nav><a href="index.html">← all articles</a></nav>
<h1>${escapeHtml(article.title)}</h1>
<p class="muted">${escapeHtml(article.file)} · ${counted(sentences, 'sentence')} · ${counted(quotations.length, 'quotation')}, ${traced} traced · ${counted(boilerplate.length, 'boilerplate line')} left out · ${counted(article.findings.length, 'glossary finding')}</p>
${legend}
</header>
<main class="reader">
<div class="left">
<section class="it" lang="it" aria-labelledby="italian-title"><h2 id="italian-title">Italiano</h2>${italian}</section>
${quotationTable(units, quotations)}
${findingList(article.findings)}
${boilerplateList(boilerplate)}
</div>
<div class="side">
<div id="detail" class="detail panel" data-fonte-original role="region" aria-live="polite" tabindex="0" aria-label="Original"><p class="muted">Activate a sentence, a quotation or a finding to see its original here.</p></div>
<section class="en" lang="en" aria-labelledby="english-title" tabindex="0"><h2 id="english-title">English sources</h2>${english || (hidden > 0 ? '' : '<p><em>No English source for this article.</em></p>')}${hiddenNote}</section>
</div>
</main>
<button type="button" id="back" class="back" hidden>↑ Back to the Italian</button>`
  return page(article.title, body, data)
}

// A page shows every English source of an article that has a few. Of a wire feed given with --en
// (dozens of stories beside each article) it shows those the article's sentences and quotations
// were traced to: 74 stories made each page 330 kB, all of them rendered on every page.
const everySourceUpTo = 8

/** The English sources a page shows, and how many it leaves out. */
function shownSources(
  sources: ReportArticle['sources'],
  units: readonly ReportUnit[],
): { shown: ReportArticle['sources']; hidden: number } {
  if (sources.length <= everySourceUpTo) return { shown: sources, hidden: 0 }
  const traced = new Set(units.flatMap((unit) => (unit.match ? [unit.match.file] : [])))
  const shown = sources.filter((source) => traced.has(source.file))
  return { shown, hidden: sources.length - shown.length }
}

function quotationTable(units: readonly ReportUnit[], quotations: readonly number[]): string {
  const rows = quotations
    .map((index) => {
      const unit = units[index] as ReportUnit
      const kind = unit.kind === 'quote' ? 'quotation' : 'reported speech'
      const original = unit.match
        ? `<span lang="en">${escapeHtml(unit.match.text)}</span> <span class="score muted">${probability(unit.match.score)}</span>`
        : '<em>no original found</em>'
      return `<tr><td data-label="Italian"><a href="#u-${index}" lang="it">${escapeHtml(unit.text)}</a></td><td data-label="kind">${kind}</td><td data-label="English original">${original}</td></tr>`
    })
    .join('\n')
  return `<section aria-labelledby="quotations-title"><h2 id="quotations-title">Quotations</h2>
${rows ? `<table><thead><tr><th scope="col">Italian</th><th scope="col">kind</th><th scope="col">English original</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None.</p>'}</section>`
}

function findingList(findings: readonly VFileMessage[]): string {
  const items = findings
    .map((finding, index) => {
      const place = findingPlace(finding)
      const where = place
        ? `<a href="#f-${index}">line ${finding.line}</a>`
        : `<span>line ${finding.line ?? '?'}</span>`
      const suggested = suggestion(finding)
      const tail = suggested ? ` → <strong>${escapeHtml(suggested)}</strong>` : ''
      return `<li>${where} <span class="muted">${severity(finding)} · ${escapeHtml(finding.ruleId ?? '')}</span> <span id="fd-${index}">${messageHtml(finding.reason)}${tail}</span></li>`
    })
    .join('\n')
  return `<section aria-labelledby="findings-title"><h2 id="findings-title">Glossary findings</h2>
<ul>${items || '<li>None.</li>'}</ul></section>`
}

function boilerplateList(boilerplate: readonly Boilerplate[]): string {
  if (boilerplate.length === 0) return ''
  const items = boilerplate
    .map((line) => `<li><span class="muted">${line.kind}</span> ${escapeHtml(line.text)}</li>`)
    .join('\n')
  return `<section aria-labelledby="boilerplate-title"><h2 id="boilerplate-title">Boilerplate left out</h2>
<p class="muted">Lines of page furniture: not sentences, not quotations, not traced.</p>
<ul lang="it">${items}</ul></section>`
}

function page(title: string, body: string, data?: unknown): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    data === undefined
      ? ''
      : `<script type="application/json" id="fonte-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** The index page: a summary table, and the renderings of shared quotations with word diffs. */
export function indexPage(
  articles: readonly ReportArticle[],
  groups: readonly RenderingGroup[],
): string {
  const rows = articles
    .map((article) => {
      const { units, quotations } = reportUnits(article)
      const errors = article.findings.filter((finding) => finding.fatal).length
      const traced = quotations.filter((index) => units[index]?.match).length
      const sentences = units.filter((unit) => unit.kind === 'sentence').length
      return `<tr><td data-label="article"><a href="${escapeHtml(article.id)}.html" lang="it">${escapeHtml(article.title)}</a></td><td data-label="sentences">${sentences}</td><td data-label="quotations traced">${traced} / ${quotations.length}</td><td data-label="errors">${errors}</td><td data-label="warnings">${article.findings.length - errors}</td></tr>`
    })
    .join('\n')
  const renderings = groups
    .map((group) => {
      const [first, ...others] = group.renderings
      if (!first) return ''
      const diffs = others
        .map((other) => {
          const marked = diffRenderings(first.text, other.text)
            .map((part) =>
              part.added
                ? `<ins>${escapeHtml(part.value)}</ins>`
                : part.removed
                  ? `<del>${escapeHtml(part.value)}</del>`
                  : escapeHtml(part.value),
            )
            .join('')
          return `<li><span class="muted">${escapeHtml(other.file)}</span><br><span lang="it">${marked}</span></li>`
        })
        .join('\n')
      const concept = group.concept
        ? ` <span class="muted">glossary concept ${escapeHtml(group.concept)}</span>`
        : ''
      return `<li><strong lang="en">${escapeHtml(group.original.text)}</strong> <span class="muted">(${escapeHtml(group.original.file)})</span>${concept}<ul><li><span class="muted">${escapeHtml(first.file)}</span><br><span lang="it">${escapeHtml(first.text)}</span></li>${diffs}</ul></li>`
    })
    .join('\n')
  const body = `
<main>
<h1>fonte report</h1>
<table><thead><tr><th scope="col">article</th><th scope="col">sentences</th><th scope="col">quotations traced</th><th scope="col">errors</th><th scope="col">warnings</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Renderings of the same original</h2>
<p class="muted">${counted(groups.length, 'English original')} rendered more than one way; <ins>inserted</ins> and <del>deleted</del> words are against the first rendering.</p>
<ul class="renderings" data-fonte-renderings="${groups.length}">${renderings || '<li>None found.</li>'}</ul>
</main>`
  return page('fonte report', body)
}
