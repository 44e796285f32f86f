"""The review page's inline style and script: nothing is fetched, so it works from file://.

The script does three things, all in the page: moves between findings with the keyboard,
lets the reviewer mark a change to keep or a selection of text to redact, and writes the
corrections file (`redact.corrections_file`'s format) for download through a Blob, for
`redact batch --corrections` to apply to the whole release on its next run.
"""

from __future__ import annotations

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#8b0000;color:#fff;padding:10px 20px;position:sticky;top:0;z-index:3}
main{max-width:1000px;margin:0 auto;padding:12px 20px 150px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;margin:14px 0;padding:10px 16px}
h1{font-size:18px;margin:4px 0}
h2{font-size:15px;margin:4px 0 8px}
h3{font-size:14px;margin:8px 0 4px}
pre{white-space:pre-wrap;font:14px/1.6 ui-monospace,monospace;margin:0}
mark{background:#ffe08a;border-radius:3px;padding:0 2px;position:relative;cursor:pointer}
mark:hover::after,mark:focus::after{content:"was: " attr(data-was);position:absolute;left:0;
 top:1.6em;background:#222;color:#fff;padding:2px 6px;border-radius:3px;white-space:pre;z-index:2}
mark.keep{background:#c8f0c8;text-decoration:line-through}
.kept{border-bottom:2px dotted #2a7}
.chk{background:#ffd0d0;outline:1px dashed #b00;border-radius:3px}
.chk.redact,.term.redact{background:#222;color:#fff}
.cur{box-shadow:0 0 0 3px #1a5fb4}
small,.muted{color:#555}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}
.stats{display:flex;gap:18px;flex-wrap:wrap}
.stat b{display:block;font-size:22px}
.bad{color:#a00}
ol.checks{margin:4px 0;padding-left:22px;max-height:320px;overflow:auto}
ol.checks li{margin:2px 0}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 4px;font-size:12px;background:#f4f4f4}
#panel{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #8b0000;
 padding:8px 20px;z-index:3;font-size:14px}
#panel .row{display:flex;gap:10px;flex-wrap:wrap;align-items:center}
#panel ul{display:inline;margin:0;padding:0}
#panel li{display:inline-block;margin:2px 6px 2px 0;padding:1px 6px;background:#eef;
 border-radius:3px}
#panel li button{border:0;background:none;cursor:pointer;color:#a00}
"""

SCRIPT = r"""
(() => {
  const data = JSON.parse(document.getElementById('corrections-data').textContent);
  const norm = t => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const keep = new Map(data.keep.map(t => [norm(t), t]));
  const redact = new Map(data.redact.map(([t, k]) => [norm(t), {text: t, type: k}]));
  const types = data.types;
  const $ = id => document.getElementById(id);
  let pending = '';

  function render() {
    document.querySelectorAll('mark.chg').forEach(m => {
      const on = keep.has(norm(m.dataset.was));
      m.classList.toggle('keep', on);
      m.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    document.querySelectorAll('.chk').forEach(c => {
      c.classList.toggle('redact', redact.has(norm(c.textContent)));
    });
    const keepList = $('keep-list'), redactList = $('redact-list');
    keepList.replaceChildren(...[...keep.entries()].map(([key, text]) => item(text, () => {
      keep.delete(key); render();
    })));
    redactList.replaceChildren(...[...redact.entries()].map(([key, entry]) => {
      const li = item(entry.text, () => { redact.delete(key); render(); });
      const select = document.createElement('select');
      select.setAttribute('aria-label', 'type');
      types.forEach(t => select.add(new Option(t, t, false, t === entry.type)));
      select.addEventListener('change', () => { entry.type = select.value; });
      li.insertBefore(select, li.lastChild);
      return li;
    }));
    $('count').textContent = `${keep.size} to keep, ${redact.size} to redact`;
  }

  function item(text, remove) {
    const li = document.createElement('li');
    li.append(text + ' ');
    const button = document.createElement('button');
    button.textContent = '\u00d7';
    button.title = 'remove';
    button.addEventListener('click', remove);
    li.append(button);
    return li;
  }

  function toggleKeep(mark) {
    const key = norm(mark.dataset.was);
    if (keep.has(key)) keep.delete(key); else keep.set(key, mark.dataset.was.trim());
    render();
  }

  function addRedact(text, type) {
    const term = text.replace(/\s+/g, ' ').trim();
    if (!term || term.length > 200) return false;
    redact.set(norm(term), {text: term, type: type || $('add-type').value});
    render();
    return true;
  }

  // Plain YAML only where it reads back as the same string (never a number, date or bool).
  const plain = /^[A-Za-z0-9][A-Za-z0-9 .'\u2019-]*[A-Za-z.]$/;
  const reserved = /^(y|n|yes|no|true|false|on|off|null|0x.*)$/i;
  const scalar = t => plain.test(t) && !reserved.test(t) ? t : JSON.stringify(t);

  function yamlText() {
    const lines = ['# redact corrections: terms kept or redacted in every document of a release'];
    lines.push(keep.size ? 'keep:' : 'keep: []');
    keep.forEach(t => lines.push('  - ' + scalar(t)));
    lines.push(redact.size ? 'redact:' : 'redact: []');
    redact.forEach(e => lines.push('  - text: ' + scalar(e.text), '    type: ' + e.type));
    return lines.join('\n') + '\n';
  }

  function download() {
    const blob = new Blob([yamlText()], {type: 'application/x-yaml'});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'corrections.yaml';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  document.addEventListener('selectionchange', () => {
    const sel = getSelection();
    const at = sel.rangeCount && sel.anchorNode && sel.anchorNode.parentElement;
    const inside = at && at.closest('pre') && !at.closest('mark');  // not a replacement
    if (inside && !sel.isCollapsed) pending = sel.toString();
    $('add-selection').disabled = !pending.trim();
  });
  $('add-selection').addEventListener('mousedown', e => e.preventDefault());
  $('add-selection').addEventListener('click', () => {
    if (addRedact(pending)) { pending = ''; getSelection().removeAllRanges(); }
    $('add-selection').disabled = !pending.trim();
  });
  $('download').addEventListener('click', download);
  document.querySelectorAll('mark.chg').forEach(m => {
    m.addEventListener('click', () => toggleKeep(m));
  });
  document.querySelectorAll('button.redact-this').forEach(b => {
    b.addEventListener('click', () => addRedact(b.dataset.term, b.dataset.type));
  });

  let current = -1;
  function go(selector, step) {
    const items = [...document.querySelectorAll(selector)];
    if (!items.length) return;
    const active = document.activeElement;
    let at = items.indexOf(active);
    if (at < 0) at = items.indexOf(document.querySelector('.cur'));
    at = at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
    document.querySelectorAll('.cur').forEach(e => e.classList.remove('cur'));
    const target = items[at];
    target.classList.add('cur');
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'center'});
    current = at;
  }
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    const onMark = e.target.matches && e.target.matches('mark.chg');
    if ((e.key === 'Enter' || e.key === ' ') && onMark) {
      e.preventDefault(); toggleKeep(e.target); return;
    }
    const moves = {j: ['.nav', 1], k: ['.nav', -1], n: ['.chk', 1], p: ['.chk', -1]};
    if (moves[e.key]) { e.preventDefault(); go(...moves[e.key]); return; }
    if (e.key === 'r' && pending.trim()) { e.preventDefault(); $('add-selection').click(); }
    if (e.key === 'd') { e.preventDefault(); download(); }
  });
  render();
})();
"""
