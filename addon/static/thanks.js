// "Thank someone" (the _thanks.html partial), for the local page and the Outlook task pane alike: a
// form for thanks with no interview behind it (a referral, networking, a reference, other help).
// Each page mounts it with its own way to call the JSON API and draws the notes itself, like its
// other notes. What is typed is kept (Keep, keep.js) through redraws and reloads until the note is
// written; a refusal marks the field it names and keeps everything typed. User text reaches the
// page through form values and textContent only.
"use strict";
window.AfterviewThanks = (function () {
  const $ = (id) => document.getElementById(id);
  const FIELDS = ["kind", "name", "email", "details", "language"];
  const KINDS = { referral: "referral", networking: "help", reference: "reference", other: "help" };

  // ``onAdded(note)`` runs once the note is written; the page draws it and may return the control
  // to focus (the note's text) after the status is said.
  function mount({ api, onAdded }) {
    const field = (name) => $(`thanks-${name}`);
    const keys = FIELDS.map((name) => `thanks-${name}`);
    const empty = (control) => control.tagName === "SELECT"
      ? ([...control.options].find((o) => o.defaultSelected) || control.options[0]).value : control.defaultValue;
    for (const name of FIELDS) Keep.keep(field(name), `thanks-${name}`, empty(field(name)));

    function clearInvalid() {
      for (const marked of document.querySelectorAll("#thanks-form [aria-invalid]")) {
        marked.removeAttribute("aria-invalid");
        marked.setAttribute("aria-describedby", marked.id === "thanks-details" ? "thanks-details-hint" : "");
        if (!marked.getAttribute("aria-describedby")) marked.removeAttribute("aria-describedby");
      }
      $("thanks-error").textContent = "";
    }

    // The field a refusal is about ("email: ...", "details: ..."), to mark and to focus.
    function fieldOf(message) {
      const name = (/^(\w+):/.exec(message) || [])[1];
      return FIELDS.includes(name) ? field(name) : null;
    }

    async function submit(event) {
      event.preventDefault();
      clearInvalid();
      $("thanks-status").textContent = "";
      const body = {};
      for (const name of FIELDS) {
        const value = field(name).value.trim();
        if (value || name !== "language") body[name] = value;
      }
      try {
        const { note } = await api("POST", "/api/thanks", body);
        Keep.discard(keys);
        $("thanks-form").reset();
        const who = note.to.name || note.to.email;
        $("thanks-status").textContent = `Your note thanking ${who} for their ${KINDS[note.kind] || "help"} is ready `
          + "below: check it, then send it.";
        const target = onAdded ? await onAdded(note) : null;
        if (target) target.focus();
      } catch (error) {
        $("thanks-error").textContent = error.message;
        const wrong = fieldOf(error.message);
        if (wrong) {
          wrong.setAttribute("aria-invalid", "true");
          const hint = wrong.id === "thanks-details" ? " thanks-details-hint" : "";
          wrong.setAttribute("aria-describedby", `thanks-error${hint}`);
          wrong.focus();
        }
      }
    }

    $("thanks-form").addEventListener("submit", submit);
  }

  return { mount };
})();
