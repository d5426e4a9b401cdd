// Afterview's Outlook task pane: the interviews and their notes, the etiquette findings with their
// hints, and the buttons that put a note into a message. Everything shown comes from the JSON API and
// reaches the page through textContent and form values only, so event and user text never becomes markup.
"use strict";
(function () {
  const { session, mail } = window.Afterview;
  const $ = (id) => document.getElementById(id);
  const OPEN = ["proposed", "edited"];
  const replacing = new Set();  // notes whose insertion waits for "replace the message text?"

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function say(message) { $("status").textContent = message; }

  function when(iso) {
    return new Date(iso).toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  }

  function showConnect(reason) {
    $("notes").hidden = true;
    $("connect").hidden = false;
    $("connect-reason").textContent = reason;
    $("sign-in").hidden = !session.naaAvailable();
  }

  // Runs an action from a button; a refused token sends the pane back to its connect state.
  async function act(work, done) {
    try {
      const message = await work();
      await refresh();
      say(message || done);
    } catch (error) {
      if (error instanceof session.Unauthorized) showConnect(error.message);
      else say(error.message);
    }
  }

  function button(id, label, work, done, extra = {}) {
    return el("button", { type: "button", id, onclick: () => act(work, done), ...extra }, label);
  }

  function findingsList(note) {
    if (!note.findings.length) return null;
    return el("ul", { class: "findings", "aria-label": `Checks for the note to ${note.to.name || note.to.email}` },
      ...note.findings.map((f) => el("li", { class: `finding ${f.severity}`, "data-rule": f.rule },
        `${{ block: "Fix", warn: "Check", info: "Note" }[f.severity] || "Check"}: ${f.message}`)));
  }

  async function savedNote(note, subject, body) {
    if (subject.value === note.subject && body.value === note.body_text) return note;
    return session.api("PATCH", `/api/notes/${note.id}`, { subject: subject.value, body_text: body.value });
  }

  async function putIntoMessage(note, subject, body) {
    const current = await savedNote(note, subject, body);
    if (current.findings.some((f) => f.severity === "block")) return "Fix the items marked Fix first, then insert.";
    if (mail.mode() === "read") {
      return mail.openWithNote(current) === "reply" ? "Reply opened with the note." : "New message opened with the note.";
    }
    if (await mail.insertNote(current, replacing.has(note.id)) === "confirm") {
      replacing.add(note.id);
      return "This message already has text. Press “Replace message text” to put the note in its place.";
    }
    replacing.delete(note.id);
    return "Note inserted. Check it, then send it from Outlook.";
  }

  function insertLabel(note) {
    if (mail.mode() === "read") return mail.isFromRecipient(note) ? "Reply with this note" : "New message with this note";
    return replacing.has(note.id) ? "Replace message text" : "Insert into message";
  }

  function noteActions(note, subject, body) {
    const blocked = note.findings.some((f) => f.severity === "block");
    const canInsert = note.channel === "email" && mail.mode() !== "none";
    return el("div", { class: "actions" },
      canInsert ? button(`note-${note.id}-insert`, insertLabel(note), () => putIntoMessage(note, subject, body), "",
        { class: "primary", "aria-disabled": blocked ? "true" : null,
          "aria-describedby": blocked ? `note-${note.id}-blocked` : null }) : null,
      button(`note-${note.id}-save`, "Save edits", () => session.api("PATCH", `/api/notes/${note.id}`,
        { subject: subject.value, body_text: body.value }).then(() => ""), "Edits saved and checked again."),
      button(`note-${note.id}-sent`, "Mark sent", () => session.api("POST", `/api/notes/${note.id}/sent`).then(() => ""),
        "Marked as sent: no more reminders for this note."),
      button(`note-${note.id}-dismiss`, "Dismiss", () => session.api("POST", `/api/notes/${note.id}/dismiss`).then(() => ""),
        "Note dismissed."));
  }

  function noteView(note) {
    const id = `note-${note.id}`;
    const open = OPEN.includes(note.status);
    const subject = el("input", { type: "text", id: `${id}-subject`, disabled: !open });
    subject.value = note.subject;
    const body = el("textarea", { id: `${id}-body`, class: "body", rows: "10", disabled: !open });
    body.value = note.body_text;
    const blocked = open && note.findings.some((f) => f.severity === "block");
    return el("article", { class: `note ${note.status}`, "data-note-id": String(note.id), "aria-labelledby": `${id}-title` },
      el("h4", { id: `${id}-title`, text: `To ${note.to.name || note.to.email}` },
        el("span", { class: "badge", text: note.channel === "email" ? note.status : `${note.channel} · ${note.status}` })),
      el("p", { class: "meta", text: note.to.email }),
      note.channel === "handwritten" ? el("p", { class: "hint", text: "A handwritten card: copy it out and post it today." }) : null,
      open ? findingsList(note) : null,
      blocked ? el("p", { id: `${id}-blocked`, class: "hint", text: "Fix the items marked Fix before inserting this note." }) : null,
      el("label", { for: subject.id, text: "Subject" }), subject,
      el("label", { for: body.id, text: "Note" }), body,
      open ? noteActions(note, subject, body) : null);
  }

  function interviewView(item) {
    const details = el("textarea", { id: `details-${item.id}`, rows: "3" });
    details.value = item.details || "";
    const headline = [item.company, item.role, item.stage].filter(Boolean).join(" · ");
    const fromSender = item.notes.some((n) => mail.isFromRecipient(n));
    const box = el("article", { class: `interview ${item.status}${fromSender ? " sender" : ""}`,
      "data-interview-id": String(item.id), "aria-labelledby": `interview-${item.id}-title` },
      el("h3", { id: `interview-${item.id}-title`, text: item.title || headline || "Interview" },
        item.late ? el("span", { class: "badge late", text: "over a day ago: send it anyway" }) : null),
      el("p", { class: "meta", text: `${headline}${headline ? " — " : ""}${item.status === "upcoming" ? "notes after it ends, " : "ended "}${when(item.end)}` }),
      fromSender ? el("p", { class: "hint", text: "The open message is from someone you met here." }) : null);
    if (item.status === "upcoming") return box;
    box.append(
      el("label", { for: details.id, text: "What do you remember? (one line per person as “Name: detail”)" }), details,
      button(`regenerate-${item.id}`, "Add details and rewrite", () => session.api("POST",
        `/api/interviews/${item.id}/details`, { text: details.value }).then(() => ""), "Notes rewritten with your details."));
    for (const note of item.notes) box.append(noteView(note));
    return box;
  }

  function accountView(account) {
    const reconnect = account.status === "reauth_required";
    return el("li", {}, `${account.name} (${account.provider}): ${reconnect ? "needs you to reconnect" : account.status}`,
      reconnect ? el("button", { type: "button", id: `reconnect-${account.id}`, onclick: connect }, "Reconnect") : null);
  }

  function restoreFocus(id) {
    const target = id && document.getElementById(id);
    if (target) target.focus();
  }

  async function refresh() {
    const [{ interviews }, { accounts }] = await Promise.all([session.api("GET", "/api/interviews"), session.api("GET", "/api/accounts")]);
    const focused = document.activeElement && document.activeElement.id;
    // What needs the user now comes first: the open message's sender, then notes waiting, then the rest.
    const rank = (item) => item.notes.some((n) => mail.isFromRecipient(n)) ? 0
      : item.notes.some((n) => OPEN.includes(n.status)) ? 1 : 2;
    const ordered = [...interviews].sort((a, b) => rank(a) - rank(b));
    $("interviews").replaceChildren(...ordered.map(interviewView));
    if (!ordered.length) $("interviews").append(el("p", { class: "hint", text: "No interviews yet. Connect the calendar your interviews are on." }));
    $("accounts").replaceChildren(...accounts.map(accountView));
    if (!accounts.length) $("accounts").append(el("li", { text: "No calendar connected." }));
    $("sign-out").hidden = !session.canSignOut();
    $("connect").hidden = true;
    $("notes").hidden = false;
    restoreFocus(focused);
  }

  async function connect() {
    $("connect-error").textContent = "";
    try {
      await session.connectWithDialog();
      await refresh();
      say("Connected.");
    } catch (error) {
      if (error instanceof session.Unauthorized) showConnect(error.message);
      ($("connect").hidden ? $("status") : $("connect-error")).textContent = error.message;
    }
  }

  function describeContext() {
    const from = mail.sender();
    $("context").textContent = mail.mode() === "compose" ? "Writing a message: pick a note to insert."
      : mail.mode() === "read" ? `Reading a message${from ? ` from ${from.name || from.email}` : ""}.`
        : "Open or write a message to use a note.";
  }

  async function begin() {
    describeContext();
    $("connect-dialog").addEventListener("click", connect);
    // "Missed one?" and "Add an interview" (missed_pane.js) say when they changed something
    document.addEventListener("afterview:changed", () => act(async () => "", ""));
    $("connect-calendar").addEventListener("click", connect);
    $("sign-out").addEventListener("click", async () => {
      try { await session.signOut(); } catch (error) { /* the token is forgotten here regardless */ }
      showConnect("You signed out of Afterview.");
    });
    $("sign-in").addEventListener("click", async () => {
      try { await session.signIn(); await refresh(); } catch (error) { $("connect-error").textContent = error.message; }
    });
    if (!(await session.start())) { showConnect("Sign in to see the thank-you notes Afterview proposed for you."); return; }
    say("Loading your notes…");
    await act(async () => "", "");
  }

  if (window.Office && typeof Office.onReady === "function") Office.onReady(begin);
  else document.addEventListener("DOMContentLoaded", () => say("Office did not load: open Afterview from Outlook."));
})();
