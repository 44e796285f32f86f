// redact · the clinicians' page. Hand-written, no libraries, no network beyond this origin.
// Offsets from the server are Unicode code points; the DOM counts UTF-16 units, so every
// span is converted at the boundary (codePoints). Note text is only ever set with
// textContent, never as HTML, and nothing is kept in storage: state lives in this closure.
"use strict";

(() => {
  const $ = (sel) => document.querySelector(sel);
  const TOKEN = document.querySelector('meta[name="redact-token"]').content;
  const MAX_UPLOAD = 5 * 1024 * 1024;
  // Kinds the server reads; all but .txt come back at release as a redacted file of their kind.
  const FILE_KINDS = new Set(["txt", "docx", "pdf", "png", "jpg", "jpeg", "tif", "tiff"]);
  const MAX_HISTORY = 100;
  const ACTIONS = {
    remove: "removed", placeholder: "replaced by its type", pseudonym: "replaced by a pseudonym",
    generalize: "generalised", mask: "masked", keep: "kept by the policy",
  };
  const CATEGORIES = {
    PERSON: "person", DATE_TIME: "date", DATE_OF_BIRTH: "date", AGE: "date",
    LOCATION: "place", STREET_ADDRESS: "place", ZIP_CODE: "place",
    ORGANIZATION: "org", SCHOOL: "org", HEALTHCARE_FACILITY: "org", AGENCY: "org",
    EMPLOYER: "org", NRP: "org", PHONE_NUMBER: "contact", EMAIL_ADDRESS: "contact",
    URL: "contact", IP_ADDRESS: "contact", SOCIAL_HANDLE: "contact", WITHHELD: "withheld",
  };
  const FIELD_LABELS = {
    actor: "Your name", recipient: "Recipient", authority: "Legal authority", subject_ref: "Client id",
  };

  const state = {
    purposes: new Map(), keep: [], add: [], result: null, reviewed: null, text: "",
    seq: 0, busy: false, timer: 0, selection: null, focusStart: null,
    // The opened file ({kind, name, bytes, text}) and earlier states of the corrections.
    file: null, history: [],
  };
  const el = {
    note: $("#note"), file: $("#file"), fileStatus: $("#file-status"), fileError: $("#file-error"),
    purpose: $("#purpose"), description: $("#purpose-description"), subjectField: $("#subject-field"),
    subject: $("#subject"), actor: $("#actor"), check: $("#check"), review: $("#review"),
    warnings: $("#warnings"), warningList: $("#warning-list"), legend: $("#legend"),
    original: $("#original"), output: $("#output"), addType: $("#add-type"),
    addSelection: $("#add-selection"), addWords: $("#add-words"),
    addWordsButton: $("#add-words-button"), reset: $("#reset"), undo: $("#undo"),
    changes: $("#changes"),
    copy: $("#release-copy"), download: $("#release-download"), status: $("#status"),
    error: $("#error"),
  };

  function codePoints(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return { toU16: (i) => i, toCp: (i) => i };
    const cpToU16 = [];
    const u16ToCp = [];
    let u = 0;
    let c = 0;
    for (const ch of text) {
      cpToU16[c] = u;
      for (let k = 0; k < ch.length; k += 1) u16ToCp[u + k] = c;
      u += ch.length;
      c += 1;
    }
    cpToU16[c] = u;
    u16ToCp[u] = c;
    return { toU16: (i) => cpToU16[i], toCp: (i) => u16ToCp[i] };
  }

  function say(message) { el.status.textContent = message; }
  function showError(message) {
    el.error.textContent = message;
    el.error.hidden = !message;
  }

  async function post(path, body, headers = { "Content-Type": "application/json" }) {
    const response = await fetch(path, {
      method: "POST", cache: "no-store", credentials: "same-origin",
      headers: { ...headers, "X-Redact-Token": TOKEN },
      body: headers["Content-Type"] === "application/json" ? JSON.stringify(body) : body,
    });
    let data = null;
    try { data = await response.json(); } catch (_) { data = null; }
    if (!response.ok) {
      const message = data && data.error ? data.error.message : `the server answered ${response.status}`;
      throw new Error(message);
    }
    return data;
  }

  // ---- purposes and fields -------------------------------------------------------------
  function currentPurpose() { return state.purposes.get(el.purpose.value) || null; }

  function showPurpose() {
    const purpose = currentPurpose();
    el.description.textContent = purpose ? purpose.description : "Choose what the note is released for.";
    const required = new Set(purpose ? purpose.required_fields : []);
    document.querySelectorAll("[data-field]").forEach((field) => {
      const name = field.dataset.field;
      field.querySelector(".req").hidden = !required.has(name);
      field.querySelector("input").required = required.has(name);
    });
    el.subjectField.hidden = !(purpose && purpose.keep_subject);
    showWarnings(purpose ? purpose.warnings : []);
  }

  function showWarnings(warnings) {
    el.warningList.replaceChildren(...warnings.map((w) => {
      const li = document.createElement("li");
      li.textContent = w;
      return li;
    }));
    el.warnings.hidden = warnings.length === 0;
  }

  async function loadPurposes() {
    const response = await fetch("/api/purposes", { cache: "no-store" });
    const data = await response.json();
    const placeholder = new Option("Choose a purpose…", "");
    el.purpose.replaceChildren(placeholder);
    for (const p of data.purposes) {
      state.purposes.set(p.name, p);
      el.purpose.append(new Option(p.title, p.name));
    }
    el.addType.replaceChildren(...data.entity_types.map((t) => new Option(t.label, t.type)));
    el.addType.value = "PERSON";
    el.actor.value = document.querySelector('meta[name="redact-actor"]').content;
    showPurpose();
  }

  // ---- review --------------------------------------------------------------------------
  function reviewBody() {
    const subject = el.subjectField.hidden ? [] :
      el.subject.value.split(";").map((s) => s.trim()).filter(Boolean);
    return { text: el.note.value, purpose: el.purpose.value, subject, keep: state.keep, add: state.add };
  }

  function fresh() {
    return state.result !== null && state.reviewed === JSON.stringify(reviewBody()) && !state.busy;
  }

  // ---- the same text everywhere ------------------------------------------------------
  // A keep or a redaction is about a piece of text, not one place: "Alvarez" kept once is
  // kept wherever it is found. Texts are compared ignoring case, runs of white space, a
  // title and a possessive. Keeping "Maria Alvarez" also keeps the findings made of its
  // words alone ("Alvarez", "Ms. Alvarez"): they reveal nothing the kept name does not,
  // and a name shown in one place and pseudonymised further down helps nobody.
  const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/iu;
  function slice(start, end) {
    const map = codePoints(state.text);
    return state.text.slice(map.toU16(start), map.toU16(end));
  }
  function norm(text) {
    return text.replace(/\s+/g, " ").trim().replace(TITLE, "").replace(/['\u2019]s$/iu, "")
      .toLocaleLowerCase();
  }
  function wordsOf(text) { return norm(text).split(" ").filter(Boolean); }
  // True when every word of `text` is one of `words` (a Set).
  function within(text, words) {
    const own = wordsOf(text);
    return own.length > 0 && own.every((w) => words.has(w));
  }
  // How many texts were kept or added, not counting those made of another one's words.
  function distinct(spans) {
    const texts = [...new Set(spans.map(([s, e]) => norm(slice(s, e))))];
    return texts.filter((t) => !texts.some((o) => o !== t && within(t, new Set(wordsOf(o))))).length;
  }

  function fileMatches() {
    return state.file !== null && state.file.kind !== "txt" && el.note.value === state.file.text;
  }

  function updateButtons() {
    el.copy.disabled = el.download.disabled = !fresh();
    el.addSelection.disabled = !state.selection || !fresh();
    const kept = distinct(state.keep);
    const added = distinct(state.add);
    const places = state.keep.length + state.add.length;
    const where = places > kept + added ? ` (${places} places in the note)` : "";
    el.changes.textContent = kept || added ? `Your changes: ${kept} kept, ${added} added${where}.` : "";
    el.reset.hidden = !(kept || added);
    el.undo.hidden = state.history.length === 0;
    el.download.textContent = fileMatches() ? `Release and download the .${state.file.kind}` :
      "Release and download";
  }

  function schedule(delay) {
    clearTimeout(state.timer);
    updateButtons();
    state.timer = setTimeout(review, delay);
  }

  async function review() {
    clearTimeout(state.timer);
    const body = reviewBody();
    if (!body.text.trim() || !body.purpose) {
      state.result = null;
      el.original.replaceChildren(emptyNote(body.text.trim() ? "Choose a purpose to continue." :
        "Paste a note and choose a purpose to see what will be removed."));
      el.output.replaceChildren();
      el.legend.textContent = "";
      updateButtons();
      return;
    }
    const seq = ++state.seq;
    state.busy = true;
    el.review.setAttribute("aria-busy", "true");
    updateButtons();
    say("Finding identifiers…");
    try {
      const result = await post("/api/redact", body);
      if (seq !== state.seq) return;
      state.result = result;
      state.reviewed = JSON.stringify(body);
      state.text = body.text;
      showError("");
      render();
    } catch (error) {
      if (seq === state.seq) { showError(`Could not check the note: ${error.message}.`); say(""); }
    } finally {
      if (seq === state.seq) {
        state.busy = false;
        el.review.removeAttribute("aria-busy");
        updateButtons();
      }
    }
  }

  function emptyNote(message) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    return p;
  }

  function segment(text, start) {
    const span = document.createElement("span");
    span.dataset.s = String(start);
    span.textContent = text;
    return span;
  }

  function describe(f, text) {
    if (f.origin === "withheld") {
      return `${text}: withheld by the policy (${f.topics.join(", ")}); it cannot be kept here.`;
    }
    if (f.origin === "added") return `${text}: ${f.label}, added by you. Press Enter to undo.`;
    if (f.origin === "kept") return `${text}: ${f.label}, kept by you. Press Enter to redact it again.`;
    if (f.action === "keep") return `${text}: ${f.label}, kept by the policy.`;
    return `${text}: ${f.label}, ${ACTIONS[f.action] || f.action}. Press Enter to keep it.`;
  }

  function markFor(f, index, text, start) {
    const mark = document.createElement("mark");
    const category = CATEGORIES[f.entity_type] || "id";
    mark.className = `hl cat-${category} origin-${f.origin}${f.action === "keep" ? " is-kept" : ""}`;
    mark.dataset.s = String(start);
    mark.dataset.i = String(index);
    mark.dataset.type = f.entity_type;
    mark.dataset.start = String(f.start);
    mark.dataset.label = f.origin === "detected" ? f.label :
      f.origin === "withheld" ? `WITHHELD · ${f.topics.join(", ").replaceAll("_", " ")}` :
      `${f.label} · ${f.origin}`;
    mark.textContent = text;
    mark.title = describe(f, "This text");
    const fixed = (f.action === "keep" && f.origin !== "kept") || f.origin === "withheld";
    if (!fixed) {
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      if (f.origin !== "added") mark.setAttribute("aria-pressed", String(f.origin === "kept"));
      mark.setAttribute("aria-label", describe(f, text));
    }
    return mark;
  }

  function renderOriginal(text, findings) {
    const map = codePoints(text);
    const nodes = [];
    let cursor = 0;
    findings.forEach((f, index) => {
      const s = map.toU16(f.start);
      const e = map.toU16(f.end);
      if (s > cursor) nodes.push(segment(text.slice(cursor, s), cursor));
      nodes.push(markFor(f, index, text.slice(s, e), s));
      cursor = e;
    });
    if (cursor < text.length) nodes.push(segment(text.slice(cursor), cursor));
    el.original.replaceChildren(...nodes);
  }

  function renderOutput(text, findings) {
    const map = codePoints(text);
    const nodes = [];
    let cursor = 0;
    for (const f of findings) {
      if (f.action === "keep") continue;
      const s = map.toU16(f.out_start);
      const e = map.toU16(f.out_end);
      if (s > cursor) nodes.push(document.createTextNode(text.slice(cursor, s)));
      const mark = document.createElement("mark");
      mark.className = `out cat-${CATEGORIES[f.entity_type] || "id"}`;
      mark.dataset.type = f.entity_type;
      mark.textContent = text.slice(s, e);
      nodes.push(mark);
      cursor = e;
    }
    if (cursor < text.length) nodes.push(document.createTextNode(text.slice(cursor)));
    el.output.replaceChildren(...nodes);
  }

  function render() {
    const { text, findings, warnings } = state.result;
    renderOriginal(state.text, findings);
    renderOutput(text, findings);
    showWarnings(warnings);
    const counts = new Map();
    for (const f of findings) if (f.action !== "keep") counts.set(f.label, (counts.get(f.label) || 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const parts = [...counts.entries()].sort().map(([label, n]) => `${label} ${n}`).join(" · ");
    el.legend.textContent = total ? `${total} to redact: ${parts}` : "Nothing found to redact.";
    say(total ? `Found ${total} to redact.` : "Nothing found to redact.");
    if (state.focusStart !== null) {
      const again = el.original.querySelector(`mark[data-start="${state.focusStart}"]`);
      if (again) again.focus();
      state.focusStart = null;
    }
  }

  // ---- corrections ---------------------------------------------------------------------
  function remember() {
    state.history = [...state.history.slice(-(MAX_HISTORY - 1)), { keep: state.keep, add: state.add }];
  }

  function undo() {
    const last = state.history[state.history.length - 1];
    if (!last || !fresh()) return;
    state.history = state.history.slice(0, -1);
    state.keep = last.keep;
    state.add = last.add;
    say("Undone.");
    review();
  }

  function toggle(mark) {
    const f = state.result.findings[Number(mark.dataset.i)];
    const text = norm(slice(f.start, f.end));
    const other = ([s, e]) => norm(slice(s, e)) !== text;
    if (f.origin === "added") {
      remember();
      state.add = state.add.filter(([s, e]) => !(s >= f.start && e <= f.end) && other([s, e]));
    } else if (f.origin === "kept") {
      remember();  // what keeping this text kept, taken back alike
      const words = new Set(wordsOf(slice(f.start, f.end)));
      state.keep = state.keep.filter(([s, e]) => !within(slice(s, e), words));
    } else if (f.action !== "keep") {
      remember();
      const words = new Set(wordsOf(slice(f.start, f.end)));
      const same = state.result.findings.filter((g) =>
        g.origin === "detected" && g.action !== "keep" && within(slice(g.start, g.end), words));
      state.keep = [...state.keep, ...same.map((g) => [g.start, g.end])];
    } else {
      return;
    }
    state.focusStart = f.start;
    review();
  }

  function pointOffset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const host = node.parentElement && node.parentElement.closest("[data-s]");
      return host ? Number(host.dataset.s) + offset : null;
    }
    if (node === el.original) {
      const child = node.childNodes[offset];
      return child ? Number(child.dataset.s) : state.text.length;
    }
    const host = node.closest && node.closest("[data-s]");
    if (!host) return null;
    return Number(host.dataset.s) + (offset === 0 ? 0 : host.textContent.length);
  }

  function readSelection() {
    const selection = window.getSelection();
    state.selection = null;
    if (selection.rangeCount && !selection.isCollapsed) {
      const range = selection.getRangeAt(0);
      if (el.original.contains(range.startContainer) && el.original.contains(range.endContainer)) {
        let start = pointOffset(range.startContainer, range.startOffset);
        let end = pointOffset(range.endContainer, range.endOffset);
        const text = state.text;
        if (start !== null && end !== null) {
          while (start < end && /\s/.test(text[start])) start += 1;
          while (end > start && /\s/.test(text[end - 1])) end -= 1;
          if (end > start) state.selection = { start, end };
        }
      }
    }
    updateButtons();
  }

  function escaped(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // Every place the selected text stands as a word of its own (the selection itself always).
  function everywhere({ start, end }) {
    const text = state.text;
    const words = text.slice(start, end).replace(/\s+/g, " ");
    const pattern = new RegExp(escaped(words).replace(/ /g, "\\s+"), "giu");
    const edge = (i) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]);
    const spans = [];
    for (const m of text.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s === start || (edge(s - 1) && edge(e))) spans.push({ start: s, end: e });
    }
    return spans.length ? spans : [{ start, end }];
  }

  function addSpans(spans) {
    const map = codePoints(state.text);
    const type = el.addType.value;
    const known = new Set(state.add.map(([s, e]) => `${s}:${e}`));
    const added = spans.map(({ start, end }) => [map.toCp(start), map.toCp(end), type])
      .filter(([s, e]) => !known.has(`${s}:${e}`));
    remember();
    state.add = [...state.add, ...added];
    state.focusStart = null;
    review();
  }

  function addWords() {
    const words = el.addWords.value.trim();
    if (!words) { el.addWords.focus(); return; }
    if (!fresh()) return;
    const pattern = new RegExp(escaped(words), "giu");
    const spans = [...state.text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (!spans.length) { showError("Those words are not in the note."); return; }
    showError("");
    el.addWords.value = "";
    addSpans(spans);
  }

  // ---- files ---------------------------------------------------------------------------
  function fileError(message) {
    el.fileError.textContent = message;
    el.fileError.hidden = !message;
    if (message) el.fileStatus.textContent = "";
  }

  async function openFile(file) {
    fileError("");
    const dot = file.name.lastIndexOf(".");
    const kind = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : "";
    if (!FILE_KINDS.has(kind)) {
      fileError("This file cannot be opened: use a .txt, .docx or .pdf file or a scan " +
        "(.png, .jpg, .tif), or paste the text.");
      return;
    }
    if (file.size > MAX_UPLOAD) { fileError("This file is too large (the limit is 5 MiB)."); return; }
    el.fileStatus.textContent = kind === "txt" || kind === "docx" ? "Reading the file…" :
      "Reading the file (pages without text are read by OCR, which takes a while)…";
    try {
      const bytes = await file.arrayBuffer();
      const data = await post("/api/upload", bytes,
        { "Content-Type": "application/octet-stream", "X-Upload-Kind": kind });
      el.note.value = data.text;
      state.file = { kind, name: file.name, bytes, text: data.text };
      const pages = data.pages ? `; ${data.pages}` : "";
      const back = kind === "txt" ? "" : ` Release gives back a redacted .${kind}.`;
      el.fileStatus.textContent = `Opened ${file.name} (${data.characters} characters${pages}).${back}`;
      noteChanged(0);
    } catch (error) {
      fileError(`${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`);
    }
  }

  // ---- release -------------------------------------------------------------------------
  function missingFields() {
    const purpose = currentPurpose();
    const needed = ["actor", ...(purpose ? purpose.required_fields : [])];
    return needed.filter((name) => !$(`#${name}`).value.trim());
  }

  async function release(mode) {
    const missing = missingFields();
    if (missing.length) {
      showError(`Fill in before release: ${missing.map((n) => FIELD_LABELS[n]).join(", ")}.`);
      $(`#${missing[0]}`).focus();
      return;
    }
    const body = { ...reviewBody() };
    for (const name of ["actor", "recipient", "authority", "subject_ref"]) body[name] = $(`#${name}`).value;
    body.under_seal = $("#under_seal").checked;
    const asFile = mode === "download" && fileMatches();
    if (asFile) {
      body.kind = state.file.kind;
      body.file = toBase64(state.file.bytes);
    }
    el.copy.disabled = el.download.disabled = true;
    say(asFile ? "Building the redacted file and writing the release log…" : "Writing the release log…");
    try {
      const result = await post(asFile ? "/api/release-file" : "/api/release", body);
      showError("");
      result.text = (result.notice || "") + result.text;  // the under-seal notice, if asked
      const handed = mode === "copy" ? await copyText(result.text) :
        asFile ? downloadFile(result, body.purpose) : download(result, body.purpose);
      say(`Release #${result.release_id} logged in ${result.log_path}. ${handed}`);
    } catch (error) {
      showError(`Nothing was released: ${error.message}.`);
      say("");
    } finally {
      updateButtons();
    }
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return "The redacted text is on the clipboard.";
    } catch (_) {
      const range = document.createRange();
      range.selectNodeContents(el.output);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return document.execCommand("copy") ? "The redacted text is on the clipboard." :
        "Copying was blocked: the output is selected, press Ctrl+C to copy it.";
    }
  }

  function toBase64(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function downloadFile(result, purpose) {
    const blob = new Blob([fromBase64(result.file)], { type: result.media_type });
    const name = `redacted-${purpose}-release-${result.release_id}.${result.kind}`;
    const note = result.note ? ` (${result.note})` : "";
    return `${save(blob, name)}${note}`;
  }

  function download(result, purpose) {
    const blob = new Blob([result.text], { type: "text/plain;charset=utf-8" });
    const edited = state.file !== null && state.file.kind !== "txt" && !fileMatches() ?
      ` The note was edited after ${state.file.name} was opened, so the text was released, not the file.` : "";
    return `${save(blob, `redacted-${purpose}-release-${result.release_id}.txt`)}${edited}`;
  }

  function save(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    return `Downloaded ${link.download}.`;
  }

  // ---- wiring --------------------------------------------------------------------------
  function noteChanged(delay) {
    state.keep = [];
    state.add = [];
    state.history = [];
    state.selection = null;
    schedule(delay);
  }

  el.note.addEventListener("input", () => { fileError(""); el.fileStatus.textContent = ""; noteChanged(700); });
  el.purpose.addEventListener("change", () => { showPurpose(); schedule(0); });
  el.subject.addEventListener("input", () => schedule(700));
  el.check.addEventListener("click", review);
  el.file.addEventListener("change", () => { if (el.file.files[0]) openFile(el.file.files[0]); el.file.value = ""; });
  el.original.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[role=button]");
    if (mark && window.getSelection().isCollapsed && fresh()) toggle(mark);
  });
  el.original.addEventListener("keydown", (event) => {
    const mark = event.target.closest("mark[role=button]");
    if (mark && (event.key === "Enter" || event.key === " ") && fresh()) {
      event.preventDefault();
      toggle(mark);
    }
  });
  document.addEventListener("selectionchange", readSelection);
  el.addSelection.addEventListener("mousedown", (event) => event.preventDefault());
  el.addSelection.addEventListener("click", () => {
    if (state.selection) addSpans(everywhere(state.selection));
  });
  el.addWordsButton.addEventListener("click", addWords);
  el.addWords.addEventListener("keydown", (event) => { if (event.key === "Enter") addWords(); });
  el.reset.addEventListener("click", () => { remember(); state.keep = []; state.add = []; review(); });
  el.undo.addEventListener("click", undo);
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest && event.target.closest("input, textarea, select");
    if (!typing && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
      event.preventDefault();
      undo();
    }
  });
  el.copy.addEventListener("click", () => release("copy"));
  el.download.addEventListener("click", () => release("download"));
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => {
    const files = event.dataTransfer && event.dataTransfer.files;
    if (files && files.length) {
      event.preventDefault();
      openFile(files[0]);
    } else if (event.target !== el.note) {
      event.preventDefault();
    }
  });

  loadPurposes().catch(() => showError("Could not load the purposes: reload the page."));
})();
