/**
 * The report's style sheet: light and dark schemes (contrast at least 4.5:1 for text on every
 * mark), two columns where only the English scrolls on a wide screen, one column with the
 * original inline on a phone, and a visible focus ring.
 */
export const style = `
:root {
  color-scheme: light dark;
  --text: #1a1a1a; --bg: #ffffff; --muted: #555555; --line: #8a8a8a; --panel: #f6f6f4;
  --sentence: #fff1a8; --quote: #d6e8ff; --quote-line: #1d5fbf; --match: #b9f0b9;
  --error: #b3261e; --warning: #8a5300; --boiler: #6b6b6b; --boiler-bg: #eeeeee;
  --focus: #1d5fbf; --ins: #c8f7c5; --del: #ffd6d6; --link: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #ececec; --bg: #121212; --muted: #b8b8b8; --line: #777777; --panel: #1e1e1e;
    --sentence: #4a4000; --quote: #0f3158; --quote-line: #8ab4f8; --match: #145214;
    --error: #ff8a80; --warning: #ffcc80; --boiler: #a8a8a8; --boiler-bg: #262626;
    --focus: #8ab4f8; --ins: #1f4d1c; --del: #5c1f1f; --link: #8ab4f8;
  }
}
* { box-sizing: border-box; }
/* The page script keeps the clicked unit in place itself; the browser's anchoring would move it twice. */
html { background: var(--bg); color: var(--text); overflow-anchor: none; }
body { font: 16px/1.55 system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 90rem; overflow-wrap: anywhere; }
a { color: var(--link); }
h1 { font-size: 1.4rem; margin: .5rem 0; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; } h3, h4, h5, h6 { font-size: 1rem; }
code { font: .95em ui-monospace, monospace; }
.muted { color: var(--muted); }
.panel { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; background: var(--panel); }
/* The reader is the end of the page, so the sticky column is never pushed up by what follows. */
body:has(.reader) { padding-bottom: 0; }
.reader { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
.reader > section h2, .side h2 { margin-top: .5rem; }
.side { position: sticky; top: 0; height: 100vh; display: flex; flex-direction: column; gap: .75rem; padding-block: .5rem; }
.side .detail { flex: 0 0 auto; max-height: 45vh; overflow: auto; }
.side .en { flex: 1 1 auto; min-height: 0; overflow: auto; }
.en { border: 1px solid var(--line); border-radius: .5rem; padding: 0 1rem; }
.detail p { margin: .35rem 0; }
.detail .label { font-weight: 600; }
[data-fonte-unit] { cursor: pointer; border-radius: .15rem; }
.sentence:hover { background: var(--sentence); }
.reported { border-bottom: 1px dotted var(--muted); }
.quote { background: var(--quote); border-bottom: 2px solid var(--quote-line); }
.active, .active .quote, .quote.active { background: var(--sentence); outline: 2px solid var(--quote-line); }
mark.finding { background: transparent; color: inherit; cursor: pointer; text-decoration: underline wavy; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.finding.error { text-decoration-color: var(--error); }
mark.finding.warning { text-decoration-color: var(--warning); }
mark.finding.active { outline: 2px solid var(--error); }
mark.match, [data-fonte-match] { background: var(--match); color: inherit; }
.boilerplate { color: var(--boiler); background: var(--boiler-bg); font-style: italic; }
.boilerplate::before { content: "boilerplate: " attr(data-fonte-boilerplate) " · "; font-size: .8em; font-style: normal; }
:focus-visible { outline: 3px solid var(--focus) !important; outline-offset: 2px; }
.legend ul { list-style: none; padding: 0; margin: .25rem 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.legend .sample { padding: 0 .2rem; }
.score { white-space: nowrap; }
.back { position: fixed; right: 1rem; bottom: 1rem; z-index: 2; font: inherit; padding: .5rem .9rem; border-radius: 1.5rem; border: 1px solid var(--line); background: var(--panel); color: var(--text); }
table { border-collapse: collapse; width: 100%; overflow-wrap: break-word; }
td, th { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
ins { background: var(--ins); color: inherit; text-decoration: none; } del { background: var(--del); color: inherit; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 50rem) {
  body { padding: .75rem; }
  .reader { grid-template-columns: minmax(0, 1fr); }
  .side { position: static; height: auto; display: block; padding: 0; }
  .side .en { overflow: visible; }
  .detail.inline { display: block; margin: .5rem 0 1rem; max-height: none; }
  table, thead, tbody, tr, th, td { display: block; }
  tr { border-bottom: 1px solid var(--line); padding: .3rem 0; }
  th { display: none; }
  td { border: 0; padding: .1rem 0; }
  td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
`
