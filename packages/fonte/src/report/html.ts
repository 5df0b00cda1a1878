import type { AlignedQuote, RenderingGroup } from '@fonte/align'
import { diffRenderings } from '@fonte/align'
import type { VFileMessage } from 'vfile-message'

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
  sources: Array<{ file: string; text: string }>
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

interface Annotation {
  start: number
  end: number
  attribute: string
  value: number
  className: string
}

/**
 * An annotation for each entry that has a range: `attribute` carries the entry's index, so that a
 * click finds it in the page's data.
 */
function marks<Entry>(
  entries: readonly Entry[],
  attribute: string,
  className: string,
  range: (entry: Entry) => { start: number; end: number } | undefined,
): Annotation[] {
  return entries.flatMap((entry, value) => {
    const found = range(entry)
    return found ? [{ start: found.start, end: found.end, attribute, value, className }] : []
  })
}

/**
 * Text with overlapping annotations, as HTML: the text is cut at every annotation edge and each
 * piece is one `<span>` carrying every annotation over it, so overlaps never break nesting.
 * Blank lines become paragraph breaks.
 */
function annotate(
  text: string,
  from: number,
  to: number,
  annotations: readonly Annotation[],
): string {
  const edges = new Set<number>([from, to])
  for (const annotation of annotations) {
    if (annotation.end <= from || annotation.start >= to) continue
    edges.add(Math.max(from, annotation.start))
    edges.add(Math.min(to, annotation.end))
  }
  const cuts = [...edges].sort((a, b) => a - b)
  let html = ''
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] as number
    const end = cuts[index + 1] as number
    const piece = escapeHtml(text.slice(start, end))
      .replace(/\n\s*\n/g, '</p><p>')
      .replace(/\n/g, '<br>')
    const over = annotations.filter(
      (annotation) => annotation.start <= start && annotation.end >= end,
    )
    if (over.length === 0) {
      html += piece
      continue
    }
    const classes = [...new Set(over.map((annotation) => annotation.className))].join(' ')
    const attributes = over
      .map((annotation) => ` ${annotation.attribute}="${annotation.value}"`)
      .join('')
    html += `<span class="${classes}"${dedupe(attributes)}>${piece}</span>`
  }
  return `<p>${html}</p>`
}

/** Keep the first of repeated attributes (two quotes over one piece: the inner one wins). */
function dedupe(attributes: string): string {
  const seen = new Set<string>()
  return attributes
    .split(' ')
    .filter((part) => {
      const name = part.split('=')[0] as string
      if (!part || seen.has(name)) return false
      seen.add(name)
      return true
    })
    .map((part) => ` ${part}`)
    .join('')
}

const style = `
:root { color-scheme: light dark; --mark: #fff3b0; --quote: #d8ecff; --error: #ffd6d6; --warn: #ffe9c7; --on: #8fd18f; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, sans-serif; margin: 0; padding: 1rem; max-width: 84rem; margin-inline: auto; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
@media (max-width: 50rem) { .columns { grid-template-columns: 1fr; } table { display: block; overflow-x: auto; font-size: .9rem; } }
.panel { border: 1px solid #8884; border-radius: .5rem; padding: .5rem 1rem; overflow-wrap: anywhere; }
.s { cursor: pointer; } .s:hover { background: var(--mark); }
.q { background: var(--quote); cursor: pointer; border-bottom: 2px solid #3b82f6; }
.f.error { text-decoration: underline wavy #dc2626; } .f.warning { text-decoration: underline wavy #d97706; }
.on { background: var(--on) !important; }
#detail { position: sticky; top: 0; background: Canvas; z-index: 1; min-height: 3rem; }
table { border-collapse: collapse; } td, th { padding: .25rem .6rem; border-bottom: 1px solid #8884; text-align: left; }
ins { background: #c8f7c5; text-decoration: none; } del { background: #ffd0d0; }
.muted { opacity: .7; }
`

const script = `
const detail = document.getElementById('detail');
const data = JSON.parse(document.getElementById('data').textContent);
function select(kind, index) {
  document.querySelectorAll('.on').forEach((node) => node.classList.remove('on'));
  const entry = data[kind][index];
  document.querySelectorAll('[data-' + kind + '="' + index + '"]').forEach((node) => node.classList.add('on'));
  const targets = document.querySelectorAll('[data-en' + kind + '="' + index + '"]');
  targets.forEach((node) => node.classList.add('on'));
  if (targets[0]) targets[0].scrollIntoView({ block: 'nearest' });
  detail.replaceChildren();
  const said = document.createElement('p');
  said.textContent = entry.text;
  const found = document.createElement('p');
  found.className = 'original';
  found.textContent = entry.match ? entry.match.text + ' (' + entry.match.file + ', score ' + entry.match.score.toFixed(2) + ')' : 'no original found';
  detail.append(said, found);
}
document.addEventListener('click', (event) => {
  const node = event.target.closest('[data-q], [data-s]');
  if (!node) return;
  if (node.dataset.q !== undefined) select('q', Number(node.dataset.q));
  else select('s', Number(node.dataset.s));
});
`

function page(title: string, body: string, data?: unknown): string {
  return [
    '<!doctype html>',
    '<html lang="it">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    data === undefined
      ? ''
      : `<script type="application/json" id="data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script><script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** The page of one article: Italian beside English, quotations, sentences and findings linked. */
export function articlePage(article: ReportArticle): string {
  const annotations: Annotation[] = [
    ...marks(article.sentences, 'data-s', 's', (sentence) => sentence),
    ...marks(article.quotes, 'data-q', 'q', (quote) => quote),
  ]
  article.findings.forEach((finding, index) => {
    const place = finding.place && 'start' in finding.place ? finding.place : undefined
    if (!place || place.start.offset === undefined || place.end.offset === undefined) return
    annotations.push({
      start: place.start.offset,
      end: place.end.offset,
      attribute: 'data-f',
      value: index,
      className: `f ${finding.fatal ? 'error' : 'warning'}`,
    })
  })
  const italian = annotate(article.text, article.bodyStart, article.text.length, annotations)

  const english = article.sources
    .map((source) => {
      const inSource = (entry: AlignedQuote) =>
        entry.match?.file === source.file ? entry.match : undefined
      const originals = [
        ...marks(article.quotes, 'data-enq', 'm', inSource),
        ...marks(article.sentences, 'data-ens', 'm', inSource),
      ]
      const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source.text)
      const from = frontMatter ? frontMatter[0].length : 0
      return `<h3>${escapeHtml(source.file)}</h3>${annotate(source.text, from, source.text.length, originals)}`
    })
    .join('\n')

  const findings = article.findings
    .map((finding) => {
      const suggestion = finding.expected?.length
        ? ` → <strong>${escapeHtml(finding.expected[0] as string)}</strong>`
        : ''
      return `<li><span class="muted">${finding.line}:${finding.column} ${escapeHtml(finding.ruleId ?? '')}</span> ${escapeHtml(finding.reason)}${suggestion}</li>`
    })
    .join('\n')
  const quotes = article.quotes
    .map(
      (quote, index) =>
        `<tr><td><span class="q" data-q="${index}">${escapeHtml(quote.text)}</span></td><td>${
          quote.match
            ? `${escapeHtml(quote.match.text)} <span class="muted">${quote.match.score.toFixed(2)}</span>`
            : '<em>no original found</em>'
        }</td></tr>`,
    )
    .join('\n')

  const body = `
<p><a href="index.html">← all articles</a></p>
<h1>${escapeHtml(article.title)}</h1>
<p class="muted">${escapeHtml(article.file)} · ${article.sentences.length} sentences · ${article.quotes.length} quotations, ${
    article.quotes.filter((quote) => quote.match).length
  } traced · ${article.findings.length} glossary findings. Click a sentence or a quotation to see its original.</p>
<div id="detail" class="panel" aria-live="polite"><p class="muted">Nothing selected.</p></div>
<div class="columns">
<section class="panel" lang="it"><h2>Italiano</h2>${italian}</section>
<section class="panel" lang="en"><h2>English sources</h2>${english || '<p><em>No English source for this article.</em></p>'}</section>
</div>
<h2>Quotations</h2>
<table><tr><th>Italian</th><th>English original</th></tr>${quotes}</table>
<h2>Glossary findings</h2>
<ul>${findings || '<li>None.</li>'}</ul>`
  return page(article.title, body, { q: article.quotes, s: article.sentences })
}

/** The index page: a summary table, and the renderings of shared quotations with word diffs. */
export function indexPage(
  articles: readonly ReportArticle[],
  groups: readonly RenderingGroup[],
): string {
  const rows = articles
    .map((article) => {
      const errors = article.findings.filter((finding) => finding.fatal).length
      return `<tr><td><a href="${escapeHtml(article.id)}.html">${escapeHtml(article.title)}</a></td><td>${article.sentences.length}</td><td>${
        article.quotes.filter((quote) => quote.match).length
      } / ${article.quotes.length}</td><td>${errors}</td><td>${article.findings.length - errors}</td></tr>`
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
          return `<li><span class="muted">${escapeHtml(other.file)}</span><br>${marked}</li>`
        })
        .join('\n')
      const concept = group.concept
        ? ` <span class="muted">glossary concept ${escapeHtml(group.concept)}</span>`
        : ''
      return `<li><strong>${escapeHtml(group.original.text)}</strong> <span class="muted">(${escapeHtml(group.original.file)})</span>${concept}<ul><li><span class="muted">${escapeHtml(first.file)}</span><br>${escapeHtml(first.text)}</li>${diffs}</ul></li>`
    })
    .join('\n')
  const body = `
<h1>fonte report</h1>
<table><tr><th>article</th><th>sentences</th><th>quotations traced</th><th>errors</th><th>warnings</th></tr>${rows}</table>
<h2>Renderings of the same original</h2>
<ul>${renderings || '<li>None found.</li>'}</ul>`
  return page('fonte report', body)
}
