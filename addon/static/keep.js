// What Afterview's pages (the local page and the Outlook task pane) promise while they redraw
// themselves: what the user typed is kept until it is saved or discarded, through redraws and
// reloads (localStorage, keyed by the field: "note-12-body"); focus stays on the control it was on;
// and each result is said next to the control that caused it, in a live region.
"use strict";
(function () {
  const PREFIX = "afterview-unsaved:";
  const memory = new Map();  // when the browser keeps no storage for the page

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  // Unsaved text by field key.
  const unsaved = {
    get(key) {
      const store = storage();
      const value = store ? store.getItem(PREFIX + key) : null;
      return value !== null ? value : (memory.has(key) ? memory.get(key) : null);
    },
    set(key, value) {
      memory.set(key, value);
      const store = storage();
      try { if (store) store.setItem(PREFIX + key, value); } catch (e) { /* full: kept in memory */ }
    },
    clear(key) {
      memory.delete(key);
      const store = storage();
      if (store) store.removeItem(PREFIX + key);
    },
  };

  const savedOf = new WeakMap();  // field -> the text the server holds for it

  // Fill ``field`` with the user's unsaved text for ``key``, else ``saved``; keep what is typed.
  // ``changed(field)`` runs after each keystroke. Returns whether the field holds unsaved text.
  function keep(field, key, saved, changed) {
    const typed = unsaved.get(key);
    if (typed === saved) unsaved.clear(key);
    field.value = typed !== null ? typed : saved;
    field.dataset.key = key;
    savedOf.set(field, saved);
    field.addEventListener("input", () => {
      if (field.value === savedOf.get(field)) unsaved.clear(key); else unsaved.set(key, field.value);
      if (changed) changed(field);
    });
    return typed !== null && typed !== saved;
  }

  // Put the saved text back in the fields (by key) and forget what was typed.
  function discard(keys) {
    for (const key of keys) {
      unsaved.clear(key);
      const field = find(key);
      if (field && savedOf.has(field)) field.value = savedOf.get(field);
    }
  }

  function hasUnsaved(keys) {
    return keys.some((key) => unsaved.get(key) !== null);
  }

  function find(key) {
    return key ? document.querySelector(`[data-key="${CSS.escape(key)}"]`) : null;
  }

  // Where focus is (the control's key, its caret, where it sits on screen), to be put back.
  function focusNow() {
    const active = document.activeElement;
    const key = active && active.dataset ? active.dataset.key : null;
    if (!key) return null;
    const text = "selectionStart" in active && active.type !== "number";
    return { key, top: active.getBoundingClientRect().top, start: text ? active.selectionStart : null,
      end: text ? active.selectionEnd : null, scroll: active.scrollTop };
  }

  // Focus the first of ``keys`` on the page (the control, else where its result is), as before.
  function focusAgain(before, keys) {
    for (const key of keys) {
      const target = find(key);
      if (!target || target.disabled || target.closest("[hidden]")) continue;
      target.focus({ preventScroll: true });
      if (before && key === before.key && before.start !== null && typeof target.setSelectionRange === "function") {
        target.setSelectionRange(before.start, before.end);
        target.scrollTop = before.scroll;
      }
      if (before) window.scrollBy(0, target.getBoundingClientRect().top - before.top);
      return target;
    }
    return null;
  }

  // Results said where they happened: one at a time (a new one clears the old), each in a live
  // region ``region(place)`` draws next to the control, with an optional "Undo".
  const results = new Map();  // place -> { text, error, undo: { label, hidden, run }, said }

  function fill(box, place) {
    const result = results.get(place);
    const text = box.querySelector(".result-text");
    box.className = `result${result && result.error ? " error" : ""}`;
    const old = box.querySelector("button.undo");
    if (old) old.remove();
    if (!result || result.said) {
      text.textContent = result ? result.text : "";
    } else {
      text.textContent = "";
      setTimeout(() => {  // once the region is in place and empty, so that the words are read out
        if (results.get(place) !== result) return;
        text.textContent = result.text;
        result.said = true;
      }, 60);
    }
    if (result && result.undo) {
      box.append(el("button", { type: "button", class: "undo", "data-key": `undo-${place}`, onclick: result.undo.run,
        "aria-label": `${result.undo.label}${result.undo.hidden}` }, result.undo.label));
    }
    return box;
  }

  function region(place) {
    return fill(el("div", { "data-place": place },
      el("span", { class: "result-text", role: "status", "aria-live": "polite", "data-key": `result-${place}` })), place);
  }

  function placed(place) {
    return document.querySelector(`[data-place="${CSS.escape(place)}"]`);
  }

  // Say ``text`` at ``place`` (and nowhere else any more): the region on the page shows it now, a
  // region drawn later shows it too.
  function say(place, text, options = {}) {
    for (const other of [...results.keys()]) {
      if (other === place) continue;
      results.delete(other);
      const box = placed(other);
      if (box) fill(box, other);
    }
    results.set(place, { text, error: Boolean(options.error), undo: options.undo || null, said: false });
    const box = placed(place);
    if (box) fill(box, place);
  }

  function resultAt(place) {
    return results.get(place) || null;
  }

  window.Keep = { unsaved, keep, discard, hasUnsaved, find, focusNow, focusAgain, region, say, resultAt };
})();
