/**
 * The article page's script (inline, no network): activating a unit or a finding (click, Enter,
 * Space, or a link to it) shows its original in the panel and highlights it in the English
 * without moving the Italian. On a wide screen only the English column scrolls; on a phone the
 * panel moves under the paragraph of the unit, the page is shifted back by what moved above the
 * unit, and a button leads to the English and back.
 */
export const script = `
(() => {
  const data = JSON.parse(document.getElementById('fonte-data').textContent);
  const panel = document.querySelector('[data-fonte-original]');
  const side = panel.parentElement;
  const english = document.querySelector('.en');
  const back = document.getElementById('back');
  const narrow = window.matchMedia('(max-width: 50rem)');
  const touched = new Map();
  let active = null;

  const runsOf = (block) => block.dataset.runs.split(';').filter(Boolean).map((run) => run.split(',').map(Number));
  function startText(runs, offset) {
    for (const [text, source, length] of runs) {
      if (offset < source) return text;
      if (offset < source + length) return text + offset - source;
    }
    return null;
  }
  function endText(runs, offset) {
    let previous = null;
    for (const [text, source, length] of runs) {
      if (offset <= source) return previous;
      if (offset <= source + length) return text + offset - source;
      previous = text + length;
    }
    return previous;
  }
  function textPosition(block, offset) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let at = 0;
    let node;
    let last = null;
    while ((node = walker.nextNode())) {
      if (offset <= at + node.data.length) return [node, offset - at];
      at += node.data.length;
      last = node;
    }
    return last ? [last, last.data.length] : [block, 0];
  }
  function clearMatch() {
    for (const [block, html] of touched) block.innerHTML = html;
    touched.clear();
  }
  // Wrap the English words of a match, block by block; the first part carries the hook.
  function highlight(match, id) {
    clearMatch();
    if (!match) return null;
    const source = english.querySelector('[data-source="' + match.source + '"]');
    if (!source) return null;
    let first = null;
    for (const block of source.querySelectorAll('[data-runs]')) {
      const runs = runsOf(block);
      if (runs.length === 0) continue;
      const last = runs[runs.length - 1];
      const from = Math.max(match.start, runs[0][1]);
      const to = Math.min(match.end, last[1] + last[2]);
      if (from >= to) continue;
      const start = startText(runs, from);
      const end = endText(runs, to);
      if (start === null || end === null || start >= end) continue;
      touched.set(block, block.innerHTML);
      const range = document.createRange();
      range.setStart(...textPosition(block, start));
      range.setEnd(...textPosition(block, end));
      const mark = document.createElement('mark');
      mark.className = 'match';
      if (!first) {
        mark.setAttribute('data-fonte-match', id);
        first = mark;
      }
      mark.append(range.extractContents());
      range.insertNode(mark);
    }
    return first;
  }

  function paragraph(text, className, lang) {
    const node = document.createElement('p');
    node.textContent = text;
    if (className) node.className = className;
    if (lang) node.lang = lang;
    return node;
  }
  function originalOf(match) {
    if (!match) return [paragraph('no original found', 'original')];
    const meta = document.createElement('p');
    meta.className = 'muted';
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = 'probability ' + Math.round(match.score * 100) + ' %';
    meta.append(score, ' · ' + match.file);
    return [paragraph(match.text, 'original', 'en'), meta];
  }
  function toEnglishButton(mark) {
    if (!mark || !narrow.matches) return [];
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Show it in the English sources';
    button.addEventListener('click', () => {
      mark.scrollIntoView({ block: 'center' });
      back.hidden = false;
    });
    return [button];
  }

  function unitContent(index) {
    const unit = data.units[index];
    const label = unit.kind === 'quote' ? 'Quotation' : unit.reported ? 'Sentence (reported speech)' : 'Sentence';
    return { nodes: [paragraph(label, 'label'), paragraph(unit.text, 'italian', 'it'), ...originalOf(unit.match)], match: unit.match };
  }
  function findingContent(index) {
    const finding = data.findings[index];
    const head = paragraph((finding.severity === 'error' ? 'Glossary error' : 'Glossary warning') + ' · ' + finding.rule, 'label');
    const message = document.createElement('p');
    message.innerHTML = finding.html;
    const nodes = [head, message];
    if (finding.suggestion) nodes.push(paragraph('Suggestion: ' + finding.suggestion));
    const unit = finding.unit === null ? null : data.units[finding.unit];
    if (unit) nodes.push(paragraph('Original of its sentence:', 'label'), ...originalOf(unit.match));
    return { nodes, match: unit ? unit.match : null };
  }

  // before: where the unit was on the screen before the panel changed (it may be above it).
  function place(target, before) {
    if (narrow.matches) {
      // Under the sentence the unit is in (its last part), inside the paragraph.
      const sentence = target.closest('.sentence');
      const parts = sentence ? document.querySelectorAll('[data-u="' + sentence.dataset.u + '"]') : [];
      const after = parts.length ? parts[parts.length - 1] : target;
      if (after.nextSibling !== panel) after.after(panel);
      panel.classList.add('inline');
    } else if (panel.parentElement !== side) {
      side.prepend(panel);
      panel.classList.remove('inline');
    }
    // Whatever moved above the unit, the unit stays where it was on the screen.
    const shift = target.getBoundingClientRect().top - before;
    if (shift) window.scrollBy(0, shift);
    if (narrow.matches) {
      const box = panel.getBoundingClientRect();
      const over = box.bottom - window.innerHeight + 8;
      if (over > 0) window.scrollBy(0, Math.min(over, target.getBoundingClientRect().top - 8));
    }
  }
  function reveal(mark) {
    if (!mark || narrow.matches) return;
    const box = english.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    const at = mark.getBoundingClientRect();
    if (at.top < top + 8 || at.bottom > bottom - 8) english.scrollTop += at.top - top - 16;
  }

  function activate(node) {
    const finding = node.closest('[data-f]');
    const unit = finding ? null : node.closest('[data-u]');
    if (!finding && !unit) return;
    const kind = finding ? 'f' : 'u';
    const index = Number(finding ? finding.dataset.f : unit.dataset.u);
    const target = document.getElementById(kind + '-' + index) || node;
    const before = target.getBoundingClientRect().top;
    back.hidden = true;
    document.querySelectorAll('.active').forEach((other) => other.classList.remove('active'));
    document.querySelectorAll('[data-' + kind + '="' + index + '"]').forEach((part) => part.classList.add('active'));
    const content = finding ? findingContent(index) : unitContent(index);
    const mark = highlight(content.match, kind + '-' + index);
    panel.replaceChildren(...content.nodes, ...toEnglishButton(mark));
    // On a phone the English column is far below: the highlighted English in sight is the
    // panel's, under the unit, so the hook goes there (still on one span only).
    const inPanel = panel.querySelector('.original[lang="en"]');
    if (mark && inPanel && narrow.matches) {
      const span = document.createElement('mark');
      span.className = 'match';
      span.setAttribute('data-fonte-match', mark.getAttribute('data-fonte-match'));
      span.append(...inPanel.childNodes);
      inPanel.append(span);
      mark.removeAttribute('data-fonte-match');
    }
    active = target;
    place(target, before);
    reveal(mark);
  }

  document.addEventListener('click', (event) => {
    if (event.target.closest('a, button')) return;
    const node = event.target.closest('[data-f], [data-u]');
    if (node) activate(node);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const node = event.target;
    if (!(node instanceof Element) || !node.matches('[data-fonte-unit], [data-fonte-finding]')) return;
    event.preventDefault();
    activate(node);
  });
  back.addEventListener('click', () => {
    back.hidden = true;
    if (!active) return;
    active.scrollIntoView({ block: 'center' });
    active.focus({ preventScroll: true });
  });
  function fromHash() {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target || !target.matches('[data-fonte-unit], [data-fonte-finding]')) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    activate(target);
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
`
